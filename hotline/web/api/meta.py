"""Small reference endpoints: taxonomy, units, regions, health."""

from __future__ import annotations

from fastapi import APIRouter, Depends
from fastapi.concurrency import run_in_threadpool

import sqlalchemy as sa

from hotline.regions import load_regions
from hotline.services import units as unit_service
from hotline.services.cases import Context
from hotline.services.commands import taxonomy
from hotline.services.errors import ServiceError
from hotline.web.api.schemas import HealthOut, Items, RegionOut, TaxonomyOut, UnitOut
from hotline.web.deps import base_context, context
from hotline.web.errors import answers

router = APIRouter(prefix="/api/v1")


@router.get("/taxonomy", summary="类型与分类代码", **answers(TaxonomyOut))
def get_taxonomy() -> dict:
    tax = taxonomy()
    return {
        "types": [{"code": k, "name": v} for k, v in tax.types.items()],
        "categories": [{"code": k, "name": v} for k, v in tax.categories.items()],
    }


@router.get("/units", summary="承办单位列表", **answers(Items[UnitOut]))
def list_units(parent: str | None = None, ctx: Context = Depends(context)) -> dict:
    return {"items": unit_service.list_units(ctx, parent)}


@router.get("/units/{code}", summary="承办单位", **answers(UnitOut))
def get_unit(code: str, ctx: Context = Depends(context)) -> dict:
    return unit_service.get_unit(ctx, code)


@router.get("/regions/{code}", summary="行政区划（GB/T 2260）", **answers(RegionOut))
async def get_region(code: str) -> dict:
    table = await run_in_threadpool(load_regions)
    current = table.current(code) if code.isdigit() and len(code) == 6 else None
    if current is None:
        raise ServiceError("region_not_found", f"行政区划代码 {code} 不存在", 404)
    r = table.get(current)
    return {"code": r.code, "name": r.name, "short": r.short, "level": r.level, "parent": r.parent,
            "full_name": table.full_name(r.code), "successor_of": code if code != current else None,
            "children": [{"code": c.code, "name": c.name} for c in table.children(r.code)]}


@router.get("/health", summary="存活与数据库检查", **answers(HealthOut))
def health(ctx: Context = Depends(base_context)) -> dict:
    with ctx.db.read() as conn:
        conn.execute(sa.text("SELECT 1"))
    return {"status": "ok", "database": ctx.db.dialect}
