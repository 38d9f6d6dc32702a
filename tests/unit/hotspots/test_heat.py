from datetime import datetime, timedelta

import pytest

from hotline.hotspots.heat import FORMULA, heat_score, peak_reporters

T0 = datetime(2019, 7, 1)


def test_peak_counts_distinct_reporters_in_thirty_days():
    events = [(T0 + timedelta(days=d), who) for d, who in [(0, "a"), (1, "a"), (10, "b"), (30, "c"), (32, "d"), (90, "e")]]
    # [0, 30] holds a, b, c; [10, 40] holds b, c, d; no window holds four
    assert peak_reporters(events) == 3


def test_heat_formula_terms():
    events = [(T0, "a"), (T0 + timedelta(days=1), "b"), (T0 + timedelta(days=100), "c")]
    score, terms = heat_score(events, weight_sum=6.0)
    assert terms == {"R_peak": 2, "R": 3, "W": 6.0}
    assert score == pytest.approx(2 + 0.5 * 3 + 0.5 * 1.945910149, abs=1e-3)
    assert FORMULA == "heat = R_peak + 0.5*R + 0.5*ln(1+W)"


def test_one_viral_post_does_not_beat_ten_people():
    viral, _ = heat_score([(T0, "a")], weight_sum=2000)
    crowd, _ = heat_score([(T0 + timedelta(hours=i), f"u{i}") for i in range(10)], weight_sum=0)
    assert crowd > viral
