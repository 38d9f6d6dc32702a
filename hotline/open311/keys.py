"""API keys of outside systems. A key is 256 random bits shown once; only its sha256 is stored, so a
copy of the database does not hand out working keys (a slow hash adds nothing at this entropy)."""

from __future__ import annotations

import hashlib
import secrets
from typing import Any

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError

from hotline.services.cases import Context, iso
from hotline.services.errors import ServiceError
from hotline.store.open311_tables import open311_keys

KEY_PREFIX = "o311_"


def key_hash(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def create_key(ctx: Context, name: str) -> tuple[dict[str, Any], str]:
    """A new key for `name`. Returns (key row as shown by list_keys, the key itself — shown once)."""
    name = name.strip()
    if not name or len(name) > 100:
        raise ServiceError("invalid_key_name", "密钥名称不能为空，且不超过 100 个字符", 422)
    key = KEY_PREFIX + secrets.token_urlsafe(32)
    try:
        with ctx.db.write() as conn:
            key_id = conn.execute(sa.insert(open311_keys).values(
                name=name, key_hash=key_hash(key), key_prefix=key[:12], created_at=ctx.clock.now(),
            ).returning(open311_keys.c.id)).scalar_one()
            row = conn.execute(sa.select(open311_keys).where(open311_keys.c.id == key_id)).one()
    except IntegrityError:
        raise ServiceError("key_name_taken", f"名为“{name}”的有效密钥已存在；先吊销（revoke）再重新创建",
                           409) from None
    return _view(row), key


def list_keys(ctx: Context) -> list[dict[str, Any]]:
    with ctx.db.read() as conn:
        rows = conn.execute(sa.select(open311_keys).order_by(open311_keys.c.id)).all()
    return [_view(r) for r in rows]


def revoke_key(ctx: Context, name: str) -> dict[str, Any]:
    with ctx.db.write() as conn:
        row = conn.execute(sa.select(open311_keys).where(
            open311_keys.c.name == name, open311_keys.c.revoked_at.is_(None))).first()
        if row is None:
            raise ServiceError("key_not_found", f"没有名为“{name}”的有效密钥", 404)
        conn.execute(sa.update(open311_keys).where(open311_keys.c.id == row.id)
                     .values(revoked_at=ctx.clock.now()))
        return _view(conn.execute(sa.select(open311_keys).where(open311_keys.c.id == row.id)).one())


def verify_key(ctx: Context, key: str | None) -> dict[str, Any] | None:
    """The live key row for `key`, or None (unknown, revoked or missing)."""
    if not key:
        return None
    with ctx.db.read() as conn:
        row = conn.execute(sa.select(open311_keys).where(
            open311_keys.c.key_hash == key_hash(key), open311_keys.c.revoked_at.is_(None))).first()
    return _view(row) if row else None


def _view(row) -> dict[str, Any]:
    return {"id": row.id, "name": row.name, "prefix": row.key_prefix, "created_at": iso(row.created_at),
            "revoked_at": iso(row.revoked_at)}
