"""`hotline open311 key create|list|revoke` — API keys of outside systems."""

from __future__ import annotations

from typing import Annotated

import typer

from hotline.services.errors import ServiceError

app = typer.Typer(help="Open311 GeoReport v2", no_args_is_help=True)
key_app = typer.Typer(help="外部系统的 api_key", no_args_is_help=True)
app.add_typer(key_app, name="key")


def _context():
    from hotline.cli import _context as hotline_context

    return hotline_context()


def _fail(exc: ServiceError) -> None:
    typer.echo(f"错误（{exc.code}）：{exc.message}", err=True)
    raise typer.Exit(1)


@key_app.command("create")
def create(name: Annotated[str, typer.Argument(help="外部系统的名称，如 wuhan-app")]) -> None:
    """新建一个 api_key：只显示这一次，库里只存它的 sha256。"""
    from hotline.open311.keys import create_key

    try:
        row, key = create_key(_context(), name)
    except ServiceError as exc:
        _fail(exc)
    typer.echo(key)
    typer.echo(f"已为“{row['name']}”创建 api_key（只显示这一次，请妥善保存）", err=True)


@key_app.command("list")
def list_() -> None:
    """列出密钥（名称、前缀、创建与吊销时间），不显示密钥本身。"""
    from hotline.open311.keys import list_keys

    for k in list_keys(_context()):
        state = f"已吊销 {k['revoked_at']}" if k["revoked_at"] else "有效"
        typer.echo(f"{k['name']}\t{k['prefix']}…\t{k['created_at']}\t{state}")


@key_app.command("revoke")
def revoke(name: Annotated[str, typer.Argument(help="要吊销的密钥名称")]) -> None:
    """吊销密钥：此后用它提交的请求得到 403。"""
    from hotline.open311.keys import revoke_key

    try:
        row = revoke_key(_context(), name)
    except ServiceError as exc:
        _fail(exc)
    typer.echo(f"已吊销“{row['name']}”（{row['prefix']}…）")
