"""坐席工作台 — the operator's workbench: the incoming call and the caller's cases, the case form
filled from the text as it is typed, knowledge-base answers, probable duplicates and the routing
preview; create, dispatch, answer-and-close or merge in one submit."""

from __future__ import annotations

import re
import secrets
from typing import Any
from urllib.parse import urlencode

import sqlalchemy as sa
from fastapi import APIRouter, Depends, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import RedirectResponse
from pydantic import ValidationError
from starlette.datastructures import FormData

from hotline.domain.access import Principal, Role
from hotline.domain.lifecycle import Action
from hotline.services import routing
from hotline.services.cases import Context, act, create_case, get_case
from hotline.services.commands import ActionIn, CaseCreate, taxonomy
from hotline.services.errors import ServiceError, validation_error
from hotline.store.console_tables import console_calls, console_intake, console_kb_misses
from hotline.store.tables import cases
from hotline.web.console import reads
from hotline.web.console.render import ConsoleRoute, page
from hotline.web.console.session import base, checked_form, console_context, require

router = APIRouter(route_class=ConsoleRoute, include_in_schema=False)
OPERATORS = (Role.OPERATOR, Role.SUPERVISOR, Role.ADMIN)
SUGGESTED_FIELDS = ("type", "category", "region", "urgent", "plate", "road", "landmark", "title")
FORM_FIELDS = ("description", "title", "type", "category", "region", "urgent", "phone", "name", "plate", "road",
               "landmark", "address", "reply", "dispatch_unit", "note", "call_id")


# ---------------------------------------------------------------- suggestions


def derive_title(text: str, limit: int = 30) -> str:
    """The first sentence of the message, cut after whole clauses, as a title an operator would write."""
    sentence = re.split(r"[。！？!?\n；;]", text.strip(), maxsplit=1)[0].strip(" ，,")
    title = ""
    for clause in re.split(r"(?<=[，,])", sentence):
        if title and len(title) + len(clause) > limit:
            break
        title += clause
    return (title or sentence)[:limit].rstrip("，,") or text.strip()[:limit]


def suggestions(text: str, phone: str | None, recent: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """What the text says the form should hold (None where it says nothing), with the analysis."""
    from hotline.text.analyze import analyze

    a = analyze(text, phone=reads.normalise_phone(phone), recent_cases=recent)
    region = a["region"] or {}
    landmarks = a.get("toll_stations") or a.get("service_areas") or a.get("checkpoints") or []
    return {
        "type": a["type"], "category": a["category"], "region": region.get("code"),
        "region_name": region.get("name"), "urgent": bool(a["urgent"]),
        "plate": (a.get("plates") or [None])[0], "road": (a.get("roads") or [None])[0],
        "landmark": landmarks[0] if landmarks else None, "title": derive_title(text),
        "analysis": a,
    }


def _form(form: FormData) -> dict[str, str]:
    return {k: str(form.get(k) or "").strip() for k in FORM_FIELDS}


def _touched(form: FormData) -> set[str]:
    return {t for t in str(form.get("touched") or "").split(",") if t}


def effective(values: dict[str, str], touched: set[str], sugg: dict[str, Any] | None) -> dict[str, Any]:
    """The form as it will be once the suggestions are applied: a field the operator typed in wins."""
    out: dict[str, Any] = {**values, "urgent": values.get("urgent") in ("on", "true", "1")}
    if sugg:
        for name in SUGGESTED_FIELDS:
            if name not in touched and sugg.get(name) not in (None, ""):
                out[name] = sugg[name]
    return out


def route_preview(ctx: Context, eff: dict[str, Any]) -> dict[str, Any] | None:
    if not eff.get("category") or not eff.get("type"):
        return None
    try:
        return routing.preview(ctx, region=eff.get("region") or None, category=eff["category"],
                               type_=eff["type"], urgent=bool(eff.get("urgent")))
    except ServiceError as exc:
        return {"error": exc.message}


def kb_answers(ctx: Context, text: str, region: str | None, limit: int = 3) -> dict[str, Any] | None:
    try:
        from hotline.policies import services as kb
    except ModuleNotFoundError:  # the knowledge base is an optional area of this checkout
        return None
    if not text.strip():
        return {"items": [], "q": text}
    try:
        return kb.search(ctx, text[:200], region=region if region and region != "000000" else None, limit=limit)
    except ServiceError:
        return kb.search(ctx, text[:200], region=None, limit=limit)


def record_kb_miss(ctx: Context, query: str, region: str | None) -> None:
    with ctx.db.write() as conn:
        conn.execute(sa.insert(console_kb_misses).values(at=ctx.clock.now(), actor=ctx.actor, query=query[:500],
                                                         region=region or None))


# ---------------------------------------------------------------- pages


def _page_context(request: Request, ctx: Context, user: Principal, **extra) -> dict[str, Any]:
    tax = taxonomy()
    return {
        **base(request, user, "workbench", "坐席工作台"),
        "types": tax.types, "categories": tax.categories,
        "units": reads.units_below(ctx, user),
        "values": extra.pop("values", {}),
        "idempotency_key": "console-" + secrets.token_urlsafe(16),
        **extra,
    }


@router.get("/console/workbench")
def workbench(request: Request, created: str | None = None, done: str | None = None, phone: str | None = None,
              call: str | None = None, ctx: Context = Depends(console_context),
              user: Principal = Depends(require(*OPERATORS))):
    created_case = None
    if created:
        try:
            created_case = get_case(ctx, created)
        except ServiceError:
            created_case = None
    values = {"phone": phone or "", "call_id": call or ""}
    return page(request, "console/workbench.html", _page_context(
        request, ctx, user, created=created_case, done=done, values=values,
        history=reads.caller_history(ctx, phone), calls=recent_calls(ctx, user)))


@router.post("/console/workbench/assist")
async def assist(request: Request, form: FormData = Depends(checked_form), ctx: Context = Depends(console_context),
                 user: Principal = Depends(require(*OPERATORS))):
    values, touched = _form(form), _touched(form)
    text = values["description"]
    sugg = None
    if len(text) >= 4:
        recent = await run_in_threadpool(reads.recent_open_texts, ctx)
        sugg = await run_in_threadpool(suggestions, text, values["phone"], recent)
    eff = effective(values, touched, sugg)
    preview = await run_in_threadpool(route_preview, ctx, eff)
    answers = await run_in_threadpool(kb_answers, ctx, text, eff.get("region"))
    dups = sugg["analysis"]["duplicates"] if sugg else []
    dup_cases = reads.case_titles(ctx, [d["number"] for d in dups])
    public = {k: v for k, v in (sugg or {}).items() if k != "analysis"}
    return page(request, "console/workbench.html", {
        "sugg": sugg, "public": public, "eff": eff, "preview": preview, "answers": answers,
        "dups": [{**d, **dup_cases[d["number"]]} for d in dups if d["number"] in dup_cases][:5],
        "types": taxonomy().types, "categories": taxonomy().categories,
    }, block="assist")


@router.get("/console/workbench/caller")
def caller(request: Request, phone: str | None = None, ctx: Context = Depends(console_context),
           user: Principal = Depends(require(*OPERATORS))):
    return page(request, "console/workbench.html", {"history": reads.caller_history(ctx, phone)}, block="caller")


@router.get("/console/workbench/kb")
def kb_search(request: Request, q: str = "", region: str | None = None, ctx: Context = Depends(console_context),
              user: Principal = Depends(require(*OPERATORS))):
    q = q.strip()[:200]
    region = region if region and re.fullmatch(r"\d{6}", region) else None
    answers = kb_answers(ctx, q, region, limit=5) if q else None
    if answers is not None and q and not answers["items"]:
        record_kb_miss(ctx, q, region)
    return page(request, "console/workbench.html", {"answers": answers, "kb_query": q}, block="kb_results")


def call_url(caller: str, call_id: str) -> str:
    """The workbench opened on an incoming call (the phone system sends both values: encoded)."""
    return "/console/workbench?" + urlencode({"phone": caller, "call": call_id})


def recent_calls(ctx: Context, user: Principal, limit: int = 5) -> list[dict[str, Any]]:
    with ctx.db.read() as conn:
        rows = conn.execute(sa.select(console_calls).where(
            sa.or_(console_calls.c.agent == user.username,
                   sa.and_(console_calls.c.agent.is_(None), console_calls.c.unit == user.unit)))
            .order_by(console_calls.c.id.desc()).limit(limit)).all()
    return [{**r._mapping, "workbench_url": call_url(r.caller, r.call_id)} for r in rows]


@router.get("/console/workbench/calls")
def calls_fragment(request: Request, ctx: Context = Depends(console_context),
                   user: Principal = Depends(require(*OPERATORS))):
    return page(request, "console/workbench.html", {"calls": recent_calls(ctx, user)}, block="calls")


# ---------------------------------------------------------------- create


def _command(eff: dict[str, Any]) -> CaseCreate:
    description = eff.get("description") or ""
    return CaseCreate.model_validate({
        "type": eff.get("type") or "", "category": eff.get("category") or "",
        "title": eff.get("title") or derive_title(description) or "", "description": description,
        "channel": "phone", "urgent": bool(eff.get("urgent")),
        "reporter": {"name": eff.get("name") or None, "phone": eff.get("phone") or None,
                     "plate": eff.get("plate") or None},
        "place": {"region": eff.get("region") or None, "road": eff.get("road") or None,
                  "landmark": eff.get("landmark") or None, "address": eff.get("address") or None},
    })


def _record_intake(ctx: Context, case: dict[str, Any], sugg: dict[str, Any] | None, eff: dict[str, Any],
                   call_id: str | None) -> None:
    suggested = {k: sugg.get(k) for k in ("type", "category", "region", "urgent", "plate")} if sugg else {}
    final = {"type": case["type"], "category": case["category"], "region": case["place"]["region"],
             "urgent": case["urgent"], "plate": case["reporter"]["plate"]}
    changed = sorted(k for k, v in suggested.items() if v not in (None, "") and final.get(k) != v)
    with ctx.db.write() as conn:
        case_id = conn.execute(sa.select(cases.c.id).where(cases.c.number == case["number"])).scalar_one()
        conn.execute(sa.insert(console_intake).values(
            case_id=case_id, call_id=call_id or None, actor=ctx.actor, at=ctx.clock.now(), suggested=suggested,
            final=final, changed=changed))


def _link_policy(ctx: Context, uid: str, number: str) -> None:
    """Record that the consultation was answered with this knowledge-base entry (agent assist)."""
    from hotline.policies.assist import record_use

    try:
        record_use(ctx, uid, number)
    except ServiceError:  # a withdrawn or unknown entry: the case is closed all the same
        pass


@router.post("/console/workbench/cases")
async def create(request: Request, form: FormData = Depends(checked_form), ctx: Context = Depends(console_context),
                 user: Principal = Depends(require(*OPERATORS))):
    values, touched = _form(form), _touched(form)
    then = str(form.get("then") or "save")
    merge_into = str(form.get("merge_into") or "").strip()
    if merge_into:
        then = "merge"
    text = values["description"]
    sugg = await run_in_threadpool(suggestions, text, values["phone"]) if len(text) >= 4 else None
    # Without scripts the form arrives as typed: suggestions fill only what was left empty.
    if form.get("js") != "1":
        touched = {k for k in SUGGESTED_FIELDS if values.get(k)} | ({"urgent"} if values.get("urgent") else set())
    eff = effective(values, touched, sugg)
    errors: list[str] = []
    if then == "close" and not values["reply"]:
        errors.append("解答并办结需要填写答复内容")
    if not text:
        errors.append("请填写诉求内容")
    cmd = None
    if not errors:
        try:
            cmd = _command(eff)
        except ValidationError as exc:
            errors += [f["message"] for f in validation_error(exc).details["fields"]]
    if errors or cmd is None:
        return page(request, "console/workbench.html", _page_context(
            request, ctx, user, values=values, errors=errors, history=reads.caller_history(ctx, values["phone"]),
            calls=recent_calls(ctx, user)), status_code=422)
    key = str(form.get("idempotency_key") or "") or None
    note = values["note"] or None
    if then == "dispatch":
        # 受理并派单: taken in already dispatched (to the unit chosen, else the routed one) in one
        # unit of work, as POST /api/v1/cases with "dispatch": "auto" (docs/architecture.md)
        case, _replayed = await run_in_threadpool(lambda: routing.take_in_and_dispatch(
            ctx, cmd, idempotency_key=key, unit=values["dispatch_unit"] or None, note=note))
    else:
        case, _replayed = await run_in_threadpool(lambda: create_case(ctx, cmd, idempotency_key=key))
    await run_in_threadpool(_record_intake, ctx, case, sugg, eff, values["call_id"])
    try:
        if then == "dispatch":
            outcome = case.get("auto_dispatch") or {"done": True}  # (none on a replay: as it was)
            if not outcome["done"]:
                raise ServiceError(outcome["code"], outcome["message"], 422)
        elif then == "close":
            body = ActionIn(version=case["version"], reply=values["reply"], note=note)
            case = await run_in_threadpool(act, ctx, case["number"], Action.CLOSE, body)
            if used := str(form.get("used_policy") or "").strip():
                await run_in_threadpool(_link_policy, ctx, used, case["number"])
        elif then == "merge":
            body = ActionIn(version=case["version"], primary=merge_into, note=note)
            case = await run_in_threadpool(act, ctx, case["number"], Action.MERGE, body)
    except ServiceError as exc:
        # The case is recorded; only the follow-up failed. Say so on its page.
        return RedirectResponse(f"/console/cases/{case['number']}?failed={then}&reason={exc.code}", status_code=303)
    if then == "save" and case["type"] == "consult" and sugg is not None:
        answers = kb_answers(ctx, text, case["place"]["region"], limit=1)
        if answers is not None and not answers["items"]:
            record_kb_miss(ctx, case["title"], case["place"]["region"])
    return RedirectResponse(f"/console/workbench?created={case['number']}&done={then}", status_code=303)

