"""partitions: each case's queue order stored and indexed

A handling unit's queue (本单位待办) lists its open cases by their most pressing running deadline
clock. Read from the clocks, every open case of the unit needed a probe before the first page could
be sorted: 358–480 ms for a unit holding 71,150 open cases at 10,000,000 cases (docs/benchmarks.md,
Volume). The earliest due and warning times of the running clocks are now kept on the case (by the
clock recomputation, which is the only writer of running clocks), and a partial index over the cases
in the states a unit works on gives the queue in that order.

Revision ID: pt0006
Revises: pt0005
Create Date: 2026-11-28
"""

import sqlalchemy as sa
from alembic import op

from hotline.store.tables import QUEUE_PREDICATE, UTCDateTime

revision = "pt0006"
down_revision = "pt0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("cases", sa.Column("queue_due", UTCDateTime, nullable=True))
    op.add_column("cases", sa.Column("queue_warning", UTCDateTime, nullable=True))
    if op.get_bind().dialect.name == "postgresql":
        op.execute("""
            UPDATE cases SET queue_due = r.due, queue_warning = r.warning
            FROM (SELECT case_id, min(due_at) AS due, min(warning_at) AS warning FROM deadline_clocks
                  WHERE state = 'running' GROUP BY case_id) r
            WHERE cases.id = r.case_id""")
        # intake_unit too, so the queue's count (with the visibility test) reads the index alone
        op.execute(f"CREATE INDEX ix_cases_queue ON cases (unit, queue_due, created_at, id) "
                   f"INCLUDE (queue_warning, intake_unit) WHERE {QUEUE_PREDICATE}")
    else:
        op.execute("""
            UPDATE cases SET
                queue_due = (SELECT min(due_at) FROM deadline_clocks c WHERE c.case_id = cases.id AND c.state = 'running'),
                queue_warning = (SELECT min(warning_at) FROM deadline_clocks c
                                 WHERE c.case_id = cases.id AND c.state = 'running')
            WHERE EXISTS (SELECT 1 FROM deadline_clocks c WHERE c.case_id = cases.id AND c.state = 'running')""")
        op.execute(f"CREATE INDEX ix_cases_queue ON cases (unit, queue_due, created_at, id) WHERE {QUEUE_PREDICATE}")


def downgrade() -> None:
    op.drop_index("ix_cases_queue", table_name="cases")
    # Plain ALTER on both (SQLite ≥ 3.35): a batch copy of `cases` would trip the foreign keys
    # pointing at it.
    op.execute("ALTER TABLE cases DROP COLUMN queue_warning")
    op.execute("ALTER TABLE cases DROP COLUMN queue_due")
