"""The everyday reads at volume on PostgreSQL: queue, overdue list, case search, daily report, dashboard.

A database seeded with `hotline bench seed` (BENCH_VOLUME_CASES cases, default 200,000, into a fresh
database that is dropped afterwards — or an existing seeded database named by BENCH_VOLUME_DATABASE,
left as it is) is read through the very functions the app calls:

* queue — `queue_page(lead_where(unit))` (hotline/web/console/queue.py): a handling unit's open
  cases, first page, ordered by their most pressing clock; a different unit each run, busiest first;
* overdue — `overdue_list` (hotline/services/deadlines.py) for a province's unit subtree;
* search — `list_cases` (hotline/services/cases.py) with the filters the API and console send
  (status, type, category, region, dates, words), as an admin and as a province's supervisor;
* report — `build_report("daily", …)` (hotline/reports/data.py) for a province and a day;
* dashboard — the numbers of /console/dashboard: `stats.figures`, `stats.units_overview`,
  `stats.on_time` for the ministry or a province, today or a past day, with the figures by unit
  that the job round takes every 30 s (services.unit_figures; the time of taking them is printed
  first); dash-live — the same when no job runner has taken them (counted live).

`db ms` is the mean time per call spent in SQL statements (the rest is the app's Python). Each is run
BENCH_VOLUME_RUNS times (default 50; 5 when one call takes over 20× its target) with varied
arguments; it prints p50 and p95 beside a
baseline from the same run: the same calls with index and bitmap scans switched off (fewer runs, as
they are slow). BENCH_VOLUME_EXPLAIN=1 also prints EXPLAIN (ANALYZE, BUFFERS) of the slowest
statement of one call of each. BENCH_VOLUME_BASELINE_TIMEOUT=S stops a baseline statement after S
seconds (at 10M cases a scan takes minutes); such a baseline prints as "≥", a lower bound.
Targets: p95 ≤ 100 ms for the four lists, ≤ 1 s for the dashboard.
"""

from __future__ import annotations

import os
import time
from datetime import date, datetime, timedelta, timezone

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import make_url

from hotline.domain.access import Principal, Role
from hotline.domain.clock import FixedClock
from hotline.domain.lifecycle import WORK_STATES
from hotline.services.cases import CaseFilter, Context, list_cases, local_tz
from hotline.services.unit_figures import FRESH, take_snapshot
from hotline.store.db import Database
from hotline.store.files import LocalFileStorage

N_CASES = int(os.environ.get("BENCH_VOLUME_CASES", "200000"))
RUNS = int(os.environ.get("BENCH_VOLUME_RUNS", "50"))
BASELINE_RUNS = int(os.environ.get("BENCH_VOLUME_BASELINE_RUNS", "5"))
EXPLAIN = os.environ.get("BENCH_VOLUME_EXPLAIN") == "1"
EXISTING = os.environ.get("BENCH_VOLUME_DATABASE")
# Comma-separated reads to run (queue,overdue,search,report,dashboard,dash-live); empty: all.
ONLY = {w for w in os.environ.get("BENCH_VOLUME_ONLY", "").split(",") if w}
# Seconds after which a baseline statement is stopped (at 10M a scan takes minutes); the baseline
# then prints as "≥ timeout", a lower bound.
BASELINE_TIMEOUT = float(os.environ.get("BENCH_VOLUME_BASELINE_TIMEOUT", "0"))
BASE_URL = os.environ.get("HOTLINE_BENCH_POSTGRES_URL") or os.environ.get(
    "HOTLINE_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
NO_INDEX = "SET enable_indexscan = off; SET enable_bitmapscan = off; SET enable_indexonlyscan = off"
WORK_STATES = list(WORK_STATES)  # a unit's queue: hotline.domain.lifecycle
WORDS = ["收费站", "核酸", "服务区", "通行证", "货车", "劝返", "客运站", "快递"]


def _database() -> tuple[str, sa.Engine | None]:
    if EXISTING:
        return make_url(BASE_URL).set(database=EXISTING).render_as_string(hide_password=False), None
    from bench.bench_deadline_sweep import create_database  # a fresh UTF-8 database, same settings

    return create_database()


def _seed(url: str, now: datetime) -> float:
    from hotline.services.seed import prepare_database, seed_cases

    db = Database(url)
    prepare_database(Context(db=db, clock=FixedClock(now), storage=LocalFileStorage("/tmp/hotline-bench-files"),
                             system_actor="bench"))
    r = seed_cases(db, N_CASES, now=now, months=6, seed=12328, rebuild_indexes=True)
    with db.engine.execution_options(isolation_level="AUTOCOMMIT").connect() as conn:
        conn.exec_driver_sql("VACUUM ANALYZE")
    db.dispose()
    return r.rate


class Recorder:
    """The statements one call sends, with their durations (to EXPLAIN the slowest)."""

    def __init__(self, db: Database):
        self.on = False
        self.seen: list[tuple[float, str, object]] = []

        @event.listens_for(db.engine, "before_cursor_execute")
        def _before(conn, cursor, statement, parameters, context, executemany):
            conn.info["t0"] = time.perf_counter()

        @event.listens_for(db.engine, "after_cursor_execute")
        def _after(conn, cursor, statement, parameters, context, executemany):
            if self.on:
                self.seen.append((time.perf_counter() - conn.info["t0"], statement, parameters))


def _no_index(db: Database) -> Database:
    @event.listens_for(db.engine, "connect")
    def _off(dbapi_conn, _record):
        with dbapi_conn.cursor() as cur:
            for stmt in NO_INDEX.split(";"):
                cur.execute(stmt)
            if BASELINE_TIMEOUT:
                cur.execute(f"SET statement_timeout = {int(BASELINE_TIMEOUT * 1000)}")
        dbapi_conn.commit()
    return db


def _pctl(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, max(0, round(q * (len(values) - 1))))]


def _time(calls, runs: int, stopped: list | None = None) -> list[float]:
    """Seconds per call; a call the statement timeout stopped counts as the timeout and is noted in
    `stopped` (only the baseline sets a timeout)."""
    out = []
    for i in range(runs):
        f = calls[i % len(calls)]
        t0 = time.perf_counter()
        try:
            f()
        except sa.exc.OperationalError as exc:
            if stopped is None or "statement timeout" not in str(exc):
                raise
            stopped.append(i)
            out.append(max(BASELINE_TIMEOUT, time.perf_counter() - t0))
            continue
        out.append(time.perf_counter() - t0)
    return out


def workloads(url: str, db: Database, now: datetime):
    from hotline.reports.data import build_report
    from hotline.services.deadlines import overdue_list
    from hotline.web.console import stats
    from hotline.web.console.queue import lead_where, queue_page

    storage = LocalFileStorage("/tmp/hotline-bench-files")
    clock = FixedClock(now)

    def ctx_for(user: Principal | None) -> Context:
        return Context(db=db, clock=clock, storage=storage, user=user, system_actor="bench")

    with db.read() as conn:
        busiest = conn.exec_driver_sql(
            "SELECT unit FROM cases WHERE status = ANY(%(s)s) AND unit IS NOT NULL GROUP BY unit "
            "ORDER BY count(*) DESC LIMIT 50", {"s": WORK_STATES}).scalars().all()
        root = conn.exec_driver_sql("SELECT code FROM units WHERE parent_code IS NULL").scalar_one()
        provinces = conn.exec_driver_sql(
            "SELECT code FROM units WHERE parent_code = %(r)s AND kind = 'transport' ORDER BY code",
            {"r": root}).scalars().all()
        province_regions = dict(conn.exec_driver_sql(
            "SELECT code, region FROM units WHERE code = ANY(%(p)s)", {"p": provinces}).all())
    handler = {u: Principal(f"{u}.handler", u, frozenset({Role.HANDLER})) for u in busiest}
    supervisor = {u: Principal(f"{u}.supervisor", u, frozenset({Role.SUPERVISOR}))
                  for u in [root, *provinces]}
    admin = Principal("admin", root, frozenset({Role.ADMIN}))
    today = now.astimezone(local_tz()).date()
    days = [today - timedelta(days=k) for k in range(1, 61)]

    queue = [lambda u=u: queue_page(ctx_for(handler[u]), lead_where(u)) for u in busiest]
    overdue = [lambda p=p: overdue_list(ctx_for(supervisor[p]), unit=p) for p in provinces]
    filters = []
    for i in range(50):
        p = provinces[i % len(provinces)]
        d = days[i % len(days)]
        kind = i % 5
        if kind == 0:
            f = CaseFilter(status=["dispatched", "accepted"], region=province_regions[p])
        elif kind == 1:
            f = CaseFilter(category="control.*", created_from=_at(d), created_to=_at(d + timedelta(days=1)))
        elif kind == 2:
            f = CaseFilter(q=WORDS[i % len(WORDS)])
        elif kind == 3:
            f = CaseFilter(type="complaint", urgent=True, region=province_regions[p])
        else:
            f = CaseFilter(status=["replied"], q=WORDS[i % len(WORDS)], created_from=_at(d - timedelta(days=7)))
        user = admin if i % 2 == 0 else supervisor[p]
        filters.append(lambda f=f, user=user: list_cases(ctx_for(user), f, limit=50))
    report = [lambda p=provinces[i % len(provinces)], d=days[i % len(days)]:
              build_report(ctx_for(supervisor[p]), "daily", d, unit=p) for i in range(50)]

    # Without a job round for longer than unit_figures.FRESH the dashboard counts by unit live.
    live_clock = FixedClock(now + FRESH + timedelta(seconds=1))

    def dashboard(unit: str, d: date, live: bool = False) -> None:
        ctx = ctx_for(supervisor[unit])
        if live:
            ctx = Context(db=db, clock=live_clock, storage=storage, user=ctx.user, system_actor="bench")
        p = stats.Period("day", d)
        stats.figures(ctx, p)
        stats.units_overview(ctx, unit)
        stats.on_time(ctx, unit, p)

    def dash(live: bool) -> list:
        return [lambda u=[root, *provinces][i % (len(provinces) + 1)], d=([today] + days)[i % 10]:
                dashboard(u, d, live) for i in range(50)]
    return {"queue": (queue, 0.1), "overdue": (overdue, 0.1), "search": (filters, 0.1),
            "report": (report, 0.1), "dashboard": (dash(False), 1.0), "dash-live": (dash(True), 1.0)}


def _at(d: date) -> datetime:
    return datetime.combine(d, datetime.min.time(), tzinfo=local_tz())


def _explain(db: Database, rec: Recorder, call) -> list[str]:
    rec.seen.clear()
    rec.on = True
    call()
    rec.on = False
    dur, statement, params = max(rec.seen, key=lambda s: s[0])
    with db.engine.connect() as conn:
        rows = conn.exec_driver_sql("EXPLAIN (ANALYZE, BUFFERS) " + statement, params).scalars().all()
    return [f"slowest statement: {dur * 1000:.1f} ms", *rows]


def main() -> None:
    now = datetime.now(timezone.utc)
    url, admin = _database()
    try:
        rate = None if EXISTING else _seed(url, now)
        db = Database(url)
        rec = Recorder(db)
        base = _no_index(Database(url))
        with db.read() as conn:
            n = conn.exec_driver_sql("SELECT count(*) FROM cases").scalar_one()
            n_events = conn.exec_driver_sql("SELECT count(*) FROM events").scalar_one()
        print(f"volume: {n:,} cases, {n_events:,} events on PostgreSQL"
              + (f" (seeded at {rate:,.0f} cases/s)" if rate else ""))
        print(f"{'read':<10} {'p50 ms':>9} {'p95 ms':>9} {'db ms':>7} {'target':>8}   "
              f"{'baseline p95 (no index scans)':>30} {'ratio':>7}")
        # The job round's figures by unit (services.unit_figures), as a runner keeps them every 30 s;
        # "dash-live" is the dashboard when no runner has taken them for over FRESH.
        t0 = time.perf_counter()
        take_snapshot(db, FixedClock(now))
        print(f"unit figures snapshot (the job round's recount, every 30 s): {(time.perf_counter() - t0) * 1000:.0f} ms",
              flush=True)
        work = workloads(url, db, now)
        base_work = workloads(url, base, now)
        for name, (calls, target) in work.items():
            if ONLY and name not in ONLY:
                continue
            t0 = time.perf_counter()
            calls[0]()  # warm the caches the app keeps (unit tree, taxonomy, regions)
            # A read 20× over its target is not worth 50 runs to say so.
            runs = RUNS if time.perf_counter() - t0 < 20 * target else 5
            rec.seen.clear()
            rec.on = True
            times = _time(calls, runs)
            rec.on = False
            in_db = sum(d for d, _, _ in rec.seen) / runs  # statement time, the rest is Python
            base_calls = base_work[name][0]
            stopped: list[int] = []
            base_times = _time(base_calls, BASELINE_RUNS, stopped)
            p50, p95, b95 = _pctl(times, 0.5), _pctl(times, 0.95), _pctl(base_times, 0.95)
            ok = "met" if p95 <= target else "MISSED"
            bound = "≥ " if stopped else ""
            print(f"{name:<10} {p50 * 1000:9.1f} {p95 * 1000:9.1f} {in_db * 1000:7.1f} {target * 1000:6.0f}ms   "
                  f"{bound + f'{b95 * 1000:.1f}':>30} {bound}{b95 / p95:.1f}x  {ok} (n={runs}"
                  + (f", baseline stopped {len(stopped)} of {BASELINE_RUNS} at {BASELINE_TIMEOUT:.0f} s" if stopped
                     else "") + ")", flush=True)
            if EXPLAIN:
                for line in _explain(db, rec, calls[0]):
                    print(f"    {line}")
        db.dispose()
        base.dispose()
    finally:
        if admin is not None:
            with admin.connect() as conn:
                conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {make_url(url).database} WITH (FORCE)")
            admin.dispose()


if __name__ == "__main__":
    main()
