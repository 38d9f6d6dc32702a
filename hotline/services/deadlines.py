"""Deadline clocks in the store (时限): derive each case's clocks from its events, keep them current,
and the use cases around them — emergency mode, the override table, policies, statistics.

The pure rules are hotline.domain.deadlines; this module feeds them. A case's clocks are always
recomputed from the case's whole event history (idempotent: running it twice, or out of order, gives
the same rows), under a lock on the case's `deadline_cases` row. Who recomputes:

* the event consumer (hotline/jobs/clocks.py) after each case event;
* an emergency switch or an override edit marks the open cases it touches `dirty`; the request
  recomputes the first few thousand itself and the job runner does the rest (`recompute_dirty`).

How the case history maps onto the domain's ``CaseFacts`` (see docs/deadlines.md, "Storage"):

* A **round** of handling starts at a dispatch from new/returned/reopened, a forward, an escalation,
  or a reopen; the accept/feedback/reply/callback clocks count from its start. A dispatch by a unit
  that had accepted the case (delegating it down) keeps the round: the reporter's wait does not
  restart because the case moved down a level. A return keeps the round too; the clocks press the
  unit the case went back to until it is dispatched again.
* The dispatch clock belongs to the intake: from received to the first dispatch (or a direct close).
* First feedback (首次反馈) is the first note written by a user of the unit holding the case, or the
  reply.
* Archiving without a callback stops the callback clock. A merged case's running clocks are
  cancelled.
* An approved extension (延期) moves the **reply** clock to the approved `until` (the case's
  `extended_until`): it becomes a domain ``Extension`` of the whole minutes from the reply clock's due
  time at the approval to `until` (none if `until` is not later).
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import math
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection

from hotline.domain.access import Principal, Relation, Role, UnitTree, can_view
from hotline.domain.clock import Clock
from hotline.domain.deadlines import (
    CLOCK_NAMES,
    CaseFacts,
    DeadlineClock,
    EmergencyMode,
    Extension,
    NoPolicyInForce,
    PolicyError,
    PolicySet,
    compute_clocks,
    load_default_policies,
    parse_policies,
    region_covers,
)
from hotline.domain.workdays import Duration, WorkCalendar, to_shanghai
from hotline.services.cases import (
    Context,
    _case_row,
    _check_view,
    forbidden,
    iso,
    load_tree,
    local_part,
    region_prefix,
)
from hotline.services.errors import ServiceError
from hotline.store import unit_cache
from hotline.store.db import MERGE_PARTS, Database, insert_ignore, roomy_sorts, top_ids
from hotline.store.deadline_tables import (
    deadline_alerts,
    deadline_cases,
    deadline_clocks,
    deadline_contacts,
    deadline_overrides,
    deadline_policy_versions,
    emergency_modes,
)
from hotline.store.tables import cases, events, units, users

CLOCK_LABELS = {"dispatch": "派单", "accept": "签收", "feedback": "首次反馈", "reply": "答复", "callback": "回访"}
STATE_LABELS = {"ok": "正常", "warning": "即将超时", "overdue": "已超时", "met": "按时完成",
                "met_late": "超时完成", "cancelled": "已取消"}
RUNNING = "running"
# How many dirty cases a request that changed an emergency mode or the override table recomputes
# before answering; the job runner finishes the rest.
SYNC_RECOMPUTE = 2000
log = logging.getLogger("hotline.deadlines")


def today(now: dt.datetime) -> dt.date:
    return to_shanghai(now).date()


# ---------------------------------------------------------------- what the rules depend on


@dataclass(frozen=True)
class DeadlineEnv:
    """Everything besides the case that its clocks depend on, loaded once per batch."""

    policies: PolicySet
    calendar: WorkCalendar
    emergencies: tuple[EmergencyMode, ...]
    unit_regions: dict[str, str]


def load_policies(conn: Connection) -> PolicySet:
    """The live policy versions; the shipped defaults if the table is empty."""
    bodies = conn.execute(sa.select(deadline_policy_versions.c.body)
                          .where(deadline_policy_versions.c.retired_at.is_(None))).scalars().all()
    return parse_policies({"versions": list(bodies)}) if bodies else load_default_policies()


def load_overrides(conn: Connection) -> dict[dt.date, bool]:
    return {r.day: r.workday for r in conn.execute(sa.select(deadline_overrides.c.day, deadline_overrides.c.workday))}


def _mode(row) -> EmergencyMode:
    return EmergencyMode(id=str(row.id), region_code=row.region, categories=tuple(row.categories),
                         reason=row.reason, started_at=row.started_at, until=row.until,
                         switched_on_by=row.switched_on_by)


def load_emergencies(conn: Connection) -> tuple[EmergencyMode, ...]:
    rows = conn.execute(sa.select(emergency_modes)).all()
    # A mode switched off before it began never ran.
    return tuple(_mode(r) for r in rows if r.until is None or r.until > r.started_at)


def load_env(conn: Connection) -> DeadlineEnv:
    return DeadlineEnv(
        policies=load_policies(conn),
        calendar=WorkCalendar(load_overrides(conn)),
        emergencies=load_emergencies(conn),
        unit_regions={r.code: r.region for r in conn.execute(sa.select(units.c.code, units.c.region))},
    )


# ---------------------------------------------------------------- case history → facts


@dataclass
class _Fold:
    """The case's events folded into what the clocks need (mutable while folding)."""

    received_at: dt.datetime
    first_dispatch: dt.datetime | None = None
    intake_closed: dt.datetime | None = None
    round: int = 0
    round_started: dt.datetime | None = None
    accepted: dt.datetime | None = None
    feedback: dt.datetime | None = None
    replied: dt.datetime | None = None
    closed: dt.datetime | None = None
    callback: dt.datetime | None = None
    approvals: list[tuple[dt.datetime, dt.datetime | None, str]] = field(default_factory=list)
    reason: str = ""
    holder: str | None = None  # None: the intake unit holds it
    dispatcher: str | None = None
    holders: list[tuple[dt.datetime, str | None]] = field(default_factory=list)
    cancelled_at: dt.datetime | None = None

    def move(self, at: dt.datetime, unit: str | None) -> None:
        self.holder = unit
        self.holders.append((at, unit))

    def new_round(self, at: dt.datetime) -> None:
        self.round += 1
        self.round_started = at
        self.accepted = self.feedback = self.replied = self.closed = self.callback = None
        self.approvals = []


def _parse_time(value: Any) -> dt.datetime | None:
    if not value:
        return None
    try:
        parsed = dt.datetime.fromisoformat(value) if isinstance(value, str) else value
    except ValueError:
        return None
    return parsed if isinstance(parsed, dt.datetime) and parsed.tzinfo else None


def _fold(row, evs: Sequence[Any], user_units: dict[str, str]) -> _Fold:
    f = _Fold(received_at=row.created_at)
    for e in evs:
        a, at, fields = e.action, e.at, e.fields or {}
        if a == "create":
            f.received_at = at
        elif a in ("dispatch", "forward", "escalate"):
            f.dispatcher = f.holder
            f.move(at, fields.get("unit"))
            f.first_dispatch = f.first_dispatch or at
            if not (a == "dispatch" and e.from_status == "accepted"):  # delegating down keeps the round
                f.new_round(at)
        elif a == "return":
            f.move(at, f.dispatcher)
        elif a == "reopen":
            f.new_round(at)
        elif a == "accept":
            f.accepted = f.accepted or at
        elif a == "note":
            if f.round_started and f.holder and user_units.get(e.actor) == f.holder:
                f.feedback = f.feedback or at
        elif a == "reply":
            f.replied = f.replied or at
        elif a == "close":
            f.closed = f.closed or at
            if f.first_dispatch is None:
                f.intake_closed = f.intake_closed or at
        elif a in ("callback", "archive"):
            f.callback = f.callback or at
        elif a == "extend_request":
            f.reason = str(fields.get("reason") or e.note or "")
        elif a == "extend_approve":
            f.approvals.append((at, _parse_time(fields.get("until")) or row.extended_until, f.reason))
        elif a == "merge":
            f.cancelled_at = at
    return f


@dataclass(frozen=True)
class CaseClocks:
    """A case's clocks as computed, each with its round and the unit it presses."""

    round: int
    round_started: dt.datetime | None
    cancelled_at: dt.datetime | None
    clocks: list[tuple[int, DeadlineClock, str | None]]


def _extend(facts: CaseFacts, approvals, env: DeadlineEnv, now: dt.datetime) -> CaseFacts:
    """Turn approved `until`s into domain Extensions of the reply clock, in the order decided."""
    granted: list[Extension] = []
    for decided_at, until, reason in approvals:
        if decided_at > now or until is None:
            continue
        at_decision = compute_clocks(replace(facts, extensions=tuple(granted)), env.policies, decided_at,
                                     env.calendar, env.emergencies)
        reply = next((c for c in at_decision if c.name == "reply"), None)
        if reply is None or reply.stopped_at is not None or until <= reply.due_at:
            continue
        minutes = math.ceil((until - reply.due_at).total_seconds() / 60)
        granted.append(Extension("reply", Duration.minutes(minutes), reason or "延期", "approved", decided_at))
    return replace(facts, extensions=tuple(granted))


def case_clocks(row, evs: Sequence[Any], user_units: dict[str, str], env: DeadlineEnv,
                now: dt.datetime) -> CaseClocks:
    """The clocks of one case (its `cases` row and its events in order) as seen at `now`."""
    f = _fold(row, evs, user_units)
    final_holder = f.holder or row.intake_unit
    region = row.region or env.unit_regions.get(final_holder or "") or "000000"
    base = {"type": row.type, "category": row.category, "region_code": region, "received_at": f.received_at,
            "urgent": bool(row.urgent)}
    intake = CaseFacts(**base, dispatched_at=f.first_dispatch, closed_at=f.intake_closed)
    current = CaseFacts(**base, dispatched_at=f.round_started, accepted_at=f.accepted,
                        first_feedback_at=f.feedback or f.replied, replied_at=f.replied, closed_at=f.closed,
                        callback_at=f.callback)
    current = _extend(current, f.approvals, env, now)
    times = [t for t, _ in f.holders]

    def unit_at(stopped: dt.datetime | None) -> str | None:
        """The unit a clock pressed: the holder now, or for a stopped clock the one just before the stop
        (the dispatch that stops the dispatch clock also hands the case on)."""
        i = bisect_left(times, stopped) if stopped is not None else len(times)
        return (f.holders[i - 1][1] if i else None) or row.intake_unit

    computed = [(0, c) for c in compute_clocks(intake, env.policies, now, env.calendar, env.emergencies)
                if c.name == "dispatch"]
    computed += [(f.round, c) for c in compute_clocks(current, env.policies, now, env.calendar, env.emergencies)
                 if c.name != "dispatch"]
    return CaseClocks(f.round, f.round_started, f.cancelled_at,
                      [(rnd, c, unit_at(c.stopped_at)) for rnd, c in computed])


# ---------------------------------------------------------------- recomputing stored clocks


def _lock_case(conn: Connection, case_id: int, now: dt.datetime) -> None:
    """Take the case's deadline lock (its deadline_cases row), creating the row the first time."""
    q = sa.select(deadline_cases.c.case_id).where(deadline_cases.c.case_id == case_id).with_for_update()
    if conn.execute(q).first() is None:
        conn.execute(insert_ignore(conn, deadline_cases, case_id=case_id, round=0, open=False, dirty=False,
                                    computed_at=now))
        conn.execute(q)


def _clock_values(clock: DeadlineClock, unit: str | None) -> dict[str, Any]:
    return {
        "unit": unit, "started_at": clock.started_at, "counted_from": clock.counted_from,
        "due_at": clock.due_at, "warning_at": clock.warning_at, "stopped_at": clock.stopped_at,
        "state": RUNNING if clock.stopped_at is None else clock.state, "allowed": str(clock.allowed),
        "rule_id": clock.rule_id, "policy_version": clock.policy_version,
        "emergency_id": int(clock.emergency_id) if clock.emergency_id else None,
        "extensions": [str(x) for x in clock.extensions],
    }


def _write_clock(conn: Connection, case_id: int, rnd: int, clock: DeadlineClock, unit: str | None, old,
                 now: dt.datetime) -> None:
    values = _clock_values(clock, unit)
    c = deadline_clocks.c
    if old is None:
        conn.execute(sa.insert(deadline_clocks).values(case_id=case_id, name=clock.name, round=rnd, updated_at=now,
                                                       **values))
        return
    if old.stopped_at is not None and clock.stopped_at is not None:
        values["unit"] = old.unit  # a stopped clock keeps the unit it pressed
    if all(getattr(old, k) == v for k, v in values.items()):
        return
    # A deadline moved into the future is a new deadline: its warning and overdue may fire again.
    # Written as SQL so that a flag the sweep set meanwhile is judged against the row as it is now.
    if clock.due_at > now:
        values["overdue_fired_at"] = sa.case((c.due_at != clock.due_at, None), else_=c.overdue_fired_at)
    if clock.warning_at > now:
        values["warning_fired_at"] = sa.case((c.warning_at != clock.warning_at, None), else_=c.warning_fired_at)
    conn.execute(sa.update(deadline_clocks).where(c.id == old.id).values(updated_at=now, **values))


def recompute_case(conn: Connection, case_id: int, env: DeadlineEnv, now: dt.datetime) -> bool:
    """Bring the stored clocks of one case up to date. Returns whether any clock still runs."""
    _lock_case(conn, case_id, now)
    row = conn.execute(sa.select(cases).where(cases.c.id == case_id)).first()
    if row is None:
        return False
    evs = conn.execute(sa.select(events).where(events.c.case_id == case_id).order_by(events.c.seq)).all()
    actors = {e.actor for e in evs if e.action == "note"}
    user_units = dict(conn.execute(sa.select(users.c.username, users.c.unit).where(users.c.username.in_(actors))
                                   ).all()) if actors else {}
    c = deadline_clocks.c
    result = case_clocks(row, evs, user_units, env, now)
    running = False
    if result.cancelled_at is not None:
        conn.execute(sa.update(deadline_clocks).where(c.case_id == case_id, c.stopped_at.is_(None))
                     .values(state="cancelled", stopped_at=result.cancelled_at, updated_at=now))
    else:
        existing = {(r.name, r.round): r for r in conn.execute(sa.select(deadline_clocks)
                                                               .where(c.case_id == case_id))}
        for rnd, clock, unit in result.clocks:
            _write_clock(conn, case_id, rnd, clock, unit, existing.get((clock.name, rnd)), now)
            running = running or clock.stopped_at is None
        if result.round_started is not None:
            conn.execute(sa.update(deadline_clocks).where(
                c.case_id == case_id, c.round < result.round, c.name != "dispatch", c.stopped_at.is_(None))
                .values(state="superseded", stopped_at=result.round_started, updated_at=now))
    conn.execute(sa.update(deadline_cases).where(deadline_cases.c.case_id == case_id)
                 .values(round=result.round, open=running, dirty=False, computed_at=now))
    _store_queue_order(conn, row)
    return running


def _store_queue_order(conn: Connection, row) -> None:
    """Keep the case's queue order (cases.queue_due / queue_warning: the earliest due and warning times
    of its running clocks) equal to its clocks. Running clocks change only here, so the queue, which
    reads the order from an index (web/console/queue.py), is as current as the clocks."""
    c = deadline_clocks.c
    due, warning = conn.execute(sa.select(sa.func.min(c.due_at), sa.func.min(c.warning_at))
                                .where(c.case_id == row.id, c.state == RUNNING)).one()
    if (due, warning) != (row.queue_due, row.queue_warning):
        conn.execute(sa.update(cases).where(cases.c.id == row.id).values(queue_due=due, queue_warning=warning))


def recompute_cases(conn: Connection, case_ids: Iterable[int], now: dt.datetime,
                    env: DeadlineEnv | None = None) -> int:
    env = env or load_env(conn)
    n = 0
    for case_id in sorted(set(case_ids)):  # a fixed order: two writers never lock crosswise
        try:
            with conn.begin_nested():
                recompute_case(conn, case_id, env, now)
            n += 1
        except (ValueError, NoPolicyInForce) as exc:  # bad data in one case must not stop the others
            conn.execute(sa.update(deadline_cases).where(deadline_cases.c.case_id == case_id)
                         .values(dirty=False, open=False, computed_at=now))
            log.warning("case %s has no clocks: %s", case_id, exc)
    return n


def recompute_dirty(db: Database, clock: Clock, *, batch: int = 200, limit: int | None = None) -> int:
    """Recompute cases marked dirty, `batch` per transaction, skipping those another process holds."""
    done = 0
    while limit is None or done < limit:
        with db.write() as conn:
            ids = conn.execute(
                sa.select(deadline_cases.c.case_id).where(deadline_cases.c.dirty)
                .order_by(deadline_cases.c.case_id).limit(batch if limit is None else min(batch, limit - done))
                .with_for_update(skip_locked=True)).scalars().all()
            if not ids:
                break
            done += recompute_cases(conn, ids, clock.now())
    return done


def _category_condition(patterns: Sequence[str]):
    conds = []
    for p in patterns:
        if p == "*":
            return sa.true()
        if p.endswith(".*"):
            conds.append(sa.or_(cases.c.category == p[:-2], cases.c.category.startswith(p[:-1], autoescape=True)))
        else:
            conds.append(cases.c.category == p)
    return sa.or_(*conds)


def mark_dirty(conn: Connection, region: str | None = None, categories: Sequence[str] = ("*",)) -> int:
    """Queue the open cases in a region subtree and categories (all open cases by default)."""
    conds = [deadline_cases.c.open]
    if region is not None or list(categories) != ["*"]:
        covered = sa.select(cases.c.id).where(_category_condition(categories))
        prefix = region_prefix(region or "000000")
        if prefix:  # a case without a region takes its unit's: queue it too, recomputing is harmless
            covered = covered.where(sa.or_(cases.c.region.startswith(prefix, autoescape=True),
                                           cases.c.region.is_(None)))
        conds.append(deadline_cases.c.case_id.in_(covered))
    # Lock in case order first, as the consumer does, so the two never wait for each other crosswise.
    conn.execute(sa.select(deadline_cases.c.case_id).where(*conds).order_by(deadline_cases.c.case_id)
                 .with_for_update()).all()
    return conn.execute(sa.update(deadline_cases).where(*conds).values(dirty=True)).rowcount


def activate_started_emergencies(db: Database, clock: Clock) -> int:
    """Queue the cases of emergency modes that were planned for later and have now begun."""
    now = clock.now()
    with db.write() as conn:
        rows = conn.execute(sa.select(emergency_modes).where(
            emergency_modes.c.applied_at.is_(None), emergency_modes.c.started_at <= now)
            .with_for_update(skip_locked=True)).all()
        for r in rows:
            mark_dirty(conn, r.region, r.categories)
            conn.execute(sa.update(emergency_modes).where(emergency_modes.c.id == r.id).values(applied_at=now))
    return len(rows)


# ---------------------------------------------------------------- reading clocks


def _clock_state(r, now: dt.datetime | None) -> str:
    if r.state != RUNNING:
        return r.state
    if now is None:  # as the sweep last found it: the state notifications were sent for
        return "overdue" if r.overdue_fired_at else "warning" if r.warning_fired_at else "ok"
    return "overdue" if now >= r.due_at else "warning" if now >= r.warning_at else "ok"


def _clock_views(rows: Sequence[Any], now: dt.datetime | None) -> list[dict[str, Any]]:
    """One case's clock rows (in round order) as the API shows them: the last round of each clock."""
    latest = {r.name: r for r in rows}
    out = []
    for name in CLOCK_NAMES:
        r = latest.get(name)
        if r is None or r.state == "superseded":
            continue
        state = _clock_state(r, now)
        view = {
            "name": name, "label": CLOCK_LABELS[name], "due_at": iso(r.due_at), "warning_at": iso(r.warning_at),
            "state": state, "state_label": STATE_LABELS.get(state, state), "started_at": iso(r.started_at),
            "stopped_at": iso(r.stopped_at), "unit": r.unit, "allowed": r.allowed, "rule": r.rule_id,
            "policy_version": r.policy_version, "emergency_id": r.emergency_id, "extensions": list(r.extensions),
            "round": r.round,
        }
        if now is not None and r.state == RUNNING:
            view["remaining_seconds"] = int((r.due_at - now).total_seconds())
        out.append(view)
    return out


_CLOCKS_OF = (sa.select(deadline_clocks).where(deadline_clocks.c.case_id == sa.bindparam("case_id"))
              .order_by(deadline_clocks.c.round, deadline_clocks.c.id))  # built once


def clocks_view(conn: Connection, case_id: int, now: dt.datetime | None = None) -> list[dict[str, Any]]:
    """The case's current clocks, for the API: one per clock name, in lifecycle order.

    Without `now` a running clock's state is the one the sweep last fired (ok → warning → overdue),
    which is also what its notifications said; with `now` it is exact and `remaining_seconds` is given.
    Inside `preloaded_clocks` the case's clocks come from that batch, not from a query of their own.
    """
    batch = _PRELOADED.get()
    if batch is not None and batch.conn is conn and batch.now == now and case_id in batch.views:
        return batch.views[case_id]
    return _clock_views(conn.execute(_CLOCKS_OF, {"case_id": case_id}).all(), now)


# Bound parameters per IN list: well under SQLite's and psycopg's limits.
_IDS_PER_QUERY = 900


def clocks_views(conn: Connection, case_ids: Iterable[int], now: dt.datetime | None = None
                 ) -> dict[int, list[dict[str, Any]]]:
    """`clocks_view` of many cases at once: one query per 900 cases instead of one per case (a list
    page's N+1). Every asked id is a key; a case without clocks maps to []."""
    ids = sorted(set(case_ids))
    rows: dict[int, list[Any]] = {i: [] for i in ids}
    c = deadline_clocks.c
    for start in range(0, len(ids), _IDS_PER_QUERY):
        chunk = ids[start:start + _IDS_PER_QUERY]
        for r in conn.execute(sa.select(deadline_clocks).where(c.case_id.in_(chunk))
                              .order_by(c.case_id, c.round, c.id)):
            rows[r.case_id].append(r)
    return {i: _clock_views(rows[i], now) for i in ids}


@dataclass(frozen=True)
class _Preloaded:
    conn: Connection
    now: dt.datetime | None
    views: dict[int, list[dict[str, Any]]]


_PRELOADED: ContextVar[_Preloaded | None] = ContextVar("hotline_preloaded_clocks", default=None)


@contextmanager
def preloaded_clocks(conn: Connection, case_ids: Iterable[int], now: dt.datetime | None = None) -> Iterator[None]:
    """Within the block, `clocks_view(conn, id, now)` of these cases answers from one batch query.

    For code that builds case views one at a time (`cases.case_view`, called by `case_views`): wrap the
    call and a page of N cases costs one clocks query, not N. Only the same connection and `now` hit the
    batch; anything else still reads the table, so the answers are the same either way."""
    token = _PRELOADED.set(_Preloaded(conn, now, clocks_views(conn, case_ids, now)))
    try:
        yield
    finally:
        _PRELOADED.reset(token)


def case_clocks_view(ctx: Context, number: str) -> dict[str, Any]:
    """GET …/deadlines/cases/{number}/clocks: exact states and time left at the request's time."""
    now = ctx.clock.now()
    with ctx.db.read() as conn:
        row = _case_row(conn, number)
        _check_view(conn, ctx, row)
        return {"number": number, "at": iso(now), "clocks": clocks_view(conn, row.id, now)}


# ---------------------------------------------------------------- who sees which units


def _root_unit(tree: UnitTree) -> str | None:
    return next((code for code, parent in tree.parents.items() if not parent), None)


def visible_units(conn: Connection, user: Principal | None, unit: str | None) -> tuple[UnitTree, set[str]]:
    """The units of `unit`'s subtree the user may see (403 if `unit` itself is outside their view)."""
    tree = load_tree(conn)
    root = unit or (user.unit if user else _root_unit(tree))
    if root is None or root not in tree:
        raise ServiceError("unit_not_found", f"单位 {root} 不存在", 404, unit=root)
    wanted = tree.subtree(root)
    if user is None:
        return tree, wanted
    visible: set[str] = set()
    if can_view(user, Relation.OWN):
        visible.add(user.unit)
    if can_view(user, Relation.CHILD):
        visible |= tree.subtree(user.unit)
    if root not in visible:
        raise ServiceError("unit_not_visible", "只能查看本单位及下级单位的时限情况", 403, unit=root)
    return tree, wanted & visible


# ---------------------------------------------------------------- overdue list, alerts, statistics


def overdue_list(ctx: Context, unit: str | None = None, limit: int = 500) -> dict[str, Any]:
    """Running clocks past due in a unit subtree, most overdue first: the first `limit` of them, and
    how many there are in all (`count`)."""
    now = ctx.clock.now()
    c = deadline_clocks.c
    with ctx.db.read() as conn:
        _tree, codes = visible_units(conn, ctx.user, unit)
        names = unit_cache.names(conn)
        overdue = [c.state == RUNNING, c.due_at <= now, c.unit.in_(sorted(codes))]
        first = overdue
        if 0 < len(codes) <= MERGE_PARTS:
            # Each unit's most overdue clocks in order from (unit, due_at), merged, and only the page's
            # joined to their cases: one scan of the subtree's overdue clocks sorted them all (a
            # province's 58,000 at 10M cases: 30 ms).
            parts = [sa.select(c.id, c.due_at).where(c.state == RUNNING, c.due_at <= now, c.unit == code)
                     .order_by(c.due_at, c.id) for code in sorted(codes)]
            first = [c.id.in_(top_ids(parts, limit, "due_at", "id"))]
        rows = conn.execute(
            sa.select(c.name, c.unit, c.due_at, c.started_at, c.rule_id, c.overdue_fired_at, cases.c.number,
                      cases.c.title, cases.c.category, cases.c.urgent, cases.c.status)
            .join(cases, cases.c.id == c.case_id)
            .where(*first).order_by(c.due_at, c.id).limit(limit)).all()
        count = len(rows) if len(rows) < limit else conn.execute(
            sa.select(sa.func.count()).select_from(deadline_clocks).where(*overdue)).scalar_one()
    items = [{
        "number": r.number, "title": r.title, "category": r.category, "urgent": r.urgent, "status": r.status,
        "clock": r.name, "clock_label": CLOCK_LABELS[r.name], "unit": r.unit, "unit_name": names.get(r.unit),
        "due_at": iso(r.due_at), "overdue_seconds": int((now - r.due_at).total_seconds()),
        "escalated": r.overdue_fired_at is not None,
    } for r in rows]
    return {"unit": unit or (ctx.user.unit if ctx.user else None), "at": iso(now), "count": count,
            "items": items}


def overdue_by_child(ctx: Context, unit: str) -> dict[str, int]:
    """Cases with a running clock past due, counted for `unit` itself and for each unit directly below
    it (each child counting its whole subtree; a case counts once per row). Counted by the database
    with the running-clock index — not capped like the overdue list."""
    now = ctx.clock.now()
    c = deadline_clocks.c
    with ctx.db.read() as conn:
        tree, codes = visible_units(conn, ctx.user, unit)
        tops = tree.rows_below(unit, codes)  # each visible unit → the row it counts in
        overdue = [c.state == RUNNING, c.due_at <= now, c.unit.in_(sorted(codes))]
        if conn.dialect.name == "postgresql":
            # Unit → row through a joined VALUES list (a hash join), and in memory: at the root of a
            # 10M-case database a CASE of IN lists per clock and a 4 MB sort on disk took 1.1 s for
            # 800,000 overdue clocks; this takes 0.3 s.
            roomy_sorts(conn)
            m = sa.values(sa.column("unit", sa.String), sa.column("top", sa.String), name="unit_rows") \
                .data(sorted(tops.items()))
            q = sa.select(m.c.top, sa.func.count(sa.distinct(c.case_id))) \
                .select_from(deadline_clocks.join(m, m.c.unit == c.unit)).where(*overdue).group_by(m.c.top)
        else:  # SQLite has no VALUES list in FROM with column names: a CASE of the rows' units
            members: dict[str, list[str]] = defaultdict(list)
            for code, top in sorted(tops.items()):
                members[top].append(code)
            whens = [(c.unit.in_(codes_of), top) for top, codes_of in sorted(members.items()) if top != unit]
            top = (sa.case(*whens, else_=unit) if whens else sa.literal(unit)).label("top")
            q = sa.select(top, sa.func.count(sa.distinct(c.case_id))).where(*overdue).group_by("top")
        rows = conn.execute(q).all()
    return {code: n for code, n in rows}


def list_alerts(ctx: Context, unit: str | None = None, since: dt.datetime | None = None,
                limit: int = 200) -> dict[str, Any]:
    """Warnings and overdue escalations for the units of a subtree (as the pressed or the parent unit)."""
    a = deadline_alerts.c
    with ctx.db.read() as conn:
        _tree, codes = visible_units(conn, ctx.user, unit)
        names = unit_cache.names(conn)
        q = (sa.select(deadline_alerts, cases.c.number, cases.c.title).join(cases, cases.c.id == a.case_id)
             .where(sa.or_(a.unit.in_(sorted(codes)), a.escalated_to.in_(sorted(codes))))
             .order_by(a.fired_at.desc(), a.id.desc()).limit(limit))
        if since is not None:
            q = q.where(a.fired_at >= since)
        rows = conn.execute(q).all()
    return {"items": [{
        "id": r.id, "kind": r.kind, "number": r.number, "title": r.title, "clock": r.clock,
        "clock_label": CLOCK_LABELS.get(r.clock, r.clock), "due_at": iso(r.due_at), "fired_at": iso(r.fired_at),
        "unit": r.unit, "unit_name": names.get(r.unit), "escalated_to": r.escalated_to,
        "escalated_to_name": names.get(r.escalated_to), "supervisors": list(r.supervisors), "notified": r.notified,
    } for r in rows]}


Period = str  # "day" | "week" | "month"


def _period_key(day: str, period: Period) -> str:
    if period == "day":
        return day
    if period == "month":
        return day[:7]
    year, week, _ = dt.date.fromisoformat(day).isocalendar()
    return f"{year}-W{week:02d}"


def _outcome(now: dt.datetime):
    c = deadline_clocks.c
    return sa.case(
        (c.state == "met", "on_time"),
        (c.state == "met_late", "late"),
        (sa.and_(c.state == RUNNING, c.due_at <= now), "late"),
        (c.state == RUNNING, "pending"),
        (sa.and_(c.state == "superseded", c.overdue_fired_at.is_not(None)), "late"),
        else_="none",
    )


def _tally(rows: Iterable[dict[str, Any]], keys: Sequence[str]) -> list[dict[str, Any]]:
    sums: dict[tuple, dict[str, int]] = defaultdict(lambda: {"on_time": 0, "late": 0, "pending": 0})
    for r in rows:
        bucket = sums[tuple(r[k] for k in keys)]
        for k in ("on_time", "late", "pending"):
            bucket[k] += r[k]
    out = []
    for key in sorted(sums, key=lambda k: tuple("" if v is None else str(v) for v in k)):
        s = sums[key]
        decided = s["on_time"] + s["late"]
        out.append({**dict(zip(keys, key, strict=True)), **s,
                    "rate": round(s["on_time"] / decided, 4) if decided else None})
    return out


def on_time_stats(ctx: Context, unit: str | None = None, start: dt.date | None = None,
                  end: dt.date | None = None, period: Period = "month") -> dict[str, Any]:
    """On-time rate (按时办结率) per unit, clock and period of the due date, over a unit's subtree.

    A clock counts on time when it stopped by its due time; late when it stopped after it, is running
    past it, or ran past it before a new round (forward, escalation) replaced it. Running clocks not
    yet due are `pending` and left out of the rate. `end` is exclusive.
    """
    if period not in ("day", "week", "month"):
        raise ServiceError("invalid_period", "period 只能是 day、week 或 month", 422, field="period")
    now = ctx.clock.now()
    end = end or today(now) + dt.timedelta(days=1)
    start = start or end - dt.timedelta(days=31)
    if start >= end:
        raise ServiceError("invalid_range", "起始日期必须早于结束日期", 422, field="from")
    lo = dt.datetime.combine(start, dt.time(), tzinfo=to_shanghai(now).tzinfo)
    hi = dt.datetime.combine(end, dt.time(), tzinfo=to_shanghai(now).tzinfo)
    c = deadline_clocks.c
    with ctx.db.read() as conn:
        _tree, codes = visible_units(conn, ctx.user, unit)
        names = unit_cache.names(conn)
        day, outcome = local_part(conn, c.due_at, "day"), _outcome(now)
        roomy_sorts(conn)  # a national day is 130,000 clocks to group: in memory, not in 4 MB runs on disk
        grouped = conn.execute(
            sa.select(c.unit, c.name, day.label("day"), outcome.label("outcome"), sa.func.count().label("n"))
            .where(c.unit.in_(sorted(codes)), c.due_at >= lo, c.due_at < hi)
            .group_by(c.unit, c.name, day, outcome)).all()
    cells: dict[tuple[str, str, str], dict[str, Any]] = {}
    for r in grouped:
        if r.outcome == "none":
            continue
        key = (r.unit, r.name, _period_key(r.day, period))
        cell = cells.setdefault(key, {"unit": r.unit, "unit_name": names.get(r.unit), "clock": r.name,
                                      "period": key[2], "on_time": 0, "late": 0, "pending": 0})
        cell[r.outcome] += r.n
    rows = list(cells.values())
    total = _tally(rows, [])
    return {
        "unit": unit or (ctx.user.unit if ctx.user else None), "from": start.isoformat(), "to": end.isoformat(),
        "period": period, "at": iso(now),
        "rows": _tally(rows, ["unit", "unit_name", "clock", "period"]),
        "by_unit": _tally(rows, ["unit", "unit_name"]),
        "by_clock": _tally(rows, ["clock"]),
        "by_period": _tally(rows, ["period"]),
        "total": total[0] if total else {"on_time": 0, "late": 0, "pending": 0, "rate": None},
    }


STATS_COLUMNS = [("unit", "单位代码"), ("unit_name", "单位"), ("clock", "时限"), ("period", "期间"),
                 ("on_time", "按时"), ("late", "超时"), ("pending", "未到期"), ("rate", "按时率")]
OVERDUE_COLUMNS = [("number", "工单编号"), ("title", "标题"), ("category", "分类"), ("clock_label", "时限"),
                   ("unit", "单位代码"), ("unit_name", "单位"), ("due_at", "到期时间"),
                   ("overdue_seconds", "已超时（秒）"), ("escalated", "已上报")]


def xlsx(sheet: str, columns: Sequence[tuple[str, str]], rows: Iterable[dict[str, Any]]) -> bytes:
    """One sheet, a header of Chinese column names, one line per row."""
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet(sheet)
    ws.append([label for _key, label in columns])
    for row in rows:
        ws.append([row.get(key) for key, _label in columns])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


# ---------------------------------------------------------------- emergency mode


def _require(user: Principal | None, *roles: Role, what: str) -> None:
    if user is not None and not user.has(*roles):
        raise forbidden(f"只有{'、'.join({Role.SUPERVISOR: '督办', Role.ADMIN: '管理员'}[r] for r in roles)}可以{what}")


def _user_region(conn: Connection, user: Principal | None) -> str:
    if user is None:
        return "000000"
    return conn.execute(sa.select(units.c.region).where(units.c.code == user.unit)).scalar() or "000000"


def emergency_view(row, now: dt.datetime | None = None) -> dict[str, Any]:
    view = {
        "id": row.id, "region": row.region, "categories": list(row.categories), "reason": row.reason,
        "from": iso(row.started_at), "until": iso(row.until), "switched_on_by": row.switched_on_by,
        "switched_on_at": iso(row.created_at), "switched_off_by": row.switched_off_by,
        "switched_off_at": iso(row.switched_off_at), "off_reason": row.off_reason,
    }
    if now is not None:
        view["active"] = row.started_at <= now and (row.until is None or now < row.until)
    return view


def switch_on_emergency(ctx: Context, region: str, categories: Sequence[str], reason: str,
                        starts_at: dt.datetime | None = None, until: dt.datetime | None = None) -> dict[str, Any]:
    """应急状态 on: recorded with who, when, why and until; tightens the open cases it covers at once."""
    _require(ctx.user, Role.SUPERVISOR, Role.ADMIN, what="开启应急状态")
    now = ctx.clock.now()
    started = starts_at or now
    if started < now - dt.timedelta(minutes=1):
        raise ServiceError("emergency_in_past", "应急状态不能从过去开始（不追溯）；不填 from 即从现在开始", 422,
                           field="from")
    try:
        EmergencyMode("new", region, tuple(categories), reason, started, until)
    except ValueError as exc:
        raise ServiceError("invalid_emergency", f"应急状态参数不正确：{exc}", 422) from None
    with ctx.db.write() as conn:
        if not region_covers(_user_region(conn, ctx.user), region):
            raise forbidden(f"只能为本单位辖区开启应急状态，{region} 不在辖区内")
        mode_id = conn.execute(sa.insert(emergency_modes).values(
            region=region, categories=list(categories), reason=reason.strip(), started_at=started, until=until,
            switched_on_by=ctx.actor, created_at=now, applied_at=now if started <= now else None,
        ).returning(emergency_modes.c.id)).scalar_one()
        queued = mark_dirty(conn, region, categories) if started <= now else 0
        row = conn.execute(sa.select(emergency_modes).where(emergency_modes.c.id == mode_id)).one()
    recomputed = recompute_dirty(ctx.db, ctx.clock, limit=SYNC_RECOMPUTE) if queued else 0
    return {**emergency_view(row, now), "cases_queued": queued, "cases_recomputed": recomputed}


def switch_off_emergency(ctx: Context, mode_id: int, reason: str | None = None) -> dict[str, Any]:
    _require(ctx.user, Role.SUPERVISOR, Role.ADMIN, what="关闭应急状态")
    now = ctx.clock.now()
    with ctx.db.write() as conn:
        row = conn.execute(sa.select(emergency_modes).where(emergency_modes.c.id == mode_id)
                           .with_for_update()).first()
        if row is None:
            raise ServiceError("emergency_not_found", f"应急状态 {mode_id} 不存在", 404)
        if not region_covers(_user_region(conn, ctx.user), row.region):
            raise forbidden("只能关闭本单位辖区的应急状态")
        if row.until is not None and row.until <= now:
            raise ServiceError("emergency_not_on", "该应急状态已结束", 409)
        # Switched off before it began: it never runs (until = start).
        conn.execute(sa.update(emergency_modes).where(emergency_modes.c.id == mode_id).values(
            until=max(now, row.started_at), switched_off_by=ctx.actor, switched_off_at=now, off_reason=reason))
        queued = mark_dirty(conn, row.region, row.categories) if row.started_at <= now else 0
        row = conn.execute(sa.select(emergency_modes).where(emergency_modes.c.id == mode_id)).one()
    recomputed = recompute_dirty(ctx.db, ctx.clock, limit=SYNC_RECOMPUTE) if queued else 0
    return {**emergency_view(row, now), "cases_queued": queued, "cases_recomputed": recomputed}


def list_emergencies(ctx: Context, active: bool | None = None) -> dict[str, Any]:
    now = ctx.clock.now()
    with ctx.db.read() as conn:
        rows = conn.execute(sa.select(emergency_modes).order_by(emergency_modes.c.id.desc())).all()
    items = [emergency_view(r, now) for r in rows]
    if active is not None:
        items = [i for i in items if i["active"] == active]
    return {"at": iso(now), "items": items}


def emergency_banner(conn: Connection, unit: str, now: dt.datetime) -> list[dict[str, Any]]:
    """The emergency modes on now whose region covers `unit`'s region: the console shows a banner."""
    region = conn.execute(sa.select(units.c.region).where(units.c.code == unit)).scalar()
    if region is None:
        return []
    rows = conn.execute(sa.select(emergency_modes).where(
        emergency_modes.c.started_at <= now,
        sa.or_(emergency_modes.c.until.is_(None), emergency_modes.c.until > now))).all()
    return [emergency_view(r, now) for r in rows if region_covers(r.region, region)]


def banner_for(ctx: Context, unit: str | None = None) -> dict[str, Any]:
    now = ctx.clock.now()
    code = unit or (ctx.user.unit if ctx.user else None)
    with ctx.db.read() as conn:
        if ctx.user is not None and unit is not None:
            visible_units(conn, ctx.user, unit)
        return {"unit": code, "at": iso(now), "items": emergency_banner(conn, code, now) if code else []}


# ---------------------------------------------------------------- the working-day override table


def _require_root_admin(conn: Connection, user: Principal | None, what: str) -> None:
    """Policies and the calendar are national: only an admin of the root unit edits them."""
    if user is None:
        return
    if not user.has(Role.ADMIN) or not load_tree(conn).is_root(user.unit):
        raise forbidden(f"只有最上级单位的管理员可以{what}")


def list_overrides(ctx: Context, start: dt.date | None = None, end: dt.date | None = None) -> dict[str, Any]:
    q = sa.select(deadline_overrides).order_by(deadline_overrides.c.day)
    if start:
        q = q.where(deadline_overrides.c.day >= start)
    if end:
        q = q.where(deadline_overrides.c.day < end)
    with ctx.db.read() as conn:
        rows = conn.execute(q).all()
    return {"items": [{"day": r.day.isoformat(), "workday": r.workday, "note": r.note, "updated_by": r.updated_by,
                       "updated_at": iso(r.updated_at)} for r in rows]}


def set_override(ctx: Context, day: dt.date, workday: bool, note: str | None = None) -> dict[str, Any]:
    """Mark a day as a working day or a day off; every open case's clocks are recomputed."""
    now = ctx.clock.now()
    with ctx.db.write() as conn:
        _require_root_admin(conn, ctx.user, "修改工作日调整表")
        exists = conn.execute(sa.select(deadline_overrides.c.day).where(deadline_overrides.c.day == day)).first()
        values = {"workday": workday, "note": note, "updated_by": ctx.actor, "updated_at": now}
        if exists:
            conn.execute(sa.update(deadline_overrides).where(deadline_overrides.c.day == day).values(**values))
        else:
            conn.execute(sa.insert(deadline_overrides).values(day=day, **values))
        queued = mark_dirty(conn)  # working-day clocks anywhere may move
    recomputed = recompute_dirty(ctx.db, ctx.clock, limit=SYNC_RECOMPUTE) if queued else 0
    return {"day": day.isoformat(), "workday": workday, "note": note, "updated_by": ctx.actor,
            "updated_at": iso(now), "cases_queued": queued, "cases_recomputed": recomputed}


def delete_override(ctx: Context, day: dt.date) -> dict[str, Any]:
    with ctx.db.write() as conn:
        _require_root_admin(conn, ctx.user, "修改工作日调整表")
        gone = conn.execute(sa.delete(deadline_overrides).where(deadline_overrides.c.day == day)).rowcount
        if not gone:
            raise ServiceError("override_not_found", f"{day} 不在工作日调整表中", 404)
        queued = mark_dirty(conn)  # working-day clocks anywhere may move
    recomputed = recompute_dirty(ctx.db, ctx.clock, limit=SYNC_RECOMPUTE) if queued else 0
    return {"day": day.isoformat(), "deleted": True, "cases_queued": queued, "cases_recomputed": recomputed}


# ---------------------------------------------------------------- policies


def get_policies(ctx: Context) -> dict[str, Any]:
    now = ctx.clock.now()
    with ctx.db.read() as conn:
        rows = conn.execute(sa.select(deadline_policy_versions).where(deadline_policy_versions.c.retired_at.is_(None))
                            .order_by(deadline_policy_versions.c.effective_from)).all()
        policies = load_policies(conn)
    return {
        "source": "database" if rows else "shipped",
        "in_force": policies.in_force(now).version,
        "versions": [{**r.body, "created_by": r.created_by, "created_at": iso(r.created_at)} for r in rows]
        or _shipped_versions(),
    }


def _shipped_versions() -> list[dict[str, Any]]:
    from hotline.domain.deadlines import policies_to_dict

    return policies_to_dict(load_default_policies())["versions"]


def put_policy_version(ctx: Context, version: str, effective_from: dt.date, rules: list[dict[str, Any]],
                       note: str = "") -> dict[str, Any]:
    """Add a policy version, or replace one not yet in force. It must take effect after today, so the
    clocks of cases already received never move."""
    now = ctx.clock.now()
    if effective_from <= today(now):
        raise ServiceError("policy_not_future", "新的时限规则只能从明天或以后生效（已受理的工单不受影响）", 422,
                           field="effective_from")
    body = {"version": version, "effective_from": effective_from.isoformat(), "rules": rules}
    if note:
        body["note"] = note
    v = deadline_policy_versions.c
    with ctx.db.write() as conn:
        _require_root_admin(conn, ctx.user, "修改时限规则")
        live = conn.execute(sa.select(deadline_policy_versions).where(v.retired_at.is_(None))
                            .with_for_update()).all()
        if not live:
            _seed_shipped(conn, now)
            live = conn.execute(sa.select(deadline_policy_versions).where(v.retired_at.is_(None))).all()
        old = next((r for r in live if r.version == version), None)
        if old is not None and old.effective_from <= today(now):
            raise ServiceError("policy_in_force", f"版本 {version} 已生效，不能修改；请新建一个版本", 409)
        others = [r.body for r in live if r.version != version]
        try:
            parse_policies({"versions": [*others, body]})
        except (PolicyError, ValueError, TypeError, KeyError) as exc:
            raise ServiceError("deadline_policy_invalid", f"时限规则不正确：{exc}", 422) from None
        if old is not None:
            conn.execute(sa.update(deadline_policy_versions).where(v.id == old.id)
                         .values(retired_at=now, retired_by=ctx.actor))
        conn.execute(sa.insert(deadline_policy_versions).values(
            version=version, effective_from=effective_from, body=body, created_by=ctx.actor, created_at=now))
    return {**body, "created_by": ctx.actor, "created_at": iso(now), "replaced": old is not None}


def _seed_shipped(conn: Connection, now: dt.datetime) -> None:
    for body in _shipped_versions():
        conn.execute(sa.insert(deadline_policy_versions).values(
            version=body["version"], effective_from=dt.date.fromisoformat(body["effective_from"]), body=body,
            created_by="shipped defaults", created_at=now))


def delete_policy_version(ctx: Context, version: str) -> dict[str, Any]:
    now = ctx.clock.now()
    v = deadline_policy_versions.c
    with ctx.db.write() as conn:
        _require_root_admin(conn, ctx.user, "修改时限规则")
        row = conn.execute(sa.select(deadline_policy_versions).where(v.version == version, v.retired_at.is_(None))
                           .with_for_update()).first()
        if row is None:
            raise ServiceError("policy_version_not_found", f"时限规则版本 {version} 不存在", 404)
        if row.effective_from <= today(now):
            raise ServiceError("policy_in_force", f"版本 {version} 已生效，不能删除", 409)
        conn.execute(sa.update(deadline_policy_versions).where(v.id == row.id)
                     .values(retired_at=now, retired_by=ctx.actor))
    return {"version": version, "deleted": True}


# ---------------------------------------------------------------- notification contacts


def get_contacts(ctx: Context, unit: str) -> dict[str, Any]:
    with ctx.db.read() as conn:
        visible_units(conn, ctx.user, unit)
        emails = conn.execute(sa.select(deadline_contacts.c.email).where(deadline_contacts.c.unit == unit)
                              .order_by(deadline_contacts.c.email)).scalars().all()
    return {"unit": unit, "emails": list(emails)}


def put_contacts(ctx: Context, unit: str, emails: Sequence[str]) -> dict[str, Any]:
    """Replace where a unit's deadline e-mails go (an admin of the unit or a unit above it)."""
    if ctx.user is not None and not ctx.user.has(Role.ADMIN):
        raise forbidden("只有管理员可以设置通知邮箱")
    with ctx.db.write() as conn:
        visible_units(conn, ctx.user, unit)
        conn.execute(sa.delete(deadline_contacts).where(deadline_contacts.c.unit == unit))
        for email in sorted(set(emails)):
            conn.execute(sa.insert(deadline_contacts).values(unit=unit, email=email))
    return {"unit": unit, "emails": sorted(set(emails))}


def unit_emails(conn: Connection, codes: Iterable[str | None]) -> list[str]:
    wanted = sorted({c for c in codes if c})
    if not wanted:
        return []
    return sorted(set(conn.execute(sa.select(deadline_contacts.c.email)
                                   .where(deadline_contacts.c.unit.in_(wanted))).scalars()))
