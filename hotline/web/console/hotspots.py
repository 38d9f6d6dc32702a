"""热点 in the console: the open incidents on the dashboard, one incident with its member cases, and
the incident a case belongs to. Wired to hotline.hotspots.incidents when that area is present."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from fastapi import APIRouter, Depends, Request

from hotline.domain.access import Principal
from hotline.services.cases import Context
from hotline.services.errors import ServiceError
from hotline.web.console.render import ConsoleRoute, page
from hotline.web.console.session import base, console_context, page_user

router = APIRouter(route_class=ConsoleRoute, include_in_schema=False)


def _incidents():
    try:
        from hotline.hotspots import incidents
    except ImportError:  # the hotspot area is optional in this checkout
        return None
    return incidents


def open_incidents(ctx: Context, limit: int = 8) -> list[dict[str, Any]] | None:
    svc = _incidents()
    if svc is None:
        return None
    return svc.list_incidents(ctx, status=["open", "confirmed"], limit=limit)["items"]


def incident_of_case(ctx: Context, number: str) -> dict[str, Any] | None:
    if _incidents() is None:
        return None
    from hotline.store.hotspot_tables import hotspot_incident_cases, hotspot_incidents
    from hotline.store.tables import cases

    with ctx.db.read() as conn:
        row = conn.execute(
            sa.select(hotspot_incidents.c.id, hotspot_incidents.c.title, hotspot_incidents.c.size)
            .join(hotspot_incident_cases, hotspot_incident_cases.c.incident_id == hotspot_incidents.c.id)
            .join(cases, cases.c.id == hotspot_incident_cases.c.case_id).where(cases.c.number == number)).first()
    return dict(row._mapping) if row else None


@router.get("/console/hotspots/{incident_id}")
def incident_page(request: Request, incident_id: int, ctx: Context = Depends(console_context),
                  user: Principal = Depends(page_user)):
    svc = _incidents()
    if svc is None:
        raise ServiceError("not_available", "本系统未启用热点发现", 404)
    incident = svc.get_incident(ctx, incident_id)
    from hotline.domain.lifecycle import STATUS_LABELS, Status

    return page(request, "console/hotspot.html", {
        **base(request, user, "dashboard", f"热点 · {incident['title']}"), "incident": incident,
        "statuses": {s.value: STATUS_LABELS[s] for s in Status},
    })
