"""Event consumers handle each event once, in order, and survive a failing handler."""

from __future__ import annotations

import threading

import pytest
import sqlalchemy as sa

from hotline.jobs.consumer import run_step, run_until_idle
from hotline.services.cases import create_case
from hotline.services.commands import CaseCreate

CASE = {"type": "consult", "category": "control.pass", "title": "通行证怎么办", "channel": "api"}


def make_cases(ctx, n):
    return [create_case(ctx, CaseCreate.model_validate(CASE))[0]["number"] for _ in range(n)]


def test_each_event_is_handled_once_in_order(ctx, clock, database):
    make_cases(ctx, 5)
    clock.advance(seconds=10)
    seen = []
    assert run_until_idle(database, clock, "t", lambda conn, rows: seen.extend(r.id for r in rows), batch=2) == 5
    assert seen == sorted(seen) and len(set(seen)) == 5
    assert run_step(database, clock, "t", lambda conn, rows: seen.extend(r.id for r in rows)) == 0
    make_cases(ctx, 2)
    clock.advance(seconds=10)
    assert run_until_idle(database, clock, "t", lambda conn, rows: seen.extend(r.id for r in rows)) == 2
    assert len(seen) == len(set(seen)) == 7


def test_a_failing_handler_moves_nothing(ctx, clock, database):
    make_cases(ctx, 3)
    clock.advance(seconds=10)

    def boom(conn, rows):
        raise RuntimeError("handler failed")

    with pytest.raises(RuntimeError):
        run_step(database, clock, "t", boom)
    seen = []
    assert run_until_idle(database, clock, "t", lambda conn, rows: seen.extend(r.id for r in rows)) == 3


def test_two_workers_never_share_an_event(ctx, clock, database):
    make_cases(ctx, 40)
    clock.advance(seconds=10)
    seen: list[int] = []
    lock = threading.Lock()

    def handler(conn, rows):
        conn.execute(sa.text("SELECT 1"))
        with lock:
            seen.extend(r.id for r in rows)

    threads = [threading.Thread(target=run_until_idle, args=(database, clock, "shared", handler),
                                kwargs={"batch": 3}) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(seen) == 40 and len(set(seen)) == 40
