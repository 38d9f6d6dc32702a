"""Scale-out (issue 10): two `hotline serve` processes on one PostgreSQL database behind a round-robin
HTTP load balancer (a small proxy in this test: no stickiness, each request to the next process).

Through the balancer: a console login made on one process is valid on the other; an Idempotency-Key
replayed on the other process returns the same case; cases created alternately get unique numbers;
twelve concurrent accepts of one case spread over both processes → exactly one succeeds, the rest
409; and both processes really served requests.
"""

from __future__ import annotations

import itertools
import re
import threading
import uuid
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest
import sqlalchemy as sa

from hotline.domain.clock import SystemClock
from hotline.services import auth
from hotline.services.cases import Context
from hotline.store.files import LocalFileStorage
from hotline.store.tables import cases

pytestmark = pytest.mark.slow
CASE = {"type": "report", "category": "control.turnback", "title": "收费站劝返", "channel": "api",
        "description": "两个进程", "place": {"region": "420900"}}
HOP = {"connection", "keep-alive", "transfer-encoding", "content-length", "host"}


class RoundRobin(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, backends: list[str]):
        self.backends = itertools.cycle(backends)
        self.lock = threading.Lock()
        self.served: dict[str, int] = {b: 0 for b in backends}
        self.http = httpx.Client(timeout=60)
        super().__init__(("127.0.0.1", 0), Forward)

    def next_backend(self) -> str:
        with self.lock:
            b = next(self.backends)
            self.served[b] += 1
            return b


class Forward(BaseHTTPRequestHandler):
    server: RoundRobin

    def log_message(self, *args):  # quiet
        pass

    def _forward(self):
        body = self.rfile.read(int(self.headers.get("content-length") or 0))
        headers = {k: v for k, v in self.headers.items() if k.lower() not in HOP}
        r = self.server.http.request(self.command, self.server.next_backend() + self.path, headers=headers,
                                     content=body)
        self.send_response(r.status_code)
        for k, v in r.headers.multi_items():
            if k.lower() not in HOP and k.lower() != "content-encoding":
                self.send_header(k, v)
        self.send_header("content-length", str(len(r.content)))
        self.end_headers()
        self.wfile.write(r.content)

    do_GET = do_POST = do_PUT = do_DELETE = _forward


@pytest.mark.parametrize("backend", ["postgres"])
def test_two_processes_behind_a_round_robin_balancer(database, database_url, tmp_path, live):
    env, headers = live.prepare(database_url, tmp_path)
    ctx = Context(db=database, clock=SystemClock(), storage=LocalFileStorage(tmp_path / "files"))
    username = f"lb-{uuid.uuid4().hex[:8]}"
    auth.add_user(ctx, username, unit="mot", roles=["operator"], password="secret-12328")
    auth.add_user(ctx, f"{username}-h", unit="mot", roles=["handler"])
    ports = [live.free_port(), live.free_port()]
    procs = [live.start(env, p) for p in ports]
    lb = RoundRobin([f"http://127.0.0.1:{p}" for p in ports])
    threading.Thread(target=lb.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{lb.server_address[1]}"
    try:
        with httpx.Client(base_url=base, headers=headers, timeout=60) as api:
            # Idempotency across processes: the replay lands on the other process.
            key = uuid.uuid4().hex
            first = api.post("/api/v1/cases", json=CASE, headers={"Idempotency-Key": key})
            again = api.post("/api/v1/cases", json=CASE, headers={"Idempotency-Key": key})
            assert first.status_code == 201 and again.status_code in (200, 201)
            assert again.json()["number"] == first.json()["number"]
            assert again.headers.get("idempotent-replayed") == "true"

            numbers = [api.post("/api/v1/cases", json=CASE).json()["number"] for _ in range(20)]
            assert len(set(numbers)) == 20

            # Twelve concurrent accepts of one dispatched case, spread over both processes.
            n = numbers[0]
            assert api.post(f"/api/v1/cases/{n}/actions/dispatch", json={"version": 1, "unit": "mot"}).status_code == 200
            handler = {"Authorization": f"Bearer {auth.create_token(ctx, f'{username}-h')}"}
            with ThreadPoolExecutor(12) as pool:
                codes = list(pool.map(lambda _i: api.post(f"/api/v1/cases/{n}/actions/accept", headers=handler,
                                                          json={"version": 2}).status_code, range(12)))
            assert sorted(codes) == [200] + [409] * 11
            timeline = api.get(f"/api/v1/cases/{n}/timeline").json()["events"]
            assert [e["action"] for e in timeline].count("accept") == 1

        # A console session started on one process is valid on the other.
        with httpx.Client(base_url=base, timeout=60, follow_redirects=True) as browser:
            form = browser.get("/console/login")
            token = re.search(r'name="csrf_token" value="([^"]+)"', form.text).group(1)
            landed = browser.post("/console/login", data={"username": username, "password": "secret-12328",
                                                          "csrf_token": token})
            assert landed.status_code == 200 and "/console/login" not in str(landed.url)
            pages = [browser.get("/console/cases") for _ in range(4)]
            assert all(p.status_code == 200 and "/console/login" not in str(p.url) for p in pages)
        assert min(lb.served.values()) >= 10, lb.served  # both processes really answered
        with database.read() as conn:
            stored = conn.execute(sa.select(sa.func.count()).select_from(cases)
                                  .where(cases.c.number.in_([first.json()["number"], *numbers]))).scalar_one()
        assert stored == 21
    finally:
        lb.shutdown()
        for p in procs:
            p.terminate()
        for p in procs:
            p.wait(15)
