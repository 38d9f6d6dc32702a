"""partitions: a subtree's newest cases, by holder

The case list is newest first. A user who sees a unit subtree (a province's supervisor, a city's
handler) had it walked over every case newest first, each tested against the subtree: a small
province searching a common word walked 143,000 cases at 10,000,000 (docs/benchmarks.md, Volume).
With (holder, id) each unit's newest cases are read in order and merged (services.cases.list_cases).

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


def downgrade() -> None:
    op.drop_index("ix_cases_holder_id", table_name="cases")
