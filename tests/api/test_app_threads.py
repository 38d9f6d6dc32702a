"""Each worker runs at most `threads` request handlers at once (HOTLINE_THREADS, default 8)."""

from __future__ import annotations

import anyio
from fastapi.testclient import TestClient

from hotline.settings import Settings
from hotline.web.app import create_app


def _tokens(app) -> float:
    with TestClient(app) as client:  # the lifespan runs: the limit is set on the server's event loop
        assert client.get("/api/v1/health").status_code == 200
        return client.portal.call(lambda: anyio.to_thread.current_default_thread_limiter().total_tokens)


def test_the_thread_limit_is_the_setting(database, database_url, tmp_path):
    assert Settings().threads == 8
    for threads in (3, 8):
        settings = Settings(database_url=database_url, files_dir=tmp_path / "files", threads=threads)
        assert _tokens(create_app(settings, db=database)) == threads
