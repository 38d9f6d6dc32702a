"""CSRF on every form (issue 10): every state-changing route of the app, found by walking its routes,
refuses a request that carries a logged-in session cookie but no CSRF token — 403 with the stable code
`csrf_failed` — and changes nothing in the database. Both databases.

Not swept, and why: `POST /console/login` and `POST /api/v1/session` (they start a session; their
own CSRF cookie checks are in test_console.py / test_org.py) and Open311 (API keys, no cookies). The
drivers' pages (/public/…) use their own signed double-submit cookie and are swept the same way.
"""

from __future__ import annotations

import re

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient

from hotline.services import auth
from hotline.services.cases import create_case
from hotline.services.commands import CaseCreate
from hotline.store.tables import metadata

from ..conftest import all_routes

PASSWORD = "secret-12328"
NOT_SWEPT = ("/console/login", "/api/v1/session", "/open311/")
FORM = {"description": "在孝感北收费站被劝返", "title": "劝返", "reply": "已处理", "note": "备注", "text": "劝返",
        "version": "1", "unit": "hb", "body": "正文", "reason": "原因", "tracking_code": "H000", "phone": "13812345678"}


def unsafe_routes(app, number: str) -> list[tuple[str, str]]:
    values = {"number": number, "action": "note", "name": "note", "fmt": "json", "day": "2022-05-01",
              "version": "v1", "unit": "hb", "uid": "1", "ref": "1"}
    out = []
    for route in all_routes(app.routes):
        path = getattr(route, "path", "")
        methods = (getattr(route, "methods", None) or set()) - {"GET", "HEAD"}
        if not methods or path.startswith(NOT_SWEPT):
            continue
        url = re.sub(r"{(\w+)(:\w+)?}", lambda m: values.get(m.group(1), "1"), path)
        out += [(method, url) for method in sorted(methods)]
    return out


def row_counts(database) -> dict[str, int]:
    with database.read() as conn:
        return {t.name: conn.execute(sa.select(sa.func.count()).select_from(t)).scalar_one()
                for t in metadata.sorted_tables}


@pytest.fixture
def session_client(app, ctx, units):
    auth.add_user(ctx, "csrf-admin", unit="mot", roles=["admin"], password=PASSWORD)
    with TestClient(app) as c:
        form = c.get("/console/login")
        token = re.search(r'name="csrf_token" value="([^"]+)"', form.text).group(1)
        r = c.post("/console/login", data={"username": "csrf-admin", "password": PASSWORD, "csrf_token": token})
        assert r.status_code == 200
        yield c


def test_every_unsafe_route_refuses_a_session_without_its_csrf_token(app, ctx, database, session_client):
    case = create_case(ctx, CaseCreate.model_validate(
        {"type": "complaint", "category": "control.turnback", "title": "劝返", "channel": "api"}))[0]
    routes = unsafe_routes(app, case["number"])
    assert len(routes) >= 30, routes  # the walk found the app's routes
    before = row_counts(database)
    wrong = []
    for method, url in routes:
        if url.startswith("/public/"):
            r = session_client.request(method, url, data=FORM)
        else:
            r = session_client.request(method, url, data=FORM, headers={"X-CSRF-Token": "forged"})
        code = r.json()["error"]["code"] if r.headers.get("content-type", "").startswith("application/json") else ""
        said = "CSRF" in r.text or "页面已过期" in r.text  # the pages' message (public: 页面已过期或来源不明…)
        if r.status_code != 403 or (code and code != "csrf_failed") or (not code and not said):
            wrong.append((method, url, r.status_code, code or r.text[:80]))
    assert wrong == []
    after = row_counts(database)
    changed = {t: (before[t], after[t]) for t in before if before[t] != after[t] and t not in ("login_attempts",)}
    assert changed == {}


def test_the_same_requests_with_the_token_get_past_the_check(app, ctx, database, session_client):
    """The sweep's refusals come from the CSRF check: with the session's token a note is added."""
    case = create_case(ctx, CaseCreate.model_validate(
        {"type": "complaint", "category": "control.turnback", "title": "劝返", "channel": "api"}))[0]
    page = session_client.get(f"/console/cases/{case['number']}")
    token = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)
    r = session_client.post(f"/api/v1/cases/{case['number']}/actions/note", json={"version": 1, "note": "备注"},
                            headers={"X-CSRF-Token": token})
    assert r.status_code == 200, r.text
