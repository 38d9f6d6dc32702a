"""`hotline bench seed`: write N realistic cases fast, for volume benchmarks and load tests.

What a seeded case looks like: a GB/T 2260 county code from the region table (mostly in the
provinces that have units, some elsewhere), a category and type from the default taxonomy, the unit
the routing rules pick for that region × category (the same `route()` intake uses), a path along
the lifecycle that fits the case's age (recent cases are still open, old ones closed and called
back), one event per step — every case starts with its `create` event — and the deadline clocks of
the default policy, created_at spread over months with a day/night and weekday rhythm.

Speed: on SQLite every case is generated here and inserted with `executemany`, one transaction per
batch. On PostgreSQL a sample of template cases is generated here and COPYed into temporary tables,
and the server writes the N cases from them with INSERT … SELECT (see `_bulk_postgres`): Python
generation costs about a millisecond a case, the server ~10× less. Every row is an INSERT, so the append-only triggers on `events` (UPDATE/DELETE only) stay
in force; nothing is bypassed. Ids are reserved up front (the id sequences are moved past them under
a table lock on PostgreSQL; SQLite's writer lock does the same) and the per-day case-number counters
are advanced, so cases created afterwards through the API get the next number.

Approximations (said here so nobody mistakes seeded figures for real ones): working-day clocks
(`1wd`, `5wd`, `2wd`) are laid out in calendar days (×1.4); clocks already past due are marked as
fired (as if the sweep had kept up) without writing `deadline_alerts`; no attachments, co-handlers
or intake suggestions.
"""

from __future__ import annotations

import json
import math
import os
import random
import time
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection

from hotline.domain.lifecycle import Action, CaseFacts, Status, decide
from hotline.domain.routing import Rule, UnitInfo, route
from hotline.services.cases import TRACKING_ALPHABET, local_tz
from hotline.services.commands import taxonomy
from hotline.store.db import Database
from hotline.store.tables import counters, regions, routing_rules, units

SEED_ACTOR = "seed"
POLICY_VERSION = "2022.1"
DAY = 86400.0
# Clocks of the default policy (docs/deadlines.md) in seconds: (normal, urgent); wd laid out ×1.4.
CLOCKS = {
    "dispatch": ((2 * 3600, "2h"), (600, "10min")),
    "accept": ((1.4 * DAY, "1wd"), (900, "15min")),
    "reply": ((7 * DAY, "5wd"), (7 * DAY, "5wd")),
    "callback": ((2.8 * DAY, "2wd"), (2.8 * DAY, "2wd")),
}

A = Action
# Paths along the lifecycle (the first action is always create). Checked against decide() at import.
PATHS: dict[str, tuple[Action, ...]] = {
    "new": (A.CREATE,),
    "dispatched": (A.CREATE, A.DISPATCH),
    "accepted": (A.CREATE, A.DISPATCH, A.ACCEPT),
    "supervised": (A.CREATE, A.DISPATCH, A.ACCEPT, A.SUPERVISE),
    "replied": (A.CREATE, A.DISPATCH, A.ACCEPT, A.REPLY),
    "closed": (A.CREATE, A.DISPATCH, A.ACCEPT, A.REPLY, A.CLOSE),
    "archived": (A.CREATE, A.DISPATCH, A.ACCEPT, A.REPLY, A.CLOSE, A.CALLBACK),
    "direct_closed": (A.CREATE, A.CLOSE),
    "direct_archived": (A.CREATE, A.CLOSE, A.CALLBACK),
    "returned": (A.CREATE, A.DISPATCH, A.RETURN),
    "reopened": (A.CREATE, A.DISPATCH, A.ACCEPT, A.REPLY, A.CLOSE, A.CALLBACK, A.REOPEN),
}
# Which paths a case of a given age has taken: (max age in days, {path: weight}).
MIX_BY_AGE: list[tuple[float, dict[str, float]]] = [
    (2 / 24, {"new": 40, "dispatched": 40, "accepted": 12, "direct_closed": 8}),
    (3, {"new": 3, "dispatched": 17, "accepted": 30, "supervised": 3, "replied": 15, "closed": 12,
         "archived": 8, "direct_closed": 4, "direct_archived": 4, "returned": 4}),
    (14, {"dispatched": 4, "accepted": 10, "supervised": 3, "replied": 10, "closed": 18, "archived": 40,
          "direct_archived": 8, "returned": 3, "reopened": 4}),
    (math.inf, {"dispatched": 0.5, "accepted": 1, "supervised": 0.5, "replied": 1, "closed": 5, "archived": 78,
                "direct_archived": 12, "returned": 0.5, "reopened": 1.5}),
]
# Seconds from the previous step: (low, high), drawn log-uniformly.
STEP_DELAY = {
    A.DISPATCH: (300, 3 * 3600), A.ACCEPT: (600, 1.5 * DAY), A.REPLY: (0.5 * DAY, 7 * DAY),
    A.CLOSE: (3600, DAY), A.CALLBACK: (0.5 * DAY, 3 * DAY), A.RETURN: (3600, DAY),
    A.REOPEN: (DAY, 5 * DAY), A.SUPERVISE: (DAY, 3 * DAY),
}
TYPE_WEIGHTS = {"consult": 46, "complaint": 28, "report": 6, "suggestion": 6, "help": 12, "praise": 2}
CHANNEL_WEIGHTS = {"phone": 78, "web": 15, "api": 5, "open311": 2}
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
PLATE_PREFIX = {"11": "京", "12": "津", "13": "冀", "14": "晋", "15": "蒙", "21": "辽", "22": "吉", "23": "黑",
                "31": "沪", "32": "苏", "33": "浙", "34": "皖", "35": "闽", "36": "赣", "37": "鲁", "41": "豫",
                "42": "鄂", "43": "湘", "44": "粤", "45": "桂", "46": "琼", "50": "渝", "51": "川", "52": "贵",
                "53": "云", "54": "藏", "61": "陕", "62": "甘", "63": "青", "64": "宁", "65": "新"}
ROADS = ["京港澳高速", "沪陕高速", "连霍高速", "大广高速", "G107国道", "G105国道", "S38省道", "沪蓉高速", "京沪高速",
         "青银高速", "长深高速", "二广高速", "济广高速", "G205国道", "荣乌高速"]
ISSUES = {
    "control": ["收费站出口被劝返，{road}{place}段不让下高速", "{place}防疫检查站要求48小时核酸，货车排队十几个小时",
                "{place}通行证办理流程不清楚，{road}能否通行", "{place}层层加码，持绿码也要隔离"],
    "transport": ["{place}客运站班车停运，何时恢复", "{place}货车司机被困服务区，缺少食物和水",
                  "{place}出租车拒载绕路，车牌已记录", "{place}物流园区封闭，货物无法装卸"],
    "highway": ["{road}{place}段路面坑洼严重", "{road}{place}收费站多收通行费", "{road}{place}服务区关闭无法加油"],
    "enforcement": ["{place}路政执法人员态度恶劣", "{place}超限检测站罚款不给票据"],
    "postal": ["{place}快递停发，包裹滞留一周"],
    "other": ["{place}其他交通运输问题咨询"],
}
REPLIES = ["经核实，已协调相关部门处理，并电话告知来电人。", "已联系属地交通运输局，问题已解决。",
           "经查，该情况属实，已责令整改。", "已向来电人解释相关政策，来电人表示理解。"]


def _check_paths() -> None:
    for name, path in PATHS.items():
        facts = CaseFacts(status=Status.NEW)
        for action in path[1:]:
            fields = {"unit": "x", "reply": "x", "satisfaction": 5, "reason": "x"}
            d = decide(facts, action, fields)
            facts = CaseFacts(status=d.to_status, unit=d.changes.get("unit", facts.unit), has_reply=True)
        PATH_STATUS[name] = facts.status


PATH_STATUS: dict[str, Status] = {}
_check_paths()


@dataclass
class SeedResult:
    cases: int
    events: int
    clocks: int
    seconds: float
    first_id: int
    last_id: int

    @property
    def rate(self) -> float:
        return self.cases / self.seconds if self.seconds else 0.0


@dataclass
class _World:
    """What the seed draws from: regions, the taxonomy, the units and the routing."""

    regions: list[str]
    region_weights: list[float]
    categories: list[str]
    types: list[str]
    intake: str
    parents: dict[str, str | None]
    route: Callable[[str, str, str, bool], str]


def _world(conn: Connection) -> _World:
    tax = taxonomy()
    unit_rows = conn.execute(sa.select(units.c.code, units.c.name, units.c.region, units.c.kind,
                                       units.c.parent_code)).all()
    if not unit_rows:
        raise ValueError("no units: load some first (hotline demo, or hotline units import)")
    infos = [UnitInfo(r.code, r.name, r.region, r.kind, r.parent_code) for r in unit_rows]
    rules = [Rule(id=r.id, lead_unit=r.lead_unit, region=r.region, category=r.category, type=r.type,
                  urgent=r.urgent, cohandle_units=tuple(r.cohandle_units or ()), note=r.note)
             for r in conn.execute(sa.select(routing_rules))]
    counties = conn.execute(sa.select(regions.c.code).where(regions.c.level == 3, regions.c.successor.is_(None))
                            .order_by(regions.c.code)).scalars().all()
    if not counties:
        raise ValueError("the region table is empty: run hotline regions load")
    served = {r.region[:2] for r in unit_rows if r.region != "000000"}
    # Most calls come from where the units are; the rest of the country still calls.
    weights = [20.0 if c[:2] in served else 1.0 for c in counties]
    cache: dict[tuple, str] = {}

    def routed(region: str, category: str, type_: str, urgent: bool) -> str:
        key = (region, category, type_, urgent)
        if key not in cache:
            cache[key] = route(rules, infos, region=region, category=category, type_=type_, urgent=urgent).unit
        return cache[key]

    roots = [r.code for r in unit_rows if r.parent_code is None]
    return _World(list(counties), weights, sorted(tax.categories), sorted(tax.types),
                  roots[0], {r.code: r.parent_code for r in unit_rows}, routed)


def _tracking_codes(n: int) -> list[str]:
    raw = os.urandom(8 * n)
    out = []
    for i in range(n):
        v = int.from_bytes(raw[8 * i:8 * i + 8], "big")
        out.append("".join(TRACKING_ALPHABET[(v >> (5 * k)) & 31] for k in range(12)))
    return out


def _day_weights(days: int, rng: random.Random, start_day) -> list[float]:
    out = []
    for i in range(days):
        d = start_day + timedelta(days=i)
        out.append((0.75 if d.weekday() >= 5 else 1.0) * rng.uniform(0.85, 1.15))
    return out


# Calls by local hour: quiet at night, peaks mid-morning and afternoon.
HOUR_WEIGHTS = [1, 0.6, 0.4, 0.3, 0.3, 0.5, 1.2, 3, 6, 8, 8.5, 7.5, 5, 6, 7.5, 7.5, 7, 6, 4.5, 3.5, 3, 2.5, 2, 1.5]


def plan_days(n: int, now: datetime, months: int, rng: random.Random) -> list[tuple[Any, int]]:
    """(local day, number of cases) from `months` months back up to today, at most 999,999 a day."""
    tz = local_tz()
    today = now.astimezone(tz).date()
    start = today - timedelta(days=round(months * 30.44))
    days = (today - start).days + 1
    weights = _day_weights(days, rng, start)
    total = sum(weights)
    counts = [int(n * w / total) for w in weights]
    for i in range(n - sum(counts)):
        counts[-1 - (i % days)] += 1
    if max(counts) > 999_999:
        raise ValueError("more than 999,999 cases a day: spread them over more months (--months)")
    return [(start + timedelta(days=i), c) for i, c in enumerate(counts) if c]


CASE_COLS = ("id", "number", "tracking_code", "type", "category", "title", "description", "channel", "urgent",
             "reporter_name", "reporter_phone", "reporter_plate", "reporter_company", "region", "address", "road",
             "status", "version", "unit", "dispatcher_unit", "intake_unit", "reply", "satisfaction", "return_count",
             "supervise_count", "extension_pending", "created_by", "created_at", "updated_at", "closed_at", "demo",
             "queue_due", "queue_warning")
EVENT_COLS = ("id", "case_id", "seq", "action", "actor", "at", "from_status", "to_status", "fields", "note")
CLOCK_COLS = ("id", "case_id", "name", "round", "unit", "started_at", "counted_from", "due_at", "warning_at",
              "stopped_at", "state", "allowed", "rule_id", "policy_version", "extensions", "warning_fired_at",
              "overdue_fired_at", "updated_at")
DCASE_COLS = ("case_id", "round", "open", "dirty", "computed_at")
CALLBACK_COLS = ("case_id", "seq", "at", "holder", "satisfaction")
MAX_EVENTS = max(len(p) for p in PATHS.values())
MAX_CLOCKS = 4
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


class _Batch:
    def __init__(self):
        self.cases: list[tuple] = []
        self.events: list[tuple] = []
        self.clocks: list[tuple] = []
        self.dcases: list[tuple] = []
        self.callbacks: list[tuple] = []


class _Format:
    """Values as the text each database's bulk path takes. Every value is a str (or NULL): COPY's text
    format on PostgreSQL; on SQLite the columns' affinities turn '12' into 12 and '1'/'0' into booleans,
    and timestamps are UTCDateTime's stored text (naive UTC)."""

    def __init__(self, pg: bool):
        self.pg = pg
        self.null = "\\N" if pg else None
        self._suffix = "+00" if pg else ".000000"
        self._days: dict[int, str] = {}

    def ts(self, t: float) -> str:
        s = int(t)
        d, r = divmod(s, 86400)
        day = self._days.get(d)
        if day is None:
            day = self._days[d] = (_EPOCH + timedelta(days=d)).strftime("%Y-%m-%d ")
        h, r = divmod(r, 3600)
        m, sec = divmod(r, 60)
        return f"{day}{h:02d}:{m:02d}:{sec:02d}{self._suffix}"


def _cum(weights: Sequence[float]) -> list[float]:
    return list(_accumulate(weights))


class _Generator:
    def __init__(self, world: _World, now: datetime, rng: random.Random, fmt: _Format):
        self.w, self.rng, self.f = world, rng, fmt
        self.now = now.timestamp()
        self.now_s = fmt.ts(self.now)
        self.region_cum = _cum(world.region_weights)
        self.types, self.type_cum = list(TYPE_WEIGHTS), _cum(list(TYPE_WEIGHTS.values()))
        self.chans, self.chan_cum = list(CHANNEL_WEIGHTS), _cum(list(CHANNEL_WEIGHTS.values()))
        self.cat_cum = _cum([3.0 if c.startswith("control") else 1.0 for c in world.categories])
        self.mixes = []
        for limit, mix in MIX_BY_AGE:
            names = list(mix)
            plain = _cum([mix[k] for k in names])
            consult = _cum([mix[k] * (3 if k.startswith("direct") else 1) for k in names])
            self.mixes.append((limit * DAY, names, plain, consult))
        self.delays = {a: (math.log(lo), math.log(hi)) for a, (lo, hi) in STEP_DELAY.items()}
        self.json_cache: dict[tuple, str] = {}

    def _pick(self, names, cum):
        return names[bisect_right(cum, self.rng.random() * cum[-1])]

    def _json(self, key: tuple, value: dict) -> str:
        s = self.json_cache.get(key)
        if s is None:
            s = self.json_cache[key] = json.dumps(value, ensure_ascii=False)
        return s

    def case(self, b: _Batch, case_id: int, number: str, code: str, created: float,
             next_event: Callable[[], int], next_clock: Callable[[], int]) -> None:
        rng, w, f, now = self.rng, self.w, self.f, self.now
        ts, null = f.ts, f.null
        r = rng.random
        region = w.regions[bisect_right(self.region_cum, r() * self.region_cum[-1])]
        type_ = self._pick(self.types, self.type_cum)
        category = self._pick(w.categories, self.cat_cum)
        urgent = r() < (0.15 if type_ == "help" else 0.03)
        channel = self._pick(self.chans, self.chan_cum)
        road = ROADS[int(r() * len(ROADS))]
        issues = ISSUES.get(category.split(".", 1)[0], ISSUES["other"])
        title = issues[int(r() * len(issues))].format(road=road, place=f"{region}附近")
        description = (f"来电人反映：{title}。来电人称已等待多时，希望有关部门尽快核实处理并回复。"
                       f"地点在{road}，来电渠道{channel}。")
        plate = (PLATE_PREFIX.get(region[:2], "京") + "ABCDEFGHJK"[int(r() * 10)] + f"{int(r() * 100000):05d}"
                 if r() < 0.6 else null)
        phone = f"1{'3578'[int(r() * 4)]}{int(r() * 1e9):09d}"
        name = SURNAMES[int(r() * len(SURNAMES))] + ("先生" if r() < 0.7 else "女士")
        age = now - created
        for limit, names, plain, consult in self.mixes:
            if age <= limit:
                break
        path_name = self._pick(names, consult if type_ == "consult" else plain)
        path = PATHS[path_name]
        # Step times, squeezed into the case's age when the draw would run past now.
        offsets = [0.0]
        for action in path[1:]:
            lo, hi = self.delays[action]
            offsets.append(offsets[-1] + math.exp(lo + (hi - lo) * r()))
        span = age * 0.95
        if offsets[-1] > span:
            scale = span / offsets[-1]
            offsets = [o * scale for o in offsets]
        times = [created + o for o in offsets]
        stamps = [ts(t) for t in times]
        unit = w.route(region, category, type_, urgent)
        status = "new"
        holder = reply = satisfaction = closed_at = null
        supervise = returns = 0
        cid = str(case_id)
        at: dict[Action, float] = {}
        for seq, action in enumerate(path, start=1):
            frm = status
            if action is A.CREATE:
                fields = json.dumps({"type": type_, "category": category, "title": title, "channel": channel,
                                     "urgent": urgent, "place": {"region": region, "road": road}},
                                    ensure_ascii=False)
                frm = null
            elif action is A.DISPATCH:
                fields, status, holder = self._json(("dispatch", unit), {"unit": unit}), "dispatched", unit
            elif action is A.ACCEPT:
                fields, status = "{}", "accepted"
            elif action is A.SUPERVISE:
                fields, supervise = "{}", supervise + 1
            elif action is A.REPLY:
                reply = REPLIES[int(r() * len(REPLIES))]
                fields, status = self._json(("reply", reply), {"reply": reply}), "replied"
            elif action is A.CLOSE:
                if status == "new":
                    reply = REPLIES[int(r() * len(REPLIES))]
                    fields = self._json(("reply", reply), {"reply": reply})
                else:
                    fields = "{}"
                status, closed_at = "closed", stamps[seq - 1]
            elif action is A.CALLBACK:
                sat = (5, 5, 5, 5, 5, 5, 4, 4, 3, 2, 1)[int(r() * 11)]
                satisfaction = str(sat)
                fields, status = self._json(("callback", sat), {"satisfaction": sat}), "archived"
                b.callbacks.append((cid, str(seq), stamps[seq - 1], holder if holder is not null else w.intake,
                                    satisfaction))
            elif action is A.RETURN:
                fields, status, holder, returns = '{"reason": "不属于本单位职责"}', "returned", null, returns + 1
            elif action is A.REOPEN:
                fields, status = '{"reason": "来电人对答复不满意"}', "reopened"
                satisfaction = closed_at = null
            else:  # pragma: no cover - PATHS holds only the actions above
                raise AssertionError(action)
            at[action] = times[seq - 1]
            b.events.append((str(next_event()), cid, str(seq), action.value, SEED_ACTOR, stamps[seq - 1],
                             frm, status, fields, null))
        queue_due, queue_warning = self._clocks(b, cid, at, urgent, unit, next_clock, status == "returned", times[-1])
        b.cases.append((
            cid, number, code, type_, category, title, description, channel, "1" if urgent else "0", name, phone,
            plate, null, region, f"{region} {road}", road, status, str(len(path)), holder, null, w.intake,
            reply if reply is not None else null, satisfaction, str(returns), str(supervise), "0", SEED_ACTOR,
            stamps[0], stamps[-1], closed_at, "0", queue_due, queue_warning))

    def _clocks(self, b: _Batch, cid: str, at: dict, urgent: bool, unit: str,
                next_clock: Callable[[], int], returned: bool, last: float) -> tuple[str, str]:
        """Write the case's clocks; returns its queue order (the earliest due and warning times of the
        running clocks, as cases.queue_due / queue_warning hold them)."""
        f, null, now = self.f, self.f.null, self.now
        created = at[A.CREATE]
        dispatched = at.get(A.DISPATCH)
        stop_back = last if returned else None
        plan = [("dispatch", self.w.intake, created, dispatched if dispatched else at.get(A.CLOSE))]
        if dispatched:
            plan.append(("accept", unit, dispatched, at.get(A.ACCEPT) or stop_back))
            plan.append(("reply", unit, dispatched, at.get(A.REPLY) or stop_back))
        if A.CLOSE in at:
            plan.append(("callback", self.w.intake, at[A.CLOSE], at.get(A.CALLBACK)))
        running = False
        dues: list[float] = []
        warnings: list[float] = []
        rule = "urgent" if urgent else "default"
        for name, clock_unit, started, stopped in plan:
            seconds, allowed = CLOCKS[name][1 if urgent else 0]
            due, warn = started + seconds, started + seconds * 0.75
            end = stopped if stopped is not None else now
            if stopped is not None:
                state = "met" if stopped <= due else "met_late"
            else:
                state, running = "running", True
                dues.append(due)
                warnings.append(warn)
            st = f.ts(started)
            b.clocks.append((str(next_clock()), cid, name, "1", clock_unit, st, st, f.ts(due), f.ts(warn),
                             f.ts(stopped) if stopped is not None else null, state, allowed, rule, POLICY_VERSION,
                             "[]", f.ts(warn) if warn <= end else null, f.ts(due) if due <= end else null,
                             f.ts(stopped) if stopped is not None else st))
        b.dcases.append((cid, "1", "1" if running else "0", "0", self.now_s))
        return (f.ts(min(dues)), f.ts(min(warnings))) if running else (null, null)


def _accumulate(values: Sequence[float]):
    total = 0.0
    for v in values:
        total += v
        yield total


# ---------------------------------------------------------------- writing


def _reserve_ids(conn: Connection, table: str, n: int) -> int:
    """First of `n` consecutive ids nobody else will get (the caller holds the write lock)."""
    if conn.dialect.name == "postgresql":
        seq = conn.exec_driver_sql(f"SELECT pg_get_serial_sequence('{table}', 'id')").scalar_one()
        top = conn.exec_driver_sql(f"SELECT coalesce(max(id), 0) FROM {table}").scalar_one()
        last, called = conn.exec_driver_sql(f"SELECT last_value, is_called FROM {seq}").one()
        first = max(top, last if called else last - 1) + 1
        conn.exec_driver_sql(f"SELECT setval('{seq}', {first + max(n, 1) - 1})")
        return first
    return (conn.exec_driver_sql(f"SELECT coalesce(max(id), 0) FROM {table}").scalar_one()) + 1


def _write(conn: Connection, table: str, cols: Sequence[str], rows: list[tuple]) -> None:
    if not rows:
        return
    raw = conn.connection.driver_connection
    if conn.dialect.name == "postgresql":
        text = "".join(["\t".join(row) + "\n" for row in rows])
        with raw.cursor() as cur, cur.copy(f"COPY {table} ({', '.join(cols)}) FROM STDIN") as cp:
            cp.write(text.encode())
        return
    cur = raw.cursor()
    cur.executemany(f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})", rows)
    cur.close()


def _write_batch(conn: Connection, b: _Batch) -> None:
    _write(conn, "cases", CASE_COLS, b.cases)
    _write(conn, "case_keys", ("number", "tracking_code", "case_id"), [(r[1], r[2], r[0]) for r in b.cases])
    _write(conn, "events", EVENT_COLS, b.events)
    _write(conn, "deadline_clocks", CLOCK_COLS, b.clocks)
    _write(conn, "deadline_cases", DCASE_COLS, b.dcases)
    _write(conn, "case_callbacks", CALLBACK_COLS, b.callbacks)


def _advance_counters(conn: Connection, used: dict[str, int]) -> None:
    for name, value in used.items():
        done = conn.execute(sa.update(counters).where(counters.c.name == name, counters.c.value < value)
                            .values(value=value)).rowcount
        if not done and conn.execute(sa.select(counters.c.value).where(counters.c.name == name)).first() is None:
            conn.execute(sa.insert(counters).values(name=name, value=value))


def _second_of_day(rng: random.Random, cum: list[float]) -> float:
    return bisect_right(cum, rng.random() * cum[-1]) * 3600 + rng.random() * 3600


def _log(message: str) -> None:
    import sys

    print(message, file=sys.stderr, flush=True)


def seed_cases(db: Database, n: int, *, now: datetime, months: int = 6, seed: int | None = None,
               batch: int = 20_000, templates: int = 200_000, rebuild_indexes: bool = False,
               progress: Callable[[int], None] | None = None) -> SeedResult:
    """Write `n` cases created over the last `months` months up to `now`, with their events and clocks.

    SQLite: every case is generated here and inserted with executemany, one transaction per batch.
    PostgreSQL: `min(n, templates)` cases are generated here and COPYed into temporary tables; the
    server then writes the `n` cases from them (see `_bulk_postgres`). With `rebuild_indexes` the
    foreign keys, unique constraints and secondary indexes of the four tables written are dropped
    for the load and created again after it (validating every row) — for a database nobody else uses."""
    rng = random.Random(seed)
    t0 = time.perf_counter()
    with db.read() as conn:
        world = _world(conn)
    if db.dialect == "postgresql":
        result = _bulk_postgres(db, world, n, now, months, rng, min(n, templates), batch, progress,
                                rebuild_indexes)
    else:
        result = _bulk_sqlite(db, world, n, now, months, rng, batch, progress)
    result.seconds = time.perf_counter() - t0
    return result


def _generate(world: _World, n: int, now: datetime, months: int, rng: random.Random, fmt: _Format,
              batch: int, first_id: int, ids: Callable[[int], tuple[Callable, Callable]], existing: dict[str, int]):
    """Batches of generated cases, oldest first, with case numbers continuing each day's counter."""
    days = plan_days(n, now, months, rng)
    tz = local_tz()
    gen = _Generator(world, now, rng, fmt)
    hour_cum = _cum(HOUR_WEIGHTS)
    case_id, b, size = first_id, _Batch(), 0
    for day, count in days:
        midnight = datetime.combine(day, datetime.min.time(), tz).timestamp()
        secs = sorted(_second_of_day(rng, hour_cum) for _ in range(count))
        base = existing.get(f"case:{day:%Y%m%d}", 0)
        codes = _tracking_codes(count)
        for j, s in enumerate(secs):
            created = min(midnight + s, gen.now - (count - j))
            gen.case(b, case_id, f"{day:%Y%m%d}-{base + j + 1:06d}", codes[j], created, *ids(case_id))
            case_id += 1
            size += 1
            if size == batch:
                yield b, size
                b, size = _Batch(), 0
    if size:
        yield b, size


def _bulk_sqlite(db, world, n, now, months, rng, batch, progress) -> SeedResult:
    with db.write() as conn:  # one writer at a time on SQLite: nobody takes these ids meanwhile
        first_id = _reserve_ids(conn, "cases", n)
        ev = [_reserve_ids(conn, "events", 0)]
        ck = [_reserve_ids(conn, "deadline_clocks", 0)]
        existing = dict(conn.execute(sa.select(counters.c.name, counters.c.value)
                                     .where(counters.c.name.like("case:%"))).all())

    def ids(_case_id):
        def next_event():
            ev[0] += 1
            return ev[0] - 1

        def next_clock():
            ck[0] += 1
            return ck[0] - 1
        return next_event, next_clock

    totals = [0, 0]
    used: Counter = Counter()
    for b, size in _generate(world, n, now, months, rng, _Format(False), batch, first_id, ids, existing):
        with db.write() as conn:
            _write_batch(conn, b)
            for row in b.cases:
                used[f"case:{row[1][:8]}"] += 1
        totals[0] += len(b.events)
        totals[1] += len(b.clocks)
        if progress:
            progress(size)
    with db.write() as conn:
        _advance_counters(conn, {name: existing.get(name, 0) + k for name, k in used.items()})
    return SeedResult(n, totals[0], totals[1], 0.0, first_id, first_id + n - 1)


# On PostgreSQL the server multiplies the templates: copy k of template t is created a random
# fraction of the gap between t and the template before it earlier than t (so the day/night and
# weekday rhythm of the templates is kept), gets its own id (in creation order), case number,
# tracking code, phone and plate digits, and every event and clock of t shifted by the same amount.
_MAP_SQL = """
CREATE TEMP TABLE seed_map ON COMMIT PRESERVE ROWS AS
WITH t AS (
    SELECT id, created_at, row_number() OVER (ORDER BY created_at, id) - 1 AS rn,
           created_at - coalesce(lag(created_at) OVER (ORDER BY created_at, id), created_at - interval '60 seconds')
               AS gap
    FROM seed_t_cases
), m AS (
    SELECT t.id AS template_id, k.k AS copy_no,
           CASE WHEN k.k = 0 THEN interval '0' ELSE -(random() * t.gap) END AS delta, t.created_at
    FROM t CROSS JOIN generate_series(0, %(copies)s - 1) AS k(k)
    WHERE k.k * %(templates)s + t.rn < %(n)s
), d AS (
    SELECT m.*, m.created_at + m.delta AS created,
           to_char((m.created_at + m.delta) AT TIME ZONE 'Asia/Shanghai', 'YYYYMMDD') AS day
    FROM m
)
SELECT template_id, copy_no, delta, created, day, ord,
       (extract(year FROM created AT TIME ZONE 'Asia/Shanghai')::bigint * 12
        + extract(month FROM created AT TIME ZONE 'Asia/Shanghai')::bigint - 1) * %(span)s + %(first_seq)s + ord
           AS new_id,
       day_no
FROM (SELECT d.*, row_number() OVER (ORDER BY created, template_id, copy_no) - 1 AS ord,
             row_number() OVER (PARTITION BY day ORDER BY created, template_id, copy_no) AS day_no
      FROM d) d
"""
_TRACKING = " || ".join(
    f"substr('{TRACKING_ALPHABET}', ((h >> {5 * k}) & 31)::int + 1, 1)" for k in range(12))


def prepare_database(ctx) -> int:
    """Make `ctx.db` ready to seed: migrated, the region table loaded, and units to route to — the
    demo unit tree when the database has none. Returns how many units were loaded (0: it had some)."""
    from hotline.services.regions import load_region_table, regions_loaded
    from hotline.store.migrate import upgrade
    from hotline.store.tables import units

    upgrade(ctx.db)
    if not regions_loaded(ctx):
        load_region_table(ctx)
    with ctx.db.read() as conn:
        if conn.execute(sa.select(units.c.code).limit(1)).first() is not None:
            return 0
    from hotline.demo.units import demo_units
    from hotline.services.units import upsert_units

    return upsert_units(ctx, demo_units())


BULK_TABLES = ("cases", "case_keys", "events", "deadline_clocks", "deadline_cases", "case_callbacks")


def secondary_ddl(conn: Connection, tables: Sequence[str] = BULK_TABLES) -> tuple[list[str], list[str]]:
    """(drop, create) statements for the foreign keys, unique constraints and indexes of `tables`
    other than their primary keys (foreign keys of other tables point at primary keys, which stay)."""
    names = list(tables)
    cons = conn.exec_driver_sql("""
        SELECT c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid), c.contype
        FROM pg_constraint c
        WHERE c.contype IN ('f', 'u') AND c.conparentid = 0
          AND c.conrelid::regclass::text = ANY(%(t)s)
        ORDER BY c.contype DESC, 1, 2""", {"t": names}).all()
    idx = conn.exec_driver_sql("""
        SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)
        FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
        WHERE t.relname = ANY(%(t)s) AND t.relnamespace = 'public'::regnamespace AND NOT i.indisprimary
          AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
          AND NOT EXISTS (SELECT 1 FROM pg_inherits h WHERE h.inhrelid = i.indexrelid)
        ORDER BY 1""", {"t": names}).all()
    fks = [c for c in cons if c[3] == "f"]
    uqs = [c for c in cons if c[3] == "u"]
    drop = [f"ALTER TABLE {t} DROP CONSTRAINT {n}" for t, n, _, _ in fks + uqs] + [f"DROP INDEX {n}" for n, _ in idx]
    # A partitioned table's index is listed ON ONLY the parent; rebuilt, it must cover the partitions.
    create = ([f"ALTER TABLE {t} ADD CONSTRAINT {n} {d}" for t, n, d, _ in uqs]
              + [d.replace(" ON ONLY ", " ON ", 1) for _, d in idx]
              + [f"ALTER TABLE {t} ADD CONSTRAINT {n} {d}" for t, n, d, _ in fks])
    return drop, create


def _reserve_case_seq(conn: Connection, n: int) -> int:
    """First of `n` consecutive values of cases_id_seq nobody else will get (the caller locks `cases`):
    on PostgreSQL a case id is its month's base plus such a value (store.partitions)."""
    first = conn.exec_driver_sql("SELECT nextval('cases_id_seq')").scalar_one()
    conn.exec_driver_sql(f"SELECT setval('cases_id_seq', {first + max(n, 1) - 1})")
    return first


def _bulk_postgres(db, world, n, now, months, rng, n_templates, batch, progress, rebuild=False) -> SeedResult:
    from hotline.store.partitions import ID_MONTH_SPAN, ensure_all_partitions

    fmt = _Format(True)
    with db.engine.connect() as conn:  # one session: the temporary tables live in it
        conn.exec_driver_sql("SET synchronous_commit = off")
        for table in BULK_TABLES:
            conn.exec_driver_sql(f"CREATE TEMP TABLE seed_t_{table} (LIKE {table} INCLUDING DEFAULTS)")
        # Template ids are our own: case t, its events t*MAX_EVENTS + seq - 1, its clocks t*MAX_CLOCKS + k.
        def ids(t):
            return iter(range(t * MAX_EVENTS, (t + 1) * MAX_EVENTS)).__next__, \
                iter(range(t * MAX_CLOCKS, (t + 1) * MAX_CLOCKS)).__next__

        for b, _size in _generate(world, n_templates, now, months, rng, fmt, batch, 1, ids, {}):
            _write(conn, "seed_t_cases", CASE_COLS, b.cases)
            _write(conn, "seed_t_events", EVENT_COLS, b.events)
            _write(conn, "seed_t_deadline_clocks", CLOCK_COLS, b.clocks)
            _write(conn, "seed_t_deadline_cases", DCASE_COLS, b.dcases)
            _write(conn, "seed_t_case_callbacks", CALLBACK_COLS, b.callbacks)
        conn.exec_driver_sql("CREATE INDEX ON seed_t_events (case_id)")
        conn.exec_driver_sql("CREATE INDEX ON seed_t_deadline_clocks (case_id)")
        conn.exec_driver_sql("CREATE INDEX ON seed_t_case_callbacks (case_id)")
        conn.exec_driver_sql("ANALYZE seed_t_cases, seed_t_events, seed_t_deadline_clocks, seed_t_deadline_cases, "
                             "seed_t_case_callbacks")
        conn.commit()
        # Reserve ids and numbers, create the months' partitions: a short transaction under lock.
        conn.exec_driver_sql("LOCK TABLE cases, events, deadline_clocks, counters IN EXCLUSIVE MODE")
        first_seq = _reserve_case_seq(conn, n)
        ev_first = _reserve_ids(conn, "events", n * MAX_EVENTS)
        ck_first = _reserve_ids(conn, "deadline_clocks", n * MAX_CLOCKS)
        copies = -(-n // n_templates)
        conn.exec_driver_sql(_MAP_SQL, {"copies": copies, "templates": n_templates, "n": n, "first_seq": first_seq,
                                        "span": ID_MONTH_SPAN})
        conn.exec_driver_sql("CREATE INDEX ON seed_map (ord)")
        conn.exec_driver_sql("ANALYZE seed_map")
        oldest, first_id, last_id = conn.exec_driver_sql(
            "SELECT min(created), min(new_id), max(new_id) FROM seed_map").one()
        ensure_all_partitions(conn, oldest, now)
        # The day's counter continues from where it was; ours take the next numbers.
        conn.exec_driver_sql("CREATE TEMP TABLE seed_days AS SELECT s.day, coalesce(c.value, 0) AS base, "
                             "count(*) AS k FROM seed_map s LEFT JOIN counters c ON c.name = 'case:' || s.day "
                             "GROUP BY s.day, c.value")
        conn.exec_driver_sql("INSERT INTO counters (name, value) SELECT 'case:' || day, base + k FROM seed_days "
                             "ON CONFLICT (name) DO UPDATE SET value = excluded.value")
        conn.commit()
        rebuilt: list[str] = []
        if rebuild:
            drop, rebuilt = secondary_ddl(conn)
            _log("seed: foreign keys, unique constraints and indexes dropped for the load; if the run stops, "
                 "put them back with:\n" + ";\n".join(rebuilt) + ";")
            for stmt in drop:
                conn.exec_driver_sql(stmt)
            conn.commit()
        params = {"ev_first": ev_first, "ck_first": ck_first, "now": now,
                  "me": MAX_EVENTS, "mc": MAX_CLOCKS}
        case_cols = ", ".join(CASE_COLS)
        # moved with the copy's creation time
        shifted = {"created_at", "updated_at", "closed_at", "queue_due", "queue_warning"}
        t_cols = ", ".join(f"t.{c} + m.delta" if c in shifted else f"t.{c}" for c in CASE_COLS[12:])
        done = 0
        for lo in range(0, n, batch * 10):
            hi = min(lo + batch * 10, n)
            p = {**params, "lo": lo, "hi": hi}
            conn.exec_driver_sql(f"""
                WITH ins AS (
                INSERT INTO cases ({case_cols})
                SELECT new_id, m.day || '-' || lpad((d.base + m.day_no)::text, 6, '0'), {_TRACKING},
                       t.type, t.category, t.title, t.description, t.channel, t.urgent, t.reporter_name,
                       CASE WHEN copy_no = 0 THEN t.reporter_phone
                            ELSE '1' || substr('3578', 1 + (random() * 3.99)::int, 1)
                                 || lpad((random() * 999999999)::bigint::text, 9, '0') END,
                       CASE WHEN copy_no = 0 OR t.reporter_plate IS NULL THEN t.reporter_plate
                            ELSE left(t.reporter_plate, 2) || lpad((random() * 99999)::int::text, 5, '0') END,
                       {t_cols}
                FROM (SELECT *, ('x' || substr(md5(random()::text || new_id::text), 1, 15))::bit(60)::bigint AS h
                      FROM seed_map WHERE ord >= %(lo)s AND ord < %(hi)s) m
                JOIN seed_t_cases t ON t.id = m.template_id
                JOIN seed_days d ON d.day = m.day
                ORDER BY new_id
                RETURNING number, tracking_code, id)
                INSERT INTO case_keys (number, tracking_code, case_id) SELECT * FROM ins""", p)
            conn.exec_driver_sql("""
                INSERT INTO events (id, case_id, seq, action, actor, at, from_status, to_status, fields, note)
                SELECT %(ev_first)s + m.ord * %(me)s + e.seq - 1, m.new_id, e.seq, e.action,
                       e.actor, e.at + m.delta, e.from_status, e.to_status, e.fields, e.note
                FROM seed_map m JOIN seed_t_events e ON e.case_id = m.template_id
                WHERE m.ord >= %(lo)s AND m.ord < %(hi)s
                ORDER BY 1""", p)
            conn.exec_driver_sql("""
                INSERT INTO deadline_clocks (id, case_id, name, round, unit, started_at, counted_from, due_at,
                    warning_at, stopped_at, state, allowed, rule_id, policy_version, extensions, warning_fired_at,
                    overdue_fired_at, updated_at)
                SELECT %(ck_first)s + m.ord * %(mc)s + (c.id - c.case_id * %(mc)s), m.new_id,
                       c.name, c.round, c.unit, c.started_at + m.delta, c.counted_from + m.delta,
                       c.due_at + m.delta, c.warning_at + m.delta, c.stopped_at + m.delta, c.state, c.allowed,
                       c.rule_id, c.policy_version, c.extensions,
                       CASE WHEN c.warning_at + m.delta <= coalesce(c.stopped_at + m.delta, %(now)s)
                            THEN c.warning_at + m.delta END,
                       CASE WHEN c.due_at + m.delta <= coalesce(c.stopped_at + m.delta, %(now)s)
                            THEN c.due_at + m.delta END,
                       c.updated_at + m.delta
                FROM seed_map m JOIN seed_t_deadline_clocks c ON c.case_id = m.template_id
                WHERE m.ord >= %(lo)s AND m.ord < %(hi)s
                ORDER BY 1""", p)
            conn.exec_driver_sql("""
                INSERT INTO deadline_cases (case_id, round, open, dirty, computed_at)
                SELECT m.new_id, d.round, d.open, d.dirty, d.computed_at
                FROM seed_map m JOIN seed_t_deadline_cases d ON d.case_id = m.template_id
                WHERE m.ord >= %(lo)s AND m.ord < %(hi)s""", p)
            conn.exec_driver_sql("""
                INSERT INTO case_callbacks (case_id, seq, at, holder, satisfaction)
                SELECT m.new_id, c.seq, c.at + m.delta, c.holder, c.satisfaction
                FROM seed_map m JOIN seed_t_case_callbacks c ON c.case_id = m.template_id
                WHERE m.ord >= %(lo)s AND m.ord < %(hi)s""", p)
            conn.commit()
            done += hi - lo
            if progress:
                progress(hi - lo)
        for stmt in rebuilt:  # indexes built by sorting, constraints validated in one pass each
            conn.exec_driver_sql("SET maintenance_work_mem = '512MB'")
            conn.exec_driver_sql(stmt)
            conn.commit()
        if rebuilt:
            from hotline.store.partitions import name_partition_indexes

            name_partition_indexes(conn)
            conn.commit()
        totals = conn.exec_driver_sql(
            "SELECT (SELECT count(*) FROM seed_map m JOIN seed_t_events e ON e.case_id = m.template_id), "
            "(SELECT count(*) FROM seed_map m JOIN seed_t_deadline_clocks c ON c.case_id = m.template_id)").one()
        # Hand back the event and clock ids reserved but not used, if nobody took one after them.
        for table, first, size in (("events", ev_first, n * MAX_EVENTS), ("deadline_clocks", ck_first,
                                                                           n * MAX_CLOCKS)):
            seq = conn.exec_driver_sql(f"SELECT pg_get_serial_sequence('{table}', 'id')").scalar_one()
            last = conn.exec_driver_sql(f"SELECT last_value FROM {seq}").scalar_one()
            if last == first + size - 1:
                top = conn.exec_driver_sql(f"SELECT max(id) FROM {table}").scalar_one()
                conn.exec_driver_sql(f"SELECT setval('{seq}', {top})")
        conn.exec_driver_sql("DROP TABLE seed_map, seed_days, " + ", ".join(f"seed_t_{t}" for t in BULK_TABLES))
        conn.commit()
    return SeedResult(n, totals[0], totals[1], 0.0, first_id, last_id)

