"""A report (`data.build_report`) as HTML, XLSX or PDF — one list of sections laid out three ways,
so the three files always carry the same numbers.

PDF: fpdf2 (pure Python, LGPL-3.0) with a CJK TrueType font. The font is `HOTLINE_REPORT_FONT` if
set, else the first of the Debian fonts fonts-wqy-microhei / fonts-noto-cjk / fonts-wqy-zenhei that is
installed. Without one, `to_pdf` raises `ServiceError("report_font_missing")` saying what to install.
"""

from __future__ import annotations

import io
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape

from hotline.services.errors import ServiceError

FONT_CANDIDATES = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
)
MEDIA_TYPES = {
    "html": "text/html; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pdf": "application/pdf",
}


@dataclass(frozen=True)
class Section:
    title: str
    columns: list[tuple[str, str]]  # (key, Chinese header)
    rows: list[dict[str, Any]]
    note: str = ""


def _pct(rate: float | None) -> str:
    return "—" if rate is None else f"{rate * 100:.1f}%"


def sections(r: dict[str, Any]) -> list[Section]:
    s = r["summary"]
    summary = [
        {"item": "受理工单", "value": s["received"]},
        {"item": "其中紧急", "value": s["urgent"]},
        {"item": "办结工单", "value": s["closed"]},
        {"item": "本期受理仍在办理", "value": s["open_now"]},
        {"item": "按时办结率", "value": _pct(s["on_time_rate"]) if r["on_time"]["available"] else "未启用时限"},
        {"item": "回访", "value": s["callbacks"]},
        {"item": "平均满意度（1–5）", "value": "—" if s["satisfaction_average"] is None else s["satisfaction_average"]},
        {"item": "热点事件", "value": s["hotspots"]},
    ]
    counted = [("name", "名称"), ("code", "代码"), ("count", "件数")]
    out = [
        Section("概况", [("item", "项目"), ("value", "数值")], summary),
        Section("按类型", counted, r["by_type"]),
        Section("按分类", counted, r["by_category"]),
        Section("按地区（地市）", counted, r["by_region"]),
        Section("按渠道", counted, r["by_channel"]),
    ]
    if r["on_time"]["available"]:
        rate_cols = [("on_time", "按时"), ("late", "超时"), ("pending", "未到期"), ("rate_text", "按时率")]
        out.append(Section("按时办结率（按单位）", [("unit_name", "单位"), *rate_cols],
                           [{**u, "rate_text": _pct(u["rate"])} for u in r["on_time"]["by_unit"]],
                           "时限在本期到期的环节；未到期的不计入按时率。"))
        out.append(Section("按时办结率（按环节）", [("clock_label", "环节"), *rate_cols],
                           [{**c, "rate_text": _pct(c["rate"])} for c in r["on_time"]["by_clock"]]))
        out.append(Section(f"超时工单（当前 {r['overdue']['count']} 件）",
                           [("number", "工单编号"), ("title", "标题"), ("clock_label", "环节"),
                            ("unit_name", "单位"), ("due_at", "到期时间")], r["overdue"]["items"]))
    out += [
        Section("热点事件", [("id", "编号"), ("title", "标题"), ("size", "工单数"), ("status_label", "状态"),
                         ("opened_at", "发现时间")], r["hotspots"]),
        Section("满意度（本期回访）", [("score", "评分"), ("count", "件数")], r["satisfaction"]["by_score"]),
        Section("重点工单", [("number", "工单编号"), ("title", "标题"), ("reasons_text", "原因"),
                         ("status_label", "状态"), ("unit_name", "承办单位")],
                [{**n, "reasons_text": "、".join(n["reasons"])} for n in r["notable"]]),
    ]
    return out


# ---------------------------------------------------------------- HTML


@lru_cache(maxsize=1)
def _env() -> Environment:
    return Environment(loader=FileSystemLoader(Path(__file__).parent / "templates"),
                       autoescape=select_autoescape(["html"]))


def to_html(report: dict[str, Any]) -> str:
    return _env().get_template("report.html").render(report=report, sections=sections(report))


# ---------------------------------------------------------------- XLSX


def to_xlsx(report: dict[str, Any]) -> bytes:
    """One sheet per section; numbers stay numbers."""
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    for sec in sections(report):
        ws = wb.create_sheet(_sheet_name(sec.title))
        ws.append([report["title"]])
        ws.append([f"{report['from']} 至 {report['to']}（不含）"])
        ws.append([label for _k, label in sec.columns])
        for row in sec.rows:
            ws.append([row.get(k) for k, _l in sec.columns])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _sheet_name(title: str) -> str:
    for bad in "[]:*?/\\":
        title = title.replace(bad, " ")
    return title.split("（")[0][:31]


# ---------------------------------------------------------------- PDF


def cjk_font() -> Path:
    candidates = [os.environ.get("HOTLINE_REPORT_FONT", ""), *FONT_CANDIDATES]
    for c in candidates:
        if c and Path(c).is_file():
            return Path(c)
    raise ServiceError("report_font_missing", "生成 PDF 需要中文字体：请安装 fonts-wqy-microhei（apt-get install "
                       "fonts-wqy-microhei），或用 HOTLINE_REPORT_FONT 指定一个 TTF/TTC 字体文件", 500)


def to_pdf(report: dict[str, Any]) -> bytes:
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    font = cjk_font()
    pdf = FPDF(orientation="portrait", unit="mm", format="A4")
    pdf.set_auto_page_break(auto=True, margin=15)
    for style in ("", "B"):  # tables bold their headings; one face serves both
        pdf.add_font("cjk", style, str(font))
    pdf.set_title(report["title"])
    pdf.add_page()
    pdf.set_font("cjk", size=15)
    pdf.multi_cell(0, 9, report["title"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("cjk", size=9)
    pdf.cell(0, 6, f"统计期间：{report['from']} 至 {report['to']}（不含）  生成时间：{report['generated_at']}",
             new_x="LMARGIN", new_y="NEXT")
    heading = FontFace(emphasis="", fill_color=(230, 236, 245))
    for sec in sections(report):
        pdf.ln(3)
        pdf.set_font("cjk", size=11)
        pdf.cell(0, 7, sec.title, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("cjk", size=8)
        if sec.note:
            pdf.cell(0, 5, sec.note, new_x="LMARGIN", new_y="NEXT")
        if not sec.rows:
            pdf.cell(0, 6, "（无）", new_x="LMARGIN", new_y="NEXT")
            continue
        with pdf.table(headings_style=heading, line_height=5, text_align="LEFT") as table:
            table.row([label for _k, label in sec.columns])
            for row in sec.rows:
                table.row(["" if row.get(k) is None else str(row.get(k)) for k, _l in sec.columns])
    return bytes(pdf.output())


def render(report: dict[str, Any], fmt: str) -> bytes:
    if fmt == "html":
        return to_html(report).encode("utf-8")
    if fmt == "xlsx":
        return to_xlsx(report)
    if fmt == "pdf":
        return to_pdf(report)
    raise ServiceError("invalid_format", "格式只能是 json、html、xlsx 或 pdf", 422, field="format")
