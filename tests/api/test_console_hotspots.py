"""热点 in the console (both databases): the list of incidents a user may see, and confirm /
dismiss / merge / batch reply wired to hotline.hotspots.incidents."""

from __future__ import annotations

import re

import sqlalchemy as sa
from fastapi.testclient import TestClient

from hotline.hotspots import incidents
from hotline.services import auth
from hotline.store.tables import cases

TURNBACK = {"type": "complaint", "category": "control.turnback", "title": "孝感北收费站一刀切劝返货车",
            "channel": "api", "place": {"region": "420900"}}


def _console(app, ctx, username: str, unit: str, role: str) -> tuple[TestClient, str]:
    auth.add_user(ctx, username, unit=unit, roles=[role], password="secret-12328")
    c = TestClient(app)
    token = re.search(r'name="csrf_token" value="([^"]+)"', c.get("/console/login").text).group(1)
    r = c.post("/console/login", data={"username": username, "password": "secret-12328", "csrf_token": token})
    assert r.status_code == 200
    return c, re.search(r'name="csrf_token" value="([^"]+)"', r.text).group(1)


def _incident(client, ctx, n: int, region: str = "420900") -> tuple[int, list[str]]:
    numbers = []
    for _ in range(n):
        r = client.post("/api/v1/cases", json={**TURNBACK, "place": {"region": region}})
        assert r.status_code == 201, r.text
        numbers.append(r.json()["number"])
        d = client.post(f"/api/v1/cases/{numbers[-1]}/actions/dispatch",
                        json={"version": r.json()["version"], "unit": "hb-xiaogan" if region == "420900" else "he"})
        assert d.status_code == 200, d.text
    with ctx.db.write() as conn:
        ids = list(conn.execute(sa.select(cases.c.id).where(cases.c.number.in_(numbers))).scalars())
        iid = incidents.open_incident(conn, ctx.clock.now(), region=region, category="control.turnback",
                                      anchor="孝感北收费站", case_ids=ids, surge={"count": n})
    return iid, numbers


def _post(c, csrf, iid, action, **data):
    page = c.get(f"/console/hotspots/{iid}").text
    v = re.search(rf'action="/console/hotspots/{iid}/actions/{action}".*?name="version" value="(\d+)"', page, re.S)
    assert v, f"no {action} form on the page of #{iid}"
    return c.post(f"/console/hotspots/{iid}/actions/{action}",
                  data={"csrf_token": csrf, "version": v.group(1), "back": "/console/hotspots", **data},
                  follow_redirects=False)


def _status(ctx, iid) -> str:
    with ctx.db.read() as conn:
        return conn.execute(sa.text("select status from hotspot_incidents where id = :i"), {"i": iid}).scalar()


def test_hotspot_list_and_actions(app, client, ctx, units):
    first, _ = _incident(client, ctx, 2)
    second, second_cases = _incident(client, ctx, 2)
    third, third_cases = _incident(client, ctx, 3)
    hebei, _ = _incident(client, ctx, 2, region="130100")
    with ctx.db.write() as conn:  # 河北's incident belongs to 河北's authority
        conn.execute(sa.text("update hotspot_incidents set unit = 'he' where id = :i"), {"i": hebei})
    sup, csrf = _console(app, ctx, "hb-sup", "hb", "supervisor")

    page = sup.get("/console/hotspots")
    assert page.status_code == 200
    listed = [int(i) for i in re.findall(r'data-incident="(\d+)"', page.text)]
    assert set(listed) == {first, second, third} and hebei not in listed  # only what the user may see
    assert "/console/hotspots" in sup.get("/console/dashboard").text  # linked from the dashboard

    r = _post(sup, csrf, first, "confirm")
    assert r.status_code == 303 and r.headers["location"].startswith("/console/hotspots?done=confirm")
    assert _status(ctx, first) == "confirmed"
    assert _post(sup, csrf, second, "merge", into=str(first)).status_code == 303
    assert _status(ctx, second) == "merged"
    merged = incidents.get_incident(ctx, first)
    assert set(second_cases) <= {m["number"] for m in merged["members"]}

    # 批量答复 by the responsible unit's handler: each member case is accepted and replied in its own right.
    handler, hcsrf = _console(app, ctx, "xg", "hb-xiaogan", "handler")
    assert incidents.get_incident(ctx, third)["unit"] == "hb-xiaogan"
    r = _post(handler, hcsrf, third, "close", reply="孝感北收费站已恢复通行，持绿码货车不再劝返。")
    assert r.status_code == 303 and _status(ctx, third) == "closed"
    for number in third_cases:
        case = client.get(f"/api/v1/cases/{number}").json()
        assert case["reply"] == "孝感北收费站已恢复通行，持绿码货车不再劝返。", case["status"]
    assert "批量答复：已答复 3 件，未答复 0 件" in sup.get(f"/console/hotspots/{third}").text

    assert _post(sup, csrf, first, "dismiss", note="误报").status_code == 303
    assert _status(ctx, first) == "dismissed"
    live = sup.get("/console/hotspots").text
    assert "没有未处理的热点事件" in live
    done = sup.get("/console/hotspots", params={"show": "done"}).text
    assert {first, second, third} == {int(i) for i in re.findall(r'data-incident="(\d+)"', done)}

    # A stale version is refused in Chinese; a handler has no dismiss button and the service refuses it.
    stale = sup.post(f"/console/hotspots/{hebei}/actions/confirm", data={"csrf_token": csrf, "version": "1"})
    assert stale.status_code in (403, 404)
    fresh, _ = _incident(client, ctx, 2)
    with ctx.db.write() as conn:
        conn.execute(sa.text("update hotspot_incidents set unit = 'hb-xiaogan' where id = :i"), {"i": fresh})
    hpage = handler.get(f"/console/hotspots/{fresh}").text
    assert f"/console/hotspots/{fresh}/actions/confirm" in hpage and "actions/dismiss" not in hpage
    r = handler.post(f"/console/hotspots/{fresh}/actions/dismiss", data={"csrf_token": hcsrf, "version": "1"})
    assert r.status_code == 403 and _status(ctx, fresh) == "open"
