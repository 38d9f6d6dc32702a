"""The title of a hotspot incident: the place, then the words most of its cases share.

    湖北省孝感市 孝感北收费站：劝返、外地、货车

Words come from the transport-aware segmenter (`hotline.text.segment`), minus the place itself,
small talk (师傅, 你好, 来电人) and the wording every case has anyway (反映, 投诉, 请问). A word is
shared when at least 30 % of the cases (and at least two) use it; up to four are kept, in the
order the most typical case uses them.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

from hotline.regions import NATIONAL, load_regions
from hotline.text.segment import words

_STOP = frozenset(
    "问题 反映 投诉 举报 咨询 建议 请问 希望 关于 请求 要求 相关 有关 情况 我们 你们 他们 什么 怎么 为什么 如何 "
    "是否 能否 可以 没有 已经 现在 目前 一直 还是 这个 那个 这些 一下 谢谢 您好 你好 师傅 来电人 来电 市民 "
    "核实 处理 部门 不能 不要 不是 就是 但是 因为 所以 而且 如果 自己 大家 说是 说 给 让 这是 那里 这里 "
    "一个 还有 知道 真的 太 了 吗 呢 啊 吧 的 是 在 也 都 就 还 又 很 被 把 对 跟 和 与 及 我 你 他 她 "
    "其 本人 请 帮忙 一名 十几年 好几个 电话 没人管 说法 给个 管一管 道理 合理 有关部门".split()
)
_NON_WORD = re.compile(r"^[\dA-Za-z.\-_%：:，,。！？!?\s]+$")


def place_label(region: str | None, anchor: str | None) -> str:
    """湖北省孝感市 孝感北收费站 / 湖北省孝感市 / 孝感北收费站 / ''."""
    parts = []
    if region and region != NATIONAL:
        table = load_regions()
        if region in table:
            parts.append(table.full_name(region))
    if anchor:
        parts.append(anchor)
    return " ".join(parts)


def shared_words(texts: Sequence[str], exclude: Sequence[str] = (), most: int = 4) -> list[str]:
    if not texts:
        return []
    excluded = [e for e in exclude if e]
    per_text = []
    for t in texts:
        for e in excluded:
            t = t.replace(e, " ")
        per_text.append([w for w in words(t) if len(w) > 1 and w not in _STOP and not _NON_WORD.match(w)])
    counts = Counter(w for ws in per_text for w in set(ws))
    need = min(len(texts), max(2, math.ceil(0.3 * len(texts))))
    shared = [w for w, c in counts.most_common(12) if c >= need][:most]
    if not shared:
        shared = [w for w, _ in counts.most_common(min(most, 2))]
    # the order a typical case uses them: the first case that has the top two words
    typical = next((ws for ws in per_text if all(w in ws for w in shared[:2])), per_text[0])
    return sorted(shared, key=lambda w: typical.index(w) if w in typical else 99)


def incident_title(region: str | None, anchor: str | None, texts: Sequence[str], fallback: str = "") -> tuple[
        str, list[str]]:
    """(title, shared words). `fallback` (e.g. the category's name) is used when no word is shared."""
    table = load_regions()
    names = []
    if region and region in table:
        names = [r.name for r in table.ancestors(region)] + [r.short for r in table.ancestors(region)]
    shared = shared_words(texts, exclude=[anchor or "", *sorted(names, key=len, reverse=True)])
    place = place_label(region, anchor)
    body = "、".join(shared) or fallback
    return (f"{place}：{body}" if place else body)[:200], shared
