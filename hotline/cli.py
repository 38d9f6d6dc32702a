"""The `hotline` command."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(help="Hotline 交通运输服务监督热线平台", no_args_is_help=True, add_completion=False)
db_app = typer.Typer(help="数据库", no_args_is_help=True)
export_app = typer.Typer(help="导出", no_args_is_help=True)
import_app = typer.Typer(help="导入", no_args_is_help=True)
app.add_typer(db_app, name="db")
app.add_typer(export_app, name="export")
app.add_typer(import_app, name="import")

# Sub-commands that live beside the code they drive (hotline/<area>/cli.py, each with `app`).
for _module, _name, _help in [
    ("hotline.text.cli", "text", "中文文本理解：训练、分类、分析"),
    ("hotline.hotspots.cli", "hotspots", "热点发现"),
    ("hotline.policies.cli", "policies", "政策知识库：导入、导出"),
    ("hotline.open311.cli", "open311", "Open311 GeoReport v2：外部系统密钥"),
]:
    try:
        _sub = importlib.import_module(_module)
    except ModuleNotFoundError as exc:  # area not built yet
        if exc.name is None or not (_module + ".").startswith(exc.name + "."):
            raise
        continue
    app.add_typer(_sub.app, name=_name, help=_help)


def _context():
    from hotline.domain.clock import SystemClock
    from hotline.services.cases import Context
    from hotline.settings import get_settings
    from hotline.store.db import Database
    from hotline.store.files import LocalFileStorage

    s = get_settings()
    return Context(db=Database(s.database_url), clock=SystemClock(), storage=LocalFileStorage(s.files_dir),
                   actor="cli")


@db_app.command("upgrade")
def db_upgrade(revision: str = "heads") -> None:
    """应用数据库迁移（Alembic）。"""
    from hotline.store.migrate import upgrade

    ctx = _context()
    upgrade(ctx.db, revision)
    typer.echo(f"数据库已升级到 {revision}（{ctx.db.dialect}）")


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="监听地址")] = "",
    port: Annotated[int, typer.Option(help="端口")] = 0,
    workers: Annotated[int, typer.Option(help="进程数")] = 1,
) -> None:
    """启动 Web 服务（API 与页面）。"""
    import uvicorn

    from hotline.settings import get_settings

    s = get_settings()
    host, port = host or s.host, port or s.port
    typer.echo(f"Hotline 正在 http://{host}:{port} 提供服务（API 文档：/docs）")
    uvicorn.run("hotline.web.app:create_app", factory=True, host=host, port=port, workers=workers,
                log_level="info")


@app.command()
def demo(
    if_empty: Annotated[bool, typer.Option("--if-empty", help="库里已有工单时不加载")] = False,
    seed: int = 2022,
) -> None:
    """加载演示数据：单位树与 2022 年 4 月货运场景工单（标记为演示数据）。"""
    from hotline.services.demo import has_cases, load_demo

    ctx = _context()
    if if_empty and has_cases(ctx):
        typer.echo("已有工单，跳过演示数据")
        return
    counts = load_demo(ctx, seed=seed)
    typer.echo(f"已加载演示数据：单位 {counts['units']} 个，工单 {counts['cases']} 件，操作 {counts['actions']} 次")


@export_app.command("cases")
def export_cases(
    format: Annotated[str, typer.Option("--format", help="csv 或 xlsx")] = "csv",
    out: Annotated[Path | None, typer.Option(help="输出文件；csv 缺省写到标准输出")] = None,
    unmasked: Annotated[bool, typer.Option(help="导出完整电话号码")] = False,
    status: str | None = None,
    region: str | None = None,
    category: str | None = None,
) -> None:
    """导出工单（CSV 或 XLSX）。电话号码默认打码。"""
    from hotline.services.cases import CaseFilter
    from hotline.services.transfer import export_rows, write_csv, write_xlsx

    if format not in ("csv", "xlsx"):
        raise typer.BadParameter("只支持 csv 或 xlsx", param_hint="--format")
    f = CaseFilter(status=status.split(",") if status else None, region=region, category=category)
    rows = export_rows(_context(), f, unmasked=unmasked)
    if format == "xlsx":
        if out is None:
            raise typer.BadParameter("xlsx 需要 --out 文件", param_hint="--out")
        n = write_xlsx(rows, out)
    elif out is None:
        n = write_csv(rows, sys.stdout)
    else:
        with out.open("w", encoding="utf-8", newline="") as fh:
            n = write_csv(rows, fh)
    typer.echo(f"已导出 {n} 件工单", err=True)


@import_app.command("cases")
def import_cases_cmd(
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="CSV 或 XLSX 文件")],
    dry_run: Annotated[bool, typer.Option("--dry-run", help="只检查，不写入")] = False,
) -> None:
    """导入工单：先检查每一行，有任何错误则一行都不导入。"""
    from hotline.services.transfer import import_cases

    n, errors = import_cases(_context(), file, dry_run=dry_run)
    for e in errors:
        typer.echo(f"第 {e.line} 行 {e.field}：{e.message}", err=True)
    if errors:
        typer.echo(f"发现 {len(errors)} 处错误，未导入任何工单", err=True)
        raise typer.Exit(1)
    typer.echo(f"{'检查通过，可导入' if dry_run else '已导入'} {n} 件工单")


if __name__ == "__main__":
    app()
