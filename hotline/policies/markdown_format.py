"""Markdown: one entry per '## ' heading (the title), a front-matter list under it, then the answer
(first paragraph) and the full text (the rest).

    ## 武汉市进出车辆核酸检测要求（4月）
    - 编号: wh-test-apr
    - 地区: 420100
    - 生效: 2022-04-20
    - 失效: 2022-04-30
    - 分类: control.testing
    - 问法: 进武汉要核酸吗？

    进出武汉的司乘人员须持48小时内核酸检测阴性证明。

    全文……

Text before the first heading (a '# ' title, notes) is ignored. Front-matter keys are listed in
FIELDS; a key may repeat (问法 one per line, or any list field).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from hotline.policies import file_fields as ff
from hotline.policies.transfer import ImportReport, Record

# front-matter key → field; list fields collect every item of every line with the key
FIELDS = {
    "编号": "key", "地区": "regions", "生效": "effective_from", "失效": "effective_until", "分类": "categories",
    "标签": "tags", "问法": "questions", "发布单位": "issuer", "文号": "doc_no", "链接": "url", "替代": "overrides",
}
LIST_FIELDS = {"regions", "categories", "tags", "overrides"}
ITEM = re.compile(r"^[-*]\s*([^:：]+?)\s*[:：]\s*(.*)$")


def _sections(text: str) -> Iterable[tuple[int, str, list[str]]]:
    title, start, lines = None, 0, []
    for n, line in enumerate(text.splitlines(), 1):
        if line.startswith("## "):
            if title is not None:
                yield start, title, lines
            title, start, lines = line[3:].strip(), n, []
        elif title is not None:
            lines.append(line)
    if title is not None:
        yield start, title, lines


def read(text: str, report: ImportReport) -> list[Record]:
    return [r for r in (_entry(n, title, lines, report) for n, title, lines in _sections(text)) if r]


def _entry(n: int, title: str, lines: list[str], report: ImportReport) -> Record | None:
    i = 0
    while i < len(lines) and not lines[i].strip():
        i += 1
    values: dict[str, list[str]] = {}
    errors: list[str] = []
    while i < len(lines) and lines[i].strip() and lines[i].lstrip()[:1] in ("-", "*"):
        m = ITEM.match(lines[i].strip())
        if not m or m[1] not in FIELDS:
            errors.append(f"第 {n + 1 + i} 行不是已知的字段（{'、'.join(FIELDS)}），字段列表后须空一行再写答复")
        else:
            values.setdefault(FIELDS[m[1]], []).append(m[2].strip())
        i += 1
    paragraphs = re.split(r"\n\s*\n", "\n".join(lines[i:]).strip())
    answer, body = paragraphs[0].strip(), "\n\n".join(paragraphs[1:]).strip()
    regions, region_errors = ff.resolve_regions([x for v in values.get("regions", []) for x in ff.split_list(v)])
    errors += region_errors
    categories, unknown = ff.category_codes([x for v in values.get("categories", []) for x in ff.split_paths(v)])
    report.warnings += [{"line": n, "message": f"分类 {p} 无对应分类，归入“其他”（other）"} for p in unknown]
    if errors:
        report.errors.append({"line": n, "message": "；".join(errors)})
        return None

    def one(name: str) -> str | None:
        return values.get(name, [None])[-1] or None

    record: dict[str, Any] = {
        "title": title, "answer": answer, "body": body, "regions": regions, "categories": categories,
        "questions": values.get("questions", []),
        "tags": [x for v in values.get("tags", []) for x in ff.split_list(v)],
        "overrides": [x for v in values.get("overrides", []) for x in ff.split_list(v)],
        "source": {k: v for k in ("issuer", "doc_no", "url") if (v := one(k))},
        "effective_from": ff.date_text(one("effective_from")),
        "effective_until": ff.date_text(one("effective_until")),
    }
    if key := one("key"):
        record["key"] = key
    return n, record


def write(snapshots: Iterable[dict[str, Any]], out) -> int:
    n = 0
    out.write("# 政策知识条目\n")
    for snap in snapshots:
        src = snap.get("source") or {}
        items = [("编号", snap.get("key")), ("地区", "、".join(snap["regions"])),
                 ("生效", ff.export_date(snap["effective_from"])),
                 ("失效", ff.export_date(snap["effective_until"], until=True)),
                 ("分类", "；".join(snap["categories"])), ("标签", "、".join(snap["tags"]))]
        items += [("问法", q) for q in snap["questions"]]
        items += [("发布单位", src.get("issuer")), ("文号", src.get("doc_no")), ("链接", src.get("url")),
                  ("替代", "、".join(snap["overrides"]))]
        out.write(f"\n## {snap['title']}\n")
        out.writelines(f"- {k}: {v}\n" for k, v in items if v)
        out.write(f"\n{snap['answer']}\n")
        if snap["body"]:
            out.write(f"\n{snap['body']}\n")
        n += 1
    return n
