"""Cases created per second through the HTTP API vs the raw single-row INSERT-and-commit rate.

Both are measured in this run, on the same database with the same settings (SQLite: WAL,
synchronous=FULL; PostgreSQL: the local server). The API figure uses a real server process
(`hotline serve`, one worker) and CLIENTS concurrent HTTP clients in this process.
Set HOTLINE_BENCH_POSTGRES_URL (default: the test database URL) to include PostgreSQL.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

import httpx
import sqlalchemy as sa
from sqlalchemy.engine import make_url

from bench.server import prepare, serving
from hotline.store.db import Database

N_API = int(os.environ.get("BENCH_CASES", "600"))
N_RAW = int(os.environ.get("BENCH_RAW", "600"))
CLIENTS = 8
CASE = {
    "type": "report", "category": "control.turnback", "title": "孝感北收费站一刀切劝返",
    "description": "来电人反映，其驾驶的豫A货车持48小时核酸阴性证明，在京港澳高速孝感北收费站被劝返，要求核查。" * 2,
    "channel": "phone", "urgent": False, "reporter": {"name": "李师傅", "phone": "13812345678", "plate": "豫A12345"},
    "place": {"region": "420900", "road": "G4", "landmark": "孝感北收费站"},
}


def raw_insert_rate(url: str) -> float:
    db = Database(url)
    with db.engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE IF NOT EXISTS bench_raw (id INTEGER PRIMARY KEY, body TEXT NOT NULL)"
                             if db.is_sqlite else
                             "CREATE TABLE IF NOT EXISTS bench_raw (id BIGSERIAL PRIMARY KEY, body TEXT NOT NULL)")
    body = CASE["description"] + CASE["title"]
    # Each row its own transaction on its own checkout, as a plain client writes (BEGIN IMMEDIATE on
    # SQLite): not through Database.write, whose group commit is what the app's side is measured with.
    writer = db.engine.execution_options(sqlite_immediate=True)
    t0 = time.perf_counter()
    for _ in range(N_RAW):
        with writer.begin() as conn:
            conn.execute(sa.text("INSERT INTO bench_raw (body) VALUES (:b)"), {"b": body})
    rate = N_RAW / (time.perf_counter() - t0)
    with db.engine.begin() as conn:
        conn.exec_driver_sql("DROP TABLE bench_raw")
    db.dispose()
    return rate


def api_rate(url: str, workdir: Path) -> float:
    env, token = prepare(url, workdir)
    port = 18328
    base = f"http://127.0.0.1:{port}"
    with serving(env, port):
        with httpx.Client(base_url=base, timeout=30, limits=httpx.Limits(max_connections=CLIENTS),
                          headers={"Authorization": f"Bearer {token}"}) as client:
            client.post("/api/v1/cases", json=CASE).raise_for_status()  # warm up

            def post(_i):
                r = client.post("/api/v1/cases", json=CASE)
                assert r.status_code == 201, r.text

            t0 = time.perf_counter()
            with ThreadPoolExecutor(CLIENTS) as pool:
                list(pool.map(post, range(N_API)))
            return N_API / (time.perf_counter() - t0)


def postgres_scratch(base: str):
    admin = sa.create_engine(base, isolation_level="AUTOCOMMIT")
    name = f"hotline_bench_{uuid.uuid4().hex[:8]}"
    with admin.connect() as conn:
        conn.exec_driver_sql(f"CREATE DATABASE {name} ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' "
                             "LC_CTYPE 'C.UTF-8' TEMPLATE template0")
    return admin, name, make_url(base).set(database=name).render_as_string(hide_password=False)


@contextmanager
def scratch_postgres(label: str) -> Iterator[str | None]:
    """A new UTF-8 PostgreSQL database for one benchmark, dropped afterwards; None (and a line saying
    why) when HOTLINE_BENCH_POSTGRES_URL / HOTLINE_TEST_POSTGRES_URL is unset or unreachable."""
    pg = os.environ.get("HOTLINE_BENCH_POSTGRES_URL") or os.environ.get("HOTLINE_TEST_POSTGRES_URL")
    if not pg:
        print(f"{label}[postgresql]: skipped (set HOTLINE_BENCH_POSTGRES_URL)")
        yield None
        return
    try:
        admin, name, url = postgres_scratch(pg)
    except sa.exc.OperationalError as exc:
        print(f"{label}[postgresql]: skipped ({exc.orig})")
        yield None
        return
    try:
        yield url
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def report(label: str, api: float, raw: float) -> None:
    print(f"intake[{label}]: {api:8.1f} cases/s via HTTP API ({CLIENTS} clients, 1 worker) | "
          f"baseline raw INSERT+COMMIT {raw:8.1f} rows/s | ratio {api / raw:.2f}")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        url = f"sqlite:///{work / 'bench.db'}"
        report("sqlite", api_rate(url, work), raw_insert_rate(url))
        with scratch_postgres("intake") as url:
            if url:
                report("postgresql", api_rate(url, work), raw_insert_rate(url))


if __name__ == "__main__":
    main()
