"""/api/v1/reports — 日报 / 周报 of a unit subtree as JSON, HTML, XLSX or PDF.

Add "hotline.reports.api" to OPTIONAL_ROUTERS in hotline/web/app.py to serve it.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query, Response

from hotline.reports.data import build_report
from hotline.reports.render import MEDIA_TYPES, render
from hotline.services.cases import Context
from hotline.web.deps import context

router = APIRouter(prefix="/api/v1/reports", tags=["报表"])


@router.get("/{kind}", summary="日报（daily）/ 周报（weekly）：本单位及下级单位", response_model=None)
def get_report(
    kind: Literal["daily", "weekly"],
    day: Annotated[date, Query(description="日报的日期，或周报所在周的任一天，如 2022-04-22")],
    unit: Annotated[str | None, Query(max_length=64, description="单位代码，默认本单位")] = None,
    format: Literal["json", "html", "xlsx", "pdf"] = "json",
    ctx: Context = Depends(context),
) -> dict | Response:
    report = build_report(ctx, kind, day, unit)
    if format == "json":
        return report
    name = f"hotline-{kind}-{report['unit']['code']}-{day.isoformat()}.{format}"
    disposition = "inline" if format == "html" else "attachment"
    return Response(render(report, format), media_type=MEDIA_TYPES[format],
                    headers={"Content-Disposition": f'{disposition}; filename="{name}"'})
