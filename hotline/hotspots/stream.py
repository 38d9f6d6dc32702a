"""Streaming hotspot detection: the pure core (no database, time injected by each case).

Every new case gets a **topic**: its category plus a cluster of similar cases in the same region
(prefecture level). Then the topic's count is tested with the surge rule of `surge.py`.

Topic assignment, in order:

1. **Anchor.** A named toll station, service area or checkpoint (`hotline.text.entities`), the
   case's `landmark` field, or a named bus/rail station, port or airport (`places.extract_pois`).
   Every case of one category that names the same anchor in the same region is one topic
   (key ``region|category|@anchor``): thirty drivers who write thirty different stories about
   being turned back at 孝感北收费站 are one topic without having to share any wording.
2. **Similar text.** Otherwise the case joins the most similar live topic of its region × category
   (such a topic needs `Params.text_rule`: 8 cases, not 5, before it can surge) when the similarity (`hotline.text.duplicates.similarity` of character-bigram sets: Jaccard, or
   0.9 × the overlap of the shorter text) with one of the topic's kept samples reaches
   `Params.similarity`.
3. Otherwise it starts a new topic (key ``region|category|#<n>``).

A topic that has been silent for `Params.topic_ttl` is forgotten (unless it is in surge or has an
open incident); its baseline would have decayed to the floor by then anyway.

The caller (the database consumer in `consumer.py`, or the replay bench) owns incidents; this core
only says, per case, whether it opens one (the surge crossed and the topic has none), joins one, or
neither. `StreamDetector` is the whole state; `Topic.to_json`/`from_json` make it durable.
"""

from __future__ import annotations

import heapq
import re
from collections import OrderedDict, deque
from collections.abc import Callable, Hashable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import lru_cache

from hotline.hotspots.places import extract_pois
from hotline.hotspots.surge import SurgeDecision, SurgeDetector, SurgeRule, _KeyState
from hotline.regions import NATIONAL, load_regions
from hotline.text.duplicates import MIN_SHINGLES, shingles
from hotline.text.entities import facilities

# Named places that are transport anchors in their own right (from places.extract_pois).
_POI_ANCHOR = re.compile(r"(?:汽车站|客运站|火车站|高铁站|码头|机场|隧道|大桥|物流园)$")
# Cheap pre-checks: most cases name no facility, and the extractors cost ten times this search.
_HAS_FACILITY = re.compile(r"收费|服务区|停车区|检查站|查验点|卡口|卡点|治超站|检测站")
_HAS_POI_ANCHOR = re.compile(r"汽车站|客运站|火车站|高铁站|码头|机场|隧道|大桥|物流园")
# Left parts that are not names: "这个收费站", "高速收费站".
_GENERIC = frozenset("这个 那个 一个 前面 附近 当地 本地 高速 外地 这里 那里 我们 每个 各个 所有 沿途".split())
_SPACES = re.compile(r"\s+")
# Words a driver puts before the place: "投诉孝感北收费站…" names 孝感北收费站.
_LEAD = re.compile(r"^(?:来电人|市民|司机)?(?:投诉|举报|反映|咨询|请问|关于|感谢|表扬|建议|师傅|你好|您好)+")
_SUFFIXES = ("防疫检查站", "收费站", "收费口", "服务区", "停车区", "检查站", "查验点", "卡口", "卡点", "治超站",
             "检测站")


@dataclass(frozen=True, slots=True)
class Params:
    similarity: float = 0.4  # to join a topic without a shared anchor
    samples: int = 2  # member texts a topic keeps to compare against (the first and the latest)
    topic_ttl: timedelta = timedelta(days=1)
    text_chars: int = 300  # title + the start of the description
    rule: SurgeRule = SurgeRule()  # topics with a named place
    # Topics held together by wording alone need more cases: the same words without a place are
    # often a common question (通行证在哪里办理), whose daytime peaks a Poisson baseline under-rates.
    text_rule: SurgeRule = SurgeRule(min_count=8)


@dataclass(frozen=True, slots=True)
class CaseIn:
    id: Hashable
    at: datetime
    category: str
    title: str
    description: str = ""
    region: str | None = None  # GB/T 2260 code of the case, any level
    landmark: str | None = None


@dataclass(frozen=True, slots=True)
class Features:
    region: str  # prefecture-level code (or province / 000000 when that is all we know)
    category: str
    anchors: tuple[str, ...]
    text: str
    shingles: frozenset[str]
    sketch: tuple[str, ...]  # the bigrams the topic index uses (see `sketch`)


def text_similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """`hotline.text.duplicates.similarity` (Jaccard, or 0.9 × the overlap of the shorter text when
    both have ≥ MIN_SHINGLES bigrams), computed with one set intersection instead of two set
    operations: this runs several times per case."""
    if not a or not b:
        return 0.0
    inter = len(a & b)
    la, lb = len(a), len(b)
    j = inter / (la + lb - inter)
    small = la if la < lb else lb
    return max(j, 0.9 * inter / small) if small >= MIN_SHINGLES else j


@lru_cache(maxsize=4096)
def region_key(code: str | None) -> str:
    """The prefecture (地市) containing `code`: counts are kept per city, so a surge reported under
    the county by some operators and under the city by others is still one count."""
    if not code or code == NATIONAL:
        return NATIONAL
    table = load_regions()
    chain = table.ancestors(table.current(code) or code)
    if not chain:
        return code
    for r in chain:
        if r.level == 2:
            return r.code
    return chain[-1].code


def _clean_anchor(name: str) -> str | None:
    name = _LEAD.sub("", _SPACES.sub("", name))
    for suffix in _SUFFIXES:
        if name.endswith(suffix):
            stem = name[: -len(suffix)]
            if len(stem) < 2 or stem in _GENERIC or stem[-2:] in _GENERIC:
                return None
            return name
    return name if len(name) >= 3 else None


def anchors_of(title: str, description: str = "", landmark: str | None = None) -> tuple[str, ...]:
    """Named transport places of a case, most trusted first: the landmark field, then the title,
    then the description."""
    out: list[str] = []
    if landmark:
        a = _clean_anchor(landmark)
        if a:
            out.append(a)
    for text in (title, description[:300]):
        if text and _HAS_FACILITY.search(text):
            for names in facilities(text).values():
                out.extend(a for a in map(_clean_anchor, names) if a)
        if text and _HAS_POI_ANCHOR.search(text):
            out.extend(p for p in extract_pois(text) if _POI_ANCHOR.search(p) and len(p) <= 12)
    return tuple(dict.fromkeys(out))


def sketch(sh: frozenset[str]) -> tuple[str, ...]:
    """A consistent quarter of a text's bigrams (those whose hash is 0 mod 4), all of a short text's.

    Two texts that are ≥ 0.4 similar share ~20 bigrams, so they share a sampled one with probability
    1 − 0.75²⁰ > 99.6 %; the index does a quarter of the work. Python's string hash differs between
    processes but not within one, and the index never leaves its process.
    """
    if len(sh) < 24:
        return tuple(sh)
    return tuple(s for s in sh if not hash(s) & 3)


def featurize(case: CaseIn, params: Params = Params()) -> Features:
    text = (case.title + "。" + case.description)[: params.text_chars]
    sh = frozenset(shingles(text))
    return Features(
        region=region_key(case.region),
        category=case.category,
        anchors=anchors_of(case.title, case.description, case.landmark),
        text=text,
        shingles=sh,
        sketch=sketch(sh),
    )


@dataclass(slots=True)
class Topic:
    key: str
    region: str
    category: str
    anchor: str | None
    first_at: datetime
    last_at: datetime
    count: int = 0
    samples: list[str] = field(default_factory=list)  # texts: the first member and the latest
    recent: deque = field(default_factory=deque)  # (at, case id) inside the surge window
    incident: Hashable | None = None  # the open incident new members join
    surge: _KeyState = field(default_factory=_KeyState)
    db_id: int | None = None  # set by the database layer
    _sample_shingles: list[frozenset[str]] | None = None
    _seed_sketch: tuple[str, ...] | None = None  # what the topic index holds for it

    def sample_shingles(self) -> list[frozenset[str]]:
        if self._sample_shingles is None:
            self._sample_shingles = [frozenset(shingles(t)) for t in self.samples]
        return self._sample_shingles

    def keep_sample(self, text: str, sh: frozenset[str], limit: int) -> None:
        shs = self.sample_shingles()
        if len(self.samples) >= limit:  # keep the first member, drop the oldest of the rest
            del self.samples[1]
            del shs[1]
        self.samples.append(text)
        shs.append(sh)

    def to_json(self) -> dict:
        """Everything but the key columns, as JSON (the database keeps it in one column)."""
        st = self.surge
        return {
            "samples": self.samples,
            "recent": [[t.isoformat(), cid] for t, cid in self.recent],
            "surge": {
                "recent": [t.isoformat() for t in st.recent],
                "weighted_count": st.weighted_count,
                "weighted_exposure": st.weighted_exposure,
                "ref": st.ref.isoformat() if st.ref else None,
                "in_surge": st.in_surge,
            },
        }

    @classmethod
    def from_json(cls, *, key: str, region: str, category: str, anchor: str | None, first_at: datetime,
                  last_at: datetime, count: int, state: dict, incident: Hashable | None = None,
                  db_id: int | None = None) -> Topic:
        s = state.get("surge") or {}
        surge = _KeyState(
            recent=deque(datetime.fromisoformat(t) for t in s.get("recent", [])),
            weighted_count=float(s.get("weighted_count", 0.0)),
            weighted_exposure=float(s.get("weighted_exposure", 0.0)),
            ref=datetime.fromisoformat(s["ref"]) if s.get("ref") else None,
            in_surge=bool(s.get("in_surge", False)),
        )
        return cls(key=key, region=region, category=category, anchor=anchor, first_at=first_at, last_at=last_at,
                   count=count, samples=list(state.get("samples", [])),
                   recent=deque((datetime.fromisoformat(t), cid) for t, cid in state.get("recent", [])),
                   incident=incident, surge=surge, db_id=db_id)


@dataclass(slots=True)
class Outcome:
    case_id: Hashable
    topic: Topic
    new_topic: bool
    decision: SurgeDecision
    open_incident: bool  # the surge crossed and the topic has no open incident: the caller opens one
    members: list[Hashable]  # when open_incident: the topic's cases inside the window, oldest first
    join_incident: Hashable | None  # the topic's open incident, which this case joins
    similarity: float | None  # when joined by text similarity


class StreamDetector:
    """Topics and their surge state. Feed cases in time order with `observe`.

    Text topics are found through an inverted index per region × category: sampled character bigram
    (`sketch`) → the topics whose first member has it. Bigrams shared by more than `MAX_POSTING`
    topics (货车, 高速 …) say nothing and are skipped; the few topics sharing the most rare bigrams
    are then compared exactly. So the cost per case stays flat however many topics a busy city has.
    """

    MAX_POSTING = 16
    CANDIDATES = 4

    def __init__(self, params: Params = Params(), topics: Iterable[Topic] = (), *,
                 serial: Callable[[], str] | None = None):
        """`serial` names new text topics; by default a counter (the database passes random ids so
        that topics made by different processes never collide)."""
        self.params = params
        self.surge = SurgeDetector(params.rule)  # topics with an anchor
        self.text_surge = SurgeDetector(params.text_rule)  # topics held together by wording
        self.topics: dict[str, Topic] = {}
        self._recency: OrderedDict[str, Topic] = OrderedDict()  # least recently active first
        self._index: dict[tuple[str, str], dict[str, str | set[str]]] = {}
        self._count = 0
        self._serial = serial or self._next
        for t in sorted(topics, key=lambda t: t.last_at):
            self.add_topic(t)

    # ------------------------------------------------------------ state

    def _seed(self, topic: Topic) -> tuple[str, ...]:
        if topic._seed_sketch is None:
            shs = topic.sample_shingles()
            topic._seed_sketch = sketch(shs[0]) if shs else ()
        return topic._seed_sketch

    def add_topic(self, topic: Topic) -> None:
        self.topics[topic.key] = topic
        self._recency[topic.key] = topic
        index = self._index.setdefault((topic.region, topic.category), {})
        key = topic.key
        for sh in self._seed(topic):
            # A posting is one key (most bigrams belong to one topic) or a set of keys: plain strings
            # are not tracked by the garbage collector, and millions of one-element sets would be.
            cur = index.get(sh)
            if cur is None:
                index[sh] = key
            elif cur.__class__ is str:
                if cur != key:
                    index[sh] = {cur, key}
            else:
                cur.add(key)
        # surge.py keeps per-key state private; the topic owns it so that it can be stored.
        self._detector(topic)._keys[topic.key] = topic.surge

    def _detector(self, topic: Topic) -> SurgeDetector:
        return self.surge if topic.anchor else self.text_surge

    def rule_for(self, topic: Topic) -> SurgeRule:
        return self._detector(topic).rule

    def forget(self, topic: Topic) -> None:
        self.topics.pop(topic.key, None)
        self._recency.pop(topic.key, None)
        index = self._index.get((topic.region, topic.category))
        if index is not None:
            for sh in self._seed(topic):
                cur = index.get(sh)
                if cur is None:
                    continue
                if cur.__class__ is str:
                    if cur == topic.key:
                        del index[sh]
                else:
                    cur.discard(topic.key)
                    if len(cur) == 1:
                        index[sh] = next(iter(cur))
            if not index:
                del self._index[(topic.region, topic.category)]
        self._detector(topic)._keys.pop(topic.key, None)

    def sweep(self, now: datetime) -> int:
        """Forget topics silent for `topic_ttl` that are neither in surge nor attached to an incident."""
        cutoff = now - self.params.topic_ttl
        forgotten, kept = 0, []
        while self._recency:
            key, t = next(iter(self._recency.items()))
            if t.last_at >= cutoff:
                break
            if t.incident is not None or t.surge.in_surge:
                kept.append(self._recency.pop(key))
                continue
            self.forget(t)
            forgotten += 1
        for t in kept:  # still wanted: look at them again next time
            self._recency[t.key] = t
        return forgotten

    def _next(self) -> str:
        self._count += 1
        return str(self._count)

    def new_key(self, region: str, category: str) -> str:
        key = f"{region}|{category}|#{self._serial()}"
        while key in self.topics:  # a detector rebuilt from stored topics restarts its counter
            key = f"{region}|{category}|#{self._serial()}"
        return key

    # ------------------------------------------------------------ assignment

    @staticmethod
    def anchor_key(region: str, category: str, anchor: str) -> str:
        return f"{region}|{category}|@{anchor}"

    def match(self, f: Features, at: datetime) -> tuple[Topic | None, float | None]:
        """The topic a case with features `f` belongs to, if one exists (no state is changed)."""
        for a in f.anchors:
            # 京港澳孝感北收费站 is 孝感北收费站 when that topic exists: try shorter left ends too.
            for start in range(0, max(1, len(a) - 3)):
                t = self.topics.get(self.anchor_key(f.region, f.category, a[start:]))
                if t is not None:
                    return t, None
        if f.anchors:
            return None, None
        index = self._index.get((f.region, f.category))
        if not index or not f.shingles:
            return None, None
        shared: dict[str, int] = {}
        for sh in f.sketch:
            cur = index.get(sh)
            if cur is None:
                continue
            if cur.__class__ is str:
                shared[cur] = shared.get(cur, 0) + 1
            elif len(cur) <= self.MAX_POSTING:
                for k in cur:
                    shared[k] = shared.get(k, 0) + 1
        if not shared:
            return None, None
        cutoff = at - self.params.topic_ttl
        best, best_s = None, self.params.similarity
        for key in heapq.nlargest(self.CANDIDATES, shared, key=shared.__getitem__):
            t = self.topics[key]
            if t.last_at < cutoff:
                continue
            for sh in t.sample_shingles():
                sim = text_similarity(f.shingles, sh)
                if sim >= best_s:
                    best, best_s = t, sim
        return (best, best_s) if best is not None else (None, None)

    def observe(self, case: CaseIn, features: Features | None = None) -> Outcome:
        f = features or featurize(case, self.params)
        topic, sim = self.match(f, case.at)
        new = topic is None
        if topic is None:
            key = self.anchor_key(f.region, f.category, f.anchors[0]) if f.anchors else self.new_key(
                f.region, f.category)
            topic = Topic(key=key, region=f.region, category=f.category,
                          anchor=f.anchors[0] if f.anchors else None, first_at=case.at, last_at=case.at,
                          samples=[f.text], _sample_shingles=[f.shingles], _seed_sketch=f.sketch)
            self.add_topic(topic)
        else:
            self._recency.move_to_end(topic.key)
        topic.count += 1
        topic.last_at = max(topic.last_at, case.at)
        if not new:
            topic.keep_sample(f.text, f.shingles, self.params.samples)
        window = self.params.rule.window
        while topic.recent and topic.recent[0][0] + window <= case.at:
            topic.recent.popleft()
        topic.recent.append((case.at, case.id))
        decision = self._detector(topic).observe(topic.key, at=case.at)
        opening = decision.crossed and topic.incident is None
        return Outcome(
            case_id=case.id, topic=topic, new_topic=new, decision=decision, open_incident=opening,
            members=[cid for _, cid in topic.recent] if opening else [],
            join_incident=topic.incident, similarity=sim,
        )

    def replay(self, cases: Iterable[CaseIn], sweep_every: timedelta = timedelta(hours=1)) -> Iterator[Outcome]:
        """Observe cases in order, forgetting stale topics as time passes (for replays and the bench)."""
        next_sweep = None
        for case in cases:
            if next_sweep is None:
                next_sweep = case.at + sweep_every
            elif case.at >= next_sweep:
                self.sweep(case.at)
                next_sweep = case.at + sweep_every
            yield self.observe(case)

