"""Random sequences of actions through the real services never reach a state outside the table and
never lose an event: the timeline always has exactly one event per version."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hotline.domain.lifecycle import TRANSITIONS, Action, LifecycleError, Status
from hotline.services.cases import act, create_case, get_case, parse_action, timeline
from hotline.services.commands import ActionIn, CaseCreate

ACTIONS = [a.value for a in Action if a not in (Action.CREATE, Action.MERGE_IN)]
FIELDS = {"unit": "hb-xiaogan", "reply": "已处理", "satisfaction": 3, "reason": "原因",
          "until": "2022-04-30T18:00:00+08:00", "note": "备注"}
CASE = {"type": "complaint", "category": "control.turnback", "title": "随机操作", "channel": "api",
        "place": {"region": "420900"}}


@pytest.fixture
def backend():
    return "sqlite"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(st.tuples(st.sampled_from(ACTIONS), st.sampled_from(["hb", "hb-xiaogan", "hb-wuhan", "he"]),
                                st.booleans()), max_size=25))
def test_random_actions_keep_the_table_and_the_record(ctx, units, steps):
    primary = create_case(ctx, CaseCreate.model_validate(CASE))[0]["number"]
    number = create_case(ctx, CaseCreate.model_validate(CASE))[0]["number"]
    case = get_case(ctx, number)
    for name, unit, stale in steps:
        before = Status(case["status"])
        fields = {**FIELDS, "unit": unit, "primary": primary}
        body = ActionIn.model_validate({**fields, "version": case["version"] - (1 if stale else 0)})
        action = parse_action(name, body)
        try:
            after = act(ctx, number, action, body)
        except LifecycleError:
            assert get_case(ctx, number)["version"] == case["version"]  # a refusal changes nothing
            continue
        assert not stale, "a stale version must be refused"
        target = TRANSITIONS[action][before]
        assert Status(after["status"]) == (before if target is None else target)
        assert after["version"] == case["version"] + 1
        case = after
    tl = timeline(ctx, number)
    assert [e["seq"] for e in tl] == list(range(1, case["version"] + 1))
    assert all(e["to_status"] in {s.value for s in Status} for e in tl)
    for prev, nxt in zip(tl, tl[1:]):
        assert nxt["from_status"] == prev["to_status"]
