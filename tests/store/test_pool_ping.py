"""PostgreSQL pooled connections are pinged only after sitting idle (store/db.py, _ping_when_idle):
a connection whose server went away while idle is replaced before a request meets it, and one
just used goes out without the extra round trip."""

from __future__ import annotations

import sqlalchemy as sa

from hotline.store import db as db_module
from hotline.store.db import Database


def _backend_pid(database: Database) -> int:
    with database.read() as conn:
        return conn.exec_driver_sql("SELECT pg_backend_pid()").scalar_one()


def _count_pings(database: Database, monkeypatch) -> list[int]:
    calls: list[int] = []
    real = database.engine.dialect.do_ping

    def counting(dbapi_conn):
        calls.append(1)
        return real(dbapi_conn)

    monkeypatch.setattr(database.engine.dialect, "do_ping", counting)
    return calls


def test_a_connection_just_used_is_not_pinged(postgres_url, monkeypatch):
    database = Database(postgres_url)
    try:
        first = _backend_pid(database)
        pings = _count_pings(database, monkeypatch)
        assert _backend_pid(database) == first  # the same pooled connection
        assert pings == []
        monkeypatch.setattr(db_module, "PING_AFTER_IDLE_SECONDS", 0.0)
        assert _backend_pid(database) == first
        assert pings == [1]  # idle past the limit: pinged once, and still alive
    finally:
        database.dispose()


def test_a_connection_whose_server_went_away_while_idle_is_replaced(postgres_url, monkeypatch):
    database = Database(postgres_url)
    admin = sa.create_engine(postgres_url, isolation_level="AUTOCOMMIT")
    try:
        first = _backend_pid(database)
        with admin.connect() as conn:  # what a server restart or an idle timeout does to it
            assert conn.execute(sa.text("SELECT pg_terminate_backend(:pid)"), {"pid": first}).scalar_one()
        monkeypatch.setattr(db_module, "PING_AFTER_IDLE_SECONDS", 0.0)
        second = _backend_pid(database)  # no error reaches the caller
        assert second != first
    finally:
        admin.dispose()
        database.dispose()
