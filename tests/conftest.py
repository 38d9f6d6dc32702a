"""Shared fixtures: every store/API test runs on SQLite and on PostgreSQL.

PostgreSQL comes from HOTLINE_TEST_POSTGRES_URL (e.g. postgresql+psycopg://postgres@127.0.0.1:5432/test);
each test session creates its own UTF-8 database and drops it afterwards. Without PostgreSQL the
PostgreSQL half skips — except in CI (CI=true), where a skip of a required backend is a failure.
"""

from __future__ import annotations

import os
import uuid
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import make_url

from hotline.domain.clock import FixedClock
from hotline.settings import Settings
from hotline.store.db import Database
from hotline.store.files import LocalFileStorage
from hotline.store.migrate import upgrade

SHANGHAI = ZoneInfo("Asia/Shanghai")
IN_CI = os.environ.get("CI", "").lower() == "true"


def skip_or_fail(reason: str) -> None:
    """A missing required service fails in CI and skips elsewhere."""
    if IN_CI:
        pytest.fail(f"required in CI: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def postgres_url():
    base = os.environ.get("HOTLINE_TEST_POSTGRES_URL")
    if not base:
        skip_or_fail("HOTLINE_TEST_POSTGRES_URL is not set")
    admin = sa.create_engine(base, isolation_level="AUTOCOMMIT")
    name = f"hotline_test_{uuid.uuid4().hex[:10]}"
    try:
        with admin.connect() as conn:
            # A C-ctype database would hide Chinese characters from pg_trgm and friends.
            conn.exec_driver_sql(
                f"CREATE DATABASE {name} ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8' TEMPLATE template0")
    except sa.exc.OperationalError as exc:
        admin.dispose()
        skip_or_fail(f"PostgreSQL unreachable: {exc.orig}")
    url = make_url(base).set(database=name).render_as_string(hide_password=False)
    db = Database(url)
    upgrade(db)
    db.dispose()
    yield url
    with admin.connect() as conn:
        conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    admin.dispose()


@pytest.fixture(params=["sqlite", "postgres"])
def backend(request) -> str:
    return request.param


@pytest.fixture
def database_url(backend, tmp_path, request) -> str:
    if backend == "sqlite":
        return f"sqlite:///{tmp_path / 'hotline.db'}"
    return request.getfixturevalue("postgres_url")


@pytest.fixture
def database(database_url, backend):
    db = Database(database_url)
    if backend == "sqlite":
        upgrade(db)
    else:
        with db.engine.begin() as conn:  # a clean slate; TRUNCATE does not fire row triggers
            tables = conn.exec_driver_sql(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'alembic_version'"
            ).scalars().all()
            conn.exec_driver_sql(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE")
    yield db
    db.dispose()


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2022, 4, 22, 10, 0, tzinfo=SHANGHAI))


@pytest.fixture
def settings(database_url, tmp_path) -> Settings:
    return Settings(database_url=database_url, files_dir=tmp_path / "files")


@pytest.fixture
def ctx(database, clock, settings):
    from hotline.services.cases import Context

    return Context(db=database, clock=clock, storage=LocalFileStorage(settings.files_dir), system_actor="tester")


@pytest.fixture
def app(database, clock, settings):
    from hotline.web.app import create_app

    return create_app(settings, db=database, clock=clock, storage=LocalFileStorage(settings.files_dir))


@pytest.fixture
def anonymous(app):
    from fastapi.testclient import TestClient

    with TestClient(app) as c:
        yield c


def all_routes(routes):
    """The app's routes with included routers flattened (FastAPI ≥ 0.16x keeps them nested)."""
    for route in routes:
        if hasattr(route, "effective_route_contexts"):
            yield from route.effective_route_contexts()
        else:
            yield route


def login_token(ctx, username: str, unit: str, roles: list[str]) -> str:
    """A user (created if missing) and a fresh API token for them."""
    import sqlalchemy as sa

    from hotline.services import auth
    from hotline.store.tables import users

    with ctx.db.read() as conn:
        exists = conn.execute(sa.select(users.c.id).where(users.c.username == username)).first()
    if not exists:
        auth.add_user(ctx, username, unit=unit, roles=roles)
    return auth.create_token(ctx, username)


@pytest.fixture
def client(app, ctx):
    """An HTTP client logged in as an admin of the ministry (the root unit): sees everything."""
    from fastapi.testclient import TestClient

    from hotline.services.units import upsert_units

    upsert_units(ctx, DEMO_UNITS[:1])
    token = login_token(ctx, "root-admin", "mot", ["admin"])
    with TestClient(app, headers={"Authorization": f"Bearer {token}"}) as c:
        yield c


DEMO_UNITS = [
    {"code": "mot", "name": "交通运输部", "region": "000000", "parent": None, "kind": "ministry"},
    {"code": "hb", "name": "湖北省交通运输厅", "region": "420000", "parent": "mot"},
    {"code": "hb-xiaogan", "name": "孝感市交通运输局", "region": "420900", "parent": "hb"},
    {"code": "hb-wuhan", "name": "武汉市交通运输局", "region": "420100", "parent": "hb"},
    {"code": "he", "name": "河北省交通运输厅", "region": "130000", "parent": "mot"},
]


@pytest.fixture
def units(ctx):
    from hotline.services.units import upsert_units

    upsert_units(ctx, DEMO_UNITS)
    return DEMO_UNITS


class LiveServer:
    """Real `hotline serve` processes on loopback, for durability and browser tests."""

    @staticmethod
    def free_port() -> int:
        import socket

        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            return s.getsockname()[1]

    @staticmethod
    def start(env: dict, port: int):
        import subprocess
        import sys
        import time

        import httpx

        proc = subprocess.Popen(
            [sys.executable, "-m", "hotline.cli", "serve", "--host", "127.0.0.1", "--port", str(port)],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 180  # the worker loads the text models before it answers
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                raise RuntimeError(proc.stderr.read().decode())
            try:
                if httpx.get(f"http://127.0.0.1:{port}/api/v1/health", timeout=1).status_code == 200:
                    return proc
            except httpx.HTTPError:
                time.sleep(0.1)
        proc.kill()
        raise RuntimeError("server did not start")

    @staticmethod
    def prepare(database_url: str, tmp_path) -> tuple[dict, dict]:
        """A migrated database with one unit and an operator: the server's environment and auth header."""
        import subprocess
        import sys

        env = {**os.environ, "HOTLINE_DATABASE_URL": database_url, "HOTLINE_FILES_DIR": str(tmp_path / "files")}
        cli = [sys.executable, "-m", "hotline.cli"]
        subprocess.run([*cli, "db", "upgrade"], env=env, check=True, capture_output=True)
        units = tmp_path / "units.csv"
        units.write_text("code,name,region,parent,kind\nmot,交通运输部,000000,,ministry\n", encoding="utf-8")
        subprocess.run([*cli, "units", "import", str(units)], env=env, check=True, capture_output=True)
        username = f"intake-{uuid.uuid4().hex[:8]}"  # the PostgreSQL database is shared by the session
        subprocess.run([*cli, "user", "add", username, "--unit", "mot", "--role", "operator"], env=env,
                       check=True, capture_output=True, input=b"\n")
        token = subprocess.run([*cli, "token", "create", username], env=env, check=True,
                               capture_output=True).stdout.decode().strip()
        return env, {"Authorization": f"Bearer {token}"}


@pytest.fixture
def live() -> LiveServer:
    return LiveServer()


@pytest.fixture
def cli_env(monkeypatch, settings, database):
    """The `hotline` command pointed at this test's database (CliRunner runs it in process)."""
    from hotline.settings import get_settings

    monkeypatch.setenv("HOTLINE_DATABASE_URL", settings.database_url)
    monkeypatch.setenv("HOTLINE_FILES_DIR", str(settings.files_dir))
    get_settings.cache_clear()
    yield database
    get_settings.cache_clear()
