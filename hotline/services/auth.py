"""Users, API tokens and browser sessions. Passwords are argon2 hashes; tokens and session ids are
stored only as SHA-256 digests, so a copy of the database opens no door."""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta
from typing import Any

import sqlalchemy as sa
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError

from hotline.domain.access import Principal, Role
from hotline.services.cases import Context
from hotline.services.errors import ServiceError
from hotline.store.tables import api_tokens, login_attempts, units, users, web_sessions

SESSION_LIFETIME = timedelta(hours=12)
# Lockout: this many failures for one username (or from one address) within the window lock it
# for the rest of the window. A success does not erase earlier failures of the window.
LOCKOUT_FAILURES = 5
LOCKOUT_WINDOW = timedelta(minutes=15)
IP_FAILURES = 30
_hasher = PasswordHasher()
# Verifying against this keeps a wrong username as slow as a wrong password.
_DUMMY_HASH = _hasher.hash("not-a-password")


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def parse_roles(roles: list[str] | tuple[str, ...]) -> list[str]:
    known = {r.value for r in Role}
    bad = [r for r in roles if r not in known]
    if bad or not roles:
        raise ServiceError("unknown_role", f"角色必须是 {'、'.join(sorted(known))} 之一", 422, roles=bad)
    return sorted(set(roles))


def add_user(ctx: Context, username: str, *, unit: str, roles: list[str], password: str | None = None,
             display_name: str | None = None) -> dict[str, Any]:
    if not username or len(username) > 64:
        raise ServiceError("invalid_username", "用户名长度应为 1–64 个字符", 422)
    if password is not None and len(password) < 8:
        raise ServiceError("weak_password", "密码至少 8 个字符", 422)
    roles = parse_roles(roles)
    with ctx.db.write() as conn:
        if conn.execute(sa.select(units.c.id).where(units.c.code == unit)).first() is None:
            raise ServiceError("unknown_unit", f"单位 {unit} 不存在", 422)
        if conn.execute(sa.select(users.c.id).where(users.c.username == username)).first():
            raise ServiceError("user_exists", f"用户 {username} 已存在", 409)
        conn.execute(sa.insert(users).values(
            username=username, display_name=display_name, unit=unit, roles=roles,
            password_hash=_hasher.hash(password) if password else None, active=True,
            created_at=ctx.clock.now()))
    return {"username": username, "unit": unit, "roles": roles}


def set_password(ctx: Context, username: str, password: str) -> None:
    if len(password) < 8:
        raise ServiceError("weak_password", "密码至少 8 个字符", 422)
    with ctx.db.write() as conn:
        done = conn.execute(sa.update(users).where(users.c.username == username)
                            .values(password_hash=_hasher.hash(password))).rowcount
    if not done:
        raise ServiceError("user_not_found", f"用户 {username} 不存在", 404)


def _principal(row) -> Principal:
    return Principal(username=row.username, unit=row.unit, roles=frozenset(Role(r) for r in row.roles))


def create_token(ctx: Context, username: str, name: str = "api") -> str:
    token = "hl_" + secrets.token_urlsafe(32)
    with ctx.db.write() as conn:
        user_id = conn.execute(sa.select(users.c.id).where(users.c.username == username,
                                                           users.c.active.is_(True))).scalar()
        if user_id is None:
            raise ServiceError("user_not_found", f"用户 {username} 不存在或已停用", 404)
        conn.execute(sa.insert(api_tokens).values(user_id=user_id, name=name, token_hash=digest(token),
                                                  created_at=ctx.clock.now()))
    return token


def revoke_tokens(ctx: Context, username: str) -> int:
    with ctx.db.write() as conn:
        user_id = conn.execute(sa.select(users.c.id).where(users.c.username == username)).scalar()
        if user_id is None:
            raise ServiceError("user_not_found", f"用户 {username} 不存在", 404)
        return conn.execute(sa.update(api_tokens).where(api_tokens.c.user_id == user_id,
                                                        api_tokens.c.revoked_at.is_(None))
                            .values(revoked_at=ctx.clock.now())).rowcount


# Built once: every API request looks its token up (services.cases, _INSERT_CASE)
_USER_OF_TOKEN = (sa.select(users).join(api_tokens, api_tokens.c.user_id == users.c.id)
                  .where(api_tokens.c.token_hash == sa.bindparam("token_hash"), api_tokens.c.revoked_at.is_(None),
                         users.c.active.is_(True)))


def user_for_token(ctx: Context, token: str) -> Principal | None:
    with ctx.db.read(one_statement=True) as conn:  # every API request: no BEGIN and COMMIT
        row = conn.execute(_USER_OF_TOKEN, {"token_hash": digest(token)}).first()
    return _principal(row) if row else None


def authenticate(ctx: Context, username: str, password: str) -> Principal | None:
    with ctx.db.read() as conn:
        row = conn.execute(sa.select(users).where(users.c.username == username, users.c.active.is_(True))).first()
    try:
        _hasher.verify(row.password_hash if row and row.password_hash else _DUMMY_HASH, password)
    except (VerifyMismatchError, InvalidHashError):
        return None
    return _principal(row) if row and row.password_hash else None


def start_session(ctx: Context, username: str) -> tuple[str, str]:
    """A new session for a user who just logged in: (session id for the cookie, CSRF token)."""
    sid, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(24)
    now = ctx.clock.now()
    with ctx.db.write() as conn:
        user_id = conn.execute(sa.select(users.c.id).where(users.c.username == username)).scalar_one()
        conn.execute(sa.delete(web_sessions).where(web_sessions.c.expires_at < now))
        conn.execute(sa.insert(web_sessions).values(id_hash=digest(sid), user_id=user_id, csrf_token=csrf,
                                                    created_at=now, expires_at=now + SESSION_LIFETIME))
    return sid, csrf


def session_user(ctx: Context, sid: str) -> tuple[Principal, str] | None:
    """The user and CSRF token of a live session."""
    with ctx.db.read(one_statement=True) as conn:  # every console request
        row = conn.execute(
            sa.select(users, web_sessions.c.csrf_token, web_sessions.c.expires_at)
            .join(web_sessions, web_sessions.c.user_id == users.c.id)
            .where(web_sessions.c.id_hash == digest(sid), users.c.active.is_(True))).first()
    if row is None or row.expires_at <= ctx.clock.now():
        return None
    return _principal(row), row.csrf_token


def end_session(ctx: Context, sid: str) -> None:
    with ctx.db.write() as conn:
        conn.execute(sa.delete(web_sessions).where(web_sessions.c.id_hash == digest(sid)))


def list_users(ctx: Context) -> list[dict[str, Any]]:
    with ctx.db.read() as conn:
        rows = conn.execute(sa.select(users).order_by(users.c.unit, users.c.username)).all()
    return [{"username": r.username, "display_name": r.display_name, "unit": r.unit, "roles": list(r.roles),
             "active": r.active} for r in rows]




def login(ctx: Context, username: str, password: str, ip: str) -> Principal:
    """Check a password with rate limiting: too many recent failures for the username or from the
    address lock further attempts (429) until the window passes; every attempt is recorded."""
    now = ctx.clock.now()
    since = now - LOCKOUT_WINDOW
    with ctx.db.read() as conn:
        def failures(*where) -> int:
            return conn.execute(sa.select(sa.func.count()).select_from(login_attempts)
                                .where(login_attempts.c.ok.is_(False), login_attempts.c.at >= since, *where)
                                ).scalar_one()
        locked = (failures(login_attempts.c.username == username) >= LOCKOUT_FAILURES
                  or failures(login_attempts.c.ip == ip) >= IP_FAILURES)
    if locked:
        raise ServiceError("login_locked", f"登录失败次数过多，请 {int(LOCKOUT_WINDOW.total_seconds() // 60)} 分钟后再试",
                           429)
    user = authenticate(ctx, username, password)
    with ctx.db.write() as conn:
        conn.execute(sa.insert(login_attempts).values(username=username[:64], ip=ip[:64], at=now,
                                                      ok=user is not None))
    if user is None:
        raise ServiceError("login_failed", "用户名或密码错误", 401)
    return user
