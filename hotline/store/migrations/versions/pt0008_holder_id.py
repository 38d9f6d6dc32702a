"""partitions: a subtree's newest cases, by holder

The case list is newest first. A user who sees a unit subtree (a province's supervisor, a city's
handler) had it walked over every case newest first, each tested against the subtree: a small
province searching a common word walked 143,000 cases at 10,000,000 (docs/benchmarks.md, Volume).
With (holder, id) each unit's newest cases are read in order and merged (services.cases.list_cases).
The creation-time index gains the id, so a creation range's id bounds come from the index alone.

Revision ID: pt0008
Revises: pt0007
Create Date: 2026-11-28
"""

from alembic import op

revision = "pt0008"
down_revision = "pt0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("CREATE INDEX ix_cases_holder_id ON cases ((coalesce(unit, intake_unit)), id)")
    if op.get_bind().dialect.name == "postgresql":
        # The smallest and largest id of a creation range (services.cases._where) from the index
        # alone: before, every case of the range was read from the table (~80 ms a day at 10M).
        # SQLite's indexes hold the rowid (= id) already.
        op.execute("CREATE INDEX ix_cases_created_at_id ON cases (created_at) INCLUDE (id)")
        op.execute("DROP INDEX ix_cases_created_at")
        op.execute("ALTER INDEX ix_cases_created_at_id RENAME TO ix_cases_created_at")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("CREATE INDEX ix_cases_created_at_plain ON cases (created_at)")
        op.execute("DROP INDEX ix_cases_created_at")
        op.execute("ALTER INDEX ix_cases_created_at_plain RENAME TO ix_cases_created_at")
    op.drop_index("ix_cases_holder_id", table_name="cases")
