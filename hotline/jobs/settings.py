"""How the background jobs run, read from the environment (HOTLINE_*).

HOTLINE_JOBS_INTERVAL: seconds between two rounds (default 5).
HOTLINE_JOBS_IN_WEB: run the jobs in a thread of each web server process (default false; several
processes are safe together).
HOTLINE_DEADLINE_CATCHUP_DAYS: a deadline found more than this many days after it passed (a server
down for long, or history loaded for the first time) is still recorded and escalated in the console,
but sends no e-mail or webhook (default 7).
"""

from __future__ import annotations

from datetime import timedelta

from pydantic_settings import BaseSettings, SettingsConfigDict


class JobSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="HOTLINE_", env_file=None, extra="ignore")

    jobs_interval: float = 5.0
    jobs_in_web: bool = False
    deadline_catchup_days: float = 7.0
    # A hotline that follows another (a province following the ministry) pulls its policy changes
    # every round: a published upstream change is searchable here within one round.
    policy_upstream: str | None = None
    scheduled_reports: bool = True  # 日报 / 周报 files after each day and week (hotline/reports/schedule.py)

    @property
    def catchup(self) -> timedelta:
        return timedelta(days=self.deadline_catchup_days)
