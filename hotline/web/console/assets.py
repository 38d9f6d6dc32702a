"""Static files of the console (our CSS and JS, vendored htmx and ECharts), served from
hotline/web/static with long cache lifetimes: every URL carries the file's hash (render.static_url)."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import FileResponse

from hotline.services.errors import ServiceError
from hotline.web.console.render import STATIC, ConsoleRoute

router = APIRouter(route_class=ConsoleRoute, include_in_schema=False)

SERVED = {".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8",
          ".svg": "image/svg+xml", ".png": "image/png", ".ico": "image/x-icon", ".txt": "text/plain; charset=utf-8"}


@router.get("/console/static/{path:path}")
def static_file(path: str, v: str | None = None):
    full = (STATIC / path).resolve()
    if (not full.is_relative_to(STATIC) or "vendor-src" in full.relative_to(STATIC).parts
            or full.suffix not in SERVED or not full.is_file()):
        raise ServiceError("not_found", "文件不存在", 404)
    cache = "public, max-age=31536000, immutable" if v else "public, max-age=300"
    return FileResponse(full, media_type=SERVED[full.suffix], headers={"Cache-Control": cache})
