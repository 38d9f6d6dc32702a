"""Policy search: answer quality on driver questions vs BM25, and latency at scale vs a scan.

Quality: the demo knowledge base (hotline/policies/data/demo_policies.jsonl, 195 entries) and the
driver questions (driver_questions.jsonl: colloquial, each with the region and date of asking and
the entry that answers it). Our search (jieba words + synonyms in FTS5, region and date filters,
region-aware ranking) against Okapi BM25 over the same jieba words, measured in this run:
recall@5, MRR, and how many top-5 answers were out of force on the date or from another region.
A second baseline gives BM25 the same region/date filters, to separate the ranking from them.
The questions are split by phrasing into a tuning half and a held-out half (`split`); the scorer's
weights were chosen on the tuning half only, and both halves are reported.

Latency: BENCH_POLICY_N synthetic entries (default 100,000: the demo entries copied into random
regions and validity windows), p50/p95 of the search service on SQLite and PostgreSQL
(HOTLINE_BENCH_POSTGRES_URL, default the test server) beside a brute-force scan of every entry.
"""

from __future__ import annotations

import json
import math
import os
import random
import re
import statistics
import tempfile
import time
import uuid
from collections import Counter
from datetime import datetime, timedelta
from importlib.resources import files
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import make_url

from hotline.domain.clock import FixedClock
from hotline.policies import analysis, rules, search, services
from hotline.policies.transfer import import_entries
from hotline.regions import load_regions
from hotline.services.cases import Context
from hotline.store.db import Database
from hotline.store.files import LocalFileStorage
from hotline.store.migrate import upgrade
from hotline.store.policy_tables import policies, policy_regions

N_SCALE = int(os.environ.get("BENCH_POLICY_N", "100000"))
N_TIMED = int(os.environ.get("BENCH_POLICY_QUERIES", "200"))
N_SCAN = int(os.environ.get("BENCH_POLICY_SCANS", "10"))
PG_URL = os.environ.get("HOTLINE_BENCH_POSTGRES_URL", os.environ.get(
    "HOTLINE_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"))
START = datetime.fromisoformat("2022-04-01T00:00:00+08:00")


def data_lines(name: str) -> list[str]:
    return files("hotline.policies.data").joinpath(name).read_text(encoding="utf-8").splitlines()


def questions() -> list[dict]:
    return [json.loads(line) for line in data_lines("driver_questions.jsonl")]


def _phrasing(q: str) -> tuple[str, int]:
    """(family, index) of the phrase a demo question was written from (demo_source's lists)."""
    from hotline.policies.data import demo_source as src

    families = {"test": src.TEST_Q, "check": src.CHECK_Q, "site": src.SITE_Q, "pass": src.PASS_Q,
                "closure": src.CLOSURE_Q, "national": [t for _, t in src.NATIONAL_Q],
                "province": ["{n}省内检查站都查哪些东西", "在{n}拉菜的车过路费免不免"]}
    for family, phrases in families.items():
        for i, phrase in enumerate(phrases):
            pattern = "^" + re.escape(phrase).replace(r"\{n\}", ".+").replace(r"\{c\}", ".+") + "$"
            if re.match(pattern, q):
                return family, i
    raise ValueError(f"question not from a known phrase: {q}")


def split(qs: list[dict]) -> tuple[list[int], list[int]]:
    """The fixed tuning / held-out split, by PHRASING, not by question: within each family of
    phrases in demo_source (test validity, checkpoints, test sites, passes, closures, national,
    provincial) the even-numbered phrases are for tuning, the odd-numbered ones are held out. A
    synonym or weight added for a tuning phrase therefore earns nothing on the held-out half unless
    it generalises to wording it was not chosen for."""
    tune, held = [], []
    for n, q in enumerate(qs):
        (tune if _phrasing(q["q"])[1] % 2 == 0 else held).append(n)
    return tune, held


# ---------------------------------------------------------------- BM25 baseline


class BM25:
    """Okapi BM25 (k1=1.5, b=0.75) over jieba words of title + questions + answer + body."""

    def __init__(self, docs: list[list[str]], k1: float = 1.5, b: float = 0.75):
        self.docs = [Counter(d) for d in docs]
        self.lens = [len(d) for d in docs]
        self.avg = sum(self.lens) / len(docs)
        df = Counter(w for d in self.docs for w in d)
        n = len(docs)
        self.idf = {w: math.log(1 + (n - f + 0.5) / (f + 0.5)) for w, f in df.items()}
        self.k1, self.b = k1, b

    def scores(self, query: list[str]) -> list[float]:
        out = []
        for d, length in zip(self.docs, self.lens):
            s = 0.0
            for w in query:
                tf = d.get(w)
                if tf:
                    s += self.idf[w] * tf * (self.k1 + 1) / (tf + self.k1 * (1 - self.b + self.b * length / self.avg))
            out.append(s)
        return out


def bm25_words(text: str) -> list[str]:
    return [w for w in analysis.words(text) if w not in analysis.STOPWORDS]


# ---------------------------------------------------------------- quality


def score(ranked: list[list[str]], qs: list[dict]) -> tuple[float, float]:
    hits, rr = 0, 0.0
    for keys, q in zip(ranked, qs):
        ranks = [i for i, k in enumerate(keys[:5]) if k in q["expected"]]
        if ranks:
            hits += 1
            rr += 1 / (ranks[0] + 1)
    return hits / len(qs), rr / len(qs)


def violations(ranked: list[list[str]], qs: list[dict], entries: dict[str, dict]) -> int:
    """Top-5 answers out of force on the asked date or applying to another region."""
    table = load_regions()
    bad = 0
    for keys, q in zip(ranked, qs):
        at = datetime.fromisoformat(q["at"])
        for k in keys[:5]:
            e = entries[k]
            if (not rules.in_force(e["from"], e["until"], at)
                    or rules.match_specificity(e["regions"], q["region"], table) is None):
                bad += 1
    return bad


def quality(ctx: Context) -> None:
    qs = questions()
    with ctx.db.read() as conn:
        rows = conn.execute(sa.select(policies)).all()
    entries = {r.key: {"from": r.effective_from, "until": r.effective_until, "regions": r.regions} for r in rows}
    ours = [[h["key"] for h in services.search(ctx, q["q"], region=q["region"],
                                               at=datetime.fromisoformat(q["at"]), limit=5)["items"]] for q in qs]
    bm = BM25([bm25_words("\n".join([r.title, *r.questions, r.answer, r.body])) for r in rows])
    keys = [r.key for r in rows]
    plain, filtered = [], []
    for q in qs:
        s = bm.scores(bm25_words(q["q"]))
        order = [keys[i] for i in sorted(range(len(keys)), key=lambda i: -s[i]) if s[i] > 0]
        plain.append(order[:5])
        at = datetime.fromisoformat(q["at"])
        table = load_regions()
        filtered.append([k for k in order if rules.in_force(entries[k]["from"], entries[k]["until"], at)
                         and rules.match_specificity(entries[k]["regions"], q["region"], table) is not None][:5])
    tune, held = split(qs)
    print(f"quality: {len(qs)} driver questions ({len(tune)} tuning / {len(held)} held out, split by phrasing), "
          f"{len(rows)} demo entries")
    results = {"hotline search": ours, "BM25 (baseline)": plain, "BM25 + region/date filters": filtered}
    for half, idx in (("tuning", tune), ("held-out", held), ("all", list(range(len(qs))))):
        sub_q = [qs[i] for i in idx]
        for name, ranked in results.items():
            sub = [ranked[i] for i in idx]
            r, m = score(sub, sub_q)
            print(f"  {half:8s} {name:28s} recall@5 {r:.3f}  MRR {m:.3f}  out-of-force/other-region in top 5: "
                  f"{violations(sub, sub_q, entries)}")
        r, m = score([ours[i] for i in idx], sub_q)
        br, bm_ = score([filtered[i] for i in idx], sub_q)
        print(f"  {half:8s} ratio vs BM25 + filters: recall@5 ×{r / br:.2f}, MRR ×{m / bm_:.2f}"
              "  (targets: recall@5 ≥ 0.95, MRR ≥ 0.90)")
    misses = [(q["q"], q["region"], q["expected"], keys[:3]) for n, (q, keys) in enumerate(zip(qs, ours))
              if n in set(tune) and not set(q["expected"]) & set(keys[:1])]
    for miss in misses[:8]:
        print("  not first (tuning half):", *miss)


# ---------------------------------------------------------------- scale


def fill(db: Database, n: int, rng: random.Random) -> None:
    """n entries: demo entries copied into random regions and validity windows (bulk insert)."""
    table = load_regions()
    codes = sorted(table.by_code)
    base = [json.loads(line) for line in data_lines("demo_policies.jsonl")]
    cols = {}
    for e in base:
        cmd = services.PolicyIn.model_validate_json(json.dumps(e))
        cols[e["key"]] = services._search_columns(cmd)
    now = START
    batch: list[dict] = []
    next_id = 1
    with db.read() as conn:
        next_id = (conn.execute(sa.select(sa.func.max(policies.c.id))).scalar() or 0) + 1

    def flush():
        with db.write() as conn:
            conn.execute(sa.insert(policies), batch)
            conn.execute(sa.insert(policy_regions), [{"policy_id": b["id"], "region": b["regions"][0]} for b in batch])
        batch.clear()

    for i in range(n):
        e = base[i % len(base)]
        region = "000000" if rng.random() < 0.002 else rng.choice(codes)
        start = START + timedelta(days=rng.randrange(0, 55))
        name = table.get(region).short if region != "000000" else "全国"
        c = cols[e["key"]]
        batch.append(dict(
            id=next_id + i, uid=uuid.uuid4().hex, key=f"syn-{i}", origin="", title=f"{name}{e['title']}",
            questions=e.get("questions", []), answer=e["answer"], body=e.get("body", ""), regions=[region],
            categories=e.get("categories", []), tags=[], overrides=[], effective_from=start,
            effective_until=start + timedelta(days=rng.choice([7, 14, 30, 60])), status="published", version=1,
            reviewed=True, demo=True, created_by="bench", updated_by="bench", created_at=now, updated_at=now,
            published_at=now, search_title=f"{c['search_title']} {name}", search_questions=c["search_questions"],
            search_body=f"{c['search_body']} {name}"))
        if len(batch) == 2000:
            flush()
    if batch:
        flush()


def brute_force(conn, q: str, region: str, at: datetime, table) -> list[int]:
    """The scan baseline: every entry in force, region checked and query words counted in Python."""
    terms = analysis.query_words(q)
    rows = conn.execute(sa.select(policies.c.id, policies.c.regions, policies.c.search_title,
                                  policies.c.search_questions, policies.c.search_body)
                        .where(*search.in_force_at(at))).all()
    scored = []
    for r in rows:
        if rules.match_specificity(r.regions, region, table) is None:
            continue
        words = set(f"{r.search_title} {r.search_questions} {r.search_body}".split())
        hits = sum(1 for t in terms if t in words)
        if hits:
            scored.append((-hits, r.id))
    return [i for _, i in sorted(scored)[:5]]


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p * (len(xs) - 1))))]


def latency(db: Database, label: str) -> None:
    table = load_regions()
    qs = questions()
    rng = random.Random(7)
    t0 = time.perf_counter()
    fill(db, N_SCALE, rng)
    with db.read() as conn:
        total = conn.execute(sa.select(sa.func.count()).select_from(policies)).scalar()
    print(f"latency on {label}: {total} entries (filled in {time.perf_counter() - t0:.0f} s)")
    if db.is_sqlite:
        with db.engine.begin() as conn:
            conn.exec_driver_sql("INSERT INTO policy_fts(policy_fts) VALUES ('optimize')")
            conn.exec_driver_sql("ANALYZE")
    else:
        with db.engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE policies; ANALYZE policy_regions")
    timed = []
    for i in range(N_TIMED):
        q = qs[i % len(qs)]
        at = datetime.fromisoformat(q["at"])
        t = time.perf_counter()
        with db.read() as conn:
            search.search(conn, q["q"], region=q["region"], at=at, limit=5, table=table)
        timed.append((time.perf_counter() - t) * 1000)
    scans = []
    for q in qs[:N_SCAN]:
        t = time.perf_counter()
        with db.read() as conn:
            brute_force(conn, q["q"], q["region"], datetime.fromisoformat(q["at"]), table)
        scans.append((time.perf_counter() - t) * 1000)
    p95, scan95 = pct(timed, 0.95), pct(scans, 0.95)
    print(f"  search   p50 {statistics.median(timed):7.1f} ms  p95 {p95:7.1f} ms  ({N_TIMED} queries; target p95 ≤ 30 ms)")
    print(f"  scan     p50 {statistics.median(scans):7.1f} ms  p95 {scan95:7.1f} ms  ({len(scans)} queries, baseline)")
    print(f"  ratio    scan p95 / search p95 = ×{scan95 / p95:.0f}")


def demo_context(db: Database, tmp: Path) -> Context:
    ctx = Context(db=db, clock=FixedClock(START), storage=LocalFileStorage(tmp / "files"))
    report = import_entries(ctx, data_lines("demo_policies.jsonl"), publish=True, demo=True)
    assert report.ok, report.errors
    return ctx


def postgres_db() -> tuple[Database, callable] | None:
    admin = sa.create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    name = f"hotline_bench_{uuid.uuid4().hex[:8]}"
    try:
        with admin.connect() as conn:
            conn.exec_driver_sql(f"CREATE DATABASE {name} ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' "
                                 "LC_CTYPE 'C.UTF-8' TEMPLATE template0")
    except sa.exc.OperationalError as exc:
        print(f"PostgreSQL skipped: {exc.orig}")
        return None
    db = Database(make_url(PG_URL).set(database=name).render_as_string(hide_password=False))

    def drop():
        db.dispose()
        with admin.connect() as conn:
            conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        admin.dispose()

    return db, drop


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = Database(f"sqlite:///{Path(tmp) / 'kb.db'}")
        upgrade(db)
        ctx = demo_context(db, Path(tmp))
        print("== SQLite")
        quality(ctx)
        latency(db, "SQLite (FTS5)")
        db.dispose()
        pg = postgres_db()
        if pg:
            db, drop = pg
            try:
                upgrade(db)
                ctx = demo_context(db, Path(tmp))
                print("== PostgreSQL")
                quality(ctx)
                latency(db, "PostgreSQL (tsvector + GIN)")
            finally:
                drop()


if __name__ == "__main__":
    main()
