"""`hotline bench seed`: the seeded cases obey the same rules as cases made through the API."""

from __future__ import annotations

from collections import defaultdict
from datetime import timedelta

import pytest
import sqlalchemy as sa

from hotline.domain.lifecycle import OPEN_STATES, TRANSITIONS, Action, Status
from hotline.services.seed import PATH_STATUS, PATHS, seed_cases
from hotline.store.deadline_tables import deadline_cases, deadline_clocks
from hotline.store.tables import case_callbacks, cases, counters, events

N = 300


@pytest.fixture
def seeded(ctx, clock):
    from hotline.demo.units import demo_units
    from hotline.services.regions import load_region_table, regions_loaded
    from hotline.services.units import upsert_units

    if not regions_loaded(ctx):
        load_region_table(ctx)
    upsert_units(ctx, demo_units())
    # templates < N: on PostgreSQL the server multiplies the templates, which is what big seeds do.
    return seed_cases(ctx.db, N, now=clock.now(), months=3, seed=7, batch=128, templates=120)


def test_paths_are_walks_of_the_transition_table():
    for name, path in PATHS.items():
        assert path[0] is Action.CREATE
        status = Status.NEW
        for action in path[1:]:
            target = TRANSITIONS[action][status]
            status = status if target is None else target
        assert status is PATH_STATUS[name]


def test_counts_numbers_and_creation_events(seeded, database, clock):
    assert seeded.cases == N
    with database.read() as conn:
        rows = conn.execute(sa.select(cases.c.id, cases.c.number, cases.c.created_at, cases.c.version,
                                      cases.c.status, cases.c.unit, cases.c.region, cases.c.closed_at)).all()
        evs = conn.execute(sa.select(events.c.case_id, events.c.seq, events.c.action, events.c.at,
                                     events.c.from_status, events.c.to_status).order_by(events.c.case_id,
                                                                                        events.c.seq)).all()
        n_events = conn.execute(sa.select(sa.func.count()).select_from(events)).scalar_one()
    assert len(rows) == N and n_events == seeded.events
    assert len({r.number for r in rows}) == N
    now = clock.now()
    assert min(r.created_at for r in rows) >= now - timedelta(days=100)
    assert max(r.created_at for r in rows) <= now
    by_case = defaultdict(list)
    for e in evs:
        by_case[e.case_id].append(e)
    from hotline.services.cases import local_tz

    for r in rows:
        timeline = by_case[r.id]
        # Every case starts with its creation event, at its creation time; seq runs 1..version.
        assert timeline[0].action == "create" and timeline[0].seq == 1 and timeline[0].at == r.created_at
        assert [e.seq for e in timeline] == list(range(1, r.version + 1))
        assert r.number.startswith(r.created_at.astimezone(local_tz()).strftime("%Y%m%d-"))
        assert all(a.at <= b.at for a, b in zip(timeline, timeline[1:]))
        assert timeline[-1].at <= now
        # Each step is allowed by the lifecycle table from the state before it.
        status = Status.NEW
        for e in timeline[1:]:
            assert e.from_status == status.value
            target = TRANSITIONS[Action(e.action)][status]
            status = status if target is None else target
            assert e.to_status == status.value
        assert r.status == status.value
        assert (r.closed_at is not None) == (status in (Status.CLOSED, Status.ARCHIVED))
        assert r.region and len(r.region) == 6
        if status in (Status.DISPATCHED, Status.ACCEPTED, Status.REPLIED):
            assert r.unit


def test_statuses_mix_and_clocks(seeded, database):
    with database.read() as conn:
        statuses = dict(conn.execute(sa.select(cases.c.status, sa.func.count()).group_by(cases.c.status)).all())
        clocks = conn.execute(sa.select(deadline_clocks.c.case_id, deadline_clocks.c.name, deadline_clocks.c.state,
                                        deadline_clocks.c.started_at, deadline_clocks.c.due_at)).all()
        open_flags = dict(conn.execute(sa.select(deadline_cases.c.case_id, deadline_cases.c.open)).all())
        status_of = dict(conn.execute(sa.select(cases.c.id, cases.c.status)).all())
    assert set(statuses) <= {s.value for s in Status}
    assert statuses.get("archived", 0) > N / 3  # most cases are old and done
    assert sum(statuses.get(s.value, 0) for s in OPEN_STATES) > 0
    assert len(clocks) == seeded.clocks and set(open_flags) == set(status_of)
    open_values = {s.value for s in OPEN_STATES}
    for c in clocks:
        if c.state == "running":  # open cases, or closed ones waiting for their callback (回访)
            assert open_flags[c.case_id]
            assert status_of[c.case_id] in open_values or (c.name == "callback" and status_of[c.case_id] == "closed")
    assert all(c.due_at > c.started_at for c in clocks)


def test_seeded_queue_order_is_the_running_clocks(seeded, database):
    """cases.queue_due / queue_warning (the queue's index order) hold the earliest due and warning
    times of each case's running clocks, as the clock recomputation keeps them — also for the copies
    PostgreSQL makes of the templates, shifted in time."""
    with database.read() as conn:
        stored = {r.id: (r.queue_due, r.queue_warning) for r in conn.execute(
            sa.select(cases.c.id, cases.c.queue_due, cases.c.queue_warning))}
        running = conn.execute(sa.select(deadline_clocks.c.case_id, deadline_clocks.c.due_at,
                                         deadline_clocks.c.warning_at).where(deadline_clocks.c.state == "running")).all()
    expected: dict[int, tuple] = {case_id: (None, None) for case_id in stored}
    for case_id, due, warning in running:
        old_due, old_warning = expected[case_id]
        expected[case_id] = (min(due, old_due or due), min(warning, old_warning or warning))
    assert sum(due is not None for due, _ in expected.values()) > 0
    assert stored == expected


def test_seeded_callbacks_are_the_callback_events_with_their_holder(seeded, database):
    """case_callbacks (the reports' satisfaction figures) has one row per callback event, with its
    time, score and the unit that held the case then (replayed from the case's events) — also for the
    PostgreSQL copies of the templates."""
    with database.read() as conn:
        stored = {(r.case_id, r.seq): (r.at, r.holder, r.satisfaction)
                  for r in conn.execute(sa.select(case_callbacks))}
        intake = dict(conn.execute(sa.select(cases.c.id, cases.c.intake_unit)).all())
        rows = conn.execute(sa.select(events.c.case_id, events.c.seq, events.c.action, events.c.at, events.c.fields)
                            .order_by(events.c.case_id, events.c.seq)).all()
    expected, held = {}, {}
    for r in rows:
        if r.action == "dispatch":
            held[r.case_id] = r.fields["unit"]
        elif r.action == "return":
            held[r.case_id] = None
        elif r.action == "callback":
            expected[(r.case_id, r.seq)] = (r.at, held.get(r.case_id) or intake[r.case_id], r.fields["satisfaction"])
    assert len(expected) > 10 and len({h for _, h, _ in expected.values()}) > 3
    assert stored == expected


def test_counters_continue_after_the_seed(seeded, ctx, database, clock):
    from hotline.services.cases import create_case
    from hotline.services.commands import CaseCreate

    case, _ = create_case(ctx, CaseCreate.model_validate({
        "type": "consult", "category": "control.pass", "title": "通行证怎么办理", "description": "请问通行证怎么办理",
        "channel": "phone", "reporter": {"name": "王先生", "phone": "13800000000"}, "place": {"region": "420902"}}))
    with database.read() as conn:
        numbers = set(conn.execute(sa.select(cases.c.number)).scalars())
        day = conn.execute(sa.select(counters.c.value).where(
            counters.c.name == "case:" + case["number"][:8])).scalar_one()
    assert len(numbers) == N + 1
    assert int(case["number"][-6:]) == day


def test_the_api_reads_seeded_cases(seeded, client, database):
    listed = client.get("/api/v1/cases", params={"limit": 20})
    assert listed.status_code == 200, listed.text
    items = listed.json()["items"]
    assert len(items) == 20
    number = items[0]["number"]
    one = client.get(f"/api/v1/cases/{number}")
    assert one.status_code == 200 and one.json()["number"] == number
    timeline = client.get(f"/api/v1/cases/{number}/timeline")
    assert timeline.status_code == 200
    steps = timeline.json()["events"]
    assert steps[0]["action"] == "create" and len(steps) == one.json()["version"]


def test_seeding_twice_adds_and_keeps_numbers_unique(seeded, ctx, database, clock):
    again = seed_cases(ctx.db, 50, now=clock.now(), months=1, seed=8, batch=32, templates=20)
    assert again.first_id > seeded.last_id
    with database.read() as conn:
        total, distinct = conn.execute(sa.select(sa.func.count(), sa.func.count(sa.distinct(cases.c.number)))).one()
    assert total == distinct == N + 50


def test_preparing_a_database_loads_units_only_into_one_without_any(ctx, database):
    """`hotline bench seed` on an empty database: the region table and the demo unit tree come first
    (cases need units to route to); a database with units of its own keeps them."""
    from hotline.services.regions import regions_loaded
    from hotline.services.seed import prepare_database
    from hotline.store.tables import units

    loaded = prepare_database(ctx)
    with database.read() as conn:
        count = conn.execute(sa.select(sa.func.count()).select_from(units)).scalar_one()
    assert loaded == count > 50 and regions_loaded(ctx)
    assert prepare_database(ctx) == 0
