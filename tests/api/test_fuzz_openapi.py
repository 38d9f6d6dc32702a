"""schemathesis over the whole OpenAPI document, in process: no request may cause a server error, and
every answer must be what the document says — a documented status code, a documented content type, a
body that matches the documented schema, documented headers that match theirs.

Two tests: every operation on its own (HOTLINE_FUZZ_EXAMPLES generated requests each, default 8), and
the stateful one, which follows the document's OpenAPI links (create a case → read it → act on it with
the version it answered; create a policy → read, edit, act; create a routing rule → delete it) for
HOTLINE_FUZZ_STATEFUL scenarios (default 15). Runs as an admin of the root unit (sees and may do
everything), on SQLite with the region table loaded.
"""

from __future__ import annotations

import os
import tempfile
import warnings
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from hotline.domain.clock import SystemClock
from hotline.services import auth
from hotline.services.cases import Context
from hotline.services.regions import load_region_table
from hotline.services.units import upsert_units
from hotline.settings import Settings
from hotline.store.db import Database
from hotline.store.files import LocalFileStorage
from hotline.store.migrate import upgrade
from hotline.web.app import create_app

warnings.filterwarnings("ignore", category=DeprecationWarning)
EXAMPLES = int(os.environ.get("HOTLINE_FUZZ_EXAMPLES", "8"))
STATEFUL = int(os.environ.get("HOTLINE_FUZZ_STATEFUL", "15"))
CONFORMANCE = (status_code_conformance, content_type_conformance, response_schema_conformance,
               response_headers_conformance)
CHECKS = (not_a_server_error, *CONFORMANCE)
# The policy sync reads an upstream hotline (here: whatever URL was generated); its 502 says that one
# could not be read. It is documented, so the conformance checks still hold for it.
UPSTREAM_CALLS = {("POST", "/api/v1/policies/sync")}
# Known mismatches in operations outside the API routers; remove an entry when its owner fixes it.
KNOWN_GAPS: dict[tuple[str, str], set] = {}


def _app(tmp: Path):
    url = f"sqlite:///{tmp / 'fuzz.db'}"
    db = Database(url)
    upgrade(db)
    ctx = Context(db=db, clock=SystemClock(), storage=LocalFileStorage(tmp / "files"))
    load_region_table(ctx)
    upsert_units(ctx, [{"code": "mot", "name": "交通运输部", "region": "000000", "parent": None, "kind": "ministry"},
                       {"code": "hb", "name": "湖北省交通运输厅", "region": "420000", "parent": "mot"}])
    auth.add_user(ctx, "fuzz-admin", unit="mot", roles=["admin"])
    token = auth.create_token(ctx, "fuzz-admin")
    return create_app(Settings(database_url=url, files_dir=tmp / "files"), db=db), token


_STATE: dict = {}


def _lazy_app():
    if "app" not in _STATE:
        _STATE["tmp"] = tempfile.TemporaryDirectory()
        _STATE["app"], _STATE["token"] = _app(Path(_STATE["tmp"].name))
        _warm_up(_STATE["app"], _STATE["token"])
    return _STATE["app"]


def _warm_up(app, token: str) -> None:
    """One real intake first: it loads the text models (seconds on a busy machine), which would
    otherwise count against the first generated request's timeout."""
    from fastapi.testclient import TestClient

    with TestClient(app) as client:
        r = client.post("/api/v1/cases", headers={"Authorization": f"Bearer {token}"}, json={
            "channel": "api", "title": "孝感北收费站劝返", "description": "G4 孝感北收费站要求返回"})
        assert r.status_code == 201, r.text


def _auth() -> dict[str, str]:
    return {"Authorization": f"Bearer {_STATE['token']}"}


def _call(case):
    return case.call(headers=_auth(), timeout=60)


def _checks(case) -> tuple:
    key = (case.method.upper(), case.path)
    checks = CONFORMANCE if key in UPSTREAM_CALLS else CHECKS
    return tuple(c for c in checks if c not in KNOWN_GAPS.get(key, ()))


schema = schemathesis.pytest.from_fixture("fuzz_schema")


@pytest.fixture(scope="module")
def fuzz_schema():
    return schemathesis.openapi.from_asgi("/openapi.json", _lazy_app())


@schema.parametrize()
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
def test_conforms(case):
    case.validate_response(_call(case), checks=_checks(case))


def test_stateful_links_conform(fuzz_schema):
    base = fuzz_schema.as_state_machine()

    class Scenario(base):  # type: ignore[misc, valid-type]
        def get_call_kwargs(self, case):
            return {"headers": _auth(), "timeout": 60}

        def validate_response(self, response, case, additional_checks=None, **kwargs):
            case.validate_response(response, checks=_checks(case))

    Scenario.run(settings=settings(max_examples=STATEFUL, deadline=None, stateful_step_count=6,
                                   suppress_health_check=list(HealthCheck)))
