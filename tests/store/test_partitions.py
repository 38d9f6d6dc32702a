"""Monthly partitions of the events log (PostgreSQL) and archiving of old months."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import make_url

from hotline.domain.clock import FixedClock
from hotline.services.cases import act, create_case, parse_action, timeline
from hotline.services.commands import ActionIn, CaseCreate
from hotline.services.errors import ServiceError
from hotline.services.operations import archive_events, unarchive_events
from hotline.store.partitions import ARCHIVE_SCHEMA, add_months, ensure_partitions, is_partitioned, month_of, partitions
from hotline.store.tables import events
from tests.conftest import SHANGHAI

CASE = {"type": "complaint", "category": "highway.toll", "title": "ETC 重复扣费", "channel": "phone",
        "reporter": {"name": "王师傅", "phone": "13900001111"}, "place": {"region": "420100"}}
# Months no other test writes to, so the test sees them created from nothing.
MONTHS = [datetime(2021, 1, 20, 10, tzinfo=SHANGHAI), datetime(2021, 2, 20, 10, tzinfo=SHANGHAI),
          datetime(2021, 3, 20, 10, tzinfo=SHANGHAI)]


@pytest.fixture
def pg_only(backend):
    if backend != "postgres":
        pytest.skip("partitions exist on PostgreSQL only")


@pytest.fixture
def clean_months(pg_only, database):
    """Start and end without the 2021 partitions and without an archive schema."""
    def drop():
        with database.write() as conn:
            conn.exec_driver_sql(f"DROP SCHEMA IF EXISTS {ARCHIVE_SCHEMA} CASCADE")
            if any(p.month.year == 2021 for p in partitions(conn, "cases")):
                conn.exec_driver_sql("TRUNCATE cases CASCADE")  # the test's cases point nowhere after
            for p in partitions(conn) + partitions(conn, "cases"):
                if p.month.year == 2021:
                    # (a month of cases is detached first: other tables' foreign keys point at it)
                    conn.exec_driver_sql(f"ALTER TABLE {p.table} DETACH PARTITION {p.name}")
                    conn.exec_driver_sql(f"DROP TABLE {p.name}")
    drop()
    yield
    drop()


def _case_in(ctx, at: datetime) -> str:
    return create_case(ctx, CaseCreate.model_validate(CASE), created_at=at)[0]["number"]


def _events_per_partition(database) -> dict[str, int]:
    with database.read() as conn:
        return dict(conn.exec_driver_sql(
            "SELECT tableoid::regclass::text, count(*) FROM events GROUP BY 1").all())


def test_sqlite_has_no_partitions(backend, database):
    if backend != "sqlite":
        pytest.skip("the SQLite half")
    with database.read() as conn:
        assert not is_partitioned(conn)
        assert ensure_partitions(conn, date(2021, 1, 1), date(2021, 3, 1)) == []
    with pytest.raises(ServiceError) as err:
        archive_events(database, date(2021, 2, 1))
    assert err.value.code == "not_partitioned"


def test_events_are_partitioned_by_month_with_a_default(pg_only, database, ctx, units):
    with database.read() as conn:
        assert is_partitioned(conn)
        months = [p.month for p in partitions(conn)]
    # the migration created this month and the next ones (months as the hotline counts them, in China's time: at
    # 16:00 UTC on a month's last day the machine's date is still in the old month)
    assert month_of(datetime.now(timezone.utc)) in months
    # A month nobody created lands in the default partition. (Not the test clock's April 2022: job
    # runners in other tests keep the months around their clock, as they do around now in service.)
    number = _case_in(ctx, datetime(2018, 6, 15, 10, tzinfo=SHANGHAI))
    assert _events_per_partition(database) == {"events_default": 1}
    with database.write() as conn:
        conn_update = sa.update(events).values(note="rewritten")
        with pytest.raises(sa.exc.DBAPIError, match="append-only"), conn.begin_nested():
            conn.execute(conn_update)
    assert [e["action"] for e in timeline(ctx, number)] == ["create"]


def test_three_months_archive_the_oldest_and_bring_it_back(clean_months, database, ctx, units, tmp_path):
    numbers = [_case_in(ctx, at) for at in MONTHS for _ in range(2)]
    assert _events_per_partition(database) == {"events_default": 6}
    # Creating the months moves the rows that waited in the default partition into them.
    with database.write() as conn:
        created = ensure_partitions(conn, MONTHS[0], MONTHS[-1], ahead=0)
    assert created == ["events_2021_01", "events_2021_02", "events_2021_03"]
    assert _events_per_partition(database) == {"events_2021_01": 2, "events_2021_02": 2, "events_2021_03": 2}
    # A later action on a January case is filed under the month it happened in.
    body = ActionIn.model_validate({"version": 1, "unit": "hb-wuhan"})
    act(replace(ctx, clock=FixedClock(MONTHS[2])), numbers[0], parse_action("dispatch", body), body)
    assert _events_per_partition(database)["events_2021_03"] == 3

    with pytest.raises(ServiceError) as err:  # this month and the next are still being written
        archive_events(database, add_months(month_of(datetime.now(timezone.utc)), 1) + timedelta(days=10))
    assert err.value.code == "month_not_over"
    done = archive_events(database, date(2021, 2, 1))
    assert [(d["name"], d["rows"]) for d in done] == [("events_2021_01", 2)]
    # The rest still works: later months' timelines, new cases and actions.
    assert [e["action"] for e in timeline(ctx, numbers[2])] == ["create"]
    assert [e["action"] for e in timeline(ctx, numbers[0])] == ["dispatch"]  # January's part is archived
    _case_in(ctx, MONTHS[2])
    with database.read() as conn:
        assert conn.exec_driver_sql(f"SELECT count(*) FROM {ARCHIVE_SCHEMA}.events_2021_01").scalar_one() == 2
    # The archived month stays append-only.
    with database.write() as conn, pytest.raises(sa.exc.DBAPIError, match="append-only"), conn.begin_nested():
        conn.exec_driver_sql(f"DELETE FROM {ARCHIVE_SCHEMA}.events_2021_01")

    assert unarchive_events(database, "events_2021_01") == 2
    assert [e["action"] for e in timeline(ctx, numbers[0])] == ["create", "dispatch"]

    # Dumped and dropped, then restored from the dump file.
    done = archive_events(database, date(2021, 3, 1), dump_dir=tmp_path)
    assert sorted(d["name"] for d in done) == ["events_2021_01", "events_2021_02"]
    with database.read() as conn:
        assert conn.exec_driver_sql(
            f"SELECT count(*) FROM pg_tables WHERE schemaname = '{ARCHIVE_SCHEMA}'").scalar_one() == 0
    assert timeline(ctx, numbers[2]) == []
    assert unarchive_events(database, "events_2021_02", dump=tmp_path / "events_2021_02.dump") == 2
    assert [e["action"] for e in timeline(ctx, numbers[2])] == ["create"]
    with pytest.raises(ServiceError) as err:
        unarchive_events(database, "events_2021_01")
    assert err.value.code == "partition_not_found"


def _close(ctx, number: str, at: datetime, version: int = 1) -> None:
    body = ActionIn.model_validate({"version": version, "reply": "已当场解答"})
    act(replace(ctx, clock=FixedClock(at)), number, parse_action("close", body), body)


def _alert_chain(database, number: str, at: datetime) -> None:
    """A deadline clock of the case, an alert of that clock and a notification of that alert: the
    alert points at the case and at the clock, the notification at the alert."""
    from hotline.store.deadline_tables import deadline_alerts, deadline_clocks, deadline_notifications
    from hotline.store.tables import cases

    with database.write() as conn:
        case_id = conn.execute(sa.select(cases.c.id).where(cases.c.number == number)).scalar_one()
        clock_id = conn.execute(sa.insert(deadline_clocks).values(
            case_id=case_id, name="handle", round=9, unit="hb-wuhan", started_at=at, counted_from=at,
            due_at=at + timedelta(days=1), warning_at=at + timedelta(hours=20), stopped_at=at + timedelta(days=2),
            state="met_late", allowed="1d", rule_id="test", policy_version="test", extensions=[],
            updated_at=at).returning(deadline_clocks.c.id)).scalar_one()
        alert_id = conn.execute(sa.insert(deadline_alerts).values(
            case_id=case_id, clock_id=clock_id, clock="handle", kind="overdue", due_at=at + timedelta(days=1),
            fired_at=at + timedelta(days=1), unit="hb-wuhan", supervisors=[], notified=True)
            .returning(deadline_alerts.c.id)).scalar_one()
        conn.execute(sa.insert(deadline_notifications).values(
            alert_id=alert_id, channel="email", recipients=["duty@example.org"], status="sent", attempts=1,
            next_attempt_at=at, sent_at=at))


def _alert_rows(database) -> tuple[int, int, int]:
    from hotline.store.deadline_tables import deadline_alerts, deadline_clocks, deadline_notifications

    with database.read() as conn:
        return tuple(conn.execute(sa.select(sa.func.count()).select_from(t)).scalar_one()
                     for t in (deadline_clocks, deadline_alerts, deadline_notifications))


def test_a_finished_month_of_cases_is_archived_with_its_rows_and_comes_back(
        clean_months, database, ctx, units, tmp_path):
    """A case's id carries its month; archiving a month of cases moves the month's partition and its
    rows in the other tables (attachments, clocks …) to the archive, once every case is finished and
    every event archived; numbers stay taken; unarchiving puts all of it back, also from a dump."""
    from hotline.services.cases import add_attachment, get_case
    from hotline.store.tables import attachments, case_keys, cases

    with database.write() as conn:
        assert ensure_partitions(conn, MONTHS[0], MONTHS[-1], table="cases", ahead=0) == [
            "cases_2021_01", "cases_2021_02", "cases_2021_03"]
        ensure_partitions(conn, MONTHS[0], MONTHS[-1], ahead=0)  # and the events
    january = replace(ctx, clock=FixedClock(MONTHS[0]))
    a, b = _case_in(january, MONTHS[0]), _case_in(january, MONTHS[0])
    later = _case_in(ctx, MONTHS[1])
    add_attachment(january, a, "收据.jpg", "image/jpeg", b"\xff\xd8receipt")
    _close(ctx, a, MONTHS[0] + timedelta(hours=1))
    _alert_chain(database, a, MONTHS[0])  # rows two foreign keys away from the case
    with database.read() as conn:
        where = dict(conn.execute(sa.select(cases.c.number, sa.literal_column("tableoid::regclass::text"))).all())
    assert where[a] == where[b] == "cases_2021_01" and where[later] == "cases_2021_02"

    with database.read() as conn:
        n_jan = conn.exec_driver_sql("SELECT count(*) FROM events WHERE at < '2021-02-01'").scalar_one()
    # b is still open: January's events go, its cases stay.
    done = archive_events(database, date(2021, 2, 1), cases=True)
    assert [(d["name"], d["rows"], d.get("blocked")) for d in done] == [
        ("events_2021_01", n_jan, None), ("cases_2021_01", 0, ["1 件工单尚未办结"])]
    assert get_case(ctx, a)["number"] == a
    # b is closed in February: an event of a January case in a month not archived blocks it.
    _close(ctx, b, MONTHS[1] + timedelta(hours=1))
    done = archive_events(database, date(2021, 2, 1), cases=True)
    assert done == [{"month": "2021-01", "name": "cases_2021_01", "kind": "cases", "rows": 0,
                     "blocked": ["1 件工单的操作记录还在未归档的月份里（先归档那些月份的操作记录）"]}]

    done = archive_events(database, date(2021, 3, 1), cases=True)
    assert [(d["name"], d["rows"], d.get("blocked")) for d in done] == [
        ("events_2021_02", 2, None), ("cases_2021_01", 2, None), ("cases_2021_02", 0, ["1 件工单尚未办结"])]
    assert f"{ARCHIVE_SCHEMA}.attachments_of_cases_2021_01" in done[1]["tables"]
    assert f"{ARCHIVE_SCHEMA}.deadline_notifications_of_cases_2021_01" in done[1]["tables"]
    assert _alert_rows(database)[1:] == (0, 0)  # the alert and its notification went with the month
    for number in (a, b):
        with pytest.raises(ServiceError) as err:
            get_case(ctx, number)
        assert err.value.code == "case_not_found"
    with database.read() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(attachments)).scalar_one() == 0
        assert conn.exec_driver_sql(
            f"SELECT count(*) FROM {ARCHIVE_SCHEMA}.attachments_of_cases_2021_01").scalar_one() == 1
        # the numbers stay taken
        assert set(conn.execute(sa.select(case_keys.c.number)).scalars()) >= {a, b, later}
    assert get_case(ctx, later)["number"] == later  # the rest works
    _case_in(ctx, MONTHS[2])

    assert unarchive_events(database, "cases_2021_01") == 2
    assert _alert_rows(database)[1:] == (1, 1)  # back, parents before children
    assert unarchive_events(database, "events_2021_01") == n_jan
    assert unarchive_events(database, "events_2021_02") == 2
    assert [x["filename"] for x in get_case(ctx, a)["attachments"]] == ["收据.jpg"]
    assert [e["action"] for e in timeline(ctx, b)] == ["create", "close"]

    # Dumped and dropped, then restored from the dump files (the cases first: events point at them).
    done = archive_events(database, date(2021, 3, 1), cases=True, dump_dir=tmp_path)
    assert sorted(d["name"] for d in done if not d.get("blocked")) == [
        "cases_2021_01", "events_2021_01", "events_2021_02"]
    with database.read() as conn:
        assert conn.exec_driver_sql(
            f"SELECT count(*) FROM pg_tables WHERE schemaname = '{ARCHIVE_SCHEMA}'").scalar_one() == 0
    assert unarchive_events(database, "cases_2021_01", dump=tmp_path / "cases_2021_01.dump") == 2
    for month in ("01", "02"):
        unarchive_events(database, f"events_2021_{month}", dump=tmp_path / f"events_2021_{month}.dump")
    assert [x["filename"] for x in get_case(ctx, a)["attachments"]] == ["收据.jpg"]
    assert [e["action"] for e in timeline(ctx, b)] == ["create", "close"]


@pytest.fixture
def fresh_postgres(pg_only, postgres_url):
    """A database of its own, for walking the migrations down and up."""
    base = make_url(postgres_url)
    admin = sa.create_engine(base.set(database="postgres"), isolation_level="AUTOCOMMIT")
    name = f"hotline_pt_{uuid.uuid4().hex[:8]}"
    with admin.connect() as conn:
        conn.exec_driver_sql(
            f"CREATE DATABASE {name} ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8' TEMPLATE template0")
    yield base.set(database=name).render_as_string(hide_password=False)
    with admin.connect() as conn:
        conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    admin.dispose()


def test_the_migration_converts_an_existing_events_table(fresh_postgres, clock, tmp_path):
    from alembic.script import ScriptDirectory

    from hotline.services.cases import Context
    from hotline.services.units import upsert_units
    from hotline.store.db import Database
    from hotline.store.files import LocalFileStorage
    from hotline.store.migrate import alembic_config, upgrade
    from tests.conftest import DEMO_UNITS

    db = Database(fresh_postgres)
    cfg = alembic_config(fresh_postgres)
    try:
        # The database as it was before this branch: every other head applied.
        heads = ScriptDirectory.from_config(cfg).get_heads()
        for head in [h for h in heads if not h.startswith("pt")] + ["dl0001"]:
            upgrade(db, head)
        with db.read() as conn:
            assert not is_partitioned(conn)
        ctx = Context(db=db, clock=clock, storage=LocalFileStorage(tmp_path), system_actor="tester")
        # Today's services read every column of today's `cases`, two of which this branch adds
        # later (pt0006), and write `case_keys` (pt0012): lend them to the old database while the
        # services write its data.
        queue_columns = ("queue_due", "queue_warning")
        with db.engine.begin() as conn:
            for column in queue_columns:
                conn.exec_driver_sql(f"ALTER TABLE cases ADD COLUMN {column} timestamptz")
            conn.exec_driver_sql("CREATE TABLE case_keys (number varchar(20) PRIMARY KEY, "
                                 "tracking_code varchar(32) NOT NULL UNIQUE, case_id bigint NOT NULL UNIQUE)")
        upsert_units(ctx, DEMO_UNITS)
        numbers = [_case_in(ctx, at) for at in MONTHS]
        body = ActionIn.model_validate({"version": 1, "unit": "hb-wuhan"})
        act(ctx, numbers[0], parse_action("dispatch", body), body)
        with db.engine.begin() as conn:
            for column in queue_columns:
                conn.exec_driver_sql(f"ALTER TABLE cases DROP COLUMN {column}")
            conn.exec_driver_sql("DROP TABLE case_keys")
        with db.read() as conn:
            before = conn.exec_driver_sql("SELECT * FROM events ORDER BY id").all()
        upgrade(db)
        with db.read() as conn:
            assert is_partitioned(conn)
            after = conn.exec_driver_sql("SELECT * FROM events ORDER BY id").all()
            names = {p.name for p in partitions(conn)}
            where = dict(conn.exec_driver_sql(
                "SELECT tableoid::regclass::text, count(*) FROM events GROUP BY 1").all())
        assert after == before
        # Months with events, and this month onwards; none for the empty months in between.
        assert {"events_2021_01", "events_2021_02", "events_2021_03"} <= names
        assert "events_2021_06" not in names
        # The dispatch is dated by the test clock (April 2022): that month has events, so it has a partition.
        assert where == {"events_2021_01": 1, "events_2021_02": 1, "events_2021_03": 1, "events_2022_04": 1}
        # Ids keep coming from the same sequence.
        later = _case_in(ctx, MONTHS[2])
        assert [e["action"] for e in timeline(ctx, later)] == ["create"]
        with db.read() as conn:
            assert conn.exec_driver_sql("SELECT max(id) FROM events").scalar_one() == before[-1].id + 1
    finally:
        db.dispose()


def test_job_runners_keep_the_coming_months_ahead(clean_months, database, units):
    """Two job runners at once (January 2021, a month no one created): the months from January to
    AHEAD_MONTHS ahead are created exactly once between them; later rounds within the hour skip it."""
    import threading

    from hotline.jobs.runner import JobRunner
    from hotline.store.partitions import AHEAD_MONTHS

    runners = [JobRunner(database, FixedClock(MONTHS[0])) for _ in range(2)]
    results: list[dict] = []
    threads = [threading.Thread(target=lambda r=r: results.append(r.run_once())) for r in runners]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    # the months of both partitioned tables, events and cases
    assert sorted(r["partitions_created"] for r in results) == [0, 2 * (AHEAD_MONTHS + 1)]
    with database.read() as conn:
        have = {p.name for p in partitions(conn)} | {p.name for p in partitions(conn, "cases")}
    assert {f"{t}_2021_{m:02d}" for t in ("events", "cases") for m in range(1, AHEAD_MONTHS + 2)} <= have
    assert "partitions_created" not in runners[0].run_once()  # checked less than an hour ago


def test_a_taken_tracking_code_is_drawn_again_and_numbers_stay_unique(database, ctx, units, monkeypatch):
    """case_keys owns the uniqueness of numbers and tracking codes (on PostgreSQL `cases` cannot: it
    is partitioned by id). A clash of the random tracking code retries with a new one."""
    from hotline.services import cases as service
    from hotline.store.tables import case_keys, cases

    codes = iter(["AAAAAAAAAAAA", "AAAAAAAAAAAA", "BBBBBBBBBBBB"])
    monkeypatch.setattr(service, "new_tracking_code", lambda: next(codes))
    first = create_case(ctx, CaseCreate.model_validate(CASE))[0]
    second = create_case(ctx, CaseCreate.model_validate(CASE))[0]
    assert (first["tracking_code"], second["tracking_code"]) == ("AAAAAAAAAAAA", "BBBBBBBBBBBB")
    with database.read() as conn:
        keys = conn.execute(sa.select(case_keys.c.number, case_keys.c.tracking_code, case_keys.c.case_id)
                            .order_by(case_keys.c.number)).all()
        rows = conn.execute(sa.select(cases.c.number, cases.c.tracking_code, cases.c.id)
                            .order_by(cases.c.number)).all()
    assert [tuple(k) for k in keys] == [tuple(r) for r in rows] and len(rows) == 2
    with database.write() as conn, pytest.raises(sa.exc.IntegrityError), conn.begin_nested():
        conn.execute(sa.insert(case_keys).values(number=first["number"], tracking_code="CCCCCCCCCCCC", case_id=-1))


def test_the_migration_partitions_existing_cases_and_keeps_every_key(pg_only, database, ctx, units):
    """pt0012 down and up on a database with cases: the same rows after, each in its month's partition
    (a case from before the migration, with a small id, in cases_legacy), every foreign key to cases
    made again, and case_keys filled from the cases."""
    from hotline.store.tables import case_keys
    from tests.store.test_queue_order import down_and_up, make_cases

    make_cases(ctx)
    fk_sql = ("SELECT conrelid::regclass::text, conname FROM pg_constraint "
              "WHERE confrelid = 'cases'::regclass AND conparentid = 0 ORDER BY 1, 2")
    with database.read() as conn:
        fks = conn.exec_driver_sql(fk_sql).all()
        assert len(fks) == 16
    with down_and_up(database, "pt0011") as inspector:
        assert "case_keys" not in inspector.get_table_names()
        assert {u["name"] for u in inspector.get_unique_constraints("cases")} == {
            "uq_cases_number", "uq_cases_tracking_code"}
        with database.engine.begin() as conn:
            assert not is_partitioned(conn, "cases")
            cols = ", ".join(c["name"] for c in inspector.get_columns("cases") if c["name"] not in (
                "id", "number", "tracking_code"))
            # a case from before partitioning, numbered by the plain sequence
            conn.exec_driver_sql(f"INSERT INTO cases (id, number, tracking_code, {cols}) "
                                 f"SELECT 7, '20200101-000001', 'OLDCASE00001', {cols} FROM cases LIMIT 1")
            before = conn.exec_driver_sql("SELECT * FROM cases ORDER BY id").all()
    with database.read() as conn:
        assert is_partitioned(conn, "cases")
        after = conn.exec_driver_sql("SELECT * FROM cases ORDER BY id").all()
        where = dict(conn.exec_driver_sql("SELECT id, tableoid::regclass::text FROM cases").all())
        assert conn.exec_driver_sql(fk_sql).all() == fks
        keys = {tuple(r) for r in conn.execute(sa.select(case_keys.c.number, case_keys.c.tracking_code,
                                                         case_keys.c.case_id))}
    assert after == before and len(after) == 9
    month = f"cases_{ctx.clock.now().astimezone(SHANGHAI):%Y_%m}"
    assert where.pop(7) == "cases_legacy" and set(where.values()) == {month}
    assert keys == {(r.number, r.tracking_code, r.id) for r in after}
    number = _case_in(ctx, ctx.clock.now())  # and a new case after it lands in its month
    with database.read() as conn:
        assert conn.exec_driver_sql("SELECT tableoid::regclass::text FROM cases WHERE number = %(n)s",
                                    {"n": number}).scalar_one() == month


def test_the_archive_command_says_what_it_moved_and_what_it_held_back(clean_months, cli_env, database, ctx, units):
    from typer.testing import CliRunner

    from hotline.cli import app

    runner = CliRunner()
    with database.write() as conn:
        ensure_partitions(conn, MONTHS[0], MONTHS[-1], table="cases", ahead=0)
        ensure_partitions(conn, MONTHS[0], MONTHS[-1], ahead=0)
    january = replace(ctx, clock=FixedClock(MONTHS[0]))
    done, open_one = _case_in(january, MONTHS[0]), _case_in(january, MONTHS[1])
    _close(ctx, done, MONTHS[0] + timedelta(hours=1))
    r = runner.invoke(app, ["archive", "--before", "2021-03", "--cases"])
    assert r.exit_code == 0, r.output
    assert "2021-01：1 件工单（连同其附件、时限等记录），已移到 hotline_archive.cases_2021_01" in r.output
    assert "2021-02：工单暂不归档：1 件工单尚未办结" in r.output
    assert "2021-01：2 条操作记录，已移到 hotline_archive.events_2021_01" in r.output  # create and close
    r = runner.invoke(app, ["unarchive", "cases_2021_01"])
    assert r.exit_code == 0 and "已恢复 cases_2021_01：1 件工单" in r.output, r.output
    r = runner.invoke(app, ["unarchive", "cases_2021_13"])
    assert r.exit_code != 0 and "不是月份分区名" in r.output, r.output


def test_the_case_list_reads_month_by_month_and_pages_across_months(clean_months, database, ctx, units):
    """On PostgreSQL the newest cases matching a filter are read month by month, newest first
    (store.partitions.case_id_ranges): the pages are exactly those of one ordered read, across
    months, with a filter, a word and a cursor."""
    from hotline.services.cases import CaseFilter, list_cases
    from hotline.store.partitions import case_id_ranges
    from hotline.store.tables import cases

    with database.write() as conn:
        ensure_partitions(conn, MONTHS[0], MONTHS[-1], table="cases", ahead=0)
    for k, at in enumerate([MONTHS[0]] * 3 + [MONTHS[1]] * 2 + [MONTHS[2]] * 3):
        body = {**CASE, "title": f"ETC 重复扣费 第{k}件", "urgent": k % 2 == 0}
        create_case(ctx, CaseCreate.model_validate(body), created_at=at + timedelta(minutes=k))
    with database.read() as conn:
        ranges = case_id_ranges(conn)
        top = conn.execute(sa.select(sa.func.max(cases.c.id))).scalar_one()
        everything = conn.execute(sa.select(cases.c.number, cases.c.urgent).order_by(cases.c.id.desc())).all()
    assert ranges[0][0] <= top and (ranges[0][1] is None or top < ranges[0][1])  # nothing above the newest
    assert ranges[-1][0] is None and all(a[0] == b[1] for a, b in zip(ranges, ranges[1:]))  # no gap
    for f, expected in ((CaseFilter(), [n for n, _ in everything]),
                        (CaseFilter(urgent=True), [n for n, u in everything if u]),
                        (CaseFilter(q="重复扣费"), [n for n, _ in everything])):
        got, cursor = [], None
        while True:
            page = list_cases(ctx, f, cursor=cursor, limit=2)
            got += [c["number"] for c in page["items"]]
            cursor = page["next_cursor"]
            if cursor is None:
                break
        assert got == expected
