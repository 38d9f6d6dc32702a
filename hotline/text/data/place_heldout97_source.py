"""Source of the 97th held-out place set (place_heldout97.jsonl): a blind check of `locate`.

Synthetic: every message was written by hand for this set in one sitting on 2026-11-30 by a helper
session. That session had not read hotline/text/places.py, hotline/text/noisy.py or anything else
under hotline/text/ beyond what is named here, nor any place_*.txt table (landmarks, towns, historic,
city landmarks, spans, old districts, facilities), the tests, docs/, bench/, README.md, git history
or git log, anything under /work/shared, or the messages of any other set (place_heldout*.jsonl,
place_testset.jsonl, the message lists of the other *_source.py files). What it did read: lines
1-80 of place_heldout8_source.py (its docstring with the conventions, and its imports) and that
file's last 10 lines (main()); lines 1-108 of place_heldout37_source.py and lines 1-76 of
place_heldout47_source.py (their docstrings only, no messages); the source of build_rows of
place_heldout3_source.py and of _resolve and write_jsonl of place_testset_source.py, each printed
on its own with inspect.getsource; and hotline/regions.py with the 2024 region table it loads
(dumped to a scratch file under /tmp to check every code and name). It also listed the file names
in hotline/text/data/ (names only). Of the existing jsonl files a script read only the first two
characters of each id, to make sure no id began with "zD" (none did; "zd", in lower case, is
another set's prefix). No outside page was looked up: the towns, stations, airports, ports and
sights below are placed from the session's own knowledge, and the rows resting on a fact it was
less sure of are listed at the end (note "unsure"). The resolver, `locate`, `hotline text analyze`
and the tests were not run on any of it. No message was copied from anywhere. The only checks run
were that every path resolves (through build_rows) to the intended region's full name, that no
text repeats, and the counts below.

Theme: an ordinary Tuesday in early January (1月5日; the messages mention 1月2日-1月5日) at the
12328 lines of all 31 provinces, weighted roughly as daily traffic is: taxis and ride-hailing
(refusals, 不打表, detours, pooling, airport and station queues), city buses (late, skipped stops,
heating, cards, drivers on the phone), coaches and coach stations (overloading at the departure
station, fares, refunds, timetables), trucks and logistics (port and border queues, coal and ore
trucks, 治超站 and weighing, the green channel, service areas, markets and logistics parks, ferries
at 海安港, 新海港, 蓬莱港 and 旅顺新港), roads and works in winter (ice, snow, fog, wind closures,
potholes, manholes, street lights, signals), parking fees at sights, driving schools and tests, a
vehicle office and an inspection station, questions about rules (进京证, 绿通, 年检, 换证, ETC, 春节
免费) and praise. Most rows are ordinary.

Coverage (computed by script): 369 messages, 343 with a region and 26 with none (expected null).
Of the 26: 13 questions, complaints or praise with no place (zD344-zD356, among them a plate
prefix 鲁A zD350 and the macro-regions 东北/南方 zD353), 5 lines or roads across provinces or with
no section (北京-天津 zD357, 广州-长沙 zD358, 萧县-徐州 zD359, 沪昆 杭州-南昌 zD360, 连霍 with no
section zD361), and 8 names with nothing to settle them, each listing its candidates under
"ambiguous" (鼓楼区 zD362, 朝阳区 zD363, 新华区 zD364, 铁西区 zD365, 市中区 zD366, 永定区 zD367,
城关区 zD368, 长安区 zD369). 326 rows expect a county-level unit, 9 a city or prefecture and 8 a
province. City rows: 东莞 zD211, zD212 and 中山 zD213 (no counties), 儋州 zD241 and 嘉峪关 zD305
(likewise), 锡林郭勒盟 zD046 (a coach line between two of its units), 济南 zD143 (an airport bus
between 遥墙 and 济南西站), 百色 zD235 (a bus line 右江区-田阳区) and 信阳 zD337 (a service area
whose county the session did not know for sure). Province rows: 北京 zD003 (进京证), 江苏 zD091
(a bus 宝华 (句容) - 仙林 (南京)) and zD093 (苏通大桥, joining 南通 and 苏州), 浙江 zD103 (安吉-杭州),
河南 zD175 (连霍 郑州-开封), 广东 zD226 (a province-wide toll question) and zD227 (广州-深圳),
青海 zD318 (西宁-格尔木). All 31 provinces, at least 8 each: 广东 26; 山东, 河南 19; 江苏 17;
四川 16; 浙江 15; 河北 14; 安徽, 湖北, 湖南 12; 辽宁, 江西, 云南 10; 北京, 上海, 福建, 广西, 重庆,
贵州, 新疆 9; 天津, 山西, 内蒙古, 吉林, 黑龙江, 海南, 西藏, 陕西, 甘肃, 青海, 宁夏 8. Voices (by the
note's first word): 189 typed on a phone ("typed": spaces between phrases, little punctuation,
slips such as 出粗车 zD063, 哈尔宾 zD065, 常洲 zD086, 打标 zD155, 兰洲 zD303), 85 short one-liners
("short"), 72 operators' notes ("operator": 来电人反映……/来电人称……/来电人咨询……/来电人表扬……),
16 web forms ("web": 【留言标题】/【留言内容】) and 7 longer narratives ("long": zD335-zD341).
13 rows carry a caller's number in a "phone" field, none of which must settle anything: 11
landlines from another city than the problem (zD009 保定 0312 for 昌平, zD041 包头 0472 for 准格尔旗,
zD042 哈尔滨 0451 for 满洲里, zD099 福州 0591 for 义乌, zD162 郑州 0371 for 龙门石窟, zD194 长沙 0731
for 凤凰, zD197 广州 020 for 宜章, zD237 湛江 0759 for 新海港, zD288 拉萨 0891 for 贡嘎机场 (拉萨
being the airport bus's destination), zD297 西安 029 for 华山, zD330 乌鲁木齐 0991 for 霍尔果斯), a
上海 021 landline on a question with no place (zD355) and a mobile number on an ambiguous null
(zD365).

Tags in the notes: "hard" (127 rows) marks a trap in the text; "via" (40 rows) marks an ordinary
row whose county must be inferred from a sight, station, airport, port or town named alone with
nothing misleading (九华山, 宏村, 乌镇, 千岛湖, 亚布力, 禄口, 黄花, 拱北, 友谊关, 磨憨, 塔尔寺, 乌鞘岭 …);
"aside" (27 rows) is a remark on a row that names its county anyway. Hard on purpose:
- district and county names shared with another city, settled by the city named with them, and
  look-alikes (39 rows together): 朝阳区 (北京 zD002 via 望京 / 长春 zD057), 和平区 (天津), 长安区 (石家庄 zD019 / 西安 zD300),
  新华区 (沧州, 平顶山), 青山区 (包头 zD040 / 武汉 zD181), 铁西区 (沈阳 zD047 / 四平 zD063), 鼓楼区
  (徐州, 南京, 福州, 开封), 普陀区 (舟山), 西湖区 (杭州), 永定区 (龙岩), 市中区 (济南 zD156 / 乐山
  zD260), 白云区 (广州), 南山区 (深圳), 城关区 (拉萨 zD287 / 兰州 zD303), 城中区 (西宁), 五华区 (昆明);
  and look-alikes: 海城市 vs 海城区 (zD049, zD233), 东港市 vs 东港区 (zD050, zD153), 河口区 vs 河口县
  (zD154, zD285), 东兴市 vs 东兴区, 开平市 vs 开平区, 伊宁市 vs 伊宁县, 青山湖区 vs 青山区, 武陵区 vs
  武陵源区, 乌兰县 (茶卡) vs 乌兰察布 and 乌兰浩特, 福田市场 in 义乌 vs 福田区, 长安镇 in 东莞;
- stations and a port named for a city but lying in one district (13 rows: 北京西站 丰台,
  天津港 滨海新区, 天津西站 红桥, 秦皇岛站 海港区, 南京南站 雨花台, 杭州东站 上城, 合肥南站 包河, 武汉站
  洪山, 广州南站 番禺, 成都东站 成华, 西安北站 未央, 上海南站 徐汇, 济南西站 槐荫; 昆明南站 zD338 is not
  counted hard, its message naming 呈贡 as the destination) and
  airports named for a place they are not in (天河 in 黄陂 zD178, 江北 in 渝北 zD245, 凤凰 in 三亚's
  天涯 zD239, 河东 in 灵武 zD320, 胶东 in 胶州 zD145, 龙嘉 in 九台 zD058, 贡嘎 for 拉萨 zD288);
- origins, destinations and homes that are not the place (27 rows: zD003, zD022, zD027, zD035,
  zD056, zD058, zD065, zD114, zD123, zD130, zD145, zD165, zD178, zD196, zD207, zD217, zD239, zD255,
  zD262, zD266, zD269, zD288, zD312, zD335, zD336, zD337, zD341); and coaches overloaded or late
  at their departure station, counted for that station's county (zD053 桓仁, zD092 兴化, zD114 颍州,
  zD171 卧龙, zD196 邵东, zD249 万州, zD266 江阳, zD317 德令哈);
- level traps: a name that is a city and a prefecture (恩施
  zD187, 大理 zD280, 玉树 zD316, 喀什 zD329, 阿勒泰 zD334), 东莞 and 中山 with their towns, lines
  counted for a city or province (above), 衡山 counted for 南岳区 not 衡山县 (zD195), 天门山 for
  张家界's 永定区 not 天门市 (zD193), 汤口 for 黄山区 not the city (zD115);
- misleading words: streets named after places (南京西路 zD075, 湖南路 zD096, 中山路 zD122, 中山南二路
  zD339), a brand (茅台 zD271), 鼓楼 as a sight in 银川 (zD319), generic-looking names (东区 zD268,
  古城区 zD281), a plate 苏E (zD336) and 鲁A (zD350), typos in place names (哈尔宾, 常洲, 兰洲);
- the nulls above: ambiguous names alone, lines across provinces that look local (萧县-徐州 zD359),
  and callers' numbers that must not settle anything.

Expected regions follow the conventions stated in place_heldout8_source.py: where the problem
happens, not the origin nor where the caller, plate or company is from; the most specific division
known to be right (a town, station, port, airport, bridge, market or sight counts for the county it
lies in); a message naming only a city or province expects that city or province; a line between
two places counts for the smallest region holding both ends; a coach overloaded or late at its
departure station counts for that station's county; 东莞, 中山, 儋州 and 嘉峪关 have no counties and
count for the city. By convention rather than fact: zD335 (涿州收费站 counted for 涿州) and zD336
(a taxi trip from 苏州站 counted for the station's district, as the trip began there).

Rows whose expected code rests on a fact this session was less sure of (note "unsure"): zD058
(龙嘉机场 in 九台区), zD067 (雪乡, the 双峰林场 of the 大海林 forestry bureau, counted for 海林),
zD095 (东关街 in 广陵区), zD115 (汤口 in 黄山区), zD173 (三门峡 天鹅湖 in 湖滨区), zD180 (汉口站 in
江汉区), zD201 (怀化站 in 鹤城区), zD236 (桂林两江机场 in 临桂区), zD243 (分界洲岛's pier counted for
陵水), zD251 (重庆北站 in 渝北区), zD269 (龙洞堡机场 in 南明区), zD272 (黄果树 counted for 镇宁),
zD293 (the 羊卓雍措 viewpoint counted for 浪卡子), zD295 (西安北站 in 未央区), zD312 (曹家堡机场 in
互助), zD320 (河东机场 in 灵武), zD324 (镇北堡西部影城 in 西夏区), zD332 (果子沟大桥 counted for 霍城)
and zD336 (苏州站 in 姑苏区).
"""

from __future__ import annotations

from hotline.text.data.place_heldout3_source import build_rows
from hotline.text.data.place_testset_source import write_jsonl

# (text, expected path or code or None, note[, caller's number or {"phone": …, "ambiguous": […]}])
HELDOUT97: list[tuple] = [
    # ── 北京 ────────────────────────────────────────────────────────────────────────────
    ("大兴机场出来打车 排队那儿有司机说去亦庄不打表 一口价两百 这合理吗",
     "北京/大兴区", "typed: taxi at 大兴机场; aside: the airport straddles the 河北 border, its terminal in 大兴, destination 亦庄 not the place"),  # zD001
    ("来电人反映：1月5日早上7点多在朝阳区望京西园四区站等公交，等了四十多分钟一辆车没来，站牌上写的发车间隔是十分钟，来电人上班迟到，要求公交集团给个说法。",
     "北京/朝阳区", "operator: bus late at 望京; hard: 朝阳区 also in 长春, 望京 settles it"),  # zD002
    ("【留言标题】外地货车进京证咨询【留言内容】您好，我是保定跑运输的，想问下现在外地号牌的货车进六环要办什么证，一年能办几次，和小客车的进京证是不是一个规定？谢谢",
     "北京", "web: 进京证 question, counted for 北京; hard: the writer's home 保定 is not the place"),  # zD003
    ("房山 长阳 京港澳辅路往南 有个大坑 昨晚下雪盖住了看不见 我们两辆车都爆胎了",
     "北京/房山区", "typed: pothole under snow at 长阳"),  # zD004
    ("通州梨园地铁站出口那片黑车天天喊着拉活，早上堵得公交都进不了站，没人管吗",
     "北京/通州区", "short: unlicensed cars at 梨园 metro station"),  # zD005
    ("来电人称1月3日在延庆八达岭长城停车场停车，出来时被收了五十元，没有票据，工作人员说是景区规定，来电人认为收费不合理。",
     "北京/延庆区", "operator: parking fee at 八达岭长城"),  # zD006
    ("海淀 中关村大街和海淀南路那个路口 红绿灯坏了 一直黄灯闪 早高峰乱成一锅粥",
     "北京/海淀区", "typed: broken signal"),  # zD007
    ("北京西站南广场出租车排队区有人插队，调度员也不管，排了快一个小时",
     "北京/丰台区", "short: taxi queue at 北京西站; hard: station named for the city, lies in 丰台"),  # zD008
    ("昌平回龙观这边的驾校 交了钱半年了 科目二一直约不上练车 打电话就说排队排队",
     "北京/昌平区", "typed: driving school at 回龙观; hard: a 保定 (0312) landline", "0312-3086142"),  # zD009
    # ── 天津 ────────────────────────────────────────────────────────────────────────────
    ("来电人反映：在天津港东疆港区集装箱码头排队提箱，从凌晨两点排到早上八点，码头称系统故障，没有任何通知。",
     "天津/滨海新区", "operator: container queue at 东疆; hard: port named for the city, lies in 滨海新区"),  # zD010
    ("武清区京津公路杨村那段路面结冰，早上连着追尾好几起，撒盐车一辆没见着",
     "天津/武清区", "short: ice on 京津公路 at 杨村"),  # zD011
    ("来电人反映：1月4日晚在南开区鞍山西道乘坐出租车，司机不打表，到达后要价四十元，来电人称平时同样路程二十元左右。",
     "天津/南开区", "operator: taxi without meter"),  # zD012
    ("蓟州 盘山景区门口停车场 一次收六十 一个收费牌子都没有",
     "天津/蓟州区", "typed: parking fee at 盘山"),  # zD013
    ("【留言标题】西青区大寺镇道路坑洼【留言内容】大寺镇工业园门口这条路一到冬天就坑坑洼洼，大货车多，骑电动车上下班很危险，希望相关部门尽快修补。",
     "天津/西青区", "web: potholes at 大寺"),  # zD014
    ("天津和平区滨江道那边 网约车下客没地方停 交警天天贴条 能不能划个临时上下客点",
     "天津/和平区", "typed: drop-off point; hard: 和平区 also in 沈阳, 天津 named"),  # zD015
    ("静海区大邱庄钢厂门口拉钢材的货车乱停，把路堵死了，上下班根本过不去",
     "天津/静海区", "short: trucks blocking the road at 大邱庄"),  # zD016
    ("来电人称在天津西站北广场乘坐出租车，司机以“太近不拉”为由拒载，来电人要求处理。",
     "天津/红桥区", "operator: refusal at 天津西站; hard: station named for the city, lies in 红桥"),  # zD017
    # ── 河北 ────────────────────────────────────────────────────────────────────────────
    ("白沟到高碑店的公交车暖气不开，车窗还关不严，一路冻透了",
     "河北/保定/高碑店", "short: bus line inside 高碑店; aside: 白沟 is a town of 高碑店, counted for it"),  # zD018
    ("石家庄长安区 胜利北街和和平东路那块 有个井盖没了 晚上黑 很危险",
     "河北/石家庄/长安区", "typed: missing manhole cover; hard: 长安区 also in 西安"),  # zD019
    ("曹妃甸港区拉矿的车排了好几公里 附近吃饭上厕所都没地方",
     "河北/唐山/曹妃甸区", "typed: truck queue at 曹妃甸 port"),  # zD020
    ("武安 钢厂那边拉焦炭的车天天超载 治超站就在边上 也不管",
     "河北/邯郸/武安", "typed: overloading at 武安"),  # zD021
    ("来电人反映：1月4日晚从张家口市区开车去崇礼太舞滑雪场，高速下来以后的县道结冰严重，没有撒融雪剂，多辆车打滑，来电人要求崇礼相关部门及时处置。",
     "河北/张家口/崇礼区", "operator: ice near 太舞 ski resort; hard: the origin 张家口市区 is named"),  # zD022
    ("丰宁坝上那段路 雪太大 交警说封了 啥时候能通 车上拉着菜呢",
     "河北/承德/丰宁", "typed: road closed by snow at 丰宁坝上"),  # zD023
    ("沧州新华区的公交车司机开车打电话，一脚急刹把老人摔了",
     "河北/沧州/新华区", "short: bus driver on the phone; hard: 新华区 also in 石家庄 and 平顶山"),  # zD024
    ("三河燕郊 福成那边路灯一整排都不亮 好几天了 晚上下班摸黑走",
     "河北/廊坊/三河", "typed: street lights at 燕郊; aside: 燕郊 is a town of 三河"),  # zD025
    ("邢台沙河 玻璃厂拉玻璃的大货晚上不开灯在路上跑 太吓人了",
     "河北/邢台/沙河", "typed: trucks without lights at 沙河"),  # zD026
    ("秦皇岛站出站口的出租车围着拉客不打表，去北戴河张口要一百五",
     "河北/秦皇岛/海港区", "short: taxi touts at 秦皇岛站; hard: station named for the city, lies in 海港区; destination 北戴河 not the place"),  # zD027
    ("【留言标题】正定机场停车场收费问题【留言内容】1月2日送家人去石家庄正定机场，在停车场停了不到一小时收了三十元，现场没有公示收费标准，请核查。",
     "河北/石家庄/正定", "web: parking fee at 正定机场"),  # zD028
    ("京港澳高速定州段早上大雾，封了三个小时，服务区里挤满了车",
     "河北/保定/定州", "short: fog closure on G4 at 定州"),  # zD029
    ("保定竞秀区 驾考科目三 考官让给红包 不给就挂",
     "河北/保定/竞秀区", "typed: driving test bribery"),  # zD030
    # ── 山西 ────────────────────────────────────────────────────────────────────────────
    ("来电人反映：在太原市小店区长风街通过平台叫网约车，来车车牌与平台显示不一致，司机称临时换车，来电人对安全有顾虑。",
     "山西/太原/小店区", "operator: plate mismatch on ride-hailing"),  # zD031
    ("来电人反映：在大同云冈石窟景区外的停车场停车，收费员收费后不出具票据，来电人质疑其收费资质。",
     "山西/大同/云冈区", "operator: parking at 云冈石窟"),  # zD032
    ("平遥古城门口拉客的电瓶车 说十块 到地方要五十",
     "山西/晋中/平遥", "typed: e-cart fare at 平遥古城"),  # zD033
    ("柳林 拉煤车太多 国道那段路面全压烂了 坑连着坑",
     "山西/吕梁/柳林", "typed: road damaged by coal trucks"),  # zD034
    ("运城盐湖区汽车站去西安的班车 票价涨了也没说为啥",
     "山西/运城/盐湖区", "typed: coach fare at the 盐湖区 station; hard: destination 西安"),  # zD035
    ("五台山上山的路结冰了，景区大巴停运，买了票的说不给退",
     "山西/忻州/五台", "short: 五台山 bus stopped; aside: 五台山 counted for 五台县"),  # zD036
    ("临汾尧都区汽车站里面有黑车司机围着拉人，说比班车快",
     "山西/临汾/尧都区", "short: touts in a coach station"),  # zD037
    ("长治潞州区 公交站台顶棚 被雪压塌了一半 没人来修",
     "山西/长治/潞州区", "typed: bus shelter damaged by snow"),  # zD038
    # ── 内蒙古 ──────────────────────────────────────────────────────────────────────────
    ("来电人称呼和浩特市赛罕区大学东街一处公交站牌被大风吹倒，横在人行道上，请有关部门尽快处理。",
     "内蒙古/呼和浩特/赛罕区", "operator: bus stop sign down"),  # zD039
    ("包头青山区的出租车冬天不开暖风，问就说费油",
     "内蒙古/包头/青山区", "short: no heating in taxis; hard: 青山区 also in 武汉"),  # zD040
    ("来电人反映：准格尔旗薛家湾镇附近拉煤车辆排队过磅，占满国道，私家车无法通行，已经持续一整天。",
     "内蒙古/鄂尔多斯/准格尔旗", "operator: coal trucks queueing at 薛家湾; hard: a 包头 (0472) landline that must not settle it", "0472-5127390"),  # zD041
    ("满洲里口岸 出口的货车排了两天了 零下三十度 柴油都冻了",
     "内蒙古/呼伦贝尔/满洲里", "typed: border queue at 满洲里; hard: a 哈尔滨 (0451) landline that must not settle it", "0451-86623015"),  # zD042
    ("二连浩特口岸查验太慢 车队排到市区了",
     "内蒙古/锡林郭勒/二连浩特", "typed: border queue at 二连浩特"),  # zD043
    ("海拉尔火车站 出租车拼车 一人收一份钱 还绕路",
     "内蒙古/呼伦贝尔/海拉尔区", "typed: taxi pooling at 海拉尔 station"),  # zD044
    ("赤峰红山区这个驾校 冬天不让练车 钱又不退",
     "内蒙古/赤峰/红山区", "typed: driving school"),  # zD045
    ("【留言标题】锡林浩特至二连浩特班车停运【留言内容】这几天下雪，锡林浩特到二连的班车一直停着，也没人说什么时候恢复，我们等着回去上班，希望给个准信。",
     "内蒙古/锡林郭勒", "web: coach line inside 锡林郭勒盟, counted for the league"),  # zD046
    # ── 辽宁 ────────────────────────────────────────────────────────────────────────────
    ("沈阳铁西区 北二路那边 出租车拒载 说不顺路",
     "辽宁/沈阳/铁西区", "typed: refusal; hard: 铁西区 also in 鞍山 and 四平"),  # zD047
    ("大连周水子机场出租车排队，前面的司机挑活，近的不拉",
     "辽宁/大连/甘井子区", "short: airport taxis refusing short trips; via: 周水子 airport lies in 甘井子"),  # zD048
    ("海城 西柳服装市场门口 货车卸货把路全占了",
     "辽宁/鞍山/海城", "typed: trucks at 西柳 market; hard: 海城市 vs 北海's 海城区"),  # zD049
    ("丹东东港这边海边那条路结冰了，没人撒盐，早上摔了好几个骑电动车的",
     "辽宁/丹东/东港", "short: ice; hard: 东港市 vs 日照's 东港区"),  # zD050
    ("来电人反映：营口鲅鱼圈港区疏港路上集装箱车辆排队过长，占用两条车道，存在安全隐患，要求港口方面疏导。",
     "辽宁/营口/鲅鱼圈区", "operator: port queue at 鲅鱼圈"),  # zD051
    ("兴城古城附近有黑车 拉去火车站的人 一个人收三十",
     "辽宁/葫芦岛/兴城", "typed: unlicensed cars at 兴城古城"),  # zD052
    ("桓仁到本溪的班车在桓仁车站就超员了 过道站着七八个人",
     "辽宁/本溪/桓仁", "short: coach overloaded at its departure station in 桓仁"),  # zD053
    ("来电人反映锦州市古塔区几条公交线路上扒窃多发，乘客向司机反映后司机不予理会，建议加强车内管理。",
     "辽宁/锦州/古塔区", "operator: pickpockets on buses"),  # zD054
    ("抚顺新抚区的公交车刷老年卡老是刷不上 司机还让补票",
     "辽宁/抚顺/新抚区", "typed: senior card on buses"),  # zD055
    ("来电人咨询：旅顺新港去烟台的滚装船这两天因大风停航，来电人的货车已在港区等候两天，询问何时复航，港区停车是否收费。",
     "辽宁/大连/旅顺口区", "operator: ferry stopped at 旅顺新港; hard: destination 烟台 not the place"),  # zD056
    # ── 吉林 ────────────────────────────────────────────────────────────────────────────
    ("长春朝阳区 红旗街那边公交晚点半小时 零下二十多度站着等 脚都冻木了",
     "吉林/长春/朝阳区", "typed: bus late; hard: 朝阳区 also in 北京"),  # zD057
    ("来电人反映：在长春龙嘉机场打车去市区，出租车司机要求拼车，每人收一百元，不打表。",
     "吉林/长春/九台区", "operator: airport taxi; hard: 龙嘉 airport lies in 九台, destination 市区 not the place; unsure: 龙嘉机场 in 九台区"),  # zD058
    ("吉林市船营区江边那条路 冰没清 好几个车刮了",
     "吉林/吉林市/船营区", "typed: ice; aside: 吉林 is city and province"),  # zD059
    ("延吉西市场门口出租车乱停 堵得公交过不去",
     "吉林/延边/延吉", "typed: taxis blocking the road at 西市场"),  # zD060
    ("珲春口岸 出境的货车 从早上排到晚上没动",
     "吉林/延边/珲春", "typed: border queue at 珲春"),  # zD061
    ("长白山北坡 二道白河去景区的大巴票价涨了一倍 还得排两个小时",
     "吉林/延边/安图", "typed: bus to 长白山北坡; via: 二道白河 is a town of 安图"),  # zD062
    ("四平铁西区客运站旁边的出粗车 不走表",
     "吉林/四平/铁西区", "typed: taxi meter, typo 出粗车; hard: 铁西区 also in 沈阳 and 鞍山"),  # zD063
    ("【留言标题】查干湖冬捕期间交通拥堵【留言内容】周末去查干湖看冬捕，进景区的路堵了三个多小时，停车场满了也没人疏导，车只能停在路边雪地里。",
     "吉林/松原/前郭", "web: 查干湖 traffic; via: 查干湖 counted for 前郭尔罗斯"),  # zD064
    # ── 黑龙江 ──────────────────────────────────────────────────────────────────────────
    ("哈尔宾中央大街那块 出租车拉外地人不打表 去冰雪大世界要一百",
     "黑龙江/哈尔滨/道里区", "typed: taxi at 中央大街; hard: typo 哈尔宾 for 哈尔滨, 中央大街 in 道里, destination 冰雪大世界 (松北) not the place"),  # zD065
    ("来电人称1月4日晚从冰雪大世界出来，门口网约车加价严重，软件排队三百多位，现场有人私下拉客每人一百元，要求加强管理。",
     "黑龙江/哈尔滨/松北区", "operator: touts at 冰雪大世界; via: 冰雪大世界 counted for 松北"),  # zD066
    ("雪乡门口拉客的面包车 一人二百 说是包车",
     "黑龙江/牡丹江/海林", "typed: touts at 雪乡; via: 雪乡 named alone; unsure: 雪乡 (双峰林场) counted for 海林"),  # zD067
    ("亚布力滑雪场往返哈尔滨的大巴，回程在景区里等了两个多小时才发车",
     "黑龙江/哈尔滨/尚志", "short: bus late leaving 亚布力; via: 亚布力 is in 尚志"),  # zD068
    ("大庆萨尔图区的出租车 还用老计价器 跳得特别快",
     "黑龙江/大庆/萨尔图区", "typed: taxi meter"),  # zD069
    ("绥芬河口岸进口木材的车 排队排到山上了",
     "黑龙江/牡丹江/绥芬河", "typed: border queue at 绥芬河"),  # zD070
    ("漠河北极村景区的班车 一天就一趟 还晚点",
     "黑龙江/大兴安岭/漠河", "typed: 北极村 bus"),  # zD071
    ("齐齐哈尔龙沙区 公交车门冻住了关不上 一路漏风",
     "黑龙江/齐齐哈尔/龙沙区", "typed: bus door frozen"),  # zD072
    # ── 上海 ────────────────────────────────────────────────────────────────────────────
    ("浦东机场T2出租车排队 师傅一听去川沙就骂骂咧咧的",
     "上海/浦东新区", "short: taxi at 浦东机场"),  # zD073
    ("来电人反映：在虹桥火车站P9停车场出口，缴费系统故障，排队车辆滞留四十分钟，现场无工作人员疏导。",
     "上海/闵行区", "operator: parking exit at 虹桥站; hard: 虹桥站 lies in 闵行, not 长宁"),  # zD074
    ("静安 南京西路这段晚上网约车停在公交站上客 公交进不了站",
     "上海/静安区", "typed: ride-hailing blocking a bus stop; hard: 南京西路 names another city"),  # zD075
    ("外高桥港区集卡排队进码头 堵了一早上 说是系统升级",
     "上海/浦东新区", "typed: container trucks at 外高桥"),  # zD076
    ("来电人反映：松江区九亭镇一处路口施工围挡占用半幅道路，现场未设置警示标志，夜间容易发生事故。",
     "上海/松江区", "operator: road works at 九亭"),  # zD077
    ("崇明陈家镇的公交末班车提前二十分钟开走了，等车的人全没赶上",
     "上海/崇明区", "short: last bus left early"),  # zD078
    ("金山枫泾古镇停车场 一小时十五块 太贵了吧",
     "上海/金山区", "typed: parking fee at 枫泾"),  # zD079
    ("【留言标题】徐汇区漕溪北路公交站台拥挤【留言内容】漕溪北路徐家汇附近几个公交站台早高峰排队的人站到机动车道上，建议增加站台长度或调整线路。",
     "上海/徐汇区", "web: crowded bus stops at 徐家汇"),  # zD080
    # ── 江苏 ────────────────────────────────────────────────────────────────────────────
    ("南京南站 出租车上客区一辆车都没有 排了两百人",
     "江苏/南京/雨花台区", "typed: taxi shortage at 南京南站; hard: station named for the city, lies in 雨花台"),  # zD081
    ("来电人反映：1月4日晚在南京禄口机场乘坐机场大巴，发车时乘客超员，有人一路站着，司机称“没事”。",
     "江苏/南京/江宁区", "operator: airport bus overloaded at 禄口; via: 禄口 airport lies in 江宁"),  # zD082
    ("苏州吴中区 木渎那边公交改线了 站台牌子没换 等了半天",
     "江苏/苏州/吴中区", "typed: bus route change at 木渎"),  # zD083
    ("昆山的出租车师傅 去花桥就不肯去 说太远回来空车",
     "江苏/苏州/昆山", "typed: refusal in 昆山"),  # zD084
    ("江阴 临港开发区那边路面坑太多 拉钢材的车颠得货都掉了",
     "江苏/无锡/江阴", "typed: potholes at 江阴 临港"),  # zD085
    ("常洲武进区湖塘 首班车说六点 实际六点四十才来 天天这样",
     "江苏/常州/武进区", "typed: first bus late at 湖塘; hard: typo 常洲 for 常州"),  # zD086
    ("徐州鼓楼区这边的出租车晚上拼客，说一人二十，不拼不走",
     "江苏/徐州/鼓楼区", "short: taxi pooling; hard: 鼓楼区 also in 南京, 福州, 开封"),  # zD087
    ("连云港港区拉矿的大车排队 排到主路上 连云区这边天天堵",
     "江苏/连云港/连云区", "typed: port trucks queueing"),  # zD088
    ("沭阳花木市场那边发快递的三轮到处乱停",
     "江苏/宿迁/沭阳", "typed: delivery tricycles at the 沭阳 flower market"),  # zD089
    ("南通海门叠石桥家纺市场 停车太难 货车没地方卸货",
     "江苏/南通/海门区", "typed: market parking at 叠石桥; aside: 海门 is now a district"),  # zD090
    ("宝华到仙林的公交 早上根本挤不上去 车太少了",
     "江苏", "short: bus line from 句容's 宝华 to 南京's 仙林, counted for 江苏; hard: towns named without their cities"),  # zD091
    ("兴化去泰州的班车 在兴化汽车站就超载 过道都坐满了",
     "江苏/泰州/兴化", "typed: coach overloaded at its departure station in 兴化"),  # zD092
    ("苏通大桥上雾大，限速四十，还有人开一百多，交警管一管",
     "江苏", "short: fog on 苏通大桥; hard: the bridge joins 南通 and 苏州 (常熟), counted for 江苏"),  # zD093
    ("宜兴丁蜀 紫砂街旁边的路 坑坑洼洼的",
     "江苏/无锡/宜兴", "typed: potholes at 丁蜀"),  # zD094
    ("扬州东关街周边 网约车不让进 打个车要走老远",
     "江苏/扬州/广陵区", "typed: ride-hailing at 东关街; unsure: 东关街 in 广陵区"),  # zD095
    ("来电人称在南京市鼓楼区湖南路附近路边停车，收费员多收费用且不出具票据，要求核查。",
     "江苏/南京/鼓楼区", "operator: parking fee; hard: 鼓楼区 shared, 湖南路 names a province"),  # zD096
    # ── 浙江 ────────────────────────────────────────────────────────────────────────────
    ("杭州东站 出租车排了一个多小时 调度说车进不来",
     "浙江/杭州/上城区", "typed: taxi queue at 杭州东站; hard: station named for the city, lies in 上城 (formerly 江干)"),  # zD097
    ("萧山机场网约车上车点要走一公里，下雨天拖着箱子太难了",
     "浙江/杭州/萧山区", "short: airport pick-up point"),  # zD098
    ("来电人反映：义乌国际商贸城周边货车限行时段调整后没有看到公告，来电人的货车在福田市场附近被处罚，要求解释。",
     "浙江/金华/义乌", "operator: truck restriction at 义乌; hard: 福田市场 (义乌) vs 深圳's 福田区, a 福州 (0591) landline that must not settle it", "0591-87536204"),  # zD099
    ("宁波北仑港 集卡进港预约系统崩了 排了三个小时",
     "浙江/宁波/北仑区", "typed: port appointment system down"),  # zD100
    ("温州鹿城区五马街附近的出租车 晚上不打表",
     "浙江/温州/鹿城区", "typed: taxi meter"),  # zD101
    ("柯桥轻纺城那边货车乱停 早上堵了半小时",
     "浙江/绍兴/柯桥区", "typed: trucks at 轻纺城"),  # zD102
    ("安吉去杭州的班车 今天取消了两班 也没通知",
     "浙江", "typed: coach line between 湖州's 安吉 and 杭州, counted for 浙江; hard: two cities"),  # zD103
    ("乌镇西栅停车场到景区的接驳车 还要另外收钱",
     "浙江/嘉兴/桐乡", "typed: shuttle fee at 乌镇; via: 乌镇 is in 桐乡"),  # zD104
    ("温岭石塘那边海边的路 晚上一盏路灯都没有",
     "浙江/台州/温岭", "typed: no street lights at 石塘"),  # zD105
    ("永康五金城门口 送货的车把公交站占了",
     "浙江/金华/永康", "typed: delivery vans at 五金城"),  # zD106
    ("舟山普陀区 沈家门去朱家尖的公交 半小时一班 等不到",
     "浙江/舟山/普陀区", "typed: bus frequency; hard: 普陀区 also in 上海"),  # zD107
    ("千岛湖码头停车场收费太贵 一天八十",
     "浙江/杭州/淳安", "short: parking at 千岛湖; via: 千岛湖 counted for 淳安"),  # zD108
    ("杭州西湖区留下那边 公交司机骂乘客",
     "浙江/杭州/西湖区", "short: rude bus driver; hard: 西湖区 also in 南昌"),  # zD109
    ("【留言标题】衢州柯城区学校门口道路结冰【留言内容】柯城区一所小学门口的路排水不畅，前几天下雨积水，这几天降温结成冰，早上上学的孩子滑倒好几个，希望尽快处理。",
     "浙江/衢州/柯城区", "web: ice at a school gate"),  # zD110
    ("余杭区车管所的自助机坏了 排了三个小时 换个证都办不了",
     "浙江/杭州/余杭区", "typed: vehicle office queue"),  # zD111
    # ── 安徽 ────────────────────────────────────────────────────────────────────────────
    ("合肥南站网约车接客的地方在地下车库 绕半天找不到",
     "安徽/合肥/包河区", "typed: pick-up at 合肥南站; hard: station named for the city, lies in 包河"),  # zD112
    ("来电人反映合肥市蜀山区长江西路一公交站的电子站牌显示信息错误，已持续多日，误导乘客。",
     "安徽/合肥/蜀山区", "operator: bus stop display; aside: 长江西路 names a river"),  # zD113
    ("阜阳颍州区客运站去上海的卧铺 超员 过道都睡人",
     "安徽/阜阳/颍州区", "typed: sleeper coach overloaded at its departure station; hard: destination 上海"),  # zD114
    ("黄山汤口换乘中心去景区的车 下雪天排了三个小时",
     "安徽/黄山/黄山区", "typed: shuttle queue at 汤口; hard: 汤口 in 黄山区, not the whole city; unsure: 汤口 in 黄山区"),  # zD115
    ("亳州中药材市场里面的路全是坑，大车进出掉货",
     "安徽/亳州/谯城区", "short: potholes in the 亳州 medicine market; via: the market stands for 谯城区"),  # zD116
    ("宿州埇桥区 有个十字路口 红绿灯晚上不亮",
     "安徽/宿州/埇桥区", "typed: signal out at night"),  # zD117
    ("桐城 六尺巷附近停车被贴条 也没有禁停标志",
     "安徽/安庆/桐城", "typed: parking ticket"),  # zD118
    ("宁国山里那条公路塌方了一半 没有警示",
     "安徽/宣城/宁国", "typed: landslip on a mountain road"),  # zD119
    ("九华山上山的环保车下雪停了 票也不退",
     "安徽/池州/青阳", "typed: 九华山 shuttle stopped; via: 九华山 is in 青阳"),  # zD120
    ("宏村景区门口的停车场二十块一次 还没发票",
     "安徽/黄山/黟县", "typed: parking at 宏村; via: 宏村 is in 黟县"),  # zD121
    ("【留言标题】芜湖镜湖区公交线路调整建议【留言内容】镜湖区中山路一带公交线路太绕，建议增加到火车站的直达线路，早晚高峰多发几班车。",
     "安徽/芜湖/镜湖区", "web: bus routes; hard: 中山路 names a person and a city"),  # zD122
    # ── 福建 ────────────────────────────────────────────────────────────────────────────
    ("厦门高崎机场出租车拒载 去鼓浪屿码头嫌近",
     "福建/厦门/湖里区", "typed: airport refusal; hard: 高崎 airport lies in 湖里, destination 鼓浪屿 not the place"),  # zD123
    ("福州鼓楼区五四路的公交车 一直不报站",
     "福建/福州/鼓楼区", "typed: bus stop announcements; hard: 鼓楼区 shared"),  # zD124
    ("晋江机场出来的出租不打表 去市区要八十",
     "福建/泉州/晋江", "typed: taxi at 晋江机场"),  # zD125
    ("莆田涵江区的公交车窗关不上 一路冷风灌进来",
     "福建/莆田/涵江区", "typed: bus window"),  # zD126
    ("龙岩永定区 土楼景区的接驳车 一人收三十 还要等满人才走",
     "福建/龙岩/永定区", "typed: shuttle at the 土楼; hard: 永定区 also in 张家界"),  # zD127
    ("武夷山度假区去机场的出租 乱要价",
     "福建/南平/武夷山", "short: taxi fares at 武夷山 resort"),  # zD128
    ("霞浦 拍滩涂的游客车到处乱停 把村道堵了",
     "福建/宁德/霞浦", "typed: tourist cars at the 霞浦 mudflats"),  # zD129
    ("福州长乐机场到市区的大巴 发车晚了一个小时",
     "福建/福州/长乐区", "typed: airport bus late at departure; hard: 长乐 airport, destination 市区 not the place"),  # zD130
    ("三明沙县区汽车站的车票退不了，说已经过时间了，其实离发车还有两个小时",
     "福建/三明/沙县区", "short: refund refused; aside: 沙县 is now a district, also a snack brand"),  # zD131
    # ── 江西 ────────────────────────────────────────────────────────────────────────────
    ("南昌红谷滩 秋水广场附近出租车晚上不打表",
     "江西/南昌/红谷滩区", "typed: taxi meter at 秋水广场"),  # zD132
    ("景德镇珠山区 陶瓷市场门口停车乱收费",
     "江西/景德镇/珠山区", "typed: parking fee; aside: 景德镇 is also a porcelain brand"),  # zD133
    ("南康家具城拉货的车 排队过磅排了半天",
     "江西/赣州/南康区", "typed: trucks at 南康 furniture market"),  # zD134
    ("婺源江湾到篁岭的接驳车 冬天也收全价 一趟车等一小时",
     "江西/上饶/婺源", "typed: shuttle inside 婺源"),  # zD135
    ("井冈山茨坪 去黄洋界的车 下雪封路了 导游说还要加钱绕路",
     "江西/吉安/井冈山", "typed: snow closure at 茨坪; aside: 茨坪 is a town of 井冈山"),  # zD136
    ("萍乡安源区的公交车刷卡机坏了好几天了，只能投币，没零钱怎么办？",
     "江西/萍乡/安源区", "short: bus card reader"),  # zD137
    ("九江浔阳区 长江大道 晚上路灯一半不亮",
     "江西/九江/浔阳区", "typed: street lights; aside: 九江 also a 南海 town, 长江大道 names a river"),  # zD138
    ("【留言标题】宜春袁州区某驾校收费问题【留言内容】报名时说的是全包价，现在练车要另外交燃油费和场地费，每次一百，要求驾校按合同办事。",
     "江西/宜春/袁州区", "web: driving school fees"),  # zD139
    ("上饶信州区 网约车司机 中途让下车 说前面查车",
     "江西/上饶/信州区", "typed: passenger dropped mid-trip"),  # zD140
    ("南昌青山湖区的机动车检测站，年检排队排到马路上，还有黄牛收两百包过。",
     "江西/南昌/青山湖区", "short: inspection station touts; hard: 青山湖区 vs 青山区"),  # zD141
    # ── 山东 ────────────────────────────────────────────────────────────────────────────
    ("济南泉城路晚上网约车停路边等单，把非机动车道全占了",
     "山东/济南/历下区", "short: ride-hailing parked on 泉城路; via: 泉城路 lies in 历下"),  # zD142
    ("来电人反映：从济南遥墙机场乘坐机场大巴去济南西站，大巴中途在服务区停留半小时未作任何说明，来电人要求运营公司解释。",
     "山东/济南", "operator: airport bus between 遥墙 and 济南西站, both in 济南; hard: two districts of one city"),  # zD143
    ("黄岛 前湾港区 集卡排队进港 堵到大桥下面了",
     "山东/青岛/黄岛区", "typed: container trucks at 前湾"),  # zD144
    ("胶东机场出来打车去市南 说要两百 这也太黑了",
     "山东/青岛/胶州", "typed: taxi fare at 胶东机场; hard: 胶东 airport lies in 胶州, destination 市南 not the place"),  # zD145
    ("石岛渔港那边 冷链车乱停 路都堵了",
     "山东/威海/荣成", "typed: cold-chain trucks at 石岛; via: 石岛 is a town of 荣成"),  # zD146
    ("临沂兰山区 物流城里面的路 冬天结冰 叉车都打滑",
     "山东/临沂/兰山区", "typed: ice in the logistics city"),  # zD147
    ("寿光蔬菜批发市场门口的磅不准，每车多扣二三十斤",
     "山东/潍坊/寿光", "short: scales at 寿光 vegetable market"),  # zD148
    ("淄博站出来 张店这边出租车 绕路 多收了二十",
     "山东/淄博/张店区", "typed: detour from 淄博站 in 张店"),  # zD149
    ("曲阜三孔门口的电瓶车 拉人去孔林 一人二十 说好的五块",
     "山东/济宁/曲阜", "typed: e-cart fare at 三孔"),  # zD150
    ("来电人反映泰安市泰山区红门附近停车场节假日上调收费标准，但现场未作公示，来电人认为不合理。",
     "山东/泰安/泰山区", "operator: parking at 红门; aside: 泰山 is a mountain and a district"),  # zD151
    ("曹县大集镇那边发快递的车 把镇上的路堵死了",
     "山东/菏泽/曹县", "short: delivery vans at 大集"),  # zD152
    ("日照东港区 大货车夜里拉土 撒了一路 也没人扫",
     "山东/日照/东港区", "typed: trucks spilling soil; hard: 东港区 vs 丹东's 东港市"),  # zD153
    ("东营河口区的出租车 起步价跟市区不一样 是不是乱收费",
     "山东/东营/河口区", "short: taxi fares; hard: 河口 also a 云南 county"),  # zD154
    ("台儿庄古城门口 出租车不打标 说景区都这样",
     "山东/枣庄/台儿庄区", "typed: taxi at 台儿庄古城, typo 打标"),  # zD155
    ("济南市中区 有个公交站台 被共享单车堵满了 车进不了站",
     "山东/济南/市中区", "typed: bikes blocking a bus stop; hard: 市中区 also in 枣庄, 内江, 乐山"),  # zD156
    ("青岛市南区 栈桥附近 旅游大巴 乱停 把公交道占了",
     "山东/青岛/市南区", "typed: tour coaches at 栈桥"),  # zD157
    ("来电人反映：蓬莱港去长岛的客船因大风停航，售票处不给退票，只能改签，来电人要求退款。",
     "山东/烟台/蓬莱区", "operator: ferry refund at 蓬莱港; aside: 长岛 too has been part of 蓬莱区 since 2020"),  # zD158
    ("青州古城 停车场 进去容易出来难 收费口只开一个",
     "山东/潍坊/青州", "typed: parking exit at 青州古城"),  # zD159
    # ── 河南 ────────────────────────────────────────────────────────────────────────────
    ("郑州金水区 花园路的公交专用道 天天被私家车占着",
     "河南/郑州/金水区", "typed: bus lane blocked"),  # zD160
    ("二七广场附近出租车拒载，说交班，一连三辆都不拉",
     "河南/郑州/二七区", "short: refusals at 二七广场; via: 二七广场 stands for 二七区, no city named"),  # zD161
    ("来电人反映：在洛阳龙门石窟景区停车场停车，收费二十元，出口处工作人员又要求另交十元“管理费”，来电人认为重复收费。",
     "河南/洛阳/洛龙区", "operator: double parking fee at 龙门石窟; hard: 龙门石窟 counted for 洛龙区, a 郑州 (0371) landline that must not settle it", "0371-65238870"),  # zD162
    ("来电人反映开封市鼓楼区书店街附近没有网约车临时上下客点，乘客下车即被处罚，建议设置。",
     "河南/开封/鼓楼区", "operator: drop-off fines; hard: 鼓楼区 shared"),  # zD163
    ("林州红旗渠景区上山的路结冰 大巴停了 也不说退票",
     "河南/安阳/林州", "typed: 红旗渠 bus stopped"),  # zD164
    ("云台山景区门口的出租车一个价 去焦作站要一百",
     "河南/焦作/修武", "typed: taxi fare at 云台山; hard: 云台山 is in 修武, destination 焦作站 not the place"),  # zD165
    ("鹿邑县城的出租车起步价五块，一上车就要十块。",
     "河南/周口/鹿邑", "short: taxi overcharging"),  # zD166
    ("长葛 大周镇那边 拉废铁的货车超载 路都压坏了",
     "河南/许昌/长葛", "typed: overloaded scrap trucks at 大周"),  # zD167
    ("平顶山新华区的公交 冬天开着门跑 车上冻死了",
     "河南/平顶山/新华区", "short: bus running with door open; hard: 新华区 shared"),  # zD168
    ("来电人称在登封少林寺景区门口乘坐出租车，司机不打表，到登封汽车站收费六十元。",
     "河南/郑州/登封", "operator: taxi at 少林寺; aside: 少林寺 is in 登封"),  # zD169
    ("兰考县城那条路修了半年了还没修完 一到晚上黑灯瞎火",
     "河南/开封/兰考", "typed: endless road works"),  # zD170
    ("来电人反映：南阳市卧龙区客运站发往郑州的班车原定八点发车，至十点仍未发车，车站未作任何解释。",
     "河南/南阳/卧龙区", "operator: coach late at its departure station"),  # zD171
    ("商丘睢阳区古城南门那边 电瓶车乱收费",
     "河南/商丘/睢阳区", "typed: e-cart fares at 商丘古城"),  # zD172
    ("三门峡天鹅湖 看天鹅的人太多 车停满了马路 公交进不去",
     "河南/三门峡/湖滨区", "typed: parking chaos at 天鹅湖; via: 天鹅湖 named alone; unsure: 天鹅湖 in 湖滨区"),  # zD173
    ("来电人称在驻马店市驿城区一驾校报名时被承诺“包过”，交费后驾校长期不安排练车，要求退费。",
     "河南/驻马店/驿城区", "operator: driving school"),  # zD174
    ("连霍高速郑州到开封那段，早上大雾，封了两个多小时，没有任何提示",
     "河南", "short: fog closure between 郑州 and 开封, counted for 河南; hard: a section between two cities"),  # zD175
    ("新乡牧野区有个路口 红绿灯倒计时坏了 一直显示88",
     "河南/新乡/牧野区", "typed: broken countdown"),  # zD176
    ("来电人表扬：其手机遗落在许昌市魏都区一辆出租车上，司机主动联系并送还，来电人希望对司机给予表扬。",
     "河南/许昌/魏都区", "operator: praise for a taxi driver"),  # zD177
    # ── 湖北 ────────────────────────────────────────────────────────────────────────────
    ("天河机场出来坐出租去汉口 司机不打表 说一口价一百五",
     "湖北/武汉/黄陂区", "typed: airport taxi; hard: 天河 airport lies in 黄陂, not 广州's 天河区; destination 汉口 not the place"),  # zD178
    ("来电人反映：在武汉站东广场网约车上车点等车，现场秩序混乱，有私家车冒充网约车拉客，要求加强管理。",
     "湖北/武汉/洪山区", "operator: touts at 武汉站; hard: station named for the city, lies in 洪山"),  # zD179
    ("汉口站出租车 排队的地方没有棚子 下雨淋着等",
     "湖北/武汉/江汉区", "typed: taxi queue at 汉口站; unsure: 汉口站 in 江汉区"),  # zD180
    ("武汉青山区 和平大道上大货车不按道行驶 跟小车抢道",
     "湖北/武汉/青山区", "typed: trucks changing lanes; hard: 青山区 also in 包头, 和平 also a district name"),  # zD181
    ("三峡大坝游客中心 换乘的大巴 排了一个多小时",
     "湖北/宜昌/夷陵区", "short: shuttle queue at 三峡大坝; via: the dam is in 夷陵"),  # zD182
    ("武当山 上山的索道停了 景区大巴也不多开几辆",
     "湖北/十堰/丹江口", "typed: 武当山; via: 武当山 is in 丹江口"),  # zD183
    ("仙桃 城区的电动车 乱闯红灯 撞了我的车 交警说各负一半",
     "湖北/仙桃", "typed: accident in 仙桃; aside: a county-level city under the province"),  # zD184
    ("襄阳樊城区的出租车不打表，还说表坏了。",
     "湖北/襄阳/樊城区", "short: taxi meter"),  # zD185
    ("荆州沙市区的公交冬天不开暖气，车上冷得很。",
     "湖北/荆州/沙市区", "short: no heating on buses"),  # zD186
    ("恩施土司城门口的出租车 拼车收钱 一人十五",
     "湖北/恩施/恩施市", "typed: taxi pooling at 土司城; hard: 恩施 is a city and a prefecture"),  # zD187
    ("麻城这边治超站称重说我超了两吨 我自己称的没超",
     "湖北/黄冈/麻城", "typed: disputed weighing at 麻城"),  # zD188
    ("【留言标题】汉川城区道路积水【留言内容】汉川城区一段路排水不好，下雨积水很深，现在天冷结冰，骑车的经常摔倒，请尽快疏通。",
     "湖北/孝感/汉川", "web: standing water turned to ice"),  # zD189
    # ── 湖南 ────────────────────────────────────────────────────────────────────────────
    ("黄花机场T2出租车排队 司机挑客 去星沙的不拉",
     "湖南/长沙/长沙县", "typed: airport taxi refusing; via: 黄花 airport lies in 长沙县"),  # zD190
    ("长沙南站网约车停车场 十分钟收十块 出口还堵",
     "湖南/长沙/雨花区", "typed: parking at 长沙南站; hard: station lies in 雨花区, not 南京's 雨花台"),  # zD191
    ("来电人反映韶山景区换乘中心的大巴要等坐满才发车，游客等候时间过长。",
     "湖南/湘潭/韶山", "operator: shuttle at 韶山"),  # zD192
    ("天门山索道下面的停车场乱收费 一次五十",
     "湖南/张家界/永定区", "typed: parking at 天门山; hard: 天门山 in 张家界's 永定区, not 天门市"),  # zD193
    ("来电人反映：在凤凰古城北门附近乘坐电瓶车，司机中途加价，称“晚上要加钱”，来电人要求处理。",
     "湖南/湘西/凤凰", "operator: e-cart fare at 凤凰古城; hard: a 长沙 (0731) landline that must not settle it", "0731-84059921"),  # zD194
    ("南岳衡山上山的环保车结冰停运 排队退票窗口就一个",
     "湖南/衡阳/南岳区", "typed: 衡山 shuttle stopped; hard: 衡山 counted for 南岳区, not 衡山县"),  # zD195
    ("邵东汽车站去广州的大巴超载 过道塞了人",
     "湖南/邵阳/邵东", "typed: coach overloaded at its departure station; hard: destination 广州"),  # zD196
    ("来电人反映：1月5日凌晨京港澳高速宜章段路面结冰，车辆滞留，服务区已满，来电人被困车上四个多小时，询问何时放行。",
     "湖南/郴州/宜章", "operator: ice on G4 at 宜章; hard: a 广州 (020) landline that must not settle it", "020-36452218"),  # zD197
    ("岳阳楼区的旅游大巴乱停，把路都堵了。",
     "湖南/岳阳/岳阳楼区", "short: tour coaches; aside: 岳阳楼 is a sight and a district"),  # zD198
    ("株洲芦淞服装市场门口 送货三轮逆行",
     "湖南/株洲/芦淞区", "typed: tricycles at the 芦淞 clothing market"),  # zD199
    ("来电人反映在常德市武陵区乘坐公交车扫码支付时被重复扣费，要求退还。",
     "湖南/常德/武陵区", "operator: double charge on bus; hard: 武陵区 vs 武陵源区"),  # zD200
    ("怀化鹤城区火车站 黑车拉客 一个人二十",
     "湖南/怀化/鹤城区", "typed: touts at 怀化 station; unsure: 怀化站 in 鹤城区"),  # zD201
    # ── 广东 ────────────────────────────────────────────────────────────────────────────
    ("广州南站出租车上客点 有人插队还动手打人 没人管",
     "广东/广州/番禺区", "typed: fight in the taxi queue at 广州南站; hard: station named for the city, lies in 番禺"),  # zD202
    ("天河体育中心附近的网约车到处停，公交都进不了站。",
     "广东/广州/天河区", "short: ride-hailing at 天河体育中心; aside: not 武汉's 天河 airport"),  # zD203
    ("广州白云区 太和那边的货车半夜飙车 噪音太大睡不着",
     "广东/广州/白云区", "typed: trucks at night in 太和; hard: 白云区 also in 贵阳"),  # zD204
    ("花都狮岭皮具城门口 货车卸货占了整条路",
     "广东/广州/花都区", "typed: trucks at 狮岭"),  # zD205
    ("深圳南山区科技园 早上网约车排队堵了半条街",
     "广东/深圳/南山区", "typed: ride-hailing jam at 科技园; hard: 南山区 also in 鹤岗"),  # zD206
    ("来电人反映：在深圳宝安机场T3出租车排队，司机得知去南山后嫌近，拒载，要求处理。",
     "广东/深圳/宝安区", "operator: refusal at 宝安机场; hard: destination 南山 not the place"),  # zD207
    ("深圳北站坐的出租 司机绕路 本来四十打了七十",
     "广东/深圳/龙华区", "typed: detour from 深圳北站; hard: station lies in 龙华, not 海口's 龙华区"),  # zD208
    ("盐田港拖车排队进闸 一排就是一上午",
     "广东/深圳/盐田区", "typed: container trucks at 盐田港"),  # zD209
    ("皇岗口岸货车通关太慢 排到福田保税区那边了",
     "广东/深圳/福田区", "typed: border queue at 皇岗; aside: 皇岗 is in 福田"),  # zD210
    ("虎门高铁站出来有人拉黑车",
     "广东/东莞", "short: touts at 虎门站; hard: 东莞 has no counties"),  # zD211
    ("来电人反映：东莞长安镇一工厂门口每天下班时有多辆无牌摩托车拉客，占用非机动车道，存在安全隐患。",
     "广东/东莞", "operator: unlicensed motorbikes at 长安镇; hard: 长安 also a district of 西安 and 石家庄"),  # zD212
    ("来电人反映中山市小榄镇五金厂区一带路灯整排不亮已有一周，夜间下班工人出行不便。",
     "广东/中山", "operator: street lights at 小榄; hard: 中山 has no counties, also a 大连 district and a road name"),  # zD213
    ("乐从家具城送货的车 把国道辅道堵死了",
     "广东/佛山/顺德区", "typed: delivery trucks at 乐从; via: 乐从 is a town of 顺德"),  # zD214
    ("佛山南海区桂城地铁站出口电动车乱停，人都走不过去。",
     "广东/佛山/南海区", "short: e-bikes at 桂城"),  # zD215
    ("拱北口岸出来的士排队 一个多小时 没人调度",
     "广东/珠海/香洲区", "typed: taxi queue at 拱北; via: 拱北 is in 香洲"),  # zD216
    ("惠阳淡水客运站去深圳的车 票价涨了也没通知",
     "广东/惠州/惠阳区", "typed: coach fare at the 淡水 station; hard: 淡水 is in 惠阳, destination 深圳"),  # zD217
    ("来电人反映汕头市澄海区玩具厂集中的路段，早上货车装卸占道，道路堵死，要求规范装卸时间。",
     "广东/汕头/澄海区", "operator: trucks at 澄海 toy factories"),  # zD218
    ("潮州湘桥区牌坊街附近停车乱收费，一次二十。",
     "广东/潮州/湘桥区", "short: parking at 牌坊街"),  # zD219
    ("普宁流沙那边摩的太多 横冲直撞",
     "广东/揭阳/普宁", "typed: motorbike taxis at 流沙; aside: 流沙 is the town of 普宁"),  # zD220
    ("来电人反映：在开平碉楼景区参加一日游，旅游大巴司机和导游强迫游客进店购物，不购物不开车。",
     "广东/江门/开平", "operator: tour coach forcing shopping; hard: 开平市 vs 唐山's 开平区"),  # zD221
    ("【留言标题】徐闻海安港排队过海问题【留言内容】临近年底，徐闻海安港排队过海的车辆越来越多，昨天排了六个小时，港区内没有厕所和热水，希望增加班次并改善服务。",
     "广东/湛江/徐闻", "web: ferry queue at 海安港"),  # zD222
    ("丹霞山景区门口停车场的收费标准不公示。",
     "广东/韶关/仁化", "short: parking at 丹霞山; via: 丹霞山 is in 仁化"),  # zD223
    ("来电人反映肇庆市端州区七星岩附近公交线路调整后，站牌信息未更新，乘客误等。",
     "广东/肇庆/端州区", "operator: bus route change at 七星岩"),  # zD224
    ("茂名电白区的泥头车晚上不盖篷布，沙子飞了一路。",
     "广东/茂名/电白区", "short: uncovered dump trucks"),  # zD225
    ("请问广东省内的高速公路，春节期间小客车免费是从哪天开始，货车收不收费？",
     "广东", "short: province-wide toll question"),  # zD226
    ("广州到深圳的城际大巴这几天都晚点一个多小时。",
     "广东", "short: coach line between 广州 and 深圳, counted for 广东"),  # zD227
    # ── 广西 ────────────────────────────────────────────────────────────────────────────
    ("来电人反映：南宁市青秀区早高峰公交专用道被社会车辆大量占用，公交车只能在普通车道排队，要求加强执法。",
     "广西/南宁/青秀区", "operator: bus lane blocked"),  # zD228
    ("阳朔西街口 电瓶车拉客 说十块 下车要三十",
     "广西/桂林/阳朔", "typed: e-cart fare at 西街"),  # zD229
    ("柳州柳北区有个公交司机开车一直玩手机，乘客提醒了还不听。",
     "广西/柳州/柳北区", "short: bus driver on the phone"),  # zD230
    ("来电人反映：友谊关口岸出口水果车辆排队通关，已等候两天，车上的火龙果开始变质，要求加快查验。",
     "广西/崇左/凭祥", "operator: border queue at 友谊关; via: 友谊关 is in 凭祥"),  # zD231
    ("东兴口岸旁边的停车场 货车停一晚收一百 有没有标准",
     "广西/防城港/东兴", "typed: truck parking at 东兴口岸; hard: 东兴 also a 内江 district"),  # zD232
    ("涠洲岛码头一下船，电瓶车司机抢客，还当着游客吵架。",
     "广西/北海/海城区", "short: touts at the 涠洲岛 pier; hard: 涠洲岛 in 北海's 海城区, not 辽宁's 海城"),  # zD233
    ("来电人反映梧州市万秀区骑楼城附近停车位严重不足，交警每天抄牌，建议施划临时停车位。",
     "广西/梧州/万秀区", "operator: parking at 骑楼城"),  # zD234
    ("来电人称百色市右江区至田阳区的公交车车况老旧，行驶中冒黑烟，担心安全，要求更换车辆。",
     "广西/百色", "operator: bus line between 右江区 and 田阳区, counted for 百色"),  # zD235
    ("桂林两江机场到市区的大巴一个小时才一趟，太少了。",
     "广西/桂林/临桂区", "short: airport bus at 两江机场; unsure: 两江机场 in 临桂区"),  # zD236
    # ── 海南 ────────────────────────────────────────────────────────────────────────────
    ("来电人反映：海口新海港待渡车辆排队过长，来电人已等候五个多小时，港区内缺少饮水和厕所，要求增加航班。",
     "海南/海口/秀英区", "operator: ferry queue at 新海港; hard: 新海港 lies in 秀英, a 湛江 (0759) landline that must not settle it", "0759-3318042"),  # zD237
    ("美兰机场出来打车 排了一个小时 前面还有一百多人",
     "海南/海口/美兰区", "typed: taxi queue at 美兰机场"),  # zD238
    ("三亚凤凰机场的出租车去亚龙湾 不打表 一口价一百二",
     "海南/三亚/天涯区", "typed: airport taxi; hard: 凤凰 airport lies in 天涯, not 凤凰县; destination 亚龙湾 not the place"),  # zD239
    ("亚龙湾酒店门口的出租车只拉包车，不打表的。",
     "海南/三亚/吉阳区", "short: taxis at 亚龙湾; via: 亚龙湾 stands for 吉阳"),  # zD240
    ("来电人反映儋州市那大镇三轮摩的数量多，随意掉头、逆行，交通秩序混乱，要求整治。",
     "海南/儋州", "operator: motor-tricycles at 那大; aside: 儋州 has no counties"),  # zD241
    ("博鳌去琼海高铁站的公交一个小时才一班。",
     "海南/琼海", "short: bus inside 琼海; aside: 博鳌 is a town of 琼海"),  # zD242
    ("陵水 分界洲岛码头停车场收费 没有发票",
     "海南/陵水", "typed: parking at the 分界洲岛 pier; unsure: the pier counted for 陵水"),  # zD243
    ("来电人反映：文昌火箭发射当天，发射场周边道路严重拥堵，交警未提前发布交通管制信息。",
     "海南/文昌", "operator: traffic on launch day at 文昌"),  # zD244
    # ── 重庆 ────────────────────────────────────────────────────────────────────────────
    ("江北机场T3打车 司机不走高速走下面 绕了半天",
     "重庆/渝北区", "typed: airport taxi detour; hard: 江北 airport lies in 渝北, not 江北区"),  # zD245
    ("解放碑附近的出租车晚上拒载，只拉去机场的。",
     "重庆/渝中区", "short: refusals at 解放碑"),  # zD246
    ("沙坪坝三峡广场公交站人太多，车又少，挤不上去。",
     "重庆/沙坪坝区", "short: crowded stop at 三峡广场; aside: 三峡 also names the 宜昌 dam"),  # zD247
    ("来电人反映：九龙坡区杨家坪一带有网约车司机长期在轻轨站出口违停揽客，造成拥堵。",
     "重庆/九龙坡区", "operator: ride-hailing at 杨家坪"),  # zD248
    ("来电人称万州汽车站发往主城的大巴发车时严重超员，过道加座，要求查处。",
     "重庆/万州区", "operator: coach overloaded at its departure station in 万州"),  # zD249
    ("仙女山下雪了 上山要防滑链 路边卖链子的张口三百",
     "重庆/武隆区", "typed: snow chains sold dear at 仙女山; via: 仙女山 is in 武隆"),  # zD250
    ("重庆北站北广场出租车排队的通道太窄了，挤得要命。",
     "重庆/渝北区", "short: taxi queue at 重庆北站; unsure: 重庆北站 in 渝北区"),  # zD251
    ("洪崖洞旁边停车场 一小时二十五 抢钱啊",
     "重庆/渝中区", "typed: parking at 洪崖洞"),  # zD252
    ("来电人反映：涪陵区长江大桥上一辆大货车抛锚，造成拥堵一个多小时，无人前来拖离。",
     "重庆/涪陵区", "operator: breakdown on a bridge"),  # zD253
    # ── 四川 ────────────────────────────────────────────────────────────────────────────
    ("双流机场出租排队 有人收十块“排队费” 这是谁让收的",
     "四川/成都/双流区", "typed: queue fee at 双流机场"),  # zD254
    ("来电人反映：在天府国际机场乘坐机场大巴去成都东站，发车时乘客超员，司机说“站一会就到”。",
     "四川/成都/简阳", "operator: airport bus overloaded at 天府机场; hard: 天府 airport lies in 简阳, destination 成都东站 not the place"),  # zD255
    ("成都东站网约车上车点太远了 走了二十分钟",
     "四川/成都/成华区", "typed: pick-up at 成都东站; hard: station named for the city, lies in 成华"),  # zD256
    ("春熙路晚上打车不打表 去太古里十块钱的路要三十",
     "四川/成都/锦江区", "typed: taxis at 春熙路"),  # zD257
    ("宽窄巷子门口违停的车太多，公交过不去。",
     "四川/成都/青羊区", "short: illegal parking at 宽窄巷子"),  # zD258
    ("【留言标题】绵阳涪城区驾校练车场地问题【留言内容】涪城区一家驾校的练车场地是土场，一下雨全是泥，车陷进去好几次，教练还让学员自己推车，希望管理部门督促整改。",
     "四川/绵阳/涪城区", "web: muddy driving school yard"),  # zD259
    ("乐山市中区去大佛的公交人太多了，司机还不开后门。",
     "四川/乐山/市中区", "short: crowded bus; hard: 市中区 shared, settled by 乐山"),  # zD260
    ("来电人反映：峨眉山雷洞坪一带降雪，景区观光车停在半山，游客步行两个多小时下山，景区未作安排。",
     "四川/乐山/峨眉山", "operator: 峨眉山 shuttle stopped"),  # zD261
    ("都江堰景区门口的出租车 只拉去青城山的 一口价",
     "四川/成都/都江堰", "typed: fixed fares at 都江堰; hard: destination 青城山 not the place"),  # zD262
    ("九寨沟景区外面的停车场大巴挤着停，把路都堵了。",
     "四川/阿坝/九寨沟", "short: coaches at 九寨沟"),  # zD263
    ("318过折多山 积雪没人清 车排了几公里",
     "四川/甘孜/康定", "typed: snow on G318 at 折多山; via: the pass named alone, counted for 康定"),  # zD264
    ("来电人反映南充市顺庆区五星花园一带公交线路绕行严重，一圈要半小时，建议优化。",
     "四川/南充/顺庆区", "operator: bus loops at 五星花园"),  # zD265
    ("泸州江阳区客运站去重庆的车晚点两个小时，也没人解释。",
     "四川/泸州/江阳区", "short: coach late at its departure station; hard: destination 重庆"),  # zD266
    ("西昌邛海边上租电瓶车 押金说好退的 现在不退了",
     "四川/凉山/西昌", "typed: rental deposit at 邛海"),  # zD267
    ("攀枝花东区的公交上坡的时候冒烟，太吓人了。",
     "四川/攀枝花/东区", "short: smoking bus; hard: 东区 looks like a generic word"),  # zD268
    # ── 贵州 ────────────────────────────────────────────────────────────────────────────
    ("龙洞堡机场出租车拒载 说去花溪太远",
     "贵州/贵阳/南明区", "typed: refusal at 龙洞堡; hard: destination 花溪 not the place; unsure: 龙洞堡机场 in 南明区"),  # zD269
    ("来电人反映：贵阳花果园一带早晚高峰网约车违停严重，公交车无法进站，要求交通部门整治。",
     "贵州/贵阳/南明区", "operator: ride-hailing at 花果园; via: 花果园 stands for 南明"),  # zD270
    ("茅台镇运酒的货车把镇上的路都压坏了。",
     "贵州/遵义/仁怀", "short: trucks at 茅台; hard: 茅台 is a town of 仁怀 and a brand"),  # zD271
    ("黄果树景区观光车排队两个小时 还不让自己走上去",
     "贵州/安顺/镇宁", "typed: shuttle at 黄果树; via: 黄果树 named alone; unsure: 黄果树 counted for 镇宁"),  # zD272
    ("西江千户苗寨 停车场到寨子的车另收二十 门票里不是含了吗",
     "贵州/黔东南/雷山", "typed: shuttle fee at 西江; via: 西江 is in 雷山"),  # zD273
    ("小七孔景区大门的停车场满了，车都停到国道上了。",
     "贵州/黔南/荔波", "short: parking at 小七孔; via: 小七孔 is in 荔波"),  # zD274
    ("来电人反映：毕节市七星关区降雪后路面结冰，多条公交线路停运，未提前发布通知。",
     "贵州/毕节/七星关区", "operator: buses stopped by ice"),  # zD275
    ("盘州 拉煤的车在320国道上排队 堵死了",
     "贵州/六盘水/盘州", "typed: coal trucks on G320 at 盘州"),  # zD276
    ("【留言标题】观山湖区金阳一路口信号灯配时不合理【留言内容】金阳这边一个路口红灯时间太长，路口空着也要等三分钟，早晚高峰排队很长，建议调整配时。",
     "贵州/贵阳/观山湖区", "web: signal timing at 金阳"),  # zD277
    # ── 云南 ────────────────────────────────────────────────────────────────────────────
    ("长水机场出租车排队的地方太冷了 连个棚都没有",
     "云南/昆明/官渡区", "typed: taxi queue at 长水机场; via: airport named alone, lies in 官渡"),  # zD278
    ("昆明五华区翠湖边上停车收费太乱了。",
     "云南/昆明/五华区", "short: parking at 翠湖; hard: 五华 also a 梅州 county"),  # zD279
    ("来电人反映：在大理古城南门附近乘坐出租车去洱海边的酒店，司机拒绝打表，要价八十元。",
     "云南/大理/大理市", "operator: taxi at 大理古城; hard: 大理 is a city and a prefecture"),  # zD280
    ("丽江古城周边的出租车都不打表 说古城区都这样",
     "云南/丽江/古城区", "typed: taxi meter at 丽江古城; hard: 古城区 looks like a generic word"),  # zD281
    ("景洪告庄夜市那边打车太难 黑车一人五十",
     "云南/西双版纳/景洪", "typed: touts at the 告庄 night market"),  # zD282
    ("瑞丽姐告口岸货车排队通关 排了三天了",
     "云南/德宏/瑞丽", "typed: border queue at 姐告"),  # zD283
    ("磨憨口岸 出口水果的车排到镇外面了",
     "云南/西双版纳/勐腊", "typed: border queue at 磨憨; via: 磨憨 is in 勐腊"),  # zD284
    ("来电人反映河口口岸旁边的货车停车场收费过高，每晚八十元，未见物价部门的收费公示。",
     "云南/红河/河口", "operator: truck parking at 河口口岸; hard: 河口 also a 东营 district"),  # zD285
    ("香格里拉独克宗古城附近下雪路滑，出租车都不跑了。",
     "云南/迪庆/香格里拉", "short: no taxis in snow at 独克宗"),  # zD286
    # ── 西藏 ────────────────────────────────────────────────────────────────────────────
    ("布达拉宫广场附近出租车不打表 说一口价",
     "西藏/拉萨/城关区", "typed: taxis at 布达拉宫; hard: 城关区 also in 兰州"),  # zD287
    ("来电人反映：贡嘎机场到拉萨市区的机场大巴发车时间不固定，来电人等候一个半小时，现场无人解释。",
     "西藏/山南/贡嘎", "operator: airport bus late at 贡嘎机场; hard: the airport lies in 山南's 贡嘎, destination 拉萨 not the place, a 拉萨 (0891) landline (the bus's destination) that must not settle it", "0891-6327748"),  # zD288
    ("林芝巴宜区 八一镇出租车拼客 一人收二十",
     "西藏/林芝/巴宜区", "typed: taxi pooling at 八一镇"),  # zD289
    ("来电人咨询日喀则市桑珠孜区客运站发往拉萨的班车每天只有两班，能否增加班次。",
     "西藏/日喀则/桑珠孜区", "operator: coach frequency at the 桑珠孜 station"),  # zD290
    ("吉隆口岸出口的货车排队太久 高原上司机身体吃不消",
     "西藏/日喀则/吉隆", "typed: border queue at 吉隆"),  # zD291
    ("泽当镇的出租车乱收费。",
     "西藏/山南/乃东区", "short: taxis at 泽当; via: 泽当 is in 乃东"),  # zD292
    ("羊卓雍措观景台 停车收费五十 没有票",
     "西藏/山南/浪卡子", "typed: parking at the 羊湖 viewpoint; unsure: the viewpoint counted for 浪卡子"),  # zD293
    ("来电人反映：那曲市色尼区降大雪，国道上货车拥堵一夜，来电人询问何时能够通行。",
     "西藏/那曲/色尼区", "operator: snow jam on a national road"),  # zD294
    # ── 陕西 ────────────────────────────────────────────────────────────────────────────
    ("西安北站出租车等了一个多小时 调度不作为",
     "陕西/西安/未央区", "typed: taxi queue at 西安北站; hard: station named for the city; unsure: 西安北站 in 未央区"),  # zD295
    ("兵马俑停车场出来 有人拉去华清池的黑车",
     "陕西/西安/临潼区", "typed: touts at 兵马俑; via: 兵马俑 is in 临潼"),  # zD296
    ("来电人反映：在华山游客中心乘坐景区大巴上山，因道路结冰中途停运，来电人要求退还车费未果。",
     "陕西/渭南/华阴", "operator: 华山 shuttle stopped; hard: 华山 is in 华阴, a 西安 (029) landline that must not settle it", "029-88427613"),  # zD297
    ("延安宝塔区宝塔山下面停车乱收费。",
     "陕西/延安/宝塔区", "short: parking at 宝塔山"),  # zD298
    ("神木拉煤的车 在大柳塔那边排了十几公里",
     "陕西/榆林/神木", "typed: coal trucks at 大柳塔"),  # zD299
    ("西安长安区 郭杜大学城晚上黑车拉学生",
     "陕西/西安/长安区", "typed: unlicensed cars at 郭杜; hard: 长安区 also in 石家庄"),  # zD300
    ("大唐不夜城附近网约车叫不到 软件排队两百多位",
     "陕西/西安/雁塔区", "typed: ride-hailing shortage at 大唐不夜城; via: counted for 雁塔"),  # zD301
    ("汉中汉台区的路冬天一起雾，路灯又不亮，看不清。",
     "陕西/汉中/汉台区", "short: fog and dark street lights"),  # zD302
    # ── 甘肃 ────────────────────────────────────────────────────────────────────────────
    ("兰洲城关区西关那边 出租车拼客还绕路",
     "甘肃/兰州/城关区", "typed: taxi pooling at 西关; hard: typo 兰洲 for 兰州, 城关区 also in 拉萨"),  # zD303
    ("敦煌鸣沙山门口的出租车回市区要五十。",
     "甘肃/酒泉/敦煌", "short: taxi fare at 鸣沙山"),  # zD304
    ("嘉峪关关城景区的停车场 冬天没人也收费",
     "甘肃/嘉峪关", "typed: parking at the 嘉峪关 fort; aside: 嘉峪关 has no counties"),  # zD305
    ("麦积山景区的观光车结冰停运了，票不退。",
     "甘肃/天水/麦积区", "short: 麦积山 shuttle stopped"),  # zD306
    ("来电人反映：G30连霍高速乌鞘岭路段降雪，路面结冰，大量货车滞留，来电人询问何时恢复通行。",
     "甘肃/武威/天祝", "operator: snow at 乌鞘岭; via: 乌鞘岭 is in 天祝"),  # zD307
    ("夏河 拉卜楞寺门口的出租车不打表",
     "甘肃/甘南/夏河", "typed: taxis at 拉卜楞寺"),  # zD308
    ("来电人反映酒泉市肃州区驾考预约困难，科目二连续两个月约不上，要求增加考试场次。",
     "甘肃/酒泉/肃州区", "operator: driving test slots"),  # zD309
    ("武威凉州区的公交车太少，一等就是半小时。",
     "甘肃/武威/凉州区", "short: infrequent buses"),  # zD310
    # ── 青海 ────────────────────────────────────────────────────────────────────────────
    ("西宁城中区 莫家街附近出租车不打表",
     "青海/西宁/城中区", "typed: taxis at 莫家街; hard: 城中区 also in 柳州"),  # zD311
    ("曹家堡机场去西宁的大巴晚上没有了 只能打车被宰",
     "青海/海东/互助", "typed: no late bus at 曹家堡 airport; hard: destination 西宁 not the place; unsure: 曹家堡机场 in 互助"),  # zD312
    ("塔尔寺门口停车场收费没标准。",
     "青海/西宁/湟中区", "short: parking at 塔尔寺; via: 塔尔寺 is in 湟中"),  # zD313
    ("来电人反映：格尔木市区至火车站的公交车冬季发车间隔过长，来电人等候四十多分钟，要求增加班次。",
     "青海/海西/格尔木", "operator: buses in 格尔木"),  # zD314
    ("茶卡盐湖景区冬天小火车停了 门票也不降",
     "青海/海西/乌兰", "typed: 茶卡盐湖; hard: 茶卡 is in 乌兰县, not 乌兰察布 or 乌兰浩特"),  # zD315
    ("玉树结古镇的出租车乱收费，一次二十。",
     "青海/玉树/玉树市", "short: taxis at 结古; hard: 玉树 is a city and a prefecture"),  # zD316
    ("来电人称德令哈发往格尔木的班车在德令哈汽车站发车时超载，过道站人。",
     "青海/海西/德令哈", "operator: coach overloaded at its departure station in 德令哈"),  # zD317
    ("西宁到格尔木的路下雪封了吗 有没有人知道",
     "青海", "typed: road between 西宁 and 格尔木, counted for 青海"),  # zD318
    # ── 宁夏 ────────────────────────────────────────────────────────────────────────────
    ("银川兴庆区鼓楼附近的出租车拒载。",
     "宁夏/银川/兴庆区", "short: refusals near 鼓楼; hard: 鼓楼 here is a sight, not a 鼓楼区"),  # zD319
    ("河东机场出租车不打表 去银川市区要一百",
     "宁夏/银川/灵武", "typed: airport taxi; hard: 河东 airport lies in 灵武, not a 河东区; unsure: 河东机场 in 灵武"),  # zD320
    ("来电人反映：中卫沙坡头景区门口的停车场收费后，又要求游客另付接驳车费，来电人认为不合理。",
     "宁夏/中卫/沙坡头区", "operator: shuttle fee at 沙坡头"),  # zD321
    ("石嘴山大武口区拉煤的车撒了一路煤渣。",
     "宁夏/石嘴山/大武口区", "short: coal spilling from trucks"),  # zD322
    ("青铜峡 一百零八塔那条路 冬天结冰没人管",
     "宁夏/吴忠/青铜峡", "typed: ice near 108塔"),  # zD323
    ("镇北堡影城门口的出租车 只拉包车",
     "宁夏/银川/西夏区", "typed: taxis at 镇北堡; via: 镇北堡 named alone; unsure: 镇北堡西部影城 in 西夏区"),  # zD324
    ("银川金凤区万达门口，网约车停在公交站上等人。",
     "宁夏/银川/金凤区", "short: ride-hailing at a bus stop; aside: 万达 is a brand"),  # zD325
    ("中宁枸杞市场拉货的车超载 治超站在哪",
     "宁夏/中卫/中宁", "typed: overloaded trucks at the 中宁 market"),  # zD326
    # ── 新疆 ────────────────────────────────────────────────────────────────────────────
    ("乌鲁木齐天山区 大巴扎附近出租车拼客",
     "新疆/乌鲁木齐/天山区", "typed: taxi pooling at 大巴扎; aside: 天山 is also a mountain range"),  # zD327
    ("地窝堡机场出来打车排队 零下二十度在外面站一个小时",
     "新疆/乌鲁木齐/新市区", "typed: taxi queue at 地窝堡; via: airport named alone, lies in 新市区"),  # zD328
    ("喀什古城东门那边的电瓶车乱要价。",
     "新疆/喀什/喀什市", "short: e-cart fares at 喀什古城; hard: 喀什 is a city and a prefecture"),  # zD329
    ("来电人反映：霍尔果斯口岸出口货车排队严重，来电人已排队三天，口岸周边停车场收费过高。",
     "新疆/伊犁/霍尔果斯", "operator: border queue at 霍尔果斯; hard: an 乌鲁木齐 (0991) landline that must not settle it", "0991-4830657"),  # zD330
    ("来电人称在伊宁市六星街附近停车被贴罚单，但该路段没有施划禁停标线，来电人不服。",
     "新疆/伊犁/伊宁市", "operator: parking ticket at 六星街; hard: 伊宁市 vs 伊宁县"),  # zD331
    ("果子沟大桥那段下雪了 大车挂链子慢慢挪",
     "新疆/伊犁/霍城", "typed: snow at 果子沟; via: 果子沟 named alone; unsure: 果子沟大桥 counted for 霍城"),  # zD332
    ("石河子的公交冬天车里太冷，暖风坏了没人修。",
     "新疆/石河子", "short: no heating on buses; aside: a county-level city under the region"),  # zD333
    ("阿勒泰将军山滑雪场门口停车 一天五十",
     "新疆/阿勒泰/阿勒泰市", "typed: parking at 将军山; hard: 阿勒泰 is a city and a prefecture"),  # zD334
    # ── longer narratives and two more web forms ────
    ("我是跑冷链的，1月4日晚上从寿光装了一车黄瓜往北京新发地送，走京港澳，到了涿州收费站，工作人员说我这车混装了别的菜，不能走绿通，要交四百多的通行费。我车上就是黄瓜和西葫芦，都是目录里的，他们说看着不像，让我自己去查。我在那里停了一个多小时，后面的车一直按喇叭。希望能给个说法，我这车是按规定装的。",
     "河北/保定/涿州", "long: green channel refused at 涿州收费站, counted for 涿州 by convention; hard: origin 寿光 and destination 新发地 (北京) named"),  # zD335
    ("上个星期五晚上十点多，我在苏州火车站北广场打了一辆出租车去园区的酒店，司机一上车就说走高架快，结果绕了一大圈，平时四十多块的路打了九十多。我要发票，他说打印机坏了。车牌是苏E开头的，后面几位我记下了。请你们查一下，把多收的钱退给我。",
     "江苏/苏州/姑苏区", "long: taxi detour from 苏州站, counted for the station's district; hard: destination 园区 and plate 苏E named; unsure: 苏州站 in 姑苏区"),  # zD336
    ("我是开货车的，跑信阳到武汉这条线。1月4号晚上在京港澳高速鸡公山服务区停车睡觉，早上起来发现油箱被人撬了，两百多升柴油没了。服务区说监控坏了，让我去报警，派出所又说服务区归高速管。车现在走不了，耽误了送货，希望你们帮忙协调。",
     "河南/信阳", "long: fuel theft at 鸡公山服务区, counted for 信阳 (its county not known for sure); hard: destination 武汉 named"),  # zD337
    ("1月2日晚上我在昆明南站下了高铁，出站后在出租车上客区排队上了一辆车，去呈贡大学城附近的酒店。司机不打表，说晚上都是一口价六十，我说打表，他就让我下车。我拖着行李又排了半小时队。我觉得这种情况应该有人管，出站口那里也没有看到工作人员。",
     "云南/昆明/呈贡区", "long: taxi at 昆明南站; aside: station named for the city, lies in 呈贡"),  # zD338
    ("今天早上我在上海南站北广场坐出租车去徐家汇，平时二十几块钱，司机开到中山南二路又拐回来，绕了两圈，最后打了五十多块。我问他为什么绕，他说前面封路，可我坐地铁天天走这条路，根本没封。发票我留着，车号也拍了，请核实处理。",
     "上海/徐汇区", "long: taxi detour from 上海南站 to 徐家汇, both in 徐汇; hard: station named for the city, 中山 road name"),  # zD339
    ("我去年十月在合肥包河区一家驾校报的名，当时说好的四千八全包，科目一过了以后，教练说要练车得先交一千的“加时费”，不交就不给约车。我找驾校的前台，前台说这是教练个人的事。我现在科目二已经拖了两个月，马上要过年回老家了，希望交通部门查一下这个驾校。",
     "安徽/合肥/包河区", "long: driving school extra fees"),  # zD340
    ("1月3号我们车队六辆车从乌鲁木齐拉建材去吐鲁番，走到达坂城那段风太大，交警临时封路，让我们在路边等。等了七个多小时，车上没吃的，天黑以后温度零下十几度，附近也没有服务区。想问一下大风封路有没有提前预报的地方，能不能在路口就告诉我们，别让车开进去再堵着。",
     "新疆/乌鲁木齐/达坂城区", "long: wind closure at 达坂城; hard: origin 乌鲁木齐 and destination 吐鲁番 named"),  # zD341
    ("【留言标题】济南西站出租车调度问题【留言内容】1月4日晚上九点多我到济南西站，出租车上客区排了一百多人，车子很少进来，旁边却有很多私家车在喊人拼车，一人五十。我排了一个多小时才坐上车。建议车站晚上加派调度人员，把黑车清理出去。",
     "山东/济南/槐荫区", "web: taxi queue at 济南西站; hard: station named for the city, lies in 槐荫"),  # zD342
    ("【留言标题】成都双流区公交站台建议【留言内容】双流区东升街道一带新开了好几个小区，但附近公交站台只有一个，没有遮雨棚，早上上学上班的人都挤在路边等车，很不安全。希望增设站台和遮雨棚。",
     "四川/成都/双流区", "web: bus stop request at 东升"),  # zD343
    # ── no place: questions, praise, lines across provinces, ambiguous names ────
    ("ETC一趟扣了两次钱 找谁退",
     None, "typed: ETC double charge, no place"),  # zD344
    ("请问网约车驾驶员证在哪报名考试，需要准备什么材料？",
     None, "short: ride-hailing licence question, no place"),  # zD345
    ("驾照下个月到期 人在外地打工 能异地换证吗",
     None, "typed: licence renewal question, no place"),  # zD346
    ("来电人咨询：鲜活农产品运输绿色通道，冷冻肉类是否可以免费通行，需要提前预约吗。",
     None, "operator: green channel question, no place"),  # zD347
    ("表扬一下今天早上坐的公交车司机，帮一位坐轮椅的老人上下车，等了好几分钟也没催。",
     None, "short: praise, no place"),  # zD348
    ("跑滴滴的 被平台无缘无故封号了 申诉一个星期了没人理",
     None, "typed: platform account blocked, no place"),  # zD349
    ("鲁A的货车在外省被罚了，能不能回本地处理？",
     None, "short: plate prefix question; hard: 鲁A is a plate, not a place"),  # zD350
    ("【留言标题】建议延长12328热线人工服务时间【留言内容】晚上十点以后人工电话打不通，可是很多跑车的问题都是夜里遇到的，希望能二十四小时有人接。",
     None, "web: hotline hours, no place"),  # zD351
    ("上周投诉出租车绕路的事 怎么还没回复 都一个星期了",
     None, "typed: follow-up on an earlier complaint, no place"),  # zD352
    ("来电人称其从东北拉货到南方，一路上服务区的饭菜太贵，一碗面三十多元，希望有关部门管一管。",
     None, "operator: service area prices; hard: 东北 and 南方 are macro-regions"),  # zD353
    ("坐长途大巴 行李舱里的箱子丢了 司机说不归他管",
     None, "typed: lost luggage, no place"),  # zD354
    ("你好 我想问下私家车现在是几年一检 第六年要上线吗",
     None, "typed: inspection question; hard: a 上海 (021) landline that must not settle it", "021-64187735"),  # zD355
    ("来电人咨询：春节前后跑长途的客运班车车票什么时候开始预售，是否可以网上购买。",
     None, "operator: ticket pre-sale question, no place"),  # zD356
    ("北京到天津的城际大巴 网上一直买不到票 只能去窗口排队",
     None, "short: coach line across 北京 and 天津, no single place"),  # zD357
    ("广州到长沙的卧铺大巴 司机一路抽烟 乘客说了也不听",
     None, "typed: sleeper coach across 广东 and 湖南, no single place"),  # zD358
    ("萧县到徐州的公交 早上挤不上去 一个小时才一班",
     None, "typed: bus line from 安徽's 萧县 to 江苏's 徐州, across provinces; hard: looks local"),  # zD359
    ("沪昆高速 杭州往南昌方向 一路大雾 好几个收费站都关了",
     None, "typed: fog along 沪昆 across 浙江 and 江西, no single place"),  # zD360
    ("连霍高速货车太多 超车道都被大车占了",
     None, "typed: G30 with no section, no place"),  # zD361
    ("鼓楼区这边的出租车晚上都不打表，说是行规",
     None, "short: 鼓楼区 alone; hard: ambiguous", {"ambiguous": ["江苏/南京/鼓楼区", "江苏/徐州/鼓楼区", "福建/福州/鼓楼区", "河南/开封/鼓楼区"]}),  # zD362
    ("朝阳区有个驾校收了钱跑路了 找谁",
     None, "typed: 朝阳区 alone; hard: ambiguous", {"ambiguous": ["北京/朝阳区", "吉林/长春/朝阳区"]}),  # zD363
    ("新华区的公交车开得太猛 老人站不稳",
     None, "typed: 新华区 alone; hard: ambiguous", {"ambiguous": ["河北/石家庄/新华区", "河北/沧州/新华区", "河南/平顶山/新华区"]}),  # zD364
    ("铁西区的路灯一到晚上就一段亮一段不亮",
     None, "short: 铁西区 alone; hard: ambiguous; a mobile number that must not settle it", {"phone": "13904012276", "ambiguous": ["辽宁/沈阳/铁西区", "辽宁/鞍山/铁西区", "吉林/四平/铁西区"]}),  # zD365
    ("市中区客运站的厕所收费一块 合理吗",
     None, "typed: 市中区 alone; hard: ambiguous", {"ambiguous": ["山东/济南/市中区", "山东/枣庄/市中区", "四川/内江/市中区", "四川/乐山/市中区"]}),  # zD366
    ("永定区这边的出租车去景区都是一口价，不打表",
     None, "short: 永定区 alone; hard: ambiguous (土楼 or 天门山 both have 景区)", {"ambiguous": ["福建/龙岩/永定区", "湖南/张家界/永定区"]}),  # zD367
    ("城关区的网约车停在路边等单 占了车道",
     None, "typed: 城关区 alone; hard: ambiguous", {"ambiguous": ["甘肃/兰州/城关区", "西藏/拉萨/城关区"]}),  # zD368
    ("长安区这边的大货车天天晚上跑 没人管",
     None, "typed: 长安区 alone; hard: ambiguous", {"ambiguous": ["河北/石家庄/长安区", "陕西/西安/长安区"]}),  # zD369
]


def main() -> None:
    write_jsonl(build_rows(HELDOUT97, "heldout97", "zD"), "place_heldout97.jsonl")


if __name__ == "__main__":
    main()
