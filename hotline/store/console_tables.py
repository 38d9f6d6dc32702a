"""Tables of the staff console (issue 8): incoming calls, what intake suggested, unanswered
knowledge-base questions. On the shared `metadata`; migration con0001 (branch "console")."""

from __future__ import annotations

from sqlalchemy import JSON, Column, ForeignKey, Index, String, Table, Text

from hotline.store.tables import BigId, UTCDateTime, metadata

# One row per call the phone system (POST /api/v1/calls) or an operator announced. The workbench
# of `agent` (or, without an agent, of every operator of `unit`) pops up the caller's cases.
console_calls = Table(
    "console_calls",
    metadata,
    Column("id", BigId, primary_key=True),
    Column("call_id", String(100), nullable=False, unique=True),
    Column("caller", String(32), nullable=False),
    Column("line", String(32), nullable=True),
    Column("at", UTCDateTime, nullable=False),
    Column("agent", String(64), nullable=True),
    Column("unit", String(64), nullable=True),
    Column("created_by", String(100), nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Index("ix_console_calls_unit_id", "unit", "id"),
)

# What the text analysis proposed at intake and what the operator kept: the measure of whether
# the suggestions help (fields the operator changed are listed in `changed`).
console_intake = Table(
    "console_intake",
    metadata,
    Column("id", BigId, primary_key=True),
    Column("case_id", BigId, ForeignKey("cases.id"), nullable=False, unique=True),
    Column("call_id", String(100), nullable=True),
    Column("actor", String(100), nullable=False),
    Column("at", UTCDateTime, nullable=False),
    Column("suggested", JSON, nullable=False),
    Column("final", JSON, nullable=False),
    Column("changed", JSON, nullable=False),
)

# Knowledge gaps: questions an operator's knowledge-base panel found no entry for.
console_kb_misses = Table(
    "console_kb_misses",
    metadata,
    Column("id", BigId, primary_key=True),
    Column("at", UTCDateTime, nullable=False),
    Column("actor", String(100), nullable=False),
    Column("query", Text, nullable=False),
    Column("region", String(6), nullable=True),
)
