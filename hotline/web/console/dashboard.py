"""统计看板 — the supervisor's day and week: volumes, open and overdue by unit, top categories and
provinces (ECharts, vendored), every number a link to the cases behind it; the emergency switch."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse
from starlette.datastructures import FormData

from hotline.domain.access import Principal, Role
from hotline.services.cases import Context, local_tz
from hotline.services.errors import ServiceError
from hotline.web.console import hotspots, stats
from hotline.web.console.render import ConsoleRoute, page, query
from hotline.web.console.session import base, checked_form, console_context, require

router = APIRouter(route_class=ConsoleRoute, include_in_schema=False)
SUPERVISORS = (Role.SUPERVISOR, Role.ADMIN)


def _deadlines():
    try:
        from hotline.services import deadlines
    except ImportError:  # the deadlines area is optional in this checkout
        return None
    return deadlines if hasattr(deadlines, "switch_on_emergency") else None


def _period(kind: str | None, day: str | None, ctx: Context) -> stats.Period:
    kind = kind if kind in ("day", "week") else "day"
    if day:
        try:
            d = date.fromisoformat(day)
        except ValueError:
            raise ServiceError("invalid_date", f"日期 {day} 格式不正确，应为 YYYY-MM-DD", 422) from None
    else:
        d = ctx.clock.now().astimezone(local_tz()).date()
    return stats.Period(kind, d)


def emergencies(ctx: Context, user: Principal) -> dict[str, Any] | None:
    dl = _deadlines()
    if dl is None:
        return None
    return {"banner": dl.banner_for(ctx)["items"], "active": dl.list_emergencies(ctx, True)["items"]}


@router.get("/console/dashboard")
def dashboard(request: Request, period: str | None = None, date: str | None = None,
              ctx: Context = Depends(console_context), user: Principal = Depends(require(*SUPERVISORS))):
    p = _period(period, date, ctx)
    figs = stats.figures(ctx, p)
    overview = stats.units_overview(ctx, user.unit)
    dates = p.filter_params()
    chart_data = {
        "series": figs["series"], "categories": figs["categories"][:8], "provinces": figs["provinces"],
        "links": {"cases": query("/console/cases", **dates)},
    }
    from hotline.web.console.reads import unit_names

    region = _unit_region(ctx, user.unit)
    return page(request, "console/dashboard.html", {
        **base(request, user, "dashboard", "统计看板"), "p": p, "figs": figs, "units": overview["rows"],
        "units_as_of": overview["as_of"], "dates": dates,
        "chart_data": chart_data, "emergency": emergencies(ctx, user), "names": unit_names(ctx),
        "unit_region": region, "open_status": ",".join(stats.OPEN), "hotspots": hotspots.open_incidents(ctx),
        "on_time": stats.on_time(ctx, user.unit, p),
    })


@router.get("/console/dashboard/on-time")
def on_time_cases(request: Request, period: str | None = None, date: str | None = None, unit: str | None = None,
                  clock: str | None = None, outcome: str | None = None, ctx: Context = Depends(console_context),
                  user: Principal = Depends(require(*SUPERVISORS))):
    """The clocks (and their cases) behind one on-time figure of the dashboard."""
    p = _period(period, date, ctx)
    items = stats.on_time_clocks(ctx, p, unit=unit or None, clock=clock or None, outcome=outcome or None)
    from hotline.web.console.reads import unit_names

    names = unit_names(ctx)
    what = "、".join(x for x in (names.get(unit or "", unit or ""), stats.clock_label(clock),
                                  stats.OUTCOMES.get(outcome or "", "")) if x)
    return page(request, "console/on_time.html", {
        **base(request, user, "dashboard", "按时情况明细"), "p": p, "items": items, "what": what or "全部时限",
        "back": query("/console/dashboard", period=p.kind, date=p.day.isoformat()),
    })


def _unit_region(ctx: Context, code: str) -> str | None:
    import sqlalchemy as sa

    from hotline.store.tables import units

    with ctx.db.read() as conn:
        return conn.execute(sa.select(units.c.region).where(units.c.code == code)).scalar()


def _aware(value: str) -> datetime | None:
    if not value:
        return None
    try:
        t = datetime.fromisoformat(value)
    except ValueError:
        raise ServiceError("invalid_time", "时间格式不正确", 422) from None
    return t if t.tzinfo else t.replace(tzinfo=local_tz())


@router.post("/console/dashboard/emergency")
def switch_on(request: Request, form: FormData = Depends(checked_form), ctx: Context = Depends(console_context),
              user: Principal = Depends(require(*SUPERVISORS))):
    dl = _deadlines()
    if dl is None:
        raise ServiceError("not_available", "本系统尚未启用时限功能，无法开启应急状态", 404)
    cats = [c.strip() for c in str(form.get("categories") or "*").replace("，", ",").split(",") if c.strip()]
    reason = str(form.get("reason") or "").strip()
    if not reason:
        raise ServiceError("missing_reason", "请填写开启应急状态的原因", 422)
    dl.switch_on_emergency(ctx, str(form.get("region") or ""), cats or ["*"], reason, None,
                           _aware(str(form.get("until") or "")))
    return RedirectResponse("/console/dashboard", status_code=303)


@router.post("/console/dashboard/emergency/{mode_id}/off")
def switch_off(request: Request, mode_id: int, form: FormData = Depends(checked_form),
               ctx: Context = Depends(console_context), user: Principal = Depends(require(*SUPERVISORS))):
    dl = _deadlines()
    if dl is None:
        raise ServiceError("not_available", "本系统尚未启用时限功能", 404)
    dl.switch_off_emergency(ctx, mode_id, str(form.get("reason") or "").strip() or None)
    return RedirectResponse("/console/dashboard", status_code=303)
