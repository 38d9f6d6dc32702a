"""The surge rule: is the count of one region × topic significantly above its own baseline?

Rule (one-sided Poisson test with a minimum count)::

    n   = cases of this key in the sliding window (now − window, now], the new case included
    μ   = max(floor, λ̂ · window)          expected count in one window
    λ̂  = exponentially weighted rate of this key's cases *older* than the window
          (half-life `half_life`; cases still inside the window never feed their own baseline)
    surge  ⇔  n ≥ min_count  and  P(X ≥ n | X ~ Poisson(μ)) ≤ p_value

A key is "in surge" from the case that crosses the rule until its count falls back below it; only
the crossing case returns `crossed=True`, so a streaming detector alerts once per surge. Time is
injected (`clock`, or `at=` on each call), so tests are exact and replays run faster than real time.

Defaults (window 1 h, half-life 7 days, floor 0.5 per window, min_count 5, p 0.001): with no history
the 5th case within an hour crosses (P(X ≥ 5 | 0.5) = 1.7e-4); a key that usually sees 10 cases an
hour needs 22 in one hour (P(X ≥ 21 | 10) = 1.6e-3 > 0.001, P(X ≥ 22 | 10) = 7.0e-4).
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from datetime import datetime, timedelta


def poisson_sf(n: int, mu: float) -> float:
    """P(X ≥ n) for X ~ Poisson(mu), computed without scipy (this runs once per case)."""
    if n <= 0:
        return 1.0
    if mu <= 0:
        return 0.0
    # 1 − P(X ≤ n−1); sum the pmf in log space to stay finite for large mu.
    term = math.exp(-mu)
    cdf = term
    for k in range(1, n):
        term *= mu / k
        cdf += term
    if cdf < 0.999:
        return max(0.0, 1.0 - cdf)
    # close to 1: sum the upper tail directly to keep precision
    log_pmf = n * math.log(mu) - mu - math.lgamma(n + 1)
    tail, k, pmf = 0.0, n, math.exp(log_pmf)
    while pmf > 1e-300 and (tail == 0.0 or pmf / tail > 1e-17):
        tail += pmf
        k += 1
        pmf *= mu / k
    return tail


@dataclass(frozen=True, slots=True)
class SurgeRule:
    window: timedelta = timedelta(hours=1)
    half_life: timedelta = timedelta(days=7)
    floor: float = 0.5  # expected cases per window when a key has (almost) no history
    min_count: int = 5
    p_value: float = 1e-3

    def is_surge(self, count: int, expected: float) -> bool:
        return count >= self.min_count and poisson_sf(count, max(expected, self.floor)) <= self.p_value

    def threshold(self, expected: float) -> int:
        """Smallest count that is a surge at this expectation (for docs and dashboards)."""
        n = self.min_count
        while not self.is_surge(n, expected):
            n += 1
        return n


@dataclass(frozen=True, slots=True)
class SurgeDecision:
    key: Hashable
    at: datetime
    count: int  # cases in the current window, this one included
    expected: float  # μ
    p: float  # P(X ≥ count | μ)
    surge: bool  # the key is in surge after this case
    crossed: bool  # this case started the surge: alert now


@dataclass(slots=True)
class _KeyState:
    recent: deque = field(default_factory=deque)  # times inside the window
    weighted_count: float = 0.0  # decayed count of cases that left the window
    weighted_exposure: float = 0.0  # decayed seconds of observation behind the window
    ref: datetime | None = None  # time the two sums are decayed to
    in_surge: bool = False


class SurgeDetector:
    """Counts per key (e.g. (region code, topic id)) and applies `SurgeRule` on every case."""

    def __init__(self, rule: SurgeRule = SurgeRule(), clock: Callable[[], datetime] | None = None):
        self.rule = rule
        self.clock = clock
        self._tau = rule.half_life.total_seconds() / math.log(2)
        self._keys: dict[Hashable, _KeyState] = {}

    def _advance(self, st: _KeyState, to: datetime) -> None:
        """Decay the baseline sums to time `to`, adding the exposure in between."""
        if st.ref is None:
            st.ref = to
            return
        dt = (to - st.ref).total_seconds()
        if dt <= 0:
            return
        d = math.exp(-dt / self._tau)
        st.weighted_count *= d
        st.weighted_exposure = st.weighted_exposure * d + self._tau * (1 - d)
        st.ref = to

    def _expire(self, st: _KeyState, now: datetime) -> None:
        # Cases leave the window at time t + window and only then join the baseline.
        while st.recent and st.recent[0] + self.rule.window <= now:
            left_at = st.recent.popleft() + self.rule.window
            self._advance(st, left_at)
            st.weighted_count += 1.0

    def expected(self, key: Hashable, at: datetime | None = None) -> float:
        """μ for `key` at time `at` (without recording a case)."""
        now = at or self._now()
        st = self._keys.get(key)
        if st is None:
            return self.rule.floor
        self._expire(st, now)
        return self._mu(st, now)

    def _mu(self, st: _KeyState, now: datetime) -> float:
        # Baseline exposure ends where the window starts.
        baseline_end = now - self.rule.window
        count, exposure = st.weighted_count, st.weighted_exposure
        if st.ref is not None and baseline_end > st.ref:
            d = math.exp(-(baseline_end - st.ref).total_seconds() / self._tau)
            count *= d
            exposure = exposure * d + self._tau * (1 - d)
        if exposure <= 0:
            return self.rule.floor
        # Shrink towards the floor while there is little history: one window of prior exposure.
        w = self.rule.window.total_seconds()
        rate = (count + self.rule.floor) / (exposure + w)
        return max(self.rule.floor, rate * w)

    def _now(self) -> datetime:
        if self.clock is None:
            raise ValueError("SurgeDetector needs a clock or an explicit at= time")
        return self.clock()

    def observe(self, key: Hashable, at: datetime | None = None) -> SurgeDecision:
        """Record one case for `key` at `at` (default: the clock) and apply the rule."""
        now = at or self._now()
        st = self._keys.setdefault(key, _KeyState())
        if st.ref is None:
            st.ref = now  # history of this key starts with its first case
        self._expire(st, now)
        st.recent.append(now)
        n = len(st.recent)
        mu = self._mu(st, now)
        p = poisson_sf(n, mu)
        surge = self.rule.is_surge(n, mu)
        crossed = surge and not st.in_surge
        st.in_surge = surge
        return SurgeDecision(key, now, n, mu, p, surge, crossed)
