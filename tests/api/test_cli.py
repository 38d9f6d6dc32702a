"""The `hotline` command: export and import (all rows or none), on both databases."""

from __future__ import annotations

import csv

from openpyxl import Workbook, load_workbook
from typer.testing import CliRunner

from hotline.cli import app

runner = CliRunner()

HEADER = ["type", "category", "title", "description", "channel", "urgent", "reporter_name",
          "reporter_phone", "reporter_plate", "reporter_company", "region", "address", "lat", "lng",
          "road", "landmark"]
GOOD = ["report", "control.turnback", "临沂收费站劝返", "持绿码被劝返", "phone", "是", "王师傅",
        "13911112222", "鲁Q12345", "", "371300", "", "35.05", "118.35", "G2", "临沂北收费站"]


def write_csv(path, rows):
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(HEADER)
        w.writerows(rows)


def export_numbers(tmp_path, *args) -> list[dict]:
    out = tmp_path / "out.csv"
    r = runner.invoke(app, ["export", "cases", "--format", "csv", "--out", str(out), *args])
    assert r.exit_code == 0, r.output
    with out.open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_import_then_export_csv(cli_env, tmp_path):
    src = tmp_path / "in.csv"
    second = list(GOOD)
    second[2], second[7] = "郑州高速口关闭", "13800001111"
    second[10] = "410100"
    write_csv(src, [GOOD, second])
    r = runner.invoke(app, ["import", "cases", str(src)])
    assert r.exit_code == 0, r.output
    assert "已导入 2 件工单" in r.output
    rows = export_numbers(tmp_path)
    assert [row["title"] for row in rows] == ["临沂收费站劝返", "郑州高速口关闭"]
    assert rows[0]["reporter_phone"] == "139****2222"  # masked unless asked
    assert rows[0]["region_name"] == "山东省临沂市" and rows[0]["urgent"] == "True"
    assert export_numbers(tmp_path, "--unmasked")[0]["reporter_phone"] == "13911112222"
    assert [row["title"] for row in export_numbers(tmp_path, "--region", "410000")] == ["郑州高速口关闭"]


def test_bad_rows_are_reported_and_nothing_is_imported(cli_env, tmp_path):
    bad_type, bad_region = list(GOOD), list(GOOD)
    bad_type[0] = "gossip"
    bad_region[10] = "999999"
    no_phone = list(GOOD)
    no_phone[7] = ""
    src = tmp_path / "in.csv"
    write_csv(src, [GOOD, bad_type, GOOD, bad_region, no_phone])
    r = runner.invoke(app, ["import", "cases", str(src)])
    assert r.exit_code == 1
    assert "第 3 行 type" in r.output
    assert "第 5 行 place.region" in r.output
    assert "第 6 行" in r.output and "电话" in r.output
    assert "未导入任何数据" in r.output
    assert export_numbers(tmp_path) == []


def test_import_xlsx_and_export_xlsx(cli_env, tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(HEADER)
    ws.append(GOOD)
    src = tmp_path / "in.xlsx"
    wb.save(src)
    r = runner.invoke(app, ["import", "cases", str(src), "--dry-run"])
    assert r.exit_code == 0 and "检查通过" in r.output
    assert export_numbers(tmp_path) == []
    assert runner.invoke(app, ["import", "cases", str(src)]).exit_code == 0
    out = tmp_path / "out.xlsx"
    r = runner.invoke(app, ["export", "cases", "--format", "xlsx", "--out", str(out)])
    assert r.exit_code == 0, r.output
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert rows[0][0] == "number" and rows[1][4] == "临沂收费站劝返"


def test_missing_columns(cli_env, tmp_path):
    src = tmp_path / "in.csv"
    src.write_text("type\nreport\n", encoding="utf-8")
    r = runner.invoke(app, ["import", "cases", str(src)])
    assert r.exit_code == 1 and "缺少列 title" in r.output
