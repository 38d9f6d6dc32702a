"""Deadline clocks with an injected clock: defaults, states, emergency mode, extensions, versions."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from typing import Any

import pytest

from hotline.domain.deadlines import (
    CASE_TYPES,
    DEFAULT_POLICY_FILE,
    CaseFacts,
    DeadlineClock,
    EmergencyMode,
    Extension,
    NoPolicyInForce,
    PolicyError,
    PolicySet,
    category_matches,
    compute_clocks,
    is_under_emergency,
    load_default_policies,
    parse_policies,
    policies_to_dict,
    region_covers,
)
from hotline.domain.workdays import SHANGHAI, Duration, WorkCalendar

POLICIES = load_default_policies()


def at(y: int, m: int, d: int, hh: int = 0, mm: int = 0, ss: int = 0) -> dt.datetime:
    return dt.datetime(y, m, d, hh, mm, ss, tzinfo=SHANGHAI)


def case(**changes: Any) -> CaseFacts:
    base: dict[str, Any] = {
        "type": "complaint",
        "category": "road.other",
        "region_code": "420102",
        "received_at": at(2022, 4, 29, 9),
    }
    base.update(changes)
    return CaseFacts(**base)


def clocks_by_name(clocks: list[DeadlineClock]) -> dict[str, DeadlineClock]:
    return {c.name: c for c in clocks}


def emergency(**changes: Any) -> EmergencyMode:
    base: dict[str, Any] = {
        "id": "em-1",
        "region_code": "420000",
        "categories": ("*",),
        "reason": "疫情防控 保通保畅",
        "started_at": at(2022, 4, 1),
        "switched_on_by": "supervisor-1",
    }
    base.update(changes)
    return EmergencyMode(**base)


# --- every default clock ----------------------------------------------------------------------

# Anchors shared by every row: received Fri 2022-04-29 09:00, dispatched 09:20, closed 17:00 — just
# before the May Day holiday (04-30 … 05-04 off, Saturday 05-07 a working day).
ANCHORS = {
    "received_at": at(2022, 4, 29, 9),
    "dispatched_at": at(2022, 4, 29, 9, 20),
    "closed_at": at(2022, 4, 29, 17),
}
ALL_ON = emergency(categories=("*",))  # on since 04-01 over all of 湖北省

DEFAULT_ROWS: list[tuple[str, dict[str, Any], bool, dict[str, tuple[dt.datetime, str]]]] = [
    (
        "ordinary complaint",
        {},
        False,
        {
            "dispatch": (at(2022, 4, 29, 11), "default"),  # 2 h
            "accept": (at(2022, 5, 5, 9, 20), "default"),  # 1 wd
            "feedback": (at(2022, 5, 6, 9, 20), "default"),  # 2 wd
            "reply": (at(2022, 5, 10, 9, 20), "default"),  # 5 wd: 05-05, 06, 07, 09, 10
            "callback": (at(2022, 5, 6, 17), "default"),  # 2 wd after closing
        },
    ),
    (
        "urgent help",
        {"type": "help", "urgent": True},
        False,
        {
            "dispatch": (at(2022, 4, 29, 9, 10), "urgent"),
            "accept": (at(2022, 4, 29, 9, 35), "urgent"),
            "feedback": (at(2022, 4, 29, 11, 20), "urgent"),
            "reply": (at(2022, 5, 10, 9, 20), "default"),
            "callback": (at(2022, 5, 6, 17), "default"),
        },
    ),
    (
        "turn-back report",
        {"type": "report", "category": "control.turnback"},
        False,
        {
            "dispatch": (at(2022, 4, 29, 9, 10), "turnback"),
            "accept": (at(2022, 4, 29, 9, 35), "turnback"),
            "feedback": (at(2022, 4, 29, 11, 20), "turnback"),
            "reply": (at(2022, 5, 10, 9, 20), "default"),
            "callback": (at(2022, 5, 6, 17), "default"),
        },
    ),
    (
        "层层加码 report",
        {"type": "report", "category": "control.escalation"},
        False,
        {
            "dispatch": (at(2022, 4, 29, 9, 10), "escalation"),
            "accept": (at(2022, 4, 29, 9, 35), "escalation"),
            "feedback": (at(2022, 4, 29, 11, 20), "escalation"),
            "reply": (at(2022, 5, 10, 9, 20), "default"),
            "callback": (at(2022, 5, 6, 17), "default"),
        },
    ),
    (
        "emergency, ordinary complaint",
        {},
        True,
        {
            "dispatch": (at(2022, 4, 29, 9, 30), "emergency"),
            "accept": (at(2022, 4, 29, 10, 20), "emergency"),
            "feedback": (at(2022, 4, 29, 13, 20), "emergency"),
            "reply": (at(2022, 5, 6, 9, 20), "emergency"),  # 2 wd
            "callback": (at(2022, 5, 5, 17), "emergency"),  # 1 wd
        },
    ),
    (
        "emergency, traffic control",
        {"category": "control.checkpoint"},
        True,
        {
            "dispatch": (at(2022, 4, 29, 9, 10), "emergency-control"),
            "accept": (at(2022, 4, 29, 9, 35), "emergency-control"),
            "feedback": (at(2022, 4, 29, 11, 20), "emergency-control"),
            "reply": (at(2022, 5, 5, 9, 20), "emergency-control"),  # 1 wd
            "callback": (at(2022, 5, 5, 17), "emergency"),
        },
    ),
    (
        "emergency, turn-back",
        {"type": "report", "category": "control.turnback"},
        True,
        {
            "dispatch": (at(2022, 4, 29, 9, 5), "emergency-turnback"),
            "accept": (at(2022, 4, 29, 9, 30), "emergency-turnback"),
            "feedback": (at(2022, 4, 29, 10, 20), "emergency-turnback"),
            "reply": (at(2022, 4, 29, 11, 20), "emergency-turnback"),  # fixed within 2 h
            "callback": (at(2022, 5, 5, 17), "emergency"),
        },
    ),
    (
        "emergency, 层层加码",
        {"type": "report", "category": "control.escalation"},
        True,
        {
            "dispatch": (at(2022, 4, 29, 9, 5), "emergency-escalation"),
            "accept": (at(2022, 4, 29, 9, 30), "emergency-escalation"),
            "feedback": (at(2022, 4, 29, 10, 20), "emergency-escalation"),
            "reply": (at(2022, 4, 29, 11, 20), "emergency-escalation"),
            "callback": (at(2022, 5, 5, 17), "emergency"),
        },
    ),
    (
        "emergency, urgent help",
        {"type": "help", "urgent": True},
        True,
        {
            "dispatch": (at(2022, 4, 29, 9, 5), "emergency-urgent"),
            "accept": (at(2022, 4, 29, 9, 30), "emergency-urgent"),
            "feedback": (at(2022, 4, 29, 10, 20), "emergency-urgent"),
            "reply": (at(2022, 5, 6, 9, 20), "emergency"),
            "callback": (at(2022, 5, 5, 17), "emergency"),
        },
    ),
]


@pytest.mark.parametrize(
    ("label", "changes", "in_emergency", "expected"), DEFAULT_ROWS, ids=[r[0] for r in DEFAULT_ROWS]
)
def test_every_default_clock(
    label: str, changes: dict[str, Any], in_emergency: bool, expected: dict[str, tuple[dt.datetime, str]]
) -> None:
    facts = case(**{**ANCHORS, **changes})
    clocks = compute_clocks(facts, POLICIES, at(2022, 6, 1), emergencies=[ALL_ON] if in_emergency else [])
    got = {c.name: (c.due_at, c.rule_id) for c in clocks}
    assert got == expected
    assert all(c.policy_version == "2022.1" for c in clocks)
    assert all((c.emergency_id == "em-1") == in_emergency for c in clocks)


def test_default_policy_file_round_trips() -> None:
    data = json.loads(DEFAULT_POLICY_FILE.read_text(encoding="utf-8"))
    assert parse_policies(policies_to_dict(parse_policies(data))) == POLICIES


# --- states -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("now", "state"),
    [
        (at(2022, 4, 29, 9), "ok"),
        (at(2022, 4, 29, 10, 29, 59), "ok"),
        (at(2022, 4, 29, 10, 30), "warning"),  # 75 % of 2 h
        (at(2022, 4, 29, 10, 59, 59), "warning"),
        (at(2022, 4, 29, 11), "overdue"),
        (at(2022, 5, 20), "overdue"),
    ],
)
def test_dispatch_clock_states_while_running(now: dt.datetime, state: str) -> None:
    (clock,) = compute_clocks(case(), POLICIES, now)
    assert clock.name == "dispatch"
    assert clock.warning_at == at(2022, 4, 29, 10, 30)
    assert clock.due_at == at(2022, 4, 29, 11)
    assert clock.state == state
    assert clock.stopped_at is None
    assert clock.remaining(now) == at(2022, 4, 29, 11) - now


@pytest.mark.parametrize(
    ("dispatched_at", "state"),
    [(at(2022, 4, 29, 10, 59), "met"), (at(2022, 4, 29, 11), "met"), (at(2022, 4, 29, 11, 0, 1), "met_late")],
)
def test_dispatch_clock_met_or_met_late(dispatched_at: dt.datetime, state: str) -> None:
    clock = clocks_by_name(compute_clocks(case(dispatched_at=dispatched_at), POLICIES, at(2022, 5, 1)))["dispatch"]
    assert (clock.state, clock.stopped_at) == (state, dispatched_at)


def test_working_day_warning_counts_working_time_only() -> None:
    # feedback: 2 wd from Fri 04-29 15:00 → due Fri 05-06 15:00; 75 % of 48 h of working time is 36 h:
    # 9 h left on 04-29, 24 h on 05-05, 3 h on 05-06 → warning at 05-06 03:00, not during the holiday
    facts = case(received_at=at(2022, 4, 29, 14), dispatched_at=at(2022, 4, 29, 15))
    for now, state in [
        (at(2022, 5, 4, 23, 59), "ok"),
        (at(2022, 5, 6, 2, 59), "ok"),
        (at(2022, 5, 6, 3), "warning"),
        (at(2022, 5, 6, 15), "overdue"),
    ]:
        feedback = clocks_by_name(compute_clocks(facts, POLICIES, now))["feedback"]
        assert feedback.due_at == at(2022, 5, 6, 15)
        assert feedback.warning_at == at(2022, 5, 6, 3)
        assert feedback.state == state, now


def test_clocks_not_started_are_left_out_and_future_events_ignored() -> None:
    facts = case(
        dispatched_at=at(2022, 4, 29, 9, 30),
        accepted_at=at(2022, 4, 29, 10),
        replied_at=at(2022, 5, 5, 10),
        closed_at=at(2022, 5, 5, 11),
        callback_at=at(2022, 5, 6, 9),
    )
    assert [c.name for c in compute_clocks(facts, POLICIES, at(2022, 4, 29, 9, 10))] == ["dispatch"]
    # replayed at 04-29 12:00: accepted, not yet replied — the later events do not count yet
    clocks = clocks_by_name(compute_clocks(facts, POLICIES, at(2022, 4, 29, 12)))
    assert list(clocks) == ["dispatch", "accept", "feedback", "reply"]
    assert clocks["accept"].state == "met"
    assert clocks["feedback"].state == "ok" and clocks["reply"].state == "ok"
    # at the end everything is met, the reply also counting as first feedback
    clocks = clocks_by_name(compute_clocks(facts, POLICIES, at(2022, 6, 1)))
    assert {n: c.state for n, c in clocks.items()} == dict.fromkeys(
        ["dispatch", "accept", "feedback", "reply", "callback"], "met"
    )
    assert clocks["feedback"].stopped_at == at(2022, 5, 5, 10)
    assert clocks["callback"].due_at == at(2022, 5, 7, 11)  # 2 wd after closing: 05-06, 05-07


def test_case_closed_at_intake_stops_dispatch_and_starts_callback() -> None:
    facts = case(type="consult", closed_at=at(2022, 4, 29, 9, 5))
    clocks = clocks_by_name(compute_clocks(facts, POLICIES, at(2022, 5, 5, 12)))
    assert list(clocks) == ["dispatch", "callback"]
    assert clocks["dispatch"].state == "met"
    assert clocks["callback"].due_at == at(2022, 5, 6, 9, 5)
    # 36 of the 48 working hours are gone at 05-05 21:05: 14 h 55 min on 04-29, 21 h 05 min on 05-05
    assert clocks["callback"].warning_at == at(2022, 5, 5, 21, 5)
    assert clocks["callback"].state == "ok"
    later = clocks_by_name(compute_clocks(facts, POLICIES, at(2022, 5, 5, 21, 5)))
    assert later["callback"].state == "warning"


def test_override_table_moves_working_day_clocks() -> None:
    facts = case(dispatched_at=at(2022, 4, 29, 9, 20))
    plain = clocks_by_name(compute_clocks(facts, POLICIES, at(2022, 5, 1)))
    shifted = clocks_by_name(compute_clocks(facts, POLICIES, at(2022, 5, 1), {dt.date(2022, 5, 5): False}))
    assert plain["feedback"].due_at == at(2022, 5, 6, 9, 20)
    assert shifted["feedback"].due_at == at(2022, 5, 7, 9, 20)
    assert shifted["dispatch"].due_at == plain["dispatch"].due_at  # calendar hours do not move
    calendar = WorkCalendar({dt.date(2022, 5, 5): False})
    assert compute_clocks(facts, POLICIES, at(2022, 5, 1), calendar) == list(shifted.values())


def test_fallback_beyond_2026() -> None:
    # Friday 2027-01-01 is not in chinesecalendar's data: weekdays count as working days
    facts = case(received_at=at(2027, 1, 1, 8), dispatched_at=at(2027, 1, 1, 9))
    feedback = clocks_by_name(compute_clocks(facts, POLICIES, at(2027, 1, 1, 10)))["feedback"]
    assert feedback.due_at == at(2027, 1, 5, 9)  # Mon 01-04, Tue 01-05
    # once the holiday is known, the override table carries it
    overrides = {dt.date(2027, 1, 1): False}
    feedback = clocks_by_name(compute_clocks(facts, POLICIES, at(2027, 1, 1, 10), overrides))["feedback"]
    assert feedback.due_at == at(2027, 1, 6)  # counted from Mon 00:00: end of Tue 01-05


def test_naive_now_is_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        compute_clocks(case(), POLICIES, dt.datetime(2022, 5, 1))


# --- emergency mode ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("scope", "region", "covered"),
    [
        ("420000", "420102", True),  # province covers a district of 武汉
        ("420000", "429004", True),  # and a county-level city directly under the province
        ("420000", "420000", True),
        ("420000", "430102", False),
        ("420100", "420102", True),
        ("420100", "420202", False),
        ("420102", "420102", True),
        ("420102", "420103", False),
        ("000000", "650102", True),
    ],
)
def test_region_covers(scope: str, region: str, covered: bool) -> None:
    assert region_covers(scope, region) is covered


@pytest.mark.parametrize(
    ("pattern", "category", "matched"),
    [
        ("*", "anything", True),
        ("control.*", "control.turnback", True),
        ("control.*", "control", True),
        ("control.*", "controls.turnback", False),
        ("control.turnback", "control.turnback", True),
        ("control.turnback", "control.turnback.local", False),
        ("control.turnback.*", "control.turnback.local", True),
    ],
)
def test_category_patterns(pattern: str, category: str, matched: bool) -> None:
    assert category_matches(pattern, category) is matched


def test_is_under_emergency_by_region_category_and_time() -> None:
    modes = [
        emergency(categories=("control.*",), started_at=at(2022, 4, 10, 8), until=at(2022, 5, 10, 8)),
    ]
    assert is_under_emergency(modes, "420102", "control.turnback", at(2022, 4, 10, 8))
    assert is_under_emergency(modes, "421000", "control.escalation", at(2022, 5, 10, 7, 59))
    assert not is_under_emergency(modes, "420102", "control.turnback", at(2022, 4, 10, 7, 59))
    assert not is_under_emergency(modes, "420102", "control.turnback", at(2022, 5, 10, 8))  # until is exclusive
    assert not is_under_emergency(modes, "430102", "control.turnback", at(2022, 4, 20))
    assert not is_under_emergency(modes, "420102", "road.other", at(2022, 4, 20))
    assert not is_under_emergency([], "420102", "control.turnback", at(2022, 4, 20))


def test_emergency_mode_validation() -> None:
    with pytest.raises(ValueError, match="reason"):
        emergency(reason=" ")
    with pytest.raises(ValueError, match="end after"):
        emergency(until=at(2022, 4, 1))
    with pytest.raises(ValueError, match="six"):
        emergency(region_code="42")
    with pytest.raises(PolicyError):
        emergency(categories=("control*",))


# A traffic-control complaint in 武汉: received Thu 2022-05-05 09:00, dispatched 09:30.
MID = case(category="control.checkpoint", received_at=at(2022, 5, 5, 9), dispatched_at=at(2022, 5, 5, 9, 30))
ON_AT_10 = emergency(id="em-hubei", categories=("control.*",), started_at=at(2022, 5, 5, 10))


def test_emergency_switched_on_mid_case_tightens_from_the_switch_on() -> None:
    before = clocks_by_name(compute_clocks(MID, POLICIES, at(2022, 5, 5, 9, 59), emergencies=[ON_AT_10]))
    assert before["accept"].due_at == at(2022, 5, 6, 9, 30)  # not yet known at 09:59
    assert before["feedback"].due_at == at(2022, 5, 7, 9, 30)  # make-up Saturday counts

    clocks = clocks_by_name(compute_clocks(MID, POLICIES, at(2022, 5, 5, 10, 5), emergencies=[ON_AT_10]))
    accept = clocks["accept"]
    # 15 min from the switch-on at 10:00 — not from dispatch at 09:30, which would be retroactive
    assert (accept.due_at, accept.counted_from, accept.emergency_id) == (
        at(2022, 5, 5, 10, 15),
        at(2022, 5, 5, 10),
        "em-hubei",
    )
    assert accept.started_at == at(2022, 5, 5, 9, 30)
    assert accept.warning_at == at(2022, 5, 5, 10, 11, 15)
    assert accept.rule_id == "emergency-control" and accept.allowed == Duration.minutes(15)
    assert clocks["feedback"].due_at == at(2022, 5, 5, 12)
    assert clocks["reply"].due_at == at(2022, 5, 6, 10)  # 1 wd from 10:00
    # the dispatch clock had stopped at 09:30, before the switch-on: untouched
    assert (clocks["dispatch"].due_at, clocks["dispatch"].emergency_id) == (at(2022, 5, 5, 11), None)

    states = [
        clocks_by_name(compute_clocks(MID, POLICIES, now, emergencies=[ON_AT_10]))["accept"].state
        for now in (at(2022, 5, 5, 10, 11), at(2022, 5, 5, 10, 12), at(2022, 5, 5, 10, 15))
    ]
    assert states == ["ok", "warning", "overdue"]


def test_emergency_switched_off_keeps_missed_deadlines_and_reverts_the_rest() -> None:
    off_at_11 = dataclasses.replace(ON_AT_10, until=at(2022, 5, 5, 11))
    clocks = clocks_by_name(compute_clocks(MID, POLICIES, at(2022, 5, 5, 11, 30), emergencies=[off_at_11]))
    # accept fell due at 10:15 while the mode was on: it stays due then, and is overdue
    assert (clocks["accept"].due_at, clocks["accept"].state) == (at(2022, 5, 5, 10, 15), "overdue")
    # feedback (12:00) and reply would have fallen after the switch-off: back to the normal rule
    assert (clocks["feedback"].due_at, clocks["feedback"].emergency_id) == (at(2022, 5, 7, 9, 30), None)
    assert clocks["feedback"].rule_id == "default"
    assert clocks["reply"].due_at == at(2022, 5, 11, 9, 30)
    # acceptance at 11:20 is judged against the emergency deadline
    accepted = dataclasses.replace(MID, accepted_at=at(2022, 5, 5, 11, 20))
    accept = clocks_by_name(compute_clocks(accepted, POLICIES, at(2022, 5, 5, 12), emergencies=[off_at_11]))["accept"]
    assert accept.state == "met_late"


def test_emergency_with_a_planned_end_before_the_tight_deadline_does_not_apply() -> None:
    short = dataclasses.replace(ON_AT_10, until=at(2022, 5, 5, 10, 10))
    accept = clocks_by_name(compute_clocks(MID, POLICIES, at(2022, 5, 5, 10, 5), emergencies=[short]))["accept"]
    assert (accept.due_at, accept.emergency_id) == (at(2022, 5, 6, 9, 30), None)


def test_emergency_switched_on_again_counts_from_the_second_switch_on() -> None:
    first = dataclasses.replace(ON_AT_10, id="em-a", until=at(2022, 5, 5, 10, 5))
    second = dataclasses.replace(ON_AT_10, id="em-b", started_at=at(2022, 5, 5, 10, 30))
    accept = clocks_by_name(compute_clocks(MID, POLICIES, at(2022, 5, 5, 10, 40), emergencies=[first, second]))[
        "accept"
    ]
    assert (accept.due_at, accept.emergency_id) == (at(2022, 5, 5, 10, 45), "em-b")


def test_emergency_applies_only_to_covered_cases() -> None:
    elsewhere = dataclasses.replace(ON_AT_10, region_code="430000")
    other_category = dataclasses.replace(ON_AT_10, categories=("road.*",))
    for mode in (elsewhere, other_category):
        accept = clocks_by_name(compute_clocks(MID, POLICIES, at(2022, 5, 5, 10, 5), emergencies=[mode]))["accept"]
        assert accept.due_at == at(2022, 5, 6, 9, 30)


def test_case_received_during_emergency_counts_from_intake() -> None:
    facts = case(category="control.checkpoint", received_at=at(2022, 5, 5, 10, 20))
    dispatch = compute_clocks(facts, POLICIES, at(2022, 5, 5, 10, 25), emergencies=[ON_AT_10])[0]
    assert (dispatch.due_at, dispatch.state) == (at(2022, 5, 5, 10, 30), "ok")


def test_emergency_never_loosens_a_clock() -> None:
    loose = parse_policies(
        {
            "versions": [
                {
                    "version": "t",
                    "effective_from": "2020-01-01",
                    "rules": [
                        {"id": "default", "clocks": {"dispatch": "2h"}},
                        {"id": "loose", "emergency": True, "clocks": {"dispatch": "1d"}},
                    ],
                }
            ]
        }
    )
    dispatch = compute_clocks(case(), loose, at(2022, 4, 29, 9, 30), emergencies=[ALL_ON])[0]
    assert (dispatch.due_at, dispatch.rule_id, dispatch.emergency_id) == (at(2022, 4, 29, 11), "default", None)


# --- extensions -------------------------------------------------------------------------------

REPLYING = case(dispatched_at=at(2022, 4, 29, 9, 20))  # reply due Tue 2022-05-10 09:20


def reply_clock(facts: CaseFacts, now: dt.datetime, **kwargs: Any) -> DeadlineClock:
    return clocks_by_name(compute_clocks(facts, POLICIES, now, **kwargs))["reply"]


def test_only_approved_extensions_move_the_clock() -> None:
    requested = Extension("reply", Duration.working_days(3), "需协调省外单位")
    denied = Extension("reply", Duration.working_days(3), "需协调省外单位", "denied", at(2022, 5, 6))
    approved = Extension("reply", Duration.working_days(3), "需协调省外单位", "approved", at(2022, 5, 6))
    for ext, due in [
        (requested, at(2022, 5, 10, 9, 20)),
        (denied, at(2022, 5, 10, 9, 20)),
        (approved, at(2022, 5, 13, 9, 20)),
    ]:
        clock = reply_clock(dataclasses.replace(REPLYING, extensions=(ext,)), at(2022, 5, 11))
        assert clock.due_at == due, ext.status
    extended = reply_clock(dataclasses.replace(REPLYING, extensions=(approved,)), at(2022, 5, 11))
    assert extended.extensions == (Duration.working_days(3),)
    assert extended.state == "ok"  # overdue without the extension
    assert reply_clock(REPLYING, at(2022, 5, 11)).state == "overdue"


def test_extension_counts_only_once_decided() -> None:
    approved = Extension("reply", Duration.working_days(3), "reason", "approved", at(2022, 5, 9, 12))
    facts = dataclasses.replace(REPLYING, extensions=(approved,))
    assert reply_clock(facts, at(2022, 5, 9, 11)).due_at == at(2022, 5, 10, 9, 20)
    assert reply_clock(facts, at(2022, 5, 9, 12)).due_at == at(2022, 5, 13, 9, 20)


def test_extensions_add_up_in_decision_order_and_only_on_their_clock() -> None:
    facts = dataclasses.replace(
        REPLYING,
        extensions=(
            Extension("reply", Duration.hours(12), "b", "approved", at(2022, 5, 9, 10)),
            Extension("reply", Duration.working_days(1), "a", "approved", at(2022, 5, 8, 10)),
            Extension("feedback", Duration.working_days(1), "c", "approved", at(2022, 5, 5, 10)),
        ),
    )
    clock = reply_clock(facts, at(2022, 5, 10))
    # 05-10 09:20 + 1 wd → 05-11 09:20, + 12 h → 05-11 21:20
    assert clock.due_at == at(2022, 5, 11, 21, 20)
    assert clock.extensions == (Duration.working_days(1), Duration.hours(12))
    feedback = clocks_by_name(compute_clocks(facts, POLICIES, at(2022, 5, 10)))["feedback"]
    assert feedback.due_at == at(2022, 5, 7, 9, 20)


def test_extension_order_matters_across_a_weekend() -> None:
    # feedback: dispatched Wed 2022-05-11 15:00 → due Fri 05-13 15:00
    twelve_hours = Extension("feedback", Duration.hours(12), "first", "approved", at(2022, 5, 12, 9))
    one_day = Extension("feedback", Duration.working_days(1), "second", "approved", at(2022, 5, 13, 8))
    facts = case(received_at=at(2022, 5, 11, 14), dispatched_at=at(2022, 5, 11, 15), extensions=(one_day, twelve_hours))
    feedback = clocks_by_name(compute_clocks(facts, POLICIES, at(2022, 5, 13, 9)))["feedback"]
    # +12 h → Sat 03:00 (a day off), +1 wd → counted from Mon 00:00 → end of Monday
    assert feedback.due_at == at(2022, 5, 17)
    # in the other order it would be Mon 15:00 + 12 h = Tue 03:00
    assert feedback.due_at != at(2022, 5, 17, 3)


def test_late_approved_extension_turns_met_late_into_met() -> None:
    replied = dataclasses.replace(REPLYING, replied_at=at(2022, 5, 11, 9))
    assert reply_clock(replied, at(2022, 5, 12)).state == "met_late"
    approved = Extension("reply", Duration.working_days(2), "reason", "approved", at(2022, 5, 10, 9))
    assert reply_clock(dataclasses.replace(replied, extensions=(approved,)), at(2022, 5, 12)).state == "met"


def test_extension_moves_an_emergency_deadline() -> None:
    ext = Extension("accept", Duration.minutes(30), "值班人员在途", "approved", at(2022, 5, 5, 10, 10))
    facts = dataclasses.replace(MID, extensions=(ext,))
    accept = clocks_by_name(compute_clocks(facts, POLICIES, at(2022, 5, 5, 10, 20), emergencies=[ON_AT_10]))["accept"]
    assert (accept.due_at, accept.state) == (at(2022, 5, 5, 10, 45), "ok")
    assert accept.warning_at == at(2022, 5, 5, 10, 33, 45)  # 75 % of 10:00 → 10:45


def test_extension_validation() -> None:
    with pytest.raises(ValueError, match="decided_at"):
        Extension("reply", Duration.hours(1), "r", "approved")
    with pytest.raises(ValueError, match="clock"):
        Extension("answer", Duration.hours(1), "r")  # type: ignore[arg-type]


# --- policy data ------------------------------------------------------------------------------


def two_versions() -> PolicySet:
    rules_2022 = [{"id": "default", "clocks": {"dispatch": "2h", "reply": "5wd"}}]
    rules_2023 = [{"id": "default", "clocks": {"dispatch": "1h", "reply": "3wd"}}]
    return parse_policies(
        {
            "versions": [
                {"version": "v2023", "effective_from": "2023-01-01", "rules": rules_2023},
                {"version": "v2022", "effective_from": "2022-01-01", "rules": rules_2022},
            ]
        }
    )


def test_case_follows_the_version_in_force_when_it_was_received() -> None:
    policies = two_versions()
    old = case(received_at=at(2022, 12, 31, 23, 30))
    new = case(received_at=at(2023, 1, 1, 0, 0))
    (old_clock,) = compute_clocks(old, policies, at(2023, 1, 2))
    (new_clock,) = compute_clocks(new, policies, at(2023, 1, 2))
    assert (old_clock.policy_version, old_clock.due_at) == ("v2022", at(2023, 1, 1, 1, 30))
    assert (new_clock.policy_version, new_clock.due_at) == ("v2023", at(2023, 1, 1, 1))
    # the version boundary is midnight in Shanghai, not UTC
    assert policies.in_force(dt.datetime(2022, 12, 31, 16, tzinfo=dt.UTC)).version == "v2023"
    with pytest.raises(NoPolicyInForce):
        policies.in_force(at(2021, 12, 31, 23, 59))


def test_most_specific_rule_wins_per_clock_and_null_switches_a_clock_off() -> None:
    policies = parse_policies(
        {
            "versions": [
                {
                    "version": "t",
                    "effective_from": "2020-01-01",
                    "rules": [
                        {"id": "all", "clocks": {"dispatch": "2h", "reply": "5wd", "callback": "2wd"}},
                        {"id": "control", "category": "control.*", "clocks": {"dispatch": "1h"}},
                        {"id": "turnback", "category": "control.turnback", "clocks": {"dispatch": "30min"}},
                        {
                            "id": "report-turnback",
                            "type": "report",
                            "category": "control.turnback",
                            "clocks": {"dispatch": "20min"},
                        },
                        {"id": "urgent", "urgent": True, "clocks": {"dispatch": "10min"}},
                        {"id": "praise", "type": "praise", "clocks": {"callback": None}},
                    ],
                }
            ]
        }
    )

    def dispatch_rule(**changes: Any) -> tuple[str, dt.datetime]:
        clock = compute_clocks(case(**changes), policies, at(2022, 4, 29, 9))[0]
        return clock.rule_id, clock.due_at

    assert dispatch_rule() == ("all", at(2022, 4, 29, 11))
    assert dispatch_rule(category="control.checkpoint") == ("control", at(2022, 4, 29, 10))
    assert dispatch_rule(category="control.turnback") == ("turnback", at(2022, 4, 29, 9, 30))
    assert dispatch_rule(type="report", category="control.turnback") == ("report-turnback", at(2022, 4, 29, 9, 20))
    assert dispatch_rule(type="report", category="control.turnback", urgent=True) == ("urgent", at(2022, 4, 29, 9, 10))
    closed = {"closed_at": at(2022, 4, 29, 10)}
    assert [c.name for c in compute_clocks(case(**closed), policies, at(2022, 4, 30))] == ["dispatch", "callback"]
    assert [c.name for c in compute_clocks(case(type="praise", **closed), policies, at(2022, 4, 30))] == ["dispatch"]


@pytest.mark.parametrize(
    ("rules", "message"),
    [
        ([{"id": "a", "clocks": {"dispatch": "2 hours"}}], "bad duration"),
        ([{"id": "a", "clocks": {"answer": "2h"}}], "unknown clock"),
        ([{"id": "a", "type": "halp", "clocks": {"dispatch": "2h"}}], "unknown case type"),
        ([{"id": "a", "category": "control*", "clocks": {"dispatch": "2h"}}], "category pattern"),
        ([{"id": "a", "urgent": "yes", "clocks": {"dispatch": "2h"}}], "urgent"),
        ([{"id": "a", "clocks": {}}], "clocks"),
        ([{"id": "a", "clock": {"dispatch": "2h"}}], "unknown keys"),
        ([{"id": "a", "clocks": {"dispatch": "2h"}}, {"id": "b", "clocks": {"reply": "5wd"}}], "same cases"),
        (
            [{"id": "a", "clocks": {"dispatch": "2h"}}, {"id": "a", "urgent": True, "clocks": {"reply": "5wd"}}],
            "unique",
        ),
    ],
)
def test_bad_policy_data_is_refused_with_a_reason(rules: list[dict[str, Any]], message: str) -> None:
    with pytest.raises(PolicyError, match=message):
        parse_policies({"versions": [{"version": "t", "effective_from": "2020-01-01", "rules": rules}]})


def test_policy_versions_need_distinct_dates() -> None:
    rules = [{"id": "a", "clocks": {"dispatch": "2h"}}]
    with pytest.raises(PolicyError, match="same date"):
        parse_policies(
            {
                "versions": [
                    {"version": "x", "effective_from": "2020-01-01", "rules": rules},
                    {"version": "y", "effective_from": "2020-01-01", "rules": rules},
                ]
            }
        )


def test_default_policies_name_real_case_types_and_categories() -> None:
    from hotline.domain.taxonomy import DEFAULT_TAXONOMY_FILE, Taxonomy

    taxonomy = Taxonomy.from_file(DEFAULT_TAXONOMY_FILE)
    assert CASE_TYPES == set(taxonomy.types)
    for version in POLICIES.versions:
        for rule in version.rules:
            assert rule.type is None or rule.type in taxonomy.types, rule.id
            assert any(category_matches(rule.category, c) for c in taxonomy.categories), rule.id
