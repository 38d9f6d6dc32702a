"""Deadline storage (时限): policies, the working-day override table, emergency modes, per-case clocks,
the alerts the sweep fires and the notifications it sends. Migration: versions/dl0001_deadlines.py.

The tables live on the shared `metadata`, so Alembic and the tests see one schema.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
)

from hotline.store.tables import BigId, UTCDateTime, metadata

# Deadline policies, one row per version (the JSON shape of hotline/data/deadline_policies.json, one
# entry of its "versions" list). An edit retires the row and adds a new one, so the history stays;
# the policy in force is the set of rows not retired.
deadline_policy_versions = Table(
    "deadline_policy_versions",
    metadata,
    Column("id", BigId, primary_key=True),
    Column("version", String(32), nullable=False),
    Column("effective_from", Date, nullable=False),
    Column("body", JSON, nullable=False),
    Column("created_by", String(100), nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Column("retired_by", String(100), nullable=True),
    Column("retired_at", UTCDateTime, nullable=True),
    Index("uq_deadline_policy_versions_live", "version", unique=True,
          postgresql_where=text("retired_at IS NULL"), sqlite_where=text("retired_at IS NULL")),
)

# The office's corrections to the Chinese calendar: a local day off, next year's holidays.
deadline_overrides = Table(
    "deadline_overrides",
    metadata,
    Column("day", Date, primary_key=True),
    Column("workday", Boolean, nullable=False),
    Column("note", String(200), nullable=True),
    Column("updated_by", String(100), nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
)

# 应急状态: on for a region subtree and category patterns from started_at until `until`.
emergency_modes = Table(
    "emergency_modes",
    metadata,
    Column("id", BigId, primary_key=True),
    Column("region", String(6), nullable=False),
    Column("categories", JSON, nullable=False),
    Column("reason", Text, nullable=False),
    Column("started_at", UTCDateTime, nullable=False),
    Column("until", UTCDateTime, nullable=True),
    Column("switched_on_by", String(100), nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Column("switched_off_by", String(100), nullable=True),
    Column("switched_off_at", UTCDateTime, nullable=True),
    Column("off_reason", Text, nullable=True),
    # When the open cases it covers were queued for recomputation: at switch-on, or by the sweep once
    # a mode planned for later has started.
    Column("applied_at", UTCDateTime, nullable=True),
)

# One row per case that has clocks: the lock a recomputation takes, and its to-do flag.
deadline_cases = Table(
    "deadline_cases",
    metadata,
    Column("case_id", BigId, ForeignKey("cases.id"), primary_key=True),
    Column("round", Integer, nullable=False),
    Column("open", Boolean, nullable=False),  # some clock is running
    Column("dirty", Boolean, nullable=False),  # an emergency mode or the override table changed
    Column("computed_at", UTCDateTime, nullable=False),
    Index("ix_deadline_cases_dirty", "case_id",
          postgresql_where=text("dirty"), sqlite_where=text("dirty")),
)

# The clocks of each case and round of handling (a forward, escalation or reopen starts a new round).
# due_at and warning_at are stored so the sweep finds what became due through the partial indexes.
deadline_clocks = Table(
    "deadline_clocks",
    metadata,
    Column("id", BigId, primary_key=True),
    Column("case_id", BigId, ForeignKey("cases.id"), nullable=False),
    Column("name", String(16), nullable=False),
    Column("round", Integer, nullable=False),
    Column("unit", String(64), nullable=True),  # the unit the clock presses (holder of the case)
    Column("started_at", UTCDateTime, nullable=False),
    Column("counted_from", UTCDateTime, nullable=False),
    Column("due_at", UTCDateTime, nullable=False),
    Column("warning_at", UTCDateTime, nullable=False),
    Column("stopped_at", UTCDateTime, nullable=True),
    # running | met | met_late | superseded (a new round began) | cancelled (case merged away)
    Column("state", String(16), nullable=False),
    Column("allowed", String(16), nullable=False),
    Column("rule_id", String(64), nullable=False),
    Column("policy_version", String(32), nullable=False),
    Column("emergency_id", BigInteger, nullable=True),
    Column("extensions", JSON, nullable=False),
    Column("warning_fired_at", UTCDateTime, nullable=True),
    Column("overdue_fired_at", UTCDateTime, nullable=True),
    Column("updated_at", UTCDateTime, nullable=False),
    UniqueConstraint("case_id", "name", "round", name="uq_deadline_clocks_case_name_round"),
    Index("ix_deadline_clocks_due", "due_at",
          postgresql_where=text("stopped_at IS NULL AND overdue_fired_at IS NULL"),
          sqlite_where=text("stopped_at IS NULL AND overdue_fired_at IS NULL")),
    Index("ix_deadline_clocks_warning", "warning_at",
          postgresql_where=text("stopped_at IS NULL AND warning_fired_at IS NULL"),
          sqlite_where=text("stopped_at IS NULL AND warning_fired_at IS NULL")),
    Index("ix_deadline_clocks_unit_due", "unit", "due_at"),
)

# What the sweep fired: one row per clock, kind and due time — the unique key makes "once" a fact of
# the database, whatever the number of processes. The console lists these.
deadline_alerts = Table(
    "deadline_alerts",
    metadata,
    Column("id", BigId, primary_key=True),
    Column("case_id", BigId, ForeignKey("cases.id"), nullable=False),
    Column("clock_id", BigId, ForeignKey("deadline_clocks.id"), nullable=False),
    Column("clock", String(16), nullable=False),
    Column("kind", String(16), nullable=False),  # warning | overdue
    Column("due_at", UTCDateTime, nullable=False),
    Column("fired_at", UTCDateTime, nullable=False),
    Column("unit", String(64), nullable=True),
    Column("escalated_to", String(64), nullable=True),  # overdue: the parent unit
    Column("supervisors", JSON, nullable=False),  # the parent unit's supervisors (usernames)
    Column("notified", Boolean, nullable=False),  # False: too old when found (catch-up limit)
    UniqueConstraint("clock_id", "kind", "due_at", name="uq_deadline_alerts_clock_kind_due"),
    Index("ix_deadline_alerts_unit_fired", "unit", "fired_at"),
    Index("ix_deadline_alerts_escalated_fired", "escalated_to", "fired_at"),
)

# The outbox: one row per alert and channel, delivered by the job after the alert commits.
deadline_notifications = Table(
    "deadline_notifications",
    metadata,
    Column("id", BigId, primary_key=True),
    Column("alert_id", BigId, ForeignKey("deadline_alerts.id"), nullable=False),
    Column("channel", String(16), nullable=False),  # email | webhook
    Column("recipients", JSON, nullable=False),
    Column("status", String(16), nullable=False),  # pending | sending | sent | failed
    Column("attempts", Integer, nullable=False),
    Column("next_attempt_at", UTCDateTime, nullable=False),
    Column("claimed_at", UTCDateTime, nullable=True),
    Column("sent_at", UTCDateTime, nullable=True),
    Column("last_error", Text, nullable=True),
    UniqueConstraint("alert_id", "channel", name="uq_deadline_notifications_alert_channel"),
    Index("ix_deadline_notifications_status_next", "status", "next_attempt_at"),
)

# Where a unit's deadline e-mails go.
deadline_contacts = Table(
    "deadline_contacts",
    metadata,
    Column("unit", String(64), ForeignKey("units.code"), nullable=False),
    Column("email", String(254), nullable=False),
    PrimaryKeyConstraint("unit", "email", name="pk_deadline_contacts"),
)

DEADLINE_TABLES = (deadline_policy_versions, deadline_overrides, emergency_modes, deadline_cases,
                   deadline_clocks, deadline_alerts, deadline_notifications, deadline_contacts)
