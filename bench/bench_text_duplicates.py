"""Near-duplicate threshold on real messages: tipdm2020c hotspot_messages.csv.

Pairs (built from the data, not written by hand):
- duplicates: two messages by the same user with the same title, or titles that agree at least 80 %
  (rapidfuzz ratio) — a citizen posting the same complaint again, often reworded or extended;
- not duplicates: messages by different users whose titles agree less than 50 %, half of them the
  nearest such neighbour of a duplicate's message by character-2-gram Jaccard (hard: same street,
  same kind of complaint) and half drawn at random.
Two different citizens reporting one event are left out: the data does not say which those are.

The pairs are split in two by user: the threshold is chosen on one half (best F1) and precision and
recall are reported on the other. Hotline's `hotline.text.duplicates.similarity` (Jaccard, or the
overlap of the shorter text for longer texts) is compared with plain character-2-gram Jaccard, each
at its own best threshold, and at the threshold the code ships (THRESHOLD). Skips without the data.
"""

from __future__ import annotations

import csv
import random
import zlib
from collections import defaultdict

from hotline.shared_data import tipdm_file


def load() -> list[dict]:
    path = tipdm_file("hotspot_messages.csv")
    assert path is not None
    with path.open(encoding="utf-8") as f:
        return [r for r in csv.DictReader(f) if r["detail"].strip()]


def pairs(rows: list[dict], seed: int = 12328) -> list[tuple[dict, dict, bool]]:
    from rapidfuzz import fuzz

    from hotline.text.duplicates import jaccard, shingles

    rng = random.Random(seed)
    by_user: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        by_user[r["user"]].append(r)
    pos = []
    for msgs in by_user.values():
        for i, a in enumerate(msgs):
            for b in msgs[i + 1:]:
                if a["title"].strip() == b["title"].strip() or fuzz.ratio(a["title"], b["title"]) >= 80:
                    pos.append((a, b, True))
    sh = {r["id"]: shingles(r["detail"]) for r in rows}
    neg = []
    for a, _, _ in pos:
        others = [r for r in rows if r["user"] != a["user"] and fuzz.ratio(a["title"], r["title"]) < 50]
        best = max(others, key=lambda r: jaccard(sh[a["id"]], sh[r["id"]]))
        neg.append((a, best, False))
    while len(neg) < 2 * len(pos):
        a, b = rng.sample(rows, 2)
        if a["user"] != b["user"] and fuzz.ratio(a["title"], b["title"]) < 50:
            neg.append((a, b, False))
    return pos + neg


def prf(scores: list[float], labels: list[bool], t: float) -> tuple[float, float, float]:
    tp = sum(1 for s, y in zip(scores, labels) if s >= t and y)
    fp = sum(1 for s, y in zip(scores, labels) if s >= t and not y)
    fn = sum(1 for s, y in zip(scores, labels) if s < t and y)
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def best_threshold(scores: list[float], labels: list[bool]) -> float:
    grid = [i / 100 for i in range(10, 96)]
    return max(grid, key=lambda t: (prf(scores, labels, t)[2], t))


def main() -> int:
    if tipdm_file("hotspot_messages.csv") is None:
        print("skip: ../shared/data/tipdm2020c not found")
        return 0
    from hotline.text.duplicates import THRESHOLD, jaccard, shingles, similarity

    data = pairs(load())
    half = [zlib.crc32(a["user"].encode()) % 2 for a, _, _ in data]
    labels = [y for _, _, y in data]
    n_pos = sum(labels)
    print(f"hotspot_messages pairs: {n_pos} duplicates (same user, same or ≥80 % same title), "
          f"{len(data) - n_pos} not (different users and titles; half hardest neighbours, half random)")
    print(f"{'method':<34}{'threshold':>10}{'precision':>11}{'recall':>8}{'F1':>7}   (on the other half)")
    for name, fn in (("hotline similarity", similarity), ("baseline: char-2-gram Jaccard", jaccard)):
        scores = [fn(shingles(a["detail"]), shingles(b["detail"])) for a, b, _ in data]
        tune = [(s, y) for s, y, h in zip(scores, labels, half) if h == 0]
        test = [(s, y) for s, y, h in zip(scores, labels, half) if h == 1]
        t = best_threshold([s for s, _ in tune], [y for _, y in tune])
        p, r, f = prf([s for s, _ in test], [y for _, y in test], t)
        print(f"{name + ', tuned':<34}{t:>10.2f}{p:>11.3f}{r:>8.3f}{f:>7.3f}")
        if fn is similarity:
            sweep = [(t, prf([s for s, _ in test], [y for _, y in test], t)) for t in (0.2, 0.25, 0.3, 0.35, 0.4, 0.5)]
            p, r, f = prf([s for s, _ in test], [y for _, y in test], THRESHOLD)
            print(f"{'hotline at shipped THRESHOLD':<34}{THRESHOLD:>10.2f}{p:>11.3f}{r:>8.3f}{f:>7.3f}")
            print("  sweep (other half): " + "  ".join(f"{t:.2f}: P {p:.3f} R {r:.3f}" for t, (p, r, _) in sweep))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
