"""Every cell of the role × action × relation table (hotline/domain/access.py), checked over HTTP.

The acting users belong to unit `hb` (湖北省交通运输厅). Cases are held by:
own → hb, child → hb-xiaogan, parent → mot, sibling → he (河北, another province).
Expected: not visible → 404 (no existence leak); visible but not allowed → 403; allowed → 200.
Each case is first brought (by the system) into a state where the lifecycle allows the action, so a
refusal can only come from the access table.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from fastapi.testclient import TestClient

from hotline.domain.access import ACCESS, VIEW, Relation, Role
from hotline.domain.clock import FixedClock
from hotline.domain.lifecycle import Action
from hotline.services import auth
from hotline.services.cases import Context, act, create_case, parse_action
from hotline.services.commands import ActionIn, CaseCreate
from hotline.services.units import upsert_units
from hotline.settings import Settings
from hotline.store.db import Database
from hotline.store.files import LocalFileStorage
from hotline.store.migrate import upgrade
from hotline.web.app import create_app

UNITS = [
    {"code": "mot", "name": "交通运输部", "region": "000000", "parent": None, "kind": "ministry"},
    {"code": "gov", "name": "联防联控机制", "region": "000000", "parent": None, "kind": "other"},
    {"code": "hb", "name": "湖北省交通运输厅", "region": "420000", "parent": "mot"},
    {"code": "hb-xiaogan", "name": "孝感市交通运输局", "region": "420900", "parent": "hb"},
    {"code": "he", "name": "河北省交通运输厅", "region": "130000", "parent": "mot"},
]
HOLDER = {Relation.OWN: "hb", Relation.CHILD: "hb-xiaogan", Relation.PARENT: "mot", Relation.SIBLING: "he"}
ACTIONS = [a for a in Action if a not in (Action.CREATE, Action.MERGE_IN)]
CELLS = [(role, what, rel) for role in Role for what in [VIEW, *[a.value for a in ACTIONS]] for rel in Relation]

# The state each action needs, as the system's steps from a new case dispatched to the holder.
PREP = {
    "dispatch": ["accept"], "accept": [], "reply": ["accept"], "close": ["accept", "reply"],
    "callback": ["accept", "reply", "close"], "archive": ["accept", "reply", "close"],
    "return": [], "forward": [], "escalate": [], "cohandle": [], "supervise": [],
    "extend_request": [], "extend_approve": ["extend_request"], "extend_deny": ["extend_request"],
    "reopen": ["accept", "reply", "close"], "merge": [], "note": [], VIEW: [],
}
FIELDS = {"reply": "已处理", "reason": "原因", "until": "2022-04-30T18:00:00+08:00", "satisfaction": 4,
          "note": "备注"}


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("matrix")
    db = Database(f"sqlite:///{tmp / 'm.db'}")
    upgrade(db)
    clock = FixedClock(datetime(2022, 4, 22, 9, 0, tzinfo=ZoneInfo("Asia/Shanghai")))
    storage = LocalFileStorage(tmp / "files")
    system = Context(db=db, clock=clock, storage=storage)
    upsert_units(system, UNITS)
    tokens = {role: auth.create_token(system, auth.add_user(system, f"hb-{role.value}", unit="hb",
                                                             roles=[role.value])["username"]) for role in Role}
    app = create_app(Settings(database_url=str(db.url), files_dir=tmp / "files"), db=db, clock=clock,
                     storage=storage)
    with TestClient(app) as client:
        yield system, client, tokens
    db.dispose()


def _system_act(system, number, version, name, **fields):
    body = ActionIn.model_validate({"version": version, **fields})
    return act(system, number, parse_action(name, body), body)["version"]


def prepared_case(system, what: str, holder: str) -> tuple[str, int]:
    case, _ = create_case(system, CaseCreate.model_validate(
        {"type": "complaint", "category": "control.turnback", "title": "矩阵测试", "channel": "api",
         "place": {"region": "420900"}}))
    number, v = case["number"], case["version"]
    v = _system_act(system, number, v, "dispatch", unit=holder)
    for step in PREP[what]:
        extra = {"reply": FIELDS["reply"]} if step == "reply" else {}
        if step == "extend_request":
            extra = {"until": FIELDS["until"], "reason": FIELDS["reason"]}
        v = _system_act(system, number, v, step, **extra)
    return number, v


def body_for(what: str, holder: str, system) -> dict:
    if what == "dispatch":
        return {"unit": holder}
    if what in ("forward", "cohandle"):
        return {"unit": "gov"}
    if what == "merge":
        primary, _ = create_case(system, CaseCreate.model_validate(
            {"type": "complaint", "category": "control.turnback", "title": "主工单", "channel": "api"}))
        return {"primary": primary["number"]}
    if what == "escalate":
        return {}
    return {k: FIELDS[k] for k in ("reply", "reason", "until", "satisfaction", "note")
            if k in {"reply": ["reply"], "callback": ["satisfaction"], "return": ["reason"],
                     "reopen": ["reason"], "extend_request": ["until", "reason"], "note": ["note"]}.get(what, [])}


def expected_status(role: Role, what: str, rel: Relation) -> int:
    if rel not in ACCESS[role][VIEW]:
        return 404
    return 200 if rel in ACCESS[role].get(what, frozenset()) else 403


@pytest.mark.parametrize(("role", "what", "rel"), CELLS, ids=[f"{r.value}-{w}-{rel.value}" for r, w, rel in CELLS])
def test_cell(world, role, what, rel):
    system, client, tokens = world
    holder = HOLDER[rel]
    if what == "escalate" and rel is Relation.PARENT:
        holder = "mot"  # the ministry has no parent; visibility decides first anyway
    number, version = prepared_case(system, what, holder)
    headers = {"Authorization": f"Bearer {tokens[role]}"}
    if what == VIEW:
        r = client.get(f"/api/v1/cases/{number}", headers=headers)
    else:
        r = client.post(f"/api/v1/cases/{number}/actions/{what}", headers=headers,
                        json={"version": version, **body_for(what, holder, system)})
    assert r.status_code == expected_status(role, what, rel), r.text
    if r.status_code == 404:
        assert r.json()["error"]["code"] == "case_not_found"  # same answer as a case that does not exist
    if r.status_code == 403:
        assert r.json()["error"]["code"] == "forbidden"


def test_every_role_has_a_row_and_the_table_is_not_trivial():
    assert set(ACCESS) == set(Role)
    counts = {expected_status(r, w, rel) for r, w, rel in CELLS}
    assert counts == {200, 403, 404}
