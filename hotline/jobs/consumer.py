"""Event consumers: background jobs that react to case events, durably and exactly once.

The `events` table is the log. Each consumer keeps a cursor (the last event id it has handled) in
`job_cursors`. One step, in ONE transaction: lock the consumer's cursor row, read the next events
after it, let the handler write its effects, move the cursor. So a crash mid-step redoes the step
and never half-applies it, and two app processes running the same consumer take turns on the
cursor row instead of handling an event twice (PostgreSQL: SELECT … FOR UPDATE; SQLite: the writer
lock of BEGIN IMMEDIATE).

On PostgreSQL, ids from a sequence can commit out of order (id 11 visible while id 10's
transaction is still open); a consumer that moved past 10 would never see it. Steps therefore only
take events older than `SETTLE` — far longer than any case transaction runs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection

from hotline.domain.clock import Clock
from hotline.store.db import Database, insert_ignore
from hotline.store.tables import events, job_cursors

SETTLE = timedelta(seconds=2)
Handler = Callable[[Connection, Sequence[Any]], None]


def run_step(db: Database, clock: Clock, name: str, handler: Handler, *, batch: int = 500) -> int:
    """Handle the next batch of events for consumer `name`. Returns how many were handled."""
    with db.write() as conn:
        # Two processes starting together may both create the cursor row: let one insert win.
        conn.execute(insert_ignore(conn, job_cursors, name=name, last_event_id=0))
        cursor = conn.execute(
            sa.select(job_cursors.c.last_event_id).where(job_cursors.c.name == name).with_for_update()
        ).scalar_one()
        q = sa.select(events).where(events.c.id > cursor).order_by(events.c.id).limit(batch)
        if not db.is_sqlite:
            q = q.where(events.c.at <= clock.now() - SETTLE)
        rows = conn.execute(q).all()
        if not rows:
            return 0
        handler(conn, rows)
        conn.execute(sa.update(job_cursors).where(job_cursors.c.name == name)
                     .values(last_event_id=rows[-1].id))
        return len(rows)


def run_until_idle(db: Database, clock: Clock, name: str, handler: Handler, *, batch: int = 500) -> int:
    total = 0
    while n := run_step(db, clock, name, handler, batch=batch):
        total += n
    return total
