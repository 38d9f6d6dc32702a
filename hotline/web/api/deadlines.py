"""/api/v1/deadlines — clocks of a case, emergency mode, the working-day override table, deadline
policies, overdue list, alerts and on-time statistics (JSON or XLSX)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Path, Query, Response
from pydantic import Field, field_validator

from hotline.services import deadlines as svc
from hotline.services.cases import Context
from hotline.services.commands import Strict, _err
from hotline.services.errors import ServiceError
from hotline.web.api.schemas import (CaseClocksOut, Contacts, DeadlinePolicies, DeadlinePolicyVersion, Deleted,
                                     EmergencyBanner, EmergencyList, EmergencyOut, Items, OnTimeStats, OverdueOut,
                                     OverrideDeleted, OverrideOut, OverrideSet, RecordItems)
from hotline.web.deps import context
from hotline.web.errors import answers

router = APIRouter(prefix="/api/v1/deadlines", tags=["时限"])

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
XLSX_ANSWER = {XLSX: {"schema": {"type": "string", "format": "binary"}}}
Format = Literal["json", "xlsx"]
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def _aware(v: Any) -> Any:
    if isinstance(v, str):
        try:
            v = dt.datetime.fromisoformat(v)
        except ValueError:
            raise _err("invalid_time", "时间必须是 ISO 8601，如 2022-05-05T10:00:00+08:00") from None
    if isinstance(v, dt.datetime) and v.tzinfo is None:
        raise _err("invalid_time", "时间必须带时区，如 +08:00")
    return v


def _date(v: Any) -> Any:
    if isinstance(v, str):
        try:
            return dt.date.fromisoformat(v)
        except ValueError:
            raise _err("invalid_date", "日期格式应为 YYYY-MM-DD") from None
    return v


class EmergencyIn(Strict):
    region: Annotated[str, Field(pattern=r"^\d{6}$", description="GB/T 2260 代码，含下级")]
    categories: Annotated[list[Annotated[str, Field(min_length=1, max_length=64)]],
                          Field(min_length=1, max_length=50, description="分类模式：* 、control.* 或具体分类")]
    reason: Annotated[str, Field(min_length=1, max_length=2000)]
    starts_at: Annotated[dt.datetime | None, Field(alias="from")] = None
    until: dt.datetime | None = None

    _times = field_validator("starts_at", "until", mode="before")(_aware)


class EmergencyOffIn(Strict):
    reason: Annotated[str | None, Field(max_length=2000)] = None


class OverrideIn(Strict):
    workday: bool
    note: Annotated[str | None, Field(max_length=200)] = None


class PolicyVersionIn(Strict):
    effective_from: dt.date
    rules: Annotated[list[dict[str, Any]], Field(min_length=1, max_length=500)]
    note: Annotated[str, Field(max_length=2000)] = ""

    _day = field_validator("effective_from", mode="before")(_date)


class ContactsIn(Strict):
    emails: Annotated[list[Annotated[str, Field(max_length=254)]], Field(max_length=50)]

    @field_validator("emails")
    @classmethod
    def _emails(cls, v: list[str]) -> list[str]:
        for address in v:
            if not EMAIL_RE.match(address):
                raise _err("invalid_email", f"邮箱地址格式不正确：{address}")
        return v


def _xlsx(name: str, body: bytes) -> Response:
    return Response(body, media_type=XLSX, headers={"Content-Disposition": f'attachment; filename="{name}.xlsx"'})


@router.get("/cases/{number}/clocks", summary="工单各时限：到期时间、剩余时间、状态", **answers(CaseClocksOut))
def case_clocks(number: str, ctx: Context = Depends(context)) -> dict:
    return svc.case_clocks_view(ctx, number)


@router.get("/emergencies", summary="应急状态列表", **answers(EmergencyList))
def list_emergencies(ctx: Context = Depends(context), active: bool | None = None) -> dict:
    return svc.list_emergencies(ctx, active)


@router.get("/emergencies/banner", summary="本单位当前的应急状态（控制台横幅）", **answers(EmergencyBanner, 404))
def emergency_banner(ctx: Context = Depends(context), unit: str | None = None) -> dict:
    return svc.banner_for(ctx, unit)


@router.post("/emergencies", summary="开启应急状态（督办、管理员）", **answers(EmergencyOut, status=201))
def switch_on(body: EmergencyIn, ctx: Context = Depends(context)) -> dict:
    return svc.switch_on_emergency(ctx, body.region, body.categories, body.reason, body.starts_at, body.until)


@router.post("/emergencies/{mode_id}/off", summary="关闭应急状态（督办、管理员）", **answers(EmergencyOut, 409))
def switch_off(mode_id: int, body: EmergencyOffIn, ctx: Context = Depends(context)) -> dict:
    return svc.switch_off_emergency(ctx, mode_id, body.reason)


@router.get("/overrides", summary="工作日调整表", **answers(Items[OverrideOut]))
def list_overrides(ctx: Context = Depends(context),
                   start: Annotated[dt.date | None, Query(alias="from")] = None,
                   end: Annotated[dt.date | None, Query(alias="to")] = None) -> dict:
    return svc.list_overrides(ctx, start, end)


@router.put("/overrides/{day}", summary="设置某日为工作日或休息日（管理员）", **answers(OverrideSet))
def set_override(day: dt.date, body: OverrideIn, ctx: Context = Depends(context)) -> dict:
    return svc.set_override(ctx, day, body.workday, body.note)


@router.delete("/overrides/{day}", summary="删除某日的调整（管理员）", **answers(OverrideDeleted))
def delete_override(day: dt.date, ctx: Context = Depends(context)) -> dict:
    return svc.delete_override(ctx, day)


@router.get("/policies", summary="时限规则（各版本）", **answers(DeadlinePolicies))
def get_policies(ctx: Context = Depends(context)) -> dict:
    return svc.get_policies(ctx)


@router.put("/policies/versions/{version}", summary="新增或修改未生效的时限规则版本（管理员）",
            **answers(DeadlinePolicyVersion, 409))
def put_policy_version(version: Annotated[str, Path(max_length=32)], body: PolicyVersionIn,
                       ctx: Context = Depends(context)) -> dict:
    return svc.put_policy_version(ctx, version, body.effective_from, body.rules, body.note)


@router.delete("/policies/versions/{version}", summary="删除未生效的时限规则版本（管理员）", **answers(Deleted, 409))
def delete_policy_version(version: str, ctx: Context = Depends(context)) -> dict:
    return svc.delete_policy_version(ctx, version)


@router.get("/stats", summary="按时率：按单位、时限、期间（JSON 或 XLSX）",
            **answers(OnTimeStats, 404, media_types=XLSX_ANSWER, description="format=json：JSON；format=xlsx：Excel"))
def stats(ctx: Context = Depends(context), unit: str | None = None,
          start: Annotated[dt.date | None, Query(alias="from", description="到期日起（含）")] = None,
          end: Annotated[dt.date | None, Query(alias="to", description="到期日止（不含）")] = None,
          period: Literal["day", "week", "month"] = "month", format: Format = "json") -> dict | Response:
    result = svc.on_time_stats(ctx, unit, start, end, period)
    if format == "xlsx":
        return _xlsx("deadline-stats", svc.xlsx("按时率", svc.STATS_COLUMNS, result["rows"]))
    return result


@router.get("/overdue", summary="当前超时清单（本单位及下级，JSON 或 XLSX）",
            **answers(OverdueOut, 404, media_types=XLSX_ANSWER, description="format=json：JSON；format=xlsx：Excel"))
def overdue(ctx: Context = Depends(context), unit: str | None = None,
            limit: Annotated[int, Query(ge=1, le=5000)] = 500, format: Format = "json") -> dict | Response:
    result = svc.overdue_list(ctx, unit, limit)
    if format == "xlsx":
        return _xlsx("overdue", svc.xlsx("超时工单", svc.OVERDUE_COLUMNS, result["items"]))
    return result


@router.get("/alerts", summary="预警与超时上报记录", **answers(RecordItems, 404))
def alerts(ctx: Context = Depends(context), unit: str | None = None, since: dt.datetime | None = None,
           limit: Annotated[int, Query(ge=1, le=1000)] = 200) -> dict:
    if since is not None and since.tzinfo is None:
        raise ServiceError("invalid_time", "since 必须带时区，如 2022-05-05T00:00:00+08:00", 422, field="since")
    return svc.list_alerts(ctx, unit, since, limit)


@router.get("/contacts/{unit}", summary="单位的时限通知邮箱", **answers(Contacts))
def get_contacts(unit: str, ctx: Context = Depends(context)) -> dict:
    return svc.get_contacts(ctx, unit)


@router.put("/contacts/{unit}", summary="设置单位的时限通知邮箱（管理员）", **answers(Contacts))
def put_contacts(unit: str, body: ContactsIn, ctx: Context = Depends(context)) -> dict:
    return svc.put_contacts(ctx, unit, body.emails)
