"""Engines and units of work for SQLite (embedded default, WAL) and PostgreSQL."""

from __future__ import annotations

import fcntl
import os
import threading
import time
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


# A pooled PostgreSQL connection is checked (a round trip) only when it sat unused this long.
PING_AFTER_IDLE_SECONDS = 5.0


def _ping_when_idle(engine: Engine) -> None:
    """Pessimistic disconnect handling without a round trip per checkout.

    `pool_pre_ping` pinged on every checkout — two of a request's round trips (its token read and
    its write; docs/architecture.md, the write path). A connection used within the last
    PING_AFTER_IDLE_SECONDS goes out as it is; an older one is pinged, and when the server has gone
    (a restart, an idle timeout) the pool drops it and opens another, as pre-ping did. A server lost
    within those seconds fails the requests that meet it once; SQLAlchemy then drops every pooled
    connection older than the failure."""

    @event.listens_for(engine, "checkin")
    def _checkin(_dbapi_conn, record) -> None:
        record.info["idle_since"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _checkout(dbapi_conn, record, _proxy) -> None:
        since = record.info.pop("idle_since", None)
        if since is None or time.monotonic() - since < PING_AFTER_IDLE_SECONDS:
            return
        try:
            engine.dialect.do_ping(dbapi_conn)
        except engine.dialect.loaded_dbapi.Error as exc:
            raise sa.exc.DisconnectionError(str(exc)) from exc  # the pool tries a new connection


class Database:
    """One database: `read()` and `write()` give a Connection inside one transaction."""

    def __init__(self, url: str, *, echo: bool = False):
        self.url = make_url(url)
        self.dialect = self.url.get_backend_name()
        kwargs: dict = {"echo": echo, "future": True}
        lock_path = None  # SQLite's writer lock file between processes (GroupCommit)
        if self.dialect == "sqlite":
            db_path = self.url.database
            if db_path and db_path != ":memory:":
                Path(db_path).parent.mkdir(parents=True, exist_ok=True)
                lock_path = f"{db_path}-writer.lock"
                # One connection per request thread, the group writer's and the jobs' kept open: with
                # the default 5 the rest were opened and closed per request, each with its PRAGMAs.
                kwargs.update(pool_size=16, max_overflow=16)
            kwargs["connect_args"] = {"check_same_thread": False, "timeout": 30}
        else:
            # JIT off: the app's statements are short index reads, and at 10M cases the planner's cost
            # estimates crossed jit_above_cost so that compiling took 250 ms of a 970 ms queue read
            # (docs/benchmarks.md, Volume). Reports and the bench can still turn it on per session.
            kwargs.update(pool_size=10, max_overflow=20, connect_args={"options": "-c jit=off"})
        self.engine = create_engine(self.url, **kwargs)
        if self.dialect == "sqlite":
            _prepare_sqlite(self.engine)
        else:
            _ping_when_idle(self.engine)
        self._writer = self.engine.execution_options(sqlite_immediate=True)
        self._group = GroupCommit(self._writer, lock_path=lock_path) if self.dialect == "sqlite" else None

    @property
    def is_sqlite(self) -> bool:
        return self.dialect == "sqlite"

    @contextmanager
    def read(self, *, one_statement: bool = False) -> Iterator[Connection]:
        """A read-only unit of work, its statements seeing one snapshot of the database.

        `one_statement`: the unit is one statement (a token's user); on PostgreSQL it then runs
        without BEGIN and COMMIT (autocommit: a statement is its own snapshot), two round trips
        fewer. On SQLite it changes nothing."""
        if one_statement and self._group is None:
            with self._autocommit(self.engine) as conn:
                yield conn
            return
        with self.engine.connect() as conn, conn.begin():
            yield conn

    @staticmethod
    @contextmanager
    def _autocommit(engine) -> Iterator[Connection]:
        """A connection whose every statement commits on its own (PostgreSQL: no BEGIN, no COMMIT)."""
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            yield conn

    @contextmanager
    def write(self, *, one_statement: bool = False) -> Iterator[Connection]:
        """One unit of work that writes. It has committed, durably, when the block exits without
        error; an error undoes all of it. On SQLite the units of a process's threads share their
        commits (GroupCommit); on PostgreSQL each is its own transaction.

        `one_statement`: the unit writes with a single statement (reads before it are fine). On
        PostgreSQL each statement then commits on its own, as it finishes, without a COMMIT round
        trip — for a statement that locks a row every writer needs (services.cases, the case
        number). On SQLite it changes nothing."""
        if self._group is not None:
            with self._group.unit() as conn:
                yield conn
            return
        if one_statement:
            with self._autocommit(self._writer) as conn:
                yield conn
            return
        with self._writer.connect() as conn, conn.begin():
            yield conn

    def dispose(self) -> None:
        if self._group is not None:
            self._group.close()
        self.engine.dispose()


class GroupCommit:
    """Group commit for SQLite's one writer: the write units of a process's threads run one after
    another in one transaction, each in a savepoint of its own, and one COMMIT makes a batch of them
    durable together.

    SQLite lets one connection write at a time. A connection per unit spent most of a busy intake
    waiting: in BEGIN IMMEDIATE, whose busy handler sleeps up to 100 ms between tries, and in each
    unit's own fsync (docs/benchmarks.md, intake). Here a unit takes the process's writer connection
    in turn (a plain mutex: a waiting thread wakes as soon as the one before is done); the
    transaction is left open for the next unit while one is waiting, and committed by the last of
    a run or at `max_batch` units. A unit's caller goes on only once the COMMIT that holds its
    unit has returned, so what was acknowledged is on disk; if that COMMIT fails, every unit of the
    batch raises. A unit that raises is rolled back to its savepoint and leaves the others alone.

    A unit must not start another unit (the same thread would wait on itself): that raises.

    Between processes (the server's workers, the job runner, the CLI) a batch first takes an
    exclusive `flock` on `<database>-writer.lock`: the next process's batch starts as soon as the
    lock is released, where SQLite's busy handler would sleep up to 100 ms before looking again.
    Other SQLite clients still meet SQLite's own lock and its busy timeout.
    """

    def __init__(self, engine: Engine, max_batch: int = 16, lock_path: str | None = None):
        self._engine = engine
        self._max_batch = max_batch
        self._lock_path = lock_path
        self._lock_fd: int | None = None
        self._lock_pid = 0
        self._turn = threading.Lock()  # who uses the writer connection now
        self._state = threading.Condition()  # guards the counters below
        self._waiting = 0  # threads waiting for their turn
        self._conn: Connection | None = None
        self._tx = None  # the open transaction, or None
        self._batch = 0  # units in the open transaction
        self._opened = 0  # number of the last transaction opened
        self._finished = 0  # number of the last transaction committed or failed
        self._failed: dict[int, BaseException] = {}  # failed commits by number (the last 100)
        self._local = threading.local()

    @contextmanager
    def unit(self) -> Iterator[Connection]:
        if getattr(self._local, "inside", False):
            raise RuntimeError("a write unit started inside another on the same thread")
        with self._state:
            self._waiting += 1
        self._turn.acquire()
        with self._state:
            self._waiting -= 1
        self._local.inside = True
        number = None
        try:
            if self._tx is None:
                if self._conn is None:
                    self._conn = self._engine.connect()
                self._lock_processes()
                try:
                    self._tx = self._conn.begin()  # BEGIN IMMEDIATE (_prepare_sqlite)
                except BaseException:
                    self._unlock_processes()
                    raise
                self._batch = 0
                self._opened += 1
            number = self._opened
            # A savepoint of a fixed name (units never nest): `begin_nested` names each one anew, so
            # SQLAlchemy compiles every SAVEPOINT and RELEASE afresh — 42 µs a unit against 11 µs
            # for the two statements sent as they are (in-memory SQLite, this machine).
            self._conn.exec_driver_sql("SAVEPOINT unit")
            try:
                yield self._conn
            except BaseException:
                self._conn.exec_driver_sql("ROLLBACK TO SAVEPOINT unit")
                self._conn.exec_driver_sql("RELEASE SAVEPOINT unit")
                raise
            self._conn.exec_driver_sql("RELEASE SAVEPOINT unit")
            self._batch += 1
        finally:
            self._local.inside = False
            try:
                if self._tx is not None:
                    with self._state:
                        others = self._waiting
                    if not others or self._batch >= self._max_batch:
                        self._commit()
            finally:
                self._turn.release()
        # Our unit is in transaction `number`: go on once it has committed.
        with self._state:
            while self._finished < number:
                self._state.wait()
            failed = self._failed.get(number)
        if failed is not None:
            raise failed

    def _commit(self) -> None:
        number, error = self._opened, None
        try:
            if self._batch:
                self._tx.commit()
            else:
                self._tx.rollback()
        except BaseException as exc:  # noqa: BLE001 — handed to every unit of the batch
            error = exc
            self._conn.invalidate()
            self._conn.close()
            self._conn = None
        self._tx = None
        self._unlock_processes()
        with self._state:
            if error is not None:
                self._failed[number] = error
                for old in [n for n in self._failed if n <= number - 100]:
                    del self._failed[old]  # their units have long been told
            self._finished = number
            self._state.notify_all()

    def _lock_processes(self) -> None:
        if self._lock_path is None:
            return
        if self._lock_fd is None or self._lock_pid != os.getpid():  # not a descriptor inherited by fork
            self._lock_fd = os.open(self._lock_path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
            self._lock_pid = os.getpid()
        fcntl.flock(self._lock_fd, fcntl.LOCK_EX)  # waits without the GIL

    def _unlock_processes(self) -> None:
        if self._lock_fd is not None and self._lock_pid == os.getpid():
            fcntl.flock(self._lock_fd, fcntl.LOCK_UN)

    def close(self) -> None:
        with self._turn:
            if self._conn is not None:
                self._conn.close()
                self._conn = None
            if self._lock_fd is not None and self._lock_pid == os.getpid():
                os.close(self._lock_fd)
            self._lock_fd = None


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
