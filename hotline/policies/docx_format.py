"""DOCX: the same layout as the Markdown format (hotline/policies/markdown_format.py), as a Word
document — each entry starts at a level-2 heading (标题 2 / Heading 2), followed by list paragraphs
「编号: …」「地区: …」 (or paragraphs starting with '- '), then the answer and the full text.

The document is turned into that Markdown text line by line and read by the Markdown reader, so both
formats take the same fields and report the same errors (line numbers count paragraphs).
"""

from __future__ import annotations

from pathlib import Path

from hotline.policies import markdown_format
from hotline.policies.transfer import ImportReport, Record


def to_markdown(path: Path) -> str:
    from docx import Document

    lines: list[str] = []
    for p in Document(str(path)).paragraphs:
        text = p.text.strip()
        style = (p.style.name if p.style is not None else "") or ""
        if style in ("Heading 2", "标题 2"):
            lines += ["", f"## {text}", ""]
        elif style.startswith(("Heading", "标题")) or style == "Title":
            lines += ["", f"# {text}", ""]
        elif "List" in style or text.startswith("- "):
            lines.append(text if text.startswith("- ") else f"- {text}")
        else:  # a paragraph of its own: blank lines around it, as Markdown separates paragraphs
            lines += ["", text, ""]
    out: list[str] = []
    for line in lines:  # one blank line between blocks, as a person would write the Markdown
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip() + "\n"


def read(path: Path, report: ImportReport) -> list[Record]:
    try:
        text = to_markdown(path)
    except Exception:  # python-docx raises several kinds for a file that is not a Word document
        report.errors.append({"line": 0, "message": f"{path.name} 不是有效的 Word（DOCX）文件，请用 Word 或 WPS 另存为 .docx"})
        return []
    return markdown_format.read(text, report)
