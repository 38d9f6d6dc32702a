"""Working-day arithmetic on the Chinese calendar, in Asia/Shanghai time.

Which days are working days (工作日):

1. an entry in the override table ({date: is_workday}) wins — it is how an office corrects the
   calendar or adds next year's holidays before a new ``chinesecalendar`` release;
2. otherwise ``chinesecalendar`` decides, with its statutory holidays and make-up working days
   (调休上班, e.g. Sunday 2022-04-24 and Saturday 2022-05-07);
3. for a year outside its data (it ends 2026) Monday–Friday are working days, weekends are not.

What "within n working days" means. Each working day counts as 24 hours of *working time* and every
other day as none. A deadline of n working days from an instant ``start`` falls at the earliest
instant when n × 24 hours of working time have passed since ``start``. In plain words:

* received on a working day → due at the same clock time on the n-th following working day
  (Friday 2022-04-29 15:00 + 2 working days → Friday 2022-05-06 15:00, across the May Day holiday);
* received on a day off (a weekend, a holiday) → the count starts at 00:00 of the next working day,
  that day is the first of the n, and the case is due at the end (24:00) of the n-th working day.
  24:00 is written as 00:00 of the next calendar day, so a case received at 22:00 on
  2022-05-02 (holiday) with 2 working days is due 2022-05-07 00:00, i.e. by the end of 2022-05-06;
* received at exactly 00:00 of a working day → that whole day is the first working day, so the case
  is due at 24:00 of the (n-1)-th following working day.

A due instant therefore always lies in a working day, or is the 24:00 that closes one. Calendar
durations (minutes, hours, days) ignore the calendar: hotline work is 24/7.

All functions take timezone-aware datetimes and return them in Asia/Shanghai; nothing here reads the
system clock.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from types import MappingProxyType
from typing import Literal, get_args
from zoneinfo import ZoneInfo

import chinese_calendar  # type: ignore[import-untyped]

SHANGHAI = ZoneInfo("Asia/Shanghai")
ONE_DAY = dt.timedelta(days=1)
WORKING_DAY = dt.timedelta(hours=24)  # working time one working day contributes
# A search for the next working day gives up after this many days: only a broken override table
# (years of consecutive days off) can get there.
_MAX_SEARCH_DAYS = 3660

DayKind = Literal["override", "chinesecalendar", "weekend-fallback"]
DurationUnit = Literal["minutes", "hours", "days", "working_days"]
DURATION_UNITS: tuple[DurationUnit, ...] = get_args(DurationUnit)

# Short unit spellings used in the editable JSON and in str(Duration).
_UNIT_BY_SUFFIX: dict[str, DurationUnit] = {
    "min": "minutes",
    "h": "hours",
    "d": "days",
    "wd": "working_days",
}
_SUFFIX_BY_UNIT: dict[DurationUnit, str] = {unit: suffix for suffix, unit in _UNIT_BY_SUFFIX.items()}
_DURATION_RE = re.compile(r"^\s*(\d+)\s*(min|h|d|wd)\s*$")


@dataclass(frozen=True)
class Duration:
    """An allowed time: calendar minutes/hours/days, or working days on the Chinese calendar."""

    amount: int
    unit: DurationUnit

    def __post_init__(self) -> None:
        if isinstance(self.amount, bool) or not isinstance(self.amount, int) or self.amount < 0:
            raise ValueError(f"duration amount must be a non-negative integer, got {self.amount!r}")
        if self.unit not in DURATION_UNITS:
            raise ValueError(f"duration unit must be one of {', '.join(DURATION_UNITS)}, got {self.unit!r}")

    @classmethod
    def parse(cls, text: str) -> Duration:
        """Parse the short form used in deadline_policies.json: ``10min``, ``2h``, ``3d``, ``5wd``."""
        match = _DURATION_RE.match(text) if isinstance(text, str) else None
        if match is None:
            raise ValueError(
                f"bad duration {text!r}: write a whole number and a unit — min, h, d (calendar days) "
                "or wd (working days), e.g. '10min', '2h', '5wd'"
            )
        return cls(int(match.group(1)), _UNIT_BY_SUFFIX[match.group(2)])

    @classmethod
    def minutes(cls, amount: int) -> Duration:
        return cls(amount, "minutes")

    @classmethod
    def hours(cls, amount: int) -> Duration:
        return cls(amount, "hours")

    @classmethod
    def days(cls, amount: int) -> Duration:
        return cls(amount, "days")

    @classmethod
    def working_days(cls, amount: int) -> Duration:
        return cls(amount, "working_days")

    @property
    def counts_working_time(self) -> bool:
        return self.unit == "working_days"

    def as_timedelta(self) -> dt.timedelta:
        """The calendar length; working days have none (it depends on where they start)."""
        if self.unit == "minutes":
            return dt.timedelta(minutes=self.amount)
        if self.unit == "hours":
            return dt.timedelta(hours=self.amount)
        if self.unit == "days":
            return dt.timedelta(days=self.amount)
        raise ValueError("a working-day duration has no fixed calendar length; use WorkCalendar.add_duration")

    def __str__(self) -> str:
        return f"{self.amount}{_SUFFIX_BY_UNIT[self.unit]}"


@lru_cache(maxsize=8192)
def _published_is_workday(day: dt.date) -> bool | None:
    """chinesecalendar's answer, or None where its data does not reach."""
    try:
        return bool(chinese_calendar.is_workday(day))
    except NotImplementedError:
        return None


def _require_aware(value: dt.datetime, name: str) -> None:
    if not isinstance(value, dt.datetime):
        raise TypeError(f"{name} must be a datetime, got {type(value).__name__}")
    if value.tzinfo is None or value.tzinfo.utcoffset(value) is None:
        raise ValueError(f"{name} must be timezone-aware (e.g. tzinfo=ZoneInfo('Asia/Shanghai')), got {value!r}")


def _start_of(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(0), tzinfo=SHANGHAI)


def to_shanghai(value: dt.datetime) -> dt.datetime:
    """The same instant on Asia/Shanghai wall time; refuses naive datetimes."""
    _require_aware(value, "datetime")
    return value.astimezone(SHANGHAI)


@dataclass(frozen=True)
class WorkCalendar:
    """The Chinese working-day calendar plus an override table {date: is_workday}."""

    overrides: Mapping[dt.date, bool] = field(default_factory=dict)

    def __post_init__(self) -> None:
        checked: dict[dt.date, bool] = {}
        for day, is_workday in self.overrides.items():
            if isinstance(day, dt.datetime) or not isinstance(day, dt.date):
                raise TypeError(f"override keys must be dates, got {day!r}")
            if not isinstance(is_workday, bool):
                raise TypeError(f"override for {day} must be True (working day) or False (day off)")
            checked[day] = is_workday
        object.__setattr__(self, "overrides", MappingProxyType(checked))

    def day_kind(self, day: dt.date) -> DayKind:
        """Which source decides whether ``day`` is a working day."""
        if day in self.overrides:
            return "override"
        if _published_is_workday(day) is not None:
            return "chinesecalendar"
        return "weekend-fallback"

    def is_workday(self, day: dt.date) -> bool:
        if isinstance(day, dt.datetime):
            raise TypeError("is_workday takes a date; use to_shanghai(instant).date() for an instant")
        override = self.overrides.get(day)
        if override is not None:
            return override
        published = _published_is_workday(day)
        if published is not None:
            return published
        return day.weekday() < 5

    def next_workday(self, day: dt.date) -> dt.date:
        """The first working day strictly after ``day``."""
        candidate = day
        for _ in range(_MAX_SEARCH_DAYS):
            candidate += ONE_DAY
            if self.is_workday(candidate):
                return candidate
        raise ValueError(f"no working day within {_MAX_SEARCH_DAYS} days after {day}: check the override table")

    def add_working_time(self, start: dt.datetime, amount: dt.timedelta) -> dt.datetime:
        """The earliest instant at which ``amount`` of working time has passed since ``start``."""
        _require_aware(start, "start")
        if amount < dt.timedelta(0):
            raise ValueError("working time to add must not be negative")
        cursor = start.astimezone(SHANGHAI)
        if not amount:
            return cursor
        if not self.is_workday(cursor.date()):
            cursor = _start_of(self.next_workday(cursor.date()))
        remaining = amount
        while True:
            available = _start_of(cursor.date() + ONE_DAY) - cursor
            if remaining <= available:
                return cursor + remaining
            remaining -= available
            cursor = _start_of(self.next_workday(cursor.date()))

    def add_working_days(self, start: dt.datetime, n: int) -> dt.datetime:
        """Due instant of "within n working days" from ``start`` (see the module docstring)."""
        if isinstance(n, bool) or not isinstance(n, int) or n < 0:
            raise ValueError(f"n must be a non-negative integer, got {n!r}")
        return self.add_working_time(start, n * WORKING_DAY)

    def working_time_between(self, start: dt.datetime, end: dt.datetime) -> dt.timedelta:
        """Working time in [start, end); zero when end is not after start."""
        _require_aware(start, "start")
        _require_aware(end, "end")
        start, end = start.astimezone(SHANGHAI), end.astimezone(SHANGHAI)
        total = dt.timedelta(0)
        day = start.date()
        while day <= end.date():
            if self.is_workday(day):
                lo = max(start, _start_of(day))
                hi = min(end, _start_of(day + ONE_DAY))
                if hi > lo:
                    total += hi - lo
            day += ONE_DAY
        return total

    def add_duration(self, start: dt.datetime, duration: Duration) -> dt.datetime:
        """``start`` plus ``duration``: calendar time as is, working days on this calendar."""
        _require_aware(start, "start")
        if duration.counts_working_time:
            return self.add_working_days(start, duration.amount)
        return start.astimezone(SHANGHAI) + duration.as_timedelta()


def _calendar(overrides: Mapping[dt.date, bool] | None) -> WorkCalendar:
    return WorkCalendar(overrides or {})


def is_workday(day: dt.date, overrides: Mapping[dt.date, bool] | None = None) -> bool:
    return _calendar(overrides).is_workday(day)


def add_working_days(start: dt.datetime, n: int, overrides: Mapping[dt.date, bool] | None = None) -> dt.datetime:
    return _calendar(overrides).add_working_days(start, n)


def add_duration(
    start: dt.datetime, duration: Duration, overrides: Mapping[dt.date, bool] | None = None
) -> dt.datetime:
    return _calendar(overrides).add_duration(start, duration)


def working_time_between(
    start: dt.datetime, end: dt.datetime, overrides: Mapping[dt.date, bool] | None = None
) -> dt.timedelta:
    return _calendar(overrides).working_time_between(start, end)
