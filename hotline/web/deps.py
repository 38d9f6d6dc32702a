"""Request-scoped dependencies shared by the routers."""

from __future__ import annotations

from fastapi import Request

from hotline.services.cases import Context


def context(request: Request) -> Context:
    """The service context for one request. Until logins land (issue 3), X-Actor names the actor."""
    actor = request.headers.get("x-actor", "api")[:100] or "api"
    st = request.app.state
    return Context(db=st.db, clock=st.clock, storage=st.storage, actor=actor)
