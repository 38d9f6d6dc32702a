"""The indexes the volume benchmark asked for can answer the statements the app really sends: each
statement recorded from the service call is EXPLAINed with sequential scans off (so the plan shows
whether the index is usable at all — on a small table the planner would rightly prefer a scan)."""

from __future__ import annotations

import re
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import event

from hotline.domain.access import Principal, Role
from hotline.domain.lifecycle import OPEN_STATES
from hotline.services.cases import Context
from hotline.services.deadlines import overdue_by_child
from hotline.services.units import unit_summary
from hotline.web.console import stats

MIGRATION = Path(__file__).parents[2] / "hotline/store/migrations/versions/pt0004_open_indexes.py"


def test_the_open_index_lists_exactly_the_open_states():
    listed = re.search(r'^OPEN = "(.*)"$', MIGRATION.read_text(encoding="utf-8"), re.M).group(1)
    assert set(re.findall(r"'(\w+)'", listed)) == {s.value for s in OPEN_STATES}


@contextmanager
def _recorded(database):
    seen: list[tuple[str, object]] = []

    def record(conn, cursor, statement, parameters, context, executemany):
        seen.append((statement, parameters))

    event.listen(database.engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(database.engine, "before_cursor_execute", record)


def _plans(database, seen, marker: str) -> list[str]:
    plans = []
    with database.engine.connect() as conn:
        conn.exec_driver_sql("SET enable_seqscan = off")
        for statement, params in seen:
            if marker in statement:
                plans.append("\n".join(conn.exec_driver_sql("EXPLAIN " + statement, params).scalars()))
        conn.rollback()
    assert plans, f"no statement with {marker!r} was sent"
    return plans


def _busy_day(database) -> None:
    """A busy day: 3,000 cases, most held in Hebei, a few in Hubei, most closed; analysed, so the
    planner judges the indexes on realistic shares (and not on another test's statistics)."""
    with database.engine.begin() as conn:
        conn.exec_driver_sql("""
            INSERT INTO cases (number, tracking_code, type, category, title, description, channel, urgent,
                               status, version, unit, intake_unit, return_count, supervise_count,
                               extension_pending, created_by, created_at, updated_at, closed_at, demo)
            SELECT '20220422-' || lpad(i::text, 6, '0'), 'T' || i, 'complaint', 'highway.toll', '第' || i || '件',
                   '收费站', 'api', false, CASE WHEN i %% 10 = 0 THEN 'dispatched' ELSE 'closed' END, 2,
                   CASE WHEN i %% 100 = 0 THEN 'hb-wuhan' ELSE 'he' END, 'mot', 0, 0, false, 'seed',
                   timestamptz '2022-04-22 09:00+08' + i * interval '1 second', now(),
                   CASE WHEN i %% 10 <> 0 THEN timestamptz '2022-04-22 12:00+08' + i * interval '1 second' END,
                   false
            FROM generate_series(1, 3000) i""")
        conn.exec_driver_sql("ANALYZE cases")


@pytest.fixture
def pg_only(backend):
    if backend != "postgres":
        pytest.skip("the covering indexes exist on PostgreSQL only")


def test_dashboard_counts_read_the_covering_indexes(pg_only, database, ctx, units):
    _busy_day(database)
    supervisor = Context(db=ctx.db, clock=ctx.clock, storage=ctx.storage, system_actor="test",
                         user=Principal("hb-sup", "hb", frozenset({Role.SUPERVISOR})))
    with _recorded(database) as seen:
        unit_summary(ctx, "mot")
        overdue_by_child(ctx, "mot")
        stats.figures(supervisor, stats.Period("day", date(2022, 4, 22)))
    for plan in _plans(database, seen, "coalesce(cases.unit, cases.intake_unit) AS"):  # unit_summary
        assert "ix_cases_open_holder" in plan, plan
    for plan in _plans(database, seen, "count(DISTINCT deadline_clocks.case_id)"):
        assert "ix_deadline_clocks_running_unit_due" in plan, plan
    open_now = [p for p in _plans(database, seen, "SELECT count(*)") if "status" in p and "created_at" not in p
                and "closed_at" not in p]
    assert open_now and all("ix_cases_open_holder" in p for p in open_now), open_now


def test_a_provinces_report_reads_its_subtree_by_holder(pg_only, database, ctx, units):
    """The report's counts of cases received or closed in the period read the subtree's cases from the
    holder indexes of pt0007/pt0008, not every case of the period nationwide."""
    from hotline.reports.data import build_report

    _busy_day(database)
    with _recorded(database) as seen:
        build_report(ctx, "daily", date(2022, 4, 22), unit="hb")
    # (the reopened cases' fill-in of the notable list starts from the period's reopen events)
    plans = [p for p in _plans(database, seen, "coalesce(cases.unit, cases.intake_unit) IN") if "events" not in p]
    assert len(plans) >= 4  # received by type …, by region, notable, closed
    assert all("ix_cases_holder_" in p for p in plans), "\n\n".join(plans)  # (holder, time) or (holder, id)
    assert any("ix_cases_holder_closed" in p for p in plans), plans
    # Index-only (pt0011): the holder-time indexes carry the columns counted and ranked by.
    for marker in ("SELECT cases.type, cases.category", "SELECT cases.region, count(*)", "SELECT cases.id \nFROM"):
        found = [p for p in _plans(database, seen, marker) if "events" not in p]  # (not the reopened fill-in)
        assert found, marker
        assert all("Index Only Scan using ix_cases_holder_" in p for p in found), "\n\n".join(found)
    callbacks = _plans(database, seen, "FROM case_callbacks")
    assert any("ix_case_callbacks_holder_at" in p for p in callbacks), callbacks
    assert not any("events" in p for p in callbacks), callbacks  # not the day's callback events joined to cases
