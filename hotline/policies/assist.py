"""Agent assist: which entry answered which case, and the consultations no entry answered.

When an operator closes a consultation with an entry, the console records the link
(`record_use`). Closed consultations without any link are knowledge gaps: `knowledge_gaps` counts
them per region and category so editors see where drivers ask what the knowledge base cannot answer.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from hotline.policies import services
from hotline.regions import NATIONAL, load_regions
from hotline.services.cases import Context, iso
from hotline.services.errors import ServiceError
from hotline.store.db import insert_ignore
from hotline.store.policy_tables import policy_uses
from hotline.store.tables import cases

CLOSED = ("closed", "archived")  # archived = closed and called back


def _require_staff(ctx: Context) -> None:
    if getattr(ctx, "user", None) is None:
        raise ServiceError("unauthorized", "请先登录", 401)


def record_use(ctx: Context, ref: str, case_number: str) -> dict[str, Any]:
    """Link case `case_number` to entry `ref` (uid or key). Recording the same link twice is one link."""
    _require_staff(ctx)
    now = ctx.clock.now()
    with ctx.db.write() as conn:
        entry = services._row(conn, ref)
        case = conn.execute(sa.select(cases.c.id, cases.c.number).where(cases.c.number == case_number)).first()
        if case is None:
            raise ServiceError("case_not_found", f"工单 {case_number} 不存在", 404, case=case_number)
        conn.execute(insert_ignore(conn, policy_uses, case_id=case.id, policy_id=entry.id, actor=ctx.actor, at=now))
        n = conn.execute(sa.select(sa.func.count()).select_from(policy_uses)
                         .where(policy_uses.c.policy_id == entry.id)).scalar()
    return {"case": case.number, "uid": entry.uid, "key": entry.key, "uses": n}


def _region_prefix(region: str) -> str:
    """GB/T 2260 codes of a region's subtree share a prefix: 2 digits for a province, 4 for a city."""
    r = load_regions().get(region)
    if r is None and region != NATIONAL:
        raise ServiceError("invalid_region", f"行政区划代码 {region} 不存在", 422, field="region")
    return "" if region == NATIONAL else region[:{1: 2, 2: 4}.get(r.level, 6)]


def knowledge_gaps(ctx: Context, *, region: str | None = None, category: str | None = None,
                   examples: int = 3) -> dict[str, Any]:
    """Closed consultations with no linked entry, counted per (region, category), most first."""
    _require_staff(ctx)
    used = sa.select(policy_uses.c.case_id).where(policy_uses.c.case_id == cases.c.id).exists()
    conds = [cases.c.type == "consult", cases.c.status.in_(CLOSED), cases.c.merged_into_id.is_(None), ~used]
    if region and (prefix := _region_prefix(region)):
        conds.append(cases.c.region.startswith(prefix, autoescape=True))
    if category:
        conds.append(cases.c.category == category)
    with ctx.db.read() as conn:
        groups = conn.execute(
            sa.select(cases.c.region, cases.c.category, sa.func.count().label("n"),
                      sa.func.max(cases.c.closed_at).label("last"))
            .where(*conds).group_by(cases.c.region, cases.c.category)
            .order_by(sa.func.count().desc(), cases.c.region, cases.c.category)).all()
        items = []
        for g in groups:
            same = [cases.c.region.is_(None) if g.region is None else cases.c.region == g.region,
                    cases.c.category == g.category]
            numbers = conn.execute(sa.select(cases.c.number).where(*conds, *same)
                                   .order_by(cases.c.closed_at.desc(), cases.c.id.desc()).limit(examples)).scalars()
            items.append({"region": g.region, "category": g.category, "count": g.n, "last_closed_at": iso(g.last),
                          "examples": list(numbers)})
    return {"region": region, "category": category, "total": sum(i["count"] for i in items), "items": items}
