"""Builds demo_policies.jsonl and driver_questions.jsonl: `python -m hotline.policies.data.demo_source`.

DEMO DATA. The entries imitate the traffic-control notices of April–May 2022 (national rules on
passes, test validity and 不得层层加码; provincial and city rules on checkpoints, test sites and
closures). Names of places and roads are real; the numbers, dates, document numbers and phone
numbers are illustrative, not the rules that were actually in force.

The questions are how drivers phrase things on the phone (colloquial, with the region and date of
asking), written from separate phrase lists, not copied from the entries' question forms.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

HERE = Path(__file__).parent

MOT = "国务院联防联控机制物流保通保畅工作领导小组办公室"

NATIONAL = [
    dict(key="mot-pass-mutual", title="重点物资运输车辆通行证全国互认",
         questions=["重点物资运输车辆通行证各地都认吗", "外省发的通行证能不能用"],
         answer="全国统一格式的重点物资运输车辆通行证由各省份联防联控机制发放，全国互认，各地不得拒绝放行或要求重复办理。",
         body="通行证载明车牌号、驾驶员、起讫地和有效期，可打印纸质件或出示电子件，有效期原则上与运输任务一致。",
         categories=["通行证"], tags=["保通保畅", "全国互认"], effective_from="2022-04-11", effective_until="2022-06-30",
         source=dict(issuer=MOT, doc_no="联防联控机制发〔2022〕示例1号")),
    dict(key="mot-pass-apply", title="重点物资运输车辆通行证申领办法",
         questions=["重点物资运输车辆通行证在哪里办", "通行证申领需要什么材料"],
         answer="由企业或驾驶员向始发地或目的地所在省份的联防联控机制（交通运输部门）申领，可网上申请，原则上当日办结，不收取任何费用。",
         body="申领材料：车辆行驶证、驾驶员身份证、道路运输证、运输任务说明。个体司机可通过所在地交通运输部门申领。",
         categories=["通行证"], tags=["申领"], effective_from="2022-04-11", effective_until="2022-06-30",
         source=dict(issuer=MOT, doc_no="联防联控机制发〔2022〕示例1号")),
    dict(key="mot-test-mutual", title="货车司机核酸检测结果全国互认",
         questions=["货车司机核酸检测结果全国通用吗"],
         answer="货车司机、船员等交通运输从业人员的核酸检测结果全国互认，48小时内核酸检测阴性证明各地均应认可。",
         body="各地不得以检测机构不同为由要求重复检测。核酸检测阴性证明以健康码、纸质报告或检测机构短信为准。",
         categories=["核酸检测"], tags=["全国互认"], effective_from="2022-04-11", effective_until="2022-06-30",
         source=dict(issuer=MOT, doc_no="联防联控机制发〔2022〕示例2号")),
    dict(key="mot-no-overreach", title="不得层层加码、不得擅自关闭高速公路和服务区",
         questions=["地方层层加码、一刀切劝返怎么办", "可以随便封高速吗"],
         answer="各地不得擅自关闭高速公路、普通公路和服务区，不得对来自低风险地区的货车一律劝返；遇到层层加码可拨打12328反映。",
         body="对持有通行证、48小时核酸检测阴性证明且健康码绿码的货车司机，应当放行。擅自设卡拦截、断路阻断交通的，予以通报。",
         categories=["防疫检查站", "投诉举报"], tags=["层层加码", "一刀切"], effective_from="2022-04-11",
         effective_until="2022-06-30", source=dict(issuer=MOT, doc_no="联防联控机制发〔2022〕示例3号")),
    dict(key="mot-service-area", title="高速公路服务区保持开放",
         questions=["高速服务区关了怎么办", "服务区能不能吃饭加油"],
         answer="高速公路服务区一律保持开放，为司乘人员提供如厕、餐饮、加油等基本服务，不得以防疫为由关闭。",
         body="确需调整服务的，应提前公告并在相邻服务区保障供应。",
         categories=["服务区"], tags=["服务区"], effective_from="2022-04-11", effective_until="2022-06-30",
         source=dict(issuer="交通运输部", doc_no="交公路明电〔2022〕示例4号")),
    dict(key="mot-free-test", title="货车司机免费核酸检测和即采即走",
         questions=["货车司机做核酸要钱吗", "下高速要等核酸结果吗"],
         answer="各地在高速公路服务区、收费站周边设置货车司机免费核酸检测点，实行“即采即走、不等结果”，结果可在健康码查询。",
         body="对行程中需要检测的货车司机，不得要求其原地等待结果，不得收费。",
         categories=["核酸检测"], tags=["免费检测", "即采即走"], effective_from="2022-04-15", effective_until="2022-06-30",
         source=dict(issuer=MOT, doc_no="联防联控机制发〔2022〕示例5号")),
    dict(key="mot-star", title="不得以行程卡带星号为由限制货车通行",
         questions=["行程卡有星号能不能上路"],
         answer="对来自低风险地区、行程卡带星号的货车司机，不得仅以带星号为由劝返或限制通行。",
         body="带星号仅表示曾到访有风险区域的城市，应结合核酸检测结果和实际行程判断。",
         categories=["防疫检查站"], tags=["行程卡"], effective_from="2022-04-18", effective_until="2022-06-30",
         source=dict(issuer=MOT, doc_no="联防联控机制发〔2022〕示例6号")),
    dict(key="mot-high-risk", title="来自中高风险地区货车司机的闭环管理",
         questions=["从封控区出来的大车司机怎么管"],
         answer="来自中高风险地区的货车司机实行闭环管理：持48小时核酸阴性证明，落地检测，点对点运输，不见面交接，不得劝返。",
         body="接收地设置接驳站和临时休息区，提供必要的生活保障。",
         categories=["隔离政策", "货运物流"], tags=["闭环管理", "中高风险"], effective_from="2022-04-11",
         effective_until="2022-06-30", source=dict(issuer=MOT, doc_no="联防联控机制发〔2022〕示例3号")),
    dict(key="mot-12328", title="12328热线受理货车通行问题",
         questions=["货车通行受阻找谁"],
         answer="货车司机遇到通行受阻、通行证办理难、层层加码等问题，可拨打12328交通运输服务监督电话，热线24小时受理并转交属地处理。",
         body="交通运输部12328热线与各省热线联动，重要问题督办，一般问题当日转办。",
         categories=["投诉举报"], tags=["12328"], effective_from="2022-04-08", effective_until="2022-12-31",
         source=dict(issuer="交通运输部", doc_no="示例")),
    dict(key="mot-postal", title="邮政快递车辆纳入重点物资运输车辆管理",
         questions=["快递车能办通行证吗"],
         answer="邮政快递车辆纳入重点物资运输车辆通行证发放范围，享受同等通行便利。",
         body="邮政管理部门会同交通运输部门做好快递车辆通行证发放。",
         categories=["通行证", "货运物流"], tags=["快递"], effective_from="2022-04-14", effective_until="2022-06-30",
         source=dict(issuer="国家邮政局、交通运输部", doc_no="示例")),
    dict(key="mot-coach", title="中高风险地区跨省客运班线暂停",
         questions=["跨省大巴还开吗"],
         answer="中高风险地区所在县（市、区）暂停跨省客运班线和旅游包车业务，其他地区正常运营，乘客须持48小时核酸阴性证明。",
         body="恢复运营时间以当地公告为准。",
         categories=["客运"], tags=["客运班线"], effective_from="2022-04-01", effective_until="2022-06-30",
         source=dict(issuer="交通运输部", doc_no="示例")),
    dict(key="mot-cold-chain", title="冷链运输车辆防疫要求",
         questions=["冷链车要做什么检测"],
         answer="进口冷链食品运输车辆须查验检疫证明、核酸检测证明和消毒证明，司机每48小时做一次核酸检测。",
         body="冷链运输企业应建立人员健康监测台账。",
         categories=["货运物流"], tags=["冷链"], effective_from="2022-04-01", effective_until="2022-06-30",
         source=dict(issuer="交通运输部", doc_no="示例")),
    dict(key="mot-yellow-code", title="货车司机健康码变黄码的处置",
         questions=["司机绿码变黄码了怎么办"],
         answer="途中健康码变为黄码的货车司机，应就近到核酸检测点检测，结果阴性后按规定转码，期间可在指定服务区休息，不得驱赶。",
         body="各地应公布黄码司机检测点和休息区。",
         categories=["核酸检测"], tags=["健康码"], effective_from="2022-04-15", effective_until="2022-06-30",
         source=dict(issuer=MOT, doc_no="示例")),
]

# (key, code, name, province code, province name, toll stations, test sites, hours in April, hours in May,
#  where to apply for passes, a closure)
CITIES = [
    ("wh", "420100", "武汉", "420000", "湖北", ["武汉西收费站", "武汉北收费站", "汉口北收费站"],
     ["沌口服务区", "军山服务区"], 48, 72, "“鄂汇办”APP", ("G4京港澳高速汉口北收费站出口", "4月14日", "4月20日")),
    ("xg", "420900", "孝感", "420000", "湖北", ["孝感北收费站", "孝感东收费站"], ["孝感服务区", "孝南服务区"],
     48, 72, "孝感市交通运输局窗口", ("G4京港澳高速孝感北收费站", "4月16日", "4月22日")),
    ("yc", "420500", "宜昌", "420000", "湖北", ["宜昌东收费站"], ["宜昌服务区"], 48, 72, "“鄂汇办”APP",
     ("G50沪渝高速宜昌东收费站入口", "4月25日", "4月28日")),
    ("xy", "420600", "襄阳", "420000", "湖北", ["襄阳北收费站"], ["襄阳服务区"], 48, 72, "“鄂汇办”APP",
     ("G70福银高速襄阳北收费站", "5月3日", "5月6日")),
    ("sh", "310000", "上海", "310000", "上海", ["G2京沪高速安亭道口", "G60沪昆高速枫泾道口"],
     ["G15沈海高速嘉定服务区", "G60枫泾服务区"], 24, 48, "“随申办”政务服务平台",
     ("G2京沪高速安亭道口进沪方向", "4月5日", "5月15日")),
    ("bj", "110000", "北京", "110000", "北京", ["京港澳高速杜家坎进京检查站", "京哈高速白鹿检查站"],
     ["马驹桥物流园", "大羊坊服务区"], 48, 48, "“北京交通”APP", ("京藏高速昌平西关出京方向", "5月5日", "5月8日")),
    ("tj", "120000", "天津", "120000", "天津", ["京津塘高速杨村收费站", "津蓟高速宝坻收费站"], ["杨村服务区"], 48, 72,
     "“津心办”APP", ("津蓟高速宝坻收费站", "4月10日", "4月18日")),
    ("sjz", "130100", "石家庄", "130000", "河北", ["石家庄北收费站", "石家庄东收费站"], ["正定服务区"], 48, 72,
     "“冀时办”APP", ("京港澳高速石家庄北收费站", "4月12日", "4月19日")),
    ("lf", "131000", "廊坊", "130000", "河北", ["廊坊北收费站", "永清收费站"], ["廊坊服务区", "永清服务区"], 24, 48,
     "“冀时办”APP", ("京台高速廊坊北收费站", "4月8日", "4月26日")),
    ("ts", "130200", "唐山", "130000", "河北", ["唐山西收费站", "唐山南收费站"], ["唐山服务区"], 24, 48, "“冀时办”APP",
     ("长深高速唐山西收费站", "4月1日", "4月22日")),
    ("cc", "220100", "长春", "220000", "吉林", ["长春西收费站", "长春南收费站"], ["长春服务区"], 24, 48, "“吉事办”APP",
     ("京哈高速长春西收费站", "3月12日", "4月28日")),
    ("jl", "220200", "吉林", "220000", "吉林", ["吉林西收费站"], ["吉林服务区"], 24, 48, "“吉事办”APP",
     ("珲乌高速吉林西收费站", "3月20日", "4月25日")),
    ("sy", "210100", "沈阳", "210000", "辽宁", ["沈阳西收费站", "沈阳南收费站"], ["沈阳服务区"], 48, 48, "“辽事通”APP",
     ("沈海高速沈阳南收费站", "4月6日", "4月12日")),
    ("zz", "410100", "郑州", "410000", "河南", ["郑州站收费站", "郑州东收费站", "郑州南收费站"], ["中牟服务区"], 48, 24,
     "“豫事办”APP", ("京港澳高速郑州南收费站", "5月4日", "5月11日")),
    ("xa", "610100", "西安", "610000", "陕西", ["西安东收费站", "西安北收费站"], ["临潼服务区"], 48, 72, "“秦务员”APP",
     ("连霍高速西安东收费站", "4月3日", "4月9日")),
    ("gz", "440100", "广州", "440000", "广东", ["广州北收费站", "火村收费站"], ["太和服务区"], 48, 72, "“粤省事”小程序",
     ("广州绕城高速火村收费站", "4月9日", "4月16日")),
    ("sz", "440300", "深圳", "440000", "广东", ["南头检查站", "梅林检查站"], ["机荷高速服务区"], 24, 48, "“i深圳”APP",
     ("机荷高速清湖收费站", "4月2日", "4月9日")),
    ("dg", "441900", "东莞", "440000", "广东", ["东莞收费站", "长安收费站"], ["长安服务区"], 48, 72, "“粤省事”小程序",
     ("广深沿江高速长安收费站", "3月15日", "4月2日")),
    ("hz", "330100", "杭州", "330000", "浙江", ["杭州北收费站", "杭州东收费站"], ["临平服务区"], 48, 48, "“浙里办”APP",
     ("沪杭甬高速杭州东收费站", "5月1日", "5月4日")),
    ("su", "320500", "苏州", "320000", "江苏", ["苏州新区收费站", "苏州东收费站"], ["阳澄湖服务区"], 48, 48,
     "“苏周到”APP", ("沪宁高速苏州新区收费站", "4月2日", "4月18日")),
    ("ks", "320583", "昆山", "320000", "江苏", ["昆山收费站", "花桥收费站"], ["昆山服务区"], 24, 48, "“苏周到”APP",
     ("沪宁高速花桥收费站", "4月1日", "4月28日")),
    ("nj", "320100", "南京", "320000", "江苏", ["南京东收费站", "南京北收费站"], ["仙林服务区"], 48, 48, "“我的南京”APP",
     ("沪宁高速南京东收费站", "4月24日", "4月27日")),
    ("jn", "370100", "济南", "370000", "山东", ["济南东收费站", "济南西收费站"], ["济南服务区"], 48, 72, "“爱山东”APP",
     ("京台高速济南西收费站", "4月20日", "4月24日")),
    ("ly", "371300", "临沂", "370000", "山东", ["临沂北收费站", "临沂西收费站"], ["临沂服务区"], 48, 72, "“爱山东”APP",
     ("京沪高速临沂北收费站", "4月3日", "4月17日")),
    ("hf", "340100", "合肥", "340000", "安徽", ["合肥东收费站", "合肥北收费站"], ["大蜀山服务区"], 48, 72, "“皖事通”APP",
     ("沪陕高速合肥东收费站", "4月10日", "4月14日")),
    ("ty", "140100", "太原", "140000", "山西", ["太原东收费站", "太原南收费站"], ["太原服务区"], 48, 72, "“三晋通”APP",
     ("太旧高速太原东收费站", "4月15日", "4月21日")),
    ("hrb", "230100", "哈尔滨", "230000", "黑龙江", ["哈尔滨西收费站", "哈尔滨南收费站"], ["哈尔滨服务区"], 48, 48,
     "“全省事”APP", ("京哈高速哈尔滨南收费站", "4月8日", "4月20日")),
]

PROVINCES = {"420000": "湖北", "130000": "河北", "220000": "吉林", "410000": "河南", "440000": "广东",
             "320000": "江苏", "370000": "山东", "330000": "浙江", "610000": "陕西", "210000": "辽宁"}


def _day(md: str) -> str:
    m, d = md.removesuffix("日").split("月")
    return f"2022-{int(m):02d}-{int(d):02d}"


def city_entries(c) -> list[dict]:
    key, code, name, prov, prov_name, stations, sites, h_apr, h_may, platform, closure = c
    issuer = f"{name}市新冠肺炎疫情防控指挥部" if code[2:] != "0000" else f"{name}市疫情防控工作领导小组"
    out = [
        dict(key=f"{key}-test-apr", title=f"{name}市进出人员核酸检测要求（4月）",
             questions=[f"进{name}需要什么核酸证明"],
             answer=f"4月期间，驾乘人员进入{name}市须持{h_apr}小时内核酸检测阴性证明，并在收费站落地检测；"
                    f"货车司机即采即走。",
             body=f"{name}市在各高速公路入口设置查验点，查验健康码、行程卡和{h_apr}小时核酸检测阴性证明。",
             regions=[code], categories=["核酸检测"], tags=[name, "进出管控"],
             effective_from="2022-04-01", effective_until="2022-04-30",
             source=dict(issuer=issuer, doc_no=f"{name}防指通告〔2022〕示例{len(name) + 10}号")),
        dict(key=f"{key}-test-may", title=f"{name}市进出人员核酸检测要求（5月调整）",
             questions=[f"5月进{name}核酸要求有变化吗"],
             answer=f"自5月1日起，进入{name}市的驾乘人员须持{h_may}小时内核酸检测阴性证明；"
                    f"来自低风险地区的货车司机凭绿码通行。",
             body=f"此前的{h_apr}小时要求同时停止执行。落地检测继续实行“即采即走”。",
             regions=[code], categories=["核酸检测"], tags=[name, "进出管控"],
             effective_from="2022-05-01", effective_until="2022-05-31",
             source=dict(issuer=issuer, doc_no=f"{name}防指通告〔2022〕示例{len(name) + 20}号")),
        dict(key=f"{key}-checkpoints", title=f"{name}市高速公路防疫检查站设置",
             questions=[f"{name}有哪些检查站"],
             answer=f"{name}市在{'、'.join(stations)}设置防疫检查站，24小时查验，货车走专用通道。",
             body=f"检查站查验健康码、行程卡和核酸检测阴性证明；持重点物资运输车辆通行证的车辆优先通行。"
                  f"咨询电话：{name}市交通运输局（示例）。",
             regions=[code], categories=["防疫检查站"], tags=[name, *stations],
             effective_from="2022-04-01", effective_until="2022-05-31",
             source=dict(issuer=f"{name}市交通运输局", doc_no="示例")),
        dict(key=f"{key}-test-sites", title=f"{name}市货车司机免费核酸检测点",
             questions=[f"{name}哪里可以免费做核酸"],
             answer=f"{name}市在{'、'.join(sites)}设置货车司机免费核酸检测点，24小时采样，即采即走。",
             body="检测结果一般在12小时内推送到健康码，可凭身份证查询。",
             regions=[code], categories=["核酸检测"], tags=[name, *sites],
             effective_from="2022-04-10", effective_until="2022-05-31",
             source=dict(issuer=f"{name}市卫生健康委员会", doc_no="示例")),
        dict(key=f"{key}-closure", title=f"{closure[0]}临时关闭",
             questions=[f"{closure[0]}什么时候开"],
             answer=f"因疫情防控需要，{closure[0]}自{closure[1]}起临时关闭，预计{closure[2]}恢复通行，请绕行相邻收费站。",
             body=f"关闭期间，过往车辆请提前规划路线，服从现场指挥。{name}市交通运输部门将及时发布恢复通行信息。",
             regions=[code], categories=["道路封闭"], tags=[name, "收费站关闭"],
             effective_from=_day(closure[1]), effective_until=_day(closure[2]),
             source=dict(issuer=f"{name}市交通运输局", doc_no="示例")),
        dict(key=f"{key}-pass", title=f"{name}市重点物资运输车辆通行证办理",
             questions=[f"在{name}怎么办通行证"],
             answer=f"在{name}市申领重点物资运输车辆通行证，可通过{platform}在线提交，原则上当日办结，免费。",
             body=f"{name}市交通运输局开设通行证办理窗口，个体货车司机可现场办理。全国统一格式通行证在本市通用。",
             regions=[code], categories=["通行证"], tags=[name, "申领"],
             effective_from="2022-04-12", effective_until="2022-06-30",
             source=dict(issuer=f"{name}市交通运输局", doc_no="示例")),
    ]
    if key in ("sh", "cc"):  # a city that issued its own passes: its rule replaces the national one there
        out[-1]["overrides"] = ["mot-pass-apply"]
        out[-1]["answer"] += f"{name}市实行本市通行证，外地通行证须在{platform}换领。"
    return out


def province_entries(code: str, name: str) -> list[dict]:
    return [
        dict(key=f"p{code[:2]}-checkpoint", title=f"{name}省防疫检查站查验标准",
             questions=[f"{name}省界查什么"],
             answer=f"{name}省各防疫检查站统一查验健康码、行程卡和48小时内核酸检测阴性证明，不得层层加码。",
             body="省内各市不得自行提高查验标准，确需调整的须报省指挥部批准。",
             regions=[code], categories=["防疫检查站"], tags=[name],
             effective_from="2022-04-10", effective_until="2022-05-31",
             source=dict(issuer=f"{name}省新冠肺炎疫情防控指挥部", doc_no="示例")),
        dict(key=f"p{code[:2]}-green-channel", title=f"{name}省鲜活农产品运输绿色通道",
             questions=[f"{name}拉蔬菜的车免费吗"],
             answer=f"{name}省继续执行鲜活农产品运输绿色通道政策，整车合法装载的鲜活农产品车辆免收车辆通行费。",
             body="疫情期间，保障民生物资运输车辆优先查验、优先通行。",
             regions=[code], categories=["货运物流"], tags=[name, "绿色通道"],
             effective_from="2022-04-01", effective_until="2022-12-31",
             source=dict(issuer=f"{name}省交通运输厅", doc_no="示例")),
    ]


# ---------------------------------------------------------------- driver questions

TEST_Q = ["我明天拉货去{n}，要几个小时的核酸报告", "进{n}的话检测报告要多久以内的", "{n}现在下高速要查核酸吗，要多少小时的",
          "去{n}送货核酸证明有效期是多久"]
CHECK_Q = ["{n}那边检查站设在哪些高速口", "进{n}有哪些卡口要查", "{n}的防疫查验点在哪里"]
SITE_Q = ["在{n}哪里能免费做核酸，大车司机", "{n}货车司机去哪做检测不要钱", "{n}服务区有核酸检测点吗"]
PASS_Q = ["{n}的通行卡在哪里申请", "我在{n}，重点物资通行证怎么弄", "{n}办通行证要多久"]
CLOSURE_Q = ["{c}封了没有，什么时候恢复", "听说{c}关了，还能走吗"]
NATIONAL_Q = [
    ("mot-pass-mutual", "外省办的通行卡到这边能用吗"), ("mot-pass-mutual", "我的通行证是别的省发的，这里认不认"),
    ("mot-test-mutual", "外地做的核酸检测报告这边认吗"), ("mot-test-mutual", "核酸检测结果各省互认吗"),
    ("mot-no-overreach", "收费站一刀切不让下高速，绿码也劝返，怎么办"),
    ("mot-no-overreach", "地方擅自加码封路可以投诉吗"),
    ("mot-service-area", "服务区关门了，没地方吃饭加油"), ("mot-service-area", "高速服务区还开不开"),
    ("mot-free-test", "跑车的做核酸收不收钱，要不要等结果"), ("mot-free-test", "下站做核酸要原地等结果吗"),
    ("mot-star", "行程卡带星号能上路吗"), ("mot-star", "行程码有星被拦了合理吗"),
    ("mot-high-risk", "从封控区出来的货车司机怎么管"),
    ("mot-postal", "快递车可以办通行证吗"), ("mot-coach", "跨省大巴现在还开吗"),
    ("mot-cold-chain", "冷链车司机多久做一次核酸"), ("mot-yellow-code", "路上健康码变黄码了怎么办"),
    ("mot-12328", "通行受阻打什么电话反映"), ("mot-pass-apply", "通行证申请要带什么材料"),
]


def county_of(code: str) -> str:
    """A county inside a city (the driver is somewhere in it); the code itself for a county."""
    from hotline.regions import load_regions

    table = load_regions()
    r = table.get(code)
    if r.level == 3:
        return code
    kids = table.children(code)
    if r.level == 1:
        kids = [k for c in kids for k in table.children(c.code)] or kids
    return sorted(k.code for k in kids)[0] if kids else code


def questions(rng: random.Random) -> list[dict]:
    out = []
    for c in CITIES:
        key, code, name, *_rest, closure = c
        where = county_of(code)
        out.append(dict(q=rng.choice(TEST_Q).format(n=name), region=where, at="2022-04-22T10:00:00+08:00",
                        expected=[f"{key}-test-apr"]))
        out.append(dict(q=rng.choice(TEST_Q).format(n=name), region=where, at="2022-05-12T10:00:00+08:00",
                        expected=[f"{key}-test-may"]))
        out.append(dict(q=rng.choice(CHECK_Q).format(n=name), region=where, at="2022-04-26T09:00:00+08:00",
                        expected=[f"{key}-checkpoints"]))
        out.append(dict(q=rng.choice(SITE_Q).format(n=name), region=where, at="2022-04-28T15:00:00+08:00",
                        expected=[f"{key}-test-sites"]))
        out.append(dict(q=rng.choice(PASS_Q).format(n=name), region=where, at="2022-05-06T11:00:00+08:00",
                        expected=[f"{key}-pass"]))
        day = _day(closure[1])
        out.append(dict(q=rng.choice(CLOSURE_Q).format(c=closure[0]), region=where, at=f"{day}T14:00:00+08:00",
                        expected=[f"{key}-closure"]))
    # Not in 上海 or 长春: their own pass rule replaces the national one there.
    wheres = [county_of(c[1]) for c in CITIES if c[0] not in ("sh", "cc")]
    for key, q in NATIONAL_Q:
        out.append(dict(q=q, region=rng.choice(wheres), at="2022-04-27T10:00:00+08:00", expected=[key]))
    for code, name in PROVINCES.items():
        out.append(dict(q=f"{name}省内检查站都查哪些东西", region=county_of(code), at="2022-04-20T10:00:00+08:00",
                        expected=[f"p{code[:2]}-checkpoint"]))
        out.append(dict(q=f"在{name}拉菜的车过路费免不免", region=county_of(code), at="2022-05-20T10:00:00+08:00",
                        expected=[f"p{code[:2]}-green-channel"]))
    return out


def entries() -> list[dict]:
    out = [dict(e, regions=["000000"]) for e in NATIONAL]
    for c in CITIES:
        out += city_entries(c)
    for code, name in PROVINCES.items():
        out += province_entries(code, name)
    for e in out:
        e["demo"] = True
    return out


def main() -> None:
    rng = random.Random(2022)
    es = entries()
    (HERE / "demo_policies.jsonl").write_text(
        "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in es), encoding="utf-8")
    qs = questions(rng)
    (HERE / "driver_questions.jsonl").write_text(
        "".join(json.dumps(q, ensure_ascii=False) + "\n" for q in qs), encoding="utf-8")
    print(f"{len(es)} entries, {len(qs)} questions")


if __name__ == "__main__":
    main()
