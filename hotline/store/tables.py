"""The database schema (SQLAlchemy Core tables). Migrations in hotline/store/migrations."""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
    UniqueConstraint,
    text,
)

from hotline.domain.lifecycle import WORK_STATES

# Stable constraint names, so migrations read the same on SQLite and PostgreSQL.
metadata = MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

# SQLite's INTEGER PRIMARY KEY is its rowid; BIGINT would lose autoincrement there.
BigId = BigInteger().with_variant(Integer(), "sqlite")


class UTCDateTime(TypeDecorator):
    """Aware datetimes in, aware UTC datetimes out, on both databases (SQLite keeps no offset)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the database")
        value = value.astimezone(timezone.utc)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc)


units = Table(
    "units",
    metadata,
    Column("id", BigId, primary_key=True),
    Column("code", String(64), nullable=False, unique=True),
    Column("name", String(200), nullable=False),
    Column("region", String(6), nullable=False),
    Column("parent_code", String(64), ForeignKey("units.code"), nullable=True),
    Column("kind", String(32), nullable=False, server_default="transport"),
    Column("categories", JSON, nullable=False, default=list),
    Column("phone", String(64), nullable=True),
    Column("duty_hours", String(64), nullable=True),
    Column("created_at", UTCDateTime, nullable=False),
)

# The partial index of the handlers' queues covers the cases in the states a unit works on.
QUEUE_PREDICATE = "status IN (" + ", ".join(f"'{s}'" for s in WORK_STATES) + ")"

cases = Table(
    "cases",
    metadata,
    Column("id", BigId, primary_key=True),
    Column("number", String(20), nullable=False, unique=True),
    Column("tracking_code", String(32), nullable=False, unique=True),
    Column("type", String(32), nullable=False),
    Column("category", String(64), nullable=False),
    Column("title", String(200), nullable=False),
    Column("description", Text, nullable=False),
    Column("channel", String(16), nullable=False),
    Column("urgent", Boolean, nullable=False, default=False),
    Column("reporter_name", String(100), nullable=True),
    Column("reporter_phone", String(32), nullable=True),
    Column("reporter_plate", String(16), nullable=True),
    Column("reporter_company", String(200), nullable=True),
    Column("region", String(6), nullable=True),
    Column("address", String(500), nullable=True),
    Column("lat", Float, nullable=True),
    Column("lng", Float, nullable=True),
    Column("road", String(100), nullable=True),
    Column("landmark", String(200), nullable=True),
    Column("status", String(16), nullable=False),
    Column("version", Integer, nullable=False),
    Column("unit", String(64), ForeignKey("units.code"), nullable=True),
    Column("dispatcher_unit", String(64), ForeignKey("units.code"), nullable=True),
    # The hotline unit that took the case in; holds it until the first dispatch.
    Column("intake_unit", String(64), ForeignKey("units.code"), nullable=True),
    Column("reply", Text, nullable=True),
    Column("satisfaction", Integer, nullable=True),
    Column("return_count", Integer, nullable=False, default=0),
    Column("supervise_count", Integer, nullable=False, default=0),
    Column("extension_pending", Boolean, nullable=False, default=False),
    Column("extension_requested_until", UTCDateTime, nullable=True),
    Column("extended_until", UTCDateTime, nullable=True),
    Column("merged_into_id", BigId, ForeignKey("cases.id"), nullable=True),
    Column("created_by", String(100), nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
    Column("closed_at", UTCDateTime, nullable=True),
    Column("demo", Boolean, nullable=False, default=False),
    # Set when the retention command removed the reporter's personal data (migration 0005).
    Column("anonymized_at", UTCDateTime, nullable=True),
    # The earliest due and warning times among the case's running deadline clocks (NULL: none runs),
    # kept by the clock recomputation (services.deadlines.recompute_case) so that a unit's queue is
    # read in deadline order from an index (migration pt0006).
    Column("queue_due", UTCDateTime, nullable=True),
    Column("queue_warning", UTCDateTime, nullable=True),
    Index("ix_cases_queue", "unit", "queue_due", "created_at", "id", postgresql_include=["queue_warning", "intake_unit"],
          postgresql_where=text(QUEUE_PREDICATE), sqlite_where=text(QUEUE_PREDICATE)),  # pt0006
    # Expression indexes on the holder, coalesce(unit, intake_unit), are created by migrations only:
    # ix_cases_open_holder (pt0004, PostgreSQL), ix_cases_holder_created / ix_cases_holder_closed (pt0007),
    # ix_cases_holder_id (pt0008).
    Index("ix_cases_status_created", "status", "created_at"),
    Index("ix_cases_status_id", "status", "id"),  # pt0005
    Index("ix_cases_unit_status", "unit", "status"),
    Index("ix_cases_region", "region"),
    Index("ix_cases_created_at", "created_at", postgresql_include=["id"]),  # id: pt0008
    Index("ix_cases_reporter_phone", "reporter_phone"),
    Index("ix_cases_reporter_plate", "reporter_plate"),  # pt0003
    Index("ix_cases_urgent_id", "id", postgresql_where=text("urgent"), sqlite_where=text("urgent")),  # pt0003
)

# Every case number and tracking code ever given, one row per case (migration pt0012). It owns their
# uniqueness: on PostgreSQL `cases` is partitioned by id, and a partitioned table cannot hold a unique
# index without its partition key. No foreign key: an archived case's number stays taken.
case_keys = Table(
    "case_keys",
    metadata,
    Column("number", String(20), primary_key=True),
    Column("tracking_code", String(32), nullable=False, unique=True),
    Column("case_id", BigId, nullable=False, unique=True),
)

# Units assisting the lead unit (协办), one row each, so queues and visibility can join on them.
case_cohandlers = Table(
    "case_cohandlers",
    metadata,
    Column("case_id", BigId, ForeignKey("cases.id"), primary_key=True),
    Column("unit", String(64), ForeignKey("units.code"), primary_key=True),
    Column("added_at", UTCDateTime, nullable=False),
    Index("ix_case_cohandlers_unit", "unit"),
)

# One row per 回访 (callback), written with its event: the case, the event's seq, when, the score and the
# unit holding the case at that moment (coalesce(unit, intake_unit)). The reports count a subtree's
# callbacks of a period from (holder, at) instead of joining a day's callback events nationwide to
# their cases (migration pt0009).
case_callbacks = Table(
    "case_callbacks",
    metadata,
    Column("case_id", BigId, ForeignKey("cases.id"), primary_key=True),
    Column("seq", Integer, primary_key=True),
    Column("at", UTCDateTime, nullable=False),
    Column("holder", String(64), nullable=True),  # NULL: held by no unit (counted from the root only)
    Column("satisfaction", Integer, nullable=False),
    Index("ix_case_callbacks_holder_at", "holder", "at", postgresql_include=["satisfaction"]),
    Index("ix_case_callbacks_at", "at"),
)

# Append-only: database triggers refuse UPDATE and DELETE (see the initial migration).
events = Table(
    "events",
    metadata,
    Column("id", BigId, primary_key=True),
    Column("case_id", BigId, ForeignKey("cases.id"), nullable=False),
    Column("seq", Integer, nullable=False),  # the case's version after this event
    Column("action", String(32), nullable=False),
    Column("actor", String(100), nullable=False),
    Column("at", UTCDateTime, nullable=False),
    Column("from_status", String(16), nullable=True),
    Column("to_status", String(16), nullable=False),
    Column("fields", JSON, nullable=False, default=dict),
    Column("note", Text, nullable=True),
    UniqueConstraint("case_id", "seq", name="uq_events_case_seq"),
)

attachments = Table(
    "attachments",
    metadata,
    Column("id", BigId, primary_key=True),
    Column("case_id", BigId, ForeignKey("cases.id"), nullable=False, index=True),
    Column("filename", String(255), nullable=False),
    Column("content_type", String(100), nullable=False),
    Column("size", BigInteger, nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("storage_key", String(200), nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
)

idempotency_keys = Table(
    "idempotency_keys",
    metadata,
    Column("key", String(200), primary_key=True),
    Column("request_hash", String(64), nullable=False),
    Column("case_id", BigId, ForeignKey("cases.id"), nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
)

# Named counters (daily case-number sequences). Incremented with UPDATE … RETURNING.
counters = Table(
    "counters",
    metadata,
    Column("name", String(64), primary_key=True),
    Column("value", BigInteger, nullable=False),
)


# ---------------------------------------------------------------- organization and access (migration 0002)

regions = Table(
    "regions",
    metadata,
    Column("code", String(6), primary_key=True),
    Column("name", String(100), nullable=False),
    Column("short", String(100), nullable=False),
    Column("level", Integer, nullable=False),
    Column("parent", String(6), nullable=True, index=True),
    # For a code no longer in force: the code that replaced it (renamed or merged).
    Column("successor", String(6), nullable=True),
)

routing_rules = Table(
    "routing_rules",
    metadata,
    Column("id", BigId, primary_key=True),
    Column("region", String(6), nullable=False),
    Column("category", String(64), nullable=True),
    Column("type", String(32), nullable=True),
    Column("urgent", Boolean, nullable=True),
    Column("lead_unit", String(64), ForeignKey("units.code"), nullable=False),
    Column("cohandle_units", JSON, nullable=False, default=list),
    Column("note", String(500), nullable=True),
    Column("created_by", String(100), nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
)

users = Table(
    "users",
    metadata,
    Column("id", BigId, primary_key=True),
    Column("username", String(64), nullable=False, unique=True),
    Column("display_name", String(100), nullable=True),
    Column("unit", String(64), ForeignKey("units.code"), nullable=False),
    Column("roles", JSON, nullable=False),
    Column("password_hash", String(200), nullable=True),
    Column("active", Boolean, nullable=False, default=True),
    Column("created_at", UTCDateTime, nullable=False),
)

# Bearer tokens for API calls; only the SHA-256 of a token is stored.
api_tokens = Table(
    "api_tokens",
    metadata,
    Column("id", BigId, primary_key=True),
    Column("user_id", BigId, ForeignKey("users.id"), nullable=False, index=True),
    Column("name", String(100), nullable=False),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("created_at", UTCDateTime, nullable=False),
    Column("revoked_at", UTCDateTime, nullable=True),
)

# Browser sessions (console login); the cookie holds a random id, the table only its SHA-256.
web_sessions = Table(
    "web_sessions",
    metadata,
    Column("id_hash", String(64), primary_key=True),
    Column("user_id", BigId, ForeignKey("users.id"), nullable=False, index=True),
    Column("csrf_token", String(64), nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Column("expires_at", UTCDateTime, nullable=False),
)

# Who saw what: each unmasked view of a reporter's personal data.
audit_log = Table(
    "audit_log",
    metadata,
    Column("id", BigId, primary_key=True),
    Column("at", UTCDateTime, nullable=False),
    Column("actor", String(100), nullable=False),
    Column("action", String(64), nullable=False),
    Column("case_id", BigId, ForeignKey("cases.id"), nullable=True, index=True),
    Column("detail", JSON, nullable=True),
)


# Where each background consumer of the events log has got to (hotline/jobs/consumer.py).
# The supervisors' per-unit figures, taken by the job round (services.unit_figures, migration
# pt0010): when they were last taken, the open cases by holder, status and urgency, and the cases
# past due by the set of units their overdue clocks press.
figure_snapshots = Table(
    "figure_snapshots",
    metadata,
    Column("name", String(32), primary_key=True),
    Column("taken_at", UTCDateTime, nullable=True),
)

snapshot_open = Table(
    "snapshot_open",
    metadata,
    Column("id", BigId, primary_key=True, autoincrement=True),
    Column("holder", String(64), nullable=True),
    Column("status", String(16), nullable=False),
    Column("urgent", Boolean, nullable=False),
    Column("cases", Integer, nullable=False),
)

snapshot_overdue = Table(
    "snapshot_overdue",
    metadata,
    Column("id", BigId, primary_key=True, autoincrement=True),
    Column("units", JSON, nullable=False),  # sorted unit codes
    Column("cases", Integer, nullable=False),
)


job_cursors = Table(
    "job_cursors",
    metadata,
    Column("name", String(64), primary_key=True),
    Column("last_event_id", BigInteger, nullable=False),
)


# What intake suggested for each case and whether the person kept it (hotline/services/intake.py).
intake_suggestions = Table(
    "intake_suggestions",
    metadata,
    Column("id", BigId, primary_key=True),
    Column("case_id", BigId, ForeignKey("cases.id"), nullable=False, index=True),
    Column("field", String(32), nullable=False),
    Column("suggested", String(200), nullable=True),
    Column("final", String(200), nullable=True),
    Column("accepted", Boolean, nullable=False),
    Column("source", String(16), nullable=False),
)


# Login attempts, for rate limiting and lockout (hotline/services/auth.py).
login_attempts = Table(
    "login_attempts",
    metadata,
    Column("id", BigId, primary_key=True),
    Column("username", String(64), nullable=False),
    Column("ip", String(64), nullable=False),
    Column("at", UTCDateTime, nullable=False),
    Column("ok", Boolean, nullable=False),
    Index("ix_login_attempts_username_at", "username", "at"),
    Index("ix_login_attempts_ip_at", "ip", "at"),
)
