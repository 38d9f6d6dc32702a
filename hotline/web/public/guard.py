"""Abuse protection of the public pages: signed tokens, CSRF, rate limits, honeypot, size limits.

- **Secret.** One random secret per installation, kept in `public_secrets` and made on first use, so
  every app process signs and checks the same way without a setting to forget.
- **CSRF** (the pages have no session): signed double submit. A form page sets the cookie
  `hotline_pub_csrf` = `<random>.<hmac>` (HttpOnly, SameSite=Strict, path /public) and puts the same
  value in a hidden field; a POST must carry both, equal, with a valid signature. A cookie planted by
  a neighbouring site cannot be signed, and a cross-site form cannot read the cookie.
- **Rate limits**: sliding windows counted in the database (`public_hits`), so they hold across
  processes and restarts. Buckets are keyed hashes of the IP address, the phone number or the
  tracking code: nothing personal is stored in clear. A refused request is not counted.
- **Signed links** carry a case number and an expiry (the page after a submit, the page after a
  successful track), so the tracking code and phone digits never appear in a URL.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import timedelta

import sqlalchemy as sa
from fastapi import Request, Response

from hotline.services.errors import ServiceError
from hotline.store.db import insert_ignore
from hotline.store.public_tables import public_hits, public_secrets

CSRF_COOKIE = "hotline_pub_csrf"
CSRF_FIELD = "csrf"
HONEYPOT_FIELD = "website"  # a field people never see; bots fill it


# ---------------------------------------------------------------- secret and signatures


def secret(request: Request) -> bytes:
    """The installation's signing secret (cached on the app after the first read)."""
    cached = getattr(request.app.state, "public_secret", None)
    if cached:
        return cached
    st = request.app.state
    with st.db.write() as conn:
        conn.execute(insert_ignore(conn, public_secrets, name="signing", value=secrets.token_hex(32),
                                    created_at=st.clock.now()))
        value = conn.execute(sa.select(public_secrets.c.value).where(public_secrets.c.name == "signing")).scalar_one()
    st.public_secret = value.encode()
    return st.public_secret


def same(a: str, b: str) -> bool:
    """Constant-time equality of two texts (hmac.compare_digest refuses non-ASCII str)."""
    return hmac.compare_digest(a.encode(), b.encode())


def sign(request: Request, purpose: str, payload: str) -> str:
    mac = hmac.new(secret(request), f"{purpose}\n{payload}".encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(mac[:18]).decode()


def keyed_hash(request: Request, kind: str, value: str) -> str:
    """A stable pseudonym of `value` for rate-limit buckets."""
    return f"{kind}:{sign(request, 'bucket:' + kind, value)}"


def make_link_token(request: Request, purpose: str, number: str, ttl: timedelta) -> str:
    """`number.expiry.signature`: lets one browser come back to one case for a short while."""
    expires = int((request.app.state.clock.now() + ttl).timestamp())
    payload = f"{number}.{expires}"
    return f"{payload}.{sign(request, purpose, payload)}"


def read_link_token(request: Request, purpose: str, token: str | None) -> str | None:
    """The case number in a valid, unexpired token; None otherwise."""
    if not token or len(token) > 120:
        return None
    parts = token.split(".")
    if len(parts) != 3 or not parts[1].isdigit():
        return None
    number, expires, mac = parts
    if not same(mac, sign(request, purpose, f"{number}.{expires}")):
        return None
    if int(expires) < request.app.state.clock.now().timestamp():
        return None
    return number


# ---------------------------------------------------------------- CSRF


def csrf_token(request: Request) -> str:
    """The token for this browser: its cookie if that is validly signed, else a new one."""
    current = request.cookies.get(CSRF_COOKIE, "")
    if _valid_csrf(request, current):
        return current
    nonce = secrets.token_urlsafe(18)
    return f"{nonce}.{sign(request, 'csrf', nonce)}"


def _valid_csrf(request: Request, token: str) -> bool:
    nonce, _, mac = token.partition(".")
    return bool(nonce) and len(token) < 100 and same(mac, sign(request, "csrf", nonce))


def set_csrf_cookie(request: Request, response: Response, token: str) -> None:
    if request.cookies.get(CSRF_COOKIE) != token:
        response.set_cookie(CSRF_COOKIE, token, path="/public", httponly=True, samesite="strict",
                            secure=request.url.scheme == "https")


def check_csrf(request: Request, form_value: str | None) -> None:
    cookie = request.cookies.get(CSRF_COOKIE, "")
    if not (form_value and cookie and same(form_value, cookie) and _valid_csrf(request, cookie)):
        raise ServiceError("csrf_failed", "页面已过期或来源不明，请返回刷新页面后重新提交（需允许本网站使用 Cookie）", 403)


_CONTROL = {c: None for c in range(32) if chr(c) not in "\n\t"} | {0x7F: None}


def clean_text(value: str | None, limit: int) -> str:
    """A form or query value as we keep it: control characters dropped (PostgreSQL refuses NUL in
    text), "\r\n" as "\n", trimmed, at most `limit` characters."""
    return (value or "").replace("\r\n", "\n").translate(_CONTROL).strip()[:limit]


def check_honeypot(form_value: str | None) -> None:
    if form_value:
        raise ServiceError("rejected", "提交未成功，请返回检查后重试", 400)


# ---------------------------------------------------------------- rate limits


@dataclass(frozen=True)
class Limit:
    count: int
    window: timedelta


@dataclass(frozen=True)
class PublicLimits:
    """How often one source may act. Mobile carriers put many phones behind one address (CGNAT),
    so the per-address limits are loose and the per-phone / per-code ones tight."""

    submit_ip: Limit = Limit(30, timedelta(hours=1))
    submit_phone: Limit = Limit(5, timedelta(hours=1))
    track_ip: Limit = Limit(60, timedelta(minutes=10))
    # Four phone digits are 10,000 guesses: 10 tries an hour per tracking code makes that months.
    track_code: Limit = Limit(10, timedelta(hours=1))
    rate_ip: Limit = Limit(20, timedelta(hours=1))
    # Largest whole request body: one photo at the API's attachment limit plus the form's text.
    body_slack: int = 256 * 1024


DEFAULT_LIMITS = PublicLimits()


def limits(request: Request) -> PublicLimits:
    return getattr(request.app.state, "public_limits", DEFAULT_LIMITS)


def client_ip(request: Request) -> str:
    # Behind a reverse proxy, run uvicorn with --proxy-headers/--forwarded-allow-ips so this is the
    # driver's address and not the proxy's (docs/public.md).
    return request.client.host if request.client else "unknown"


def rate_limit(request: Request, checks: list[tuple[str, Limit]]) -> None:
    """Admit the request if every bucket is under its limit, and count it in each; else 429."""
    st = request.app.state
    now = st.clock.now()
    with st.db.write() as conn:
        for bucket, limit in checks:
            since = now - limit.window
            conn.execute(sa.delete(public_hits).where(public_hits.c.bucket == bucket, public_hits.c.at < since))
            used = conn.execute(sa.select(sa.func.count()).select_from(public_hits)
                                .where(public_hits.c.bucket == bucket, public_hits.c.at >= since)).scalar_one()
            if used >= limit.count:
                minutes = max(1, int(limit.window.total_seconds() // 60))
                raise ServiceError("rate_limited", f"操作太频繁，请 {minutes} 分钟后再试；紧急情况请拨打 12328", 429)
        conn.execute(sa.insert(public_hits), [{"bucket": b, "at": now} for b, _ in checks])
        if secrets.randbelow(100) == 0:  # now and then, forget buckets nobody touches any more
            conn.execute(sa.delete(public_hits).where(public_hits.c.at < now - timedelta(days=1)))
