"""Open311 GeoReport v2: API keys of outside systems and Open311 submissions

Revision ID: o3110001
Revises: 0001
Create Date: 2026-11-28
"""

import sqlalchemy as sa
from alembic import op

revision = "o3110001"
down_revision = "0001"
branch_labels = ("open311",)
depends_on = None

BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "open311_keys",
        sa.Column("id", BigId, nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("key_hash", sa.String(length=64), nullable=False),
        sa.Column("key_prefix", sa.String(length=12), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_open311_keys"),
        sa.UniqueConstraint("key_hash", name="uq_open311_keys_key_hash"),
    )
    op.create_index("uq_open311_keys_live_name", "open311_keys", ["name"], unique=True,
                    sqlite_where=sa.text("revoked_at IS NULL"), postgresql_where=sa.text("revoked_at IS NULL"))
    op.create_table(
        "open311_requests",
        sa.Column("id", BigId, nullable=False),
        sa.Column("case_id", BigId, nullable=False),
        sa.Column("token", sa.String(length=40), nullable=False),
        sa.Column("key_id", BigId, nullable=False),
        sa.Column("service_code", sa.String(length=64), nullable=False),
        sa.Column("attributes", sa.JSON(), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=True),
        sa.Column("device_id", sa.String(length=200), nullable=True),
        sa.Column("account_id", sa.String(length=200), nullable=True),
        sa.Column("media_url", sa.String(length=1000), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name="fk_open311_requests_case_id_cases"),
        sa.ForeignKeyConstraint(["key_id"], ["open311_keys.id"], name="fk_open311_requests_key_id_open311_keys"),
        sa.PrimaryKeyConstraint("id", name="pk_open311_requests"),
        sa.UniqueConstraint("case_id", name="uq_open311_requests_case_id"),
        sa.UniqueConstraint("token", name="uq_open311_requests_token"),
    )


def downgrade() -> None:
    op.drop_table("open311_requests")
    op.drop_index("uq_open311_keys_live_name", table_name="open311_keys")
    op.drop_table("open311_keys")
