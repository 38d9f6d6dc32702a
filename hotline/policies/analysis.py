"""Chinese text → index words: jieba segmentation, synonyms, query words, highlighting.

The stored copy of each text is its words separated by spaces, so FTS5's unicode61 tokenizer and
PostgreSQL's 'simple' parser see jieba's words, not single characters. Synonyms are folded into
one canonical word added beside the words found, on both the stored and the query side, so
“检测报告” finds an entry that says “核酸证明” and “48h” one that says “48小时”.
"""

from __future__ import annotations

import html
import re
import threading
from functools import lru_cache

# Canonical word → the ways people write it. Matched as substrings of the raw text.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "核酸证明": ("核酸证明", "检测报告", "核酸报告", "阴性证明", "核酸阴性", "核酸检测证明", "核酸结果",
                 "检测证明", "检测结果"),
    "通行证": ("通行证", "通行卡", "通行证明", "通行凭证", "运输通行证"),
    "48小时": ("48小时", "48h", "48H", "48 小时", "四十八小时", "两天内"),
    "24小时": ("24小时", "24h", "24H", "24 小时", "二十四小时", "一天内"),
    "72小时": ("72小时", "72h", "72H", "72 小时", "七十二小时", "三天内"),
    # How long a proof stays valid: drivers ask “多久/几个小时”, notices say “48小时内”.
    # “N小时内” only as a proof's validity (VALIDITY below), not “结果12小时内推送” (turnaround).
    "时效": ("多久", "几个小时", "多少小时", "有效期", "几天内", "时效"),
    "免费": ("免费", "不要钱", "不收钱", "不收费", "免收", "不花钱"),
    "健康码": ("健康码", "绿码", "红码", "黄码"),
    "行程卡": ("行程卡", "行程码", "通信大数据行程卡"),
    "劝返": ("劝返", "劝离", "不让进", "不让过", "掉头"),
    "检查站": ("检查站", "检查点", "查验点", "卡口", "卡点", "防疫站"),
    "货车司机": ("货车司机", "卡车司机", "大车司机", "货运司机", "跑车的"),
    "收费站": ("收费站", "高速口", "下站口", "高速出口"),
    "层层加码": ("层层加码", "一刀切", "加码"),
    "封闭": ("封闭", "封控", "关闭", "封路", "封了", "不通"),
    "隔离": ("隔离", "居家观察", "集中观察"),
}

# Extra words for the segmenter, beside the shared transport dictionary of hotline.text.
POLICY_WORDS = ("通行卡", "检测报告", "核酸报告", "落地检", "白名单", "闭环管理", "不见面交接", "中高风险",
                "高风险", "中风险", "重点物资", "运输通行证", "防疫检查站", "即采即走", "全程闭环", "落地检测")

# Words too common in questions to help find an answer.
STOPWORDS = frozenset(
    "的 了 吗 呢 吧 啊 呀 嘛 么 我 你 他 她 我们 你们 是 在 有 要 想 会 能 可以 可不可以 能不能 需不需要 需要 "
    "请问 问 问下 问一下 一下 怎么 怎么办 怎样 如何 什么 啥 哪 哪里 哪儿 哪些 多少 多久 几 还 都 就 也 又 "
    "现在 今天 这个 那个 这 那 这里 那里 和 与 及 或 或者 到 从 去 来 往 对 把 被 给 让 用 得 地 着 过 "
    "吗？ 是否 不是 没 有没有 请 您 师傅 咨询 一个 个 上 下 里 后 前 时候 时 自己 的话 明天 后天 昨天 刚才 "
    "听说 别的 几个".split())

_PUNCT = re.compile(r"^[\W_]+$", re.UNICODE)
_lock = threading.Lock()


@lru_cache(maxsize=1)
def _segmenter():
    """A jieba (rjieba) instance of our own: the shared transport dictionary plus policy words.
    Our own instance, so adding words does not change how other areas segment text."""
    from hotline.text.segment import user_words

    with _lock:
        import rjieba

        seg = rjieba.Jieba()
        for word, freq in user_words():
            seg.add_word(word, freq, None)
        for word in POLICY_WORDS:
            seg.add_word(word, 3000, None)
        for variants in SYNONYMS.values():
            for v in variants:
                if len(v) > 1 and " " not in v:
                    seg.add_word(v, 2000, None)
        return seg


# A time limit followed by what it limits: “48小时内核酸检测阴性证明”, “72小时以内的核酸”.
VALIDITY = re.compile(r"(小时|天)(以内|内)的?(核酸|检测|阴性|证明|报告)")


def _canonicals(text: str) -> list[str]:
    lowered = text.lower()
    out = [canon for canon, variants in SYNONYMS.items() if any(v.lower() in lowered for v in variants)]
    if "时效" not in out and VALIDITY.search(lowered):
        out.append("时效")
    return out


def words(text: str) -> list[str]:
    """Search-mode words of `text` (long words and their parts), lower-cased, punctuation dropped."""
    out = []
    for w in _segmenter().cut_for_search(text):
        w = w.strip().lower()
        if w and not _PUNCT.match(w):
            out.append(w)
    return out


def index_text(text: str) -> str:
    """The stored, space-separated copy of `text` that the full-text index reads."""
    return " ".join(words(text) + _canonicals(text))


def query_words(q: str) -> list[str]:
    """The distinct words of a query worth looking up, synonyms folded in, in order of appearance."""
    seen: dict[str, None] = {}
    for w in words(q) + _canonicals(q):
        if w not in STOPWORDS and not (len(w) == 1 and not w.isdigit() and not w.isalpha()):
            seen.setdefault(w, None)
    # A lone CJK character (走, 查) matches too much to be useful unless nothing else is left.
    longer = [w for w in seen if len(w) > 1]
    return longer or list(seen)


def surface_forms(q: str) -> list[str]:
    """What to mark in a result: the query's words and every variant of the synonyms it used."""
    forms = set(query_words(q))
    for canon in _canonicals(q):
        forms.update(SYNONYMS[canon])
    return sorted((f for f in forms if f), key=len, reverse=True)


def highlight(text: str, forms: list[str]) -> str:
    """HTML-escaped `text` with every occurrence of `forms` wrapped in <mark>."""
    if not forms or not text:
        return html.escape(text or "")
    pattern = re.compile("|".join(re.escape(f) for f in forms), re.IGNORECASE)
    out, pos = [], 0
    for m in pattern.finditer(text):
        out.append(html.escape(text[pos:m.start()]))
        out.append(f"<mark>{html.escape(m.group(0))}</mark>")
        pos = m.end()
    out.append(html.escape(text[pos:]))
    return "".join(out)


def snippet(text: str, forms: list[str], width: int = 60) -> str:
    """A highlighted window of `text` around its first match (the start if nothing matches)."""
    lowered = text.lower()
    hits = [i for i in (lowered.find(f.lower()) for f in forms) if i >= 0]
    start = max(0, min(hits) - width // 3) if hits else 0
    piece = text[start:start + width]
    return ("…" if start else "") + highlight(piece, forms) + ("…" if start + width < len(text) else "")
