"""Field conversions shared by the XLSX and Markdown import/export formats.

Outside files name things the way people write them — a category path (疫情防控/通行证管理), a place
name (武汉市), a date cell — while entries hold category codes, GB/T 2260 codes and instants. This
module turns one into the other, and back for export.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from functools import lru_cache

from hotline.domain.workdays import SHANGHAI
from hotline.regions import NATIONAL, load_regions
from hotline.services.commands import taxonomy

# Category path → code. The levels of a path are read from the most specific (last) to the first;
# the first level containing one of these words decides. Order matters within a level: 通行证 before
# 货运 (a 货车通行证 is a pass rule). Documented in docs/policies.md.
CATEGORY_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("control.pass", ("通行证", "通行卡", "通行码", "办证")),
    ("control.escalation", ("层层加码", "加码")),
    ("control.turnback", ("劝返", "一刀切")),
    ("control.testing", ("核酸", "检测", "抗原", "采样")),
    ("control.checkpoint", ("检查站", "查验", "卡口", "防疫检查")),
    ("control.closure", ("封闭", "关闭", "封控", "出入口", "服务区")),
    ("transport.freight", ("货运", "物流", "货车", "货物")),
    ("transport.passenger", ("客运", "旅客", "公交", "长途")),
    ("transport.taxi", ("出租", "网约车")),
    ("highway.toll", ("收费", "绿色通道", "通行费")),
    ("highway.road", ("道路", "施工", "养护")),
    ("enforcement.overload", ("超限", "超载")),
    ("enforcement.conduct", ("执法", "投诉", "举报")),
    ("postal", ("邮政", "快递")),
)
OTHER = "other"
LIST_SEPARATORS = re.compile(r"[、，,；;\s]+")


def category_names() -> dict[str, str]:
    """code → Chinese name, from the configured taxonomy."""
    return taxonomy().categories


def category_code(path: str) -> str | None:
    """The category code for a path like 疫情防控/通行证 (or a code itself); None if nothing matches."""
    names = category_names()
    path = path.strip()
    if path in names:
        return path
    by_name = {name: code for code, name in names.items()}
    for level in reversed([p.strip() for p in path.split("/") if p.strip()]):
        if level in by_name:
            return by_name[level]
        for code, words in CATEGORY_WORDS:
            if any(w in level for w in words):
                return code
    return None


def category_codes(paths: list[str]) -> tuple[list[str], list[str]]:
    """Codes for several paths, unmatched ones as `other`; also the unmatched paths (for warnings)."""
    codes, unknown = [], []
    for path in paths:
        code = category_code(path)
        if code is None:
            unknown.append(path)
            code = OTHER
        if code not in codes:
            codes.append(code)
    return codes, unknown


def category_label(category: str) -> str:
    """How export writes a category: a code's Chinese name (which imports back to the code)."""
    return category_names().get(category, category)


def split_list(text: str | None) -> list[str]:
    """Codes, keys, region names, keywords: separated by 、，,；; or white space."""
    return [p for p in LIST_SEPARATORS.split(text or "") if p]


split_keywords = split_list


def split_paths(text: str | None) -> list[str]:
    """Category paths (levels joined by '/'), several separated by ；; 、，, or new lines."""
    return [p.strip() for p in re.split(r"[、，,；;\n]+", text or "") if p.strip()]


def split_lines(text: str | None) -> list[str]:
    return [p.strip() for p in (text or "").splitlines() if p.strip()]


@lru_cache(maxsize=1)
def _region_names() -> dict[str, list[str]]:
    table = load_regions()
    names: dict[str, list[str]] = {}
    for r in table.by_code.values():
        keys = {r.name, table.full_name(r.code)}
        if r.level < 3 and r.short not in {"市辖区", "县"}:
            keys.add(r.short)  # 武汉, 湖北; county short names (朝阳) are too ambiguous
        for k in keys:
            names.setdefault(k, []).append(r.code)
    return names


def resolve_region(text: str) -> str:
    """A region code or name (武汉市, 武汉, 湖北省武汉市, 全国) → code. Raises ValueError with a Chinese
    message if unknown or ambiguous."""
    text = text.strip()
    if text in ("全国", NATIONAL):
        return NATIONAL
    if re.fullmatch(r"\d{6}", text):
        return text  # validated (and renamed codes followed) by PolicyIn
    codes = sorted(set(_region_names().get(text, [])))
    if not codes:
        raise ValueError(f"地区 {text} 无法识别（请写六位行政区划代码或地名，如 420100 或 武汉市）")
    if len(codes) > 1:
        table = load_regions()
        raise ValueError(f"地区 {text} 有多个同名地区（{'、'.join(f'{table.full_name(c)} {c}' for c in codes)}），请写代码")
    return codes[0]


def resolve_regions(names: list[str]) -> tuple[list[str], list[str]]:
    """Codes for several names (none: national) and the messages for those that do not resolve."""
    codes, errors = [], []
    for name in names or ["全国"]:
        try:
            codes.append(resolve_region(name))
        except ValueError as exc:
            errors.append(str(exc))
    return codes, errors


def date_text(value: object) -> str | None:
    """A spreadsheet cell or text → the ISO text PolicyIn reads. A date (or a naive midnight, which
    is how Excel stores a date) becomes a bare date; other naive times are Beijing time."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        if value.tzinfo is None:
            if value.time() == time(0):
                return value.date().isoformat()
            value = value.replace(tzinfo=SHANGHAI)
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip().replace("/", "-").replace(".", "-")
    m = re.fullmatch(r"(\d{4})年(\d{1,2})月(\d{1,2})日", text) or re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text)
    if m:
        return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    return text  # left for PolicyIn to accept or reject with its message


def export_date(iso: str | None, *, until: bool = False) -> str:
    """An entry's instant as export writes it: a bare date when it is Beijing midnight (for an end,
    the day before — “through 31 May”), which imports back to the same instant; else full ISO."""
    if not iso:
        return ""
    t = datetime.fromisoformat(iso).astimezone(SHANGHAI)
    if t.time() != time(0):
        return t.isoformat()
    return (t.date() - timedelta(days=1) if until else t.date()).isoformat()
