"""deadlines: policy versions (seeded with the shipped defaults), working-day overrides, emergency modes,
per-case clocks with indexed due/warning times, alerts, notification outbox, unit contacts

Revision ID: dl0001
Revises: 0003
Create Date: 2026-11-30
"""

import json
from datetime import date, datetime, timezone
from pathlib import Path

import sqlalchemy as sa
from alembic import op

revision = "dl0001"
down_revision = "0003"
branch_labels = ("deadlines",)
depends_on = None

BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
Stamp = sa.DateTime(timezone=True)
DEFAULTS = Path(__file__).resolve().parents[3] / "data" / "deadline_policies.json"


def _partial(where: str) -> dict:
    return {"postgresql_where": sa.text(where), "sqlite_where": sa.text(where)}


def upgrade() -> None:
    versions = op.create_table(
        "deadline_policy_versions",
        sa.Column("id", BigId, nullable=False),
        sa.Column("version", sa.String(32), nullable=False),
        sa.Column("effective_from", sa.Date(), nullable=False),
        sa.Column("body", sa.JSON(), nullable=False),
        sa.Column("created_by", sa.String(100), nullable=False),
        sa.Column("created_at", Stamp, nullable=False),
        sa.Column("retired_by", sa.String(100), nullable=True),
        sa.Column("retired_at", Stamp, nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_deadline_policy_versions"),
    )
    op.create_index("uq_deadline_policy_versions_live", "deadline_policy_versions", ["version"], unique=True,
                    **_partial("retired_at IS NULL"))
    op.create_table(
        "deadline_overrides",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("workday", sa.Boolean(), nullable=False),
        sa.Column("note", sa.String(200), nullable=True),
        sa.Column("updated_by", sa.String(100), nullable=False),
        sa.Column("updated_at", Stamp, nullable=False),
        sa.PrimaryKeyConstraint("day", name="pk_deadline_overrides"),
    )
    op.create_table(
        "emergency_modes",
        sa.Column("id", BigId, nullable=False),
        sa.Column("region", sa.String(6), nullable=False),
        sa.Column("categories", sa.JSON(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("started_at", Stamp, nullable=False),
        sa.Column("until", Stamp, nullable=True),
        sa.Column("switched_on_by", sa.String(100), nullable=False),
        sa.Column("created_at", Stamp, nullable=False),
        sa.Column("switched_off_by", sa.String(100), nullable=True),
        sa.Column("switched_off_at", Stamp, nullable=True),
        sa.Column("off_reason", sa.Text(), nullable=True),
        sa.Column("applied_at", Stamp, nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_emergency_modes"),
    )
    op.create_table(
        "deadline_cases",
        sa.Column("case_id", BigId, nullable=False),
        sa.Column("round", sa.Integer(), nullable=False),
        sa.Column("open", sa.Boolean(), nullable=False),
        sa.Column("dirty", sa.Boolean(), nullable=False),
        sa.Column("computed_at", Stamp, nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name="fk_deadline_cases_case_id_cases"),
        sa.PrimaryKeyConstraint("case_id", name="pk_deadline_cases"),
    )
    op.create_index("ix_deadline_cases_dirty", "deadline_cases", ["case_id"], **_partial("dirty"))
    op.create_table(
        "deadline_clocks",
        sa.Column("id", BigId, nullable=False),
        sa.Column("case_id", BigId, nullable=False),
        sa.Column("name", sa.String(16), nullable=False),
        sa.Column("round", sa.Integer(), nullable=False),
        sa.Column("unit", sa.String(64), nullable=True),
        sa.Column("started_at", Stamp, nullable=False),
        sa.Column("counted_from", Stamp, nullable=False),
        sa.Column("due_at", Stamp, nullable=False),
        sa.Column("warning_at", Stamp, nullable=False),
        sa.Column("stopped_at", Stamp, nullable=True),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("allowed", sa.String(16), nullable=False),
        sa.Column("rule_id", sa.String(64), nullable=False),
        sa.Column("policy_version", sa.String(32), nullable=False),
        sa.Column("emergency_id", sa.BigInteger(), nullable=True),
        sa.Column("extensions", sa.JSON(), nullable=False),
        sa.Column("warning_fired_at", Stamp, nullable=True),
        sa.Column("overdue_fired_at", Stamp, nullable=True),
        sa.Column("updated_at", Stamp, nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name="fk_deadline_clocks_case_id_cases"),
        sa.PrimaryKeyConstraint("id", name="pk_deadline_clocks"),
        sa.UniqueConstraint("case_id", "name", "round", name="uq_deadline_clocks_case_name_round"),
    )
    op.create_index("ix_deadline_clocks_due", "deadline_clocks", ["due_at"],
                    **_partial("stopped_at IS NULL AND overdue_fired_at IS NULL"))
    op.create_index("ix_deadline_clocks_warning", "deadline_clocks", ["warning_at"],
                    **_partial("stopped_at IS NULL AND warning_fired_at IS NULL"))
    op.create_index("ix_deadline_clocks_unit_due", "deadline_clocks", ["unit", "due_at"])
    op.create_table(
        "deadline_alerts",
        sa.Column("id", BigId, nullable=False),
        sa.Column("case_id", BigId, nullable=False),
        sa.Column("clock_id", BigId, nullable=False),
        sa.Column("clock", sa.String(16), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("due_at", Stamp, nullable=False),
        sa.Column("fired_at", Stamp, nullable=False),
        sa.Column("unit", sa.String(64), nullable=True),
        sa.Column("escalated_to", sa.String(64), nullable=True),
        sa.Column("supervisors", sa.JSON(), nullable=False),
        sa.Column("notified", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name="fk_deadline_alerts_case_id_cases"),
        sa.ForeignKeyConstraint(["clock_id"], ["deadline_clocks.id"],
                                name="fk_deadline_alerts_clock_id_deadline_clocks"),
        sa.PrimaryKeyConstraint("id", name="pk_deadline_alerts"),
        sa.UniqueConstraint("clock_id", "kind", "due_at", name="uq_deadline_alerts_clock_kind_due"),
    )
    op.create_index("ix_deadline_alerts_unit_fired", "deadline_alerts", ["unit", "fired_at"])
    op.create_index("ix_deadline_alerts_escalated_fired", "deadline_alerts", ["escalated_to", "fired_at"])
    op.create_table(
        "deadline_notifications",
        sa.Column("id", BigId, nullable=False),
        sa.Column("alert_id", BigId, nullable=False),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("recipients", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", Stamp, nullable=False),
        sa.Column("claimed_at", Stamp, nullable=True),
        sa.Column("sent_at", Stamp, nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["alert_id"], ["deadline_alerts.id"],
                                name="fk_deadline_notifications_alert_id_deadline_alerts"),
        sa.PrimaryKeyConstraint("id", name="pk_deadline_notifications"),
        sa.UniqueConstraint("alert_id", "channel", name="uq_deadline_notifications_alert_channel"),
    )
    op.create_index("ix_deadline_notifications_status_next", "deadline_notifications",
                    ["status", "next_attempt_at"])
    op.create_table(
        "deadline_contacts",
        sa.Column("unit", sa.String(64), nullable=False),
        sa.Column("email", sa.String(254), nullable=False),
        sa.ForeignKeyConstraint(["unit"], ["units.code"], name="fk_deadline_contacts_unit_units"),
        sa.PrimaryKeyConstraint("unit", "email", name="pk_deadline_contacts"),
    )
    _seed_policies(versions)


def _seed_policies(versions: sa.Table) -> None:
    """The shipped defaults become the first editable versions."""
    shipped = json.loads(DEFAULTS.read_text(encoding="utf-8"))["versions"]
    now = datetime.now(timezone.utc)
    op.bulk_insert(versions, [
        {"version": v["version"], "effective_from": date.fromisoformat(v["effective_from"]), "body": v,
         "created_by": "migration dl0001", "created_at": now} for v in shipped
    ])


def downgrade() -> None:
    for table in ("deadline_contacts", "deadline_notifications", "deadline_alerts", "deadline_clocks",
                  "deadline_cases", "emergency_modes", "deadline_overrides", "deadline_policy_versions"):
        op.drop_table(table)
