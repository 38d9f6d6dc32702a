"""No answer leaks a case outside the asker's subtree (issue 10, access).

A Hebei case (unit `he`) carries markers in every field a response could echo: its number, a word
in its title and description, the reporter's phone and plate, an attachment, a hotspot incident.
A user of Hubei (`hb`) in every role then calls EVERY GET operation of the OpenAPI document and
every console page, with the Hebei case's number, attachment, incident and unit in the path and
with `unit=he`, `q=石家庄北收费站` (words of its title), `region=130000` and `format=xlsx|pdf` in the query. No 2xx answer —
JSON, HTML, XML, XLSX cells or PDF text — may contain a marker. The same sweep as the ministry's admin
must find the markers (so the sweep can see a leak), and the Hubei counts in statistics equal the
Hubei cases. Both databases.
"""

from __future__ import annotations

import io
import re

import pytest
from fastapi.testclient import TestClient

from hotline.domain.access import Role
from hotline.domain.lifecycle import Action
from hotline.hotspots.job import run_hotspot_step
from hotline.services import auth
from hotline.services.cases import act, add_attachment, create_case
from hotline.services.commands import ActionIn, CaseCreate

from ..conftest import all_routes, login_token

MARK = "冀秘标记"
PHONE = "13911112222"
PLATE = "冀A99999"
PASSWORD = "secret-12328"
HE_STORIES = [f"在京港澳高速石家庄北收费站被劝返，{MARK}", f"投诉石家庄北收费站一刀切劝返外地货车{MARK}",
              f"石家庄北收费站不让下高速 让掉头回去 {MARK}", f"拉着蔬菜到石家庄北收费站不让进，直接劝返{MARK}",
              f"来电人反映：石家庄北收费站劝返外省货车，{MARK}", f"石家庄北收费站还在劝返，货要坏了{MARK}"]
PUBLIC = ("/api/v1/health", "/api/v1/ready", "/api/v1/taxonomy", "/api/v1/regions/", "/open311/")
PATH_VALUES = {"unit": "he", "code": "he", "kind": "daily", "fmt": "json", "version": "1", "day": "2022-04-23",
               "ref": "none", "rule_id": "1", "mode_id": "1", "task_id": "1", "notification_id": "1",
               "file_id": "1"}
QUERIES = [{}, {"unit": "he"}, {"q": "石家庄北收费站"}, {"region": "130000"}, {"format": "xlsx"}, {"unit": "he", "format": "xlsx"},
           {"format": "pdf", "unit": "he"}]
COMMON = {"day": "2022-04-22", "from": "2022-04-01", "to": "2022-05-01"}


def _case(ctx, clock, title, region, unit, **reporter):
    body = {"type": "complaint", "category": "control.turnback", "title": title, "channel": "phone",
            "description": f"{title}。请核查。", "place": {"region": region}, "reporter": reporter}
    case = create_case(ctx, CaseCreate.model_validate(body))[0]
    case = act(ctx, case["number"], Action.DISPATCH, ActionIn(version=case["version"], unit=unit))
    clock.advance(minutes=8)
    return case


@pytest.fixture
def world(ctx, clock, database, units):
    he = [_case(ctx, clock, text, "130100", "he", phone=PHONE, plate=PLATE) for text in HE_STORIES]
    hb = [_case(ctx, clock, f"孝感北收费站劝返 第{i}件", "420900", "hb-xiaogan", phone="13800000001")
          for i in range(3)]
    att = add_attachment(ctx, he[0]["number"], f"{MARK}.png", "image/png", b"\x89PNG\r\n\x1a\n" + b"0" * 64)
    clock.advance(seconds=5)
    step = run_hotspot_step(database, clock)
    assert step.opened, "the Hebei surge must open an incident for the sweep to probe"
    return {"he": he, "hb": hb, "att": att["id"], "incident": step.opened[0]}


def text_of(r) -> str:
    """Everything a person could read in an answer: XLSX cells and PDF text included."""
    kind = r.headers.get("content-type", "")
    if "spreadsheetml" in kind:
        from openpyxl import load_workbook

        wb = load_workbook(io.BytesIO(r.content), read_only=True)
        return "\n".join(str(v) for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for v in row
                         if v is not None)
    if "pdf" in kind:
        from pypdf import PdfReader

        return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(r.content)).pages)
    if kind.startswith("image/") or "octet-stream" in kind:
        return r.headers.get("content-disposition", "") + r.content.decode("latin-1")
    return r.text


def markers(world) -> list[str]:
    return [MARK, PHONE, PLATE, *(c["number"] for c in world["he"])]


def api_gets(app, world) -> list[str]:
    values = {**PATH_VALUES, "number": world["he"][0]["number"], "att_id": str(world["att"]),
              "incident_id": str(world["incident"]), "service_request_id": world["he"][0]["number"]}
    urls = []
    for path, ops in app.openapi()["paths"].items():
        if "get" not in ops or path.startswith(PUBLIC) or path.endswith(("/stream", "/events")):
            continue
        urls.append(re.sub(r"{(\w+)}", lambda m: values[m.group(1)], path))
    return urls


def console_gets(app, world) -> list[str]:
    urls = []
    for route in all_routes(app.routes):
        path = getattr(route, "path", "")
        if not path.startswith("/console") or "GET" not in (getattr(route, "methods", None) or ()) or "static" in path:
            continue
        if path == "/console/login" or path.endswith(("/events", "/stream")):  # SSE never ends
            continue
        values = {"number": world["he"][0]["number"], "incident_id": str(world["incident"]),
                  "att_id": str(world["att"]), "ref": "none", "file_id": "1", "unit": "he", "code": "he",
                  "kind": "daily"}
        try:
            urls.append(re.sub(r"{(\w+)(:\w+)?}", lambda m: values[m.group(1)], path))
        except KeyError:
            continue
    return urls


def sweep(client: TestClient, urls: list[str], world) -> tuple[int, list[tuple[str, dict, str]]]:
    """Call every url with every query; return how many answered 2xx and which leaked what."""
    answered, leaks = 0, []
    for url in urls:
        for q in QUERIES:
            r = client.get(url, params={**COMMON, **q})
            if not 200 <= r.status_code < 300:
                continue
            answered += 1
            body = text_of(r)
            for m in markers(world):
                if m in body:
                    leaks.append((url, q, m))
    return answered, leaks


def console_login(app, ctx, username) -> TestClient:
    c = TestClient(app)
    form = c.get("/console/login")
    token = re.search(r'name="csrf_token" value="([^"]+)"', form.text).group(1)
    r = c.post("/console/login", data={"username": username, "password": PASSWORD, "csrf_token": token})
    assert r.status_code == 200, r.text
    return c


@pytest.mark.parametrize("role", [r.value for r in Role])
def test_no_answer_shows_a_case_outside_the_subtree(app, ctx, world, role):
    token = login_token(ctx, f"hb-{role}", "hb", [role])
    with TestClient(app, headers={"Authorization": f"Bearer {token}"}) as api:
        urls = api_gets(app, world)
        answered, leaks = sweep(api, urls, world)
    assert answered >= 20, f"only {answered} answers: the sweep is not reaching the endpoints"
    assert leaks == []
    auth.set_password(ctx, f"hb-{role}", PASSWORD)
    with console_login(app, ctx, f"hb-{role}") as page:
        answered, leaks = sweep(page, console_gets(app, world), world)
    assert answered >= 3 and leaks == []


def test_the_sweep_sees_the_markers_where_they_may_be_seen(app, ctx, world):
    token = login_token(ctx, "root-admin", "mot", ["admin"])
    with TestClient(app, headers={"Authorization": f"Bearer {token}"}) as api:
        _answered, seen = sweep(api, api_gets(app, world), world)
    places = {url.split("?")[0] for url, _q, _m in seen}
    kinds = {m for _u, _q, m in seen}
    assert MARK in kinds and world["he"][0]["number"] in kinds
    assert any(p.startswith("/api/v1/cases") for p in places)
    assert any(p.startswith("/api/v1/hotspots") for p in places)
    assert len(places) >= 5, places
    auth.set_password(ctx, "root-admin", PASSWORD)
    with console_login(app, ctx, "root-admin") as page:
        _answered, seen = sweep(page, console_gets(app, world), world)
    assert {"/console/cases", f"/console/cases/{world['he'][0]['number']}"} <= {url for url, _q, _m in seen}


def test_counts_of_a_province_are_its_own_cases(app, ctx, world):
    token = login_token(ctx, "hb-supervisor-count", "hb", ["supervisor"])
    with TestClient(app, headers={"Authorization": f"Bearer {token}"}) as api:
        listed = api.get("/api/v1/cases", params={"limit": 100}).json()
        summary = api.get("/api/v1/units/hb/summary").json()
        hebei = api.get("/api/v1/units/he/summary")
    assert sorted(c["number"] for c in listed["items"]) == sorted(c["number"] for c in world["hb"])
    assert summary_total(summary) == len(world["hb"])
    assert hebei.status_code in (403, 404)


def summary_total(summary: dict) -> int:
    for key in ("total", "open", "count"):
        if isinstance(summary.get(key), int):
            return summary[key]
    totals = summary.get("totals") or {}
    return int(totals.get("total", totals.get("open", -1)))
