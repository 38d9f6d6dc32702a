"""Demo cases (工单): spring 2022, when 保通保畅 was the hotline's whole world.

`demo_cases(seed)` gives the same few hundred cases for the same seed: calls written up by operators,
messages drivers typed on their phones, one-liners from partner apps and Open311 reports, dated
2022-04-01 … 2022-05-15 (Asia/Shanghai), each with the actions a real case would have gone through
(派单, 签收, 答复, 办结, 回访, and now and then 退回, 转办, 上报, 协办, 督办, 延期, 重办).

Nothing here touches a database: a loader feeds `payload` to the create API at `created_at` and then
replays `actions` in order. Every description ends with DEMO_MARK and every reporter's name carries
（演示）, so demo rows are never mistaken for real complaints; phone numbers are 1xx0000xxxx.
The places, roads and toll stations are real names used for realism; the events are invented.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from hotline.demo.units import demo_units, route_demo_case

TZ = ZoneInfo("Asia/Shanghai")
FIRST_DAY = date(2022, 4, 1)
LAST_DAY = date(2022, 5, 15)
# Nothing happens after the last minute of the demo period; cases still being worked stay open.
DEMO_END = datetime(2022, 5, 15, 23, 59, 59, tzinfo=TZ)
DEMO_MARK = "（演示数据）"
NAME_MARK = "（演示）"
CASE_COUNT = 264
MIN_PER_SCENARIO = 2

Action = tuple[str, dict, datetime]


@dataclass
class DemoCase:
    payload: dict  # the JSON body for creating the case
    created_at: datetime  # aware, Asia/Shanghai
    actions: list[Action] = field(default_factory=list)  # (action, fields, at), in time order


# --------------------------------------------------------------------------------------------------
# Places


@dataclass(frozen=True)
class _Place:
    region: str
    province: str  # 湖北省 / 上海市
    city: str  # how people name it: 孝感, 上海
    district: str  # 孝南区
    kind: str  # toll | service | checkpoint | hub | port | station | urban
    landmark: str
    road: str | None = None  # G4
    road_name: str | None = None  # 京港澳高速
    lat: float | None = None
    lng: float | None = None
    hot_april: float = 1.0  # how much more often it turns up in April / May
    hot_may: float = 1.0

    @property
    def city_full(self) -> str:
        return "" if self.province == self.city + "市" else self.city + "市"

    @property
    def address(self) -> str:
        road = self.road_name if self.road_name and self.road_name not in self.landmark else ""
        return f"{self.province}{self.city_full}{self.district}{road}{self.landmark}"

    @property
    def transport_office(self) -> str:
        """The city's transport authority as a driver would name it."""
        if self.province == self.city + "市":
            return f"{self.province}交通委"
        return f"{self.city}市交通运输局"

    @property
    def where(self) -> str:
        """How an operator writes the spot: 京港澳高速孝感北收费站."""
        if self.road_name and self.kind in ("toll", "service"):
            return f"{self.road_name}{self.landmark}"
        return f"{self.city}{self.landmark}" if self.city not in self.landmark else self.landmark


def _p(region, province, city, district, kind, landmark, road=None, road_name=None, lat=None, lng=None,
       apr=1.0, may=1.0) -> _Place:
    return _Place(region, province, city, district, kind, landmark, road, road_name, lat, lng, apr, may)


HB, HE, JL, SH, SD, HA, JS, BJ = "湖北省", "河北省", "吉林省", "上海市", "山东省", "河南省", "江苏省", "北京市"

PLACES: list[_Place] = [
    # 湖北 孝感 / 武汉
    _p("420902", HB, "孝感", "孝南区", "toll", "孝感北收费站", "G4", "京港澳高速", 30.968, 113.905, 2.5, 1.5),
    _p("420902", HB, "孝感", "孝南区", "toll", "孝感东收费站", "G70", "福银高速", 30.931, 114.012, 2.0, 1.2),
    _p("420902", HB, "孝感", "孝南区", "service", "孝感服务区", "G4", "京港澳高速", 30.992, 113.978, 1.5, 1.0),
    _p("420902", HB, "孝感", "孝南区", "checkpoint", "毛陈镇防疫检查点", "G316", "316国道", 30.884, 113.992, 1.5, 0.8),
    _p("420984", HB, "孝感", "汉川市", "toll", "汉川收费站", "G42", "沪蓉高速", 30.655, 113.838, 1.2, 1.0),
    _p("420923", HB, "孝感", "云梦县", "toll", "云梦收费站", "G70", "福银高速", 31.031, 113.758, 1.0, 0.8),
    _p("420902", HB, "孝感", "孝南区", "station", "孝感汽车客运站", None, None, 30.925, 113.921, 0.6, 1.2),
    _p("420116", HB, "武汉", "黄陂区", "toll", "横店收费站", "G4", "京港澳高速", 30.787, 114.292, 1.0, 1.0),
    _p("420116", HB, "武汉", "黄陂区", "hub", "汉口北国际商品交易中心", None, None, 30.727, 114.331, 1.0, 1.0),
    _p("420111", HB, "武汉", "洪山区", "hub", "白沙洲农副产品大市场", None, None, 30.493, 114.286, 1.0, 1.0),
    _p("420111", HB, "武汉", "洪山区", "station", "武汉火车站", None, None, 30.607, 114.424, 0.6, 1.5),
    _p("420106", HB, "武汉", "武昌区", "station", "武昌火车站", None, None, 30.529, 114.317, 0.6, 1.5),
    _p("420115", HB, "武汉", "江夏区", "toll", "郑店收费站", "G4", "京港澳高速", 30.381, 114.224, 0.8, 0.8),
    # 河北 廊坊 / 石家庄 / 保定
    _p("131003", HE, "廊坊", "广阳区", "toll", "廊坊收费站", "G2", "京津塘高速", 39.527, 116.731, 2.0, 1.0),
    _p("131002", HE, "廊坊", "安次区", "toll", "廊坊南收费站", "G3", "京台高速", 39.401, 116.598, 2.0, 1.0),
    _p("131002", HE, "廊坊", "安次区", "checkpoint", "东沽港镇防疫检查点", None, None, 39.352, 116.752, 2.0, 0.8),
    _p("131002", HE, "廊坊", "安次区", "hub", "龙河高新区物流园", None, None, 39.468, 116.671, 1.5, 1.0),
    _p("131003", HE, "廊坊", "广阳区", "urban", "万达广场", None, None, 39.531, 116.713, 0.8, 1.2),
    _p("131022", HE, "廊坊", "固安县", "toll", "固安收费站", "G45", "大广高速", 39.431, 116.302, 1.2, 0.8),
    _p("131024", HE, "廊坊", "香河县", "toll", "香河收费站", "G1", "京哈高速", 39.762, 117.004, 1.2, 0.8),
    _p("130108", HE, "石家庄", "裕华区", "toll", "石家庄收费站", "G4", "京港澳高速", 38.002, 114.561, 1.0, 1.0),
    _p("130602", HE, "保定", "竞秀区", "toll", "保定收费站", "G4", "京港澳高速", 38.872, 115.421, 1.0, 1.0),
    _p("130684", HE, "保定", "高碑店市", "toll", "高碑店收费站", "G4", "京港澳高速", 39.322, 115.843, 1.0, 1.0),
    # 北京
    _p("110115", BJ, "北京", "大兴区", "checkpoint", "榆垡进京检查站", "G45", "京开高速", 39.521, 116.318, 1.2, 1.0),
    _p("110112", BJ, "北京", "通州区", "checkpoint", "西集进京检查站", "G1", "京哈高速", 39.781, 116.938, 1.2, 1.0),
    _p("110106", BJ, "北京", "丰台区", "hub", "新发地农产品批发市场", None, None, 39.822, 116.372, 0.8, 1.0),
    # 吉林 长春 / 吉林 / 四平
    _p("220106", JL, "长春", "绿园区", "toll", "长春西收费站", "G1", "京哈高速", 43.882, 125.171, 3.0, 0.8),
    _p("220105", JL, "长春", "二道区", "toll", "长春东收费站", "G12", "珲乌高速", 43.871, 125.462, 2.5, 0.8),
    _p("220112", JL, "长春", "双阳区", "toll", "双阳收费站", None, "长双高速", 43.524, 125.661, 1.5, 0.6),
    _p("220113", JL, "长春", "九台区", "toll", "九台收费站", "G12", "珲乌高速", 44.152, 125.842, 1.5, 0.6),
    _p("220103", JL, "长春", "宽城区", "hub", "长春北部物流园区", None, None, 43.923, 125.318, 2.5, 0.8),
    _p("220104", JL, "长春", "朝阳区", "urban", "红旗街", None, None, 43.866, 125.291, 2.0, 0.8),
    _p("220204", JL, "吉林", "船营区", "toll", "吉林收费站", "G12", "珲乌高速", 43.851, 126.482, 2.0, 0.6),
    _p("220302", JL, "四平", "铁西区", "toll", "四平收费站", "G1", "京哈高速", 43.163, 124.331, 1.5, 0.6),
    _p("220302", JL, "四平", "铁西区", "service", "四平服务区", "G1", "京哈高速", 43.201, 124.302, 1.5, 0.6),
    # 上海
    _p("310114", SH, "上海", "嘉定区", "toll", "安亭收费站", "G2", "京沪高速", 31.298, 121.161, 3.0, 2.0),
    _p("310114", SH, "上海", "嘉定区", "toll", "朱桥收费站", "G15", "沈海高速", 31.371, 121.222, 2.0, 1.5),
    _p("310116", SH, "上海", "金山区", "toll", "枫泾收费站", "G60", "沪昆高速", 30.889, 121.021, 2.5, 1.5),
    _p("310118", SH, "上海", "青浦区", "toll", "徐泾收费站", "G50", "沪渝高速", 31.191, 121.268, 2.0, 1.5),
    _p("310115", SH, "上海", "浦东新区", "port", "芦潮港集卡停车场", "S2", "沪芦高速", 30.862, 121.902, 2.5, 2.0),
    _p("310115", SH, "上海", "浦东新区", "port", "外高桥港区", None, None, 31.358, 121.581, 2.0, 1.5),
    _p("310112", SH, "上海", "闵行区", "urban", "莘庄镇", None, None, 31.111, 121.382, 2.0, 1.5),
    _p("310115", SH, "上海", "浦东新区", "urban", "金桥镇", None, None, 31.271, 121.602, 2.0, 1.5),
    # 江苏
    _p("320583", JS, "苏州", "昆山市", "toll", "花桥收费站", "G2", "京沪高速", 31.302, 121.078, 2.5, 1.2),
    _p("320583", JS, "苏州", "昆山市", "toll", "昆山收费站", "G2", "京沪高速", 31.351, 120.931, 1.5, 1.0),
    _p("320113", JS, "南京", "栖霞区", "toll", "马群收费站", "G42", "沪蓉高速", 32.051, 118.902, 1.0, 1.0),
    # 山东 济南 / 临沂 / 潍坊 / 青岛
    _p("370104", SD, "济南", "槐荫区", "toll", "济南西收费站", "G3", "京台高速", 36.662, 116.891, 1.0, 1.0),
    _p("370112", SD, "济南", "历城区", "toll", "济南东收费站", "G20", "青银高速", 36.721, 117.182, 1.0, 1.0),
    _p("370114", SD, "济南", "章丘区", "toll", "章丘收费站", "G20", "青银高速", 36.728, 117.521, 0.8, 0.8),
    _p("370105", SD, "济南", "天桥区", "hub", "堤口果品批发市场", None, None, 36.691, 116.981, 0.8, 1.0),
    _p("370105", SD, "济南", "天桥区", "station", "济南火车站", None, None, 36.671, 116.991, 0.5, 1.5),
    _p("371302", SD, "临沂", "兰山区", "toll", "临沂北收费站", "G2", "京沪高速", 35.171, 118.322, 2.0, 1.0),
    _p("371302", SD, "临沂", "兰山区", "hub", "临沂商城物流园", None, None, 35.102, 118.341, 2.0, 1.2),
    _p("371311", SD, "临沂", "罗庄区", "toll", "罗庄收费站", "G1511", "日兰高速", 34.998, 118.281, 1.2, 0.8),
    _p("371312", SD, "临沂", "河东区", "checkpoint", "九曲街道防疫检查点", None, None, 35.061, 118.421, 1.5, 0.6),
    _p("370783", SD, "潍坊", "寿光市", "hub", "寿光农产品物流园", None, None, 36.881, 118.791, 1.2, 1.0),
    _p("370783", SD, "潍坊", "寿光市", "toll", "寿光收费站", "G18", "荣乌高速", 36.931, 118.732, 1.0, 1.0),
    _p("370211", SD, "青岛", "黄岛区", "port", "前湾港区", None, None, 36.012, 120.201, 0.8, 1.0),
    # 河南 郑州 / 商丘 / 周口
    _p("410104", HA, "郑州", "管城回族区", "toll", "郑州收费站", "G4", "京港澳高速", 34.701, 113.741, 1.0, 2.0),
    _p("410102", HA, "郑州", "中原区", "toll", "郑州西收费站", "G30", "连霍高速", 34.781, 113.531, 1.0, 2.0),
    _p("410122", HA, "郑州", "中牟县", "hub", "万邦国际农产品物流城", None, None, 34.731, 113.862, 1.0, 2.0),
    _p("410184", HA, "郑州", "新郑市", "toll", "新郑收费站", "G4", "京港澳高速", 34.401, 113.741, 0.8, 1.5),
    _p("410105", HA, "郑州", "金水区", "station", "郑州东站", None, None, 34.758, 113.778, 0.6, 1.5),
    _p("410103", HA, "郑州", "二七区", "station", "郑州汽车客运中心站", None, None, 34.721, 113.641, 0.6, 1.5),
    _p("411402", HA, "商丘", "梁园区", "toll", "商丘收费站", "G30", "连霍高速", 34.452, 115.651, 0.8, 1.0),
    _p("411602", HA, "周口", "川汇区", "toll", "周口收费站", "G45", "大广高速", 33.621, 114.701, 0.8, 1.0),
]

# Plate prefix → the city it belongs to; drivers come from all over.
ORIGINS: list[tuple[str, str]] = [
    ("豫A", "郑州"), ("豫N", "商丘"), ("豫P", "周口"), ("鲁A", "济南"), ("鲁Q", "临沂"), ("鲁V", "潍坊"),
    ("鲁B", "青岛"), ("冀R", "廊坊"), ("冀A", "石家庄"), ("冀F", "保定"), ("鄂A", "武汉"), ("鄂K", "孝感"),
    ("吉A", "长春"), ("吉B", "吉林"), ("沪D", "上海"), ("苏E", "苏州"), ("苏A", "南京"), ("皖A", "合肥"),
    ("皖L", "宿州"), ("浙A", "杭州"), ("黑A", "哈尔滨"), ("辽A", "沈阳"), ("晋A", "太原"), ("川A", "成都"),
    ("湘A", "长沙"), ("陕A", "西安"), ("津A", "天津"), ("京A", "北京"), ("赣A", "南昌"), ("蒙A", "呼和浩特"),
]

# (what, perishable) — 春耕 农资 and 保供 food dominate April.
CARGO: list[tuple[str, bool]] = [
    ("蔬菜", True), ("西红柿", True), ("土豆", False), ("生猪", True), ("冷冻猪肉", True), ("鸡蛋", True),
    ("大米", False), ("面粉", False), ("食用油", False), ("医疗物资", False), ("防护服", False),
    ("抗原检测试剂", False), ("快递包裹", False), ("化肥", False), ("玉米种子", False), ("饲料", False),
    ("汽车零部件", False), ("电子元器件", False), ("钢材", False), ("日用百货", False), ("香蕉", True),
    ("牛奶", True), ("活鸡", True),
]

SURNAMES = "张王李刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚"
COMPANY_WORDS = ["顺达", "恒通", "安达", "宏运", "鑫源", "通达", "聚力", "万家", "祥和", "德邦兴", "远航", "金桥"]
COMPANY_KINDS = ["物流有限公司", "运输有限公司", "供应链管理有限公司", "货运有限公司", "冷链物流有限公司"]
MOBILE_PREFIXES = ["138", "139", "135", "150", "151", "186", "187", "177", "133", "158"]

# Which way traffic runs on each road, for "往XX方向".
ROAD_ENDS: dict[str, tuple[str, str]] = {
    "G1": ("北京", "哈尔滨"), "G2": ("北京", "上海"), "G3": ("北京", "合肥"), "G4": ("北京", "广州"),
    "G12": ("珲春", "长春"), "G15": ("沈阳", "上海"), "G18": ("荣成", "东营"), "G20": ("青岛", "济南"),
    "G30": ("连云港", "西安"), "G42": ("上海", "成都"), "G45": ("大庆", "广州"), "G50": ("上海", "重庆"),
    "G60": ("上海", "杭州"), "G70": ("武汉", "十堰"), "G1511": ("日照", "兰考"), "S2": ("市区", "芦潮港"),
    "G316": ("孝感", "武汉"), "长双高速": ("长春", "双阳"),
}

# Cities in the news at the time: where a truck was "coming from" when turned back.
HOT_CITIES_APRIL = ["上海", "长春", "吉林", "廊坊", "苏州", "临沂"]
HOT_CITIES_MAY = ["上海", "郑州", "北京", "廊坊"]


# --------------------------------------------------------------------------------------------------
# One case's raw material


@dataclass
class _Draft:
    type: str
    category: str
    title: str
    body: str
    place: _Place
    urgent: bool = False
    driver: bool = True
    plate: str | None = None
    company: str | None = None
    channel: str | None = None  # overrides the drawn channel when the story only fits one
    on_call_reply: str | None = None  # a consultation the operator can answer on the spot
    # Replies that fit this very story; "{we}" (我局/我委 …) and "{today}" are filled in when replying.
    replies: list[str] = field(default_factory=list)
    facts: dict = field(default_factory=dict)


class _Ctx:
    """Everything a scenario needs to write one case: randomness, the date, the channel's voice."""

    def __init__(self, rng: random.Random, created_at: datetime, channel: str):
        self.rng = rng
        self.created_at = created_at
        self.channel = channel
        r = rng.random()
        if channel == "phone":
            self.style = "op"  # an operator's notes: 来电人反映……
        elif channel == "open311":
            self.style = "short" if r < 0.8 else "self"
        elif channel == "api":
            self.style = "short" if r < 0.45 else "self"
        else:
            self.style = "short" if r < 0.2 else "self"

    # -- small pickers
    def pick(self, seq):
        return self.rng.choice(seq)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def n(self, lo: int, hi: int) -> int:
        return self.rng.randint(lo, hi)

    @property
    def april(self) -> bool:
        return self.created_at.month == 4

    def place(self, *kinds: str, not_city: str | None = None) -> _Place:
        pool = [p for p in PLACES if (not kinds or p.kind in kinds) and p.city != not_city]
        weights = [p.hot_april if self.april else p.hot_may for p in pool]
        return self.rng.choices(pool, weights=weights)[0]

    def origin(self, not_city: str | None = None) -> tuple[str, str]:
        return self.pick([o for o in ORIGINS if o[1] != not_city])

    def plate(self, prefix: str) -> str:
        letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        body = [self.pick("0123456789") for _ in range(5)]
        if self.chance(0.4):
            body[self.n(0, 1)] = self.pick(letters)
        return prefix + "".join(body)

    def cargo(self, perishable: bool | None = None) -> tuple[str, bool]:
        pool = [c for c in CARGO if perishable is None or c[1] == perishable]
        return self.pick(pool)

    def hot_city(self, not_city: str) -> str:
        return self.pick([c for c in (HOT_CITIES_APRIL if self.april else HOT_CITIES_MAY) if c != not_city])

    def company(self, city: str) -> str:
        return f"{city}{self.pick(COMPANY_WORDS)}{self.pick(COMPANY_KINDS)}"

    def day(self, back_max: int = 2) -> tuple[str, date]:
        """The day the trouble happened: usually today, sometimes a day or two before the call."""
        back = self.rng.choices([0, 1, 2, 3], weights=[65, 22, 9, 4])[0]
        back = min(back, back_max)
        self._same_day = back == 0
        d = (self.created_at - timedelta(days=back)).date()
        return f"{d.month}月{d.day}日", d

    def tod(self) -> str:
        """When it happened, the way an operator writes it: 下午3时许."""
        if getattr(self, "_same_day", True):  # it happened earlier on the day of the call
            h = self.rng.randint(max(0, self.created_at.hour - 10), self.created_at.hour)
        else:
            h = self.rng.choice([2, 4, 7, 9, 10, 12, 15, 17, 20, 22])
        if h < 6:
            return f"凌晨{h}时许"
        if h < 12:
            return f"上午{h}时许"
        if h == 12:
            return "中午12时许"
        return f"下午{h - 12}时许" if h < 19 else f"晚上{h - 12}时许"

    def colloquial_time(self) -> str:
        return self.pick(["早上", "上午", "中午", "下午", "傍晚", "晚上", "半夜", "凌晨三点多", "昨天夜里"])

    def say(self, op: str, self_: str, short: str) -> str:
        return {"op": op, "self": self_, "short": short}[self.style]


def _ending(ctx: _Ctx) -> str:
    """How an operator closes the record of a call."""
    return ctx.pick([
        "请相关单位核实处理并答复来电人。",
        "来电人要求尽快处理并回复。",
        "来电人同意短信告知办理结果。",
        "来电人情绪较为激动，请尽快联系。",
        "请核实情况并依规处理。",
    ])


# --------------------------------------------------------------------------------------------------
# Scenarios: each writes one case in the voice of the channel it came in on.


def _turnback(ctx: _Ctx) -> _Draft:
    p = ctx.place("toll", "checkpoint")
    pre, ocity = ctx.origin(p.city)
    plate = ctx.plate(pre)
    cargo, perishable = ctx.cargo()
    d, _ = ctx.day()
    hot = ctx.hot_city(p.city)
    reason = ctx.pick([
        "外地车辆一律不准下道", "行程卡带星号", "上面要求的，我们也没办法", f"车辆途经{hot}",
        f"没有{p.city}本地的通行证", "没有接收单位证明，不让下", "今天开始只进不出",
    ])
    hours = ctx.n(2, 30)
    extra = ctx.pick([
        "途经地区均为低风险地区", "本人已完成三针疫苗接种", "货主已在收费站外等候接货",
        "随车带有货物单据和行程记录", "车上另有一名随车人员，核酸结果同样为阴性",
    ])
    spot = ctx.pick(["收费站外应急车道", "收费站广场", "前方服务区", "匝道口"])
    if ctx.chance(0.22):
        body = ctx.say(
            f"来电人咨询：其驾驶{plate}货车运输{cargo}，途经{hot}，计划近日前往{p.city}，询问到{p.where}能否正常下道，"
            "是否会被劝返，需要准备哪些证明。",
            f"从{hot}那边过来的车，到{p.landmark}能下吗？会不会被劝返？要准备什么",
            f"{hot}来的货车能在{p.landmark}下吗",
        )
        reply = (f"已告知来电人：按照目前要求，持48小时内核酸阴性证明、健康码和行程卡绿码的货车可正常通行，{p.city}"
                 "不得对货车司机“一刀切”劝返；如途经中高风险地区，需配合落地检测。如遇劝返可再次拨打12328反映。")
        title = ctx.say(f"咨询到{p.where}能否下道", f"{p.landmark}能下吗", f"{p.landmark}能否下道")
        return _Draft("consult", "control.turnback", title, body, p, plate=plate, on_call_reply=reply,
                      facts={"date": d, "origin": ocity, "cargo": cargo})
    help_ = perishable and ctx.chance(0.35) or hours > 24
    urgent = help_ and (perishable or hours > 24) and ctx.chance(0.7)
    if cargo in ("生猪", "活鸡"):
        rot = f"车上是{cargo}，天这么热，再拖下去就要死了，损失谁来赔？"
    elif perishable:
        rot = f"车上是{cargo}，再拖两天就坏了，损失谁来赔？"
    else:
        rot = "货主那边一直在催，耽误了要扣运费。"
    mine = [
        f"我是{ocity}的货车司机，{d}拉了一车{cargo}到{p.city}，到了{p.landmark}不让下，说{reason}。"
        f"我48小时核酸、绿码、行程卡啥都有，也没去过中高风险地区，就是一刀切让掉头回去。{rot}"
        f"现在人还在{spot}，等了{hours}个小时了，到底能不能下？谁来管管？",
        f"{p.landmark}，又被劝返了。工作人员就一句话：{reason}。核酸报告、健康码、行程卡摆在他面前看都不看。"
        f"{rot}往回走{ocity}那边也进不去，你们说我们司机该去哪？",
        f"请问{p.city}到底让不让外地货车进？{d}{ctx.colloquial_time()}到的{p.landmark}，排了半天队，轮到我说{reason}，"
        f"让掉头。{cargo}是{p.city}这边客户订的货，人家在出口等着接。在{spot}等了{hours}小时了，没人给个说法。",
    ]
    body = ctx.say(
        f"来电人反映，其驾驶{plate}重型货车，{d}{ctx.tod()}运载{cargo}从{ocity}出发前往{p.city}，行至{p.where}时"
        f"被防疫检查点工作人员劝返，理由是“{reason}”。来电人称其持有48小时内核酸检测阴性证明，健康码、行程卡均为"
        f"绿码，{extra}。目前车辆停在{spot}，已等待约{hours}小时。来电人认为当地执行防疫政策“一刀切”，诉求：请相关部门"
        f"核实并协调放行，允许其按规定卸货。{_ending(ctx)}",
        ctx.pick(mine),
        ctx.pick([
            f"{p.landmark}一刀切劝返外地货车，绿码加48小时核酸也不让下",
            f"{p.city}{p.landmark}不让外地货车下高速，已等{hours}小时",
            f"{plate}在{p.landmark}被劝返，车上{cargo}，求助",
        ]),
    )
    title = ctx.say(
        ctx.pick([f"反映{p.where}劝返货车", f"{plate}货车在{p.landmark}被劝返", f"反映{p.city}一刀切劝返外地货车"]),
        ctx.pick([f"{p.landmark}为什么不让下高速？", "一刀切劝返，货车司机怎么活", f"在{p.landmark}被劝返了"]),
        f"{p.landmark}劝返货车",
    )
    return _Draft("help" if help_ else "complaint", "control.turnback", title, body, p, urgent=urgent, plate=plate,
                  company=ctx.company(ocity) if ctx.chance(0.3) else None,
                  facts={"date": d, "origin": ocity, "cargo": cargo})


def _escalation(ctx: _Ctx) -> _Draft:
    p = ctx.place("toll", "checkpoint", "hub")
    pre, ocity = ctx.origin(p.city)
    d, _ = ctx.day()
    hours = ctx.n(3, 14)
    fee = ctx.pick([40, 60, 80])
    extra, extra_me = ctx.pick([
        ("等待期间无处吃饭、如厕", "等结果的时候饭没地方吃，厕所也不让上"),
        ("另要求其返程后居家隔离7天", "还说我回去以后要居家隔离7天"),
        ("还要求提供接收单位出具的证明和社区报备回执", "还要接收单位开证明、社区报备回执，一样不能少"),
        (f"现场检测每人收费{fee}元", f"做一次还收{fee}块钱"),
        ("同一天内在不同卡口被要求做了三次核酸", "同一天过了三个卡口就做了三次"),
    ])
    kind = ctx.rng.choices(["complaint", "suggestion", "report", "consult"], weights=[62, 13, 10, 15])[0]
    if kind == "consult":
        body = ctx.say(
            f"来电人咨询：{p.province}规定货车司机持48小时内核酸阴性证明即可通行，但{p.district}要求24小时内核酸证明，"
            "询问以哪个为准。",
            f"{p.province[:-1]}说48小时，{p.district}说24小时，到底以哪个为准？",
            f"{p.district}核酸时限以哪个为准",
        )
        reply = ("已告知来电人：货车司机核酸检测结果查验以省级统一要求为准（48小时内阴性证明），各地不得擅自加码；"
                 "如遇检查点要求不一致，可再次拨打12328反映，我们将转属地核实。")
        return _Draft("consult", "control.escalation", ctx.say("咨询核酸检测时限要求", "核酸时限到底以哪个为准",
                                                                "核酸时限"), body, p, on_call_reply=reply,
                      facts={"date": d, "origin": ocity})
    if kind == "suggestion":
        body = ctx.say(
            f"来电人建议：上级部门对{p.district}检查点“层层加码”的做法进行督查，统一执行货车司机持48小时内核酸阴性证明、"
            f"健康码和行程卡绿码即予通行的要求。来电人称{d}在{p.where}被要求提供24小时内核酸证明并落地检，"
            f"与省级规定不一致。",
            f"建议统一一下标准吧。省里说48小时，到{p.district}变24小时，再往前走一个镇又要落地检，"
            f"司机根本不知道该按哪个来。能不能全省一个标准，上面定了下面不许再加码。",
            f"建议统一核酸时限，{p.district}不要再层层加码",
        )
        title = f"建议纠正{p.district}层层加码做法"
    else:
        body = ctx.say(
            f"来电人{'举报' if kind == 'report' else '反映'}，其为{ocity}货车司机，{d}到{p.district}卸货。按照{p.province}"
            f"规定，持48小时内核酸阴性证明即可通行，但{p.where}要求提供24小时内核酸证明，并在卸货点“落地检”后原地等待结果，"
            f"不得离开车辆，{extra}。来电人称前后共等待{hours}小时，认为当地层层加码，要求相关部门予以纠正。{_ending(ctx)}",
            ctx.pick([
                f"{p.province[:-1]}明明规定的是48小时核酸，到了{p.district}就变成24小时，还得下车做落地检，说结果出来才能走。"
                f"{extra_me}，前后耽误了{hours}个小时。这不是层层加码是什么？司机也是人啊！",
                f"省里一个标准，市里一个标准，到了{p.district}又是一个标准。{p.landmark}要24小时核酸加落地检，"
                f"{extra_me}。我们到底按哪个准备？{hours}个小时就耗在这了",
            ]),
            ctx.pick([f"{p.district}层层加码：省里48小时，这里要24小时+落地检", f"{p.where}核酸要求层层加码"]),
        )
        title = ctx.say(
            f"{'举报' if kind == 'report' else '反映'}{p.district}防疫检查层层加码",
            ctx.pick(["层层加码，到底听谁的", f"{p.district}核酸要求比省里还严", "48小时变24小时？？"]),
            f"{p.district}层层加码",
        )
    return _Draft(kind, "control.escalation", title, body, p, plate=ctx.plate(pre) if ctx.chance(0.5) else None,
                  facts={"date": d, "origin": ocity})


def _pass(ctx: _Ctx) -> _Draft:
    p = ctx.place("toll", "checkpoint", "hub", "port")
    pre, ocity = ctx.origin(p.city)
    cargo, _ = ctx.cargo()
    company = ctx.company(ocity)
    d, _ = ctx.day()
    kind = ctx.rng.choices(["consult", "complaint"], weights=[68, 32])[0]
    if kind == "consult":
        body = ctx.say(
            f"来电人咨询：其所在{company}需从{ocity}向{p.city}运输{cargo}，请问重点物资运输车辆通行证如何办理，"
            f"需要提供哪些材料，办好后到{p.city}是否认可。",
            f"请问去{p.city}送{cargo}要办通行证吗？在哪里办，要什么材料？我们是{ocity}的车，"
            f"听说{p.city}只认本地的证，是真的吗",
            ctx.pick([f"{p.city}重点物资运输车辆通行证怎么办理", f"去{p.city}的通行证在哪办", "通行证全国通用吗"]),
        )
        title = ctx.say(f"咨询{p.city}重点物资运输车辆通行证办理", f"去{p.city}的通行证怎么办", f"{p.city}通行证办理")
        reply = (
            "已告知来电人：重点物资运输车辆通行证可向货物始发地或目的地的地市级交通运输主管部门（保通保畅工作专班）申领，"
            "需提供车辆行驶证、驾驶人身份证和从业资格证、随车人员48小时内核酸阴性证明及运输货物清单，"
            f"通行证为全国统一式样、各地互认，{p.city}检查点不得要求另办本地证件。来电人表示清楚。"
        )
        return _Draft("consult", "control.pass", title, body, p, driver=ctx.chance(0.6), company=company,
                      on_call_reply=reply, facts={"date": d, "origin": ocity, "cargo": cargo})
    days = ctx.n(2, 6)
    if ctx.chance(0.5):
        sent = (ctx.created_at - timedelta(days=days)).date()
        d = f"{sent.month}月{sent.day}日"
        body = ctx.say(
            f"来电人反映{p.city}重点物资运输车辆通行证办理难：来电人于{d}提交申请，至今{days}天未审核，拨打"
            f"{p.transport_office}公布的办理电话多次无人接听。来电人运输的是{cargo}，急需进入{p.city}，诉求：尽快审核办理。"
            f"{_ending(ctx)}",
            f"通行证到底去哪办？？申请交上去{days}天了没动静，打电话没人接，物流园让找交通局，交通局让找指挥部，"
            f"指挥部电话打不通。车在{p.landmark}外面停着，{cargo}等着卸，一天损失好几千",
            f"{p.city}通行证申请{days}天不审核，电话打不通",
        )
        title = ctx.say(f"反映{p.city}通行证办理难", "通行证办不下来", f"{p.city}通行证办理难")
        replies = [
            "经核实，来电人通行证申请因材料中缺少核酸检测证明未通过初审，工作人员未及时告知。{we}已于{today}为其办理"
            "完成重点物资运输车辆通行证，并电话告知来电人。同时已增设两部办理咨询电话，确保专人接听。",
            "经核实，因申请量激增，审核积压。{we}已抽调人员实行24小时审核，来电人的通行证已于{today}办结，"
            "已短信告知来电人。",
        ]
    else:
        office = f"{ocity}市交通委" if ocity in ("北京", "上海", "天津") else f"{ocity}市交通运输局"
        issuer = ctx.pick([office, f"{ocity}保通保畅工作专班"])
        body = ctx.say(
            f"来电人反映其持有{issuer}签发的重点物资运输车辆通行证，{d}运输{cargo}到{p.where}时，检查点工作人员称"
            f"外地通行证不认可，要求办理{p.city}本地通行证后方可通行。来电人认为通行证应全国互认，要求核实纠正。"
            f"{_ending(ctx)}",
            f"不是说通行证全国通用吗？我拿着{issuer}开的证，到{p.landmark}人家说不认，要{p.city}本地的。"
            f"本地的去哪办也不告诉，就让我在边上等着。",
            f"{p.landmark}不认外地通行证",
        )
        title = ctx.say(f"反映{p.where}不认可外地通行证", "通行证不是全国互认吗", f"{p.landmark}不认通行证")
        replies = [
            f"经核实，{p.landmark}检查点工作人员对通行证全国互认政策理解有误，{{we}}已重新组织培训，外地签发的重点物资运输"
            "车辆通行证一律予以认可。已向来电人致歉并说明情况。",
        ]
    return _Draft("complaint", "control.pass", title, body, p, plate=ctx.plate(pre), company=company,
                  replies=replies, facts={"date": d, "origin": ocity, "cargo": cargo})


def _checkpoint(ctx: _Ctx) -> _Draft:
    p = ctx.place("toll", "checkpoint")
    pre, ocity = ctx.origin(p.city)
    d, _ = ctx.day()
    km, hours, lanes = ctx.n(3, 15), ctx.n(2, 9), ctx.n(1, 2)
    kind = ctx.rng.choices(["complaint", "suggestion", "help"], weights=[75, 12, 13])[0]
    if ctx.chance(0.7):
        body = ctx.say(
            f"来电人反映{p.where}防疫检查点通行效率低，{d}{ctx.tod()}起车辆排队约{km}公里，只开放{lanes}个查验通道，"
            f"来电人排队{hours}小时仍未通过。诉求：增加查验人员和通道，货车与小客车分道查验。{_ending(ctx)}",
            f"{p.landmark}检查点堵了{km}公里，就{lanes}个口子在查，大货车一动不动，从{ctx.colloquial_time()}排到现在"
            f"{hours}个小时了。能不能多开几个通道？{'车上没水了。' if kind == 'help' else ''}",
            f"{p.landmark}检查点排队{km}公里",
        )
        title = ctx.say(f"反映{p.where}检查点拥堵", f"{p.landmark}堵了{km}公里", f"{p.landmark}检查点拥堵")
    else:
        n = ctx.n(3, 6)
        body = ctx.say(
            f"来电人反映其从{ocity}到{p.district}，沿途被设置{n}个检查点反复查验，每个卡口都要扫码登记、查看核酸报告，"
            f"全程耗时{hours}小时。来电人认为重复设卡影响物流效率，建议取消不必要的检查点。",
            f"从下高速到卸货点不到五十公里，被查了{n}次，每次都是扫码、看核酸、登记，一样的东西查{n}遍。"
            f"能不能查一次就行？",
            f"{p.district}沿途重复设卡{n}处",
        )
        title = ctx.say(f"反映{p.district}重复设置检查点", f"{n}个卡口查{n}遍", "重复设卡")
    return _Draft(kind, "control.checkpoint", title, body, p, urgent=kind == "help" and ctx.chance(0.4),
                  plate=ctx.plate(pre), facts={"date": d, "origin": ocity})


def _testing(ctx: _Ctx) -> _Draft:
    p = ctx.place("toll", "checkpoint", "service")
    pre, ocity = ctx.origin(p.city)
    d, _ = ctx.day()
    kind = ctx.rng.choices(["consult", "complaint", "suggestion"], weights=[40, 45, 15])[0]
    if kind == "consult":
        body = ctx.say(
            f"来电人咨询：其近日将驾驶货车从{ocity}前往{p.city}，请问当地对外地货车司机核酸检测有何要求，"
            f"是否认可外省检测结果，沿途哪里可以做核酸。",
            f"明天要去{p.city}，核酸是要48小时还是24小时的？外省做的认不认？路上哪个服务区能做？",
            ctx.pick([f"{p.city}对货车司机核酸有什么要求", f"{p.road_name or p.city}沿线哪里能做核酸"]),
        )
        title = ctx.say(f"咨询进入{p.city}货车司机核酸检测要求", f"去{p.city}要什么核酸", f"{p.city}核酸要求")
        reply = (
            f"已告知来电人：{p.city}对外省进入货车司乘人员查验48小时内核酸阴性证明及健康码、行程卡，外省检测结果互认；"
            "沿途部分高速公路服务区设有货车司机免费核酸检测点，实行“即采即走、不等结果”，具体以当地最新通告为准。"
        )
        return _Draft("consult", "control.testing", title, body, p, on_call_reply=reply,
                      facts={"date": d, "origin": ocity})
    if kind == "suggestion":
        body = ctx.say(
            "来电人建议在高速公路服务区设置货车司机专用核酸检测点，24小时开放，实行“即采即走、不等结果”，"
            "检测结果全国互认，避免司机为做核酸下高速绕行。",
            f"建议每个服务区都设个核酸点，24小时的，给司机做完就走，别让我们下高速找地方做。"
            f"这次在{p.city}为了做个核酸绕了四十多公里。",
            "建议服务区设置司机核酸检测点",
        )
        return _Draft("suggestion", "control.testing", ctx.say("建议服务区设置司机核酸检测点", "服务区能不能做核酸",
                                                                "服务区设核酸点"), body, p,
                      facts={"date": d, "origin": ocity})
    variant = ctx.n(0, 2)
    hours = ctx.n(3, 10)
    if variant == 0:
        why = ctx.pick(["称外省检测结果在本地系统查不到", "称纸质报告不算数，必须在健康码上显示",
                        "称必须是本地检测机构出具的报告"])
        body = ctx.say(
            f"来电人反映{d}在{p.where}接受查验时，工作人员不认可其在{ocity}做的核酸检测结果（{why}），要求其现场重新检测"
            f"并等待结果，共等待{hours}小时。来电人认为核酸结果应全国互认，要求核实处理。{_ending(ctx)}",
            f"在{ocity}做的核酸{p.city}不认，非要重做，重做又要等{hours}个小时出结果，等结果期间不让走也不让下车。"
            f"全国互认是说着玩的吗？",
            f"{p.landmark}不认外省核酸结果",
        )
        title = ctx.say(f"反映{p.where}不认可外省核酸结果", "核酸结果不认", f"{p.landmark}核酸不互认")
        replies = ["经核实，该检查点工作人员对核酸检测结果互认政策理解有误。{we}已重申：外省检测机构出具的48小时内核酸"
                   "阴性结果全国互认，不得要求重复检测。已对相关工作人员进行批评教育，并向来电人致歉。"]
    elif variant == 1:
        body = ctx.say(
            f"来电人反映其24小时核酸结果在运输途中过期，{p.road_name or '沿途'}服务区没有检测点，到{p.where}又被要求"
            f"先出示24小时内核酸证明，无处可做，进退两难。来电人请求协调就近检测。",
            f"24小时的核酸跑着跑着就过期了，服务区又没地方做，到{p.landmark}人家不让过，让我回去做。回哪去？",
            f"核酸过期无处可做，{p.landmark}不放行",
        )
        title = ctx.say("反映货车司机途中核酸过期无处检测", "核酸过期了怎么办", "核酸过期无处检测")
        replies = [f"{{we}}已在{p.road_name or p.city}沿线服务区增设货车司机免费核酸检测点，24小时开放，实行“即采即走、"
                   f"不等结果”，{p.landmark}检查点对核酸过期的司机现场采样后即予放行。已将检测点位置告知来电人。"]
    else:
        fee = ctx.pick([40, 50, 80, 120])
        body = ctx.say(
            f"来电人反映{d}在{p.where}现场核酸检测收费{fee}元/人，且不出具票据，来电人认为对货车司机应免费检测，"
            f"要求核实。{_ending(ctx)}",
            f"{p.landmark}做核酸收{fee}块一个人，还不给票。别的地方司机都是免费的，这里怎么收钱？",
            f"{p.landmark}核酸检测收费{fee}元不给票",
        )
        title = ctx.say(f"反映{p.where}核酸检测收费", f"核酸收{fee}块", "核酸收费")
        replies = ["经核实，现场检测收费系第三方检测机构擅自收取，{we}已责令其立即停止收费并退还所收费用，"
                   "对货车司机一律免费检测。"]
    return _Draft("complaint", "control.testing", title, body, p, plate=ctx.plate(pre) if ctx.chance(0.6) else None,
                  replies=replies, facts={"date": d, "origin": ocity})


def _closure(ctx: _Ctx) -> _Draft:
    p = ctx.place("toll", "service")
    d, _ = ctx.day()
    kind = ctx.rng.choices(["complaint", "consult", "help"], weights=[50, 32, 18])[0]
    if p.kind == "service" or (kind != "consult" and ctx.chance(0.5)):
        svc = p.landmark if p.kind == "service" else "沿途服务区"
        n = ctx.n(2, 5)
        body = ctx.say(
            f"来电人反映{p.road_name}{svc}自{d}起关闭，餐厅、超市、卫生间均不开放，货车司机无法吃饭、如厕、加水，"
            f"沿途{n}个服务区情况相同。来电人诉求：在做好防控的前提下开放服务区基本服务。{_ending(ctx)}",
            f"一路上{p.road_name}的服务区全关了，餐厅不开厕所锁着，开了一天车就吃了两包饼干。"
            f"{'现在水也没了，' if kind == 'help' else ''}这是不让司机活了吗",
            ctx.pick([f"{svc}关闭，厕所都不开", f"{p.road_name}服务区关闭，无法吃饭"]),
        )
        title = ctx.say(f"反映{p.road_name}服务区关闭", "服务区全关了，司机吃饭上厕所怎么办", f"{svc}关闭")
        kind = "help" if kind == "help" else "complaint"
        reply = None
        replies = [f"经核实，{p.road_name}沿线服务区已按照“关而不停”要求恢复开放卫生间、加油和便利店服务，餐厅提供盒饭外卖，"
                   "并为过往司机免费提供热水。{we}已安排专人每日巡查。已将处理情况告知来电人。"]
    else:
        alt = ctx.pick([q for q in PLACES if q.city == p.city and q.kind == "toll" and q != p] or [p])
        body = ctx.say(
            f"来电人{'求助' if kind == 'help' else '反映'}：{p.where}出口关闭，车辆无法下道，导航显示前方几个出口均已封闭，"
            f"来电人需前往{p.district}卸货，询问从哪个出口可以下高速。",
            f"{p.landmark}封了，导航上前面的口子都是红的，我要去{p.district}卸货，从哪下？",
            f"{p.landmark}封闭，下不了高速",
        )
        title = ctx.say(f"{'求助' if kind == 'help' else '咨询'}{p.where}关闭后如何下道", f"{p.landmark}封了，从哪下？",
                        f"{p.landmark}关闭")
        reply = (f"经查询，{p.landmark}因疫情防控临时关闭，已告知来电人可从{alt.landmark}下道，并按要求出示48小时内"
                 "核酸阴性证明、健康码和行程卡。" if alt != p else
                 f"经查询，{p.landmark}因疫情防控临时关闭，预计近日恢复，已告知来电人关注高速公路出行服务信息。")
        replies = [f"经核实，{p.landmark}因疫情防控需要临时关闭，已于{{today}}恢复通行，对持48小时内核酸阴性证明的货车"
                   "正常放行。已将处理情况告知来电人。"]
    return _Draft(kind, "control.closure", title, body, p, urgent=kind == "help" and ctx.chance(0.5),
                  on_call_reply=reply if kind == "consult" else None, replies=replies, facts={"date": d})


def _stranded(ctx: _Ctx) -> _Draft:
    p = ctx.place("toll", "service")
    pre, ocity = ctx.origin(p.city)
    plate = ctx.plate(pre)
    cargo, perishable = ctx.cargo()
    days = ctx.n(2, 6)
    companion = ctx.pick(["妻子", "另一名司机", "随车装卸工", "儿子"])
    spot = p.landmark if p.kind == "service" else ctx.pick([f"{p.landmark}附近应急车道", f"{p.landmark}前方服务区"])
    extra = ctx.pick([
        "其中一人有高血压，药已吃完", "手机即将没电", f"车上{cargo}为{p.city}医院急需" if cargo in ("医疗物资", "防护服", "抗原检测试剂") else "车上货物已开始变质",
        "车辆柴油仅剩不到四分之一", "两人已两天未正常进食",
    ])
    if cargo == "生猪":
        extra = f"车上装运生猪{ctx.n(90, 160)}头，天气炎热，已有{ctx.n(3, 12)}头死亡"
    body = ctx.say(
        f"来电人求助：其与{companion}驾驶{plate}货车运送{cargo}，因{p.city}{p.landmark}不让下道、返回{ocity}又无法进入，"
        f"已被困在{p.road_name}{spot}{days}天，车上饮用水和食物已基本耗尽，{extra}。来电人情绪焦急，请求协调解决食宿"
        "并安排下道。",
        f"救救我们吧！我是{plate}的司机，在{p.road_name}{spot}困了{days}天了，车上两个人，水和吃的都没了，"
        f"前面不让下后面回不去。打110说找交通，打交通说找指挥部，指挥部电话一直占线。{extra}。",
        f"被困{p.road_name}{spot}{days}天，没吃没喝，求助",
    )
    title = ctx.say(f"求助：{plate}货车被困{p.road_name}{days}天", "被困高速好几天了，求救", f"被困{p.road_name}求助")
    return _Draft("help", ctx.pick(["control.closure", "control.closure", "control.turnback"]), title, body, p,
                  urgent=True, plate=plate, facts={"origin": ocity, "cargo": cargo, "days": days})


def _freight(ctx: _Ctx) -> _Draft:
    p = ctx.place("hub", "port")
    pre, ocity = ctx.origin(p.city)
    d, _ = ctx.day(3)
    days = ctx.n(2, 9)
    v = ctx.rng.choices(["stuck", "quarantine", "refused", "relief"], weights=[40, 25, 20, 15])[0]
    if v == "stuck":
        body = ctx.say(
            f"来电人反映{p.city}{p.landmark}{d}起实行封闭管理，车辆只进不出，来电人进入卸货后被要求在园区内等候，已滞留"
            f"{days}天，吃住均在车上，无法离开。来电人请求协调离园。{_ending(ctx)}",
            f"在{p.landmark}卸完货就不让走了，说园区封控，已经第{days}天了，吃住都在驾驶室里，"
            "谁能告诉我什么时候能出去？家里还等着我跑下一趟还车贷",
            f"{p.landmark}只进不出，司机被困{days}天",
        )
        title = ctx.say(f"反映货车司机滞留{p.landmark}", f"在{p.landmark}困了{days}天", f"{p.landmark}司机滞留")
        return _Draft("help", "transport.freight", title, body, p, urgent=days > 6, plate=ctx.plate(pre),
                      facts={"date": d, "days": days})
    if v == "quarantine":
        home = ctx.pick(["孝感", "廊坊", "临沂", "周口", "商丘", "保定", "长春"])
        body = ctx.say(
            f"来电人咨询：其为{home}籍货车司机，目前在外省跑车，{'运输途中经过' + ctx.hot_city(home) if ctx.chance(0.5) else '近期'}"
            "返乡是否需要隔离，隔离多少天，隔离期间车辆如何处理。",
            f"我是{home}的货车司机，跑完这趟想回家，回去要不要隔离？要隔离几天？车停哪？",
            f"货车司机返回{home}是否需要隔离",
        )
        reply = (f"已告知来电人：按照目前防控要求，来自低风险地区的货车司机持48小时内核酸阴性证明、健康码和行程卡绿码即可返乡，"
                 f"无需集中隔离；途经中高风险地区的，需向{home}所在社区报备并按要求进行健康监测，具体以社区要求为准。")
        return _Draft("consult", "transport.freight", ctx.say("咨询货车司机返乡隔离政策", "司机回家要隔离吗", "返乡隔离"),
                      body, p, on_call_reply=reply, facts={"home": home})
    if v == "refused":
        fee = ctx.pick([300, 500, 800, 1200])
        platform = ctx.pick(["货运平台", "物流信息平台", "货主"])
        body = ctx.say(
            f"来电人反映其{d}到{p.city}{p.landmark}装货时，货主以防疫为由拒绝其进场装卸，要求在场外等候，导致无法按时送达，"
            f"被{platform}扣除运费{fee}元。来电人认为延误非其责任，要求协调。",
            f"到{p.landmark}人家不让进，说外地车不让进场，等了一天才装上货，到了又说我超时，{platform}扣了我{fee}块。"
            "这钱凭什么我出？",
            f"{p.landmark}拒绝外地车进场装货",
        )
        return _Draft("complaint", "transport.freight", ctx.say("反映货车被拒绝进场装货并被扣运费", f"被扣了{fee}运费",
                                                                 "拒绝进场装货"), body, p, plate=ctx.plate(pre),
                      replies=[f"经协调，货主已同意不扣除来电人运费。{{we}}已督促{p.landmark}保障外地货车正常进场装卸，"
                               "不得以防疫为由拒绝持有效核酸证明的车辆进场。"],
                      facts={"date": d})
    body = ctx.say(
        "来电人咨询：受疫情影响其货车空驶增加、运费下降，车贷无法按时偿还，询问是否有针对货车司机的纾困政策。",
        "跑车两个月没挣到钱，车贷还不上了，听说有延期还款的政策，找谁办？",
        "货车司机车贷延期政策咨询",
    )
    reply = ("已告知来电人：可向贷款机构申请货车贷款延期还本付息，相关政策可咨询放贷银行或汽车金融公司；"
             "同时可关注当地交通运输部门发布的货车司机纾困措施。")
    return _Draft("consult", "transport.freight", ctx.say("咨询货车司机纾困政策", "车贷还不上能延期吗", "车贷延期"),
                  body, p, on_call_reply=reply, facts={})


def _passenger(ctx: _Ctx) -> _Draft:
    p = ctx.place("station")
    dest = ctx.pick([c for c in ["信阳", "十堰", "襄阳", "南阳", "菏泽", "聊城", "邯郸", "衡水", "驻马店", "随州", "黄冈"]])
    d, _ = ctx.day()
    kind = ctx.rng.choices(["consult", "complaint", "report"], weights=[50, 32, 18])[0]
    if kind == "consult":
        body = ctx.say(
            f"来电人咨询{p.city}至{dest}的长途客运班线何时恢复，目前能否购票，乘车需要什么证明。",
            f"{p.landmark}到{dest}的客车什么时候能恢复啊？想回去看看老人，打电话问车站说停运了没有时间",
            f"{p.city}到{dest}的客车恢复了吗",
        )
        reply = (f"已告知来电人：{p.city}至{dest}班线目前暂停运营，恢复时间以{p.landmark}公告为准；"
                 "恢复后乘车需出示健康码、行程卡及48小时内核酸阴性证明。")
        return _Draft("consult", "transport.passenger", ctx.say(f"咨询{p.city}至{dest}客运班线恢复时间", "客车什么时候恢复",
                                                                 "客运班线恢复"), body, p, driver=False,
                      on_call_reply=reply, facts={"dest": dest})
    if kind == "complaint":
        pct = ctx.pick([5, 10, 20])
        body = ctx.say(
            f"来电人反映其于{d}在{p.landmark}购买了前往{dest}的车票，后因班线停运退票时被收取{pct}%的退票手续费，"
            f"来电人认为停运是客运站原因，不应收费，要求全额退款。{_ending(ctx)}",
            f"车是你们停的，退票还要扣我{pct}%手续费？{p.landmark}这是什么道理",
            f"{p.landmark}停运退票收手续费",
        )
        return _Draft("complaint", "transport.passenger", ctx.say(f"反映{p.landmark}停运退票收取手续费", "停运退票还扣钱",
                                                                   "退票手续费"), body, p, driver=False,
                      replies=[f"经核实，{p.landmark}因疫情防控要求暂停部分班线，停运期间退票应全额退款。{{we}}已责成客运站"
                               "为来电人办理全额退款，手续费已原路退回。"],
                      facts={"date": d, "pct": pct})
    fee = ctx.pick([80, 100, 150, 200])
    body = ctx.say(
        f"来电人举报{p.city}{p.landmark}附近有私家车非法揽客，前往{dest}每人收费{fee}元，车辆超员，存在安全隐患，"
        "请相关部门查处。",
        f"{p.landmark}出口一堆黑车拉人去{dest}，一个人{fee}，五座车塞七八个人，出了事谁负责",
        f"{p.landmark}黑车非法营运",
    )
    return _Draft("report", "transport.passenger", ctx.say(f"举报{p.landmark}附近非法营运", "黑车拉客", "非法营运"), body,
                  p, driver=False, facts={"date": d})


def _taxi(ctx: _Ctx) -> _Draft:
    p = ctx.place("station", "urban")
    prov_short = {"湖北省": "鄂A", "河北省": "冀R", "吉林省": "吉A", "上海市": "沪", "山东省": "鲁A", "河南省": "豫A",
                  "江苏省": "苏E", "北京市": "京B"}[p.province]
    if prov_short == "沪":
        prov_short += ctx.pick(["F", "G", "E"])
    taxi = f"{prov_short}{ctx.pick('DTB')}{ctx.n(1000, 9999)}"
    d, _ = ctx.day()
    dest = ctx.pick(["市第一人民医院", "火车站", "汽车客运站", "机场", "附近小区", "开发区"])
    issue, label = ctx.pick([
        ("拒载，称路程太近不去", "拒载"), (f"不按计价器收费，一口价要{ctx.pick([50, 60, 80])}元", "不打表"),
        (f"故意绕路，多收费约{ctx.n(15, 40)}元", "绕路"), ("态度恶劣，言语辱骂乘客", "态度恶劣"),
        ("途中私自拼客", "私自拼客"), (f"以疫情为由加收“防疫费”{ctx.pick([5, 10, 20])}元", "乱收费"),
    ])
    kind = "report" if ctx.chance(0.15) else "complaint"
    body = ctx.say(
        f"来电人{'举报' if kind == 'report' else '反映'}{d}{ctx.tod()}在{p.where}乘坐车牌号为{taxi}的出租车前往{dest}，"
        f"司机{issue}。来电人要求对该司机进行处理。{_ending(ctx)}",
        f"在{p.landmark}打车，{taxi}的司机{issue.replace('乘客', '我')}。现在出租车都这样吗？请管管",
        f"{p.landmark}出租车{taxi}{label}",
    )
    title = ctx.say(f"{'举报' if kind == 'report' else '反映'}出租车{taxi}{label}", f"{taxi}出租车{label}",
                    f"出租车{label}")
    found = (f"经调取{taxi}车辆GPS轨迹和车载视频，来电人反映的{label}情况属实。已对驾驶员依法作出处理，扣减服务质量"
             "信誉考核分，并责令其所在出租汽车公司对其进行培训教育。已向来电人反馈处理结果。")
    replies = [found, found]
    if label == "绕路":
        replies.append(f"经调取{taxi}当日行驶轨迹，所走路线为导航推荐路线，未发现故意绕路；司机服务态度问题已责令所在公司"
                       "批评教育。已向来电人解释说明。")
    return _Draft(kind, "transport.taxi", title, body, p, driver=False, replies=replies,
                  facts={"date": d, "taxi": taxi, "issue": issue})


def _toll(ctx: _Ctx) -> _Draft:
    p = ctx.place("toll")
    pre, ocity = ctx.origin(p.city)
    plate = ctx.plate(pre)
    d, _ = ctx.day(3)
    fee = ctx.n(35, 420)
    v = ctx.rng.choices(["turnback", "etc", "green", "consult"], weights=[35, 25, 20, 20])[0]
    if v == "consult":
        body = ctx.say("来电人咨询疫情期间货车通行费是否有减免政策，被劝返车辆是否收费。",
                       "现在货车过路费有没有减免？被劝返了还收不收钱？", "货车通行费减免咨询")
        reply = ("已告知来电人：目前未出台普遍性的货车通行费减免政策，鲜活农产品运输车辆继续执行“绿色通道”政策；"
                 "因疫情防控被劝返的车辆，在劝返站点原路返回的可按规定免收通行费，有争议可提供凭证申请退费。")
        return _Draft("consult", "highway.toll", ctx.say("咨询货车通行费减免政策", "过路费能减免吗", "通行费减免"), body,
                      p, on_call_reply=reply, facts={})
    if v == "turnback":
        exit_ = ctx.pick([q.landmark for q in PLACES if q.kind == "toll" and q.province == p.province and q != p]
                         or ["入口收费站"])
        body = ctx.say(
            f"来电人反映{d}其驾驶{plate}货车在{p.where}被劝返，原路返回从{exit_}出站时仍被收取通行费{fee}元，"
            f"来电人认为被劝返车辆不应收费，要求退还。{_ending(ctx)}",
            f"被劝返了还要收我过路费？？在{p.landmark}掉头回来，到{exit_}交了{fee}块，这合理吗",
            f"{p.landmark}劝返后仍收费{fee}元",
        )
        title = ctx.say("反映劝返车辆被收取通行费", "劝返还收过路费", "劝返车辆收费")
        replies = [f"经核实，来电人车辆系在{p.landmark}被劝返车辆，按规定应免收通行费。{{we}}已于{{today}}将通行费{fee}元"
                   "原路退回。"]
    elif v == "etc":
        body = ctx.say(
            f"来电人反映其车辆{plate}的ETC于{d}通过{p.road_name}{p.landmark}时被重复扣费两次，共计{fee}元，要求核实退还。",
            f"ETC扣了两次钱！{d}走{p.road_name}，{p.landmark}下的，账单上两笔一模一样的，{fee}块。",
            f"{p.landmark}ETC重复扣费",
        )
        title = ctx.say("反映ETC重复扣费", "ETC扣了两次", "ETC重复扣费")
        replies = ["经核查，系ETC门架系统重复计费所致，{we}已于{today}办理退费，款项将在3至5个工作日内退回。"]
    else:
        veg = ctx.pick(["西红柿", "白菜", "黄瓜", "土豆", "香蕉"])
        other = ctx.pick(["饮料", "方便面", "食用油"])
        body = ctx.say(
            f"来电人反映其运输{veg}享受鲜活农产品运输“绿色通道”政策，但{d}在{p.landmark}出口查验时被告知混装{other}"
            f"不符合免费条件，收取通行费{fee}元，来电人有异议。",
            f"拉的{veg}，走绿通，{p.landmark}查验说我混装了{other}，收了{fee}块。就几箱{other}是给司机自己吃的！",
            f"{p.landmark}绿通查验不合理",
        )
        title = ctx.say("反映绿色通道查验收费争议", "绿通不给免", "绿通收费争议")
        replies = [f"经复核查验视频，来电人车辆混装{other}比例超过规定，不符合鲜活农产品运输“绿色通道”免费政策，收费无误，"
                   "已向来电人解释说明。",
                   f"经复核，来电人车辆所载{other}系司乘人员自用物品，不属混装，{{we}}已于{{today}}退还通行费{fee}元。"]
    return _Draft("complaint", "highway.toll", title, body, p, plate=plate, replies=replies,
                  facts={"date": d, "fee": fee})


def _road(ctx: _Ctx) -> _Draft:
    p = ctx.place("toll", "service")
    d, _ = ctx.day(3)
    km, m = ctx.n(12, 980), ctx.n(0, 9) * 100
    direction = f"往{ctx.pick(ROAD_ENDS.get(p.road or p.road_name, ('市区', '郊区')))}方向"
    issue = ctx.pick([
        ("路面有较大坑槽，已有车辆爆胎", "路面坑槽"), ("施工路段未设置提前警示标志，夜间极易追尾", "施工无警示"),
        ("护栏被撞损未修复", "护栏损坏"), ("路灯大面积不亮", "路灯不亮"), ("出口指示标志被树枝遮挡", "标志被遮挡"),
        ("出口外堆放土堆和水泥墩，仅留一条车道且无警示灯", "出口堆放路障"),
    ])
    kind = ctx.rng.choices(["complaint", "report", "suggestion"], weights=[60, 25, 15])[0]
    where = f"{p.road_name}{direction}K{km}+{m:03d}"
    body = ctx.say(
        f"来电人反映{where}附近（{p.landmark}）{issue[0]}，存在安全隐患，请尽快处理。",
        f"{p.road_name}{p.landmark}附近{direction}，{issue[0]}，太危险了，赶紧修修吧",
        f"{where} {issue[1]}",
    )
    title = ctx.say(f"反映{p.road_name}{issue[1]}", f"{p.landmark}附近{issue[1]}", f"{p.road or p.road_name}{issue[1]}")
    return _Draft(kind, "highway.road", title, body, p, driver=ctx.chance(0.7), channel=ctx.pick([None, "open311"]),
                  facts={"date": d, "km": km, "issue": issue[1]})


def _conduct(ctx: _Ctx) -> _Draft:
    p = ctx.place("toll", "checkpoint", "hub")
    pre, ocity = ctx.origin(p.city)
    d, _ = ctx.day()
    who = ctx.pick(["交通执法人员", "检查点工作人员", "交警", "防疫值守人员"])
    issue, label = ctx.pick([
        ("态度蛮横，对来电人进行辱骂", "辱骂司机"), ("以“车厢不整洁”为由罚款200元且未出具票据", "罚款不开票"),
        ("未出示执法证件即要求扣车", "不亮证扣车"), ("强行要求来电人下车并推搡", "推搡司机"),
        ("扣留来电人驾驶证三天未归还", "扣证不还"), ("要求来电人删除现场拍摄的视频", "强令删视频"),
    ])
    issue_me = issue.replace("来电人", "我")
    kind = "report" if ctx.chance(0.2) else "complaint"
    body = ctx.say(
        f"来电人{'举报' if kind == 'report' else '反映'}{d}{ctx.tod()}在{p.where}被{who}拦停检查，{who}{issue}。"
        f"来电人要求相关部门调查处理。{_ending(ctx)}",
        f"{d}在{p.landmark}，{who}{issue_me}。我们跑车的也是在保供，凭什么被这样对待？有执法记录仪的可以调出来看",
        f"{p.landmark}{who}{label}",
    )
    title = ctx.say(f"{'举报' if kind == 'report' else '反映'}{p.landmark}{who}执法不规范", f"{p.landmark}{who}太过分了",
                    f"{who}执法态度")
    return _Draft(kind, "enforcement.conduct", title, body, p, plate=ctx.plate(pre), facts={"date": d, "who": who})


def _overload(ctx: _Ctx) -> _Draft:
    p = ctx.place("toll", "hub")
    pre, ocity = ctx.origin(p.city)
    d, _ = ctx.day(3)
    if ctx.chance(0.55):
        over, fee = ctx.n(1, 6), ctx.pick([200, 500, 1000, 2000])
        w = ctx.n(45, 49)
        body = ctx.say(
            f"来电人反映{d}在{p.where}超限检测站称重时显示其车辆超限{over}吨，来电人称出发前过磅总重仅{w}吨，"
            f"认为检测设备不准，要求复检被拒绝，并被处以罚款{fee}元。{_ending(ctx)}",
            f"出发前过磅{w}吨，到{p.landmark}称出来说我超了{over}吨，要复检不给复检，直接罚{fee}。这秤准吗？",
            f"{p.landmark}超限检测不准",
        )
        return _Draft("complaint", "enforcement.overload", ctx.say("反映超限检测数据不准", "超限检测秤不准", "超限检测争议"),
                      body, p, plate=ctx.plate(pre), facts={"date": d, "fee": fee})
    company = ctx.company(p.city)
    cargo = ctx.pick(["砂石", "钢材", "煤炭", "水泥"])
    body = ctx.say(
        f"来电人举报{company}的货车长期超载运输{cargo}，每天从{p.where}经过，核载31吨实装50吨以上，请相关部门查处。",
        f"{company}的车天天超载拉{cargo}，从{p.landmark}过，路都压坏了，没人管吗",
        f"举报{company}货车超载",
    )
    return _Draft("report", "enforcement.overload", ctx.say(f"举报{company}货车超载", "举报超载", "超载"), body, p,
                  driver=False, facts={"company": company})


def _postal(ctx: _Ctx) -> _Draft:
    p = ctx.place("urban", "hub")
    pre, ocity = ctx.origin(p.city)
    d, _ = ctx.day(3)
    tracking = f"{ctx.pick(['SF', 'YT', 'ZT', 'JD', 'YD'])}{ctx.n(10**11, 10**12 - 1)}"
    v = ctx.rng.choices(["late", "closed", "consult"], weights=[45, 30, 25])[0]
    if v == "late":
        medicine = ctx.chance(0.35)
        status = ctx.pick([f"快件已到达{p.city}转运中心", "因疫情原因暂停派送", "派送中"])
        body = ctx.say(
            f"来电人反映其{d}从{ocity}寄往{p.city}{p.district}的快递（单号{tracking}）至今未送达，物流信息一直显示"
            f"“{status}”，联系快递公司客服无人接听。{'快递内为家中老人急需的药品。' if medicine else ''}{_ending(ctx)}",
            f"快递在{p.city}躺了半个月了，单号{tracking}，一直显示{status}。{'里面是给老人的药，能不能先派送药品！' if medicine else '客服电话永远打不通'}",
            f"{tracking}快递滞留{p.city}未派送",
        )
        title = ctx.say(f"反映寄往{p.city}快递长时间未送达", "快递半个月不动", "快递滞留")
        return _Draft("help" if medicine else "complaint", "postal", title, body, p, urgent=medicine and ctx.chance(0.5),
                      driver=False, facts={"tracking": tracking})
    if v == "closed":
        days = ctx.n(5, 30)
        body = ctx.say(
            f"来电人反映其所在{p.district}{p.landmark}附近快递网点已关闭{days}天，大量快递无法取件，快递员也无法进入小区。"
            "来电人要求尽快恢复派送。",
            f"我们这{p.landmark}的快递点关了{days}天了，买的东西全卡着，问了几家快递都说停派，什么时候恢复？",
            f"{p.district}快递网点关闭{days}天",
        )
        return _Draft("complaint", "postal", ctx.say("反映快递网点停运", "快递什么时候恢复", "快递停运"), body, p,
                      driver=False, facts={"days": days})
    body = ctx.say(f"来电人咨询寄往{p.city}的快递目前能否正常收寄，大概需要几天。",
                   f"现在往{p.city}寄快递能寄吗？", f"{p.city}快递能否收寄")
    reply = (f"已告知来电人：寄往{p.city}部分地区的快递目前存在停派或延误，具体收寄范围以寄递企业公告为准，"
             "可向寄递企业客服咨询；对寄递服务有投诉可拨打12305邮政业用户申诉电话。")
    return _Draft("consult", "postal", ctx.say(f"咨询寄往{p.city}快递能否收寄", "快递能寄吗", "快递收寄咨询"), body, p,
                  driver=False, on_call_reply=reply, facts={})


def _other(ctx: _Ctx) -> _Draft:
    v = ctx.rng.choices(["code", "price", "hotline", "inspection"], weights=[35, 25, 15, 25])[0]
    if v == "code":
        p = ctx.place("toll", "checkpoint")
        body = ctx.say(
            f"来电人反映其健康码在途经{p.city}后变为黄码，在{p.where}无法通行，询问如何转码。",
            f"过了{p.city}健康码就黄了，我全程没下车！现在哪都去不了，怎么转绿？",
            "健康码变黄码无法通行",
        )
        reply = ("健康码赋码属卫生健康部门职责，已告知来电人向赋码地卫健部门或拨打当地12345热线申请核查，"
                 "并可就近进行核酸检测后申请转码。")
        return _Draft("consult", "other", ctx.say("反映健康码变黄码无法通行", "健康码变黄了", "健康码变黄"), body, p,
                      on_call_reply=reply, facts={})
    if v == "price":
        p = ctx.place("service")
        fee1, fee2 = ctx.pick([15, 20, 25]), ctx.pick([5, 6, 8])
        body = ctx.say(
            f"来电人反映{p.road_name}{p.landmark}超市桶装方便面售价{fee1}元一桶，矿泉水{fee2}元一瓶，明显高于市场价，"
            "要求查处。",
            f"{p.landmark}泡面{fee1}块一桶，水{fee2}块一瓶，趁着疫情发财是吧",
            f"{p.landmark}商品价格过高",
        )
        return _Draft("complaint", "other", ctx.say(f"反映{p.landmark}商品价格过高", "服务区东西太贵", "服务区物价"),
                      body, p, facts={"fee": fee1},
                      replies=[f"经现场检查，{p.landmark}超市商品均已明码标价，方便面、饮用水售价偏高问题已责令经营者整改，"
                               "恢复正常价格，并将持续开展价格巡查。"])
    if v == "hotline":
        p = ctx.place("toll")
        body = ctx.say(
            f"来电人反映其多次拨打{p.city}公布的货车司机保通保畅服务电话，均无人接听或占线，来电人认为服务电话形同虚设。",
            f"{p.city}公布的那个保通保畅电话，打了二十多次没人接，公布出来干什么的",
            f"{p.city}保通保畅服务电话无人接听",
        )
        return _Draft("complaint", "other", ctx.say(f"反映{p.city}保通保畅电话无人接听", "服务电话打不通", "电话无人接"),
                      body, p, facts={},
                      replies=["经核实，因来电量激增，服务电话坐席不足。{we}已于{today}增加坐席，实行24小时专人值守，"
                               "并向来电人致歉。"])
    p = ctx.place("toll", "hub")
    body = ctx.say(
        "来电人咨询：其货车年审和驾驶人从业资格证即将到期，因疫情无法按时办理，是否可以延期。",
        "车辆年审下个月到期，现在根本回不去办，能不能延期？从业资格证也快到期了",
        "年审和从业资格证到期能否延期",
    )
    reply = ("已告知来电人：受疫情影响无法按期办理的，可在疫情解除后一定期限内补办，期间不作逾期处理；"
             "从业资格证诚信考核和换证可通过交通运输部门线上渠道办理。具体以当地通告为准。")
    return _Draft("consult", "other", ctx.say("咨询车辆年审和从业资格证延期", "年审能延期吗", "年审延期"), body, p,
                  on_call_reply=reply, facts={})


def _praise(ctx: _Ctx) -> _Draft:
    p = ctx.place("toll", "service", "checkpoint", "station")
    d, _ = ctx.day(3)
    category = ctx.pick(["control.turnback", "control.closure", "control.pass", "transport.freight", "transport.taxi",
                         "transport.passenger"])
    if category == "transport.taxi":
        body = ctx.say(
            f"来电人表扬{p.city}一名出租车驾驶员：{d}来电人将装有现金和证件的手提包遗忘在车上，司机主动联系并送还，"
            "拒收酬谢。来电人希望对该司机予以表扬。",
            f"感谢{p.city}的出租车师傅！包落车上了，里面有证件和钱，师傅自己找到我送回来，一分钱不要。",
            f"表扬{p.city}出租车司机拾金不昧",
        )
        title = ctx.say("表扬出租车驾驶员拾金不昧", "感谢出租车师傅", "拾金不昧")
    elif category == "transport.passenger":
        body = ctx.say(
            f"来电人表扬{p.landmark}工作人员：{d}来电人在候车时身体不适，工作人员及时送来热水并协助联系120。",
            f"谢谢{p.landmark}的工作人员，那天我在候车室头晕，是她们一直照顾我。",
            f"表扬{p.landmark}工作人员",
        )
        title = ctx.say(f"表扬{p.landmark}工作人员", "谢谢车站工作人员", "表扬")
    else:
        who = ctx.pick([f"{p.transport_office}保通保畅专班工作人员", f"{p.landmark}工作人员", "12328热线话务员",
                        "检查点的一位民警"])
        act = ctx.pick(["主动为其送来方便面和矿泉水", "帮其联系接货方并安排“点对点”带离", "协调核酸检测人员现场采样",
                        "连夜帮其办好了通行证"])
        body = ctx.say(
            f"来电人来电表扬{who}：{d}其在{p.where}遇到困难无法通行，{who}{act}，问题当天得到解决。来电人表示衷心感谢。",
            f"必须表扬一下{who}！{d}在{p.landmark}走不了，是他们{act}。跑车这么多年，第一次专门表扬人。",
            f"感谢{who}",
        )
        title = ctx.say(f"表扬{who}", "感谢！", "表扬")
    return _Draft("praise", category, title, body, p, driver=category not in ("transport.taxi", "transport.passenger"),
                  facts={"date": d})


def _suggestion(ctx: _Ctx) -> _Draft:
    p = ctx.place("toll", "service", "hub", "station")
    category, title, text = ctx.pick([
        ("control.pass", "建议通行证电子化全国互认",
         "建议重点物资运输车辆通行证实现电子化，手机上就能申领和出示，全国各检查点统一扫码查验，不要再各地各办。"),
        ("control.closure", "建议服务区设置司机爱心驿站",
         "建议在服务区设置货车司机爱心驿站，提供热水、方便食品和临时休息场所，服务区“关而不停”。"),
        ("control.checkpoint", "建议检查点货车客车分道查验",
         "建议高速出口检查点设置货车专用通道，货车和小客车分开查验，提前扫码登记，减少排队时间。"),
        ("transport.passenger", "建议有序恢复省际客运班线",
         "建议在做好防控的前提下有序恢复部分省际客运班线，方便群众出行。"),
        ("highway.road", "建议在长下坡路段增设避险车道",
         f"建议在{p.road_name or '高速'}长下坡路段增设避险车道和限速提示，货车刹车失灵事故多发。"),
        ("transport.freight", "建议为滞留司机提供临时住宿",
         "建议在物流园区附近设置滞留货车司机临时住宿点，提供洗澡和吃饭的地方，司机长期吃住在驾驶室身体吃不消。"),
    ])
    body = ctx.say(f"来电人{text}", text, title)
    return _Draft("suggestion", category, title, body, p, driver=ctx.chance(0.6), facts={})


def _report(ctx: _Ctx) -> _Draft:
    p = ctx.place("hub", "checkpoint", "toll")
    d, _ = ctx.day(3)
    category, title, op, me = ctx.pick([
        ("control.pass", f"举报{p.city}有人倒卖通行证",
         f"来电人举报{p.city}{p.landmark}附近有人倒卖重点物资运输车辆通行证，每张收费{ctx.pick([300, 500, 800])}元，"
         "请相关部门查处。",
         f"{p.landmark}门口有人专门卖通行证，几百块一张，真的假的都不知道，这个管不管"),
        ("control.checkpoint", f"举报{p.landmark}收取好处费放行",
         f"来电人举报{d}在{p.where}，有检查点人员向不符合条件的车辆收取“好处费”后放行，来电人目睹现场情况。",
         f"{p.landmark}给钱就能过，不给钱的排一天，这就是你们的防疫？"),
        ("control.checkpoint", "举报物流公司组织车辆绕开检查点",
         f"来电人举报有物流公司组织货车绕开{p.where}检查点，从乡村道路进入{p.city}，存在防疫风险。",
         f"有车队专门绕小路进{p.city}，不走{p.landmark}，晚上一溜一溜的"),
    ])
    body = ctx.say(op, me, title)
    return _Draft("report", category, title, body, p, driver=ctx.chance(0.5), facts={"date": d})


# name → (scenario, April weight, May weight): control.* dominates April; May drifts back to everyday work.
SCENARIOS = {
    "turnback": (_turnback, 14, 5),
    "escalation": (_escalation, 9, 5),
    "pass": (_pass, 12, 5),
    "checkpoint": (_checkpoint, 7, 4),
    "testing": (_testing, 10, 7),
    "closure": (_closure, 8, 4),
    "stranded": (_stranded, 5, 1.5),
    "freight": (_freight, 7, 9),
    "passenger": (_passenger, 2.5, 7),
    "taxi": (_taxi, 2, 7),
    "toll": (_toll, 4, 7),
    "road": (_road, 2, 6),
    "conduct": (_conduct, 3, 5),
    "overload": (_overload, 1, 4),
    "postal": (_postal, 5, 6),
    "other": (_other, 4, 5),
    "praise": (_praise, 4, 6),
    "suggestion": (_suggestion, 2.5, 3),
    "report": (_report, 2, 2.5),
}


# --------------------------------------------------------------------------------------------------
# Replies: what the handling unit writes back


def _we(unit_name: str) -> str:
    for suffix, short in (("指挥部", "我指挥部"), ("委员会", "我委"), ("办公室", "我办"), ("公司", "我公司"),
                          ("支队", "我支队"), ("总队", "我总队"), ("局", "我局"), ("厅", "我厅"), ("部", "我部")):
        if unit_name.endswith(suffix):
            return short
    return "我单位"


def _reply(rng: random.Random, d: _Draft, unit: dict, at: datetime) -> str:
    we = _we(unit["name"])
    p = d.place
    f = d.facts
    when = f.get("date", f"{at.month}月{at.day}日")
    today = f"{at.month}月{at.day}日"
    pick = rng.choice
    c, t = d.category, d.type
    if d.replies:
        return pick(d.replies).format(we=we, today=today)
    if t == "praise":
        return pick([f"感谢来电人对我们工作的肯定，{we}已将表扬转达当事工作人员，并在单位内部通报表扬。",
                     f"已将来电人的表扬转达相关工作人员。{we}将继续做好服务保障工作。"])
    if t == "suggestion":
        return pick([f"感谢您的建议。{we}已将建议转交相关业务科室研究，并在近期工作中予以参考。",
                     f"您的建议很有价值。{we}已在{p.city}部分点位试行，下一步将视效果逐步推广。"])
    if c.startswith("control.") and "days" in f:
        return (f"接到工单后，{we}立即协调高速交警和属地防疫部门，于{today}将来电人车辆引导至附近服务区临时停靠，"
                "送去饮用水和食品，并安排核酸检测。检测结果阴性后，已采取“点对点”方式将其带离至卸货地点。来电人表示感谢。")
    if c == "control.turnback":
        tail = pick([
            f"已电话联系来电人，其车辆已于{today}下道卸货，来电人表示认可。",
            "已与来电人取得联系，来电人已按要求完成查验后通行。",
            "经联系，来电人已绕行其他路线完成运输，我们已对相关检查点提出整改要求。",
        ])
        return (f"经核实，{when}{p.where}防疫检查点对来自{f.get('origin', '外地')}的车辆实施劝返，系执行前期临时管控措施。"
                f"按照国务院联防联控机制关于货运物流保通保畅的要求，{we}已通知各检查点，对持48小时内核酸阴性证明、"
                f"健康码和行程卡绿码的货车司机一律放行，不得简单劝返。{tail}")
    if c == "control.escalation":
        return (f"经核实，{p.district}检查点要求提供24小时内核酸证明并落地检等做法不符合省级统一防控要求，属层层加码。"
                f"{we}已责令立即整改，统一执行“持48小时内核酸阴性证明、健康码和行程卡绿码即予通行”的标准，"
                f"并于{today}向来电人反馈，来电人表示认可。")
    if c == "control.pass":
        if t == "report":
            return f"已将线索移交公安机关，{we}已在{p.city}各检查点张贴通行证免费办理告示，提醒司机勿通过非正规渠道购买。"
        return pick([
            f"经核实，来电人通行证申请因材料中缺少核酸检测证明未通过初审，工作人员未及时告知。{we}已于{today}为其办理完成"
            "重点物资运输车辆通行证，并电话告知来电人。同时已增设两部办理咨询电话，确保专人接听。",
            f"经核实，{p.landmark}检查点工作人员对通行证全国互认政策理解有误，{we}已重新组织培训，外地签发的重点物资运输车辆"
            "通行证一律予以认可。已向来电人致歉并说明情况。",
        ])
    if c == "control.checkpoint":
        if t == "report":
            return pick([f"经调查，{we}已会同纪检部门对{p.landmark}值守人员进行核查，对违规人员已调离岗位并立案处理。",
                         f"接报后{we}已在相关乡村道路增设流动巡查点，对绕行车辆依规劝导。"])
        return (f"经核实，{p.landmark}检查点{when}因查验人员不足导致车辆积压。{we}已协调增派查验人员{rng.randint(4, 12)}名，"
                f"增设货车专用通道{rng.randint(1, 3)}条，推行提前扫码登记，目前通行时间已缩短至{rng.choice([10, 15, 20])}分钟以内。"
                "已向来电人反馈。")
    if c == "control.testing":
        return pick([
            f"经核实，该检查点工作人员对核酸检测结果互认政策理解有误。{we}已重申：外省检测机构出具的48小时内核酸阴性结果"
            "全国互认，不得要求重复检测。已对相关工作人员进行批评教育，并向来电人致歉。",
            f"{we}已在{p.road_name or p.city}沿线服务区增设货车司机免费核酸检测点，24小时开放，实行“即采即走、不等结果”。"
            "已将检测点位置告知来电人。",
            f"经核实，现场检测收费系第三方检测机构擅自收取，{we}已责令其立即停止收费并退还多收费用，对货车司机一律免费检测。",
        ])
    if c == "control.closure":
        return (f"经核实，{p.landmark}因疫情防控需要临时关闭，现已恢复通行。沿线服务区已按照“关而不停”要求开放卫生间、"
                "加油和便利店服务，并为滞留司机提供热水和方便食品。已将处理情况告知来电人。")
    if c == "transport.freight":
        if "days" in f:
            return (f"经核实，{p.landmark}因出现阳性病例于{when}起实行封闭管理。{we}已会同属地街道制定滞留司机离园方案，"
                    f"对核酸检测阴性的司机分批放行，来电人已于{today}离开园区。")
        return pick([f"经协调，货主已同意不扣除来电人运费，{we}已督促相关企业保障外地货车正常进场装卸。",
                     f"{we}已向来电人解释相关政策，并提供了属地货车司机服务站联系电话。"])
    if c == "transport.passenger":
        if t == "report":
            return f"{we}已将线索移交综合执法支队，已于{today}在{p.landmark}周边开展专项整治，查处非法营运车辆2辆。"
        return pick([f"经核实，{p.landmark}因疫情防控要求暂停部分班线，停运期间退票应全额退款。{we}已责成客运站为来电人办理"
                     "全额退款，手续费已原路退回。",
                     "经核实，相关班线预计下周恢复运营，已告知来电人关注客运站公告。"])
    if c == "transport.taxi":
        taxi = f.get("taxi", "涉事车辆")
        return pick([
            f"经调取{taxi}车辆GPS轨迹和车载视频，来电人反映情况属实。已对驾驶员依法作出处理，扣减服务质量信誉考核分，"
            "并责令其所在公司对其进行培训教育。已向来电人反馈处理结果。",
            f"经调查，{taxi}当日行驶路线为导航推荐路线，未发现绕路情况；司机服务态度问题已责令所在公司批评教育。已向来电人解释说明。",
        ])
    if c == "highway.toll":
        fee = f.get("fee")
        if fee:
            return pick([f"经核实，来电人车辆系被劝返车辆，按规定应免收通行费。{we}已于{today}将通行费{fee}元原路退回。",
                         f"经核查，系ETC门架系统重复计费所致，{we}已于{today}办理退费{fee}元。",
                         "经复核查验视频，来电人车辆混装非鲜活农产品比例超过规定，不符合绿色通道免费政策，收费无误，"
                         "已向来电人解释说明。"])
        return f"{we}已向来电人解释了货车通行费相关政策。"
    if c == "highway.road":
        return (f"接报后，{we}养护人员已于{today}到达现场，对{f.get('issue', '相关问题')}进行了处置，并增设临时警示标志。"
                "感谢来电人的反映。")
    if c == "enforcement.conduct":
        return pick([
            f"经调查，{f.get('who', '相关人员')}在执法过程中存在语言不文明问题，已对当事人员进行批评教育，并责令其向来电人致歉。",
            "经核查执法记录仪视频，执法人员执法程序合法，罚款已开具正式票据，来电人反映情况与事实不符，已向来电人解释说明。",
        ])
    if c == "enforcement.overload":
        if t == "report":
            return f"{we}已对{f.get('company', '涉事企业')}开展执法检查，查处超限车辆3辆，责令企业整改，并纳入重点监管名单。"
        return (f"经复检，来电人车辆超限检测数据准确，检测设备已经计量检定合格，处罚依据充分。{we}已向来电人解释，"
                "来电人如有异议可依法申请行政复议。")
    if c == "postal":
        return pick([f"经核实，该快件因{p.city}转运中心停运滞留，现转运中心已恢复作业。{we}已督促寄递企业优先派送药品等"
                     f"急需物资，该快件已于{today}送达。",
                     f"{we}已约谈相关寄递企业，{p.district}快递网点已于{today}恢复营业，采取无接触配送方式派件。"])
    return pick([f"该问题涉及{we}职责部分已处理完毕，{we}已向来电人作出解释说明。",
                 f"经现场检查，{p.landmark}商品均已明码标价，价格偏高问题已责令经营者整改。",
                 f"{we}已对服务电话增加坐席，实行24小时专人值守。已向来电人致歉。"])


# --------------------------------------------------------------------------------------------------
# Lifecycle


class _Timeline:
    """Appends actions with realistic gaps, keeping them in order and inside the demo period."""

    def __init__(self, rng: random.Random, start: datetime):
        self.rng = rng
        self.t = start
        self.actions: list[Action] = []

    def add(self, action: str, fields: dict | Callable[[datetime], dict], lo_min: float, hi_min: float,
            office: bool = False, day: bool = False) -> datetime:
        """Append `action` lo..hi minutes after the last one; `office` keeps it in 08:30-18:00 (a desk
        that is not staffed at night), `day` in 08:00-22:00 (the hotline's own follow-up work)."""
        t = self.t + timedelta(minutes=self.rng.uniform(lo_min, hi_min))
        if office:
            t = _shift_into(self.rng, t, time(8, 30), time(18, 0))
        elif day:
            t = _shift_into(self.rng, t, time(8, 0), time(22, 0))
        t = max(t, self.t + timedelta(minutes=1)).replace(microsecond=0)
        self.t = t
        self.actions.append((action, fields(t) if callable(fields) else fields, t))
        return t


def _shift_into(rng: random.Random, t: datetime, start: time, end: time) -> datetime:
    """Move a time outside start-end to the next morning (weekends too: 保通保畅 had none)."""
    if start <= t.time() <= end:
        return t
    day = t if t.time() < start else t + timedelta(days=1)
    opening = day.replace(hour=start.hour, minute=start.minute, second=0)
    return opening + timedelta(minutes=rng.uniform(0, 90))


def _is_24h(unit: dict) -> bool:
    return unit["duty_hours"] == "24小时"


def _within(units: dict[str, dict], code: str, region: str) -> bool:
    from hotline.regions import load_regions

    return load_regions().is_within(region, units[code]["region"])


def _lifecycle(rng: random.Random, d: _Draft, channel: str, created_at: datetime, units: dict[str, dict],
               routed: str) -> list[Action]:
    tl = _Timeline(rng, created_at)
    urgent = d.urgent

    # About a fifth of all cases: a consultation the operator answers during the call.
    if d.on_call_reply and channel == "phone" and rng.random() < 0.9:
        tl.add("close", {"reply": d.on_call_reply}, 2, 12)
        if rng.random() < 0.12:
            tl.add("callback", {"satisfaction": rng.choice([4, 5, 5]), "note": "来电人表示已按答复办理"}, 1440, 2880,
                   office=True)
        return _clip(tl.actions)

    target = rng.choices(["new", "dispatched", "accepted", "replied", "closed", "archived"],
                         weights=[9, 13, 9, 9, 25, 35])[0]
    if target == "new":
        if rng.random() < 0.4:
            tl.add("note", {"note": rng.choice(["来电人再次来电催办", "已短信告知来电人工单编号", "待补充事发地点后派单"])},
                   20, 600)
        return _clip(tl.actions)

    fast = (3, 25) if urgent else (10, 240)
    region = d.place.region
    unit = units[routed]

    # 退回: first sent to the wrong desk, which sends it back with its reason; the hotline re-dispatches.
    if rng.random() < 0.09:
        wrong = _wrong_unit(rng, units, routed, region)
        if wrong:
            tl.add("dispatch", {"unit": wrong}, *fast)
            if rng.random() < 0.4:
                tl.add("accept", {}, 10, 300, office=not _is_24h(units[wrong]))
            tl.add("return", {"reason": _return_reason(units[wrong], unit, region)}, 30, 900,
                   office=not _is_24h(units[wrong]))
            tl.add("dispatch", {"unit": routed, "note": "已按退回意见重新派单"}, 10, 120)
        else:
            tl.add("dispatch", {"unit": routed}, *fast)
    else:
        tl.add("dispatch", {"unit": routed}, *fast)

    if target == "dispatched":
        if rng.random() < 0.3:
            tl.add("supervise", {"note": "该工单涉及保通保畅，请尽快签收办理"}, 120, 1440)
        return _clip(tl.actions)

    handler = routed
    tl.add("accept", {}, *((5, 40) if urgent else (20, 1200)), office=not urgent and not _is_24h(unit))

    r = rng.random()
    if r < 0.06:
        other = _forward_unit(rng, units, handler, region, d.category)
        if other:
            tl.add("forward", {"unit": other, "note": f"该问题涉及{units[other]['name']}职责，转其办理"}, 60, 1440,
                   office=not _is_24h(units[handler]))
            handler = other
            tl.add("accept", {}, 30, 720, office=not _is_24h(units[handler]))
    elif r < 0.10:
        parent = units[handler]["parent"]
        if parent and parent not in ("mot", "mot-spb") or (parent and rng.random() < 0.3):
            fields = {"note": "涉及跨区域协调，超出本级权限，申请上级协调"}
            if rng.random() < 0.7:
                fields["unit"] = parent
            tl.add("escalate", fields, 60, 1440, office=not _is_24h(units[handler]))
            handler = parent
            tl.add("accept", {}, 30, 720, office=not _is_24h(units[handler]))

    if rng.random() < 0.07:
        helper = _cohandle_unit(rng, units, handler, region)
        if helper:
            tl.add("cohandle", {"unit": helper, "note": f"请{units[helper]['name']}协助核实"}, 30, 480)
    if rng.random() < 0.10 or (urgent and rng.random() < 0.3):
        tl.add("supervise", {"note": rng.choice(["群众多次来电反映，请加快办理", "请于今日内反馈办理情况",
                                                  "该工单已列入保通保畅重点督办"])}, 60, 1440)
    if rng.random() < 0.07:
        reason = rng.choice(["涉及跨省协调，需与货物始发地核实", "需调取收费站监控视频和ETC流水",
                             "需会同防疫部门联合调查", "涉事企业负责人处于隔离期，暂无法约谈"])
        days = rng.randint(3, 7)
        tl.add("extend_request", lambda at: {
            "until": (at + timedelta(days=days)).replace(hour=18, minute=0, second=0).isoformat(),
            "reason": reason,
        }, 720, 2880, office=True)
        if rng.random() < 0.75:
            tl.add("extend_approve", {"note": "同意延期"}, 60, 720, office=True)
        else:
            tl.add("extend_deny", {"note": "该事项不属于疑难复杂情形，请按期办结"}, 60, 720, office=True)

    if target == "accepted":
        return _clip(tl.actions)

    def answer(lo: float, hi: float) -> None:
        tl.add("reply", lambda at: {"reply": _reply(rng, d, units[handler], at)}, lo, hi,
               office=not urgent, day=urgent)

    answer(*((40, 360) if urgent else (180, 4320)))
    if target == "replied":
        return _clip(tl.actions)
    tl.add("close", {"note": "已将办理结果告知来电人"} if rng.random() < 0.5 else {}, 30, 1440, day=True)
    if target == "closed":
        return _clip(tl.actions)

    sat = rng.choices([5, 4, 3, 2, 1], weights=[45, 25, 14, 10, 6])[0]
    tl.add("callback", {"satisfaction": sat, "note": _callback_note(sat)}, 1440, 4320, office=True)
    if sat <= 2 and rng.random() < 0.6:
        tl.add("reopen", {"reason": rng.choice([
            "来电人表示问题未解决，要求重新办理", "来电人称退款至今未到账", "来电人称检查点仍在执行原做法",
            "来电人对答复内容不认可，称与事实不符"])}, 5, 60)
        if rng.random() < 0.5:
            tl.add("dispatch", {"unit": handler, "note": "重办"}, 10, 120)
        tl.add("accept", {}, 20, 600, office=not _is_24h(units[handler]))
        answer(600, 4320)
        tl.add("close", {}, 30, 1440, day=True)
        if rng.random() < 0.7:
            tl.add("callback", {"satisfaction": rng.choice([3, 4, 4, 5]), "note": _callback_note(4)}, 1440, 4320,
                   office=True)
    return _clip(tl.actions)


def _clip(actions: list[Action]) -> list[Action]:
    """Keep what had happened by the end of the demo period; the rest is still to come."""
    out = []
    for a in actions:
        if a[2] > DEMO_END:
            break
        out.append(a)
    return out


def _callback_note(sat: int) -> str:
    return {
        5: "来电人表示非常满意",
        4: "来电人表示满意",
        3: "来电人表示基本满意，希望今后处理更快一些",
        2: "来电人表示不满意，问题未实际解决",
        1: "来电人表示非常不满意，认为答复敷衍",
    }[sat]


def _wrong_unit(rng: random.Random, units: dict[str, dict], routed: str, region: str) -> str | None:
    u = units[routed]
    siblings = [c for c, v in units.items()
                if c != routed and v["parent"] == u["parent"] and not _within(units, c, region)
                and v["kind"] == u["kind"]]
    others = [c for c, v in units.items()
              if c != routed and v["region"] == u["region"] and v["kind"] != u["kind"] and v["kind"] != "ministry"]
    pool = siblings + others
    return rng.choice(pool) if pool else None


def _return_reason(wrong: dict, right: dict, region: str) -> str:
    from hotline.regions import load_regions

    if wrong["kind"] != right["kind"]:
        return f"该问题不属{_we(wrong['name'])}职责范围，建议派{right['name']}办理"
    return f"经核实，事发地点位于{load_regions().full_name(region)}，不在{_we(wrong['name'])}辖区，请重新派单"


def _forward_unit(rng: random.Random, units: dict[str, dict], handler: str, region: str, category: str) -> str | None:
    h = units[handler]
    pool = [c for c, v in units.items()
            if c != handler and v["kind"] not in ("ministry", h["kind"]) and _within(units, c, region)
            and v["region"] != "000000" and category in v["categories"]]
    if not pool:
        pool = [c for c, v in units.items()
                if c != handler and v["kind"] not in ("ministry", h["kind"]) and _within(units, c, region)
                and v["region"] != "000000"]
    return rng.choice(pool) if pool else None


def _cohandle_unit(rng: random.Random, units: dict[str, dict], handler: str, region: str) -> str | None:
    pool = [c for c, v in units.items()
            if c != handler and v["kind"] in ("police_traffic", "epidemic", "expressway", "market")
            and _within(units, c, region) and v["region"] != "000000"]
    return rng.choice(pool) if pool else None


# --------------------------------------------------------------------------------------------------
# Assembly


def _created_times(rng: random.Random, n: int) -> list[datetime]:
    days = [FIRST_DAY + timedelta(days=i) for i in range((LAST_DAY - FIRST_DAY).days + 1)]

    def day_weight(d: date) -> float:
        if d.month == 4 and 8 <= d.day <= 20:
            return 3.0  # the worst of it: 长春 and 上海 closed, checkpoints everywhere
        if d.month == 4:
            return 2.2
        return 1.6

    hour_weights = [0.3] * 6 + [1, 1.5] + [3] * 4 + [2, 2] + [3] * 4 + [2.5] * 4 + [1.2, 1.2]
    out = []
    for d in rng.choices(days, weights=[day_weight(d) for d in days], k=n):
        h = rng.choices(range(24), weights=hour_weights)[0]
        out.append(datetime(d.year, d.month, d.day, h, rng.randint(0, 59), rng.randint(0, 59), tzinfo=TZ))
    return sorted(out)


def _mobile(rng: random.Random) -> str:
    # 1xx 0000 xxxx: a valid mobile format that is obviously nobody's number.
    return f"{rng.choice(MOBILE_PREFIXES)}0000{rng.randint(0, 9999):04d}"


def _reporter(rng: random.Random, d: _Draft, channel: str) -> dict:
    surname = rng.choice(SURNAMES)
    title = "师傅" if d.driver else rng.choice(["先生", "女士", "先生", "女士", "师傅"])
    rep: dict = {"name": f"{surname}{title}{NAME_MARK}"}
    if channel in ("phone", "web") or rng.random() < 0.5:
        rep["phone"] = _mobile(rng)
    if d.plate:
        rep["plate"] = d.plate
    if d.company:
        rep["company"] = d.company
    return rep


def _place_payload(rng: random.Random, p: _Place, channel: str) -> dict:
    out: dict = {"region": p.region, "address": p.address}
    want_coords = {"open311": 1.0, "api": 0.9, "web": 0.5, "phone": 0.25}[channel]
    if p.lat is not None and p.lng is not None and rng.random() < want_coords:
        out["lat"] = round(p.lat + rng.uniform(-0.004, 0.004), 6)
        out["lng"] = round(p.lng + rng.uniform(-0.004, 0.004), 6)
    if p.road:
        out["road"] = p.road
    if p.kind in ("toll", "service", "checkpoint", "hub", "port", "station"):
        out["landmark"] = p.landmark
    return out


def demo_cases(seed: int = 2022) -> list[DemoCase]:
    """CASE_COUNT demo cases, sorted by created_at; the same seed always gives the same cases."""
    rng = random.Random(seed)
    units_list = demo_units()
    units = {u["code"]: u for u in units_list}
    names = list(SCENARIOS)
    out = []
    times = _created_times(rng, CASE_COUNT)
    stories = [
        rng.choices(names, weights=[SCENARIOS[k][1] if t.month == 4 else SCENARIOS[k][2] for k in names])[0]
        for t in times
    ]
    # Every scenario at least twice, whatever the seed, so every type and category is in the demo.
    for name in names:
        while stories.count(name) < MIN_PER_SCENARIO:
            commonest = max(names, key=stories.count)
            stories[rng.choice([i for i, s in enumerate(stories) if s == commonest])] = name
    for created_at, name in zip(times, stories):
        channel = rng.choices(["phone", "web", "api", "open311"], weights=[58, 27, 8, 7])[0]
        if name == "stranded" or name == "praise":
            channel = rng.choice(["phone", "phone", "phone", "web"])
        story = rng.getstate()
        d = SCENARIOS[name][0](_Ctx(rng, created_at, channel))
        # Some stories only fit one channel, and consultations mostly come in by phone. Replaying the
        # same random draws keeps the story and changes only the voice it is told in.
        move_to = d.channel if d.channel and d.channel != channel else None
        if d.on_call_reply and channel != "phone" and rng.random() < 0.7:
            move_to = "phone"
        if move_to:
            channel = move_to
            rng.setstate(story)
            d = SCENARIOS[name][0](_Ctx(rng, created_at, channel))
        payload = {
            "type": d.type,
            "category": d.category,
            "title": d.title[:200],
            "description": (d.body + DEMO_MARK)[-10000:],
            "channel": channel,
            "urgent": d.urgent,
            "reporter": _reporter(rng, d, channel),
            "place": _place_payload(rng, d.place, channel),
        }
        routed = route_demo_case(d.place.region, d.category, units_list)
        actions = _lifecycle(rng, d, channel, created_at, units, routed)
        out.append(DemoCase(payload=payload, created_at=created_at, actions=actions))
    return out
