"""The deadline due query and the sweep over 1,000,000 open cases on PostgreSQL, index vs no index.

A fresh database gets the real schema (migrations), then N_CASES cases, each with one running clock,
bulk-loaded with COPY: DUE of them past due and not yet fired, WARN in their warning window, the
rest due over the next 30 days. Measured in this run:

* the claim query exactly as the sweep issues it (running, unfired, due ≤ now, ORDER BY due_at
  LIMIT 200 FOR UPDATE SKIP LOCKED): its plan (it must use the partial index ix_deadline_clocks_due)
  and its median time — baseline: the same query with index and bitmap scans switched off (a full
  table filter);
* the sweep (hotline.jobs.sweep.fire_due: claim, set the flags, insert the alerts) over all DUE
  overdue and WARN warning events — baseline: the same sweep after dropping the two partial indexes
  (each claim then filters and sorts the whole table).

Set HOTLINE_BENCH_POSTGRES_URL (default: HOTLINE_TEST_POSTGRES_URL or the local `test` database);
BENCH_CASES changes the size. Runs in about 1–2 minutes on two cores.
"""

from __future__ import annotations

import os
import random
import statistics
import time
import uuid
from datetime import datetime, timedelta, timezone

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql
from sqlalchemy.engine import make_url

from hotline.domain.clock import FixedClock
from hotline.jobs.sweep import due_query, fire_due
from hotline.store.db import Database
from hotline.store.deadline_tables import deadline_alerts, deadline_clocks
from hotline.store.migrate import upgrade

N_CASES = int(os.environ.get("BENCH_CASES", "1000000"))
DUE = 2000  # past due, not fired
WARN = 1000  # in the warning window
REPEAT = 7
BASE_URL = os.environ.get("HOTLINE_BENCH_POSTGRES_URL") or os.environ.get(
    "HOTLINE_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
NO_INDEX = "SET enable_indexscan = off; SET enable_bitmapscan = off; SET enable_indexonlyscan = off"


def create_database() -> tuple[str, sa.Engine]:
    admin = sa.create_engine(BASE_URL, isolation_level="AUTOCOMMIT")
    name = f"hotline_bench_{uuid.uuid4().hex[:8]}"
    with admin.connect() as conn:
        conn.exec_driver_sql(f"CREATE DATABASE {name} ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' "
                             "LC_CTYPE 'C.UTF-8' TEMPLATE template0")
    return make_url(BASE_URL).set(database=name).render_as_string(hide_password=False), admin


def load(db: Database, now: datetime) -> None:
    """COPY the cases and their clocks, with the sweep's indexes built afterwards (as fast as it gets)."""
    rng = random.Random(12328)
    with db.engine.begin() as conn:
        for index in deadline_clocks.indexes:
            conn.exec_driver_sql(f"DROP INDEX {index.name}")
    raw = db.engine.raw_connection()
    try:
        cur = raw.cursor()
        created = now - timedelta(days=10)
        with cur.copy("COPY cases (id, number, tracking_code, type, category, title, description, channel, "
                      "urgent, region, status, version, return_count, supervise_count, extension_pending, "
                      "created_by, created_at, updated_at, demo) FROM STDIN") as copy:
            for i in range(1, N_CASES + 1):
                copy.write_row((i, f"B{i:011d}", f"T{i:011d}", "complaint", "control.checkpoint", "检查站排队",
                                "", "api", False, "420100", "dispatched", 2, 0, 0, False, "bench", created,
                                created, True))
        with cur.copy("COPY deadline_clocks (case_id, name, round, unit, started_at, counted_from, due_at, "
                      "warning_at, state, allowed, rule_id, policy_version, extensions, updated_at) "
                      "FROM STDIN") as copy:
            for i in range(1, N_CASES + 1):
                if i <= DUE:
                    due = now - timedelta(seconds=rng.randint(60, 86400))
                elif i <= DUE + WARN:
                    due = now + timedelta(seconds=rng.randint(60, 3600))
                else:
                    due = now + timedelta(seconds=rng.randint(4 * 3600, 30 * 86400))
                # A quarter of the span before due is the warning time: in the past only for WARN.
                start = due - (min(timedelta(days=5), 2 * (due - now)) if i > DUE + WARN else timedelta(hours=8))
                warning = start + (due - start) * 3 / 4
                copy.write_row((i, "reply", 1, f"unit-{i % 300}", start, start, due, warning, "running", "5wd",
                                "default", "2022.1", "[]", created))
        raw.commit()
        cur.execute("SELECT setval('cases_id_seq', %s)", (N_CASES,))
        raw.commit()
    finally:
        raw.close()
    with db.engine.begin() as conn:
        for index in deadline_clocks.indexes:
            index.create(conn)
        conn.exec_driver_sql("ANALYZE cases")
        conn.exec_driver_sql("ANALYZE deadline_clocks")


def claim_sql(now: datetime) -> str:
    return str(due_query("overdue", now, 200).compile(dialect=postgresql.dialect(),
                                                      compile_kwargs={"literal_binds": True}))


def time_claim(db: Database, now: datetime, *, index: bool) -> tuple[float, str]:
    sql = claim_sql(now)
    times = []
    with db.engine.connect() as conn:
        for _ in range(REPEAT):  # each in its own transaction, rolled back: the locks go with it
            if not index:
                conn.exec_driver_sql(NO_INDEX)
            plan = "\n".join(conn.exec_driver_sql("EXPLAIN " + sql).scalars())
            t0 = time.perf_counter()
            rows = conn.exec_driver_sql(sql).all()
            times.append(time.perf_counter() - t0)
            conn.rollback()
            assert len(rows) == 200
    return statistics.median(times), plan


def sweep(url: str, now: datetime, *, index: bool) -> tuple[float, int]:
    db = Database(url)
    if not index:  # the baseline: the two partial indexes gone, the claims filter the whole table
        with db.engine.begin() as conn:
            conn.exec_driver_sql("DROP INDEX ix_deadline_clocks_due; DROP INDEX ix_deadline_clocks_warning")
    clock = FixedClock(now)
    t0 = time.perf_counter()
    fired = fire_due(db, clock, "overdue") + fire_due(db, clock, "warning")
    elapsed = time.perf_counter() - t0
    db.dispose()
    return elapsed, fired


def reset(db: Database) -> None:
    with db.engine.begin() as conn:
        conn.execute(sa.delete(deadline_alerts))
        conn.execute(sa.update(deadline_clocks).where(sa.or_(deadline_clocks.c.overdue_fired_at.is_not(None),
                                                              deadline_clocks.c.warning_fired_at.is_not(None)))
                     .values(overdue_fired_at=None, warning_fired_at=None))


def main() -> None:
    url, admin = create_database()
    db = Database(url)
    try:
        t0 = time.perf_counter()
        upgrade(db)
        now = datetime.now(timezone.utc)
        load(db, now)
        print(f"loaded {N_CASES:,} open cases with one running clock each ({DUE} overdue, {WARN} in warning) "
              f"in {time.perf_counter() - t0:.1f} s")
        with_index, plan = time_claim(db, now, index=True)
        without, seq_plan = time_claim(db, now, index=False)
        print("claim query plan (as the sweep runs it):")
        print("  " + plan.replace("\n", "\n  "))
        uses = "ix_deadline_clocks_due" in plan
        print(f"plan uses the partial index ix_deadline_clocks_due: {'yes' if uses else 'NO'}")
        print("baseline plan:\n  " + seq_plan.replace("\n", "\n  "))
        print(f"due query (LIMIT 200 FOR UPDATE SKIP LOCKED), median of {REPEAT}: {with_index * 1000:.2f} ms; "
              f"baseline full-table filter: {without * 1000:.1f} ms; ratio {without / with_index:.0f}x")
        swept, fired = sweep(url, now, index=True)
        reset(db)
        swept_base, fired_base = sweep(url, now, index=False)
        assert fired == fired_base == DUE + WARN, (fired, fired_base)
        print(f"sweep of {fired:,} events (claim + flag + alert, batches of 200): {swept:.2f} s "
              f"({fired / swept:,.0f} events/s); baseline without index: {swept_base:.2f} s "
              f"({fired_base / swept_base:,.0f} events/s); ratio {swept_base / swept:.1f}x")
        if not uses:
            raise SystemExit("the claim query does not use ix_deadline_clocks_due")
    finally:
        db.dispose()
        with admin.connect() as conn:
            conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {make_url(url).database} WITH (FORCE)")
        admin.dispose()


if __name__ == "__main__":
    main()
