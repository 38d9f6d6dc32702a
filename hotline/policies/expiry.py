"""Entries past their effective_until become `expired` on their own: `expire_due`, run by the jobs.

Search already hides an entry out of force on the asked date, so this is about what editors and
downstream hotlines see: the list shows 已失效, the version history records who (the system) and
when, and the change feed carries the new status to followers. Only our own entries: an upstream
entry's status is the upstream's to change and arrives through sync.

Safe with several app processes: each entry moves in one UPDATE guarded by its status and version,
so an entry another process (or an editor) changed meanwhile is left alone and picked up next time.
"""

from __future__ import annotations

import sqlalchemy as sa

from hotline.domain.clock import Clock
from hotline.policies.rules import Action, Status
from hotline.policies.services import _by_id, _record
from hotline.store.db import Database
from hotline.store.policy_tables import policies

SYSTEM_ACTOR = "system"
BATCH = 200


def due(conn: sa.Connection, now) -> list[sa.Row]:
    return conn.execute(
        sa.select(policies.c.id, policies.c.version)
        .where(policies.c.status == Status.PUBLISHED.value, policies.c.origin == "",
               policies.c.effective_until.is_not(None), policies.c.effective_until <= now)
        .order_by(policies.c.id).limit(BATCH)).all()


def expire_due(db: Database, clock: Clock) -> int:
    """Mark our published entries whose effective_until has passed as expired; how many changed."""
    now = clock.now()
    changed = 0
    while True:
        with db.write() as conn:
            batch = due(conn, now)
            moved = 0
            for row in batch:
                done = conn.execute(
                    sa.update(policies)
                    .where(policies.c.id == row.id, policies.c.version == row.version,
                           policies.c.status == Status.PUBLISHED.value)
                    .values(status=Status.EXPIRED.value, version=row.version + 1, updated_by=SYSTEM_ACTOR,
                            updated_at=now)).rowcount
                if done:
                    _record(conn, _by_id(conn, row.id), Action.EXPIRE.value, SYSTEM_ACTOR, now,
                            "有效期已过，自动失效", public_before=True)
                    moved += 1
        changed += moved
        if len(batch) < BATCH or not moved:
            return changed
