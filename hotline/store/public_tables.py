"""Tables of the drivers' public pages (issue 9): the pages' signing secret and the sliding-window
rate-limit hits. On the shared `metadata`; migration pub0001 (branch "public")."""

from __future__ import annotations

from sqlalchemy import Column, Index, String, Table

from hotline.store.tables import BigId, UTCDateTime, metadata

# One random secret, made on first use and shared by every app process through the database: it
# signs the forms' CSRF tokens and the short-lived links to a case's progress.
public_secrets = Table(
    "public_secrets",
    metadata,
    Column("name", String(32), primary_key=True),
    Column("value", String(128), nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
)

# One row per admitted request in a rate-limited bucket ("submit-ip:<hash>", "track-code:<hash>" …).
# The bucket names hold keyed hashes, never a phone number or an address in clear.
public_hits = Table(
    "public_hits",
    metadata,
    Column("id", BigId, primary_key=True),
    Column("bucket", String(80), nullable=False),
    Column("at", UTCDateTime, nullable=False),
    Index("ix_public_hits_bucket_at", "bucket", "at"),
    Index("ix_public_hits_at", "at"),
)
