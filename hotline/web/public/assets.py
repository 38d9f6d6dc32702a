"""Our own CSS and JS for the public pages, from hotline/web/static/public (no CDN: hotline offices
often sit on closed intranets). URLs carry the file's hash, so they are cached for a year."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import FileResponse

from hotline.services.errors import ServiceError
from hotline.web.public.render import STATIC, PublicRoute, secure

router = APIRouter(route_class=PublicRoute, include_in_schema=False)

SERVED = {".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8", ".svg": "image/svg+xml",
          ".png": "image/png", ".ico": "image/x-icon"}


@router.get("/public/static/{name}")
def static_file(name: str, v: str | None = None):
    full = (STATIC / name).resolve()
    if not full.is_relative_to(STATIC) or full.suffix not in SERVED or not full.is_file():
        raise ServiceError("not_found", "文件不存在", 404)
    cache = "public, max-age=31536000, immutable" if v else "public, max-age=300"
    return secure(FileResponse(full, media_type=SERVED[full.suffix]), cache=cache)
