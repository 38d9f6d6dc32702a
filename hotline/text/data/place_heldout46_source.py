"""Source of the forty-sixth held-out place set (place_heldout46.jsonl): a blind check of `locate`.

Synthetic: every message was written by hand for this set in one sitting by a helper session that
had not read hotline/text/places.py, hotline/text/noisy.py or anything else under hotline/text/
beyond what is named here, nor place_landmarks.txt, place_towns.txt, place_historic.txt,
place_old_districts.txt or any facility table, the tests, docs/, bench/, README.md, git history,
anything under /work/shared, or the messages of any earlier set (place_heldout*.jsonl,
place_testset.jsonl, the message lists of the *_source.py files); set 47, written at the same
time by another helper, was not opened either. What it did read: lines 1-80 of
place_heldout8_source.py (its docstring with the conventions, and its imports) and that file's
last 10 lines (main()); lines 1-75 of place_heldout37_source.py (its docstring only, no
messages); the source of build_rows of place_heldout3_source.py and of _resolve and write_jsonl
of place_testset_source.py, each printed on its own with inspect.getsource; and hotline/regions.py
with the 2024 region table it loads (dumped to a scratch file under /tmp to check every code and
name). Of the existing jsonl files a script read only the first two characters of each id, to
make sure no id began with "zj" (none did). Outside the project it looked up a few facts of
geography in public reference pages: that 湄洲岛 (湄洲镇) belongs to 莆田's 秀屿区, that 涠洲镇
(涠洲岛 and 斜阳岛) belongs to 北海's 海城区 though a tourist-area committee runs it, and that
蜈支洲岛 lies in 三亚's 海棠区 (海棠湾). A look-up of where 北海's passenger port and 海口's 新海港
lie found nothing useful: no message puts a problem at 北海's port alone (the lines to 涠洲 count
for 北海), and 新海港 is taken to be in 秀英区 from general knowledge. The resolver, `hotline text
analyze` and `locate` were not run on any of it, and no test was run. No message was copied from
anywhere. The only checks run were that every path resolves (through build_rows) to the intended
region's full name, that no text repeats, and the counts below.

Theme: an ordinary week on the coast and the islands. Ferries and island boats (岛际交通船, 车客渡,
快艇), ro-ro ferries for cars and trucks (旅顺-烟台, 龙口-旅顺, 琼州海峡 at 海安 / 新海港 / 秀英港,
衢山, 横沙), ports' passenger terminals and cruise ports (烟台, 威海, 石岛, 连云港, 吴淞口, 北外滩,
东疆, 东渡, 蛇口, 南沙, 九洲港, 五通, 黄岐, 大麦屿), island buses and taxis, beach traffic and
parking, coastal roads, cross-sea bridges and tunnels, fishing ports and seafood trucks (绿通,
冷链), typhoon and fog suspensions; and, inland, boats on rivers, lakes and reservoirs (长江 三峡,
朝天门, 洞庭湖, 鄱阳湖, 太湖, 巢湖, 千岛湖, 洱海, 泸沽湖, 抚仙湖, 青海湖, 赛里木湖, 黄河 羊皮筏子 …)
so that every province appears. Most messages are easy; the note of a row says "hard:" where the
message names a place without its county (an island, beach, bay, port or landmark: 涠洲岛, 南澳,
长岛, 嵊泗, 普陀山, 鼓浪屿, 亚龙湾 …), a port named after a city but lying in a district, a ferry,
bridge or tunnel between two counties, cities or provinces, a caller's landline from elsewhere,
a shared or look-alike name, or no place at all. That tag is used broadly (184 rows): the rows
that are hard in the narrow sense of the brief (lines, bridges and tunnels counted for a city,
province or null; shared names; callers from elsewhere; islands named without county) are about
a quarter.

Coverage (computed by script): 321 messages, 299 with a region and 22 with none (expected null,
6 of them with "ambiguous"). 250 expect a county-level unit, 33 a city or prefecture and 16 a
province. All 31 provinces, weighted to the coast: 浙江 35; 山东 30; 广东 28; 海南 27; 福建 25;
辽宁 21; 江苏 18; 上海 16; 河北, 广西 15; 天津 10; 湖南, 云南 6; 黑龙江, 湖北, 重庆 4; 北京, 安徽,
江西, 四川, 新疆 3; 山西, 内蒙古, 吉林, 河南, 贵州, 西藏, 陕西, 甘肃, 青海, 宁夏 2. Voices (by the
note's first word): 259 typed on a phone (unpunctuated, most with spaces between words), 17 short
one-liners, 31 operators' notes (来电人反映……/来电人称……/咨询：……), 9 web forms (【留言标题】/
【留言内容】) and 5 long narratives (zj314, zj315, zj317, zj319, zj320; zj316 and zj321 are long
too). 14 rows carry a caller's number in a "phone" field: 11 landlines from another city or
province than the problem (zj179 深圳 0755 for 惠东, zj271 昆明 0871 for 大理, zj304 北京 010 for
三亚, zj306 上海 021 for 普陀山, zj307 南宁 0771 for 北海, zj308 济南 0531 for 蓬莱, zj309 杭州 0571
for 鼓浪屿, zj310 天津 022 for 北戴河, zj311 宁波 0574 for 嵊泗, zj312 长沙 0731 for 海安港, zj313
哈尔滨 0451 for 亚龙湾), one 福州 landline on a 平潭 row (zj305, consistent with it), a 海南 0898
landline on a 琼州海峡 question (zj303, null) and a mobile on a question with no place (zj301).

City, prefecture and province rows: cities with no counties (中山 zj182, 东莞 zj183, 儋州 zj210 for
洋浦); a city named alone (葫芦岛 zj017, 秦皇岛 zj030, 汕尾 zj180, 海口 zj223); waterfronts, roads
and lakes spanning districts (大连滨海路 zj005, 丹东鸭绿江 zj015, 衡水湖 zj032, 阳澄湖 zj088, 厦门
环岛干道 zj162, 桂林两江四湖 zj201, 太原汾河 zj229, 南昌赣江 zj244, 海河 zj038 for 天津); ferries,
bridges and tunnels between two counties of one city (大连-长海 zj020, 大连湾海底隧道 zj014, 青岛-
黄岛 zj054, 胶州湾隧道 zj055, 胶州湾大桥 zj056, 岱山-本岛 zj114, 象山港大桥 zj139, 平潭海峡公铁大桥
zj148, 汕头海湾大桥 zj164, 北海-涠洲 zj191 and zj307, 芜湖长江轮渡 zj241; 黄浦江 轮渡 zj100, 长江隧桥
zj102 and 崇明-市区 zj103 for 上海); between two cities of one province (苏通大桥 zj077, 镇江-扬州
汽渡 zj089, 江阴大桥 zj090, 杭州湾跨海大桥 zj121, 深中通道 zj170, 虎门大桥 zj171, 海文大桥 zj221);
province-wide questions and roads (河北 zj031, 福建 zj160, 广东 zj186, 海南 环岛旅游公路 zj217, 青海湖
zj279); places whose district this session did not know (北戴河新区 zj034, 烟台渔人码头 zj069, 青岛
港客运站 zj072, 深圳西涌 zj189, 三亚西岛 zj222, 三亚凤凰岛 zj304).

Null rows: lines and voyages across provinces (连云港-日照 zj091, 舟山-上海 coach zj138, 长江游轮
重庆-宜昌 zj251, 烟台-大连 on board zj285, 海口-徐闻 on board zj286, 上海-宁波 coach zj297, 温州-福州
zj298), questions with no place (zj287-zj291, zj301), a macro-region (东南沿海 zj300), seas and
straits (渤海湾 zj302, 琼州海峡 zj303), and shared names with nothing to settle them, with
"ambiguous": 普陀区 / 普陀 (上海 or 舟山, zj140, zj299), 南沙 (广州's district or 三沙's, zj292),
东港 (丹东's 东港市 or 日照's 东港区, zj293), 江北区 (宁波 or 重庆, zj294), 鼓楼区 (南京, 徐州, 福州,
开封, zj295). On purpose also: 海城区 alone (zj296) is 北海's, 鞍山's being 海城市; 霞浦's town 三沙
(zj318) is not 三沙市; 舟山's 东港 with 普陀 named (zj117); 长岛, merged into 蓬莱区 in 2020
(zj046, zj047, zj070, zj308); a seafood truck from 湛江 stopped at 宜章 (zj315); a caller from 沈阳
about 东港 (zj319).

Expected regions follow the conventions stated in place_heldout8_source.py: where the problem
happens, not the origin nor where the caller or the truck is registered; the most specific
division known to be right (an island, town, port, beach or scenic area counts for the county
it lies in); a line, bridge or tunnel between two places counts for the smallest region holding
both ends; a name that could be several regions with nothing to settle it expects null and lists
the candidates in "ambiguous".

Rows whose expected code rests on a fact this session was less sure of: zj047, zj070, zj308 (长岛
counted for 蓬莱区), zj066 (黄河口生态旅游区 in 垦利区), zj086 (洪泽湖大堤 in 洪泽区), zj132 (绍兴东湖
in 越城区), zj153 (三都澳 in 蕉城区), zj179 (双月湾 in 惠东县), zj181 (放鸡岛 in 电白区), zj188 (金湾
机场 to 高栏港, both taken to be in 金湾区), zj239 (姥山岛 in 巢湖市), zj247 (三峡大坝 景区 in 夷陵区),
zj264 (万峰湖 in 兴义市), zj268 (抚仙湖 for 澄江市), zj281 (阅海 in 金凤区), zj282 (赛里木湖 in
博乐市), and zj222 / zj304 (三亚's 西岛 and 凤凰岛, given only the city).
"""

from __future__ import annotations

from hotline.text.data.place_heldout3_source import build_rows
from hotline.text.data.place_testset_source import write_jsonl

# (text, expected path or code or None, note[, caller's number or {"phone": …, "ambiguous": […]}])
HELDOUT46: list[tuple] = [
    # ── 辽宁 ──
    ("长海县 獐子岛 回大连的船票 网上显示有票 到码头说卖完了 一船人在等", "辽宁/大连/长海县", "phone; ferry ticket at 獐子岛"),
    ("来电人反映：10月3日在大连旅顺新港排队上滚装船去烟台，现场工作人员要求额外交纳“加急费”200元才能优先装车，要求核查。", "辽宁/大连/旅顺口区", "operator; ro-ro port in 旅顺口区, not the destination"),
    ("金石滩黄金海岸停车场 一小时收二十 没有任何公示牌", "辽宁/大连/金州区", "phone; hard: beach named without its district (金州区)"),
    ("大连星海广场周边周末违停太多，公交车根本进不了站，能不能多派点人管管", "辽宁/大连/沙河口区", "short; 星海广场 in 沙河口区"),
    ("【留言标题】滨海路旅游观光巴士停运\n【留言内容】大连滨海路的观光巴士十一期间说停就停，没有任何通知，游客在站点等了一个小时。", "辽宁/大连", "web; 滨海路 runs across several districts of 大连"),
    ("东港市大鹿岛的客船 说好九点开 拖到十一点 也没人解释", "辽宁/丹东/东港市", "phone; island ferry in 东港市"),
    ("鲅鱼圈山海广场海边这一片 晚上出租车都不打表 一口价五十", "辽宁/营口/鲅鱼圈区", "phone; beach taxis"),
    ("来电人称在兴城觉华岛码头乘坐快艇，船上救生衣数量不够，老人孩子都没有穿，存在安全隐患。", "辽宁/葫芦岛/兴城市", "operator; hard: island named with its county-level city only"),
    ("广鹿岛上就两路公交 一等一个钟头 岛上打车还要四十", "辽宁/大连/长海县", "phone; hard: island without county (广鹿岛 in 长海县)"),
    ("大长山岛码头出租车拒载，说去小珠山太近不拉。", "辽宁/大连/长海县", "short; hard: island without county (大长山岛 in 长海县)"),
    ("盘锦红海滩景区门口的摆渡车 收费跟公示的不一样 多收十块", "辽宁/盘锦/大洼区", "phone; 红海滩 in 大洼区"),
    ("沈海高速瓦房店段 拉海鲜的冷藏车被查 说我们绿通不合规 扇贝不算鲜活农产品吗", "辽宁/大连/瓦房店市", "phone; seafood truck on the expressway"),
    ("咨询：庄河海王九岛的游船现在还开不开，十月份以后是不是就停了？", "辽宁/大连/庄河市", "operator; consultation, island boat"),
    ("大连湾海底隧道里面两辆车追尾 堵了半小时 隧道里广播一直没响", "辽宁/大连", "phone; hard: tunnel between two districts of 大连, city only"),
    ("丹东鸭绿江边的游船码头 船票价格乱 有的一百有的六十 请统一管理", "辽宁/丹东", "phone; river boats along the 丹东 waterfront, city only"),
    ("营口鲅鱼圈港外面等装船的货车排了两公里，占了一条车道，很危险。", "辽宁/营口/鲅鱼圈区", "short; port truck queue"),
    ("葫芦岛龙湾海滨那边的公交车空调不开，大夏天闷死了。", "辽宁/葫芦岛", "short; city named alone with a beach front"),
    ("来电人反映：国庆期间在长海县小长山岛乘坐岛际交通船，船票和售票窗口公示不一致，多收了十五元。", "辽宁/大连/长海县", "operator; island boat"),
    ("旅顺口区 老铁山附近的海边路 护栏缺了好几段 晚上开车吓人", "辽宁/大连/旅顺口区", "phone; coastal road"),
    ("大连到长海的车客渡 能不能开个网上预约 每次都要凌晨去排队", "辽宁/大连", "phone; hard: ferry line between 大连 and 长海县 (in 大连), city only"),
    # ── 河北 ──
    ("北戴河 周末进不去 交警说车太多限流 早上七点就封了 外地车只能停外面", "河北/秦皇岛/北戴河区", "phone; beach traffic control"),
    ("南戴河海边的停车场乱收费 一天一百 没有发票", "河北/秦皇岛/抚宁区", "phone; hard: 南戴河 in 抚宁区"),
    ("【留言标题】昌黎黄金海岸景区交通\n【留言内容】昌黎黄金海岸景区周边道路没有任何指示牌，导航把车导到沙滩里去了，希望设置引导标志。", "河北/秦皇岛/昌黎县", "web; beach road signs"),
    ("老龙头景区门口 出租车拉客 到火车站要八十", "河北/秦皇岛/山海关区", "phone; hard: 老龙头 in 山海关区"),
    ("鸽子窝公园门口的公交站被旅游大巴占了，我们坐公交的只能站在马路上等。", "河北/秦皇岛/北戴河区", "short; hard: 鸽子窝 in 北戴河区"),
    ("曹妃甸港 拉矿石的车 超载严重 路面都压坏了 没人管", "河北/唐山/曹妃甸区", "phone; port trucks"),
    ("来电人称在乐亭月坨岛码头乘船上岛，往返船票120元，却被要求另外购买“景区通行证”，认为重复收费。", "河北/唐山/乐亭县", "operator; island boat in 乐亭县"),
    ("黄骅港这边集疏港的路天天堵 大车小车挤一块 求增加通道", "河北/沧州/黄骅市", "phone; port access road"),
    ("北戴河区 去海边的路口 红绿灯坏了两天 没人修 车乱成一团", "河北/秦皇岛/北戴河区", "phone; signal on the way to the beach"),
    ("秦皇岛34路公交车车况太差，车门关不严，开起来哐哐响。", "河北/秦皇岛", "short; city bus, city named only"),
    ("咨询：河北沿海伏季休渔期间，运海鲜的冷链车能不能继续走绿色通道？", "河北", "operator; province-wide question"),
    ("衡水湖的游船 没有救生员 船开得飞快 游客都吓坏了", "河北/衡水", "phone; hard: lake spans two districts of 衡水, city only"),
    ("白洋淀 码头的船家拉客 说好一人五十 到了淀中间加价到一百五", "河北/保定/安新县", "phone; hard: 白洋淀 in 安新县"),
    ("北京来的 去北戴河新区那边 导航说沿海公路封了 也没告诉绕哪走 到底封到几号", "河北/秦皇岛", "phone; hard: 北戴河新区 spans 抚宁 and 昌黎, city only; caller from 北京"),
    # ── 天津 ──
    ("东疆邮轮母港 下船以后打车 出租车只去市区不打表 要三百", "天津/滨海新区", "phone; hard: cruise port named without district"),
    ("天津港集装箱卡车排队进港 排了一整夜 港区周边没有厕所没有吃饭的地方", "天津/滨海新区", "phone; port truck queue"),
    ("来电人反映：塘沽外滩公园附近的公交车站被取消，老年人要多走一公里，要求恢复。", "天津/滨海新区", "operator; hard: 塘沽 in 滨海新区"),
    ("海河游船夜游 票价跟网上说的不一样 多收了三十", "天津", "phone; river boats through several districts, 天津 only"),
    ("大港这边海滨浴场门口 停车场没人管 车都停到马路上了", "天津/滨海新区", "phone; hard: 大港 in 滨海新区"),
    ("东丽湖景区的摆渡车下午四点就停了，游客只能走出去。", "天津/东丽区", "short; lake shuttle"),
    ("国家海洋博物馆周末停车位不够，汉沽、塘沽方向来的车都堵在路上。", "天津/滨海新区", "short; museum on the coast"),
    ("宁河七里海湿地 游览船 船舱里积水 船员说没事", "天津/宁河区", "phone; wetland boat"),
    ("蓟州于桥水库边上的路 钓鱼的车乱停 把会车的地方都占了", "天津/蓟州区", "phone; reservoir road"),
    ("汉沽 拉海鲜的小货车 在蔡家堡渔港门口被罚 说占道 我们等货只能停那", "天津/滨海新区", "phone; hard: fishing port in 汉沽 (滨海新区)"),
    # ── 山东 ──
    ("烟台港客运站 买了去大连的船票 开船前通知延误 一直等到半夜 没人给个说法", "山东/烟台/芝罘区", "phone; ferry terminal, problem at the port of departure"),
    ("蓬莱港 去长岛的船 车辆上船要提前三天预约 现场根本约不上", "山东/烟台/蓬莱区", "phone; 蓬莱 port"),
    ("来电人反映：在长岛南长山岛乘坐岛内公交，司机中途让乘客下车换车，还要重新投币。", "山东/烟台/蓬莱区", "operator; hard: 长岛 now part of 蓬莱区 (less sure)"),
    ("威海港 去韩国的客轮候船厅 空调坏了 等了三个小时", "山东/威海/环翠区", "phone; passenger terminal in 环翠区"),
    ("刘公岛 轮渡 排队两个小时 窗口只开一个", "山东/威海/环翠区", "phone; hard: 刘公岛 in 环翠区"),
    ("石岛渔港 卸货的车 被城管贴条 我们凌晨卸鱼 能不能给个临时停车的地方", "山东/威海/荣成市", "phone; hard: 石岛 in 荣成市"),
    ("荣成成山头景区到天鹅湖的旅游专线 半天一趟 太少了", "山东/威海/荣成市", "phone; scenic shuttle"),
    ("龙口港 滚装码头 去旅顺的车辆 安检那里 收了一个什么服务费 没有票", "山东/烟台/龙口市", "phone; ro-ro port, problem at 龙口"),
    ("青岛栈桥这边打车 司机看是外地人就绕路", "山东/青岛/市南区", "phone; hard: 栈桥 in 市南区"),
    ("青岛到黄岛的轮渡 雾天停航 一点通知都没有 白跑一趟", "山东/青岛", "phone; hard: ferry between two districts of 青岛, city only"),
    ("来电人称：在胶州湾隧道内发生车辆故障，求助电话一直打不通，等了四十分钟救援才到。", "山东/青岛", "operator; hard: tunnel between 市南 and 黄岛, city only"),
    ("胶州湾大桥上 有货车在应急车道 停车卸货 太危险了", "山东/青岛", "phone; bridge between several districts of 青岛"),
    ("青岛 金沙滩 周边 停车场 一律五十 还不让出 说要包天", "山东/青岛/黄岛区", "phone; hard: 金沙滩 in 黄岛区"),
    ("崂山仰口景区的游船码头，船票要在线上买，老人不会用手机，现场又不卖。", "山东/青岛/崂山区", "short; 仰口 in 崂山区"),
    ("石老人海水浴场门口的公交站牌被台风刮倒了，好几天了也没人修。", "山东/青岛/崂山区", "short; hard: 石老人 in 崂山区"),
    ("八大关周末 婚纱摄影的车乱停 路都堵死了", "山东/青岛/市南区", "phone; hard: 八大关 in 市南区"),
    ("日照万平口海滨停车场 节假日收费翻倍 合理吗", "山东/日照/东港区", "phone; 万平口 in 日照 东港区"),
    ("岚山渔港 码头进出的路全是坑 装海货的车天天颠坏东西", "山东/日照/岚山区", "phone; fishing port road"),
    ("烟台养马岛 环岛路 电动观光车 开得太快 差点撞到人", "山东/烟台/牟平区", "phone; hard: 养马岛 in 牟平区"),
    ("海阳万米海滩这边的公交车 末班车六点 游客回不去", "山东/烟台/海阳市", "phone; beach bus"),
    ("威海国际海水浴场对面路边停车 被贴条 那里没有禁停标志", "山东/威海/环翠区", "phone; beach parking"),
    ("东营黄河口生态旅游区里面的游船，下午三点以后就不卖票，网上写的是五点。", "山东/东营/垦利区", "short; 黄河口 scenic area in 垦利区 (less sure)"),
    ("微山湖 游船 船上没有救生衣 孩子也上了船", "山东/济宁/微山县", "phone; hard: 微山湖 in 微山县"),
    ("大明湖 游船 排队 有人插队 工作人员不管", "山东/济南/历下区", "phone; hard: 大明湖 in 历下区"),
    ("【留言标题】烟台渔人码头公交\n【留言内容】烟台市开发区到渔人码头的公交线路班次太少，周末游客多，等车超过一小时。", "山东/烟台", "web; hard: route from 开发区 (not a county) to a landmark, city only"),
    ("咨询：长岛的车辆上岛是不是要提前报备？我们自驾过去，不知道要办什么手续。", "山东/烟台/蓬莱区", "operator; hard: 长岛 without county, 蓬莱区 (less sure)"),
    ("来电人反映：荣成那香海附近的海边路上，每到周末有人设卡收“进村费”，每车二十元。", "山东/威海/荣成市", "operator; 那香海 in 荣成市"),
    ("青岛港客运站门口 黑车拉客 正规出租车进不来", "山东/青岛", "phone; port terminal in 青岛, city only (district not settled here)"),
    # ── 江苏 ──
    ("连岛海滨浴场 周末 进岛 堵车 拦海大堤 上一动不动", "江苏/连云港/连云区", "phone; hard: 连岛 in 连云区"),
    ("连云港港 去韩国的客轮 候船的地方 吸烟的人太多 没人管", "江苏/连云港/连云区", "phone; port in 连云区"),
    ("启东圆陀角景区门口停车收费不合理，停十分钟也收二十。", "江苏/南通/启东市", "short; beach parking"),
    ("如东小洋口 看海的人多 路太窄 会车困难", "江苏/南通/如东县", "phone; coastal road"),
    ("苏通大桥上 一辆大货车侧翻 封了两个小时 没有任何提示", "江苏", "phone; hard: bridge between 南通 and 苏州, province only"),
    ("来电人称：扬中长江大桥附近的江边路上，大货车长期违停，影响通行。", "江苏/镇江/扬中市", "operator; river island city"),
    ("南京中山码头的轮渡 刷卡机坏了 只能现金 现在谁带现金", "江苏/南京/鼓楼区", "phone; hard: 中山码头 in 鼓楼区 (南京)"),
    ("浦口码头那边下了轮渡 公交站离得太远 走过去要十五分钟", "江苏/南京/浦口区", "phone; ferry landing"),
    ("西山岛 进岛的太湖大桥 周末堵到晚上 能不能搞个分流", "江苏/苏州/吴中区", "phone; hard: 西山 (金庭) in 吴中区"),
    ("苏州东山 雕花楼 附近 停车位 全被占 收费也没标准", "江苏/苏州/吴中区", "phone; hard: 东山 in 吴中区"),
    ("鼋头渚 游船 票价 网上八十 现场一百", "江苏/无锡/滨湖区", "phone; hard: 鼋头渚 in 滨湖区"),
    ("大丰港 进港的路 拉煤的车 抛洒严重", "江苏/盐城/大丰区", "phone; port road"),
    ("射阳港渔港 冷藏车 晚上卸货 被附近居民投诉 说我们噪音大 请问有没有规定时间", "江苏/盐城/射阳县", "phone; fishing port"),
    ("洪泽湖大堤上的路 开观光车的乱收费 说是景区内部车", "江苏/淮安/洪泽区", "phone; 洪泽湖大堤 in 洪泽区 (less sure)"),
    ("高邮湖 边上的 渔民码头 外来车辆 被收进场费", "江苏/扬州/高邮市", "phone; lake landing"),
    ("阳澄湖大闸蟹上市 拉蟹的车 在湖边的路上乱停 到处堵", "江苏/苏州", "phone; hard: 阳澄湖 spans 相城, 昆山 and the 园区, city only"),
    ("【留言标题】镇江到扬州汽渡\n【留言内容】镇江至扬州的汽渡排队时间长，节假日两三个小时，建议增加班次。", "江苏", "web; hard: ferry between two cities of 江苏, province only"),
    ("江阴大桥 收费站 ETC 不抬杆 后面一直按喇叭", "江苏", "phone; hard: bridge between 无锡 (江阴) and 泰州 (靖江), province only"),
    ("咨询：连云港到日照的沿海高速，周末货车限不限行？", None, "operator; hard: line across provinces (江苏/山东), no place"),
    # ── 上海 ──
    ("长兴岛 上的公交 到地铁站 一个小时一班 上班根本来不及", "上海/崇明区", "phone; hard: 长兴岛 in 崇明区"),
    ("横沙岛轮渡 车客渡 周末车排到公路上了 有没有预约", "上海/崇明区", "phone; hard: 横沙岛 in 崇明区"),
    ("宝杨码头 去崇明的船 停航了 售票员态度很差", "上海/宝山区", "phone; hard: 宝杨码头 in 宝山区"),
    ("来电人反映：吴淞口国际邮轮港下船后，出租车排队区有人揽客，报价四百元去浦东机场。", "上海/宝山区", "operator; cruise port in 宝山区"),
    ("北外滩国际客运中心 周边停车 二十块一小时 太贵", "上海/虹口区", "phone; hard: passenger terminal in 虹口区"),
    ("金山城市沙滩 周末 公交 挤不上去 能不能加车", "上海/金山区", "phone; beach bus"),
    ("奉贤碧海金沙 门口 出租车不打表", "上海/奉贤区", "phone; beach taxi"),
    ("芦潮港那边的集卡天天在路边停，晚上开车根本看不到。", "上海/浦东新区", "short; hard: 芦潮港 in 浦东新区"),
    ("黄浦江轮渡 东金线 早高峰 船太少 排队排到马路上", "上海", "phone; hard: ferry across the river between two districts, 上海 only"),
    ("外滩 游船 码头 拉客的 说一百 上了船变成两百", "上海/黄浦区", "phone; 外滩 in 黄浦区"),
    ("长江隧桥上限速八十，可是总有车开一百多，建议加测速。", "上海", "short; hard: tunnel and bridge between 浦东 and 崇明, 上海 only"),
    ("崇明陈家镇 到 市区的 申崇线 车上 站票太多 超载了", "上海", "phone; hard: bus line from 崇明 to the city centre, 上海 only"),
    ("临港滴水湖 周边 周末 飙车的 噪音太大", "上海/浦东新区", "phone; hard: 滴水湖 in 浦东新区"),
    ("青浦 淀山湖 游船 码头 停车场 乱收费", "上海/青浦区", "phone; 淀山湖, 青浦 named"),
    ("南汇嘴观海公园那边晚上没有路灯，海边的路很黑。", "上海/浦东新区", "short; hard: 南汇嘴 in 浦东新区"),
    ("崇明东滩 看鸟的 车 停在 大堤上 把路堵了", "上海/崇明区", "phone; coastal dyke"),
    # ── 浙江 ──
    ("普陀山 上岛 船票 网上订好了 到了说系统没有 要重新买", "浙江/舟山/普陀区", "phone; hard: 普陀山 without its district"),
    ("朱家尖蜈蚣峙码头停车场 一天八十 还不让过夜", "浙江/舟山/普陀区", "phone; hard: 朱家尖 in 普陀区"),
    ("来电人反映：沈家门渔港附近夜排档门口违停严重，公交车经常过不去。", "浙江/舟山/普陀区", "operator; hard: 沈家门 in 普陀区"),
    ("桃花岛 岛上 出租车 不打表 去大佛岩 一口价六十", "浙江/舟山/普陀区", "phone; hard: 桃花岛 in 普陀区"),
    ("嵊泗泗礁岛上的公交 末班车 五点半 太早了", "浙江/舟山/嵊泗县", "phone; island bus"),
    ("枸杞岛 民宿老板 开车接客 收费 算不算黑车", "浙江/舟山/嵊泗县", "phone; hard: 枸杞岛 in 嵊泗县"),
    ("岱山 高亭 码头 到 舟山本岛的船 取消了两班 没通知", "浙江/舟山", "phone; hard: ferry line between 岱山县 and 舟山本岛 (定海/普陀), city only"),
    ("衢山 岛 滚装船 大货车上船 要排两天 鲜货都坏了", "浙江/舟山/岱山县", "phone; hard: 衢山 in 岱山县"),
    ("定海 城区 公交 车站 没有站牌", "浙江/舟山/定海区", "phone; town bus"),
    ("舟山 普陀 东港 那边 出租车 拒载", "浙江/舟山/普陀区", "phone; hard: 东港 here is 普陀's new town, 舟山 named"),
    ("石浦渔港 开渔节期间 外地游客车 乱停 渔民的车进不去", "浙江/宁波/象山县", "phone; hard: 石浦 in 象山县"),
    ("象山 去渔山岛的船 船票 只能 微信买 还总是系统维护", "浙江/宁波/象山县", "phone; island boat"),
    ("北仑港区 集卡 在 疏港高速 上 并排走 不让小车过", "浙江/宁波/北仑区", "phone; port trucks"),
    ("杭州湾跨海大桥服务区的加油站，加油排队一个多小时，只开了两个枪。", "浙江", "short; hard: bridge between 嘉兴 and 宁波, province only"),
    ("洞头 半屏山 景区 门口 公交站 没有遮阳棚", "浙江/温州/洞头区", "phone; island district"),
    ("南麂岛的客船 台风过去三天了还不开，岛上游客都回不去。", "浙江/温州/平阳县", "short; hard: 南麂 in 平阳县"),
    ("大陈岛 去 椒江的 船 晕船药 都要自己买 船上小卖部 乱要价", "浙江/台州/椒江区", "phone; hard: 大陈岛 in 椒江区"),
    ("玉环大麦屿港 去台湾的 客运码头 候船厅 厕所坏了", "浙江/台州/玉环市", "phone; passenger terminal"),
    ("温岭石塘 看日出的人多 凌晨路边 车乱停", "浙江/台州/温岭市", "phone; hard: 石塘 in 温岭市"),
    ("三门蛇蟠岛 进岛的路 太窄 大巴车 进不去", "浙江/台州/三门县", "phone; island road"),
    ("千岛湖 游船 中心湖区 排队 三个小时", "浙江/杭州/淳安县", "phone; hard: 千岛湖 in 淳安县"),
    ("西湖游船 摇橹船 一船 一百五 说好的一人五十", "浙江/杭州/西湖区", "phone; 西湖 in 西湖区"),
    ("嘉兴南湖 游船 码头 周边 共享单车 堆成山", "浙江/嘉兴/南湖区", "phone; lake boat"),
    ("乌镇 景区 手摇船 价格 没有公示 不同船家 价格不一样", "浙江/嘉兴/桐乡市", "phone; hard: 乌镇 in 桐乡市"),
    ("绍兴东湖 乌篷船 船夫 中途要小费", "浙江/绍兴/越城区", "phone; 东湖 in 越城区 (less sure)"),
    ("东钱湖 环湖 骑车的 太多 汽车 不好开 能不能分道", "浙江/宁波/鄞州区", "phone; hard: 东钱湖 in 鄞州区"),
    ("苍南渔寮 沙滩 停车场 收费员 没有工作证", "浙江/温州/苍南县", "phone; beach parking"),
    ("来电人称：乐清 雁荡山 景区 公交 下午四点就停了，游客只能打黑车下山。", "浙江/温州/乐清市", "operator; scenic bus"),
    ("宁海强蛟 海边 的路 晚上 有人 开车 钓鱼 车 停在 弯道上", "浙江/宁波/宁海县", "phone; coastal road"),
    ("【留言标题】嵊泗列岛台风停航信息\n【留言内容】嵊泗客运码头停航信息发布太晚，游客凌晨到了码头才知道不开船，建议提前一天公布。", "浙江/舟山/嵊泗县", "web; typhoon suspension"),
    ("舟山 客运中心 去 上海 的 大巴 司机 一路 打电话", None, "phone; hard: coach line across provinces (浙江/上海)"),
    ("宁波 象山港大桥 上 有车 逆行", "浙江/宁波", "phone; hard: bridge between two counties of 宁波, city only"),
    ("普陀区 码头 出租车 不打表", None, "phone; hard: 普陀区 alone (上海 / 舟山)", {"ambiguous": ["上海/普陀区", "浙江/舟山/普陀区"]}),
    # ── 福建 ──
    ("鼓浪屿 轮渡 三丘田码头 回来的船 排队 两个小时", "福建/厦门/思明区", "phone; hard: 鼓浪屿 in 思明区"),
    ("厦门轮渡码头 附近 拉客 的 摩的 太多 乱", "福建/厦门/思明区", "phone; ferry pier in 思明区"),
    ("来电人反映：厦门国际邮轮中心东渡码头下船后，出租车排队秩序混乱，有司机拒绝打表。", "福建/厦门/湖里区", "operator; hard: 东渡 in 湖里区"),
    ("五通码头 去 金门的 船 取消 退票 要扣手续费", "福建/厦门/湖里区", "phone; hard: 五通 in 湖里区"),
    ("嵩屿码头 坐船 去鼓浪屿 停车场 满了 路边停 被贴条", "福建/厦门/海沧区", "phone; hard: 嵩屿 in 海沧区"),
    ("环岛路曾厝垵这一段 周末 电动车 和 自行车 挤满 机动车道", "福建/厦门/思明区", "phone; coastal road"),
    ("平潭 岛上 公交 环岛线 间隔太长 游客都在路边打黑车", "福建/福州/平潭县", "phone; island bus"),
    ("平潭海峡公铁大桥 大风 封桥 什么时候 通 能不能提前发通知", "福建/福州", "phone; hard: bridge between 长乐 and 平潭, city only"),
    ("湄洲岛 上岛 渡轮 初一十五 人太多 售票口 挤死人", "福建/莆田/秀屿区", "phone; hard: 湄洲岛 in 秀屿区 (looked up)"),
    ("南日岛 的 渡船 船票 比以前 涨了一倍", "福建/莆田/秀屿区", "phone; hard: 南日岛 in 秀屿区"),
    ("东山岛 风动石 景区 停车场 门口 堵死 了 保安 不疏导", "福建/漳州/东山县", "phone; island county"),
    ("霞浦 北岐 滩涂 拍照的 车 停满 了 村道 当地车 过不去", "福建/宁德/霞浦县", "phone; mudflat photographers"),
    ("三都澳 海上 渔排 的 游船 没有证", "福建/宁德/蕉城区", "phone; hard: 三都澳 in 蕉城区 (less sure)"),
    ("福鼎 嵛山岛 船票 只能 现场买 还 只收现金", "福建/宁德/福鼎市", "phone; island boat"),
    ("连江黄岐 去马祖的 客运码头 候船厅 没有空调", "福建/福州/连江县", "phone; passenger terminal"),
    ("琅岐岛 上 公交 停靠站 被 渔民 晒网 占了", "福建/福州/马尾区", "phone; hard: 琅岐 in 马尾区"),
    ("石狮 蚶江 渔港 冷链车 在 港区 门口 排队 被罚", "福建/泉州/石狮市", "phone; fishing port"),
    ("晋江 围头 海边 的 路 大货车 超速", "福建/泉州/晋江市", "phone; coastal road"),
    ("惠安崇武古城 门口 旅游大巴 乱停", "福建/泉州/惠安县", "phone; hard: 崇武 in 惠安县"),
    ("咨询：福建沿海台风预警期间，岛际客船是统一停航还是各地自己定？", "福建", "operator; province-wide question"),
    ("马尾 客运码头 去 琅岐 的 车渡 停了 也没人 说 为什么", "福建/福州/马尾区", "phone; ferry inside 马尾区"),
    ("厦门 环岛干道 上 有 大货车 晚上 飙车", "福建/厦门", "phone; ring road through several districts, city only"),
    # ── 广东 ──
    ("南澳 岛 上 的 出租车 不打表 去 青澳湾 要八十", "广东/汕头/南澳县", "phone; hard: 南澳 island county named short"),
    ("汕头 海湾大桥 收费站 只开 一个 口", "广东/汕头", "phone; hard: bridge between two districts, city only"),
    ("珠海 九洲港 去 深圳蛇口 的 船 取消 了 退票 等 一个 小时", "广东/珠海/香洲区", "phone; hard: 九洲港 in 香洲区"),
    ("情侣路 珠海渔女 附近 拍照 的 车 乱停", "广东/珠海/香洲区", "phone; coastal road in 香洲区"),
    ("蛇口邮轮中心 下船 出租车 排队 没人管 有司机 插队", "广东/深圳/南山区", "phone; hard: 蛇口 in 南山区"),
    ("盐田港 集卡 在 沙头角 附近 乱停 住户 出行困难", "广东/深圳/盐田区", "phone; port trucks"),
    ("大梅沙 周末 限流 公交 站 人挤人 能不能 加开 专线", "广东/深圳/盐田区", "phone; hard: 大梅沙 in 盐田区"),
    ("深中通道 上 一辆车 抛锚 占了 一条道 后面 堵 了 五公里", "广东", "phone; hard: crossing between 深圳 and 中山, province only"),
    ("虎门大桥 又 限行 了 货车 什么时候 能 过", "广东", "phone; hard: bridge between 东莞 and 广州, province only"),
    ("南沙客运港 去 香港 的 船 候船 时间 太长", "广东/广州/南沙区", "phone; hard: 南沙 here is 广州's district (客运港)"),
    ("天字码头 夜游珠江 船票 黄牛 加价", "广东/广州/越秀区", "phone; hard: 天字码头 in 越秀区"),
    ("徐闻海安港 过海 车辆 排了 一整天 还没 上船 车上 有 老人", "广东/湛江/徐闻县", "phone; ro-ro across the strait, queue at 海安"),
    ("湛江 霞山 海滨公园 附近 的 公交 站 被 取消", "广东/湛江/霞山区", "phone; coastal bus stop"),
    ("阳西沙扒湾 周末 停车 收费 一百 没有 票据", "广东/阳江/阳西县", "phone; beach parking"),
    ("来电人反映：台山上川岛山咀码头的客船，旅游旺季不按班次开船，满员才开，乘客等了三个小时。", "广东/江门/台山市", "operator; hard: 上川岛 in 台山市"),
    ("巽寮湾 进 湾 的 路 堵 死 了 有 车 逆行", "广东/惠州/惠东县", "phone; hard: 巽寮湾 in 惠东县"),
    ("双月湾 观景台 停车场 乱收费", "广东/惠州/惠东县", "phone; hard: 双月湾 in 惠东县 (less sure: the bay also borders 惠阳)", "0755-2631xxxx"),
    ("汕尾 海边 的 公交 车 不 按站 停", "广东/汕尾", "phone; city named only"),
    ("放鸡岛 上岛 的 快艇 没有 救生衣", "广东/茂名/电白区", "phone; hard: 放鸡岛 in 电白区 (less sure)"),
    ("中山 崖口 海堤 看海 的 车 太多 村民 出不去", "广东/中山", "phone; 中山 has no counties"),
    ("东莞 虎门港 集装箱车 占道", "广东/东莞", "phone; 东莞 has no counties"),
    ("惠来 神泉港 渔船 卸货 的 车 把 路 堵了", "广东/揭阳/惠来县", "phone; fishing port"),
    ("【留言标题】琼州海峡停航期间滞留车辆\n【留言内容】我们在徐闻港滞留两天，港区没有厕所和饮水，请湛江市相关部门协调解决。", "广东/湛江/徐闻县", "web; typhoon suspension, stranded at 徐闻"),
    ("咨询：广东沿海渔船休渔期，运冰鲜鱼的车辆走高速能免费吗？", "广东", "operator; province-wide question"),
    ("珠海 斗门 的 海鲜 街 附近 乱 停车", "广东/珠海/斗门区", "phone; seafood street"),
    ("金湾 机场 到 高栏港 的 路 上 泥头车 太多", "广东/珠海/金湾区", "phone; port road (高栏港 at the 金湾 end, less sure)"),
    ("深圳 西涌 沙滩 周末 进出 只有 一条 路 堵 四个 小时", "广东/深圳", "phone; hard: 西涌 in 大鹏 (not a GB county; 龙岗 on paper), city only"),
    # ── 广西 ──
    ("涠洲岛 上 电动车 租车 的 乱收费 押金 不退", "广西/北海/海城区", "phone; hard: 涠洲岛 in 海城区 (looked up)"),
    ("来电人反映：台风过后北海至涠洲岛航线恢复，但售票窗口只开一个，乘客排队四个小时。", "广西/北海", "operator; hard: ferry line from the 北海 port to 涠洲岛, city only"),
    ("北海银滩 停车场 收费 一小时 二十 还 说 是 景区 统一 价", "广西/北海/银海区", "phone; hard: 银滩 in 银海区"),
    ("侨港 海鲜 街 门口 出租车 乱停", "广西/北海/银海区", "phone; hard: 侨港 in 银海区"),
    ("北海 老街 周边 拉客 的 三轮车 太多", "广西/北海/海城区", "phone; 老街 in 海城区"),
    ("东兴 京岛 景区 里面 观光车 收费 没有 公示", "广西/防城港/东兴市", "phone; hard: 京岛 in 东兴市"),
    ("江山半岛 白浪滩 路上 大巴 抢道", "广西/防城港/防城区", "phone; hard: 江山半岛 in 防城区"),
    ("钦州三娘湾 看海豚 的 船 超载", "广西/钦州/钦南区", "phone; hard: 三娘湾 in 钦南区"),
    ("钦州港 进港 的 车 排队 占 了 辅道", "广西/钦州/钦南区", "phone; port trucks"),
    ("阳朔 遇龙河 竹筏 排队 号 被 黄牛 抢了", "广西/桂林/阳朔县", "phone; river rafts"),
    ("合浦 党江 的 渔港 冷藏车 不让 进", "广西/北海/合浦县", "phone; fishing port"),
    ("桂林 两江四湖 夜游 船票 一样 的 船 价格 不一样", "广西/桂林", "phone; hard: waterway across districts, city only"),
    # ── 海南 ──
    ("新海港 安检 排队 过海 的 车 排到 绕城 高速 上", "海南/海口/秀英区", "phone; hard: 新海港 in 秀英区"),
    ("秀英港 滚装船 车上 的 人 不许 留在 车里 老人 怎么办", "海南/海口/秀英区", "phone; ro-ro port"),
    ("来电人反映：海口假日海滩周边的公交站台没有遮阳设施，中午等车的人中暑。", "海南/海口/秀英区", "operator; hard: 假日海滩 in 秀英区"),
    ("蜈支洲岛 码头 停车场 满 了 保安 让 停 路边 结果 被 贴条", "海南/三亚/海棠区", "phone; hard: 蜈支洲岛 in 海棠区 (looked up)"),
    ("亚龙湾 打车 酒店 门口 的 出租车 都 不 打表", "海南/三亚/吉阳区", "phone; hard: 亚龙湾 in 吉阳区"),
    ("大东海 夜市 门口 网约车 接不了 客 被 出租车 围", "海南/三亚/吉阳区", "phone; hard: 大东海 in 吉阳区"),
    ("南山景区 门口 公交 站 太远 游客 只能 打车", "海南/三亚/崖州区", "phone; hard: 南山 in 崖州区"),
    ("崖州中心渔港 冷藏车 出港 排队 被 收 过路费", "海南/三亚/崖州区", "phone; fishing port"),
    ("洋浦港 集装箱 车 超载 路 坏 了", "海南/儋州", "phone; hard: 洋浦 in 儋州 (no counties)"),
    ("文昌 东郊椰林 去 清澜港 的 渡船 停了 以后 公交 也 没有", "海南/文昌", "phone; county-level city"),
    ("博鳌 亚洲论坛 期间 交通管制 没有 提前 公告", "海南/琼海", "phone; hard: 博鳌 in 琼海"),
    ("日月湾 冲浪 的 车 停满 了 东线 高速 辅道", "海南/万宁", "phone; hard: 日月湾 in 万宁"),
    ("分界洲岛 上岛 船 票 和 门票 捆绑 销售", "海南/陵水", "phone; hard: 分界洲岛 in 陵水"),
    ("南湾猴岛 缆车 和 渡船 只能 选 一个 不合理", "海南/陵水", "phone; hard: 南湾猴岛 in 陵水"),
    ("永兴岛 上 的 电动车 没有 牌照 开得 很快", "海南/三沙/西沙区", "phone; hard: 永兴岛 in 西沙区"),
    ("环岛旅游公路 好几段 没有 加油站 没有 厕所", "海南", "phone; hard: road round the whole island, province only"),
    ("临高 角 景区 路 上 的 坑 补了 又坏", "海南/临高", "phone; hard: 临高角 in 临高县"),
    ("棋子湾 海边 的 路 没有 路灯", "海南/昌江黎族自治县", "phone; hard: 棋子湾 in 昌江"),
    ("东方 八所港 的 货车 天天 在 市区 穿行", "海南/东方", "phone; port trucks"),
    ("海文大桥 风大 封桥 了 导航 还 让 走", "海南", "phone; hard: bridge between 海口 and 文昌, province only"),
    ("【留言标题】三亚西岛船票\n【留言内容】三亚西岛往返船票和上岛费分开收，售票时没有说明，要求整改。", "海南/三亚", "web; hard: 西岛, city only (district less sure)"),
    ("咨询：台风天海口的轮渡停航，已经买的船票怎么退？过几天还能用吗？", "海南/海口", "operator; consultation about 海口 ferries"),
    ("琼海 潭门 渔港 的 路 拉鱼 的 车 把 路 压坏 了", "海南/琼海", "phone; fishing port"),
    ("万宁 石梅湾 公交 车 一 小时 一 班", "海南/万宁", "phone; beach bus"),
    # ── inland waters ──
    ("颐和园 昆明湖 游船 码头 排队 有 人 倒卖 船票", "北京/海淀区", "phone; hard: 颐和园 in 海淀区"),
    ("什刹海 的 游船 和 三轮车 拉客 一起 要价", "北京/西城区", "phone; hard: 什刹海 in 西城区"),
    ("来电人称：密云水库周边的环湖路上，周末有人非法载客游湖，用的是没有牌照的小船。", "北京/密云区", "operator; reservoir"),
    ("太原 汾河 公园 的 游船 没有 救生员", "山西/太原", "phone; river park across districts, city only"),
    ("平陆 黄河 边 的 路 拉 苹果 的 车 太多 会车 难", "山西/运城/平陆县", "phone; river road"),
    ("岱海 边 的 路 周末 自驾 的 太多 乱停", "内蒙古/乌兰察布/凉城县", "phone; hard: 岱海 in 凉城县"),
    ("乌梁素海 游船 码头 没有 停车场 车 都 停在 公路 上", "内蒙古/巴彦淖尔/乌拉特前旗", "phone; hard: 乌梁素海 in 乌拉特前旗"),
    ("松花湖 景区 游船 超载 开船 前 也 不 检查", "吉林/吉林市/丰满区", "phone; hard: 松花湖 in 丰满区"),
    ("查干湖 冬捕 期间 车 太多 冰面 上 有人 开车", "吉林/松原/前郭尔罗斯蒙古族自治县", "phone; hard: 查干湖 in 前郭"),
    ("太阳岛 景区 里面 的 观光车 和 游船 票价 乱", "黑龙江/哈尔滨/松北区", "phone; hard: 太阳岛 in 松北区"),
    ("来电人反映：黑河口岸往布拉戈维申斯克的客船延误，乘客在候船大厅滞留五个小时无人解释。", "黑龙江/黑河/爱辉区", "operator; hard: border port on the 黑龙江 river, in 爱辉区"),
    ("镜泊湖 游船 码头 大巴 车 停 的 太 远", "黑龙江/牡丹江/宁安市", "phone; hard: 镜泊湖 in 宁安市"),
    ("兴凯湖 边 的 渔船 拉 游客 没有 资质", "黑龙江/鸡西/密山市", "phone; hard: 兴凯湖 in 密山市"),
    ("巢湖 姥山岛 的 船 一个 小时 一班 等 太 久", "安徽/合肥/巢湖市", "phone; hard: 姥山岛 in 巢湖市 (less sure)"),
    ("太平湖 游船 码头 停车 收费 没有 标准", "安徽/黄山/黄山区", "phone; hard: 太平湖 in 黄山区"),
    ("芜湖 长江 轮渡 早上 人 太多 上 不去", "安徽/芜湖", "phone; river ferry between districts, city only"),
    ("鄱阳湖 都昌 的 老爷庙 那边 渡船 没有 救生衣", "江西/九江/都昌县", "phone; lake ferry"),
    ("鄱阳县 莲湖 乡 的 渡口 船 太 旧 了", "江西/上饶/鄱阳县", "phone; county named"),
    ("南昌 赣江 夜游 船 票 网上 和 现场 不一样", "江西/南昌", "phone; river through districts, city only"),
    ("丹江口水库 淅川 这边 的 渔船 载客 游湖 没 证", "河南/南阳/淅川县", "phone; reservoir"),
    ("郑州 黄河 游览区 的 气垫船 一 人 两百 说 好 的 一百", "河南/郑州/惠济区", "phone; hard: 黄河游览区 in 惠济区"),
    ("三峡大坝 景区 的 换乘 大巴 排队 两 个 小时", "湖北/宜昌/夷陵区", "phone; hard: 三峡大坝 in 夷陵区 (less sure)"),
    ("秭归 港 游轮 码头 下船 后 没有 公交", "湖北/宜昌/秭归县", "phone; cruise landing"),
    ("武汉 中华路 码头 轮渡 刷 卡 要 排 很 久", "湖北/武汉/武昌区", "phone; hard: 中华路码头 in 武昌区"),
    ("丹江口 大坝 下面 的 路 停 满 了 钓鱼 的 车", "湖北/十堰/丹江口市", "phone; reservoir road"),
    ("来电人反映：长江游轮从重庆到宜昌，船上临时取消上岸游览，却不退费。", None, "operator; hard: cruise across provinces (重庆/湖北), no problem place"),
    ("君山岛 的 船 只有 上午 有 下午 回 不来", "湖南/岳阳/君山区", "phone; hard: 君山岛 in 君山区"),
    ("岳阳楼 下面 的 洞庭湖 游船 拉客 的 太多", "湖南/岳阳/岳阳楼区", "phone; lake boats at 岳阳楼"),
    ("东江湖 游船 雾 大 停 了 不退 票", "湖南/郴州/资兴市", "phone; hard: 东江湖 in 资兴市"),
    ("宝峰湖 景区 的 船 排队 插队 的 太多", "湖南/张家界/武陵源区", "phone; hard: 宝峰湖 in 武陵源区"),
    ("橘子洲 的 小火车 和 渡船 收费 不 透明", "湖南/长沙/岳麓区", "phone; hard: 橘子洲 in 岳麓区"),
    ("朝天门 码头 两江游 船票 被 黄牛 炒 到 三百", "重庆/渝中区", "phone; hard: 朝天门 in 渝中区"),
    ("万州 港 坐 游轮 去 宜昌 码头 梯坎 太 多 老人 走 不动", "重庆/万州区", "phone; cruise port"),
    ("巫山 小三峡 游船 船上 卖 东西 强买强卖", "重庆/巫山县", "phone; river boats"),
    ("白帝城 景区 的 游船 票 只能 跟团 买", "重庆/奉节县", "phone; hard: 白帝城 in 奉节县"),
    ("乐山大佛 游船 一船 塞 了 一百多 人", "四川/乐山/市中区", "phone; hard: 乐山大佛 in 市中区"),
    ("泸沽湖 四川 这边 草海 的 猪槽船 收费 乱", "四川/凉山/盐源县", "phone; hard: 泸沽湖, 四川 side in 盐源县"),
    ("邛海 边 骑 电动车 的 太 多 汽车 都 开 不 动", "四川/凉山/西昌市", "phone; hard: 邛海 in 西昌市"),
    ("万峰湖 钓鱼 的 船 超载", "贵州/黔西南/兴义市", "phone; hard: 万峰湖 in 兴义市 (less sure: the lake borders 广西 too)"),
    ("红枫湖 景区 游船 码头 停车场 乱 收费", "贵州/贵阳/清镇市", "phone; hard: 红枫湖 in 清镇市"),
    ("洱海 环湖 路 上 租 电动车 的 乱停 双廊 那 段 堵死", "云南/大理/大理市", "phone; hard: 洱海, 双廊 in 大理市"),
    ("泸沽湖 里格 半岛 的 观光车 收费 太 高", "云南/丽江/宁蒗彝族自治县", "phone; hard: 里格 on the 云南 side, 宁蒗"),
    ("抚仙湖 边 的 路 周末 堵 得 走 不 动", "云南/玉溪/澄江市", "phone; hard: 抚仙湖 named with no county (less sure: the lake borders 江川 and 华宁 too)"),
    ("海埂 大坝 喂 海鸥 的 人 太 多 公交 站 被 占", "云南/昆明/西山区", "phone; hard: 海埂 in 西山区"),
    ("景洪 澜沧江 夜游 船 码头 出租车 拒载", "云南/西双版纳/景洪市", "phone; river boats"),
    ("来电人反映：在大理双廊古镇乘坐洱海游船，船票包含的“环湖接送”并未提供。", "云南/大理/大理市", "operator; hard: 双廊 in 大理市", "0871-6533xxxx"),
    ("浪卡子 羊湖 湖边 拍照 点 停车 收费 一 辆 车 五十", "西藏/山南/浪卡子县", "phone; 羊湖 shore at 浪卡子"),
    ("巴松措 景区 的 游船 和 观光车 强制 捆绑", "西藏/林芝/工布江达县", "phone; hard: 巴松措 in 工布江达县"),
    ("瀛湖 游船 码头 没有 扶手 老人 上下 很 危险", "陕西/安康/汉滨区", "phone; hard: 瀛湖 in 汉滨区"),
    ("汉江 上 的 渡船 旬阳 这边 没有 救生衣", "陕西/安康/旬阳市", "phone; river ferry"),
    ("刘家峡 去 炳灵寺 的 快艇 没有 按 规定 限载", "甘肃/临夏/永靖县", "phone; hard: 刘家峡 and 炳灵寺 in 永靖县"),
    ("兰州 中山桥 下 坐 羊皮筏子 一 人 收 了 三百", "甘肃/兰州/城关区", "phone; hard: 中山桥 in 城关区 (兰州)"),
    ("青海湖 二郎剑 景区 的 游船 大风 天 还 开", "青海/海南藏族自治州/共和县", "phone; hard: 二郎剑 in 共和县"),
    ("青海湖 环湖 骑行 的 人 太 多 晚上 没 路灯 很 危险", "青海", "phone; hard: lake spans two prefectures, province only"),
    ("沙坡头 黄河 上 的 羊皮筏子 没有 救生衣", "宁夏/中卫/沙坡头区", "phone; hard: 沙坡头 scenic area"),
    ("银川 阅海 公园 的 游船 码头 没有 停车 的 地方", "宁夏/银川/金凤区", "phone; 阅海 in 金凤区 (less sure)"),
    ("赛里木湖 环湖 公路 上 有 人 逆行", "新疆/博尔塔拉/博乐市", "phone; hard: 赛里木湖 in 博乐市 (less sure)"),
    ("喀纳斯 湖 游船 排队 三 个 小时", "新疆/阿勒泰/布尔津县", "phone; hard: 喀纳斯 in 布尔津县"),
    ("博湖县 博斯腾湖 大河口 景区 的 船 收费 没 公示", "新疆/巴音郭楞/博湖县", "phone; lake boats, county named"),
    # ── no single region ──
    ("烟台到大连的船上 餐厅 一碗面 六十 太离谱", None, "phone; hard: on board a ferry across provinces (山东/辽宁)"),
    ("来电人反映：乘坐海口至徐闻的客滚船，船上座位被占，乘务员不管。", None, "operator; hard: on board across provinces (海南/广东)"),
    ("请问 汽车 上 滚装船 需要 带 什么 证件", None, "phone; question with no place"),
    ("台风 停航 了 船票 能 全额 退 吗", None, "phone; question with no place"),
    ("咨询：带宠物坐轮渡需要办什么手续？", None, "operator; question with no place"),
    ("【留言标题】建议\n【留言内容】建议所有客渡船在开船前广播一遍救生衣的位置和穿法。", None, "web; suggestion with no place"),
    ("拉 活 海鲜 的 车 算不算 绿通", None, "phone; question with no place"),
    ("南沙 码头 的 船 取消 了 怎么 退票", None, "phone; hard: 南沙 alone (广州's district / 三沙's 南沙区)", {"ambiguous": ["广东/广州/南沙区", "海南/三沙/南沙区"]}),
    ("东港 码头 这边 拉 海鲜 的 车 被 罚", None, "phone; hard: 东港 alone (丹东's 东港市 / 日照's 东港区)", {"ambiguous": ["辽宁/丹东/东港市", "山东/日照/东港区"]}),
    ("江北区 轮渡 码头 周边 乱 停车", None, "phone; hard: 江北区 alone (宁波 / 重庆)", {"ambiguous": ["浙江/宁波/江北区", "重庆/江北区"]}),
    ("鼓楼区 江边 码头 晚上 没有 路灯", None, "phone; hard: 鼓楼区 alone, several cities", {"ambiguous": ["江苏/南京/鼓楼区", "江苏/徐州/鼓楼区", "福建/福州/鼓楼区", "河南/开封/鼓楼区"]}),
    ("海城区 海边 的 路 有 大坑", "广西/北海/海城区", "phone; hard: 海城区 alone is 北海's (鞍山's is 海城市)"),
    ("上海到宁波 走杭州湾大桥 的 大巴 一路 超速", None, "phone; hard: coach line across provinces (上海/浙江)"),
    ("来电人称：从温州开车去福州，沿海高速一路上服务区都没有充电桩空位。", None, "operator; hard: route across provinces (浙江/福建)"),
    ("普陀 码头 的 船 又 晚点 了", None, "phone; hard: 普陀 alone", {"ambiguous": ["上海/普陀区", "浙江/舟山/普陀区"]}),
    ("东南沿海 台风 期间 货车 怎么 走", None, "phone; macro-region"),
    ("我 在 船上 晕船 了 能 投诉 吗", None, "phone; question with no place", "138xxxx5621"),
    ("渤海湾 的 轮渡 大雾 停 了 几天 了", None, "phone; hard: 渤海湾 spans 辽宁, 河北, 天津 and 山东"),
    ("琼州海峡 又 停航 了 什么时候 恢复", None, "phone; hard: the strait lies between 海南 and 广东", "0898-6528xxxx"),
    # ── phone rows from elsewhere, long narratives ──
    ("我 是 北京 来 的 游客 三亚 凤凰岛 邮轮 码头 打车 被 宰", "海南/三亚", "phone; hard: 凤凰岛 in 三亚, district not settled (less sure); caller's 北京 landline", "010-6851xxxx"),
    ("平潭 租 的 车 在 龙凤头 海滨 被 贴条 那边 没有 禁停 牌", "福建/福州/平潭县", "phone; caller's 0591 landline in 福州 too", "0591-8762xxxx"),
    ("普陀山 码头 的 出租车 拒载", "浙江/舟山/普陀区", "phone; hard: 普陀山; caller's 上海 landline", "021-5488xxxx"),
    ("刚 从 涠洲岛 回来 船 上 行李 被 摔 坏 码头 说 不 管", "广西/北海", "phone; hard: ferry from 涠洲 to 北海, luggage on the line, city only; caller's 南宁 landline", "0771-5312xxxx"),
    ("长岛 回 蓬莱 的 船 车 上 的 海鲜 被 要求 开箱 检查 很 久", "山东/烟台/蓬莱区", "phone; hard: both ends in 蓬莱区 (less sure: 长岛); caller's 济南 landline", "0531-8896xxxx"),
    ("鼓浪屿 上 的 行李 搬运 工 乱 要 钱", "福建/厦门/思明区", "phone; hard: 鼓浪屿; caller's 杭州 landline", "0571-8702xxxx"),
    ("北戴河 海边 出租车 拒载 短途 说 不到 五公里 不去", "河北/秦皇岛/北戴河区", "phone; caller's 天津 landline", "022-2345xxxx"),
    ("嵊泗 码头 停车场 收费 不 开 发票", "浙江/舟山/嵊泗县", "phone; caller's 宁波 landline", "0574-8763xxxx"),
    ("我们 是 长沙 的 车队 在 海安港 排队 两天 了 没 人 管", "广东/湛江/徐闻县", "phone; hard: 海安港 in 徐闻县; caller's 长沙 landline", "0731-8456xxxx"),
    ("三亚 亚龙湾 出租车 绕路", "海南/三亚/吉阳区", "phone; caller's 哈尔滨 landline", "0451-8631xxxx"),
    ("来电人反映：本人一家四口9月中旬到舟山东极岛旅游，原定第二天下午坐船回沈家门，因台风预警船公司临时停航，岛上住宿价格一夜之间翻了三倍，码头也没有人告知什么时候复航。我们一共滞留了三天，每天去码头问，工作人员只说等通知。希望有关部门能督促船公司提前发布停航和复航信息，并对岛上趁机涨价的情况进行管理。", "浙江/舟山/普陀区", "narrative; hard: 东极岛 in 普陀区, stranded on the island"),
    ("我是跑冷链的司机，从湛江拉了一车活虾去长沙，车上是海鲜，按说可以走绿色通道。结果到京港澳高速宜章收费站，检查人员说活虾不在目录里，要补交全部通行费四百多块，还让我把车开到旁边开箱，一耽误就是一个多小时，虾死了一部分。我想问一下，水产品到底算不算鲜活农产品？宜章这个站为什么跟别的站执行标准不一样？", "湖南/郴州/宜章县", "narrative; hard: seafood truck from 湛江, problem at a toll station in 宜章"),
    ("【留言标题】新海港春节返程排队问题\n【留言内容】春节后返程，我们初六晚上八点到海口新海港，按导航提示进入待渡区，结果一直排到第二天中午才上船。待渡区里没有足够的厕所，小孩老人都很难受，现场也没有看到工作人员疏导，只有广播反复说耐心等待。希望明年能提前做好预约分流，待渡区增加临时厕所和饮水点。", "海南/海口/秀英区", "web; long, holiday queue at 新海港"),
    ("来电人称：10月2日带老人在千岛湖乘坐游船，购票时说包含梅峰岛和月光岛两个岛，结果船到梅峰岛后就返航了，说另一个岛临时关闭，但不退差价。来电人与船上工作人员交涉，对方态度恶劣。来电人要求核实船票内容，并退还差价。", "浙江/杭州/淳安县", "narrative; hard: 千岛湖 in 淳安县"),
    ("霞浦三沙 渔港 那边 的 路 又窄 又 弯 拉 海带 的 车 天天 堵 在 镇上 能 不能 修 个 绕行 的 路", "福建/宁德/霞浦县", "phone; hard: 三沙 here is 霞浦's town, not 三沙市"),
    ("我们一车人从沈阳开过来，在丹东东港那边看海，住的渔家乐老板帮着联系了一艘船出海，说是可以看鸭绿江入海口，结果船开到一半发动机坏了，在海上漂了一个多小时才被拖回来。船上没有一件救生衣，事后找老板，他说船不是他的，也找不到船主。请问这种私人拉客出海的船归谁管？", "辽宁/丹东/东港市", "narrative; hard: caller from 沈阳, problem in 东港"),
    ("北海银滩那边我去年投诉过一次，今年又是一样。银滩南门外面那条路到了傍晚就全是电动车和摆摊的，公交车根本进不来，站台上的人只能走到大路上去拦车。晚上回酒店打不到车，出租车都说不去银滩，网约车进来要半个小时。我们就想知道这个问题到底有没有人在管，去年说会整改，今年还是这样。", "广西/北海/银海区", "narrative; hard: 银滩 in 银海区"),
    ("来电人反映：其在威海石岛新港乘坐去往韩国仁川的客轮，候船厅安检时行李被要求开箱，工作人员将其携带的海参干货倒出检查后未帮忙整理，态度生硬，来电人要求相关部门对服务态度进行调查。", "山东/威海/荣成市", "operator; hard: 石岛新港 in 荣成市"),
]


def main() -> None:
    write_jsonl(build_rows(HELDOUT46, "heldout46", "zj"), "place_heldout46.jsonl")


if __name__ == "__main__":
    main()
