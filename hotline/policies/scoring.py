"""One text scorer for both databases: BM25F over the stored, jieba-segmented search columns.

FTS5's bm25() and PostgreSQL's ts_rank() disagree on how to weigh a word, a field and a length, so
the same question used to rank close answers differently on the two databases (and FTS5's per-column
BM25 summed three saturations, letting a common word repeated in a long body outscore the entry
whose title says what was asked). The databases now only *find* candidates; this module orders them,
identically on both, from the same stored words.

BM25F (Robertson, Zaragoza & Taylor 2004): per word, field term frequencies are length-normalised
and weighted, summed, then saturated once; the IDF comes from the candidate population the caller
hands in (the entries in force in the asked region, or the database's best text matches). Beside
it, `coverage` — the IDF share of the question's words an entry contains — rewards the entry that
answers the whole question over one that repeats a single word of it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

# Tuned on the tuning half of the driver questions only (bench/bench_policy_search.py).
FIELD_WEIGHTS = (3.0, 2.0, 1.0)  # title, question forms, answer + body (+ tags, categories, issuer)
FIELD_B = (0.3, 0.5, 0.75)       # length normalisation per field
K1 = 1.5
COVERAGE_WEIGHT = 0.5
IDF_POWER = 0.5  # 0 weighs every word alike (as ts_rank does), 1 is plain BM25 IDF


@dataclass(frozen=True, slots=True)
class Doc:
    id: int
    fields: tuple[list[str], list[str], list[str]]  # the stored words, in order
    lengths: tuple[int, int, int]


def doc(doc_id: int, title: str, questions: str, body: str) -> Doc:
    # Word lists, not Counters: a question has a handful of words, and list.count / `in` on a
    # few dozen words (in C) is cheaper than building a Counter per candidate (was a quarter of
    # search time with 3,000 candidates).
    cols = (title.split(), questions.split(), body.split())
    return Doc(doc_id, cols, (len(cols[0]), len(cols[1]), len(cols[2])))


def score(terms: Sequence[str], docs: Sequence[Doc]) -> list[tuple[int, float]]:
    """(id, score) of the docs containing at least one of `terms`, best first, ties by id."""
    if not docs or not terms:
        return []
    n = len(docs)
    avg = [max(1.0, sum(d.lengths[i] for d in docs) / n) for i in range(3)]
    unique = list(dict.fromkeys(terms))
    df = dict.fromkeys(unique, 0)
    matching = []  # (doc, word → field frequencies) of the docs containing a word; the rest score 0
    for d in docs:
        title, questions, body = d.fields
        tfs = {t: (title.count(t), questions.count(t), body.count(t)) for t in unique}
        hit = False
        for t, tf3 in tfs.items():
            if tf3 != (0, 0, 0):
                df[t] += 1
                hit = True
        if hit:
            matching.append((d, tfs))
    # The +1 keeps IDF positive when a word is in most candidates (they were chosen for matching).
    idf = {t: math.log(1 + (n - df[t] + 0.5) / (df[t] + 0.5)) ** IDF_POWER for t in terms}
    idf_total = sum(idf.values()) or 1.0
    out = []
    for d, tfs in matching:
        total, covered = 0.0, 0.0
        for t in terms:
            pseudo = 0.0
            for tf, length, mean, w, b in zip(tfs[t], d.lengths, avg, FIELD_WEIGHTS, FIELD_B):
                if tf:
                    pseudo += w * tf / (1 - b + b * length / mean)
            if pseudo:
                total += idf[t] * pseudo / (K1 + pseudo)
                covered += idf[t]
        if total > 0:
            out.append((d.id, (total + COVERAGE_WEIGHT * covered) / idf_total))
    out.sort(key=lambda x: (-x[1], x[0]))
    return out
