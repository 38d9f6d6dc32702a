"""The `hotline` command."""

from __future__ import annotations

import importlib

import typer

app = typer.Typer(help="Hotline 交通运输服务监督热线平台", no_args_is_help=True, add_completion=False)

# Sub-commands that live beside the code they drive (hotline/<area>/cli.py, each with `app`).
for _module, _name, _help in [
    ("hotline.text.cli", "text", "中文文本理解：训练、分类、分析"),
    ("hotline.hotspots.cli", "hotspots", "热点发现"),
]:
    try:
        _sub = importlib.import_module(_module)
    except ModuleNotFoundError as exc:  # area not built yet
        if exc.name != _module:
            raise
        continue
    app.add_typer(_sub.app, name=_name, help=_help)


if __name__ == "__main__":
    app()
