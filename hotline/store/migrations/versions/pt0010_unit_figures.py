"""partitions: the supervisors' per-unit figures, taken by the job round

At 10,000,000 cases the national dashboard counted 760,000 open cases by holder and 811,000
overdue clocks per province on every view (~300 ms each; docs/benchmarks.md, Volume). The job round
now takes these figures every 30 s (services.unit_figures) and the dashboard reads them, with their
time, while they are fresh.

Revision ID: pt0010
Revises: pt0009
Create Date: 2026-11-28
"""

import sqlalchemy as sa
from alembic import op

from hotline.store.tables import BigId, UTCDateTime

revision = "pt0010"
down_revision = "pt0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("figure_snapshots",
                    sa.Column("name", sa.String(32), primary_key=True),
                    sa.Column("taken_at", UTCDateTime, nullable=True))
    op.create_table("snapshot_open",
                    sa.Column("id", BigId, primary_key=True, autoincrement=True),
                    sa.Column("holder", sa.String(64), nullable=True),
                    sa.Column("status", sa.String(16), nullable=False),
                    sa.Column("urgent", sa.Boolean, nullable=False),
                    sa.Column("cases", sa.Integer, nullable=False))
    op.create_table("snapshot_overdue",
                    sa.Column("id", BigId, primary_key=True, autoincrement=True),
                    sa.Column("units", sa.JSON, nullable=False),
                    sa.Column("cases", sa.Integer, nullable=False))


def downgrade() -> None:
    op.drop_table("snapshot_overdue")
    op.drop_table("snapshot_open")
    op.drop_table("figure_snapshots")
