"""Staff console: incoming calls, intake suggestions, knowledge-base misses

Revision ID: con0001
Revises: 0001
Create Date: 2026-11-28
"""

import sqlalchemy as sa
from alembic import op

revision = "con0001"
down_revision = "0001"
branch_labels = ("console",)
depends_on = None

BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
Time = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "console_calls",
        sa.Column("id", BigId, nullable=False),
        sa.Column("call_id", sa.String(length=100), nullable=False),
        sa.Column("caller", sa.String(length=32), nullable=False),
        sa.Column("line", sa.String(length=32), nullable=True),
        sa.Column("at", Time, nullable=False),
        sa.Column("agent", sa.String(length=64), nullable=True),
        sa.Column("unit", sa.String(length=64), nullable=True),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("created_at", Time, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_console_calls"),
        sa.UniqueConstraint("call_id", name="uq_console_calls_call_id"),
    )
    op.create_index("ix_console_calls_unit_id", "console_calls", ["unit", "id"])
    op.create_table(
        "console_intake",
        sa.Column("id", BigId, nullable=False),
        sa.Column("case_id", BigId, nullable=False),
        sa.Column("call_id", sa.String(length=100), nullable=True),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("at", Time, nullable=False),
        sa.Column("suggested", sa.JSON(), nullable=False),
        sa.Column("final", sa.JSON(), nullable=False),
        sa.Column("changed", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_console_intake"),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name="fk_console_intake_case_id_cases"),
        sa.UniqueConstraint("case_id", name="uq_console_intake_case_id"),
    )
    op.create_table(
        "console_kb_misses",
        sa.Column("id", BigId, nullable=False),
        sa.Column("at", Time, nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("query", sa.Text(), nullable=False),
        sa.Column("region", sa.String(length=6), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_console_kb_misses"),
    )


def downgrade() -> None:
    op.drop_table("console_kb_misses")
    op.drop_table("console_intake")
    op.drop_index("ix_console_calls_unit_id", table_name="console_calls")
    op.drop_table("console_calls")
