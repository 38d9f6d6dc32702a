"""The transition table, checked cell by cell against the lifecycle the issue describes."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hotline.domain.lifecycle import (
    OPEN_STATES,
    Action,
    CaseFacts,
    InvalidTransition,
    MissingField,
    Status,
    decide,
)

N, D, A, R, C, AR, RT, RO, M = (
    "new", "dispatched", "accepted", "replied", "closed", "archived", "returned", "reopened", "merged")
ALL = [N, D, A, R, C, AR, RT, RO, M]
OPEN = [N, D, A, R, RT, RO]
KEEP = "="  # allowed, state unchanged

# Written out by hand from the issue, independently of hotline.domain.lifecycle.TRANSITIONS.
EXPECTED: dict[str, dict[str, str]] = {
    "dispatch": {N: D, RT: D, RO: D, A: D},
    "accept": {D: A, RO: A},
    "reply": {A: R},
    "close": {R: C, N: C},
    "callback": {C: AR},
    "archive": {C: AR},
    "return": {D: RT, A: RT},
    "forward": {D: D, A: D},
    "escalate": {D: D, A: D},
    "cohandle": {D: KEEP, A: KEEP},
    "supervise": {s: KEEP for s in OPEN},
    "extend_request": {D: KEEP, A: KEEP},
    "extend_approve": {D: KEEP, A: KEEP},
    "extend_deny": {D: KEEP, A: KEEP},
    "reopen": {R: RO, C: RO, AR: RO},
    "merge": {N: M, D: M, A: M, RT: M, RO: M},
    "note": {s: KEEP for s in ALL},
}

FIELDS = {
    "unit": "hb-xiaogan", "reply": "已协调放行", "satisfaction": 5, "reason": "不属于本单位",
    "until": "2022-04-30T18:00:00+08:00", "primary": "20220422-000001", "note": "备注",
}


def facts(status: str) -> CaseFacts:
    # extend_approve/deny need a pending request; escalate needs a target — give every case one.
    return CaseFacts(status=Status(status), unit="hb", dispatcher_unit="mot",
                     extension_pending=True)


CELLS = [(a, s) for a in EXPECTED for s in ALL]


def test_every_user_action_is_in_the_expected_table():
    user_actions = {a.value for a in Action} - {"create", "merge_in"}
    assert user_actions == set(EXPECTED)


@pytest.mark.parametrize(("action", "state"), CELLS, ids=[f"{a}-from-{s}" for a, s in CELLS])
def test_transition_cell(action, state):
    expected = EXPECTED[action].get(state)
    f = facts(state)
    if action == "extend_request":
        f = CaseFacts(status=Status(state), unit="hb", dispatcher_unit="mot", extension_pending=False)
    fields = dict(FIELDS)
    if action == "forward":
        fields["unit"] = "hb-wuhan"
    if action == "close" and state == N:
        fields["reply"] = "已在电话中答复"
    if expected is None:
        with pytest.raises(InvalidTransition) as err:
            decide(f, Action(action), fields)
        assert err.value.code == "invalid_transition"
        assert err.value.status_code == 409
    else:
        d = decide(f, Action(action), fields)
        assert d.to_status.value == (state if expected == KEEP else expected)


def test_open_states_match_the_issue():
    assert {s.value for s in OPEN_STATES} == set(OPEN)


@pytest.mark.parametrize("action,missing", [
    ("dispatch", "unit"), ("reply", "reply"), ("callback", "satisfaction"), ("return", "reason"),
    ("reopen", "reason"), ("merge", "primary"), ("note", "note"), ("forward", "unit"),
])
def test_required_fields(action, missing):
    state = {"dispatch": N, "reply": A, "callback": C, "return": D, "reopen": C, "merge": N,
             "note": N, "forward": D}[action]
    fields = {k: v for k, v in FIELDS.items() if k != missing}
    with pytest.raises(MissingField) as err:
        decide(facts(state), Action(action), fields)
    assert err.value.status_code == 422


def test_direct_close_of_a_consultation_needs_the_answer():
    with pytest.raises(MissingField):
        decide(facts(N), Action.CLOSE, {})
    d = decide(facts(N), Action.CLOSE, {"reply": "已答复：凭48小时核酸通行"})
    assert d.to_status is Status.CLOSED and d.changes["reply"].startswith("已答复")


def test_return_goes_back_to_the_dispatcher_and_is_counted():
    d = decide(CaseFacts(Status.ACCEPTED, unit="hb-xiaogan", dispatcher_unit="hb"), Action.RETURN,
               {"reason": "非本辖区"})
    assert d.changes["unit"] == "hb" and d.increments == ("return_count",)


def test_forward_to_the_same_unit_is_refused():
    with pytest.raises(InvalidTransition) as err:
        decide(CaseFacts(Status.DISPATCHED, unit="hb"), Action.FORWARD, {"unit": "hb"})
    assert err.value.code == "same_unit"


def test_extension_needs_a_pending_request():
    with pytest.raises(InvalidTransition) as err:
        decide(CaseFacts(Status.ACCEPTED, unit="hb"), Action.EXTEND_APPROVE, {})
    assert err.value.code == "no_extension_pending"
    with pytest.raises(InvalidTransition):
        decide(CaseFacts(Status.ACCEPTED, unit="hb", extension_pending=True), Action.EXTEND_REQUEST,
               {"until": "x", "reason": "y"})


@pytest.mark.parametrize("sat", [0, 6, True, "5"])
def test_satisfaction_must_be_one_to_five(sat):
    with pytest.raises(MissingField):
        decide(facts(C), Action.CALLBACK, {"satisfaction": sat})


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(sorted(EXPECTED)), max_size=40))
def test_random_action_sequences_stay_inside_the_table(actions):
    status = Status.NEW
    pending = False
    for name in actions:
        f = CaseFacts(status=status, unit="hb", dispatcher_unit="mot", extension_pending=pending)
        fields = dict(FIELDS, unit="hb-wuhan")
        expected = EXPECTED[name].get(status.value)
        try:
            d = decide(f, Action(name), fields)
        except InvalidTransition:
            # Refused: either the table forbids it, or the extension precondition does.
            assert expected is None or name.startswith("extend")
            continue
        assert expected is not None
        assert d.to_status.value == (status.value if expected == KEEP else expected)
        if "extension_pending" in d.changes:
            pending = d.changes["extension_pending"]
        status = d.to_status
