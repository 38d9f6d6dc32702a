"""Operations: backup and restore of the whole database, and the retention of reporters' data."""

from __future__ import annotations

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
        args, env = _pg_args(db)
        _run(["pg_restore", "--clean", "--if-exists", "--no-owner", "--single-transaction", *args,
              "-d", db.url.database, str(src)], env)


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
