"""`hotline text …`: train a classifier, classify and analyze JSON lines from stdin."""

from __future__ import annotations

import csv
import json
import sys
import time
from pathlib import Path
from typing import Iterator

import typer

app = typer.Typer(help="中文文本理解：训练、分类、分析", no_args_is_help=True, add_completion=False)


def _read_jsonl() -> Iterator[dict]:
    for n, line in enumerate(sys.stdin, 1):
        line = line.strip()
        if not line:
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            typer.echo(f"第 {n} 行不是 JSON (line {n} is not JSON: {exc})", err=True)
            raise typer.Exit(2)
        if not isinstance(row, dict) or not isinstance(row.get("text"), str):
            typer.echo(f'第 {n} 行缺少 "text" 字段 (line {n} needs a "text" string)', err=True)
            raise typer.Exit(2)
        yield row


def _emit(obj: dict) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")


@app.command()
def train(
    data: Path = typer.Option(..., "--data", exists=True, dir_okay=False, help="UTF-8 CSV with a header row"),
    text: str = typer.Option("text", "--text", help="text column(s), comma-separated: title,detail"),
    label: str = typer.Option("label", "--label", help="label column"),
    out: Path = typer.Option(..., "--out", help="directory to write the model to"),
) -> None:
    """训练分类器 (train a classifier for any taxonomy from a CSV)."""
    from hotline.text.classify import TextClassifier

    cols = [c.strip() for c in text.split(",") if c.strip()]
    with data.open(encoding="utf-8-sig", newline="") as f:
        reader = csv.DictReader(f)
        missing = [c for c in cols + [label] if c not in (reader.fieldnames or [])]
        if missing:
            typer.echo(f"CSV 缺少列 {missing} (missing columns; have {reader.fieldnames})", err=True)
            raise typer.Exit(2)
        rows = [r for r in reader if (r.get(label) or "").strip()]
    texts = ["。".join((r.get(c) or "").strip() for c in cols if (r.get(c) or "").strip()) for r in rows]
    labels = [r[label].strip() for r in rows]
    t0 = time.perf_counter()
    model = TextClassifier().fit(texts, labels)
    model.save(out, source=str(data), text_columns=cols, label_column=label, examples=len(rows))
    typer.echo(f"trained on {len(rows)} rows, {len(model.classes_)} labels in {time.perf_counter() - t0:.1f}s → {out}",
               err=True)


@app.command()
def classify(model: Path = typer.Option(..., "--model", help="directory written by `train`")) -> None:
    """分类：stdin 每行 {"id","text"} → stdout 每行 {"id","label","confidence"}."""
    from hotline.text.classify import TextClassifier

    try:
        clf = TextClassifier.load(model)
    except (FileNotFoundError, TypeError) as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(2)
    for row in _read_jsonl():
        (lab, conf), *_ = clf.top(row["text"], k=1)
        _emit({"id": row.get("id"), "label": lab, "confidence": round(conf, 4)})


@app.command()
def analyze(full: bool = typer.Option(True, help="write the full analysis, not only the summary fields")) -> None:
    """分析：stdin 每行 {"id","text",["phone"]} → 每行完整分析 (id, type, category, region, urgent …)."""
    from hotline.text.analyze import analyze as run

    for row in _read_jsonl():
        res = run(row["text"], phone=row.get("phone"), lat=row.get("lat"), lng=row.get("lng"),
                  recent_cases=row.get("recent_cases"))
        if full:
            _emit({"id": row.get("id"), **res})
        else:
            _emit({"id": row.get("id"), "type": res["type"], "category": res["category"],
                   "region": res["region"]["code"], "urgent": res["urgent"]})


if __name__ == "__main__":
    app()
