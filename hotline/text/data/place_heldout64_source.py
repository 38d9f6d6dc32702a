"""Source of the sixty-fourth held-out place set (place_heldout64.jsonl): a blind check of `locate`.

Synthetic: every message was written by hand for this set in one sitting by a helper session that
had not read hotline/text/places.py, hotline/text/noisy.py or anything else under hotline/text/
beyond what is named here, nor place_landmarks.txt, place_towns.txt, place_historic.txt,
place_old_districts.txt or any facility table, the tests, docs/, bench/, README.md, git history,
anything under /work/shared, or the messages of any earlier set (place_heldout*.jsonl,
place_testset.jsonl, the message lists of the *_source.py files); sets 48-63, written at the same
time by other helpers, were not read either. What it did read: lines 1-80 of
place_heldout8_source.py (its docstring with the conventions, and its imports) and that file's last
10 lines (main()); lines 1-108 of place_heldout37_source.py and lines 1-76 of
place_heldout47_source.py (their docstrings only, no messages); the source of build_rows of
place_heldout3_source.py and of _resolve and write_jsonl of place_testset_source.py, each printed on
its own with inspect.getsource; and the first 150 lines of hotline/regions.py with the 2024 region
table it loads (dumped to a scratch file under /tmp to check every code and name). Of the existing
jsonl files a script read only the first two characters of each id, to make sure no id began with
"yb" (none did). No outside page was looked up: the stations, airports, squares and sights below
are placed from the session's own knowledge of geography, and rows resting on a fact it was less
sure of are listed at the end. The resolver, `hotline text analyze` and `locate` were not run on
any of it, and no test was run. No message was copied from anywhere. The only checks run were that
every path resolves (through build_rows) to the intended region's full name, that no text repeats,
and the counts below.

Theme: city transport complaints in prefecture-level cities that are not provincial capitals (洛阳,
绵阳, 赣州, 柳州, 包头, 大庆, 潍坊, 芜湖, 宜昌, 遵义, 曲靖, 宝鸡, 天水, 大连, 青岛, 厦门, 无锡, 苏州,
温州, 宁波, 佛山, 汕头, 桂林, 三亚 and about a hundred more), in all 31 provinces; for the four
municipalities their outer districts (北京 通州/大兴/房山/昌平/怀柔/延庆/顺义, 天津 武清/宝坻/蓟州/
静海/滨海新区, 上海 松江/嘉定/青浦/奉贤/金山/崇明/宝山, 重庆 万州/涪陵/永川/合川/黔江/綦江/大足).
Taxis at the cities' railway stations and airports (refusing the meter, refusing short trips,
pooling, detours), buses at their squares, markets and schools (skipped stops, route changes,
heating, timetables), parking near hospitals, schools, old towns and sights, e-bikes (registration
queues, impounding, helmets, riding the wrong way), ride-hailing (detours, cancellations, pick-up
points and fees) and road works in their districts (closures with no notice, no lights, dust, bus
stops removed). Most messages are easy; 151 (note "hard: …") carry the hard cases of the theme:
- a station or airport named after a city lying in a district or county of it, or in another
  city: 潮汕站 (潮州 潮安区), 芜湖宣州机场 (宣城 宣州区), 徐州观音机场 (睢宁县), 扬州泰州机场 (江都区),
  南通兴东机场 (通州区), 遵义茅台机场 (仁怀市), 林芝米林机场 (米林市), 泉州晋江机场 (晋江市), 青岛胶东
  机场 (胶州市), 天水站 (麦积区), 温州南站 (瓯海区), 厦门北站 (集美区), 青岛北站 (李沧区), 深圳北站
  (龙华区), 洛阳龙门站 (洛龙区), 婺源站, 江油站, 阳朔站, and 硕放, 奔牛, 周水子, 两江, 三峡 airports;
- squares, streets, markets and old towns named with the city, whose district was not sure (counted
  for the city: 洛阳王城广场, 洛阳上海市场, 潍坊风筝广场, 邯郸东站, 吉林市火车站), and streets named after
  other places, counted for the city named with them (芜湖北京东路, 青岛香港中路, 潍坊北海路, 遵义上海路,
  曲靖南宁西路, 宝鸡西安路, 徐州淮海路; 大连天津街 comes with 中山区 named);
- district names shared with other cities, settled by the city named with them (青山区 包头, 铁西区
  鞍山 / 四平, 铁东区 鞍山, 桥西区 张家口, 新华区 沧州 / 平顶山, 鼓楼区 徐州 / 开封, 城中区 柳州, 市中区
  枣庄 / 乐山, 海州区 连云港, 向阳区 佳木斯, 普陀区 舟山, 江北区 宁波, 通州区 南通 / 北京, 宝山 上海, 永定区
  龙岩 / 张家界, 河东区 临沂, 城区 晋城 / 汕尾, 矿区 阳泉, 东区 and 西区 攀枝花, 东兴区 内江 vs 东兴市,
  东港区 日照 vs 东港市, 海城区 北海 vs 海城市, 东昌区 通化 vs 东昌府区, 中山区 大连 vs 中山市, 武陵区 vs
  武陵源区, 云龙区 vs 云龙县), districts named as their city (淮安区, 荆州区, 东营区, 白银区, 克拉玛依区),
  names that read as common words or landmarks (洛阳 老城区, 解放区, 泰山区, 岳阳楼区, 宝塔区, 平安区,
  矿区, 城区) and 赣州's 老城区, a common word there (counted for 赣州);
- the same names alone with nothing to settle them (15 nulls with "ambiguous");
- callers' home towns, plates and landlines from elsewhere (豫C in 芜湖, a 洛阳 caller in 柳州, a
  天水 caller in 宝鸡, a 哈尔滨 landline on a 大庆 narrative), lines between two places and questions with no place.

Coverage (computed by script): 351 messages, 321 with a region and 30 with none (expected null).
296 expect a county-level unit, 22 a city and 3 a province. The city rows: places named with the
city whose district was not sure (yb013 邯郸东站, yb050 吉林市火车站, yb189 洛阳上海市场, yb190 洛阳王城
广场, yb171 潍坊风筝广场, yb335 大庆站 in a long narrative), streets (yb115 徐州, yb137 芜湖, yb159
赣州 老城区, yb168 青岛, yb172 潍坊, yb253 绵阳, yb265 遵义, yb272 曲靖, yb290 宝鸡, yb297 天水), cities
with no counties (yb233 中山, yb247 儋州, yb302 嘉峪关), an airport-to-town taxi trip inside 鄂尔多斯
(yb031) and lines inside one city (yb330 绵阳-江油, yb332 坊子-奎文); the province rows are lines
between two cities of one province (yb328 包头-鄂尔多斯, yb329 柳州-桂林, yb331 芜湖-马鞍山). The 30
nulls: 15 with "ambiguous" (yb005 桥西区, yb020 城区, yb027 青山区, yb043 铁西区, yb065 向阳区, yb075
宝山区, yb077 通州区, yb113 海州区, yb121 江北区, yb132 普陀区, yb153 永定区, yb178 市中区, yb194 鼓楼区,
yb199 新华区, yb236 城中区), two coach lines across provinces (yb333 洛阳-运城, yb334 宝鸡-天水) and 13
with no place at all (yb339-yb351: a station, 人民广场, 站前广场, 万达广场 or 老城区 with no city,
consultations and complaints naming nothing).
By province: 山东 21; 江苏 19; 浙江, 河南 16; 安徽, 广东, 四川 14; 河北 13; 内蒙古, 辽宁, 广西 11;
山西, 黑龙江, 湖北, 云南, 陕西, 甘肃 10; 吉林, 福建, 江西, 新疆 9; 湖南, 贵州 8; 上海, 北京, 重庆,
海南 7; 西藏, 青海 6; 天津 5; 宁夏 4.
Voices (by the note's first word): 190 typed on a phone (spaces between phrases, no punctuation),
90 short one-liners, 38 operators' notes (来电人反映……/来电人称……/来电人咨询……), 30 web forms
(【留言标题】/【留言内容】, one of them long) and 3 long narratives (yb335-yb337). 12 rows carry a
caller's number in a "phone" field, 11 of them landlines from another city than the problem (yb002
北京 010 for 北戴河, yb034 哈尔滨 0451 for 满洲里, yb165 济南 0531 for 青岛站, yb187 郑州 0371 for 洛阳站,
yb246 上海 021 for 三亚, yb280 成都 028 for 林芝, yb303 兰州 0931 for 敦煌, yb317 乌鲁木齐 0991 for
库尔勒, yb335 哈尔滨 0451 for 大庆, yb336 武汉 027 for 宜昌, yb338 重庆 023 for 绵阳) and one mobile on a
message with no place (yb346); none of them must settle anything.

Expected regions follow the conventions stated in place_heldout8_source.py: where the problem
happens, not the origin nor where the caller, the plate or the caller's number is from; the most
specific division known to be right (a station, airport, square, market, sight or town counts for
the county-level unit it lies in, and for the city where the district was not sure); a line
between two places counts for the smallest region holding both ends; a name that could be several
regions with nothing to settle it expects null with "ambiguous". 吉林市 rows give the code (yb049,
yb050, yb051), a path 吉林/吉林 reading as the province.

Rows whose expected code rests on something this session was less sure of (note "unsure"): yb017
(运城北站 in 盐湖区), yb031 (a taxi from 伊金霍洛机场 to 东胜 counted for 鄂尔多斯), yb059 (大庆西站 in
让胡路区), yb078 (大兴机场, which straddles 大兴 and 廊坊, counted for 大兴区), yb122 (栎社机场 in
海曙区), yb136 (芜湖宣州机场 in 宣城 宣州区), yb143 (黄山北站 in 屯溪区), yb155 (宁德站 in 蕉城区), yb170
(潍坊北站 in 寒亭区), yb181 (威海站 in 环翠区), yb187 (洛阳站 in 西工区), yb196 (商丘站 in 梁园区), yb202
(信阳东站 in 平桥区), yb204 (宜昌东站 in 伍家岗区), yb205 (宜昌三峡机场 in 猇亭区), yb213 (衡阳东站 in
珠晖区), yb234 (柳州站 in 柳南区), yb239 (桂林站 in 象山区), yb243 (三亚凤凰机场 in 天涯区), yb250 (绵阳站
in 涪城区), yb288 (宝鸡南站 in 渭滨区), yb299 (张掖七彩丹霞 in 临泽县) and yb323 (武当山, run by its own
特区, counted for 丹江口市).
"""

from __future__ import annotations

from hotline.text.data.place_heldout3_source import build_rows
from hotline.text.data.place_testset_source import write_jsonl

# (text, expected path or code or None, note[, caller's number or {"phone": …, "ambiguous": […]}])
HELDOUT64: list[tuple] = [
    # ── 河北 ──────────────────────────────────────────────────────────────────────────────
    ("秦皇岛站出站口 出租车 不打表 到海边要80 太黑了", "河北/秦皇岛/海港区", "phone"),
    ("来电人反映：7月份在北戴河站出站口，有多名黑车司机拉扯旅客揽客，车站派出所也不管，希望整治。", "河北/秦皇岛/北戴河区", "operator", "010-6758xxxx"),
    ("唐山路北区工人医院门口停车太难了 车都停到便道上 一堵半小时", "河北/唐山/路北区", "phone"),
    ("【留言标题】张家口桥西区公交车经常跳站\n【留言内容】我住张家口市桥西区，每天坐公交上班，司机经常不进站直接开走，站台上等车的人追着跑，请公交公司管管。", "河北/张家口/桥西区", "web; hard: 桥西区 with 张家口 (石家庄 has one too)"),
    ("桥西区实验小学门口 放学时候 家长车辆乱停 把路全堵死了 交警能不能来看看", None, "phone; hard: 桥西区 alone", {"ambiguous": ["河北/石家庄/桥西区", "河北/张家口/桥西区"]}),
    ("沧州新华区电动车上牌 排队排到马路上 一天办不完", "河北/沧州/新华区", "phone; hard: 新华区 with 沧州"),
    ("来电人称：保定市莲池区裕华路道路施工，围挡占了一半车道，没有任何提示牌，晚上开车很危险。", "河北/保定/莲池区", "operator"),
    ("邯郸丛台区 网约车司机 半路让我下车 说不顺路", "河北/邯郸/丛台区", "oneliner"),
    ("廊坊广阳区万达广场公交站 站牌被拆了 新站在哪没人知道", "河北/廊坊/广阳区", "phone"),
    ("承德避暑山庄门口的出租车拒载，说去火车站太近不去，旅游城市这样不行。", "河北/承德/双桥区", "oneliner; hard: 避暑山庄 for 双桥区"),
    ("衡水桃城区人民路 学校门口 接孩子的车停三排", "河北/衡水/桃城区", "phone"),
    ("邢台信都区 公交 冬天没暖风 车窗还关不上", "河北/邢台/信都区", "phone"),
    ("【留言标题】邯郸东站出租车宰客\n【留言内容】邯郸东站出来打车到市区，司机开口就要五十，不打表，还说都这个价。", "河北/邯郸", "web; hard: station named with city, district not sure"),
    ("保定 定州 汽车站 网约车 不让进 只能走好远打车", "河北/保定/定州市", "phone"),

    # ── 山西 ──────────────────────────────────────────────────────────────────────────────
    ("大同平城区华严寺附近 停车场收费乱 一小时收二十", "山西/大同/平城区", "phone"),
    ("来电人反映：在大同云冈石窟景区门口坐公交回市里，等了一个多小时没来一辆，站牌时刻表是错的。", "山西/大同/云冈区", "operator; hard: 云冈石窟 for 云冈区"),
    ("运城北站 网约车 上车点 太远 还要走天桥", "山西/运城/盐湖区", "phone; unsure: 运城北站 in 盐湖区"),
    ("晋城城区泽州路在修路 公交改线了也不通知", "山西/晋城/城区", "phone; hard: 城区 with 晋城"),
    ("阳泉矿区 出租车 都不打表", "山西/阳泉/矿区", "oneliner; hard: 矿区 with 阳泉"),
    ("城区 出租车 晚上 拼车 加价", None, "phone; hard: 城区 alone", {"ambiguous": ["山西/阳泉/城区", "山西/晋城/城区", "广东/汕尾/城区"]}),
    ("长治潞州区英雄中路 医院附近停车位太少 违停罚单一张接一张", "山西/长治/潞州区", "phone"),
    ("晋中榆次区 老城 周边 电动三轮乱窜 也没人管", "山西/晋中/榆次区", "phone"),
    ("【留言标题】平遥古城接驳车乱收费\n【留言内容】平遥古城北门外的电瓶车，说好十块一个人，到了又要二十，请旅游和交通部门查一下。", "山西/晋中/平遥县", "web"),
    ("临汾尧都区鼓楼广场 公交站 挪位置了 老人找不到", "山西/临汾/尧都区", "phone"),
    ("忻州忻府区 道路施工 半年了还没完", "山西/忻州/忻府区", "oneliner"),

    # ── 内蒙古 ────────────────────────────────────────────────────────────────────────────
    ("包头青山区 钢铁大街 出租车 拒载 说交班", "内蒙古/包头/青山区", "phone; hard: 青山区 with 包头 (武汉 has one too)"),
    ("青山区 公交 车 天天晚点 冬天在站台冻半天", None, "phone; hard: 青山区 alone", {"ambiguous": ["内蒙古/包头/青山区", "湖北/武汉/青山区"]}),
    ("来电人反映：包头昆区一名网约车司机接单后绕路，十分钟的路程开了半个小时，多收了二十多元。", "内蒙古/包头/昆都仑区", "operator; hard: 昆区 for 昆都仑区"),
    ("包头东河机场 出租车 排队 司机挑活 不去近的", "内蒙古/包头/东河区", "phone"),
    ("鄂尔多斯康巴什 公交 冬天班次太少 一等四十分钟", "内蒙古/鄂尔多斯/康巴什区", "phone"),
    ("鄂尔多斯伊金霍洛机场打车到东胜，司机不打表要一百五。", "内蒙古/鄂尔多斯", "oneliner; hard: airport to 东胜, both in 鄂尔多斯; unsure: a taxi trip counted for the city holding both ends"),
    ("赤峰红山区 医院 门口 私家车 乱停 救护车 进不去", "内蒙古/赤峰/红山区", "phone"),
    ("通辽科尔沁区 电动车 逆行 太多 晚上 根本 看不见", "内蒙古/通辽/科尔沁区", "phone"),
    ("【留言标题】满洲里出租车不打表\n【留言内容】到满洲里旅游，国门景区打车回市区，司机一口价八十，说这里都不打表。", "内蒙古/呼伦贝尔/满洲里市", "web", "0451-8263xxxx"),
    ("乌海海勃湾区 修路 封了两条道 也没有绕行指示", "内蒙古/乌海/海勃湾区", "phone"),
    ("呼伦贝尔海拉尔区 火车站 出租车 拼客 一人收三十", "内蒙古/呼伦贝尔/海拉尔区", "phone"),

    # ── 辽宁 ──────────────────────────────────────────────────────────────────────────────
    ("大连北站 网约车 停车场 收费 五分钟 就要 十块", "辽宁/大连/甘井子区", "phone"),
    ("来电人称：在大连周水子机场排队打出租，司机嫌去开发区远拒载，要求处理。", "辽宁/大连/甘井子区", "operator; hard: 周水子机场 for 甘井子区"),
    ("大连中山区 天津街 附近 停车 太难 收费 还贵", "辽宁/大连/中山区", "phone; hard: 中山区 with 大连, 天津街 a street named after another city"),
    ("大连西岗区 儿童医院 门口 早上 车 排到 马路 中间", "辽宁/大连/西岗区", "phone"),
    ("鞍山铁西区 公交 改线 没有公告", "辽宁/鞍山/铁西区", "oneliner; hard: 铁西区 with 鞍山"),
    ("【留言标题】鞍山铁东区学校门口接送车辆乱停\n【留言内容】鞍山市铁东区胜利路一所小学放学时家长车辆停满两侧，公交都过不去，建议设临时停车区。", "辽宁/鞍山/铁东区", "web; hard: 铁东区 with 鞍山"),
    ("铁西区 网约车 司机 骂人", None, "oneliner; hard: 铁西区 alone", {"ambiguous": ["辽宁/沈阳/铁西区", "辽宁/鞍山/铁西区", "吉林/四平/铁西区"]}),
    ("锦州古塔区 老街 修路 公交 绕行 站点 没人知道", "辽宁/锦州/古塔区", "phone"),
    ("丹东振兴区 鸭绿江断桥 那边 旅游大巴 乱停 堵得 走不动", "辽宁/丹东/振兴区", "phone"),
    ("营口鲅鱼圈 海边 停车场 收费 没 票据", "辽宁/营口/鲅鱼圈区", "phone"),
    ("来电人反映：在鞍山海城西站下车后，出租车司机拒绝打表，要求一口价四十元到西柳。", "辽宁/鞍山/海城市", "operator; hard: 海城 (市, not 北海 海城区)"),
    ("葫芦岛兴城古城 周边 停车 乱收费 一次 三十", "辽宁/葫芦岛/兴城市", "phone"),

    # ── 吉林 ──────────────────────────────────────────────────────────────────────────────
    ("吉林市船营区 公交 冬天 早班车 不准时", "220204", "phone; hard: 吉林市 (a path reads as the province)"),
    ("来电人反映：吉林市火车站出站口出租车排队拒载短途，去北山只有三公里，连续三辆车不拉。", "220200", "operator; hard: 吉林市 火车站, district not sure"),
    ("吉林市丰满区 修路 封了 快一个月", "220211", "oneliner"),
    ("四平铁西区 医院附近 停车场 满了 只能 停路边 被贴条", "吉林/四平/铁西区", "phone; hard: 铁西区 with 四平"),
    ("延吉 网约车 从 西站 到 水上市场 多收钱", "吉林/延边/延吉市", "phone"),
    ("通化东昌区 出租车 拒载", "吉林/通化/东昌区", "oneliner; hard: 东昌区 (not 东昌府区)"),
    ("松原宁江区 学校 门口 电动车 乱停 占道", "吉林/松原/宁江区", "phone"),
    ("【留言标题】白山浑江区公交车冬季不开暖风\n【留言内容】白山市浑江区几条公交线路冬天车里比外面还冷，司机说暖风坏了一直没修。", "吉林/白山/浑江区", "web"),
    ("辽源龙山区 道路 施工 路面 全是泥", "吉林/辽源/龙山区", "phone"),

    # ── 黑龙江 ────────────────────────────────────────────────────────────────────────────
    ("大庆萨尔图区 出租车 冬天 拼车 加价", "黑龙江/大庆/萨尔图区", "phone"),
    ("大庆西站 出来 打车 司机 不打表 要 四十", "黑龙江/大庆/让胡路区", "phone; unsure: 大庆西站 in 让胡路区"),
    ("来电人称：大庆龙凤区一处道路施工，井盖未盖，夜间无警示灯，已有车辆掉进去。", "黑龙江/大庆/龙凤区", "operator; hard: 龙凤区"),
    ("齐齐哈尔龙沙区 公交 车 司机 开车 打电话", "黑龙江/齐齐哈尔/龙沙区", "phone"),
    ("齐齐哈尔建华区 医院 门口 停车 收费 没 标准", "黑龙江/齐齐哈尔/建华区", "phone"),
    ("牡丹江爱民区 电动车 上牌 要 排队 两天", "黑龙江/牡丹江/爱民区", "phone"),
    ("佳木斯向阳区 网约车 取消 订单 还扣钱", "黑龙江/佳木斯/向阳区", "oneliner; hard: 向阳区 with 佳木斯 (鹤岗 has one too)"),
    ("向阳区 出租车 不打表 谁管", None, "oneliner; hard: 向阳区 alone", {"ambiguous": ["黑龙江/鹤岗/向阳区", "黑龙江/佳木斯/向阳区"]}),
    ("绥化北林区 修路 公交 停运 也没通知", "黑龙江/绥化/北林区", "phone"),
    ("【留言标题】鸡西鸡冠区学校门口交通拥堵\n【留言内容】鸡西市鸡冠区一所中学门口上下学时段接送车辆乱停，学生只能从车缝里穿过去，存在安全隐患。", "黑龙江/鸡西/鸡冠区", "web"),

    # ── 上海（郊区） ──────────────────────────────────────────────────────────────────────
    ("松江南站 出租车 排队 的 人 太多 司机 还挑 远 的", "上海/松江区", "phone"),
    ("来电人反映：嘉定新城一所小学门口早上接送车辆停满路边，公交车经常被堵住进不了站。", "上海/嘉定区", "operator"),
    ("青浦朱家角 古镇 停车场 节假日 收费 翻倍", "上海/青浦区", "phone"),
    ("奉贤海湾 大学城 网约车 晚上 没人接单", "上海/奉贤区", "phone"),
    ("金山卫站 到 城市沙滩 没有 公交 只能 打黑车", "上海/金山区", "phone"),
    ("【留言标题】崇明岛上公交班次太少\n【留言内容】崇明区乡下的公交线一个小时才一班，老人去医院很不方便，请增加班次。", "上海/崇明区", "web"),
    ("上海宝山 吴淞 那边 修路 堵了 一个月", "上海/宝山区", "phone; hard: 宝山 with 上海 (双鸭山 has a 宝山区)"),
    ("宝山区 公交 站台 被拆 了 也 没 临时 站", None, "phone; hard: 宝山区 alone", {"ambiguous": ["上海/宝山区", "黑龙江/双鸭山/宝山区"]}),

    # ── 北京（郊区） ──────────────────────────────────────────────────────────────────────
    ("北京通州 城市副中心站 出租车 排队 混乱", "北京/通州区", "phone; hard: 通州 with 北京"),
    ("通州区 网约车 司机 绕路", None, "oneliner; hard: 通州区 alone", {"ambiguous": ["北京/通州区", "江苏/南通/通州区"]}),
    ("来电人称：在大兴机场坐出租车去亦庄，司机没有按计价器收费，加收了所谓的空驶费。", "北京/大兴区", "operator; hard: 大兴机场 for 大兴区; unsure: the airport straddles 大兴 and 廊坊, its terminal counted for 大兴区"),
    ("房山长阳 地铁站 门口 电动车 乱停 人 都 过不去", "北京/房山区", "phone"),
    ("昌平回龙观 医院 停车场 排队 两小时", "北京/昌平区", "phone"),
    ("怀柔 雁栖湖 那边 修路 没 绕行 标志", "北京/怀柔区", "phone"),
    ("【留言标题】延庆区公交车冬天发车不准点\n【留言内容】延庆区城区到永宁的公交，冬天早上发车时间很乱，站台上等了四十分钟。", "北京/延庆区", "web"),
    ("顺义 石园 那边 晚上 打车 难 网约车 没人 接单", "北京/顺义区", "phone"),

    # ── 天津（郊区） ──────────────────────────────────────────────────────────────────────
    ("武清 高铁站 出租车 不打表", "天津/武清区", "oneliner"),
    ("宝坻 城区 电动车 上牌 网点 太少", "天津/宝坻区", "phone"),
    ("来电人反映：蓟州区盘山景区门口停车场收费不公示，一辆小车收了五十元。", "天津/蓟州区", "operator"),
    ("静海 团泊 那边 修路 公交 改线", "天津/静海区", "phone"),
    ("滨海新区 塘沽 学校 门口 接送 车 乱停", "天津/滨海新区", "phone"),

    # ── 重庆（远郊区） ────────────────────────────────────────────────────────────────────
    ("万州北站 出租车 拼客 一人 二十 不打表", "重庆/万州区", "phone"),
    ("涪陵 城区 公交 司机 开 斗气车", "重庆/涪陵区", "phone"),
    ("来电人称：永川区一家医院门口路边停车收费员不给票，一次收十元。", "重庆/永川区", "operator"),
    ("合川 钓鱼城 景区 接驳车 等 一小时", "重庆/合川区", "phone"),
    ("黔江 城区 修路 到处 开挖 晚上 没 灯", "重庆/黔江区", "phone"),
    ("【留言标题】綦江区学校门口电动车乱停\n【留言内容】綦江区古南街道一所初中门口电动车停满人行道，学生上下学只能走机动车道。", "重庆/綦江区", "web"),
    ("大足石刻 停车场 到 景区 门口 电瓶车 另外 收钱", "重庆/大足区", "phone; hard: 大足石刻 for 大足区"),

    # ── 江苏 ──────────────────────────────────────────────────────────────────────────────
    ("无锡站 南广场 出租车 不排队 乱抢客", "江苏/无锡/梁溪区", "phone"),
    ("来电人反映：无锡东站网约车上客点标识不清，司机和乘客互相找不到，等了二十分钟还被收取等待费。", "江苏/无锡/锡山区", "operator"),
    ("硕放机场 出租车 到 市区 绕路", "江苏/无锡/新吴区", "oneliner; hard: 硕放机场 for 新吴区"),
    ("苏州站 北广场 黑车 拉客", "江苏/苏州/姑苏区", "oneliner"),
    ("苏州北站 出来 打车 排 一个 小时", "江苏/苏州/相城区", "phone"),
    ("常州北站 公交 末班车 太早 高铁 晚点 就 没车了", "江苏/常州/新北区", "phone"),
    ("奔牛机场 出租车 不打表 要 一百", "江苏/常州/新北区", "phone; hard: 奔牛机场 for 新北区"),
    ("徐州鼓楼区 公交 司机 态度 差", "江苏/徐州/鼓楼区", "oneliner; hard: 鼓楼区 with 徐州"),
    ("【留言标题】徐州云龙区医院周边停车难\n【留言内容】徐州市云龙区一家三甲医院周边道路两侧停满车，来看病的只能绕好几圈，建议增设停车楼。", "江苏/徐州/云龙区", "web; hard: 云龙区 with 徐州 (大理 has 云龙县)"),
    ("来电人称：在徐州观音机场打车，司机拒载去睢宁县城，说太近不划算。", "江苏/徐州/睢宁县", "operator; hard: airport named after 徐州 lies in 睢宁县"),
    ("南通通州区 电动车 上牌 要 排 三天", "江苏/南通/通州区", "phone; hard: 通州区 with 南通"),
    ("南通兴东机场 出租车 司机 说 不 打表", "江苏/南通/通州区", "phone; hard: 兴东机场 for 南通 通州区"),
    ("扬州广陵区 东关街 周边 停车 乱收费", "江苏/扬州/广陵区", "phone"),
    ("扬州泰州机场 网约车 进 不去 只能 在 外面 等", "江苏/扬州/江都区", "phone; hard: airport named after two cities lies in 江都区"),
    ("镇江京口区 道路施工 占道 没有 警示", "江苏/镇江/京口区", "phone"),
    ("淮安市淮安区 公交 车 少 一小时 一班", "江苏/淮安/淮安区", "phone; hard: 淮安区 with 淮安市"),
    ("连云港海州区 网约车 拒单", "江苏/连云港/海州区", "oneliner; hard: 海州区 with 连云港 (阜新 has one too)"),
    ("海州区 出租车 拒载", None, "oneliner; hard: 海州区 alone", {"ambiguous": ["辽宁/阜新/海州区", "江苏/连云港/海州区"]}),
    ("宿迁宿城区 电动车 头盔 检查 罚款 不开 票", "江苏/宿迁/宿城区", "phone"),
    ("徐州 淮海路 施工 封路", "江苏/徐州", "oneliner; hard: 淮海路 a street not named after 徐州 itself"),

    # ── 浙江 ──────────────────────────────────────────────────────────────────────────────
    ("温州南站 出租车 排队 一个小时 没车 网约车 又 进不来", "浙江/温州/瓯海区", "phone; hard: 温州南站 for 瓯海区"),
    ("来电人反映：在温州龙湾机场乘坐出租车，司机拒绝打表，要求一口价一百二到市区。", "浙江/温州/龙湾区", "operator"),
    ("温州鹿城区五马街 附近 停车 一位 难求", "浙江/温州/鹿城区", "phone"),
    ("宁波站 南广场 出租车 绕路", "浙江/宁波/海曙区", "oneliner"),
    ("宁波江北区 公交 车 跳站", "浙江/宁波/江北区", "oneliner; hard: 江北区 with 宁波"),
    ("江北区 医院 门口 停车 太 乱", None, "phone; hard: 江北区 alone", {"ambiguous": ["浙江/宁波/江北区", "重庆/江北区"]}),
    ("宁波栎社机场 网约车 上车点 收费", "浙江/宁波/海曙区", "phone; unsure: 栎社机场 in 海曙区"),
    ("嘉兴南站 公交 接驳 太慢", "浙江/嘉兴/南湖区", "oneliner"),
    ("绍兴北站 出租车 拒载 去 柯桥 古镇 说 近", "浙江/绍兴/柯桥区", "phone"),
    ("【留言标题】绍兴越城区鲁迅故里周边停车难\n【留言内容】周末带孩子去鲁迅故里，越城区那一片停车场全满，路边车停两排，旅游大巴堵在路中间。", "浙江/绍兴/越城区", "web"),
    ("湖州吴兴区 电动车 上牌 系统 老是 崩", "浙江/湖州/吴兴区", "phone"),
    ("义乌 国际商贸城 门口 三轮车 乱停 货车 进不去", "浙江/金华/义乌市", "phone"),
    ("台州椒江区 学校 门口 接送 车 太 乱", "浙江/台州/椒江区", "phone"),
    ("台州路桥区 网约车 司机 要求 私下 付款", "浙江/台州/路桥区", "phone"),
    ("丽水莲都区 医院 附近 修路 救护车 都 绕", "浙江/丽水/莲都区", "phone"),
    ("舟山普陀区 朱家尖 码头 出租车 宰客 到 沈家门 要 六十", "浙江/舟山/普陀区", "phone; hard: 普陀区 with 舟山"),
    ("普陀区 公交 改线 不通知", None, "oneliner; hard: 普陀区 alone", {"ambiguous": ["上海/普陀区", "浙江/舟山/普陀区"]}),
    ("舟山定海区 公交 末班车 提前 收车", "浙江/舟山/定海区", "phone"),

    # ── 安徽 ──────────────────────────────────────────────────────────────────────────────
    ("芜湖镜湖区 中山路 步行街 附近 停车 太贵", "安徽/芜湖/镜湖区", "phone; hard: 中山路 a street named after a person/city, 镜湖区 named"),
    ("来电人反映：芜湖弋江区一所小学门口道路施工，围挡把人行道全封了，学生只能走机动车道。", "安徽/芜湖/弋江区", "operator"),
    ("芜湖宣州机场 打车 去 芜湖 市区 要 两百 太离谱", "安徽/宣城/宣州区", "phone; hard: 芜湖宣州机场 lies in 宣城's 宣州区; unsure: airport in 宣州区"),
    ("芜湖 北京东路 网约车 司机 甩客", "安徽/芜湖", "oneliner; hard: 北京东路 a street in 芜湖 named after 北京"),
    ("芜湖 鸠江区 电动车 上牌 点 排长队", "安徽/芜湖/鸠江区", "phone"),
    ("安庆迎江区 医院 门口 停车 收费 乱", "安徽/安庆/迎江区", "phone"),
    ("阜阳颍州区 出租车 拼车 加价", "安徽/阜阳/颍州区", "phone"),
    ("马鞍山雨山区 修路 一年 了 还 没 修完", "安徽/马鞍山/雨山区", "phone"),
    ("黄山屯溪老街 门口 停车场 节假日 乱收费", "安徽/黄山/屯溪区", "phone; hard: 屯溪老街 for 屯溪区"),
    ("黄山北站 出租车 到 屯溪 不打表", "安徽/黄山/屯溪区", "phone; unsure: 黄山北站 in 屯溪区"),
    ("【留言标题】滁州琅琊区公交车太少\n【留言内容】滁州市琅琊区到高铁站的公交二十多分钟一班，晚上八点就停了，请增加班次。", "安徽/滁州/琅琊区", "web"),
    ("亳州谯城区 药材市场 门口 货车 乱停", "安徽/亳州/谯城区", "phone"),

    # ── 福建 ──────────────────────────────────────────────────────────────────────────────
    ("厦门站 出租车 排队 区 没人 管 乱插队", "福建/厦门/思明区", "phone"),
    ("来电人称：在厦门北站坐网约车去岛内，司机中途要求加钱，不加就让下车。", "福建/厦门/集美区", "operator; hard: 厦门北站 for 集美区"),
    ("泉州晋江机场 出租车 不打表", "福建/泉州/晋江市", "oneliner; hard: 泉州晋江机场 for 晋江市"),
    ("泉州鲤城区 西街 停车 太难 电动车 也 多", "福建/泉州/鲤城区", "phone"),
    ("漳州芗城区 医院 附近 违停 太多", "福建/漳州/芗城区", "phone"),
    ("三明三元区 公交 冬天 不开 空调", "福建/三明/三元区", "phone"),
    ("【留言标题】龙岩永定区土楼景区接驳车乱收费\n【留言内容】到龙岩市永定区看土楼，景区接驳车临时涨价，每人多收十元，没有任何公示。", "福建/龙岩/永定区", "web; hard: 永定区 with 龙岩 (张家界 has one too)"),
    ("永定区 出租车 司机 宰客", None, "oneliner; hard: 永定区 alone", {"ambiguous": ["福建/龙岩/永定区", "湖南/张家界/永定区"]}),
    ("武夷山 度假区 观光车 排队 两小时", "福建/南平/武夷山市", "phone"),
    ("宁德站 网约车 停车场 出口 收费", "福建/宁德/蕉城区", "phone; unsure: 宁德站 in 蕉城区"),

    # ── 江西 ──────────────────────────────────────────────────────────────────────────────
    ("赣州章贡区 公交 车 不 进站", "江西/赣州/章贡区", "oneliner"),
    ("来电人反映：赣州南康区家具市场周边货车乱停，早高峰经常堵死，希望交警疏导。", "江西/赣州/南康区", "operator; hard: 南康区 with 赣州"),
    ("赣州 赣县区 修路 没 警示 灯", "江西/赣州/赣县区", "phone"),
    ("赣州老城区 路 太窄 停车 难 网约车 都 不愿意 进", "江西/赣州", "phone; hard: 老城区 a word here, not 洛阳's district"),
    ("景德镇珠山区 陶瓷 市场 门口 停车 乱 收费", "江西/景德镇/珠山区", "phone"),
    ("婺源站 出来 打车 去 篁岭 司机 一口价 两百", "江西/上饶/婺源县", "phone; hard: 婺源站 for 婺源县"),
    ("宜春袁州区 医院 门口 停车场 满 了 路边 罚款", "江西/宜春/袁州区", "phone"),
    ("萍乡安源区 电动车 上牌 材料 要 好多", "江西/萍乡/安源区", "phone"),
    ("【留言标题】抚州临川区道路施工扬尘大\n【留言内容】抚州市临川区一条主干道施工半年，尘土飞扬，公交站台也被挖了，乘客只能站在路中间等车。", "江西/抚州/临川区", "web"),

    # ── 山东 ──────────────────────────────────────────────────────────────────────────────
    ("青岛站 出租车 绕路 到 栈桥 收了 五十", "山东/青岛/市南区", "phone", "0531-8690xxxx"),
    ("来电人反映：青岛北站网约车上客区收费不合理，停车超过十分钟按小时收费。", "山东/青岛/李沧区", "operator; hard: 青岛北站 for 李沧区"),
    ("青岛胶东机场 出租车 排队 一小时", "山东/青岛/胶州市", "phone; hard: 胶东机场 for 胶州市"),
    ("青岛 香港中路 网约车 违停 太多", "山东/青岛", "oneliner; hard: 香港中路 a street named after another place"),
    ("潍坊奎文区 学校 门口 电动车 乱停", "山东/潍坊/奎文区", "oneliner"),
    ("潍坊北站 出租车 拒载 去 寒亭", "山东/潍坊/寒亭区", "phone; unsure: 潍坊北站 in 寒亭区"),
    ("【留言标题】潍坊风筝广场周边停车难\n【留言内容】风筝节期间潍坊风筝广场附近停车场全满，路边车辆乱停，公交车都开不动。", "山东/潍坊", "web; hard: square named with city, district not sure"),
    ("潍坊 北海路 道路施工 占道", "山东/潍坊", "oneliner; hard: 北海路 a street in 潍坊 named after 北海"),
    ("烟台站 出租车 司机 不打表", "山东/烟台/芝罘区", "oneliner"),
    ("烟台莱山区 医院 停车 收费 太贵", "山东/烟台/莱山区", "phone"),
    ("淄博站 出站口 黑车 拉客", "山东/淄博/张店区", "oneliner"),
    ("淄博张店 八大局 那边 停车 根本 找不到 位", "山东/淄博/张店区", "phone"),
    ("枣庄市中区 公交 跳站", "山东/枣庄/市中区", "oneliner; hard: 市中区 with 枣庄"),
    ("市中区 出租车 绕路 多 收钱", None, "oneliner; hard: 市中区 alone", {"ambiguous": ["山东/济南/市中区", "山东/枣庄/市中区", "四川/内江/市中区", "四川/乐山/市中区"]}),
    ("临沂兰山区 批发市场 门口 三轮车 乱窜", "山东/临沂/兰山区", "phone"),
    ("临沂河东区 网约车 拒单", "山东/临沂/河东区", "oneliner; hard: 河东区 with 临沂"),
    ("威海站 出租车 拼客", "山东/威海/环翠区", "oneliner; unsure: 威海站 in 环翠区"),
    ("日照东港区 海边 停车 收费 不 给 票", "山东/日照/东港区", "phone; hard: 东港区 with 日照 (丹东 has 东港市)"),
    ("泰安泰山区 财源街 修路 公交 改线", "山东/泰安/泰山区", "phone; hard: 泰山区 (district, not the mountain)"),
    ("聊城东昌府区 出租车 不打表", "山东/聊城/东昌府区", "oneliner"),
    ("东营市东营区 网约车 平台 乱 扣 费", "山东/东营/东营区", "oneliner; hard: 东营区 with 东营市"),

    # ── 河南 ──────────────────────────────────────────────────────────────────────────────
    ("洛阳龙门站 出租车 排队 司机 挑客 不去 近的", "河南/洛阳/洛龙区", "phone; hard: 洛阳龙门站 for 洛龙区"),
    ("来电人反映：在洛阳站出站口打车，司机不打表，要求一口价三十元到王城公园，来电人认为明显偏高。", "河南/洛阳/西工区", "operator; unsure: 洛阳站 in 西工区", "0371-6596xxxx"),
    ("洛阳老城区 丽景门 附近 停车 太难 节假日 根本 进不去", "河南/洛阳/老城区", "phone; hard: 老城区 of 洛阳 (a district name)"),
    ("洛阳 上海市场 那边 网约车 上下客 堵 路", "河南/洛阳", "phone; hard: 上海市场 a 洛阳 market named after 上海"),
    ("【留言标题】洛阳王城广场公交站台拥挤\n【留言内容】洛阳王城广场站台太小，牡丹花会期间等车的人站到机动车道上，建议加设临时站台。", "河南/洛阳", "web; hard: square named with city"),
    ("龙门石窟 景区 停车场 到 门口 电瓶车 收费 太高", "河南/洛阳/洛龙区", "phone; hard: 龙门石窟 for 洛龙区"),
    ("洛阳 偃师 汽车站 黑车 拉客", "河南/洛阳/偃师区", "oneliner"),
    ("开封鼓楼区 夜市 周边 停车 乱", "河南/开封/鼓楼区", "oneliner; hard: 鼓楼区 with 开封"),
    ("鼓楼区 公交 站牌 错 了", None, "oneliner; hard: 鼓楼区 alone", {"ambiguous": ["江苏/南京/鼓楼区", "江苏/徐州/鼓楼区", "福建/福州/鼓楼区", "河南/开封/鼓楼区"]}),
    ("南阳卧龙区 医院 门口 停车 收费 乱", "河南/南阳/卧龙区", "phone; hard: 卧龙区 with 南阳"),
    ("商丘站 出租车 拼客 一人 二十", "河南/商丘/梁园区", "phone; unsure: 商丘站 in 梁园区"),
    ("商丘睢阳区 古城 停车场 收费 不 公示", "河南/商丘/睢阳区", "phone"),
    ("平顶山新华区 公交 车 太 旧 冒 黑烟", "河南/平顶山/新华区", "phone; hard: 新华区 with 平顶山"),
    ("新华区 学校 门口 接送 乱", None, "oneliner; hard: 新华区 alone", {"ambiguous": ["河北/石家庄/新华区", "河北/沧州/新华区", "河南/平顶山/新华区"]}),
    ("安阳文峰区 老城 附近 修路 没 绕行 标志", "河南/安阳/文峰区", "phone"),
    ("焦作解放区 出租车 不打表", "河南/焦作/解放区", "oneliner; hard: 解放区 with 焦作"),
    ("信阳东站 公交 末班 早 接 不到 晚点 高铁", "河南/信阳/平桥区", "phone; unsure: 信阳东站 in 平桥区"),
    ("【留言标题】驻马店驿城区医院周边停车难\n【留言内容】驻马店市驿城区中心医院周边路边全是车，病人家属只能临时停车被罚款，建议开放附近单位停车场。", "河南/驻马店/驿城区", "web"),

    # ── 湖北 ──────────────────────────────────────────────────────────────────────────────
    ("宜昌东站 出租车 不打表 到 西陵 要 四十", "湖北/宜昌/伍家岗区", "phone; unsure: 宜昌东站 in 伍家岗区"),
    ("来电人称：在宜昌三峡机场坐出租车进城，司机途中拼了两个客人，每人都收全价。", "湖北/宜昌/猇亭区", "operator; hard: 三峡机场 for 猇亭区; unsure: airport in 猇亭区"),
    ("宜昌夷陵区 修路 晚上 没 灯", "湖北/宜昌/夷陵区", "phone"),
    ("三峡大坝 旅游 专线 车 不 准时", "湖北/宜昌/夷陵区", "phone; hard: 三峡大坝 for 夷陵区"),
    ("宜昌 点军区 公交 一小时 一班", "湖北/宜昌/点军区", "phone"),
    ("【留言标题】襄阳襄城区古城停车难\n【留言内容】襄阳市襄城区古城里路窄，节假日外地车开进来掉不了头，建议在城外设停车场和接驳车。", "湖北/襄阳/襄城区", "web"),
    ("荆州市荆州区 古城 东门 修路 公交 绕行", "湖北/荆州/荆州区", "phone; hard: 荆州区 with 荆州市"),
    ("恩施 土司城 那边 出租车 不打表", "湖北/恩施/恩施市", "phone"),

    # ── 湖南 ──────────────────────────────────────────────────────────────────────────────
    ("株洲芦淞区 服装 市场 货车 乱停 堵 半天", "湖南/株洲/芦淞区", "phone"),
    ("来电人反映：在衡阳东站乘坐出租车，司机拒绝打表，要求一口价五十元到蒸湘区。", "湖南/衡阳/珠晖区", "operator; unsure: 衡阳东站 in 珠晖区"),
    ("南岳 衡山 景区 停车场 收费 太贵", "湖南/衡阳/南岳区", "phone; hard: 南岳 衡山 for 南岳区"),
    ("岳阳楼区 学校 门口 接送 车 停 满", "湖南/岳阳/岳阳楼区", "oneliner; hard: 岳阳楼区 (a district, not the tower)"),
    ("常德武陵区 出租车 拼车", "湖南/常德/武陵区", "oneliner; hard: 武陵区 (not 武陵源)"),
    ("张家界武陵源 景区 门口 黑车 拉客", "湖南/张家界/武陵源区", "phone; hard: 武陵源 (not 常德 武陵区)"),
    ("张家界永定区 天门山 索道站 附近 停车 乱", "湖南/张家界/永定区", "phone; hard: 永定区 with 张家界"),
    ("【留言标题】凤凰古城停车场乱收费\n【留言内容】到湘西凤凰古城旅游，古城外停车场收费标准一天变一次，工作人员还不给票据。", "湖南/湘西/凤凰县", "web; hard: 凤凰古城 for 凤凰县"),

    # ── 广东 ──────────────────────────────────────────────────────────────────────────────
    ("佛山禅城区 祖庙 附近 停车 太难", "广东/佛山/禅城区", "phone"),
    ("来电人反映：佛山南海区千灯湖附近一条道路施工，公交站临时取消，没有任何告示，乘客在原站等了很久。", "广东/佛山/南海区", "operator"),
    ("汕头金平区 小公园 周边 电动车 乱停", "广东/汕头/金平区", "phone"),
    ("汕头龙湖区 学校 门口 接送 乱", "广东/汕头/龙湖区", "oneliner; hard: 龙湖区 with 汕头"),
    ("潮汕站 出租车 到 汕头 市区 不打表 要 一百五", "广东/潮州/潮安区", "phone; hard: 潮汕站 lies in 潮州's 潮安区"),
    ("湛江霞山区 医院 门口 停车 收费 乱", "广东/湛江/霞山区", "phone"),
    ("珠海站 出租车 排队 太长 网约车 不让 进", "广东/珠海/香洲区", "phone"),
    ("珠海金湾机场 大巴 班次 太少", "广东/珠海/金湾区", "oneliner"),
    ("肇庆端州区 七星岩 附近 停车 难", "广东/肇庆/端州区", "phone"),
    ("【留言标题】梅州梅江区学校门口交通混乱\n【留言内容】梅州市梅江区一所小学门口每天放学车辆乱停，还有摩托车在人群里穿行，请交警加强管理。", "广东/梅州/梅江区", "web"),
    ("韶关浈江区 火车站 黑车 拉客", "广东/韶关/浈江区", "phone; hard: 韶关站 named by district"),
    ("汕尾城区 修路 公交 绕行", "广东/汕尾/城区", "oneliner; hard: 城区 with 汕尾"),
    ("深圳北站 出租车 上客点 排 两个 小时", "广东/深圳/龙华区", "phone; hard: 深圳北站 for 龙华区"),
    ("中山 石岐 学校 门口 电动车 乱停", "广东/中山", "phone; hard: 中山 the city (no counties), not 大连 中山区"),

    # ── 广西 ──────────────────────────────────────────────────────────────────────────────
    ("柳州站 出租车 不打表 到 五星街 要 三十", "广西/柳州/柳南区", "phone; unsure: 柳州站 in 柳南区"),
    ("柳州城中区 五星 商业街 附近 停车 位 太少", "广西/柳州/城中区", "phone; hard: 城中区 with 柳州 (西宁 has one too)"),
    ("城中区 公交 站 搬了 不知道 去 哪 坐", None, "phone; hard: 城中区 alone", {"ambiguous": ["广西/柳州/城中区", "青海/西宁/城中区"]}),
    ("来电人称：柳州柳北区一处道路施工，挖开的路面未回填，下雨后积水严重，电动车多次摔倒。", "广西/柳州/柳北区", "operator"),
    ("桂林两江机场 大巴 到 市区 太 慢", "广西/桂林/临桂区", "phone; hard: 两江机场 for 临桂区"),
    ("桂林站 出租车 拼客", "广西/桂林/象山区", "oneliner; unsure: 桂林站 in 象山区"),
    ("阳朔 西街 电瓶车 乱 收费", "广西/桂林/阳朔县", "phone"),
    ("北海海城区 公交 车 少", "广西/北海/海城区", "oneliner; hard: 海城区 with 北海 (鞍山 has 海城市)"),
    ("【留言标题】北海银滩停车场收费不透明\n【留言内容】北海银滩景区停车场进场不告诉收费标准，出来时一辆车收了六十元，没有发票。", "广西/北海/银海区", "web; hard: 银滩 for 银海区"),

    # ── 海南 ──────────────────────────────────────────────────────────────────────────────
    ("三亚凤凰机场 出租车 不打表 到 亚龙湾 要 两百", "海南/三亚/天涯区", "phone; unsure: 凤凰机场 in 天涯区"),
    ("三亚吉阳区 网约车 司机 加价", "海南/三亚/吉阳区", "oneliner"),
    ("三亚崖州区 公交 车 一小时 一班", "海南/三亚/崖州区", "phone"),
    ("来电人反映：三亚海棠区海棠湾免税店附近停车场收费过高，且没有明码标价。", "海南/三亚/海棠区", "operator", "021-5488xxxx"),
    ("儋州 那大 学校 门口 电动车 乱停", "海南/儋州", "phone; hard: 儋州 (no counties)"),
    ("琼海 嘉积 城区 出租车 拒载 说 只 拉 去 博鳌 的", "海南/琼海", "phone"),
    ("万宁 日月湾 停车 乱 收费", "海南/万宁", "phone"),

    # ── 四川 ──────────────────────────────────────────────────────────────────────────────
    ("绵阳站 出租车 不打表 到 科学城 要 八十", "四川/绵阳/涪城区", "phone; unsure: 绵阳站 in 涪城区"),
    ("来电人反映：绵阳游仙区一所中学门口接送车辆乱停，早上公交车被堵在路口进不去。", "四川/绵阳/游仙区", "operator"),
    ("江油站 网约车 停车场 收费", "四川/绵阳/江油市", "phone; hard: 江油站 for 江油市"),
    ("绵阳 临园路 电动车 乱停", "四川/绵阳", "oneliner"),
    ("宜宾翠屏区 网约车 拒单", "四川/宜宾/翠屏区", "oneliner"),
    ("乐山市中区 出租车 不打表", "四川/乐山/市中区", "oneliner; hard: 市中区 with 乐山"),
    ("乐山大佛 景区 停车场 到 门口 观光车 收费", "四川/乐山/市中区", "phone; hard: 乐山大佛 for 市中区"),
    ("内江东兴区 公交 站 改 了", "四川/内江/东兴区", "oneliner; hard: 东兴区 with 内江 (not 广西 东兴市)"),
    ("自贡自流井区 灯会 期间 停车 乱", "四川/自贡/自流井区", "phone"),
    ("攀枝花东区 网约车 司机 甩客", "四川/攀枝花/东区", "oneliner; hard: 东区 with 攀枝花"),
    ("攀枝花西区 修路 公交 停运", "四川/攀枝花/西区", "oneliner; hard: 西区 with 攀枝花"),
    ("【留言标题】达州通川区医院周边停车难\n【留言内容】达州市通川区中心医院附近停车位严重不足，病人家属只能把车停在路边，每次都被贴罚单。", "四川/达州/通川区", "web"),

    # ── 贵州 ──────────────────────────────────────────────────────────────────────────────
    ("遵义红花岗区 遵义会议 会址 附近 停车 难", "贵州/遵义/红花岗区", "phone"),
    ("遵义会议会址 门口 旅游 大巴 乱停 堵路", "贵州/遵义/红花岗区", "phone; hard: 遵义会议会址 for 红花岗区"),
    ("来电人称：在遵义茅台机场乘坐出租车到茅台镇，司机拒绝打表，一口价一百元。", "贵州/遵义/仁怀市", "operator; hard: 遵义茅台机场 lies in 仁怀市"),
    ("遵义 上海路 学校 门口 接送 乱", "贵州/遵义", "oneliner; hard: 上海路 a street in 遵义 named after 上海"),
    ("安顺西秀区 公交 车 少", "贵州/安顺/西秀区", "oneliner"),
    ("凯里 出租车 拼客 加价", "贵州/黔东南/凯里市", "oneliner"),
    ("【留言标题】都匀市学校门口道路施工\n【留言内容】都匀市一所小学门口道路施工三个月了，围挡挡住了人行道，孩子们只能从车道上走。", "贵州/黔南/都匀市", "web"),
    ("兴义 万峰林 景区 观光车 乱 收费", "贵州/黔西南/兴义市", "phone"),

    # ── 云南 ──────────────────────────────────────────────────────────────────────────────
    ("曲靖麒麟区 出租车 不打表", "云南/曲靖/麒麟区", "oneliner"),
    ("来电人反映：曲靖沾益区一条道路施工，公交站被临时取消，没有设置临时站点，老人等车不便。", "云南/曲靖/沾益区", "operator"),
    ("曲靖 南宁西路 学校 门口 接送 车 乱停", "云南/曲靖", "phone; hard: 南宁西路 a street in 曲靖 named after 南宁"),
    ("宣威 汽车站 黑车 拉客", "云南/曲靖/宣威市", "oneliner"),
    ("大理古城 停车 乱 收费 一天 一百", "云南/大理/大理市", "phone; hard: 大理古城 for 大理市"),
    ("丽江古城 周边 出租车 拼客 宰客", "云南/丽江/古城区", "phone; hard: 丽江古城 for 古城区"),
    ("保山隆阳区 学校 门口 堵车", "云南/保山/隆阳区", "oneliner"),
    ("【留言标题】景洪告庄夜市周边交通混乱\n【留言内容】西双版纳景洪市告庄夜市附近每天晚上网约车、出租车乱停，游客过马路很危险。", "云南/西双版纳/景洪市", "web"),
    ("蒙自 高铁站 出租车 不打表", "云南/红河/蒙自市", "oneliner"),

    # ── 西藏 ──────────────────────────────────────────────────────────────────────────────
    ("日喀则桑珠孜区 出租车 不打表", "西藏/日喀则/桑珠孜区", "oneliner"),
    ("来电人反映：林芝巴宜区一段道路施工，没有设置绕行标志，旅游车辆堵了很久。", "西藏/林芝/巴宜区", "operator", "028-8555xxxx"),
    ("林芝米林机场 到 市区 出租车 一口价", "西藏/林芝/米林市", "phone; hard: 林芝米林机场 for 米林市"),
    ("昌都卡若区 公交 车 少", "西藏/昌都/卡若区", "oneliner"),
    ("山南乃东区 网约车 没人 接单", "西藏/山南/乃东区", "oneliner"),
    ("那曲色尼区 学校 门口 车 乱停", "西藏/那曲/色尼区", "oneliner"),

    # ── 陕西 ──────────────────────────────────────────────────────────────────────────────
    ("宝鸡渭滨区 经二路 修路 公交 改线", "陕西/宝鸡/渭滨区", "phone"),
    ("来电人称：宝鸡金台区一家医院门口停车场收费员收费不给票，一次收十五元。", "陕西/宝鸡/金台区", "operator"),
    ("宝鸡陈仓区 电动车 上牌 排队 好久", "陕西/宝鸡/陈仓区", "phone"),
    ("宝鸡南站 出租车 拒载 去 市区", "陕西/宝鸡/渭滨区", "phone; unsure: 宝鸡南站 in 渭滨区"),
    ("法门寺 景区 停车场 到 门口 摆渡车 收费", "陕西/宝鸡/扶风县", "phone; hard: 法门寺 for 扶风县"),
    ("宝鸡 西安路 网约车 甩客", "陕西/宝鸡", "oneliner; hard: 西安路 a street in 宝鸡 named after the provincial capital"),
    ("咸阳秦都区 学校 门口 接送 乱", "陕西/咸阳/秦都区", "oneliner"),
    ("【留言标题】延安宝塔区公交车拥挤\n【留言内容】延安市宝塔区到枣园的公交车旅游旺季特别拥挤，车门都关不上，请增加班次。", "陕西/延安/宝塔区", "web; hard: 宝塔区 (district, not the pagoda)"),
    ("神木 城区 电动车 逆行", "陕西/榆林/神木市", "oneliner"),

    # ── 甘肃 ──────────────────────────────────────────────────────────────────────────────
    ("天水站 出租车 不打表 到 秦州 要 五十", "甘肃/天水/麦积区", "phone; hard: 天水站 lies in 麦积区"),
    ("天水秦州区 学校 门口 车 乱停", "甘肃/天水/秦州区", "oneliner"),
    ("来电人反映：麦积山景区停车场到景区门口的观光车每人收费二十元，强制乘坐。", "甘肃/天水/麦积区", "operator; hard: 麦积山 for 麦积区"),
    ("天水 民主路 修路 公交 绕行", "甘肃/天水", "oneliner"),
    ("张掖甘州区 出租车 拼客", "甘肃/张掖/甘州区", "oneliner"),
    ("张掖七彩丹霞 景区 停车 乱收费", "甘肃/张掖/临泽县", "phone; hard: 七彩丹霞 for 临泽县; unsure: 七彩丹霞 in 临泽县"),
    ("白银市白银区 公交 站牌 错", "甘肃/白银/白银区", "oneliner; hard: 白银区 with 白银市"),
    ("平凉崆峒区 修路 堵车", "甘肃/平凉/崆峒区", "oneliner; hard: 崆峒区 (not 崆峒山 alone)"),
    ("嘉峪关 关城 景区 出租车 一口价", "甘肃/嘉峪关", "phone; hard: 嘉峪关 (no counties)"),
    ("【留言标题】敦煌鸣沙山停车场收费高\n【留言内容】在敦煌鸣沙山月牙泉景区停车，小车收费四十元，标价牌被挡住看不见。", "甘肃/酒泉/敦煌市", "web", "0931-8412xxxx"),

    # ── 青海 ──────────────────────────────────────────────────────────────────────────────
    ("海东乐都区 出租车 不打表", "青海/海东/乐都区", "oneliner"),
    ("海东平安区 高铁站 网约车 没人 接", "青海/海东/平安区", "phone; hard: 平安区 (a district name)"),
    ("来电人称：格尔木市区出租车普遍不打表，火车站到市中心要价三十元。", "青海/海西/格尔木市", "operator"),
    ("德令哈 城区 修路 公交 停", "青海/海西/德令哈市", "oneliner"),
    ("玉树市 学校 门口 车 乱停", "青海/玉树/玉树市", "oneliner; hard: 玉树市 (not the prefecture)"),
    ("海南州 共和县 恰卜恰 出租车 拒载", "青海/海南/共和县", "phone; hard: 海南州 in 青海, not 海南省"),

    # ── 宁夏 ──────────────────────────────────────────────────────────────────────────────
    ("石嘴山大武口区 公交 车 少", "宁夏/石嘴山/大武口区", "oneliner"),
    ("来电人反映：固原原州区一所小学门口上下学时段车辆乱停，交警很少到场。", "宁夏/固原/原州区", "operator"),
    ("中卫沙坡头 景区 停车场 乱收费", "宁夏/中卫/沙坡头区", "phone; hard: 沙坡头 景区 for 沙坡头区"),
    ("青铜峡 网约车 不让 进 车站", "宁夏/吴忠/青铜峡市", "oneliner"),

    # ── 新疆 ──────────────────────────────────────────────────────────────────────────────
    ("克拉玛依区 出租车 不打表", "新疆/克拉玛依/克拉玛依区", "oneliner; hard: 克拉玛依区 (district named as city)"),
    ("克拉玛依独山子区 修路 公交 改线", "新疆/克拉玛依/独山子区", "oneliner"),
    ("吐鲁番高昌区 葡萄沟 附近 停车 乱收费", "新疆/吐鲁番/高昌区", "phone"),
    ("来电人称：库尔勒市火车站出租车排队混乱，司机拒载短途乘客。", "新疆/巴音郭楞/库尔勒市", "operator", "0991-2356xxxx"),
    ("喀什古城 周边 电动车 太多 游客 过 不去", "新疆/喀什/喀什市", "phone; hard: 喀什古城 for 喀什市"),
    ("伊宁市 学校 门口 接送 车 乱停", "新疆/伊犁/伊宁市", "oneliner; hard: 伊宁市 (not 伊宁县)"),
    ("石河子 公交 车 冬天 不开 暖风", "新疆/石河子", "oneliner"),
    ("阿克苏 城区 修路 没 通知", "新疆/阿克苏/阿克苏市", "oneliner"),
    ("昌吉市 出租车 晚上 拼车", "新疆/昌吉/昌吉市", "oneliner; hard: 昌吉市 (not the prefecture)"),

    # ── 补充：景区、车牌、来电人籍贯 ──────────────────────────────────────────────────────
    ("十堰 武当山 景区 停车场 满 了 路边 停 被 罚", "湖北/十堰/丹江口市", "phone; hard: 武当山 for 丹江口市; unsure: 武当山 (run by its own 特区) counted for 丹江口市"),
    ("桂林 阳朔站 出来 出租车 不打表 到 县城 要 八十", "广西/桂林/阳朔县", "phone; hard: 阳朔站 for 阳朔县"),
    ("我 是 天水 人 在 宝鸡 打工 宝鸡 金台区 那个 公交 站 被 挪走 了 找 半天", "陕西/宝鸡/金台区", "phone; hard: caller's home town 天水 is not the place"),
    ("来电人反映：一辆豫C牌照的网约车在芜湖弋江区接单后故意绕路，多收了二十多元。", "安徽/芜湖/弋江区", "operator; hard: 豫C plate (洛阳) is not the place"),
    ("【留言标题】洛阳人在柳州被出租车拒载\n【留言内容】我是洛阳来柳州出差的，在柳州柳北区一家医院门口打车去动车站，连着三辆出租车都拒载。", "广西/柳州/柳北区", "web; hard: 洛阳 is the caller's home, not the place"),

    # ── 线路 ──────────────────────────────────────────────────────────────────────────────
    ("包头 到 鄂尔多斯 的 城际 大巴 班次 太少 周末 买不到 票", "内蒙古", "phone; hard: line between two cities of one region"),
    ("来电人反映：柳州至桂林的大巴在服务区停留一个多小时，司机也不说明原因，乘客意见很大。", "广西", "operator; hard: line between two cities of one region"),
    ("绵阳 到 江油 的 城际 公交 涨价 了 也 没 公示", "四川/绵阳", "phone; hard: line inside 绵阳"),
    ("芜湖 到 马鞍山 的 大巴 超员 过道 都 站 满 了", "安徽", "phone; hard: line between two cities of one province"),
    ("潍坊 坊子区 到 奎文区 的 公交 一趟 要 一个半 小时", "山东/潍坊", "phone; hard: line between two districts of 潍坊"),
    ("洛阳 到 运城 的 大巴 超员 还 半路 上客", None, "phone; hard: line across provinces"),
    ("宝鸡 到 天水 的 城际 大巴 票价 涨 了 没 通知", None, "phone; hard: line across provinces"),

    # ── 长叙述 ────────────────────────────────────────────────────────────────────────────
    ("我是外地来大庆出差的，前天晚上十点多在大庆站下车，出站口一堆人问打不打车，我上了一辆出租车（黑E的牌子），说好打表，开出去没多远司机就把表关了，到萨尔图那边的酒店收了我六十，平时最多二十。我要了发票他说没有。希望你们查一下大庆火车站晚上的出租车，外地人太容易被宰了。",
     "黑龙江/大庆", "narrative; hard: 大庆站 and 萨尔图 named, the station's district not sure", "0451-8765xxxx"),
    ("来电人称：其孩子在宜昌伍家岗区一所小学上学，学校门口是单行道，每天早上七点半到八点接送的私家车停满两侧，校车和公交都进不来，前几天还有一个孩子被倒车的车辆刮倒。来电人多次向学校反映无果，希望交警部门在上学时段派人疏导，并设置临时停车区。",
     "湖北/宜昌/伍家岗区", "narrative", "027-8771xxxx"),
    ("上个月在曲靖麒麟区骑电动车上班，在路口被查说没上牌，车直接被扣了，说要去停车场交钱才能领。可是我去办上牌的地方排了三次都说系统维护，根本上不了牌。现在车被扣着，上班只能走路，想问问到底怎么办，扣车一天还要收停车费合理吗？",
     "云南/曲靖/麒麟区", "narrative"),
    ("【留言标题】绵阳涪城区道路施工长期不完工\n【留言内容】绵阳市涪城区一条主干道从去年十月开始施工，到现在快一年了还没有完工。施工路段只留一条车道，早晚高峰公交车在这里要堵二十分钟，附近还有一所医院，救护车也经常被堵。施工单位的公告牌上写的工期早就过了，请有关部门督促尽快完工，并在施工期间安排人员疏导交通。",
     "四川/绵阳/涪城区", "web; narrative", "023-6388xxxx"),

    # ── 无地点 ────────────────────────────────────────────────────────────────────────────
    ("网约车 平台 投诉 电话 是 多少", None, "phone; no place"),
    ("【留言标题】咨询电动车上牌需要哪些材料\n【留言内容】请问新买的电动自行车上牌需要带什么材料，可以在网上预约吗？", None, "web; no place"),
    ("火车站 出租车 不打表 还 绕路 怎么 投诉", None, "phone; hard: a station with no city"),
    ("来电人反映：人民广场公交站台顶棚破损，下雨天乘客只能淋雨。来电人未说明所在城市。", None, "operator; hard: 人民广场 with no city"),
    ("医院 门口 停车场 收费 一小时 十块 合理 吗", None, "phone; no place"),
    ("站前广场 黑车 太多 到处 拉客", None, "oneliner; hard: 站前广场 with no city"),
    ("学校门口 接送 车辆 乱停 能不能 划个 临时 停车位", None, "phone; no place"),
    ("滴滴 司机 态度 太差 还 骂人 行程 记录 都 有", None, "phone; no place", "13907xxxxxx"),
    ("来电人咨询：网约车驾驶员资格证考试在哪里报名，需要什么条件。来电人未说明所在地。", None, "operator; no place"),
    ("修路 围挡 占 了 一半 路 晚上 没 灯 太 危险", None, "phone; no place"),
    ("电动车 不戴 头盔 罚 多少 钱", None, "oneliner; no place"),
    ("老城区 路 太 窄 公交 根本 开不进去", None, "phone; hard: 老城区 as a common word, no city"),
    ("万达广场 公交站 改名 了 也 不 通知", None, "oneliner; hard: 万达广场 with no city"),
]


def main() -> None:
    write_jsonl(build_rows(HELDOUT64, "heldout64", "yb"), "place_heldout64.jsonl")


if __name__ == "__main__":
    main()
