"""Request ids, JSON logs, security headers, metrics and readiness."""

from __future__ import annotations

import json
import logging

from hotline.web.observability import JsonFormatter

CASE = {"type": "consult", "category": "control.pass", "title": "通行证怎么办", "channel": "api"}


def test_request_id_is_echoed_or_made(client):
    r = client.get("/api/v1/health", headers={"X-Request-ID": "abc-123"})
    assert r.headers["x-request-id"] == "abc-123"
    made = client.get("/api/v1/health", headers={"X-Request-ID": "bad id with spaces"}).headers["x-request-id"]
    assert made != "bad id with spaces" and len(made) == 32


def test_security_headers(client):
    h = client.get("/api/v1/taxonomy").headers
    assert h["x-content-type-options"] == "nosniff"
    assert "frame-ancestors 'none'" in h["content-security-policy"]
    assert "unsafe-inline" not in h["content-security-policy"]
    assert h["x-frame-options"] == "DENY"
    assert "strict-transport-security" not in h  # only over TLS


def test_requests_are_logged_as_json_without_personal_data(client, caplog):
    caplog.set_level(logging.INFO, logger="hotline.http")
    client.post("/api/v1/cases", json={**CASE, "reporter": {"phone": "13812345678"}},
                headers={"X-Request-ID": "req-1"})
    record = next(r for r in caplog.records if getattr(r, "request_id", None) == "req-1")
    line = json.loads(JsonFormatter().format(record))
    assert line["route"] == "/api/v1/cases" and line["status"] == 201 and line["method"] == "POST"
    assert line["user"] == "root-admin" and line["duration_ms"] >= 0
    assert "13812345678" not in json.dumps(line, ensure_ascii=False)


def test_metrics(client, anonymous):
    client.post("/api/v1/cases", json=CASE)
    client.post("/api/v1/cases", json=CASE)
    text = anonymous.get("/metrics").text
    assert "hotline_cases_created_total 2.0" in text
    assert 'hotline_cases{status="new"} 2.0' in text
    assert 'hotline_actions_total{action="create"} 2.0' in text
    assert 'hotline_request_seconds_count{method="POST",route="/api/v1/cases",status="201"} 2.0' in text


def test_ready(anonymous, ctx):
    r = anonymous.get("/api/v1/ready")
    assert r.status_code == 503 and r.json()["problems"] == ["regions_not_loaded"]
    from hotline.services.regions import load_region_table

    load_region_table(ctx)
    r = anonymous.get("/api/v1/ready")
    assert r.status_code == 200 and r.json() == {"ready": True, "problems": []}


def test_api_docs_use_vendored_assets(anonymous):
    page = anonymous.get("/docs").text
    assert "cdn" not in page.lower() and "swagger-ui-bundle.js" in page
    for src in ("/console/static/vendor/swagger-ui/swagger-ui-bundle.js", "/console/static/swagger-init.js",
                "/console/static/vendor/swagger-ui/swagger-ui.css"):
        r = anonymous.get(src)
        assert r.status_code == 200 and len(r.content) > 100, src
