"""Two hotspot detectors on one database (issue 10): started together over the same surge, between
them they count each case once and open the incident once, with one set of notices and one
knowledge-base task. Runs on SQLite and PostgreSQL (there the steps take turns on the consumer's
cursor row with SELECT … FOR UPDATE)."""

from __future__ import annotations

import threading

import sqlalchemy as sa

from hotline.hotspots.job import run_hotspot_step
from hotline.services import auth
from hotline.store.hotspot_tables import hotspot_incident_cases, hotspot_incidents, hotspot_kb_tasks, hotspot_notifications

from .test_hotspots_stream import STORIES, new_case, report_cases


def race(database, clock, detectors=2):
    """Run `detectors` steps at the same moment, each in its own thread; return their reports."""
    start = threading.Barrier(detectors)
    reports, errors = [], []

    def detector():
        start.wait()
        try:
            reports.append(run_hotspot_step(database, clock))
        except Exception as exc:  # noqa: BLE001 - surfaced by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=detector) for _ in range(detectors)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not errors, errors
    return reports


def test_two_detectors_started_together_count_once_and_open_one_incident(ctx, clock, database, units):
    auth.add_user(ctx, "hb-sup", unit="hb", roles=["supervisor"])
    report_cases(ctx, clock, STORIES[:4])
    clock.advance(seconds=5)
    first = race(database, clock)
    assert sum(r.cases for r in first) == 4 and not any(r.opened for r in first)

    new_case(ctx, STORIES[4])
    new_case(ctx, STORIES[5])
    clock.advance(seconds=5)
    second = race(database, clock)
    assert sum(r.cases for r in second) == 2
    opened = [i for r in second for i in r.opened]
    assert len(opened) == 1

    again = race(database, clock)  # nothing new: neither detector finds anything to do
    assert sum(r.cases for r in again) == 0 and not any(r.opened for r in again)
    with database.read() as conn:
        incidents = conn.execute(sa.select(hotspot_incidents)).all()
        members = conn.execute(sa.select(hotspot_incident_cases.c.case_id)).scalars().all()
        notes = conn.execute(sa.select(hotspot_notifications.c.kind, hotspot_notifications.c.unit,
                                       hotspot_notifications.c.username)).all()
        tasks = conn.execute(sa.select(hotspot_kb_tasks)).all()
    assert [i.id for i in incidents] == opened and incidents[0].size == 6
    assert len(members) == len(set(members)) == 6
    assert sorted(notes) == [("incident_opened", "hb-xiaogan", None), ("supervisor_alert", "hb", "hb-sup")]
    assert len(tasks) == 1
