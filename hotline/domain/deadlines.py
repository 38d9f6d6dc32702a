"""Deadline clocks (时限) of a case: policies as data, emergency mode, extensions.

Pure domain: no database, no web, no system clock. ``now`` is always passed in. The rules are
written out in docs/deadlines.md; the short version:

* Five clocks. Each starts at an anchor event and stops at the first of its stop events:

  ========  ====================  =====================================================
  clock     starts at             stops at the first of
  ========  ====================  =====================================================
  dispatch  received_at (intake)  dispatched_at, closed_at
  accept    dispatched_at         accepted_at, first_feedback_at, replied_at, closed_at
  feedback  dispatched_at         first_feedback_at, replied_at, closed_at
  reply     dispatched_at         replied_at, closed_at
  callback  closed_at             callback_at
  ========  ====================  =====================================================

  Feedback and reply count from dispatch, not from acceptance, so a unit cannot buy time by
  accepting late (the accept clock presses acceptance on its own). Events later than ``now`` are
  ignored, so a clock can be replayed at any past instant.

* Policies: a ``PolicySet`` of versions, each effective from a date (Asia/Shanghai); a case follows
  the version in force on the day it was received, for its whole life. Within a version, for each
  clock separately, the most specific matching rule that mentions the clock wins. Specificity is
  compared in this order: emergency constrained, urgent constrained, category pattern
  (more literal segments, then exact over wildcard), type constrained. A rule may set a clock to
  ``None`` (JSON null): such cases have no such clock.

* Emergency mode (应急状态): an ``EmergencyMode`` covers a region subtree (GB/T 2260 prefix
  semantics) and category patterns from ``started_at`` until ``until`` (None: until switched off).
  For a clock of a covered case that is running at some moment while the mode is on, the emergency
  rule gives a second due time counted from ``max(clock start, switch-on)`` — never retroactively
  from before the switch-on. The clock is due at the earlier of the normal and emergency due times,
  except that an emergency due time later than the switch-off no longer applies (the clock reverts
  to its normal due time): a deadline that fell while the mode was on stays, one that would fall
  after it has ended does not.

* Extensions (延期): only approved ones, decided at or before ``now``, move a clock; each adds its
  duration to the current due time, in the order they were decided.

* State: ``met`` / ``met_late`` once stopped (met when stopped at or before due); otherwise
  ``overdue`` from due on, ``warning`` once 75 % of the allowed time has elapsed, else ``ok``. The
  allowed time is measured in the clock's own unit: working time for working-day clocks (a weekend
  does not use up a 2-working-day allowance), calendar time otherwise.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any, Literal, get_args

from hotline.domain.workdays import SHANGHAI, Duration, WorkCalendar, to_shanghai

ClockName = Literal["dispatch", "accept", "feedback", "reply", "callback"]
CLOCK_NAMES: tuple[ClockName, ...] = get_args(ClockName)
ClockState = Literal["ok", "warning", "overdue", "met", "met_late"]
ExtensionStatus = Literal["requested", "approved", "denied"]
CASE_TYPES: frozenset[str] = frozenset({"consult", "complaint", "report", "suggestion", "help", "praise"})
NATIONAL_REGION = "000000"
# Warning once this share of the allowed time has elapsed (3/4 kept as a ratio so results are exact).
WARNING_NUMERATOR, WARNING_DENOMINATOR = 3, 4

DEFAULT_POLICY_FILE = Path(__file__).resolve().parent.parent / "data" / "deadline_policies.json"

_FactField = Literal[
    "received_at", "dispatched_at", "accepted_at", "first_feedback_at", "replied_at", "closed_at", "callback_at"
]
_ANCHOR: dict[ClockName, _FactField] = {
    "dispatch": "received_at",
    "accept": "dispatched_at",
    "feedback": "dispatched_at",
    "reply": "dispatched_at",
    "callback": "closed_at",
}
_STOPS: dict[ClockName, tuple[_FactField, ...]] = {
    "dispatch": ("dispatched_at", "closed_at"),
    "accept": ("accepted_at", "first_feedback_at", "replied_at", "closed_at"),
    "feedback": ("first_feedback_at", "replied_at", "closed_at"),
    "reply": ("replied_at", "closed_at"),
    "callback": ("callback_at",),
}


class PolicyError(ValueError):
    """The deadline policy data is not valid; the message says which entry and why."""

    code = "deadline_policy_invalid"


class NoPolicyInForce(LookupError):
    """No policy version was in force at the given time."""

    code = "deadline_policy_missing"


# --- categories and regions -------------------------------------------------------------------


def _check_category_pattern(pattern: str) -> None:
    if not isinstance(pattern, str) or not pattern:
        raise PolicyError(f"category pattern must be a non-empty string, got {pattern!r}")
    if pattern == "*":
        return
    segments = pattern.split(".")
    literal = segments[:-1] if segments[-1] == "*" else segments
    if not literal or any(not s or "*" in s for s in literal):
        raise PolicyError(
            f"bad category pattern {pattern!r}: use '*', an exact category like 'control.turnback', "
            "or a prefix ending in '.*' like 'control.*'"
        )


def category_matches(pattern: str, category: str) -> bool:
    """``*`` matches all; ``control.*`` matches ``control`` and everything below it; else exact."""
    if pattern == "*":
        return True
    if pattern.endswith(".*"):
        prefix = pattern[:-2]
        return category == prefix or category.startswith(prefix + ".")
    return category == pattern


def category_specificity(pattern: str) -> tuple[int, bool]:
    """(literal segments, exact): ``*`` < ``control.*`` < ``control.turnback.*`` < ``control.turnback``."""
    if pattern == "*":
        return (0, False)
    if pattern.endswith(".*"):
        return (len(pattern[:-2].split(".")), False)
    return (len(pattern.split(".")), True)


def _check_region_code(code: str) -> None:
    if not isinstance(code, str) or len(code) != 6 or not code.isdigit():
        raise ValueError(f"region code must be six GB/T 2260 digits, got {code!r}")


def region_covers(scope: str, region: str) -> bool:
    """Whether region code ``scope`` covers ``region`` (GB/T 2260 prefix semantics).

    ``000000`` covers the whole country, ``420000`` (a province) covers ``42xxxx``, ``420100`` (a
    city) covers ``4201xx``, any other code covers only itself.
    """
    _check_region_code(scope)
    _check_region_code(region)
    if scope == NATIONAL_REGION:
        return True
    if scope.endswith("0000"):
        return region.startswith(scope[:2])
    if scope.endswith("00"):
        return region.startswith(scope[:4])
    return region == scope


# --- policies ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class PolicyRule:
    """Clocks for the cases a selector matches; a None selector field matches anything."""

    id: str
    clocks: Mapping[ClockName, Duration | None]
    type: str | None = None
    category: str = "*"
    urgent: bool | None = None
    emergency: bool | None = None
    note: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            raise PolicyError("every policy rule needs an id")
        if self.type is not None and self.type not in CASE_TYPES:
            raise PolicyError(f"rule {self.id}: unknown case type {self.type!r}; one of {sorted(CASE_TYPES)}")
        _check_category_pattern(self.category)
        for name, value in self.clocks.items():
            if name not in CLOCK_NAMES:
                raise PolicyError(f"rule {self.id}: unknown clock {name!r}; one of {', '.join(CLOCK_NAMES)}")
            if value is not None and not isinstance(value, Duration):
                raise PolicyError(f"rule {self.id}: clock {name} must be a Duration or None")
        object.__setattr__(self, "clocks", MappingProxyType(dict(self.clocks)))

    @property
    def selector(self) -> tuple[str | None, str, bool | None, bool | None]:
        return (self.type, self.category, self.urgent, self.emergency)

    @property
    def specificity(self) -> tuple[bool, bool, tuple[int, bool], bool]:
        return (
            self.emergency is not None,
            self.urgent is not None,
            category_specificity(self.category),
            self.type is not None,
        )

    def matches(self, case_type: str, category: str, urgent: bool, emergency: bool) -> bool:
        return (
            (self.type is None or self.type == case_type)
            and category_matches(self.category, category)
            and (self.urgent is None or self.urgent == urgent)
            and (self.emergency is None or self.emergency == emergency)
        )


@dataclass(frozen=True)
class PolicyVersion:
    version: str
    effective_from: dt.date
    rules: tuple[PolicyRule, ...]
    note: str = ""

    def __post_init__(self) -> None:
        seen: dict[tuple[str | None, str, bool | None, bool | None], str] = {}
        for rule in self.rules:
            other = seen.setdefault(rule.selector, rule.id)
            if other != rule.id:
                raise PolicyError(
                    f"version {self.version}: rules {other} and {rule.id} select the same cases; merge them"
                )
        if len({r.id for r in self.rules}) != len(self.rules):
            raise PolicyError(f"version {self.version}: rule ids must be unique")

    def resolve(
        self, clock: ClockName, case_type: str, category: str, urgent: bool, emergency: bool
    ) -> tuple[PolicyRule, Duration | None] | None:
        """The most specific matching rule that mentions ``clock``, and its duration (None: no clock)."""
        best: PolicyRule | None = None
        for rule in self.rules:
            if clock in rule.clocks and rule.matches(case_type, category, urgent, emergency):
                if best is None or rule.specificity > best.specificity:
                    best = rule
        return None if best is None else (best, best.clocks[clock])


@dataclass(frozen=True)
class PolicySet:
    versions: tuple[PolicyVersion, ...]

    def __post_init__(self) -> None:
        ordered = tuple(sorted(self.versions, key=lambda v: v.effective_from))
        dates = [v.effective_from for v in ordered]
        if len(set(dates)) != len(dates):
            raise PolicyError("two policy versions take effect on the same date")
        if len({v.version for v in ordered}) != len(ordered):
            raise PolicyError("policy version names must be unique")
        object.__setattr__(self, "versions", ordered)

    def in_force(self, at: dt.datetime) -> PolicyVersion:
        """The version in force at ``at``: the latest whose effective date (Shanghai) is on or before it."""
        day = to_shanghai(at).date()
        current: PolicyVersion | None = None
        for version in self.versions:
            if version.effective_from <= day:
                current = version
        if current is None:
            raise NoPolicyInForce(f"no deadline policy version is in force on {day}")
        return current


def _parse_optional_bool(raw: Mapping[str, Any], key: str, where: str) -> bool | None:
    value = raw.get(key)
    if value is not None and not isinstance(value, bool):
        raise PolicyError(f"{where}: {key} must be true, false or absent")
    return value


def parse_policies(data: Mapping[str, Any]) -> PolicySet:
    """Build a PolicySet from the JSON shape of deadline_policies.json (already decoded)."""
    raw_versions = data.get("versions")
    if not isinstance(raw_versions, list) or not raw_versions:
        raise PolicyError("policy data needs a non-empty 'versions' list")
    versions = []
    for i, raw_version in enumerate(raw_versions):
        where = f"versions[{i}]"
        try:
            name = str(raw_version["version"])
            effective_from = dt.date.fromisoformat(raw_version["effective_from"])
            raw_rules = raw_version["rules"]
        except (KeyError, TypeError, ValueError) as exc:
            raise PolicyError(f"{where}: needs version, effective_from (YYYY-MM-DD) and rules ({exc})") from exc
        rules = []
        for j, raw_rule in enumerate(raw_rules):
            rule_where = f"{where}.rules[{j}]"
            unknown = set(raw_rule) - {"id", "type", "category", "urgent", "emergency", "clocks", "note"}
            if unknown:
                raise PolicyError(f"{rule_where}: unknown keys {sorted(unknown)}")
            raw_clocks = raw_rule.get("clocks")
            if not isinstance(raw_clocks, dict) or not raw_clocks:
                raise PolicyError(f"{rule_where}: needs a non-empty 'clocks' object")
            try:
                clocks = {name: None if value is None else Duration.parse(value) for name, value in raw_clocks.items()}
            except ValueError as exc:
                raise PolicyError(f"{rule_where}: {exc}") from exc
            rules.append(
                PolicyRule(
                    id=str(raw_rule.get("id", "")),
                    clocks=clocks,
                    type=raw_rule.get("type"),
                    category=raw_rule.get("category", "*"),
                    urgent=_parse_optional_bool(raw_rule, "urgent", rule_where),
                    emergency=_parse_optional_bool(raw_rule, "emergency", rule_where),
                    note=str(raw_rule.get("note", "")),
                )
            )
        versions.append(PolicyVersion(name, effective_from, tuple(rules), str(raw_version.get("note", ""))))
    return PolicySet(tuple(versions))


def policies_from_json(text: str) -> PolicySet:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise PolicyError(f"deadline policy file is not valid JSON: {exc}") from exc
    return parse_policies(data)


def policies_to_dict(policies: PolicySet) -> dict[str, Any]:
    """The inverse of parse_policies: the JSON shape, for storing an edited policy."""
    versions = []
    for version in policies.versions:
        rules = []
        for rule in version.rules:
            raw: dict[str, Any] = {"id": rule.id}
            if rule.type is not None:
                raw["type"] = rule.type
            if rule.category != "*":
                raw["category"] = rule.category
            if rule.urgent is not None:
                raw["urgent"] = rule.urgent
            if rule.emergency is not None:
                raw["emergency"] = rule.emergency
            raw["clocks"] = {name: None if d is None else str(d) for name, d in rule.clocks.items()}
            if rule.note:
                raw["note"] = rule.note
            rules.append(raw)
        entry: dict[str, Any] = {"version": version.version, "effective_from": version.effective_from.isoformat()}
        if version.note:
            entry["note"] = version.note
        entry["rules"] = rules
        versions.append(entry)
    return {"versions": versions}


# --- emergency mode ---------------------------------------------------------------------------


@dataclass(frozen=True)
class EmergencyMode:
    """应急状态 for a region subtree and category patterns, on from ``started_at`` until ``until``.

    ``until`` is None while it is on with no planned end; switching it off sets ``until``.
    """

    id: str
    region_code: str
    categories: tuple[str, ...]
    reason: str
    started_at: dt.datetime
    until: dt.datetime | None = None
    switched_on_by: str = ""

    def __post_init__(self) -> None:
        _check_region_code(self.region_code)
        if not self.categories:
            raise ValueError("an emergency mode needs at least one category pattern ('*' for all)")
        for pattern in self.categories:
            _check_category_pattern(pattern)
        if not self.reason.strip():
            raise ValueError("an emergency mode needs a reason")
        to_shanghai(self.started_at)
        if self.until is not None and to_shanghai(self.until) <= self.started_at:
            raise ValueError("an emergency mode must end after it starts")

    def covers_case(self, region_code: str, category: str) -> bool:
        return region_covers(self.region_code, region_code) and any(
            category_matches(p, category) for p in self.categories
        )

    def is_on(self, at: dt.datetime) -> bool:
        return self.started_at <= at and (self.until is None or at < self.until)

    def covers(self, region_code: str, category: str, at: dt.datetime) -> bool:
        return self.is_on(at) and self.covers_case(region_code, category)


def emergencies_covering(
    emergencies: Iterable[EmergencyMode], region_code: str, category: str, at: dt.datetime
) -> list[EmergencyMode]:
    return [e for e in emergencies if e.covers(region_code, category, at)]


def is_under_emergency(emergencies: Iterable[EmergencyMode], region_code: str, category: str, at: dt.datetime) -> bool:
    """Whether a case in ``region_code`` with ``category`` is under emergency mode at ``at``."""
    return bool(emergencies_covering(emergencies, region_code, category, at))


# --- cases and clocks -------------------------------------------------------------------------


@dataclass(frozen=True)
class Extension:
    """A unit's request for more time on one clock; only an approved one moves the clock."""

    clock: ClockName
    extra: Duration
    reason: str
    status: ExtensionStatus = "requested"
    decided_at: dt.datetime | None = None

    def __post_init__(self) -> None:
        if self.clock not in CLOCK_NAMES:
            raise ValueError(f"unknown clock {self.clock!r}")
        if self.status not in get_args(ExtensionStatus):
            raise ValueError(f"unknown extension status {self.status!r}")
        if self.status != "requested" and self.decided_at is None:
            raise ValueError("an approved or denied extension needs decided_at")
        if self.decided_at is not None:
            to_shanghai(self.decided_at)

    def applies_at(self, now: dt.datetime) -> bool:
        return self.status == "approved" and self.decided_at is not None and self.decided_at <= now


@dataclass(frozen=True)
class CaseFacts:
    """What the deadline rules need to know about one case (the current round of handling)."""

    type: str
    category: str
    region_code: str
    received_at: dt.datetime
    urgent: bool = False
    dispatched_at: dt.datetime | None = None
    accepted_at: dt.datetime | None = None
    first_feedback_at: dt.datetime | None = None
    replied_at: dt.datetime | None = None
    closed_at: dt.datetime | None = None
    callback_at: dt.datetime | None = None
    extensions: tuple[Extension, ...] = field(default_factory=tuple)

    def __post_init__(self) -> None:
        if self.type not in CASE_TYPES:
            raise ValueError(f"unknown case type {self.type!r}; one of {sorted(CASE_TYPES)}")
        _check_region_code(self.region_code)
        for name in get_args(_FactField):
            value = getattr(self, name)
            if value is not None:
                to_shanghai(value)  # refuses naive datetimes

    def event(self, name: _FactField) -> dt.datetime | None:
        value: dt.datetime | None = getattr(self, name)
        return value


@dataclass(frozen=True)
class DeadlineClock:
    name: ClockName
    started_at: dt.datetime  # the clock's anchor event
    due_at: dt.datetime
    warning_at: dt.datetime  # 75 % of the allowed time
    state: ClockState
    stopped_at: dt.datetime | None  # the event that stopped it, None while running
    allowed: Duration  # the duration that set due_at, before extensions
    counted_from: dt.datetime  # started_at, or the emergency switch-on if that set due_at
    rule_id: str
    policy_version: str
    emergency_id: str | None = None  # the emergency mode that set due_at, if any
    extensions: tuple[Duration, ...] = ()  # approved extensions applied, in order

    def remaining(self, now: dt.datetime) -> dt.timedelta:
        """Time left until due (negative once overdue)."""
        return self.due_at - now


def _first_event(facts: CaseFacts, names: Sequence[_FactField], now: dt.datetime) -> dt.datetime | None:
    times = [t for t in (facts.event(n) for n in names) if t is not None and t <= now]
    return min(times) if times else None


def _warning_at(calendar: WorkCalendar, counted_from: dt.datetime, due: dt.datetime, allowed: Duration) -> dt.datetime:
    if allowed.counts_working_time:
        span = calendar.working_time_between(counted_from, due)
        return calendar.add_working_time(counted_from, span * WARNING_NUMERATOR / WARNING_DENOMINATOR)
    return to_shanghai(counted_from + (due - counted_from) * WARNING_NUMERATOR / WARNING_DENOMINATOR)


def compute_clocks(
    facts: CaseFacts,
    policies: PolicySet | PolicyVersion,
    now: dt.datetime,
    overrides: Mapping[dt.date, bool] | WorkCalendar | None = None,
    emergencies: Iterable[EmergencyMode] = (),
) -> list[DeadlineClock]:
    """The clocks of a case as seen at ``now``, in CLOCK_NAMES order.

    A clock whose anchor event has not happened (by ``now``) is left out, and so is one that the
    policy switches off for this case. ``emergencies`` may hold any modes; those that do not cover
    the case, or start after ``now``, are ignored.
    """
    now = to_shanghai(now)
    calendar = overrides if isinstance(overrides, WorkCalendar) else WorkCalendar(overrides or {})
    version = policies if isinstance(policies, PolicyVersion) else policies.in_force(facts.received_at)
    relevant = [e for e in emergencies if e.started_at <= now and e.covers_case(facts.region_code, facts.category)]
    clocks: list[DeadlineClock] = []
    for name in CLOCK_NAMES:
        started = facts.event(_ANCHOR[name])
        if started is None or started > now:
            continue
        started = to_shanghai(started)
        stopped = _first_event(facts, _STOPS[name], now)
        normal = version.resolve(name, facts.type, facts.category, facts.urgent, emergency=False)
        if normal is None or normal[1] is None:
            continue
        rule, allowed = normal[0], normal[1]
        counted_from = started
        due = calendar.add_duration(started, allowed)
        emergency_id: str | None = None

        for mode in relevant:
            if mode.until is not None and mode.until <= started:
                continue  # over before the clock started
            if stopped is not None and stopped <= mode.started_at:
                continue  # the clock had stopped before the switch-on
            tighter = version.resolve(name, facts.type, facts.category, facts.urgent, emergency=True)
            if tighter is None or tighter[1] is None:
                continue
            from_ = max(started, to_shanghai(mode.started_at))
            emergency_due = calendar.add_duration(from_, tighter[1])
            if mode.until is not None and emergency_due > mode.until:
                continue  # would fall after the switch-off: the normal due time applies again
            if emergency_due < due:
                due, counted_from, allowed, rule, emergency_id = emergency_due, from_, tighter[1], tighter[0], mode.id

        applied = sorted(
            (x for x in facts.extensions if x.clock == name and x.applies_at(now)),
            key=lambda x: x.decided_at or now,
        )
        for extension in applied:
            due = calendar.add_duration(due, extension.extra)

        warning_at = _warning_at(calendar, counted_from, due, allowed)
        state: ClockState
        if stopped is not None:
            state = "met" if stopped <= due else "met_late"
        elif now >= due:
            state = "overdue"
        elif now >= warning_at:
            state = "warning"
        else:
            state = "ok"
        clocks.append(
            DeadlineClock(
                name=name,
                started_at=started,
                due_at=due,
                warning_at=warning_at,
                state=state,
                stopped_at=None if stopped is None else to_shanghai(stopped),
                allowed=allowed,
                counted_from=counted_from,
                rule_id=rule.id,
                policy_version=version.version,
                emergency_id=emergency_id,
                extensions=tuple(x.extra for x in applied),
            )
        )
    return clocks


def load_default_policies() -> PolicySet:
    """The policies shipped in hotline/data/deadline_policies.json (the one file read in this module)."""
    return policies_from_json(DEFAULT_POLICY_FILE.read_text(encoding="utf-8"))


__all__ = [
    "CASE_TYPES",
    "CLOCK_NAMES",
    "DEFAULT_POLICY_FILE",
    "SHANGHAI",
    "CaseFacts",
    "DeadlineClock",
    "ClockName",
    "ClockState",
    "EmergencyMode",
    "Extension",
    "NoPolicyInForce",
    "PolicyError",
    "PolicyRule",
    "PolicySet",
    "PolicyVersion",
    "category_matches",
    "category_specificity",
    "compute_clocks",
    "emergencies_covering",
    "is_under_emergency",
    "load_default_policies",
    "parse_policies",
    "policies_from_json",
    "policies_to_dict",
    "region_covers",
    "Duration",
]
