"""Monthly partitions of the events log on PostgreSQL (migration pt0001), and their archiving.

`events` is partitioned by RANGE (at), one partition per calendar month in Asia/Shanghai time
(`events_2022_04` holds 2022-04-01 00:00+08 up to 2022-05-01 00:00+08), plus `events_default` for
anything outside the months created so far, so an insert never fails for want of a partition.
`ensure_partitions` creates the months a range needs (and a few ahead); if rows for such a month
already sit in the default partition it moves them into place in the same transaction (rows are
re-inserted, never updated or deleted: the append-only rule holds).

Archiving detaches whole months and moves them to the `hotline_archive` schema, where they stay
readable (and append-only: the trigger is put back on them) until they are dumped and dropped.
`restore_partition` attaches a month again. SQLite has no partitions: every function here is a
no-op there (`is_partitioned` is False).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import Connection

TZ = ZoneInfo("Asia/Shanghai")
ARCHIVE_SCHEMA = "hotline_archive"
# Partitioned table → its partition column.
PARTITIONED = {"events": "at"}
# Months created ahead of the newest data, so the month rolling over never lands in the default.
AHEAD_MONTHS = 3
_NAME = re.compile(r"^(?P<table>[a-z_]+)_(?P<year>\d{4})_(?P<month>\d{2})$")


@dataclass(frozen=True)
class Partition:
    table: str
    name: str
    month: date  # first day of the month it holds

    @property
    def upper(self) -> date:
        return add_months(self.month, 1)


def month_of(t: datetime | date) -> date:
    if isinstance(t, datetime):
        t = t.astimezone(TZ).date()
    return t.replace(day=1)


def add_months(d: date, n: int) -> date:
    y, m = divmod(d.year * 12 + d.month - 1 + n, 12)
    return date(y, m + 1, 1)


def partition_name(table: str, month: date) -> str:
    return f"{table}_{month:%Y_%m}"


def parse_partition(name: str) -> Partition | None:
    m = _NAME.match(name)
    if not m or m["table"] not in PARTITIONED:
        return None
    return Partition(m["table"], name, date(int(m["year"]), int(m["month"]), 1))


def _bound(d: date) -> str:
    return f"'{d:%Y-%m-%d} 00:00:00+08'"


def is_partitioned(conn: Connection, table: str = "events") -> bool:
    if conn.dialect.name != "postgresql":
        return False
    kind = conn.exec_driver_sql(
        "SELECT c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = 'public' AND c.relname = %(t)s", {"t": table}).scalar()
    return kind == "p"


def partitions(conn: Connection, table: str = "events") -> list[Partition]:
    """The monthly partitions attached to `table`, oldest first (not the default one)."""
    names = conn.exec_driver_sql(
        "SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid "
        "JOIN pg_class p ON p.oid = i.inhparent JOIN pg_namespace n ON n.oid = p.relnamespace "
        "WHERE n.nspname = 'public' AND p.relname = %(t)s", {"t": table}).scalars().all()
    found = [parse_partition(n) for n in names]
    return sorted((p for p in found if p and p.table == table), key=lambda p: p.month)


def archived(conn: Connection, table: str = "events") -> list[Partition]:
    names = conn.exec_driver_sql(
        "SELECT tablename FROM pg_tables WHERE schemaname = %(s)s", {"s": ARCHIVE_SCHEMA}).scalars().all()
    found = [parse_partition(n) for n in names]
    return sorted((p for p in found if p and p.table == table), key=lambda p: p.month)


def _create(conn: Connection, table: str, month: date) -> None:
    conn.exec_driver_sql(
        f"CREATE TABLE {partition_name(table, month)} PARTITION OF {table} "
        f"FOR VALUES FROM ({_bound(month)}) TO ({_bound(add_months(month, 1))})")


def ensure_partitions(conn: Connection, start: datetime | date, end: datetime | date,
                      table: str = "events", ahead: int = AHEAD_MONTHS) -> list[str]:
    """Create the monthly partitions from `start`'s month to `ahead` months after `end`'s.

    Months already archived are left alone (their rows would go to the default partition).
    Returns the names created."""
    if not is_partitioned(conn, table):
        return []
    have = {p.month for p in partitions(conn, table)} | {p.month for p in archived(conn, table)}
    months = []
    m, last = month_of(start), add_months(month_of(end), ahead)
    while m <= last:
        if m not in have:
            months.append(m)
        m = add_months(m, 1)
    if not months:
        return []
    default = f"{table}_default"
    col = PARTITIONED[table]
    lo, hi = _bound(months[0]), _bound(add_months(months[-1], 1))
    stranded = conn.exec_driver_sql(
        f"SELECT EXISTS (SELECT 1 FROM {default} WHERE {col} >= {lo} AND {col} < {hi})").scalar()
    if stranded:
        # Rows for these months landed in the default partition: take it out, create the months,
        # put its rows back through the parent (each finds its month), drop the emptied old copy.
        conn.exec_driver_sql(f"ALTER TABLE {table} DETACH PARTITION {default}")
        conn.exec_driver_sql(f"ALTER TABLE {default} RENAME TO {default}_moving")
        conn.exec_driver_sql(f"CREATE TABLE {default} PARTITION OF {table} DEFAULT")
    for month in months:
        _create(conn, table, month)
    if stranded:
        conn.exec_driver_sql(f"INSERT INTO {table} SELECT * FROM {default}_moving")
        conn.exec_driver_sql(f"DROP TABLE {default}_moving")
    return [partition_name(table, m) for m in months]


def archive_before(conn: Connection, before: date, table: str = "events") -> list[Partition]:
    """Detach every month of `table` that ends on or before `before` and move it to the archive schema."""
    if not is_partitioned(conn, table):
        return []
    cutoff = month_of(before)
    done = []
    conn.exec_driver_sql(f"CREATE SCHEMA IF NOT EXISTS {ARCHIVE_SCHEMA}")
    for p in partitions(conn, table):
        if p.upper > cutoff:
            continue
        conn.exec_driver_sql(f"ALTER TABLE {table} DETACH PARTITION {p.name}")
        conn.exec_driver_sql(f"ALTER TABLE {p.name} SET SCHEMA {ARCHIVE_SCHEMA}")
        _guard(conn, f"{ARCHIVE_SCHEMA}.{p.name}")
        done.append(p)
    return done


def _guard(conn: Connection, qualified: str) -> None:
    """Keep an archived month append-only (detaching drops the trigger it inherited)."""
    name = qualified.split(".")[-1]
    conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}_append_only ON {qualified}")
    conn.exec_driver_sql(f"CREATE TRIGGER {name}_append_only BEFORE UPDATE OR DELETE ON {qualified} "
                         "FOR EACH ROW EXECUTE FUNCTION hotline_events_append_only()")


def restore_partition(conn: Connection, name: str) -> Partition:
    """Attach an archived month (found in the archive schema) to its table again."""
    p = parse_partition(name)
    if p is None:
        raise ValueError(f"not a monthly partition name: {name}")
    conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}_append_only ON {ARCHIVE_SCHEMA}.{name}")
    conn.exec_driver_sql(f"ALTER TABLE {ARCHIVE_SCHEMA}.{name} SET SCHEMA public")
    conn.exec_driver_sql(f"ALTER TABLE {p.table} ATTACH PARTITION {name} "
                         f"FOR VALUES FROM ({_bound(p.month)}) TO ({_bound(p.upper)})")
    return p
