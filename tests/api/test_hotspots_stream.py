"""Streaming detection through the events log: a surge becomes an incident at the next step, with its
notices, alerts and knowledge-base task; new similar cases join it. Runs on SQLite and PostgreSQL."""

from __future__ import annotations

import sqlalchemy as sa

from hotline.hotspots.job import run_hotspot_step
from hotline.services import auth
from hotline.services.cases import create_case
from hotline.services.commands import CaseCreate
from hotline.store.hotspot_tables import (
    hotspot_incident_cases,
    hotspot_incidents,
    hotspot_kb_tasks,
    hotspot_notifications,
    hotspot_topic_cases,
    hotspot_topics,
)

STORIES = [
    "在京港澳高速孝感北收费站被劝返了，说外地车一律不让下高速",
    "投诉孝感北收费站一刀切劝返外地货车",
    "师傅 孝感北收费站不让下 让掉头回去 绿码也不行",
    "拉着蔬菜到孝感北收费站不让进，直接劝返",
    "来电人反映：孝感北收费站劝返外省货车，请核实处理。",
    "孝感北收费站还在劝返，货要坏了",
]


def new_case(ctx, title, region="420902", category="control.turnback", **extra):
    body = {"type": "complaint", "category": category, "title": title, "channel": "api",
            "place": {"region": region}, **extra}
    return create_case(ctx, CaseCreate.model_validate(body))[0]


def report_cases(ctx, clock, stories, minutes=8):
    out = []
    for text in stories:
        out.append(new_case(ctx, text))
        clock.advance(minutes=minutes)
    return out


def test_the_case_that_crosses_opens_an_incident_at_the_next_step(ctx, clock, database, units):
    auth.add_user(ctx, "hb-sup", unit="hb", roles=["supervisor"])
    auth.add_user(ctx, "xg-sup", unit="hb-xiaogan", roles=["supervisor"])
    auth.add_user(ctx, "wh-sup", unit="hb-wuhan", roles=["supervisor"])
    report_cases(ctx, clock, STORIES[:4])
    first = run_hotspot_step(database, clock)
    assert first.cases == 4 and first.opened == []

    crossing = new_case(ctx, STORIES[4])
    clock.advance(seconds=5)  # the job runs every few seconds; PostgreSQL lets events settle 2 s
    step = run_hotspot_step(database, clock)
    assert step.cases == 1 and len(step.opened) == 1
    incident_id = step.opened[0]
    with database.read() as conn:
        inc = conn.execute(sa.select(hotspot_incidents).where(hotspot_incidents.c.id == incident_id)).one()
        members = conn.execute(sa.select(hotspot_incident_cases).where(
            hotspot_incident_cases.c.incident_id == incident_id)).all()
        notes = conn.execute(sa.select(hotspot_notifications).order_by(hotspot_notifications.c.id)).all()
        task = conn.execute(sa.select(hotspot_kb_tasks)).one()
        topic = conn.execute(sa.select(hotspot_topics).where(hotspot_topics.c.anchor == "孝感北收费站")).one()
    assert inc.status == "open" and inc.size == 5 and len(members) == 5
    assert inc.unit == "hb-xiaogan"  # routing: the transport authority of 孝感市
    assert inc.title.startswith("湖北省孝感市 孝感北收费站：") and "劝返" in inc.title
    assert inc.surge["count"] == 5 and inc.surge["crossed_by"] == crossing["number"]
    assert [(n.kind, n.unit, n.username) for n in notes] == [
        ("incident_opened", "hb-xiaogan", None),
        ("supervisor_alert", "hb", "hb-sup"),
        ("supervisor_alert", "hb-xiaogan", "xg-sup"),
    ]  # the Wuhan supervisor is not in the line of the responsible unit
    assert task.region == "420900" and task.category == "control.turnback" and task.status == "open"
    assert len(task.sample_questions) == 5 and STORIES[0] in task.sample_questions
    assert topic.case_count == 5 and topic.in_surge and topic.incident_id == incident_id


def test_new_similar_cases_join_the_open_incident_and_others_do_not(ctx, clock, database, units):
    report_cases(ctx, clock, STORIES[:5])
    clock.advance(seconds=5)
    incident_id = run_hotspot_step(database, clock).opened[0]
    joiner = new_case(ctx, STORIES[5])
    other_place = new_case(ctx, "武汉西收费站劝返外地货车", region="420104")
    other_category = new_case(ctx, "孝感北收费站ETC多扣费", category="highway.toll")
    clock.advance(seconds=5)
    step = run_hotspot_step(database, clock)
    assert step.joined == 1 and step.opened == []
    with database.read() as conn:
        size = conn.execute(sa.select(hotspot_incidents.c.size).where(hotspot_incidents.c.id == incident_id)).scalar()
        ids = set(conn.execute(sa.select(hotspot_incident_cases.c.case_id)).scalars())
        counted = conn.execute(sa.select(sa.func.count()).select_from(hotspot_topic_cases)).scalar()
    assert size == 6
    numbers = {c["number"] for c in (joiner, other_place, other_category)}
    with database.read() as conn:
        from hotline.store.tables import cases

        by_number = dict(conn.execute(sa.select(cases.c.number, cases.c.id).where(cases.c.number.in_(numbers))).all())
    assert by_number[joiner["number"]] in ids
    assert by_number[other_place["number"]] not in ids and by_number[other_category["number"]] not in ids
    assert counted == 8  # every case got a topic


def test_a_failed_step_counts_nothing_and_the_retry_counts_once(ctx, clock, database, units, monkeypatch):
    from hotline.hotspots import incidents

    report_cases(ctx, clock, STORIES[:5])
    clock.advance(seconds=5)

    def broken(*args, **kwargs):
        raise RuntimeError("routing down")

    monkeypatch.setattr(incidents, "open_incident", broken)
    try:
        run_hotspot_step(database, clock)
    except RuntimeError:
        pass
    with database.read() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(hotspot_topics)).scalar() == 0
    monkeypatch.undo()
    step = run_hotspot_step(database, clock)
    assert step.cases == 5 and len(step.opened) == 1
    with database.read() as conn:
        assert conn.execute(sa.select(hotspot_topics.c.case_count)).scalar() == 5


def test_a_second_surge_of_a_closed_incident_opens_a_new_one_without_stealing_members(ctx, clock, database, units):
    from hotline.hotspots import incidents
    from hotline.services.cases import Context

    report_cases(ctx, clock, STORIES[:5], minutes=2)  # minutes 0–8: crosses on the 5th
    clock.advance(seconds=5)
    first = run_hotspot_step(database, clock).opened[0]
    clock.advance(minutes=48)
    late = new_case(ctx, STORIES[5])  # minute 58: joins the open incident
    clock.advance(seconds=5)
    assert run_hotspot_step(database, clock).joined == 1
    incidents.close(Context(ctx.db, clock, ctx.storage), first, version=1)
    clock.advance(minutes=47)
    report_cases(ctx, clock, STORIES[:1], minutes=1)  # minute 105: two in the window, the surge is over
    clock.advance(seconds=5)
    assert run_hotspot_step(database, clock).opened == []
    report_cases(ctx, clock, STORIES * 2, minutes=1)  # minutes 106–117: a new burst while minute 58 is in the window
    clock.advance(seconds=5)
    step = run_hotspot_step(database, clock)
    assert len(step.opened) == 1 and step.opened[0] != first
    with database.read() as conn:
        from hotline.store.tables import cases

        late_id = conn.execute(sa.select(cases.c.id).where(cases.c.number == late["number"])).scalar_one()
        owner = conn.execute(sa.select(hotspot_incident_cases.c.incident_id)
                             .where(hotspot_incident_cases.c.case_id == late_id)).scalar_one()
        second = conn.execute(sa.select(hotspot_incidents).where(hotspot_incidents.c.id == step.opened[0])).one()
        at_opening = conn.execute(sa.select(sa.func.count()).select_from(hotspot_incident_cases).where(
            hotspot_incident_cases.c.incident_id == second.id, hotspot_incident_cases.c.how == "surge")).scalar()
    assert owner == first  # stays with the incident it joined
    assert at_opening == second.surge["count"] - 1  # every case of the window but the one already taken


def test_stale_text_topics_are_pruned_and_anchored_ones_kept(ctx, clock, database, units):
    from hotline.hotspots import job

    new_case(ctx, "驾驶证换证网上办理不了", category="other")
    new_case(ctx, STORIES[0])
    clock.advance(seconds=5)
    job._last_prune.clear()
    assert run_hotspot_step(database, clock).pruned == 0
    clock.advance(days=8)
    new_case(ctx, "通行证怎么申请", category="control.pass")  # fresh: stays
    clock.advance(seconds=5)
    job._last_prune.clear()
    assert run_hotspot_step(database, clock).pruned == 1
    with database.read() as conn:
        left = sorted((t.anchor or "", t.category) for t in conn.execute(sa.select(hotspot_topics)))
        links = conn.execute(sa.select(sa.func.count()).select_from(hotspot_topic_cases)).scalar()
    assert left == [("", "control.pass"), ("孝感北收费站", "control.turnback")]
    assert links == 2
