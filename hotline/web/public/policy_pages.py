"""Policy pages for drivers: the rules of a city, the rules along a route, plain-Chinese search, the
政策解读 column and one entry. Read-only, no forms that change anything, all plain GET.

Reads go through the knowledge-base services (hotline.policies.services) with a system context;
only published and expired entries (what the public may see) are ever shown.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any
from urllib.parse import urlencode

import sqlalchemy as sa
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from hotline.policies import rules
from hotline.policies import services as kb
from hotline.regions import load_regions
from hotline.services.cases import Context, local_tz
from hotline.services.errors import ServiceError
from hotline.store.policy_tables import policies
from hotline.store.tables import units
from hotline.web.public import guard, places
from hotline.web.public.render import PublicRoute, page

router = APIRouter(route_class=PublicRoute, include_in_schema=False)

PAGE_CACHE = "public, max-age=60"
MAX_QUERY = 200
MAX_VIA = 5

# What a driver looks for first, in this order; an entry goes under the first topic its categories name.
TOPICS = [
    ("pass", "通行证", {"通行证"}),
    ("test", "核酸检测要求", {"核酸检测"}),
    ("checkpoint", "防疫检查站", {"防疫检查站"}),
    ("closure", "道路、收费站与服务区关闭", {"道路封闭", "服务区"}),
    ("other", "其他规定", set()),
]
SCOPE = ["全国", "省级", "市级", "县级"]


def system_context(request: Request) -> Context:
    st = request.app.state
    return Context(db=st.db, clock=st.clock, storage=st.storage, system_actor="web")


def _param(request: Request, name: str, limit: int = 100) -> str:
    return guard.clean_text(request.query_params.get(name), limit)


def _code(value: str) -> str | None:
    return value if len(value) == 6 and value.isdigit() else None


def query_time(request: Request) -> tuple[datetime, str, str | None]:
    """The moment whose rules are shown: now, or noon (Beijing) of the `at` date a driver chose."""
    now = request.app.state.clock.now()
    raw = _param(request, "at", 20)
    if not raw:
        return now, "", None
    try:
        day = date.fromisoformat(raw)
    except ValueError:
        return now, "", "日期格式应为 2022-04-25，已按今天查询"
    if day == now.astimezone(local_tz()).date():
        return now, raw, None
    return datetime.combine(day, time(12), local_tz()), raw, None


def topic_of(entry: dict[str, Any]) -> str:
    cats = set(entry.get("categories") or [])
    for key, _label, names in TOPICS:
        if cats & names:
            return key
    return "other"


def card(entry: dict[str, Any], region: str | None) -> dict[str, Any]:
    """An entry as the pages show it."""
    table = load_regions()
    codes = [r["code"] if isinstance(r, dict) else r for r in entry["regions"]]
    level = rules.match_specificity(codes, region, table) if region else None
    if level is None:
        level = max((rules.specificity(c, table) for c in codes), default=0)
    return {**entry, "scope": SCOPE[level], "region_names": "、".join(places.describe(c) for c in codes[:6])
            + ("等" if len(codes) > 6 else "")}


def grouped(entries: list[dict[str, Any]], region: str | None) -> list[dict[str, Any]]:
    groups = {key: {"key": key, "label": label, "entries": []} for key, label, _ in TOPICS}
    for e in entries:
        groups[topic_of(e)]["entries"].append(card(e, region))
    return [g for g in groups.values() if g["entries"]]


def last_updated(entries: list[dict[str, Any]]) -> str | None:
    times = [e["updated_at"] for e in entries if e.get("updated_at")]
    return max(times, key=datetime.fromisoformat) if times else None


def consultation_numbers(request: Request, region: str) -> list[dict[str, str]]:
    """Who a driver can call about the rules here: the units of the region and of the regions above
    it that list a phone, most local first; the 12328 hotline always."""
    table = load_regions()
    codes = [r.code for r in table.ancestors(region)]
    order = {c: i for i, c in enumerate(codes)}
    with request.app.state.db.read() as conn:
        rows = conn.execute(sa.select(units.c.name, units.c.region, units.c.phone, units.c.duty_hours)
                            .where(units.c.region.in_(codes), units.c.phone.is_not(None), units.c.phone != "")
                            ).all()
    rows = sorted(rows, key=lambda r: (order[r.region], r.name))[:8]
    out = [{"name": r.name, "phone": r.phone, "hours": r.duty_hours or ""} for r in rows]
    out.append({"name": "交通运输服务监督热线", "phone": "12328", "hours": "24小时"})
    return out


def resolve(text: str) -> tuple[str | None, list]:
    """A typed place → (its code, []) or (None, the places it may mean)."""
    found = places.match(text)
    if len(found) == 1:
        return found[0].code, []
    return None, [{"code": r.code, "name": places.describe(r.code)} for r in found]


# ---------------------------------------------------------------- pages


@router.get("/public", response_class=HTMLResponse)
@router.get("/public/", response_class=HTMLResponse)
def home(request: Request):
    return page(request, "home.html", {"nav": "home"}, cache=PAGE_CACHE)


@router.get("/public/cities", response_class=HTMLResponse)
def city_options(request: Request):
    """The <option>s of a province's cities, for the picker's script (the page works without it)."""
    province = _code(_param(request, "province", 6)) or ""
    return page(request, "_city_options.html", {"cities": places.cities(province) if province else ()},
                cache="public, max-age=86400")


@router.get("/public/policies", response_class=HTMLResponse)
def city_rules(request: Request):
    at, at_raw, at_note = query_time(request)
    province = _code(_param(request, "province", 6))
    city = _code(_param(request, "city", 6))
    place = _param(request, "place", 40)
    choices: list = []
    region = None
    if place:
        region, choices = resolve(place)
    elif province or city:
        region = places.picked(province, city)
    if region:
        province = places.province_of(region)
        city = region if region != province else None
    ctx: dict[str, Any] = {
        "nav": "policies", "at": at, "at_raw": at_raw, "notice": at_note, "place": place,
        "province": province, "city": city, "provinces": places.provinces(),
        "cities": places.cities(province) if province else (), "city_names": places.city_names(),
        "choices": choices, "region": region, "asked": bool(place or province or city),
        # With an answer on screen the form folds away, except right after the no-JS 「列出城市」.
        "collapse": bool(region) and request.query_params.get("action") != "pick",
    }
    if region:
        answer = kb.route(system_context(request), [region], at=at)
        local = answer["legs"][0]["entries"] if answer["legs"] else []
        entries = local + answer["national"]
        # The place's own rules by topic; the national ones (the same everywhere) after them, folded.
        ctx.update(region_name=places.describe(region), groups=grouped(local, region),
                   national=[card(e, None) for e in answer["national"]],
                   updated=last_updated(entries), phones=consultation_numbers(request, region),
                   count=len(entries))
    return page(request, "policies.html", ctx, cache=PAGE_CACHE)


@router.get("/public/route", response_class=HTMLResponse)
def route_rules(request: Request):
    at, at_raw, at_note = query_time(request)
    fields = {"from": _param(request, "from", 40), "via": _param(request, "via", 120), "to": _param(request, "to", 40)}
    ctx: dict[str, Any] = {"nav": "route", "at": at, "at_raw": at_raw, "notice": at_note, "fields": fields,
                           "city_names": places.city_names(), "problems": []}
    if fields["from"] or fields["to"]:
        stops: list[str | None] = []
        vias = [v for v in fields["via"].replace("，", ",").replace("、", ",").replace(" ", ",").split(",") if v]
        wanted = [("from", "出发地", fields["from"])] + [("via", "途经地", v) for v in vias[:MAX_VIA]] + [
            ("to", "目的地", fields["to"])]
        for name, label, text in wanted:
            if not text:
                ctx["problems"].append({"field": name, "label": label, "text": "", "choices": []})
                stops.append(None)
                continue
            code, choices = resolve(text)
            if code is None:
                ctx["problems"].append({"field": name, "label": label, "text": text, "choices": [
                    {**r, "href": _replace(request, name, text, r["name"])} for r in choices]})
            stops.append(code)
        if not ctx["problems"]:
            answer = kb.route(system_context(request), [s for s in stops if s], at=at)
            roles = {"from": "出发地", "via": "途经", "to": "目的地"}
            legs = [{**leg, "role_label": roles[leg["role"]], "groups": grouped(leg["entries"], leg["region"]),
                     "phones": consultation_numbers(request, leg["region"])[:3]} for leg in answer["legs"]]
            everything = [e for leg in answer["legs"] for e in leg["entries"]] + answer["national"]
            ctx.update(legs=legs, national=[card(e, None) for e in answer["national"]],
                       updated=last_updated(everything))
    return page(request, "route.html", ctx, cache=PAGE_CACHE)


def _replace(request: Request, field: str, old: str, new: str) -> str:
    """This page's URL with one typed place replaced by a chosen one."""
    params = dict(request.query_params)
    if field == "via":
        params["via"] = ",".join(new if v == old else v for v in
                                 params.get("via", "").replace("，", ",").replace("、", ",").replace(" ", ",").split(","))
    else:
        params[field] = new
    return f"{request.url.path}?{urlencode(params)}"


@router.get("/public/search", response_class=HTMLResponse)
def search(request: Request):
    at, at_raw, at_note = query_time(request)
    q = _param(request, "q", MAX_QUERY)
    place = _param(request, "place", 40)
    ctx: dict[str, Any] = {"nav": "search", "q": q, "place": place, "at": at, "at_raw": at_raw, "notice": at_note,
                           "city_names": places.city_names(), "choices": []}
    region = None
    if place:
        region, ctx["choices"] = resolve(place)
        if region is None and not ctx["choices"]:
            ctx["notice"] = f"没有找到地名“{place}”，已在全国范围内搜索"
    if q and not ctx["choices"]:
        found = kb.search(system_context(request), q, region=region, at=at, limit=20)
        ctx.update(results=found["items"], region_name=places.describe(region) if region else None)
    return page(request, "search.html", ctx, cache=PAGE_CACHE)


INTERPRETATION = "解读"  # 政策解读: entries whose category or tag names an interpretation


def _mentions(column, word: str):
    # JSON lists are stored as text, with non-ASCII escaped (\uXXXX) or not depending on the writer.
    escaped = word.encode("unicode_escape").decode()
    text = sa.cast(column, sa.Text)
    return sa.or_(text.like(f"%{word}%", escape="!"), text.like(f"%{escaped}%", escape="!"))


def is_interpretation(row) -> bool:
    return any(INTERPRETATION in x for x in [*(row.categories or []), *(row.tags or [])])


@router.get("/public/interpretation", response_class=HTMLResponse)
def interpretation(request: Request):
    """政策解读: published interpretations, newest first."""
    try:
        page_no = max(1, min(1000, int(_param(request, "page", 4) or "1")))
    except ValueError:
        page_no = 1
    per_page = 10
    now = request.app.state.clock.now()
    with request.app.state.db.read() as conn:
        rows = conn.execute(
            sa.select(policies).where(policies.c.status == rules.Status.PUBLISHED.value,
                                      sa.or_(_mentions(policies.c.categories, INTERPRETATION),
                                             _mentions(policies.c.tags, INTERPRETATION)))
            .order_by(policies.c.published_at.desc(), policies.c.id.desc())
            .offset((page_no - 1) * per_page).limit(per_page + 1)).all()
    rows = [r for r in rows if is_interpretation(r)]
    items = [card(kb.policy_view(r, now), None) for r in rows[:per_page]]
    return page(request, "interpretation.html", {"nav": "interpretation", "items": items, "page_no": page_no,
                                                 "has_more": len(rows) > per_page}, cache=PAGE_CACHE)


@router.get("/public/policies/{uid}", response_class=HTMLResponse)
def entry(request: Request, uid: str):
    try:
        found = kb.get_policy(system_context(request), uid[:100])
    except ServiceError:
        found = None
    if found is None or found["status"] not in rules.VISIBLE:
        raise ServiceError("policy_not_found", "没有找到这条政策，可能已撤回", 404)
    return page(request, "entry.html", {"nav": "policies", "e": card(found, None)}, cache=PAGE_CACHE)

