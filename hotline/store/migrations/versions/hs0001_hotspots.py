"""hotspots: region × topic counts with surge state, incidents with members, log, notifications and
knowledge-base tasks

Revision ID: hs0001
Revises: 0003
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "hs0001"
down_revision = "0003"
branch_labels = ("hotspots",)
depends_on = None

BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
Stamp = sa.DateTime(timezone=True)


def _pk(table: str) -> sa.PrimaryKeyConstraint:
    return sa.PrimaryKeyConstraint("id", name=f"pk_{table}")


def _fk(table: str, column: str, target: str, target_column: str = "id") -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{target}.{target_column}"], name=f"fk_{table}_{column}_{target}")


def upgrade() -> None:
    op.create_table(
        "hotspot_incidents",
        sa.Column("id", BigId, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("words", sa.JSON(), nullable=False),
        sa.Column("region", sa.String(6), nullable=False),
        sa.Column("category", sa.String(64), nullable=False),
        sa.Column("anchor", sa.String(100), nullable=True),
        sa.Column("unit", sa.String(64), nullable=True),
        sa.Column("route_reason", sa.String(500), nullable=True),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("first_case_at", Stamp, nullable=True),
        sa.Column("last_case_at", Stamp, nullable=True),
        sa.Column("surge", sa.JSON(), nullable=True),
        sa.Column("merged_into_id", BigId, nullable=True),
        sa.Column("split_from_id", BigId, nullable=True),
        sa.Column("reply", sa.Text(), nullable=True),
        sa.Column("reply_report", sa.JSON(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("opened_by", sa.String(100), nullable=False),
        sa.Column("opened_at", Stamp, nullable=False),
        sa.Column("updated_at", Stamp, nullable=False),
        sa.Column("closed_at", Stamp, nullable=True),
        _pk("hotspot_incidents"),
        _fk("hotspot_incidents", "unit", "units", "code"),
        _fk("hotspot_incidents", "merged_into_id", "hotspot_incidents"),
        _fk("hotspot_incidents", "split_from_id", "hotspot_incidents"),
    )
    op.create_index("ix_hotspot_incidents_status", "hotspot_incidents", ["status", "opened_at"])
    op.create_index("ix_hotspot_incidents_unit", "hotspot_incidents", ["unit"])

    op.create_table(
        "hotspot_topics",
        sa.Column("id", BigId, nullable=False),
        sa.Column("key", sa.String(200), nullable=False),
        sa.Column("region", sa.String(6), nullable=False),
        sa.Column("category", sa.String(64), nullable=False),
        sa.Column("anchor", sa.String(100), nullable=True),
        sa.Column("case_count", sa.Integer(), nullable=False),
        sa.Column("state", sa.JSON(), nullable=False),
        sa.Column("in_surge", sa.Boolean(), nullable=False),
        sa.Column("incident_id", BigId, nullable=True),
        sa.Column("first_at", Stamp, nullable=False),
        sa.Column("last_at", Stamp, nullable=False),
        _pk("hotspot_topics"),
        sa.UniqueConstraint("key", name="uq_hotspot_topics_key"),
        _fk("hotspot_topics", "incident_id", "hotspot_incidents"),
    )
    op.create_index("ix_hotspot_topics_bucket", "hotspot_topics", ["region", "category", "last_at"])

    op.create_table(
        "hotspot_topic_cases",
        sa.Column("case_id", BigId, nullable=False),
        sa.Column("topic_id", BigId, nullable=False),
        sa.Column("at", Stamp, nullable=False),
        sa.Column("similarity", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("case_id", name="pk_hotspot_topic_cases"),
        _fk("hotspot_topic_cases", "case_id", "cases"),
        _fk("hotspot_topic_cases", "topic_id", "hotspot_topics"),
    )
    op.create_index("ix_hotspot_topic_cases_topic", "hotspot_topic_cases", ["topic_id", "at"])

    op.create_table(
        "hotspot_incident_cases",
        sa.Column("case_id", BigId, nullable=False),
        sa.Column("incident_id", BigId, nullable=False),
        sa.Column("how", sa.String(16), nullable=False),
        sa.Column("joined_at", Stamp, nullable=False),
        sa.PrimaryKeyConstraint("case_id", name="pk_hotspot_incident_cases"),
        _fk("hotspot_incident_cases", "case_id", "cases"),
        _fk("hotspot_incident_cases", "incident_id", "hotspot_incidents"),
    )
    op.create_index("ix_hotspot_incident_cases_incident", "hotspot_incident_cases", ["incident_id"])

    op.create_table(
        "hotspot_incident_log",
        sa.Column("id", BigId, nullable=False),
        sa.Column("incident_id", BigId, nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("actor", sa.String(100), nullable=False),
        sa.Column("at", Stamp, nullable=False),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        _pk("hotspot_incident_log"),
        _fk("hotspot_incident_log", "incident_id", "hotspot_incidents"),
    )
    op.create_index("ix_hotspot_incident_log_incident", "hotspot_incident_log", ["incident_id", "id"])

    op.create_table(
        "hotspot_notifications",
        sa.Column("id", BigId, nullable=False),
        sa.Column("incident_id", BigId, nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("unit", sa.String(64), nullable=True),
        sa.Column("username", sa.String(64), nullable=True),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("created_at", Stamp, nullable=False),
        sa.Column("read_at", Stamp, nullable=True),
        sa.Column("read_by", sa.String(100), nullable=True),
        _pk("hotspot_notifications"),
        _fk("hotspot_notifications", "incident_id", "hotspot_incidents"),
        _fk("hotspot_notifications", "unit", "units", "code"),
    )
    op.create_index("ix_hotspot_notifications_unit", "hotspot_notifications", ["unit", "created_at"])
    op.create_index("ix_hotspot_notifications_username", "hotspot_notifications", ["username", "created_at"])

    op.create_table(
        "hotspot_kb_tasks",
        sa.Column("id", BigId, nullable=False),
        sa.Column("incident_id", BigId, nullable=False),
        sa.Column("region", sa.String(6), nullable=False),
        sa.Column("category", sa.String(64), nullable=False),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("sample_questions", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("policy_uid", sa.String(32), nullable=True),
        sa.Column("created_at", Stamp, nullable=False),
        sa.Column("updated_at", Stamp, nullable=False),
        _pk("hotspot_kb_tasks"),
        sa.UniqueConstraint("incident_id", name="uq_hotspot_kb_tasks_incident_id"),
        _fk("hotspot_kb_tasks", "incident_id", "hotspot_incidents"),
    )
    op.create_index("ix_hotspot_kb_tasks_status", "hotspot_kb_tasks", ["status", "created_at"])


def downgrade() -> None:
    for table, indexes in (
        ("hotspot_kb_tasks", ["ix_hotspot_kb_tasks_status"]),
        ("hotspot_notifications", ["ix_hotspot_notifications_unit", "ix_hotspot_notifications_username"]),
        ("hotspot_incident_log", ["ix_hotspot_incident_log_incident"]),
        ("hotspot_incident_cases", ["ix_hotspot_incident_cases_incident"]),
        ("hotspot_topic_cases", ["ix_hotspot_topic_cases_topic"]),
        ("hotspot_topics", ["ix_hotspot_topics_bucket"]),
        ("hotspot_incidents", ["ix_hotspot_incidents_status", "ix_hotspot_incidents_unit"]),
    ):
        for name in indexes:
            op.drop_index(name, table_name=table)
        op.drop_table(table)
