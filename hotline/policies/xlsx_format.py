"""The ministry's batch spreadsheet (XLSX): one entry a row under a header row.

Ministry columns: 标题, 分类路径, 关键词, 答复口径, 发布单位; optional: 适用地区, 生效日期, 失效日期,
外部编号. Export adds 问法, 全文, 文号, 链接, 替代条目 after them so a round trip loses nothing; a
ministry file without them imports as well. The mapping is documented in docs/policies.md.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any, BinaryIO

from hotline.policies import file_fields as ff
from hotline.policies.transfer import ImportReport, Record

REQUIRED = ("标题", "分类路径", "关键词", "答复口径", "发布单位")
OPTIONAL = ("适用地区", "生效日期", "失效日期", "外部编号", "问法", "全文", "文号", "链接", "替代条目")
COLUMNS = REQUIRED + OPTIONAL
QUESTION_ENDS = ("?", "？")


def read(path: Path | BinaryIO, report: ImportReport) -> list[Record]:
    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises several kinds for a file that is not a workbook
        report.errors.append({"line": 0, "message": f"无法读取 XLSX 文件：{exc}"})
        return []
    try:
        rows = wb.worksheets[0].iter_rows(values_only=True)
        header = [str(c).strip() if c is not None else "" for c in next(rows, ())]
        missing = [c for c in REQUIRED if c not in header]
        if missing:
            report.errors.append({"line": 1, "message": f"表头缺少列：{'、'.join(missing)}（应有 {'、'.join(REQUIRED)}）"})
            return []
        unknown = [c for c in header if c and c not in COLUMNS]
        if unknown:
            report.warnings.append({"line": 1, "message": f"忽略未知列：{'、'.join(unknown)}"})
        out: list[Record] = []
        for n, values in enumerate(rows, 2):
            cells = {h: v for h, v in zip(header, values) if h in COLUMNS}
            if all(v is None or str(v).strip() == "" for v in cells.values()):
                continue
            record = row_record(cells, n, report)
            if record is not None:
                out.append((n, record))
        return out
    finally:
        wb.close()


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # a key or code typed as a number
    return str(value).strip()


def row_record(cells: dict[str, Any], n: int, report: ImportReport) -> dict[str, Any] | None:
    """One row → the PolicyIn fields; mapping problems become the row's errors or warnings."""
    categories, unknown = ff.category_codes(ff.split_paths(_text(cells.get("分类路径"))))
    report.warnings += [{"line": n, "message": f"分类路径 {p} 无对应分类，归入“其他”（other）"} for p in unknown]
    tags, questions = [], []
    for word in ff.split_keywords(_text(cells.get("关键词"))):
        (questions if word.endswith(QUESTION_ENDS) else tags).append(word)
    questions += [q for q in ff.split_lines(_text(cells.get("问法"))) if q not in questions]
    regions, errors = ff.resolve_regions(ff.split_list(_text(cells.get("适用地区"))))
    if errors:
        report.errors.append({"line": n, "message": "；".join(errors)})
        return None
    source = {k: v for k, v in (("issuer", _text(cells.get("发布单位"))), ("doc_no", _text(cells.get("文号"))),
                                ("url", _text(cells.get("链接")))) if v}
    record: dict[str, Any] = {
        "title": _text(cells.get("标题")), "answer": _text(cells.get("答复口径")), "body": _text(cells.get("全文")),
        "questions": questions, "tags": tags, "categories": categories, "regions": regions, "source": source,
        "overrides": ff.split_list(_text(cells.get("替代条目"))),
        "effective_from": ff.date_text(cells.get("生效日期")),
        "effective_until": ff.date_text(cells.get("失效日期")),
    }
    if key := _text(cells.get("外部编号")):
        record["key"] = key
    return record


def write(snapshots: Iterable[dict[str, Any]], out: Path | BinaryIO) -> int:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = "知识条目"
    ws.append(list(COLUMNS))
    for cell in ws[1]:
        cell.font = Font(bold=True)
    n = 0
    for snap in snapshots:
        src = snap.get("source") or {}
        row = [snap["title"], "；".join(ff.category_label(c) for c in snap["categories"]), "、".join(snap["tags"]),
               snap["answer"], src.get("issuer") or "", "、".join(snap["regions"]),
               ff.export_date(snap["effective_from"]), ff.export_date(snap["effective_until"], until=True),
               snap.get("key") or "", "\n".join(snap["questions"]), snap["body"], src.get("doc_no") or "",
               src.get("url") or "", "、".join(snap["overrides"])]
        ws.append(row)
        n += 1
    for col, width in zip("ABCDEFGHIJKLMN", (30, 20, 20, 50, 20, 16, 12, 12, 16, 30, 50, 20, 30, 16)):
        ws.column_dimensions[col].width = width
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            cell.number_format = "@"  # text: dates and codes stay as written
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    wb.save(out)
    return n
