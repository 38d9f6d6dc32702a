"""Monthly partitions of the events log (migration pt0001) and of the cases (pt0012) on PostgreSQL,
and their archiving.

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

`cases` is partitioned by RANGE (id), and a case's id carries the month it was created in:
`month_key(month) * ID_MONTH_SPAN + n`, n from the one `cases_id_seq` (so ids stay unique and grow
with time), and `cases_2026_11` holds the ids of November 2026. Keeping `id` as the partition key
keeps it the primary key alone, so the fifteen foreign keys to `cases.id` stay as they are
(docs/architecture.md, "Partitioned cases"). Cases from before pt0012 keep their ids in
`cases_legacy` (ids below ID_MONTH_SPAN). A case month's rows cannot be moved out of
`cases_default` (other tables' rows point at them), so `ensure_partitions` leaves a month that has
rows there to the default partition.
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
PARTITIONED = {"events": "at", "cases": "id"}
# A case id is month_key(month) * ID_MONTH_SPAN + n (n from cases_id_seq; 10^10 cases in all).
ID_MONTH_SPAN = 10**10
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
    if not m or m["table"] not in PARTITIONED or not 1 <= int(m["month"]) <= 12:
        return None
    return Partition(m["table"], name, date(int(m["year"]), int(m["month"]), 1))


def month_key(d: date) -> int:
    return d.year * 12 + d.month - 1


def case_id_base(t: datetime | date) -> int:
    """The smallest case id of the month `t` falls in (Asia/Shanghai)."""
    return month_key(month_of(t)) * ID_MONTH_SPAN


def _bound(d: date, table: str = "events") -> str:
    if table == "cases":
        return str(case_id_base(d))
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
        f"FOR VALUES FROM ({_bound(month, table)}) TO ({_bound(add_months(month, 1), table)})")


def name_partition_indexes(conn: Connection, table: str = "cases") -> int:
    """Name each partition's copy of an index of `table` after it: ix_cases_queue_2026_11 (PostgreSQL
    names them from their columns), so a query plan names the index it uses. Returns how many."""
    if not is_partitioned(conn, table):
        return 0
    rows = conn.exec_driver_sql("""
        SELECT ci.relname, pi.relname, c.relname
        FROM pg_inherits t
        JOIN pg_class c ON c.oid = t.inhrelid
        JOIN pg_index x ON x.indrelid = c.oid
        JOIN pg_class ci ON ci.oid = x.indexrelid
        JOIN pg_inherits ii ON ii.inhrelid = ci.oid
        JOIN pg_class pi ON pi.oid = ii.inhparent
        WHERE t.inhparent = %(t)s::regclass""", {"t": table}).all()
    done = 0
    for child, parent, part in rows:
        want = f"{parent}_{part.removeprefix(table + '_')}"[:63]
        if child != want:
            conn.exec_driver_sql(f'ALTER INDEX "{child}" RENAME TO "{want}"')
            done += 1
    return done


def ensure_partitions(conn: Connection, start: datetime | date, end: datetime | date,
                      table: str = "events", ahead: int = AHEAD_MONTHS) -> list[str]:
    """Create the monthly partitions from `start`'s month to `ahead` months after `end`'s.

    Months already archived are left alone (their rows would go to the default partition). Events
    of a new month found in the default partition are moved into it; a cases month that has rows in
    the default partition is not created (rows that other tables point at cannot be moved).
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
    default = f"{table}_default"
    col = PARTITIONED[table]
    if table == "cases":
        months = [m for m in months if not conn.exec_driver_sql(
            f"SELECT EXISTS (SELECT 1 FROM {default} WHERE id >= {_bound(m, table)} "
            f"AND id < {_bound(add_months(m, 1), table)})").scalar()]
    if not months:
        return []
    lo, hi = _bound(months[0], table), _bound(add_months(months[-1], 1), table)
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
    if table == "cases":
        name_partition_indexes(conn, table)
    return [partition_name(table, m) for m in months]


def ensure_all_partitions(conn: Connection, start: datetime | date, end: datetime | date,
                          ahead: int = AHEAD_MONTHS) -> list[str]:
    """`ensure_partitions` for every partitioned table (events and cases)."""
    return [name for table in PARTITIONED for name in ensure_partitions(conn, start, end, table, ahead)]


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
    """Attach an archived month (found in the archive schema) to its table again; a month of cases
    with its rows in the other tables (`archive_cases_before`), parents first."""
    p = parse_partition(name)
    if p is None:
        raise ValueError(f"not a monthly partition name: {name}")
    if p.table == "events":
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}_append_only ON {ARCHIVE_SCHEMA}.{name}")
    conn.exec_driver_sql(f"ALTER TABLE {ARCHIVE_SCHEMA}.{name} SET SCHEMA public")
    conn.exec_driver_sql(f"ALTER TABLE {p.table} ATTACH PARTITION {name} "
                         f"FOR VALUES FROM ({_bound(p.month, p.table)}) TO ({_bound(p.upper, p.table)})")
    if p.table == "cases":
        name_partition_indexes(conn, "cases")
        for d in case_dependents(conn):
            copy = f"{ARCHIVE_SCHEMA}.{dependent_name(d.table, p)}"
            if conn.exec_driver_sql("SELECT to_regclass(%(t)s)", {"t": copy}).scalar():
                conn.exec_driver_sql(f"INSERT INTO {d.table} SELECT * FROM {copy}")
                conn.exec_driver_sql(f"DROP TABLE {copy}")
    return p


# ---------------------------------------------------------------- archiving months of cases

FINISHED = ("closed", "archived", "merged")  # a month of cases is archived only when all are finished


@dataclass(frozen=True)
class Dependent:
    """A table holding rows that belong to cases, and the SQL condition picking a month's rows."""
    table: str
    where: str  # in terms of {lo} and {hi}, the month's id range
    depth: int  # the longest chain of foreign keys from it to cases: 1 points at cases only; a table
    # that also points at another dependent is deeper (deadline_alerts → deadline_clocks → cases: 2)


def case_dependents(conn: Connection) -> list[Dependent]:
    """Every table (but `events`, archived by its own months, and `cases`) whose rows point at a case,
    directly or through another such table, found from the foreign keys; shallowest first."""
    fks = conn.exec_driver_sql("""
        SELECT c.conrelid::regclass::text, a.attname, c.confrelid::regclass::text, fa.attname
        FROM pg_constraint c
        JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
        JOIN pg_attribute fa ON fa.attrelid = c.confrelid AND fa.attnum = c.confkey[1]
        JOIN pg_class t ON t.oid = c.conrelid
        WHERE c.contype = 'f' AND c.conparentid = 0 AND cardinality(c.conkey) = 1
          AND t.relnamespace = 'public'::regnamespace AND NOT t.relispartition""").all()
    # Each table's condition, nearest link first: directly on the case id, else through the table it
    # points at (deadline_notifications → deadline_alerts).
    where: dict[str, str] = {}
    frontier = {"cases"}
    while frontier:
        reached = set()
        for table, col, ref, ref_col in fks:
            if ref in frontier and table not in ("cases", "events") and table not in where:
                where[table] = (f"{col} >= {{lo}} AND {col} < {{hi}}" if ref == "cases" else
                                f"{col} IN (SELECT {ref_col} FROM {ref} WHERE {where[ref]})")
                reached.add(table)
        frontier = reached
    # Rows are put back parents first and deleted children first, so order by the longest chain.
    refs = {t: {r for tt, _, r, _ in fks if tt == t and r in where and r != t} for t in where}
    longest: dict[str, int] = {}

    def chain(t: str, seen: frozenset = frozenset()) -> int:
        if t not in longest:
            longest[t] = 1 + max((chain(r, seen | {t}) for r in refs[t] if r not in seen), default=0)
        return longest[t]

    return sorted((Dependent(t, w, chain(t)) for t, w in where.items()), key=lambda d: (d.depth, d.table))


def dependent_name(dep: str, month: Partition) -> str:
    return f"{dep}_of_{month.name}"[:63]


def case_month_blockers(conn: Connection, p: Partition) -> list[str]:
    """Why a month of cases cannot be archived yet (empty: it can), in Chinese."""
    lo, hi = _bound(p.month, "cases"), _bound(p.upper, "cases")
    out = []
    unfinished = conn.exec_driver_sql(
        f"SELECT count(*) FROM {p.name} WHERE status NOT IN ({', '.join(repr(s) for s in FINISHED)})").scalar_one()
    if unfinished:
        out.append(f"{unfinished} 件工单尚未办结")
    live = conn.exec_driver_sql(
        f"SELECT count(DISTINCT case_id) FROM events WHERE case_id >= {lo} AND case_id < {hi}").scalar_one()
    if live:
        out.append(f"{live} 件工单的操作记录还在未归档的月份里（先归档那些月份的操作记录）")
    merged = conn.exec_driver_sql(
        f"SELECT count(*) FROM cases WHERE merged_into_id >= {lo} AND merged_into_id < {hi} "
        f"AND NOT (id >= {lo} AND id < {hi})").scalar_one()
    if merged:
        out.append(f"{merged} 件其他月份的工单合并到了本月的工单")
    return out


def archive_cases_before(conn: Connection, before: date
                         ) -> tuple[dict[Partition, list[str]], dict[Partition, list[str]]]:
    """Archive every month of cases ending on or before `before` that is finished (`case_month_blockers`):
    the rows of the dependent tables move to `hotline_archive.<table>_of_cases_YYYY_MM`, then the
    month's partition is detached and moved there too. Returns ({month: the archive tables holding
    it, its own first}, {month: why it stays})."""
    if not is_partitioned(conn, "cases"):
        return [], {}
    cutoff = month_of(before)
    conn.exec_driver_sql(f"CREATE SCHEMA IF NOT EXISTS {ARCHIVE_SCHEMA}")
    deps = case_dependents(conn)
    done: dict[Partition, list[str]] = {}
    blocked: dict[Partition, list[str]] = {}
    for p in partitions(conn, "cases"):
        if p.upper > cutoff:
            continue
        reasons = case_month_blockers(conn, p)
        if reasons:
            blocked[p] = reasons
            continue
        lo, hi = _bound(p.month, "cases"), _bound(p.upper, "cases")
        for d in deps:  # copy first (a deeper table's condition reads its parent's rows) …
            conn.exec_driver_sql(f"CREATE TABLE {ARCHIVE_SCHEMA}.{dependent_name(d.table, p)} AS "
                                 f"SELECT * FROM {d.table} WHERE {d.where.format(lo=lo, hi=hi)}")
        for d in reversed(deps):  # … then delete, deepest first (their conditions read their parents)
            conn.exec_driver_sql(f"DELETE FROM {d.table} WHERE {d.where.format(lo=lo, hi=hi)}")
        # Archived months of events still point at these cases: those foreign keys go (they are archive).
        for table, name in conn.exec_driver_sql(
                "SELECT c.conrelid::regclass::text, c.conname FROM pg_constraint c "
                "JOIN pg_class t ON t.oid = c.conrelid "
                "WHERE c.contype = 'f' AND c.confrelid = 'cases'::regclass "
                "AND t.relnamespace = %(s)s::regnamespace", {"s": ARCHIVE_SCHEMA}).all():
            conn.exec_driver_sql(f"ALTER TABLE {table} DROP CONSTRAINT {name}")
        conn.exec_driver_sql(f"ALTER TABLE cases DETACH PARTITION {p.name}")
        conn.exec_driver_sql(f"ALTER TABLE {p.name} SET SCHEMA {ARCHIVE_SCHEMA}")
        done[p] = [f"{ARCHIVE_SCHEMA}.{n}" for n in [p.name, *(dependent_name(d.table, p) for d in deps)]]
    return done, blocked


def case_id_ranges(conn: Connection) -> list[tuple[int | None, int | None]] | None:
    """The id line cut at every month of cases, newest range first, up to the newest case: [lo, hi)
    with None for no bound, the gaps between months included (they are the default and legacy
    partitions' part). None when `cases` has no months (SQLite, or not partitioned).

    A query for the newest cases matching a filter that no index orders (a status, a region) walks
    every partition at once through a Merge Append, which first needs a match from each partition —
    in an old month, where few cases are still open, that meant reading 350,000 rows
    (docs/benchmarks.md, Volume). Read month by month instead, newest first, stopping when enough."""
    if conn.dialect.name != "postgresql":
        return None
    months = partitions(conn, "cases")
    if not months:
        return None
    top = conn.exec_driver_sql("SELECT max(id) FROM cases").scalar()
    if top is None:
        return []
    cuts = sorted({case_id_base(p.month) for p in months} | {case_id_base(p.upper) for p in months})
    bounds: list[int | None] = [None, *cuts, None]
    ranges = [(bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1)]
    return [(lo, hi) for lo, hi in reversed(ranges) if lo is None or lo <= top]
