"""The deadline sweep: fire each warning (75 %) and overdue event once, escalate overdue cases.

Due and warning times are stored and indexed (partial indexes on running, not-yet-fired clocks), so
each round reads only what has become due. A batch is claimed with SELECT … FOR UPDATE SKIP LOCKED:
on PostgreSQL two processes take different rows and neither waits; on SQLite the writer lock of
BEGIN IMMEDIATE serializes them — one code path. Within the claiming transaction the clock's fired
flag is set (conditionally), the alert row is inserted (unique per clock, kind and due time) and the
notifications are queued, so an alert exists exactly once, with its notifications, or not at all.

Catching up: a deadline that passed while no process ran is simply "due" at the next round, and
fires then — once. If it is older than the catch-up limit it is recorded without e-mail or webhook.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timedelta
from typing import Literal

import sqlalchemy as sa
from sqlalchemy import Connection

from hotline.domain.access import Role, UnitTree
from hotline.domain.clock import Clock
from hotline.jobs.consumer import SETTLE
from hotline.services.cases import load_tree
from hotline.services.deadlines import unit_emails
from hotline.store.db import Database, insert_ignore
from hotline.store.deadline_tables import deadline_alerts, deadline_clocks, deadline_notifications
from hotline.store.tables import UTCDateTime, users

Kind = Literal["warning", "overdue"]


@dataclass(frozen=True)
class Routes:
    """Which channels an alert is queued for, and to whom."""

    email: bool = False  # an SMTP notifier is configured
    email_to: tuple[str, ...] = ()  # receives every alert
    webhook_url: str | None = None

    def for_alert(self, conn: Connection, units: Iterable[str | None]) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        if self.email:
            to = sorted(set(unit_emails(conn, units)) | set(self.email_to))
            if to:
                out["email"] = to
        if self.webhook_url:
            out["webhook"] = [self.webhook_url]
        return out


def supervisors_of(conn: Connection, unit: str | None) -> list[str]:
    if not unit:
        return []
    rows = conn.execute(sa.select(users.c.username, users.c.roles)
                        .where(users.c.unit == unit, users.c.active.is_(True))).all()
    return sorted(name for name, roles in rows if Role.SUPERVISOR.value in (roles or []))


def due_query(kind: Kind, now, batch: int):
    """The claim: running clocks whose warning or due time has come and that have not fired yet."""
    c = deadline_clocks.c
    at, flag = (c.due_at, c.overdue_fired_at) if kind == "overdue" else (c.warning_at, c.warning_fired_at)
    q = sa.select(c.id, c.case_id, c.name, c.unit, c.due_at, at.label("at")).where(
        c.stopped_at.is_(None), flag.is_(None), at <= now)
    if kind == "warning":
        q = q.where(c.due_at > now)  # overdue already: the overdue event says more
    return q.order_by(at).limit(batch).with_for_update(skip_locked=True)


def _fire_batch(conn: Connection, rows, kind: Kind, now, tree: UnitTree, routes: Routes,
                catchup: timedelta) -> int:
    """Fire the claimed rows: flags, alerts and queued notifications, a few statements per batch."""
    c = deadline_clocks.c
    if kind == "overdue":
        # Overdue settles the warning too: a warning found after the deadline would only be noise.
        flags = {"overdue_fired_at": now,
                 "warning_fired_at": sa.func.coalesce(c.warning_fired_at, sa.literal(now, UTCDateTime()))}
        unfired = c.overdue_fired_at.is_(None)
    else:
        flags, unfired = {"warning_fired_at": now}, c.warning_fired_at.is_(None)
    claimed = set(conn.execute(sa.update(deadline_clocks).where(c.id.in_([r.id for r in rows]), unfired)
                               .values(**flags).returning(c.id)).scalars())
    supervisors: dict[str | None, list[str]] = {}
    alerts = []
    for r in rows:
        if r.id not in claimed:
            continue
        parent = tree.parents.get(r.unit) if kind == "overdue" and r.unit else None
        if parent not in supervisors:
            supervisors[parent] = supervisors_of(conn, parent)
        alerts.append({"case_id": r.case_id, "clock_id": r.id, "clock": r.name, "kind": kind, "due_at": r.due_at,
                       "fired_at": now, "unit": r.unit, "escalated_to": parent,
                       "supervisors": supervisors[parent], "notified": r.at >= now - catchup})
    if not alerts:
        return 0
    a = deadline_alerts.c
    # The unique (clock, kind, due) key: an alert that exists already is not inserted, nor sent again.
    inserted = conn.execute(insert_ignore(conn, deadline_alerts).returning(a.id, a.clock_id), alerts).all()
    alert_ids = {clock_id: alert_id for alert_id, clock_id in inserted}
    queued, recipients = [], {}
    for alert in alerts:
        if alert["clock_id"] not in alert_ids or not alert["notified"]:
            continue
        key = (alert["unit"], alert["escalated_to"])
        if key not in recipients:
            recipients[key] = routes.for_alert(conn, key)
        queued += [{"alert_id": alert_ids[alert["clock_id"]], "channel": channel, "recipients": to,
                    "status": "pending", "attempts": 0, "next_attempt_at": now}
                   for channel, to in recipients[key].items()]
    if queued:
        conn.execute(sa.insert(deadline_notifications), queued)
    return len(alert_ids)


def fire_due(db: Database, clock: Clock, kind: Kind, routes: Routes = Routes(), *,
             catchup: timedelta = timedelta(days=7), batch: int = 200) -> int:
    """Fire every `kind` event that has come due; returns how many this process fired.

    A deadline counts as come once SETTLE has passed, so that an event just before it (a reply at
    the last second) reaches the clock consumer first.
    """
    fired = 0
    while True:
        now = clock.now()
        with db.write() as conn:
            rows = conn.execute(due_query(kind, now - SETTLE, batch)).all()
            if not rows:
                return fired
            n = _fire_batch(conn, rows, kind, now, load_tree(conn), routes, catchup)
        fired += n
        if n == 0:
            return fired
