"""热点 in the console: the open incidents on the dashboard, one incident with its member cases, and
the incident a case belongs to. Wired to hotline.hotspots.incidents when that area is present."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from fastapi import APIRouter, Depends, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import RedirectResponse
from starlette.datastructures import FormData

from hotline.domain.access import Principal, Role
from hotline.services.cases import Context
from hotline.services.errors import ServiceError
from hotline.web.console.render import ConsoleRoute, page, query
from hotline.web.console.session import base, checked_form, console_context, page_user

router = APIRouter(route_class=ConsoleRoute, include_in_schema=False)


def _incidents():
    try:
        from hotline.hotspots import incidents
    except ImportError:  # the hotspot area is optional in this checkout
        return None
    return incidents


def open_incidents(ctx: Context, limit: int = 8) -> list[dict[str, Any]] | None:
    svc = _incidents()
    if svc is None:
        return None
    return svc.list_incidents(ctx, status=["open", "confirmed"], limit=limit)["items"]


def incident_of_case(ctx: Context, number: str) -> dict[str, Any] | None:
    if _incidents() is None:
        return None
    from hotline.store.hotspot_tables import hotspot_incident_cases, hotspot_incidents
    from hotline.store.tables import cases

    with ctx.db.read() as conn:
        row = conn.execute(
            sa.select(hotspot_incidents.c.id, hotspot_incidents.c.title, hotspot_incidents.c.size)
            .join(hotspot_incident_cases, hotspot_incident_cases.c.incident_id == hotspot_incidents.c.id)
            .join(cases, cases.c.id == hotspot_incident_cases.c.case_id).where(cases.c.number == number)).first()
    return dict(row._mapping) if row else None


@router.get("/console/hotspots/{incident_id}")
def incident_page(request: Request, incident_id: int, ctx: Context = Depends(console_context),
                  user: Principal = Depends(page_user)):
    svc = _incidents()
    if svc is None:
        raise ServiceError("not_available", "本系统未启用热点发现", 404)
    incident = svc.get_incident(ctx, incident_id)
    from hotline.domain.lifecycle import STATUS_LABELS, Status

    return page(request, "console/hotspot.html", {
        **base(request, user, "hotspots", f"热点 · {incident['title']}"), "incident": incident,
        "statuses": {s.value: STATUS_LABELS[s] for s in Status}, "actions": actions_for(user, incident),
        "targets": _merge_targets(ctx, incident["id"]) if "merge" in incident["allowed_actions"] else [],
        "done": ACTION_DONE.get(request.query_params.get("done") or ""), "back": f"/console/hotspots/{incident_id}",
    })


# ---------------------------------------------------------------- the list and the actions

# Which roles may press which button (the service checks the unit relation again).
ACTION_ROLES: dict[str, frozenset[Role]] = {
    "confirm": frozenset({Role.HANDLER, Role.SUPERVISOR, Role.ADMIN}),
    "close": frozenset({Role.HANDLER, Role.SUPERVISOR, Role.ADMIN}),
    "dismiss": frozenset({Role.SUPERVISOR, Role.ADMIN}),
    "merge": frozenset({Role.SUPERVISOR, Role.ADMIN}),
}
ACTION_DONE = {"confirm": "确认", "dismiss": "排除", "merge": "合并", "close": "批量答复并办结"}
FILTERS = {"live": ("未处理", ["open", "confirmed"]), "open": ("待确认", ["open"]), "confirmed": ("已确认", ["confirmed"]),
           "done": ("已处理", ["dismissed", "merged", "closed"]), "all": ("全部", None)}
PAGE_SIZE = 30


def actions_for(user: Principal, incident: dict[str, Any]) -> list[str]:
    return [a for a in ("confirm", "close", "dismiss", "merge")
            if a in incident["allowed_actions"] and user.roles & ACTION_ROLES[a]]


def _merge_targets(ctx: Context, exclude: int) -> list[dict[str, Any]]:
    svc = _incidents()
    items = svc.list_incidents(ctx, status=["open", "confirmed"], limit=100)["items"] if svc else []
    return [{"id": i["id"], "title": i["title"], "size": i["size"]} for i in items if i["id"] != exclude]


@router.get("/console/hotspots")
def incident_list(request: Request, show: str = "live", before: int | None = None,
                  ctx: Context = Depends(console_context), user: Principal = Depends(page_user)):
    svc = _incidents()
    if show not in FILTERS:
        show = "live"
    if svc is None:
        result = {"items": [], "next_before": None}
    else:
        result = svc.list_incidents(ctx, status=FILTERS[show][1], before=before, limit=PAGE_SIZE)
    live = [{"id": i["id"], "title": i["title"], "size": i["size"]} for i in result["items"]
            if i["status"] in ("open", "confirmed")]
    items = [{**i, "actions": actions_for(user, i),
              "targets": [t for t in live if t["id"] != i["id"]]} for i in result["items"]]
    return page(request, "console/hotspots.html", {
        **base(request, user, "hotspots", "热点"), "items": items, "show": show, "filters": FILTERS,
        "available": svc is not None, "done": ACTION_DONE.get(request.query_params.get("done") or ""),
        "back": query("/console/hotspots", show=show, before=before),
        "next_url": query("/console/hotspots", show=show, before=result["next_before"])
        if result["next_before"] else None,
    })


def _int(form: FormData, key: str, message: str) -> int:
    try:
        return int(str(form.get(key) or ""))
    except ValueError:
        raise ServiceError("missing_" + key, message, 422, field=key) from None


@router.post("/console/hotspots/{incident_id}/actions/{action}")
async def incident_action(request: Request, incident_id: int, action: str, form: FormData = Depends(checked_form),
                          ctx: Context = Depends(console_context), user: Principal = Depends(page_user)):
    svc = _incidents()
    if svc is None:
        raise ServiceError("not_available", "本系统未启用热点发现", 404)
    if action not in ACTION_ROLES:
        raise ServiceError("invalid_action", "不支持的热点操作", 404)
    version = _int(form, "version", "缺少版本号，请刷新页面后重试")
    note = str(form.get("note") or "").strip() or None
    if action == "confirm":
        await run_in_threadpool(lambda: svc.confirm(ctx, incident_id, version=version, note=note))
    elif action == "dismiss":
        await run_in_threadpool(lambda: svc.dismiss(ctx, incident_id, version=version, note=note))
    elif action == "merge":
        into = _int(form, "into", "请选择要合并到的热点")
        await run_in_threadpool(lambda: svc.merge(ctx, incident_id, version=version, into=into, note=note))
    else:
        reply = str(form.get("reply") or "").strip()
        if not reply:
            raise ServiceError("missing_reply", "请填写统一答复内容", 422, field="reply")
        await run_in_threadpool(lambda: svc.close(ctx, incident_id, version=version, reply=reply, note=note))
    back = str(form.get("back") or "")
    if not back.startswith("/console/") or back.startswith("//"):
        back = f"/console/hotspots/{incident_id}"
    sep = "&" if "?" in back else "?"
    return RedirectResponse(f"{back}{sep}done={action}", status_code=303)
