"""Two real app processes, each running the deadline jobs, against one PostgreSQL database: every
overdue event fires once, escalates once, and its e-mail reaches a local SMTP server once."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone

import httpx
import pytest
import sqlalchemy as sa

from hotline.domain.clock import FixedClock
from hotline.domain.lifecycle import Action
from hotline.services import auth
from hotline.services import deadlines as dl
from hotline.services.cases import Context, act, create_case
from hotline.services.commands import ActionIn, CaseCreate
from hotline.services.units import upsert_units
from hotline.store.deadline_tables import deadline_alerts, deadline_notifications
from hotline.store.files import LocalFileStorage

pytestmark = pytest.mark.slow

CASES = 40
TURNBACK = {"type": "report", "category": "control.turnback", "title": "孝感北收费站一刀切劝返", "channel": "api",
            "urgent": True, "place": {"region": "420900"}}
UNITS = [
    {"code": "mot", "name": "交通运输部", "region": "000000", "parent": None, "kind": "ministry"},
    {"code": "hb", "name": "湖北省交通运输厅", "region": "420000", "parent": "mot"},
    {"code": "hb-xiaogan", "name": "孝感市交通运输局", "region": "420900", "parent": "hb"},
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Inbox:
    def __init__(self):
        self.messages: list[tuple[list[str], bytes]] = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's name)
        self.messages.append((list(envelope.rcpt_tos), envelope.content))
        return "250 OK"


def start_app(env: dict, port: int) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "--factory", "hotline.jobs.web:create_app_with_jobs",
         "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def wait_healthy(proc: subprocess.Popen, port: int) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(proc.stderr.read().decode())
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/v1/health", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.1)
    raise RuntimeError("app did not start")


@pytest.mark.parametrize("backend", ["postgres"])
def test_two_app_processes_fire_and_mail_each_overdue_event_once(database, database_url, tmp_path):
    from aiosmtpd.controller import Controller

    # The cases were dispatched three hours ago; no process was running since (downtime).
    past = FixedClock(datetime.now(timezone.utc) - timedelta(hours=3))
    ctx = Context(db=database, clock=past, storage=LocalFileStorage(tmp_path / "files"), system_actor="seed")
    upsert_units(ctx, UNITS)
    auth.add_user(ctx, "hb-sup", unit="hb", roles=["supervisor"])
    dl.put_contacts(ctx, "hb-xiaogan", ["duty@xiaogan.example"])
    dl.put_contacts(ctx, "hb", ["ducha@hubei.example"])
    for _ in range(CASES):
        number = create_case(ctx, CaseCreate.model_validate(TURNBACK))[0]["number"]
        act(ctx, number, Action.DISPATCH, ActionIn(version=1, unit="hb-xiaogan"))
    expected = 2 * CASES  # accept (15 min) and feedback (2 h) are overdue; dispatch was met

    inbox = Inbox()
    smtp_port = free_port()
    smtp = Controller(inbox, hostname="127.0.0.1", port=smtp_port)
    smtp.start()
    env = {**os.environ, "HOTLINE_DATABASE_URL": database_url, "HOTLINE_FILES_DIR": str(tmp_path / "files"),
           "HOTLINE_SMTP_HOST": "127.0.0.1", "HOTLINE_SMTP_PORT": str(smtp_port),
           "HOTLINE_MAIL_FROM": "12328@hotline.example", "HOTLINE_JOBS_INTERVAL": "0.2"}
    ports = [free_port(), free_port()]
    apps = [start_app(env, p) for p in ports]
    try:
        for proc, port in zip(apps, ports, strict=True):
            wait_healthy(proc, port)
        deadline = time.monotonic() + 60
        while len(inbox.messages) < expected and time.monotonic() < deadline:
            time.sleep(0.2)
        time.sleep(1.5)  # several more rounds of both processes: nothing may fire twice
        for proc in apps:
            assert proc.poll() is None, proc.stderr.read().decode()
    finally:
        for proc in apps:
            proc.terminate()
        for proc in apps:
            proc.wait(15)
        smtp.stop()

    with database.read() as conn:
        fired = conn.execute(sa.select(deadline_alerts)).all()
        outbox = conn.execute(sa.select(deadline_notifications.c.status, sa.func.count())
                              .group_by(deadline_notifications.c.status)).all()
    assert len(fired) == expected and len({a.clock_id for a in fired}) == expected
    assert {(a.kind, a.clock) for a in fired} == {("overdue", "accept"), ("overdue", "feedback")}
    assert all(a.escalated_to == "hb" and a.supervisors == ["hb-sup"] and a.notified for a in fired)
    assert dict(outbox) == {"sent": expected}
    ids = [next(line for line in content.splitlines() if line.startswith(b"Message-ID")) for _, content in
           inbox.messages]
    assert len(ids) == len(set(ids)) == expected
    assert all(sorted(rcpt) == ["ducha@hubei.example", "duty@xiaogan.example"] for rcpt, _ in inbox.messages)
