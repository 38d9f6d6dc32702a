"""Tables of streaming hotspot detection and hotspot incidents (issue 7), on the shared metadata.

Migration: versions/hs0001_hotspots.py (branch "hotspots").

- hotspot_topics          one row per region × topic, with its count and surge state (durable counts)
- hotspot_topic_cases     which topic each case was given (one row per case)
- hotspot_incidents       热点事件: a surge that people look at; status, title, responsible unit
- hotspot_incident_cases  members; a case is in at most one incident
- hotspot_incident_log    who did what to an incident (confirm, dismiss, merge, split, close …)
- hotspot_notifications   what the console shows: the responsible unit's notice, supervisors' alerts
- hotspot_kb_tasks        知识库任务: "this question is new here — publish an answer"
"""

from __future__ import annotations

from sqlalchemy import JSON, Boolean, Column, ForeignKey, Index, Integer, String, Table, Text

from hotline.store.tables import BigId, UTCDateTime, metadata

hotspot_incidents = Table(
    "hotspot_incidents",
    metadata,
    Column("id", BigId, primary_key=True),
    # open → confirmed → closed; open/confirmed → dismissed; open/confirmed → merged (into another)
    Column("status", String(16), nullable=False),
    Column("title", String(200), nullable=False),
    Column("words", JSON, nullable=False, default=list),
    Column("region", String(6), nullable=False),  # prefecture-level key of the topic
    Column("category", String(64), nullable=False),
    Column("anchor", String(100), nullable=True),
    Column("unit", String(64), ForeignKey("units.code"), nullable=True),  # responsible unit (routing)
    Column("route_reason", String(500), nullable=True),
    Column("size", Integer, nullable=False, default=0),
    Column("first_case_at", UTCDateTime, nullable=True),
    Column("last_case_at", UTCDateTime, nullable=True),
    Column("surge", JSON, nullable=True),  # count, expected, p, window at the crossing
    Column("merged_into_id", BigId, ForeignKey("hotspot_incidents.id"), nullable=True),
    Column("split_from_id", BigId, ForeignKey("hotspot_incidents.id"), nullable=True),
    Column("reply", Text, nullable=True),  # the batch reply sent when it was closed
    Column("reply_report", JSON, nullable=True),
    Column("version", Integer, nullable=False),
    Column("opened_by", String(100), nullable=False),
    Column("opened_at", UTCDateTime, nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
    Column("closed_at", UTCDateTime, nullable=True),
    Index("ix_hotspot_incidents_status", "status", "opened_at"),
    Index("ix_hotspot_incidents_unit", "unit"),
)

hotspot_topics = Table(
    "hotspot_topics",
    metadata,
    Column("id", BigId, primary_key=True),
    Column("key", String(200), nullable=False, unique=True),  # region|category|@anchor or region|category|#n
    Column("region", String(6), nullable=False),
    Column("category", String(64), nullable=False),
    Column("anchor", String(100), nullable=True),
    Column("case_count", Integer, nullable=False),
    Column("state", JSON, nullable=False),  # samples, cases in the window, surge state (stream.Topic)
    Column("in_surge", Boolean, nullable=False, default=False),  # for "what is surging now" lists
    Column("incident_id", BigId, ForeignKey("hotspot_incidents.id"), nullable=True),
    Column("first_at", UTCDateTime, nullable=False),
    Column("last_at", UTCDateTime, nullable=False),
    Index("ix_hotspot_topics_bucket", "region", "category", "last_at"),
)

hotspot_topic_cases = Table(
    "hotspot_topic_cases",
    metadata,
    Column("case_id", BigId, ForeignKey("cases.id"), primary_key=True),
    Column("topic_id", BigId, ForeignKey("hotspot_topics.id"), nullable=False),
    Column("at", UTCDateTime, nullable=False),
    Column("similarity", JSON, nullable=True),  # how it joined: {"anchor": …} or {"text": 0.53}
    Index("ix_hotspot_topic_cases_topic", "topic_id", "at"),
)

hotspot_incident_cases = Table(
    "hotspot_incident_cases",
    metadata,
    Column("case_id", BigId, ForeignKey("cases.id"), primary_key=True),
    Column("incident_id", BigId, ForeignKey("hotspot_incidents.id"), nullable=False),
    Column("how", String(16), nullable=False),  # surge, joined, merged, split
    Column("joined_at", UTCDateTime, nullable=False),
    Index("ix_hotspot_incident_cases_incident", "incident_id"),
)

hotspot_incident_log = Table(
    "hotspot_incident_log",
    metadata,
    Column("id", BigId, primary_key=True),
    Column("incident_id", BigId, ForeignKey("hotspot_incidents.id"), nullable=False),
    Column("action", String(32), nullable=False),
    Column("actor", String(100), nullable=False),
    Column("at", UTCDateTime, nullable=False),
    Column("fields", JSON, nullable=False, default=dict),
    Column("note", Text, nullable=True),
    Index("ix_hotspot_incident_log_incident", "incident_id", "id"),
)

hotspot_notifications = Table(
    "hotspot_notifications",
    metadata,
    Column("id", BigId, primary_key=True),
    Column("incident_id", BigId, ForeignKey("hotspot_incidents.id"), nullable=False),
    Column("kind", String(32), nullable=False),  # incident_opened (to the unit), supervisor_alert (to a person)
    Column("unit", String(64), ForeignKey("units.code"), nullable=True),
    Column("username", String(64), nullable=True),
    Column("title", String(200), nullable=False),
    Column("message", Text, nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Column("read_at", UTCDateTime, nullable=True),
    Column("read_by", String(100), nullable=True),
    Index("ix_hotspot_notifications_unit", "unit", "created_at"),
    Index("ix_hotspot_notifications_username", "username", "created_at"),
)

hotspot_kb_tasks = Table(
    "hotspot_kb_tasks",
    metadata,
    Column("id", BigId, primary_key=True),
    Column("incident_id", BigId, ForeignKey("hotspot_incidents.id"), nullable=False, unique=True),
    Column("region", String(6), nullable=False),
    Column("category", String(64), nullable=False),
    Column("title", String(300), nullable=False),
    Column("sample_questions", JSON, nullable=False, default=list),
    Column("status", String(16), nullable=False),  # open, done, dropped
    Column("policy_uid", String(32), nullable=True),  # the entry that answered it
    Column("created_at", UTCDateTime, nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
    Index("ix_hotspot_kb_tasks_status", "status", "created_at"),
)
