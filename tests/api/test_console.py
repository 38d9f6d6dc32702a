"""The staff console over HTTP (both databases): login, CSRF, security headers, the workbench's
suggestions and intake, incoming calls. The browser scenarios are in tests/browser/."""

from __future__ import annotations

import re

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient

from hotline.services import auth
from hotline.store.console_tables import console_intake, console_kb_misses
from hotline.store.tables import cases

PASSWORD = "secret-12328"
TEXT = "我是豫A12345的货车司机，在孝感北收费站被劝返，持48小时核酸阴性证明也不让下高速，车上有生鲜"


def add_user(ctx, username: str, unit: str, roles: list[str]) -> None:
    auth.add_user(ctx, username, unit=unit, roles=roles, password=PASSWORD)


def csrf_of(html: str) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)


def login(client: TestClient, username: str, password: str = PASSWORD) -> str:
    """Log in through the form; returns the session's CSRF token (from the landing page)."""
    form = client.get("/console/login")
    r = client.post("/console/login", data={"username": username, "password": password,
                                            "csrf_token": csrf_of(form.text)})
    assert r.status_code == 200, r.text  # followed the 303 to the role's page
    return csrf_of(r.text)


@pytest.fixture
def browser_client(app, units):
    with TestClient(app) as c:
        yield c


@pytest.fixture
def operator(ctx, units, browser_client):
    add_user(ctx, "op", "mot", ["operator"])
    return login(browser_client, "op")


def test_login_lands_on_the_role_page_and_pages_need_a_session(ctx, units, browser_client):
    add_user(ctx, "xg-handler", "hb-xiaogan", ["handler"])
    r = browser_client.get("/console/workbench", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/console/login?next=/console/workbench"

    form = browser_client.get("/console/login")
    bad = browser_client.post("/console/login", data={"username": "xg-handler", "password": "wrong-password",
                                                      "csrf_token": csrf_of(form.text)})
    assert bad.status_code == 401 and "用户名或密码错误" in bad.text
    assert "hotline_session" not in browser_client.cookies

    form = browser_client.get("/console/login?next=/console/workbench")
    r = browser_client.post("/console/login", data={"username": "xg-handler", "password": PASSWORD,
                                                    "next": "/console/workbench", "csrf_token": csrf_of(form.text)},
                            follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/console/workbench"
    assert "httponly" in r.headers["set-cookie"].lower()
    home = browser_client.get("/console", follow_redirects=False)
    assert home.headers["location"] == "/console/queue"
    # A handler has no workbench: a Chinese 403 page, not JSON.
    wb = browser_client.get("/console/workbench")
    assert wb.status_code == 403 and "您的角色无权打开此页面" in wb.text

    out = browser_client.post("/console/logout", data={"csrf_token": csrf_of(wb.text)}, follow_redirects=False)
    assert out.status_code == 303
    assert browser_client.get("/console", follow_redirects=False).headers["location"].startswith("/console/login")


def test_login_form_needs_its_csrf_cookie(ctx, units, browser_client):
    add_user(ctx, "op2", "mot", ["operator"])
    r = browser_client.post("/console/login", data={"username": "op2", "password": PASSWORD, "csrf_token": "forged"})
    assert r.status_code == 403 and "hotline_session" not in browser_client.cookies


def test_console_pages_carry_security_headers(browser_client, operator):
    for path in ("/console/login", "/console/workbench", "/console/static/console.css"):
        r = browser_client.get(path)
        assert r.status_code == 200, path
        csp = r.headers["content-security-policy"]
        script_src = re.search(r"script-src ([^;]+)", csp).group(1)
        assert script_src.strip() == "'self'", csp
        assert "frame-ancestors 'none'" in csp
        assert r.headers["x-content-type-options"] == "nosniff"
    # Templates carry no inline script (the CSP would block it anyway).
    html = browser_client.get("/console/workbench").text
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html)
    assert " on" + "click=" not in html


def test_a_malformed_parameter_is_a_console_page_not_json(browser_client, operator):
    # Found by the browser sweep (tests/browser/test_console_xss.py): FastAPI's own validation error
    # reached the operator as raw JSON. It is now the console's error page, with its headers.
    r = browser_client.get("/console/hotspots", params={"before": "<b>x</b>"})
    assert r.status_code == 422 and r.headers["content-type"].startswith("text/html")
    assert "before：必须是整数" in r.text and "<b>x</b>" not in r.text
    assert re.search(r"script-src 'self'", r.headers["content-security-policy"])
    assert "12328 热线工作台" in r.text  # the console's page, with its navigation


def test_static_files_stay_inside_the_static_folder(browser_client):
    assert browser_client.get("/console/static/vendor/htmx.min.js").status_code == 200
    assert browser_client.get("/console/static/../console/render.py").status_code == 404
    assert browser_client.get("/console/static/vendor-src/package.json").status_code == 404


def test_console_posts_need_the_csrf_token(browser_client, operator):
    r = browser_client.post("/console/workbench/cases", data={"description": TEXT, "phone": "13812345678"})
    assert r.status_code == 403 and "CSRF" in r.text
    r = browser_client.post("/console/workbench/assist", data={"description": TEXT}, headers={"X-CSRF-Token": "nope"})
    assert r.status_code == 403
    # htmx requests get the message in the page's status area instead of a whole error page.
    r = browser_client.post("/console/workbench/assist", data={"description": TEXT},
                            headers={"X-CSRF-Token": "nope", "HX-Request": "true"})
    assert r.headers["hx-retarget"] == "#flash" and "CSRF" in r.text
    with browser_client.app.state.db.read() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(cases)).scalar_one() == 0


def test_assist_suggests_fields_route_and_duplicates(ctx, browser_client, operator):
    r = browser_client.post("/console/workbench/assist", data={"description": TEXT, "phone": "13812345678",
                                                               "csrf_token": operator}, headers={"HX-Request": "true"})
    assert r.status_code == 200
    data = re.search(r"data-json='([^']+)'", r.text).group(1)
    import html
    import json

    sugg = json.loads(html.unescape(data))
    assert sugg["category"] == "control.turnback" and sugg["region"] == "420900"
    assert sugg["plate"] == "豫A12345" and sugg["urgent"] is True
    assert 'data-unit="hb-xiaogan"' in r.text  # the routing preview
    # An operator who chose another category is not overridden, and the preview follows the choice.
    r = browser_client.post("/console/workbench/assist", data={"description": TEXT, "category": "postal",
                                                               "touched": "category", "csrf_token": operator})
    assert "派往" in r.text


def _create(client, csrf, **fields):
    data = {"csrf_token": csrf, "js": "1", "phone": "13812345678", "description": TEXT, **fields}
    return client.post("/console/workbench/cases", data=data, follow_redirects=False)


def _intake(ctx, number):
    with ctx.db.read() as conn:
        return conn.execute(sa.select(console_intake).join(cases, cases.c.id == console_intake.c.case_id)
                            .where(cases.c.number == number)).one()


def test_case_from_the_text_alone_is_dispatched_to_the_routed_unit(ctx, browser_client, operator):
    r = _create(browser_client, operator, then="dispatch")
    assert r.status_code == 303, r.text
    number = re.search(r"created=([\d-]+)", r.headers["location"]).group(1)
    case = browser_client.get(f"/api/v1/cases/{number}").json()
    assert (case["category"], case["type"], case["place"]["region"], case["urgent"]) == (
        "control.turnback", "complaint", "420900", True)
    assert case["reporter"]["plate"] == "豫A12345" and case["status"] == "dispatched" and case["unit"] == "hb-xiaogan"
    assert case["title"] == "我是豫A12345的货车司机，在孝感北收费站被劝返"
    row = _intake(ctx, number)
    assert row.suggested["category"] == "control.turnback" and row.changed == []
    page = browser_client.get(r.headers["location"])
    assert number in page.text and "已受理工单" in page.text


def test_take_in_and_dispatch_is_one_unit_of_work_with_the_operators_note(ctx, clock, browser_client, operator,
                                                                          monkeypatch):
    from datetime import timedelta

    start = clock.at

    def ticking():  # every reading of the clock a second later: a second write would show it
        clock.at += timedelta(seconds=1)
        return clock.at

    monkeypatch.setattr(clock, "now", ticking)
    number = _number(_create(browser_client, operator, then="dispatch", note="司机在收费站等候，请尽快核实"))
    case = browser_client.get(f"/api/v1/cases/{number}").json()
    assert (case["status"], case["unit"], case["version"]) == ("dispatched", "hb-xiaogan", 2)
    events = browser_client.get(f"/api/v1/cases/{number}/timeline").json()["events"]
    assert [e["action"] for e in events] == ["create", "dispatch"]
    assert events[1]["note"] == "司机在收费站等候，请尽快核实" and events[1]["fields"] == {"unit": "hb-xiaogan"}
    assert events[0]["at"] == events[1]["at"]  # written together, not created and then acted on
    assert clock.at > start
    # The unit the operator chose wins over the routed one.
    number = _number(_create(browser_client, operator, then="dispatch", dispatch_unit="hb-wuhan"))
    assert browser_client.get(f"/api/v1/cases/{number}").json()["unit"] == "hb-wuhan"


def test_a_dispatch_that_cannot_go_keeps_the_case_and_says_why(ctx, browser_client, operator):
    r = _create(browser_client, operator, then="dispatch", dispatch_unit="no-such-unit")
    assert r.status_code == 303
    number, query = re.search(r"/console/cases/([\d-]+)\?(.*)$", r.headers["location"]).groups()
    assert "failed=dispatch" in query and "reason=unknown_unit" in query
    case = browser_client.get(f"/api/v1/cases/{number}").json()
    assert case["status"] == "new" and case["unit"] is None  # taken in all the same
    events = browser_client.get(f"/api/v1/cases/{number}/timeline").json()["events"]
    assert [e["action"] for e in events] == ["create"]


def test_an_operators_change_is_recorded_against_the_suggestion(ctx, browser_client, operator):
    r = _create(browser_client, operator, then="save", category="control.testing", touched="category")
    number = re.search(r"created=([\d-]+)", r.headers["location"]).group(1)
    row = _intake(ctx, number)
    assert row.changed == ["category"] and row.final["category"] == "control.testing"


def test_without_scripts_typed_fields_win_and_blanks_are_filled(ctx, browser_client, operator):
    r = browser_client.post("/console/workbench/cases", data={
        "csrf_token": operator, "phone": "13812345678", "description": TEXT, "type": "report", "then": "save"},
        follow_redirects=False)
    number = re.search(r"created=([\d-]+)", r.headers["location"]).group(1)
    case = browser_client.get(f"/api/v1/cases/{number}").json()
    assert case["type"] == "report" and case["category"] == "control.turnback"


def test_answer_and_close_a_consultation(ctx, browser_client, operator):
    r = _create(browser_client, operator, then="close", description="请问孝感市货车通行证怎么办理？")
    assert r.status_code == 422 and "答复内容" in r.text  # a reply is needed
    r = _create(browser_client, operator, then="close", description="请问孝感市货车通行证怎么办理？",
                reply="可在孝感市交通运输局窗口或网上申领，当日办结，免费。")
    number = re.search(r"created=([\d-]+)", r.headers["location"]).group(1)
    case = browser_client.get(f"/api/v1/cases/{number}").json()
    assert case["status"] == "closed" and case["reply"].startswith("可在孝感市")


def test_merge_a_duplicate_in_one_click(ctx, browser_client, operator):
    first = _create(browser_client, operator, then="save")
    primary = re.search(r"created=([\d-]+)", first.headers["location"]).group(1)
    r = _create(browser_client, operator, merge_into=primary)
    number = re.search(r"created=([\d-]+)", r.headers["location"]).group(1)
    assert browser_client.get(f"/api/v1/cases/{number}").json()["merged_into"] == primary


def test_knowledge_search_without_an_answer_is_a_gap(ctx, browser_client, operator):
    r = browser_client.get("/console/workbench/kb", params={"q": "火星车辆年检怎么办"})
    assert r.status_code == 200 and "知识缺口" in r.text
    with ctx.db.read() as conn:
        assert conn.execute(sa.select(console_kb_misses.c.query)).scalars().all() == ["火星车辆年检怎么办"]


def test_incoming_call_pops_up_the_callers_cases(ctx, app, units, browser_client, operator):
    from tests.conftest import login_token
    from hotline.web.console.calls import calls_after, last_call_id

    _create(browser_client, operator, then="save")
    start = last_call_id(ctx)
    token = login_token(ctx, "phone-system", "mot", ["operator"])
    with TestClient(app, headers={"Authorization": f"Bearer {token}"}) as api:
        body = {"call_id": "c-0001", "caller": "138-1234-5678", "line": "12328", "agent": "op"}
        r = api.post("/api/v1/calls", json=body)
        assert r.status_code == 201 and r.json()["caller"] == "13812345678"
        again = api.post("/api/v1/calls", json=body)
        assert again.status_code == 200 and again.json()["id"] == r.json()["id"]
        assert api.post("/api/v1/calls", json={"call_id": "x", "caller": "12"}).status_code == 422
    from hotline.domain.access import Principal, Role

    op = Principal("op", "mot", frozenset({Role.OPERATOR}))
    other = Principal("op-b", "hb", frozenset({Role.OPERATOR}))
    assert [e[2]["call_id"] for e in calls_after(ctx, op, start)] == ["c-0001"]
    assert calls_after(ctx, other, start) == []
    page = browser_client.get(r.json()["workbench_url"])
    assert "未办结 1 件" in page.text and "13812345678" in page.text


def _number(response) -> str:
    return re.search(r"created=([\d-]+)", response.headers["location"]).group(1)


def test_handler_accepts_and_replies_from_the_queue(ctx, app, units, browser_client, operator):
    number = _number(_create(browser_client, operator, then="dispatch"))
    add_user(ctx, "xg", "hb-xiaogan", ["handler"])
    add_user(ctx, "wh", "hb-wuhan", ["handler"])
    with TestClient(app) as other:
        login(other, "wh")
        assert number not in other.get("/console/queue").text  # another unit's queue
    with TestClient(app) as handler:
        csrf = login(handler, "xg")
        page = handler.get("/console/queue")
        assert page.status_code == 200 and number in page.text
        version = browser_client.get(f"/api/v1/cases/{number}").json()["version"]
        r = handler.post(f"/console/cases/{number}/actions/accept",
                         data={"csrf_token": csrf, "version": version, "back": "/console/queue"}, follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"].startswith("/console/queue?done=accept")
        # A stale version is refused with the service's Chinese message, nothing changes.
        r = handler.post(f"/console/cases/{number}/actions/reply",
                         data={"csrf_token": csrf, "version": version, "reply": "已核实"})
        assert r.status_code == 409 and "已被他人更新" in r.text
        r = handler.post(f"/console/cases/{number}/actions/reply",
                         data={"csrf_token": csrf, "version": version + 1, "reply": "已联系孝感北收费站核实放行。"},
                         follow_redirects=False)
        assert r.status_code == 303
        assert number not in handler.get("/console/queue").text  # replied: no longer the unit's work
    case = browser_client.get(f"/api/v1/cases/{number}").json()
    assert case["status"] == "replied" and case["reply"].startswith("已联系")


def test_queue_stream_sees_cases_arriving_in_the_unit(ctx, browser_client, operator):
    from hotline.web.console.queue import last_event_id, unit_events_after

    start = last_event_id(ctx)
    number = _number(_create(browser_client, operator, then="dispatch"))
    _create(browser_client, operator, then="save")
    events = unit_events_after(ctx, "hb-xiaogan", start)
    arrivals = [e for e in events if e[1] == "case"]
    assert [e[2]["number"] for e in arrivals] == [number]
    assert events[-1][0] == last_event_id(ctx)  # the cursor moves past other units' events
    assert [e for e in unit_events_after(ctx, "hb-wuhan", start) if e[1] == "case"] == []


def test_case_detail_shows_timeline_intake_and_related(ctx, browser_client, operator):
    first = _number(_create(browser_client, operator, then="save"))
    number = _number(_create(browser_client, operator, then="dispatch"))
    page = browser_client.get(f"/console/cases/{number}")
    assert page.status_code == 200
    text = page.text
    assert "办理经过" in text and "受理" in text and "派单" in text and "孝感市交通运输局" in text
    assert "坐席修改了\n" in text or "0 项" in text
    assert first in text  # same reporter, and similar text
    assert browser_client.get("/console/cases/20990101-000001").status_code == 404


def test_case_list_filters_and_drill_down_within_a_unit(ctx, browser_client, operator):
    number = _number(_create(browser_client, operator, then="dispatch"))
    other = _number(_create(browser_client, operator, then="save", description="北京市朝阳区出租车拒载",
                            region="110105", touched="region"))
    r = browser_client.get("/console/cases", params={"category": "control.turnback"})
    assert number in r.text and other not in r.text
    r = browser_client.get("/console/cases", params={"within": "hb"})
    assert number in r.text and other not in r.text
    r = browser_client.get("/console/cases", params={"q": "拒载"}, headers={"HX-Request": "true", "HX-Target": "results"})
    assert other in r.text and "<html" not in r.text  # just the results block
    assert browser_client.get("/console/cases", params={"status": "bogus"}).status_code == 422


def test_dashboard_counts_and_units(ctx, app, units, browser_client, operator):
    _create(browser_client, operator, then="dispatch")
    add_user(ctx, "sup", "mot", ["supervisor"])
    with TestClient(app) as sup:
        login(sup, "sup")
        r = sup.get("/console/dashboard", params={"date": "2022-04-22"})
        assert r.status_code == 200
        assert re.search(r'id="n-total" href="[^"]*">1<', r.text)
        assert "湖北省交通运输厅" in r.text and "within=hb" in r.text
        assert '"name": "湖北"' in r.text.replace("&#34;", '"') or "湖北" in r.text
        r = sup.get("/console/dashboard", params={"date": "2022-04-21"})
        assert re.search(r'id="n-total" href="[^"]*">0<', r.text)
        assert 'id="units-as-of">实时统计' in r.text  # no job round has taken the figures
        from hotline.services.cases import local_tz
        from hotline.services.unit_figures import take_snapshot

        assert take_snapshot(ctx.db, ctx.clock)
        r = sup.get("/console/dashboard", params={"date": "2022-04-21"})
        as_of = ctx.clock.now().astimezone(local_tz()).strftime("%H:%M:%S")
        assert f'id="units-as-of">截至 {as_of}' in r.text and f"当前在办（全部，截至 {as_of}）" in r.text


def test_kb_editor_publishes_and_the_operator_finds_it(ctx, app, units, browser_client, operator):
    add_user(ctx, "editor", "mot", ["kb_editor"])
    with TestClient(app) as ed:
        csrf = login(ed, "editor")
        r = ed.post("/console/kb/preview", data={"csrf_token": csrf, "title": "孝感东收费站临时关闭", "answer": "绕行孝感北",
                                                 "regions": "420900"})
        assert "湖北省孝感市" in r.text
        r = ed.post("/console/kb/new", data={"csrf_token": csrf, "title": "", "answer": "x", "regions": "420900"})
        assert r.status_code == 422 and "标题" in r.text
        r = ed.post("/console/kb/new", data={
            "csrf_token": csrf, "title": "孝感东收费站临时关闭", "questions": "孝感东收费站能下高速吗",
            "answer": "孝感东收费站4月22日起临时关闭，请从孝感北收费站驶出。", "regions": "420900", "then": "save"},
            follow_redirects=False)
        assert r.status_code == 303
        uid = r.headers["location"].split("/")[-1].split("?")[0]
        draft = browser_client.get("/console/workbench/kb", params={"q": "孝感东收费站", "region": "420900"})
        assert "请从孝感北收费站驶出" not in draft.text  # a draft answers nobody
        page = ed.get(f"/console/kb/{uid}")
        version = re.search(r'name="version" value="(\d+)"', page.text).group(1)
        r = ed.post(f"/console/kb/{uid}/actions/publish", data={"csrf_token": csrf, "version": version},
                    follow_redirects=False)
        assert r.status_code == 303
        found = browser_client.get("/console/workbench/kb", params={"q": "孝感东收费站", "region": "420900"})
        assert "请从孝感北收费站驶出" in found.text
        # An edit makes version 3; the versions page shows the change.
        ed.post(f"/console/kb/{uid}", data={"csrf_token": csrf, "version": int(version) + 1, "title": "孝感东收费站临时关闭",
                                            "answer": "孝感东收费站4月22日起临时关闭，请从孝感北或孝感南收费站驶出。",
                                            "regions": "420900"})
        versions = ed.get(f"/console/kb/{uid}/versions").text
        assert "第 3 版" in versions and "<ins>或孝感南</ins>" in versions
    # Operators have no editor pages.
    assert browser_client.get("/console/kb").status_code == 403


def test_kb_gaps_list_unanswered_questions(ctx, app, units, browser_client, operator):
    browser_client.get("/console/workbench/kb", params={"q": "火星车辆年检怎么办"})
    add_user(ctx, "editor2", "mot", ["kb_editor"])
    with TestClient(app) as ed:
        login(ed, "editor2")
        page = ed.get("/console/kb/gaps")
        assert "火星车辆年检怎么办" in page.text and "补充条目" in page.text


def test_dashboard_lists_open_hotspots_and_emergency_switch(ctx, app, units, browser_client, operator):
    add_user(ctx, "sup2", "mot", ["supervisor"])
    with TestClient(app) as sup:
        csrf = login(sup, "sup2")
        page = sup.get("/console/dashboard").text
        assert "热点" in page and "当前没有未处理的热点" in page
        assert "应急状态（未开启）" in page
        r = sup.post("/console/dashboard/emergency", data={"csrf_token": csrf, "region": "420000", "categories": "control.*",
                                                           "reason": "湖北保通保畅应急"}, follow_redirects=False)
        assert r.status_code == 303
        page = sup.get("/console/dashboard").text
        assert "应急状态（已开启）" in page and "湖北保通保畅应急" in page
        mode = re.search(r'action="/console/dashboard/emergency/(\d+)/off"', page).group(1)
        sup.post(f"/console/dashboard/emergency/{mode}/off", data={"csrf_token": csrf})
        assert "应急状态（未开启）" in sup.get("/console/dashboard").text
    # An operator may not switch it.
    r = browser_client.post("/console/dashboard/emergency", data={"csrf_token": operator, "region": "420000",
                                                                  "reason": "x"})
    assert r.status_code == 403


def test_a_hotspot_shows_on_the_dashboard_the_case_and_its_own_page(ctx, app, units, browser_client, operator):
    from hotline.hotspots.incidents import open_incident

    numbers = [_number(_create(browser_client, operator, then="save")) for _ in range(2)]
    with ctx.db.write() as conn:
        ids = list(conn.execute(sa.select(cases.c.id).where(cases.c.number.in_(numbers))).scalars())
        incident = open_incident(conn, ctx.clock.now(), region="420900", category="control.turnback",
                                 anchor="孝感北收费站", case_ids=ids, surge={"count": 2})
    add_user(ctx, "sup3", "mot", ["supervisor"])
    with TestClient(app) as sup:
        login(sup, "sup3")
        assert f'href="/console/hotspots/{incident}"' in sup.get("/console/dashboard").text
    page = browser_client.get(f"/console/hotspots/{incident}")
    assert page.status_code == 200 and all(n in page.text for n in numbers)
    assert f'href="/console/hotspots/{incident}"' in browser_client.get(f"/console/cases/{numbers[0]}").text


def test_emergency_banner_on_every_console_page_of_the_units_covered(ctx, app, clock):
    """应急状态 switched on for 湖北 shows on the pages of 湖北's units, not on 河北's."""
    from fastapi.testclient import TestClient

    from hotline.services import auth, deadlines
    from hotline.services.units import upsert_units

    upsert_units(ctx, [
        {"code": "mot", "name": "交通运输部", "region": "000000", "parent": None, "kind": "ministry"},
        {"code": "hb", "name": "湖北省交通运输厅", "region": "420000", "parent": "mot"},
        {"code": "hb-xiaogan", "name": "孝感市交通运输局", "region": "420900", "parent": "hb"},
        {"code": "he", "name": "河北省交通运输厅", "region": "130000", "parent": "mot"}])
    for name, unit, role in [("sup", "hb", "supervisor"), ("xg", "hb-xiaogan", "handler"), ("he", "he", "handler")]:
        auth.add_user(ctx, name, unit=unit, roles=[role], password="correct-horse")
    sup = auth.login(ctx, "sup", "correct-horse", "127.0.0.1")
    from dataclasses import replace

    deadlines.switch_on_emergency(replace(ctx, user=sup), "420000", ["control.*"], "疫情防控保通保畅应急")

    def page_text(username, path):
        with TestClient(app) as c:
            r = c.get("/console/login")
            token = r.text.split('name="csrf_token" value="')[1].split('"')[0]
            c.post("/console/login", data={"username": username, "password": "correct-horse", "csrf_token": token})
            return c.get(path).text

    assert "疫情防控保通保畅应急" in page_text("xg", "/console/queue")
    assert "疫情防控保通保畅应急" in page_text("sup", "/console/cases")
    assert "疫情防控保通保畅应急" not in page_text("he", "/console/queue")


def test_overdue_alert_reaches_the_handler_queue(ctx, app, clock):
    """A dispatched case nobody accepts turns overdue; the sweep's alert shows in the unit's queue."""
    from datetime import timedelta

    from fastapi.testclient import TestClient

    from hotline.domain.clock import FixedClock
    from hotline.jobs.runner import JobRunner
    from hotline.services import auth
    from hotline.services.cases import act, create_case, parse_action
    from hotline.services.commands import ActionIn, CaseCreate
    from hotline.services.units import upsert_units

    upsert_units(ctx, [
        {"code": "mot", "name": "交通运输部", "region": "000000", "parent": None, "kind": "ministry"},
        {"code": "hb", "name": "湖北省交通运输厅", "region": "420000", "parent": "mot"},
        {"code": "hb-xiaogan", "name": "孝感市交通运输局", "region": "420900", "parent": "hb"}])
    auth.add_user(ctx, "xg", unit="hb-xiaogan", roles=["handler"], password="correct-horse")
    case, _ = create_case(ctx, CaseCreate.model_validate({
        "type": "report", "category": "control.turnback", "title": "孝感北收费站劝返无人签收", "urgent": True,
        "channel": "api", "place": {"region": "420900"}}))
    body = ActionIn.model_validate({"version": 1, "unit": "hb-xiaogan"})
    act(ctx, case["number"], parse_action("dispatch", body), body)
    later = FixedClock(clock.now() + timedelta(hours=3))  # urgent: accept within 15 minutes
    JobRunner(ctx.db, later).run_once()
    JobRunner(ctx.db, later).run_once()
    with TestClient(app) as c:
        token = c.get("/console/login").text.split('name="csrf_token" value="')[1].split('"')[0]
        c.post("/console/login", data={"username": "xg", "password": "correct-horse", "csrf_token": token})
        page_html = c.get("/console/queue").text
        fragment = c.get("/console/queue/alerts", headers={"HX-Request": "true"}).text
    alerts = page_html.split('aria-label="时限提醒"')[1].split("</section>")[0]
    assert "已超时" in alerts and case["number"] in alerts, alerts
    assert "已超时" in fragment and case["number"] in fragment and "<html" not in fragment


def test_closing_with_a_knowledge_answer_links_the_entry_and_leaves_no_gap(ctx, browser_client, operator):
    from dataclasses import replace

    from hotline.domain.access import Principal, Role
    from hotline.policies.assist import knowledge_gaps
    from hotline.policies.commands import PolicyIn
    from hotline.policies.services import create_policy

    ctx = replace(ctx, user=Principal("kb-root", "mot", frozenset({Role.ADMIN})))
    entry = create_policy(ctx, PolicyIn.model_validate({
        "title": "孝感市货车通行证办理", "answer": "可在孝感市交通运输局窗口或网上申领，当日办结，免费。",
        "regions": ["420900"], "categories": ["control.pass"]}), publish=True)
    linked = _create(browser_client, operator, then="close", type="consult", category="control.pass",
                     touched="type,category", description="请问孝感市货车通行证怎么办理？",
                     reply=entry["answer"], used_policy=entry["uid"])
    unlinked = _create(browser_client, operator, then="close", type="consult", category="control.pass",
                       touched="type,category", description="请问孝感的通行证要带什么材料？", reply="请携带行驶证。")
    numbers = [re.search(r"created=([\d-]+)", r.headers["location"]).group(1) for r in (linked, unlinked)]
    gaps = knowledge_gaps(ctx)
    examples = {n for g in gaps["items"] for n in g.get("examples", g.get("cases", []))}
    assert numbers[1] in examples and numbers[0] not in examples, gaps
