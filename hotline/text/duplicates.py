"""Probable duplicates: the same event reported twice, among recent open cases.

Similarity is the Jaccard overlap (or, for longer texts, the overlap of the shorter one) of
character 2-gram sets (shingles) of the texts after removing
digits, punctuation and spaces — robust to a driver retyping the same story. For a handful of
recent cases it is computed exactly; `DuplicateIndex` uses MinHash LSH (datasketch) when there are
thousands. Cases in a different province from the new message are skipped when both regions are
known. The threshold was tuned on real reposts (bench/bench_text_duplicates.py: tipdm2020c
hotspot messages, same user and title vs different users and titles; chosen on one half of the
pairs, measured on the other — see docs/text.md).
"""

from __future__ import annotations

import re
from typing import Any, Iterable

from datasketch import MinHash, MinHashLSH

# Best F1 on the tuning half of the hotspot-message pairs was at 0.28; on the other half 0.30 gives
# precision 0.96, recall 0.87 (0.50, the first hand-picked value: precision 1.00, recall 0.68).
THRESHOLD = 0.3
MIN_SHINGLES = 12
_NOISE = re.compile(r"[\s\d\W_]+", re.UNICODE)


def shingles(text: str, k: int = 2) -> set[str]:
    t = _NOISE.sub("", text)
    if len(t) < k:
        return {t} if t else set()
    return {t[i:i + k] for i in range(len(t) - k + 1)}


def jaccard(a: set[str], b: set[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def similarity(a: set[str], b: set[str]) -> float:
    """Jaccard, or the overlap of the shorter text when both are long enough (a retold story that
    adds details still contains the first telling)."""
    if not a or not b:
        return 0.0
    inter = len(a & b)
    j = inter / len(a | b)
    small = min(len(a), len(b))
    return max(j, 0.9 * inter / small) if small >= MIN_SHINGLES else j


def _same_area(r1: str | None, r2: str | None) -> bool:
    return not r1 or not r2 or r1[:2] == r2[:2]


def find_duplicates(text: str, recent_cases: Iterable[dict[str, Any]] | None, region: str | None = None,
                    threshold: float = THRESHOLD, limit: int = 5) -> list[dict[str, Any]]:
    """Recent cases ({"number", "text", "region"}) that probably report the same thing, best first."""
    if not recent_cases:
        return []
    mine = shingles(text)
    out = []
    for case in recent_cases:
        if not _same_area(region, case.get("region")):
            continue
        s = similarity(mine, shingles(case.get("text") or ""))
        if s >= threshold:
            out.append({"number": case.get("number"), "similarity": round(s, 3), "region": case.get("region")})
    out.sort(key=lambda d: -d["similarity"])
    return out[:limit]


class DuplicateIndex:
    """MinHash LSH over many open cases; `query` returns candidates, verified by exact Jaccard."""

    def __init__(self, threshold: float = THRESHOLD, num_perm: int = 64):
        self.threshold = threshold
        self.num_perm = num_perm
        self.lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self.cases: dict[str, tuple[set[str], str | None]] = {}

    def _minhash(self, sh: set[str]) -> MinHash:
        m = MinHash(num_perm=self.num_perm, seed=12328)
        m.update_batch([s.encode("utf-8") for s in sh])
        return m

    def add(self, number: str, text: str, region: str | None = None) -> None:
        sh = shingles(text)
        self.cases[number] = (sh, region)
        self.lsh.insert(number, self._minhash(sh))

    def query(self, text: str, region: str | None = None, limit: int = 5) -> list[dict[str, Any]]:
        sh = shingles(text)
        out = []
        for number in self.lsh.query(self._minhash(sh)):
            other, r = self.cases[number]
            if not _same_area(region, r):
                continue
            s = similarity(sh, other)
            if s >= self.threshold:
                out.append({"number": number, "similarity": round(s, 3), "region": r})
        out.sort(key=lambda d: -d["similarity"])
        return out[:limit]
