"""The FastAPI application: JSON API under /api/v1 (Open311 and pages join as their issues land)."""

from __future__ import annotations

import importlib
from contextlib import asynccontextmanager

import anyio

from fastapi import FastAPI
from fastapi.responses import HTMLResponse, RedirectResponse

from hotline import __version__
from hotline.domain.clock import Clock, SystemClock
from hotline.settings import Settings, get_settings
from hotline.store.db import Database
from hotline.store.files import FileStorage, LocalFileStorage
from hotline.web.api import cases as cases_api
from hotline.web.api import meta as meta_api
from hotline.web.api import org as org_api
from hotline.web.errors import install as install_errors
from hotline.jobs.web import install_jobs
from hotline.web.observability import install as install_observability

# Routers that live with their feature and may not exist yet in this checkout.
OPTIONAL_ROUTERS = [
    "hotline.web.api.analyze",
    "hotline.web.api.policies",
    "hotline.web.api.deadlines",
    "hotline.web.api.hotspots",
    "hotline.web.open311",
    "hotline.web.console",
    "hotline.web.public",
    "hotline.reports.api",
]


DOCS_PAGE = """<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>Hotline API 文档</title>
<link rel="stylesheet" href="/console/static/vendor/swagger-ui/swagger-ui.css"></head>
<body><div id="swagger-ui"></div>
<script src="/console/static/vendor/swagger-ui/swagger-ui-bundle.js"></script>
<script src="/console/static/swagger-init.js"></script></body></html>"""


def create_app(
    settings: Settings | None = None,
    *,
    db: Database | None = None,
    clock: Clock | None = None,
    storage: FileStorage | None = None,
) -> FastAPI:
    settings = settings or get_settings()
    app = FastAPI(
        title="Hotline 交通运输服务监督热线",
        version=__version__,
        description="工单受理、派单、办理、回访；政策知识库；热点。所有时间为 ISO 8601（默认 +08:00）。",
        docs_url=None,  # served below from vendored assets: hotline offices often have no internet
        redoc_url=None,
    )

    @app.get("/", include_in_schema=False)
    def home() -> RedirectResponse:
        return RedirectResponse("/public/", status_code=307)  # drivers first; staff go to /console/login

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return HTMLResponse(DOCS_PAGE)
    app.state.db = db or Database(settings.database_url)
    app.state.clock = clock or SystemClock()
    app.state.storage = storage or LocalFileStorage(settings.files_dir)

    install_errors(app)
    install_observability(app)
    app.include_router(cases_api.router)
    app.include_router(meta_api.router)
    app.include_router(org_api.router)
    for module in OPTIONAL_ROUTERS:
        try:
            router = getattr(importlib.import_module(module), "router", None)
        except ModuleNotFoundError as exc:
            if exc.name is None or not (module + ".").startswith(exc.name + "."):
                raise
            continue
        if router is not None:  # a package still being written has no router yet
            app.include_router(router)
    _limit_threads(app, settings.threads)
    install_jobs(app)  # background jobs in this process only when HOTLINE_JOBS_IN_WEB=true
    if settings.preload_models:
        from hotline.text.analyze import analyze
        from hotline.text.noisy import common_words

        analyze("京港澳高速孝感北收费站劝返")  # builds or loads every model once, in this worker
        common_words()  # (read by the slip reader only when a message needs it)
    return app


def _limit_threads(app: FastAPI, threads: int) -> None:
    """At most `threads` requests run their (synchronous) handlers at once in this worker; the rest
    wait in the event loop. AnyIO's default is 40: under load 40 threads fought over one GIL and one
    connection pool, and each case took twice the CPU it takes alone (docs/benchmarks.md, "Intake
    under load")."""
    previous = app.router.lifespan_context

    @asynccontextmanager
    async def lifespan(a: FastAPI):
        anyio.to_thread.current_default_thread_limiter().total_tokens = threads
        async with previous(a) as state:
            yield state

    app.router.lifespan_context = lifespan
