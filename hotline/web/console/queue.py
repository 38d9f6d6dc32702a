"""本单位待办 — the handler's queue: the unit's open cases, most pressing deadline first, with the
everyday actions two clicks away, and a live stream that announces each case as it arrives."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from fastapi import APIRouter, Depends, Request

from hotline.domain.access import Principal, Role
from hotline.services.cases import CaseFilter, Context, list_cases
from hotline.store.tables import case_cohandlers, cases, events
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
STATE_ORDER = {"overdue": 0, "warning": 1, "ok": 2}


def urgency_key(case: dict[str, Any]) -> tuple:
    """Overdue first, then by the earliest due time of a running clock, then the oldest case."""
    running = [k for k in case.get("clocks") or [] if k.get("state") in STATE_ORDER and k.get("due_at")]
    if running:
        first = min(running, key=lambda k: (STATE_ORDER[k["state"]], k["due_at"]))
        return (0, STATE_ORDER[first["state"]], first["due_at"], case["created_at"])
    return (1, 3, "", ("0" if case["urgent"] else "1") + case["created_at"])


def unit_queue(ctx: Context, unit: str) -> dict[str, list[dict[str, Any]]]:
    lead = list_cases(ctx, CaseFilter(unit=unit, status=WORK_STATES), limit=200)["items"]
    with ctx.db.read() as conn:
        helping = list(conn.execute(
            sa.select(cases.c.number).join(case_cohandlers, case_cohandlers.c.case_id == cases.c.id)
            .where(case_cohandlers.c.unit == unit, cases.c.status.in_(WORK_STATES))).scalars())
    cohandled = [c for c in list_cases(ctx, CaseFilter(status=WORK_STATES), limit=200)["items"]
                 if c["number"] in set(helping)] if helping else []
    lead.sort(key=urgency_key)
    return {"lead": lead, "cohandled": cohandled}


def _queue_context(request: Request, ctx: Context, user: Principal) -> dict[str, Any]:
    q = unit_queue(ctx, user.unit)
    rows = []
    for c in q["lead"]:
        acts = [a for a in actions_for(user, c) if a["name"] in QUEUE_ACTIONS]
        rows.append({"case": c, "actions": acts})
    return {"rows": rows, "cohandled": q["cohandled"], "units": _all_units(ctx),
            "has_clocks": any(c.get("clocks") for c in q["lead"]), "alerts": unit_alerts(ctx, user)}


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
def queue_page(request: Request, done: str | None = None, case: str | None = None,
               ctx: Context = Depends(console_context), user: Principal = Depends(require(*HANDLERS))):
    context = _queue_context(request, ctx, user)
    if is_htmx(request) and request.headers.get("hx-target") == "queue":
        return page(request, "console/queue.html", context, block="queue")
    from hotline.web.console.cases import DONE_LABELS

    return page(request, "console/queue.html", {**base(request, user, "queue", "本单位待办"), **context,
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
