"""Probes: SQL injection in filters and search, path traversal on attachments, session fixation."""

from __future__ import annotations

import pytest

from hotline.store.files import LocalFileStorage

CASE = {"type": "complaint", "category": "highway.toll", "title": "收费站多收费", "channel": "api",
        "place": {"region": "420100"}}
INJECTIONS = ["' OR 1=1 --", "%' OR '1'='1", "1); DROP TABLE cases; --", "\\' UNION SELECT * FROM users --",
              "_", "%"]


@pytest.mark.parametrize("payload", INJECTIONS)
def test_sql_injection_in_filters_finds_nothing_and_breaks_nothing(client, payload):
    client.post("/api/v1/cases", json=CASE)
    for params in ({"q": payload}, {"unit": payload}, {"type": payload}, {"category": payload},
                   {"status": payload}):
        r = client.get("/api/v1/cases", params=params)
        assert r.status_code == 200, (params, r.text)
        assert r.json()["items"] == [], params
    assert len(client.get("/api/v1/cases").json()["items"]) == 1
    assert client.get("/api/v1/units", params={"parent": payload}).json()["items"] == []


def test_attachment_names_never_become_paths(client, settings):
    n = client.post("/api/v1/cases", json=CASE).json()["number"]
    up = client.post(f"/api/v1/cases/{n}/attachments",
                     files={"file": ("../../../../etc/passwd", b"not a password file", "text/plain")})
    assert up.status_code == 201
    got = client.get(up.json()["url"])
    assert got.content == b"not a password file"
    assert "/" not in got.headers["content-disposition"].split("filename*=UTF-8''")[1]
    stored = [p for p in settings.files_dir.rglob("*") if p.is_file()]
    assert len(stored) == 1 and stored[0].resolve().is_relative_to(settings.files_dir.resolve())
    storage = LocalFileStorage(settings.files_dir)
    for key in ("../hotline.db", "..%2f..%2fetc%2fpasswd", "a" * 63 + "/"):
        with pytest.raises(KeyError):
            storage.get(key)
    assert client.get(f"/api/v1/cases/{n}/attachments/..%2F..%2Fetc").status_code in (404, 422)


def test_session_cookie_is_new_at_each_login(anonymous, ctx):
    from hotline.services import auth
    from hotline.services.units import upsert_units

    upsert_units(ctx, [{"code": "mot", "name": "交通运输部", "region": "000000", "parent": None}])
    auth.add_user(ctx, "op", unit="mot", roles=["operator"], password="correct-horse")
    anonymous.cookies.set("hotline_session", "attacker-chosen-id")
    assert anonymous.get("/api/v1/me").status_code == 401  # an unknown session id opens nothing
    anonymous.cookies.clear()

    def login() -> str:
        r = anonymous.post("/api/v1/session", json={"username": "op", "password": "correct-horse"},
                           cookies={"hotline_session": "attacker-chosen-id"})
        assert r.status_code == 200
        return r.headers["set-cookie"].split("hotline_session=")[1].split(";")[0]

    issued = login()
    assert issued and issued != "attacker-chosen-id"
    assert login() != issued


def test_sql_injection_in_every_query_parameter_of_every_get(app, client, database):
    """Every string query parameter of every GET operation in the OpenAPI document, and the query
    boxes of the drivers' pages, get each payload: no server error, nothing changed. (The console's
    case search is the API's `q`, through the same service.)"""
    import re

    import sqlalchemy as sa

    from hotline.store.tables import metadata

    n = client.post("/api/v1/cases", json=CASE).json()["number"]

    def counts():
        with database.read() as conn:
            return {t.name: conn.execute(sa.select(sa.func.count()).select_from(t)).scalar_one()
                    for t in metadata.sorted_tables  # the public pages make their signing key on first use
                    if t.name not in ("login_attempts", "public_secrets", "public_rate_limits")}

    before, probed, errors = counts(), 0, []
    for path, ops in app.openapi()["paths"].items():
        op = ops.get("get")
        if not op or path.endswith(("/stream", "/events")):
            continue
        url = re.sub(r"{(\w+)}", lambda m: {"number": n, "fmt": "json", "kind": "daily"}.get(m.group(1), "1"), path)
        names = [p["name"] for p in op.get("parameters", []) if p["in"] == "query"
                 and p.get("schema", {}).get("type", "string") == "string" or p.get("schema", {}).get("anyOf")]
        for name in names:
            for payload in INJECTIONS:
                r = client.get(url, params={name: payload})
                probed += 1
                if r.status_code >= 500:
                    errors.append((url, name, payload, r.status_code))
    from ..conftest import all_routes

    pages = [r.path for r in all_routes(app.routes) if getattr(r, "path", "").startswith("/public")
             and "GET" in (getattr(r, "methods", None) or ()) and "{" not in r.path]
    assert "/public/search" in pages
    for url in pages:
        for payload in INJECTIONS:
            r = client.get(url, params={"q": payload, "city": payload, "from": payload, "to": payload,
                                        "code": payload, "at": payload})
            probed += 1
            if r.status_code >= 500:
                errors.append((url, "q", payload, r.status_code))
    assert probed >= 200 and errors == []
    assert counts() == before
