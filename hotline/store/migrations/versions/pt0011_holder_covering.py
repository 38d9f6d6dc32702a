"""partitions: the holder-time indexes cover the report's counts

A province's daily report read the province-day's cases from the table four times (the tallies,
the regions, the closed count, the notable cases: 18–24 ms each at 10,000,000 cases, on top of
which PostgreSQL preferred walking the whole country's day in `ix_cases_created_at`). PostgreSQL
reads an expression index (the holder, `coalesce(unit, intake_unit)`) index-only only when the
index also holds the expression's columns, so these indexes now include `unit` and `intake_unit`,
and the creation-time one the columns the report counts and ranks by; the notable cases' ids
come from it and only the chosen 20 rows are read (hotline/reports/data.py). SQLite keeps the
plain indexes (it has no INCLUDE).

Revision ID: pt0011
Revises: pt0010
Create Date: 2026-11-28
"""

from alembic import op

revision = "pt0011"
down_revision = "pt0010"
branch_labels = None
depends_on = None

HOLDER = "(coalesce(unit, intake_unit))"
CREATED_INCLUDE = "id, unit, intake_unit, type, category, channel, urgent, status, region, supervise_count, return_count"


def _swap(name: str, definition: str) -> None:
    op.execute(f"CREATE INDEX {name}_new ON cases {definition}")
    op.execute(f"DROP INDEX {name}")
    op.execute(f"ALTER INDEX {name}_new RENAME TO {name}")


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    _swap("ix_cases_holder_created", f"({HOLDER}, created_at) INCLUDE ({CREATED_INCLUDE})")
    _swap("ix_cases_holder_closed", f"({HOLDER}, closed_at) INCLUDE (unit, intake_unit) WHERE closed_at IS NOT NULL")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    _swap("ix_cases_holder_created", f"({HOLDER}, created_at)")
    _swap("ix_cases_holder_closed", f"({HOLDER}, closed_at) WHERE closed_at IS NOT NULL")
