"""Backup → restore round trip and the retention of reporters' data, on both databases."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from hotline.services.cases import act, create_case, get_case, parse_action
from hotline.services.commands import ActionIn, CaseCreate
from hotline.services.operations import anonymize_archived, backup, restore
from hotline.store.tables import audit_log, cases, events

CASE = {"type": "complaint", "category": "highway.toll", "title": "ETC 重复扣费", "channel": "phone",
        "reporter": {"name": "王师傅", "phone": "13900001111", "plate": "鄂A99999", "company": "顺丰"},
        "place": {"region": "420100"}}


def _count(database, table) -> int:
    with database.read() as conn:
        return conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one()


def _step(ctx, number, version, name, **fields):
    body = ActionIn.model_validate({"version": version, **fields})
    return act(ctx, number, parse_action(name, body), body)["version"]


def test_backup_and_restore_round_trip(ctx, database, units, tmp_path):
    first = create_case(ctx, CaseCreate.model_validate(CASE))[0]["number"]
    _step(ctx, first, 1, "dispatch", unit="hb-wuhan")
    out = backup(database, tmp_path / "hotline.backup")
    assert out.stat().st_size > 0
    later = create_case(ctx, CaseCreate.model_validate(CASE))[0]["number"]  # after the backup: lost on restore
    before_events = _count(database, events)
    restore(database, out)
    assert get_case(ctx, first)["status"] == "dispatched"
    with pytest.raises(Exception):
        get_case(ctx, later)
    assert _count(database, events) == before_events - 1
    # The restored database keeps working, and events stay append-only.
    assert create_case(ctx, CaseCreate.model_validate(CASE))[0]["number"] == later
    with pytest.raises(sa.exc.DatabaseError):
        with database.write() as conn:
            conn.execute(sa.delete(events))


def test_retention_clears_reporter_data_of_old_archived_cases_only(ctx, database, units, clock):
    numbers = [create_case(ctx, CaseCreate.model_validate(CASE))[0]["number"] for _ in range(3)]
    for n in numbers[:2]:
        v = _step(ctx, n, 1, "close", reply="已退还重复扣费")
        _step(ctx, n, v, "callback", satisfaction=5)
    clock.advance(days=100)
    _step(ctx, numbers[1], 3, "note", note="百天后的备注")  # touched recently: not yet due
    assert anonymize_archived(ctx, days=90) == 1
    old = get_case(ctx, numbers[0])
    assert old["reporter"] == {"name": None, "phone": None, "plate": None, "company": None}
    assert old["title"] == CASE["title"] and old["satisfaction"] == 5
    assert get_case(ctx, numbers[1])["reporter"]["phone"] == "13900001111"
    assert get_case(ctx, numbers[2])["reporter"]["phone"] == "13900001111"  # never archived
    assert anonymize_archived(ctx, days=90) == 0
    with database.read() as conn:
        runs = conn.execute(sa.select(audit_log.c.detail).where(audit_log.c.action == "anonymize")).scalars().all()
        stored = conn.execute(sa.select(cases.c.reporter_phone).where(cases.c.number == numbers[0])).scalar()
    assert runs == [{"days": 90, "cases": 1}, {"days": 90, "cases": 0}] and stored is None
