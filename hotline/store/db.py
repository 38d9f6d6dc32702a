"""Engines and units of work for SQLite (embedded default, WAL) and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy import Connection, Engine, Select, create_engine, event
from sqlalchemy.engine import make_url


def _prepare_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):
        # Let us issue BEGIN ourselves, so writers can take the lock up front (BEGIN IMMEDIATE)
        # instead of failing on a read→write upgrade under concurrency.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        # FULL: a commit is on disk before we answer 201, even across power loss.
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection):
        immediate = conn.get_execution_options().get("sqlite_immediate", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


class Database:
    """One database: `read()` and `write()` give a Connection inside one transaction."""

    def __init__(self, url: str, *, echo: bool = False):
        self.url = make_url(url)
        self.dialect = self.url.get_backend_name()
        kwargs: dict = {"echo": echo, "future": True}
        if self.dialect == "sqlite":
            db_path = self.url.database
            if db_path and db_path != ":memory:":
                Path(db_path).parent.mkdir(parents=True, exist_ok=True)
            kwargs["connect_args"] = {"check_same_thread": False, "timeout": 30}
        else:
            # JIT off: the app's statements are short index reads, and at 10M cases the planner's cost
            # estimates crossed jit_above_cost so that compiling took 250 ms of a 970 ms queue read
            # (docs/benchmarks.md, Volume). Reports and the bench can still turn it on per session.
            kwargs.update(pool_size=10, max_overflow=20, pool_pre_ping=True,
                          connect_args={"options": "-c jit=off"})
        self.engine = create_engine(self.url, **kwargs)
        if self.dialect == "sqlite":
            _prepare_sqlite(self.engine)
        self._writer = self.engine.execution_options(sqlite_immediate=True)

    @property
    def is_sqlite(self) -> bool:
        return self.dialect == "sqlite"

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self.engine.connect() as conn, conn.begin():
            yield conn

    @contextmanager
    def write(self) -> Iterator[Connection]:
        with self._writer.connect() as conn, conn.begin():
            yield conn

    def dispose(self) -> None:
        self.engine.dispose()


def insert_ignore(conn: Connection, table, **values):
    """INSERT that does nothing when the row exists (both dialects spell it ON CONFLICT DO NOTHING)."""
    if conn.dialect.name == "sqlite":
        from sqlalchemy.dialects.sqlite import insert
    else:
        from sqlalchemy.dialects.postgresql import insert
    return insert(table).values(**values).on_conflict_do_nothing()


# A merge of more parts than this is not worth it: one statement of that many subqueries plans slowly.
MERGE_PARTS = 64


def top_ids(parts: Sequence[Select], n: int, *order: str, descending: bool = False) -> Select:
    """The ids of the first `n` rows of several ordered queries taken together — each part already
    in the order `order` names (its selected columns, `id` among them), read with a limit of `n`,
    then merged. For lists where one ordered index walk per unit beats one walk over everything
    tested against a set of units (a subtree's newest cases, its most overdue clocks)."""
    merged = sa.union_all(*(sa.select(*p.limit(n).subquery().c) for p in parts)).subquery()
    keys = [merged.c[name].desc() if descending else merged.c[name] for name in order]
    return sa.select(merged.c.id).order_by(*keys).limit(n)


def roomy_sorts(conn: Connection, megabytes: int = 64) -> None:
    """Let this transaction's sorts and hashes use `megabytes` of memory (PostgreSQL; its default
    4 MB sent the dashboard's national counts to disk). Ends with the transaction."""
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql(f"SET LOCAL work_mem = '{int(megabytes)}MB'")
