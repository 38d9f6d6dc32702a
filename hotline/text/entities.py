"""Things named in a message: plates, phone numbers, roads, toll stations, service areas, checkpoints."""

from __future__ import annotations

import re
from typing import Any

import phonenumbers

_PROV = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
PLATE = re.compile(rf"(?<![A-Za-z0-9])([{_PROV}])\s?([A-HJ-NP-Z])[\s·•\-]?([A-HJ-NP-Z0-9]{{4,5}}[A-HJ-NP-Z0-9挂学警])(?![A-Za-z0-9])")
MOBILE = re.compile(r"(?<!\d)(?:\+?86[\s-]?)?(1[3-9]\d[\s-]?\d{4}[\s-]?\d{4})(?!\d)")
LANDLINE = re.compile(r"(?<!\d)(0\d{2,3})[\s-]?(\d{7,8})(?!\d)")
SERVICE = re.compile(r"(?<![A-Za-z0-9])(12328|12345|12122|110|120|122|119)(?!\d)")
ROAD_CODE = re.compile(r"(?<![A-Za-z0-9])([GSXYgs]\d{1,4})(?![0-9])")
NATIONAL_ROAD = re.compile(r"(\d{3})\s?(国道|省道)")
# Expressway names: 2–5 characters before 高速, cut at the first cue word.
HIGHWAY = re.compile(r"([\u4e00-\u9fa5]{2,5})高速(?:公路)?")
_CUT = re.compile(r".*(?:在|从|到|去|往|经|过|走|上|下|了|的|是|被|沿|进|出|至|行驶|驶入|路过)")
_NOT_HIGHWAY = {"上", "下", "在", "的", "了", "走", "进", "出", "这", "那", "该", "去"}
FACILITY = {
    "toll_stations": re.compile(r"([\u4e00-\u9fa5A-Za-z0-9]{1,8}?)(收费站|收费口)"),
    "service_areas": re.compile(r"([\u4e00-\u9fa5A-Za-z0-9]{1,8}?)(服务区|停车区)"),
    "checkpoints": re.compile(r"([\u4e00-\u9fa5A-Za-z0-9]{1,8}?)(防疫检查站|检查站|查验点|卡口|卡点|治超站|检测站)"),
}
_FACILITY_CUT = re.compile(r".*(?:高速公路|高速|国道|省道|公路|在|从|到|去|往|经|过|了|的|是|被|个|这|那|有|进|出|至|路过)")


def plates(text: str) -> list[str]:
    return list(dict.fromkeys("".join(m.groups()) for m in PLATE.finditer(text)))


def phones(text: str) -> list[dict[str, str]]:
    out = []
    for m in MOBILE.finditer(text):
        raw = re.sub(r"[\s-]", "", m.group(1))
        try:
            ok = phonenumbers.is_valid_number(phonenumbers.parse(raw, "CN"))
        except phonenumbers.NumberParseException:
            ok = False
        out.append({"number": raw, "kind": "mobile", "valid": ok})
    for m in LANDLINE.finditer(text):
        raw = m.group(1) + "-" + m.group(2)
        out.append({"number": raw, "kind": "landline", "area_code": m.group(1), "valid": True})
    for m in SERVICE.finditer(text):
        out.append({"number": m.group(1), "kind": "service", "valid": True})
    seen, uniq = set(), []
    for p in out:
        if p["number"] not in seen:
            seen.add(p["number"])
            uniq.append(p)
    return uniq


def roads(text: str) -> list[str]:
    found: list[tuple[int, str]] = []
    for m in ROAD_CODE.finditer(text):
        found.append((m.start(), m.group(1).upper()))
    for m in NATIONAL_ROAD.finditer(text):
        found.append((m.start(), m.group(0).replace(" ", "")))
    for m in HIGHWAY.finditer(text):
        name = _CUT.sub("", m.group(1))
        if len(name) >= 2 and name not in _NOT_HIGHWAY and not name.endswith(("上", "下")):
            found.append((m.start(), name + "高速"))
    found.sort()
    return list(dict.fromkeys(n for _, n in found))


def facilities(text: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for kind, rx in FACILITY.items():
        names = []
        for m in rx.finditer(text):
            # widen to the left up to 8 characters, then cut at the last road name or cue word
            start = max(0, m.start(2) - 8)
            left = text[start:m.start(2)]
            left = re.split(r"[，。！？；,.!?;\s、：:（）()]", left)[-1]
            left = _FACILITY_CUT.sub("", left)
            left = ROAD_CODE.sub("", left)
            names.append(left + m.group(2))
        out[kind] = list(dict.fromkeys(names))
    return out


def extract(text: str) -> dict[str, Any]:
    return {"plates": plates(text), "phones": phones(text), "roads": roads(text), **facilities(text)}
