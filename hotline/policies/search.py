"""Full-text search of entries: FTS5 (SQLite) or tsvector + GIN (PostgreSQL) find, Python ranks.

The database finds candidates among entries that are visible, in force at `at` and apply in the
region; `scoring` (one BM25F for both databases) scores them from the stored words, and rules.rank
orders them by relevance × region specificity and drops entries a more local one overrides.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy import Connection

from hotline.policies import analysis, rules, scoring
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


def _columns(conn: Connection, conds: list, cap: int | None = None) -> list:
    q = sa.select(policies.c.id, policies.c.search_title, policies.c.search_questions,
                  policies.c.search_body).where(*conds)
    return conn.execute(q.limit(cap) if cap else q).all()


def _database_matches(conn: Connection, terms: list[str], conds: list, limit: int) -> list[int]:
    """The ids of the database's own best `limit` text matches (FTS5 bm25 / ts_rank)."""
    if conn.dialect.name == "sqlite":
        score = sa.func.bm25(sa.literal_column("policy_fts"), *FTS5_WEIGHTS)
        q = (sa.select(policies.c.id)
             .select_from(_fts.join(policies, policies.c.id == _fts.c.rowid))
             .where(sa.literal_column("policy_fts").op("MATCH")(_fts5_match(terms)), *conds)
             .order_by(score).limit(limit))
    else:
        tsq = sa.func.plainto_tsquery(sa.literal_column("'simple'"), terms[0])
        for t in terms[1:]:
            tsq = tsq.op("||")(sa.func.plainto_tsquery(sa.literal_column("'simple'"), t))
        tsv = sa.literal_column("policies.search_tsv")
        score = sa.func.ts_rank(sa.literal_column(f"'{PG_WEIGHTS}'::float4[]"), tsv, tsq)
        q = sa.select(policies.c.id).where(tsv.op("@@")(tsq), *conds).order_by(score.desc()).limit(limit)
    return [r.id for r in conn.execute(q)]


def _text_candidates(conn: Connection, terms: list[str], conds: list, limit: int, *, narrow: bool = False
                     ) -> list[tuple[int, float]]:
    """(id, text score) best first, scored by `scoring` the same way on both databases.

    With a region, the region and date filters usually leave few entries (an index lookup on
    policy_regions): up to SMALL_SET of them are scored directly, IDF taken over them — the
    population the driver's question is really asked of. Otherwise the database's full-text index
    picks its best CANDIDATES matches and those are re-scored (IDF over them)."""
    if narrow:
        rows = _columns(conn, conds, SMALL_SET + 1)
        if len(rows) <= SMALL_SET:
            return scoring.score(terms, [scoring.doc(*r) for r in rows])[:limit]
    ids = _database_matches(conn, terms, conds, limit)
    if not ids:
        return []
    rows = _columns(conn, [policies.c.id.in_(ids)])
    return scoring.score(terms, [scoring.doc(*r) for r in rows])


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
    # Ranking needs only key, overrides and regions of every candidate; whole rows (body, JSON,
    # times) are read for the few returned — reading them for every candidate was a fifth of the time.
    light = {r.id: r for r in conn.execute(
        sa.select(policies.c.id, policies.c.key, policies.c.overrides, policies.c.regions)
        .where(policies.c.id.in_([i for i, _ in found])))}
    ranked = rules.rank(
        rules.Ranked(id=i, key=light[i].key, overrides=light[i].overrides or [],
                     specificity=rules.match_specificity(light[i].regions, region, table) or 0,
                     relevance=s / best)
        for i, s in found)[:limit]
    rows = {r.id: r for r in conn.execute(sa.select(policies).where(policies.c.id.in_([r.id for r in ranked])))}
    return [Match(rows[r.id], r.specificity, r.relevance) for r in ranked]

