"""Operations: backup and restore of the whole database, and the retention of reporters' data."""

from __future__ import annotations

import re
import shutil
import sqlite3
import subprocess
from datetime import timedelta
from pathlib import Path

import sqlalchemy as sa

from hotline.domain.lifecycle import Status
from hotline.services.cases import Context
from hotline.services.errors import ServiceError
from hotline.store.db import Database
from hotline.store.tables import audit_log, cases


def _pg_args(db: Database) -> tuple[list[str], dict[str, str]]:
    """libpq connection options for pg_dump/pg_restore, from the SQLAlchemy URL (password via env)."""
    u = db.url
    args = ["-h", u.host or "127.0.0.1", "-p", str(u.port or 5432), "-U", u.username or "postgres"]
    env = {"PGPASSWORD": u.password} if u.password else {}
    return args, env


def _run(cmd: list[str], env: dict[str, str]) -> None:
    import os

    if shutil.which(cmd[0]) is None:
        raise ServiceError("tool_missing", f"找不到 {cmd[0]}：请安装 PostgreSQL 客户端（postgresql-client）", 500)
    done = subprocess.run(cmd, env={**os.environ, **env}, capture_output=True, text=True)
    if done.returncode != 0:
        raise ServiceError("backup_failed", f"{cmd[0]} 失败：{done.stderr.strip()[:500]}", 500)


def backup(db: Database, out: Path) -> Path:
    """SQLite: the online backup API (consistent while the server runs). PostgreSQL: pg_dump -Fc."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    if db.is_sqlite:
        src = sqlite3.connect(db.url.database)
        dst = sqlite3.connect(out)
        try:
            with dst:
                src.backup(dst)
        finally:
            src.close()
            dst.close()
    else:
        args, env = _pg_args(db)
        _run(["pg_dump", "-Fc", "--no-owner", *args, "-f", str(out), db.url.database], env)
    return out


def restore(db: Database, src: Path) -> None:
    """Replace the database's contents with a backup. Stop the servers first."""
    src = Path(src)
    if not src.is_file():
        raise ServiceError("backup_not_found", f"备份文件 {src} 不存在", 404)
    db.dispose()
    if db.is_sqlite:
        source = sqlite3.connect(src)
        target = sqlite3.connect(db.url.database)
        try:
            with target:
                source.backup(target)
        finally:
            source.close()
            target.close()
    else:
        _restore_postgres(db, src)


# pg_restore --clean also drops each partition's inherited constraints and indexes one by one, which
# PostgreSQL refuses ("cannot drop inherited constraint"); dropping the partition drops them anyway.
_PARTITION_DROP = re.compile(
    r"^(ALTER TABLE IF EXISTS ONLY public\.(events|cases)_(\d{4}_\d{2}|default|legacy) DROP CONSTRAINT"
    r"|DROP INDEX IF EXISTS public\.events_(\d{4}_\d{2}|default)_)")


def _restore_postgres(db: Database, src: Path) -> None:
    """pg_restore's script, minus the partition drops above, applied by psql in one transaction."""
    import os

    args, env = _pg_args(db)
    for tool in ("pg_restore", "psql"):
        if shutil.which(tool) is None:
            raise ServiceError("tool_missing", f"找不到 {tool}：请安装 PostgreSQL 客户端（postgresql-client）", 500)
    full_env = {**os.environ, **env}
    script = subprocess.Popen(["pg_restore", "--clean", "--if-exists", "--no-owner", "-f", "-", str(src)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=full_env)
    apply = subprocess.Popen(["psql", "-q", "-X", "-v", "ON_ERROR_STOP=1", "--single-transaction", *args,
                              "-d", db.url.database, "-f", "-"],
                             stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=full_env)
    assert script.stdout is not None and apply.stdin is not None
    try:
        for line in script.stdout:
            if not _PARTITION_DROP.match(line.decode("utf-8", "replace")):
                apply.stdin.write(line)
    except BrokenPipeError:
        pass  # psql stopped on an error: reported below
    finally:
        apply.stdin.close()
    errors = apply.stderr.read().decode() if apply.stderr else ""
    if apply.wait() != 0 or script.wait() != 0:
        reason = errors or (script.stderr.read().decode() if script.stderr else "")
        raise ServiceError("backup_failed", f"恢复失败：{reason.strip()[:500]}", 500)


def anonymize_archived(ctx: Context, *, days: int) -> int:
    """Remove reporters' personal data from cases archived more than `days` days ago.

    Name, phone, plate and company are cleared; the case, its text and its timeline stay for
    statistics (the timeline never held the reporter's data). Each run is recorded in the audit log.
    """
    if days < 0:
        raise ServiceError("invalid_days", "保留天数不能为负数", 422)
    now = ctx.clock.now()
    cutoff = now - timedelta(days=days)
    with ctx.db.write() as conn:
        n = conn.execute(
            sa.update(cases)
            .where(cases.c.status == Status.ARCHIVED.value, cases.c.updated_at < cutoff,
                   cases.c.anonymized_at.is_(None))
            .values(reporter_name=None, reporter_phone=None, reporter_plate=None, reporter_company=None,
                    anonymized_at=now)).rowcount
        conn.execute(sa.insert(audit_log).values(at=now, actor=ctx.actor, action="anonymize",
                                                 detail={"days": days, "cases": n}))
    return n


# ---------------------------------------------------------------- archiving old months of the event log


def archive_events(db: Database, before, *, dump_dir: Path | None = None, cases: bool = False) -> list[dict]:
    """Detach the monthly `events` partitions that end on or before `before` (PostgreSQL).

    The coming months' partitions are created first. The old ones move to the `hotline_archive`
    schema in one transaction — still queryable there, gone from
    timelines and reports. With `cases`, the months of cases before `before` whose cases are all
    finished and whose events are all archived follow them, with their rows in the other tables
    (store.partitions.archive_cases_before); a month that cannot go yet is listed with `blocked`.
    With `dump_dir`, each is then written with `pg_dump -Fc` and, once the dump is on disk, dropped.
    `unarchive_events` brings a month back."""
    from datetime import datetime, timezone

    from hotline.store.partitions import (
        ARCHIVE_SCHEMA,
        archive_before,
        archive_cases_before,
        ensure_all_partitions,
        month_of,
    )

    if db.is_sqlite:
        raise ServiceError("not_partitioned", "SQLite 不分区，无需归档；请用 hotline backup 备份", 422)
    now = datetime.now(timezone.utc)
    if month_of(before) > month_of(now):
        raise ServiceError("month_not_over", "只能归档已经结束的月份", 422, field="before")
    with db.write() as conn:
        ensure_all_partitions(conn, now, now)  # the coming months, so the monthly run also keeps them ahead
        moved = archive_before(conn, before)
        out = [{"month": p.month.strftime("%Y-%m"), "table": f"{ARCHIVE_SCHEMA}.{p.name}", "name": p.name,
                "kind": "events", "tables": [f"{ARCHIVE_SCHEMA}.{p.name}"],
                "rows": conn.exec_driver_sql(f"SELECT count(*) FROM {ARCHIVE_SCHEMA}.{p.name}").scalar_one()}
               for p in moved]
        if cases:
            months, blocked = archive_cases_before(conn, before)
            for p, tables in months.items():
                out.append({"month": p.month.strftime("%Y-%m"), "table": tables[0], "name": p.name,
                            "kind": "cases", "tables": tables,
                            "rows": conn.exec_driver_sql(f"SELECT count(*) FROM {tables[0]}").scalar_one()})
            for p, reasons in blocked.items():
                out.append({"month": p.month.strftime("%Y-%m"), "name": p.name, "kind": "cases",
                            "blocked": reasons, "rows": 0})
    if dump_dir is not None:
        dump_dir = Path(dump_dir)
        dump_dir.mkdir(parents=True, exist_ok=True)
        args, env = _pg_args(db)
        for item in out:
            if item.get("blocked"):
                continue
            path = dump_dir / f"{item['name']}.dump"
            _run(["pg_dump", "-Fc", "--no-owner", *args, *[a for t in item["tables"] for a in ("-t", t)],
                  "-f", str(path), db.url.database], env)
            with db.write() as conn:
                for table in item["tables"]:
                    conn.exec_driver_sql(f"DROP TABLE {table}")
            item["dump"] = str(path)
    return out


def unarchive_events(db: Database, name: str, *, dump: Path | None = None) -> int:
    """Attach an archived month (events_YYYY_MM or cases_YYYY_MM) again; with `dump`, first restore it
    from its pg_dump file. A month of cases comes back with its rows in the other tables; bring it
    back before the months of events that point at it."""
    from hotline.store.partitions import ARCHIVE_SCHEMA, parse_partition, restore_partition

    if db.is_sqlite:
        raise ServiceError("not_partitioned", "SQLite 不分区，没有归档的分区", 422)
    p = parse_partition(name)
    if p is None:
        raise ServiceError("invalid_partition",
                           f"{name} 不是月份分区名（应为 events_YYYY_MM 或 cases_YYYY_MM）", 422)
    if dump is not None:
        if not Path(dump).is_file():
            raise ServiceError("backup_not_found", f"导出文件 {dump} 不存在", 404)
        args, env = _pg_args(db)
        with db.write() as conn:
            conn.exec_driver_sql(f"CREATE SCHEMA IF NOT EXISTS {ARCHIVE_SCHEMA}")
        _run(["pg_restore", "--no-owner", "--single-transaction", *args, "-d", db.url.database, str(dump)], env)
    with db.write() as conn:
        exists = conn.exec_driver_sql(
            "SELECT 1 FROM pg_tables WHERE schemaname = %(s)s AND tablename = %(t)s",
            {"s": ARCHIVE_SCHEMA, "t": name}).first()
        if exists is None:
            raise ServiceError("partition_not_found", f"归档中没有 {name}", 404)
        restore_partition(conn, name)
        return conn.exec_driver_sql(f"SELECT count(*) FROM {name}").scalar_one()
