"""Follow an upstream hotline (省厅 follows 部; 市局 follows 省厅): pull its change feed.

Upstream entries are kept read-only with their origin (the upstream's base URL, or the origin the
upstream itself recorded, so chains keep the first source). A withdrawn upstream entry is withdrawn
here too, so it disappears from search. Each page of changes and the cursor after it commit in one
transaction: a crash re-reads at most one page, and applying a change twice changes nothing.
"""

from __future__ import annotations

from typing import Any

import httpx
import sqlalchemy as sa

from hotline.policies import services
from hotline.policies.rules import Status
from hotline.services.cases import Context
from hotline.services.errors import ServiceError
from hotline.store.policy_tables import policies, policy_sync

FEED_PATH = "/api/v1/policies/changes"


def apply_change(conn, item: dict[str, Any], origin: str, now) -> bool:
    """Apply one feed item; True if it changed anything here."""
    entry = item["entry"]
    origin = entry.get("origin") or origin
    status = Status.WITHDRAWN if item["kind"] == "withdraw" else Status(entry["status"])
    row = conn.execute(sa.select(policies).where(policies.c.uid == entry["uid"])).first()
    if row is not None and not row.origin:
        return False  # our own entry: a feed that loops back to us never overwrites it
    if row is not None and row.version >= entry["version"] and row.status == status.value:
        return False
    actor = f"sync:{origin}"[:100]
    if row is None:
        if status is Status.WITHDRAWN:
            return False
        services.insert_entry(conn, services.command_from_snapshot(entry), uid=entry["uid"], origin=origin, actor=actor, now=now,
                              status=status, version=entry["version"], action="sync")
    else:
        services.replace_entry(conn, row, services.command_from_snapshot(entry), actor=actor, now=now, action="sync", status=status,
                               version=max(entry["version"], row.version + 1))
    return True


def pull(ctx: Context, upstream: str, *, client: httpx.Client | None = None, page: int = 200) -> dict[str, Any]:
    """Read the upstream's changes since our cursor and apply them. Returns counts."""
    upstream = upstream.rstrip("/")
    own = client or httpx.Client(timeout=30)
    applied = seen = 0
    try:
        while True:
            with ctx.db.read() as conn:
                cursor = conn.execute(sa.select(policy_sync.c.cursor).where(policy_sync.c.origin == upstream)
                                      ).scalar()
            params: dict[str, Any] = {"limit": page}
            if cursor:
                params["since"] = services.encode_cursor(cursor)
            try:
                resp = own.get(upstream + FEED_PATH, params=params)
                resp.raise_for_status()
                feed = resp.json()
                if not isinstance(feed, dict) or not isinstance(feed.get("items"), list):
                    raise ValueError("not a change feed")
            except (httpx.HTTPError, httpx.InvalidURL, ValueError) as exc:
                raise ServiceError("upstream_unreachable", f"无法读取上级热线 {upstream} 的变更：{exc}", 502) from None
            now = ctx.clock.now()
            with ctx.db.write() as conn:
                for item in feed["items"]:
                    seen += 1
                    applied += apply_change(conn, item, upstream, now)
                if feed["items"]:
                    last = services.decode_cursor(feed["items"][-1]["cursor"], "since")
                    _save_cursor(conn, upstream, last, now)
            if not feed.get("has_more"):
                break
    finally:
        if client is None:
            own.close()
    return {"upstream": upstream, "seen": seen, "applied": applied}


def _save_cursor(conn, upstream: str, cursor: int, now) -> None:
    done = conn.execute(sa.update(policy_sync).where(policy_sync.c.origin == upstream)
                        .values(cursor=cursor, synced_at=now)).rowcount
    if not done:
        conn.execute(sa.insert(policy_sync).values(origin=upstream, cursor=cursor, synced_at=now))
