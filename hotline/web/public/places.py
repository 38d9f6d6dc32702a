"""Choosing a place on a phone: the province → city picker and a typed place name, both on
GB/T 2260 codes from hotline.regions.

The picker works without JavaScript: choosing a province and pressing 「选城市」 reloads the page
with that province's cities. Statistical groupings (市辖区, 县, 省直辖县级行政区划) are never shown:
their counties stand in their place (北京 → 东城区 …; 湖北 → … 仙桃市).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from hotline.regions import NATIONAL, Region, RegionTable, load_regions

PLACEHOLDERS = frozenset({"市辖区", "县", "直辖县", "省直辖县级行政区划", "自治区直辖县级行政区划"})
MAX_CHOICES = 8


@dataclass(frozen=True)
class Option:
    code: str
    name: str


def _table() -> RegionTable:
    return load_regions()


@lru_cache(maxsize=1)
def provinces() -> tuple[Option, ...]:
    return tuple(Option(r.code, r.name) for r in sorted(_table().children(None), key=lambda r: r.code))


@lru_cache(maxsize=64)
def cities(province: str) -> tuple[Option, ...]:
    """The places one picks below a province: its cities, and the counties of its groupings."""
    table = _table()
    out: list[Option] = []
    for r in sorted(table.children(province), key=lambda r: r.code):
        if r.name in PLACEHOLDERS:
            out += [Option(k.code, k.name) for k in sorted(table.children(r.code), key=lambda k: k.code)]
        else:
            out.append(Option(r.code, r.name))
    return tuple(out)


@lru_cache(maxsize=1)
def city_names() -> tuple[str, ...]:
    """Suggestions for the typed box (a <datalist>): every city-level place by its common name."""
    return tuple(dict.fromkeys(o.name for p in provinces() for o in cities(p.code)))


def province_of(code: str | None) -> str | None:
    if not code or code == NATIONAL:
        return None
    table = _table()
    r = table.get(code)
    return r.province_code if r else None


def picked(province: str | None, city: str | None) -> str | None:
    """The code the picker names: the city when it lies in the province, else the province."""
    table = _table()
    if city and city in table and (not province or table.is_within(city, province)):
        return city
    if province and province in table and table.get(province).level == 1:
        return province
    return None


def describe(code: str) -> str:
    if code == NATIONAL:
        return "全国"
    return _table().full_name(code)


@lru_cache(maxsize=1)
def _names() -> dict[str, list[str]]:
    """Every way a place is written → codes: full name (孝感市), short name (孝感), full path (湖北省孝感市)."""
    table = _table()
    index: dict[str, list[str]] = {}
    for r in table.by_code.values():
        if r.name in PLACEHOLDERS:
            continue
        for name in {r.name, r.short if len(r.short) >= 2 else r.name, table.full_name(r.code)}:
            index.setdefault(name, []).append(r.code)
    return index


def _order(codes: list[str]) -> list[Region]:
    table = _table()
    regions = [table.get(c) for c in dict.fromkeys(codes)]
    return sorted((r for r in regions if r is not None), key=lambda r: (r.level, r.code))


def match(text: str | None) -> list[Region]:
    """Regions a typed place name may mean, most likely first; empty when nothing matches.

    One result is an answer; several are a question to put back to the driver (朝阳 → 朝阳市 in 辽宁,
    朝阳区 in 北京, 朝阳区 in 长春). "湖北孝感" or "北京朝阳" settle it by naming the parent.
    """
    t = "".join((text or "").split())[:40]
    if not t:
        return []
    table = _table()
    if len(t) == 6 and t.isdigit():
        current = table.current(t)
        return [table.get(current)] if current else []
    index = _names()
    if t in index:
        return _order(index[t])[:MAX_CHOICES]
    # Names inside the text; keep the most specific ones, preferring those whose parent is named
    # too, by other characters (in 北京朝阳 北京 supports 朝阳区; 朝阳 cannot support 朝阳县 itself).
    said: dict[str, set[str]] = {}
    for name, codes in index.items():
        if len(name) >= 2 and name in t:
            for code in codes:
                said.setdefault(code, set()).add(name)
    if not said:
        return []
    # A county named only by the words that named its own city is that city (辽宁朝阳 → 朝阳市).
    said = {c: names for c, names in said.items()
            if not any(a.code in said and said[a.code] >= names for a in table.ancestors(c)[1:])}
    leaves = [c for c in said if not any(o != c and table.is_within(o, c) for o in said)]

    def supported(code: str) -> bool:
        return any(a.code in said and any(n not in m and m not in n for n in said[a.code] for m in said[code])
                   for a in table.ancestors(code)[1:])

    return _order([c for c in leaves if supported(c)] or leaves)[:MAX_CHOICES]
