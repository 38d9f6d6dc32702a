"""partitions: covering indexes for the dashboard's open and overdue counts (PostgreSQL)

At 10,000,000 cases the supervisor's dashboard spent seconds in three counts (docs/benchmarks.md,
Volume): open cases by holding unit, status and urgency (`unit_summary`; a parallel scan of the whole
table, the holder being `coalesce(unit, intake_unit)`), the open cases a supervisor may see (the same
scan), and overdue cases per unit below (`overdue_by_child`; a heap visit per running clock for its
case id). Open cases are a small part of the table, so a partial index over them only, holding every
column those counts read, answers them with index-only scans; the running-clocks index gains the
case id for the same reason.

SQLite is unchanged (the embedded, single-site database).

Revision ID: pt0004
Revises: pt0003
Create Date: 2026-11-28
"""

from alembic import op

revision = "pt0004"
down_revision = "pt0003"
branch_labels = None
depends_on = None

# hotline.domain.lifecycle.OPEN_STATES; a query's `status IN (…)` must be within this list for
# PostgreSQL to use the partial index.
OPEN = "('accepted', 'dispatched', 'new', 'reopened', 'replied', 'returned')"


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("CREATE INDEX ix_cases_open_holder ON cases ((coalesce(unit, intake_unit)), status) "
               f"INCLUDE (urgent, unit, intake_unit, id) WHERE status IN {OPEN}")
    op.execute("DROP INDEX ix_deadline_clocks_running_unit_due")
    op.execute("CREATE INDEX ix_deadline_clocks_running_unit_due ON deadline_clocks (unit, due_at) "
               "INCLUDE (case_id) WHERE state = 'running'")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP INDEX ix_deadline_clocks_running_unit_due")
    op.execute("CREATE INDEX ix_deadline_clocks_running_unit_due ON deadline_clocks (unit, due_at) "
               "WHERE state = 'running'")
    op.execute("DROP INDEX ix_cases_open_holder")
