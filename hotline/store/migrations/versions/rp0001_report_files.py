"""report files generated on a schedule

Revision ID: rp0001
Revises: 0003
Create Date: 2026-11-28
"""

import sqlalchemy as sa
from alembic import op

revision = "rp0001"
down_revision = "0003"
branch_labels = ("reports",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "report_files",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("unit", sa.String(length=64), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("format", sa.String(length=8), nullable=False),
        sa.Column("storage_key", sa.String(length=200), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["unit"], ["units.code"], name=op.f("fk_report_files_unit_units")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_files")),
        sa.UniqueConstraint("kind", "unit", "day", "format", name="uq_report_files_kind_unit_day_format"),
    )
    op.create_index("ix_report_files_unit_day", "report_files", ["unit", "day"])


def downgrade() -> None:
    op.drop_index("ix_report_files_unit_day", table_name="report_files")
    op.drop_table("report_files")
