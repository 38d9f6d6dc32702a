"""Intake under load: cases taken in and routed through HTTP, driven by `wrk` from outside the server.

A real `hotline serve --workers 2` process tree (text models preloaded in each worker) on the demo
unit tree; `wrk` (Debian package `wrk`, a C load generator in its own process) keeps CLIENTS
connections busy with bench/wrk_intake.lua: each case is created from its title and description
alone (the server's analysis fills type, category, region, urgency and plate), then routed
(POST /api/v1/routing/preview) and dispatched to the unit the routing chose. A case counts when its
dispatch succeeded. A second run does the same in one request (`"dispatch": "auto"`: the server
analyses, routes and dispatches), a third only creates (analysis, no routing). Latency percentiles
are wrk's, over every request of the run.

Baseline, measured in the same run on the same database: the raw single-row INSERT-and-commit rate
(bench_intake.raw_insert_rate). Target (issue 10): cases/s ≥ 30% of it.

BENCH_SECONDS (default 20) per run, BENCH_CLIENTS (default 50), BENCH_WORKERS (default 2);
HOTLINE_BENCH_POSTGRES_URL (default: the test database URL) adds PostgreSQL.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from bench.bench_intake import raw_insert_rate, scratch_postgres
from bench.server import prepare, serving

SECONDS = int(os.environ.get("BENCH_SECONDS", "20"))
CLIENTS = int(os.environ.get("BENCH_CLIENTS", "50"))
WORKERS = int(os.environ.get("BENCH_WORKERS", "2"))
SCRIPT = Path(__file__).with_name("wrk_intake.lua")
PORT = 18329


def wrk(token: str, mode: str, seconds: int) -> dict[str, float]:
    """One wrk run against the server on PORT; the figures its done() printed."""
    out = subprocess.run(
        ["wrk", f"-t{CLIENTS}", f"-c{CLIENTS}", f"-d{seconds}s", "--timeout", "30s", "-s", str(SCRIPT),
         f"http://127.0.0.1:{PORT}"],
        env={**os.environ, "WRK_TOKEN": token, "WRK_MODE": mode}, check=True, capture_output=True, text=True).stdout
    line = next(l for l in out.splitlines() if l.startswith("RESULT "))
    return {k: float(v) for k, v in re.findall(r"(\w+)=([\d.]+)", line)}


def measure(label: str, url: str, workdir: Path) -> None:
    env, token = prepare(url, workdir, demo=True)
    with serving(env, PORT, workers=WORKERS):
        wrk(token, "route", 5)  # warm-up, not counted: every worker up, caches and pools filled
        routed = wrk(token, "route", SECONDS)
        auto = wrk(token, "auto", SECONDS)
        created = wrk(token, "create", SECONDS)
    raw = raw_insert_rate(url)
    for mode, r, count in (("create+route+dispatch", routed, routed["dispatched"]),
                           ("create with dispatch=auto", auto, auto["dispatched"]),
                           ("create (analysis only)", created, created["created"])):
        rate = count / r["seconds"]
        print(f"intake-load[{label}] {mode}: {rate:7.1f} cases/s ({WORKERS} workers, {CLIENTS} wrk connections, "
              f"{r['seconds']:.0f} s, {int(r['requests'])} requests, {int(r['failed'] + r['errors'])} failed) | "
              f"latency p50 {r['p50_ms']:.0f} ms p99 {r['p99_ms']:.0f} ms | "
              f"baseline raw INSERT+COMMIT {raw:7.1f} rows/s | ratio {rate / raw:.2f}")


def main() -> None:
    if not shutil.which("wrk"):
        print("intake-load: skipped (wrk not installed: apt-get install -y wrk)")
        return
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        measure("sqlite", f"sqlite:///{work / 'bench.db'}", work)
        with scratch_postgres("intake-load") as url:
            if url:
                (work / "pg").mkdir()
                measure("postgresql", url, work / "pg")


if __name__ == "__main__":
    main()
