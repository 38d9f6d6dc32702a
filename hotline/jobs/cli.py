"""`hotline jobs`: the background jobs (deadline clocks, sweep, notifications) as a command."""

from __future__ import annotations

import logging
import signal
import threading
from typing import Annotated

import typer

app = typer.Typer(help="后台任务：时限时钟、超时扫描、通知", no_args_is_help=True, add_completion=False)


def _database():
    from hotline.settings import get_settings
    from hotline.store.db import Database

    return Database(get_settings().database_url)


@app.callback()
def main() -> None:
    """后台任务。可在多个进程中同时运行：每个预警/超时事件只触发一次。"""


@app.command("run")
def run(
    once: Annotated[bool, typer.Option("--once", help="只运行一轮（补发停机期间到期的事件）后退出")] = False,
    interval: Annotated[float | None, typer.Option(help="两轮之间的秒数（默认 HOTLINE_JOBS_INTERVAL）")] = None,
) -> None:
    """运行时限任务：事件→时钟、应急状态、超时/预警扫描、邮件与 webhook 通知。"""
    from hotline.domain.clock import SystemClock
    from hotline.jobs.runner import runner_from_env
    from hotline.jobs.settings import JobSettings

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    db = _database()
    runner = runner_from_env(db, SystemClock())
    try:
        if once:
            done = runner.run_once()
            typer.echo("  ".join(f"{k}={v}" for k, v in done.items()))
            return
        stop = threading.Event()
        for sig in (signal.SIGINT, signal.SIGTERM):
            signal.signal(sig, lambda *_: stop.set())
        typer.echo(f"时限任务运行中（{', '.join(runner.notifiers) or '无外部通知渠道'}），Ctrl-C 停止")
        runner.run_forever(stop, interval or JobSettings().jobs_interval)
    finally:
        db.dispose()


@app.command("status")
def status() -> None:
    """显示任务进度：未处理事件、运行中的时钟、待发通知。"""
    import sqlalchemy as sa

    from hotline.jobs.clocks import CONSUMER
    from hotline.store.deadline_tables import deadline_clocks, deadline_notifications
    from hotline.store.tables import events, job_cursors

    db = _database()
    try:
        with db.read() as conn:
            cursor = conn.execute(sa.select(job_cursors.c.last_event_id)
                                  .where(job_cursors.c.name == CONSUMER)).scalar() or 0
            behind = conn.execute(sa.select(sa.func.count()).where(events.c.id > cursor)).scalar_one()
            running = conn.execute(sa.select(sa.func.count()).select_from(deadline_clocks)
                                   .where(deadline_clocks.c.state == "running")).scalar_one()
            outbox = dict(conn.execute(sa.select(deadline_notifications.c.status, sa.func.count())
                                       .group_by(deadline_notifications.c.status)).all())
    finally:
        db.dispose()
    typer.echo(f"未处理事件 {behind}  运行中的时钟 {running}  通知 " +
               "  ".join(f"{k}={v}" for k, v in sorted(outbox.items())))


if __name__ == "__main__":
    app()
