"""Export cases to CSV/XLSX and import cases from them — all rows or none."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from hotline.services.cases import CaseFilter, Context, _insert_case, iter_cases
from hotline.services.commands import CaseCreate
from hotline.services.errors import field_errors

EXPORT_COLUMNS = [
    "number", "status", "type", "category", "title", "description", "channel", "urgent",
    "reporter_name", "reporter_phone", "reporter_plate", "reporter_company",
    "region", "region_name", "address", "lat", "lng", "road", "landmark",
    "unit", "reply", "satisfaction", "created_at", "closed_at",
]
# What `import cases` reads; other columns (such as an export's number or status) are ignored.
IMPORT_COLUMNS = [
    "type", "category", "title", "description", "channel", "urgent",
    "reporter_name", "reporter_phone", "reporter_plate", "reporter_company",
    "region", "address", "lat", "lng", "road", "landmark",
]


def _flat(case: dict[str, Any]) -> dict[str, Any]:
    r, p = case["reporter"], case["place"]
    row = {k: case.get(k) for k in EXPORT_COLUMNS}
    row.update({f"reporter_{k}": r[k] for k in ("name", "phone", "plate", "company")})
    row.update({k: p[k] for k in ("region", "region_name", "address", "lat", "lng", "road", "landmark")})
    return row


def export_rows(ctx: Context, f: CaseFilter, *, unmasked: bool = False) -> Iterable[dict[str, Any]]:
    for case in iter_cases(ctx, f, mask=not unmasked):
        yield _flat(case)


def write_csv(rows: Iterable[dict[str, Any]], out: io.TextIOBase) -> int:
    w = csv.DictWriter(out, fieldnames=EXPORT_COLUMNS)
    w.writeheader()
    n = 0
    for row in rows:
        w.writerow(row)
        n += 1
    return n


def write_xlsx(rows: Iterable[dict[str, Any]], path: Path) -> int:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("工单")
    ws.append(EXPORT_COLUMNS)
    n = 0
    for row in rows:
        ws.append([row[c] for c in EXPORT_COLUMNS])
        n += 1
    wb.save(path)
    return n


@dataclass
class RowError:
    line: int  # as a spreadsheet shows it: the header is line 1
    field: str
    message: str


def read_table(path: Path) -> list[dict[str, Any]]:
    if path.suffix.lower() == ".xlsx":
        from openpyxl import load_workbook

        wb = load_workbook(path, read_only=True, data_only=True)
        rows = wb.active.iter_rows(values_only=True)
        header = [str(h).strip() if h is not None else "" for h in next(rows, [])]
        return [dict(zip(header, r)) for r in rows]
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def _text(v: Any) -> str | None:
    if v is None:
        return None
    s = str(v).strip()
    return s or None


def _row_to_payload(row: dict[str, Any]) -> dict[str, Any]:
    def num(v):
        s = _text(v)
        if s is None:
            return None
        try:
            return float(s)
        except ValueError:
            return s  # let validation say it is not a number

    urgent = _text(row.get("urgent"))
    return {
        "type": _text(row.get("type")),
        "category": _text(row.get("category")),
        "title": _text(row.get("title")) or "",
        "description": _text(row.get("description")) or "",
        "channel": _text(row.get("channel")) or "api",
        "urgent": None if urgent is None else urgent.lower() in ("1", "true", "yes", "是", "紧急"),
        "reporter": {k: _text(row.get(f"reporter_{k}")) for k in ("name", "phone", "plate", "company")},
        "place": {"region": _text(row.get("region")), "address": _text(row.get("address")),
                  "lat": num(row.get("lat")), "lng": num(row.get("lng")), "road": _text(row.get("road")),
                  "landmark": _text(row.get("landmark"))},
    }


def import_cases(ctx: Context, path: Path, *, dry_run: bool = False) -> tuple[int, list[RowError]]:
    """Validate every row; if any is bad, import none and return the errors."""
    rows = read_table(path)
    errors: list[RowError] = []
    commands: list[CaseCreate] = []
    missing = [c for c in ("title",) if rows and c not in rows[0]]
    if missing:
        return 0, [RowError(1, c, f"缺少列 {c}") for c in missing]
    for i, row in enumerate(rows, start=2):
        try:
            commands.append(CaseCreate.model_validate(_row_to_payload(row)))
        except ValidationError as exc:
            for fe in field_errors(exc.errors()):
                errors.append(RowError(i, fe["field"], fe["message"]))
    if errors or dry_run:
        return (0 if errors else len(commands)), errors
    from hotline.services.intake import complete

    completed = [complete(cmd) for cmd in commands]  # rows without type or category get them from the text
    now = ctx.clock.now()
    with ctx.db.write() as conn:
        for cmd, suggestions in completed:
            _insert_case(conn, ctx, cmd, [], False, now, None, suggestions)
    return len(commands), []
