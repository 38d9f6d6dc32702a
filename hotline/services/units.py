"""The unit registry (承办单位): code, name, region, parent. Issue 3 grows it into the full tree."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from hotline.services.cases import Context
from hotline.services.errors import ServiceError
from hotline.store.tables import units

UNIT_FIELDS = ("code", "name", "region", "parent_code", "kind", "categories", "phone", "duty_hours")


def unit_view(row) -> dict[str, Any]:
    return {"code": row.code, "name": row.name, "region": row.region, "parent": row.parent_code,
            "kind": row.kind, "categories": list(row.categories or []), "phone": row.phone,
            "duty_hours": row.duty_hours}


def list_units(ctx: Context, parent: str | None = None) -> list[dict[str, Any]]:
    q = sa.select(units).order_by(units.c.region, units.c.code)
    if parent is not None:
        q = q.where(units.c.parent_code == parent)
    with ctx.db.read() as conn:
        return [unit_view(r) for r in conn.execute(q)]


def get_unit(ctx: Context, code: str) -> dict[str, Any]:
    with ctx.db.read() as conn:
        row = conn.execute(sa.select(units).where(units.c.code == code)).first()
    if row is None:
        raise ServiceError("unit_not_found", f"单位 {code} 不存在", 404)
    return unit_view(row)


def upsert_units(ctx: Context, items: list[dict[str, Any]]) -> int:
    """Insert or update units, parents before children, in one transaction."""
    now = ctx.clock.now()
    pending = {u["code"]: u for u in items}
    done: set[str] = set()
    with ctx.db.write() as conn:
        existing = set(conn.execute(sa.select(units.c.code)).scalars())
        while pending:
            ready = [u for u in pending.values()
                     if not u.get("parent") or u["parent"] in existing or u["parent"] in done]
            if not ready:
                missing = sorted({u["parent"] for u in pending.values()})
                raise ServiceError("unknown_parent", f"上级单位不存在：{'、'.join(missing)}", 422)
            for u in ready:
                values = {"name": u["name"], "region": u["region"], "parent_code": u.get("parent"),
                          "kind": u.get("kind", "transport"), "categories": u.get("categories", []),
                          "phone": u.get("phone"), "duty_hours": u.get("duty_hours")}
                if u["code"] in existing:
                    conn.execute(sa.update(units).where(units.c.code == u["code"]).values(**values))
                else:
                    conn.execute(sa.insert(units).values(code=u["code"], created_at=now, **values))
                done.add(u["code"])
                del pending[u["code"]]
    return len(done)
