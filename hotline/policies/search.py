"""Full-text search of entries: FTS5 (SQLite) or tsvector + GIN (PostgreSQL), then region ranking.

The database finds the CANDIDATES best text matches among entries that are visible, in force at
`at` and apply in the region; Python then ranks them by relevance × region specificity and drops
entries a more local one overrides (rules.rank). Text scores differ by database (FTS5 bm25 vs
ts_rank), so each is scaled to the best candidate before the region boost.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy import Connection

from hotline.policies import analysis, rules
from hotline.regions import RegionTable
from hotline.store.policy_tables import policies, policy_regions

CANDIDATES = 60
SMALL_SET = 3000  # SQLite: at most this many entries in force in the region → score them directly
# Column weights: title, questions, answer + body.
FTS5_WEIGHTS = (4.0, 2.0, 1.0)
PG_WEIGHTS = "{0.1, 0.2, 0.5, 1.0}"  # D, C, B, A

_fts = sa.table("policy_fts", sa.column("rowid"))


@dataclass(frozen=True)
class Match:
    row: sa.Row
    specificity: int
    relevance: float


def in_force_at(at: datetime) -> list:
    return [
        policies.c.status.in_(rules.VISIBLE),
        sa.or_(policies.c.effective_from.is_(None), policies.c.effective_from <= at),
        sa.or_(policies.c.effective_until.is_(None), policies.c.effective_until > at),
    ]


def region_filter(region: str | None, table: RegionTable) -> list:
    if region is None:
        return []
    codes = rules.applicable_codes(region, table)
    return [policies.c.id.in_(sa.select(policy_regions.c.policy_id).where(policy_regions.c.region.in_(codes)))]


def _fts5_match(terms: list[str]) -> str:
    return " OR ".join('"' + t.replace('"', '""') + '"' for t in terms)


def _scored_in_python(conn: Connection, terms: list[str], conds: list, limit: int) -> list[tuple[int, float]] | None:
    """SQLite, when the region and date filters leave few entries: score those few with the same
    BM25 FTS5 uses (document frequencies from fts5vocab) instead of letting FTS5 rank every entry
    in the country that shares a common word such as 核酸. None when too many are left."""
    rows = conn.execute(sa.select(policies.c.id, policies.c.search_title, policies.c.search_questions,
                                  policies.c.search_body).where(*conds).limit(SMALL_SET + 1)).all()
    if len(rows) > SMALL_SET:
        return None
    conn.exec_driver_sql("CREATE VIRTUAL TABLE IF NOT EXISTS temp.policy_fts_vocab "
                         "USING fts5vocab(main, policy_fts, row)")
    stats = conn.execute(sa.text("SELECT term, doc FROM temp.policy_fts_vocab WHERE term IN :t")
                         .bindparams(sa.bindparam("t", expanding=True)), {"t": terms}).all()
    df = dict(stats)
    n_docs = conn.exec_driver_sql("SELECT count(*) FROM policies").scalar() or 1
    # Mean lengths over the entries at hand: cheap, and all that length normalisation needs.
    split = [(r.id, [r.search_title.split(), r.search_questions.split(), r.search_body.split()]) for r in rows]
    avg = [max(1.0, sum(len(cols[i]) for _, cols in split) / max(1, len(split))) for i in range(3)]
    idf = {t: math.log((n_docs - df[t] + 0.5) / (df[t] + 0.5)) if t in df else 0.0 for t in terms}
    idf = {t: max(v, 1e-6) if t in df else 0.0 for t, v in idf.items()}
    out = []
    for policy_id, cols in split:
        total = 0.0
        for weight, words, mean in zip(FTS5_WEIGHTS, cols, avg):
            counts: dict[str, int] = {}
            for w in words:
                counts[w] = counts.get(w, 0) + 1
            for t in terms:
                tf = counts.get(t)
                if tf:
                    total += weight * idf[t] * tf * 2.2 / (tf + 1.2 * (0.25 + 0.75 * len(words) / mean))
        if total > 0:
            out.append((policy_id, total))
    out.sort(key=lambda x: -x[1])
    return out[:limit]


def _text_candidates(conn: Connection, terms: list[str], conds: list, limit: int, *, narrow: bool = False
                     ) -> list[tuple[int, float]]:
    if conn.dialect.name == "sqlite":
        if narrow and (found := _scored_in_python(conn, terms, conds, limit)) is not None:
            return found
        score = sa.func.bm25(sa.literal_column("policy_fts"), *FTS5_WEIGHTS)
        q = (sa.select(policies.c.id, (-score).label("score"))
             .select_from(_fts.join(policies, policies.c.id == _fts.c.rowid))
             .where(sa.literal_column("policy_fts").op("MATCH")(_fts5_match(terms)), *conds)
             .order_by(score).limit(limit))
    else:
        tsq = sa.func.plainto_tsquery(sa.literal_column("'simple'"), terms[0])
        for t in terms[1:]:
            tsq = tsq.op("||")(sa.func.plainto_tsquery(sa.literal_column("'simple'"), t))
        tsv = sa.literal_column("policies.search_tsv")
        score = sa.func.ts_rank(sa.literal_column(f"'{PG_WEIGHTS}'::float4[]"), tsv, tsq)
        q = (sa.select(policies.c.id, score.label("score"))
             .where(tsv.op("@@")(tsq), *conds).order_by(score.desc()).limit(limit))
    return [(r.id, float(r.score)) for r in conn.execute(q)]


def search(conn: Connection, q: str, *, region: str | None, at: datetime, limit: int,
           table: RegionTable) -> list[Match]:
    """The entries answering `q` in `region` at `at`, best first."""
    terms = analysis.query_words(q)
    if not terms:
        return []
    found = _text_candidates(conn, terms, in_force_at(at) + region_filter(region, table), CANDIDATES,
                             narrow=region is not None)
    if not found:
        return []
    best = max(s for _, s in found) or 1.0
    score_of = dict(found)
    rows = {r.id: r for r in conn.execute(sa.select(policies).where(policies.c.id.in_(score_of)))}
    ranked = rules.rank(
        rules.Ranked(id=i, key=rows[i].key, overrides=rows[i].overrides or [],
                     specificity=rules.match_specificity(rows[i].regions, region, table) or 0,
                     relevance=s / best)
        for i, s in found)
    return [Match(rows[r.id], r.specificity, r.relevance) for r in ranked[:limit]]

