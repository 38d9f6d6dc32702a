"""知识库 — the knowledge-base editor's pages: entries by status, edit with a live preview of what
the operator will see, publish and the other status actions, versions with diffs, knowledge gaps
(questions the operators' knowledge panel found no entry for). Wired to hotline.policies."""

from __future__ import annotations

import difflib
import re
from typing import Any

import sqlalchemy as sa
from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse
from markupsafe import Markup, escape
from pydantic import ValidationError
from starlette.datastructures import FormData

from hotline.domain.access import Principal, Role
from hotline.regions import NATIONAL, load_regions
from hotline.services.cases import Context
from hotline.services.errors import ServiceError, validation_error
from hotline.store.console_tables import console_kb_misses
from hotline.web.console.render import ConsoleRoute, page
from hotline.web.console.session import base, checked_form, console_context, require

router = APIRouter(route_class=ConsoleRoute, include_in_schema=False)
EDITORS = (Role.KB_EDITOR, Role.ADMIN)
SPLIT = re.compile(r"[\s,，、;；]+")


def kb():
    try:
        from hotline.policies import rules, services
        from hotline.policies.commands import PolicyActionIn, PolicyIn, PolicyUpdate
    except ModuleNotFoundError:
        raise ServiceError("not_available", "本系统未安装政策知识库", 404) from None
    return services, rules, PolicyIn, PolicyUpdate, PolicyActionIn


FIELDS = ("key", "title", "questions", "answer", "body", "regions", "categories", "tags", "effective_from",
          "effective_until", "issuer", "doc_no", "url")


def form_values(form: FormData) -> dict[str, str]:
    return {k: str(form.get(k) or "").strip() for k in FIELDS}


def values_from_entry(e: dict[str, Any]) -> dict[str, str]:
    return {
        "key": e.get("key") or "", "title": e["title"], "questions": "\n".join(e.get("questions") or []),
        "answer": e["answer"], "body": e.get("body") or "",
        "regions": " ".join(r["code"] if isinstance(r, dict) else r for r in e.get("regions") or []),
        "categories": "，".join(e.get("categories") or []), "tags": "，".join(e.get("tags") or []),
        "effective_from": (e.get("effective_from") or "")[:10], "effective_until": (e.get("effective_until") or "")[:10],
        "issuer": (e.get("source") or {}).get("issuer") or "", "doc_no": (e.get("source") or {}).get("doc_no") or "",
        "url": (e.get("source") or {}).get("url") or "",
    }


def command(values: dict[str, str], model, **extra):
    raw: dict[str, Any] = {
        "title": values["title"], "answer": values["answer"], "body": values["body"],
        "questions": [q.strip() for q in values["questions"].splitlines() if q.strip()],
        "regions": [r for r in SPLIT.split(values["regions"]) if r] or [NATIONAL],
        "categories": [c for c in SPLIT.split(values["categories"]) if c],
        "tags": [t for t in SPLIT.split(values["tags"]) if t],
        "source": {k: values[f] for k, f in (("issuer", "issuer"), ("doc_no", "doc_no"), ("url", "url")) if values[f]},
        **extra,
    }
    if values["key"]:
        raw["key"] = values["key"]
    for name in ("effective_from", "effective_until"):
        if values[name]:
            raw[name] = values[name]
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        raise validation_error(exc) from None


def region_names(codes: str) -> list[str]:
    table = load_regions()
    out = []
    for code in SPLIT.split(codes):
        if not code:
            continue
        out.append("全国" if code == NATIONAL else table.full_name(code) if code in table else f"{code}（无效代码）")
    return out or ["全国"]


# ---------------------------------------------------------------- list, gaps


@router.get("/console/kb")
def kb_list(request: Request, status: str | None = None, region: str | None = None, cursor: str | None = None,
            ctx: Context = Depends(console_context), user: Principal = Depends(require(*EDITORS))):
    services, rules, *_ = kb()
    status = status if status in {s.value for s in rules.Status} else None
    region = region if region and re.fullmatch(r"\d{6}", region) else None
    result = services.list_policies(ctx, status=status, region=region, cursor=cursor, limit=50)
    return page(request, "console/kb.html", {
        **base(request, user, "kb", "知识库"), "result": result, "status": status or "", "region": region or "",
        "statuses": {s.value: rules.STATUS_LABELS[s] for s in rules.Status}, "gap_count": gap_count(ctx),
    })


def gap_count(ctx: Context) -> int:
    with ctx.db.read() as conn:
        return conn.execute(sa.select(sa.func.count(sa.distinct(console_kb_misses.c.query)))).scalar_one()


@router.get("/console/kb/gaps")
def gaps(request: Request, ctx: Context = Depends(console_context), user: Principal = Depends(require(*EDITORS))):
    m = console_kb_misses.c
    with ctx.db.read() as conn:
        rows = conn.execute(sa.select(m.query, m.region, sa.func.count().label("n"), sa.func.max(m.at).label("last"))
                            .group_by(m.query, m.region).order_by(sa.func.count().desc(), sa.func.max(m.at).desc())
                            .limit(200)).all()
    table = load_regions()
    items = [{"query": r.query, "region": r.region, "n": r.n, "last": r.last,
              "region_name": table.full_name(r.region) if r.region and r.region in table else "全国"} for r in rows]
    return page(request, "console/kb_gaps.html", {**base(request, user, "kb", "知识缺口"), "items": items})


# ---------------------------------------------------------------- edit


def _edit_page(request: Request, user: Principal, values: dict[str, str], entry: dict[str, Any] | None,
               errors: list[str] | None = None, status_code: int = 200, saved: str | None = None):
    services, rules, *_ = kb()
    return page(request, "console/kb_edit.html", {
        **base(request, user, "kb", entry["title"] if entry else "新建知识条目"), "values": values, "entry": entry,
        "errors": errors or [], "preview_regions": region_names(values.get("regions", "")), "saved": saved,
        "action_labels": {a.value: rules.ACTION_LABELS[a] for a in rules.Action},
    }, status_code=status_code)


@router.get("/console/kb/new")
def new_entry(request: Request, title: str = "", region: str = "", ctx: Context = Depends(console_context),
              user: Principal = Depends(require(*EDITORS))):
    values = dict.fromkeys(FIELDS, "")
    values.update(title=title[:300], questions=title[:300], regions=region if re.fullmatch(r"\d{6}", region) else "")
    return _edit_page(request, user, values, None)


@router.post("/console/kb/new")
def create_entry(request: Request, form: FormData = Depends(checked_form), ctx: Context = Depends(console_context),
                 user: Principal = Depends(require(*EDITORS))):
    services, _rules, PolicyIn, *_ = kb()
    values = form_values(form)
    try:
        entry = services.create_policy(ctx, command(values, PolicyIn), publish=form.get("then") == "publish")
    except ServiceError as exc:
        return _edit_page(request, user, values, None, _messages(exc), status_code=exc.status_code)
    return RedirectResponse(f"/console/kb/{entry['uid']}?saved=1", status_code=303)


def _messages(exc: ServiceError) -> list[str]:
    fields = (exc.details or {}).get("fields")
    return [f["message"] for f in fields] if fields else [exc.message]


@router.post("/console/kb/preview")
def preview(request: Request, form: FormData = Depends(checked_form), user: Principal = Depends(require(*EDITORS))):
    values = form_values(form)
    return page(request, "console/kb_edit.html", {"values": values, "preview_regions": region_names(values["regions"])},
                block="preview")


@router.get("/console/kb/{uid}")
def edit_entry(request: Request, uid: str, saved: str | None = None, ctx: Context = Depends(console_context),
               user: Principal = Depends(require(*EDITORS))):
    services, *_ = kb()
    entry = services.get_policy(ctx, uid)
    return _edit_page(request, user, values_from_entry(entry), entry, saved=saved)


@router.post("/console/kb/{uid}")
def save_entry(request: Request, uid: str, form: FormData = Depends(checked_form),
               ctx: Context = Depends(console_context), user: Principal = Depends(require(*EDITORS))):
    services, _rules, _in, PolicyUpdate, PolicyActionIn = kb()
    values = form_values(form)
    entry = services.get_policy(ctx, uid)
    try:
        version = int(str(form.get("version") or ""))
        entry = services.update_policy(ctx, uid, command(values, PolicyUpdate, version=version))
        if form.get("then") == "publish" and "publish" in entry["allowed_actions"]:
            services.act(ctx, uid, services.parse_action("publish"), PolicyActionIn(version=entry["version"]))
    except ValueError:
        return _edit_page(request, user, values, entry, ["缺少版本号，请刷新页面后重试"], status_code=422)
    except ServiceError as exc:
        return _edit_page(request, user, values, entry, _messages(exc), status_code=exc.status_code)
    return RedirectResponse(f"/console/kb/{uid}?saved=1", status_code=303)


@router.post("/console/kb/{uid}/actions/{action}")
def entry_action(request: Request, uid: str, action: str, form: FormData = Depends(checked_form),
                 ctx: Context = Depends(console_context), user: Principal = Depends(require(*EDITORS))):
    services, _rules, _in, _up, PolicyActionIn = kb()
    try:
        body = PolicyActionIn(version=int(str(form.get("version") or "")), note=str(form.get("note") or "") or None)
    except (ValueError, ValidationError):
        raise ServiceError("missing_version", "缺少版本号，请刷新页面后重试", 422) from None
    services.act(ctx, uid, services.parse_action(action), body)
    return RedirectResponse(f"/console/kb/{uid}?saved={action}", status_code=303)


# ---------------------------------------------------------------- versions


def line_diff(before: str, after: str) -> Markup:
    """Character-level changes of a text field, as <del>/<ins> (escaped)."""
    out = []
    matcher = difflib.SequenceMatcher(None, before or "", after or "", autojunk=False)
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            out.append(escape(before[a1:a2]))
        if op in ("delete", "replace"):
            out.append(Markup("<del>") + escape(before[a1:a2]) + Markup("</del>"))
        if op in ("insert", "replace"):
            out.append(Markup("<ins>") + escape(after[b1:b2]) + Markup("</ins>"))
    return Markup("").join(out)


FIELD_LABELS = {"key": "外部编号", "title": "标题", "questions": "问法", "answer": "答复口径", "body": "全文",
                "regions": "适用地区", "categories": "分类", "tags": "标签", "overrides": "替代条目", "source": "来源",
                "effective_from": "生效时间", "effective_until": "失效时间", "origin": "来源热线", "demo": "演示数据",
                "uid": "编号"}


@router.get("/console/kb/{uid}/versions")
def versions(request: Request, uid: str, ctx: Context = Depends(console_context),
             user: Principal = Depends(require(*EDITORS))):
    services, rules, *_ = kb()
    entry = services.get_policy(ctx, uid)
    items = []
    for v in reversed(services.versions(ctx, uid)):
        changes = []
        for d in v["diff"]:
            before, after = d.get("before"), d.get("after")
            if isinstance(before, str) or isinstance(after, str):
                shown = line_diff(before if isinstance(before, str) else "", after if isinstance(after, str) else "")
            else:
                shown = line_diff("、".join(map(str, before or [])) if isinstance(before, list) else str(before or ""),
                                  "、".join(map(str, after or [])) if isinstance(after, list) else str(after or ""))
            changes.append({"field": FIELD_LABELS.get(d["field"], d["field"]), "diff": shown})
        items.append({**v, "changes": changes,
                      "action_label": {"create": "新建", "edit": "修改", "import": "导入", "sync": "同步"}.get(
                          v["action"], rules.ACTION_LABELS.get(rules.Action(v["action"]), v["action"])
                          if v["action"] in {a.value for a in rules.Action} else v["action"]),
                      "status_label": rules.STATUS_LABELS.get(rules.Status(v["status"]), v["status"])})
    return page(request, "console/kb_versions.html", {**base(request, user, "kb", f"版本历史 · {entry['title']}"),
                                                     "entry": entry, "items": items})
