"""报表 in the console: the 日报 / 周报 files generated on a schedule, for download."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request

from hotline.domain.access import Principal, Role
from hotline.reports.schedule import list_report_files
from hotline.services.cases import Context
from hotline.web.console.render import ConsoleRoute, page
from hotline.web.console.session import base, console_context, require

router = APIRouter(route_class=ConsoleRoute, include_in_schema=False)
READERS = (Role.SUPERVISOR, Role.ADMIN, Role.OPERATOR)


@router.get("/console/reports")
def reports_page(request: Request, ctx: Context = Depends(console_context),
                 user: Principal = Depends(require(*READERS))):
    files = list_report_files(ctx)
    grouped: dict[tuple[str, str, str], dict] = {}
    for f in files:  # one row per report, its formats side by side
        key = (f["day"], f["kind"], f["unit"])
        row = grouped.setdefault(key, {**f, "formats": {}})
        row["formats"][f["format"]] = f["url"]
    return page(request, "console/reports.html", {**base(request, user, "reports", "日报与周报"),
                                                  "rows": list(grouped.values())})
