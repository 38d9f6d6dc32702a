"""本单位待办 — the handler's queue: the unit's open cases, most pressing deadline first, with the
everyday actions two clicks away, and a live stream that announces each case as it arrives. Both
tables are paged with a cursor in that order (加载更多 with htmx, a next-page link without)."""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from fastapi import APIRouter, Depends, Request

from hotline.domain.access import Principal, Role
from hotline.domain.lifecycle import WORK_STATES
from hotline.services import deadlines
from hotline.services.cases import Context, case_views, visibility
from hotline.services.errors import ServiceError
from hotline.store.deadline_tables import deadline_clocks
from hotline.store.tables import UTCDateTime, case_cohandlers, cases, events
from hotline.web.console import live, reads
from hotline.web.console.cases import actions_for
from hotline.web.console.render import ConsoleRoute, is_htmx, page
from hotline.web.console.session import base, console_context, require

router = APIRouter(route_class=ConsoleRoute, include_in_schema=False)
HANDLERS = (Role.HANDLER, Role.SUPERVISOR, Role.ADMIN)
QUEUE_ACTIONS = ("accept", "reply", "return", "extend_request", "cohandle", "dispatch")
ARRIVALS = ("dispatch", "forward", "escalate", "reopen", "cohandle", "return")
UPDATES = ("supervise", "extend_approve", "extend_deny", "merge", "merge_in", "note", "accept", "reply", "close")
PAGE_SIZE = 50  # rows per page of each table
MAX_REFRESH_ROWS = 500  # a live refresh re-reads the rows on screen (after 加载更多), up to this many
NO_DUE = datetime(1970, 1, 1, tzinfo=UTC)  # stands in for "no running clock" in a cursor


@dataclass(frozen=True)
class QueuePosition:
    """Where a case stands in the deadline order, judged at `at`: the time of the first page. The
    following pages are ordered as of the same moment, so no case is skipped or shown twice because a
    clock turned colour in between."""

    at: datetime
    rank: int  # 0 overdue, 1 warning, 2 running, 3 no running clock
    due: datetime  # the earliest due time among the case's running clocks of that rank (NO_DUE if none)
    plain: int  # 1 for a case without a running clock that is not urgent, else 0
    created: datetime
    id: int

    def encode(self) -> str:
        body = json.dumps([self.at.isoformat(), self.rank, self.due.isoformat(), self.plain,
                           self.created.isoformat(), self.id])
        return base64.urlsafe_b64encode(body.encode()).decode().rstrip("=")

    @classmethod
    def decode(cls, cursor: str) -> QueuePosition:
        try:
            at, rank, due, plain, created, case_id = json.loads(
                base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
            times = [datetime.fromisoformat(t) for t in (at, due, created)]
            if any(t.tzinfo is None for t in times) or not all(type(v) is int for v in (rank, plain, case_id)) \
                    or not 0 <= rank <= 3:
                raise ValueError
        except (ValueError, TypeError, binascii.Error, UnicodeDecodeError):
            raise ServiceError("invalid_cursor", "翻页位置无效，请从第一页重新开始", 422, field="after") from None
        return cls(times[0], rank, times[1], plain, times[2], case_id)


# The queue's ranks, judged at the time of the first page: a case is overdue when its earliest
# running clock is due, warned when a running clock has reached its warning time, running otherwise;
# a case without a running clock comes last. Within a rank: the earliest due time of the rank's clocks.
OVERDUE, WARNING, RUNNING, NO_CLOCK = range(4)


def _rank_query(rank: int, at: datetime) -> tuple[Any, Any, Any]:
    """For one rank: the condition selecting its cases, and the due time and the `plain` flag they
    sort by (then the oldest case). The stored queue order (cases.queue_due / queue_warning,
    the earliest due and warning times of the case's running clocks, kept by the clock recomputation)
    decides the rank, so a unit's overdue and running cases are read from the queue index in order —
    at 10,000,000 cases a unit holding 71,150 open cases no longer probes a clock per case
    (docs/benchmarks.md, Volume). Only warned cases, few at any time, look at their clocks: their due
    time is the earliest among the clocks that have warned."""
    c = cases.c
    zero = sa.literal(0, sa.Integer())
    if rank == OVERDUE:
        return c.queue_due <= at, c.queue_due, zero
    if rank == RUNNING:
        return sa.and_(c.queue_due > at, c.queue_warning > at), c.queue_due, zero
    if rank == WARNING:
        k = deadline_clocks.c
        due = sa.select(sa.func.min(k.due_at)).where(
            k.case_id == c.id, k.state == deadlines.RUNNING, k.warning_at <= at).scalar_subquery()
        return sa.and_(c.queue_due > at, c.queue_warning <= at), due, zero
    return c.queue_due.is_(None), sa.literal(NO_DUE, UTCDateTime()), sa.case((c.urgent, 0), else_=1)


def queue_page(ctx: Context, where: list, after: str | None = None, limit: int = PAGE_SIZE) -> dict[str, Any]:
    """One page of the visible cases matching `where`, in deadline order, from the position `after`:
    their views (the page's clocks in one query), how many there are in all and the next cursor.
    The page is assembled rank by rank (overdue, warned, running, no clock), each rank read in its
    order with a limit."""
    position = QueuePosition.decode(after) if after else None
    now = ctx.clock.now()
    at = position.at if position else now
    with ctx.db.read() as conn:
        conds = [*where, *visibility(conn, ctx.user)]
        total = conn.execute(sa.select(sa.func.count()).select_from(cases).where(*conds)).scalar_one()
        rows: list[Any] = []
        for rank in range(position.rank if position else OVERDUE, NO_CLOCK + 1):
            selected, due, plain = _rank_query(rank, at)
            order = [plain if rank == NO_CLOCK else due, cases.c.created_at, cases.c.id]
            q = sa.select(cases, due.label("q_due"), plain.label("q_plain")).where(*conds, selected)
            if position is not None and rank == position.rank:
                after_key = (position.plain if rank == NO_CLOCK else position.due, position.created, position.id)
                types = (sa.Integer() if rank == NO_CLOCK else UTCDateTime(), UTCDateTime(), sa.BigInteger())
                q = q.where(sa.tuple_(*order) > sa.tuple_(*[sa.literal(v, t) for v, t in zip(after_key, types)]))
            rows += [(rank, r) for r in conn.execute(q.order_by(*order).limit(limit + 1 - len(rows)))]
            if len(rows) > limit:
                break
        shown = [r for _, r in rows[:limit]]
        items = case_views(conn, shown, mask=True, now=now)  # (the page's clocks in one query)
    cursor = None
    if len(rows) > limit:
        rank, last = rows[limit - 1]
        cursor = QueuePosition(at, rank, last.q_due, last.q_plain, last.created_at, last.id).encode()
    return {"items": items, "total": total, "next": cursor}


def lead_where(unit: str) -> list:
    return [cases.c.unit == unit, cases.c.status.in_(WORK_STATES)]


def cohandled_where(unit: str) -> list:
    helping = sa.exists().where(case_cohandlers.c.case_id == cases.c.id, case_cohandlers.c.unit == unit)
    return [helping, cases.c.status.in_(WORK_STATES)]


def _lead_context(ctx: Context, user: Principal, after: str | None, rows: int = PAGE_SIZE) -> dict[str, Any]:
    lead = queue_page(ctx, lead_where(user.unit), after, limit=rows)
    rows = [{"case": c, "actions": [a for a in actions_for(user, c) if a["name"] in QUEUE_ACTIONS]}
            for c in lead["items"]]
    return {"rows": rows, "lead_total": lead["total"], "lead_next": lead["next"], "after": after,
            "units": _all_units(ctx), "has_clocks": any(c.get("clocks") for c in lead["items"])}


def _cohandled_context(ctx: Context, user: Principal, co_after: str | None) -> dict[str, Any]:
    helping = queue_page(ctx, cohandled_where(user.unit), co_after)
    return {"cohandled": helping["items"], "cohandled_total": helping["total"],
            "cohandled_next": helping["next"], "co_after": co_after, "unit_names": reads.unit_names(ctx)}


def unit_alerts(ctx: Context, user: Principal) -> list[dict[str, Any]]:
    """Warnings and overdue escalations of the user's unit (the deadline sweep writes them)."""
    from hotline.services import deadlines

    return deadlines.list_alerts(ctx, unit=user.unit, limit=20)["items"]


@router.get("/console/queue/alerts")
def queue_alerts(request: Request, ctx: Context = Depends(console_context),
                 user: Principal = Depends(require(*HANDLERS))):
    return page(request, "console/queue.html", {"alerts": unit_alerts(ctx, user)}, block="alerts")


def _all_units(ctx: Context) -> list[dict[str, Any]]:
    return [{"code": code, "name": name, "depth": 0} for code, name in sorted(reads.unit_names(ctx).items())]


@router.get("/console/queue")
def queue_view(request: Request, done: str | None = None, case: str | None = None, after: str | None = None,
               co_after: str | None = None, rows: int = PAGE_SIZE, ctx: Context = Depends(console_context),
               user: Principal = Depends(require(*HANDLERS))):
    """The first page of both tables, or from `after` / `co_after` on (the no-script next-page links).
    htmx asks for one part: the refreshed tables (target `queue`; `rows` = how many lead rows the page
    shows, so a refresh keeps what 加载更多 added) or the rows after a 加载更多 button."""
    target = request.headers.get("hx-target") if is_htmx(request) else None
    if target == "lead-more":
        return page(request, "console/queue.html", _lead_context(ctx, user, after), block="lead_more")
    if target == "cohandled-more":
        return page(request, "console/queue.html", _cohandled_context(ctx, user, co_after), block="cohandled_more")
    first = max(PAGE_SIZE, min(rows, MAX_REFRESH_ROWS)) if target == "queue" else PAGE_SIZE
    context = {**_lead_context(ctx, user, after, first), **_cohandled_context(ctx, user, co_after)}
    if target == "queue":  # the live refresh
        return page(request, "console/queue.html", context, block="queue")
    from hotline.web.console.cases import DONE_LABELS

    return page(request, "console/queue.html", {**base(request, user, "queue", "本单位待办"), **context,
                                                "alerts": unit_alerts(ctx, user),
                                                "done": DONE_LABELS.get(done or ""), "done_case": case})


def last_event_id(ctx: Context) -> int:
    with ctx.db.read() as conn:
        return conn.execute(sa.select(sa.func.coalesce(sa.func.max(events.c.id), 0))).scalar_one()


def unit_events_after(ctx: Context, unit: str, after: int) -> list[tuple[int, str, dict[str, Any]]]:
    """Events after `after` on cases now with `unit` (as lead or co-handler): arrivals and updates."""
    helping = sa.exists().where(case_cohandlers.c.case_id == cases.c.id, case_cohandlers.c.unit == unit)
    with ctx.db.read() as conn:
        rows = conn.execute(
            sa.select(events.c.id, events.c.action, cases.c.number, cases.c.title, cases.c.urgent)
            .join(cases, cases.c.id == events.c.case_id)
            .where(events.c.id > after, events.c.action.in_(ARRIVALS + UPDATES),
                   sa.or_(cases.c.unit == unit, helping))
            .order_by(events.c.id).limit(50)).all()
        # Events of other units' cases move the cursor too, so they are not read again.
        newest = conn.execute(sa.select(sa.func.max(events.c.id)).where(events.c.id > after)).scalar()
    out = [(r.id, "case" if r.action in ARRIVALS else "update",
            {"number": r.number, "title": r.title, "urgent": r.urgent, "action": r.action}) for r in rows]
    if newest and (not out or out[-1][0] < newest) and len(rows) < 50:
        out.append((newest, "cursor", {}))
    return out


@router.get("/console/queue/stream")
def queue_stream(request: Request, ctx: Context = Depends(console_context),
                 user: Principal = Depends(require(*HANDLERS))):
    return live.stream(request, lambda: last_event_id(ctx), lambda after: unit_events_after(ctx, user.unit, after))
