"""partitions: one row per callback, keyed by the holder

The daily report's satisfaction figures joined the period's callback events nationwide to their
cases to keep the subtree's: 67,000 events for a province's 950 at 10,000,000 cases, 100–160 ms of
a report whose target is 100 ms (docs/benchmarks.md, Volume). `case_callbacks` holds each callback
with the unit holding the case when it was made, read from (holder, at).

Callbacks recorded before this migration take the holder the case has now (the unit it had at the
callback is not in the event); from now on the row is written with the event (services.cases.act).

Revision ID: pt0009
Revises: pt0008
Create Date: 2026-11-28
"""

import sqlalchemy as sa
from alembic import op

from hotline.store.tables import BigId, UTCDateTime

revision = "pt0009"
down_revision = "pt0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "case_callbacks",
        sa.Column("case_id", BigId, sa.ForeignKey("cases.id"), primary_key=True),
        sa.Column("seq", sa.Integer, primary_key=True),
        sa.Column("at", UTCDateTime, nullable=False),
        sa.Column("holder", sa.String(64), nullable=True),
        sa.Column("satisfaction", sa.Integer, nullable=False),
    )
    postgres = op.get_bind().dialect.name == "postgresql"
    score = "(e.fields ->> 'satisfaction')::int" if postgres else "CAST(json_extract(e.fields, '$.satisfaction') AS INTEGER)"
    is_int = "json_typeof(e.fields -> 'satisfaction') = 'number'" if postgres \
        else "json_type(e.fields, '$.satisfaction') = 'integer'"
    op.execute(f"""
        INSERT INTO case_callbacks (case_id, seq, at, holder, satisfaction)
        SELECT e.case_id, e.seq, e.at, coalesce(c.unit, c.intake_unit), {score}
        FROM events e JOIN cases c ON c.id = e.case_id
        WHERE e.action = 'callback' AND {is_int}""")
    if postgres:
        op.execute("CREATE INDEX ix_case_callbacks_holder_at ON case_callbacks (holder, at) INCLUDE (satisfaction)")
    else:
        op.create_index("ix_case_callbacks_holder_at", "case_callbacks", ["holder", "at"])
    op.create_index("ix_case_callbacks_at", "case_callbacks", ["at"])


def downgrade() -> None:
    op.drop_table("case_callbacks")
