"""The case list's batched views (`case_views`) are exactly the one-at-a-time `case_view` (both
databases): merged numbers, attachments, co-handlers and clocks included."""

from __future__ import annotations

from datetime import timedelta

import sqlalchemy as sa

from hotline.domain.clock import FixedClock
from hotline.jobs.clocks import run_clock_consumer

from hotline.services.cases import CaseFilter, case_view, case_views, list_cases
from hotline.store.tables import cases

CASE = {"type": "complaint", "category": "control.turnback", "title": "孝感北收费站劝返", "channel": "api",
        "reporter": {"phone": "13812345678"}, "place": {"region": "420900"}}


def _act(client, number, action, **body):
    version = client.get(f"/api/v1/cases/{number}").json()["version"]
    r = client.post(f"/api/v1/cases/{number}/actions/{action}", json={"version": version, **body})
    assert r.status_code == 200, r.text


def test_batched_views_equal_single_views(client, ctx, units):
    numbers = [client.post("/api/v1/cases", json=CASE).json()["number"] for _ in range(4)]
    _act(client, numbers[0], "dispatch", unit="hb-xiaogan")
    _act(client, numbers[0], "cohandle", unit="hb-wuhan")
    _act(client, numbers[1], "merge", primary=numbers[0])
    _act(client, numbers[2], "merge", primary=numbers[0])
    for name in ("a.jpg", "b.png"):
        r = client.post(f"/api/v1/cases/{numbers[0]}/attachments", files={"file": (name, b"\x89PNG-data", "image/png")})
        assert r.status_code == 201, r.text
    run_clock_consumer(ctx.db, FixedClock(ctx.clock.now() + timedelta(seconds=5)))
    listed = list_cases(ctx, CaseFilter(), limit=10)["items"]
    with ctx.db.read() as conn:
        rows = conn.execute(sa.select(cases).order_by(cases.c.id.desc())).all()
        single = [case_view(conn, r, mask=True, now=ctx.clock.now()) for r in rows]
        assert case_views(conn, [], mask=True) == []
    assert listed == single
    primary = next(v for v in listed if v["number"] == numbers[0])
    assert primary["merged_cases"] == numbers[1:3] and primary["cohandle_units"] == ["hb-wuhan"]
    assert [a["filename"] for a in primary["attachments"]] == ["a.jpg", "b.png"] and primary["clocks"]
    assert next(v for v in listed if v["number"] == numbers[1])["merged_into"] == numbers[0]
