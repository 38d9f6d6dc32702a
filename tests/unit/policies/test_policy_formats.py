"""XLSX (the ministry's batch format) and Markdown import/export, on SQLite and PostgreSQL."""

from __future__ import annotations

import io
import json
from datetime import datetime

from openpyxl import Workbook, load_workbook

from hotline.policies import markdown_format, services, xlsx_format
from hotline.policies.transfer import ImportReport, import_entries, import_records, iter_snapshots

PASS = {"key": "mot-pass", "title": "重点物资运输车辆通行证全国互认", "questions": ["外省办的通行卡在这里认不认？"],
        "answer": "各地应认可全国统一格式的通行证。", "body": "第一段。\n\n第二段。", "regions": ["000000"],
        "categories": ["control.pass"], "tags": ["通行证", "互认"], "effective_from": "2022-04-11",
        "effective_until": "2022-05-31", "overrides": ["old-pass"],
        "source": {"issuer": "交通运输部", "doc_no": "示例〔2022〕1号", "url": "https://example.org/1"}}
WUHAN = {"key": "wh-test", "title": "武汉市核酸检测要求", "answer": "须持48小时内核酸检测阴性证明。",
         "regions": ["420100", "420200"], "categories": ["control.testing", "control.checkpoint"],
         "effective_from": "2022-04-20T08:30:00+08:00"}


def _ministry_sheet(rows: list[list]) -> io.BytesIO:
    wb = Workbook()
    wb.active.append(["标题", "分类路径", "关键词", "答复口径", "发布单位", "适用地区", "生效日期", "失效日期", "外部编号"])
    for r in rows:
        wb.active.append(r)
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    return buf


def test_ministry_xlsx_maps_columns_reports_a_dry_run_then_imports(ctx):
    sheet = _ministry_sheet([
        ["货车通行证怎么办", "疫情防控/货运物流/通行证", "通行证、办证 网上申领，怎么办通行证？", "登录平台申领电子通行证。",
         "交通运输部", None, datetime(2022, 4, 11), datetime(2022, 5, 31), "mot-0411"],
        ["武汉检测点", "疫情防控/其他事项", "检测点", "收费站设免费检测点。", "武汉市交通运输局", "武汉市、420200",
         "2022-04-20", None, None],
    ])
    report = ImportReport()
    records = xlsx_format.read(sheet, report)
    assert [n for n, _ in records] == [2, 3]
    assert report.warnings == [{"line": 3, "message": "分类路径 疫情防控/其他事项 无对应分类，归入“其他”（other）"}]
    dry = import_records(ctx, records, dry_run=True, publish=True, report=report)
    assert dry.ok and dry.created == ["mot-0411", "第3行"] and dry.published == ["mot-0411", "第3行"]
    assert services.list_policies(ctx)["items"] == []  # a dry run writes nothing
    import_records(ctx, records, publish=True)
    e = services.get_policy(ctx, "mot-0411")
    assert (e["categories"], e["tags"], e["questions"]) == (["control.pass"], ["通行证", "办证", "网上申领"],
                                                            ["怎么办通行证？"])
    assert [r["code"] for r in e["regions"]] == ["000000"]  # no 适用地区: the ministry's rule is national
    assert e["source"]["issuer"] == "交通运输部" and e["status"] == "published"
    assert (e["effective_from"], e["effective_until"]) == ("2022-04-11T00:00:00+08:00", "2022-06-01T00:00:00+08:00")
    wuhan = [i for i in services.list_policies(ctx)["items"] if i["title"] == "武汉检测点"][0]
    assert [r["code"] for r in wuhan["regions"]] == ["420100", "420200"] and wuhan["categories"] == ["other"]


def test_xlsx_with_a_bad_row_or_header_imports_nothing(ctx):
    sheet = _ministry_sheet([["好条目", "通行证", "", "答复。", "部", None, None, None, "ok-1"],
                             ["坏条目", "通行证", "", "答复。", "部", "朝阳区", None, None, "bad-1"],
                             ["无答复", "通行证", "", None, "部", None, None, None, "bad-2"]])
    report = ImportReport()
    report = import_records(ctx, xlsx_format.read(sheet, report), publish=True, report=report)
    assert [e["line"] for e in report.errors] == [3, 4] and "110105" in report.errors[0]["message"]
    assert services.list_policies(ctx)["items"] == []
    wb = Workbook()
    wb.active.append(["标题", "答复口径"])
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    report = ImportReport()
    assert xlsx_format.read(buf, report) == [] and "分类路径" in report.errors[0]["message"]


def _round_trip(ctx, write, read) -> ImportReport:
    import_entries(ctx, [json.dumps(PASS, ensure_ascii=False), json.dumps(WUHAN, ensure_ascii=False)], publish=True)
    out = write(iter_snapshots(ctx, ["published"], False))
    report = ImportReport()
    return import_records(ctx, read(out, report), dry_run=True, report=report)


def test_xlsx_export_imports_back_unchanged(ctx):
    def write(snaps):
        buf = io.BytesIO()
        assert xlsx_format.write(snaps, buf) == 2
        buf.seek(0)
        header = [c.value for c in next(load_workbook(buf).active.iter_rows(max_row=1))]
        assert header[:5] == ["标题", "分类路径", "关键词", "答复口径", "发布单位"]
        buf.seek(0)
        return buf

    report = _round_trip(ctx, write, xlsx_format.read)
    assert report.ok and report.warnings == [] and report.unchanged == ["mot-pass", "wh-test"], report


def test_markdown_entries_front_matter_answer_and_body(ctx):
    text = """# 武汉政策

## 武汉市进出车辆核酸检测要求
- 地区: 武汉市
- 生效: 2022-04-20
- 失效: 2022-04-30
- 分类: control.testing
- 编号: wh-test-apr
- 问法: 进武汉要核酸吗？
- 问法: 去武汉几小时核酸

进出武汉须持48小时内核酸检测阴性证明。

全文第一段。

全文第二段。

## 没有字段表的条目

只有答复。
"""
    report = ImportReport()
    records = markdown_format.read(text, report)
    assert [n for n, _ in records] == [3, 18] and report.ok
    first = records[0][1]
    assert (first["key"], first["regions"], first["categories"]) == ("wh-test-apr", ["420100"], ["control.testing"])
    assert first["questions"] == ["进武汉要核酸吗？", "去武汉几小时核酸"]
    assert first["answer"] == "进出武汉须持48小时内核酸检测阴性证明。" and first["body"] == "全文第一段。\n\n全文第二段。"
    assert (first["effective_from"], first["effective_until"]) == ("2022-04-20", "2022-04-30")
    assert records[1][1]["regions"] == ["000000"] and records[1][1]["body"] == ""
    assert import_records(ctx, records, publish=True).created == ["wh-test-apr", "第18行"]

    bad = ImportReport()
    assert markdown_format.read("## 标题\n- 区域: 420100\n\n答复。\n", bad) == []
    assert bad.errors[0]["line"] == 1 and "第 2 行" in bad.errors[0]["message"]


def test_markdown_export_imports_back_unchanged(ctx):
    def write(snaps):
        out = io.StringIO()
        assert markdown_format.write(snaps, out) == 2
        return out.getvalue()

    report = _round_trip(ctx, write, markdown_format.read)
    assert report.ok and report.unchanged == ["mot-pass", "wh-test"], report


def test_docx_reads_like_markdown(ctx, tmp_path):
    from docx import Document

    from hotline.policies.transfer import read_any

    d = Document()
    d.add_heading("湖北省货车通行政策汇编", level=1)
    d.add_heading("武汉市进出车辆核酸检测要求（4月）", level=2)
    for item in ("编号: wh-docx-1", "地区: 420100", "生效: 2022-04-20", "分类: control.testing", "问法: 进武汉要核酸吗？"):
        d.add_paragraph(item, style="List Bullet")
    d.add_paragraph("进出武汉的司乘人员须持48小时内核酸检测阴性证明。")
    d.add_paragraph("全文第一段。")
    d.add_paragraph("全文第二段。")
    d.add_heading("没有字段表的条目", level=2)
    d.add_paragraph("只有答复。")
    path = tmp_path / "kb.docx"
    d.save(path)
    records, report = read_any(path)
    assert report.ok and len(records) == 2
    first = records[0][1]
    assert (first["key"], first["regions"], first["categories"]) == ("wh-docx-1", ["420100"], ["control.testing"])
    assert first["questions"] == ["进武汉要核酸吗？"]
    assert first["answer"] == "进出武汉的司乘人员须持48小时内核酸检测阴性证明。"
    assert first["body"] == "全文第一段。\n\n全文第二段。"
    assert import_records(ctx, records, publish=True).created == ["wh-docx-1", f"第{records[1][0]}行"]
    d2 = Document()
    d2.add_heading("错误的条目", level=2)
    d2.add_paragraph("区域: 420100", style="List Bullet")
    d2.add_paragraph("答复。")
    bad_path = tmp_path / "bad.docx"
    d2.save(bad_path)
    _, bad = read_any(bad_path)
    assert bad.errors and not bad.ok
