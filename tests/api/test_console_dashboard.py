"""The supervisor's on-time rates on the dashboard (both databases): every figure equals what
GET /api/v1/deadlines/stats answers for the same unit and period, and each drills down to exactly
as many clocks as it counts."""

from __future__ import annotations

import re
from datetime import timedelta

from fastapi.testclient import TestClient

from hotline.domain.clock import FixedClock
from hotline.jobs.clocks import run_clock_consumer
from hotline.jobs.sweep import fire_due
from hotline.services import auth

CHECKPOINT = {"type": "complaint", "category": "control.checkpoint", "title": "武汉绕城检查站排队六小时",
              "channel": "api", "place": {"region": "420100"}}


def _act(client, number: str, action: str, **body) -> None:
    version = client.get(f"/api/v1/cases/{number}").json()["version"]
    r = client.post(f"/api/v1/cases/{number}/actions/{action}", json={"version": version, **body})
    assert r.status_code == 200, r.text


def _case(client, unit: str) -> str:
    r = client.post("/api/v1/cases", json=CHECKPOINT)
    assert r.status_code == 201, r.text
    _act(client, r.json()["number"], "dispatch", unit=unit)
    return r.json()["number"]


def _sync(ctx) -> None:
    run_clock_consumer(ctx.db, FixedClock(ctx.clock.now() + timedelta(seconds=5)))


def _console(app, ctx, username: str, unit: str) -> TestClient:
    auth.add_user(ctx, username, unit=unit, roles=["supervisor"], password="secret-12328")
    c = TestClient(app)
    token = re.search(r'name="csrf_token" value="([^"]+)"', c.get("/console/login").text).group(1)
    assert c.post("/console/login", data={"username": username, "password": "secret-12328",
                                          "csrf_token": token}).status_code == 200
    return c


def _cells(html: str, table: str, key: str) -> dict[str, tuple[str, ...]]:
    body = html.split(f'id="{table}"')[1].split("</table>")[0]
    rows = re.findall(rf'<tr {key}="([^"]+)">(.*?)</tr>', body, re.S)
    return {k: tuple(re.findall(r'<a href="[^"]*">([^<]*)</a>', cells)) for k, cells in rows}


def _links(html: str, table: str) -> list[str]:
    body = html.split(f'id="{table}"')[1].split("</table>")[0]
    return [h.replace("&amp;", "&") for h in re.findall(r'<a href="([^"]+)">', body)]


def _fmt(r) -> tuple[str, ...]:
    rate = "—" if r["rate"] is None else f"{r['rate'] * 100:.1f}%"
    return (str(r["on_time"]), str(r["late"]), str(r["pending"]), rate)


def test_dashboard_on_time_rates_equal_the_statistics_api_and_drill_down(app, client, ctx, clock, units):
    on_time, late = _case(client, "hb-wuhan"), _case(client, "hb-wuhan")
    _case(client, "hb-xiaogan")
    clock.advance(hours=2)
    _act(client, on_time, "accept")
    clock.advance(days=1, hours=23)  # Sun 4-24 11:00 (a make-up working day): past the accept due time
    _sync(ctx)
    fire_due(ctx.db, clock, "overdue")
    clock.advance(hours=1)
    _act(client, late, "accept")
    _sync(ctx)

    sup = _console(app, ctx, "hb-sup", "hb")  # sessions last 12 h of the test clock: log in now
    page = sup.get("/console/dashboard", params={"period": "week", "date": "2022-04-22"})
    assert page.status_code == 200
    api = client.get("/api/v1/deadlines/stats", params={"unit": "hb", "from": "2022-04-18", "to": "2022-04-25",
                                                        "period": "week"}).json()
    assert api["total"]["late"] == 2  # the fixture did what it meant: one late accept in each city
    clocks = _cells(page.text, "ontime-clocks", "data-clock")
    assert {k: v for k, v in clocks.items() if k != "total"} == {r["clock"]: _fmt(r) for r in api["by_clock"]}
    assert clocks["total"] == _fmt(api["total"])
    assert _cells(page.text, "ontime-units", "data-unit") == {r["unit"]: _fmt(r) for r in api["by_unit"]}
    assert _cells(page.text, "ontime-units", "data-unit")["hb-wuhan"][:2] == ("1", "1")

    # Every count drills down to exactly that many clocks, each naming its case.
    for table in ("ontime-clocks", "ontime-units"):
        for link, figure in zip(_links(page.text, table), sum(_cells(page.text, table, "data-clock" if table ==
                                "ontime-clocks" else "data-unit").values(), ()), strict=True):
            if figure.endswith("%") or figure == "—":
                continue
            detail = sup.get(link)
            assert detail.status_code == 200, link
            assert re.search(r'id="on-time-count">(\d+)<', detail.text).group(1) == figure, link
    late_wuhan = sup.get("/console/dashboard/on-time", params={"period": "week", "date": "2022-04-22",
                                                               "unit": "hb-wuhan", "clock": "accept", "outcome": "late"})
    assert late in late_wuhan.text and on_time not in late_wuhan.text

    # Today (Fri 4-22) nothing of hb's falls due yet; a unit outside the supervisor's tree is refused.
    today = sup.get("/console/dashboard", params={"date": "2022-04-22"}).text
    assert "本期间没有到期的时限" in today
    assert sup.get("/console/dashboard/on-time", params={"unit": "mot"}).status_code == 403
    assert sup.get("/console/dashboard/on-time", params={"outcome": "bogus"}).status_code == 422
