"""partitions: indexes the volume benchmark's plans asked for (docs/benchmarks.md, "Volume")

- running clocks by unit and due time (partial): the overdue list and each queue's clocks read only
  running clocks; the full (unit, due_at) index made them walk every stopped clock of the unit;
- cases by closed_at: the dashboard and the daily report count cases closed in a period;
- cases by merged_into_id (partial: only merged cases have one): every case list looks up the cases
  merged into the ones it shows, which was a full scan of `cases` per page.

Revision ID: pt0002
Revises: pt0001, dl0001 (it indexes the deadlines area's clocks, so it comes after that branch too)
Create Date: 2026-11-28
"""

import sqlalchemy as sa
from alembic import op

revision = "pt0002"
# Both parents, not depends_on: a dependency would leave dl0001 listed as a head that the database
# never records, and /api/v1/ready would call the migrations pending.
down_revision = ("pt0001", "dl0001")
branch_labels = None
depends_on = None

RUNNING = "state = 'running'"
MERGED = "merged_into_id IS NOT NULL"


def upgrade() -> None:
    op.create_index("ix_deadline_clocks_running_unit_due", "deadline_clocks", ["unit", "due_at"],
                    postgresql_where=sa.text(RUNNING), sqlite_where=sa.text(RUNNING))
    op.create_index("ix_cases_closed_at", "cases", ["closed_at"])
    op.create_index("ix_cases_merged_into_id", "cases", ["merged_into_id"],
                    postgresql_where=sa.text(MERGED), sqlite_where=sa.text(MERGED))


def downgrade() -> None:
    op.drop_index("ix_cases_merged_into_id", table_name="cases")
    op.drop_index("ix_cases_closed_at", table_name="cases")
    op.drop_index("ix_deadline_clocks_running_unit_due", table_name="deadline_clocks")
