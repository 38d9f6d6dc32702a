"""The queue order stored on each case (cases.queue_due / queue_warning): the earliest due and warning
times of its running deadline clocks, kept by the clock recomputation, filled in by migration pt0006
for cases that existed before it, and read from the partial index ix_cases_queue (both databases)."""

from __future__ import annotations

from contextlib import contextmanager
from datetime import timedelta

import sqlalchemy as sa
from alembic import command

from hotline.domain.clock import FixedClock
from hotline.domain.lifecycle import Action
from hotline.jobs.clocks import run_clock_consumer
from hotline.jobs.consumer import SETTLE
from hotline.services.cases import act, create_case
from hotline.services.commands import ActionIn, CaseCreate
from hotline.store.deadline_tables import deadline_clocks
from hotline.store.migrate import alembic_config, upgrade
from hotline.store.tables import cases
from hotline.web.console import queue
from tests.store.test_volume_indexes import _plans, _recorded


def stored_and_expected(db) -> tuple[dict, dict]:
    """Per case: the stored (queue_due, queue_warning), and the same figures from its running clocks."""
    with db.read() as conn:
        stored = {r.id: (r.queue_due, r.queue_warning)
                  for r in conn.execute(sa.select(cases.c.id, cases.c.queue_due, cases.c.queue_warning))}
        k = deadline_clocks.c
        running = dict(((r.case_id, (r.due, r.warning)) for r in conn.execute(
            sa.select(k.case_id, sa.func.min(k.due_at).label("due"), sa.func.min(k.warning_at).label("warning"))
            .where(k.state == "running").group_by(k.case_id))))
    return stored, {case_id: running.get(case_id, (None, None)) for case_id in stored}


@contextmanager
def down_and_up(database, revision: str):
    """The database downgraded to `revision` by the migrations' own downgrades (an inspector of it
    for the block), then upgraded to the head again — also when the block fails."""
    cfg = alembic_config(database.url.render_as_string(hide_password=False))
    try:
        with database.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, revision)
        with database.engine.connect() as conn:
            yield sa.inspect(conn)
    finally:
        upgrade(database)


def _act(ctx, number: str, action: Action, **fields) -> None:
    with ctx.db.read() as conn:
        version = conn.execute(sa.select(cases.c.version).where(cases.c.number == number)).scalar_one()
    act(ctx, number, action, ActionIn(version=version, **fields))


def _consume(ctx) -> None:
    # PostgreSQL's consumer takes events once they are SETTLE old.
    run_clock_consumer(ctx.db, FixedClock(ctx.clock.now() + SETTLE + timedelta(seconds=1)))


def make_cases(ctx) -> list[str]:
    numbers = []
    for i in range(8):
        cmd = CaseCreate(type="complaint", category="control.turnback" if i % 2 else "highway.toll",
                         title=f"孝感北收费站劝返 第{i}件", urgent=i == 3, place={"region": "420900"},
                         reporter={"phone": "13812345678"})
        numbers.append(create_case(ctx, cmd)[0]["number"])
        ctx.clock.advance(minutes=11)
    for n in numbers[:6]:
        _act(ctx, n, Action.DISPATCH, unit="hb-xiaogan")
    _consume(ctx)
    return numbers


def test_the_recomputation_keeps_the_order_equal_to_the_clocks(ctx, units):
    numbers = make_cases(ctx)
    stored, expected = stored_and_expected(ctx.db)
    assert stored == expected
    assert sum(due is not None for due, _ in stored.values()) == 8  # dispatch clocks, accept/reply clocks
    # Accepting stops the accept clock; replying stops the reply clock; closing the rest but the callback.
    ctx.clock.advance(minutes=5)
    _act(ctx, numbers[0], Action.ACCEPT)
    _act(ctx, numbers[1], Action.ACCEPT)
    _act(ctx, numbers[1], Action.REPLY, reply="已联系收费站放行。")
    _act(ctx, numbers[6], Action.CLOSE, reply="已答复来电人。")
    _consume(ctx)
    after, expected = stored_and_expected(ctx.db)
    assert after == expected
    changed = {case_id for case_id in after if after[case_id] != stored[case_id]}
    assert len(changed) == 3, changed


def test_the_migration_fills_the_order_of_existing_cases(ctx, units, database, backend):
    make_cases(ctx)
    before, _ = stored_and_expected(ctx.db)
    assert any(due is not None for due, _ in before.values())
    # Back to the database as it was at pt0005 (the migrations' own downgrades), then up again.
    with down_and_up(database, "pt0005") as inspector:
        columns = {c["name"] for c in inspector.get_columns("cases")}
        assert "queue_due" not in columns and "queue_warning" not in columns
    after, expected = stored_and_expected(ctx.db)
    assert after == before == expected
    with database.engine.connect() as conn:  # (reflection leaves out SQLite's expression indexes)
        indexes = set(conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'cases'" if backend == "sqlite"
            else "SELECT indexname FROM pg_indexes WHERE tablename = 'cases'").scalars())
    assert {"ix_cases_queue", "ix_cases_holder_created", "ix_cases_holder_closed", "ix_cases_holder_id",
            "ix_cases_created_at"} <= indexes


def test_the_callback_migration_fills_the_existing_callbacks(ctx, units, database):
    """pt0009 builds case_callbacks from the callback events already recorded, each with the holder
    of its case: what `act` writes for new ones."""
    from hotline.store.tables import case_callbacks

    numbers = make_cases(ctx)  # the first six dispatched to Xiaogan
    for k, number in enumerate(numbers[:4]):
        _act(ctx, number, Action.ACCEPT)
        _act(ctx, number, Action.REPLY, reply="已处理")
        _act(ctx, number, Action.CLOSE)
        _act(ctx, number, Action.CALLBACK, satisfaction=k + 2)
    _act(ctx, numbers[7], Action.CLOSE, reply="已当场解答")  # held by the intake hotline
    _act(ctx, numbers[7], Action.CALLBACK, satisfaction=5)

    def rows():
        with database.read() as conn:
            return sorted(conn.execute(sa.select(case_callbacks)).all())
    before = rows()
    assert len(before) == 5 and {r.holder for r in before} == {"hb-xiaogan", "mot"}
    with down_and_up(database, "pt0008") as inspector:
        assert "case_callbacks" not in inspector.get_table_names()
    assert rows() == before


def test_a_busy_units_queue_reads_the_queue_index(ctx, units, database, backend):
    """On PostgreSQL, the overdue and running ranks of a unit's queue walk ix_cases_queue (EXPLAINed with
    sequential scans off: on a table this small the planner would rightly prefer a scan). On both
    databases the page is the same whichever rank it starts in."""
    make_cases(ctx)
    ctx.clock.advance(days=3)  # some overdue now
    first = queue.queue_page(ctx, queue.lead_where("hb-xiaogan"), limit=2)
    rest = queue.queue_page(ctx, queue.lead_where("hb-xiaogan"), first["next"], limit=10)
    whole = queue.queue_page(ctx, queue.lead_where("hb-xiaogan"), limit=10)
    assert [c["number"] for c in first["items"] + rest["items"]] == [c["number"] for c in whole["items"]]
    assert whole["total"] == 6 and rest["next"] is None
    if backend != "postgres":
        return
    with _recorded(database) as seen:
        queue.queue_page(ctx, queue.lead_where("hb-xiaogan"), limit=50)
    plans = _plans(database, seen, "queue_due <=")
    plans += _plans(database, seen, "queue_warning >")
    assert all("ix_cases_queue" in p for p in plans), plans
