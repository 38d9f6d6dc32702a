"""`hotline demo` loads a working world: units, users who can log in, cases with lawful histories."""

from __future__ import annotations

import sqlalchemy as sa

from hotline.services.demo import DEMO_PASSWORD, load_demo
from hotline.store.tables import cases, events, units, users


def test_demo_loads_and_its_users_work(ctx, anonymous, database):
    counts = load_demo(ctx)
    assert counts["units"] >= 60 and counts["cases"] >= 200 and counts["policies"] >= 150
    with database.read() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(cases).where(cases.c.demo.is_(False))
                            ).scalar_one() == 0
        n_events = conn.execute(sa.select(sa.func.count()).select_from(events)).scalar_one()
        provinces = conn.execute(sa.select(sa.func.count()).select_from(units)
                                 .where(units.c.parent_code == "mot", units.c.kind == "transport")).scalar_one()
        roles = {r for row in conn.execute(sa.select(users.c.roles)) for r in row.roles}
        held = conn.execute(sa.select(sa.func.count()).select_from(cases)
                            .where(cases.c.unit == "hb-xiaogan")).scalar_one()
    assert n_events == counts["cases"] + counts["actions"]
    assert provinces >= 5
    assert roles == {"admin", "operator", "handler", "supervisor", "kb_editor"}

    def login(username, password=DEMO_PASSWORD):
        r = anonymous.post("/api/v1/session", json={"username": username, "password": password})
        assert r.status_code == 200, r.text
        return r.json()["csrf_token"]

    login("admin", "admin12328")
    everything = anonymous.get("/api/v1/cases", params={"limit": 200}).json()
    assert len(everything["items"]) == 200 and everything["next_cursor"]
    login("hb-xiaogan.handler")
    mine = anonymous.get("/api/v1/cases", params={"limit": 200}).json()["items"]
    assert mine and all("hb-xiaogan" in (c["unit"], *c["cohandle_units"]) for c in mine)
    assert len([c for c in mine if c["unit"] == "hb-xiaogan"]) == held
