"""Organization and access over HTTP: logins, tokens, sessions with CSRF, visibility, masking and
audit, routing on the real region table, unit import and the upward summary."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient

from hotline.services import auth
from hotline.services.units import upsert_units
from hotline.store.tables import audit_log

UNITS = [
    {"code": "mot", "name": "交通运输部", "region": "000000", "parent": None, "kind": "ministry"},
    {"code": "hb", "name": "湖北省交通运输厅", "region": "420000", "parent": "mot"},
    {"code": "hb-police", "name": "湖北省公安厅交通管理局", "region": "420000", "parent": "hb",
     "kind": "police_traffic"},
    {"code": "hb-xiaogan", "name": "孝感市交通运输局", "region": "420900", "parent": "hb"},
    {"code": "hb-xiaogan-xiaonan", "name": "孝南区交通运输局", "region": "420902", "parent": "hb-xiaogan"},
    {"code": "hb-wuhan", "name": "武汉市交通运输局", "region": "420100", "parent": "hb"},
    {"code": "he", "name": "河北省交通运输厅", "region": "130000", "parent": "mot"},
]
CASE = {"type": "report", "category": "control.turnback", "title": "孝感北收费站劝返", "channel": "phone",
        "reporter": {"name": "李师傅", "phone": "13812345678"}, "place": {"region": "420900"}}


@pytest.fixture
def org(ctx, app):
    upsert_units(ctx, UNITS)

    def as_user(username: str, unit: str, role: str) -> TestClient:
        auth.add_user(ctx, username, unit=unit, roles=[role], password="correct-horse")
        token = auth.create_token(ctx, username)
        return TestClient(app, headers={"Authorization": f"Bearer {token}"})

    return as_user


def new_case(client, **over) -> dict:
    r = client.post("/api/v1/cases", json={**CASE, **over})
    assert r.status_code == 201, r.text
    return r.json()


def test_anonymous_and_bad_tokens_get_401(anonymous, org):
    for method, path in [("GET", "/api/v1/cases"), ("POST", "/api/v1/cases"), ("GET", "/api/v1/units"),
                         ("GET", "/api/v1/cases/20220422-000001"), ("POST", "/api/v1/routing/preview")]:
        r = anonymous.request(method, path, json={})
        assert r.status_code == 401, (method, path, r.text)
        assert r.json()["error"]["code"] == "unauthenticated"
    assert anonymous.get("/api/v1/cases", headers={"Authorization": "Bearer nope"}).json()["error"]["code"] == \
        "invalid_token"
    assert anonymous.get("/api/v1/cases", headers={"Authorization": "Basic abc"}).status_code == 401
    assert anonymous.get("/api/v1/health").status_code == 200
    assert anonymous.get("/api/v1/taxonomy").status_code == 200


def test_revoked_token_stops_working(ctx, org):
    op = org("op", "hb", "operator")
    assert op.get("/api/v1/cases").status_code == 200
    assert auth.revoke_tokens(ctx, "op") == 1
    assert op.get("/api/v1/cases").status_code == 401


def test_tokens_and_passwords_are_stored_hashed(ctx, org, database):
    org("op", "hb", "operator")
    token = auth.create_token(ctx, "op")
    with database.read() as conn:
        dump = " ".join(str(v) for t in ("users", "api_tokens")
                        for row in conn.execute(sa.text(f"SELECT * FROM {t}")) for v in row)
    assert token not in dump and "correct-horse" not in dump
    assert "$argon2" in dump


def test_session_login_csrf_and_logout(anonymous, org):
    org("op", "hb", "operator")
    bad = anonymous.post("/api/v1/session", json={"username": "op", "password": "wrong-password"})
    assert bad.status_code == 401 and bad.json()["error"]["code"] == "login_failed"
    nobody = anonymous.post("/api/v1/session", json={"username": "ghost", "password": "correct-horse"})
    assert nobody.status_code == 401
    r = anonymous.post("/api/v1/session", json={"username": "op", "password": "correct-horse"})
    assert r.status_code == 200
    csrf = r.json()["csrf_token"]
    cookie = r.headers["set-cookie"]
    assert "HttpOnly" in cookie and "samesite=lax" in cookie.lower()
    assert anonymous.get("/api/v1/me").json()["unit"] == "hb"
    no_csrf = anonymous.post("/api/v1/cases", json=CASE)
    assert no_csrf.status_code == 403 and no_csrf.json()["error"]["code"] == "csrf_failed"
    ok = anonymous.post("/api/v1/cases", json=CASE, headers={"X-CSRF-Token": csrf})
    assert ok.status_code == 201 and ok.json()["intake_unit"] == "hb"
    assert anonymous.delete("/api/v1/session", headers={"X-CSRF-Token": csrf}).status_code == 200
    assert anonymous.get("/api/v1/me").status_code == 401


def test_actor_is_the_authenticated_user(org):
    op = org("hb-op", "hb", "operator")
    c = new_case(op)
    r = op.post(f"/api/v1/cases/{c['number']}/actions/dispatch", json={"version": 1, "unit": "hb-xiaogan"},
                headers={"X-Actor": "someone-else"})
    events = op.get(f"/api/v1/cases/{c['number']}/timeline").json()["events"]
    assert r.status_code == 200 and [e["actor"] for e in events] == ["hb-op", "hb-op"]


def test_sibling_units_handler_gets_404_and_lists_hide_it(org):
    op = org("hb-op", "hb", "operator")
    xiaogan = org("xg-handler", "hb-xiaogan", "handler")
    wuhan = org("wh-handler", "hb-wuhan", "handler")
    c = new_case(op)
    op.post(f"/api/v1/cases/{c['number']}/actions/dispatch", json={"version": 1, "unit": "hb-xiaogan"})
    assert xiaogan.get(f"/api/v1/cases/{c['number']}").status_code == 200
    r = wuhan.get(f"/api/v1/cases/{c['number']}")
    assert r.status_code == 404 and r.json()["error"]["code"] == "case_not_found"
    assert wuhan.get(f"/api/v1/cases/{c['number']}/timeline").status_code == 404
    assert wuhan.post(f"/api/v1/cases/{c['number']}/actions/accept", json={"version": 2}).status_code == 404
    assert wuhan.get("/api/v1/cases").json()["items"] == []
    assert [x["number"] for x in xiaogan.get("/api/v1/cases").json()["items"]] == [c["number"]]
    # Handlers may not take calls.
    assert wuhan.post("/api/v1/cases", json=CASE).status_code == 403


def test_province_sees_the_city_case_read_only_and_cohandlers_see_it(org):
    op = org("hb-op", "hb", "operator")
    sup = org("hb-sup", "hb", "supervisor")
    handler = org("hb-handler", "hb", "handler")
    police = org("police-handler", "hb-police", "handler")
    c = new_case(op)
    v = op.post(f"/api/v1/cases/{c['number']}/actions/dispatch",
                json={"version": 1, "unit": "hb-xiaogan"}).json()["version"]
    assert sup.get(f"/api/v1/cases/{c['number']}").status_code == 200
    assert sup.post(f"/api/v1/cases/{c['number']}/actions/accept", json={"version": v}).status_code == 403
    assert handler.get(f"/api/v1/cases/{c['number']}").status_code == 404  # handlers: their unit only
    r = sup.post(f"/api/v1/cases/{c['number']}/actions/supervise", json={"version": v, "note": "请今日办结"})
    assert r.status_code == 200
    assert police.get(f"/api/v1/cases/{c['number']}").status_code == 404
    xg = org("xg-handler", "hb-xiaogan", "handler")
    v = r.json()["version"]
    v = xg.post(f"/api/v1/cases/{c['number']}/actions/cohandle", json={"version": v, "unit": "hb-police"}).json()[
        "version"]
    assert police.get(f"/api/v1/cases/{c['number']}").status_code == 200
    assert [x["number"] for x in police.get("/api/v1/cases").json()["items"]] == [c["number"]]
    assert police.post(f"/api/v1/cases/{c['number']}/actions/note", json={"version": v, "note": "已派警力"}
                       ).status_code == 200


def test_phones_masked_in_lists_and_each_unmasked_view_audited(org, database):
    op = org("hb-op", "hb", "operator")
    editor = org("hb-kb", "hb", "kb_editor")
    c = new_case(op)
    assert op.get("/api/v1/cases").json()["items"][0]["reporter"]["phone"] == "138****5678"

    def audits() -> int:
        with database.read() as conn:
            return conn.execute(sa.select(sa.func.count()).select_from(audit_log)).scalar_one()

    before = audits()
    assert op.get(f"/api/v1/cases/{c['number']}").json()["reporter"]["phone"] == "13812345678"
    assert op.get(f"/api/v1/cases/{c['number']}").json()["reporter"]["phone"] == "13812345678"
    assert audits() == before + 2
    with database.read() as conn:
        last = conn.execute(sa.select(audit_log).order_by(audit_log.c.id.desc())).first()
    assert last.actor == "hb-op" and last.action == "view_reporter" and last.detail == {"number": c["number"]}
    assert editor.get(f"/api/v1/cases/{c['number']}").json()["reporter"]["phone"] == "138****5678"
    assert audits() == before + 2


def test_routing_preview_default_and_most_specific_rule(org):
    admin = org("root", "mot", "admin")

    def preview(**body):
        r = admin.post("/api/v1/routing/preview", json={"category": "control.turnback", "type": "report", **body})
        assert r.status_code == 200, r.text
        return r.json()

    # No rules: the transport authority of the most specific known region.
    assert preview(region="420902")["unit"] == "hb-xiaogan-xiaonan"
    assert preview(region="420981")["unit"] == "hb-xiaogan"  # 应城市: no county bureau registered
    assert preview(region="421000")["unit"] == "hb"  # 荆州市: none for the city either
    assert preview(region="110105")["unit"] == "mot"  # 北京市朝阳区: nothing in Beijing
    assert preview(region="420902")["rule"] is None and "默认" in preview(region="420902")["reason"]

    rules = [
        {"region": "420000", "category": "control.*", "lead_unit": "hb-police", "cohandle_units": ["hb"]},
        {"region": "420900", "category": "control.turnback", "lead_unit": "hb-xiaogan"},
        {"region": "420900", "category": "control.turnback", "urgent": True, "lead_unit": "hb",
         "cohandle_units": ["hb-police"]},
        {"region": "000000", "category": "postal", "lead_unit": "mot"},
    ]
    ids = []
    for rule in rules:
        r = admin.post("/api/v1/routing/rules", json=rule)
        assert r.status_code == 201, r.text
        ids.append(r.json()["id"])
    p = preview(region="420981")
    assert p["unit"] == "hb-xiaogan" and p["rule"]["id"] == ids[1]
    p = preview(region="420981", urgent=True)
    assert p["unit"] == "hb" and [c["code"] for c in p["cohandle_units"]] == ["hb-police"]
    p = preview(region="420100", category="control.checkpoint")
    assert p["unit"] == "hb-police" and p["rule"]["id"] == ids[0]
    assert preview(region="420100", category="highway.toll")["unit"] == "hb-wuhan"
    assert preview(region="130100", category="postal")["unit"] == "mot"
    assert admin.post("/api/v1/routing/preview", json={"category": "control.turnback", "region": "999999"}
                      ).status_code == 422
    assert admin.post("/api/v1/routing/rules", json={"lead_unit": "nope"}).status_code == 422
    assert admin.delete(f"/api/v1/routing/rules/{ids[1]}").status_code == 204
    assert preview(region="420981")["unit"] == "hb-police"
    handler = org("xg", "hb-xiaogan", "handler")
    assert handler.post("/api/v1/routing/rules", json=rules[0]).status_code == 403


def test_unit_summary_rolls_up(org):
    op = org("root-op", "mot", "operator")
    sup = org("hb-sup", "hb", "supervisor")
    numbers = [new_case(op, urgent=i == 0)["number"] for i in range(4)]
    for n, unit in zip(numbers, ["hb-xiaogan", "hb-xiaogan-xiaonan", "hb-wuhan", "he"]):
        assert op.post(f"/api/v1/cases/{n}/actions/dispatch", json={"version": 1, "unit": unit}).status_code == 200
    s = sup.get("/api/v1/units/hb/summary").json()
    assert s["open"] == 3 and s["urgent"] == 1 and s["by_status"] == {"dispatched": 3}
    children = {c["unit"]: c["open"] for c in s["children"]}
    assert children == {"hb-police": 0, "hb-xiaogan": 2, "hb-wuhan": 1}
    top = op.get("/api/v1/units/mot/summary").json()
    assert top["open"] == 4 and {c["unit"]: c["open"] for c in top["children"]} == {"hb": 3, "he": 1}
    assert sup.get("/api/v1/units/he/summary").status_code == 404  # not in the supervisor's subtree


def test_operator_keeps_sight_of_cases_they_took(org):
    op = org("hb-op", "hb", "operator")
    other_op = org("hb-op2", "hb", "operator")
    he_handler = org("he-h", "he", "handler")
    c = new_case(op)
    v = op.post(f"/api/v1/cases/{c['number']}/actions/dispatch", json={"version": 1, "unit": "hb"}).json()["version"]
    hb_handler = org("hb-h", "hb", "handler")
    v = hb_handler.post(f"/api/v1/cases/{c['number']}/actions/accept", json={"version": v}).json()["version"]
    r = hb_handler.post(f"/api/v1/cases/{c['number']}/actions/forward", json={"version": v, "unit": "he"})
    assert r.status_code == 200 and r.json()["unit"] == "he"
    assert he_handler.get(f"/api/v1/cases/{c['number']}").status_code == 200
    assert op.get(f"/api/v1/cases/{c['number']}").status_code == 200  # the operator who took it
    assert [x["number"] for x in op.get("/api/v1/cases").json()["items"]] == [c["number"]]
    assert other_op.get(f"/api/v1/cases/{c['number']}").status_code == 404  # now held in 河北
    assert op.post(f"/api/v1/cases/{c['number']}/actions/note",
                   json={"version": r.json()["version"], "note": "x"}).status_code == 403


UNITS_CSV = """code,name,region,parent,kind,categories,phone,duty_hours
js,江苏省交通运输厅,320000,mot,transport,control.*;highway.toll,025-12328,24小时
js-nanjing,南京市交通运输局,320100,js,transport,,025-12345,08:30-17:30
js-nanjing-police,南京市公安局交通管理局,320100,js-nanjing,police_traffic,control.checkpoint,,
"""


def test_units_import_reports_bad_rows_and_loads_all_or_nothing(ctx, org, tmp_path):
    from hotline.services.units import import_units, list_units

    admin = org("root", "mot", "admin")
    bad = tmp_path / "bad.csv"
    bad.write_text(UNITS_CSV + "Bad Code,坏,999999,nowhere,spaceship,control.nothing,,\n"
                   "js-loop-a,环A,320100,js-loop-b,transport,,,\njs-loop-b,环B,320100,js-loop-a,transport,,,\n"
                   "js,重复,320000,mot,transport,,,\n", encoding="utf-8")
    n, errors = import_units(ctx, bad)
    assert n == 0
    got = {(e.line, e.field) for e in errors}
    assert {(5, "code"), (5, "region"), (5, "kind"), (5, "categories"), (5, "parent"),
            (6, "parent"), (7, "parent"), (8, "code")} <= got
    assert all(any("\u4e00" <= ch <= "\u9fff" for ch in e.message) for e in errors)
    assert "js" not in {u["code"] for u in list_units(ctx)}
    good = tmp_path / "good.csv"
    good.write_text(UNITS_CSV, encoding="utf-8")
    assert import_units(ctx, good) == (3, [])
    unit = admin.get("/api/v1/units/js-nanjing-police").json()
    assert unit["parent"] == "js-nanjing" and unit["kind"] == "police_traffic"
    assert admin.get("/api/v1/units/js").json()["categories"] == ["control.*", "highway.toll"]
    assert admin.post("/api/v1/routing/preview", json={"region": "320102", "category": "control.testing"}
                      ).json()["unit"] == "js-nanjing"


def test_login_lockout_after_repeated_failures(anonymous, org, clock):
    org("op", "hb", "operator")

    def attempt(password, ip_user="op"):
        return anonymous.post("/api/v1/session", json={"username": ip_user, "password": password})

    for _ in range(5):
        assert attempt("wrong-password").status_code == 401
    locked = attempt("correct-horse")
    assert locked.status_code == 429 and locked.json()["error"]["code"] == "login_locked"
    clock.advance(minutes=16)
    assert attempt("correct-horse").status_code == 200


def test_a_case_taken_in_with_dispatch_auto_goes_where_routing_says(org):
    """即接即办: POST /api/v1/cases with "dispatch": "auto" takes the case in and dispatches it to the
    unit its routing names, in one request; a case that cannot go stays as it was taken in, and the
    answer says why."""
    op = org("op", "hb", "operator")
    body = {**CASE, "place": {"region": "420902"}, "dispatch": "auto"}
    r = op.post("/api/v1/cases", json=body, headers={"Idempotency-Key": "call-1"})
    assert r.status_code == 201, r.text
    c = r.json()
    assert c["auto_dispatch"]["done"] is True and c["auto_dispatch"]["unit"] == "hb-xiaogan-xiaonan"
    assert (c["status"], c["unit"], c["intake_unit"], c["version"]) == ("dispatched", "hb-xiaogan-xiaonan", "hb", 2)
    events = op.get(f"/api/v1/cases/{c['number']}/timeline").json()["events"]
    assert [e["action"] for e in events] == ["create", "dispatch"]
    assert events[1]["note"] == "受理时按派单规则自动派出" and events[1]["fields"] == {"unit": "hb-xiaogan-xiaonan"}
    # Taken in dispatched, in one transaction: the answer is the case as stored.
    assert op.get(f"/api/v1/cases/{c['number']}").json() == {k: v for k, v in c.items() if k != "auto_dispatch"}
    # The same call retried: the case as it is now, not dispatched again.
    again = op.post("/api/v1/cases", json=body, headers={"Idempotency-Key": "call-1"})
    assert again.headers["Idempotent-Replayed"] == "true"
    assert (again.json()["number"], again.json()["version"]) == (c["number"], 2) and "auto_dispatch" not in again.json()
    # 北京's cases route to the ministry, above this operator's unit: taken in, not dispatched.
    r = op.post("/api/v1/cases", json={**body, "place": {"region": "110105"}})
    assert r.status_code == 201, r.text
    c = r.json()
    assert c["auto_dispatch"]["done"] is False and c["auto_dispatch"]["code"] and c["auto_dispatch"]["message"]
    assert (c["status"], c["version"]) == ("new", 1)
    assert op.get(f"/api/v1/cases/{c['number']}").json()["status"] == "new"
    # Without it, nothing is dispatched and the answer has no auto_dispatch.
    c = new_case(op, place={"region": "420902"})
    assert c["status"] == "new" and "auto_dispatch" not in c
    assert op.post("/api/v1/cases", json={**body, "dispatch": "later"}).status_code == 422
