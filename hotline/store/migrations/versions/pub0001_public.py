"""Public pages: signing secret and rate-limit hits

Revision ID: pub0001
Revises: 0003
Create Date: 2026-11-28
"""

import sqlalchemy as sa
from alembic import op

revision = "pub0001"
down_revision = "0003"
branch_labels = ("public",)
depends_on = None

BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "public_secrets",
        sa.Column("name", sa.String(length=32), nullable=False),
        sa.Column("value", sa.String(length=128), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("name", name="pk_public_secrets"),
    )
    op.create_table(
        "public_hits",
        sa.Column("id", BigId, nullable=False),
        sa.Column("bucket", sa.String(length=80), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_public_hits"),
    )
    op.create_index("ix_public_hits_bucket_at", "public_hits", ["bucket", "at"])
    op.create_index("ix_public_hits_at", "public_hits", ["at"])


def downgrade() -> None:
    op.drop_index("ix_public_hits_at", table_name="public_hits")
    op.drop_index("ix_public_hits_bucket_at", table_name="public_hits")
    op.drop_table("public_hits")
    op.drop_table("public_secrets")
