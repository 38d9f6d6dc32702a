"""Load the demo data set: units, demo users, and April 2022 freight cases (marked demo=true)."""

from __future__ import annotations

from dataclasses import replace

import sqlalchemy as sa
from argon2 import PasswordHasher

from hotline.domain.clock import FixedClock
from hotline.services.cases import Context, act, create_case, parse_action
from hotline.services.commands import ActionIn, CaseCreate
from hotline.services.units import upsert_units
from hotline.store.tables import cases, users

# Demo-only passwords, listed in the README. Real deployments use `hotline user add`.
DEMO_ADMIN = ("admin", "admin12328")
DEMO_PASSWORD = "demo12328"
DEMO_ROLES = ("operator", "handler", "supervisor")


def has_cases(ctx: Context) -> bool:
    with ctx.db.read() as conn:
        return conn.execute(sa.select(cases.c.id).limit(1)).first() is not None


def demo_users(unit_codes: list[str], root: str) -> list[dict]:
    """admin at the root; for each unit `<unit>.operator`, `.handler`, `.supervisor`; a kb_editor at
    the root and at each province."""
    out = [{"username": DEMO_ADMIN[0], "unit": root, "roles": ["admin"], "password": DEMO_ADMIN[1]}]
    for code in unit_codes:
        out += [{"username": f"{code}.{role}", "unit": code, "roles": [role], "password": DEMO_PASSWORD}
                for role in DEMO_ROLES]
        if code == root or "-" not in code:
            out.append({"username": f"{code}.kb_editor", "unit": code, "roles": ["kb_editor"],
                        "password": DEMO_PASSWORD})
    return out


def _add_demo_users(ctx: Context, items: list[dict]) -> int:
    hasher = PasswordHasher()
    hashes = {pw: hasher.hash(pw) for pw in {u["password"] for u in items}}  # one hash per demo password
    now = ctx.clock.now()
    with ctx.db.write() as conn:
        existing = set(conn.execute(sa.select(users.c.username)).scalars())
        rows = [{"username": u["username"], "display_name": None, "unit": u["unit"], "roles": u["roles"],
                 "password_hash": hashes[u["password"]], "active": True, "created_at": now}
                for u in items if u["username"] not in existing]
        if rows:
            conn.execute(sa.insert(users), rows)
    return len(rows)


def load_demo(ctx: Context, *, seed: int = 2022) -> dict[str, int]:
    from hotline.demo.cases import demo_cases
    from hotline.demo.units import demo_units

    units = demo_units()
    n_units = upsert_units(ctx, units)
    root = next(u["code"] for u in units if not u.get("parent"))
    n_users = _add_demo_users(ctx, demo_users([u["code"] for u in units], root))
    n_cases = n_actions = 0
    for demo in demo_cases(seed):
        at = FixedClock(demo.created_at)
        case_ctx = replace(ctx, clock=at, user=None, system_actor="演示数据")
        # Demo cases come in through the national 12328 centre (the root unit), which can dispatch
        # to every unit of the tree, postal and police lines included.
        case, _ = create_case(case_ctx, CaseCreate.model_validate(demo.payload), demo=True, intake_unit=root)
        version = case["version"]
        for name, fields, when in demo.actions:
            body = ActionIn.model_validate({**fields, "version": version})
            at.at = when
            case = act(case_ctx, case["number"], parse_action(name, body), body)
            version = case["version"]
            n_actions += 1
        n_cases += 1
    return {"units": n_units, "users": n_users, "cases": n_cases, "actions": n_actions,
            "policies": _load_demo_policies(ctx)}


def _load_demo_policies(ctx: Context) -> int:
    """The knowledge base's April–May 2022 demo entries, published (see hotline/policies/data)."""
    from importlib.resources import files

    from hotline.policies.transfer import import_entries

    lines = files("hotline.policies.data").joinpath("demo_policies.jsonl").read_text(encoding="utf-8").splitlines()
    report = import_entries(replace(ctx, user=None, system_actor="演示数据"), lines, publish=True, demo=True)
    if report.errors:
        raise RuntimeError(f"demo policies do not load: {report.errors[:3]}")
    return len(report.created) + len(report.updated)
