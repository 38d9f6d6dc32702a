"""Server time of each main console page with the demo data, beside GET /api/v1/health.

A fresh SQLite database gets `hotline db upgrade` and `hotline demo`; the app runs in this process
behind Starlette's TestClient (no network, no browser), so a request's time is the server's work
plus a constant client overhead that the health baseline, measured in the same run, shows. Each page
is requested WARMUP times, then N times; p50 and p95 are printed, with the ratio to the baseline's
p50. The target of issue 8 is < 300 ms per page.

    .venv/bin/python -m bench.bench_console_pages        (BENCH_N=30 by default)
"""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

N = int(os.environ.get("BENCH_N", "30"))
WARMUP = 3


def _login(client, username: str, password: str) -> None:
    token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/console/login").text).group(1)
    r = client.post("/console/login", data={"username": username, "password": password, "csrf_token": token})
    assert r.status_code == 200, (username, r.status_code)


def _time(client, url: str) -> tuple[float, float, int]:
    for _ in range(WARMUP):
        client.get(url)
    times = []
    status = 0
    for _ in range(N):
        t0 = time.perf_counter()
        r = client.get(url)
        times.append((time.perf_counter() - t0) * 1000)
        status = r.status_code
    times.sort()
    return statistics.median(times), times[max(0, round(0.95 * len(times)) - 1)], status


def main() -> None:
    home = Path(tempfile.mkdtemp(prefix="bench-console-"))
    env = {**os.environ, "HOTLINE_DATABASE_URL": f"sqlite:///{home / 'hotline.db'}",
           "HOTLINE_FILES_DIR": str(home / "files")}
    for args in (["db", "upgrade"], ["demo"]):
        subprocess.run([sys.executable, "-m", "hotline.cli", *args], env=env, check=True, capture_output=True)
    os.environ.update(env)

    from fastapi.testclient import TestClient

    from hotline.settings import Settings
    from hotline.web.app import create_app

    app = create_app(Settings(database_url=env["HOTLINE_DATABASE_URL"], files_dir=env["HOTLINE_FILES_DIR"]))
    results: list[tuple[str, str, float, float, int]] = []
    with TestClient(app) as anon:
        base50, base95, _ = _time(anon, "/api/v1/health")
        results.append(("baseline", "GET /api/v1/health", base50, base95, 200))
    pages = {
        ("admin", "admin12328"): ["/console/dashboard", "/console/dashboard?period=week&date=2022-04-22",
                                  "/console/cases", "/console/hotspots", "/console/kb"],
        ("mot.operator", "demo12328"): ["/console/workbench"],
        ("hb-xiaogan.handler", "demo12328"): ["/console/queue"],
    }
    with TestClient(app) as c:
        _login(c, "admin", "admin12328")
        first = re.search(r'href="/console/cases/([^"?]+)"', c.get("/console/cases").text).group(1)
        pages[("admin", "admin12328")].append(f"/console/cases/{first}")
        hs = re.search(r'href="/console/hotspots/(\d+)"', c.get("/console/hotspots?show=all").text)
        if hs:
            pages[("admin", "admin12328")].append(f"/console/hotspots/{hs.group(1)}")
    for (user, password), urls in pages.items():
        with TestClient(app) as c:
            _login(c, user, password)
            for url in urls:
                p50, p95, status = _time(c, url)
                results.append((user, url, p50, p95, status))
    print(f"console pages, server time in process (SQLite, demo data), n={N} per page")
    print(f"{'user':<20} {'page':<52} {'p50 ms':>8} {'p95 ms':>8} {'x base':>7}  status")
    for user, url, p50, p95, status in results:
        print(f"{user:<20} {url:<52} {p50:8.1f} {p95:8.1f} {p50 / base50:7.1f}  {status}")
    slow = [r for r in results[1:] if r[3] >= 300]
    print("pages with p95 >= 300 ms:", ", ".join(r[1] for r in slow) if slow else "none")


if __name__ == "__main__":
    main()
