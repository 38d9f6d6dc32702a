"""/api/v1/policies — the knowledge base: entries, versions, search, route, change feed, sync."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated
from xml.etree import ElementTree as ET

from fastapi import APIRouter, Depends, Query, Request, Response

from hotline.policies import services as svc
from hotline.policies import assist, sync
from hotline.policies.commands import PolicyActionIn, PolicyIn, PolicyUpdate, SyncIn, UseIn
from hotline.services.cases import Context
from hotline.services.errors import ServiceError
from hotline.web.api.schemas import (GapsOut, Page, PolicyChangesOut, PolicyOut, PolicyRouteOut, PolicySearchOut,
                                     PolicyUseOut, PolicyVersionsOut, SyncOut)
from hotline.web.deps import base_context, context
from hotline.web.errors import answers, link

router = APIRouter(prefix="/api/v1/policies", tags=["政策知识库"])


def policy_links(at: str = "") -> dict:
    """Links from an answer holding an entry at JSON pointer `at` ("" for the entry itself)."""
    uid, version = {"ref": f"$response.body#{at}/uid"}, {"version": f"$response.body#{at}/version"}
    return {
        "GetPolicy": link("GET", "/api/v1/policies/{ref}", uid),
        "UpdatePolicy": link("PUT", "/api/v1/policies/{ref}", uid, version),
        "Act": link("POST", "/api/v1/policies/{ref}/{action}", uid, version),
        "GetVersions": link("GET", "/api/v1/policies/{ref}/versions", uid),
        "DeleteDraft": link("DELETE", "/api/v1/policies/{ref}", uid),
    }


POLICY_LINKS = policy_links()

Region = Annotated[str | None, Query(pattern=r"^\d{6}$", description="行政区划代码（GB/T 2260），000000 为全国")]


def _aware(at: datetime | None, field: str) -> datetime | None:
    if at is not None and at.tzinfo is None:
        raise ServiceError("invalid_time", "时间必须带时区，如 2022-04-25T12:00:00+08:00", 422, field=field)
    # Before 1970 no entry is in force, and Asia/Shanghai's local mean time (+08:05:43, before 1901)
    # cannot be written back as an ISO 8601 offset: refuse rather than answer a malformed time.
    if at is not None and at.year < 1970:
        raise ServiceError("invalid_time", "时间应在 1970 年之后", 422, field=field)
    return at


@router.post("", summary="新建条目（草稿；publish=true 为热点政策快速发布）", **answers(PolicyOut, 409, status=201,
                                                                                        links=POLICY_LINKS))
def create_policy(body: PolicyIn, response: Response, ctx: Context = Depends(context),
                  publish: Annotated[bool, Query(description="立即发布，事后审核")] = False) -> dict:
    entry = svc.create_policy(ctx, body, publish=publish)
    response.headers["Location"] = f"/api/v1/policies/{entry['uid']}"
    return entry


@router.get("", summary="条目列表", **answers(Page[PolicyOut], links=policy_links("/items/0")))
def list_policies(ctx: Context = Depends(context),
                  status: Annotated[str | None, Query(description="状态，逗号分隔，如 draft,review")] = None,
                  region: Region = None, cursor: Annotated[str | None, Query(max_length=100)] = None,
                  limit: Annotated[int, Query(ge=1, le=200)] = 50) -> dict:
    return svc.list_policies(ctx, status=status, region=region, cursor=cursor, limit=limit)


@router.get("/search", summary="检索（按地区、日期；命中词高亮）", **answers(PolicySearchOut))
def search(q: Annotated[str, Query(min_length=1, max_length=200, description="问题或关键词")],
           ctx: Context = Depends(base_context), region: Region = None,
           at: Annotated[datetime | None, Query(description="按哪一时刻的有效规定回答，默认现在")] = None,
           limit: Annotated[int, Query(ge=1, le=50)] = 10) -> dict:
    return svc.search(ctx, q, region=region, at=_aware(at, "at"), limit=limit)


@router.get("/route", summary="沿途政策：起点、途经、终点各地在用的规定（按行程顺序）", **answers(PolicyRouteOut))
def route(from_: Annotated[str, Query(alias="from", pattern=r"^\d{6}$", description="起点行政区划代码")],
          to: Annotated[str, Query(pattern=r"^\d{6}$", description="终点行政区划代码")],
          ctx: Context = Depends(base_context),
          via: Annotated[str | None, Query(pattern=r"^\d{6}(,\d{6})*$", description="途经地区，逗号分隔")] = None,
          at: datetime | None = None) -> dict:
    stops = [from_, *(via.split(",") if via else []), to]
    return svc.route(ctx, stops, at=_aware(at, "at"))


@router.get("/changes", summary="变更流（下级热线同步用；since 为上次返回的游标）", **answers(PolicyChangesOut))
def changes(ctx: Context = Depends(base_context), since: Annotated[str | None, Query(max_length=100)] = None,
            limit: Annotated[int, Query(ge=1, le=1000)] = 200) -> dict:
    return svc.changes(ctx, since, limit)


ATOM = "http://www.w3.org/2005/Atom"


@router.get("/changes.atom", summary="变更流（Atom）", **answers(
    media_types={"application/atom+xml": {"schema": {"type": "string"}}}, description="Atom 1.0 订阅源"))
def changes_atom(request: Request, ctx: Context = Depends(base_context),
                 since: Annotated[str | None, Query(max_length=100)] = None) -> Response:
    feed = svc.changes(ctx, since, 200)
    base = str(request.base_url).rstrip("/")
    root = ET.Element("feed", xmlns=ATOM)
    ET.SubElement(root, "title").text = "政策知识库变更"
    ET.SubElement(root, "id").text = f"{base}/api/v1/policies/changes.atom"
    ET.SubElement(root, "updated").text = feed["items"][-1]["at"] if feed["items"] else ctx.clock.now().isoformat()
    ET.SubElement(root, "link", rel="self", href=str(request.url))
    for item in feed["items"]:
        e = item["entry"]
        node = ET.SubElement(root, "entry")
        ET.SubElement(node, "id").text = f"urn:hotline:policy:{e['uid']}:{e['version']}"
        prefix = "【撤回】" if item["kind"] == "withdraw" else ""
        ET.SubElement(node, "title").text = prefix + e["title"]
        ET.SubElement(node, "updated").text = item["at"]
        ET.SubElement(node, "link", href=f"{base}/public/policies/{e['uid']}")  # the drivers' page: no login
        ET.SubElement(node, "category", term=item["kind"])
        for code in e["regions"]:
            ET.SubElement(node, "category", term=code, scheme="urn:gb2260")
        ET.SubElement(node, "content", type="text").text = e["answer"]
    body = b'<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="utf-8")
    return Response(body, media_type="application/atom+xml; charset=utf-8")


@router.post("/sync", summary="从上级热线拉取变更（一次）", **answers(SyncOut, 502))
def pull(body: SyncIn, ctx: Context = Depends(context)) -> dict:
    svc.require_editor(ctx)
    return sync.pull(ctx, body.upstream)


@router.get("/gaps", summary="知识缺口：未关联任何条目就办结的咨询工单，按地区、分类统计", **answers(GapsOut))
def gaps(ctx: Context = Depends(context), region: Region = None,
         category: Annotated[str | None, Query(max_length=64)] = None) -> dict:
    return assist.knowledge_gaps(ctx, region=region, category=category)


@router.get("/{ref}", summary="条目详情（uid 或外部编号）", **answers(PolicyOut))
def get_policy(ref: str, ctx: Context = Depends(context)) -> dict:
    return svc.get_policy(ctx, ref)


@router.put("/{ref}", summary="修改条目（生成新版本；需带上看到的 version）", **answers(PolicyOut, 409))
def update_policy(ref: str, body: PolicyUpdate, ctx: Context = Depends(context)) -> dict:
    return svc.update_policy(ctx, ref, body)


@router.delete("/{ref}", summary="删除从未发布过的草稿（已发布的请撤回）",
               **answers(None, 409, status=204, description="已删除"))
def delete_policy(ref: str, ctx: Context = Depends(context)) -> Response:
    svc.delete_draft(ctx, ref)
    return Response(status_code=204)


@router.get("/{ref}/versions", summary="版本历史（作者、时间、与上一版的差异）", **answers(PolicyVersionsOut))
def get_versions(ref: str, ctx: Context = Depends(context)) -> dict:
    return {"ref": ref, "versions": svc.versions(ctx, ref)}


@router.post("/{ref}/uses", summary="记录用该条目答复了某工单（坐席办结咨询时）", **answers(PolicyUseOut, status=201))
def record_use(ref: str, body: UseIn, ctx: Context = Depends(context)) -> dict:
    return assist.record_use(ctx, ref, body.case)


@router.post("/{ref}/{action}", summary="状态操作：submit、return、publish、approve、expire、withdraw",
             **answers(PolicyOut, 409))
def post_action(ref: str, action: str, body: PolicyActionIn, ctx: Context = Depends(context)) -> dict:
    return svc.act(ctx, ref, svc.parse_action(action), body)
