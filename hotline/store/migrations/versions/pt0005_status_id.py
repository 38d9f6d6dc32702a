"""partitions: cases by status in id order

The case list filtered by one status is shown newest first (id descending). With (status, id) the
list walks that status's cases from the newest; before, PostgreSQL combined (status, created_at)
with other indexes into a bitmap and sorted every match (130–250 ms at 10,000,000 cases for "replied
in the last weeks containing 收费站"; docs/benchmarks.md, Volume).

Revision ID: pt0005
Revises: pt0004
Create Date: 2026-11-28
"""

from alembic import op

revision = "pt0005"
down_revision = "pt0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_cases_status_id", "cases", ["status", "id"])


def downgrade() -> None:
    op.drop_index("ix_cases_status_id", table_name="cases")
