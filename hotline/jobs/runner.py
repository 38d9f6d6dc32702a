"""One round of every deadline job, and the loop that repeats it (CLI or a web-server thread).

A round: the clock consumer (events → stored clocks), emergency modes that have begun, cases queued
for recomputation, the overdue and warning sweep, then notification delivery; expired policies,
policy sync, report files, the dashboard's figures by unit and hotspots; and at most hourly the coming months' event partitions.
Every step is safe with several processes running rounds at the same time.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from hotline.domain.clock import Clock
from hotline.hotspots.job import run_hotspot_step
from hotline.jobs.clocks import run_clock_consumer
from hotline.policies.expiry import expire_due
from hotline.reports.schedule import generate_due_reports
from hotline.jobs.delivery import deliver
from hotline.jobs.partitions import keep_partitions_ahead
from hotline.jobs.settings import JobSettings
from hotline.jobs.sweep import Routes, fire_due
from hotline.notify import Notifier, NotifySettings, notifiers_from_settings
from hotline.services.deadlines import activate_started_emergencies, recompute_dirty
from hotline.services.unit_figures import take_snapshot
from hotline.store.db import Database

log = logging.getLogger("hotline.jobs")


@dataclass
class JobRunner:
    db: Database
    clock: Clock
    notifiers: Mapping[str, Notifier] = field(default_factory=dict)
    routes: Routes = Routes()
    catchup: timedelta = timedelta(days=7)
    public_url: str = ""
    reports: bool = False  # scheduled report files; on in deployed runners (runner_from_env)
    policy_upstream: str | None = None  # HOTLINE_POLICY_UPSTREAM: the hotline whose policies we follow
    partitions_every: timedelta = timedelta(hours=1)
    _partitions_checked: datetime | None = field(default=None, init=False, repr=False)

    def run_once(self) -> dict[str, int]:
        done = {
            "events": run_clock_consumer(self.db, self.clock),
            "emergencies_started": activate_started_emergencies(self.db, self.clock),
            "recomputed": recompute_dirty(self.db, self.clock),
            "overdue": fire_due(self.db, self.clock, "overdue", self.routes, catchup=self.catchup),
            "warnings": fire_due(self.db, self.clock, "warning", self.routes, catchup=self.catchup),
        }
        done.update(deliver(self.db, self.clock, self.notifiers, public_url=self.public_url))
        done["policies_expired"] = expire_due(self.db, self.clock)  # entries past their effective_until
        if self.policy_upstream:
            done["policies_synced"] = self._pull_policies()
        if self.reports:
            # 日报 / 周报 once a period ends; one report per round keeps rounds short while catching up
            done["report_files"] = generate_due_reports(self.db, self.clock, max_reports=1)
        now = self.clock.now()
        if self._partitions_checked is None or now - self._partitions_checked >= self.partitions_every:
            done["partitions_created"] = len(keep_partitions_ahead(self.db, self.clock))
            self._partitions_checked = now
        # the dashboard's figures by unit, at most every SNAPSHOT_EVERY (services.unit_figures)
        done["unit_figures"] = int(take_snapshot(self.db, self.clock))
        hotspots = run_hotspot_step(self.db, self.clock)  # a surge becomes an incident within seconds
        done["hotspot_cases"] = hotspots.cases
        done["hotspot_incidents"] = len(hotspots.opened)
        if any(done.values()):
            log.info("deadline jobs: %s", ", ".join(f"{k}={v}" for k, v in done.items() if v))
        return done

    def _pull_policies(self) -> int:
        from hotline.policies.sync import pull
        from hotline.services.cases import Context
        from hotline.services.errors import ServiceError
        from hotline.settings import get_settings
        from hotline.store.files import LocalFileStorage

        ctx = Context(db=self.db, clock=self.clock, storage=LocalFileStorage(get_settings().files_dir),
                      system_actor="上级同步")
        try:
            return pull(ctx, self.policy_upstream)["applied"]
        except ServiceError as exc:  # upstream unreachable: the other jobs go on; the next round retries
            log.warning("policy sync from %s failed: %s", self.policy_upstream, exc.message)
            return 0

    def run_forever(self, stop: threading.Event, interval: float) -> None:
        """Rounds until `stop` is set; the first at once, so a restart catches up straight away."""
        while not stop.is_set():
            try:
                self.run_once()
            except Exception:  # a database hiccup must not end the loop; the next round retries
                log.exception("deadline jobs: round failed")
            stop.wait(interval)


def runner_from_env(db: Database, clock: Clock, notify: NotifySettings | None = None,
                    jobs: JobSettings | None = None) -> JobRunner:
    notify = notify or NotifySettings()
    jobs = jobs or JobSettings()
    notifiers = notifiers_from_settings(notify)
    routes = Routes(email="email" in notifiers, email_to=tuple(notify.email_to),
                    webhook_url=notify.webhook_url if "webhook" in notifiers else None)
    return JobRunner(db, clock, notifiers, routes, jobs.catchup, notify.public_url, jobs.scheduled_reports,
                     jobs.policy_upstream)
