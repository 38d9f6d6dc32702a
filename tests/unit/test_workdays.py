"""Working-day arithmetic: the 2022 May Day holiday, days off, overrides, the fallback beyond 2026."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hotline.domain.workdays import (
    SHANGHAI,
    Duration,
    WorkCalendar,
    add_duration,
    add_working_days,
    is_workday,
    working_time_between,
)

D = dt.date


def at(y: int, m: int, d: int, hh: int = 0, mm: int = 0) -> dt.datetime:
    return dt.datetime(y, m, d, hh, mm, tzinfo=SHANGHAI)


# --- which days are working days ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (D(2022, 4, 23), False),  # ordinary Saturday
        (D(2022, 4, 24), True),  # Sunday, make-up working day for May Day
        (D(2022, 4, 29), True),  # Friday before the holiday
        (D(2022, 4, 30), False),  # Saturday, holiday
        (D(2022, 5, 1), False),
        (D(2022, 5, 2), False),  # Monday, holiday
        (D(2022, 5, 3), False),
        (D(2022, 5, 4), False),  # Wednesday, holiday
        (D(2022, 5, 5), True),
        (D(2022, 5, 7), True),  # Saturday, make-up working day
        (D(2022, 5, 8), False),  # Sunday
    ],
)
def test_may_day_2022_calendar(day: dt.date, expected: bool) -> None:
    assert is_workday(day) is expected


def test_beyond_the_calendar_data_weekends_are_off_and_holidays_unknown() -> None:
    cal = WorkCalendar()
    # 2027-10-01 (National Day, a Friday) is not in chinesecalendar 1.x: treated as a working day.
    assert cal.day_kind(D(2027, 10, 1)) == "weekend-fallback"
    assert cal.is_workday(D(2027, 10, 1)) is True
    assert cal.is_workday(D(2027, 10, 2)) is False  # Saturday
    assert cal.is_workday(D(2027, 10, 3)) is False  # Sunday
    assert cal.day_kind(D(2026, 10, 1)) == "chinesecalendar"
    assert cal.is_workday(D(2026, 10, 1)) is False  # National Day 2026 is in the data


def test_override_table_wins_over_calendar_and_fallback() -> None:
    overrides = {D(2022, 5, 5): False, D(2022, 5, 8): True, D(2027, 10, 1): False}
    cal = WorkCalendar(overrides)
    assert cal.is_workday(D(2022, 5, 5)) is False
    assert cal.is_workday(D(2022, 5, 8)) is True
    assert cal.is_workday(D(2027, 10, 1)) is False
    assert cal.day_kind(D(2027, 10, 1)) == "override"
    assert cal.is_workday(D(2022, 5, 6)) is True  # untouched days keep the calendar's answer


def test_override_table_rejects_datetimes_and_non_bools() -> None:
    with pytest.raises(TypeError):
        WorkCalendar({dt.datetime(2022, 5, 5): False})
    with pytest.raises(TypeError):
        WorkCalendar({D(2022, 5, 5): 0})  # type: ignore[dict-item]


# --- add_working_days -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "n", "due"),
    [
        # received on a working day: same clock time on the n-th following working day
        (at(2022, 4, 29, 15), 1, at(2022, 5, 5, 15)),
        (at(2022, 4, 29, 15), 2, at(2022, 5, 6, 15)),
        (at(2022, 4, 29, 15), 3, at(2022, 5, 7, 15)),  # Saturday make-up day counts
        (at(2022, 4, 29, 15), 5, at(2022, 5, 10, 15)),
        (at(2022, 4, 22, 9, 30), 1, at(2022, 4, 24, 9, 30)),  # Friday → make-up Sunday
        (at(2022, 4, 22, 9, 30), 2, at(2022, 4, 25, 9, 30)),
        # received on a day off: counted from 00:00 of the next working day, due at 24:00
        (at(2022, 5, 2, 22), 2, at(2022, 5, 7)),  # holiday 22:00 → end of Fri 05-06
        (at(2022, 5, 2, 22), 3, at(2022, 5, 8)),  # → end of make-up Sat 05-07
        (at(2022, 5, 2, 22), 5, at(2022, 5, 11)),  # 05-05, 06, 07, 09, 10
        (at(2022, 4, 23, 22), 1, at(2022, 4, 25)),  # Sat 22:00 → end of make-up Sun 04-24
        (at(2022, 4, 30, 0), 1, at(2022, 5, 6)),  # first day of the holiday, 00:00
        # exactly 00:00 on a working day: that whole day is the first one
        (at(2022, 5, 5, 0), 2, at(2022, 5, 7)),
        (at(2022, 5, 5, 0, 1), 2, at(2022, 5, 7, 0, 1)),  # one minute later → make-up Saturday
        (at(2022, 5, 12, 0), 2, at(2022, 5, 14)),  # Thursday 00:00 → end of Friday
        (at(2022, 5, 12, 0, 1), 2, at(2022, 5, 16, 0, 1)),  # one minute later → Monday
        # zero working days is the start itself
        (at(2022, 5, 2, 22), 0, at(2022, 5, 2, 22)),
    ],
)
def test_add_working_days_across_may_day_2022(start: dt.datetime, n: int, due: dt.datetime) -> None:
    assert add_working_days(start, n) == due


def test_add_working_days_converts_other_zones_to_shanghai() -> None:
    utc = dt.datetime(2022, 4, 29, 7, tzinfo=dt.UTC)  # 15:00 in Shanghai
    due = add_working_days(utc, 2)
    assert due == at(2022, 5, 6, 15)
    assert due.tzinfo is SHANGHAI
    # 2022-05-02 14:00 UTC is 22:00 on the holiday in Shanghai, not 14:00 on a holiday in UTC
    assert add_working_days(dt.datetime(2022, 5, 2, 14, tzinfo=ZoneInfo("UTC")), 2) == at(2022, 5, 7)


def test_add_working_days_with_overrides() -> None:
    # an office declares 2022-05-06 a day off (e.g. a local flood day): the count skips it
    assert add_working_days(at(2022, 4, 29, 15), 2, {D(2022, 5, 6): False}) == at(2022, 5, 7, 15)
    # and declares Sunday 2022-05-08 a working day
    assert add_working_days(at(2022, 5, 7, 10), 1, {D(2022, 5, 8): True}) == at(2022, 5, 8, 10)


def test_fallback_beyond_2026_uses_weekends_only() -> None:
    # Thursday 2026-12-31 (in the data) + 2 → Friday 2027-01-01 and Monday 2027-01-04 (fallback:
    # New Year's Day 2027 is not yet known, so it counts as a working day)
    assert add_working_days(at(2026, 12, 31, 16), 2) == at(2027, 1, 4, 16)
    assert add_working_days(at(2027, 1, 2, 22), 1) == at(2027, 1, 5)  # Saturday → end of Monday
    # the override table fills in the real holiday once it is announced
    assert add_working_days(at(2026, 12, 31, 16), 2, {D(2027, 1, 1): False}) == at(2027, 1, 5, 16)


def test_naive_and_negative_inputs_are_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        add_working_days(dt.datetime(2022, 5, 5, 9), 1)
    with pytest.raises(ValueError):
        add_working_days(at(2022, 5, 5, 9), -1)
    with pytest.raises(TypeError):
        is_workday(at(2022, 5, 5, 9))


# --- durations --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "duration"),
    [
        ("10min", Duration.minutes(10)),
        ("2h", Duration.hours(2)),
        ("3d", Duration.days(3)),
        ("5wd", Duration.working_days(5)),
        (" 2 wd ", Duration.working_days(2)),
    ],
)
def test_duration_parse_and_str(text: str, duration: Duration) -> None:
    assert Duration.parse(text) == duration
    assert Duration.parse(str(duration)) == duration


@pytest.mark.parametrize("text", ["", "2", "2 hours", "-1h", "1.5h", "h", "2w"])
def test_duration_parse_rejects_bad_text(text: str) -> None:
    with pytest.raises(ValueError, match="bad duration"):
        Duration.parse(text)


def test_add_duration_calendar_units_ignore_holidays() -> None:
    start = at(2022, 5, 2, 22)  # holiday
    assert add_duration(start, Duration.minutes(10)) == at(2022, 5, 2, 22, 10)
    assert add_duration(start, Duration.hours(2)) == at(2022, 5, 3, 0)
    assert add_duration(start, Duration.days(1)) == at(2022, 5, 3, 22)
    assert add_duration(start, Duration.working_days(2)) == at(2022, 5, 7)


# --- working time between ---------------------------------------------------------------------


def test_working_time_between_skips_days_off() -> None:
    # Fri 04-29 15:00 → Thu 05-05 15:00: 9 h on Friday, holiday, 15 h on Thursday
    assert working_time_between(at(2022, 4, 29, 15), at(2022, 5, 5, 15)) == dt.timedelta(hours=24)
    assert working_time_between(at(2022, 5, 1), at(2022, 5, 4, 23)) == dt.timedelta(0)
    assert working_time_between(at(2022, 5, 5, 15), at(2022, 4, 29, 15)) == dt.timedelta(0)


# --- properties -------------------------------------------------------------------------------

starts = st.datetimes(
    min_value=dt.datetime(2021, 1, 1), max_value=dt.datetime(2028, 12, 31), timezones=st.just(SHANGHAI)
)
overrides_strategy = st.dictionaries(
    st.dates(min_value=D(2021, 1, 1), max_value=D(2029, 3, 31)), st.booleans(), max_size=20
)


def _lands_in_working_time(cal: WorkCalendar, due: dt.datetime) -> bool:
    if cal.is_workday(due.date()):
        return True
    return due.time() == dt.time(0) and cal.is_workday(due.date() - dt.timedelta(days=1))


@settings(max_examples=300, deadline=None)
@given(start=starts, n=st.integers(min_value=1, max_value=30), overrides=overrides_strategy)
def test_due_lies_in_a_working_day_or_closes_one(start: dt.datetime, n: int, overrides: dict[dt.date, bool]) -> None:
    cal = WorkCalendar(overrides)
    assert _lands_in_working_time(cal, cal.add_working_days(start, n))


@settings(max_examples=300, deadline=None)
@given(start=starts, n=st.integers(min_value=0, max_value=30), overrides=overrides_strategy)
def test_add_working_days_is_strictly_monotonic_in_n_and_exact(
    start: dt.datetime, n: int, overrides: dict[dt.date, bool]
) -> None:
    cal = WorkCalendar(overrides)
    due, next_due = cal.add_working_days(start, n), cal.add_working_days(start, n + 1)
    assert start <= due < next_due
    assert cal.working_time_between(start, due) == n * dt.timedelta(hours=24)


@settings(max_examples=300, deadline=None)
@given(a=starts, b=starts, n=st.integers(min_value=1, max_value=10))
def test_add_working_days_is_monotonic_in_start(a: dt.datetime, b: dt.datetime, n: int) -> None:
    early, late = sorted((a, b))
    assert add_working_days(early, n) <= add_working_days(late, n)


@settings(max_examples=200, deadline=None)
@given(start=starts, n=st.integers(min_value=1, max_value=10))
def test_working_days_on_a_working_day_keep_the_clock_time(start: dt.datetime, n: int) -> None:
    cal = WorkCalendar()
    if not cal.is_workday(start.date()) or start.time() == dt.time(0):
        return
    due = cal.add_working_days(start, n)
    assert due.time() == start.time()
    assert cal.is_workday(due.date())
    days_between = [start.date() + dt.timedelta(days=i) for i in range(1, (due.date() - start.date()).days + 1)]
    assert sum(cal.is_workday(d) for d in days_between) == n
