"""The deadline-clock consumer: after each case event, recompute that case's stored clocks."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection

from hotline.domain.clock import Clock
from hotline.jobs.consumer import Handler, run_until_idle
from hotline.services.deadlines import recompute_cases
from hotline.store.db import Database

CONSUMER = "deadline-clocks"


def clock_handler(clock: Clock) -> Handler:
    def handle(conn: Connection, rows: Sequence[Any]) -> None:
        # Whatever the events were, a case's clocks are rebuilt from its whole history.
        recompute_cases(conn, {r.case_id for r in rows}, clock.now())

    return handle


def run_clock_consumer(db: Database, clock: Clock, *, batch: int = 500) -> int:
    """Handle every settled case event not yet seen; returns how many."""
    return run_until_idle(db, clock, CONSUMER, clock_handler(clock), batch=batch)
