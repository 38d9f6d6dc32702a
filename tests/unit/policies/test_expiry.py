"""expire_due: published entries past effective_until become expired, once, on both databases."""

from __future__ import annotations

import json
from datetime import datetime

import sqlalchemy as sa

from hotline.policies import services
from hotline.policies.expiry import expire_due
from hotline.policies.transfer import import_entries
from hotline.store.policy_tables import policy_changes
from hotline.domain.workdays import SHANGHAI


def _entry(key: str, until: str | None, **extra) -> str:
    return json.dumps({"key": key, "title": f"条目{key}", "answer": "答复口径", "regions": ["420100"],
                       "effective_from": "2022-04-01", "effective_until": until, **extra}, ensure_ascii=False)


def test_expire_due_moves_only_published_entries_past_their_end(ctx, clock):
    import_entries(ctx, [_entry("ends-0430", "2022-04-30"), _entry("ends-0531", "2022-05-31"),
                         _entry("open-ended", None)], publish=True)
    import_entries(ctx, [_entry("draft-0430", "2022-04-30")])
    assert expire_due(ctx.db, clock) == 0  # 22 April: nothing has ended

    clock.at = datetime(2022, 5, 1, 0, 0, tzinfo=SHANGHAI)  # "through 30 April" ends at midnight
    with ctx.db.read() as conn:
        feed_before = conn.execute(sa.select(sa.func.count()).select_from(policy_changes)).scalar()
    assert expire_due(ctx.db, clock) == 1
    status = {k: services.get_policy(ctx, k)["status"] for k in ("ends-0430", "ends-0531", "open-ended",
                                                                  "draft-0430")}
    assert status == {"ends-0430": "expired", "ends-0531": "published", "open-ended": "published",
                      "draft-0430": "draft"}
    last = services.versions(ctx, "ends-0430")[-1]
    assert (last["action"], last["author"], last["status"]) == ("expire", "system", "expired")
    with ctx.db.read() as conn:  # followers hear of it through the change feed
        assert conn.execute(sa.select(sa.func.count()).select_from(policy_changes)).scalar() == feed_before + 1
    assert expire_due(ctx.db, clock) == 0  # idempotent

    # Expired entries still answer "what was the rule on 25 April".
    hits = services.search(ctx, "条目ends-0430", region="420102", at=datetime(2022, 4, 25, tzinfo=SHANGHAI))
    assert [h["key"] for h in hits["items"]][:1] == ["ends-0430"]
