"""Case numbers and the rows a create writes, on both databases.

On PostgreSQL a whole create is one statement that bumps the day's counter last (services.cases,
_CREATE_PG; docs/architecture.md); on SQLite the writer takes the counter first. Either way the
numbers of one day are 1, 2, 3 … with no gap and no repeat, and each case comes with its keys, its
create event and its suggestions."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta

import sqlalchemy as sa

from hotline.services.cases import create_case
from hotline.services.commands import CaseCreate
from hotline.store.tables import case_keys, cases, counters, events, intake_suggestions
from tests.conftest import SHANGHAI

CASE = {"type": "complaint", "category": "highway.toll", "title": "ETC 重复扣费", "channel": "api",
        "description": "京港澳高速孝感北收费站 ETC 重复扣费两次", "place": {"region": "420900"}}


def test_concurrent_creates_number_one_day_without_gap_or_repeat(ctx, units, database):
    def five(_):
        return [create_case(ctx, CaseCreate.model_validate(CASE))[0] for _ in range(5)]

    with ThreadPoolExecutor(8) as pool:  # 8 threads at once; an error in any is raised here
        made = [case for batch in pool.map(five, range(8)) for case in batch]
    numbers = sorted(c["number"] for c in made)
    assert numbers == [f"20220422-{n:06d}" for n in range(1, 41)]
    with database.read() as conn:
        keys = {tuple(r) for r in conn.execute(sa.select(case_keys.c.number, case_keys.c.tracking_code))}
        assert keys == {(c["number"], c["tracking_code"]) for c in made}
        creates = conn.execute(sa.select(sa.func.count()).select_from(events).where(
            events.c.action == "create", events.c.seq == 1, events.c.to_status == "new")).scalar_one()
        assert creates == 40
        assert conn.execute(sa.select(counters.c.value).where(counters.c.name == "case:20220422")).scalar_one() == 40


def test_the_first_case_of_a_day_starts_its_counter(ctx, units, database):
    first = create_case(ctx, CaseCreate.model_validate(CASE))[0]
    next_day = datetime(2022, 4, 23, 0, 5, tzinfo=SHANGHAI)  # Shanghai's day, not UTC's
    second = create_case(ctx, CaseCreate.model_validate(CASE), created_at=next_day)[0]
    assert (first["number"], second["number"]) == ("20220422-000001", "20220423-000001")
    late = datetime(2022, 4, 22, 23, 59, tzinfo=SHANGHAI) + timedelta(seconds=30)
    assert create_case(ctx, CaseCreate.model_validate(CASE), created_at=late)[0]["number"] == "20220422-000002"


def test_a_day_past_a_million_cases_keeps_every_digit(ctx, units, database):
    create_case(ctx, CaseCreate.model_validate(CASE))
    with database.write() as conn:
        conn.execute(sa.update(counters).where(counters.c.name == "case:20220422").values(value=999_999))
    assert create_case(ctx, CaseCreate.model_validate(CASE))[0]["number"] == "20220422-1000000"


def test_the_answer_is_the_case_as_written_with_its_suggestions(ctx, units, database):
    body = {"title": "孝感北收费站劝返", "description": "豫A12345货车在京港澳高速孝感北收费站被劝返", "channel": "api"}
    case, _ = create_case(ctx, CaseCreate.model_validate(body))
    with database.read() as conn:
        row = conn.execute(sa.select(cases).where(cases.c.number == case["number"])).one()
        fields = {r.field: (r.suggested, r.final, r.accepted) for r in conn.execute(
            sa.select(intake_suggestions).where(intake_suggestions.c.case_id == row.id))}
        event = conn.execute(sa.select(events.c.fields).where(events.c.case_id == row.id)).scalar_one()
    assert (row.tracking_code, row.region, row.type, row.category) == (
        case["tracking_code"], case["place"]["region"], case["type"], case["category"])
    assert row.region == "420900" and fields["region"] == ("420900", "420900", True)
    assert set(fields) == set(event["suggested"])  # the event says what was suggested, as the rows do
