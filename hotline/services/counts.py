"""Counting cases in SQL — the figures the dashboard and the daily/weekly reports share.

Both count the cases matching a list of conditions (a period, what the reader may see) by the
database, with GROUP BY, rather than reading the cases into Python (seconds at 10M cases).
"""

from __future__ import annotations

from collections import Counter

import sqlalchemy as sa
from sqlalchemy import Connection

from hotline.domain.access import Principal
from hotline.domain.lifecycle import OPEN_STATES
from hotline.services.cases import HOLDER, visibility, visible_codes
from hotline.store.tables import case_callbacks, case_cohandlers, cases

OPEN = sorted(s.value for s in OPEN_STATES)


def count_by(conn: Connection, key, where: list) -> Counter:
    """Cases matching `where` by `key`, most first (ties by key, so the order is stable)."""
    n = sa.func.count()
    return Counter({k: count for k, count in conn.execute(
        sa.select(key, n).where(*where).group_by(key).order_by(n.desc(), key))})


def ranked(counts: Counter) -> list[tuple]:
    """(key, count) most first, ties by key — the order `count_by` gives."""
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def tallies(conn: Connection, keys: list, where: list) -> tuple[list[Counter], tuple[int, int, int]]:
    """Cases matching `where` counted by each of `keys`, and how many in all, urgent and still open,
    from one statement grouping by all of them at once: the period's cases are read once, not once
    per figure."""
    is_open = cases.c.status.in_(OPEN)
    groups = [*keys, cases.c.urgent, is_open]
    by_key: list[Counter] = [Counter() for _ in keys]
    received = urgent = still_open = 0
    for row in conn.execute(sa.select(*groups, sa.func.count()).where(*where).group_by(*groups)):
        *values, is_urgent, open_, n = row
        for counter, value in zip(by_key, values, strict=True):
            counter[value] += n
        received += n
        urgent += n if is_urgent else 0
        still_open += n if open_ else 0
    return by_key, (received, urgent, still_open)


def in_period(conn: Connection, user: Principal | None, column, start, end) -> list:
    """Conditions for the cases `user` may see whose `column` (created_at, closed_at) falls in
    [start, end). For a unit subtree: held by a unit of it (the holder — the handling unit, else the
    intake hotline — read from the (holder, time) indexes of migration pt0007) or assisted by one
    (the few co-handled ids, looked up first), rather than every case of the period nationwide
    tested against the subtree row by row. The same cases as `visibility` allows (tested)."""
    period = [column >= start, column < end]
    codes, own = visible_codes(conn, user)
    if codes is None:
        return period
    if own or not codes:  # an operator also sees the cases they took in: the general conditions
        return [*period, *visibility(conn, user)]
    held = sa.and_(HOLDER.in_(codes), *period)
    helped = conn.execute(sa.select(case_cohandlers.c.case_id).join(cases, cases.c.id == case_cohandlers.c.case_id)
                          .where(case_cohandlers.c.unit.in_(codes), *period)).scalars().all()
    return [sa.or_(held, sa.and_(cases.c.id.in_(sorted(set(helped))), *period))] if helped else [held]


def callback_scores(conn: Connection, user: Principal | None, start, end) -> Counter:
    """The 回访 (callbacks) made in [start, end) on cases `user` may see, by satisfaction score.

    A subtree's are read from `case_callbacks` by (holder, at) — the unit that held the case when it
    was called back — plus those on cases a unit of it assists, rather than the period's callbacks
    nationwide joined to their cases. A callback stays with the unit it judged: a case reopened and
    sent elsewhere afterwards does not move it (docs/architecture.md, "Reads at volume")."""
    cb = case_callbacks.c
    period = [cb.at >= start, cb.at < end]
    codes, own = visible_codes(conn, user)
    if codes is None:
        where = period
    elif own or not codes:  # an operator's own intake: through the cases they may see
        where = [*period, cb.case_id.in_(sa.select(cases.c.id).where(*visibility(conn, user)))]
    else:
        helped = conn.execute(sa.select(cb.case_id).join(case_cohandlers, case_cohandlers.c.case_id == cb.case_id)
                              .where(case_cohandlers.c.unit.in_(codes), *period)).scalars().all()
        held = cb.holder.in_(codes)
        where = [*period, sa.or_(held, cb.case_id.in_(sorted(set(helped)))) if helped else held]
    n = sa.func.count()
    return Counter(dict(conn.execute(sa.select(cb.satisfaction, n).where(*where).group_by(cb.satisfaction)).all()))
