"""partitions: the events log partitioned by month on PostgreSQL (SQLite unchanged)

Converts an existing `events` table in place: the old table is renamed, a table partitioned by
RANGE (at) takes its name (same columns, same id sequence, the append-only trigger), monthly
partitions are created for every month that has events (and three ahead) plus a DEFAULT partition,
the rows are copied across and the old table dropped. The whole conversion is one transaction: on a
database with millions of events it holds an exclusive lock on `events` for as long as the copy
takes (see docs/operations.md).

A partitioned table's unique constraints must contain the partition column, so the primary key is
(id, at) and the per-case sequence is unique as (case_id, seq, at). Ids still come from one sequence;
two events of one case with the same seq are still impossible because every event is appended by the
transaction that bumped the case row's version from seq-1 to seq under that row's lock
(docs/architecture.md, "Partitioned events").

Revision ID: pt0001
Revises: 0001
Create Date: 2026-11-28
"""

from datetime import datetime, timezone

from alembic import op

revision = "pt0001"
down_revision = "0001"
branch_labels = ("partitions",)
depends_on = None

COLUMNS = """
    id bigint NOT NULL DEFAULT nextval('events_id_seq'::regclass),
    case_id bigint NOT NULL,
    seq integer NOT NULL,
    action varchar(32) NOT NULL,
    actor varchar(100) NOT NULL,
    at timestamp with time zone NOT NULL,
    from_status varchar(16),
    to_status varchar(16) NOT NULL,
    fields json NOT NULL,
    note text"""
TRIGGER = ("CREATE TRIGGER events_append_only BEFORE UPDATE OR DELETE ON events "
           "FOR EACH ROW EXECUTE FUNCTION hotline_events_append_only()")


def _replace_table(partitioned: bool) -> None:
    """Rename the current `events` away and create the new one (partitioned or plain) in its place."""
    _rename_old()
    key = ", at" if partitioned else ""
    op.execute(f"""CREATE TABLE events ({COLUMNS},
        CONSTRAINT pk_events PRIMARY KEY (id{key}),
        CONSTRAINT uq_events_case_seq UNIQUE (case_id, seq{key}),
        CONSTRAINT fk_events_case_id_cases FOREIGN KEY (case_id) REFERENCES cases (id)
    ){" PARTITION BY RANGE (at)" if partitioned else ""}""")
    op.execute("ALTER SEQUENCE events_id_seq OWNED BY events.id")


def _rename_old() -> None:
    op.execute("ALTER TABLE events RENAME TO events_old")
    op.execute("ALTER TABLE events_old RENAME CONSTRAINT pk_events TO pk_events_old")
    op.execute("ALTER TABLE events_old RENAME CONSTRAINT uq_events_case_seq TO uq_events_old_case_seq")
    op.execute("ALTER TABLE events_old RENAME CONSTRAINT fk_events_case_id_cases TO fk_events_old_case_id_cases")
    op.execute("DROP TRIGGER IF EXISTS events_append_only ON events_old")


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    from hotline.store.partitions import ensure_partitions

    _replace_table(partitioned=True)
    op.execute("CREATE TABLE events_default PARTITION OF events DEFAULT")
    # A partition for each month that has events, and from this month on; none for the empty gaps.
    months = bind.exec_driver_sql(
        "SELECT DISTINCT date_trunc('month', at AT TIME ZONE 'Asia/Shanghai')::date FROM events_old").scalars()
    for month in sorted(months):
        ensure_partitions(bind, month, month, ahead=0)
    now = datetime.now(timezone.utc)
    ensure_partitions(bind, now, now)
    op.execute("INSERT INTO events SELECT * FROM events_old")
    op.execute("DROP TABLE events_old")
    op.execute(TRIGGER)
    # The daily report counts callbacks and reopens by time (hotline/reports/data.py).
    op.execute("CREATE INDEX ix_events_action_at ON events (action, at)")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    _replace_table(partitioned=False)
    op.execute("INSERT INTO events SELECT * FROM events_old")
    op.execute("DROP TABLE events_old CASCADE")
    op.execute(TRIGGER)
