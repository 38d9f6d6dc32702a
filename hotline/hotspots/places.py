"""Place words in a message: administrative units, named places (POI) and a GB/T 2260 code.

Hotspots are "many people, one place, one problem", so the clusterer needs the place separated from
the problem. Three kinds of place are recognised:

* administrative units — real ones from the GB/T 2260 table (湖南省, 长沙市, 岳麓区) and the
  pseudonymised ones of the evaluation data (西地省, A市, A5区, K9县);
* named places — a short name followed by a place suffix (魅力之城小区, 涉外经济学院, 长潭西收费站),
  with a leading road (劳动东路…) and a trailing generic word (小区, 社区) removed, so that
  "A5区劳动东路魅力之城小区" and "魅力之城" give the same key;
* a region code — the most specific GB/T 2260 code whose full name appears in the text.

This is deliberately a small rule set, not a trained recogniser: it runs offline, in microseconds,
and its mistakes are easy to see. hotline/text/ may grow a better one; this module does not depend
on it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from hotline.regions import load_regions

# Pseudonymised administrative units of the evaluation data (A市, A5区, K9县, 西地省) and real
# provinces/cities/counties are both "admin" words.
PSEUDO_ADMIN = re.compile(r"西地省|(?<![A-Za-z0-9])[A-Z]\d{0,2}[市区县](?!场|长|民|委|政府)")

_SUFFIXES = (
    "小区|花园|家园|新城|公寓|大厦|广场|公园|商城|市场|学院|大学|中学|小学|幼儿园|医院|卫生院|"
    "收费站|服务区|检查站|汽车站|客运站|火车站|高铁站|地铁站|码头|机场|隧道|大桥|高速|"
    "街道|社区|镇|乡|村|苑|湖"
)
# Words that cannot be inside a place name: they mark where a name starts.
_BREAK = re.compile(
    r"[^\u4e00-\u9fa5A-Za-z0-9]+|关于|投诉|反映|举报|咨询|建议|请问|希望|要求|强烈|坚决|反对|请|"
    r"的|在|和|与|及|对|将|把|被|是|有|了|附近|旁边|周边|门口|对面|我们|我|导致|大量|位于|住在|"
    r"严重|多次|一直|整个|排入|进入|来到|到|从|给|向"
)
_POI = re.compile(r"[\u4e00-\u9fa5A-Za-z0-9]{2,8}?(?:" + _SUFFIXES + ")")
_LEADING_ROAD = re.compile(r"^.*?(?:大道|路|街|巷)(?=[\u4e00-\u9fa5]{2,})")
_GENERIC_TAIL = re.compile(r"(?:小区|社区)$")
# Kinds of place rather than names of places (配套幼儿园, 普惠性幼儿园), and pronoun-like starts.
_NOT_A_NAME = re.compile(
    r"^(?:小区|社区|本|我|该|全|各|此|这|那|每|学校|市场|农村|城乡|乡镇|配套|普惠|公办|民办|私立|"
    r"公立|新建|周边|附近|属下|所属|当地|本地|一所|一个|多个|所有|部分|整个|紧挨)"
)


@dataclass(frozen=True, slots=True)
class Places:
    admin: tuple[str, ...] = ()  # administrative words in order of appearance, deduplicated
    pois: tuple[str, ...] = ()  # normalised named places, deduplicated
    region_code: str | None = None  # GB/T 2260, when a real region is named
    keys: frozenset[str] = field(default_factory=frozenset)  # what two messages must share


def _dedupe(items: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))


def normalise_poi(name: str) -> str:
    """劳动东路魅力之城小区 → 魅力之城: drop a leading road and a trailing 小区/社区."""
    name = _LEADING_ROAD.sub("", name)
    if len(name) > 4:
        name = _GENERIC_TAIL.sub("", name)
    return name


def extract_pois(text: str) -> list[str]:
    out: list[str] = []
    for chunk in _BREAK.split(PSEUDO_ADMIN.sub(" ", text)):
        for m in _POI.finditer(chunk):
            name = normalise_poi(m.group(0))
            if len(name) >= 3 and not _NOT_A_NAME.match(name):
                out.append(name)
    return out


@lru_cache(maxsize=1)
def _region_index() -> tuple[dict[str, list[str]], frozenset[str], int]:
    table = load_regions()
    by_name: dict[str, list[str]] = {}
    for r in table.by_code.values():
        if len(r.name) >= 3 and r.name not in {"市辖区", "省直辖县级行政区划", "自治区直辖县级行政区划"}:
            by_name.setdefault(r.name, []).append(r.code)
    last_chars = frozenset(n[-1] for n in by_name)
    return by_name, last_chars, max(map(len, by_name))


def _find_region_names(text: str) -> list[str]:
    """Longest region names in `text`, left to right (a dictionary scan: no 3,000-way regex)."""
    by_name, last_chars, longest = _region_index()
    found: list[tuple[int, int]] = []
    for end in range(1, len(text) + 1):
        if text[end - 1] not in last_chars:
            continue
        for length in range(min(longest, end), 2, -1):
            if text[end - length : end] in by_name:
                found.append((end - length, end))
                break
    # drop names inside a longer one (吉林市 inside 吉林市船营区 is kept: it does not overlap)
    names, last_end = [], -1
    for start, end in sorted(found, key=lambda se: (se[0], -se[1])):
        if start >= last_end:
            names.append(text[start:end])
            last_end = end
    return names


def region_code(text: str) -> tuple[list[str], str | None]:
    """Real region names found in `text`, and the most specific code they agree on.

    A county name shared by several provinces (朝阳区) is resolved by a parent named in the same text;
    if nothing resolves it, the code of its most specific unambiguous ancestor is used.
    """
    by_name = _region_index()[0]
    names = _dedupe(_find_region_names(text))
    if not names:
        return [], None
    table = load_regions()
    codes = [c for n in names for c in by_name[n]]
    named = set(codes)
    best: str | None = None
    best_score = (-1, -1)
    for c in codes:
        chain = {r.code for r in table.ancestors(c)}
        support = len(chain & named)  # how many named places agree with this one
        level = table.by_code[c].level
        ambiguous = len(by_name[table.by_code[c].name]) > 1 and support == 1
        score = (support, -1 if ambiguous else level)
        if score > best_score:
            best, best_score = c, score
    if best is not None and best_score[1] == -1:  # only ambiguous names: give up on the code
        best = None
    return list(names), best


def extract_places(title: str, detail: str = "") -> Places:
    """Places of one message. The title is trusted first; the start of the detail fills gaps."""
    text = f"{title}。{detail[:300]}"
    admin = [m.group(0) for m in PSEUDO_ADMIN.finditer(text)]
    real, code = region_code(text)
    pois = extract_pois(title) or extract_pois(detail[:300])[:2]
    pois_t = _dedupe(pois)
    return Places(
        admin=_dedupe(admin + real),
        pois=pois_t,
        region_code=code,
        keys=frozenset(pois_t),
    )
