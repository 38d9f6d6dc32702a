"""The heat score of a hotspot (热度): one formula, shared by batch and streaming detection.

    heat = R_peak + 0.5 · R + 0.5 · ln(1 + W)

    R_peak  most distinct reporters within any 30-day window  (a surge: many people at once)
    R       distinct reporters over the whole period          (persistence)
    W       sum of the weight column, e.g. likes (点赞数)      (public endorsement)

Reporters, not messages: one person writing five times is one voice. Without a reporter column each
distinct text counts as one reporter, so copy-pasted duplicates do not inflate the score. The weight
is log-damped so that one post with 2,000 likes cannot outrank ten people with the same problem.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import datetime, timedelta

PEAK_WINDOW = timedelta(days=30)
PERSISTENCE_FACTOR = 0.5
WEIGHT_FACTOR = 0.5

FORMULA = "heat = R_peak + 0.5*R + 0.5*ln(1+W)"
FORMULA_LEGEND = {
    "R_peak": "most distinct reporters within any 30-day window",
    "R": "distinct reporters in the hotspot",
    "W": "sum of the weight column (0 when no --weight)",
}


def peak_reporters(events: Sequence[tuple[datetime, str]], window: timedelta = PEAK_WINDOW) -> int:
    """Most distinct reporters whose messages fall inside one window [t, t + window]."""
    ordered = sorted(events)
    best = 0
    right = 0
    inside: dict[str, int] = {}
    for left in range(len(ordered)):
        while right < len(ordered) and ordered[right][0] - ordered[left][0] <= window:
            who = ordered[right][1]
            inside[who] = inside.get(who, 0) + 1
            right += 1
        best = max(best, len(inside))
        who = ordered[left][1]
        inside[who] -= 1
        if inside[who] == 0:
            del inside[who]
    return best


def heat_score(events: Sequence[tuple[datetime, str]], weight_sum: float = 0.0) -> tuple[float, dict]:
    """Heat of a group of messages given as (time, reporter) pairs; returns (score, its terms)."""
    r_peak = peak_reporters(events)
    r_all = len({who for _, who in events})
    w = max(weight_sum, 0.0)
    score = r_peak + PERSISTENCE_FACTOR * r_all + WEIGHT_FACTOR * math.log1p(w)
    return round(score, 3), {"R_peak": r_peak, "R": r_all, "W": w}
