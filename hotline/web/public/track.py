"""Tracking a case (查进度) with the tracking code and the last four digits of the phone, and rating
the answer (满意度评价).

- A wrong code and wrong digits give the same 404 page, in the same way, so the page tells nobody
  whether a code exists. Attempts are limited per address and per code (guard.PublicLimits).
- A correct pair redirects to a signed link valid for 30 minutes; neither the code nor the digits
  are ever in a URL.
- The timeline shows only the public steps (受理, 派单, 签收, 答复, 办结, 回访, 重办, 合并), never notes,
  supervision, returns, extensions or who in a unit did what.
- Rating is the callback (回访) of the case services, recorded by the system actor "web": allowed once,
  after the answer (replied or closed). A replied case is first closed (办结) — the reporter has read
  the answer — then the callback recorded; the lifecycle allows a callback only on a closed case.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import sqlalchemy as sa
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from starlette.exceptions import HTTPException

from hotline.domain.lifecycle import Action, Status
from hotline.services import cases as case_services
from hotline.services.cases import TRACKING_ALPHABET
from hotline.services.commands import ActionIn
from hotline.services.errors import ServiceError
from hotline.store import unit_cache
from hotline.store.tables import cases
from hotline.web.public import guard
from hotline.web.public.policy_pages import system_context
from hotline.web.public.render import PublicRoute, page

router = APIRouter(route_class=PublicRoute, include_in_schema=False)

VIEW_TTL = timedelta(minutes=30)
NOT_FOUND = "没有找到对应的工单：查询码或手机号后四位不正确，请核对后再试"

# What the reporter sees of each state.
PUBLIC_STATUS = {
    Status.NEW: "已受理", Status.DISPATCHED: "办理中", Status.ACCEPTED: "办理中", Status.RETURNED: "办理中",
    Status.REOPENED: "重新办理中", Status.REPLIED: "已答复", Status.CLOSED: "已办结", Status.ARCHIVED: "已办结",
    Status.MERGED: "已合并办理",
}
RATABLE = (Status.REPLIED.value, Status.CLOSED.value)
SATISFACTION = {5: "非常满意", 4: "满意", 3: "基本满意", 2: "不满意", 1: "非常不满意"}


def normalize_code(text: str | None) -> str:
    """What a driver types → the stored form: upper case, no spaces or dashes."""
    return "".join(ch for ch in (text or "").upper() if ch not in " -_\t")[:32]


def public_timeline(events: list[dict[str, Any]], unit_names: dict[str, str]) -> list[dict[str, str]]:
    """The steps a reporter may see, in order. Notes, internal fields and actors are never copied."""
    steps: list[dict[str, str]] = []
    holder = None
    for e in events:
        action, fields = e["action"], e.get("fields") or {}
        if action == Action.CREATE:
            steps.append({"label": "受理", "text": "您的反映已受理", "at": e["at"]})
        elif action in (Action.DISPATCH, Action.FORWARD, Action.ESCALATE):
            holder = unit_names.get(fields.get("unit") or "", "")
            steps.append({"label": "派单", "text": f"已交由{holder}办理" if holder else "已交有关单位办理", "at": e["at"]})
        elif action == Action.ACCEPT:
            steps.append({"label": "签收", "text": f"{holder}已签收，正在办理" if holder else "承办单位已签收，正在办理",
                          "at": e["at"]})
        elif action == Action.REPLY:
            steps.append({"label": "答复", "text": "承办单位已答复", "reply": fields.get("reply") or "", "at": e["at"]})
        elif action == Action.CLOSE:
            steps.append({"label": "办结", "text": "已办结", "reply": fields.get("reply") or "", "at": e["at"]})
        elif action == Action.CALLBACK:
            sat = fields.get("satisfaction")
            steps.append({"label": "回访", "text": f"评价：{SATISFACTION.get(sat, sat)}", "at": e["at"]})
        elif action == Action.REOPEN:
            steps.append({"label": "重办", "text": "已重新办理", "at": e["at"]})
        elif action == Action.MERGE:
            steps.append({"label": "合并", "text": "与反映同一问题的工单合并办理", "at": e["at"]})
    return steps


def _uniform_404() -> ServiceError:
    return ServiceError("not_found", NOT_FOUND, 404)


@router.get("/public/track", response_class=HTMLResponse)
def track_form(request: Request):
    token = guard.csrf_token(request)
    response = page(request, "track.html", {"nav": "track", "csrf": token, "code": ""})
    guard.set_csrf_cookie(request, response, token)
    return response


async def _small_form(request: Request) -> dict[str, str]:
    length = request.headers.get("content-length") or ""
    if not length.isdigit() or int(length) > 16 * 1024:
        raise ServiceError("bad_form", "表单内容无法读取，请返回重新填写", 400)
    try:
        form = await request.form(max_files=0, max_fields=20, max_part_size=4096)
    except HTTPException:
        raise ServiceError("bad_form", "表单内容无法读取，请返回重新填写", 400) from None
    return {k: guard.clean_text(v, 200) for k, v in form.items() if isinstance(v, str)}


@router.post("/public/track", response_class=HTMLResponse)
async def track(request: Request):
    form = await _small_form(request)
    guard.check_csrf(request, form.get(guard.CSRF_FIELD))
    guard.check_honeypot(form.get(guard.HONEYPOT_FIELD))
    code = normalize_code(form.get("code"))
    digits = (form.get("digits") or "").strip()
    lim = guard.limits(request)
    guard.rate_limit(request, [(guard.keyed_hash(request, "track-ip", guard.client_ip(request)), lim.track_ip),
                               (guard.keyed_hash(request, "track-code", code), lim.track_code)])
    # Same work and the same answer whether the code is unknown or the digits are wrong.
    well_formed = len(code) == 12 and all(ch in TRACKING_ALPHABET for ch in code)
    with request.app.state.db.read() as conn:
        row = conn.execute(sa.select(cases.c.number, cases.c.reporter_phone)
                           .where(cases.c.tracking_code == (code if well_formed else "-"))).first()
    expected = (row.reporter_phone or "")[-4:] if row else "----"
    matches = guard.same(digits, expected)
    if not (row and matches and len(expected) == 4):
        raise _uniform_404()
    token = guard.make_link_token(request, "view", row.number, VIEW_TTL)
    return RedirectResponse(f"/public/track/view?t={token}", status_code=303)


def _case_for(request: Request, token: str | None) -> dict[str, Any]:
    number = guard.read_link_token(request, "view", token)
    if number is None:
        raise ServiceError("not_found", "查询已超时或链接无效，请重新输入查询码和手机号后四位", 404)
    return case_services.get_case(system_context(request), number)


@router.get("/public/track/view", response_class=HTMLResponse)
def view(request: Request):
    token = request.query_params.get("t")
    case = _case_for(request, token)
    ctx = system_context(request)
    events = case_services.timeline(ctx, case["number"])
    with request.app.state.db.read() as conn:
        names = unit_cache.names(conn)
    status = Status(case["status"])
    csrf = guard.csrf_token(request)
    response = page(request, "case.html", {
        "nav": "track", "case": case, "token": token, "csrf": csrf,
        "status_label": PUBLIC_STATUS[status], "steps": public_timeline(events, names),
        "reply": case["reply"] if status in (Status.REPLIED, Status.CLOSED, Status.ARCHIVED) else None,
        "ratable": case["status"] in RATABLE and case["satisfaction"] is None,
        "satisfaction": SATISFACTION.get(case["satisfaction"]), "levels": SATISFACTION,
        "rated": request.query_params.get("rated") == "1",
    })
    guard.set_csrf_cookie(request, response, csrf)
    return response


@router.post("/public/track/rate", response_class=HTMLResponse)
async def rate(request: Request):
    form = await _small_form(request)
    guard.check_csrf(request, form.get(guard.CSRF_FIELD))
    token = form.get("t")
    case = _case_for(request, token)
    guard.rate_limit(request, [(guard.keyed_hash(request, "rate-ip", guard.client_ip(request)),
                                guard.limits(request).rate_ip)])
    try:
        satisfaction = int(form.get("satisfaction") or "")
    except ValueError:
        satisfaction = 0
    if satisfaction not in SATISFACTION:
        raise ServiceError("invalid_satisfaction", "请选择 1 到 5 星的满意度", 400)
    if case["status"] not in RATABLE or case["satisfaction"] is not None:
        raise ServiceError("not_ratable", "该工单现在不能评价：答复之后才能评价，且每次答复只能评价一次", 409)
    ctx = system_context(request)
    version = case["version"]
    if case["status"] == Status.REPLIED.value:
        closed = case_services.act(ctx, case["number"], Action.CLOSE,
                                   ActionIn(version=version, note="反映人已在网页查看答复并评价"))
        version = closed["version"]
    case_services.act(ctx, case["number"], Action.CALLBACK, ActionIn(version=version, satisfaction=satisfaction))
    return RedirectResponse(f"/public/track/view?t={token}&rated=1", status_code=303)
