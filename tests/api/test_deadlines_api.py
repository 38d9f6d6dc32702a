"""/api/v1/deadlines and the clocks of GET /api/v1/cases/{number}, over HTTP on SQLite and PostgreSQL."""

from __future__ import annotations

import io
import time
from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from openpyxl import load_workbook

from hotline.domain.clock import FixedClock
from hotline.jobs.clocks import run_clock_consumer
from hotline.jobs.sweep import fire_due
from hotline.services import auth
from hotline.web.api.deadlines import router

BASE = "/api/v1/deadlines"
CHECKPOINT = {"type": "complaint", "category": "control.checkpoint", "title": "武汉绕城检查站排队六小时",
              "channel": "api", "place": {"region": "420100"}}


@pytest.fixture(autouse=True)
def deadline_routes(app):
    """Until app.py includes the router, mount it here (once)."""
    if not any(getattr(r, "path", "").startswith(BASE) for r in app.routes):
        app.include_router(router)


def user_client(app, ctx, username: str, unit: str, roles: list[str]) -> TestClient:
    auth.add_user(ctx, username, unit=unit, roles=roles)
    return TestClient(app, headers={"Authorization": f"Bearer {auth.create_token(ctx, username)}"})


def sync(ctx) -> None:
    run_clock_consumer(ctx.db, FixedClock(ctx.clock.now() + timedelta(seconds=5)))


def new_case(client, body=CHECKPOINT, unit: str | None = None) -> str:
    r = client.post("/api/v1/cases", json=body)
    assert r.status_code == 201, r.text
    number = r.json()["number"]
    if unit:
        act(client, number, "dispatch", unit=unit)
    return number


def act(client, number: str, action: str, **body) -> dict:
    version = client.get(f"/api/v1/cases/{number}").json()["version"]
    r = client.post(f"/api/v1/cases/{number}/actions/{action}", json={"version": version, **body})
    assert r.status_code == 200, r.text
    return r.json()


def test_the_case_carries_its_clocks(client, ctx, clock, units):
    n = new_case(client, unit="hb-wuhan")
    assert client.get(f"/api/v1/cases/{n}").json()["clocks"] == []  # before the job has seen the events
    sync(ctx)
    shown = client.get(f"/api/v1/cases/{n}").json()["clocks"]
    assert [(c["name"], c["due_at"], c["state"]) for c in shown] == [
        ("dispatch", "2022-04-22T12:00:00+08:00", "met"),
        ("accept", "2022-04-24T10:00:00+08:00", "ok"),  # Sunday 4-24 was a make-up working day
        ("feedback", "2022-04-25T10:00:00+08:00", "ok"),
        ("reply", "2022-04-28T10:00:00+08:00", "ok"),
    ]
    clock.advance(days=1, hours=20)  # Sun 4-24 06:00: accept is past 75 %
    exact = client.get(f"{BASE}/cases/{n}/clocks").json()
    accept = next(c for c in exact["clocks"] if c["name"] == "accept")
    assert accept["state"] == "warning" and accept["remaining_seconds"] == 4 * 3600
    assert exact["at"] == "2022-04-24T06:00:00+08:00"


def test_emergency_mode_is_for_supervisors_of_the_region_and_recorded(app, client, ctx, clock, units):
    handler = user_client(app, ctx, "wuhan-handler", "hb-wuhan", ["handler"])
    sup = user_client(app, ctx, "hb-sup", "hb", ["supervisor"])
    body = {"region": "420000", "categories": ["control.*"], "reason": "疫情防控应急：保通保畅"}
    n = new_case(client, unit="hb-wuhan")
    sync(ctx)
    r = handler.post(f"{BASE}/emergencies", json=body)
    assert r.status_code == 403 and r.json()["error"]["code"] == "forbidden"
    assert sup.post(f"{BASE}/emergencies", json={**body, "region": "130000"}).status_code == 403
    for bad in ({**body, "categories": []}, {**body, "categories": ["control*"]}, {**body, "reason": ""},
                {**body, "from": "2022-04-21T10:00:00+08:00"}, {**body, "until": "2022-04-22T12:00:00"}):
        assert sup.post(f"{BASE}/emergencies", json=bad).status_code == 422, bad
    r = sup.post(f"{BASE}/emergencies", json=body)
    assert r.status_code == 201, r.text
    mode = r.json()
    assert mode["switched_on_by"] == "hb-sup" and mode["from"] == "2022-04-22T10:00:00+08:00"
    assert mode["until"] is None and mode["active"] and mode["cases_recomputed"] == 1
    reply = next(c for c in client.get(f"/api/v1/cases/{n}").json()["clocks"] if c["name"] == "reply")
    assert reply["due_at"] == "2022-04-24T10:00:00+08:00" and reply["emergency_id"] == mode["id"]
    assert [m["id"] for m in handler.get(f"{BASE}/emergencies/banner").json()["items"]] == [mode["id"]]
    assert client.get(f"{BASE}/emergencies/banner", params={"unit": "he"}).json()["items"] == []
    clock.advance(minutes=30)
    r = handler.post(f"{BASE}/emergencies/{mode['id']}/off", json={"reason": "解除"})
    assert r.status_code == 403
    off = sup.post(f"{BASE}/emergencies/{mode['id']}/off", json={"reason": "解除"}).json()
    assert off["switched_off_by"] == "hb-sup" and off["until"] == "2022-04-22T10:30:00+08:00"
    assert off["off_reason"] == "解除" and off["active"] is False
    assert sup.post(f"{BASE}/emergencies/{mode['id']}/off", json={}).status_code == 409
    assert handler.get(f"{BASE}/emergencies/banner").json()["items"] == []
    assert client.get(f"{BASE}/emergencies", params={"active": "false"}).json()["items"][0]["id"] == mode["id"]
    reply = next(c for c in client.get(f"/api/v1/cases/{n}").json()["clocks"] if c["name"] == "reply")
    assert reply["due_at"] == "2022-04-28T10:00:00+08:00"


def test_the_override_table_is_edited_by_the_root_admin(app, client, ctx, units):
    province_admin = user_client(app, ctx, "hb-admin", "hb", ["admin"])
    n = new_case(client, unit="hb-wuhan")
    sync(ctx)
    r = province_admin.put(f"{BASE}/overrides/2022-04-26", json={"workday": False})
    assert r.status_code == 403
    r = client.put(f"{BASE}/overrides/2022-04-26", json={"workday": False, "note": "地方防汛"})
    assert r.status_code == 200 and r.json()["cases_recomputed"] == 1
    assert client.get(f"{BASE}/overrides").json()["items"] == [
        {"day": "2022-04-26", "workday": False, "note": "地方防汛", "updated_by": "root-admin",
         "updated_at": "2022-04-22T10:00:00+08:00"}]
    reply = next(c for c in client.get(f"/api/v1/cases/{n}").json()["clocks"] if c["name"] == "reply")
    assert reply["due_at"] == "2022-04-29T10:00:00+08:00"
    assert client.put(f"{BASE}/overrides/2022-04-26", json={"workday": "no"}).status_code == 422
    assert client.delete(f"{BASE}/overrides/2022-04-26").status_code == 200
    assert client.delete(f"{BASE}/overrides/2022-04-26").status_code == 404
    assert client.get(f"{BASE}/overrides").json()["items"] == []


def test_policies_read_for_all_and_edited_by_the_root_admin_for_the_future_only(app, client, ctx, units):
    handler = user_client(app, ctx, "wuhan-handler", "hb-wuhan", ["handler"])
    got = handler.get(f"{BASE}/policies").json()
    assert got["in_force"] == "2022.1" and [v["version"] for v in got["versions"]] == ["2022.1"]
    rules = [{"id": "default", "clocks": {"dispatch": "1h", "accept": "1wd", "feedback": "2wd", "reply": "5wd",
                                          "callback": "2wd"}}]
    url = f"{BASE}/policies/versions/2022.2"
    assert handler.put(url, json={"effective_from": "2022-05-01", "rules": rules}).status_code == 403
    r = client.put(url, json={"effective_from": "2022-04-22", "rules": rules})
    assert r.status_code == 422 and r.json()["error"]["code"] == "policy_not_future"
    r = client.put(url, json={"effective_from": "2022-05-01", "rules": [{"id": "default", "clocks": {"x": "1h"}}]})
    assert r.status_code == 422 and r.json()["error"]["code"] == "deadline_policy_invalid"
    r = client.put(f"{BASE}/policies/versions/2022.1", json={"effective_from": "2022-05-01", "rules": rules})
    assert r.status_code == 409 and r.json()["error"]["code"] == "policy_in_force"
    r = client.put(url, json={"effective_from": "2022-05-01", "rules": rules, "note": "转办时限缩短为1小时"})
    assert r.status_code == 200 and r.json()["replaced"] is False
    assert client.put(url, json={"effective_from": "2022-05-02", "rules": rules}).json()["replaced"] is True
    got = client.get(f"{BASE}/policies").json()
    assert got["source"] == "database"
    assert [(v["version"], v["effective_from"]) for v in got["versions"]] == [
        ("2022.1", "2000-01-01"), ("2022.2", "2022-05-02")]
    assert client.delete(url).status_code == 200
    assert client.delete(url).status_code == 404
    assert client.delete(f"{BASE}/policies/versions/2022.1").status_code == 409


def _stats_fixture(client, ctx, clock):
    """Wuhan: one accept on time, one late; Xiaogan: one accept still running past due."""
    on_time = new_case(client, unit="hb-wuhan")
    late = new_case(client, unit="hb-wuhan")
    running = new_case(client, unit="hb-xiaogan")
    clock.advance(hours=2)
    act(client, on_time, "accept")
    clock.advance(days=1, hours=23)  # Sun 4-24 11:00, past the accept due time (4-24 10:00)
    sync(ctx)
    fire_due(ctx.db, clock, "overdue")
    clock.advance(hours=1)
    act(client, late, "accept")
    sync(ctx)
    return on_time, late, running


def test_on_time_statistics_per_unit_clock_and_period(client, ctx, clock, units):
    _stats_fixture(client, ctx, clock)
    s = client.get(f"{BASE}/stats", params={"unit": "hb", "from": "2022-04-01", "to": "2022-05-01"}).json()
    accept = {r["unit"]: r for r in s["rows"] if r["clock"] == "accept"}
    assert {u: (r["on_time"], r["late"], r["pending"], r["rate"]) for u, r in accept.items()} == {
        "hb-wuhan": (1, 1, 0, 0.5), "hb-xiaogan": (0, 1, 0, 0.0)}
    assert accept["hb-wuhan"]["period"] == "2022-04" and accept["hb-wuhan"]["unit_name"] == "武汉市交通运输局"
    # feedback was due on 4-25: the Wuhan cases are still running, and 4-25 falls in week 17.
    weekly = client.get(f"{BASE}/stats", params={"unit": "hb", "from": "2022-04-01", "to": "2022-05-01",
                                                 "period": "week"}).json()
    assert {r["period"] for r in weekly["rows"] if r["clock"] == "feedback"} == {"2022-W17"}
    # The dispatch clocks press the intake unit (mot), not the province: they are not in hb's figures.
    assert {r["clock"]: r["pending"] for r in s["by_clock"]} == {"accept": 0, "feedback": 3, "reply": 3}
    assert s["total"] == {"on_time": 1, "late": 2, "pending": 6, "rate": 0.3333}
    everything = client.get(f"{BASE}/stats", params={"from": "2022-04-01", "to": "2022-05-01"}).json()
    assert [(r["clock"], r["unit"], r["on_time"]) for r in everything["rows"] if r["clock"] == "dispatch"] == [
        ("dispatch", "mot", 3)]
    r = client.get(f"{BASE}/stats", params={"unit": "hb", "from": "2022-04-01", "to": "2022-05-01",
                                            "format": "xlsx"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/vnd.openxmlformats")
    sheet = load_workbook(io.BytesIO(r.content)).active
    lines = list(sheet.iter_rows(values_only=True))
    assert lines[0] == ("单位代码", "单位", "时限", "期间", "按时", "超时", "未到期", "按时率")
    assert ("hb-wuhan", "武汉市交通运输局", "accept", "2022-04", 1, 1, 0, 0.5) in lines
    bad = client.get(f"{BASE}/stats", params={"from": "2022-05-01", "to": "2022-04-01"})
    assert bad.status_code == 422


def test_overdue_list_alerts_and_visibility(app, client, ctx, clock, units):
    sup = user_client(app, ctx, "hb-sup", "hb", ["supervisor"])  # before the sweep: it names them
    wuhan = user_client(app, ctx, "wuhan-handler", "hb-wuhan", ["handler"])
    _, late, running = _stats_fixture(client, ctx, clock)
    listed = sup.get(f"{BASE}/overdue").json()
    assert [(i["number"], i["clock"], i["unit"]) for i in listed["items"]] == [(running, "accept", "hb-xiaogan")]
    assert listed["items"][0]["overdue_seconds"] == 2 * 3600 and listed["items"][0]["escalated"] is True
    assert wuhan.get(f"{BASE}/overdue").json()["items"] == []
    assert wuhan.get(f"{BASE}/overdue", params={"unit": "hb"}).status_code == 403
    assert sup.get(f"{BASE}/overdue", params={"unit": "he"}).status_code == 403
    assert sup.get(f"{BASE}/stats", params={"unit": "mot"}).status_code == 403
    assert client.get(f"{BASE}/overdue", params={"unit": "nowhere"}).status_code == 404
    mine = wuhan.get(f"{BASE}/stats", params={"from": "2022-04-01", "to": "2022-05-01"}).json()
    assert {r["unit"] for r in mine["rows"]} == {"hb-wuhan"}
    r = sup.get(f"{BASE}/overdue", params={"format": "xlsx"})
    lines = list(load_workbook(io.BytesIO(r.content)).active.iter_rows(values_only=True))
    assert lines[0][0] == "工单编号" and lines[1][0] == running and len(lines) == 2
    shown = sup.get(f"{BASE}/alerts").json()["items"]
    assert sorted((a["number"], a["kind"], a["unit"], a["escalated_to"], a["supervisors"]) for a in shown) == [
        (late, "overdue", "hb-wuhan", "hb", ["hb-sup"]), (running, "overdue", "hb-xiaogan", "hb", ["hb-sup"])]
    assert wuhan.get(f"{BASE}/alerts").json()["items"][0]["number"] == late
    assert sup.get(f"{BASE}/alerts", params={"since": "2022-04-22T00:00:00"}).status_code == 422


def test_contacts_are_set_by_admins(app, client, ctx, units):
    sup = user_client(app, ctx, "hb-sup", "hb", ["supervisor"])
    url = f"{BASE}/contacts/hb-wuhan"
    assert sup.put(url, json={"emails": ["a@wuhan.example"]}).status_code == 403
    assert client.put(url, json={"emails": ["not-an-address"]}).status_code == 422
    r = client.put(url, json={"emails": ["duty@wuhan.example", "ducha@wuhan.example"]})
    assert r.json() == {"unit": "hb-wuhan", "emails": ["ducha@wuhan.example", "duty@wuhan.example"]}
    assert sup.get(url).json()["emails"] == ["ducha@wuhan.example", "duty@wuhan.example"]
    assert sup.get(f"{BASE}/contacts/he").status_code == 403


def test_the_jobs_can_run_inside_the_web_process(app, ctx, clock, units, monkeypatch):
    from hotline.jobs.web import install_jobs

    monkeypatch.delenv("HOTLINE_JOBS_IN_WEB", raising=False)
    assert install_jobs(app) is False  # off unless HOTLINE_JOBS_IN_WEB=true
    assert install_jobs(app, enabled=True, interval=0.05)
    with user_client(app, ctx, "ops-admin", "mot", ["admin"]) as c:
        n = new_case(c)
        clock.advance(seconds=5)  # the events settle; the thread's next round picks them up
        deadline = time.monotonic() + 10
        while not c.get(f"/api/v1/cases/{n}").json()["clocks"] and time.monotonic() < deadline:
            time.sleep(0.05)
        assert [x["name"] for x in c.get(f"/api/v1/cases/{n}").json()["clocks"]] == ["dispatch"]


def test_case_api_clock_state_is_exact_at_read_time(client, units, clock):
    """GET /api/v1/cases/{number} shows a running clock as overdue once its due time has passed,
    even before any sweep ran, with the time left."""
    from datetime import timedelta

    from hotline.domain.clock import FixedClock
    from hotline.jobs.clocks import run_clock_consumer

    r = client.post("/api/v1/cases", json={"type": "report", "category": "control.turnback", "urgent": True,
                                           "title": "收费站劝返", "channel": "api", "place": {"region": "420900"}})
    number = r.json()["number"]
    client.post(f"/api/v1/cases/{number}/actions/dispatch", json={"version": 1, "unit": "hb-xiaogan"})
    run_clock_consumer(client.app.state.db, FixedClock(clock.now() + timedelta(seconds=5)))
    accept = next(c for c in client.get(f"/api/v1/cases/{number}").json()["clocks"] if c["name"] == "accept")
    assert accept["state"] == "ok" and accept["remaining_seconds"] > 0
    clock.advance(hours=1)
    accept = next(c for c in client.get(f"/api/v1/cases/{number}").json()["clocks"] if c["name"] == "accept")
    assert accept["state"] == "overdue" and accept["remaining_seconds"] < 0


def test_a_case_taken_in_dispatched_runs_the_clocks_of_one_dispatched_after(client, ctx, units):
    """即接即办 (dispatch=auto) writes the create and the dispatch in one transaction; the clocks the
    job derives from its events are those of a case created, then dispatched."""
    later = new_case(client, unit="hb-wuhan")
    r = client.post("/api/v1/cases", json={**CHECKPOINT, "dispatch": "auto"})
    assert r.status_code == 201 and r.json()["auto_dispatch"]["unit"] == "hb-wuhan", r.text
    at_once = r.json()["number"]
    sync(ctx)

    def clocks(number):
        shown = client.get(f"/api/v1/cases/{number}").json()["clocks"]
        return [(c["name"], c["due_at"], c["state"], c["unit"]) for c in shown]

    assert clocks(at_once) == clocks(later) and len(clocks(at_once)) == 4
