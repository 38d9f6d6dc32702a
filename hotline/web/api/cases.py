"""/api/v1/cases — intake, reading, lifecycle actions, attachments."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Depends, File, Header, Query, Response, UploadFile


from hotline.services import cases as svc
from hotline.services import routing
from hotline.services.cases import CaseFilter, Context
from hotline.services.commands import ActionIn, CaseCreate
from hotline.services.errors import ServiceError
from hotline.web.api.schemas import AttachmentOut, CaseCreatedOut, CaseOut, Page, TimelineOut
from hotline.web.deps import DbId, context
from hotline.web.errors import answers, json_answer, link

router = APIRouter(prefix="/api/v1/cases", tags=["工单"])


def case_links(at: str = "") -> dict:
    """Links from an answer holding a case at JSON pointer `at` ("" for the case itself)."""
    number = {"number": f"$response.body#{at}/number"}
    return {
        "GetCase": link("GET", "/api/v1/cases/{number}", number, description="读取这张工单"),
        "GetTimeline": link("GET", "/api/v1/cases/{number}/timeline", number),
        "Act": link("POST", "/api/v1/cases/{number}/actions/{action}", number,
                    {"version": f"$response.body#{at}/version"}, description="对这张工单执行操作（带上看到的 version）"),
        "AddAttachment": link("POST", "/api/v1/cases/{number}/attachments", number),
        "GetClocks": link("GET", "/api/v1/deadlines/cases/{number}/clocks", number),
    }


CASE_LINKS = case_links()


@router.post("", summary="受理工单", **answers(
    CaseCreatedOut, 409, 413, status=201, description="已受理：整张工单（dispatch=auto 时已派出或说明未派出的原因）",
    links=CASE_LINKS,
    headers={"Location": {"description": "工单地址", "schema": {"type": "string"}},
             "Idempotent-Replayed": {"description": "同一 Idempotency-Key 的重复提交：true",
                                     "schema": {"type": "string", "enum": ["true"]}}}))
def create_case(
    body: CaseCreate,
    idempotency_key: Annotated[str | None, Header(max_length=200)] = None,
    ctx: Context = Depends(context),
) -> Response:
    take_in = routing.take_in_and_dispatch if body.dispatch == "auto" else svc.create_case
    case, replayed = take_in(ctx, body, idempotency_key=idempotency_key or None)
    headers = {"Location": f"/api/v1/cases/{case['number']}"}
    if replayed:
        headers["Idempotent-Replayed"] = "true"
    return json_answer(case, 201, headers)


@router.get("", summary="工单列表（筛选、翻页）", **answers(Page[CaseOut], links=case_links("/items/0")))
def list_cases(
    ctx: Context = Depends(context),
    status: Annotated[str | None, Query(description="状态，逗号分隔，如 new,dispatched")] = None,
    type: str | None = None,
    category: Annotated[str | None, Query(description="分类代码；control.* 表示该大类")] = None,
    region: Annotated[str | None, Query(pattern=r"^\d{6}$", description="行政区划代码，含下级")] = None,
    unit: str | None = None,
    urgent: bool | None = None,
    created_from: datetime | None = None,
    created_to: datetime | None = None,
    q: Annotated[str | None, Query(max_length=200, description="全文：标题、描述、编号、车牌")] = None,
    cursor: Annotated[str | None, Query(max_length=200)] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
) -> dict:
    for t in (created_from, created_to):
        if t is not None and t.tzinfo is None:
            raise ServiceError("invalid_time", "时间必须带时区，如 2022-04-22T00:00:00+08:00", 422)
    f = CaseFilter(
        status=[s for s in status.split(",") if s] if status else None, type=type, category=category,
        region=region, unit=unit, urgent=urgent, created_from=created_from, created_to=created_to, q=q)
    return svc.list_cases(ctx, f, cursor=cursor, limit=limit)


@router.get("/{number}", summary="工单详情", **answers(CaseOut))
def get_case(number: str, ctx: Context = Depends(context)) -> dict:
    return svc.get_case(ctx, number)


@router.get("/{number}/timeline", summary="工单时间线（事件，只增不改）", **answers(TimelineOut))
def get_timeline(number: str, ctx: Context = Depends(context)) -> dict:
    return {"number": number, "events": svc.timeline(ctx, number)}


@router.post("/{number}/actions/{action}", summary="工单操作（派单、签收、答复、办结、回访……）",
             **answers(CaseOut, 409, description="操作后的工单", links=CASE_LINKS))
def post_action(number: str, action: str, body: ActionIn, ctx: Context = Depends(context)) -> Response:
    return json_answer(svc.act(ctx, number, svc.parse_action(action, body), body))


@router.post("/{number}/attachments", summary="上传附件（照片）",
             **answers(AttachmentOut, 413, status=201))
def upload_attachment(number: str, file: Annotated[UploadFile, File()], ctx: Context = Depends(context)) -> dict:
    data = file.file.read(svc.get_settings().max_attachment_bytes + 1)
    return svc.add_attachment(ctx, number, file.filename or "file", file.content_type or
                              "application/octet-stream", data)


@router.get("/{number}/attachments/{att_id}", summary="下载附件", **answers(
    media_types={"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}},
    description="附件内容；Content-Type 为上传时的类型"))
def download_attachment(number: str, att_id: DbId, ctx: Context = Depends(context)) -> Response:
    meta, data = svc.read_attachment(ctx, number, att_id)
    return Response(
        data,
        media_type=meta["content_type"],
        headers={"Content-Disposition": f"attachment; filename*=UTF-8''{_quote(meta['filename'])}",
                 "X-Content-Type-Options": "nosniff"},
    )


def _quote(name: str) -> str:
    return quote(name, safe="")



