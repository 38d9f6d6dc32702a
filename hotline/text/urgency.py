"""Is someone in trouble right now? Keyword rules with the reason for each, so an operator sees why.

A message is urgent when any reason fires: stranded, no food or water, illness or a vulnerable
person, perishable or live cargo, or urgent medical supplies. Negations right before a cue
(没有被困, 不缺水) cancel it.
"""

from __future__ import annotations

import re
from typing import Any

REASONS: dict[str, tuple[str, tuple[str, ...]]] = {
    "stranded": ("滞留/被困", ("被困", "困在", "滞留", "走不了", "动不了", "回不去", "进退两难", "下不了高速",
                              "在高速上待了", "堵了两天", "堵了三天", "卡在", "出不去")),
    "no_food_water": ("缺食缺水", ("没吃", "没喝", "没水", "断水", "断粮", "没饭", "没有吃的", "没有水", "饿了",
                                 "吃不上饭", "没东西吃", "饿肚子", "没油了")),
    "illness": ("疾病/身体不适", ("生病", "发烧", "病了", "晕倒", "心脏病", "高血压", "糖尿病", "胰岛素", "孕妇",
                               "怀孕", "老人", "小孩", "孩子", "受伤", "急救", "透析", "吃药", "药吃完")),
    "perishable": ("鲜活/易腐货物", ("生鲜", "蔬菜", "水果", "活禽", "生猪", "鸡苗", "鸭苗", "海鲜", "冻品", "冷链",
                                 "鲜活", "牛奶", "要坏了", "会烂", "烂掉", "臭了", "死了", "活鱼", "鱼苗")),
    "medical_supplies": ("医疗/防疫物资", ("医疗物资", "防疫物资", "药品", "氧气", "救护")),
}
_NEG = re.compile(r"(没有|并未|未|不|没)$")
# Bounded runs with a look-behind: an unbounded `\d+` made a long run of digits quadratic (20,000
# digits took 17 s).
_DURATION = re.compile(r"(?<![\d两三四五六七八九十几])(\d{1,4}|[两三四五六七八九十几]{1,4})\s*(天|个?小时|夜)")


def assess(text: str) -> dict[str, Any]:
    reasons = []
    for code, (label, cues) in REASONS.items():
        for cue in cues:
            i = text.find(cue)
            if i < 0:
                continue
            if cue not in ("没吃", "没喝", "没水", "没饭", "没油了", "没有吃的", "没有水", "没东西吃") and _NEG.search(text[max(0, i - 2):i]):
                continue
            reasons.append({"code": code, "label": label, "evidence": cue})
            break
    # Perishable cargo alone is urgent only when the truck is held up.
    codes = {r["code"] for r in reasons}
    held_up = bool(codes & {"stranded"}) or any(w in text for w in ("劝返", "不让", "排队", "堵", "封", "等了", "拦"))
    if "perishable" in codes and not held_up:
        reasons = [r for r in reasons if r["code"] != "perishable"]
    if "illness" in codes and codes == {"illness"} and not held_up and "急" not in text:
        reasons = [r for r in reasons if r["code"] != "illness"]
    m = _DURATION.search(text)
    waited = m.group(0) if m and held_up else None
    return {"urgent": bool(reasons), "reasons": reasons, "waited": waited}
