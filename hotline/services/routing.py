"""Routing rules and the preview of where a case would go."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection

from hotline.domain.access import Role
from hotline.domain.routing import NATIONAL, RouteDecision, Rule, UnitInfo, describe, route
from hotline.regions import load_regions
from hotline.services.cases import Context, create_case, forbidden
from hotline.services.commands import CaseCreate, taxonomy
from hotline.services.errors import ServiceError
from hotline.store import unit_cache
from hotline.store.tables import routing_rules, units


def _rule(row) -> Rule:
    return Rule(id=row.id, lead_unit=row.lead_unit, region=row.region, category=row.category, type=row.type,
                urgent=row.urgent, cohandle_units=tuple(row.cohandle_units or ()), note=row.note)


def rule_view(rule: Rule) -> dict[str, Any]:
    return {"id": rule.id, "region": rule.region, "category": rule.category, "type": rule.type,
            "urgent": rule.urgent, "lead_unit": rule.lead_unit, "cohandle_units": list(rule.cohandle_units),
            "note": rule.note, "description": describe(rule)}


def _units(conn: Connection) -> tuple[UnitInfo, ...]:
    return unit_cache.derived(conn, "infos", lambda rows: tuple(
        UnitInfo(r.code, r.name, r.region, r.kind, r.parent_code) for r in rows))


def decide_route(conn: Connection, *, region: str | None, category: str, type_: str, urgent: bool) -> RouteDecision:
    rules = [_rule(r) for r in conn.execute(sa.select(routing_rules))]
    try:
        return route(rules, _units(conn), region=region, category=category, type_=type_, urgent=urgent)
    except LookupError:
        raise ServiceError("no_route", "没有可派往的单位：请先登记交通运输主管部门（如 hotline demo 或 hotline units import）",
                           422) from None


def preview(ctx: Context, *, region: str | None, category: str, type_: str, urgent: bool) -> dict[str, Any]:
    _validate(region, category, type_)
    with ctx.db.read() as conn:
        d = decide_route(conn, region=region, category=category, type_=type_, urgent=urgent)
        names = unit_cache.names(conn)
    return {
        "unit": d.unit, "unit_name": names.get(d.unit),
        "cohandle_units": [{"code": c, "name": names.get(c)} for c in d.cohandle_units],
        "rule": rule_view(d.rule) if d.rule else None,
        "reason": d.reason,
    }


def take_in_and_dispatch(ctx: Context, cmd: CaseCreate, *, idempotency_key: str | None = None,
                         unit: str | None = None, note: str | None = None) -> tuple[dict[str, Any], bool]:
    """Take a case in already dispatched, in one transaction (即接即办: POST /api/v1/cases with
    `"dispatch": "auto"`, and the console's 受理并派单): to `unit` when the operator chose one, else
    to the unit its routing names. A case that cannot go (no route, a unit outside the user's reach, a
    role that may not dispatch) is taken in as new; `auto_dispatch` in the answer says what happened.
    A replayed Idempotency-Key answers the case as it is now. `note` is the dispatch event's note."""

    def decide(conn: Connection, completed: CaseCreate) -> tuple[str, str]:
        if unit:
            return unit, "坐席指定派往单位"
        d = decide_route(conn, region=completed.place.region, category=completed.category,
                         type_=completed.type, urgent=completed.urgent)
        return d.unit, d.reason

    return create_case(ctx, cmd, idempotency_key=idempotency_key, route=decide, dispatch_note=note)


def _validate(region: str | None, category: str | None, type_: str | None) -> None:
    if region and region != NATIONAL and region not in load_regions():
        raise ServiceError("invalid_region", f"行政区划代码 {region} 不存在", 422, field="region")
    if category and not category.endswith(".*") and category not in taxonomy().categories:
        raise ServiceError("unknown_category", f"分类 {category} 不存在", 422, field="category")
    if type_ and type_ not in taxonomy().types:
        raise ServiceError("unknown_type", f"类型 {type_} 不存在", 422, field="type")


def list_rules(ctx: Context) -> list[dict[str, Any]]:
    with ctx.db.read() as conn:
        return [rule_view(_rule(r)) for r in conn.execute(sa.select(routing_rules).order_by(routing_rules.c.id))]


def _require_admin(ctx: Context) -> None:
    if ctx.user is not None and not ctx.user.has(Role.ADMIN, Role.SUPERVISOR):
        raise forbidden("只有管理员和督办可以维护派单规则")


def add_rule(ctx: Context, *, region: str, lead_unit: str, category: str | None = None, type_: str | None = None,
             urgent: bool | None = None, cohandle_units: list[str] | None = None, note: str | None = None) -> dict:
    _require_admin(ctx)
    _validate(region, category, type_)
    with ctx.db.write() as conn:
        known = set(conn.execute(sa.select(units.c.code)).scalars())
        for code in [lead_unit, *(cohandle_units or [])]:
            if code not in known:
                raise ServiceError("unknown_unit", f"单位 {code} 不存在", 422, unit=code)
        rule_id = conn.execute(sa.insert(routing_rules).values(
            region=region, category=category, type=type_, urgent=urgent, lead_unit=lead_unit,
            cohandle_units=cohandle_units or [], note=note, created_by=ctx.actor, created_at=ctx.clock.now(),
        ).returning(routing_rules.c.id)).scalar_one()
        return rule_view(_rule(conn.execute(sa.select(routing_rules).where(routing_rules.c.id == rule_id)).one()))


def delete_rule(ctx: Context, rule_id: int) -> None:
    _require_admin(ctx)
    with ctx.db.write() as conn:
        if not conn.execute(sa.delete(routing_rules).where(routing_rules.c.id == rule_id)).rowcount:
            raise ServiceError("rule_not_found", f"规则 #{rule_id} 不存在", 404)
