"""The streaming detector as a background job over the events log (`hotline.jobs.consumer`).

Call `run_hotspot_step(db, clock)` every few seconds (the job runner or `hotline hotspots watch`).
Each consumer step, in ONE transaction: read the next `create` events, load the topics those cases
can belong to (their region × category buckets) from `hotspot_topics`, run the pure core of
`stream.py` over the cases in time order, open or join incidents, and write the topics back. So the
counts and surge state are durable, a crash redoes the step, and two app processes take turns.

Latency: a case is handled at the first step after its event is visible — on PostgreSQL events are
taken once they are `SETTLE` (2 s) old — so with a step every 5 s a surge becomes an incident within
about 7 s of the case that crosses it, well inside the one minute the issue asks for.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta
import sqlalchemy as sa
from sqlalchemy import Connection

from hotline.domain.clock import Clock
from hotline.hotspots import incidents
from hotline.hotspots.stream import CaseIn, Features, Params, StreamDetector, Topic, featurize, region_key
from hotline.jobs.consumer import run_step
from hotline.store.db import Database
from hotline.store.hotspot_tables import hotspot_topic_cases, hotspot_topics
from hotline.store.tables import cases

CONSUMER = "hotspots"
PARAMS = Params()
# Text topics (no named place) silent this long are deleted with their case links: most hold one
# case, and keeping them would grow the table by most of the case volume. Anchored topics are kept.
PRUNE_AFTER = timedelta(days=7)
PRUNE_EVERY = timedelta(hours=1)
_last_prune: dict[str, datetime] = {}


@dataclass
class StepReport:
    events: int = 0
    cases: int = 0
    opened: list[int] = field(default_factory=list)  # incident ids
    joined: int = 0
    pruned: int = 0  # stale text topics deleted


def run_hotspot_step(db: Database, clock: Clock, *, params: Params = PARAMS, max_steps: int = 20,
                     batch: int = 500) -> StepReport:
    """Handle every waiting event (up to `max_steps` × `batch`). Safe to call from several processes."""
    report = StepReport()
    for _ in range(max_steps):
        n = run_step(db, clock, CONSUMER, lambda conn, rows: _handle(conn, rows, clock, params, report),
                     batch=batch)
        report.events += n
        if n < batch:
            break
    return report


def _case_in(row) -> CaseIn:
    region = row.region
    if not region:  # intake left it empty: read it from the text (slower, rare)
        from hotline.text.places import locate

        region = locate(f"{row.title} {row.description or ''}")["code"]
    return CaseIn(id=row.id, at=row.created_at, category=row.category, title=row.title,
                  description=row.description or "", region=region, landmark=row.landmark)


def _handle(conn: Connection, rows, clock: Clock, params: Params, report: StepReport) -> None:
    ids = [r.case_id for r in rows if r.action == "create"]
    if not ids:
        return
    case_rows = conn.execute(sa.select(cases).where(cases.c.id.in_(ids))
                             .order_by(cases.c.created_at, cases.c.id)).all()
    ins = [_case_in(c) for c in case_rows]
    feats = [featurize(ci, params) for ci in ins]
    detector = _load(conn, feats, min(c.created_at for c in case_rows), params)
    now = clock.now()
    touched: dict[str, Topic] = {}
    assigned: list[tuple[object, Topic, dict]] = []
    for case, ci, f in zip(case_rows, ins, feats):
        out = detector.observe(ci, f)
        topic = out.topic
        touched[topic.key] = topic
        how = {"anchor": topic.anchor} if out.similarity is None and topic.anchor else (
            {"text": round(out.similarity, 3)} if out.similarity is not None else {"new": True})
        assigned.append((case, topic, how))
        if out.open_incident:
            d, rule = out.decision, detector.rule_for(topic)
            topic.incident = incidents.open_incident(
                conn, now, region=topic.region, category=topic.category, anchor=topic.anchor,
                case_ids=[int(i) for i in out.members],
                surge={"count": d.count, "expected": round(d.expected, 3), "p": d.p,
                       "window_minutes": int(rule.window.total_seconds() // 60),
                       "rule": {"min_count": rule.min_count, "p_value": rule.p_value},
                       "crossed_by": case.number, "crossed_at": case.created_at.isoformat()})
            report.opened.append(int(topic.incident))
        elif out.join_incident is not None:
            incidents.join_incident(conn, now, int(out.join_incident), case.id, case.created_at)
            report.joined += 1
    _save(conn, touched.values())
    for case, topic, how in assigned:
        conn.execute(sa.insert(hotspot_topic_cases).values(case_id=case.id, topic_id=topic.db_id, at=case.created_at,
                                                           similarity=how))
    report.cases += len(case_rows)
    last = _last_prune.get(str(conn.engine.url))
    if last is None or now - last >= PRUNE_EVERY:
        report.pruned += prune_topics(conn, now)
        _last_prune[str(conn.engine.url)] = now


def prune_topics(conn: Connection, now: datetime, older_than: timedelta = PRUNE_AFTER) -> int:
    """Delete text topics silent for `older_than` that are not in surge and never had an incident.
    Runs inside a consumer step, so no other step is using those topics."""
    t = hotspot_topics.c
    stale = sa.select(t.id).where(t.anchor.is_(None), t.last_at < now - older_than, t.in_surge.is_(False),
                                  t.incident_id.is_(None))
    ids = conn.execute(stale).scalars().all()
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        conn.execute(sa.delete(hotspot_topic_cases).where(hotspot_topic_cases.c.topic_id.in_(chunk)))
        conn.execute(sa.delete(hotspot_topics).where(t.id.in_(chunk)))
    return len(ids)


def _load(conn: Connection, feats: list[Features], earliest, params: Params) -> StreamDetector:
    """A detector holding the topics these cases can join: live topics of their buckets and the
    topics of the anchors they name (however old)."""
    buckets = sorted({(f.region, f.category) for f in feats})
    anchor_keys = sorted({StreamDetector.anchor_key(f.region, f.category, a[start:])
                          for f in feats for a in f.anchors for start in range(0, max(1, len(a) - 3))})
    cutoff = earliest - params.topic_ttl
    cond = sa.and_(sa.tuple_(hotspot_topics.c.region, hotspot_topics.c.category).in_(buckets),
                   hotspot_topics.c.last_at >= cutoff)
    if anchor_keys:
        cond = sa.or_(cond, hotspot_topics.c.key.in_(anchor_keys))
    rows = conn.execute(sa.select(hotspot_topics).where(cond)).all()
    live = incidents.live_incidents(conn, {r.incident_id for r in rows if r.incident_id})
    topics = [Topic.from_json(key=r.key, region=r.region, category=r.category, anchor=r.anchor, first_at=r.first_at,
                              last_at=r.last_at, count=r.case_count, state=r.state,
                              incident=live.get(r.incident_id), db_id=r.id) for r in rows]
    return StreamDetector(params, topics, serial=lambda: uuid.uuid4().hex[:16])


def _save(conn: Connection, topics) -> None:
    for t in topics:
        values = dict(region=t.region, category=t.category, anchor=t.anchor, case_count=t.count, state=t.to_json(),
                      in_surge=t.surge.in_surge, incident_id=t.incident, first_at=t.first_at, last_at=t.last_at)
        if t.db_id is None:
            t.db_id = conn.execute(sa.insert(hotspot_topics).values(key=t.key, **values)
                                   .returning(hotspot_topics.c.id)).scalar_one()
        else:
            conn.execute(sa.update(hotspot_topics).where(hotspot_topics.c.id == t.db_id).values(**values))


def surging_topics(conn: Connection, *, region_prefix: str = "", limit: int = 50) -> list[dict]:
    """Topics in surge now, busiest first (for dashboards)."""
    q = sa.select(hotspot_topics).where(hotspot_topics.c.in_surge.is_(True))
    if region_prefix:
        q = q.where(hotspot_topics.c.region.startswith(region_prefix, autoescape=True))
    rows = conn.execute(q.order_by(hotspot_topics.c.last_at.desc()).limit(limit)).all()
    return [{"key": r.key, "region": r.region, "category": r.category, "anchor": r.anchor, "cases": r.case_count,
             "in_window": len(r.state.get("recent", [])), "incident_id": r.incident_id,
             "last_at": r.last_at.isoformat()} for r in rows]


__all__ = ["run_hotspot_step", "StepReport", "CONSUMER", "region_key", "surging_topics"]
