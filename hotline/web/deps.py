"""Request-scoped dependencies: who is calling, and the service context.

Staff endpoints take `Authorization: Bearer <token>` (API) or the console's session cookie. A
cookie-authenticated request that changes something must carry the session's CSRF token in the
`X-CSRF-Token` header (or a `csrf_token` form field, read by the page routes).
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Path, Request

from hotline.domain.access import Principal
from hotline.services import auth
from hotline.services.cases import Context
from hotline.services.errors import ServiceError

SESSION_COOKIE = "hotline_session"
# A database id in a path: bounded so an absurd number is a 422, not an overflow inside the driver.
DbId = Annotated[int, Path(ge=1, le=2**63 - 1)]
SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}


def base_context(request: Request) -> Context:
    st = request.app.state
    return Context(db=st.db, clock=st.clock, storage=st.storage)


def optional_user(request: Request) -> Principal | None:
    """The caller, if any. Cached on the request so several dependencies share one lookup."""
    if hasattr(request.state, "user"):
        return request.state.user
    ctx = base_context(request)
    user = None
    header = request.headers.get("authorization", "")
    if header:
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise ServiceError("invalid_token", "Authorization 头应为 Bearer <令牌>", 401)
        user = auth.user_for_token(ctx, token.strip())
        if user is None:
            raise ServiceError("invalid_token", "令牌无效或已吊销", 401)
    elif sid := request.cookies.get(SESSION_COOKIE):
        found = auth.session_user(ctx, sid)
        if found:
            user, csrf = found
            request.state.csrf_token = csrf
            if request.method not in SAFE_METHODS and not request.url.path.startswith("/console"):
                if request.headers.get("x-csrf-token") != csrf:
                    raise ServiceError("csrf_failed", "缺少或错误的 CSRF 令牌，请刷新页面后重试", 403)
    request.state.user = user
    return user


# The dependencies that only read the request are `async def`: FastAPI runs a plain `def` dependency
# in the thread pool, a hop to a worker thread and back for each (docs/benchmarks.md, intake).


async def current_user(user: Principal | None = Depends(optional_user)) -> Principal:
    if user is None:
        raise ServiceError("unauthenticated", "请先登录，或在请求头中提供 Authorization: Bearer <令牌>", 401)
    return user


async def context(request: Request, user: Principal = Depends(current_user)) -> Context:
    """The service context of an authenticated staff request."""
    st = request.app.state
    return Context(db=st.db, clock=st.clock, storage=st.storage, user=user)
