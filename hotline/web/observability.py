"""Request ids, structured JSON logs, security headers, Prometheus metrics, readiness.

Every response carries `X-Request-ID` (the caller's, if it sent a sane one, else a new one) and every
request is logged as one JSON line with that id, the route, the status and the duration — never a
reporter's data. Business counts (/metrics) are read from the database at scrape time, so they are
right however many app processes run; request latency histograms are per process.
"""

from __future__ import annotations

import json
import logging
import re
import time
import uuid
from typing import Any

import sqlalchemy as sa
from fastapi import FastAPI
from fastapi.responses import PlainTextResponse
from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import GaugeMetricFamily
from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

log = logging.getLogger("hotline.http")
_REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")
# The interactive API docs (vendored Swagger UI) set inline styles: no CSP from us there.
_NO_CSP = ("/docs",)
DEFAULT_CSP = "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'"


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        out: dict[str, Any] = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S%z"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        for key in ("request_id", "method", "route", "status", "duration_ms", "user"):
            if hasattr(record, key):
                out[key] = getattr(record, key)
        if record.exc_info:
            out["error"] = self.formatException(record.exc_info)
        return json.dumps(out, ensure_ascii=False)


def configure_logging(level: str = "INFO") -> None:
    handler = logging.StreamHandler()
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    logging.getLogger("fontTools").setLevel(logging.WARNING)  # PDF font subsetting chatter


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.latency = Histogram("hotline_request_seconds", "HTTP request latency (this process)",
                                 ["method", "route", "status"], registry=self.registry,
                                 buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5))
        self.requests = Counter("hotline_requests", "HTTP requests (this process)", ["method", "route", "status"],
                                registry=self.registry)


class _DatabaseCollector:
    """Counts read from the database at scrape time."""

    def __init__(self, app: FastAPI):
        self.app = app

    def collect(self):
        from hotline.store.tables import cases, events

        db = self.app.state.db
        created = GaugeMetricFamily("hotline_cases_created_total", "Cases recorded (all processes)")
        by_status = GaugeMetricFamily("hotline_cases", "Cases by status", labels=["status"])
        actions = GaugeMetricFamily("hotline_actions_total", "Case actions recorded, by action", labels=["action"])
        with db.read() as conn:
            total = 0
            for status, n in conn.execute(sa.select(cases.c.status, sa.func.count()).group_by(cases.c.status)):
                by_status.add_metric([status], n)
                total += n
            created.add_metric([], total)
            for action, n in conn.execute(sa.select(events.c.action, sa.func.count()).group_by(events.c.action)):
                actions.add_metric([action], n)
        yield created
        yield by_status
        yield actions


class RequestContextMiddleware:
    """The request id, the log line, the latency metric and the security headers of every response.

    Plain ASGI: Starlette's BaseHTTPMiddleware ran each request through an extra task and a pair of
    memory streams, a tenth of a worker's CPU at full intake (docs/benchmarks.md, intake)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        rid = Headers(scope=scope).get("x-request-id", "")
        if not _REQUEST_ID.match(rid):
            rid = uuid.uuid4().hex
        state = scope.setdefault("state", {})  # what handlers see as request.state
        state["request_id"] = rid
        start = time.perf_counter()
        status = 500

        async def send_with_headers(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                headers = MutableHeaders(scope=message)
                headers["X-Request-ID"] = rid
                _security_headers(scope, headers)
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        finally:
            elapsed = time.perf_counter() - start
            route = getattr(scope.get("route"), "path", None) or "unmatched"
            metrics: Metrics = scope["app"].state.metrics
            method = scope["method"]
            metrics.latency.labels(method, route, str(status)).observe(elapsed)
            metrics.requests.labels(method, route, str(status)).inc()
            user = state.get("user")
            log.info("request", extra={"request_id": rid, "method": method, "route": route,
                                       "status": status, "duration_ms": round(elapsed * 1000, 2),
                                       "user": user.username if user else None})


def _security_headers(scope: Scope, h: MutableHeaders) -> None:
    h.setdefault("X-Content-Type-Options", "nosniff")
    h.setdefault("X-Frame-Options", "DENY")
    h.setdefault("Referrer-Policy", "same-origin")
    if not scope["path"].startswith(_NO_CSP):
        h.setdefault("Content-Security-Policy", DEFAULT_CSP)
    if scope.get("scheme") == "https":
        h.setdefault("Strict-Transport-Security", "max-age=31536000; includeSubDomains")


def install(app: FastAPI) -> None:
    app.state.metrics = Metrics()
    app.state.metrics.registry.register(_DatabaseCollector(app))
    app.add_middleware(RequestContextMiddleware)

    @app.get("/metrics", include_in_schema=False)
    def metrics() -> PlainTextResponse:
        return PlainTextResponse(generate_latest(app.state.metrics.registry).decode(),
                                 media_type="text/plain; version=0.0.4")

    readiness = {"application/json": {"schema": {
        "type": "object", "required": ["ready", "problems"],
        "properties": {"ready": {"type": "boolean"}, "problems": {"type": "array", "items": {
            "type": "string", "enum": ["regions_not_loaded", "migrations_pending", "database_unavailable"]}}}}}}

    @app.get("/api/v1/ready", summary="就绪检查：数据库可用、迁移已到最新、行政区划已入库", tags=["运维"],
             responses={200: {"description": "可以接收请求", "content": readiness},
                        503: {"description": "尚未就绪：problems 列出原因", "content": readiness}})
    def ready() -> PlainTextResponse:
        from hotline.store.migrate import pending_heads
        from hotline.store.tables import regions

        db = app.state.db
        problems = []
        try:
            with db.read() as conn:
                if conn.execute(sa.select(regions.c.code).limit(1)).first() is None:
                    problems.append("regions_not_loaded")
            if pending_heads(db):
                problems.append("migrations_pending")
        except sa.exc.SQLAlchemyError:
            problems.append("database_unavailable")
        body = json.dumps({"ready": not problems, "problems": problems})
        return PlainTextResponse(body, status_code=200 if not problems else 503, media_type="application/json")
