"""Daily / weekly reports: the numbers equal the case list API, the deadlines statistics API and each
other across JSON, HTML, XLSX and PDF; a unit sees only its own subtree. SQLite and PostgreSQL."""

from __future__ import annotations

import io
import re
from collections import Counter
from datetime import datetime, timedelta

import pytest
from fastapi.testclient import TestClient

from hotline.domain.lifecycle import Action
from hotline.hotspots.job import run_hotspot_step
from hotline.reports import api as reports_api
from hotline.services.cases import act, create_case
from hotline.services.commands import ActionIn, CaseCreate
from tests.api.test_hotspots_stream import STORIES
from tests.conftest import SHANGHAI, login_token, skip_or_fail

DAY = "2022-04-22"


@pytest.fixture
def reports_app(app):
    if not any(getattr(r, "path", "").startswith("/api/v1/reports") for r in app.routes):
        app.include_router(reports_api.router)
    return app


def add(ctx, title, *, type_="complaint", category="control.turnback", region="420902", channel="api",
        urgent=False, unit=None):
    body = {"type": type_, "category": category, "title": title, "channel": channel, "urgent": urgent,
            "place": {"region": region}}
    if channel in ("phone", "web"):
        body["reporter"] = {"phone": "13800000000"}
    case = create_case(ctx, CaseCreate.model_validate(body))[0]
    if unit:
        case = act(ctx, case["number"], Action.DISPATCH, ActionIn(version=case["version"], unit=unit))
    return case


@pytest.fixture
def world(ctx, clock, database, units):
    """April 21–22 in Hubei: a surge at 孝感北收费站, assorted cases, callbacks, a supervised case."""
    clock.at = datetime(2022, 4, 21, 15, 0, tzinfo=SHANGHAI)
    add(ctx, "昨天的咨询", type_="consult", category="control.pass", unit="hb-xiaogan")  # outside the day
    clock.at = datetime(2022, 4, 22, 8, 0, tzinfo=SHANGHAI)
    for text in STORIES[:5]:
        add(ctx, text, unit="hb-xiaogan")
        clock.advance(minutes=6)
    urgent = add(ctx, "车上生猪缺水，求助", type_="help", category="transport.freight", urgent=True, unit="hb-xiaogan",
                 channel="phone")
    consult = add(ctx, "通行证怎么办理", type_="consult", category="control.pass", channel="web", unit="hb-xiaogan")
    add(ctx, "武汉的问题", region="420106", unit="hb-wuhan")
    add(ctx, "还没派单的咨询", type_="consult", category="control.pass")  # with the ministry's hotline
    add(ctx, "河北的投诉", region="131002", unit="he")
    act(ctx, urgent["number"], Action.SUPERVISE, ActionIn(version=2))
    for case, score in ((consult, 4), (urgent, 2)):
        v = act(ctx, case["number"], Action.ACCEPT, ActionIn(version=case["version"] + (case is urgent)))["version"]
        v = act(ctx, case["number"], Action.REPLY, ActionIn(version=v, reply="已处理"))["version"]
        v = act(ctx, case["number"], Action.CLOSE, ActionIn(version=v))["version"]
        act(ctx, case["number"], Action.CALLBACK, ActionIn(version=v, satisfaction=score))
    clock.advance(seconds=5)
    opened = run_hotspot_step(database, clock).opened
    assert len(opened) == 1
    try:
        from hotline.jobs.clocks import run_clock_consumer
    except ImportError:
        pass
    else:
        run_clock_consumer(database, clock)
    clock.at = datetime(2022, 4, 23, 9, 0, tzinfo=SHANGHAI)
    return {"incident": opened[0], "urgent": urgent["number"]}


def client_for(app, ctx, username, unit, roles):
    return TestClient(app, headers={"Authorization": f"Bearer {login_token(ctx, username, unit, roles)}"})


def all_cases(c: TestClient, **params) -> list[dict]:
    out, cursor = [], None
    while True:
        page = c.get("/api/v1/cases", params={**params, "limit": 200, **({"cursor": cursor} if cursor else {})}).json()
        out += page["items"]
        cursor = page["next_cursor"]
        if not cursor:
            return out


def test_daily_report_equals_the_case_list_and_the_deadline_statistics(reports_app, ctx, world):
    with client_for(reports_app, ctx, "hb-sup", "hb", ["supervisor"]) as hb:
        r = hb.get("/api/v1/reports/daily", params={"day": DAY}).json()
        listed = all_cases(hb, created_from=f"{DAY}T00:00:00+08:00", created_to="2022-04-23T00:00:00+08:00")
        assert r["unit"]["code"] == "hb" and r["from"] == f"{DAY}T00:00:00+08:00"
        assert r["summary"]["received"] == len(listed) == 8  # 5 + urgent + consult + Wuhan; not Hebei, not undispatched
        assert {t["code"]: t["count"] for t in r["by_type"]} == dict(Counter(c["type"] for c in listed))
        assert {t["code"]: t["count"] for t in r["by_category"]} == dict(Counter(c["category"] for c in listed))
        assert {t["code"]: t["count"] for t in r["by_channel"]} == dict(Counter(c["channel"] for c in listed))
        assert {t["code"]: t["count"] for t in r["by_region"]} == {"420900": 7, "420100": 1}
        assert r["summary"]["urgent"] == 1 and r["summary"]["closed"] == 2  # closed, then called back
        assert r["summary"]["callbacks"] == 2 and r["summary"]["satisfaction_average"] == 3.0
        assert {s["score"]: s["count"] for s in r["satisfaction"]["by_score"]} == {5: 0, 4: 1, 3: 0, 2: 1, 1: 0}
        assert [h["id"] for h in r["hotspots"]] == [world["incident"]] and r["hotspots"][0]["size"] == 5
        assert [n["number"] for n in r["notable"]] == [world["urgent"]]
        assert r["notable"][0]["reasons"] == ["紧急", "督办 1 次"]
        try:
            import hotline.services.deadlines  # noqa: F401
        except ImportError:  # a build without the deadlines engine: the section says so
            assert r["on_time"]["available"] is False and r["summary"]["on_time_rate"] is None
            return
        stats = hb.get("/api/v1/deadlines/stats", params={"unit": "hb", "from": DAY, "to": "2022-04-23",
                                                          "period": "day"}).json()
        assert r["on_time"]["available"] and r["on_time"]["total"]["late"] > 0
        assert r["on_time"]["total"] == stats["total"] and r["on_time"]["by_unit"] == stats["by_unit"]
        assert r["summary"]["on_time_rate"] == stats["total"]["rate"]
        overdue = hb.get("/api/v1/deadlines/overdue", params={"unit": "hb"}).json()
        assert r["overdue"]["count"] == overdue["count"]


def test_weekly_report_covers_monday_to_sunday(reports_app, ctx, world):
    with client_for(reports_app, ctx, "hb-sup", "hb", ["supervisor"]) as hb:
        r = hb.get("/api/v1/reports/weekly", params={"day": DAY}).json()
        assert (r["from"], r["to"]) == ("2022-04-18T00:00:00+08:00", "2022-04-25T00:00:00+08:00")
        assert r["summary"]["received"] == 9  # the day before counts in the week
        assert "周报" in r["title"] and "2022年04月18日—04月24日" in r["title"]


def test_a_unit_sees_only_its_subtree(reports_app, ctx, world):
    with client_for(reports_app, ctx, "wh-sup", "hb-wuhan", ["supervisor"]) as wh:
        assert wh.get("/api/v1/reports/daily", params={"day": DAY, "unit": "hb"}).status_code == 403
        assert wh.get("/api/v1/reports/daily", params={"day": DAY, "unit": "hb-xiaogan"}).status_code == 403
        own = wh.get("/api/v1/reports/daily", params={"day": DAY}).json()
        assert own["summary"]["received"] == 1 and own["hotspots"] == []
    with client_for(reports_app, ctx, "root", "mot", ["admin"]) as root:
        assert root.get("/api/v1/reports/daily", params={"day": DAY}).json()["summary"]["received"] == 10
        xg = root.get("/api/v1/reports/daily", params={"day": DAY, "unit": "hb-xiaogan"}).json()
        assert xg["summary"]["received"] == 7
        r = root.get("/api/v1/reports/daily", params={"day": DAY, "unit": "nowhere"})
        assert r.status_code == 404 and r.json()["error"]["code"] == "unit_not_found"


def test_html_and_xlsx_carry_the_same_numbers(reports_app, ctx, world):
    from openpyxl import load_workbook

    with client_for(reports_app, ctx, "hb-sup", "hb", ["supervisor"]) as hb:
        r = hb.get("/api/v1/reports/daily", params={"day": DAY}).json()
        html = hb.get("/api/v1/reports/daily", params={"day": DAY, "format": "html"})
        xlsx = hb.get("/api/v1/reports/daily", params={"day": DAY, "format": "xlsx"})
    assert html.headers["content-type"].startswith("text/html")
    cells = re.findall(r'<td class="num" data-key="count">(\d+)</td>', html.text)
    expected = [t["count"] for part in ("by_type", "by_category", "by_region", "by_channel") for t in r[part]]
    expected += [s["count"] for s in r["satisfaction"]["by_score"]]
    assert [int(c) for c in cells] == expected
    assert f'data-key="value">{r["summary"]["received"]}</td>' in html.text
    assert "<script" not in html.text
    wb = load_workbook(io.BytesIO(xlsx.content))
    rows = list(wb["按类型"].iter_rows(min_row=4, values_only=True))
    assert [(name, code, n) for name, code, n in rows] == [(t["name"], t["code"], t["count"]) for t in r["by_type"]]
    summary = dict(list(wb["概况"].iter_rows(min_row=4, values_only=True)))
    assert summary["受理工单"] == r["summary"]["received"] and summary["平均满意度（1–5）"] == 3.0
    assert "attachment" in xlsx.headers["content-disposition"]


def test_pdf_has_the_numbers_in_chinese(reports_app, ctx, world):
    from hotline.reports.render import cjk_font
    from hotline.services.errors import ServiceError

    try:
        import fpdf  # noqa: F401
        import pypdf
        cjk_font()
    except (ImportError, ServiceError) as exc:
        skip_or_fail(f"PDF reports need fpdf2, pypdf and a CJK font: {exc}")
    with client_for(reports_app, ctx, "hb-sup", "hb", ["supervisor"]) as hb:
        r = hb.get("/api/v1/reports/daily", params={"day": DAY}).json()
        pdf = hb.get("/api/v1/reports/daily", params={"day": DAY, "format": "pdf"})
    assert pdf.headers["content-type"] == "application/pdf" and pdf.content.startswith(b"%PDF")
    text = "\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf.content)).pages)
    assert r["title"] in text
    assert f"受理工单 {r['summary']['received']}" in text
    for t in r["by_category"]:
        assert f"{t['name']} {t['code']} {t['count']}" in text
    assert world["urgent"] in text


def test_the_clock_is_the_only_time_source(reports_app, ctx, clock, world):
    """A report of a day with no cases is all zeros, not an error."""
    clock.at += timedelta(days=30)
    with client_for(reports_app, ctx, "hb-sup", "hb", ["supervisor"]) as hb:
        r = hb.get("/api/v1/reports/daily", params={"day": "2022-05-20"}).json()
    assert r["summary"]["received"] == 0 and r["by_type"] == [] and r["summary"]["satisfaction_average"] is None
