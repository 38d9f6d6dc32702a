"""Browser tests: Playwright for Python driving Debian's chromium against a real server process with
a fresh SQLite database and the demo data. Without chromium (or Playwright) they skip — except in CI
(CI=true), where that is a failure."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from tests.conftest import IN_CI, skip_or_fail

try:
    import playwright  # noqa: F401
except ImportError:  # pragma: no cover - depends on the machine
    if IN_CI:
        raise
    pytest.skip("playwright is not installed (pip install playwright pytest-playwright)", allow_module_level=True)

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "var" / "screenshots"
SIZES = {"1366x768": {"width": 1366, "height": 768}, "1920x1080": {"width": 1920, "height": 1080}}


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    """Debian's chromium, never a downloaded browser build (`playwright install` is not used)."""
    path = shutil.which("chromium")
    if path is None:
        skip_or_fail("chromium is not installed (apt-get install chromium fonts-wqy-microhei)")
    return {**browser_type_launch_args, "executable_path": path}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, url: str, env: dict[str, str], database_url: str = ""):
        self.url = url
        self.env = env
        self.database_url = database_url

    def cli(self, *args: str, stdin: bytes | None = None) -> str:
        done = subprocess.run([sys.executable, "-m", "hotline.cli", *args], env=self.env, check=True,
                              capture_output=True, input=stdin if stdin is not None else b"")
        return done.stdout.decode().strip()


@contextmanager
def demo_server(home: Path, prepare: Callable[[Server], None] | None = None) -> Iterator[Server]:
    """`hotline serve` on a free loopback port, on a new SQLite database in `home` loaded with
    `hotline demo` (and whatever `prepare` adds). Shared by the console and the public browser tests."""
    if shutil.which("chromium") is None:
        skip_or_fail("chromium is not installed (apt-get install chromium fonts-wqy-microhei)")
    url = f"sqlite:///{home / 'hotline.db'}"
    env = {**os.environ, "HOTLINE_DATABASE_URL": url, "HOTLINE_FILES_DIR": str(home / "files")}
    port = _free_port()
    srv = Server(f"http://127.0.0.1:{port}", env, url)
    srv.cli("db", "upgrade")
    srv.cli("demo")
    if prepare:
        prepare(srv)
    log = open(home / "server.log", "wb")
    proc = subprocess.Popen([sys.executable, "-m", "hotline.cli", "serve", "--host", "127.0.0.1", "--port", str(port)],
                            env=env, stdout=log, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 90  # the first start on a busy 2-core machine is slow
    while True:
        if proc.poll() is not None:
            raise RuntimeError((home / "server.log").read_text())
        try:
            if httpx.get(f"{srv.url}/api/v1/health", timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        if time.monotonic() > deadline:
            proc.kill()
            raise RuntimeError("the server did not start")
        time.sleep(0.1)
    try:
        yield srv
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


@pytest.fixture(scope="session")
def server(tmp_path_factory):
    with demo_server(tmp_path_factory.mktemp("console")) as srv:
        yield srv


@pytest.fixture(scope="session")
def screenshots() -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS


def plant_incident(server: Server, title: str, unit: str, numbers: list[str], **fields) -> int:
    """A hotspot incident over `numbers`, written straight into the server's database (the demo runs no
    detector). `fields` override the other columns (the probes put markup in them)."""
    import datetime as dt

    import sqlalchemy as sa

    from hotline.store.db import Database
    from hotline.store.hotspot_tables import hotspot_incident_cases, hotspot_incidents
    from hotline.store.tables import cases

    now = dt.datetime.now(dt.UTC)
    db = Database(server.database_url)
    try:
        with db.write() as conn:
            linked = sa.select(hotspot_incident_cases.c.case_id)  # a case belongs to one incident at most
            ids = list(conn.execute(sa.select(cases.c.id).where(cases.c.number.in_(numbers),
                                                                 cases.c.id.not_in(linked))).scalars())
            values = {"status": "open", "title": title, "words": [], "region": "420100", "category": "highway.toll",
                      "unit": unit, "size": len(ids), "first_case_at": now, "last_case_at": now,
                      "surge": {"count": len(ids)}, "version": 1, "opened_by": "detector", "opened_at": now,
                      "updated_at": now, **fields}
            incident = conn.execute(sa.insert(hotspot_incidents).values(**values)
                                    .returning(hotspot_incidents.c.id)).scalar_one()
            for case_id in ids:
                conn.execute(sa.insert(hotspot_incident_cases).values(case_id=case_id, incident_id=incident,
                                                                      how="surge", joined_at=now))
    finally:
        db.engine.dispose()
    return incident
