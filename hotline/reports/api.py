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
from hotline.web.api.schemas import RecordItems, ReportOut
from hotline.web.deps import DbId, context
from hotline.web.errors import answers

# The non-JSON formats, by media type (from the renderer's own table).
REPORT_MEDIA = {MEDIA_TYPES[f].split(";")[0]: {"schema": {"type": "string", "format": "binary"}}
                for f in ("html", "xlsx", "pdf")}
reports_router = APIRouter(prefix="/api/v1/reports", tags=["报表"])


@reports_router.get("/{kind}", summary="日报（daily）/ 周报（weekly）：本单位及下级单位", **answers(
    ReportOut, media_types=REPORT_MEDIA, description="format=json（默认）、html、xlsx 或 pdf"))
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


files_router = APIRouter(prefix="/api/v1/report-files", tags=["报表"])


@files_router.get("", summary="按计划生成的日报、周报（可下载）", **answers(RecordItems, 404))
def list_files(unit: Annotated[str | None, Query(max_length=64)] = None, ctx: Context = Depends(context)) -> dict:
    from hotline.reports.schedule import list_report_files

    return {"items": list_report_files(ctx, unit)}


@files_router.get("/{file_id}", summary="下载一份按计划生成的报表", **answers(
    media_types=REPORT_MEDIA, description="HTML、XLSX 或 PDF（生成时的格式）"))
def download_file(file_id: DbId, ctx: Context = Depends(context)) -> Response:
    from hotline.reports.schedule import read_report_file

    meta, data, fmt = read_report_file(ctx, file_id)
    disposition = "inline" if fmt == "html" else "attachment"
    return Response(data, media_type=meta["media_type"],
                    headers={"Content-Disposition": f'{disposition}; filename="{meta["name"]}"'})


router = APIRouter()
router.include_router(reports_router)
router.include_router(files_router)
