"""Stored deadline clocks, the sweep and delivery, on SQLite and PostgreSQL, with the injected clock.

The consumer and the sweep are called directly; the clock is a FixedClock moved by hand.
"""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa

from hotline.domain.clock import FixedClock
from hotline.domain.lifecycle import Action
from hotline.jobs.clocks import run_clock_consumer
from hotline.jobs.delivery import MAX_ATTEMPTS, deliver
from hotline.jobs.runner import JobRunner
from hotline.jobs.sweep import Routes, fire_due
from hotline.services import auth
from hotline.services import deadlines as dl
from hotline.services.cases import act, create_case, get_case
from hotline.services.commands import ActionIn, CaseCreate
from hotline.store.db import Database
from hotline.store.deadline_tables import deadline_alerts, deadline_clocks, deadline_notifications

SH = ZoneInfo("Asia/Shanghai")
TURNBACK = {"type": "report", "category": "control.turnback", "title": "孝感北收费站一刀切劝返", "channel": "api",
            "urgent": True, "place": {"region": "420900"}}
CHECKPOINT = {"type": "complaint", "category": "control.checkpoint", "title": "武汉绕城检查站排队六小时",
              "channel": "api", "place": {"region": "420100"}}


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=SH)


def sync(ctx) -> None:
    """Run the clock consumer as the job would, once the events have settled."""
    run_clock_consumer(ctx.db, FixedClock(ctx.clock.now() + timedelta(seconds=5)))


def new_case(ctx, body=TURNBACK) -> str:
    return create_case(ctx, CaseCreate.model_validate(body))[0]["number"]


def do(ctx, number: str, action: Action, **fields) -> dict:
    version = get_case(ctx, number)["version"]
    return act(ctx, number, action, ActionIn(version=version, **fields))


def clocks(ctx, number: str) -> dict[str, dict]:
    with ctx.db.read() as conn:
        case_id = conn.execute(sa.text("SELECT id FROM cases WHERE number = :n"), {"n": number}).scalar_one()
        return {c["name"]: c for c in dl.clocks_view(conn, case_id, ctx.clock.now())}


def due(ctx, number: str) -> dict[str, str]:
    return {name: c["due_at"] for name, c in clocks(ctx, number).items()}


def alerts(ctx) -> list:
    with ctx.db.read() as conn:
        return conn.execute(sa.select(deadline_alerts).order_by(deadline_alerts.c.id)).all()


def sweep(ctx, routes: Routes = Routes(), **kw) -> tuple[int, int]:
    return (fire_due(ctx.db, ctx.clock, "overdue", routes, **kw), fire_due(ctx.db, ctx.clock, "warning", routes, **kw))


def test_clocks_follow_the_case_to_the_minute(ctx, clock, units):
    n = new_case(ctx)
    sync(ctx)
    assert due(ctx, n) == {"dispatch": "2022-04-22T10:10:00+08:00"}
    clock.advance(minutes=5)
    do(ctx, n, Action.DISPATCH, unit="hb-xiaogan")
    sync(ctx)
    c = clocks(ctx, n)
    assert c["dispatch"]["state"] == "met"
    # Urgent turn-back: accept 15 min, feedback 2 h; reply 5 working days from Fri 4-22 10:05, with
    # Sunday 4-24 a make-up working day → Thu 4-28.
    assert due(ctx, n) == {"dispatch": "2022-04-22T10:10:00+08:00", "accept": "2022-04-22T10:20:00+08:00",
                           "feedback": "2022-04-22T12:05:00+08:00", "reply": "2022-04-28T10:05:00+08:00"}
    assert c["accept"]["unit"] == "hb-xiaogan" and c["accept"]["remaining_seconds"] == 15 * 60
    clock.advance(minutes=10)
    do(ctx, n, Action.ACCEPT)
    clock.advance(minutes=30)
    do(ctx, n, Action.REPLY, reply="已协调收费站放行")
    sync(ctx)
    assert [clocks(ctx, n)[k]["state"] for k in ("accept", "feedback", "reply")] == ["met", "met", "met"]
    clock.advance(hours=1)
    do(ctx, n, Action.CLOSE)
    sync(ctx)
    assert clocks(ctx, n)["callback"]["due_at"] == "2022-04-25T11:45:00+08:00"  # 2 wd, Sunday worked


def test_warning_at_75_percent_and_overdue_fire_once_and_escalate(ctx, clock, units):
    auth.add_user(ctx, "hb-sup", unit="hb", roles=["supervisor"])
    auth.add_user(ctx, "hb-op", unit="hb", roles=["operator"])
    n = new_case(ctx)
    do(ctx, n, Action.DISPATCH, unit="hb-xiaogan")
    sync(ctx)
    clock.advance(minutes=11)  # accept: 15 min, warning at 11:15 → 10:11:15
    assert sweep(ctx) == (0, 0)
    clock.advance(seconds=20)
    assert sweep(ctx) == (0, 1)
    assert sweep(ctx) == (0, 0)
    assert clocks(ctx, n)["accept"]["state"] == "warning"
    clock.advance(minutes=4)  # 10:15:20 — due 10:15, past the settle margin
    assert sweep(ctx) == (1, 0)
    clock.advance(hours=3)
    assert sweep(ctx) == (1, 0)  # feedback (12:00) — accept does not fire again
    fired = alerts(ctx)
    assert [(a.clock, a.kind) for a in fired] == [("accept", "warning"), ("accept", "overdue"), ("feedback", "overdue")]
    overdue = fired[1]
    assert overdue.unit == "hb-xiaogan" and overdue.escalated_to == "hb" and overdue.supervisors == ["hb-sup"]
    assert fired[0].escalated_to is None
    shown = {c["name"]: c["state"] for c in get_case(ctx, n)["clocks"]}  # as the sweep found them
    assert shown == {"dispatch": "met", "accept": "overdue", "feedback": "overdue", "reply": "ok"}


def test_a_clock_stopped_in_time_never_fires(ctx, clock, units):
    n = new_case(ctx)
    sync(ctx)
    clock.advance(minutes=8)
    sweep(ctx)  # the dispatch clock (10 min) warns at 10:07:30
    clock.advance(minutes=1)
    do(ctx, n, Action.DISPATCH, unit="hb-xiaogan")
    sync(ctx)
    clock.advance(minutes=5)
    do(ctx, n, Action.ACCEPT)
    clock.advance(minutes=1)  # 10:15 — the accept clock would have run out at 10:24
    sync(ctx)
    clock.advance(minutes=20)
    sweep(ctx)
    assert {(a.clock, a.kind) for a in alerts(ctx)} == {("dispatch", "warning")}


def test_catch_up_after_downtime_fires_once_and_stays_quiet_when_too_old(ctx, clock, units):
    numbers = [new_case(ctx) for _ in range(3)]
    sync(ctx)
    clock.advance(days=2)  # nobody swept while the server was down
    routes = Routes(webhook_url="http://hooks.example/12328")
    assert sweep(ctx, routes) == (3, 0)
    assert sweep(ctx, routes) == (0, 0)
    assert len(alerts(ctx)) == 3 and all(a.notified and a.kind == "overdue" for a in alerts(ctx))
    with ctx.db.read() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(deadline_notifications)).scalar_one() == 3
    # Older than the catch-up limit: recorded and escalated, but no e-mail or webhook.
    old = new_case(ctx)
    sync(ctx)
    clock.advance(days=10)
    sweep(ctx, routes, catchup=timedelta(days=7))
    late = alerts(ctx)[3:]
    assert len(late) == 1 and late[0].notified is False and len(numbers) == 3 and old


def test_two_sweepers_fire_each_event_once(ctx, clock, units, database_url):
    for _ in range(30):
        new_case(ctx)
    sync(ctx)
    clock.advance(hours=1)
    dbs = [Database(database_url) for _ in range(2)]
    counts: list[int] = []
    barrier = threading.Barrier(2)

    def work(db):
        barrier.wait()
        counts.append(fire_due(db, clock, "overdue", batch=4))

    threads = [threading.Thread(target=work, args=(db,)) for db in dbs]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for db in dbs:
        db.dispose()
    assert sum(counts) == 30
    fired = alerts(ctx)
    assert len(fired) == 30 and len({a.clock_id for a in fired}) == 30


def test_forward_starts_a_new_round(ctx, clock, units):
    n = new_case(ctx, CHECKPOINT)
    do(ctx, n, Action.DISPATCH, unit="hb-wuhan")
    sync(ctx)
    assert due(ctx, n)["reply"] == "2022-04-28T10:00:00+08:00"
    clock.advance(days=1)  # Sat 4-23 10:00
    do(ctx, n, Action.FORWARD, unit="he")
    sync(ctx)
    c = clocks(ctx, n)
    assert c["reply"]["round"] == 2 and c["reply"]["unit"] == "he"
    # From a Saturday: counting starts Sunday 4-24 (make-up working day), due at the end of its 5th.
    assert c["reply"]["due_at"] == "2022-04-29T00:00:00+08:00"
    with ctx.db.read() as conn:
        states = conn.execute(sa.select(deadline_clocks.c.name, deadline_clocks.c.round, deadline_clocks.c.state)
                              .order_by(deadline_clocks.c.round, deadline_clocks.c.name)).all()
    assert ("reply", 1, "superseded") in states and ("reply", 2, "running") in states


def test_extension_moves_the_reply_clock_only_when_approved(ctx, clock, units):
    n = new_case(ctx, CHECKPOINT)
    do(ctx, n, Action.DISPATCH, unit="hb-wuhan")
    do(ctx, n, Action.ACCEPT)
    clock.advance(days=1)
    do(ctx, n, Action.EXTEND_REQUEST, until=at("2022-05-06T18:00"), reason="需协调多地卫健部门")
    sync(ctx)
    assert due(ctx, n)["reply"] == "2022-04-28T10:00:00+08:00"
    do(ctx, n, Action.EXTEND_DENY)
    do(ctx, n, Action.EXTEND_REQUEST, until=at("2022-05-06T18:00"), reason="需协调多地卫健部门")
    do(ctx, n, Action.EXTEND_APPROVE)
    sync(ctx)
    c = clocks(ctx, n)["reply"]
    assert c["due_at"] == "2022-05-06T18:00:00+08:00" and c["extensions"] == [f"{(8 * 24 + 8) * 60}min"]


def test_extension_after_overdue_lets_the_clock_fire_again_at_its_new_due_time(ctx, clock, units):
    n = new_case(ctx, CHECKPOINT)
    do(ctx, n, Action.DISPATCH, unit="hb-wuhan")
    do(ctx, n, Action.ACCEPT)
    sync(ctx)
    clock.at = at("2022-04-28T10:01")
    sweep(ctx)
    assert [(a.clock, a.kind) for a in alerts(ctx) if a.clock == "reply"] == [("reply", "overdue")]
    do(ctx, n, Action.EXTEND_REQUEST, until=at("2022-04-29T10:00"), reason="补充材料")
    do(ctx, n, Action.EXTEND_APPROVE)
    sync(ctx)
    assert clocks(ctx, n)["reply"]["state"] == "warning"  # 24 h more of a 6-day span: past 75 %
    sweep(ctx)
    clock.at = at("2022-04-29T10:01")
    sweep(ctx)
    reply = [(a.kind, a.due_at) for a in alerts(ctx) if a.clock == "reply"]
    assert [k for k, _ in reply] == ["overdue", "overdue"] and reply[0][1] != reply[1][1]


def test_emergency_on_and_off_mid_case(ctx, clock, units):
    """docs/deadlines.md §6: a traffic-control complaint in 武汉, emergency for control.* in 湖北."""
    clock.at = at("2022-05-05T09:00")
    n = new_case(ctx, CHECKPOINT)
    clock.at = at("2022-05-05T09:30")
    do(ctx, n, Action.DISPATCH, unit="hb-wuhan")
    sync(ctx)
    assert due(ctx, n) == {"dispatch": "2022-05-05T11:00:00+08:00", "accept": "2022-05-06T09:30:00+08:00",
                           "feedback": "2022-05-07T09:30:00+08:00", "reply": "2022-05-11T09:30:00+08:00"}
    clock.at = at("2022-05-05T10:00")
    mode = dl.switch_on_emergency(ctx, "420000", ["control.*"], "疫情防控应急：保通保畅")
    assert mode["cases_recomputed"] == 1
    assert due(ctx, n) == {"dispatch": "2022-05-05T11:00:00+08:00", "accept": "2022-05-05T10:15:00+08:00",
                           "feedback": "2022-05-05T12:00:00+08:00", "reply": "2022-05-06T10:00:00+08:00"}
    assert clocks(ctx, n)["accept"]["emergency_id"] == mode["id"]
    other = new_case(ctx, {**CHECKPOINT, "place": {"region": "130100"}})  # 河北: not covered
    sync(ctx)
    assert due(ctx, other)["dispatch"] == "2022-05-05T12:00:00+08:00"
    clock.at = at("2022-05-05T11:00")
    dl.switch_off_emergency(ctx, mode["id"], "解除")
    assert due(ctx, n) == {"dispatch": "2022-05-05T11:00:00+08:00", "accept": "2022-05-05T10:15:00+08:00",
                           "feedback": "2022-05-07T09:30:00+08:00", "reply": "2022-05-11T09:30:00+08:00"}
    assert clocks(ctx, n)["accept"]["state"] == "overdue"


def test_a_planned_emergency_applies_when_it_begins(ctx, clock, units):
    clock.at = at("2022-05-05T09:00")
    n = new_case(ctx, CHECKPOINT)
    sync(ctx)
    dl.switch_on_emergency(ctx, "420100", ["*"], "五一返程高峰", starts_at=at("2022-05-05T09:30"))
    assert due(ctx, n)["dispatch"] == "2022-05-05T11:00:00+08:00"
    clock.at = at("2022-05-05T09:31")
    runner = JobRunner(ctx.db, clock)
    done = runner.run_once()
    assert done["emergencies_started"] == 1 and done["recomputed"] == 1
    assert due(ctx, n)["dispatch"] == "2022-05-05T09:40:00+08:00"  # emergency control.*: 10 min from 09:30


def test_the_override_table_moves_working_day_clocks(ctx, clock, units):
    n = new_case(ctx, CHECKPOINT)
    do(ctx, n, Action.DISPATCH, unit="hb-wuhan")
    sync(ctx)
    assert due(ctx, n)["reply"] == "2022-04-28T10:00:00+08:00"
    result = dl.set_override(ctx, at("2022-04-26T00:00").date(), False, "地方防汛停工")
    assert result["cases_recomputed"] == 1
    assert due(ctx, n)["reply"] == "2022-04-29T10:00:00+08:00"
    dl.delete_override(ctx, at("2022-04-26T00:00").date())
    assert due(ctx, n)["reply"] == "2022-04-28T10:00:00+08:00"


def test_a_merged_case_cancels_its_clocks(ctx, clock, units):
    a, b = new_case(ctx), new_case(ctx)
    sync(ctx)
    do(ctx, b, Action.MERGE, primary=a)
    sync(ctx)
    assert clocks(ctx, b)["dispatch"]["state"] == "cancelled"
    clock.advance(hours=1)
    sweep(ctx)
    with ctx.db.read() as conn:
        primary = conn.execute(sa.text("SELECT id FROM cases WHERE number = :n"), {"n": a}).scalar_one()
    assert [(x.case_id, x.clock) for x in alerts(ctx)] == [(primary, "dispatch")]


def test_first_feedback_is_a_note_by_the_holding_unit(ctx, clock, units):
    auth.add_user(ctx, "wuhan-handler", unit="hb-wuhan", roles=["handler"])
    auth.add_user(ctx, "mot-op", unit="mot", roles=["operator"])
    n = new_case(ctx, CHECKPOINT)
    do(ctx, n, Action.DISPATCH, unit="hb-wuhan")
    clock.advance(minutes=5)
    act(replace(ctx, system_actor="mot-op"), n, Action.NOTE,
        ActionIn(version=get_case(ctx, n)["version"], note="已催办"))
    sync(ctx)
    assert clocks(ctx, n)["feedback"]["stopped_at"] is None
    clock.advance(minutes=5)
    act(replace(ctx, system_actor="wuhan-handler"), n, Action.NOTE,
        ActionIn(version=get_case(ctx, n)["version"], note="已联系来电人，正在核实"))
    sync(ctx)
    assert clocks(ctx, n)["feedback"]["stopped_at"] == "2022-04-22T10:10:00+08:00"


class Recorder:
    channel = "webhook"

    def __init__(self, fail: int = 0):
        self.sent: list[tuple[int, list[str]]] = []
        self.fail = fail

    def send(self, notice, recipients):
        if self.fail:
            self.fail -= 1
            raise ConnectionError("receiver down")
        self.sent.append((notice.alert_id, list(recipients)))


def test_delivery_sends_each_notification_once_and_retries_failures(ctx, clock, units):
    for _ in range(3):
        new_case(ctx)
    sync(ctx)
    clock.advance(hours=1)
    sweep(ctx, Routes(webhook_url="http://hooks.example/a"))
    hook = Recorder(fail=1)
    assert deliver(ctx.db, clock, {"webhook": hook}) == {"sent": 2, "retrying": 1, "failed": 0}
    assert deliver(ctx.db, clock, {"webhook": hook}) == {"sent": 0, "retrying": 0, "failed": 0}
    clock.advance(seconds=31)
    assert deliver(ctx.db, clock, {"webhook": hook}) == {"sent": 1, "retrying": 0, "failed": 0}
    assert sorted(a for a, _ in hook.sent) == sorted(a.id for a in alerts(ctx))
    assert {tuple(r) for _, r in hook.sent} == {("http://hooks.example/a",)}


def test_delivery_gives_up_after_max_attempts(ctx, clock, units):
    new_case(ctx)
    sync(ctx)
    clock.advance(hours=1)
    sweep(ctx, Routes(webhook_url="http://hooks.example/a"))
    hook = Recorder(fail=100)
    for _ in range(MAX_ATTEMPTS):
        deliver(ctx.db, clock, {"webhook": hook})
        clock.advance(hours=2)
    with ctx.db.read() as conn:
        row = conn.execute(sa.select(deadline_notifications)).one()
    assert row.status == "failed" and row.attempts == MAX_ATTEMPTS and "receiver down" in row.last_error


def test_email_recipients_are_the_units_contacts(ctx, clock, units):
    dl.put_contacts(ctx, "hb-xiaogan", ["duty@xiaogan.example"])
    dl.put_contacts(ctx, "hb", ["ducha@hubei.example"])
    n = new_case(ctx)
    do(ctx, n, Action.DISPATCH, unit="hb-xiaogan")
    sync(ctx)
    clock.advance(minutes=16)
    sweep(ctx, Routes(email=True, email_to=("desk@12328.example",)))
    with ctx.db.read() as conn:
        rows = conn.execute(sa.select(deadline_notifications.c.recipients, deadline_alerts.c.kind)
                            .join(deadline_alerts)).all()
    assert [(sorted(r.recipients), r.kind) for r in rows] == [
        (["desk@12328.example", "ducha@hubei.example", "duty@xiaogan.example"], "overdue")]


def test_policy_versions_apply_from_their_date_only(ctx, clock, units):
    n = new_case(ctx, CHECKPOINT)
    sync(ctx)
    dl.put_policy_version(ctx, "2022.2", at("2022-04-23T00:00").date(),
                          [{"id": "default", "clocks": {"dispatch": "1h", "accept": "1wd", "feedback": "2wd",
                                                        "reply": "5wd", "callback": "2wd"}}])
    clock.advance(days=1)
    later = new_case(ctx, CHECKPOINT)
    sync(ctx)
    assert due(ctx, n)["dispatch"] == "2022-04-22T12:00:00+08:00"
    assert due(ctx, later)["dispatch"] == "2022-04-23T11:00:00+08:00"


@pytest.mark.parametrize("bad", [{"id": "x"}, {"id": "x", "clocks": {"dispatch": "soon"}}])
def test_an_invalid_policy_is_refused(ctx, clock, units, bad):
    from hotline.services.errors import ServiceError

    with pytest.raises(ServiceError) as err:
        dl.put_policy_version(ctx, "2022.9", at("2022-05-01T00:00").date(), [bad])
    assert err.value.code == "deadline_policy_invalid"
