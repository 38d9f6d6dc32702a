"""/api/v1 — sessions, the current user, routing, unit summaries."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request, Response
from pydantic import Field

from hotline.domain.access import ROLE_LABELS, Principal, Role
from hotline.services import auth
from hotline.services import routing as routing_service
from hotline.services import units as unit_service
from hotline.services.cases import Context
from hotline.services.commands import Strict
from hotline.services.errors import ServiceError
from hotline.web.api.schemas import (AcceptanceOut, AccountOut, Items, MeOut, Ok, RoutePreviewOut, RuleOut,
                                     SessionOut, UnitSummaryOut)
from hotline.web.deps import SESSION_COOKIE, DbId, base_context, context, current_user
from hotline.web.errors import answers, link

router = APIRouter(prefix="/api/v1")


class LoginIn(Strict):
    username: Annotated[str, Field(min_length=1, max_length=64)]
    password: Annotated[str, Field(min_length=1, max_length=200)]


def user_view(user: Principal) -> dict:
    return {"username": user.username, "unit": user.unit, "roles": sorted(r.value for r in user.roles),
            "role_labels": [ROLE_LABELS[r] for r in sorted(user.roles)]}


@router.post("/session", summary="登录（浏览器会话）", tags=["登录"], **answers(
    SessionOut, 401, 429, headers={"Set-Cookie": {"description": "会话 Cookie（HttpOnly）", "schema": {"type": "string"}}}))
def login(body: LoginIn, request: Request, response: Response) -> dict:
    ctx = base_context(request)
    user = auth.login(ctx, body.username, body.password, request.client.host if request.client else "")
    sid, csrf = auth.start_session(ctx, user.username)
    response.set_cookie(SESSION_COOKIE, sid, httponly=True, samesite="lax",
                        secure=request.url.scheme == "https", max_age=int(auth.SESSION_LIFETIME.total_seconds()))
    return {"user": user_view(user), "csrf_token": csrf}


@router.delete("/session", summary="退出登录", tags=["登录"], **answers(Ok))
def logout(request: Request, response: Response, _user: Principal = Depends(current_user)) -> dict:
    if sid := request.cookies.get(SESSION_COOKIE):
        auth.end_session(base_context(request), sid)
    response.delete_cookie(SESSION_COOKIE)
    return {"ok": True}


@router.get("/me", summary="当前用户", tags=["登录"], **answers(MeOut))
def me(request: Request, user: Principal = Depends(current_user)) -> dict:
    return {**user_view(user), "csrf_token": getattr(request.state, "csrf_token", None)}


class RoutePreviewIn(Strict):
    region: Annotated[str | None, Field(max_length=6)] = None
    category: Annotated[str, Field(max_length=64)]
    type: Annotated[str, Field(max_length=32)] = "complaint"
    urgent: bool = False


@router.post("/routing/preview", summary="派单预览：工单会派往哪个单位、依据哪条规则", tags=["派单"],
             **answers(RoutePreviewOut))
def routing_preview(body: RoutePreviewIn, ctx: Context = Depends(context)) -> dict:
    return routing_service.preview(ctx, region=body.region, category=body.category, type_=body.type,
                                   urgent=body.urgent)


class RuleIn(Strict):
    region: Annotated[str, Field(min_length=6, max_length=6)] = "000000"
    category: Annotated[str | None, Field(max_length=64)] = None
    type: Annotated[str | None, Field(max_length=32)] = None
    urgent: bool | None = None
    lead_unit: Annotated[str, Field(max_length=64)]
    cohandle_units: Annotated[list[str], Field(max_length=20)] = Field(default_factory=list)
    note: Annotated[str | None, Field(max_length=500)] = None


@router.get("/routing/rules", summary="派单规则", tags=["派单"], **answers(Items[RuleOut]))
def list_rules(ctx: Context = Depends(context)) -> dict:
    return {"items": routing_service.list_rules(ctx)}


@router.post("/routing/rules", summary="新增派单规则", tags=["派单"], **answers(
    RuleOut, status=201, links={"DeleteRule": link("DELETE", "/api/v1/routing/rules/{rule_id}",
                                                   {"rule_id": "$response.body#/id"})}))
def add_rule(body: RuleIn, ctx: Context = Depends(context)) -> dict:
    return routing_service.add_rule(ctx, region=body.region, lead_unit=body.lead_unit, category=body.category,
                                    type_=body.type, urgent=body.urgent, cohandle_units=body.cohandle_units,
                                    note=body.note)


@router.delete("/routing/rules/{rule_id}", summary="删除派单规则", tags=["派单"], **answers(status=204, description="已删除"))
def delete_rule(rule_id: DbId, ctx: Context = Depends(context)) -> Response:
    routing_service.delete_rule(ctx, rule_id)
    return Response(status_code=204)


@router.get("/units/{code}/summary", summary="单位及下级单位的在办工单汇总（自动上报）", tags=["单位"],
            **answers(UnitSummaryOut))
def unit_summary(code: str, ctx: Context = Depends(context)) -> dict:
    return unit_service.unit_summary(ctx, code)


@router.get("/users", summary="用户列表（管理员）", tags=["单位"], **answers(Items[AccountOut]))
def list_users(ctx: Context = Depends(context)) -> dict:
    if not ctx.user or not ctx.user.has(Role.ADMIN):
        raise ServiceError("forbidden", "只有管理员可以查看用户列表", 403)
    return {"items": auth.list_users(ctx)}


@router.get("/intake/acceptance", summary="受理建议的采纳率（按字段）", tags=["统计"], **answers(Items[AcceptanceOut]))
def intake_acceptance(ctx: Context = Depends(context)) -> dict:
    from hotline.services.intake import acceptance

    if not ctx.user or not ctx.user.has(Role.ADMIN, Role.SUPERVISOR):
        raise ServiceError("forbidden", "只有督办和管理员可以查看采纳率", 403)
    return {"items": acceptance(ctx)}
