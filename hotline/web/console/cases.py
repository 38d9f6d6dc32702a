"""工单查询 and 工单详情: the filtered case list (drill-down target of the dashboard) and one case
with its timeline, clocks, attachments, related cases and the actions the reader may take."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from typing import Any

import sqlalchemy as sa
from fastapi import APIRouter, Depends, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import RedirectResponse
from pydantic import ValidationError
from starlette.datastructures import FormData

from hotline.domain.access import ACCESS, Principal
from hotline.domain.lifecycle import ACTION_LABELS, STATUS_LABELS, Action, Status
from hotline.services.cases import (
    CaseFilter,
    Context,
    act,
    add_attachment,
    get_case,
    list_cases,
    load_tree,
    local_tz,
    parse_action,
    timeline,
)
from hotline.services.commands import ActionIn, taxonomy
from hotline.services.errors import ServiceError, validation_error
from hotline.store.console_tables import console_intake
from hotline.store.tables import cases as cases_table
from hotline.web.console import hotspots, reads
from hotline.web.console.render import ConsoleRoute, is_htmx, page
from hotline.web.console.session import base, checked_form, console_context, page_user

router = APIRouter(route_class=ConsoleRoute, include_in_schema=False)

# What each action's form asks for (besides the note every action takes).
ACTION_FIELDS: dict[str, tuple[str, ...]] = {
    "dispatch": ("unit",), "forward": ("unit",), "escalate": (), "cohandle": ("unit",),
    "reply": ("reply",), "close": ("reply",), "return": ("reason",), "reopen": ("reason",),
    "extend_request": ("until", "reason"), "extend_approve": ("until",), "extend_deny": (),
    "callback": ("satisfaction",), "merge": ("primary",),
}
DONE_LABELS = {a.value: ACTION_LABELS[a] for a in Action}
PAGE_SIZE = 30  # a screenful at 1920×1080; the next page is one click


def user_may(user: Principal, action: str) -> bool:
    """Whether any of the user's roles has the action at all (the service checks the relation)."""
    return any(ACCESS[r].get(action) for r in user.roles)


def actions_for(user: Principal, case: dict[str, Any]) -> list[dict[str, Any]]:
    names: list[str] = []
    for a in case["allowed_actions"]:
        if a == "extend":
            names += ["extend_request", "extend_approve", "extend_deny"] if case["extension"]["pending"] else [
                "extend_request"]
        elif a not in ("create", "merge_in"):
            names.append(a)
    if case["extension"]["pending"]:
        names = [n for n in names if n != "extend_request"]
    else:
        names = [n for n in names if n not in ("extend_approve", "extend_deny")]
    out = []
    for name in dict.fromkeys(names):
        try:
            action = Action(name)
        except ValueError:
            continue
        if user_may(user, action.value):
            out.append({"name": name, "label": ACTION_LABELS[action], "fields": ACTION_FIELDS.get(name, ())})
    return out


# ---------------------------------------------------------------- list


def _day(value: str | None, *, end: bool = False) -> datetime | None:
    if not value:
        return None
    try:
        d = date.fromisoformat(value)
    except ValueError:
        raise ServiceError("invalid_date", f"日期 {value} 格式不正确，应为 YYYY-MM-DD", 422) from None
    if end:
        d += timedelta(days=1)
    return datetime.combine(d, time(0), tzinfo=local_tz())


FILTER_KEYS = ("q", "status", "type", "category", "region", "unit", "urgent", "from", "to", "phone", "within")


def case_filter(params: dict[str, str]) -> CaseFilter:
    status = [s for s in (params.get("status") or "").split(",") if s]
    bad = [s for s in status if s not in {x.value for x in Status}]
    if bad:
        raise ServiceError("invalid_status", f"状态 {'、'.join(bad)} 不存在", 422)
    region = params.get("region") or None
    if region and not re.fullmatch(r"\d{6}", region):
        raise ServiceError("invalid_region", "地区应为六位行政区划代码", 422)
    return CaseFilter(
        status=status or None, type=params.get("type") or None, category=params.get("category") or None,
        region=region, unit=params.get("unit") or None,
        urgent=True if params.get("urgent") == "1" else None,
        created_from=_day(params.get("from")), created_to=_day(params.get("to"), end=True),
        q=params.get("q") or None, reporter_phone=reads.normalise_phone(params.get("phone")),
    )


def scoped(ctx: Context, user: Principal, within: str | None) -> Context:
    """`within=<unit>`: only the cases of that unit's subtree (a drill-down from the dashboard), read
    as the same roles placed at that unit — which can only narrow what the user sees. The name is
    left empty so that no "cases I took in" rule widens it again."""
    if not within:
        return ctx
    with ctx.db.read() as conn:
        tree = load_tree(conn)
    if within not in tree.subtree(user.unit):
        raise ServiceError("unit_not_visible", "只能查看本单位及下级单位的工单", 403)
    return replace(ctx, user=Principal("", within, user.roles))


@router.get("/console/cases")
def case_list(request: Request, ctx: Context = Depends(console_context), user: Principal = Depends(page_user)):
    params = {k: request.query_params.get(k, "").strip() for k in FILTER_KEYS}
    cursor = request.query_params.get("cursor") or None
    result = list_cases(scoped(ctx, user, params["within"]), case_filter(params), cursor=cursor, limit=PAGE_SIZE)
    tax = taxonomy()
    context = {
        **base(request, user, "cases", "工单查询"), "params": params, "result": result,
        "types": tax.types, "categories": tax.categories, "statuses": {s.value: STATUS_LABELS[s] for s in Status},
        "units": reads.units_below(ctx, user),
        "within_name": reads.unit_names(ctx).get(params["within"], params["within"]) if params["within"] else "",
        "next_url": _with(request, cursor=result["next_cursor"]) if result["next_cursor"] else None,
    }
    block = "results" if is_htmx(request) and request.headers.get("hx-target") == "results" else None
    return page(request, "console/cases.html", context, block=block)


def _with(request: Request, **changes: str | None) -> str:
    params = dict(request.query_params)
    params.update({k: v for k, v in changes.items() if v is not None})
    from urllib.parse import urlencode

    return request.url.path + "?" + urlencode(params)


# ---------------------------------------------------------------- detail


def intake_record(ctx: Context, number: str) -> dict[str, Any] | None:
    with ctx.db.read() as conn:
        row = conn.execute(sa.select(console_intake).join(cases_table, cases_table.c.id == console_intake.c.case_id)
                           .where(cases_table.c.number == number)).first()
    return dict(row._mapping) if row else None


def related_cases(ctx: Context, case: dict[str, Any]) -> dict[str, Any]:
    """Same reporter, merged ones, and open cases that read like this one."""
    from hotline.text.duplicates import find_duplicates

    phone = case["reporter"]["phone"]
    same_reporter = []
    if phone and "*" not in phone:
        same_reporter = [c for c in list_cases(ctx, CaseFilter(reporter_phone=phone), limit=10)["items"]
                         if c["number"] != case["number"]]
    recent = [c for c in reads.recent_open_texts(ctx) if c["number"] != case["number"]]
    dups = find_duplicates(f"{case['title']}。{case['description']}", recent, region=case["place"]["region"])
    titles = reads.case_titles(ctx, [d["number"] for d in dups])
    similar = [{**d, **titles[d["number"]]} for d in dups if d["number"] in titles][:5]
    return {"same_reporter": same_reporter, "similar": similar}


@router.get("/console/cases/{number}")
async def case_detail(request: Request, number: str, done: str | None = None, failed: str | None = None,
                      reason: str | None = None, ctx: Context = Depends(console_context),
                      user: Principal = Depends(page_user)):
    case = await run_in_threadpool(get_case, ctx, number)
    events = await run_in_threadpool(timeline, ctx, number)
    related = await run_in_threadpool(related_cases, ctx, case)
    names = reads.unit_names(ctx)
    return page(request, "console/case.html", {
        **base(request, user, "cases", f"工单 {number}"), "case": case, "events": events, "related": related,
        "actions": actions_for(user, case), "unit_names": names, "all_units": reads.units_below(ctx, user),
        "intake": intake_record(ctx, number), "hotspot": hotspots.incident_of_case(ctx, number),
        "done": DONE_LABELS.get(done or ""), "failed": DONE_LABELS.get(failed or ""),
        "reason": reason, "statuses": {s.value: STATUS_LABELS[s] for s in Status},
        "back": request.query_params.get("back") or "",
        "uploaded": request.query_params.get("uploaded") or "",
    })


@router.post("/console/cases/{number}/attachments")
async def upload_attachment(request: Request, number: str, form: FormData = Depends(checked_form),
                            ctx: Context = Depends(console_context), user: Principal = Depends(page_user)):
    """A photo or document from the case page, through the same service as the API's upload."""
    upload = form.get("file")
    if upload is None or isinstance(upload, str) or not upload.filename:
        raise ServiceError("missing_file", "请选择要上传的文件", 422, field="file")
    data = await upload.read()
    if not data:
        raise ServiceError("empty_file", "文件是空的，请重新选择", 422, field="file")
    await run_in_threadpool(add_attachment, ctx, number, upload.filename,
                            upload.content_type or "application/octet-stream", data)
    from urllib.parse import quote

    return RedirectResponse(f"/console/cases/{number}?uploaded={quote(upload.filename)}", status_code=303)


def _until(value: str) -> str | None:
    """A datetime-local field (no zone) as an aware ISO time in the hotline's zone."""
    if not value:
        return None
    try:
        t = datetime.fromisoformat(value)
    except ValueError:
        raise ServiceError("invalid_time", "期限格式不正确", 422) from None
    return (t if t.tzinfo else t.replace(tzinfo=local_tz())).isoformat()


def action_body(form: FormData) -> ActionIn:
    raw: dict[str, Any] = {}
    for key in ("note", "unit", "reply", "reason", "primary"):
        value = str(form.get(key) or "").strip()
        if value:
            raw[key] = value
    if form.get("until"):
        raw["until"] = _until(str(form.get("until")))
    if form.get("satisfaction"):
        try:
            raw["satisfaction"] = int(str(form.get("satisfaction")))
        except ValueError:
            raise ServiceError("invalid_satisfaction", "满意度应为 1–5", 422) from None
    try:
        raw["version"] = int(str(form.get("version") or ""))
    except ValueError:
        raise ServiceError("missing_version", "缺少版本号，请刷新页面后重试", 422) from None
    try:
        return ActionIn.model_validate(raw)
    except ValidationError as exc:
        raise validation_error(exc) from None


def _back(form: FormData, number: str) -> str:
    target = str(form.get("back") or "")
    if target.startswith("/console/") and not target.startswith("//"):
        return target
    return f"/console/cases/{number}"


@router.post("/console/cases/{number}/actions/{name}")
async def take_action(request: Request, number: str, name: str, form: FormData = Depends(checked_form),
                      ctx: Context = Depends(console_context), user: Principal = Depends(page_user)):
    body = action_body(form)
    action = parse_action(name, body)
    await run_in_threadpool(act, ctx, number, action, body)
    back = _back(form, number)
    sep = "&" if "?" in back else "?"
    return RedirectResponse(f"{back}{sep}done={action.value}&case={number}", status_code=303)
