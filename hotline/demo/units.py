"""Demo handling units (承办单位): the ministry, eight provinces and the departments under them.

The tree follows how a 12328 case actually travels in spring 2022: 交通运输部 → 省交通运输厅 →
市交通运输局 → 区/县交通运输局, with the other members of each level's 保通保畅 working group
(公安交管, 疫情防控指挥部, 高速公路运营公司, 邮政管理, 市场监管) hung under the unit they report to.
A provincial department of another kind hangs under its province's transport department; a city
department hangs under the provincial department of the same kind when there is one (so escalating
goes up its own line), otherwise under the city's transport bureau. The postal line is vertical
from 国家邮政局, as it is in life.

Names are realistic; telephone numbers are made up (valid format, derived from the unit code) so the
demo never sends anyone to a real office.
"""

from __future__ import annotations

import zlib

CATEGORIES: tuple[str, ...] = (
    "control.escalation",
    "control.turnback",
    "control.pass",
    "control.checkpoint",
    "control.testing",
    "control.closure",
    "transport.freight",
    "transport.passenger",
    "transport.taxi",
    "highway.toll",
    "highway.road",
    "enforcement.conduct",
    "enforcement.overload",
    "postal",
    "other",
)

KINDS: tuple[str, ...] = ("ministry", "transport", "police_traffic", "epidemic", "expressway", "postal", "market")

# What each kind of unit handles. Transport authorities lead 保通保畅, so they take every control.*
# case except testing, which belongs to the epidemic command.
_PROVINCE_TRANSPORT = [
    "control.escalation", "control.turnback", "control.pass", "control.checkpoint", "control.closure",
    "transport.freight", "transport.passenger", "transport.taxi", "highway.road",
    "enforcement.conduct", "enforcement.overload", "other",
]
_CITY_TRANSPORT = _PROVINCE_TRANSPORT
_COUNTY_TRANSPORT = [
    "control.turnback", "control.pass", "control.checkpoint",
    "transport.freight", "transport.passenger", "transport.taxi", "highway.road",
    "enforcement.conduct", "enforcement.overload",
]
_BY_KIND: dict[str, list[str]] = {
    "ministry": list(CATEGORIES),
    "police_traffic": ["control.checkpoint", "control.turnback", "control.pass", "enforcement.conduct"],
    "epidemic": ["control.escalation", "control.testing", "control.turnback", "control.checkpoint", "control.pass"],
    "expressway": ["highway.toll", "highway.road", "control.closure"],
    "postal": ["postal"],
    "market": ["other"],
}

# Area codes and the length of local numbers (8 digits in the big cities, 7 elsewhere).
_AREA = {
    "010": 8, "021": 8, "025": 8, "027": 8, "0311": 8, "0371": 8, "0431": 8, "0531": 8, "0532": 8,
    "0512": 8, "0312": 7, "0316": 7, "0432": 8, "0370": 7, "0394": 7, "0434": 7, "0536": 7,
    "0539": 7, "0712": 7,
}


def _phone(code: str, area: str) -> str:
    n = zlib.crc32(code.encode("ascii"))
    length = _AREA[area]
    first = 2 + n % 7  # local numbers start with 2-8
    rest = str(n // 7).zfill(length)[-(length - 1):]
    return f"{area}-{first}{rest}"


# (code, name, region, parent, kind, area code, duty hours, categories or None for the kind's default)
_ROWS: list[tuple[str, str, str, str | None, str, str, str, list[str] | None]] = [
    ("mot", "交通运输部", "000000", None, "ministry", "010", "24小时", None),
    ("mot-spb", "国家邮政局", "000000", "mot", "postal", "010", "08:30-17:00", None),
    # 湖北
    ("hb", "湖北省交通运输厅", "420000", "mot", "transport", "027", "24小时", _PROVINCE_TRANSPORT),
    ("hb-police", "湖北省公安厅交通管理局", "420000", "hb", "police_traffic", "027", "24小时", None),
    ("hb-epidemic", "湖北省新冠肺炎疫情防控指挥部", "420000", "hb", "epidemic", "027", "24小时", None),
    ("hb-expressway", "湖北交投高速公路运营集团有限公司", "420000", "hb", "expressway", "027", "24小时", None),
    ("hb-postal", "湖北省邮政管理局", "420000", "mot-spb", "postal", "027", "08:30-17:00", None),
    ("hb-wuhan", "武汉市交通运输局", "420100", "hb", "transport", "027", "24小时", _CITY_TRANSPORT),
    ("hb-wuhan-police", "武汉市公安局交通管理局", "420100", "hb-police", "police_traffic", "027", "24小时", None),
    ("hb-wuhan-epidemic", "武汉市新冠肺炎疫情防控指挥部", "420100", "hb-epidemic", "epidemic", "027", "24小时", None),
    ("hb-wuhan-market", "武汉市市场监督管理局", "420100", "hb-wuhan", "market", "027", "09:00-17:00", None),
    ("hb-wuhan-huangpi", "黄陂区交通运输局", "420116", "hb-wuhan", "transport", "027", "08:30-17:30", _COUNTY_TRANSPORT),
    ("hb-wuhan-hongshan", "洪山区交通运输局", "420111", "hb-wuhan", "transport", "027", "08:30-17:30", _COUNTY_TRANSPORT),
    ("hb-xiaogan", "孝感市交通运输局", "420900", "hb", "transport", "0712", "24小时", _CITY_TRANSPORT),
    ("hb-xiaogan-police", "孝感市公安局交通警察支队", "420900", "hb-police", "police_traffic", "0712", "24小时", None),
    ("hb-xiaogan-epidemic", "孝感市新冠肺炎疫情防控指挥部", "420900", "hb-epidemic", "epidemic", "0712", "24小时", None),
    ("hb-xiaogan-xiaonan", "孝南区交通运输局", "420902", "hb-xiaogan", "transport", "0712", "08:30-17:30", _COUNTY_TRANSPORT),
    ("hb-xiaogan-hanchuan", "汉川市交通运输局", "420984", "hb-xiaogan", "transport", "0712", "08:30-17:30", _COUNTY_TRANSPORT),
    ("hb-xiaogan-yunmeng", "云梦县交通运输局", "420923", "hb-xiaogan", "transport", "0712", "08:30-17:30", _COUNTY_TRANSPORT),
    # 河北
    ("he", "河北省交通运输厅", "130000", "mot", "transport", "0311", "24小时", _PROVINCE_TRANSPORT),
    ("he-police", "河北省公安厅交通警察总队", "130000", "he", "police_traffic", "0311", "24小时", None),
    ("he-epidemic", "河北省新冠肺炎疫情防控工作领导小组办公室", "130000", "he", "epidemic", "0311", "24小时", None),
    ("he-expressway", "河北高速公路集团有限公司", "130000", "he", "expressway", "0311", "24小时", None),
    ("he-shijiazhuang", "石家庄市交通运输局", "130100", "he", "transport", "0311", "08:30-17:30", _CITY_TRANSPORT),
    ("he-baoding", "保定市交通运输局", "130600", "he", "transport", "0312", "24小时", _CITY_TRANSPORT),
    ("he-baoding-gaobeidian", "高碑店市交通运输局", "130684", "he-baoding", "transport", "0312", "08:30-17:30", _COUNTY_TRANSPORT),
    ("he-langfang", "廊坊市交通运输局", "131000", "he", "transport", "0316", "24小时", _CITY_TRANSPORT),
    ("he-langfang-police", "廊坊市公安局交通警察支队", "131000", "he-police", "police_traffic", "0316", "24小时", None),
    ("he-langfang-epidemic", "廊坊市新冠肺炎疫情防控工作领导小组办公室", "131000", "he-epidemic", "epidemic", "0316", "24小时", None),
    ("he-langfang-postal", "廊坊市邮政管理局", "131000", "mot-spb", "postal", "0316", "08:30-17:00", None),
    ("he-langfang-anci", "安次区交通运输局", "131002", "he-langfang", "transport", "0316", "08:30-17:30", _COUNTY_TRANSPORT),
    ("he-langfang-guangyang", "广阳区交通运输局", "131003", "he-langfang", "transport", "0316", "08:30-17:30", _COUNTY_TRANSPORT),
    ("he-langfang-guan", "固安县交通运输局", "131022", "he-langfang", "transport", "0316", "08:30-17:30", _COUNTY_TRANSPORT),
    ("he-langfang-xianghe", "香河县交通运输局", "131024", "he-langfang", "transport", "0316", "08:30-17:30", _COUNTY_TRANSPORT),
    # 吉林
    ("jl", "吉林省交通运输厅", "220000", "mot", "transport", "0431", "24小时", _PROVINCE_TRANSPORT),
    ("jl-police", "吉林省公安厅交通警察总队", "220000", "jl", "police_traffic", "0431", "24小时", None),
    ("jl-epidemic", "吉林省新冠肺炎疫情防控工作领导小组办公室", "220000", "jl", "epidemic", "0431", "24小时", None),
    ("jl-expressway", "吉林省高速公路集团有限公司", "220000", "jl", "expressway", "0431", "24小时", None),
    ("jl-postal", "吉林省邮政管理局", "220000", "mot-spb", "postal", "0431", "08:30-17:00", None),
    ("jl-changchun", "长春市交通运输局", "220100", "jl", "transport", "0431", "24小时", _CITY_TRANSPORT),
    ("jl-changchun-police", "长春市公安局交通警察支队", "220100", "jl-police", "police_traffic", "0431", "24小时", None),
    ("jl-changchun-epidemic", "长春市新冠肺炎疫情防控指挥部", "220100", "jl-epidemic", "epidemic", "0431", "24小时", None),
    ("jl-changchun-market", "长春市市场监督管理局", "220100", "jl-changchun", "market", "0431", "09:00-17:00", None),
    ("jl-changchun-postal", "长春市邮政管理局", "220100", "jl-postal", "postal", "0431", "08:30-17:00", None),
    ("jl-changchun-lvyuan", "绿园区交通运输局", "220106", "jl-changchun", "transport", "0431", "08:30-17:30", _COUNTY_TRANSPORT),
    ("jl-changchun-shuangyang", "双阳区交通运输局", "220112", "jl-changchun", "transport", "0431", "08:30-17:30", _COUNTY_TRANSPORT),
    ("jl-changchun-jiutai", "九台区交通运输局", "220113", "jl-changchun", "transport", "0431", "08:30-17:30", _COUNTY_TRANSPORT),
    ("jl-jilin", "吉林市交通运输局", "220200", "jl", "transport", "0432", "24小时", _CITY_TRANSPORT),
    ("jl-siping", "四平市交通运输局", "220300", "jl", "transport", "0434", "08:30-17:30", _CITY_TRANSPORT),
    # 上海 (a province-level city: district 建设和交通委 sit directly under 市交通委)
    ("sh", "上海市交通委员会", "310000", "mot", "transport", "021", "24小时", _PROVINCE_TRANSPORT),
    ("sh-police", "上海市公安局交通警察总队", "310000", "sh", "police_traffic", "021", "24小时", None),
    ("sh-epidemic", "上海市新冠肺炎疫情防控工作领导小组办公室", "310000", "sh", "epidemic", "021", "24小时", None),
    ("sh-expressway", "上海城投公路投资（集团）有限公司", "310000", "sh", "expressway", "021", "24小时", None),
    ("sh-postal", "上海市邮政管理局", "310000", "mot-spb", "postal", "021", "08:30-17:00", None),
    ("sh-market", "上海市市场监督管理局", "310000", "sh", "market", "021", "09:00-17:00", None),
    ("sh-pudong", "浦东新区建设和交通委员会", "310115", "sh", "transport", "021", "24小时", _CITY_TRANSPORT),
    ("sh-jiading", "嘉定区建设和管理委员会", "310114", "sh", "transport", "021", "08:30-17:30", _CITY_TRANSPORT),
    ("sh-qingpu", "青浦区建设和管理委员会", "310118", "sh", "transport", "021", "08:30-17:30", _CITY_TRANSPORT),
    ("sh-jinshan", "金山区建设和管理委员会", "310116", "sh", "transport", "021", "08:30-17:30", _CITY_TRANSPORT),
    ("sh-minhang", "闵行区建设和管理委员会", "310112", "sh", "transport", "021", "08:30-17:30", _CITY_TRANSPORT),
    # 山东
    ("sd", "山东省交通运输厅", "370000", "mot", "transport", "0531", "24小时", _PROVINCE_TRANSPORT),
    ("sd-police", "山东省公安厅交通警察总队", "370000", "sd", "police_traffic", "0531", "24小时", None),
    ("sd-epidemic", "山东省疫情防控指挥部", "370000", "sd", "epidemic", "0531", "24小时", None),
    ("sd-expressway", "山东高速集团有限公司", "370000", "sd", "expressway", "0531", "24小时", None),
    ("sd-jinan", "济南市交通运输局", "370100", "sd", "transport", "0531", "24小时", _CITY_TRANSPORT),
    ("sd-jinan-police", "济南市公安局交通警察支队", "370100", "sd-police", "police_traffic", "0531", "24小时", None),
    ("sd-jinan-licheng", "历城区交通运输局", "370112", "sd-jinan", "transport", "0531", "08:30-17:30", _COUNTY_TRANSPORT),
    ("sd-jinan-zhangqiu", "章丘区交通运输局", "370114", "sd-jinan", "transport", "0531", "08:30-17:30", _COUNTY_TRANSPORT),
    ("sd-qingdao", "青岛市交通运输局", "370200", "sd", "transport", "0532", "24小时", _CITY_TRANSPORT),
    ("sd-weifang", "潍坊市交通运输局", "370700", "sd", "transport", "0536", "08:30-17:30", _CITY_TRANSPORT),
    ("sd-weifang-shouguang", "寿光市交通运输局", "370783", "sd-weifang", "transport", "0536", "08:30-17:30", _COUNTY_TRANSPORT),
    ("sd-linyi", "临沂市交通运输局", "371300", "sd", "transport", "0539", "24小时", _CITY_TRANSPORT),
    ("sd-linyi-police", "临沂市公安局交通警察支队", "371300", "sd-police", "police_traffic", "0539", "24小时", None),
    ("sd-linyi-epidemic", "临沂市疫情防控指挥部", "371300", "sd-epidemic", "epidemic", "0539", "24小时", None),
    ("sd-linyi-lanshan", "兰山区交通运输局", "371302", "sd-linyi", "transport", "0539", "08:30-17:30", _COUNTY_TRANSPORT),
    ("sd-linyi-luozhuang", "罗庄区交通运输局", "371311", "sd-linyi", "transport", "0539", "08:30-17:30", _COUNTY_TRANSPORT),
    ("sd-linyi-hedong", "河东区交通运输局", "371312", "sd-linyi", "transport", "0539", "08:30-17:30", _COUNTY_TRANSPORT),
    # 河南
    ("ha", "河南省交通运输厅", "410000", "mot", "transport", "0371", "24小时", _PROVINCE_TRANSPORT),
    ("ha-police", "河南省公安厅交通警察总队", "410000", "ha", "police_traffic", "0371", "24小时", None),
    ("ha-epidemic", "河南省疫情防控指挥部", "410000", "ha", "epidemic", "0371", "24小时", None),
    ("ha-expressway", "河南交通投资集团有限公司", "410000", "ha", "expressway", "0371", "24小时", None),
    ("ha-zhengzhou", "郑州市交通运输局", "410100", "ha", "transport", "0371", "24小时", _CITY_TRANSPORT),
    ("ha-zhengzhou-police", "郑州市公安局交通警察支队", "410100", "ha-police", "police_traffic", "0371", "24小时", None),
    ("ha-zhengzhou-epidemic", "郑州市疫情防控指挥部", "410100", "ha-epidemic", "epidemic", "0371", "24小时", None),
    ("ha-zhengzhou-market", "郑州市市场监督管理局", "410100", "ha-zhengzhou", "market", "0371", "09:00-17:00", None),
    ("ha-zhengzhou-guancheng", "管城回族区交通运输局", "410104", "ha-zhengzhou", "transport", "0371", "08:30-17:30", _COUNTY_TRANSPORT),
    ("ha-zhengzhou-zhongmou", "中牟县交通运输局", "410122", "ha-zhengzhou", "transport", "0371", "08:30-17:30", _COUNTY_TRANSPORT),
    ("ha-zhengzhou-xinzheng", "新郑市交通运输局", "410184", "ha-zhengzhou", "transport", "0371", "08:30-17:30", _COUNTY_TRANSPORT),
    ("ha-shangqiu", "商丘市交通运输局", "411400", "ha", "transport", "0370", "08:30-17:30", _CITY_TRANSPORT),
    ("ha-zhoukou", "周口市交通运输局", "411600", "ha", "transport", "0394", "08:30-17:30", _CITY_TRANSPORT),
    # 江苏
    ("js", "江苏省交通运输厅", "320000", "mot", "transport", "025", "24小时", _PROVINCE_TRANSPORT),
    ("js-epidemic", "江苏省新冠肺炎疫情联防联控工作指挥部", "320000", "js", "epidemic", "025", "24小时", None),
    ("js-expressway", "江苏交通控股有限公司", "320000", "js", "expressway", "025", "24小时", None),
    ("js-nanjing", "南京市交通运输局", "320100", "js", "transport", "025", "24小时", _CITY_TRANSPORT),
    ("js-suzhou", "苏州市交通运输局", "320500", "js", "transport", "0512", "24小时", _CITY_TRANSPORT),
    ("js-suzhou-kunshan", "昆山市交通运输局", "320583", "js-suzhou", "transport", "0512", "24小时", _COUNTY_TRANSPORT),
    # 北京
    ("bj", "北京市交通委员会", "110000", "mot", "transport", "010", "24小时", _PROVINCE_TRANSPORT),
    ("bj-police", "北京市公安局公安交通管理局", "110000", "bj", "police_traffic", "010", "24小时", None),
    ("bj-epidemic", "北京市新冠肺炎疫情防控工作领导小组办公室", "110000", "bj", "epidemic", "010", "24小时", None),
    ("bj-daxing", "大兴区交通局", "110115", "bj", "transport", "010", "08:30-17:30", _CITY_TRANSPORT),
    ("bj-tongzhou", "通州区交通局", "110112", "bj", "transport", "010", "08:30-17:30", _CITY_TRANSPORT),
]


def demo_units() -> list[dict]:
    """The demo unit tree, parents before children, rooted at "mot" (交通运输部)."""
    out = []
    for code, name, region, parent, kind, area, hours, cats in _ROWS:
        out.append(
            {
                "code": code,
                "name": name,
                "region": region,
                "parent": parent,
                "kind": kind,
                "categories": list(cats if cats is not None else _BY_KIND[kind]),
                # The ministry answers on the hotline number itself; everyone else has a desk line.
                "phone": "12328" if code == "mot" else _phone(code, area),
                "duty_hours": hours,
            }
        )
    return out


# When several units at the same depth handle a category, the hotline sends it to the one whose
# business it is first.
_KIND_PREFERENCE: dict[str, tuple[str, ...]] = {
    "control.testing": ("epidemic",),
    "control.escalation": ("transport", "epidemic"),
    "highway.toll": ("expressway",),
    "highway.road": ("expressway", "transport"),
    "control.closure": ("transport", "expressway"),
    "postal": ("postal",),
    "other": ("transport", "market"),
}


def route_demo_case(region: str, category: str, units: list[dict] | None = None) -> str:
    """The unit code a demo case in `region` about `category` is first dispatched to.

    The most specific unit whose region contains `region` and which handles `category`; on a tie,
    the kind that owns the category. Always finds one: the ministry handles everything.
    This is the demo's own rule for picking plausible dispatch targets, not the product's router.
    """
    from hotline.regions import NATIONAL, load_regions

    table = load_regions()
    units = units if units is not None else demo_units()
    chain = [r.code for r in table.ancestors(region)] + [NATIONAL]
    prefs = _KIND_PREFERENCE.get(category, ("transport",))
    best: tuple[int, int, str] | None = None
    for u in units:
        if category not in u["categories"] or u["region"] not in chain:
            continue
        depth = chain.index(u["region"])
        rank = prefs.index(u["kind"]) if u["kind"] in prefs else len(prefs)
        key = (depth, rank, u["code"])
        if best is None or key < best:
            best = key
    assert best is not None  # the ministry is in every chain
    return best[2]
