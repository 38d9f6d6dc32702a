"""Tables of the policy knowledge base (issue 6), on the shared metadata.

The full-text index is not a SQLAlchemy table: the kb0001 migration creates an FTS5 table kept in
step by triggers on SQLite, and a generated tsvector column with a GIN index on PostgreSQL.
"""

from __future__ import annotations

from sqlalchemy import JSON, Boolean, Column, ForeignKey, Index, Integer, String, Table, Text, UniqueConstraint

from hotline.store.tables import BigId, UTCDateTime, metadata

policies = Table(
    "policies",
    metadata,
    Column("id", BigId, primary_key=True),
    Column("uid", String(32), nullable=False, unique=True),  # stable across hotlines (sync)
    Column("key", String(100), nullable=True),  # the optional external key (import/export)
    Column("origin", String(300), nullable=False, server_default=""),  # upstream URL; "" = our own
    Column("title", String(300), nullable=False),
    Column("questions", JSON, nullable=False, default=list),
    Column("answer", Text, nullable=False),
    Column("body", Text, nullable=False),
    Column("regions", JSON, nullable=False, default=list),
    Column("categories", JSON, nullable=False, default=list),
    Column("tags", JSON, nullable=False, default=list),
    Column("overrides", JSON, nullable=False, default=list),  # keys of entries this one replaces locally
    Column("source_issuer", String(200), nullable=True),
    Column("source_doc_no", String(100), nullable=True),
    Column("source_url", String(500), nullable=True),
    Column("effective_from", UTCDateTime, nullable=True),
    Column("effective_until", UTCDateTime, nullable=True),  # exclusive
    Column("status", String(16), nullable=False),
    Column("version", Integer, nullable=False),
    Column("reviewed", Boolean, nullable=False, default=False),
    Column("demo", Boolean, nullable=False, default=False),
    Column("created_by", String(100), nullable=False),
    Column("updated_by", String(100), nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
    Column("published_at", UTCDateTime, nullable=True),
    # Segmented copies (space-separated words + synonym tokens) that the full-text index reads.
    Column("search_title", Text, nullable=False, default=""),
    Column("search_questions", Text, nullable=False, default=""),
    Column("search_body", Text, nullable=False, default=""),
    UniqueConstraint("origin", "key", name="uq_policies_origin_key"),
    Index("ix_policies_status", "status"),
)

# One row per region code of an entry: the region filter of search is an index lookup.
policy_regions = Table(
    "policy_regions",
    metadata,
    Column("policy_id", BigId, ForeignKey("policies.id", ondelete="CASCADE"), primary_key=True),
    Column("region", String(6), primary_key=True),
    Index("ix_policy_regions_region", "region", "policy_id"),
)

policy_versions = Table(
    "policy_versions",
    metadata,
    Column("id", BigId, primary_key=True),
    Column("policy_id", BigId, ForeignKey("policies.id", ondelete="CASCADE"), nullable=False),
    Column("version", Integer, nullable=False),
    Column("action", String(32), nullable=False),
    Column("status", String(16), nullable=False),
    Column("snapshot", JSON, nullable=False),
    Column("author", String(100), nullable=False),
    Column("at", UTCDateTime, nullable=False),
    Column("note", Text, nullable=True),
    UniqueConstraint("policy_id", "version", name="uq_policy_versions_policy_version"),
)

# The change feed: one row each time what the public sees of an entry changes. `seq` is the cursor.
policy_changes = Table(
    "policy_changes",
    metadata,
    Column("seq", BigId, primary_key=True),
    Column("policy_id", BigId, ForeignKey("policies.id", ondelete="CASCADE"), nullable=False),
    Column("version", Integer, nullable=False),
    Column("kind", String(16), nullable=False),  # upsert | withdraw
    Column("at", UTCDateTime, nullable=False),
)

# Where a follower has read up to in each upstream's change feed.
policy_sync = Table(
    "policy_sync",
    metadata,
    Column("origin", String(300), primary_key=True),
    Column("cursor", BigId, nullable=False, default=0),
    Column("synced_at", UTCDateTime, nullable=True),
)

# Agent assist: the entries an operator answered a case with (recorded when a consultation is closed
# with an entry). Consultations closed with none are the knowledge gaps.
policy_uses = Table(
    "policy_uses",
    metadata,
    Column("id", BigId, primary_key=True),
    Column("case_id", BigId, ForeignKey("cases.id", ondelete="CASCADE"), nullable=False),
    Column("policy_id", BigId, ForeignKey("policies.id", ondelete="CASCADE"), nullable=False),
    Column("actor", String(100), nullable=False),
    Column("at", UTCDateTime, nullable=False),
    UniqueConstraint("case_id", "policy_id", name="uq_policy_uses_case_policy"),
    Index("ix_policy_uses_policy", "policy_id"),
)
