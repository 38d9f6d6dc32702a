"""Batch hotspot detection over a history of messages (`hotline hotspots detect`).

Method, in four steps:

1. **Separate place from problem.** Each message's place words (admin units, named places such as
   魅力之城, a GB/T 2260 code) are extracted by `places.extract_places` and removed from its text, so
   that the remaining "issue text" says what went wrong, not where.
2. **Similarity.** Issue texts become TF-IDF vectors: character 2–3-grams of the title (robust to
   segmentation of names and typos) and jieba words of title + detail. Two messages are similar by
   the cosine of these vectors; if they are at least `gate` similar *and* name the same place, the
   place adds `place_bonus`. So the same place alone never joins two different problems, and two
   messages about the same problem at the same place need much less shared wording.
3. **Clusters.** Average-linkage agglomerative clustering cut at `threshold`. It is run separately
   on each connected component of the graph "similarity ≥ threshold", which gives exactly the same
   clusters as one global run (a merge needs an average ≥ threshold, hence at least one edge) but
   needs memory only for the largest component, not n².
4. **Rank.** Clusters with at least `min_reporters` distinct reporters are ranked by the heat score
   of `heat.py`; each gets a title made from the place and the words most members share.
"""

from __future__ import annotations

import csv
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import numpy as np
import rjieba
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.sparse import csr_matrix, hstack
from scipy.sparse.csgraph import connected_components
from scipy.spatial.distance import squareform
from sklearn.decomposition import TruncatedSVD
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import normalize

from hotline.hotspots.heat import FORMULA, FORMULA_LEGEND, heat_score
from hotline.hotspots.places import PSEUDO_ADMIN, Places, extract_places
from hotline.regions import load_regions


class InputError(ValueError):
    """A problem with the input file the user can fix; `code` is stable, `message` is Chinese."""

    def __init__(self, code: str, message: str):
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message


@dataclass(frozen=True, slots=True)
class Message:
    id: str
    title: str
    detail: str
    time: datetime
    weight: float = 0.0
    reporter: str = ""  # empty: the normalised text stands in for the reporter


@dataclass(frozen=True, slots=True)
class Params:
    threshold: float = 0.4  # average similarity at which clusters stop merging
    gate: float = 0.2  # minimum issue similarity before a shared place counts
    place_bonus: float = 0.2  # added to the similarity of two messages naming the same place
    place_penalty: float = 0.3  # subtracted when both name places and share none
    title_share: float = 0.5  # weight of title character n-grams vs detail words
    topics: int = 100  # latent topics (LSA) compared between messages naming the same place
    topic_gate: float = 0.2  # topic similarity below this is ignored (topics are coarse)
    min_reporters: int = 2  # a "hotspot" of one person is not a hotspot
    chunk: int = 2048  # rows per block when computing similarities


@dataclass(slots=True)
class Hotspot:
    rank: int
    title: str
    example_title: str
    region: dict
    member_ids: list[str]
    first_time: datetime
    last_time: datetime
    heat: float
    heat_terms: dict = field(default_factory=dict)

    def to_json(self) -> dict:
        return {
            "rank": self.rank,
            "title": self.title,
            "example_title": self.example_title,
            "region": self.region,
            "size": len(self.member_ids),
            "member_ids": self.member_ids,
            "first_time": self.first_time.isoformat(sep=" "),
            "last_time": self.last_time.isoformat(sep=" "),
            "heat": self.heat,
            "heat_terms": self.heat_terms,
            "heat_formula": FORMULA,
        }


# ---------------------------------------------------------------- reading


_TIME_FORMATS = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y/%m/%d %H:%M:%S", "%Y/%m/%d %H:%M", "%Y-%m-%d", "%Y/%m/%d")


def parse_time(value: str) -> datetime:
    value = value.strip()
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        pass
    for fmt in _TIME_FORMATS:
        try:
            return datetime.strptime(value, fmt)
        except ValueError:
            continue
    raise ValueError(value)


def read_messages(
    path: Path,
    id_col: str,
    text_cols: Sequence[str],
    time_col: str,
    weight_col: str | None = None,
    user_col: str | None = None,
) -> list[Message]:
    """Read a UTF-8 CSV with a header. The first text column is the title, the rest the detail."""
    try:
        f = path.open(encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise InputError("HS-INPUT-OPEN", f"无法打开输入文件 {path}：{exc.strerror}") from exc
    with f:
        reader = csv.DictReader(f)
        header = reader.fieldnames or []
        wanted = [id_col, *text_cols, time_col] + [c for c in (weight_col, user_col) if c]
        missing = [c for c in wanted if c not in header]
        if missing:
            raise InputError(
                "HS-INPUT-COLUMN",
                f"输入文件缺少列：{', '.join(missing)}；现有列：{', '.join(header)}",
            )
        out = []
        for line, row in enumerate(reader, start=2):
            try:
                when = parse_time(row[time_col] or "")
            except ValueError:
                raise InputError(
                    "HS-INPUT-TIME", f"第 {line} 行时间无法识别：{row[time_col]!r}（应为 2019-07-21 10:29:36）"
                ) from None
            weight = 0.0
            if weight_col:
                try:
                    weight = float(row[weight_col] or 0)
                except ValueError:
                    raise InputError(
                        "HS-INPUT-WEIGHT", f"第 {line} 行权重不是数字：{row[weight_col]!r}"
                    ) from None
            title = (row[text_cols[0]] or "").strip()
            detail = "\n".join((row[c] or "").strip() for c in text_cols[1:])
            out.append(
                Message(
                    id=row[id_col],
                    title=title,
                    detail=detail,
                    time=when,
                    weight=weight,
                    reporter=(row[user_col] or "") if user_col else "",
                )
            )
    return out


# ---------------------------------------------------------------- features

_STOP = frozenset(
    "问题 反映 投诉 举报 咨询 建议 请问 希望 关于 请求 要求 政府 领导 部门 相关 有关 情况 我们 你们 他们 "
    "什么 怎么 为什么 如何 是否 能否 可以 没有 已经 现在 目前 一直 还是 这个 那个 这些 一下 谢谢 您好 "
    "尊敬 书记 市长 局长 严重 非常 进行 存在 导致 出现 解决 处理 希望 不能 不要 不是 就是 但是 因为 所以 "
    "而且 并且 以及 或者 如果 虽然 自己 大家 其中 之后 之前 以后 以来 时候 今年 去年 每天 本人".split()
)
_NON_WORD = re.compile(r"^[\dA-Za-z.\-_%]+$")


def _words(text: str) -> list[str]:
    return [w for w in rjieba.cut(text) if len(w) > 1 and w not in _STOP and not _NON_WORD.match(w)]


def _strip_places(text: str, places: Places) -> str:
    for word in sorted({*places.pois, *places.admin}, key=len, reverse=True):
        text = text.replace(word, " ")
    return PSEUDO_ADMIN.sub(" ", text)


def canonical_place_keys(per_message: Sequence[Iterable[str]]) -> list[list[str]]:
    """Each place name, plus every shorter name (≥ 3 characters) of the data that it ends with.

    万科魅力之城 gets {万科魅力之城, 魅力之城}, so it fully matches a message that only says 魅力之城.
    Two names that share only an ending (财政经济学院, 涉外经济学院 → 经济学院) match half-way:
    the place similarity is the cosine of these key sets, and the bonus is scaled by it.
    """
    vocab = {k for keys in per_message for k in keys}

    def expand(key: str) -> set[str]:
        return {key} | {key[-n:] for n in range(3, len(key)) if key[-n:] in vocab}

    return [sorted(set().union(*(expand(k) for k in keys))) if keys else [] for keys in per_message]


@dataclass(slots=True)
class _Prepared:
    places: list[Places]
    issue_titles: list[str]
    text: csr_matrix  # L2-normalised issue vectors
    place: csr_matrix  # L2-normalised place-key indicators
    topics: np.ndarray  # L2-normalised latent-topic (LSA) vectors of the issue words


def _prepare(messages: Sequence[Message], params: Params) -> _Prepared:
    places = [extract_places(m.title, m.detail) for m in messages]
    issue_titles = [_strip_places(m.title, p) for m, p in zip(messages, places)]
    issue_bodies = [t + " " + _strip_places(m.detail, p) for m, t, p in zip(messages, issue_titles, places)]
    n = len(messages)
    min_df = 2 if n >= 20 else 1
    try:
        t_vec = TfidfVectorizer(analyzer="char", ngram_range=(2, 3), sublinear_tf=True, min_df=min_df)
        t_mat = normalize(t_vec.fit_transform(issue_titles))
    except ValueError:  # empty vocabulary: every title was only place words
        t_mat = csr_matrix((n, 1))
    try:
        b_vec = TfidfVectorizer(
            analyzer=_words, sublinear_tf=True, min_df=min_df, max_df=0.3 if n >= 20 else 1.0
        )
        b_mat = normalize(b_vec.fit_transform(issue_bodies))
    except ValueError:
        b_mat = csr_matrix((n, 1))
    w = params.title_share
    text = normalize(hstack([t_mat * math.sqrt(w), b_mat * math.sqrt(1 - w)]).tocsr())

    keys = canonical_place_keys([p.keys for p in places])
    vocab: dict[str, int] = {}
    rows, cols = [], []
    for i, ks in enumerate(keys):
        for k in ks:
            rows.append(i)
            cols.append(vocab.setdefault(k, len(vocab)))
    place = csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(n, max(len(vocab), 1)))
    # Latent topics let 噪音 and 油烟 from the same shops look alike; used only between messages
    # that name the same place, where a loose notion of "same problem" is what we want.
    k = min(params.topics, b_mat.shape[1] - 1, n - 1)
    if k >= 2:
        topics = normalize(TruncatedSVD(n_components=k, random_state=0).fit_transform(b_mat))
    else:
        topics = np.zeros((n, 1))
    return _Prepared(places, issue_titles, text, normalize(place), topics)


def similarity_graph(prep: _Prepared, params: Params) -> csr_matrix:
    """Sparse similarity: issue cosine (kept when ≥ gate), plus the place bonus when both messages
    name the same place, minus the place penalty when both name places but none in common;
    clipped to [0, 1]."""
    n = prep.text.shape[0]
    blocks = []
    text_t = prep.text.T.tocsc()
    place_t = prep.place.T.tocsc()
    has_place = (np.asarray(prep.place.getnnz(axis=1)) > 0).astype(float)
    for start in range(0, n, params.chunk):
        s = (prep.text[start : start + params.chunk] @ text_t).tocsr()
        shared = (prep.place[start : start + params.chunk] @ place_t).tocoo()
        # same place: the problem may be worded differently, so latent topics count too
        topical = np.einsum("ij,ij->i", prep.topics[shared.row + start], prep.topics[shared.col])
        topical[topical < params.topic_gate] = 0.0
        s = s.maximum(csr_matrix((np.clip(topical, 0, 1), (shared.row, shared.col)), shape=s.shape)).tocsr()
        shared = shared.tocsr()
        s.data[s.data < params.gate] = 0
        s.eliminate_zeros()
        mask = s.copy()
        mask.data[:] = 1.0
        shared = shared.multiply(mask).tocsr()
        same = shared.copy()  # graded: sharing half the keys removes half the penalty
        rows_have = has_place[start : start + params.chunk]
        both = mask.multiply(rows_have[:, None]).multiply(has_place[None, :]).tocsr()
        s = (s + params.place_bonus * shared - params.place_penalty * (both - same)).tocsr()  # shared: cosine
        s.data = np.clip(s.data, 0.0, 1.0)
        s.eliminate_zeros()
        blocks.append(s)
    from scipy.sparse import vstack

    return vstack(blocks).tocsr()


def cluster(sim: csr_matrix, threshold: float) -> np.ndarray:
    """Average-linkage clusters of the similarity graph, cut at `threshold`; returns labels."""
    n = sim.shape[0]
    strong = sim.copy()
    strong.data[strong.data < threshold] = 0
    strong.eliminate_zeros()
    n_comp, comp = connected_components(strong, directed=False)
    labels = np.empty(n, dtype=np.int64)
    order = np.argsort(comp, kind="stable")
    bounds = np.flatnonzero(np.diff(comp[order])) + 1
    next_label = 0
    for idx in np.split(order, bounds):
        if len(idx) == 1:
            labels[idx] = next_label
            next_label += 1
            continue
        dist = 1.0 - sim[idx][:, idx].toarray()
        dist = np.clip((dist + dist.T) / 2, 0.0, 1.0)
        np.fill_diagonal(dist, 0.0)
        tree = linkage(squareform(dist, checks=False), method="average")
        flat = fcluster(tree, t=1.0 - threshold, criterion="distance")
        for k in np.unique(flat):
            labels[idx[flat == k]] = next_label
            next_label += 1
    return labels


# ---------------------------------------------------------------- describing a cluster


def _reporter(m: Message) -> str:
    return m.reporter or "text:" + re.sub(r"\s+", "", m.title + m.detail)


def _title_for(members: list[int], messages: Sequence[Message], prep: _Prepared) -> tuple[str, dict]:
    places = [prep.places[i] for i in members]
    half = max(2, math.ceil(len(members) * 0.3))
    poi_count = Counter(p for pl in places for p in set(pl.pois))
    admin_count = Counter(a for pl in places for a in set(pl.admin))
    # The most specific admin word most members use: a district beats its city.
    admins = [a for a, c in admin_count.most_common() if c >= 2 or len(members) == 1]
    district = next((a for a in admins if a[-1] in "区县"), None)
    city = next((a for a in admins if a[-1] == "市"), None)
    poi = poi_count.most_common(1)[0][0] if poi_count and poi_count.most_common(1)[0][1] >= 2 else None
    place_words = [w for w in (district or city, poi) if w]

    word_count = Counter(w for i in members for w in set(_words(prep.issue_titles[i])))
    shared = [w for w, c in word_count.most_common(12) if c >= min(half, len(members))]
    if not shared:
        shared = [w for w, _ in word_count.most_common(3)]
    # keep the shared words in the order a typical title uses them
    first_title = next((prep.issue_titles[i] for i in members if all(w in prep.issue_titles[i] for w in shared[:2])), "")
    shared = sorted(shared[:4], key=lambda w: (first_title.find(w) if w in first_title else 99))
    title = "".join(place_words) + ("：" if place_words else "") + "、".join(shared)

    codes = Counter(p.region_code for p in places if p.region_code)
    code = codes.most_common(1)[0][0] if codes else None
    region = {
        "words": [w for w in (city, district, poi) if w],
        "code": code,
        "name": load_regions().full_name(code) if code else None,
    }
    return title, region


def _example_title(members: list[int], messages: Sequence[Message], prep: _Prepared) -> str:
    sub = prep.text[members]
    centroid = np.asarray(sub.mean(axis=0)).ravel()
    best = int(np.argmax(sub @ centroid))
    return messages[members[best]].title


# ---------------------------------------------------------------- entry point


def detect_hotspots(messages: Sequence[Message], top: int | None = 10, params: Params = Params()) -> list[Hotspot]:
    """Ranked hotspots of a message history (highest heat first)."""
    if not messages:
        return []
    prep = _prepare(messages, params)
    labels = cluster(similarity_graph(prep, params), params.threshold)
    groups: dict[int, list[int]] = {}
    for i, lab in enumerate(labels):
        groups.setdefault(int(lab), []).append(i)

    scored = []
    for members in groups.values():
        events = [(messages[i].time, _reporter(messages[i])) for i in members]
        if len({who for _, who in events}) < params.min_reporters:
            continue
        heat, terms = heat_score(events, sum(messages[i].weight for i in members))
        scored.append((heat, members, terms))
    scored.sort(key=lambda x: (-x[0], -len(x[1]), messages[x[1][0]].id))
    if top is not None:
        scored = scored[:top]

    out = []
    for rank, (heat, members, terms) in enumerate(scored, start=1):
        members = sorted(members, key=lambda i: (messages[i].time, messages[i].id))
        title, region = _title_for(members, messages, prep)
        out.append(
            Hotspot(
                rank=rank,
                title=title,
                example_title=_example_title(members, messages, prep),
                region=region,
                member_ids=[messages[i].id for i in members],
                first_time=messages[members[0]].time,
                last_time=messages[members[-1]].time,
                heat=heat,
                heat_terms=terms,
            )
        )
    return out


def report(hotspots: Sequence[Hotspot]) -> dict:
    return {
        "heat_formula": FORMULA,
        "heat_legend": FORMULA_LEGEND,
        "hotspots": [h.to_json() for h in hotspots],
    }
