"""Group commit on SQLite (store/db.py GroupCommit): units of many threads share COMMITs, each is
durable when its block exits, a unit that fails leaves the others of its batch alone, and a failed
COMMIT fails every unit of the batch."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
import sqlalchemy as sa
from sqlalchemy import event

from hotline.store.db import Database


@pytest.fixture
def db(tmp_path):
    d = Database(f"sqlite:///{tmp_path / 'g.db'}")
    with d.engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE parent (id INTEGER PRIMARY KEY)")
        conn.exec_driver_sql("CREATE TABLE item (id INTEGER PRIMARY KEY, who TEXT NOT NULL UNIQUE, "
                             "parent_id INTEGER REFERENCES parent(id) DEFERRABLE INITIALLY DEFERRED)")
    commits = []
    # the writer's COMMITs (reads end with one too)
    event.listen(d.engine, "commit",
                 lambda conn: commits.append(1) if conn.get_execution_options().get("sqlite_immediate") else None)
    d.commits = commits
    yield d
    d.dispose()


def _insert(conn, who, parent=None):
    conn.execute(sa.text("INSERT INTO item (who, parent_id) VALUES (:w, :p)"), {"w": who, "p": parent})


def _rows(db) -> set[str]:
    with db.read() as conn:
        return set(conn.execute(sa.text("SELECT who FROM item")).scalars())


def _hold_then_queue(db, first, others):
    """Run `first` in a unit that waits until every one of `others` is queued behind it, so that all
    of them land in one batch; return each one's exception or None, in order."""
    release = threading.Event()
    results: dict[int, BaseException | None] = {}

    def run(i, fn, wait):
        try:
            with db.write() as conn:
                fn(conn)
                if wait:
                    release.wait(10)
            results[i] = None
        except BaseException as exc:  # noqa: BLE001 — the test looks at it
            results[i] = exc

    threads = [threading.Thread(target=run, args=(0, first, True))]
    threads[0].start()
    while db._group._tx is None:  # the first unit holds the writer
        pass
    for i, fn in enumerate(others, 1):
        threads.append(threading.Thread(target=run, args=(i, fn, False)))
        threads[-1].start()
    while db._group._waiting < len(others):
        threading.Event().wait(0.001)
    release.set()
    for t in threads:
        t.join(10)
    return [results[i] for i in range(len(threads))]


def test_every_unit_of_many_threads_is_durable(db):
    def work(i):
        with db.write() as conn:
            _insert(conn, f"w{i}")
        # acknowledged: another connection sees it at once
        with db.engine.connect() as other:
            assert other.execute(sa.text("SELECT count(*) FROM item WHERE who = :w"), {"w": f"w{i}"}).scalar() == 1

    with ThreadPoolExecutor(8) as pool:
        list(pool.map(work, range(400)))
    assert _rows(db) == {f"w{i}" for i in range(400)}


def test_units_queued_behind_one_share_its_commit(db):
    out = _hold_then_queue(db, lambda c: _insert(c, "a"), [lambda c: _insert(c, "b"), lambda c: _insert(c, "c")])
    assert out == [None, None, None]
    assert _rows(db) == {"a", "b", "c"}
    assert len(db.commits) == 1


def test_a_failing_unit_is_undone_alone(db):
    def clash(conn):
        _insert(conn, "x")
        _insert(conn, "a")  # UNIQUE: fails after writing x

    out = _hold_then_queue(db, lambda c: _insert(c, "a"), [clash, lambda c: _insert(c, "c")])
    assert out[0] is None and out[2] is None
    assert isinstance(out[1], sa.exc.IntegrityError)
    assert _rows(db) == {"a", "c"}  # x went with its unit


def test_a_failed_commit_fails_every_unit_of_its_batch(db):
    # The deferred foreign key is checked at COMMIT: the whole batch fails, and every unit says so.
    out = _hold_then_queue(db, lambda c: _insert(c, "a"), [lambda c: _insert(c, "orphan", parent=99),
                                                          lambda c: _insert(c, "c")])
    assert all(isinstance(e, sa.exc.IntegrityError) for e in out), out
    assert _rows(db) == set()
    with db.write() as conn:  # the writer recovers
        _insert(conn, "after")
    assert _rows(db) == {"after"}


def test_a_unit_inside_a_unit_is_refused(db):
    with pytest.raises(RuntimeError):
        with db.write() as conn:
            _insert(conn, "outer")
            with db.write():
                pass
    assert _rows(db) == set()
    with db.write() as conn:
        _insert(conn, "next")
    assert _rows(db) == {"next"}


def test_a_batch_holds_the_writer_lock_file_between_processes(db, tmp_path):
    # Another process's writer takes the same flock (a separate open file conflicts like one).
    import fcntl
    import os

    fd = os.open(str(tmp_path / "g.db-writer.lock"), os.O_RDWR | os.O_CREAT)
    try:
        with db.write() as conn:
            _insert(conn, "inside")
            with pytest.raises(BlockingIOError):
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # released with the COMMIT
        fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def test_writers_in_two_processes_all_land(tmp_path):
    # Two processes, four threads each, every unit committed; none waits on SQLite's busy handler.
    import subprocess
    import sys

    url = f"sqlite:///{tmp_path / 'two.db'}"
    d = Database(url)
    with d.engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE item (id INTEGER PRIMARY KEY, who TEXT NOT NULL UNIQUE)")
    script = (
        "import sys, sqlalchemy as sa\n"
        "from concurrent.futures import ThreadPoolExecutor\n"
        "from hotline.store.db import Database\n"
        "db = Database(sys.argv[1])\n"
        "def w(i):\n"
        "    with db.write() as c:\n"
        "        c.execute(sa.text('INSERT INTO item (who) VALUES (:w)'), {'w': f'{sys.argv[2]}{i}'})\n"
        "with ThreadPoolExecutor(4) as p:\n"
        "    list(p.map(w, range(150)))\n")
    procs = [subprocess.Popen([sys.executable, "-c", script, url, tag]) for tag in ("a", "b")]
    assert [p.wait(120) for p in procs] == [0, 0]
    with d.read() as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM item")).scalar() == 300
    d.dispose()
