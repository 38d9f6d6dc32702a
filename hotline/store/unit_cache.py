"""The unit tree, read once per change instead of once per request.

Routing a case, checking a dispatch target and every subtree filter read the whole `units` table;
at intake rates that was a sixth of a worker's CPU (docs/benchmarks.md, intake). Every change to
the units (services.units.upsert_units, the only writer) bumps the counter `units:generation` in the
same transaction; a reader reads that one row, and reuses the rows it read before while the number
is the same. The number and the rows are read in one transaction, so they agree. Without the
counter (a database whose units came from elsewhere) nothing is cached.
"""

from __future__ import annotations

import secrets
import threading
from collections.abc import Callable
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy import Connection

from hotline.store.tables import counters, units

GENERATION = "units:generation"
_READ_GENERATION = sa.select(counters.c.value).where(counters.c.name == GENERATION)
_ALL_UNITS = sa.select(units).order_by(units.c.id)
_BUMP = sa.update(counters).where(counters.c.name == GENERATION).values(value=sa.bindparam("generation"))
_lock = threading.Lock()
# database URL → (generation, unit rows, what was derived from them)
_cache: dict[str, tuple[int, tuple, dict[str, Any]]] = {}
T = TypeVar("T")


def bump(conn: Connection) -> None:
    """Say that the units changed (call in the transaction that changed them)."""
    generation = secrets.randbits(62)
    if conn.execute(_BUMP, {"generation": generation}).rowcount == 0:
        conn.execute(sa.insert(counters).values(name=GENERATION, value=generation))


def _entry(conn: Connection) -> tuple[int, tuple, dict[str, Any]] | None:
    generation = conn.execute(_READ_GENERATION).scalar()
    if generation is None:
        return None
    key = conn.engine.url.render_as_string(hide_password=False)
    with _lock:
        hit = _cache.get(key)
    if hit is not None and hit[0] == generation:
        return hit
    entry = (generation, tuple(conn.execute(_ALL_UNITS)), {})
    with _lock:
        _cache[key] = entry
    return entry


def derived(conn: Connection, name: str, build: Callable[[tuple], T]) -> T:
    """`build(unit rows in id order)`, kept with the rows it was built from while the units stay the
    same (build must not change them, nor its callers what it returns)."""
    entry = _entry(conn)
    if entry is None:
        return build(tuple(conn.execute(_ALL_UNITS)))
    found = entry[2].get(name)
    if found is None:
        found = entry[2][name] = build(entry[1])
    return found


def names(conn: Connection) -> dict[str, str]:
    """Unit code → name (shared: read it, do not change it)."""
    return derived(conn, "names", lambda rows: {r.code: r.name for r in rows})
