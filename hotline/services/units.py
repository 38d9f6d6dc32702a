"""The unit registry (承办单位): code, name, region, parent. Issue 3 grows it into the full tree."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from hotline.regions import load_regions
from hotline.services.cases import Context, load_tree
from hotline.services.commands import taxonomy
from hotline.services.errors import ServiceError
from hotline.services.transfer import RowError, read_table
from hotline.store import unit_cache
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
        unit_cache.bump(conn)  # every process reads the units afresh (store/unit_cache.py)
    return len(done)


UNIT_KINDS = {"ministry": "交通运输部", "transport": "交通运输主管部门", "police_traffic": "公安交管",
              "epidemic": "防疫指挥部", "expressway": "高速公路运营公司", "postal": "邮政管理局",
              "market": "市场监管", "hotline": "热线中心", "other": "其他部门"}
_CODE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")


def import_units(ctx: Context, path: Path, *, dry_run: bool = False) -> tuple[int, list[RowError]]:
    """Load a unit tree from CSV/XLSX (columns: code, name, region, parent, kind, categories, phone,
    duty_hours; categories separated by ; or ,). Every bad row is reported; if any, nothing is loaded."""
    rows = read_table(path)
    errors: list[RowError] = []
    if rows and not {"code", "name", "region"} <= set(rows[0]):
        return 0, [RowError(1, c, f"缺少列 {c}") for c in ("code", "name", "region") if c not in rows[0]]
    with ctx.db.read() as conn:
        existing = {r.code: r.parent_code for r in conn.execute(sa.select(units.c.code, units.c.parent_code))}
    regions = load_regions()
    cats = taxonomy().categories
    items: list[dict[str, Any]] = []
    in_file: dict[str, int] = {}
    for line, row in enumerate(rows, start=2):
        get = lambda k: str(row.get(k) or "").strip()  # noqa: E731
        code, name, region, parent, kind = get("code"), get("name"), get("region"), get("parent"), get("kind")
        kind = kind or "transport"
        problems = []
        if not _CODE.match(code):
            problems.append(("code", "单位代码只能由小写字母、数字、- 和 _ 组成"))
        elif code in in_file:
            problems.append(("code", f"单位代码 {code} 与第 {in_file[code]} 行重复"))
        if not name:
            problems.append(("name", "单位名称必填"))
        if region != "000000" and region not in regions:
            problems.append(("region", f"行政区划代码 {region or '（空）'} 不存在"))
        if kind not in UNIT_KINDS:
            problems.append(("kind", f"单位类型必须是 {'、'.join(UNIT_KINDS)} 之一"))
        categories = [c.strip() for c in re.split(r"[;,；，]", get("categories")) if c.strip()]
        bad = [c for c in categories if c not in cats and not (c.endswith(".*") and any(
            k.startswith(c[:-1]) for k in cats))]
        if bad:
            problems.append(("categories", f"分类 {'、'.join(bad)} 不存在"))
        errors += [RowError(line, f, m) for f, m in problems]
        if code:
            in_file.setdefault(code, line)
        items.append({"code": code, "name": name, "region": region, "parent": parent or None, "kind": kind,
                      "categories": categories, "phone": get("phone") or None,
                      "duty_hours": get("duty_hours") or None, "_line": line})
    known = set(existing) | set(in_file)
    for item in items:
        if item["parent"] and item["parent"] not in known:
            errors.append(RowError(item["_line"], "parent", f"上级单位 {item['parent']} 不存在"))
    # A cycle would make the tree a loop: follow parents from each row.
    parents = {**existing, **{i["code"]: i["parent"] for i in items}}
    for item in items:
        seen, p = {item["code"]}, item["parent"]
        while p:
            if p in seen:
                errors.append(RowError(item["_line"], "parent", "上级关系形成了环"))
                break
            seen.add(p)
            p = parents.get(p)
    if errors or dry_run:
        return (0 if errors else len(items)), sorted(errors, key=lambda e: e.line)
    return upsert_units(ctx, [{k: v for k, v in i.items() if k != "_line"} for i in items]), []


def unit_summary(ctx: Context, code: str, counted: list | None = None) -> dict[str, Any]:
    """Open cases by status for a unit and each unit directly below it, each counting its whole
    subtree: the automatic upward report (上报汇总). `counted`: the open cases by (holder, status,
    urgent) of a snapshot (services.unit_figures) instead of counting them now."""
    from hotline.services.unit_figures import open_counts

    with ctx.db.read() as conn:
        tree = load_tree(conn)
        if code not in tree:
            raise ServiceError("unit_not_found", f"单位 {code} 不存在", 404)
        if ctx.user is not None and code not in tree.subtree(ctx.user.unit):
            raise ServiceError("unit_not_found", f"单位 {code} 不存在", 404)
        names = unit_cache.names(conn)
        counts = open_counts(conn, tree.subtree(code)) if counted is None else counted

    def rollup(root: str) -> dict[str, Any]:
        members = tree.subtree(root)
        by_status: dict[str, int] = {}
        urgent = 0
        for unit, status, is_urgent, n in counts:
            if unit in members:
                by_status[status] = by_status.get(status, 0) + n
                urgent += n if is_urgent else 0
        return {"unit": root, "name": names.get(root), "open": sum(by_status.values()), "urgent": urgent,
                "by_status": by_status}

    return {**rollup(code), "children": [rollup(c) for c in sorted(tree.children(code))]}
