"""Reports generated on a schedule (hotline/reports/schedule.py), kept for download."""

from __future__ import annotations

from sqlalchemy import BigInteger, Column, Date, ForeignKey, Index, String, Table, UniqueConstraint

from hotline.store.tables import BigId, UTCDateTime, metadata

report_files = Table(
    "report_files",
    metadata,
    Column("id", BigId, primary_key=True),
    Column("kind", String(16), nullable=False),  # daily | weekly
    Column("unit", String(64), ForeignKey("units.code"), nullable=False),
    Column("day", Date, nullable=False),  # the day, or the Monday of the week
    Column("format", String(8), nullable=False),  # html | xlsx | pdf
    Column("storage_key", String(200), nullable=False),
    Column("size", BigInteger, nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    UniqueConstraint("kind", "unit", "day", "format", name="uq_report_files_kind_unit_day_format"),
    Index("ix_report_files_unit_day", "unit", "day"),
)
