"""Who is at the console: the session cookie, role checks, the CSRF field of every form, and the
navigation each role sees."""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from fastapi import Depends, Request
from starlette.datastructures import FormData

from hotline.domain.access import Principal, Role
from hotline.services.cases import Context
from hotline.services.errors import ServiceError
from hotline.web.console.render import LoginRequired
from hotline.web.deps import optional_user

R = Role


@dataclass(frozen=True)
class NavItem:
    href: str
    label: str
    roles: frozenset[Role]
    key: str


NAV = [
    NavItem("/console/workbench", "坐席工作台", frozenset({R.OPERATOR, R.SUPERVISOR, R.ADMIN}), "workbench"),
    NavItem("/console/queue", "本单位待办", frozenset({R.HANDLER, R.SUPERVISOR, R.ADMIN}), "queue"),
    NavItem("/console/cases", "工单查询", frozenset(Role), "cases"),
    NavItem("/console/dashboard", "统计看板", frozenset({R.SUPERVISOR, R.ADMIN}), "dashboard"),
    NavItem("/console/hotspots", "热点", frozenset({R.HANDLER, R.SUPERVISOR, R.ADMIN}), "hotspots"),
    NavItem("/console/kb", "知识库", frozenset({R.KB_EDITOR, R.ADMIN}), "kb"),
    NavItem("/console/reports", "报表", frozenset({R.OPERATOR, R.SUPERVISOR, R.ADMIN}), "reports"),
]


def nav_for(user: Principal) -> list[NavItem]:
    return [item for item in NAV if user.roles & item.roles]


def home_for(user: Principal) -> str:
    """Where a user lands after logging in: the first page of their main role."""
    for role, href in ((R.OPERATOR, "/console/workbench"), (R.HANDLER, "/console/queue"),
                       (R.SUPERVISOR, "/console/dashboard"), (R.ADMIN, "/console/dashboard"),
                       (R.KB_EDITOR, "/console/kb")):
        if role in user.roles:
            return href
    return "/console/cases"


def page_user(request: Request) -> Principal:
    """The logged-in user; a page without one redirects to the login page."""
    user = optional_user(request)
    if user is None:
        raise LoginRequired()
    return user


async def console_context(request: Request, user: Principal = Depends(page_user)) -> Context:
    st = request.app.state
    return Context(db=st.db, clock=st.clock, storage=st.storage, user=user)


def require(*roles: Role):
    """A dependency: the page is for these roles only (403 page otherwise)."""

    async def check(user: Principal = Depends(page_user)) -> Principal:  # no thread hop (deps.py)
        if not user.has(*roles):
            raise ServiceError("forbidden", "您的角色无权打开此页面", 403)
        return user

    return check


async def checked_form(request: Request, user: Principal = Depends(page_user)) -> FormData:
    """The posted form, after checking its `csrf_token` field (or the X-CSRF-Token header htmx sends)
    against the session's token. deps.py leaves this check to the console for paths under /console."""
    form = await request.form()
    sent = form.get("csrf_token") or request.headers.get("x-csrf-token") or ""
    expected = getattr(request.state, "csrf_token", None)
    if not expected or not isinstance(sent, str) or not secrets.compare_digest(sent, expected):
        raise ServiceError("csrf_failed", "页面已过期或来源不明（CSRF 校验失败），请刷新页面后重试", 403)
    return form


def unit_name(request: Request, code: str) -> str:
    import sqlalchemy as sa

    from hotline.store.tables import units

    with request.app.state.db.read() as conn:
        return conn.execute(sa.select(units.c.name).where(units.c.code == code)).scalar() or code


def base(request: Request, user: Principal, active: str, title: str) -> dict:
    """What the layout needs on every page."""
    return {"user": user, "nav": nav_for(user), "active": active, "title": title,
            "unit_name": unit_name(request, user.unit)}
