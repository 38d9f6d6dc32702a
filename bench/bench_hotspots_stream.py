"""Streaming hotspot detection: replay synthetic cases with injected surges, faster than real time.

What runs: the pure detection core (`hotline.hotspots.stream.StreamDetector`: anchors, text topics,
Poisson surge rule), in memory, on one core — NOT the database consumer (`job.py`). A small second
measurement (BENCH_DB_CASES, default 1,000; 0 skips it) puts the first cases of the same stream into
a SQLite database and times `run_hotspot_step` on that backlog, then a live surge step by step.

The stream (seeded, deterministic):
- background: BENCH_CASES cases (default 1,000,000) at 30,000 cases per simulated day, so
  1,000,000 cases span 33.3 days. Time of day follows a day/night curve (night 0.25×, daytime
  peaks 1.6×). Regions: the 333 prefectures, Zipf-weighted (s = 0.8: the busiest city gets ~6 % of
  all cases); categories weighted towards the 2022 control categories. Texts are drawn from the
  project's synthetic 12328 generator (15,000 messages, which also name random toll stations).
- surges: 6 per simulated day, each at a new named place (a toll station, checkpoint or service
  area) in a Zipf-drawn city: 8–40 cases within 20–120 minutes, 85 % naming the place in varied
  wording, 15 % not naming it.

Figures: surges detected and detection delay (from the surge's first case to the case that crosses
the rule, in simulated minutes), false alarms per simulated day (incidents whose members at opening
include no injected case), and throughput in cases per second of wall-clock time. Incidents are
closed 24 simulated hours after they open, as an operator would.

Baseline, measured in the same run on the same stream: a plain fixed-threshold counter per
region × category (alarm when ≥ 10 cases in the last hour; re-arms when the count drops below 10);
its quality is also given at threshold 25.

Throughput is given as cases per second of this process's CPU time (the one-core figure; on a
shared machine wall time also counts other people's work) and of wall time.

Run: .venv/bin/python -m bench.bench_hotspots_stream    (BENCH_CASES=200000 for a quicker run)
"""

from __future__ import annotations

import gc
import os
import random
import sys
import time
from collections import deque
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from statistics import median

import numpy as np

from hotline.hotspots.stream import CaseIn, StreamDetector, region_key
from hotline.regions import load_regions
from hotline.text.synthetic import generate

SEED = 12328
CASES_PER_DAY = 30_000
SURGES_PER_DAY = 6
T0 = datetime(2022, 4, 1, tzinfo=timezone(timedelta(hours=8)))
# relative case volume per hour of the day (Asia/Shanghai)
DIURNAL = np.array([0.25, 0.2, 0.2, 0.2, 0.25, 0.35, 0.6, 1.0, 1.4, 1.6, 1.6, 1.5,
                    1.3, 1.4, 1.6, 1.6, 1.5, 1.4, 1.2, 1.1, 1.0, 0.8, 0.6, 0.4])
CATEGORY_WEIGHTS = {
    "control.turnback": 14, "control.pass": 12, "control.checkpoint": 10, "control.testing": 9,
    "control.escalation": 8, "control.closure": 7, "transport.freight": 8, "transport.passenger": 6,
    "transport.taxi": 4, "highway.toll": 6, "highway.road": 4, "enforcement.conduct": 3,
    "enforcement.overload": 3, "postal": 4, "other": 2,
}
SURGE_PLACES = {
    "control.turnback": "收费站", "control.checkpoint": "检查站", "control.closure": "服务区",
    "highway.toll": "收费站", "control.testing": "检查站", "control.escalation": "收费站",
}
SURGE_TEMPLATES = {
    "收费站": ["在{p}被劝返了，说外地车一律不让下高速", "投诉{p}一刀切劝返外地货车", "{p}不让下 让掉头回去 绿码也不行",
             "拉着货到{p}不让进，直接让掉头", "来电人反映：{p}劝返外省货车，请核实处理。", "{p}还在劝返，货要坏了",
             "{p}只让本地车下，外地车全劝返", "我们在{p}排了几个小时最后被劝返", "{p}收费员说上面要求外地车不能下"],
    "检查站": ["{p}排队排了五个小时还没过去", "{p}只开了一个口，车排了十几公里", "投诉{p}查验太慢，一辆车查半小时",
             "来电人反映：{p}车辆积压严重，请协调。", "{p}晚上没人，车只能在路边等", "{p}要扫三个码 手机没信号扫不了",
             "过{p}让司机下车排队，太阳晒着", "{p}堵死了 求助"],
    "服务区": ["{p}关闭了，没地方吃饭加水上厕所", "{p}停止营业，司机在车上一天没吃上热饭", "投诉{p}封了不让进",
             "来电人反映：{p}关闭，司机无法休息。", "{p}厕所都锁了", "{p}不让停车，疲劳驾驶也得走"],
}
UNNAMED = {"收费站": ["高速口一刀切劝返外地车", "下不了高速，被劝返了"], "检查站": ["检查站排队太久了", "卡口车排了好几公里"],
           "服务区": ["服务区都关了没地方吃饭", "服务区关闭 没法休息"]}
NAME_CHARS = "安宝昌成川德东丰福广汉和华吉江金锦景康兰乐临隆龙庐梅明南宁平普清庆瑞沙山邵石双松泰桐万文武仙湘祥新兴阳宜永玉元岳云枣昭镇"


@dataclass
class Stream:
    cases: list[CaseIn]
    surge_of: np.ndarray  # per case: surge index or -1
    surge_start: list[datetime]
    surge_size: list[int]
    days: float


def _times(rng: np.random.Generator, n: int, days: float) -> np.ndarray:
    """n times (seconds from T0) over `days`, following the day/night curve."""
    whole_days = rng.uniform(0, days, n).astype(np.int64)
    hours = rng.choice(24, size=n, p=DIURNAL / DIURNAL.sum())
    return whole_days * 86400 + hours * 3600 + rng.uniform(0, 3600, n)


def build_stream(n: int) -> Stream:
    rng = np.random.default_rng(SEED)
    pyrng = random.Random(SEED)
    days = n / CASES_PER_DAY
    table = load_regions()
    cities = sorted(r.code for r in table.by_code.values() if r.level == 2)
    zipf = 1 / np.arange(1, len(cities) + 1) ** 0.8
    city_p = zipf / zipf.sum()
    cats = list(CATEGORY_WEIGHTS)
    cat_p = np.array([CATEGORY_WEIGHTS[c] for c in cats], dtype=float)
    cat_p /= cat_p.sum()
    pool: dict[str, list[str]] = {c: [] for c in cats}
    for text, cat, _type in generate(per_category=1000, seed=SEED):
        pool[cat].append(text)

    # injected surges
    n_surges = max(1, round(days * SURGES_PER_DAY))
    surge_cats = list(SURGE_PLACES)
    starts = _times(rng, n_surges, days)
    used: set[str] = set()
    s_times, s_region, s_cat, s_text, s_id, sizes = [], [], [], [], [], []
    for s in range(n_surges):
        cat = surge_cats[s % len(surge_cats)]
        kind = SURGE_PLACES[cat]
        while True:
            name = "".join(pyrng.sample(NAME_CHARS, 2)) + pyrng.choice(["", "东", "西", "南", "北"]) + kind
            if name not in used:
                used.add(name)
                break
        size = pyrng.randint(8, 40)
        span = pyrng.uniform(20, 120) * 60
        city = cities[rng.choice(len(cities), p=city_p)]
        sizes.append(size)
        for k in range(size):
            s_times.append(starts[s] + (0 if k == 0 else pyrng.uniform(0, span)))
            s_region.append(city)
            s_cat.append(cat)
            if pyrng.random() < 0.85:
                text = pyrng.choice(SURGE_TEMPLATES[kind]).format(p=name)
            else:
                text = pyrng.choice(UNNAMED[kind])
            s_text.append(pyrng.choice(["", "师傅 ", "你好 ", "我是跑车的 "]) + text)
            s_id.append(s)
    n_bg = max(0, n - len(s_times))
    bg_times = _times(rng, n_bg, days)
    bg_city = rng.choice(len(cities), size=n_bg, p=city_p)
    bg_cat = rng.choice(len(cats), size=n_bg, p=cat_p)
    bg_text = rng.integers(0, 1 << 30, size=n_bg)

    times = np.concatenate([bg_times, np.array(s_times)])
    surge_of = np.concatenate([np.full(n_bg, -1), np.array(s_id)])
    order = np.argsort(times, kind="stable")
    cases: list[CaseIn] = []
    # plain Python lists: indexing numpy arrays one element at a time is slow
    times_l, bg_cat_l, bg_city_l, bg_text_l = times.tolist(), bg_cat.tolist(), bg_city.tolist(), bg_text.tolist()
    for new_id, i in enumerate(order.tolist()):
        at = T0 + timedelta(seconds=times_l[i])
        if i < n_bg:
            cat = cats[bg_cat_l[i]]
            texts = pool[cat]
            cases.append(CaseIn(id=new_id, at=at, category=cat, title=texts[bg_text_l[i] % len(texts)],
                                region=cities[bg_city_l[i]]))
        else:
            j = i - n_bg
            cases.append(CaseIn(id=new_id, at=at, category=s_cat[j], title=s_text[j], region=s_region[j]))
    surge_start = [T0 + timedelta(seconds=float(t)) for t in starts]
    return Stream(cases, surge_of[order], surge_start, sizes, days)


@dataclass
class Alarm:
    at: datetime
    members: list[int]


@dataclass
class Timing:
    wall: float  # seconds of wall-clock time
    cpu: float  # seconds of this process's CPU time: the one-core figure on a shared machine

    @classmethod
    def start(cls) -> tuple[float, float]:
        return time.perf_counter(), time.process_time()

    @classmethod
    def since(cls, t: tuple[float, float]) -> Timing:
        return cls(time.perf_counter() - t[0], time.process_time() - t[1])


def run_ours(stream: Stream) -> tuple[list[Alarm], Timing, StreamDetector]:
    det = StreamDetector()
    alarms: list[Alarm] = []
    open_topics: deque = deque()  # (closes at, topic)
    close_after = timedelta(hours=24)
    t = Timing.start()
    for out in det.replay(stream.cases, sweep_every=timedelta(hours=6)):
        at = out.decision.at
        while open_topics and open_topics[0][0] <= at:  # an operator closes the day-old incident
            open_topics.popleft()[1].incident = None
        if out.open_incident:
            out.topic.incident = len(alarms)
            alarms.append(Alarm(at, list(out.members)))
            open_topics.append((at + close_after, out.topic))
    return alarms, Timing.since(t), det


def run_baseline(stream: Stream, threshold: int = 10, window: timedelta = timedelta(hours=1)) -> tuple[
        list[Alarm], Timing]:
    counts: dict[tuple[str, str], deque] = {}
    alarming: set[tuple[str, str]] = set()
    alarms: list[Alarm] = []
    t = Timing.start()
    for c in stream.cases:
        key = (region_key(c.region), c.category)
        q = counts.get(key)
        if q is None:
            q = counts[key] = deque()
        while q and q[0][0] + window <= c.at:
            q.popleft()
        q.append((c.at, c.id))
        if len(q) >= threshold:
            if key not in alarming:
                alarming.add(key)
                alarms.append(Alarm(c.at, [i for _, i in q]))
        else:
            alarming.discard(key)
    return alarms, Timing.since(t)


def run_database(stream: Stream, n: int) -> dict:
    """The same detector through the database job (`run_hotspot_step`) on SQLite: the first `n` cases
    of the stream plus one injected surge are recorded as cases, then handled by consumer steps."""
    import tempfile
    from pathlib import Path

    from hotline.domain.clock import FixedClock
    from hotline.hotspots.job import run_hotspot_step
    from hotline.services.cases import Context, create_case
    from hotline.services.commands import CaseCreate
    from hotline.services.units import upsert_units
    from hotline.store.db import Database
    from hotline.store.files import LocalFileStorage
    from hotline.store.migrate import upgrade

    with tempfile.TemporaryDirectory() as tmp:
        db = Database(f"sqlite:///{Path(tmp) / 'bench.db'}")
        upgrade(db)
        clock = FixedClock(stream.cases[0].at)
        ctx = Context(db=db, clock=clock, storage=LocalFileStorage(Path(tmp) / "files"), system_actor="bench")
        upsert_units(ctx, [{"code": "mot", "name": "交通运输部", "region": "000000", "parent": None}])
        for c in stream.cases[:n]:
            clock.at = c.at
            create_case(ctx, CaseCreate.model_validate({"type": "complaint", "category": c.category, "title": c.title[:200],
                                                         "place": {"region": c.region}}))
        clock.at += timedelta(seconds=5)
        t = Timing.start()
        bulk = run_hotspot_step(db, clock)
        t_bulk = Timing.since(t)
        # a live surge: five cases a few minutes apart, a step 5 s after each, as the job runs
        steps = []
        for k in range(5):
            clock.at += timedelta(minutes=3)
            create_case(ctx, CaseCreate.model_validate({"type": "complaint", "category": "control.turnback",
                                                         "title": f"在测试北收费站被劝返了{k}", "place": {"region": "420902"}}))
            clock.at += timedelta(seconds=5)
            t = Timing.start()
            step = run_hotspot_step(db, clock)
            steps.append((Timing.since(t).wall, step.opened))
        db.dispose()
    return {"cases": bulk.cases, "bulk": t_bulk, "step_ms": [round(w * 1000, 1) for w, _ in steps],
            "opened_at_step": next((i + 1 for i, (_, o) in enumerate(steps) if o), None)}


def score(stream: Stream, alarms: list[Alarm]) -> dict:
    first_alarm: dict[int, Alarm] = {}
    false_alarms = 0
    for a in alarms:
        hit = {int(stream.surge_of[m]) for m in a.members} - {-1}
        if not hit:
            false_alarms += 1
        for s in hit:
            first_alarm.setdefault(s, a)
    delays = [(a.at - stream.surge_start[s]).total_seconds() / 60 for s, a in first_alarm.items()]
    return {
        "detected": len(first_alarm),
        "surges": len(stream.surge_start),
        "delay_median": median(delays) if delays else float("nan"),
        "delay_p90": float(np.percentile(delays, 90)) if delays else float("nan"),
        "false_alarms": false_alarms,
        "false_per_day": false_alarms / stream.days,
        "alarms": len(alarms),
    }


def main() -> int:
    n = int(os.environ.get("BENCH_CASES", "1000000"))
    load = os.getloadavg()[0]
    t = time.perf_counter()
    stream = build_stream(n)
    t_build = time.perf_counter() - t
    gc.collect()
    gc.freeze()  # the stream lives for the whole run: keep the collector off it
    region_key.cache_clear()
    ours, t_ours, det = run_ours(stream)
    base, t_base = run_baseline(stream)
    base25, _ = run_baseline(stream, threshold=25)
    o, b, b25 = score(stream, ours), score(stream, base), score(stream, base25)
    n = len(stream.cases)
    span = stream.days * 86400
    print(f"measured: streaming detection over {n:,} synthetic cases ({stream.days:.1f} simulated days, "
          f"{o['surges']} injected surges of 8–40 cases), pure core in memory (no database), one core")
    print(f"  stream built in {t_build:.1f} s (not timed below)")
    print(f"  load average when starting: {load:.1f} on {os.cpu_count()} cores (CPU time is the one-core figure; "
          "wall time suffers from other work on the machine)")
    for name, tm in (("ours (anchor/text topics + Poisson rule)", t_ours),
                     ("baseline (≥10 per region×category per hour)", t_base)):
        print(f"  {name:44s}: CPU {tm.cpu:6.1f} s = {n / tm.cpu:9,.0f} cases/s; wall {tm.wall:6.1f} s = "
              f"{n / tm.wall:9,.0f} cases/s ({span / tm.wall:,.0f}x real time)")
    print(f"  ratio CPU throughput ours/baseline: {t_base.cpu / t_ours.cpu:.3f}; live topics at the end: "
          f"{len(det.topics):,}")
    for name, r in (("ours", o), ("baseline", b), ("baseline, threshold 25", b25)):
        print(f"  {name}: detected {r['detected']}/{r['surges']} surges "
              f"({100 * r['detected'] / r['surges']:.1f} %), delay median {r['delay_median']:.1f} min, "
              f"p90 {r['delay_p90']:.1f} min; false alarms {r['false_alarms']} "
              f"= {r['false_per_day']:.2f} per simulated day (of {r['alarms']} alarms)")
    n_db = int(os.environ.get("BENCH_DB_CASES", "1000"))
    if n_db:
        d = run_database(stream, n_db)
        print(f"  database job (SQLite, run_hotspot_step): backlog of {d['cases']:,} cases in {d['bulk'].wall:.1f} s = "
              f"{d['cases'] / d['bulk'].wall:,.0f} cases/s; a live surge: incident opened at the step after its "
              f"{d['opened_at_step']}th case, steps took {d['step_ms']} ms (+ ≤ 5 s until the next step)")
    print(f"figure: {n / t_ours.cpu:,.0f} cases/s per CPU second (target ≥ 2,000); detection {o['detected']}/{o['surges']}, "
          f"median delay {o['delay_median']:.1f} min, {o['false_per_day']:.2f} false alarms/day "
          f"— baseline {b['detected']}/{b['surges']}, {b['false_per_day']:.2f} false alarms/day")
    return 0


if __name__ == "__main__":
    sys.exit(main())
