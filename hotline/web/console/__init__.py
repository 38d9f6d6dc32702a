"""The staff console (坐席工作台, 承办待办, 统计看板, 知识库): server-rendered pages under /console.

Jinja2 templates (hotline/web/templates/console), htmx for partial updates, SSE for live queues;
scripts and styles are our own files under hotline/web/static (vendored htmx and ECharts, no CDN).
`POST /api/v1/calls` (the phone system's incoming-call notice) lives here too. See docs/console.md.
"""

from __future__ import annotations

from fastapi import APIRouter

from hotline.web.console import assets, calls, cases, dashboard, hotspots, kb, login, queue, reports, workbench

router = APIRouter()
for _module in (assets, login, workbench, calls, cases, queue, dashboard, hotspots, kb, reports):
    router.include_router(_module.router)
