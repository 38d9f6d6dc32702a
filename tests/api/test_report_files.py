"""日报 / 周报 generated on a schedule: once per period, kept, downloadable by the units above."""

from __future__ import annotations

from datetime import timedelta

import sqlalchemy as sa
from fastapi.testclient import TestClient

from hotline.domain.clock import FixedClock
from hotline.jobs.runner import JobRunner
from hotline.reports.schedule import FORMATS, generate_due_reports
from hotline.services import auth
from hotline.services.cases import create_case
from hotline.services.commands import CaseCreate
from hotline.store.report_tables import report_files


def test_reports_are_generated_once_and_downloadable(ctx, units, app, clock, database, tmp_path):
    for i in range(3):
        create_case(ctx, CaseCreate.model_validate({
            "type": "complaint", "category": "highway.toll", "title": f"收费问题{i}", "channel": "api",
            "urgent": False, "place": {"region": "420100"}, "reporter": {"plate": "鄂A1"}}))
    next_day = FixedClock(clock.now() + timedelta(days=1))  # 2022-04-23: the 22nd has ended
    written = generate_due_reports(database, next_day, ctx.storage, catch_up_days=1)
    # root (mot) and the provinces below it (hb, he): yesterday and last week, 3 formats (PDF needs the font)
    assert written == 3 * 2 * 3
    assert generate_due_reports(database, next_day, ctx.storage, catch_up_days=1) == 0  # once
    with database.read() as conn:
        rows = conn.execute(sa.select(report_files.c.unit, report_files.c.kind, report_files.c.day,
                                      report_files.c.format)).all()
    assert {r.unit for r in rows} == {"mot", "hb", "he"}
    assert ("hb", "daily", clock.now().date(), "xlsx") in {tuple(r) for r in rows}
    assert {r.format for r in rows} <= set(FORMATS)

    auth.add_user(ctx, "hb-sup", unit="hb", roles=["supervisor"], password="correct-horse")
    auth.add_user(ctx, "he-sup", unit="he", roles=["supervisor"], password="correct-horse")
    hb = TestClient(app, headers={"Authorization": f"Bearer {auth.create_token(ctx, 'hb-sup')}"})
    he = TestClient(app, headers={"Authorization": f"Bearer {auth.create_token(ctx, 'he-sup')}"})
    listed = hb.get("/api/v1/report-files").json()["items"]
    assert listed and {f["unit"] for f in listed} == {"hb"}
    html = next(f for f in listed if f["day"] == "2022-04-22" and f["kind"] == "daily" and f["format"] == "html")
    body = hb.get(html["url"]).text
    assert "日报" in body and "3" in body
    assert he.get(html["url"]).status_code == 404  # another province's report


def test_job_runner_generates_them_only_when_enabled(ctx, units, database, clock, monkeypatch):
    monkeypatch.setattr("hotline.reports.schedule.CATCH_UP_DAYS", 1)
    later = FixedClock(clock.now() + timedelta(days=1))
    JobRunner(database, later).run_once()
    with database.read() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(report_files)).scalar_one() == 0
    JobRunner(database, later, reports=True).run_once()
    with database.read() as conn:  # one report (in its formats) per round
        made = conn.execute(sa.select(report_files.c.kind, report_files.c.unit, report_files.c.day)).all()
    assert len(set(made)) == 1 and len(made) >= 2


def test_an_unreachable_policy_upstream_does_not_stop_the_other_jobs(ctx, units, database, clock, caplog):
    """HOTLINE_POLICY_UPSTREAM pulls the upstream's policy changes every round; when it is down the
    round goes on (and says so) and the next round retries."""
    import logging

    from hotline.services.cases import act, parse_action
    from hotline.services.commands import ActionIn
    from hotline.store.tables import job_cursors

    caplog.set_level(logging.WARNING, logger="hotline.jobs")
    case, _ = create_case(ctx, CaseCreate.model_validate({
        "type": "report", "category": "control.turnback", "title": "劝返", "channel": "api", "urgent": True,
        "place": {"region": "420900"}, "reporter": {"plate": "鄂K1"}}))
    body = ActionIn.model_validate({"version": 1, "unit": "hb"})
    act(ctx, case["number"], parse_action("dispatch", body), body)
    done = JobRunner(database, FixedClock(clock.now() + timedelta(seconds=10)),
                     policy_upstream="http://127.0.0.1:9").run_once()
    assert done["policies_synced"] == 0 and done["events"] == 2
    assert any("policy sync" in r.getMessage() for r in caplog.records)
    with database.read() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(job_cursors)).scalar_one() >= 1
