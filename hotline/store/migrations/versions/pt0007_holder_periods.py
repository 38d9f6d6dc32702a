"""partitions: a subtree's cases of a period, by holder

The daily and weekly reports count a unit subtree's cases received (created) or closed in a period.
The subtree's cases were found by testing every case of the period nationwide against the subtree
(the holder — the handling unit, else the intake hotline — in the subtree, or a co-handler there):
25–120 ms a statement for one province-day at 10,000,000 cases, ~15 statements a report
(docs/benchmarks.md, Volume). Indexed by holder and time, each statement reads only the subtree's
cases. The holder is the expression `visibility` and the open-cases index (pt0004) use.

Revision ID: pt0007
Revises: pt0006
Create Date: 2026-11-28
"""

from alembic import op

revision = "pt0007"
down_revision = "pt0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("CREATE INDEX ix_cases_holder_created ON cases ((coalesce(unit, intake_unit)), created_at)")
    op.execute("CREATE INDEX ix_cases_holder_closed ON cases ((coalesce(unit, intake_unit)), closed_at) "
               "WHERE closed_at IS NOT NULL")


def downgrade() -> None:
    op.drop_index("ix_cases_holder_closed", table_name="cases")
    op.drop_index("ix_cases_holder_created", table_name="cases")
