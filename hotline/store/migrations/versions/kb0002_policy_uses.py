"""policy knowledge base: links from cases to the entries that answered them (agent assist)

Revision ID: kb0002
Revises: kb0001
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "kb0002"
down_revision = "kb0001"
branch_labels = None
depends_on = None

BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "policy_uses",
        sa.Column("id", BigId, nullable=False),
        sa.Column("case_id", BigId, nullable=False),
        sa.Column("policy_id", BigId, nullable=False),
        sa.Column("actor", sa.String(100), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["policy_id"], ["policies.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("case_id", "policy_id", name="uq_policy_uses_case_policy"),
    )
    op.create_index("ix_policy_uses_policy", "policy_uses", ["policy_id"])


def downgrade() -> None:
    op.drop_index("ix_policy_uses_policy", table_name="policy_uses")
    op.drop_table("policy_uses")
