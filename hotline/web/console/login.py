"""Logging in and out of the console; the landing redirect."""

from __future__ import annotations

import secrets
import threading

from fastapi import APIRouter, Depends, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import RedirectResponse

from hotline.domain.access import Principal
from hotline.services import auth
from hotline.services.errors import ServiceError
from hotline.web.console.render import ConsoleRoute, page, secure
from hotline.web.console.session import checked_form, home_for, page_user
from hotline.web.deps import SESSION_COOKIE, base_context

router = APIRouter(route_class=ConsoleRoute, include_in_schema=False)

LOGIN_CSRF_COOKIE = "hotline_login_csrf"
_warmed = threading.Event()


def _warm_text_models() -> None:
    """Load the text models once, in the background, when the first person logs in: the first
    suggestion on the workbench then comes as fast as the others."""
    if _warmed.is_set():
        return
    _warmed.set()

    def load() -> None:
        from hotline.text.analyze import analyze

        analyze("孝感北收费站劝返货车")

    threading.Thread(target=load, name="warm-text-models", daemon=True).start()


def _safe_next(target: str | None) -> str | None:
    if target and target.startswith("/console") and not target.startswith("//") and "\\" not in target:
        return target
    return None


def _secure_cookie(request: Request) -> bool:
    return request.url.scheme == "https"


def _demo_installed(request: Request) -> bool:
    """The demo accounts are listed on the login page only where `hotline demo` loaded them."""
    import sqlalchemy as sa

    from hotline.store.tables import cases

    with request.app.state.db.read() as conn:
        return conn.execute(sa.select(cases.c.id).where(cases.c.demo.is_(True)).limit(1)).first() is not None


@router.get("/console/login")
def login_form(request: Request, next: str | None = None):
    token = secrets.token_urlsafe(24)
    response = page(request, "console/login.html", {"login_csrf": token, "next": _safe_next(next) or "",
                                                    "title": "登录", "demo": _demo_installed(request)})
    response.set_cookie(LOGIN_CSRF_COOKIE, token, httponly=True, samesite="strict", path="/console",
                        secure=_secure_cookie(request))
    return response


@router.post("/console/login")
async def login(request: Request):
    form = await request.form()
    username = str(form.get("username") or "").strip()
    password = str(form.get("password") or "")
    target = _safe_next(str(form.get("next") or ""))
    sent, expected = str(form.get("csrf_token") or ""), request.cookies.get(LOGIN_CSRF_COOKIE, "")

    def again(message: str, status: int):
        token = secrets.token_urlsafe(24)
        response = page(request, "console/login.html", {"login_csrf": token, "next": target or "", "error": message,
                                                        "username": username, "title": "登录",
                                                        "demo": _demo_installed(request)},
                        status_code=status)
        response.set_cookie(LOGIN_CSRF_COOKIE, token, httponly=True, samesite="strict", path="/console",
                            secure=_secure_cookie(request))
        return response

    if not expected or not secrets.compare_digest(sent, expected):
        return again("登录页面已过期，请重新输入", 403)
    if not username or not password:
        return again("请输入用户名和密码", 422)
    ctx = base_context(request)
    try:  # the same rate limit and lockout as the API login
        user = await run_in_threadpool(auth.login, ctx, username, password,
                                       request.client.host if request.client else "")
    except ServiceError as exc:
        return again(exc.message, exc.status_code)
    sid, _csrf = await run_in_threadpool(auth.start_session, ctx, user.username)
    _warm_text_models()
    response = RedirectResponse(target or home_for(user), status_code=303)
    response.set_cookie(SESSION_COOKIE, sid, httponly=True, samesite="lax", path="/",
                        secure=_secure_cookie(request), max_age=int(auth.SESSION_LIFETIME.total_seconds()))
    response.delete_cookie(LOGIN_CSRF_COOKIE, path="/console")
    return secure(response)


@router.post("/console/logout")
def logout(request: Request, _form=Depends(checked_form)):
    sid = request.cookies.get(SESSION_COOKIE)
    if sid:
        auth.end_session(base_context(request), sid)
    response = RedirectResponse("/console/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


@router.get("/console")
def home(user: Principal = Depends(page_user)):
    return RedirectResponse(home_for(user), status_code=303)
