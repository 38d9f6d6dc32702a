"""`hotline hotspots …` — hotspot detection from the command line."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

from hotline.hotspots.batch import InputError, Params, detect_hotspots, read_messages, report

app = typer.Typer(help="热点发现 (hotspot detection)", no_args_is_help=True, add_completion=False)


@app.callback()
def _main() -> None:
    """热点发现：从历史留言中找出“同一地点、同一问题、多人反映”的热点。"""


@app.command()
def detect(
    input: Path = typer.Option(..., "--input", help="UTF-8 CSV 文件（首行为列名）"),
    id: str = typer.Option("id", "--id", help="编号列"),
    text: str = typer.Option("title,detail", "--text", help="文本列，逗号分隔；第一列作标题"),
    time: str = typer.Option("time", "--time", help="时间列，如 2019-07-21 10:29:36"),
    weight: str | None = typer.Option(None, "--weight", help="权重列，如点赞数 likes"),
    user: str | None = typer.Option(None, "--user", help="反映人列；缺省时相同文本视为同一人"),
    top: int = typer.Option(10, "--top", min=1, help="输出前 N 个热点"),
    threshold: float = typer.Option(Params().threshold, "--threshold", help="聚类相似度阈值（越高越严）"),
) -> None:
    """Print ranked hotspots of a CSV history as JSON (rank, title, region, members, times, heat)."""
    columns = [c.strip() for c in text.split(",") if c.strip()]
    if not columns:
        typer.echo("HS-INPUT-COLUMN: --text 至少需要一列，例如 --text title,detail", err=True)
        raise typer.Exit(2)
    try:
        messages = read_messages(input, id, columns, time, weight, user)
    except InputError as exc:
        typer.echo(f"{exc.code}: {exc.message}", err=True)
        raise typer.Exit(2) from None
    hotspots = detect_hotspots(messages, top=top, params=Params(threshold=threshold))
    out = report(hotspots)
    out["input"] = {"file": str(input), "messages": len(messages)}
    json.dump(out, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


@app.command()
def watch(
    interval: float = typer.Option(5.0, "--interval", min=0.5, help="两次检测之间的秒数"),
    once: bool = typer.Option(False, "--once", help="只处理当前积压的事件，然后退出"),
) -> None:
    """Streaming detection: assign new cases to topics, open incidents on surges (Ctrl-C to stop)."""
    import time as _time

    from hotline.domain.clock import SystemClock
    from hotline.hotspots.job import run_hotspot_step
    from hotline.settings import get_settings
    from hotline.store.db import Database

    db, clock = Database(get_settings().database_url), SystemClock()
    try:
        while True:
            step = run_hotspot_step(db, clock)
            if step.cases or once:
                typer.echo(json.dumps({"events": step.events, "cases": step.cases, "opened": step.opened,
                                       "joined": step.joined}, ensure_ascii=False))
            if once:
                return
            _time.sleep(interval)
    except KeyboardInterrupt:
        return
    finally:
        db.dispose()


@app.command("report")
def report_cmd(
    kind: str = typer.Option("daily", "--kind", help="daily（日报）或 weekly（周报）"),
    day: str = typer.Option(..., "--day", help="日期，如 2022-04-22（周报：该周任一天）"),
    unit: str | None = typer.Option(None, "--unit", help="单位代码，默认根单位"),
    fmt: str = typer.Option("json", "--format", help="json、html、xlsx 或 pdf"),
    out: Path | None = typer.Option(None, "--out", help="输出文件；缺省时写到标准输出（仅 json/html）"),
) -> None:
    """日报 / 周报 of a unit subtree: volumes, on-time rates, overdue, hotspots, satisfaction, notable cases."""
    from datetime import date as _date

    from hotline.domain.clock import SystemClock
    from hotline.reports.data import build_report
    from hotline.reports.render import render
    from hotline.services.cases import Context
    from hotline.services.errors import ServiceError
    from hotline.settings import get_settings
    from hotline.store.db import Database
    from hotline.store.files import LocalFileStorage

    s = get_settings()
    ctx = Context(db=Database(s.database_url), clock=SystemClock(), storage=LocalFileStorage(s.files_dir),
                  system_actor="cli")
    try:
        report = build_report(ctx, kind, _date.fromisoformat(day), unit)  # type: ignore[arg-type]
        data = (json.dumps(report, ensure_ascii=False, indent=2) + "\n").encode() if fmt == "json" else render(
            report, fmt)
    except ServiceError as exc:
        typer.echo(f"{exc.code}: {exc.message}", err=True)
        raise typer.Exit(2) from None
    except ValueError:
        typer.echo("invalid_day: 日期格式应为 YYYY-MM-DD", err=True)
        raise typer.Exit(2) from None
    finally:
        ctx.db.dispose()
    if out:
        out.write_bytes(data)
        typer.echo(f"{out} ({len(data):,} bytes)")
    elif fmt in ("json", "html"):
        sys.stdout.write(data.decode())
    else:
        typer.echo("xlsx/pdf 需要 --out 文件", err=True)
        raise typer.Exit(2)
