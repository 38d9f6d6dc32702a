"""Demo units and cases: valid codes, a sound tree, realistic and lawful case histories."""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import date, datetime, timedelta

import phonenumbers
import pytest

from hotline.demo import DEMO_MARK, DemoCase, demo_cases, demo_units
from hotline.regions import NATIONAL, load_regions

TYPES = {"consult", "complaint", "report", "suggestion", "help", "praise"}
CATEGORIES = {
    "control.escalation", "control.turnback", "control.pass", "control.checkpoint", "control.testing",
    "control.closure", "transport.freight", "transport.passenger", "transport.taxi", "highway.toll",
    "highway.road", "enforcement.conduct", "enforcement.overload", "postal", "other",
}
CHANNELS = {"phone", "web", "api", "open311"}
KINDS = {"ministry", "transport", "police_traffic", "epidemic", "expressway", "postal", "market"}
PAYLOAD_KEYS = {"type", "category", "title", "description", "channel", "urgent", "reporter", "place"}
REPORTER_KEYS = {"name", "phone", "plate", "company"}
PLACE_KEYS = {"region", "address", "lat", "lng", "road", "landmark"}
PLATE = re.compile(r"^[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-Z][A-HJ-NP-Z0-9]{5}$")
MOBILE = re.compile(r"^1[3-9]\d{9}$")


# --- a tiny, independent copy of the lifecycle rules ------------------------------------------------

CLOSED_STATES = {"closed", "archived", "merged"}


class Illegal(Exception):
    pass


def step(state: str, pending_extension: bool, action: str, fields: dict) -> tuple[str, bool]:
    """Apply one action; raise Illegal if the rules do not allow it from `state`."""

    def need(*states: str) -> None:
        if state not in states:
            raise Illegal(f"{action} from {state}")

    if action == "dispatch":
        need("new", "returned", "reopened", "accepted")
        if not fields.get("unit"):
            raise Illegal("dispatch without unit")
        return "dispatched", pending_extension
    if action == "accept":
        need("dispatched", "reopened")
        return "accepted", pending_extension
    if action == "reply":
        need("accepted")
        if not fields.get("reply"):
            raise Illegal("reply without text")
        return "replied", pending_extension
    if action == "close":
        if state == "new":
            if not fields.get("reply"):
                raise Illegal("close from new needs the answer given on the call")
        else:
            need("replied")
        return "closed", pending_extension
    if action == "callback":
        need("closed")
        if fields.get("satisfaction") not in (1, 2, 3, 4, 5):
            raise Illegal("callback satisfaction must be 1-5")
        return "archived", pending_extension
    if action == "return":
        need("dispatched", "accepted")
        if not fields.get("reason"):
            raise Illegal("return without reason")
        return "returned", pending_extension
    if action in ("forward", "escalate"):
        need("dispatched", "accepted")
        if action == "forward" and not fields.get("unit"):
            raise Illegal("forward without unit")
        return "dispatched", pending_extension
    if action in ("cohandle", "supervise", "note"):
        if state in CLOSED_STATES:
            raise Illegal(f"{action} on a {state} case")
        if action == "cohandle" and not fields.get("unit"):
            raise Illegal("cohandle without unit")
        return state, pending_extension
    if action == "extend_request":
        need("dispatched", "accepted")
        if pending_extension:
            raise Illegal("second extension request while one is pending")
        if not fields.get("until") or not fields.get("reason"):
            raise Illegal("extend_request needs until and reason")
        return state, True
    if action in ("extend_approve", "extend_deny"):
        if not pending_extension:
            raise Illegal(f"{action} without a pending request")
        return state, False
    if action == "reopen":
        need("replied", "closed", "archived")
        if not fields.get("reason"):
            raise Illegal("reopen without reason")
        return "reopened", pending_extension
    raise Illegal(f"unknown action {action}")


def final_state(case: DemoCase) -> str:
    state, pending = "new", False
    for action, fields, _ in case.actions:
        state, pending = step(state, pending, action, fields)
    return state


def test_transition_check_rejects_illegal_histories():
    with pytest.raises(Illegal):
        step("new", False, "reply", {"reply": "x"})
    with pytest.raises(Illegal):
        step("new", False, "close", {})  # closing on the call needs the answer
    with pytest.raises(Illegal):
        step("dispatched", False, "extend_approve", {})
    with pytest.raises(Illegal):
        step("closed", False, "supervise", {})
    assert step("new", False, "close", {"reply": "已告知"}) == ("closed", False)


# --- fixtures ----------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def regions():
    return load_regions()


@pytest.fixture(scope="module")
def units():
    return demo_units()


@pytest.fixture(scope="module")
def by_code(units):
    return {u["code"]: u for u in units}


@pytest.fixture(scope="module")
def cases():
    return demo_cases()


# --- units ---------------------------------------------------------------------------------------------


def test_unit_fields_and_codes(units):
    codes = [u["code"] for u in units]
    assert len(codes) == len(set(codes)), "unit codes must be unique"
    for u in units:
        assert set(u) == {"code", "name", "region", "parent", "kind", "categories", "phone", "duty_hours"}
        assert re.fullmatch(r"[a-z][a-z0-9-]*", u["code"]), u["code"]
        assert u["name"] and re.search(r"[\u4e00-\u9fff]", u["name"])
        assert u["kind"] in KINDS
        assert u["categories"] and set(u["categories"]) <= CATEGORIES, u["code"]
        assert re.fullmatch(r"24小时|\d\d:\d\d-\d\d:\d\d", u["duty_hours"]), u["duty_hours"]


def test_unit_regions_are_current_gbt2260_codes(units, regions):
    for u in units:
        if u["kind"] == "ministry":
            assert u["region"] == NATIONAL
        else:
            assert regions.get(u["region"]) is not None or u["region"] == NATIONAL, (u["code"], u["region"])


def test_unit_tree_is_rooted_at_the_ministry(units, by_code, regions):
    roots = [u for u in units if u["parent"] is None]
    assert [u["code"] for u in roots] == ["mot"]
    assert by_code["mot"]["name"] == "交通运输部"
    for u in units:
        seen, code = set(), u["code"]
        while by_code[code]["parent"] is not None:
            assert code not in seen, f"cycle at {code}"
            seen.add(code)
            parent = by_code[code]["parent"]
            assert parent in by_code, f"{code}: parent {parent} missing"
            # A unit's area lies inside its parent's area.
            assert regions.is_within(by_code[code]["region"], by_code[parent]["region"]), code
            code = parent
        assert code == "mot"


def test_units_cover_the_required_places(units, regions):
    present = {u["region"] for u in units}
    provinces = {regions.get(r).province_code for r in present if r != NATIONAL}
    assert len(provinces) >= 5
    for needed in ("420000", "420100", "420900", "420902", "130000", "131000", "131002", "131003", "220000",
                   "220100", "310000", "370000", "370100", "371300", "410000", "410100"):
        assert needed in present, needed
    names = {u["code"]: u["name"] for u in units}
    assert names["hb-xiaogan"] == "孝感市交通运输局"
    assert names["hb-xiaogan-xiaonan"] == "孝南区交通运输局"
    assert names["hb"] == "湖北省交通运输厅"
    # Other departments at several levels, not only transport.
    kinds_by_level = Counter((u["kind"], len(regions.ancestors(u["region"]))) for u in units if u["region"] != NATIONAL)
    for kind in ("police_traffic", "epidemic"):
        assert {lvl for (k, lvl) in kinds_by_level if k == kind} >= {1, 2}, kind
    assert {u["kind"] for u in units} == KINDS
    # Every category has someone below the ministry to take it.
    assert set().union(*(u["categories"] for u in units if u["kind"] != "ministry")) == CATEGORIES


def test_unit_phone_numbers_look_real(units):
    for u in units:
        if u["phone"] == "12328":
            continue
        assert phonenumbers.is_valid_number(phonenumbers.parse(u["phone"], "CN")), (u["code"], u["phone"])


# --- cases ---------------------------------------------------------------------------------------------


def test_enough_cases_of_every_kind(cases):
    assert len(cases) >= 240
    assert {c.payload["type"] for c in cases} == TYPES
    assert {c.payload["category"] for c in cases} == CATEGORIES
    assert {c.payload["channel"] for c in cases} == CHANNELS


def test_payload_shape_and_limits(cases, regions):
    for c in cases:
        p = c.payload
        assert set(p) == PAYLOAD_KEYS
        assert p["type"] in TYPES and p["category"] in CATEGORIES and p["channel"] in CHANNELS
        assert isinstance(p["urgent"], bool)
        assert 0 < len(p["title"]) <= 200
        assert 0 < len(p["description"]) <= 10000
        assert p["description"].endswith(DEMO_MARK), p["description"][-20:]
        json.dumps(p)  # the API body must be plain JSON
        rep = p["reporter"]
        assert set(rep) <= REPORTER_KEYS and rep["name"].endswith("（演示）")
        if p["channel"] in ("phone", "web"):
            assert "phone" in rep, p["title"]
        if "phone" in rep:
            assert MOBILE.match(rep["phone"]) and rep["phone"][3:7] == "0000", rep["phone"]
            assert phonenumbers.is_valid_number(phonenumbers.parse(rep["phone"], "CN"))
        if "plate" in rep:
            assert PLATE.match(rep["plate"]), rep["plate"]
        place = p["place"]
        assert set(place) <= PLACE_KEYS and place["address"]
        r = regions.get(place["region"])
        assert r is not None and r.level >= 2, place["region"]
        assert place["address"].startswith(regions.ancestors(place["region"])[-1].name), place["address"]
        if "lat" in place or "lng" in place:
            assert 18 < place["lat"] < 54 and 73 < place["lng"] < 135
        if "road" in place:
            assert re.fullmatch(r"[GS]\d+", place["road"]), place["road"]


def test_created_in_the_demo_period(cases):
    for c in cases:
        assert c.created_at.tzinfo is not None
        assert c.created_at.utcoffset() == timedelta(hours=8)
        assert date(2022, 4, 1) <= c.created_at.date() <= date(2022, 5, 15)


def test_actions_are_lawful_and_in_time_order(cases, by_code, regions):
    end = datetime.fromisoformat("2022-05-16T00:00:00+08:00")
    for c in cases:
        state, pending = "new", False
        current = None
        last = c.created_at
        for action, fields, at in c.actions:
            assert at.tzinfo is not None and last < at <= end, (c.payload["title"], action, at)
            last = at
            assert "merge" not in action
            for key in ("unit",):
                if key in fields:
                    assert fields[key] in by_code, fields[key]
            try:
                state, pending = step(state, pending, action, fields)
            except Illegal as e:
                pytest.fail(f"{c.payload['title']}: {e}")
            if action in ("dispatch", "forward"):
                current = fields["unit"]
            elif action == "escalate":
                current = fields.get("unit") or by_code[current]["parent"]
            elif action == "reply":
                # Whoever answers is responsible for the place the case is about.
                assert regions.is_within(c.payload["place"]["region"], by_code[current]["region"]), current
            if action == "extend_request":
                until = datetime.fromisoformat(fields["until"])
                assert until.tzinfo is not None and until > at


def test_realistic_mix_of_outcomes(cases):
    n = len(cases)
    finals = Counter(final_state(c) for c in cases)
    on_call = sum(1 for c in cases if c.actions and c.actions[0][0] == "close")
    assert 0.15 <= on_call / n <= 0.30, on_call / n
    assert all(c.payload["type"] == "consult" for c in cases if c.actions and c.actions[0][0] == "close")
    assert 0.08 <= (finals["new"] + finals["dispatched"]) / n <= 0.25, finals
    assert finals["closed"] + finals["archived"] >= n / 2
    used = Counter(a for c in cases for a, _, _ in c.actions)
    for action in ("dispatch", "accept", "reply", "close", "callback", "return", "forward", "escalate",
                   "cohandle", "supervise", "extend_request", "extend_approve", "reopen"):
        assert used[action] > 0, action
    sats = Counter(f["satisfaction"] for c in cases for a, f, _ in c.actions if a == "callback")
    assert len(sats) >= 3


def test_april_leans_to_epidemic_control(cases):
    def control_share(month: int) -> float:
        cs = [c for c in cases if c.created_at.month == month]
        return sum(c.payload["category"].startswith("control.") for c in cs) / len(cs)

    assert control_share(4) > 0.5
    assert control_share(4) > control_share(5)


def test_texts_are_varied(cases):
    descriptions = [c.payload["description"] for c in cases]
    assert len(set(descriptions)) >= 0.95 * len(descriptions)
    assert any(d.startswith("来电人") for d in descriptions)  # operators' notes
    assert any(not d.startswith("来电人") and len(d) > 60 for d in descriptions)  # drivers' own words
    assert any(len(d) < 40 for d in descriptions)  # one-liners
    for word in ("劝返", "层层加码", "通行证", "核酸", "服务区", "被困", "快递", "出租车", "ETC"):
        assert any(word in d for d in descriptions), word
    codes = {c.payload["place"]["region"][:2] for c in cases}
    assert len(codes) >= 6


def test_deterministic_for_a_seed():
    a, b = demo_cases(2022), demo_cases(2022)
    assert a == b
    assert demo_cases(7) != a
    assert json.dumps([c.payload for c in a], ensure_ascii=False) == json.dumps([c.payload for c in b],
                                                                                   ensure_ascii=False)


@pytest.mark.parametrize("seed", [0, 1, 99])
def test_other_seeds_keep_the_guarantees(seed):
    cs = demo_cases(seed)
    assert {c.payload["type"] for c in cs} == TYPES
    assert {c.payload["category"] for c in cs} == CATEGORIES
    for c in cs:
        final_state(c)  # raises on an illegal history
