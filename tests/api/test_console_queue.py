"""本单位待办 paging and the batched clocks (both databases).

The queue used to show the newest 200 cases of a unit; it now pages through all of them in deadline
order with a cursor. The oracle for the order is the one the page used before paging, computed here
from each case's own `clocks_view`: overdue first, then the earliest due time of a running clock,
then the cases without a running clock (urgent first), the oldest first."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient

from hotline.domain.clock import FixedClock
from hotline.domain.lifecycle import Action
from hotline.jobs.clocks import run_clock_consumer
from hotline.services import deadlines
from hotline.services.cases import act, case_view, case_views, create_case
from hotline.services.commands import ActionIn, CaseCreate
from hotline.store.tables import cases
from hotline.web.console import queue
from tests.api.test_console import add_user, login

WAIT = 24  # hours after the last dispatch: overdue, warning, running and clockless cases all occur
STATE_ORDER = {"overdue": 0, "warning": 1, "ok": 2}


def oracle_key(case: dict, case_id: int) -> tuple:
    """The order the queue had before paging (hotline/web/console/queue.py, urgency_key), plus the id."""
    running = [k for k in case["clocks"] if k["state"] in STATE_ORDER]
    if running:
        first = min(running, key=lambda k: (STATE_ORDER[k["state"]], k["due_at"]))
        return (0, STATE_ORDER[first["state"]], first["due_at"], case["created_at"], case_id)
    return (1, 3, "", ("0" if case["urgent"] else "1") + case["created_at"], case_id)


def new_case(ctx, i: int, *, urgent: bool = False) -> str:
    # Turn-backs must be accepted in 15 minutes, toll complaints in a working day.
    category = "control.turnback" if i % 2 else "highway.toll"
    cmd = CaseCreate(type="complaint", category=category, title=f"孝感北收费站 第{i}件",
                     urgent=urgent, place={"region": "420900"}, reporter={"phone": "13812345678"})
    return create_case(ctx, cmd)[0]["number"]


def dispatch(ctx, number: str, unit: str = "hb-xiaogan") -> None:
    with ctx.db.read() as conn:
        version = conn.execute(sa.select(cases.c.version).where(cases.c.number == number)).scalar_one()
    act(ctx, number, Action.DISPATCH, ActionIn(version=version, unit=unit))


@pytest.fixture
def busy_unit(ctx, units):
    """230 cases with 孝感: most with clocks (spread over two days, so some are overdue, some close to
    due and some far), 12 dispatched after the clock consumer ran (no clocks yet), some urgent; and
    three cases of 武汉 that 孝感 co-handles."""
    numbers = []
    for i in range(218):
        numbers.append(new_case(ctx, i, urgent=i % 9 == 0))
        dispatch(ctx, numbers[-1])
        ctx.clock.advance(minutes=7)
    helped = []
    for i in range(3):
        helped.append(new_case(ctx, 1000 + i))
        dispatch(ctx, helped[-1], "hb-wuhan")
        with ctx.db.read() as conn:
            version = conn.execute(sa.select(cases.c.version).where(cases.c.number == helped[-1])).scalar_one()
        act(ctx, helped[-1], Action.COHANDLE, ActionIn(version=version, unit="hb-xiaogan"))
    run_clock_consumer(ctx.db, FixedClock(ctx.clock.now() + timedelta(seconds=1)))
    for i in range(12):  # no clocks computed for these: they sort after the others, urgent first
        numbers.append(new_case(ctx, 500 + i, urgent=i % 3 == 0))
        dispatch(ctx, numbers[-1])
    ctx.clock.advance(hours=WAIT)
    add_user(ctx, "xg-handler", "hb-xiaogan", ["handler"])
    return {"lead": numbers, "helped": helped}


def oracle(ctx, numbers: list[str]) -> list[str]:
    with ctx.db.read() as conn:
        rows = conn.execute(sa.select(cases).where(cases.c.number.in_(numbers))).all()
        views = {r.number: (r.id, v) for r, v in zip(rows, case_views(conn, rows, mask=True, now=ctx.clock.now()),
                                                     strict=True)}
    return sorted(numbers, key=lambda n: oracle_key(views[n][1], views[n][0]))


def lead_numbers(html: str) -> list[str]:
    table = html.split('<table class="cases queue">', 1)[1].split("</table>", 1)[0] \
        if '<table class="cases queue">' in html else html
    return re.findall(r'<tr data-number="([^"]+)"', table)


def next_link(html: str, name: str) -> str | None:
    found = re.search(rf'<tr id="{name}-more".*?href="([^"]+)"', html, re.S)
    return found.group(1).replace("&amp;", "&") if found else None


def test_queue_pages_through_every_case_in_deadline_order(app, ctx, busy_unit):
    """One fixture of 230 cases for several checks: building it is the slow part."""
    expected = oracle(ctx, busy_unit["lead"])
    items = queue.queue_page(ctx, queue.lead_where("hb-xiaogan"), limit=300)["items"]
    assert [c["number"] for c in items] == expected
    first_states = [min((STATE_ORDER[k["state"]] for k in c["clocks"] if k["state"] in STATE_ORDER), default=3)
                    for c in items]
    assert {0, 1, 2, 3} <= set(first_states), "overdue, warning, running and clockless cases"
    clockless = [c for c in items if not c["clocks"]]
    assert [c["urgent"] for c in clockless] == sorted((c["urgent"] for c in clockless), reverse=True)
    assert any(c["urgent"] for c in clockless) and not all(c["urgent"] for c in clockless)

    # The co-handled cases are a table of their own, paged the same way.
    page = queue.queue_page(ctx, queue.cohandled_where("hb-xiaogan"), limit=2)
    assert page["total"] == 3 and len(page["items"]) == 2 and page["next"]
    rest = queue.queue_page(ctx, queue.cohandled_where("hb-xiaogan"), page["next"], limit=2)
    assert rest["next"] is None
    assert sorted(c["number"] for c in page["items"] + rest["items"]) == sorted(busy_unit["helped"])

    with TestClient(app) as browser:
        login(browser, "xg-handler")
        first = browser.get("/console/queue")
        assert first.status_code == 200
        assert "主办工单 230 件" in first.text and "协办工单 3 件" in first.text and "武汉市交通运输局" in first.text
        seen = lead_numbers(first.text)
        assert len(seen) == queue.PAGE_SIZE
        # Without scripts: the link is a whole page holding the next rows. With htmx: only the rows.
        link = next_link(first.text, "lead")
        ctx.clock.advance(hours=3)  # clocks turn colour between pages: the order is kept as of page one
        second = browser.get(link)
        assert second.status_code == 200 and "回到第一页" in second.text
        seen += lead_numbers(second.text)
        link = next_link(second.text, "lead")
        while link:
            part = browser.get(link, headers={"HX-Request": "true", "HX-Target": "lead-more"})
            assert part.status_code == 200 and "<html" not in part.text
            rows = lead_numbers(part.text)
            assert 0 < len(rows) <= queue.PAGE_SIZE
            seen += rows
            link = next_link(part.text, "lead")
        # The live refresh asks for as many rows as the page shows; a plain page load always 50.
        refresh = browser.get("/console/queue?rows=120", headers={"HX-Request": "true", "HX-Target": "queue"})
        assert len(lead_numbers(refresh.text)) == 120 and next_link(refresh.text, "lead")
        assert len(lead_numbers(browser.get("/console/queue?rows=120").text)) == queue.PAGE_SIZE
    assert seen == expected  # every case once, none skipped, in the old order
    assert len(set(seen)) == 230


def test_a_bad_cursor_is_a_chinese_error(app, ctx, units):
    add_user(ctx, "xg-handler", "hb-xiaogan", ["handler"])
    with TestClient(app) as browser:
        login(browser, "xg-handler")
        r = browser.get("/console/queue?after=not-a-cursor")
        assert r.status_code == 422 and "翻页位置无效" in r.text


# ---------------------------------------------------------------- batched clocks


def count_statements(conn):
    """A list that grows by one for each statement run on `conn`."""
    seen: list[str] = []
    sa.event.listen(conn, "before_cursor_execute", lambda *args: seen.append(args[2]))
    return seen


def test_batched_clocks_equal_one_case_at_a_time(ctx, busy_unit, database):
    """Overdue, warning, running, stopped, clockless and co-handled cases, with and without `now`."""
    with ctx.db.read() as conn:
        ids = list(conn.execute(sa.select(cases.c.id).order_by(cases.c.id)).scalars())
        ids.append(10**9)  # no such case: no clocks
        states = set()
        for now in (ctx.clock.now(), None):  # exact states, and the states the sweep last fired
            single = {i: deadlines.clocks_view(conn, i, now) for i in ids}
            batched = deadlines.clocks_views(conn, ids, now)
            assert batched == single
            states |= {k["state"] for v in single.values() for k in v}
        assert states >= {"ok", "warning", "overdue", "met"}
        assert any(v == [] for v in single.values()) and any(v for v in single.values())
    assert_a_page_reads_its_clocks_at_once(ctx)
    assert_the_queue_costs_a_fixed_number_of_queries(ctx, database)
    assert_the_overdue_count_is_not_the_length_of_the_list(ctx)


def assert_the_overdue_count_is_not_the_length_of_the_list(ctx) -> None:
    """The overdue list (and the report's 超时工单 heading, which shows its count) counts every overdue
    clock of the subtree, however few rows it lists."""
    now = ctx.clock.now()
    with ctx.db.read() as conn:
        clocks = conn.execute(sa.select(deadlines.deadline_clocks)).all()
    overdue = [k for k in clocks if k.state == "running" and k.due_at <= now and k.unit in ("hb", "hb-xiaogan",
                                                                                             "hb-wuhan")]
    assert len(overdue) > 5
    short = deadlines.overdue_list(ctx, "hb", limit=5)
    whole = deadlines.overdue_list(ctx, "hb", limit=5000)
    assert len(short["items"]) == 5 and short["items"] == whole["items"][:5]
    assert short["count"] == whole["count"] == len(whole["items"]) == len(overdue)
    # most overdue first (each unit's clocks read in order and merged): the clocks in due order
    with ctx.db.read() as conn:
        number_of = dict(conn.execute(sa.select(cases.c.id, cases.c.number)).all())
    want = [(number_of[k.case_id], k.name) for k in sorted(overdue, key=lambda k: (k.due_at, k.id))]
    assert [(i["number"], i["clock"]) for i in whole["items"]] == want


def assert_a_page_reads_its_clocks_at_once(ctx) -> None:
    with ctx.db.read() as conn:
        rows = conn.execute(sa.select(cases).order_by(cases.c.id).limit(50)).all()
        now = ctx.clock.now()
        statements = count_statements(conn)
        one_by_one = [case_view(conn, r, mask=True, now=now) for r in rows]
        per_case = sum("deadline_clocks" in s for s in statements)
        statements.clear()
        batched = case_views(conn, rows, mask=True, now=now)  # what every list calls
        in_batch = sum("deadline_clocks" in s for s in statements)
        # Outside the block the batch is gone: one query per case again.
        statements.clear()
        deadlines.clocks_view(conn, rows[0].id, now)
        assert sum("deadline_clocks" in s for s in statements) == 1
    assert batched == one_by_one
    assert per_case == 50 and in_batch == 1


def assert_the_queue_costs_a_fixed_number_of_queries(ctx, database) -> None:
    """Loading a page of 50 does not query per case: the statements are counted on the engine."""
    statements: list[str] = []
    engine = database.engine
    listener = lambda *args: statements.append(args[2])  # noqa: E731
    sa.event.listen(engine, "before_cursor_execute", listener)
    try:
        queue.queue_page(ctx, queue.lead_where("hb-xiaogan"))
        fifty = len(statements)
        statements.clear()
        queue.queue_page(ctx, queue.lead_where("hb-xiaogan"), limit=5)
        five = len(statements)
    finally:
        sa.event.remove(engine, "before_cursor_execute", listener)
    assert fifty == five, (fifty, five)
    assert fifty < 20

