"""Open311 GeoReport v2 tables: keys of outside systems, and what each Open311 submission carried
beyond the case itself. On the shared `metadata`; migration o3110001 (branch "open311")."""

from __future__ import annotations

from sqlalchemy import JSON, Column, ForeignKey, Index, String, Table, text

from hotline.store.tables import BigId, UTCDateTime, metadata

# Only the sha256 of a key is kept: the key itself is shown once, by `hotline open311 key create`.
open311_keys = Table(
    "open311_keys",
    metadata,
    Column("id", BigId, primary_key=True),
    Column("name", String(100), nullable=False),
    Column("key_hash", String(64), nullable=False, unique=True),
    Column("key_prefix", String(12), nullable=False),  # to recognise a key in a list, not to use it
    Column("created_at", UTCDateTime, nullable=False),
    Column("revoked_at", UTCDateTime, nullable=True),
    # One live key per name; a revoked name may be issued again.
    Index("uq_open311_keys_live_name", "name", unique=True,
          sqlite_where=text("revoked_at IS NULL"), postgresql_where=text("revoked_at IS NULL")),
)

# One row per case filed through POST requests: the token, the key that filed it, and the Open311
# fields the case table has no column for (email, device_id, account_id, media_url, attributes).
open311_requests = Table(
    "open311_requests",
    metadata,
    Column("id", BigId, primary_key=True),
    Column("case_id", BigId, ForeignKey("cases.id"), nullable=False, unique=True),
    Column("token", String(40), nullable=False, unique=True),
    Column("key_id", BigId, ForeignKey("open311_keys.id"), nullable=False),
    Column("service_code", String(64), nullable=False),
    Column("attributes", JSON, nullable=False, default=dict),
    Column("email", String(200), nullable=True),
    Column("device_id", String(200), nullable=True),
    Column("account_id", String(200), nullable=True),
    Column("media_url", String(1000), nullable=True),
    Column("created_at", UTCDateTime, nullable=False),
)
