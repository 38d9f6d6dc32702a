"""Crash safety under load: 20 clients create and act on cases against a real server, which is
killed with SIGKILL mid-load and restarted. Every acknowledged case and action is there afterwards,
and nothing is half-written (each case has exactly one event per version). Both databases.

HOTLINE_CRASH_SECONDS sets how long the load runs before the kill (default 30).
"""

from __future__ import annotations

import os
import signal
import threading
import time

import httpx
import pytest
import sqlalchemy as sa

from hotline.store.db import Database
from hotline.store.tables import cases, events

pytestmark = pytest.mark.slow
SECONDS = float(os.environ.get("HOTLINE_CRASH_SECONDS", "30"))
CLIENTS = 20
CASE = {"type": "report", "category": "control.turnback", "title": "收费站劝返", "channel": "api", "urgent": False,
        "description": "压力测试", "reporter": {"plate": "鄂A00001"}, "place": {"region": "420900"}}


def test_kill_9_under_load_loses_nothing_acknowledged(database_url, backend, tmp_path, live):
    env, headers = live.prepare(database_url, tmp_path)
    port = live.free_port()
    server = live.start(env, port)
    base = f"http://127.0.0.1:{port}"
    created: list[str] = []
    acted: list[tuple[str, int]] = []
    stop = threading.Event()
    lock = threading.Lock()

    def client_loop():
        with httpx.Client(base_url=base, headers=headers, timeout=10) as c:
            while not stop.is_set():
                try:
                    r = c.post("/api/v1/cases", json=CASE)
                    if r.status_code != 201:
                        continue
                    number = r.json()["number"]
                    with lock:
                        created.append(number)
                    r = c.post(f"/api/v1/cases/{number}/actions/dispatch", json={"version": 1, "unit": "mot"})
                    if r.status_code == 200:
                        with lock:
                            acted.append((number, r.json()["version"]))
                        r = c.post(f"/api/v1/cases/{number}/actions/note", json={"version": 2, "note": "跟进"})
                        if r.status_code == 200:
                            with lock:
                                acted.append((number, r.json()["version"]))
                except httpx.HTTPError:
                    if server.poll() is not None:
                        return

    threads = [threading.Thread(target=client_loop) for _ in range(CLIENTS)]
    for t in threads:
        t.start()
    try:
        time.sleep(SECONDS)
        server.send_signal(signal.SIGKILL)
        server.wait(10)
    finally:
        stop.set()
        for t in threads:
            t.join(30)
        if server.poll() is None:
            server.kill()
    assert len(created) > CLIENTS, "the load never got going"

    port = live.free_port()
    server = live.start(env, port)  # recovery: the restarted server opens the same database
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", headers=headers, timeout=10) as c:
            for number in created[-5:]:
                assert c.get(f"/api/v1/cases/{number}").status_code == 200
    finally:
        server.terminate()
        server.wait(10)

    db = Database(database_url)
    try:
        with db.read() as conn:
            versions = dict(conn.execute(sa.select(cases.c.number, cases.c.version)).all())
            seqs: dict[str, list[int]] = {}
            for number, seq in conn.execute(sa.select(cases.c.number, events.c.seq)
                                            .join(cases, cases.c.id == events.c.case_id).order_by(events.c.seq)):
                seqs.setdefault(number, []).append(seq)
    finally:
        db.dispose()
    missing = [n for n in created if n not in versions]
    assert not missing, f"{len(missing)} acknowledged cases lost"
    for number, version in acted:
        assert versions[number] >= version, f"{number}: acknowledged version {version} lost"
    for number, version in versions.items():
        assert seqs.get(number) == list(range(1, version + 1)), f"{number} is half-written"
