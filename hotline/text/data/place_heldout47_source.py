"""Source of the forty-seventh held-out place set (place_heldout47.jsonl): a blind check of `locate`.

Synthetic: every message was written by hand for this set in one sitting by a helper session that
had not read hotline/text/places.py, hotline/text/noisy.py or anything else under hotline/text/
beyond what is named here, nor place_landmarks.txt, place_towns.txt, place_historic.txt,
place_old_districts.txt or any facility table, the tests, docs/, bench/, README.md, git history,
anything under /work/shared, or the messages of any earlier set (place_heldout*.jsonl,
place_testset.jsonl, the message lists of the *_source.py files); set 46, written at the same time
by another helper, was not read either. What it did read: lines 1-80 of place_heldout8_source.py
(its docstring with the conventions, and its imports) and that file's last 10 lines (main());
lines 1-75 of place_heldout37_source.py (its docstring only, no messages); the source of build_rows
of place_heldout3_source.py and of _resolve and write_jsonl of place_testset_source.py, each
printed on its own with inspect.getsource; and hotline/regions.py with the 2024 region table it
loads (dumped to a scratch file under /tmp to check every code and name). Of the existing jsonl
files a script read only the first two characters of each id, to make sure no id began with "zk"
(none did). No outside page was looked up: the towns, stations and markets below are placed from
the session's own knowledge of geography, and rows resting on a fact it was less sure of are
listed at the end. The resolver, `hotline text analyze` and `locate` were not run on any of it,
and no test was run. No message was copied from anywhere. The only checks run were that every
path resolves (through build_rows) to the intended region's full name, that no text repeats, and
the counts below.

Theme: an ordinary week in the deltas' manufacturing towns. The county-level cities and big towns
of the Yangtze and Pearl River deltas where most factories are (昆山, 张家港, 常熟, 江阴, 太仓,
吴江 and 相城 in 苏州; 慈溪, 余姚, 北仑, 镇海 in 宁波; 义乌, 永康, 东阳; 乐清, 瑞安, 龙港; 晋江,
石狮, 南安, 安溪; 东莞's and 中山's towns; 顺德 and 南海 in 佛山), with factory shuttle buses,
workers' commuting, container and van traffic at industrial parks, logistics parks, ports and
bonded zones, night markets, e-bikes and their registration, school runs, parking near factories
and markets, ride-hailing and taxis at high-speed stations; and some manufacturing and market
towns elsewhere so that more provinces appear (柯桥, 诸暨, 织里, 濮院, 海宁, 温岭, 玉环, 嵊州,
宜兴, 丹阳, 沭阳, 睢宁, 上海's 松江/嘉定/青浦/金山/外高桥, 花都狮岭, 增城新塘, 澄海, 普宁, 开平,
四会, 宝安沙井, 德化, 惠安, 莆田, 集美, 南康, 新干, 进贤文港, 临沂, 曹县, 寿光, 即墨, 白沟,
安平, 平乡, 清河, 沙河, 长葛, 仙桃, 邵东, 浏阳, 黄陂, 宁国, 桐城, 天长, 新都, 桂平). Most
messages are easy; 133 (note "hard") carry the hard cases: a town named without its county-level
city (盛泽, 同里, 震泽, 七都, 黎里, 周市, 陆家, 张浦, 花桥, 锦丰, 梅李, 海虞, 沙家浜, 徐霞客, 渭塘,
望亭, 梅山, 白峰, 庄市, 坎墩, 逍林, 陆埠, 河姆渡, 佛堂, 廿三里, 芝英, 横店, 柳市, 北白象, 雁荡山,
塘下, 虎门, 厚街, 松山湖, 樟木头, 黄江, 石碣, 麻涌, 大岭山, 谢岗, 中堂, 小榄, 古镇, 横栏, 东凤,
乐从, 容桂, 伦教, 杏坛, 大沥, 西樵山, 里水, 丹灶, 陈埭, 磁灶, 祥芝, 白沟, 织里, 外高桥), town
names shared with places elsewhere and settled by the city named with them (江阴周庄 / 昆山周庄,
北仑霞浦 vs 霞浦县, 乐清虹桥 vs 上海虹桥, 顺德龙江 vs 龙江县, 南海九江 vs 九江市, 南海狮山, 安溪
龙门 vs 龙门县, 南安水头 vs 平阳水头, 东莞沙田, 东莞东城 vs 北京东城, 黄陂横店 vs 东阳横店, 临沂
河东区 vs 天津, 清河 羊绒 (县) vs 清河区, 江阴新桥, 张家港凤凰镇, 义乌大陈), industrial parks and
stations named by their city (苏州工业园区 counted for 苏州, 苏州北站 in 相城, 佛山西站 in 南海,
泉州晋江机场, 东莞东站, 虎门港), callers' landlines from elsewhere, trips and bus lines between two
towns (counted for the smallest region holding both ends), and questions with no place.

Coverage (computed by script): 385 messages, 366 with a region and 19 with none (expected null, 5
of them with "ambiguous": 长安镇 (东莞 / 海宁) zk174, 水头镇 (南安 / 平阳) zk244, 周庄镇 (昆山 /
江阴) zk295, 虹桥镇 (乐清 / 闵行) zk296, 狮山 (南海 / 虎丘) zk297; the other 14 have no place at all
(zk298-zk308, two of them naming only 长三角 or 珠三角) or only a road or coach line across provinces
(zk147 花桥-安亭, zk289, zk290)). 285 expect a county-level unit, 73 a city (54 of them 东莞 or 中山,
which have no counties; the other 19 are lines between two county-level units of one city, a city
named alone (莆田, 临沂 批发市场, 苏州 consultation) or 苏州工业园区) and 8 a province (lines
between two cities: 江苏 zk038, 浙江 zk124 乐清湾大桥 and zk286, 广东 zk181, zk189, zk287, 福建
zk288; and 上海 zk148). By province: 浙江 110, 广东 93, 江苏 91, 福建 38, 山东 7, 上海 6, 江西 6,
河北 5, 安徽 3, 湖北 2, 湖南 2, 河南 1, 四川 1, 广西 1. Voices (by the note's first word): 220
typed on a phone (spaces between phrases, no punctuation), 63 short one-liners, 58 operators'
notes (来电人反映……/来电人称……/来电人咨询……), 26 web forms (【留言标题】/【留言内容】) and 18
factory managers' written complaints. 11 rows carry a caller's number in a "phone" field: one
东莞 0769 landline on a 东莞 row (zk173) and 10 from elsewhere than the problem (zk273 郑州 0371 for
盛泽, zk274 成都 028 for 虎门, zk275 贵阳 0851 for 义乌, zk276 合肥 0551 for 昆山, zk277 长沙 0731
for 慈溪, zk278 南昌 0791 for 晋江, zk279 广州 020 for 顺德, zk280 上海 021 for 北仑, zk281 佛山
0757 for 中山, zk282 无锡 0510 for 张家港), none of which must settle anything.

Expected regions follow the conventions stated in place_heldout8_source.py: where the problem
happens, not the origin nor where the caller is; the most specific division known to be right (a
town, 街道, station, port, market or park counts for the county-level unit it lies in, and for the
city in 东莞 and 中山); a line between two places counts for the smallest region holding both ends;
a name that could be several regions with nothing to settle it expects null with "ambiguous".

Rows whose expected code rests on something this session was less sure of (note "unsure"): zk124
(乐清湾大桥, joining 乐清 and 玉环, counted for 浙江), zk132 (a taxi trip from 温州龙湾机场 to 柳市
counted for 温州, not the airport's 龙湾区), zk148 (a 沪C plate question from a 昆山 commuter
working in 嘉定, counted for 上海), zk205 (佛山西站 in 南海区) and zk239 (官桥 named with 南安, 安溪
having a 官桥 too).
"""

from __future__ import annotations

from hotline.text.data.place_heldout3_source import build_rows
from hotline.text.data.place_testset_source import write_jsonl

# (text, expected path or code or None, note[, caller's number or {"phone": …, "ambiguous": […]}])
HELDOUT47: list[tuple] = [
    # ── 苏州: 昆山 ──
    ("昆山千灯镇 厂车早上七点没来 一车人全迟到 扣全勤", "江苏/苏州/昆山", "phone: factory shuttle no-show"),
    ("来电人反映：昆山张浦镇德国工业园门口每天下班时间货车和电动车混行，没有红绿灯，已经发生过两次剐蹭，希望加装信号灯。", "江苏/苏州/昆山", "operator: industrial park crossing"),
    ("花桥这边11号线下来打网约车 司机不打表 说是上海车不能过来", "江苏/苏州/昆山", "phone hard: 花桥 without 昆山, Shanghai metro"),
    ("昆山南站出站口黑车拉客，开口就要八十到陆家，出租车排队区没人管。", "江苏/苏州/昆山", "short: station touting"),
    ("【留言标题】昆山开发区青阳路大货车乱停\n【留言内容】青阳路靠近几家电子厂的路段，晚上货柜车整排停在非机动车道上，工人下夜班骑电瓶车只能走机动车道，非常危险。", "江苏/苏州/昆山", "web: container trucks on bike lane"),
    ("周市镇那个公交站牌被撤了 我们厂上百号人每天都在那等车 现在要走二十分钟", "江苏/苏州/昆山", "phone hard: 周市 without 昆山"),
    ("昆山巴城到市区的公交班次太少了，早上六点半那班经常满员不停站。", "江苏/苏州/昆山", "short: bus full skips stop"),
    ("陆家镇 菜市场门口天天堵 电动三轮占道 城管交警都不管", "江苏/苏州/昆山", "phone hard: 陆家 without 昆山"),
    ("本公司位于昆山综合保税区，近期报关车辆在卡口排队超过三小时，司机无处如厕，请协调增开通道。", "江苏/苏州/昆山", "manager: bonded zone gate queue"),
    ("来电人称在昆山淀山湖镇骑电动车被渣土车逼停，渣土车车牌看不清，要求查处夜间违规渣土运输。", "江苏/苏州/昆山", "operator: muck truck"),
    ("昆山锦溪古镇停车场收费二十块一次 没有发票", "江苏/苏州/昆山", "phone: parking fee"),
    ("周庄古镇门口 旅游大巴乱停把我们厂的货车堵在里面了", "江苏/苏州/昆山", "phone hard: 周庄古镇 (water town) read as 昆山"),
    # ── 张家港 ──
    ("张家港保税区 进港的集卡排到了港区大道上 一动不动两个小时", "江苏/苏州/张家港", "phone: port queue"),
    ("来电人反映：张家港杨舍镇暨阳路一所小学门口放学时接送车辆乱停，双向堵死，希望学校和交警错峰放学。", "江苏/苏州/张家港", "operator: school run"),
    ("锦丰镇沙钢那边的路 大车压得全是坑 骑车摔了好几个人", "江苏/苏州/张家港", "phone hard: 锦丰 without 张家港"),
    ("张家港到常熟的城际公交改线了 不经过塘桥了 怎么都不通知", "江苏/苏州", "short: line between two cities of 苏州"),
    ("张家港站下车 出租车拒载去乐余 说太远回不来", "江苏/苏州/张家港", "phone: refused fare"),
    ("【留言标题】金港镇化工园区危化品车辆停放问题\n【留言内容】张家港金港镇长江路沿线常年停着几十辆危化品罐车，就在居民区旁边，请有关部门设置专门停车场。", "江苏/苏州/张家港", "web: hazmat trucks"),
    ("张家港凤凰镇 港口村那边的桥限重牌被撞掉了 货车照样过", "江苏/苏州/张家港", "phone hard: 凤凰镇 (a shared town name) named with 张家港"),
    ("张家港南丰镇的共享电单车全部堆在厂门口，人行道走不了。", "江苏/苏州/张家港", "short: shared e-bikes"),
    # ── 常熟 ──
    ("常熟服装城 夜市散场后 出租车坐地起价 去虞山十五块的路程要四十", "江苏/苏州/常熟", "phone: night market taxi"),
    ("来电人反映：常熟招商城附近物流园每天凌晨装车，货车鸣笛扰民，要求限制鸣笛。", "江苏/苏州/常熟", "operator: logistics park horns"),
    ("梅李镇的厂车司机开车打电话 还超速 我们坐在车上很害怕", "江苏/苏州/常熟", "phone hard: 梅李 without 常熟"),
    ("常熟高新区东南街道 新开的公交线路 末班车六点就没了 工厂八点才下班", "江苏/苏州/常熟", "phone: last bus too early"),
    ("沙家浜那边的路口没有监控 电动车闯红灯撞了人 逃了", "江苏/苏州/常熟", "phone hard: 沙家浜 without 常熟"),
    ("常熟港码头外的道路积水严重，集卡涉水通行，希望疏通排水。", "江苏/苏州/常熟", "short: port road flooding"),
    ("本人在常熟古里镇一家汽配厂做主管，厂区外道路施工半年未完工，没有任何围挡和警示灯，晚上已有工人摔伤，恳请尽快处理。", "江苏/苏州/常熟", "manager: roadworks unlit"),
    ("海虞镇 到 常熟城区的公交 能不能多开几班 我们上班都靠这个", "江苏/苏州/常熟", "phone hard: 海虞 without 常熟"),
    # ── 江阴 ──
    ("江阴华士镇 华西村 旅游大巴和货车抢道 那个路口天天出事", "江苏/无锡/江阴", "phone: 华西村"),
    ("来电人称：江阴临港开发区利港一带集装箱车夜间超速，希望增设测速。", "江苏/无锡/江阴", "operator: speeding containers"),
    ("江阴新桥镇 纺织厂门口的公交站被货车堵了 公交车都停不进去", "江苏/无锡/江阴", "phone hard: 新桥 (a common town name) named with 江阴"),
    ("江阴周庄镇 厂车改时间了 没人通知 早上白等半小时", "江苏/无锡/江阴", "phone hard: 周庄 named with 江阴"),
    ("江阴长泾镇到市区的公交车空调坏了一个星期。", "江苏/无锡/江阴", "short: bus AC"),
    ("【留言标题】江阴澄江街道某小区门口网约车乱停\n【留言内容】小区门口靠近几家工厂，网约车和送货车长期占用消防通道，多次反映未果。", "江苏/无锡/江阴", "web: fire lane"),
    ("江阴 青阳镇 渣土车掉土 路上全是泥 下雨天骑车打滑", "江苏/无锡/江阴", "phone: muck on road"),
    ("徐霞客镇 有没有到江阴汽车站的直达车 以前有的 现在停了", "江苏/无锡/江阴", "phone hard: 徐霞客镇 without 江阴"),
    ("江阴港集卡排队进港，队伍压到了滨江路，附近居民出入困难。", "江苏/无锡/江阴", "short: port queue"),
    ("张家港开车到江阴上班 每天在两个市交界那段路堵四十分钟", "江苏", "phone hard: commute between 苏州 and 无锡 cities, counted for 江苏"),
    # ── 吴江 ──
    ("盛泽 东方丝绸市场 门口 三轮车乱停 货车根本进不去", "江苏/苏州/吴江", "phone hard: 盛泽 without 吴江"),
    ("来电人反映：吴江盛泽镇纺织园区凌晨有大量货车停在道路两侧，影响上夜班的工人通行。", "江苏/苏州/吴江", "operator: trucks at textile park"),
    ("震泽镇 到 平望 的公交 半个小时一班 能不能加密", "江苏/苏州/吴江", "phone hard: two 吴江 towns, no county named"),
    ("同里古镇停车场 外地车被收了五十 说是旅游旺季", "江苏/苏州/吴江", "phone hard: 同里 without 吴江"),
    ("吴江经济开发区 厂车 开到半路抛锚了 半车人站在路边一个小时", "江苏/苏州/吴江", "phone: shuttle breakdown"),
    ("黎里镇的路灯坏了一大片，晚上下班骑车回家一片漆黑。", "江苏/苏州/吴江", "short hard: 黎里 without 吴江"),
    ("我司为盛泽一家织造企业，每日有二十余辆货车往返于盛泽与嘉兴王江泾之间，近期盛泽镇区新设货车限行卡口，白天一律不让通行，影响交货，请求协调。", "江苏/苏州/吴江", "manager hard: 嘉兴王江泾 only the other end; the restriction is in 盛泽"),
    ("吴江松陵 汽车站 到 盛泽的车 票价涨了 也不说一声", "江苏/苏州/吴江", "phone: fare rise"),
    ("七都镇 太湖边那条路 晚上大货车飙车", "江苏/苏州/吴江", "phone hard: 七都 without 吴江"),
    ("【留言标题】吴江桃源镇电动车上牌难\n【留言内容】桃源镇没有电动车上牌点，要跑到三十公里外，我们工厂上班的根本请不了假。", "江苏/苏州/吴江", "web hard: 桃源镇 named with 吴江"),
    # ── 相城 ──
    ("苏州北站出来打车 排队一个小时 网约车上车点太远", "江苏/苏州/相城", "phone hard: 苏州北站 in 相城"),
    ("来电人称：相城区黄埭镇工业园区的公交站台没有雨棚，工人下雨天等车全身淋湿。", "江苏/苏州/相城", "operator: bus shelter"),
    ("渭塘 珍珠市场 门口 停车乱收费 一个小时十块", "江苏/苏州/相城", "phone hard: 渭塘 without 相城"),
    ("望亭镇 货车 压坏了村道 没人修", "江苏/苏州/相城", "phone hard: 望亭 without 相城"),
    ("相城区北桥街道 厂车 司机骂人", "江苏/苏州/相城", "phone: rude driver"),
    ("阳澄湖大闸蟹上市了，相城阳澄湖镇那条湖边路周末堵得走不动，物流车也出不来。", "江苏/苏州/相城", "short: crab season"),
    # ── 苏州 other ──
    ("太仓港 集卡 排队进闸 三个小时了 有没有人管", "江苏/苏州/太仓", "phone: port gate"),
    ("苏州工业园区 厂车 违停 被拍了 司机让我们员工分摊罚款", "江苏/苏州", "phone hard: 工业园区 is no county, counted for 苏州"),
    ("苏州的电动车新规是什么时候开始执行的，外地牌照的电动车能上路吗？", "江苏/苏州", "short: consultation for a city"),
    # ── 无锡, 常州, 南通, 镇江, 宿迁, 徐州 ──
    ("宜兴丁蜀镇 紫砂一条街 旅游车乱停 居民出不了门", "江苏/无锡/宜兴", "phone: tour coaches"),
    ("丹阳眼镜城门口的出租车不打表，外地客商去高铁站被要价五十。", "江苏/镇江/丹阳", "short: taxi no meter"),
    ("沭阳 花木市场 物流车 每天早上把国道堵死", "江苏/宿迁/沭阳", "phone: flower market trucks"),
    ("来电人反映：睢宁县沙集镇电商物流园快递车辆昼夜进出，路面破损严重。", "江苏/徐州/睢宁", "operator: e-commerce logistics"),
    ("无锡新吴区 硕放 机场附近的厂区 货车天天违停 把公交站挡了", "江苏/无锡/新吴", "phone: airport area"),
    ("常州武进区 厂车 没有年检 还在拉人", "江苏/常州/武进", "phone: uninspected shuttle"),
    # ── 宁波: 北仑 ──
    ("北仑港 集卡 排队 从小港排到大碶 这个怎么办", "浙江/宁波/北仑", "phone: port queue across 北仑 towns"),
    ("来电人反映：北仑大碶街道某模具厂门口的十字路口信号灯坏了三天，上下班高峰非常混乱。", "浙江/宁波/北仑", "operator: signal"),
    ("梅山 港区 出来的集卡 在梅山大桥上抛锚 后面堵了几公里", "浙江/宁波/北仑", "phone hard: 梅山 without 北仑"),
    ("北仑霞浦街道 工厂门口 的公交站 取消了", "浙江/宁波/北仑", "phone hard: 霞浦 named with 北仑, not 霞浦县"),
    ("柴桥 到 北仑城区 的公交车太挤了 早上根本挤不上去", "浙江/宁波/北仑", "phone hard: 柴桥 with 北仑"),
    ("本司为北仑小港一家汽配企业，园区主干道被集卡长期占道停放，员工车辆无法出入，消防车也进不来，恳请整治。", "浙江/宁波/北仑", "manager: containers block park"),
    ("【留言标题】春晓街道夜间渣土车\n【留言内容】北仑春晓这边半夜渣土车车速很快，还闯红灯，请交警夜间执法。", "浙江/宁波/北仑", "web: muck trucks"),
    ("北仑 戚家山 那边 集卡 停车场 收费 一晚上一百 太贵了", "浙江/宁波/北仑", "phone: container parking fee"),
    ("宁波港 北仑港区 进港预约系统 总是约不上 司机在外面干等", "浙江/宁波/北仑", "phone: booking system"),
    ("白峰 码头 那边 的路 没有路灯", "浙江/宁波/北仑", "phone hard: 白峰 without 北仑"),
    # ── 镇海 ──
    ("镇海炼化门口早高峰堵车，厂车和危化品车混在一起，很危险。", "浙江/宁波/镇海", "short: refinery gate"),
    ("来电人称：镇海骆驼街道一所学校门口家长接送车辆乱停，附近工厂货车也从这里过，希望设置护栏。", "浙江/宁波/镇海", "operator: school run"),
    ("庄市 那边 网约车 不让停 地铁口 接人被罚了", "浙江/宁波/镇海", "phone hard: 庄市 without 镇海"),
    ("镇海 澥浦 化工区 的厂车 能不能 多开一班 晚班没车", "浙江/宁波/镇海", "phone: night shift shuttle"),
    ("镇海区九龙湖镇 电动车 上牌 在哪里办", "浙江/宁波/镇海", "phone: e-bike registration"),
    ("宁波镇海到北仑的公交线，在两个区交界那段经常跳站。", "浙江/宁波", "short: line between two 宁波 districts"),
    # ── 慈溪 ──
    ("慈溪 周巷 家电厂 下班 电动车 和大货车抢道 昨天又撞了一个", "浙江/宁波/慈溪", "phone: e-bike crash"),
    ("来电人反映：慈溪观海卫镇工业区内道路破损严重，货车经过时颠落货物，砸坏路边车辆。", "浙江/宁波/慈溪", "operator: broken road"),
    ("观海卫 到 慈溪 汽车站 的公交 末班车 太早", "浙江/宁波/慈溪", "phone: last bus"),
    ("坎墩 这边 小学门口 早上 送孩子的车 把路堵死了", "浙江/宁波/慈溪", "phone hard: 坎墩 without 慈溪"),
    ("慈溪浒山街道 夜市 摊位 占了半条马路 车开不过去", "浙江/宁波/慈溪", "phone: night market"),
    ("【留言标题】慈溪宗汉街道厂车超载\n【留言内容】我们厂的通勤车核载十九人，每天实际坐三十多人，过道都站满，请有关部门检查。", "浙江/宁波/慈溪", "web: overloaded shuttle"),
    ("慈溪龙山镇到宁波市区的公交能不能开通直达，现在要转两次车。", "浙江/宁波", "short hard: line from 慈溪 to 宁波 city, counted for 宁波"),
    ("逍林镇 工业区 晚上 货车 停在路上 没有反光标志 差点撞上", "浙江/宁波/慈溪", "phone hard: 逍林 without 慈溪"),
    ("慈溪 长河镇 网约车 司机 拉到一半 让我下车", "浙江/宁波/慈溪", "phone: dumped passenger; 长河 is shared but 慈溪 named"),
    ("我们是慈溪新浦镇一家小家电出口企业，出货全部走宁波港，最近集卡司机反映进慈溪方向的高速出口排队严重，影响出货时间。", "浙江/宁波/慈溪", "manager: expressway exit queue"),
    # ── 余姚 ──
    ("余姚 中国塑料城 门口 货车 乱停 交警 不来管", "浙江/宁波/余姚", "phone: plastics market trucks"),
    ("来电人反映：余姚北站网约车上车点设置太远，出站需步行十分钟，雨天没有遮挡。", "浙江/宁波/余姚", "operator: station pickup"),
    ("泗门镇 到 余姚 的公交 一个小时一班", "浙江/宁波/余姚", "phone hard: 泗门 with 余姚"),
    ("余姚马渚镇 厂车 在村道上开得飞快 村里小孩很多", "浙江/宁波/余姚", "phone: speeding shuttle"),
    ("余姚阳明街道 新建路口 没有斑马线，工人上下班横穿马路很危险。", "浙江/宁波/余姚", "short: crossing"),
    ("陆埠 那边 山路 运输车 超载", "浙江/宁波/余姚", "phone hard: 陆埠 without 余姚"),
    ("河姆渡 遗址 门口 停车场 收费 不合理", "浙江/宁波/余姚", "phone hard: 河姆渡 without 余姚"),
    ("【留言标题】余姚小曹娥镇工业园区公交\n【留言内容】园区里有几十家工厂，却没有一条公交线路，员工只能骑电动车，冬天非常辛苦，希望开通线路。", "浙江/宁波/余姚", "web: bus route request"),
    # ── 义乌 ──
    ("义乌国际商贸城 五区 门口 出租车 拒载 说要等大单", "浙江/金华/义乌", "phone: refused fare"),
    ("来电人反映：义乌站出站后网约车司机拉客到站外上车，加价二十元，否则不走。", "浙江/金华/义乌", "operator: station surcharge"),
    ("佛堂镇 物流园 货车 每天晚上 占用 人行道", "浙江/金华/义乌", "phone hard: 佛堂 without 义乌"),
    ("义乌 苏溪 到 稠城 的公交 早班车 满员不停", "浙江/金华/义乌", "phone: bus full"),
    ("义乌机场 到 商贸城 有没有 直达 大巴", "浙江/金华/义乌", "phone: airport bus question"),
    ("我司在义乌经营小商品外贸，货物从义乌西站铁路集装箱发往中欧班列，最近堆场外面集卡排队三公里，严重影响出货。", "浙江/金华/义乌", "manager: rail container yard"),
    ("廿三里 那边 的快递车 把村口 堵了 一天到晚", "浙江/金华/义乌", "phone hard: 廿三里 without 义乌"),
    ("义乌北苑街道工业区 厂车 司机 喝了酒 开车", "浙江/金华/义乌", "phone: drunk driver"),
    ("【留言标题】义乌宾王夜市周边交通\n【留言内容】夜市开到凌晨，周边道路停满车，出租车、三轮车随意掉头，希望增派交警。", "浙江/金华/义乌", "web: night market"),
    ("义乌上溪镇 有个桥 裂了 大货车 还在过", "浙江/金华/义乌", "phone: cracked bridge"),
    ("义乌江东街道外国商人多，出租车对外国人乱要价，影响城市形象。", "浙江/金华/义乌", "short: overcharging"),
    ("义乌 大陈镇 衬衫厂 的货车 倒车 撞了 电瓶车 司机跑了", "浙江/金华/义乌", "phone hard: 大陈 (also 台州's 大陈岛) named with 义乌"),
    ("义乌到永康的城际公交什么时候开通？", "浙江/金华", "short: line between 义乌 and 永康, both 金华"),
    # ── 永康, 东阳, 金华 other ──
    ("永康 中国科技五金城 门口 货车 掉头 堵死", "浙江/金华/永康", "phone: hardware market"),
    ("来电人反映：永康古山镇电动车厂门口道路被货车压坏，积水很深，工人骑车摔倒。", "浙江/金华/永康", "operator: broken road"),
    ("芝英镇 到 永康城区 的公交 又改时间了", "浙江/金华/永康", "phone hard: 芝英 without 永康"),
    ("横店影视城 门口 出租车 不打表 去横店汽车站 要三十", "浙江/金华/东阳", "phone hard: 横店 without 东阳"),
    ("横店 群演 下戏 晚上 没有公交 打车 也打不到", "浙江/金华/东阳", "phone hard: 横店 alone"),
    ("东阳木雕城 周边 周末 停车 乱收费", "浙江/金华/东阳", "phone: parking fee"),
    ("我们在东阳南马镇开红木家具厂，出货车辆经过镇上限高杆，被卡住两次，请问能否申请通行？", "浙江/金华/东阳", "manager: height barrier"),
    # ── 温州: 乐清, 瑞安 ──
    ("柳市 低压电器城 门口 货车 和三轮车 抢道 天天吵架", "浙江/温州/乐清", "phone hard: 柳市 without 乐清"),
    ("来电人反映：乐清柳市镇某电器厂的员工班车超员，车内站满了人，担心出事故。", "浙江/温州/乐清", "operator: overloaded shuttle"),
    ("乐清虹桥镇 客运站 门口 黑车 拉客 比 班车 还多", "浙江/温州/乐清", "phone hard: 虹桥 named with 乐清, not 上海"),
    ("北白象 那边 的 工业区 路灯 全坏了", "浙江/温州/乐清", "phone hard: 北白象 without 乐清"),
    ("乐清站 网约车 上车点 被出租车 占了", "浙江/温州/乐清", "phone: station pickup"),
    ("雁荡山 景区 门口 旅游大巴 乱停", "浙江/温州/乐清", "phone hard: 雁荡山 without 乐清"),
    ("乐清湾大桥上货车超速，晚上常见大车连续变道，请加强监控。", "浙江", "short hard: 乐清湾大桥 joins 乐清 (温州) and 玉环 (台州), counted for 浙江; unsure: bridge across two cities"),
    ("塘下镇 汽摩配 工业区 货车 违停 把消防通道 堵了", "浙江/温州/瑞安", "phone hard: 塘下 without 瑞安"),
    ("来电人称：瑞安莘塍街道鞋厂门口公交站点离厂太远，工人要穿过一条没有斑马线的马路。", "浙江/温州/瑞安", "operator: crossing"),
    ("瑞安站 出租车 排队 区 没有 遮雨棚", "浙江/温州/瑞安", "phone: taxi rank"),
    ("瑞安 飞云 江 大桥 上 电动车 逆行 太多", "浙江/温州/瑞安", "phone: wrong-way e-bikes"),
    ("瑞安马屿镇到市区的公交票价五块，太贵了，工人每天来回要十块。", "浙江/温州/瑞安", "short: fare"),
    ("我司是瑞安汀田街道的一家汽配企业，园区唯一出口被一个农贸市场的摊贩占用，货车每天进出要一个多小时。", "浙江/温州/瑞安", "manager: market blocks exit"),
    ("温州南站 到 乐清 的 大巴 取消了 吗", "浙江/温州", "phone hard: line from 温州南站 (瓯海) to 乐清, counted for 温州"),
    ("温州龙湾机场 出来 去 柳市 打车 司机 说 要 两百", "浙江/温州", "phone hard: trip from 龙湾 airport to 柳市 (乐清), counted for 温州; unsure: could be read as the airport (龙湾区)"),
    ("龙港市 印刷厂 集中 的 那条路 大车 太多 人行道 也 被占", "浙江/温州/龙港", "phone: 龙港市"),
    # ── 浙江 other ──
    ("柯桥 轻纺城 门口 布料 三轮车 逆行", "浙江/绍兴/柯桥", "phone: textile market"),
    ("诸暨大唐袜业城附近物流车辆乱停，公交车只能单车道通行。", "浙江/绍兴/诸暨", "short: sock market"),
    ("织里 童装 城 晚上 货车 拉货 鸣笛 扰民", "浙江/湖州/吴兴", "phone hard: 织里 without 吴兴"),
    ("来电人反映：桐乡濮院毛衫城周边道路周末严重拥堵，外地采购车辆找不到停车位。", "浙江/嘉兴/桐乡", "operator: knitwear market"),
    ("海宁皮革城 停车场 大巴 收费 太高", "浙江/嘉兴/海宁", "phone: leather market parking"),
    ("温岭泽国镇 水泵厂 多 工人 骑 电动车 早上 路口 很乱", "浙江/台州/温岭", "phone: e-bikes at junction"),
    ("玉环 汽配 园区 的 公交车 半小时 一班 能不能 加密", "浙江/台州/玉环", "phone: bus frequency"),
    ("嵊州领带园附近的路口红绿灯时间太短，电动车过不去。", "浙江/绍兴/嵊州", "short: signal timing"),
    # ── 上海 ──
    ("上海松江九亭 厂车 每天早上 在九亭站 门口 违停 接人 被罚了", "上海/松江区", "phone: shuttle pickup fined"),
    ("来电人反映：嘉定区马陆镇物流园大货车夜间从居民区穿行，噪音很大。", "上海/嘉定区", "operator: night trucks"),
    ("外高桥 港区 集卡 排队 到 洲海路 上 了", "上海/浦东新区", "phone hard: 外高桥 without 浦东"),
    ("青浦华新镇 快递 分拨 中心 门口 大车 把路 堵死", "上海/青浦区", "phone: parcel hub"),
    ("金山区亭林镇那边工业区的公交线路太少，工人下夜班打不到车。", "上海/金山区", "short: night shift"),
    ("昆山花桥 到 上海安亭 的跨省公交 票价 又涨了", None, "phone hard: line across 江苏 and 上海"),
    ("我每天从昆山开车到上海嘉定上班，沪C的车牌高峰时段能不能进外环，有没有新规定？", "上海", "short hard: a Shanghai restriction question, counted for 上海; 昆山 is the caller's home; unsure: could be read as 嘉定"),
    # ── 东莞 ──
    ("虎门 富民 服装城 门口 摩的 拉客 强行 要价", "广东/东莞", "phone hard: 虎门 without 东莞"),
    ("来电人反映：东莞长安镇乌沙社区一带电子厂下班时间电动车和货车混行，路口无人指挥，每天都有剐蹭。", "广东/东莞", "operator: 长安 named with 东莞"),
    ("厚街 家具 大道 晚上 货柜车 开 很快 闯 红灯", "广东/东莞", "phone hard: 厚街 without 东莞"),
    ("松山湖 华为 那边 的厂车 路线 改了 通知 也不发", "广东/东莞", "phone hard: 松山湖 without 东莞"),
    ("东莞塘厦镇一个工业区门口的公交站台被拆了，工人只能站在马路边等车。", "广东/东莞", "short: bus stop removed"),
    ("樟木头 汽车站 黑车 拉客 比班车 还多", "广东/东莞", "phone hard: 樟木头 without 东莞"),
    ("东莞东站 出来 打车 去 常平 工业区 司机 不 打表", "广东/东莞", "phone: station taxi"),
    ("【留言标题】大朗毛织市场周边交通混乱\n【留言内容】东莞大朗毛织贸易中心周边每天下午货车装货，占用两条车道，公交车经常晚点半小时。", "广东/东莞", "web: knitwear market"),
    ("我是东莞寮步镇一家模具厂的厂长，厂门口的路被一家物流公司长期停满货车，我们的货车进不去出不来，多次投诉无果，请求交通部门协调。", "广东/东莞", "manager: logistics trucks block factory"),
    ("虎门 港 集装箱 码头 外面 拖车 排队 排到 沿江 高速 出口", "广东/东莞", "phone hard: 虎门港 without 东莞"),
    ("东莞清溪镇 到 凤岗 的公交 车 太旧 了 空调 也不开", "广东/东莞", "phone: old bus"),
    ("黄江镇 电动车 上牌 排队 排 一上午", "广东/东莞", "phone hard: 黄江 without 东莞"),
    ("石碣 镇 电子厂 门口 小吃街 晚上 占道", "广东/东莞", "phone hard: 石碣 without 东莞"),
    ("来电人称：东莞南城汽车站到大岭山的班车经常不按时发车，司机满员才走。", "广东/东莞", "operator: bus waits to fill"),
    ("麻涌 码头 那边 运煤的 大车 撒 煤渣 一路 黑", "广东/东莞", "phone hard: 麻涌 without 东莞"),
    ("虎门 到 长安 的 公交 晚上 九点 就 停了 我们 加班 回不去", "广东/东莞", "phone hard: line between two 东莞 towns, neither named with 东莞"),
    ("东莞常平镇 夜市 网约车 乱停 出租车 也 乱停", "广东/东莞", "phone: night market"),
    ("东莞沙田 港区 集卡 停车场 太少 司机 只能 停 路边 睡觉", "广东/东莞", "phone hard: 沙田 named with 东莞, not 香港"),
    ("大岭山 家具 厂 的货车 在 村里 乱 掉头", "广东/东莞", "phone hard: 大岭山 without 东莞"),
    ("东莞凤岗镇天堂围附近每天早上深圳方向排队过检，厂车也被堵在里面。", "广东/东莞", "short: queue towards 深圳 at the 凤岗 side"),
    ("【留言标题】东莞茶山镇厂车安全隐患\n【留言内容】我们厂租用的通勤大巴车况很差，刹车异响，座椅损坏，多次向厂方反映无果，希望交通部门检查。", "广东/东莞", "web: unsafe shuttle"),
    ("谢岗 站 到 工业区 的 接驳车 没了", "广东/东莞", "phone hard: 谢岗 without 东莞"),
    ("东莞 企石镇 的 红绿灯 时间 太短", "广东/东莞", "phone: signal"),
    ("东莞高埗镇到石龙火车站的公交什么时候恢复？", "广东/东莞", "short: bus suspended"),
    ("东莞 东城 街道 的 网约车 司机 要 我 取消订单 线下 付钱", "广东/东莞", "phone hard: 东城 (also 北京's district) named with 东莞; local landline", {"phone": "0769-22881234"}),
    ("长安镇 模具厂 的 货车 天天 在 我们 小区 门口 停", None, "phone hard: 长安镇 alone (东莞 or 海宁)", {"ambiguous": ["广东/东莞", "浙江/嘉兴/海宁"]}),
    ("来电人反映：东莞道滘镇某工业区门口的道路改造后变窄，大货车转弯时经常压上人行道。", "广东/东莞", "operator: narrow road"),
    ("中堂镇 造纸厂 的 货车 漏水 滴 一路", "广东/东莞", "phone hard: 中堂 without 东莞"),
    # ── 中山 ──
    ("小榄 五金 厂 下班 电动车 太多 红绿灯 不够 时间", "广东/中山", "phone hard: 小榄 without 中山"),
    ("来电人反映：中山古镇灯饰城周边周末货车装货占道，公交车无法进站。", "广东/中山", "operator: lighting market"),
    ("古镇 灯饰 广场 停车 一次 二十 太贵", "广东/中山", "phone hard: 古镇 without 中山"),
    ("中山北站 网约车 接客 点 太远 要 走 十分钟", "广东/中山", "phone: station pickup"),
    ("坦洲 到 珠海 拱北 的 公交 早上 太挤 能不能 加车", "广东", "phone hard: line from 坦洲 (中山) to 拱北 (珠海), counted for 广东"),
    ("中山三乡镇 工业区 的 厂车 司机 抽烟", "广东/中山", "phone: smoking driver"),
    ("横栏 花木 市场 门口 货车 倒车 撞了 人", "广东/中山", "phone hard: 横栏 without 中山"),
    ("中山火炬开发区的集装箱车晚上超速，晚上特别严重。", "广东/中山", "short: speeding containers"),
    ("东凤 镇 小家电 厂 门口 的 路 坑 太多", "广东/中山", "phone hard: 东凤 without 中山"),
    ("【留言标题】中山黄圃镇公交线路调整\n【留言内容】黄圃镇到中山城区的公交调整后绕路很多，单程要一个半小时，请重新考虑。", "广东/中山", "web: bus route change"),
    ("我公司位于中山南头镇，主营家电，物流车辆经过南头大桥时限重，绕行增加成本，请问能否办理通行许可？", "广东/中山", "manager: weight limit"),
    ("中山港 客运 码头 到 香港 的 船 停了 吗", "广东/中山", "phone: ferry question"),
    ("小榄 到 顺德 容桂 的 公交 什么 时候 恢复", "广东", "phone hard: line between 中山 and 佛山 towns, counted for 广东"),
    # ── 佛山: 顺德 ──
    ("乐从 家具城 门口 货车 乱停 把 325国道 堵了", "广东/佛山/顺德", "phone hard: 乐从 without 顺德"),
    ("来电人反映：顺德北滘镇某家电企业周边道路下班高峰严重拥堵，员工班车要半小时才能开出厂区。", "广东/佛山/顺德", "operator: appliance factory"),
    ("容桂 街道 电动车 上牌 在哪里", "广东/佛山/顺德", "phone hard: 容桂 without 顺德"),
    ("顺德龙江镇 家具 材料 市场 货车 天天 排队", "广东/佛山/顺德", "phone hard: 龙江 named with 顺德, not 龙江县"),
    ("顺德站出来打车，出租车不打表，去大良要六十。", "广东/佛山/顺德", "short: station taxi"),
    ("伦教 木工 机械 那边 的 路 被 大车 压烂 了", "广东/佛山/顺德", "phone hard: 伦教 without 顺德"),
    ("顺德 陈村 花卉 世界 周末 停车 难", "广东/佛山/顺德", "phone: flower market parking"),
    ("【留言标题】顺德勒流街道工业区通勤\n【留言内容】工业区内上万名工人，只有一条公交线路，早晚高峰等车要四十分钟，希望开通接驳线。", "广东/佛山/顺德", "web: commuting"),
    ("杏坛 镇 的 桥 维修 半年 了 货车 绕路 要 多 走 十公里", "广东/佛山/顺德", "phone hard: 杏坛 without 顺德"),
    ("顺德均安镇牛仔厂的货车在村道上开得很快，村里老人小孩多。", "广东/佛山/顺德", "short: speeding trucks"),
    # ── 南海 ──
    ("大沥 铝材 市场 门口 货车 卸货 占了 两条道", "广东/佛山/南海", "phone hard: 大沥 without 南海"),
    ("来电人称：南海狮山镇汽车城一带厂车违规停放在公交站，公交车只能停在路中间上下客。", "广东/佛山/南海", "operator: 狮山 named with 南海"),
    ("西樵山 景区 门口 旅游 大巴 乱停 收费", "广东/佛山/南海", "phone hard: 西樵山 without 南海"),
    ("南海九江镇 的 公交 站 没有 站牌 外地 人 根本 找不到", "广东/佛山/南海", "phone hard: 九江镇 named with 南海, not 江西九江"),
    ("里水 镇 物流园 货车 凌晨 鸣笛", "广东/佛山/南海", "phone hard: 里水 without 南海"),
    ("佛山西站出来网约车不让进，要走到很远的地方上车。", "广东/佛山/南海", "short hard: 佛山西站 in 南海; unsure: station in 南海 (狮山)"),
    ("南海桂城 平洲 玉器 街 周末 车 太多 停 不下", "广东/佛山/南海", "phone: jade street parking"),
    ("丹灶 镇 工业区 的 红绿灯 晚上 不亮", "广东/佛山/南海", "phone hard: 丹灶 without 南海"),
    ("乐从 到 大沥 的 公交 改线 了 多 绕 了 二十分钟", "广东/佛山", "phone hard: line between 顺德 and 南海 towns, counted for 佛山"),
    # ── 广东 other ──
    ("深圳宝安沙井 厂车 在 路边 上下客 被罚 司机 找 我们 要钱", "广东/深圳/宝安", "phone: shuttle fined"),
    ("花都 狮岭 皮具城 门口 三轮车 逆行", "广东/广州/花都", "phone: leather market"),
    ("来电人反映：广州增城新塘镇牛仔服装城附近货车夜间卸货，道路堵塞到凌晨。", "广东/广州/增城", "operator: jeans market"),
    ("汕头澄海 玩具 厂 的 货车 占道", "广东/汕头/澄海", "phone: toy factory trucks"),
    ("普宁 纺织 市场 门口 摩的 太多 乱", "广东/揭阳/普宁", "phone: motorbike taxis"),
    ("开平水口镇水暖厂的货车超载严重，镇上的桥已经开裂。", "广东/江门/开平", "short: overloading"),
    ("四会 玉器 市场 周末 堵车 停车 收费 乱", "广东/肇庆/四会", "phone: jade market"),
    # ── 泉州: 晋江 ──
    ("陈埭 鞋 材 市场 门口 货车 堵 了 一早上", "福建/泉州/晋江", "phone hard: 陈埭 without 晋江"),
    ("来电人反映：晋江安海镇某鞋厂员工班车超载，座位二十个坐了四十多人。", "福建/泉州/晋江", "operator: overloaded shuttle"),
    ("泉州晋江机场 出来 出租车 拒载 去 石狮 说 太近", "福建/泉州/晋江", "phone hard: 晋江机场 named with 泉州"),
    ("晋江站 到 磁灶 有没有 公交", "福建/泉州/晋江", "phone: bus question"),
    ("磁灶镇 陶瓷厂 的 大车 把 路 压坏 了 全是 坑", "福建/泉州/晋江", "phone hard: 磁灶 without 晋江"),
    ("晋江池店镇 夜市 太吵 还 占道", "福建/泉州/晋江", "phone: night market"),
    ("【留言标题】晋江深沪镇渔港道路\n【留言内容】深沪渔港冷链车辆每天凌晨进出，道路两侧停满车，早上学生上学没有路走。", "福建/泉州/晋江", "web: fishing port"),
    ("我们是晋江内坑镇一家运动鞋企业，厂区门口的省道施工，没有绕行指示，货车司机经常走错，请求设置指示牌。", "福建/泉州/晋江", "manager: detour signs"),
    ("晋江 英林 服装 厂 的 货车 晚上 不 开 灯", "福建/泉州/晋江", "phone: trucks unlit"),
    ("安海 到 晋江 市区 的 公交 半小时 一班 太少", "福建/泉州/晋江", "phone hard: 安海 with 晋江"),
    ("晋江金井镇的海边公路被运沙车压坏了，路面全是裂缝。", "福建/泉州/晋江", "short: sand trucks"),
    ("晋江 东石 镇 电动车 没 上牌 被 扣 了 在 哪里 领", "福建/泉州/晋江", "phone: impounded e-bike"),
    ("晋江 到 石狮 的 公交 经常 不 到站", "福建/泉州", "phone hard: line between 晋江 and 石狮, counted for 泉州"),
    # ── 石狮 ──
    ("石狮 服装城 门口 摩的 拉客 乱 要价", "福建/泉州/石狮", "phone: motorbike taxis"),
    ("来电人反映：石狮蚶江镇某服装厂门口道路没有路灯，工人下夜班骑车摔伤。", "福建/泉州/石狮", "operator: unlit road"),
    ("祥芝 渔港 冷藏 车 把 路 堵 了", "福建/泉州/石狮", "phone hard: 祥芝 without 石狮"),
    ("石狮宝盖镇工业区的公交站太远了，走过去要二十分钟。", "福建/泉州/石狮", "short: bus stop far"),
    ("石狮 鸿山 镇 的 厂车 司机 开 得 太 快", "福建/泉州/石狮", "phone: speeding shuttle"),
    ("【留言标题】石狮灵秀镇电商物流\n【留言内容】灵秀镇电商仓库集中，快递车全天候进出，路口无信号灯，请求增设。", "福建/泉州/石狮", "web: e-commerce logistics"),
    # ── 泉州 other, 福建 ──
    ("安溪 茶都 周末 停车场 满 了 车 停 在 国道 上", "福建/泉州/安溪", "phone: tea market"),
    ("来电人称：安溪湖头镇工业园区的货车经常闯红灯，镇上学校多，希望加强管理。", "福建/泉州/安溪", "operator: red-light running"),
    ("安溪龙门镇 客运站 班车 时间 改 了 也 不 贴 通知", "福建/泉州/安溪", "phone hard: 龙门 named with 安溪, not 龙门县"),
    ("南安水头 石材 市场 货车 超载 路 压 坏", "福建/泉州/南安", "phone hard: 水头 named with 南安, not 平阳"),
    ("南安官桥镇的红绿灯坏了两天了，没人修。", "福建/泉州/南安", "short hard: 官桥 named with 南安; unsure: 安溪 also has a 官桥"),
    ("德化 陶瓷 街 货车 装货 占 道", "福建/泉州/德化", "phone: ceramics street"),
    ("惠安 崇武 石雕 园区 的 大车 掉 石粉 一路", "福建/泉州/惠安", "phone: stone dust"),
    ("莆田 鞋 厂 的 货车 在 城里 乱 停", "福建/莆田", "phone: shoe factory trucks, city only"),
    ("厦门集美杏林工业区的公交车早班太挤，能不能加开区间车？", "福建/厦门/集美", "short: crowded bus"),
    ("水头镇 的 石材厂 拉 石头 的 车 滴 水 一路", None, "phone hard: 水头镇 alone (南安 or 平阳)", {"ambiguous": ["福建/泉州/南安", "浙江/温州/平阳"]}),
    # ── 江西 ──
    ("南康 家具城 门口 货车 天天 堵", "江西/赣州/南康", "phone hard: 南康 furniture market, no city named"),
    ("来电人反映：赣州南康区家具产业园物流车辆夜间超速，附近村民意见很大。", "江西/赣州/南康", "operator: speeding trucks"),
    ("南康 到 赣州 市区 的 公交 票价 多少", "江西/赣州", "phone hard: line between 南康 and the city, counted for 赣州"),
    ("新干箱包产业园的厂车司机没有从业资格证。", "江西/吉安/新干", "short: driver licence"),
    ("进贤 文港 毛笔 街 停车 难", "江西/南昌/进贤", "phone: pen street parking"),
    ("我在赣州南康开家具厂，发往广东的货车在赣州南康的治超站被查超限，请问家具板材的超限标准是多少？", "江西/赣州/南康", "manager: overload check"),
    # ── 山东 ──
    ("临沂兰山区 物流城 门口 货车 排队 排 到 了 大街 上", "山东/临沂/兰山", "phone: logistics city"),
    ("来电人反映：临沂罗庄区板材厂集中区域大货车超载，路面多处塌陷。", "山东/临沂/罗庄", "operator: overloading"),
    ("临沂 批发 市场 早上 三轮车 太多 机动车 过 不去", "山东/临沂", "phone: market, city only"),
    ("曹县 演出服 电商 园 快递 车 乱停", "山东/菏泽/曹县", "phone: e-commerce park"),
    ("寿光 蔬菜 批发 市场 货车 排队 进 场 要 三个 小时", "山东/潍坊/寿光", "phone: vegetable market queue"),
    ("即墨服装市场周边的公交车站被摊位占了，乘客只能在马路中间等车。", "山东/青岛/即墨", "short: market stalls"),
    ("【留言标题】临沂河东区工业园厂车问题\n【留言内容】河东区一家食品厂的员工通勤车没有营运手续，车况很差，希望有关部门检查。", "山东/临沂/河东", "web hard: 河东区 named with 临沂, not 天津"),
    # ── 河北 ──
    ("白沟 箱包 市场 门口 出租车 不 打表", "河北/保定/高碑店", "phone hard: 白沟 in 高碑店"),
    ("来电人反映：安平县丝网工业园货车超载严重，县道多处损坏。", "河北/衡水/安平", "operator: wire mesh trucks"),
    ("平乡 自行车 厂 的 货车 占道 装货", "河北/邢台/平乡", "phone: bicycle factory"),
    ("清河 羊绒 市场 周边 停车 难", "河北/邢台/清河", "phone hard: 清河 with 羊绒 (县 in 邢台)"),
    ("沙河玻璃厂拉玻璃的大车在城区道路上超速。", "河北/邢台/沙河", "short: glass trucks"),
    # ── 河南, 湖北, 湖南 ──
    ("长葛 五金 市场 的 货车 乱停", "河南/许昌/长葛", "phone: hardware market"),
    ("来电人称：仙桃彭场镇无纺布企业多，工人上下班高峰电动车与货车混行，希望增设非机动车道。", "湖北/仙桃", "operator: e-bikes and trucks"),
    ("邵东 五金 城 门口 货车 掉头 堵 路", "湖南/邵阳/邵东", "phone: hardware market"),
    ("浏阳 烟花 厂 运输 车 没有 危险品 标志", "湖南/长沙/浏阳", "phone: fireworks trucks"),
    ("武汉黄陂横店街道 工业园 的 公交 太少", "湖北/武汉/黄陂", "phone hard: 横店 named with 黄陂, not 东阳"),
    # ── 安徽 ──
    ("宁国 汽配 园 的 厂车 没 有 安全带", "安徽/宣城/宁国", "phone: no seat belts"),
    ("来电人反映：桐城市塑料包装企业集中的双港镇道路被货车压坏，积水严重。", "安徽/安庆/桐城", "operator: broken road"),
    ("天长 电缆 厂 门口 货车 超 载", "安徽/滁州/天长", "phone: overloading"),
    # ── 四川, 重庆, 广西 ──
    ("成都新都区家具城附近货车乱停，公交车过不去。", "四川/成都/新都", "short: furniture market"),
    ("桂平 木材 加工 厂 的 大车 撒 木屑", "广西/贵港/桂平", "phone: sawdust"),
    # ── 苏州/宁波/泉州/佛山 etc.: phones from elsewhere ──
    ("盛泽 厂车 司机 收 我们 每人 五块 钱 说 是 油费", "江苏/苏州/吴江", "phone hard: 盛泽 alone, caller's home landline in 河南", {"phone": "0371-65432109"}),
    ("来电人反映：其子在东莞虎门镇一家服装厂打工，厂车发生事故，想了解事故处理进展。", "广东/东莞", "operator hard: caller rings from 四川 about 虎门", {"phone": "028-85561234"}),
    ("我 老公 在 义乌 开 货车 在 佛堂 被 扣 了 车 怎么 办", "浙江/金华/义乌", "phone hard: caller in 贵州", {"phone": "0851-86543210"}),
    ("来电人称：在昆山陆家镇工作，电动车被偷后报警无果，想咨询交通部门能否调监控。", "江苏/苏州/昆山", "operator hard: caller's landline in 安徽", {"phone": "0551-63451234"}),
    ("慈溪 周巷 的 公交 卡 充 不了 值", "浙江/宁波/慈溪", "phone hard: caller's landline in 湖南", {"phone": "0731-84561234"}),
    ("晋江 陈埭 厂车 把 我 扔 在 半路", "福建/泉州/晋江", "phone hard: caller's landline in 江西", {"phone": "0791-86781234"}),
    ("我 是 广州 的 在 顺德 乐从 买 家具 送货 车 把 我 家具 撞坏 了", "广东/佛山/顺德", "phone hard: caller is from 广州", {"phone": "020-38881234"}),
    ("来电人反映：北仑梅山港区集卡司机休息区厕所长期无人打扫。", "浙江/宁波/北仑", "operator hard: caller's landline in 上海", {"phone": "021-58881234"}),
    ("中山 小榄 货车 限行 时间 是 几点 到 几点", "广东/中山", "phone hard: caller's landline in 佛山", {"phone": "0757-22881234"}),
    ("张家港 锦丰 镇 的 厂车 超速", "江苏/苏州/张家港", "phone hard: caller's landline in 无锡", {"phone": "0510-86881234"}),
    # ── between two towns / cross-region ──
    ("昆山 到 太仓 的 公交 换乘 不方便", "江苏/苏州", "phone: line between 昆山 and 太仓"),
    ("常熟 到 张家港 的 厂车 在 路上 出 了 事故 司机 跑 了", "江苏/苏州", "phone hard: accident on the road between two 苏州 cities, place not settled"),
    ("慈溪 到 余姚 的 公交 快线 停 了 吗", "浙江/宁波", "phone: line between 慈溪 and 余姚"),
    ("余姚 到 上虞 的 城际 公交 能不能 延长 运营 时间", "浙江", "phone hard: line between 宁波 and 绍兴, counted for 浙江"),
    ("从东莞虎门到深圳宝安的跨市公交太挤了，早上根本上不去。", "广东", "short: line between 东莞 and 深圳"),
    ("晋江 到 厦门 的 城际 大巴 票价 涨 了", "福建", "phone: line between 泉州 and 厦门"),
    ("义乌 到 上海 的 货车 在 高速 上 被 查 超载 罚 了 两千", None, "phone hard: on a road across provinces, place unknown"),
    ("东莞 到 湖南 邵东 的 大巴 没 有 空调", None, "phone hard: long-distance coach across provinces"),
    ("顺德 大良 到 容桂 的 公交 早上 七点 那班 老是 晚", "广东/佛山/顺德", "phone hard: line inside 顺德"),
    ("石狮 到 泉州 市区 的 公交 车 太 破", "福建/泉州", "phone: line between 石狮 and 泉州 city"),
    ("盛泽 到 苏州 火车站 的 大巴 改 在 哪里 坐 了", "江苏/苏州", "phone hard: line from 盛泽 to 苏州站, counted for 苏州"),
    ("柳市 到 温州 市区 的 公交 票价 是 多少", "浙江/温州", "phone hard: line from 柳市 to 温州 city"),
    # ── ambiguous / no place ──
    ("周庄镇 的 那个 红绿灯 坏了 好几天", None, "phone hard: 周庄镇 alone (昆山 or 江阴)", {"ambiguous": ["江苏/苏州/昆山", "江苏/无锡/江阴"]}),
    ("虹桥镇 电器 厂 门口 的 路 坑坑洼洼", None, "phone hard: 虹桥镇 alone (乐清 or 闵行)", {"ambiguous": ["浙江/温州/乐清", "上海/闵行区"]}),
    ("狮山 那边 工业区 的 厂车 司机 态度 差", None, "phone hard: 狮山 alone (南海 or 苏州虎丘)", {"ambiguous": ["广东/佛山/南海", "江苏/苏州/虎丘"]}),
    ("厂车 司机 需要 什么 驾照 A1 还是 B1", None, "phone: no place, licence question"),
    ("请问工厂自己买的通勤大巴需要办理营运证吗？只接送本厂员工。", None, "short: no place, permit question"),
    ("【留言标题】关于集卡司机休息区的建议\n【留言内容】建议在各大港口附近设置集卡司机休息区，提供厕所和热水，司机排队等待时间太长。", None, "web: no place, suggestion"),
    ("电动车 新国标 超标车 过渡期 到 什么时候", None, "phone: no place, e-bike rules"),
    ("我们厂 在 开发区 厂车 天天 迟到 怎么 投诉", None, "phone hard: 开发区 with no city"),
    ("来电人咨询：外地货车进城区送货需要办什么证？来电人未说明城市。", None, "operator: no place"),
    ("网约车 司机 从 高铁站 拉 我 到 工业园 多 收 了 三十", None, "phone hard: 高铁站 and 工业园 with no city"),
    ("本人在长三角几个工厂之间跑业务，每次过省界都要排队，希望取消省界检查。", None, "short hard: macro-region only"),
    ("我在珠三角开货柜车，想问下港口预约系统怎么注册？", None, "short hard: macro-region only"),
    ("镇上 夜市 摆摊 的 三轮车 能 上 路 吗", None, "phone: no place"),
    ("来电人称：在工业园区上班，厂车司机经常酒后驾驶，但不愿透露工厂名称和地址。", None, "operator: no place given"),
    # ── more: 昆山/常熟/张家港 typed phone ──
    ("昆山 玉山镇 电动车 被 交警 扣 了 没 戴 头盔", "江苏/苏州/昆山", "phone: helmet"),
    ("张浦 的 公交 站 被 挖 了 没 有 临时 站", "江苏/苏州/昆山", "phone hard: 张浦 without 昆山"),
    ("常熟 辛庄镇 工业园 晚上 大车 拉 渣土", "江苏/苏州/常熟", "phone: night muck"),
    ("张家港 乐余镇 到 杨舍 的 公交 没 有 了", "江苏/苏州/张家港", "phone: bus cut"),
    ("江阴 申港 街道 码头 的 集卡 不 按 道 走", "江苏/无锡/江阴", "phone: containers lane"),
    ("吴江 平望 物流 园 半夜 货车 鸣笛", "江苏/苏州/吴江", "phone: horns at night"),
    ("慈溪 附海 镇 的 桥 限高 被 撞 了", "浙江/宁波/慈溪", "phone: height bar"),
    ("余姚 梁弄 的 山路 旅游 大巴 开 太快", "浙江/宁波/余姚", "phone: tour bus"),
    ("北仑 新碶 街道 厂车 在 公交 港湾 上下客", "浙江/宁波/北仑", "phone: shuttle in bus bay"),
    ("义乌 稠江 街道 快递 车 闯 红灯", "浙江/金华/义乌", "phone: parcel vans"),
    ("乐清 大荆 镇 的 客运站 搬 了 在 哪里", "浙江/温州/乐清", "phone: coach station moved"),
    ("瑞安 仙降 鞋厂 的 货车 晚上 不 开 灯", "浙江/温州/瑞安", "phone: unlit trucks"),
    ("东莞 厚街 到 虎门 高铁站 的 接驳 车 取消 了", "广东/东莞", "phone: connector bus"),
    ("东莞 横沥 镇 模具 城 货车 占道", "广东/东莞", "phone: mould market"),
    ("东莞 桥头 镇 夜市 太 吵 车 也 乱 停", "广东/东莞", "phone: night market"),
    ("中山 沙溪 服装 城 的 摩的 太多", "广东/中山", "phone: motorbike taxis"),
    ("中山 东升 镇 红绿灯 时间 太短", "广东/中山", "phone: signal"),
    ("顺德 北滘 的 公交 车 司机 骂 人", "广东/佛山/顺德", "phone: rude driver"),
    ("南海 大沥 的 厂车 超载", "广东/佛山/南海", "phone: overloaded shuttle"),
    ("晋江 龙湖 镇 的 路 压 坏 了", "福建/泉州/晋江", "phone: broken road"),
    ("石狮 永宁 镇 渔港 冷链 车 违停", "福建/泉州/石狮", "phone: cold-chain trucks"),
    # ── operator notes, more ──
    ("来电人反映：昆山花桥经济开发区物流园周边，每天上午集卡在道路上排队等待进园，造成道路拥堵。", "江苏/苏州/昆山", "operator: logistics park queue"),
    ("来电人反映：张家港塘桥镇某纺织厂通勤车在道路上随意停车上下客，存在安全隐患。", "江苏/苏州/张家港", "operator: shuttle stops anywhere"),
    ("来电人称：常熟支塘镇至常熟汽车站的公交线路调整后，早上第一班车推迟到七点，影响上早班的工人。", "江苏/苏州/常熟", "operator: first bus later"),
    ("来电人反映：江阴璜土镇工业园区外的道路两侧停满货车，公交车经常无法靠站。", "江苏/无锡/江阴", "operator: trucks block stops"),
    ("来电人反映：吴江震泽镇某丝绵厂门口的道路夜间无照明，附近工人多次摔伤。", "江苏/苏州/吴江", "operator: no lights"),
    ("来电人称：相城区元和街道活力岛附近网约车随意停车揽客，造成拥堵。", "江苏/苏州/相城", "operator: ride-hailing"),
    ("来电人反映：慈溪掌起镇家电企业多，员工上下班高峰期329国道拥堵严重。", "浙江/宁波/慈溪", "operator: national road"),
    ("来电人反映：余姚朗霞街道某企业门口的公交站被取消，员工出行不便。", "浙江/宁波/余姚", "operator: stop removed"),
    ("来电人称：义乌国际陆港物流园周边集卡排队严重，占用城市道路。", "浙江/金华/义乌", "operator: dry port"),
    ("来电人反映：乐清北白象镇某电气企业厂车司机无证驾驶。", "浙江/温州/乐清", "operator: unlicensed driver"),
    ("来电人反映：东莞虎门镇白沙社区的公交站被小贩占用，乘客只能站在马路上候车。", "广东/东莞", "operator hard: 白沙 is a community in 虎门"),
    ("来电人称：东莞常平镇东莞东站出租车不按规定排队，强行揽客。", "广东/东莞", "operator: station taxis"),
    ("来电人反映：中山小榄镇某五金厂货车经常在居民区内倒车，撞坏了围墙。", "广东/中山", "operator: reversing truck"),
    ("来电人反映：佛山顺德区容桂街道某工业区门口的路口没有红绿灯，早晚高峰十分混乱。", "广东/佛山/顺德", "operator: junction"),
    ("来电人反映：佛山南海区里水镇某物流园的货车在夜间违规鸣笛。", "广东/佛山/南海", "operator: horns"),
    ("来电人反映：晋江磁灶镇某陶瓷企业的运输车辆抛洒泥土，道路严重污染。", "福建/泉州/晋江", "operator: spilling soil"),
    ("来电人称：石狮市服装城周边的摩的拉客严重，希望有关部门整治。", "福建/泉州/石狮", "operator: motorbike taxis"),
    ("来电人反映：北仑区大碶街道某集卡停车场收费过高，每晚一百二十元。", "浙江/宁波/北仑", "operator: parking fee"),
    ("来电人反映：镇海区蛟川街道化工区附近危化品车辆随意停放在居民区旁。", "浙江/宁波/镇海", "operator: hazmat parking"),
    ("来电人反映：瑞安塘下镇某汽配企业门口公交站点离斑马线太远，员工横穿马路。", "浙江/温州/瑞安", "operator: crossing"),
    # ── managers / web, more ──
    ("我司位于昆山千灯镇，有员工八百余人，上下班高峰期厂门口的路口没有信号灯，电动车与货车冲突严重，恳请交管部门设置信号灯。", "江苏/苏州/昆山", "manager: junction signal"),
    ("本公司是常熟梅李镇的一家纺织企业，每天有十多辆货车进出，村道限重十吨，我们的车都是二十吨以上，请问如何办理通行证？", "江苏/苏州/常熟", "manager: weight-limit pass"),
    ("我司在东莞长安镇有三个厂区，员工班车在长安镇主干道上只能停靠公交站，被交警处罚，请问厂车能否设置专门停靠点？", "广东/东莞", "manager: shuttle stops"),
    ("我们是中山古镇的灯饰企业，每年灯博会期间周边交通瘫痪，客户无法到达展厅，希望提前做好交通疏导方案。", "广东/中山", "manager: trade fair traffic"),
    ("我厂在佛山顺德北滘镇，员工通勤车辆每天在105国道上堵一个小时，希望优化北滘段的信号灯配时。", "广东/佛山/顺德", "manager: signal timing"),
    ("本公司为义乌一家外贸企业，集装箱在义乌港装箱后运往宁波港，近期义乌港堆场门口集卡排队时间长，一等就是半天，请问能否增开闸口？", "浙江/金华/义乌", "manager hard: 义乌港 (inland port in 义乌), 宁波港 only the destination"),
    ("【留言标题】张家港经济开发区厂车停靠\n【留言内容】开发区内工厂班车在港城大道随意停车上下客，阻碍交通，建议规划专用停靠区。", "江苏/苏州/张家港", "web: shuttle stops"),
    ("【留言标题】慈溪观海卫镇公交站设置不合理\n【留言内容】镇上工业区的公交站设在弯道处，公交车停靠时后方车辆看不见，很危险。", "浙江/宁波/慈溪", "web: stop on a bend"),
    ("【留言标题】东莞虎门镇网约车上车点\n【留言内容】虎门站网约车上车点和出租车上车点挤在一起，经常吵架，希望分开设置。", "广东/东莞", "web: station pickup"),
    ("【留言标题】晋江安海镇夜市交通\n【留言内容】安海夜市周边每到晚上七点后道路拥堵，摩托车电动车乱停，希望设置临时停车区。", "福建/泉州/晋江", "web: night market"),
    ("【留言标题】南海大沥镇货车限行\n【留言内容】大沥镇货车限行时间调整后，我们铝材厂的货车白天出不了门，严重影响生产，希望放宽。", "广东/佛山/南海", "web: truck restriction"),
    ("【留言标题】余姚泗门镇学校门口交通\n【留言内容】泗门镇一所小学门口早上送孩子的车辆和附近工厂的货车混在一起，非常危险。", "浙江/宁波/余姚", "web: school run"),
    ("【留言标题】相城区渭塘镇公交线路\n【留言内容】渭塘镇到苏州北站没有直达公交，员工出差很不方便，希望开通。", "江苏/苏州/相城", "web: bus route request"),
    ("【留言标题】江阴华士镇厂车超速\n【留言内容】华士镇上几家大厂的通勤车早上抢时间，超速开进镇区，已经撞伤一名学生。", "江苏/无锡/江阴", "web: speeding shuttle"),
    ("【留言标题】瑞安莘塍街道电动车上牌\n【留言内容】莘塍街道没有电动车上牌点，外来务工人员上牌要跑到市区，请求增设。", "浙江/温州/瑞安", "web: e-bike registration"),
    ("【留言标题】乐清柳市镇货车夜间卸货\n【留言内容】柳市镇电器城周边每天深夜货车卸货，噪音严重扰民，希望规定卸货时间。", "浙江/温州/乐清", "web: night unloading"),
    # ── short, more ──
    ("昆山陆家镇的共享单车太少了，下地铁后没车骑。", "江苏/苏州/昆山", "short: shared bikes"),
    ("常熟尚湖镇那段路晚上没有路灯，大货车很多，很不安全。", "江苏/苏州/常熟", "short: unlit road"),
    ("江阴月城镇到市区的公交末班车太早了。", "江苏/无锡/江阴", "short: last bus"),
    ("宁波北仑柴桥街道的红绿灯坏了。", "浙江/宁波/北仑", "short: signal"),
    ("义乌佛堂古镇停车位太少，周末开车根本停不下。", "浙江/金华/义乌", "short hard: 佛堂古镇 named with 义乌"),
    ("东莞石龙镇火车站门口摩的太多了。", "广东/东莞", "short: motorbike taxis"),
    ("中山坦洲镇的厂车超载，每天都站着二十多个人。", "广东/中山", "short: overloaded shuttle"),
    ("顺德乐从镇的家具货车在路边装卸，公交车都过不去。", "广东/佛山/顺德", "short: furniture trucks"),
    ("晋江陈埭镇的电动车上牌点什么时候上班？", "福建/泉州/晋江", "short: e-bike registration"),
    ("石狮市区到祥芝的公交车太少。", "福建/泉州/石狮", "short: bus frequency"),
    ("永康石柱镇的路太烂了，全是大车压的。", "浙江/金华/永康", "short: broken road"),
    ("慈溪周巷镇的夜市把路占了。", "浙江/宁波/慈溪", "short: night market"),
    ("吴江同里镇的旅游大巴乱停。", "江苏/苏州/吴江", "short: tour coaches"),
    ("张家港大新镇的渡口什么时候恢复通航？", "江苏/苏州/张家港", "short: ferry"),
    ("东莞凤岗镇的工业区公交车太少。", "广东/东莞", "short: bus frequency"),
    ("南海西樵镇纺织厂的货车超速。", "广东/佛山/南海", "short: speeding trucks"),
    ("余姚临山镇的厂车司机不系安全带。", "浙江/宁波/余姚", "short: seat belts"),
    ("镇海招宝山街道的公交站台被拆了。", "浙江/宁波/镇海", "short: stop removed"),
    ("义乌大陈镇的服装厂厂车半路抛锚。", "浙江/金华/义乌", "short: breakdown"),
    ("瑞安陶山镇的桥面裂了。", "浙江/温州/瑞安", "short: cracked bridge"),
]


def main() -> None:
    write_jsonl(build_rows(HELDOUT47, "heldout47", "zk"), "place_heldout47.jsonl")


if __name__ == "__main__":
    main()
