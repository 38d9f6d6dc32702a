"""Synthetic 12328 messages for the default model — written by this project, not real cases.

Every example is composed from hand-written clauses (facts, questions, reports, suggestions,
thanks per category) and slots (places, roads, stations, plates, cargo, durations), then dressed in
one of four styles: a driver typing on a phone (no punctuation, spaces, 师傅/啊), an operator's
note (来电人反映：……，请核实处理), a one-liner, or a longer narrative. It is deterministic
(seeded), so the default model is the same on every machine. Real evaluation belongs to real data.
"""

from __future__ import annotations

import random
from typing import Iterator

CITIES = ["孝感", "郑州", "廊坊", "石家庄", "临沂", "徐州", "西安", "咸阳", "长沙", "怀化", "成都", "重庆", "贵阳",
          "昆明", "南宁", "广州", "东莞", "福州", "厦门", "南昌", "合肥", "阜阳", "济南", "菏泽", "太原", "大同",
          "呼和浩特", "包头", "沈阳", "大连", "长春", "哈尔滨", "绥化", "南京", "苏州", "杭州", "宁波", "义乌", "武汉",
          "宜昌", "兰州", "天水", "银川", "西宁", "乌鲁木齐", "哈密", "拉萨", "海口", "上海", "北京", "天津", "保定",
          "邯郸", "商丘", "南阳", "赣州", "榆林", "鄂尔多斯", "唐山", "沧州"]
COUNTIES = ["安次区", "广阳区", "固安县", "孝南区", "大兴区", "通州区", "铜山区", "江宁区", "东西湖区", "渝北区",
            "寿光市", "昆山市", "晋江市", "涿州市", "高碑店市", "瑞丽市", "凭祥市", "满洲里市", "绥芬河市", "太和县"]
ROADS = ["京港澳高速", "G4", "沪昆高速", "连霍高速", "G30", "京哈高速", "107国道", "G15沈海高速", "大广高速",
         "二广高速", "包茂高速", "济广高速", "青银高速", "长深高速", "京藏高速", "G6", "S32", "310国道", "杭瑞高速"]
CARGO = ["蔬菜", "生猪", "钢材", "煤炭", "医疗物资", "快递包裹", "水果", "冻品", "建材", "化肥", "饲料", "鸡苗",
         "粮食", "生鲜", "药品", "家电"]
DURATION = ["两天", "三天", "一天一夜", "十几个小时", "五六个小时", "一整天", "快三天了", "四十多个小时"]
HOURS = ["24", "48", "72"]
MONEY = ["200", "500", "1000", "2000", "3000", "150", "800"]
COMPANIES = ["顺丰", "中通", "韵达", "圆通", "申通", "邮政", "京东快递", "极兔"]
APPS = ["滴滴", "高德打车", "曹操出行", "T3出行", "花小猪"]
PROVINCE_ABBR = "京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川贵云藏陕甘青宁新"
LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"

# Per category: facts (what went wrong), asks (questions), reports, suggestions, thanks.
C: dict[str, dict[str, list[str]]] = {
    "control.escalation": {
        "facts": ["{place}要求外地货车司机隔离14天才放行，国家都说了不能层层加码",
                  "{place}擅自加码，要求{hours}小时核酸还要7天行程无异常，别的地方都不要",
                  "到了{place}说要集中隔离，还要自费住酒店，这不是层层加码吗",
                  "{place}自己规定低风险地区来的车也要落地检三天两检",
                  "国家规定{hours}小时核酸就行，{place}非要24小时以内的，还要健康承诺书",
                  "{place}的乡镇又在村口设卡，要求居家隔离7天，层层加码太严重",
                  "{place}要求司机下车后不准离开驾驶室还要额外做抗原，规定一天一变"],
        "asks": ["请问{place}现在是不是还要隔离？国家不是说不能层层加码吗",
                 "{place}要求隔离14天是哪个文件规定的？", "从{orig}去{place}还要额外做什么检测吗"],
        "reports": ["举报{place}防疫部门违规加码，要求货车司机隔离14天"],
        "suggs": ["各地统一防疫标准，不要层层加码，司机太难了", "上级部门督查{place}层层加码的问题"],
        "thanks": ["感谢{place}及时纠正了层层加码的做法，现在司机凭核酸就能通行"],
    },
    "control.turnback": {
        "facts": ["在{station}被劝返，说外地车一律不让下高速", "{place}一刀切，只要是{orig}来的车都劝返",
                  "拉着{cargo}到{place}不让进，直接让掉头回去", "{place}高速口一刀切劝返，核酸绿码都不行",
                  "跑到{place}被防疫人员赶回去了，说不接收外省车辆", "{place}不让下也不让走，逼着我们原路返回",
                  "刚到{station}就被劝离，说是上面要求的"],
        "asks": ["请问现在去{place}会不会被劝返", "被{place}劝返了怎么办，货还在车上",
                 "{orig}过来的车到{place}让不让进"],
        "reports": ["举报{place}一刀切劝返外地货车，违反国家保通保畅要求"],
        "suggs": ["不要一刀切劝返货车，可以设置专门的通道", "对劝返的车辆给个去处，不要让司机在高速上来回跑"],
        "thanks": ["感谢{place}没有一刀切劝返，给我们安排了专门的通道"],
    },
    "control.pass": {
        "facts": ["{place}的通行证申请了{duration}还没批下来", "通行证是{orig}开的，到了{place}不认",
                  "网上申领通行证的系统一直打不开，{place}说没有通行证不让走",
                  "重点物资运输车辆通行证在{place}办不了，说要本地企业担保",
                  "办理通行证要盖好几个章，{place}的窗口来回推", "通行证过期了，{place}不给续办"],
        "asks": ["请问重点物资运输车辆通行证在哪里办理", "去{place}需要办通行证吗，怎么申请",
                 "通行证在{orig}办的，到{place}能不能用", "电子通行证怎么申领，需要什么材料",
                 "通行证有效期多久，过期了怎么续"],
        "reports": ["举报有人在{place}倒卖通行证，一张收{money}元"],
        "suggs": ["通行证全国互认，不要每个地方都办一次", "通行证网上办理要简化流程"],
        "thanks": ["感谢{place}交通局的工作人员，半小时就帮我们办好了通行证"],
    },
    "control.checkpoint": {
        "facts": ["{place}检查站排队{duration}还没过去，只开了一个口", "{road}{place}段设了防疫检查站，车排了十几公里",
                  "{place}卡口的工作人员查验太慢，一辆车查半小时", "{place}的检查站晚上没人，车只能在路边等",
                  "过{place}防疫检查站要扫三个码，手机没信号扫不了", "{place}查验点让司机下车排队，大太阳晒着"],
        "asks": ["请问{road}{place}段的检查站几点开放", "{place}检查站查什么，需要准备哪些材料"],
        "reports": ["举报{place}检查站工作人员收钱放行"],
        "suggs": ["检查站多开几个通道，货车和小车分开查", "{place}检查站能不能设货车快速通道"],
        "thanks": ["{place}检查站的工作人员很辛苦，还给我们送了热水，点赞"],
    },
    "control.testing": {
        "facts": ["{place}的核酸检测点排队{duration}，结果还要等两天", "在{orig}做的核酸，到{place}不认又要重做",
                  "{place}高速口的核酸检测要自费{money}元", "核酸报告显示不出来，{place}说没有结果不让走",
                  "{place}找不到给外地司机做核酸的地方", "{hours}小时核酸到期了，{place}附近没有采样点"],
        "asks": ["请问{place}高速口有没有核酸检测点", "核酸检测结果多久有效，{hours}小时还是24小时",
                 "外地司机在{place}哪里可以做核酸", "抗原检测可以代替核酸吗"],
        "reports": ["举报{place}核酸检测点乱收费，一次收{money}元"],
        "suggs": ["在服务区设置免费核酸检测点，方便货车司机", "核酸结果全国互认，不要重复检测"],
        "thanks": ["感谢{place}在服务区给司机免费做核酸，出结果也快"],
    },
    "control.closure": {
        "facts": ["{station}关闭了，导航也没提示，只能绕行上百公里", "{place}的高速出入口全部封闭，货下不去",
                  "{road}{place}服务区关闭了，没地方吃饭加水上厕所", "{place}所有高速口都封了，不知道从哪里下",
                  "服务区停止营业，司机在车上{duration}没吃上热饭", "{place}封路也不提前通知，车堵在路上"],
        "asks": ["请问{station}现在开了没有", "{road}{place}段哪些出口还能下高速", "{place}服务区什么时候恢复营业"],
        "reports": ["举报{place}私自封闭高速出口，影响物资运输"],
        "suggs": ["高速出口关闭要提前发布信息", "服务区至少保留加油和厕所"],
        "thanks": ["感谢{place}服务区坚持营业，给司机提供热水和盒饭"],
    },
    "transport.freight": {
        "facts": ["货主拖欠运费{duration}了一直不给", "{orig}到{place}的货，卸货时货主压价还扣钱",
                  "挂靠的运输公司乱收管理费，一年收{money}元", "物流园区不让外地车进，卸不了货",
                  "平台派的单到了{place}货主不认，空跑一趟", "道路运输证年审要跑好几趟，材料反复要",
                  "装货等了{duration}，货主不给压车费", "车队老板扣押司机证件不给工资"],
        "asks": ["请问道路运输证年审需要什么材料", "货车从业资格证在哪里办", "挂靠车辆怎么转出来",
                 "运费被拖欠可以找哪个部门"],
        "reports": ["举报{place}一家物流公司无证经营，车辆没有道路运输证"],
        "suggs": ["对拖欠运费的货主建立黑名单", "物流园区给货车司机设置休息区"],
        "thanks": ["感谢运管部门帮我追回了拖欠的运费"],
    },
    "transport.passenger": {
        "facts": ["{orig}到{place}的客运班车停了，也没有通知", "客运站不给退票，说是规定",
                  "长途大巴超员，过道里都站满了人", "{place}的公交车不按站停，司机开得太快",
                  "买了票的班车没来，客运站也不给说法", "包车公司临时加价，不加钱不走"],
        "asks": ["请问{orig}到{place}的长途汽车恢复了吗", "客运站的车票怎么退", "{place}汽车站几点发车",
                 "春运期间{place}有没有加班车"],
        "reports": ["举报{place}有黑车在客运站门口拉客"],
        "suggs": ["{place}增加到乡镇的公交线路", "客运站开通网上退票"],
        "thanks": ["表扬{place}客运站的工作人员，帮我找回了落在车上的包"],
    },
    "transport.taxi": {
        "facts": ["{place}的出租车不打表，到了地方多要了{money}元", "{app}司机故意绕路，车费比平时多一倍",
                  "出租车在火车站拒载，嫌路程太近", "网约车司机态度差，还把我扔在半路", "{place}的的士司机拼客还收全价",
                  "{app}派的车和软件上车牌对不上", "顺风车司机临时加价"],
        "asks": ["请问{place}出租车起步价是多少", "网约车多收费怎么投诉", "{app}的车牌对不上怎么处理"],
        "reports": ["举报{place}有黑车冒充出租车", "举报{app}司机车牌号{plate}无证运营"],
        "suggs": ["机场出租车排队太乱，建议设置专门的上客点", "网约车平台加强司机管理"],
        "thanks": ["表扬{place}的出租车司机拾金不昧，把我丢的手机送了回来"],
    },
    "highway.toll": {
        "facts": ["拉的是{cargo}，{station}不给走绿色通道，收了{money}元", "ETC多扣了通行费，一趟扣了两次",
                  "{station}收费员说我超宽不能免费", "绿通车查验时让把货全卸下来", "{road}通行费比以前贵了一倍",
                  "ETC显示无入口信息，被按最远路程收费", "通行费发票开不出来"],
        "asks": ["请问{cargo}能不能走绿色通道", "ETC多扣费怎么退", "货车通行费怎么计算的", "绿色通道免费政策还有吗"],
        "reports": ["举报{station}收费员私收现金不给票"],
        "suggs": ["绿色通道查验能不能简化，别让司机卸货", "ETC扣费明细短信通知"],
        "thanks": ["感谢{station}的收费员，帮我处理了ETC故障，没耽误时间"],
    },
    "highway.road": {
        "facts": ["{road}{place}段路面全是坑，已经爆了两个胎", "{place}修路没有警示标志，晚上差点撞上",
                  "{road}隧道里的灯坏了一半，黑乎乎的", "{place}的桥梁护栏撞坏了一直没修", "下雨{road}{place}段积水很深",
                  "{road}施工单道通行，堵了{duration}", "{place}山区公路塌方了还没清理"],
        "asks": ["请问{road}{place}段什么时候修好", "{road}施工期间货车能不能通行", "{place}那段路塌方通了吗"],
        "reports": ["举报{place}施工单位偷工减料，新修的路一个月就坏了"],
        "suggs": ["{road}{place}段加装路灯和减速带", "施工路段提前在导航上提示"],
        "thanks": ["感谢{place}公路段的养护工人，连夜把塌方清理了"],
    },
    "enforcement.conduct": {
        "facts": ["{place}交通执法人员不出示证件就开罚单", "路政执法态度恶劣，还辱骂司机",
                  "{place}运政人员吃拿卡要，不给钱就扣车", "同样的问题{place}罚{money}元，别的地方只警告",
                  "执法人员扣了我的行驶证{duration}不还", "{place}交警只罚款不开票", "执法人员在{road}上随意拦车检查"],
        "asks": ["交通执法罚款可以申请复议吗", "执法人员扣证不给手续合法吗", "在{place}被罚款了怎么查处罚记录"],
        "reports": ["举报{place}执法人员收钱不开票", "举报{place}路政人员吃拿卡要"],
        "suggs": ["执法人员要佩戴执法记录仪", "建议公开罚款标准，不要随意罚"],
        "thanks": ["表扬{place}交通执法大队，帮我们把抛锚的车拖到了安全地方"],
    },
    "enforcement.overload": {
        "facts": ["{place}治超站说我超载，过磅数字明显不对", "拉了{cargo}被查超限，罚了{money}元还扣分",
                  "{place}治超站不让卸载，只能交钱", "六轴车明明没超，{place}称重说超了三吨", "超限检测站强制卸货还收卸货费",
                  "{place}的动态称重不准，同一辆车两次称不一样"],
        "asks": ["请问六轴货车限重多少吨", "超载罚款标准是什么", "超限被罚了要扣几分"],
        "reports": ["举报{place}有大货车严重超载，车牌{plate}", "举报{place}治超站收钱放行超载车"],
        "suggs": ["治超站的称重设备要定期校准", "超限处罚全国统一标准"],
        "thanks": ["感谢{place}治超站的工作人员耐心解释超限标准"],
    },
    "postal": {
        "facts": ["{company}快递{duration}了还没派送，物流信息不更新", "快递员不送上门，直接放驿站还收钱",
                  "{company}把我的包裹弄丢了，不给赔偿", "{place}的快递全部积压在分拣中心", "快递外包装破损，里面东西坏了",
                  "快递柜超时收费", "邮政EMS的邮件寄到{place}被退回了"],
        "asks": ["请问寄往{place}的快递现在能收吗", "快递丢了怎么索赔", "{company}什么时候恢复{place}的派送"],
        "reports": ["举报{company}{place}网点私自拆包"],
        "suggs": ["快递驿站收费要规范", "快递停运要提前通知"],
        "thanks": ["表扬{company}的快递员，下大雨也准时送到"],
    },
    "other": {
        "facts": ["12328热线一直打不通", "驾驶证换证网上办理不了", "小区门口的共享单车乱停",
                  "车辆年审排队太长", "驾校收了钱不安排练车", "停车场收费太贵", "电动车上牌要排队一整天",
                  "违章查询系统登录不上"],
        "asks": ["请问驾驶证到期怎么换证", "车辆年审需要带什么", "12328热线几点上班", "外地驾照能在{place}换证吗",
                 "电动车上牌在哪里办"],
        "reports": ["举报{place}有驾校无证招生"],
        "suggs": ["12328热线增加人工坐席", "车管所周末也开放办理"],
        "thanks": ["感谢12328热线的话务员耐心解答", "上次反映的问题已经解决了，谢谢"],
    },
}

# How often each type appears per category (complaint-heavy, like a real line).
TYPE_WEIGHTS = {"complaint": 34, "help": 12, "consult": 26, "report": 9, "suggestion": 9, "praise": 10}
HELP_ENDINGS = ["现在走不了了，求帮忙", "车上还有{cargo}，再不走就坏了，救救我们", "我们在车上已经{duration}了，没吃没喝，请帮帮忙",
                "现在困在这里，不知道怎么办", "急需解决，请尽快帮忙协调"]
COMPLAINT_WRAP = ["投诉{x}", "{x}，太不合理了", "{x}，要求给个说法", "{x}，希望有关部门管一管", "我要投诉，{x}", "{x}，这是什么道理"]


class _Slots:
    def __init__(self, rng: random.Random):
        self.rng = rng

    def fill(self, s: str) -> str:
        r = self.rng
        place = r.choice(CITIES) if r.random() < 0.7 else r.choice(COUNTIES)
        orig = r.choice([c for c in CITIES if c != place])
        station = r.choice(CITIES) + r.choice(["", "东", "西", "南", "北"]) + "收费站"
        plate = r.choice(PROVINCE_ABBR) + r.choice(LETTERS) + "".join(r.choice("0123456789" + LETTERS) for _ in range(5))
        values = {"place": place, "orig": orig, "station": station, "road": r.choice(ROADS), "cargo": r.choice(CARGO),
                  "duration": r.choice(DURATION), "hours": r.choice(HOURS), "money": r.choice(MONEY),
                  "company": r.choice(COMPANIES), "app": r.choice(APPS), "plate": plate}
        out = s
        for _ in range(2):  # endings may contain slots
            out = out.format(**values)
        return out


def _core(rng: random.Random, cat: str, typ: str) -> str:
    c = C[cat]
    if typ == "consult":
        return rng.choice(c["asks"])
    if typ == "report":
        return rng.choice(c["reports"])
    if typ == "suggestion":
        s = rng.choice(c["suggs"])
        return rng.choice(["建议{x}", "希望{x}", "提个建议，{x}", "能否考虑{x}"]).replace("{x}", s)
    if typ == "praise":
        return rng.choice(c["thanks"])
    fact = rng.choice(c["facts"])
    if typ == "help":
        return fact + "，" + rng.choice(HELP_ENDINGS)
    return rng.choice(COMPLAINT_WRAP).replace("{x}", fact)


def _style(rng: random.Random, text: str, typ: str) -> str:
    style = rng.random()
    if style < 0.3:  # a driver typing on a phone
        t = text.replace("，", rng.choice([" ", "，", ""])).replace("。", " ")
        t = rng.choice(["", "你好 ", "师傅 ", "喂 ", "12328吗 ", "我是跑车的 "]) + t
        return t + rng.choice(["", "啊", "呢", "！！", "。。。", " 谢谢"])
    if style < 0.55:  # operator's note
        t = text.replace("我们", "其").replace("我", "其")
        tail = {"consult": "来电人咨询相关政策。", "help": "来电人请求协助。", "praise": "来电人对相关人员表示感谢。",
                "suggestion": "来电人提出建议。", "report": "来电人要求查处。"}.get(typ, "请相关部门核实处理。")
        return rng.choice(["来电人反映：", "来电人反映，", "来电人称", "市民来电反映："]) + t + "。" + tail
    if style < 0.75:  # one-liner
        return text
    # narrative
    intro = rng.choice(["我是一名货车司机，", "我是{plate}的车主，", "我前天从{orig}装了一车{cargo}，",
                        "我们是跑{orig}到{place}这条线的，", "本人跑运输十几年了，"])
    extra = rng.choice(["打了好几个电话都没人管。", "跟现场的人讲也讲不通。", "其他司机也是一样的情况。",
                        "希望领导重视一下。", "这个问题已经反映过一次了。", ""])
    return intro + text + "。" + extra


def generate(per_category: int = 320, seed: int = 12328) -> Iterator[tuple[str, str, str]]:
    """(text, category, type) tuples; deterministic for a given seed."""
    rng = random.Random(seed)
    slots = _Slots(rng)
    types = list(TYPE_WEIGHTS)
    weights = [TYPE_WEIGHTS[t] for t in types]
    for cat in C:
        seen: set[str] = set()
        made = 0
        tries = 0
        while made < per_category and tries < per_category * 20:
            tries += 1
            typ = rng.choices(types, weights)[0]
            text = slots.fill(_style(rng, _core(rng, cat, typ), typ))
            if text in seen:
                continue
            seen.add(text)
            made += 1
            yield text, cat, typ
