"""Keep the monthly partitions of the events log and of the cases ahead of time (PostgreSQL), from
the job runner.

A month without its partition still works (its events land in `events_default` and are moved when
the month is created; its cases land in `cases_default` and stay there), but moving locks the log;
so every job runner checks, at most once an hour, that the current month and the AHEAD_MONTHS after it exist, and creates those missing. Several
runners may check at once: a transaction-level advisory lock lets one create while the others wait
and then find nothing to do. Archiving old months stays a decision for `hotline archive`.
"""

from __future__ import annotations

from hotline.domain.clock import Clock
from hotline.store.db import Database
from hotline.store.partitions import ensure_all_partitions

LOCK_KEY = 123280001  # pg_advisory_xact_lock key of this job


def keep_partitions_ahead(db: Database, clock: Clock) -> list[str]:
    """Create the missing monthly partitions from this month to AHEAD_MONTHS ahead; their names."""
    if db.is_sqlite:
        return []
    now = clock.now()
    with db.write() as conn:
        conn.exec_driver_sql("SELECT pg_advisory_xact_lock(%(key)s)", {"key": LOCK_KEY})
        return ensure_all_partitions(conn, now, now)
