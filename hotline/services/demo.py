"""Load the demo data set (units and April 2022 freight cases), marked demo=true."""

from __future__ import annotations

from dataclasses import replace

import sqlalchemy as sa

from hotline.domain.clock import FixedClock
from hotline.services.cases import Context, act, create_case, parse_action
from hotline.services.commands import ActionIn, CaseCreate
from hotline.services.units import upsert_units
from hotline.store.tables import cases


def has_cases(ctx: Context) -> bool:
    with ctx.db.read() as conn:
        return conn.execute(sa.select(cases.c.id).limit(1)).first() is not None


def load_demo(ctx: Context, *, seed: int = 2022) -> dict[str, int]:
    from hotline.demo.cases import demo_cases
    from hotline.demo.units import demo_units

    n_units = upsert_units(ctx, demo_units())
    n_cases = n_actions = 0
    for demo in demo_cases(seed):
        at = FixedClock(demo.created_at)
        case_ctx = replace(ctx, clock=at, actor="演示数据")
        case, _ = create_case(case_ctx, CaseCreate.model_validate(demo.payload), demo=True)
        version = case["version"]
        for name, fields, when in demo.actions:
            body = ActionIn.model_validate({**fields, "version": version})
            at.at = when
            case = act(case_ctx, case["number"], parse_action(name, body), body)
            version = case["version"]
            n_actions += 1
        n_cases += 1
    return {"units": n_units, "cases": n_cases, "actions": n_actions}
