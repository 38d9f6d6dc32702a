"""/api/v1/hotspots over HTTP: visibility by unit subtree, confirm / dismiss / merge / split / close with
batch reply, notifications and knowledge-base tasks. Runs on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from hotline.domain.lifecycle import Action
from hotline.hotspots.job import run_hotspot_step
from hotline.services.cases import act
from hotline.services.commands import ActionIn
from tests.api.test_hotspots_stream import STORIES, new_case
from tests.conftest import login_token

WUHAN = ["武汉西收费站劝返外地货车", "投诉武汉西收费站一刀切劝返", "武汉西收费站不让下高速", "在武汉西收费站被劝返了",
         "武汉西收费站劝返，绿码也不让走"]


def surge(ctx, clock, database, stories, region="420902"):
    made = []
    for text in stories:
        made.append(new_case(ctx, text, region=region))
        clock.advance(minutes=5)
    clock.advance(seconds=5)
    opened = run_hotspot_step(database, clock).opened
    assert len(opened) == 1
    return opened[0], made


@pytest.fixture
def as_user(app, ctx):
    clients = []

    def make(username, unit, roles):
        c = TestClient(app, headers={"Authorization": f"Bearer {login_token(ctx, username, unit, roles)}"})
        clients.append(c)
        return c

    yield make
    for c in clients:
        c.close()


def test_visibility_follows_the_unit_subtree(client, ctx, clock, database, units, as_user):
    incident_id, _ = surge(ctx, clock, database, STORIES[:5])
    hb = as_user("hb-sup", "hb", ["supervisor"])
    xg = as_user("xg-handler", "hb-xiaogan", ["handler"])
    wh = as_user("wh-sup", "hb-wuhan", ["supervisor"])
    assert [i["id"] for i in client.get("/api/v1/hotspots").json()["items"]] == [incident_id]
    assert [i["id"] for i in hb.get("/api/v1/hotspots").json()["items"]] == [incident_id]
    assert [i["id"] for i in xg.get("/api/v1/hotspots").json()["items"]] == [incident_id]
    assert wh.get("/api/v1/hotspots").json()["items"] == []
    r = wh.get(f"/api/v1/hotspots/{incident_id}")
    assert r.status_code == 404 and r.json()["error"]["code"] == "hotspot_not_found"
    detail = hb.get(f"/api/v1/hotspots/{incident_id}").json()
    assert detail["unit"] == "hb-xiaogan" and detail["size"] == 5 and detail["status"] == "open"
    assert detail["kb_task"]["status"] == "open"
    # the cases were taken in by the ministry's hotline: the province supervisor cannot see them yet
    assert detail["members"] == [] and detail["hidden_members"] == 5
    full = client.get(f"/api/v1/hotspots/{incident_id}").json()
    assert [m["title"] for m in full["members"]] == STORIES[:5] and full["hidden_members"] == 0
    assert client.get("/api/v1/hotspots", params={"status": "bogus"}).status_code == 422
    assert [i["id"] for i in client.get("/api/v1/hotspots", params={"region": "420000"}).json()["items"]] == [
        incident_id]
    assert client.get("/api/v1/hotspots", params={"region": "130000"}).json()["items"] == []
    assert client.get("/api/v1/hotspots", params={"status": "closed"}).json()["items"] == []


def test_notifications_reach_the_unit_and_the_supervisors(client, ctx, clock, database, units, as_user):
    hb = as_user("hb-sup", "hb", ["supervisor"])
    xg = as_user("xg-handler", "hb-xiaogan", ["handler"])
    incident_id, _ = surge(ctx, clock, database, STORIES[:5])
    mine = hb.get("/api/v1/hotspots/notifications").json()["items"]
    assert [(n["kind"], n["username"], n["incident_id"]) for n in mine] == [("supervisor_alert", "hb-sup", incident_id)]
    unit_notes = xg.get("/api/v1/hotspots/notifications", params={"unread": True}).json()["items"]
    assert [n["kind"] for n in unit_notes] == ["incident_opened"]
    assert xg.post(f"/api/v1/hotspots/notifications/{mine[0]['id']}/read").status_code == 404  # not theirs
    read = xg.post(f"/api/v1/hotspots/notifications/{unit_notes[0]['id']}/read").json()
    assert read["read_by"] == "xg-handler"
    assert xg.get("/api/v1/hotspots/notifications", params={"unread": True}).json()["items"] == []


def test_confirm_checks_version_and_role(client, ctx, clock, database, units, as_user):
    incident_id, _ = surge(ctx, clock, database, STORIES[:5])
    xg = as_user("xg-handler", "hb-xiaogan", ["handler"])
    r = xg.post(f"/api/v1/hotspots/{incident_id}/actions/dismiss", json={"version": 1})
    assert r.status_code == 403
    r = xg.post(f"/api/v1/hotspots/{incident_id}/actions/confirm", json={"version": 7})
    assert r.status_code == 409 and r.json()["error"]["code"] == "version_conflict"
    r = xg.post(f"/api/v1/hotspots/{incident_id}/actions/confirm", json={"version": 1, "note": "已核实"})
    assert r.status_code == 200 and r.json()["status"] == "confirmed" and r.json()["version"] == 2
    r = xg.post(f"/api/v1/hotspots/{incident_id}/actions/confirm", json={"version": 2})
    assert r.status_code == 409 and r.json()["error"]["code"] == "invalid_transition"
    assert r.json()["error"]["allowed"] == ["dismiss", "merge", "split", "close"]
    log = client.get(f"/api/v1/hotspots/{incident_id}").json()["log"]
    assert [(e["action"], e["actor"]) for e in log] == [("open", "system"), ("confirm", "xg-handler")]


def test_dismissed_incident_takes_no_new_cases(client, ctx, clock, database, units):
    incident_id, _ = surge(ctx, clock, database, STORIES[:5])
    r = client.post(f"/api/v1/hotspots/{incident_id}/actions/dismiss", json={"version": 1, "note": "误报"})
    assert r.json()["status"] == "dismissed" and r.json()["kb_task"]["status"] == "dropped"
    new_case(ctx, STORIES[5])
    clock.advance(seconds=5)
    step = run_hotspot_step(database, clock)
    assert step.joined == 0 and step.opened == []  # still the same surge: no second alarm
    assert client.get(f"/api/v1/hotspots/{incident_id}").json()["size"] == 5


def test_merge_moves_members_and_future_cases(client, ctx, clock, database, units):
    a, _ = surge(ctx, clock, database, STORIES[:5])
    b, _ = surge(ctx, clock, database, WUHAN, region="420106")
    r = client.post(f"/api/v1/hotspots/{a}/actions/merge", json={"version": 1, "into": a})
    assert r.status_code == 422 and r.json()["error"]["code"] == "merge_into_self"
    r = client.post(f"/api/v1/hotspots/{a}/actions/merge", json={"version": 1})
    assert r.status_code == 422
    merged = client.post(f"/api/v1/hotspots/{a}/actions/merge", json={"version": 1, "into": b}).json()
    assert merged["id"] == b and merged["size"] == 10
    assert client.get(f"/api/v1/hotspots/{a}").json()["status"] == "merged"
    new_case(ctx, STORIES[5])  # a new case of the merged topic joins the surviving incident
    clock.advance(seconds=5)
    assert run_hotspot_step(database, clock).joined == 1
    assert client.get(f"/api/v1/hotspots/{b}").json()["size"] == 11


def test_split_moves_the_named_cases_to_a_new_incident(client, ctx, clock, database, units):
    incident_id, made = surge(ctx, clock, database, STORIES[:5])
    numbers = [c["number"] for c in made]
    r = client.post(f"/api/v1/hotspots/{incident_id}/actions/split", json={"version": 1, "cases": ["20990101-000001"]})
    assert r.status_code == 422 and r.json()["error"]["code"] == "not_a_member"
    r = client.post(f"/api/v1/hotspots/{incident_id}/actions/split", json={"version": 1, "cases": numbers})
    assert r.json()["error"]["code"] == "split_all"
    new = client.post(f"/api/v1/hotspots/{incident_id}/actions/split",
                      json={"version": 1, "cases": numbers[3:]}).json()
    assert new["split_from"] == incident_id and new["size"] == 2 and new["unit"] == "hb-xiaogan"
    assert [m["number"] for m in new["members"]] == numbers[3:]
    old = client.get(f"/api/v1/hotspots/{incident_id}").json()
    assert old["size"] == 2 + 1 and [m["number"] for m in old["members"]] == numbers[:3]
    assert old["version"] == 2


def test_close_replies_to_each_case_its_own_way_and_reports_the_rest(client, ctx, clock, database, units, as_user):
    incident_id, made = surge(ctx, clock, database, STORIES[:5])
    n = [c["number"] for c in made]
    # case 0 stays new; 1 is dispatched; 2 dispatched and accepted; 3 returned; 4 already replied
    act(ctx, n[1], Action.DISPATCH, ActionIn(version=1, unit="hb-xiaogan"))
    act(ctx, n[2], Action.DISPATCH, ActionIn(version=1, unit="hb-xiaogan"))
    act(ctx, n[2], Action.ACCEPT, ActionIn(version=2))
    act(ctx, n[3], Action.DISPATCH, ActionIn(version=1, unit="hb-xiaogan"))
    act(ctx, n[3], Action.RETURN, ActionIn.model_validate({"version": 2, "reason": "不属于本单位"}))
    act(ctx, n[4], Action.DISPATCH, ActionIn(version=1, unit="hb-xiaogan"))
    act(ctx, n[4], Action.ACCEPT, ActionIn(version=2))
    act(ctx, n[4], Action.REPLY, ActionIn(version=3, reply="已处理"))
    xg = as_user("xg-handler", "hb-xiaogan", ["handler"])
    reply = "孝感北收费站已恢复通行，持48小时核酸证明的货车不再劝返。"
    out = xg.post(f"/api/v1/hotspots/{incident_id}/actions/close", json={"version": 1, "reply": reply}).json()
    assert out["status"] == "closed" and out["reply"] == reply
    rep = {c["number"]: c for c in out["reply_report"]["cases"]}
    assert rep[n[1]]["result"] == "replied" and rep[n[1]]["actions"] == ["accept", "reply"]
    assert rep[n[2]]["result"] == "replied" and rep[n[2]]["actions"] == ["reply"]
    assert rep[n[4]]["result"] == "skipped" and rep[n[4]]["code"] == "already_replied"
    # the new case and the returned one are with the ministry's hotline: the county handler cannot see them
    assert rep[n[0]]["result"] == "failed" and rep[n[0]]["code"] == "case_not_visible"
    assert rep[n[3]]["result"] == "failed" and rep[n[3]]["code"] == "case_not_visible"
    assert out["reply_report"]["replied"] == 2 and out["reply_report"]["not_replied"] == 3
    for number in (n[1], n[2]):
        case = client.get(f"/api/v1/cases/{number}").json()
        assert case["status"] == "replied" and case["reply"] == reply
        timeline = client.get(f"/api/v1/cases/{number}/timeline").json()["events"]
        assert timeline[-1]["note"] == f"热点事件 #{incident_id} 批量答复" and timeline[-1]["actor"] == "xg-handler"
    assert client.get(f"/api/v1/cases/{n[4]}").json()["reply"] == "已处理"  # kept its own answer


def test_an_admin_above_closes_new_cases_directly(client, ctx, clock, database, units):
    incident_id, made = surge(ctx, clock, database, STORIES[:5])
    returned = made[4]["number"]
    act(ctx, returned, Action.DISPATCH, ActionIn(version=1, unit="hb-xiaogan"))
    act(ctx, returned, Action.RETURN, ActionIn.model_validate({"version": 2, "reason": "不属于本单位"}))
    out = client.post(f"/api/v1/hotspots/{incident_id}/actions/close",
                      json={"version": 1, "reply": "已协调恢复通行"}).json()
    assert out["reply_report"]["replied"] == 4
    cases = {c["number"]: c for c in out["reply_report"]["cases"]}
    assert cases.pop(returned)["code"] == "returned"
    assert {c["actions"][0] for c in cases.values()} == {"close"}
    assert client.get(f"/api/v1/cases/{made[0]['number']}").json()["status"] == "closed"
    r = client.post(f"/api/v1/hotspots/{incident_id}/actions/close", json={"version": 2})
    assert r.status_code == 409


def test_kb_tasks_list_and_finish(client, ctx, clock, database, units, as_user):
    incident_id, _ = surge(ctx, clock, database, STORIES[:5])
    tasks = client.get("/api/v1/hotspots/kb-tasks").json()["items"]
    assert len(tasks) == 1 and tasks[0]["incident_id"] == incident_id and tasks[0]["place"] == "湖北省孝感市"
    assert "本地尚无答复口径" in tasks[0]["title"]
    xg = as_user("xg-handler", "hb-xiaogan", ["handler"])
    assert xg.post(f"/api/v1/hotspots/kb-tasks/{tasks[0]['id']}", json={"status": "done"}).status_code == 403
    done = client.post(f"/api/v1/hotspots/kb-tasks/{tasks[0]['id']}", json={"status": "done", "policy_uid": "abc"})
    assert done.json()["status"] == "done" and done.json()["policy_uid"] == "abc"
    assert client.get("/api/v1/hotspots/kb-tasks").json()["items"] == []
    assert len(client.get("/api/v1/hotspots/kb-tasks", params={"status": "all"}).json()["items"]) == 1


def test_surging_topics_are_listed_for_the_region(client, ctx, clock, database, units, as_user):
    surge(ctx, clock, database, STORIES[:5])
    items = client.get("/api/v1/hotspots/topics").json()["items"]
    assert [(t["anchor"], t["region"], t["in_window"]) for t in items] == [("孝感北收费站", "420900", 5)]
    assert as_user("he-sup", "he", ["supervisor"]).get("/api/v1/hotspots/topics").json()["items"] == []
