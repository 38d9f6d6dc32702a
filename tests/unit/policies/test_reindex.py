"""reindex: stored search words follow a change of the analysis rules, on both databases."""

from __future__ import annotations

import json

import sqlalchemy as sa

from hotline.policies import services
from hotline.policies.transfer import import_entries
from hotline.store.policy_tables import policies


def test_reindex_rewrites_stale_search_words_once(ctx):
    entry = {"key": "sites", "title": "检测点", "answer": "检测结果一般在12小时内推送到健康码。", "regions": ["420100"]}
    import_entries(ctx, [json.dumps(entry, ensure_ascii=False)], publish=True)
    with ctx.db.write() as conn:  # as indexed by an older rule that read “12小时内” as validity
        conn.execute(sa.update(policies).values(search_body=policies.c.search_body + " 时效"))
    assert services.reindex(ctx) == 1
    with ctx.db.read() as conn:
        assert "时效" not in conn.execute(sa.select(policies.c.search_body)).scalar().split()
    assert services.reindex(ctx) == 0
