"""The surge rule with injected time: exact counts, exact crossings."""

from datetime import datetime, timedelta

import pytest
from scipy.stats import poisson

from hotline.hotspots.surge import SurgeDetector, SurgeRule, poisson_sf

T0 = datetime(2024, 3, 1, 8, 0, 0)


class FakeClock:
    def __init__(self, now: datetime):
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kw) -> None:
        self.now += timedelta(**kw)


@pytest.mark.parametrize("n,mu", [(1, 0.5), (5, 0.5), (21, 10.0), (22, 10.0), (100, 50.0), (3, 40.0), (400, 300.0)])
def test_poisson_sf_matches_scipy(n, mu):
    assert poisson_sf(n, mu) == pytest.approx(poisson.sf(n - 1, mu), rel=1e-9, abs=1e-300)


def test_poisson_sf_edges():
    assert poisson_sf(0, 3.0) == 1.0
    assert poisson_sf(1, 0.0) == 0.0


def test_rule_thresholds_documented_in_module():
    rule = SurgeRule()
    assert rule.threshold(0.0) == 5  # the floor 0.5 applies: P(X>=5 | 0.5) = 1.7e-4
    assert rule.threshold(10.0) == 22  # P(X>=21 | 10) = 1.6e-3, P(X>=22 | 10) = 7.0e-4
    assert not rule.is_surge(4, 0.0)


def test_min_count_one_still_needs_significance():
    rule = SurgeRule(min_count=1)
    assert not rule.is_surge(4, 0.0)  # P(X>=4 | 0.5) = 1.75e-3 > 1e-3
    assert rule.is_surge(5, 0.0)


def test_new_key_crosses_on_fifth_case_within_the_hour():
    clock = FakeClock(T0)
    det = SurgeDetector(SurgeRule(), clock=clock)
    decisions = []
    for _ in range(7):
        decisions.append(det.observe(("420100", "toll-station-3")))
        clock.advance(minutes=5)
    assert [d.count for d in decisions] == [1, 2, 3, 4, 5, 6, 7]
    assert [d.surge for d in decisions] == [False] * 4 + [True] * 3
    assert [d.crossed for d in decisions] == [False, False, False, False, True, False, False]
    assert decisions[4].at == T0 + timedelta(minutes=20)
    assert decisions[4].expected == 0.5


def test_cases_spread_over_more_than_a_window_do_not_surge():
    clock = FakeClock(T0)
    det = SurgeDetector(SurgeRule(), clock=clock)
    for _ in range(10):
        d = det.observe("k")
        clock.advance(minutes=16)  # at most 4 inside any hour
        assert d.count <= 4
        assert not d.surge


def test_keys_are_independent():
    det = SurgeDetector(SurgeRule())
    for i in range(4):
        det.observe("a", at=T0 + timedelta(minutes=i))
        det.observe("b", at=T0 + timedelta(minutes=i))
    assert det.observe("a", at=T0 + timedelta(minutes=10)).crossed
    assert det.observe("c", at=T0 + timedelta(minutes=10)).count == 1


def _steady(det: SurgeDetector, key, per_hour: int, hours: int) -> datetime:
    for h in range(hours):
        for k in range(per_hour):
            det.observe(key, at=T0 + timedelta(hours=h, minutes=60 * k / per_hour))
    return T0 + timedelta(hours=hours)


def test_busy_key_learns_its_baseline():
    det = SurgeDetector(SurgeRule())
    now = _steady(det, "busy", per_hour=10, hours=24 * 28)
    assert det.expected("busy", now) == pytest.approx(10.0, abs=0.1)
    # After one quiet hour, 21 cases within the hour are normal for this key, the 22nd is a surge.
    start = now + timedelta(hours=1)
    decisions = [det.observe("busy", at=start + timedelta(minutes=i)) for i in range(22)]
    assert [d.count for d in decisions] == list(range(1, 23))
    assert decisions[-1].expected == pytest.approx(10.0, abs=0.1)
    assert not any(d.surge for d in decisions[:21])
    assert decisions[21].crossed


def test_surge_ends_and_can_cross_again():
    det = SurgeDetector(SurgeRule())
    for i in range(5):
        d = det.observe("k", at=T0 + timedelta(minutes=i))
    assert d.crossed
    # Two hours later the window holds one case: no longer in surge.
    later = T0 + timedelta(hours=3)
    assert not det.observe("k", at=later).surge
    # Baseline now includes the five old cases: 5 new ones in an hour are no longer enough.
    mu = det.expected("k", later + timedelta(minutes=1))
    assert mu > 0.5
    crossing = None
    for i in range(1, 30):
        d = det.observe("k", at=later + timedelta(minutes=i))
        if d.crossed:
            crossing = d.count
            break
    assert crossing == SurgeRule().threshold(d.expected)
    assert crossing > 5


def test_detector_without_clock_needs_explicit_time():
    with pytest.raises(ValueError):
        SurgeDetector().observe("k")
