"""Import and export of entries: JSON lines (one entry a line, the PolicyIn fields), and through
`xlsx_format` / `markdown_format` the ministry's batch spreadsheet and Markdown.

An import is all or nothing: every record is checked first, and a file with any bad record changes
nothing. Entries are matched to ours by `key`; a record without a key is always a new entry. The
report says, record by record, what was (or with --dry-run would be) created, updated or left alone,
and what the file's mapping had to guess (warnings).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

import sqlalchemy as sa
from pydantic import ValidationError

from hotline.policies import rules, services
from hotline.policies.commands import PolicyIn
from hotline.policies.rules import Status
from hotline.services.cases import Context
from hotline.services.errors import field_errors
from hotline.store.policy_tables import policies


@dataclass
class ImportReport:
    created: list[str] = field(default_factory=list)
    updated: list[dict[str, Any]] = field(default_factory=list)  # {key, fields}
    unchanged: list[str] = field(default_factory=list)
    published: list[str] = field(default_factory=list)
    errors: list[dict[str, Any]] = field(default_factory=list)  # {line, message}
    warnings: list[dict[str, Any]] = field(default_factory=list)  # {line, message}
    dry_run: bool = False

    @property
    def ok(self) -> bool:
        return not self.errors

    def summary(self) -> str:
        verb = "将" if self.dry_run else "已"
        if self.errors:
            return f"发现 {len(self.errors)} 行有误，未导入任何条目"
        return (f"{verb}新建 {len(self.created)} 条，{verb}更新 {len(self.updated)} 条，未变 {len(self.unchanged)} 条，"
                f"{verb}发布 {len(self.published)} 条")


Record = tuple[int, "str | dict[str, Any]"]  # (line or row number, a JSON line or the PolicyIn fields)


def json_line_records(lines: Iterable[str]) -> list[Record]:
    return [(n, line) for n, line in enumerate(lines, 1) if line.strip()]


def read_records(records: Iterable[Record], report: ImportReport) -> list[tuple[int, PolicyIn]]:
    out, keys = [], {}
    for n, record in records:
        try:
            cmd = (PolicyIn.model_validate_json(record) if isinstance(record, str)
                   else PolicyIn.model_validate(record))
        except ValidationError as exc:
            msgs = "；".join(f"{e['field']}：{e['message']}" if e["field"] else e["message"]
                            for e in field_errors(list(exc.errors())))
            report.errors.append({"line": n, "message": msgs})
            continue
        if cmd.key and cmd.key in keys:
            report.errors.append({"line": n, "message": f"外部编号 {cmd.key} 与第 {keys[cmd.key]} 行重复"})
            continue
        if cmd.key:
            keys[cmd.key] = n
        out.append((n, cmd))
    return out


def import_entries(ctx: Context, lines: Iterable[str], *, dry_run: bool = False, publish: bool = False,
                   demo: bool = False) -> ImportReport:
    """Import JSON lines."""
    return import_records(ctx, json_line_records(lines), dry_run=dry_run, publish=publish, demo=demo)


def import_records(ctx: Context, records: Iterable[Record], *, dry_run: bool = False, publish: bool = False,
                   demo: bool = False, report: ImportReport | None = None) -> ImportReport:
    """Import records of any format; `report` may already hold the format's errors and warnings."""
    services.require_editor(ctx)
    report = report or ImportReport()
    report.dry_run = dry_run
    commands = read_records(records, report)
    if report.errors:
        return report
    now = ctx.clock.now()
    with ctx.db.read() if dry_run else ctx.db.write() as conn:
        for n, cmd in commands:
            if demo:
                cmd = cmd.model_copy(update={"demo": True})
            label = cmd.key or f"第{n}行"
            row = conn.execute(sa.select(policies).where(policies.c.origin == "", policies.c.key == cmd.key)
                               ).first() if cmd.key else None
            if row is None:
                report.created.append(label)
                if publish:
                    report.published.append(label)
                if not dry_run:
                    services.insert_entry(conn, cmd, uid=services.new_uid(), origin="", actor=ctx.actor, now=now,
                                          status=Status.PUBLISHED if publish else Status.DRAFT, version=1,
                                          action="import")
                continue
            before = services.command_from_snapshot(services.snapshot(row)).model_dump()
            after = cmd.model_dump()  # datetimes compare as instants, whatever offset a file wrote
            changed = sorted(k for k in after if before[k] != after[k])
            to_publish = publish and row.status not in rules.VISIBLE
            if changed:
                report.updated.append({"key": label, "fields": changed})
            else:
                report.unchanged.append(label)
            if to_publish:
                report.published.append(label)
            if not dry_run and (changed or to_publish):
                services.replace_entry(conn, row, cmd, actor=ctx.actor, now=now, action="import",
                                       status=Status.PUBLISHED if to_publish else None)
    return report


def export_entries(ctx: Context, out: TextIO, *, statuses: Iterable[str] = rules.VISIBLE,
                   include_upstream: bool = False) -> int:
    n = 0
    for snap in iter_snapshots(ctx, statuses, include_upstream):
        out.write(json.dumps(services.portable(snap), ensure_ascii=False) + "\n")
        n += 1
    return n


def iter_snapshots(ctx: Context, statuses: Iterable[str], include_upstream: bool, batch: int = 500
                   ) -> Iterator[dict[str, Any]]:
    last = 0
    conds = [policies.c.status.in_(list(statuses))]
    if not include_upstream:
        conds.append(policies.c.origin == "")
    while True:
        with ctx.db.read() as conn:
            rows = conn.execute(sa.select(policies).where(*conds, policies.c.id > last)
                                .order_by(policies.c.id).limit(batch)).all()
        if not rows:
            return
        yield from (services.snapshot(r) for r in rows)
        last = rows[-1].id


def read_file(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8-sig").splitlines()


FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl", ".xlsx": "xlsx", ".md": "md",
           ".markdown": "md", ".docx": "docx"}


def file_format(path: Path) -> str | None:
    return FORMATS.get(path.suffix.lower())


def read_any(path: Path) -> tuple[list[Record], ImportReport]:
    """The records of an import file, by its suffix, with the format's errors and warnings."""
    report = ImportReport()
    fmt = file_format(path)
    if fmt == "xlsx":
        from hotline.policies import xlsx_format

        return xlsx_format.read(path, report), report
    if fmt == "md":
        from hotline.policies import markdown_format

        return markdown_format.read(path.read_text(encoding="utf-8-sig"), report), report
    if fmt == "docx":
        from hotline.policies import docx_format

        return docx_format.read(path, report), report
    return json_line_records(read_file(path)), report
