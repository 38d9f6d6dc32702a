"""/api/v1/hotspots — hotspot incidents (热点事件), their notices, knowledge-base tasks, surging topics.

A user sees the incidents whose responsible unit is their own unit or (for roles that see
subordinate units) below it, by the same role table as cases.
"""

from __future__ import annotations

from typing import Annotated, Literal

import sqlalchemy as sa
from fastapi import APIRouter, Depends, Query
from pydantic import Field

from hotline.hotspots import incidents as svc
from hotline.hotspots.job import surging_topics
from hotline.services.cases import Context, region_prefix
from hotline.services.commands import Strict
from hotline.services.errors import ServiceError
from hotline.store.tables import units
from hotline.web.api.schemas import IncidentDetail, IncidentPage, Items, KbTaskOut, NotificationOut, RecordItems
from hotline.web.deps import context
from hotline.web.errors import answers

router = APIRouter(prefix="/api/v1/hotspots", tags=["热点"])

IncidentAction = Literal["confirm", "dismiss", "merge", "split", "close"]


class IncidentActionIn(Strict):
    """The body of POST /hotspots/{id}/actions/{action}."""

    version: int
    note: Annotated[str | None, Field(max_length=5000)] = None
    into: int | None = None  # merge: the incident to merge into
    cases: Annotated[list[Annotated[str, Field(max_length=20)]], Field(max_length=1000)] = Field(
        default_factory=list)  # split: case numbers to move out
    reply: Annotated[str | None, Field(max_length=10000)] = None  # close: 批量答复 to every member case


class KbTaskIn(Strict):
    status: Literal["open", "done", "dropped"]
    policy_uid: Annotated[str | None, Field(max_length=32)] = None


@router.get("", summary="热点事件列表（本单位及下级）", **answers(IncidentPage))
def list_incidents(
    ctx: Context = Depends(context),
    status: Annotated[str | None, Query(description="状态，逗号分隔：open,confirmed,dismissed,merged,closed")] = None,
    region: Annotated[str | None, Query(pattern=r"^\d{6}$", description="行政区划代码，含下级")] = None,
    category: Annotated[str | None, Query(max_length=64)] = None,
    unit: Annotated[str | None, Query(max_length=64)] = None,
    before: Annotated[int | None, Query(ge=1, description="翻页：上一页的 next_before")] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
) -> dict:
    statuses = [s for s in status.split(",") if s] if status else None
    unknown = [s for s in statuses or [] if s not in svc.STATUS_LABELS]
    if unknown:
        raise ServiceError("invalid_status", f"状态必须是 {'、'.join(svc.STATUS_LABELS)} 之一", 422, field="status")
    return svc.list_incidents(ctx, status=statuses, region=region, category=category, unit=unit, before=before,
                              limit=limit)


@router.get("/notifications", summary="热点通知（本单位的通知和发给我的督办提醒）", **answers(Items[NotificationOut]))
def list_notifications(ctx: Context = Depends(context), unread: bool = False,
                       limit: Annotated[int, Query(ge=1, le=200)] = 50) -> dict:
    return {"items": svc.list_notifications(ctx, unread=unread, limit=limit)}


@router.post("/notifications/{notification_id}/read", summary="标记通知已读", **answers(NotificationOut))
def read_notification(notification_id: int, ctx: Context = Depends(context)) -> dict:
    return svc.mark_read(ctx, notification_id)


@router.get("/kb-tasks", summary="知识库任务（热点提出：本地尚无答复口径）", **answers(Items[KbTaskOut]))
def list_kb_tasks(ctx: Context = Depends(context),
                  status: Literal["open", "done", "dropped", "all"] = "open",
                  limit: Annotated[int, Query(ge=1, le=200)] = 50) -> dict:
    return {"items": svc.list_kb_tasks(ctx, status=None if status == "all" else status, limit=limit)}


@router.post("/kb-tasks/{task_id}", summary="处理知识库任务（done 可附已发布条目的 uid）", **answers(KbTaskOut))
def update_kb_task(task_id: int, body: KbTaskIn, ctx: Context = Depends(context)) -> dict:
    return svc.update_kb_task(ctx, task_id, status=body.status, policy_uid=body.policy_uid)


@router.get("/topics", summary="正在突增的话题（地区 × 话题）", **answers(RecordItems))
def list_surging(ctx: Context = Depends(context), limit: Annotated[int, Query(ge=1, le=200)] = 50) -> dict:
    with ctx.db.read() as conn:
        region = conn.execute(sa.select(units.c.region).where(units.c.code == ctx.user.unit)).scalar()
        return {"items": surging_topics(conn, region_prefix=region_prefix(region or "000000"), limit=limit)}


@router.get("/{incident_id}", summary="热点事件详情：成员工单、处理记录、通知、知识库任务", **answers(IncidentDetail))
def get_incident(incident_id: int, ctx: Context = Depends(context)) -> dict:
    return svc.get_incident(ctx, incident_id)


@router.post("/{incident_id}/actions/{action}",
             summary="热点事件操作：confirm 确认、dismiss 排除、merge 合并（into）、split 拆分（cases）、"
                     "close 办结（reply：批量答复）", **answers(IncidentDetail, 409))
def post_action(incident_id: int, action: IncidentAction, body: IncidentActionIn,
                ctx: Context = Depends(context)) -> dict:
    if action == "confirm":
        return svc.confirm(ctx, incident_id, version=body.version, note=body.note)
    if action == "dismiss":
        return svc.dismiss(ctx, incident_id, version=body.version, note=body.note)
    if action == "merge":
        if body.into is None:
            raise ServiceError("missing_field", "合并需要填写目标热点事件 into", 422, field="into")
        return svc.merge(ctx, incident_id, version=body.version, into=body.into, note=body.note)
    if action == "split":
        return svc.split(ctx, incident_id, version=body.version, numbers=body.cases, note=body.note)
    return svc.close(ctx, incident_id, version=body.version, reply=body.reply or None, note=body.note)
