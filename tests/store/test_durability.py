"""An acknowledged case survives kill -9 of the server right afterwards (real processes, both databases)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
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


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(env: dict, port: int) -> subprocess.Popen:
    proc = subprocess.Popen(
        [sys.executable, "-m", "hotline.cli", "serve", "--host", "127.0.0.1", "--port", str(port)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(proc.stderr.read().decode())
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/v1/health", timeout=1).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError("server did not start")


def test_acknowledged_cases_survive_kill_9(database_url, backend, tmp_path):
    env = {**os.environ, "HOTLINE_DATABASE_URL": database_url, "HOTLINE_FILES_DIR": str(tmp_path / "files")}
    cli = [sys.executable, "-m", "hotline.cli"]
    subprocess.run([*cli, "db", "upgrade"], env=env, check=True, capture_output=True)
    units = tmp_path / "units.csv"
    units.write_text("code,name,region,parent,kind\nmot,交通运输部,000000,,ministry\n", encoding="utf-8")
    subprocess.run([*cli, "units", "import", str(units)], env=env, check=True, capture_output=True)
    subprocess.run([*cli, "user", "add", "intake-op", "--unit", "mot", "--role", "operator"], env=env,
                   check=True, capture_output=True, input=b"\n")
    token = subprocess.run([*cli, "token", "create", "intake-op"], env=env, check=True,
                           capture_output=True).stdout.decode().strip()
    auth = {"Authorization": f"Bearer {token}"}
    port = free_port()
    server = start_server(env, port)
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
    port = free_port()
    server = start_server(env, port)
    try:
        for number in acknowledged[:5]:
            r = httpx.get(f"http://127.0.0.1:{port}/api/v1/cases/{number}", headers=auth, timeout=10)
            assert r.status_code == 200 and r.json()["urgent"] is True
    finally:
        server.terminate()
        server.wait(10)
