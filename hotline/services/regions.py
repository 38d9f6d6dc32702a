"""The GB/T 2260 table in the database (`hotline regions load`)."""

from __future__ import annotations

import sqlalchemy as sa

from hotline.regions import load_regions
from hotline.services.cases import Context
from hotline.store.tables import regions


def load_region_table(ctx: Context) -> dict[str, int]:
    """Replace the regions table with the current edition and the successor map, in one transaction."""
    table = load_regions()
    rows = [{"code": r.code, "name": r.name, "short": r.short, "level": r.level, "parent": r.parent,
             "successor": None} for r in table.by_code.values()]
    for old in table.successors:
        current = table.current(old)
        if current and old not in table.by_code:
            rows.append({"code": old, "name": "", "short": "", "level": 0, "parent": None, "successor": current})
    with ctx.db.write() as conn:
        conn.execute(sa.delete(regions))
        for i in range(0, len(rows), 1000):
            conn.execute(sa.insert(regions), rows[i:i + 1000])
    return {"current": len(table), "successors": len(rows) - len(table)}


def regions_loaded(ctx: Context) -> bool:
    with ctx.db.read() as conn:
        return conn.execute(sa.select(regions.c.code).limit(1)).first() is not None
