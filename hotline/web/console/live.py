"""Server-sent events for the console. Each stream polls its table by id — simple, and it works
when several app processes serve one database: whatever process took the write, every stream sees
the row on its next poll."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Callable
from typing import Any

from fastapi import Request
from fastapi.concurrency import run_in_threadpool
from sse_starlette.sse import EventSourceResponse

POLL_SECONDS = 1.0
REFRESH_SECONDS = 60.0  # a "tick" now and then, so clocks on an idle page turn colour


def stream(request: Request, start: Callable[[], int], fetch: Callable[[int], list[tuple[int, str, dict[str, Any]]]],
           *, poll: float = POLL_SECONDS) -> EventSourceResponse:
    """Events after the client's Last-Event-ID (or from now): `fetch(after_id)` answers
    [(id, event name, data)], oldest first."""

    async def events() -> AsyncIterator[dict[str, Any]]:
        sent = request.headers.get("last-event-id", "")
        last = int(sent) if sent.isdigit() else await run_in_threadpool(start)
        yield {"event": "ready", "id": str(last), "data": "{}"}
        idle = 0.0
        while not await request.is_disconnected():
            rows = await run_in_threadpool(fetch, last)
            for row_id, name, data in rows:
                last = max(last, row_id)
                yield {"event": name, "id": str(row_id), "data": json.dumps(data, ensure_ascii=False)}
            idle = 0.0 if rows else idle + poll
            if idle >= REFRESH_SECONDS:
                idle = 0.0
                yield {"event": "tick", "data": "{}"}
            await asyncio.sleep(poll)

    return EventSourceResponse(events(), ping=15, headers={"X-Accel-Buffering": "no"})
