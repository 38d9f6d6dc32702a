"""日报 / 周报 on a schedule: after each day (and each week) ends, the job runner builds the reports of
the root unit and of every unit directly below it (the ministry and the provinces), renders them as
HTML, XLSX and PDF, and keeps the files for download (`GET /api/v1/report-files`, console 报表).

Each (kind, unit, day, format) is generated once — a unique key makes "once" hold with several job
runners — and a day that was missed while the system was down is generated when it comes back
(up to CATCH_UP_DAYS back).
"""

from __future__ import annotations

import logging
from datetime import date, timedelta
from typing import Any

import sqlalchemy as sa

from hotline.domain.clock import Clock
from hotline.reports.data import build_report
from hotline.reports.render import MEDIA_TYPES, render
from hotline.services.cases import Context, load_tree, local_tz
from hotline.services.errors import ServiceError
from hotline.settings import get_settings
from hotline.store import unit_cache
from hotline.store.db import Database, insert_ignore
from hotline.store.files import FileStorage, LocalFileStorage
from hotline.store.report_tables import report_files

log = logging.getLogger("hotline.reports")
FORMATS = ("html", "xlsx", "pdf")
CATCH_UP_DAYS = 7
# Formats that could not be rendered (no CJK font for the PDF): not retried every round of this process.
_UNRENDERABLE: set[tuple[str, str, date, str]] = set()


def report_units(db: Database) -> list[str]:
    """The root unit(s) and the units directly below them (ministry, provinces)."""
    with db.read() as conn:
        tree = load_tree(conn)
        roots = sorted(code for code, parent in tree.parents.items() if not parent)
    return roots + sorted(c for r in roots for c in tree.children(r))


def due_periods(today: date, catch_up_days: int = CATCH_UP_DAYS) -> list[tuple[str, date]]:
    """(kind, day) of the finished periods to have: the last `catch_up_days` days, and the last
    finished week (identified by its Monday)."""
    days = [("daily", today - timedelta(days=n)) for n in range(1, catch_up_days + 1)]
    this_monday = today - timedelta(days=today.weekday())
    return days + [("weekly", this_monday - timedelta(days=7))]


def generate_due_reports(db: Database, clock: Clock, storage: FileStorage | None = None, *,
                         catch_up_days: int | None = None, max_reports: int | None = None) -> int:
    """Build and store due reports not stored yet — at most `max_reports` of them (each in all its
    formats), so a job round stays short while a backlog is caught up. Returns the files written."""
    storage = storage or LocalFileStorage(get_settings().files_dir)
    today = clock.now().astimezone(local_tz()).date()
    with db.read() as conn:
        have = {(r.kind, r.unit, r.day, r.format) for r in conn.execute(
            sa.select(report_files.c.kind, report_files.c.unit, report_files.c.day, report_files.c.format)
            .where(report_files.c.day >= today - timedelta(days=CATCH_UP_DAYS + 7)))}
    ctx = Context(db=db, clock=clock, storage=storage, system_actor="报表任务")
    written = built = 0
    for unit in report_units(db):
        for kind, day in due_periods(today, CATCH_UP_DAYS if catch_up_days is None else catch_up_days):
            missing = [f for f in FORMATS if (kind, unit, day, f) not in have | _UNRENDERABLE]
            if not missing:
                continue
            if max_reports is not None and built >= max_reports:
                return written
            built += 1
            report = build_report(ctx, kind, day, unit)
            for fmt in missing:
                try:
                    data = render(report, fmt)
                except ServiceError as exc:  # e.g. no CJK font for the PDF: the other formats still go out
                    log.warning("report %s %s %s %s not rendered: %s", kind, unit, day, fmt, exc.message)
                    _UNRENDERABLE.add((kind, unit, day, fmt))
                    continue
                key = storage.put(data)
                with db.write() as conn:
                    stored = conn.execute(insert_ignore(
                        conn, report_files, kind=kind, unit=unit, day=day, format=fmt, storage_key=key,
                        size=len(data), created_at=clock.now()).returning(report_files.c.id)).first()
                written += stored is not None  # another runner may have stored it first
    return written


def list_report_files(ctx: Context, unit: str | None = None, limit: int = 200) -> list[dict[str, Any]]:
    """Stored reports of the units the user may see (their own subtree)."""
    with ctx.db.read() as conn:
        tree = load_tree(conn)
        names = unit_cache.names(conn)
        visible = tree.subtree(ctx.user.unit) if ctx.user else set(tree.parents)
        if unit is not None:
            if unit not in visible:
                raise ServiceError("unit_not_found", f"单位 {unit} 不存在", 404)
            visible = {unit}
        rows = conn.execute(sa.select(report_files).where(report_files.c.unit.in_(sorted(visible)))
                            .order_by(report_files.c.day.desc(), report_files.c.kind, report_files.c.unit,
                                      report_files.c.format).limit(limit)).all()
    return [{"id": r.id, "kind": r.kind, "kind_label": "日报" if r.kind == "daily" else "周报", "unit": r.unit,
             "unit_name": names.get(r.unit), "day": r.day.isoformat(), "format": r.format, "size": r.size,
             "created_at": r.created_at.astimezone(local_tz()).isoformat(),
             "url": f"/api/v1/report-files/{r.id}"} for r in rows]


def read_report_file(ctx: Context, file_id: int) -> tuple[dict[str, Any], bytes, str]:
    with ctx.db.read() as conn:
        row = conn.execute(sa.select(report_files).where(report_files.c.id == file_id)).first()
        visible = load_tree(conn).subtree(ctx.user.unit) if ctx.user else None
    if row is None or (visible is not None and row.unit not in visible):
        raise ServiceError("report_not_found", "报表不存在", 404)
    name = f"hotline-{row.kind}-{row.unit}-{row.day.isoformat()}.{row.format}"
    return {"name": name, "media_type": MEDIA_TYPES[row.format]}, ctx.storage.get(row.storage_key), row.format


