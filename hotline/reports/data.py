"""The figures of a daily or weekly report (日报 / 周报) for a unit's subtree.

One function, `build_report`, returns plain JSON; the HTML, XLSX and PDF renderings
(`render.py`) only lay it out, so every format carries the same numbers.

Scope: the cases held by the unit or any unit below it (or assisted by one of them, 协办) — the
same rule as a supervisor of that unit sees in the case list. Period: one Asia/Shanghai calendar day,
or the ISO week (Monday–Sunday) containing the day; `to` is exclusive.

- volumes: cases received (created) in the period, by type, category, prefecture and channel;
- closed: cases whose 办结 time falls in the period; open now: of those received, still open;
- on-time rates and the overdue list: from the deadlines engine (`services.deadlines`), when present;
- top hotspots: incidents of the subtree active in the period (opened before its end, last case in it);
- satisfaction: the 回访 (callback) actions recorded in the period, by score, counted for the unit
  holding the case when it was called back (`counts.callback_scores`);
- notable cases: received in the period and urgent, supervised (督办), returned twice or more, or reopened.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, time, timedelta
from typing import Any, Literal

import sqlalchemy as sa

from hotline.domain.access import Principal, Role
from hotline.domain.lifecycle import STATUS_LABELS, Status
from hotline.hotspots.incidents import STATUS_LABELS as INCIDENT_STATUS
from hotline.hotspots.incidents import visible_units
from hotline.hotspots.stream import region_key
from hotline.regions import load_regions
from hotline.services.cases import Context, iso, load_tree, local_tz
from hotline.services.commands import taxonomy
from hotline.services.counts import callback_scores, count_by, in_period, tallies
from hotline.services.errors import ServiceError
from hotline.store import unit_cache
from hotline.store.hotspot_tables import hotspot_incidents
from hotline.store.tables import cases, events

Kind = Literal["daily", "weekly"]
KIND_LABELS = {"daily": "日报", "weekly": "周报"}
CHANNEL_LABELS = {"phone": "电话", "web": "网页", "api": "接口", "open311": "Open311"}
NOTABLE_LIMIT = 20
OVERDUE_LIMIT = 20
HOTSPOT_LIMIT = 10


def period(kind: Kind, day: date) -> tuple[datetime, datetime]:
    start_day = day if kind == "daily" else day - timedelta(days=day.weekday())
    start = datetime.combine(start_day, time(0), tzinfo=local_tz())
    return start, start + timedelta(days=1 if kind == "daily" else 7)


def _label(kind: Kind, start: datetime, end: datetime) -> str:
    if kind == "daily":
        return f"{start:%Y年%m月%d日}"
    last = end - timedelta(days=1)
    return f"{start:%Y年%m月%d日}—{last:%m月%d日}"


def _scope(conn, ctx: Context, unit: str | None) -> tuple[str, Principal]:
    """The unit reported on, and a supervisor of it: the report covers what such a supervisor sees
    (cases held in the subtree, or assisted by a unit there)."""
    tree = load_tree(conn)
    code = unit or (ctx.user.unit if ctx.user else next((c for c, p in tree.parents.items() if not p), None))
    if code is None or code not in tree:
        raise ServiceError("unit_not_found", f"单位 {code} 不存在", 404, unit=code)
    seen = visible_units(conn, ctx.user)
    if seen is not None and code not in seen:
        raise ServiceError("unit_not_visible", "只能查看本单位及下级单位的报表", 403, unit=code)
    return code, Principal(username="", unit=code, roles=frozenset({Role.SUPERVISOR}))


def _counted(rows: Counter, labels: dict[str, str], unknown: str = "未填写") -> list[dict[str, Any]]:
    return [{"code": code, "name": labels.get(code, unknown if code is None else code), "count": n}
            for code, n in sorted(rows.items(), key=lambda kv: (-kv[1], str(kv[0])))]


def build_report(ctx: Context, kind: Kind, day: date, unit: str | None = None) -> dict[str, Any]:
    if kind not in KIND_LABELS:
        raise ServiceError("invalid_kind", "报表类型只能是 daily（日报）或 weekly（周报）", 422, field="kind")
    start, end = period(kind, day)
    tax = taxonomy()
    regions = load_regions()
    with ctx.db.read() as conn:
        code, supervisor = _scope(conn, ctx, unit)
        unit_names = unit_cache.names(conn)
        received_in = in_period(conn, supervisor, cases.c.created_at, start, end)
        (by_type, by_category, by_channel), (received, urgent, open_now) = tallies(
            conn, [cases.c.type, cases.c.category, cases.c.channel], received_in)
        by_region: Counter = Counter()
        for region, n in count_by(conn, cases.c.region, received_in).items():
            by_region[region_key(region) if region else None] += n
        closed = conn.execute(sa.select(sa.func.count()).select_from(cases)
                              .where(*in_period(conn, supervisor, cases.c.closed_at, start, end))).scalar_one()
        scores = callback_scores(conn, supervisor, start, end)
        notable = _notable(conn, received_in, start, unit_names)
        hotspots = _hotspots(conn, load_tree(conn).subtree(code), start, end)
    n_callbacks = sum(scores.values())
    region_names = {c: regions.full_name(c) for c in by_region if c and c in regions}
    report: dict[str, Any] = {
        "kind": kind,
        "kind_label": KIND_LABELS[kind],
        "title": f"{unit_names.get(code, code)} 12328 热线{KIND_LABELS[kind]}（{_label(kind, start, end)}）",
        "unit": {"code": code, "name": unit_names.get(code)},
        "from": iso(start),
        "to": iso(end),
        "generated_at": iso(ctx.clock.now()),
        "summary": {
            "received": received,
            "closed": closed,
            "open_now": open_now,
            "urgent": urgent,
            "callbacks": n_callbacks,
            "satisfaction_average": round(sum(k * v for k, v in scores.items()) / n_callbacks, 2)
            if n_callbacks else None,
            "hotspots": len(hotspots),
        },
        "by_type": _counted(by_type, tax.types),
        "by_category": _counted(by_category, tax.categories),
        "by_region": _counted(by_region, region_names),
        "by_channel": _counted(by_channel, CHANNEL_LABELS),
        "satisfaction": {"callbacks": n_callbacks,
                         "by_score": [{"score": s, "count": scores.get(s, 0)} for s in range(5, 0, -1)]},
        "hotspots": hotspots[:HOTSPOT_LIMIT],
        "notable": notable,
    }
    report["on_time"], report["overdue"] = _deadlines(ctx, code, start, end, kind)
    report["summary"]["on_time_rate"] = (report["on_time"]["total"] or {}).get("rate") if report["on_time"][
        "available"] else None
    return report


def _hotspots(conn, subtree: set[str], start: datetime, end: datetime) -> list[dict[str, Any]]:
    i = hotspot_incidents.c
    rows = conn.execute(
        sa.select(hotspot_incidents).where(i.unit.in_(sorted(subtree)), i.opened_at < end, i.last_case_at >= start,
                                           i.status != "merged")
        .order_by(i.size.desc(), i.id)).all()
    return [{"id": r.id, "title": r.title, "status": r.status, "status_label": INCIDENT_STATUS.get(r.status, r.status),
             "size": r.size, "unit": r.unit, "opened_at": iso(r.opened_at), "last_case_at": iso(r.last_case_at)}
            for r in rows]


def _notable(conn, in_period: list, start: datetime, unit_names: dict[str, str]) -> list[dict[str, Any]]:
    """Received cases that are urgent, supervised (督办), returned twice or more, or reopened (重办) —
    the weightiest NOTABLE_LIMIT (urgent, then most supervised, then most returned; oldest first
    among equals). Every urgent, supervised or twice-returned case outranks one that was only
    reopened, so the period's reopened cases are looked for only when the others do not fill the list."""
    c = cases.c
    columns = (c.id, c.number, c.title, c.status, c.urgent, c.unit, c.intake_unit, c.supervise_count, c.return_count,
               c.created_at)
    weighty = sa.or_(c.urgent.is_(True), c.supervise_count > 0, c.return_count >= 2)
    # A case's events come after its creation, so `events.at >= start` changes nothing but lets
    # PostgreSQL skip the months of events (partitions) before the period.
    reopens = sa.select(events.c.case_id).where(events.c.action == "reopen", events.c.at >= start)
    order = (c.urgent.desc(), c.supervise_count.desc(), c.return_count.desc(), c.id)

    def chosen(where: list, by: tuple, limit: int) -> list:
        # The ids first, from the columns the holder-time index carries (pt0011: index-only), then
        # only the chosen cases' rows: not every candidate's row read for its title.
        ids = conn.execute(sa.select(c.id).where(*in_period, *where).order_by(*by).limit(limit)).scalars().all()
        return conn.execute(sa.select(*columns).where(c.id.in_(ids)).order_by(*by)).all() if ids else []

    rows = chosen([weighty], order, NOTABLE_LIMIT)
    if len(rows) < NOTABLE_LIMIT:
        rows += chosen([sa.not_(weighty), c.id.in_(reopens)], (c.id,), NOTABLE_LIMIT - len(rows))
    reopened = set(conn.execute(reopens.where(events.c.case_id.in_([r.id for r in rows]))).scalars()) if rows else set()
    out = []
    for r in rows:
        reasons = []
        if r.urgent:
            reasons.append("紧急")
        if r.supervise_count:
            reasons.append(f"督办 {r.supervise_count} 次")
        if r.return_count >= 2:
            reasons.append(f"退回 {r.return_count} 次")
        if r.id in reopened:
            reasons.append("重办")
        holder = r.unit or r.intake_unit
        out.append({"number": r.number, "title": r.title, "reasons": reasons, "status": r.status,
                    "status_label": STATUS_LABELS[Status(r.status)], "unit": holder,
                    "unit_name": unit_names.get(holder), "created_at": iso(r.created_at)})
    return out


def _deadlines(ctx: Context, code: str, start: datetime, end: datetime, kind: Kind) -> tuple[dict, dict]:
    """On-time rates for clocks due in the period, and the cases overdue now (deadlines engine)."""
    try:
        from hotline.services.deadlines import CLOCK_LABELS, on_time_stats, overdue_list
    except ImportError:  # the deadlines engine is not installed in this build
        missing = {"available": False, "total": None, "by_unit": [], "by_clock": []}
        return missing, {"available": False, "count": 0, "items": []}
    stats = on_time_stats(ctx, code, start.date(), end.date(), period="day" if kind == "daily" else "week")
    overdue = overdue_list(ctx, code, limit=OVERDUE_LIMIT)  # `count` is the whole number
    on_time = {"available": True, "total": stats["total"], "by_unit": stats["by_unit"],
               "by_clock": [{**c, "clock_label": CLOCK_LABELS.get(c["clock"], c["clock"])} for c in stats["by_clock"]]}
    return on_time, {"available": True, "count": overdue["count"], "items": overdue["items"]}
