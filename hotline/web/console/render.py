"""Page rendering for the console: Jinja2 templates (whole pages or one block for htmx), security
headers on every console response, and errors shown as Chinese pages instead of JSON."""

from __future__ import annotations

import json
from collections.abc import Callable, Coroutine
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from fastapi import Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.routing import APIRoute
from jinja2 import Environment, FileSystemLoader, select_autoescape
from jinja2_fragments import render_block
from markupsafe import Markup

from hotline.domain.access import ROLE_LABELS, Role
from hotline.services.cases import local_tz
from hotline.services.errors import ServiceError, validation_error
from hotline.web.assets import versioned_url

WEB = Path(__file__).resolve().parent.parent
TEMPLATES = WEB / "templates"
STATIC = WEB / "static"

# Scripts only from our own origin (no inline script, no eval); styles from our own files. Inline
# JSON data blocks (type="application/json") are not scripts and need no allowance.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
       "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
       "frame-ancestors 'none'")
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}


class LoginRequired(Exception):
    """Raised by page dependencies when nobody is logged in: answered with a redirect to the login page."""


def is_htmx(request: Request) -> bool:
    return request.headers.get("hx-request") == "true"


def secure(response: Response, *, cache: bool = False) -> Response:
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    if not cache:
        response.headers.setdefault("Cache-Control", "no-store")
    return response


def login_redirect(request: Request) -> Response:
    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    url = "/console/login" + (f"?next={quote(target)}" if request.method == "GET" and not is_htmx(request) else "")
    if is_htmx(request):
        return secure(Response(status_code=200, headers={"HX-Redirect": url}))
    return secure(RedirectResponse(url, status_code=303))


def error_response(request: Request, exc: ServiceError) -> Response:
    if is_htmx(request):
        html = render_block_html("console/_parts.html", "alert", {"kind": "error", "message": exc.message})
        return secure(HTMLResponse(html, headers={"HX-Retarget": "#flash", "HX-Reswap": "innerHTML"}))
    from hotline.web.console.session import nav_for

    user = getattr(request.state, "user", None)
    return page(request, "console/error.html", {"error": exc, "user": user, "nav": nav_for(user) if user else [],
                                                "title": "出错了"}, status_code=exc.status_code)


class ConsoleRoute(APIRoute):
    """Adds the security headers to every console answer and turns service errors into pages."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        inner = super().get_route_handler()

        async def handler(request: Request) -> Response:
            try:
                response = await inner(request)
            except LoginRequired:
                return login_redirect(request)
            except ServiceError as exc:
                return error_response(request, exc)
            except RequestValidationError as exc:  # a link with a malformed parameter: a page, not JSON
                return error_response(request, validation_error(list(exc.errors())))
            if not isinstance(response, Response):  # pragma: no cover - every route answers a Response
                return response
            return secure(response, cache=request.url.path.startswith("/console/static/"))

        return handler


# ---------------------------------------------------------------- templates


def static_url(name: str) -> str:
    return versioned_url(STATIC, "/console/static", name)


def local_time(value: str | datetime | None, fmt: str = "%m-%d %H:%M") -> str:
    if not value:
        return ""
    t = datetime.fromisoformat(value) if isinstance(value, str) else value
    return t.astimezone(local_tz()).strftime(fmt)


def to_json(value: Any) -> Markup:
    """JSON for a <script type="application/json"> block: `<` escaped so no tag can close it."""
    text = json.dumps(value, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e")
    return Markup(text.replace("&", "\\u0026"))


def query(base: str, **params: Any) -> str:
    clean = {k: v for k, v in params.items() if v not in (None, "", False)}
    return base + ("?" + urlencode(clean) if clean else "")


# Who acted, when it was not a person: the services' system actors, named in Chinese.
SYSTEM_ACTORS = {"system": "系统", "cli": "命令行"}


def actor_name(actor: str | None) -> str:
    return SYSTEM_ACTORS.get(actor or "", actor or "")


def role_labels(roles) -> str:
    return "、".join(ROLE_LABELS[Role(r)] for r in sorted(roles))


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(["html"]),
                      trim_blocks=True, lstrip_blocks=True)
    env.globals.update(static=static_url, query=query, role_labels=role_labels)
    env.filters.update(local_time=local_time, to_json=to_json, actor_name=actor_name)
    return env


def render_html(name: str, context: dict[str, Any]) -> str:
    return environment().get_template(name).render(context)


def render_block_html(name: str, block: str, context: dict[str, Any]) -> str:
    return render_block(environment(), name, block, context)


def _emergency_banner(request: Request) -> list[dict[str, Any]]:
    """Emergency modes (应急状态) in force over the user's unit: shown on every console page."""
    from dataclasses import replace

    from hotline.services import deadlines
    from hotline.web.deps import base_context

    user = getattr(request.state, "user", None)
    if user is None:
        return []
    return deadlines.banner_for(replace(base_context(request), user=user))["items"]


def page(request: Request, name: str, context: dict[str, Any], *, block: str | None = None,
         status_code: int = 200, headers: dict[str, str] | None = None) -> HTMLResponse:
    """A whole page, or with `block` just that block (an htmx fragment)."""
    ctx = {"request": request, "csrf_token": getattr(request.state, "csrf_token", ""), **context}
    if not block:
        ctx.setdefault("emergency_banner", _emergency_banner(request))
    html = render_block_html(name, block, ctx) if block else render_html(name, ctx)
    return secure(HTMLResponse(html, status_code=status_code, headers=headers))
