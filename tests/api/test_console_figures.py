"""The dashboard's numbers are counted by the database (both databases): they equal a recount in
Python of the same cases, for the whole country and for a province's supervisor."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import date, datetime, timedelta

import sqlalchemy as sa

from hotline.domain.access import Principal, Role
from hotline.domain.clock import FixedClock
from hotline.jobs.clocks import run_clock_consumer
from hotline.services.cases import Context, act, create_case, load_tree, local_tz, parse_action, visibility
from hotline.services.commands import ActionIn, CaseCreate
from hotline.services.deadlines import RUNNING, overdue_by_child
from hotline.store.deadline_tables import deadline_clocks
from hotline.store.tables import cases
from hotline.web.console import stats
from tests.conftest import SHANGHAI

KINDS = [("complaint", "control.checkpoint", "420100"), ("consult", "highway.toll", "420900"),
         ("help", "control.turnback", "131000"), ("report", "highway.toll", None), ("complaint", "control.turnback", "000000")]


def _seed(ctx) -> None:
    start = datetime(2022, 4, 18, 0, 30, tzinfo=SHANGHAI)  # Monday
    for i in range(60):
        kind, category, region = KINDS[i % len(KINDS)]
        body = {"type": kind, "category": category, "title": f"第{i}件", "channel": "api", "urgent": i % 7 == 0,
                **({"place": {"region": region}} if region else {})}
        at = start + timedelta(hours=i * 2.9)  # every hour of the day, every day of the week
        # some taken in by Hubei's own hotline: held there until dispatched (in the Hubei subtree)
        number = create_case(ctx, CaseCreate.model_validate(body), created_at=at,
                             intake_unit="hb" if i % 4 == 1 and i % 6 != 5 else None)[0]["number"]
        later = replace(ctx, clock=FixedClock(at + timedelta(minutes=5)))
        if i % 3 == 0:  # a third goes to Wuhan (the Hubei supervisor's subtree)
            dispatch = ActionIn(version=1, unit="hb-wuhan")
            act(later, number, parse_action("dispatch", dispatch), dispatch)
        elif i % 3 == 1:  # a third is answered on the call and closed
            close = ActionIn(version=1, reply="已当场解答")
            act(later, number, parse_action("close", close), close)
        elif i % 6 == 5:  # some go to Hebei with Wuhan assisting (协办): Hubei sees those too
            dispatch = ActionIn(version=1, unit="he")
            act(later, number, parse_action("dispatch", dispatch), dispatch)
            assist = ActionIn(version=2, unit="hb-wuhan")
            act(later, number, parse_action("cohandle", assist), assist)


def _recount(ctx, period: stats.Period) -> dict:
    """The figures as the dashboard counted them before: every case of the period read into Python."""
    tz = local_tz()
    with ctx.db.read() as conn:
        rows = conn.execute(sa.select(cases).where(cases.c.created_at >= period.start, cases.c.created_at < period.end,
                                                   *visibility(conn, ctx.user))).all()
    if period.kind == "day":
        series = [sum(1 for r in rows if r.created_at.astimezone(tz).hour == h) for h in range(24)]
    else:
        series = [sum(1 for r in rows if r.created_at.astimezone(tz).date() == period.start_day + timedelta(days=d))
                  for d in range(7)]
    return {"total": len(rows), "urgent": sum(bool(r.urgent) for r in rows),
            "still_open": sum(r.status in stats.OPEN for r in rows), "series": series,
            "types": Counter(r.type for r in rows), "categories": Counter(r.category for r in rows),
            "provinces": Counter(r.region[:2] + "0000" for r in rows if r.region and r.region != "000000")}


def test_figures_equal_a_recount_for_every_period_and_viewer(ctx, units):
    _seed(ctx)
    supervisor = Principal("hb-sup", "hb", frozenset({Role.SUPERVISOR}))
    operator = Principal("hb-op", "hb", frozenset({Role.OPERATOR}))  # also sees what they took in
    for user in (None, supervisor, operator):
        view = Context(db=ctx.db, clock=ctx.clock, storage=ctx.storage, user=user, system_actor="test")
        for period in [stats.Period("week", date(2022, 4, 20)), stats.Period("day", date(2022, 4, 19)),
                       stats.Period("day", date(2022, 4, 24))]:
            got, want = stats.figures(view, period), _recount(view, period)
            assert want["total"] > 0
            with ctx.db.read() as conn:
                closed = conn.execute(sa.select(sa.func.count()).select_from(cases).where(
                    cases.c.closed_at >= period.start, cases.c.closed_at < period.end,
                    *visibility(conn, user))).scalar_one()
            assert got["closed"] == closed
            assert (got["total"], got["urgent"], got["still_open"]) == (want["total"], want["urgent"], want["still_open"])
            assert got["series"]["values"] == want["series"]
            assert {t["code"]: t["count"] for t in got["types"]} == want["types"]
            assert {c["code"]: c["count"] for c in got["categories"]} == want["categories"]
            assert {p["code"]: p["count"] for p in got["provinces"]} == want["provinces"]
            counts = [c["count"] for c in got["categories"]]
            assert counts == sorted(counts, reverse=True)  # most first
    national = stats.figures(ctx, stats.Period("week", date(2022, 4, 20)))
    hubei = stats.figures(Context(db=ctx.db, clock=ctx.clock, storage=ctx.storage, user=supervisor,
                                  system_actor="test"), stats.Period("week", date(2022, 4, 20)))
    assert hubei["total"] < national["total"]  # the supervisor sees only Hubei's cases


def test_overdue_by_child_counts_every_overdue_case_in_each_subtree(app, client, ctx, clock, units):
    numbers = []
    for i, unit in enumerate(["hb-wuhan", "hb-wuhan", "hb-xiaogan", "hb", "hb-wuhan"]):
        r = client.post("/api/v1/cases", json={"type": "complaint", "category": "control.checkpoint",
                                               "title": f"检查站排队{i}", "channel": "api", "place": {"region": "420100"}})
        assert r.status_code == 201, r.text
        numbers.append(r.json()["number"])
        assert client.post(f"/api/v1/cases/{numbers[-1]}/actions/dispatch",
                           json={"version": 1, "unit": unit}).status_code == 200
    clock.advance(days=5)
    run_clock_consumer(ctx.db, FixedClock(clock.now() + timedelta(seconds=5)))
    now = clock.now()
    with ctx.db.read() as conn:
        tree = load_tree(conn)
        overdue = conn.execute(sa.select(deadline_clocks.c.case_id, deadline_clocks.c.unit).where(
            deadline_clocks.c.state == RUNNING, deadline_clocks.c.due_at <= now)).all()
    assert overdue  # the fixture did what it meant
    for root in ("mot", "hb"):
        got = overdue_by_child(ctx, root)
        want = {}
        for child in [root, *tree.children(root)]:
            members = {root} if child == root else tree.subtree(child)
            n = len({case for case, unit in overdue if unit in members})
            if n:
                want[child] = n
        assert got == want, root
    rows = {r["unit"]: r["overdue"] for r in stats.units_overview(ctx, "hb")["rows"]}
    assert rows["hb-wuhan"] == want.get("hb-wuhan", 0) and rows["hb-wuhan"] > 0


def test_report_counts_and_notable_cases_equal_a_recount(ctx, units):
    from hotline.hotspots.stream import region_key
    from hotline.reports.data import NOTABLE_LIMIT, build_report

    _seed(ctx)
    for kind, day, unit in [("weekly", date(2022, 4, 20), "mot"), ("daily", date(2022, 4, 19), "mot"),
                            ("weekly", date(2022, 4, 20), "hb")]:
        r = build_report(ctx, kind, day, unit=unit)
        supervisor = Principal("", unit, frozenset({Role.SUPERVISOR}))
        view = Context(db=ctx.db, clock=ctx.clock, storage=ctx.storage, user=supervisor, system_actor="test")
        period = stats.Period("week" if kind == "weekly" else "day", day)
        want = _recount(view, period)
        with ctx.db.read() as conn:
            rows = conn.execute(sa.select(cases).where(
                cases.c.created_at >= period.start, cases.c.created_at < period.end,
                *visibility(conn, supervisor)).order_by(cases.c.id)).all()
        assert r["summary"]["received"] == want["total"] > 0
        with ctx.db.read() as conn:
            closed = conn.execute(sa.select(sa.func.count()).select_from(cases).where(
                cases.c.closed_at >= period.start, cases.c.closed_at < period.end,
                *visibility(conn, supervisor))).scalar_one()
        assert r["summary"]["closed"] == closed > 0
        if unit == "hb":  # the subtree's cases: held in it, at its intake hotline, or assisted by it
            assert {x.unit for x in rows} >= {"hb-wuhan", "he", None}
        assert (r["summary"]["urgent"], r["summary"]["open_now"]) == (want["urgent"], want["still_open"])
        assert {t["code"]: t["count"] for t in r["by_type"]} == want["types"]
        assert {t["code"]: t["count"] for t in r["by_channel"]} == Counter(x.channel for x in rows)
        assert {t["code"]: t["count"] for t in r["by_region"]} == Counter(
            region_key(x.region) if x.region else None for x in rows)
        notable = sorted((x for x in rows if x.urgent or x.supervise_count or x.return_count >= 2),
                         key=lambda x: (bool(x.urgent), x.supervise_count, x.return_count), reverse=True)
        assert [n["number"] for n in r["notable"]] == [x.number for x in notable][:NOTABLE_LIMIT]
        assert r["notable"], "the fixture has urgent cases in every period"


def test_report_lists_reopened_cases_after_the_weightier_ones(ctx, units):
    """重办: a received case reopened later is notable; urgent, supervised or twice-returned cases come
    first, then reopened ones, oldest first — and an urgent case that was reopened says both."""
    from hotline.reports.data import build_report

    _seed(ctx)
    day = date(2022, 4, 19)
    period = stats.Period("week", day)
    with ctx.db.read() as conn:
        closed = conn.execute(sa.select(cases.c.number, cases.c.urgent, cases.c.version).where(
            cases.c.created_at >= period.start, cases.c.created_at < period.end, cases.c.status == "closed")
            .order_by(cases.c.id)).all()
        weighty = conn.execute(sa.select(cases.c.number).where(
            cases.c.created_at >= period.start, cases.c.created_at < period.end,
            sa.or_(cases.c.urgent.is_(True), cases.c.supervise_count > 0, cases.c.return_count >= 2))
            .order_by(cases.c.urgent.desc(), cases.c.supervise_count.desc(), cases.c.return_count.desc(),
                      cases.c.id)).scalars().all()
    plain = [r for r in closed if not r.urgent]
    urgent = [r for r in closed if r.urgent]
    assert len(plain) >= 2 and urgent and len(weighty) < 20
    for r in [*reversed(plain[:2]), urgent[0]]:  # reopened newest first: the list still puts the oldest first
        body = ActionIn(version=r.version, reason="来电人对答复不满意")
        act(ctx, r.number, parse_action("reopen", body), body)
    report = build_report(ctx, "weekly", day, unit="mot")
    listed = [(n["number"], n["reasons"]) for n in report["notable"]]
    assert [n for n, _ in listed] == weighty + [r.number for r in plain[:2]]
    assert all(reasons == ["重办"] for _, reasons in listed[len(weighty):])
    assert dict(listed)[urgent[0].number] == ["紧急", "重办"]
    assert sum("重办" in reasons for _, reasons in listed[:len(weighty)]) == 1


def _callback_recount(ctx, unit: str, start, end) -> Counter:
    """The period's callback events on cases a supervisor of `unit` sees, by score — how the report
    counted them before `case_callbacks`: every callback event of the period joined to its case."""
    from hotline.store.tables import events

    supervisor = Principal("", unit, frozenset({Role.SUPERVISOR}))
    with ctx.db.read() as conn:
        rows = conn.execute(sa.select(events.c.fields).join(cases, cases.c.id == events.c.case_id).where(
            events.c.action == "callback", events.c.at >= start, events.c.at < end,
            *visibility(conn, supervisor))).scalars().all()
    return Counter(f["satisfaction"] for f in rows)


def test_report_callbacks_equal_a_recount_and_stay_with_the_unit_they_judged(ctx, units):
    """回访 in the report: held in the subtree (handling unit or intake hotline) or assisted by it, in
    the period — equal to the callback events joined to their cases; a case reopened and sent to
    another province afterwards leaves its callback with the unit that handled it."""
    from hotline.reports.data import build_report

    _seed(ctx)
    with ctx.db.read() as conn:
        rows = conn.execute(sa.select(cases.c.number, cases.c.status, cases.c.version, cases.c.unit,
                                      cases.c.created_at).order_by(cases.c.id)).all()

    def do(at, number, name, **fields):
        body = ActionIn(**fields)
        return act(replace(ctx, clock=FixedClock(at)), number, parse_action(name, body), body)

    moved = None
    for k, r in enumerate(rows):
        at = r.created_at + timedelta(hours=1)
        if r.status == "dispatched":  # Wuhan's and Hebei's (assisted by Wuhan): handled, then closed
            v = do(at, r.number, "accept", version=r.version)["version"]
            v = do(at, r.number, "reply", version=v, reply="已处理")["version"]
            version = do(at, r.number, "close", version=v)["version"]
        elif r.status == "closed":  # closed on the call: held by the intake hotline
            version = r.version
        else:
            continue
        case = do(at + timedelta(minutes=30), r.number, "callback", version=version, satisfaction=k % 5 + 1)
        if r.unit == "hb-wuhan" and moved is None:
            moved = case
    assert moved is not None
    reports = [("weekly", date(2022, 4, 20), u) for u in ("mot", "hb", "he")] + [("daily", date(2022, 4, 19), "hb")]
    before = {}
    for kind, day, unit in reports:
        period = stats.Period("week" if kind == "weekly" else "day", day)
        want = _callback_recount(ctx, unit, period.start, period.end)
        r = build_report(ctx, kind, day, unit=unit)
        got = {s["score"]: s["count"] for s in r["satisfaction"]["by_score"]}
        assert got == {s: want.get(s, 0) for s in range(1, 6)}, (kind, day, unit)
        assert r["summary"]["callbacks"] == sum(want.values()) > 0
        before[(kind, day, unit)] = got
    # The Hubei week holds Wuhan's callbacks, Hebei's assisted ones and those at Hubei's own hotline.
    assert before[("weekly", date(2022, 4, 20), "hb")] != before[("weekly", date(2022, 4, 20), "mot")]

    # Reopened and sent to Hebei: the case is Hebei's now, its earlier callback still Wuhan's.
    at = datetime(2022, 4, 30, 9, 0, tzinfo=SHANGHAI)
    v = do(at, moved["number"], "reopen", version=moved["version"], reason="来电人对答复不满意")["version"]
    v = do(at, moved["number"], "accept", version=v)["version"]
    assert do(at, moved["number"], "forward", version=v, unit="he")["unit"] == "he"
    week = ("weekly", date(2022, 4, 20))
    hebei_now = _callback_recount(ctx, "he", stats.Period("week", week[1]).start, stats.Period("week", week[1]).end)
    assert sum(hebei_now.values()) == sum(before[(*week, "he")].values()) + 1  # joined to the case now: moved
    for kind, day, unit in reports:
        r = build_report(ctx, kind, day, unit=unit)
        assert {s["score"]: s["count"] for s in r["satisfaction"]["by_score"]} == before[(kind, day, unit)], unit


# ---------------------------------------------------------------- the job round's figures by unit


def _overdue_world(client, ctx, clock) -> None:
    """Cases dispatched across Hubei's and Hebei's subtrees, some urgent, then five days later: their
    accept and reply clocks are past due (consumed into deadline_clocks)."""
    for i, unit in enumerate(["hb-wuhan", "hb-wuhan", "hb-xiaogan", "hb", "he", "hb-wuhan"]):
        r = client.post("/api/v1/cases", json={"type": "complaint", "category": "control.checkpoint",
                                               "title": f"检查站排队{i}", "channel": "api", "urgent": i % 2 == 0,
                                               "place": {"region": "420100"}})
        assert r.status_code == 201, r.text
        assert client.post(f"/api/v1/cases/{r.json()['number']}/actions/dispatch",
                           json={"version": 1, "unit": unit}).status_code == 200
    client.post("/api/v1/cases", json={"type": "consult", "category": "control.pass", "title": "未派单",
                                       "channel": "api"})
    clock.advance(days=5)
    run_clock_consumer(ctx.db, FixedClock(clock.now() + timedelta(seconds=5)))


def _live(ctx, unit):
    from hotline.services.units import unit_summary

    summary = unit_summary(ctx, unit)
    return {c["unit"]: (c["open"], c["urgent"]) for c in summary["children"]}, overdue_by_child(ctx, unit)


def test_the_snapshot_of_figures_by_unit_equals_the_live_counts(app, client, ctx, clock, units):
    from hotline.services import unit_figures

    _overdue_world(client, ctx, clock)
    supervisor = replace(ctx, user=Principal("hb-sup", "hb", frozenset({Role.SUPERVISOR})))
    live = {unit: _live(ctx, unit) for unit in ("mot", "hb")}
    live_open = stats.figures(ctx, stats.Period("day", clock.now().date()))["open_now"]
    assert unit_figures.take_snapshot(ctx.db, ctx.clock)
    for view, unit in ((ctx, "mot"), (ctx, "hb"), (supervisor, "hb")):
        got = stats.units_overview(view, unit)
        assert got["as_of"] == clock.now()
        open_, overdue = live[unit]
        rows = {r["unit"]: r for r in got["rows"]}
        assert {u: (r["open"], r["urgent"]) for u, r in rows.items() if not r["own"]} == open_
        assert {u: r["overdue"] for u, r in rows.items() if r["overdue"]} == overdue
    assert live["hb"][1]["hb-wuhan"] == 3 and live["mot"][1]["hb"] == 5  # the world did what it meant
    national = stats.figures(ctx, stats.Period("day", clock.now().date()))
    assert (national["open_now"], national["open_as_of"]) == (live_open, clock.now())
    hubei = stats.figures(supervisor, stats.Period("day", clock.now().date()))
    assert hubei["open_as_of"] is None  # a subtree's count (co-handled cases too) stays live


def test_a_fresh_snapshot_is_read_a_stale_one_is_not(app, client, ctx, clock, units):
    from hotline.services import unit_figures

    _overdue_world(client, ctx, clock)
    assert unit_figures.take_snapshot(ctx.db, ctx.clock)
    assert not unit_figures.take_snapshot(ctx.db, ctx.clock)  # taken less than SNAPSHOT_EVERY ago
    before = {r["unit"]: r["open"] for r in stats.units_overview(ctx, "mot")["rows"]}
    r = client.post("/api/v1/cases", json={"type": "complaint", "category": "control.checkpoint", "title": "新的一件",
                                           "channel": "api"})
    client.post(f"/api/v1/cases/{r.json()['number']}/actions/dispatch", json={"version": 1, "unit": "he"})
    clock.advance(seconds=20)
    fresh = stats.units_overview(ctx, "mot")
    assert {r["unit"]: r["open"] for r in fresh["rows"]} == before and fresh["as_of"] is not None
    clock.advance(seconds=15)  # SNAPSHOT_EVERY has passed: the next round recounts
    assert unit_figures.take_snapshot(ctx.db, ctx.clock)
    assert {r["unit"]: r["open"] for r in stats.units_overview(ctx, "mot")["rows"]}["he"] == before["he"] + 1
    clock.advance(seconds=unit_figures.FRESH.total_seconds() + 1)  # no runner since: counted now
    r = client.post("/api/v1/cases", json={"type": "complaint", "category": "control.checkpoint", "title": "又一件",
                                           "channel": "api"})
    client.post(f"/api/v1/cases/{r.json()['number']}/actions/dispatch", json={"version": 1, "unit": "he"})
    stale = stats.units_overview(ctx, "mot")
    assert stale["as_of"] is None and {r["unit"]: r["open"] for r in stale["rows"]}["he"] == before["he"] + 2


def test_overdue_by_the_set_of_units_counts_a_case_once_per_row():
    """A case whose overdue clocks press two units counts once in a row holding both, once in each row
    holding one, and not in a row whose visible units hold neither — a brute-force recount."""
    import itertools
    import random

    from hotline.domain.access import UnitTree
    from hotline.services.unit_figures import overdue_by_row

    tree = UnitTree({"mot": None, "hb": "mot", "hb-wuhan": "hb", "hb-xiaogan": "hb", "he": "mot", "he-sjz": "he"})
    rng = random.Random(5)
    codes_all = sorted(tree.parents)
    cases_units = [set(rng.sample(codes_all, rng.choice([1, 1, 1, 2, 3]))) for _ in range(200)]
    sets = Counter(frozenset(u) for u in cases_units)
    for unit, hidden in itertools.product(["mot", "hb", "he"], [set(), {"hb-xiaogan"}]):
        codes = tree.subtree(unit) - hidden
        want = {}
        for row in [unit, *tree.children(unit)]:
            members = ({unit} if row == unit else tree.subtree(row)) & codes
            n = sum(1 for units_ in cases_units if units_ & members)
            if n:
                want[row] = n
        assert overdue_by_row(tree, unit, codes, sets.items()) == want
    assert any(len(s) > 1 for s in sets)


def test_the_job_round_takes_the_figures_and_the_dashboard_shows_their_time(app, client, ctx, clock, units,
                                                                          database):
    from hotline.jobs.runner import JobRunner
    from hotline.store.tables import figure_snapshots

    _overdue_world(client, ctx, clock)
    assert JobRunner(database, clock).run_once()["unit_figures"] == 1
    with database.read() as conn:
        assert conn.execute(sa.select(figure_snapshots.c.taken_at)).scalar_one() == clock.now()
    assert JobRunner(database, clock).run_once()["unit_figures"] == 0


def test_two_job_runners_take_one_snapshot(app, client, ctx, clock, units, database, backend):
    """Two processes' rounds at once: the row lock lets one recount, the other skips (no error)."""
    import threading

    from hotline.services import unit_figures

    _overdue_world(client, ctx, clock)
    results: list = []

    def take():
        try:
            results.append(unit_figures.take_snapshot(database, clock))
        except Exception as exc:  # noqa: BLE001 - the assertion below reports it
            results.append(exc)
    threads = [threading.Thread(target=take) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(results, key=str) == [False, False, False, True], results
    got = stats.units_overview(ctx, "mot")
    assert got["as_of"] == clock.now() and {r["unit"]: r["overdue"] for r in got["rows"] if r["overdue"]} == \
        overdue_by_child(ctx, "mot")
