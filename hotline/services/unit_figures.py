"""The supervisors' per-unit figures, taken by the job round and read by the dashboard.

At national scale the dashboard's table of units (在办 / 紧急 / 超时 by each unit below) counted
~760,000 open cases by holder and ~811,000 overdue deadline clocks on every view (10,000,000 cases:
~300 ms each, docs/benchmarks.md). Both change only when a case moves or a clock passes its due
time, and a supervisor's table is as good ten seconds late as now, so the job round takes them every
`SNAPSHOT_EVERY` into three small tables:

- `snapshot_open`: open cases by (holder, status, urgent) — the very rows `units.unit_summary`
  groups live, so a subtree's numbers are sums of rows (a case has one holder);
- `snapshot_overdue`: cases with a running clock past due, counted by the *set* of units their
  overdue clocks press. A row of the table counts a case once if any unit of its set lies in the
  row's subtree — exactly `deadlines.overdue_by_child`'s `count(DISTINCT case_id)` — even for a
  case whose overdue clocks press two units;
- `figure_snapshots`: when they were taken.

How it stays correct: every snapshot is recounted from the cases and clocks in one transaction (no
increments to drift), under a row lock so two job runners never interleave, and the dashboard uses
it only while it is younger than `FRESH`; otherwise (no job runner, or jobs stopped) it counts
live. The page shows the snapshot's time. Tests compare the snapshot's rows with the live counts.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlalchemy import Connection

from hotline.domain.access import UnitTree
from hotline.domain.clock import Clock
from hotline.domain.lifecycle import OPEN_STATES
from hotline.services.cases import HOLDER
from hotline.store.db import Database, insert_ignore, roomy_sorts
from hotline.store.deadline_tables import deadline_clocks
from hotline.store.tables import cases, figure_snapshots, snapshot_open, snapshot_overdue

SNAPSHOT_EVERY = timedelta(seconds=30)
FRESH = timedelta(minutes=3)
NAME = "units"
OPEN = sorted(s.value for s in OPEN_STATES)

OpenRow = tuple[str | None, str, bool, int]  # holder, status, urgent, cases


@dataclass(frozen=True)
class Snapshot:
    taken_at: datetime
    open: list[OpenRow]
    overdue: list[tuple[frozenset[str], int]]


def open_counts(conn: Connection, holders: Iterable[str] | None = None) -> list[OpenRow]:
    """Open cases by (holder, status, urgent), of `holders` or of every unit — counted live."""
    where = [cases.c.status.in_(OPEN)]
    if holders is not None:
        where.append(HOLDER.in_(sorted(holders)))
    return [(h, s, bool(u), n) for h, s, u, n in conn.execute(
        sa.select(HOLDER, cases.c.status, cases.c.urgent, sa.func.count()).where(*where)
        .group_by(HOLDER, cases.c.status, cases.c.urgent))]


def overdue_sets(conn: Connection, now: datetime) -> list[tuple[frozenset[str], int]]:
    """Cases with a running clock past due at `now`, by the set of units those clocks press. Most
    cases' overdue clocks press one unit and are counted by it in SQL; the few pressing several
    are read pair by pair."""
    c = deadline_clocks.c
    overdue = [c.state == "running", c.due_at <= now, c.unit.is_not(None)]
    roomy_sorts(conn)
    per_case = (sa.select(c.case_id, sa.func.min(c.unit).label("lo"), sa.func.max(c.unit).label("hi"))
                .where(*overdue).group_by(c.case_id).subquery())
    sets: Counter = Counter({frozenset([unit]): n for unit, n in conn.execute(
        sa.select(per_case.c.lo, sa.func.count()).where(per_case.c.lo == per_case.c.hi).group_by(per_case.c.lo))})
    several: dict[int, set[str]] = {}
    for case_id, unit in conn.execute(
            sa.select(c.case_id, c.unit).distinct().where(
                *overdue, c.case_id.in_(sa.select(per_case.c.case_id).where(per_case.c.lo != per_case.c.hi)))):
        several.setdefault(case_id, set()).add(unit)
    for units in several.values():
        sets[frozenset(units)] += 1
    return sorted(sets.items(), key=lambda kv: sorted(kv[0]))


def overdue_by_row(tree: UnitTree, unit: str, codes: set[str], sets: Iterable[tuple[frozenset[str], int]]) -> dict[str, int]:
    """`deadlines.overdue_by_child` from the sets: for `unit` itself and each unit directly below it
    (its whole subtree), the cases with an overdue clock pressing a unit of it that is in `codes`."""
    tops = tree.rows_below(unit, codes)
    rows: Counter = Counter()
    for units, n in sets:
        for row in {tops[u] for u in units if u in tops}:
            rows[row] += n
    return dict(rows)


def take_snapshot(db: Database, clock: Clock, every: timedelta = SNAPSHOT_EVERY) -> bool:
    """Recount the figures if the last snapshot is `every` old or more; False if another process
    took them within `every` (its row lock makes the second runner wait, then skip)."""
    now = clock.now()
    with db.write() as conn:
        conn.execute(insert_ignore(conn, figure_snapshots, name=NAME, taken_at=None))
        taken = conn.execute(sa.select(figure_snapshots.c.taken_at).where(figure_snapshots.c.name == NAME)
                             .with_for_update()).scalar_one()
        if taken is not None and now - taken < every and taken <= now:
            return False
        roomy_sorts(conn)
        open_rows = open_counts(conn)
        sets = overdue_sets(conn, now)
        conn.execute(sa.delete(snapshot_open))
        conn.execute(sa.delete(snapshot_overdue))
        if open_rows:
            conn.execute(sa.insert(snapshot_open), [{"holder": h, "status": s, "urgent": u, "cases": n}
                                                   for h, s, u, n in open_rows])
        if sets:
            conn.execute(sa.insert(snapshot_overdue), [{"units": sorted(units), "cases": n} for units, n in sets])
        conn.execute(sa.update(figure_snapshots).where(figure_snapshots.c.name == NAME).values(taken_at=now))
    return True


def latest(conn: Connection, now: datetime) -> Snapshot | None:
    """The last snapshot if it is fresh (taken less than FRESH before `now`, not after it)."""
    taken = conn.execute(sa.select(figure_snapshots.c.taken_at).where(figure_snapshots.c.name == NAME)).scalar()
    if taken is None or not (now - FRESH < taken <= now):
        return None
    o, d = snapshot_open.c, snapshot_overdue.c
    return Snapshot(
        taken_at=taken,
        open=[(r.holder, r.status, bool(r.urgent), r.cases) for r in conn.execute(sa.select(o.holder, o.status, o.urgent, o.cases))],
        overdue=[(frozenset(r.units), r.cases) for r in conn.execute(sa.select(d.units, d.cases))])


@dataclass(frozen=True)
class ByUnit:
    summary: dict  # units.unit_summary: open and urgent for the unit and each unit below it
    overdue: dict[str, int]  # deadlines.overdue_by_child's rows
    as_of: datetime | None  # the snapshot's time; None: counted now


def by_unit(ctx, unit: str) -> ByUnit:
    """The dashboard's table of units: from the job round's snapshot while it is fresh, else
    counted now — the same figures either way (tested)."""
    from hotline.services.deadlines import overdue_by_child, visible_units
    from hotline.services.units import unit_summary

    with ctx.db.read() as conn:
        snap = latest(conn, ctx.clock.now())
        if snap is not None:
            tree, codes = visible_units(conn, ctx.user, unit)
    if snap is None:
        return ByUnit(unit_summary(ctx, unit), overdue_by_child(ctx, unit), None)
    return ByUnit(unit_summary(ctx, unit, snap.open), overdue_by_row(tree, unit, codes, snap.overdue), snap.taken_at)
