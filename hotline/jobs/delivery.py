"""Deliver queued deadline notifications (the outbox the sweep fills).

A batch is claimed (status pending → sending, SKIP LOCKED) and committed before anything is sent, so
two processes never send the same row; the result is recorded afterwards. A process that dies
between sending and recording leaves the row `sending`; after LEASE another process sends it again
(at least once — the e-mail's Message-ID and the webhook's X-Hotline-Delivery stay the same, so a
receiver can drop the copy). Failures retry with a doubling delay, up to MAX_ATTEMPTS.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta

import sqlalchemy as sa
from sqlalchemy import Connection

from hotline.domain.clock import Clock
from hotline.notify import Notifier
from hotline.notify.message import DeadlineNotice
from hotline.services.deadlines import CLOCK_LABELS
from hotline.store import unit_cache
from hotline.store.db import Database
from hotline.store.deadline_tables import deadline_alerts, deadline_notifications
from hotline.store.tables import cases

LEASE = timedelta(minutes=5)
MAX_ATTEMPTS = 8
FIRST_RETRY = timedelta(seconds=30)
LAST_RETRY = timedelta(hours=1)


def retry_delay(attempts: int) -> timedelta:
    return min(FIRST_RETRY * 2 ** max(attempts - 1, 0), LAST_RETRY)


def notices(conn: Connection, alert_ids: list[int], public_url: str = "") -> dict[int, DeadlineNotice]:
    a = deadline_alerts.c
    names = unit_cache.names(conn)
    rows = conn.execute(sa.select(deadline_alerts, cases.c.number, cases.c.title)
                        .join(cases, cases.c.id == a.case_id).where(a.id.in_(alert_ids))).all()
    return {r.id: DeadlineNotice(
        alert_id=r.id, kind=r.kind, case_number=r.number, case_title=r.title, clock=r.clock,
        clock_label=CLOCK_LABELS.get(r.clock, r.clock), due_at=r.due_at, fired_at=r.fired_at, unit=r.unit,
        unit_name=names.get(r.unit), escalated_to=r.escalated_to, escalated_to_name=names.get(r.escalated_to),
        supervisors=tuple(r.supervisors), public_url=public_url) for r in rows}


def _claim(db: Database, now, batch: int, public_url: str):
    n = deadline_notifications.c
    with db.write() as conn:
        rows = conn.execute(sa.select(deadline_notifications).where(sa.or_(
            sa.and_(n.status == "pending", n.next_attempt_at <= now),
            sa.and_(n.status == "sending", n.claimed_at < now - LEASE),
        )).order_by(n.id).limit(batch).with_for_update(skip_locked=True)).all()
        if not rows:
            return [], {}
        conn.execute(sa.update(deadline_notifications).where(n.id.in_([r.id for r in rows]))
                     .values(status="sending", claimed_at=now, attempts=n.attempts + 1))
        return rows, notices(conn, sorted({r.alert_id for r in rows}), public_url)


def deliver(db: Database, clock: Clock, notifiers: Mapping[str, Notifier], *, public_url: str = "",
            batch: int = 50) -> dict[str, int]:
    """Send what is due to be sent; returns counts of sent, retrying and failed notifications."""
    counts = {"sent": 0, "retrying": 0, "failed": 0}
    n = deadline_notifications.c
    while True:
        rows, found = _claim(db, clock.now(), batch, public_url)
        if not rows:
            return counts
        errors: dict[int, str | None] = {}
        for r in rows:
            notifier = notifiers.get(r.channel)
            try:
                if notifier is None:
                    raise RuntimeError(f"channel {r.channel!r} is not configured any more")
                notifier.send(found[r.alert_id], list(r.recipients))
                errors[r.id] = None
            except Exception as exc:  # any failure of one delivery is recorded, not raised
                errors[r.id] = f"{type(exc).__name__}: {exc}"[:2000]
        now = clock.now()
        with db.write() as conn:
            for r in rows:
                error, attempts = errors[r.id], r.attempts + 1
                if error is None:
                    values = {"status": "sent", "sent_at": now, "last_error": None}
                    counts["sent"] += 1
                elif attempts >= MAX_ATTEMPTS:
                    values = {"status": "failed", "last_error": error}
                    counts["failed"] += 1
                else:
                    values = {"status": "pending", "last_error": error, "next_attempt_at": now + retry_delay(attempts)}
                    counts["retrying"] += 1
                conn.execute(sa.update(deadline_notifications).where(n.id == r.id).values(**values))
