"""The default 12328 taxonomy: categories and case types, with keyword rules for a cold start.

Rules give a score per label from the keywords found; the trained model's probabilities are
blended with them (see `hotline.text.analyze`). Keywords are plain substrings: cheap and explainable.
"""

from __future__ import annotations

from hotline.text.wordscan import WordScanner

CATEGORIES: dict[str, str] = {
    "control.escalation": "层层加码",
    "control.turnback": "一刀切劝返",
    "control.pass": "通行证办理",
    "control.checkpoint": "防疫检查站",
    "control.testing": "核酸检测",
    "control.closure": "高速出入口与服务区关闭",
    "transport.freight": "货物运输",
    "transport.passenger": "旅客运输",
    "transport.taxi": "出租汽车与网约车",
    "highway.toll": "收费与绿色通道",
    "highway.road": "道路设施与施工",
    "enforcement.conduct": "执法不规范",
    "enforcement.overload": "超限超载",
    "postal": "邮政快递",
    "other": "其他",
}

TYPES: dict[str, str] = {
    "consult": "咨询",
    "complaint": "投诉",
    "report": "举报",
    "suggestion": "建议",
    "help": "求助",
    "praise": "表扬",
}

CATEGORY_KEYWORDS: dict[str, tuple[str, ...]] = {
    "control.escalation": ("层层加码", "加码", "擅自加严", "额外要求", "多地要求不一", "自行规定", "7天核酸",
                           "七天核酸", "隔离14天", "集中隔离", "落地检", "三天两检", "居家隔离"),
    "control.turnback": ("劝返", "一刀切", "不让进", "不让下", "不准进", "拒绝进入", "返回原地", "赶回去",
                         "外地车一律", "劝离", "掉头回去"),
    "control.pass": ("通行证", "通行码", "重点物资运输车辆通行证", "办证", "电子通行证", "申领"),
    "control.checkpoint": ("检查站", "卡口", "卡点", "查验点", "防疫站", "设卡", "查验", "排队检查"),
    "control.testing": ("核酸", "检测点", "阴性证明", "抗原", "采样", "检测报告", "出结果"),
    "control.closure": ("出口关闭", "入口关闭", "服务区关闭", "封闭", "关闭", "封了", "封路", "停止营业",
                        "高速口封", "收费站关闭"),
    "transport.freight": ("运费", "货主", "物流", "货运", "卸货", "装货", "货车司机", "配货", "运单", "车队",
                          "货拉拉", "满帮", "运满满", "道路运输证", "挂靠"),
    "transport.passenger": ("客运", "班车", "大巴", "长途汽车", "客运站", "公交", "车票", "退票", "旅客",
                            "乘客", "包车", "线路"),
    "transport.taxi": ("出租车", "网约车", "滴滴", "打表", "拒载", "绕路", "计价器", "司机师傅", "顺风车",
                       "乘车", "打车", "的士"),
    "highway.toll": ("乱收费", "收费标准", "通行费", "绿色通道", "绿通", "ETC", "etc", "路桥费", "逃费", "多扣",
                     "扣费", "发票"),
    "highway.road": ("施工", "路面", "坑", "塌方", "护栏", "路灯", "标志", "标线", "积水", "修路", "养护",
                     "隧道", "桥梁", "路况", "堵车", "拥堵"),
    "enforcement.conduct": ("执法", "罚款", "乱罚", "态度", "辱骂", "不出示", "证件", "吃拿卡要", "执法人员",
                            "运政", "路政", "交警", "扣车", "扣证"),
    "enforcement.overload": ("超载", "超限", "治超", "称重", "过磅", "吨", "轴", "卸载"),
    "postal": ("快递", "邮政", "包裹", "派送", "派件", "揽收", "驿站", "快递员", "邮件", "顺丰", "中通",
               "圆通", "韵达", "申通", "京东物流", "EMS", "丢件"),
    "other": (),
}

TYPE_KEYWORDS: dict[str, tuple[str, ...]] = {
    "consult": ("请问", "咨询", "想问", "问一下", "问下", "能不能", "可不可以", "是否", "需不需要", "需要什么",
                "怎么办理", "如何", "吗", "么？", "？"),
    "complaint": ("投诉", "不满", "态度恶劣", "乱收费", "乱罚款", "太过分", "不合理", "欺负", "刁难", "凭什么"),
    "report": ("举报", "揭发", "倒卖", "收黑钱", "违法", "私设", "非法"),
    "suggestion": ("建议", "希望能", "希望可以", "能否考虑", "提个意见", "应该增设", "呼吁"),
    "help": ("求助", "救救", "帮帮", "被困", "困在", "滞留", "走不了", "急需", "没吃", "没水", "断粮",
             "怎么办啊", "救命", "请帮忙"),
    "praise": ("表扬", "感谢", "谢谢", "点赞", "锦旗", "辛苦了", "好样的", "给力"),
}


_AUTOMATA: dict[int, tuple[dict, WordScanner]] = {}


def _automaton(table: dict[str, tuple[str, ...]]):
    """One Aho-Corasick automaton per keyword table: one pass over the text finds every keyword."""
    entry = _AUTOMATA.get(id(table))
    if entry is None or entry[0] is not table:
        entry = _AUTOMATA[id(table)] = (table, WordScanner((w, w) for words in table.values() for w in words))
    return entry[1]


def keyword_scores(text: str, table: dict[str, tuple[str, ...]]) -> dict[str, list[str]]:
    """{label: the label's keywords found in `text`, in the table's order}."""
    found = {w for _, w in _automaton(table).iter(text)} if text else set()
    out: dict[str, list[str]] = {}
    if not found:
        return out
    for label, words in table.items():
        hits = [w for w in words if w in found]
        if hits:
            out[label] = hits
    return out
