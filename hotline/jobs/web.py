"""Run the deadline jobs inside a web server process (a thread started by the FastAPI lifespan).

In app.py: ``install_jobs(app)`` after the app is built. It does nothing unless HOTLINE_JOBS_IN_WEB
is true (or `enabled=True`), so test clients and `hotline jobs run` deployments are unaffected.
`uvicorn --factory hotline.jobs.web:create_app_with_jobs` starts an app with them on.
"""

from __future__ import annotations

import threading
from contextlib import asynccontextmanager

import anyio
from fastapi import FastAPI

from hotline.jobs.runner import runner_from_env
from hotline.jobs.settings import JobSettings


def install_jobs(app: FastAPI, *, enabled: bool | None = None, interval: float | None = None) -> bool:
    """Start the job loop with the app and stop it on shutdown. Returns whether it was installed."""
    settings = JobSettings()
    if not (settings.jobs_in_web if enabled is None else enabled):
        return False
    previous = app.router.lifespan_context

    @asynccontextmanager
    async def lifespan(a: FastAPI):
        runner = runner_from_env(a.state.db, a.state.clock)
        stop = threading.Event()
        thread = threading.Thread(target=runner.run_forever, args=(stop, interval or settings.jobs_interval),
                                  name="hotline-jobs", daemon=True)
        thread.start()
        try:
            async with previous(a) as state:
                yield state
        finally:
            stop.set()
            await anyio.to_thread.run_sync(lambda: thread.join(30))

    app.router.lifespan_context = lifespan
    return True


def create_app_with_jobs() -> FastAPI:
    from hotline.web.app import create_app

    app = create_app()
    install_jobs(app, enabled=True)
    return app
