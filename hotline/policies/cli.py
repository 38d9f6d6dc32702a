"""`hotline policies …`: import, export, demo data, search and following an upstream hotline."""

from __future__ import annotations

import json
import sys
from datetime import datetime
from importlib.resources import files
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(help="政策知识库：导入、导出、演示数据、检索、同步上级", no_args_is_help=True)

DEMO_FILE = "demo_policies.jsonl"


def _context():
    from hotline.domain.clock import SystemClock
    from hotline.services.cases import Context
    from hotline.settings import get_settings
    from hotline.store.db import Database
    from hotline.store.files import LocalFileStorage

    s = get_settings()
    return Context(db=Database(s.database_url), clock=SystemClock(), storage=LocalFileStorage(s.files_dir))


def _print_report(report) -> None:
    for label in report.created:
        typer.echo(f"  新建 {label}")
    for item in report.updated:
        typer.echo(f"  更新 {item['key']}：{'、'.join(item['fields'])}")
    for label in report.published:
        typer.echo(f"  发布 {label}")
    for w in report.warnings:
        typer.echo(f"  提示 第 {w['line']} 行：{w['message']}")
    for err in report.errors:
        typer.echo(f"  第 {err['line']} 行：{err['message']}" if err["line"] else f"  {err['message']}", err=True)
    typer.echo(("（试运行，未写入）" if report.dry_run else "") + report.summary())


def _import(records, *, dry_run: bool, publish: bool, demo: bool = False, report=None) -> None:
    from hotline.policies.transfer import import_records
    from hotline.services.errors import ServiceError

    try:
        report = import_records(_context(), records, dry_run=dry_run, publish=publish, demo=demo, report=report)
    except ServiceError as exc:
        typer.echo(exc.message, err=True)
        raise typer.Exit(1) from None
    _print_report(report)
    if not report.ok:
        raise typer.Exit(1)


@app.command("import")
def import_cmd(
    file: Annotated[Path, typer.Argument(
        help="按扩展名识别格式：.jsonl（每行一个条目；- 为标准输入）、.xlsx（部批量格式）、.md")],
    dry_run: Annotated[bool, typer.Option("--dry-run", help="只报告将发生的变化，不写入")] = False,
    publish: Annotated[bool, typer.Option("--publish", help="导入后立即发布")] = False,
) -> None:
    """导入条目（按外部编号 key 新建或更新；任一条有误则整批不导入）。"""
    from hotline.policies.transfer import json_line_records, read_any

    if str(file) == "-":
        _import(json_line_records(sys.stdin.read().splitlines()), dry_run=dry_run, publish=publish)
        return
    if not file.is_file():
        typer.echo(f"文件 {file} 不存在", err=True)
        raise typer.Exit(2)
    records, report = read_any(file)
    _import(records, dry_run=dry_run, publish=publish, report=report)


@app.command("export")
def export_cmd(
    out: Annotated[Path | None, typer.Option("--out", help="输出文件，默认标准输出")] = None,
    status: Annotated[str, typer.Option(help="状态，逗号分隔")] = "published,expired",
    upstream: Annotated[bool, typer.Option("--upstream", help="也导出从上级同步来的条目")] = False,
    fmt: Annotated[str, typer.Option("--format", help="jsonl、xlsx 或 md（可再导入）")] = "jsonl",
) -> None:
    """导出条目为 JSON lines、XLSX（部批量格式）或 Markdown（均可再导入）。"""
    from hotline.policies.transfer import export_entries, iter_snapshots

    statuses = [s for s in status.split(",") if s]
    if fmt not in ("jsonl", "xlsx", "md"):
        typer.echo(f"不支持的格式 {fmt}（可用 jsonl、xlsx、md）", err=True)
        raise typer.Exit(2)
    if fmt == "xlsx":
        from hotline.policies import xlsx_format

        n = xlsx_format.write(iter_snapshots(_context(), statuses, upstream), out or sys.stdout.buffer)
    elif fmt == "md":
        from hotline.policies import markdown_format

        if out is None:
            n = markdown_format.write(iter_snapshots(_context(), statuses, upstream), sys.stdout)
        else:
            with out.open("w", encoding="utf-8") as f:
                n = markdown_format.write(iter_snapshots(_context(), statuses, upstream), f)
    elif out is None:
        n = export_entries(_context(), sys.stdout, statuses=statuses, include_upstream=upstream)
    else:
        with out.open("w", encoding="utf-8") as f:
            n = export_entries(_context(), f, statuses=statuses, include_upstream=upstream)
    typer.echo(f"已导出 {n} 条", err=True)


@app.command("demo")
def demo_cmd(dry_run: Annotated[bool, typer.Option("--dry-run")] = False) -> None:
    """加载 2022 年 4–5 月的演示条目（标记为演示数据，直接发布）。"""
    from hotline.policies.transfer import json_line_records

    lines = files("hotline.policies.data").joinpath(DEMO_FILE).read_text(encoding="utf-8").splitlines()
    _import(json_line_records(lines), dry_run=dry_run, publish=True, demo=True)


@app.command("search")
def search_cmd(
    q: str,
    region: Annotated[str | None, typer.Option(help="行政区划代码")] = None,
    at: Annotated[str | None, typer.Option(help="时刻，如 2022-04-25T12:00:00+08:00")] = None,
    limit: int = 5,
) -> None:
    """检索（与 GET /api/v1/policies/search 相同）。"""
    from hotline.policies.services import search

    result = search(_context(), q, region=region, at=datetime.fromisoformat(at) if at else None, limit=limit)
    for i, item in enumerate(result["items"], 1):
        typer.echo(f"{i}. [{item['scope']}] {item['title']}（{item['key'] or item['uid']}）\n   {item['answer']}")
    if not result["items"]:
        typer.echo("没有找到在该地区、该时间有效的条目")


@app.command("reindex")
def reindex_cmd() -> None:
    """重建全部条目的检索词（升级分词或同义词后运行一次）。"""
    from hotline.policies.services import reindex

    typer.echo(f"已更新 {reindex(_context())} 条的检索词")


@app.command("sync")
def sync_cmd(upstream: Annotated[str, typer.Argument(help="上级热线地址，如 http://127.0.0.1:8328")]) -> None:
    """从上级热线拉取已发布的变更（可由定时任务反复运行）。"""
    from hotline.policies.sync import pull

    typer.echo(json.dumps(pull(_context(), upstream), ensure_ascii=False))
