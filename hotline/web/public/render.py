"""Rendering of the public pages: Jinja2 templates (hotline/web/templates/public), security
headers on every answer, errors as Chinese pages, and our own static files (no CDN)."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from datetime import datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

from fastapi import Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse
from fastapi.routing import APIRoute
from jinja2 import Environment, FileSystemLoader, select_autoescape

from hotline.domain.lifecycle import LifecycleError
from hotline.services.cases import local_tz
from hotline.services.errors import validation_error
from hotline.web.assets import versioned_url

WEB = Path(__file__).resolve().parent.parent
TEMPLATES = WEB / "templates"
STATIC = WEB / "static" / "public"

# No inline script or style anywhere: scripts and styles come from our own files only.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
    # The submit page may ask for the phone's position (a button press, never on load).
    "Permissions-Policy": "geolocation=(self), camera=(), microphone=(), payment=()",
}


def secure(response: Response, *, cache: str = "no-store") -> Response:
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    response.headers.setdefault("Cache-Control", cache)
    return response


def static_url(name: str) -> str:
    """/public/static/NAME?v=<hash>: cached for a year, and a new file gets a new URL."""
    return versioned_url(STATIC, "/public/static", name)


def local_time(value: Any, fmt: str = "%Y-%m-%d %H:%M") -> str:
    if not value:
        return ""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value.astimezone(local_tz()).strftime(fmt)


def local_date(value: Any) -> str:
    return local_time(value, "%Y-%m-%d")


def last_day(value: Any) -> str:
    """The end of a half-open validity as people say it: until 5 May 00:00 is "至 5月4日"."""
    if not value:
        return ""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    local = value.astimezone(local_tz())
    if (local.hour, local.minute, local.second) == (0, 0, 0):
        return (local - timedelta(days=1)).strftime("%Y-%m-%d")
    return local.strftime("%Y-%m-%d %H:%M")


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html"]),
                      trim_blocks=True, lstrip_blocks=True)
    env.globals["static_url"] = static_url
    env.filters["local_time"] = local_time
    env.filters["local_date"] = local_date
    env.filters["last_day"] = last_day
    return env


def page(request: Request, template: str, context: dict[str, Any] | None = None, *, status_code: int = 200,
         cache: str = "no-store") -> HTMLResponse:
    html = environment().get_template(f"public/{template}").render({"request": request, **(context or {})})
    return secure(HTMLResponse(html, status_code=status_code), cache=cache)


ERROR_TITLES = {400: "提交未成功", 403: "页面已过期", 404: "没有找到", 413: "内容太大", 429: "操作太频繁"}


def error_page(request: Request, exc: LifecycleError) -> HTMLResponse:
    status = exc.status_code if 400 <= exc.status_code < 500 else 409
    return page(request, "error.html", {"title": ERROR_TITLES.get(status, "出错了"), "error": exc},
                status_code=status)


class PublicRoute(APIRoute):
    """Every public answer carries the security headers; service errors become pages, not JSON."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        inner = super().get_route_handler()

        async def handler(request: Request) -> Response:
            try:
                response = await inner(request)
            except LifecycleError as exc:  # ServiceError and the lifecycle's own refusals
                return error_page(request, exc)
            except RequestValidationError as exc:  # a malformed parameter: a page, not JSON
                return error_page(request, validation_error(list(exc.errors())))
            return secure(response)

        return handler
