"""The unit tree is read once per change (store/unit_cache.py): a change made through any process is
seen by the next request of every other, and a database without the change counter is never cached."""

from __future__ import annotations

import sqlalchemy as sa

from hotline.services.cases import Context, load_tree
from hotline.services.routing import preview
from hotline.services.units import upsert_units
from hotline.store import unit_cache
from hotline.store.db import Database
from hotline.store.tables import counters
from hotline.store.tables import units as units_table


def _route(ctx) -> str:
    return preview(ctx, region="130131", category="control.checkpoint", type_="complaint", urgent=False)["unit"]


def test_a_unit_added_through_another_process_is_routed_to_at_once(ctx, units, database_url):
    assert _route(ctx) != "pingshan"
    assert _route(ctx) == _route(ctx)  # read twice: the second from the cache
    # Another process (its own engine, its own cache) adds the county's transport bureau.
    other_db = Database(database_url)
    other = Context(db=other_db, clock=ctx.clock, storage=ctx.storage)
    parent = "he"  # 河北省交通运输厅
    upsert_units(other, [{"code": "pingshan", "name": "平山县交通运输局", "region": "130131", "parent": parent}])
    other_db.dispose()
    assert _route(ctx) == "pingshan"
    with ctx.db.read() as conn:
        assert load_tree(conn).parents["pingshan"] == parent


def test_renaming_a_unit_is_seen_and_the_generation_moves(ctx, units):
    code = units[0]["code"]
    with ctx.db.read() as conn:
        before = conn.execute(sa.select(counters.c.value).where(counters.c.name == unit_cache.GENERATION)).scalar()
        assert unit_cache.names(conn)[code] == units[0]["name"]
    upsert_units(ctx, [{**units[0], "name": "改名后的单位"}])
    with ctx.db.read() as conn:
        after = conn.execute(sa.select(counters.c.value).where(counters.c.name == unit_cache.GENERATION)).scalar()
        assert unit_cache.names(conn)[code] == "改名后的单位"
    assert after != before


def test_a_database_made_again_under_the_same_url_is_not_served_from_the_cache(ctx, units, database_url):
    """A restore (or a test) replaces the database under the same URL: its unit rows are read anew,
    even when its units were written as many times as the old one's (a counted generation would
    then be equal and the old tree served)."""
    code = units[0]["code"]
    with ctx.db.read() as conn:
        assert unit_cache.names(conn)[code] == units[0]["name"]
    # Empty the units behind the cache and write them again, once, as a fresh database would be.
    with ctx.db.write() as conn:
        conn.execute(sa.delete(counters).where(counters.c.name == unit_cache.GENERATION))
    upsert_units(ctx, [{**units[0], "name": "重建后的单位"}])
    with ctx.db.read() as conn:
        assert unit_cache.names(conn)[code] == "重建后的单位"


def test_without_the_counter_nothing_is_cached(ctx, units):
    with ctx.db.write() as conn:
        conn.execute(sa.delete(counters).where(counters.c.name == unit_cache.GENERATION))
    with ctx.db.read() as conn:
        assert "ghost" not in load_tree(conn)
    # A unit written behind the service's back (no counter bump) is still seen.
    with ctx.db.write() as conn:
        conn.execute(sa.insert(units_table).values(code="ghost", name="未登记", region="110000", kind="transport",
                                             categories=[], created_at=ctx.clock.now()))
    with ctx.db.read() as conn:
        assert "ghost" in load_tree(conn)
