"""Light read-only queries the pages need beside the case services: unit names, the recent open
cases duplicates are looked for among, a caller's history. Each respects what the user may see
(hotline.services.cases.visibility)."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from hotline.domain.access import Principal
from hotline.domain.lifecycle import OPEN_STATES
from hotline.services.cases import CaseFilter, Context, list_cases, load_tree, visibility
from hotline.store import unit_cache
from hotline.store.tables import cases, units

OPEN = sorted(s.value for s in OPEN_STATES)


def unit_names(ctx: Context) -> dict[str, str]:
    with ctx.db.read() as conn:
        return unit_cache.names(conn)


def units_below(ctx: Context, user: Principal) -> list[dict[str, str]]:
    """The user's unit and every unit under it, in tree order (dispatch targets)."""
    with ctx.db.read() as conn:
        tree = load_tree(conn)
        names = {r.code: (r.name, r.region) for r in conn.execute(sa.select(units.c.code, units.c.name, units.c.region))}
    out: list[dict[str, str]] = []

    def walk(code: str, depth: int) -> None:
        if code not in names:
            return
        out.append({"code": code, "name": names[code][0], "depth": depth})
        for child in sorted(tree.children(code), key=lambda c: (names.get(c, ("", ""))[1], c)):
            walk(child, depth + 1)

    walk(user.unit, 0)
    return out


def recent_open_texts(ctx: Context, limit: int = 300) -> list[dict[str, Any]]:
    """The newest open cases the user may see, as analyze() takes them for duplicate search."""
    with ctx.db.read() as conn:
        rows = conn.execute(
            sa.select(cases.c.number, cases.c.title, cases.c.description, cases.c.region)
            .where(cases.c.status.in_(OPEN), *visibility(conn, ctx.user))
            .order_by(cases.c.id.desc()).limit(limit)).all()
    return [{"number": r.number, "text": f"{r.title}。{r.description or ''}", "region": r.region} for r in rows]


def case_titles(ctx: Context, numbers: list[str]) -> dict[str, dict[str, Any]]:
    if not numbers:
        return {}
    with ctx.db.read() as conn:
        rows = conn.execute(sa.select(cases.c.number, cases.c.title, cases.c.status, cases.c.created_at)
                            .where(cases.c.number.in_(numbers), *visibility(conn, ctx.user))).all()
    return {r.number: {"title": r.title, "status": r.status, "created_at": r.created_at} for r in rows}


def normalise_phone(phone: str | None) -> str | None:
    if not phone:
        return None
    digits = phone.replace("-", "").replace(" ", "").removeprefix("+86")
    return digits if digits.isdigit() and 5 <= len(digits) <= 15 else None


def caller_history(ctx: Context, phone: str | None) -> dict[str, Any] | None:
    """A caller's open and earlier cases (来电弹屏), newest first; unmasked only for roles that may."""
    digits = normalise_phone(phone)
    if digits is None:
        return None
    found = list_cases(ctx, CaseFilter(reporter_phone=digits), limit=20)["items"]
    open_ = [c for c in found if c["status"] in OPEN]
    return {"phone": digits, "open": open_, "earlier": [c for c in found if c["status"] not in OPEN],
            "more": len(found) == 20}
