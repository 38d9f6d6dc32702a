"""An acknowledged case survives kill -9 of the server right afterwards (real processes, both databases)."""

from __future__ import annotations

import signal
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
import sqlalchemy as sa

from hotline.store.db import Database
from hotline.store.tables import cases, events

pytestmark = pytest.mark.slow

CASE = {
    "type": "help", "category": "control.closure", "title": "被困高速，服务区关闭无法吃饭",
    "description": "司机反映在G4京港澳高速瓜子岭服务区滞留两天，服务区关闭，车上蔬菜快坏了。",
    "channel": "web", "urgent": True, "reporter": {"phone": "13700001234", "plate": "鄂K33221"},
    "place": {"region": "420900", "road": "G4", "landmark": "瓜子岭服务区"},
}


def test_acknowledged_cases_survive_kill_9(database_url, backend, tmp_path, live):
    env, auth = live.prepare(database_url, tmp_path)
    port = live.free_port()
    server = live.start(env, port)
    acknowledged: list[str] = []
    try:
        def post(i: int):
            r = httpx.post(f"http://127.0.0.1:{port}/api/v1/cases", json={**CASE, "title": f"{CASE['title']} #{i}"},
                           headers=auth, timeout=30)
            if r.status_code == 201:
                acknowledged.append(r.json()["number"])
            return r.status_code

        with ThreadPoolExecutor(8) as pool:
            codes = list(pool.map(post, range(40)))
        # One more, and the kill follows its 201 at once.
        assert post(99) == 201
        server.send_signal(signal.SIGKILL)
        server.wait(10)
    finally:
        if server.poll() is None:
            server.kill()
    assert codes.count(201) == 40

    db = Database(database_url)
    try:
        with db.read() as conn:
            stored = set(conn.execute(sa.select(cases.c.number).where(cases.c.number.in_(acknowledged))).scalars())
            n_events = conn.execute(
                sa.select(sa.func.count()).select_from(events.join(cases))
                .where(cases.c.number.in_(acknowledged), events.c.action == "create")).scalar_one()
    finally:
        db.dispose()
    assert stored == set(acknowledged) and len(acknowledged) == 41
    assert n_events == 41

    # And the restarted server serves them.
    port = live.free_port()
    server = live.start(env, port)
    try:
        for number in acknowledged[:5]:
            r = httpx.get(f"http://127.0.0.1:{port}/api/v1/cases/{number}", headers=auth, timeout=10)
            assert r.status_code == 200 and r.json()["urgent"] is True
    finally:
        server.terminate()
        server.wait(10)
