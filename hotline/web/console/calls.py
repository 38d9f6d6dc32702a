"""Incoming calls: `POST /api/v1/calls` from the phone system (or the operator), and the live
stream that pops the caller's cases up on the operator's workbench (来电弹屏)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

import sqlalchemy as sa
from fastapi import APIRouter, Depends, Request, Response
from pydantic import Field, field_validator

from hotline.domain.access import INTAKE_ROLES, Principal
from hotline.services.cases import Context, forbidden, iso, load_tree
from hotline.services.commands import Strict
from hotline.services.errors import ServiceError
from hotline.store.console_tables import console_calls
from hotline.web.console import live
from hotline.web.console.reads import normalise_phone
from hotline.web.console.render import ConsoleRoute
from hotline.web.console.session import console_context, require
from hotline.web.console.workbench import OPERATORS, call_url
from hotline.web.deps import context

api = APIRouter(prefix="/api/v1/calls", tags=["来电"])
pages = APIRouter(route_class=ConsoleRoute, include_in_schema=False)


class CallIn(Strict):
    call_id: Annotated[str, Field(min_length=1, max_length=100, description="电话系统的通话编号（重复推送只记一次）")]
    caller: Annotated[str, Field(min_length=3, max_length=32, description="主叫号码")]
    line: Annotated[str | None, Field(max_length=32, description="被叫线路，如 12328")] = None
    at: datetime | None = Field(default=None, description="来电时间（ISO 8601，带时区），默认现在")
    agent: Annotated[str | None, Field(max_length=64, description="接听坐席的用户名；不填则弹给该单位所有坐席")] = None
    unit: Annotated[str | None, Field(max_length=64, description="接听单位，默认推送者所在单位")] = None

    @field_validator("at", mode="before")
    @classmethod
    def _parse_at(cls, v):
        if isinstance(v, str):
            try:
                v = datetime.fromisoformat(v)
            except ValueError:
                raise ValueError("来电时间必须是 ISO 8601 时间，如 2022-04-22T10:00:00+08:00") from None
        if isinstance(v, datetime) and v.tzinfo is None:
            raise ValueError("来电时间必须带时区，如 +08:00")
        return v


def call_view(row) -> dict[str, Any]:
    return {"id": row.id, "call_id": row.call_id, "caller": row.caller, "line": row.line, "at": iso(row.at),
            "agent": row.agent, "unit": row.unit, "created_by": row.created_by,
            "workbench_url": call_url(row.caller, row.call_id)}


def record_call(ctx: Context, body: CallIn) -> tuple[dict[str, Any], bool]:
    """Store one call; the same call_id again answers the stored call (created=False)."""
    user = ctx.user
    if user is not None and not user.has(*INTAKE_ROLES):
        raise forbidden("只有坐席、督办、管理员（或电话系统账号）可以推送来电")
    caller = normalise_phone(body.caller)
    if caller is None and not body.caller.isdigit():
        raise ServiceError("invalid_phone", "主叫号码格式不正确", 422, field="caller")
    now = ctx.clock.now()
    with ctx.db.write() as conn:
        hit = conn.execute(sa.select(console_calls).where(console_calls.c.call_id == body.call_id)).first()
        if hit is not None:
            return call_view(hit), False
        unit = body.unit or (user.unit if user else None)
        if unit is not None:
            tree = load_tree(conn)
            if unit not in tree:
                raise ServiceError("unknown_unit", f"单位 {unit} 不存在", 422, field="unit")
            if user is not None and unit not in tree.subtree(user.unit):
                raise forbidden("只能向本单位或下级单位推送来电")
        call_id = conn.execute(sa.insert(console_calls).values(
            call_id=body.call_id, caller=caller or body.caller, line=body.line, at=body.at or now,
            agent=body.agent, unit=unit, created_by=ctx.actor, created_at=now).returning(console_calls.c.id)).scalar_one()
        row = conn.execute(sa.select(console_calls).where(console_calls.c.id == call_id)).one()
        return call_view(row), True


@api.post("", status_code=201, summary="来电通知：弹出来电人的历史工单（同一 call_id 只记一次）",
          responses={200: {"description": "同一 call_id 已记录过：返回原记录，不重复记",
                           "content": {"application/json": {"schema": {"type": "object"}}}}})
def post_call(body: CallIn, response: Response, ctx: Context = Depends(context)) -> dict:
    call, created = record_call(ctx, body)
    if not created:
        response.status_code = 200
    return call


def _mine(user: Principal):
    return sa.or_(console_calls.c.agent == user.username,
                  sa.and_(console_calls.c.agent.is_(None), console_calls.c.unit == user.unit))


def calls_after(ctx: Context, user: Principal, after: int) -> list[tuple[int, str, dict[str, Any]]]:
    with ctx.db.read() as conn:
        rows = conn.execute(sa.select(console_calls).where(console_calls.c.id > after, _mine(user))
                            .order_by(console_calls.c.id).limit(20)).all()
    return [(r.id, "call", call_view(r)) for r in rows]


def last_call_id(ctx: Context) -> int:
    with ctx.db.read() as conn:
        return conn.execute(sa.select(sa.func.coalesce(sa.func.max(console_calls.c.id), 0))).scalar_one()


@pages.get("/console/workbench/stream")
def call_stream(request: Request, ctx: Context = Depends(console_context),
                user: Principal = Depends(require(*OPERATORS))):
    return live.stream(request, lambda: last_call_id(ctx), lambda after: calls_after(ctx, user, after))


router = APIRouter()
router.include_router(api)
router.include_router(pages)
