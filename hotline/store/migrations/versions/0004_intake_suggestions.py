"""intake suggestions

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "intake_suggestions",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("case_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("field", sa.String(length=32), nullable=False),
        sa.Column("suggested", sa.String(length=200), nullable=True),
        sa.Column("final", sa.String(length=200), nullable=True),
        sa.Column("accepted", sa.Boolean(), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_intake_suggestions_case_id_cases")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_intake_suggestions")),
    )
    op.create_index(op.f("ix_intake_suggestions_case_id"), "intake_suggestions", ["case_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_intake_suggestions_case_id"), table_name="intake_suggestions")
    op.drop_table("intake_suggestions")
