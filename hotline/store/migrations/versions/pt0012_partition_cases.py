"""partitions: the cases partitioned by month on PostgreSQL; case numbers owned by `case_keys`

On PostgreSQL `cases` becomes a table partitioned by RANGE (id), and from now on a case's id
carries the month it was created in (hotline/store/partitions.py: `month_key * 10^10 + n`, n from
the one `cases_id_seq`). The id stays the primary key on its own, so every foreign key to
`cases.id` stays; only they are dropped and made again against the new table. The cases already
there keep their ids in `cases_legacy` (ids below 10^10); a partition is made for this month and
the three after, and `cases_default` takes any id outside them.

A partitioned table's unique indexes must contain the partition key, so `number` and
`tracking_code` can no longer be unique in `cases` itself. `case_keys` (on both databases, so the
code is one) owns that uniqueness: one row per case ever numbered, with no foreign key, so an
archived case's number and tracking code stay taken. `cases` keeps plain indexes on both columns.

The conversion is one transaction and copies every case (on a large database: a maintenance
window, roughly a minute per few million cases, with writes blocked meanwhile; docs/operations.md).

Revision ID: pt0012
Revises: pt0011
Create Date: 2026-11-29
"""

from datetime import date, datetime, timezone

import sqlalchemy as sa
from alembic import op

from hotline.store.tables import BigId

revision = "pt0012"
down_revision = "pt0011"
branch_labels = None
depends_on = None

LEGACY_TOP = 10**10  # = partitions.ID_MONTH_SPAN; the ids of cases created before this migration


def _referencing(bind) -> list[tuple[str, str, str]]:
    """(table, constraint, definition) of every foreign key to `cases` outside the table itself."""
    return bind.exec_driver_sql("""
        SELECT c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid)
        FROM pg_constraint c
        WHERE c.contype = 'f' AND c.confrelid = 'cases'::regclass AND c.conparentid = 0
          AND c.conrelid <> 'cases'::regclass
        ORDER BY 1""").all()


def _rebuild(bind, partitioned: bool) -> None:
    """Replace `cases` by a copy, partitioned by id or plain, with the same columns, indexes and keys."""
    fks = _referencing(bind)
    own = bind.exec_driver_sql("""
        SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint
        WHERE conrelid = 'cases'::regclass AND contype IN ('f', 'u') AND conparentid = 0""").all()
    indexes = bind.exec_driver_sql("""
        SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)
        FROM pg_index i WHERE i.indrelid = 'cases'::regclass AND NOT i.indisprimary
          AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)""").all()
    for table, name, _ in fks:
        op.execute(f"ALTER TABLE {table} DROP CONSTRAINT {name}")
    op.execute("ALTER TABLE cases RENAME TO cases_old")
    op.execute("ALTER TABLE cases_old RENAME CONSTRAINT pk_cases TO pk_cases_old")
    for name, _ in own:
        op.execute(f"ALTER TABLE cases_old DROP CONSTRAINT {name}")
    for name, _ in indexes:
        op.execute(f"DROP INDEX {name}")
    op.execute(f"""CREATE TABLE cases (LIKE cases_old INCLUDING DEFAULTS INCLUDING STORAGE,
        CONSTRAINT pk_cases PRIMARY KEY (id)){" PARTITION BY RANGE (id)" if partitioned else ""}""")
    op.execute("ALTER SEQUENCE cases_id_seq OWNED BY cases.id")
    if partitioned:
        from hotline.store.partitions import ensure_partitions

        op.execute(f"CREATE TABLE cases_legacy PARTITION OF cases FOR VALUES FROM (MINVALUE) TO ({LEGACY_TOP})")
        op.execute("CREATE TABLE cases_default PARTITION OF cases DEFAULT")
        now = datetime.now(timezone.utc)
        ensure_partitions(bind, now, now, table="cases")
        # Month ids already present (a database partitioned before, then downgraded): their months.
        months = bind.exec_driver_sql(
            f"SELECT DISTINCT id / {LEGACY_TOP} FROM cases_old WHERE id >= {LEGACY_TOP}").scalars().all()
        for key in sorted(months):
            month = date(key // 12, key % 12 + 1, 1)
            ensure_partitions(bind, month, month, table="cases", ahead=0)
    op.execute("INSERT INTO cases SELECT * FROM cases_old")
    op.execute("DROP TABLE cases_old")
    unique = {"number": "uq_cases_number", "tracking_code": "uq_cases_tracking_code"}
    for name, definition in own:
        if name not in unique.values():
            op.execute(f"ALTER TABLE cases ADD CONSTRAINT {name} {definition}")
    for name, definition in indexes:
        if name not in ("ix_cases_number", "ix_cases_tracking_code"):
            op.execute(definition.replace(" ON ONLY public.cases ", " ON public.cases ", 1))
    for col, name in unique.items():
        if partitioned:  # unique in case_keys; here only looked up
            op.execute(f"CREATE INDEX ix_cases_{col} ON cases ({col})")
        else:
            op.execute(f"ALTER TABLE cases ADD CONSTRAINT {name} UNIQUE ({col})")
    for table, name, definition in fks:
        op.execute(f"ALTER TABLE {table} ADD CONSTRAINT {name} {definition}")
    if partitioned:
        from hotline.store.partitions import name_partition_indexes

        name_partition_indexes(bind)
    op.execute("ANALYZE cases")


def upgrade() -> None:
    op.create_table(
        "case_keys",
        sa.Column("number", sa.String(20), primary_key=True),
        sa.Column("tracking_code", sa.String(32), nullable=False, unique=True),
        sa.Column("case_id", BigId, nullable=False, unique=True),
    )
    op.execute("INSERT INTO case_keys (number, tracking_code, case_id) SELECT number, tracking_code, id FROM cases")
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        _rebuild(bind, partitioned=True)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        _rebuild(bind, partitioned=False)
    op.drop_table("case_keys")
