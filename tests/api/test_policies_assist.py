"""Agent assist over HTTP, on both databases: a case answered with an entry, and knowledge gaps."""

from __future__ import annotations

from datetime import datetime, timezone

import sqlalchemy as sa
from fastapi.testclient import TestClient

from hotline.store.tables import cases
from tests.api.test_policies_api import BASE, NATIONAL_PASS, editor, kb_ctx  # noqa: F401 (fixtures)

T = datetime(2022, 4, 22, 2, 0, tzinfo=timezone.utc)


def _case(ctx, number: str, *, region: str, category: str, status: str = "closed", type_: str = "consult"):
    with ctx.db.write() as conn:
        conn.execute(sa.insert(cases).values(
            number=number, tracking_code=f"t-{number}", type=type_, category=category, title="咨询", description="",
            channel="phone", status=status, version=1, region=region, created_by="op", created_at=T, updated_at=T,
            closed_at=T if status in ("closed", "archived") else None))


def test_closing_with_an_entry_records_the_link_and_the_rest_are_gaps(editor, kb_ctx, app):
    uid = editor.post(BASE, params={"publish": "true"}, json=NATIONAL_PASS).json()["uid"]
    _case(kb_ctx, "C1", region="420102", category="pass")                    # answered with the entry
    _case(kb_ctx, "C2", region="420102", category="pass")                    # a gap
    _case(kb_ctx, "C3", region="420106", category="test")                    # a gap, another county of 武汉
    _case(kb_ctx, "C4", region="130102", category="pass")                    # a gap in 河北
    _case(kb_ctx, "C5", region="420102", category="pass", status="dispatched")  # still open: not a gap
    _case(kb_ctx, "C6", region="420102", category="pass", type_="complaint")    # not a consultation

    r = editor.post(f"{BASE}/{uid}/uses", json={"case": "C1"})
    assert r.status_code == 201 and r.json()["uses"] == 1
    assert editor.post(f"{BASE}/mot-pass/uses", json={"case": "C1"}).json()["uses"] == 1  # by key, once
    assert editor.post(f"{BASE}/{uid}/uses", json={"case": "NOPE"}).json()["error"]["code"] == "case_not_found"

    gaps = editor.get(f"{BASE}/gaps").json()
    assert gaps["total"] == 3
    assert {(g["region"], g["category"], g["count"]) for g in gaps["items"]} == {
        ("420102", "pass", 1), ("420106", "test", 1), ("130102", "pass", 1)}
    wuhan = editor.get(f"{BASE}/gaps", params={"region": "420100"}).json()
    assert sorted(e for g in wuhan["items"] for e in g["examples"]) == ["C2", "C3"]
    assert editor.get(f"{BASE}/gaps", params={"region": "420000", "category": "test"}).json()["total"] == 1

    with TestClient(app) as anonymous:  # operators' data: not public
        assert anonymous.get(f"{BASE}/gaps").status_code == 401
        assert anonymous.post(f"{BASE}/{uid}/uses", json={"case": "C2"}).status_code == 401
