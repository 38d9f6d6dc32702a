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
from sqlalchemy import Connection
from fastapi import APIRouter, Depends, Request

from hotline.domain.access import Principal, Role
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
# Replied cases wait for the hotline to close them; returned ones are back with the unit that dispatched them.
WORK_STATES = ["dispatched", "accepted", "reopened", "returned"]
QUEUE_ACTIONS = ("accept", "reply", "return", "extend_request", "cohandle", "dispatch")
ARRIVALS = ("dispatch", "forward", "escalate", "reopen", "cohandle", "return")
UPDATES = ("supervise", "extend_approve", "extend_deny", "merge", "merge_in", "note", "accept", "reply", "close")
PAGE_SIZE = 50  # rows per page of each table
MAX_REFRESH_ROWS = 500  # a live refresh re-reads the rows on screen (after 加载更多), up to this many
NO_DUE = datetime(1970, 1, 1, tzinfo=UTC)  # stands in for "no running clock" in a cursor
_KEY_TYPES = (sa.Integer(), UTCDateTime(), sa.Integer(), UTCDateTime(), sa.Integer())


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

    def key(self) -> list[Any]:
        return [self.rank, self.due, self.plain, self.created, self.id]

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
            if any(t.tzinfo is None for t in times) or not all(type(v) is int for v in (rank, plain, case_id)):
                raise ValueError
        except (ValueError, TypeError, binascii.Error, UnicodeDecodeError):
            raise ServiceError("invalid_cursor", "翻页位置无效，请从第一页重新开始", 422, field="after") from None
        return cls(times[0], rank, times[1], plain, times[2], case_id)


def _order(conn: Connection, at: datetime) -> tuple[list, Any]:
    """The queue's order in SQL: per case its most pressing running clock (overdue, then warning, then
    the others; within a state the earliest due time); cases without a running clock after those,
    urgent first; then the oldest case. Returns the columns to sort by, and on PostgreSQL the LATERAL
    subquery they read (to be outer-joined to `cases`; None on SQLite).

    Each case's clock is looked up per case of the unit (an index probe) rather than by ranking every
    running clock in the database and joining: at 1,000,000 cases the join took 2.2 s on PostgreSQL
    whatever the unit (docs/benchmarks.md, Volume). PostgreSQL probes once per case through LATERAL;
    SQLite, which has no LATERAL, through correlated scalar subqueries (one per column, same order)."""
    c = deadline_clocks.c
    rank = sa.case((c.due_at <= at, 0), (c.warning_at <= at, 1), else_=2)
    # The case's first running clock by (state rank, due time): its rank and its due time.
    first = sa.select(rank.label("rank"), c.due_at.label("due")) \
        .where(c.case_id == cases.c.id, c.state == deadlines.RUNNING).order_by(rank, c.due_at).limit(1)
    if conn.dialect.name == "postgresql":
        lateral = first.lateral("first_clock")
        best, due = lateral.c.rank, lateral.c.due
    else:
        lateral = None
        first = first.correlate(cases)
        best = first.with_only_columns(rank).scalar_subquery()
        due = first.with_only_columns(c.due_at).scalar_subquery()
    columns = [
        sa.func.coalesce(best, 3),
        sa.func.coalesce(due, sa.literal(NO_DUE, UTCDateTime())),
        sa.case((best.is_not(None), 0), (cases.c.urgent, 0), else_=1),
        cases.c.created_at,
        cases.c.id,
    ]
    return [sa.type_coerce(col, t) for col, t in zip(columns, _KEY_TYPES, strict=True)], lateral


def queue_page(ctx: Context, where: list, after: str | None = None, limit: int = PAGE_SIZE) -> dict[str, Any]:
    """One page of the visible cases matching `where`, in deadline order, from the position `after`:
    their views (the page's clocks in one query), how many there are in all and the next cursor."""
    position = QueuePosition.decode(after) if after else None
    now = ctx.clock.now()
    at = position.at if position else now
    with ctx.db.read() as conn:
        columns, lateral = _order(conn, at)
        conds = [*where, *visibility(conn, ctx.user)]
        total = conn.execute(sa.select(sa.func.count()).select_from(cases).where(*conds)).scalar_one()
        q = sa.select(cases, *[col.label(f"q{i}") for i, col in enumerate(columns[:3])]).where(*conds)
        if lateral is not None:
            q = q.select_from(cases.outerjoin(lateral, sa.true()))
        if position is not None:
            q = q.where(sa.tuple_(*columns) > sa.tuple_(*[sa.literal(v, t) for v, t in
                                                          zip(position.key(), _KEY_TYPES, strict=True)]))
        rows = conn.execute(q.order_by(*columns).limit(limit + 1)).all()
        shown = rows[:limit]
        with deadlines.preloaded_clocks(conn, [r.id for r in shown], now):
            items = case_views(conn, shown, mask=True, now=now)
    cursor = None
    if len(rows) > limit:
        last = shown[-1]
        cursor = QueuePosition(at, last.q0, last.q1, last.q2, last.created_at, last.id).encode()
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
