"""Source of the hundred-and-seventh held-out place set (place_heldout107.jsonl): a blind check of `locate`.

Synthetic: every message was written by hand for this set in one sitting on 2026-11-30 by a helper
session that had not read hotline/text/places.py, hotline/text/noisy.py or anything else under
hotline/text/ beyond what is named here, nor any place_*.txt table, the tests, docs/, bench/,
README.md, git history or git log, anything under /work/shared, or the messages of any other set
(place_heldout*.jsonl, place_testset.jsonl, the message lists of the other *_source.py files). What
it did read: lines 1-80 of place_heldout8_source.py (its docstring with the conventions, and its
imports) and that file's last 10 lines (main()); lines 1-108 of place_heldout37_source.py and lines
1-76 of place_heldout47_source.py (their docstrings only, no messages); the source of build_rows of
place_heldout3_source.py and of _resolve and write_jsonl of place_testset_source.py, each printed on
its own with inspect.getsource; and hotline/regions.py with the 2024 region table it loads (dumped
to a scratch file under /tmp to check every code and name). Of the existing jsonl files a script
read only the first two characters of each id, to make sure no id began with "zN" (none did). No
outside page was looked up: towns, stations, airports, ports, sights and highways are placed from
the session's own knowledge, and rows resting on a fact it was less sure of say "unsure" in their
note (listed at the end). The resolver, `locate` and `hotline text analyze` were not run on any of
it, and no test was run. No message was copied from anywhere. The only checks run were that every
path resolves (through build_rows) to the intended region's full name, that no text repeats, and
the counts below, which a script computed.

Theme: an ordinary Thursday in July (7月16日), the summer holidays, at the 12328 lines of all 31
provinces. Travellers at railway stations, airports and coach stations (taxi queues, 不打表 and
一口价, ride-hailing pick-up points moved or closed, airport and station buses late or stopped,
connecting buses to sights), sights and beaches (换乘中心 and 观光车 queues, parking fees,
touts and 黑车, ferries and island boats stopped by wind or typhoon warnings), heat and storms
(buses without air conditioning, flooded underpasses and stops, heatstroke in queues, tyres
bursting), trucks (port and border queues, 治超站, 绿通 watermelons, service areas without water,
卸货 fines) and the day's ordinary city complaints (late buses, moved stops, rude drivers), weighted
as daily traffic is, with more tourist rows than an ordinary day in winter.

Coverage (computed by script): 365 messages, 348 with a region and 17 with none (expected null, 6
of them with "ambiguous": 泸沽湖 (宁蒗 / 盐源) zN349, 鼓楼区 zN352, 朝阳区 zN353, 市中区 zN362,
新华区 zN363, 普陀区 zN365; of the other 11, 7 have no place at all (zN350, zN351, zN356-zN358,
zN360, zN361), one names only 东北 (zN359), one G4 with no section (zN354) and two a line across
provinces (zN355 北京-哈尔滨, zN364 上海-杭州)). 301 expect a county-level unit, 40 a city or prefecture and 7 a
province-level unit. By province: 广东 31; 山东 22; 河南 20; 江苏, 四川 19; 浙江 18; 河北 16; 湖北,
湖南, 云南 13; 安徽, 广西 12; 福建 10; 北京, 辽宁, 上海, 江西, 重庆, 贵州, 陕西, 新疆 9; 山西 8;
黑龙江, 海南, 甘肃 7; 天津, 内蒙古, 吉林 6; 西藏, 青海 4; 宁夏 3. Voices (by the note's first
word): 199 typed on a phone (spaces between phrases, no punctuation, typos 洛杨 zN182, 郑洲 zN184,
张家介 zN203, 九寨勾 zN277, 西双版那 zN305), 93 short one-liners, 42 operators' notes
(来电人反映……/来电人称……/咨询：……), 23 web forms (【留言标题】/【留言内容】) and 8 longer narratives
(zN006, zN055, zN114, zN191, zN233, zN258, zN270, zN278). 125 rows (note "hard") are hard on
purpose; the rest are what an ordinary day brings. 15 rows carry a caller's number in a "phone"
field, none of which must settle anything: 12 landlines from another city or province than the
problem (zN016 北京 010 for 北戴河, zN055 大连 0411 for 长白山, zN101 苏州 0512 for 乌镇, zN114
上海 021 for 黄山, zN191 武汉 027 for 武当山, zN218 广州 020 for 大梅沙, zN247 南宁 0771 for
涠洲岛, zN256 深圳 0755 for 三亚, zN277 重庆 023 for 九寨沟, zN303 昆明 0871 for 丽江, zN326 兰州
0931 for 敦煌, zN333 西安 029 for 青海湖), a 福州 landline on 鼓楼区 alone (zN352), a mobile number
on 朝阳区 alone (zN353) and a 郑州 landline on a question with no place (zN358).

City, prefecture and province rows: cities with no counties (东莞 zN228, 中山 zN229, 嘉峪关 zN329);
吉林市 given as a code (zN060); a city named alone or with a place inside it whose district is not
known (邢台 治超站 zN027, 邯郸 高铁站 zN029, 淄博 zN157, 蚌埠南站 zN122, 郑州东站 in 郑东新区 zN177,
宜昌东站 zN194, 咸宁 zN197, 东湖 zN198, 五一广场 zN210, 揭阳 潮汕机场 zN238); highway sections named
by a city (包头 zN043, 无锡 zN088, 德州 zN160, 三门峡 zN176); lines, ferries and cable cars between
two districts or counties of one city or prefecture (zN017, zN031, zN053, zN058, zN063, zN078,
zN089, zN119, zN120, zN142, zN148, zN153, zN165, zN179, zN180, zN189, zN195, zN201, zN211, zN245,
zN273, zN290, and 北京 zN003, 天津 zN013); lines and roads between two cities of one province (湖北
仙桃-武汉 zN196, 云南 大理-丽江 zN310, 陕西 咸阳机场-钟楼 zN318, 新疆 独库公路 zN348); and a 进京证
question for 北京 (zN009).

On purpose (the 125 "hard" rows):
- stations, airports, ports and sights whose name is not their county's: 北京朝阳站 (朝阳区, not
  朝阳市), 清河站 (海淀, not 清河县/区), 天津站 (天津's 河北区, not the province), 虹桥站 (闵行),
  上海西站 (上海's 普陀区), 杭州东站 (上城, since 江干 merged), 深圳北站 (深圳's 龙华区, not 海口's),
  深圳湾口岸 (南山), 潮汕站 (潮州 潮安, not 汕头), 江北机场 (渝北, not 江北区), 凤凰机场 (三亚 天涯,
  not 凤凰县), 贡嘎机场 (山南 贡嘎县, though it serves 拉萨), 河东机场 (灵武, not a 河东区), 白云机场
  (广州 白云, not 贵阳), 新郑机场, 桃仙, 吴圩, 龙洞堡, 沈阳北站, 兰州西站, 重庆北站, 南山寺 (三亚
  崖州, not 深圳 南山), 布达拉宫 (拉萨 城关, not 兰州), 乐山大佛 (乐山 市中区), 衡山 (南岳区, not
  衡山县), 太白山 (眉县, not 太白县), 黄龙 (松潘), 阿尔山's 天池, 二郎剑 (青海's 海南州, not 海南省),
  涠洲岛 (北海 海城区, not 海城市), 蓬莱阁 and 长岛 (蓬莱区), 壶口 on each bank (吉县 zN035, 宜川
  zN322), 中山陵 (南京 玄武, not 中山), 断桥 (杭州 西湖区, not 南昌), 日照 万平口 (东港区), 青岛
  金沙滩 (黄岛);
- towns and villages named without their county: 南戴河, 室韦, 二道白河, 松江河, 田螺坑, 汤口, 温汤,
  黄姚, 日隆, 新都桥 and 塔公, 香格里拉镇 of 稻城 (not 香格里拉市), 闸坡, 横琴, 较场尾 (大鹏新区 is no
  county-level unit), 木鱼 (神农架林区), 博鳌 (琼海), 西乡 (宝安, not 西乡县), 淡水 (惠阳), 华西村;
- places that are not where the problem is: destinations (禄口 zN077, 周庄 zN083, 义乌 zN104, 曾厝垵
  zN127, 老君山 zN170, 广州南站 zN214, 亚龙湾 zN256, 解放碑 zN269, 中川机场 zN328, 拉萨 zN314,
  五大道 zN010), origins (上海 zN114, 广州 and 海南 zN233, 万州 zN270, 成都 zN278), a departure
  station with the problem there (上海南站 zN073, 梅州 zN236, 淡水 zN243), a service area on the way
  (英德 zN232, 梁平 zN270), and the caller's home town (周口 zN095);
- shared district names settled by the city named with them: 鼓楼区 (福州 zN135, 开封 zN186),
  新华区 (平顶山 zN185), 西湖区 (南昌 zN144), 青山区 (武汉 zN199), 白云区 (广州 zN242, 贵阳 zN299),
  长安区 (西安 zN325), 城关区 (兰州 zN332), 河东区 (临沂 zN165), 永定区 (龙岩 zN134, 张家界 zN203),
  普陀区 (舟山 zN103), 老城 for 洛阳's 老城区 (zN182), 星子 for 庐山市 (zN142), and the same names
  alone (null with "ambiguous", see above);
- misleading words: a plate 粤B in 三亚 (zN257), food and brands (兰州拉面 in 深圳 zN239, 重庆小面
  zN271, 青岛啤酒节 zN163, 长安汽车 zN361), streets named after cities (广州 北京路 zN234, 上海
  南京东路 zN071), typos (above) and 东北 (zN359). Callers' numbers from elsewhere (above) are
  carried on easy and hard rows alike.

Expected regions follow the conventions stated in place_heldout8_source.py: where the problem
happens, not the origin nor where the caller or the car is registered; the most specific division
known to be right (a town, station, airport, port, bridge, market or sight counts for the county it
lies in; for the city in 东莞 and 中山); a line or road between two places counts for the smallest
region holding both ends (for a municipality, the municipality); a name that could be several
regions with nothing to settle it expects null with "ambiguous".

Rows whose expected code rests on a fact this session was less sure of (note "unsure"): zN012
(天津之眼 in 红桥区), zN018 (南戴河 in 抚宁区), zN023 (白洋淀 for 安新县), zN025 (石家庄站 in
桥西区), zN034 (太原南站 in 小店区), zN046 (金石滩 in 金州区), zN047 (大连北站 in 甘井子区), zN048
(沈阳北站 in 沈河区), zN050 (鸭绿江断桥 in 振兴区), zN056 (松江河 and 长白山西坡 in 抚松县), zN061
(哈尔滨西站 in 南岗区), zN067 (太平机场 in 道里区), zN082 (苏州站 in 姑苏区), zN090 (云龙湖 in
泉山区), zN091 (西津渡 in 润州区), zN114 (汤口 in 黄山区), zN116 (合肥南站 in 包河区), zN121
(亳州药材市场 in 谯城区), zN124 (天堂寨 in 金寨县), zN131 (福州南站 in 仓山区), zN132 (泉州西街 in
鲤城区), zN133 (湄洲岛 for 秀屿区), zN137 (滕王阁 in 东湖区), zN138 (陶溪川 in 珠山区), zN139
(三清山 金沙 for 玉山县), zN140 (南昌西站 in 红谷滩区), zN143 (温汤 in 袁州区), zN149 (青岛北站 in
李沧区), zN161 (黄河口 in 垦利区), zN162 (养马岛 in 牟平区), zN167 (郑州站 in 二七区), zN173
(清明上河园 in 龙亭区), zN178 (鸡公山 in 浉河区), zN181 (殷墟 in 殷都区), zN188 (汉口站 in
江汉区), zN215 (白云机场 for 白云区, the airfield reaching into 花都), zN219 (较场尾 for 龙岗区),
zN221 (横琴 in 香洲区), zN222 (珠海公路口岸 in 香洲区), zN230 (闸坡 for 江城区), zN237 (放鸡岛 in
电白区), zN238 (潮汕机场 counted for 揭阳, its district not known), zN250 (南宁东站 in 青秀区),
zN255 (吴圩机场 in 江南区), zN269 (重庆北站 in 渝北区), zN275 (熊猫基地 in 成华区), zN283 (新都桥
and 塔公 in 康定市), zN291 (黄果树 for 镇宁), zN294 (龙洞堡机场 in 南明区), zN317 (西安北站 in
未央区), zN327 (七彩丹霞 for 临泽县), zN328 (兰州西站 in 七里河区), zN338 (河东机场 in 灵武市),
zN339 (镇北堡 in 西夏区), zN340 (地窝堡 in 新市区) and zN344 (赛里木湖 for 博乐市).
"""

from __future__ import annotations

from hotline.text.data.place_heldout3_source import build_rows
from hotline.text.data.place_testset_source import write_jsonl

# (text, expected path or code or None, note[, {"phone": …, "ambiguous": […]}])
HELDOUT107: list[tuple] = [
    # ── 北京 ────────────────────────────────────────────────────────────────────────────────
    ('首都机场T3 出租车 排队 一个多小时 调度站 没人管 热死了', '北京/顺义区', 'phone'),
    ('来电人反映：今天下午在北京西站南广场网约车上车点等车，平台显示的上车点被围挡封了，司机和乘客都找不到，要求车站和平台重新标清楚。', '北京/丰台区', 'operator'),
    ('大兴机场巴士 到北京南站那条线 今天下午等了一个半小时没车 也没人解释', '北京', 'phone; a line between two districts of 北京 (大兴 and 丰台) counts for 北京'),
    ('【留言标题】环球影城网约车上车点太乱\n【留言内容】7月16日晚上十点散场后，北京环球度假区东侧的网约车停车场车辆堵死，排队的游客在马路上拦车，保安也不疏导，建议增加摆渡车和交警。', '北京/通州区', 'web; 环球度假区 stands for 通州区, no district named'),
    ('来电人称在北京朝阳站出站后，出租车司机拒载短途，去三里屯嫌近不拉，要求查处。', '北京/朝阳区', "operator; hard: 北京朝阳站 in 北京's 朝阳区, not 朝阳市 (辽宁)"),
    ('昨天晚上北京下暴雨，我坐的公交车走到广渠门桥下面，积水一下子没过了车轮，车熄火了，司机让大家别下车，一车二十多个人在车里困了半个多小时，水都漫进车厢了，打电话也没人来。想问问这种下凹桥暴雨的时候为什么不提前封路，公交公司为什么还让车往里开。', '北京/东城区', 'narrative; 广渠门 in 东城区, no district named'),
    ('清河站 公交接驳 站牌 跟实际停车的位置 不一样 老人找不着', '北京/海淀区', "short; hard: 北京's 清河站 in 海淀区, not 清河县 (邢台) or 清河区 (淮安)"),
    ('来电人反映：丰台区科技园附近的公交站早高峰车辆不进站，乘客要跑到路中间上车，很危险。', '北京/丰台区', 'operator'),
    ('进京证 这个月 用完了 拉 西瓜 的 货车 还能 进 五环 吗', '北京', 'phone; 进京证 question, counts for 北京'),
    # ── 天津 ────────────────────────────────────────────────────────────────────────────────
    ('来电人反映：天津站后广场出租车排队区有司机不打表，去五大道张口要五十元。', '天津/河北区', "operator; hard: 天津站 in 天津's 河北区, not the province 河北; 五大道 (和平区) only the destination"),
    ('东疆湾沙滩 停车场 下午 爆满 进去了 出不来 堵了一个小时', '天津/滨海新区', 'phone; 东疆 in 滨海新区'),
    ('天津之眼 周边 晚上 网约车 违停接人 把路堵了', '天津/红桥区', 'short; 天津之眼 counted for 红桥区; unsure'),
    ('滨海机场 到 天津西站 的 机场巴士 发车时间 网上 和 现场 不一样', '天津', 'phone; a line between 东丽 and 红桥 counts for 天津'),
    ('盘山 景区 接驳车 强制收费 每人二十', '天津/蓟州区', 'phone; 盘山 in 蓟州区, no district named'),
    ('天津港 集装箱车 进港 排队 六个小时 车里 四十度 司机 中暑了', '天津/滨海新区', 'phone; 天津港 in 滨海新区'),
    # ── 河北 ────────────────────────────────────────────────────────────────────────────────
    ('北戴河 鸽子窝公园 门口 出租车 不打表 开口就一百', '河北/秦皇岛市/北戴河区', 'phone', {'phone': '010-68254137'}),
    ('来电人反映：7月16日在秦皇岛站坐去北戴河的公交车，车上空调不开，车里四十度，司机说空调坏了。', '河北/秦皇岛市', 'operator; hard: a bus from 秦皇岛站 (海港区) to 北戴河 counts for 秦皇岛'),
    ('南戴河 海边 停车 被收了两次费 一次20 一次30 都不给票', '河北/秦皇岛市/抚宁区', 'phone; hard: 南戴河 in 抚宁区; unsure'),
    ('【留言标题】避暑山庄门口网约车不让停\n【留言内容】承德避暑山庄正门一带今天全是接人的车，交警只让出租车停，网约车乘客要走一公里，带着老人孩子太热了。', '河北/承德市/双桥区', 'web; 避暑山庄 in 双桥区'),
    ('塞罕坝 森林公园 里面 的 路 测速 罚款 合法吗 围场 这边 谁管', '河北/承德市/围场满族蒙古族自治县', 'phone'),
    ('草原天路 张北段 周末 堵车 路边 停车 乱收费', '河北/张家口市/张北县', 'phone; hard: 草原天路 named by its 张北 section'),
    ('野三坡 百里峡 门口 黑车 太多 拉客 抢客', '河北/保定市/涞水县', 'phone; hard: 野三坡 in 涞水县'),
    ('白洋淀 码头 游船 票价 和 实际 不一样 被拉去 私人 码头', '河北/保定市/安新县', 'phone; hard: 白洋淀 counted for 安新县; unsure'),
    ('正定机场 出租车 去 石家庄市区 不打表 一口价 150', '河北/石家庄市/正定县', 'phone; hard: 正定机场 in 正定县, the trip to 市区 starting there'),
    ('来电人反映：石家庄站西广场公交站台没有遮阳棚，中午等车晒得受不了，希望加装。', '河北/石家庄市/桥西区', 'operator; unsure: 石家庄站 in 桥西区'),
    ('京港澳 涿州段 北上方向 货车 堵了 十公里 没人疏导', '河北/保定市/涿州市', 'phone'),
    ('邢台 治超站 称重 不准 多算了两吨 拉的是 西瓜 绿通', '河北/邢台市', 'phone'),
    ('曹妃甸 港区 集装箱车 排队 三个小时 没有厕所 没有水', '河北/唐山市/曹妃甸区', 'phone'),
    ('邯郸 高铁站 出租车 拼客 凑满四个人 才走', '河北/邯郸市', 'phone'),
    ('保定 竞秀区 出租车 空调 不开 还说 开空调 加五块', '河北/保定市/竞秀区', 'phone'),
    ('廊坊 到 固安 的 公交 中午 停了 两班 站台上 等了 一个钟头', '河北/廊坊市', 'phone; a line inside 廊坊'),
    # ── 山西 ────────────────────────────────────────────────────────────────────────────────
    ('平遥古城 电瓶车 拉客 说好10块 到了要30', '山西/晋中市/平遥县', 'phone'),
    ('来电人反映：五台山景区内环保车间隔太长，台怀镇一带排队近两个小时，有老人中暑。', '山西/忻州市/五台县', 'operator; 台怀 in 五台县'),
    ('太原南站 网约车 上车点 离出站口 太远 下雨 没遮挡', '山西/太原市/小店区', 'phone; unsure: 太原南站 in 小店区'),
    ('壶口瀑布 山西这边 停车场 收了20 又说 还有 环保车费', '山西/临汾市/吉县', 'phone; hard: 壶口 on the 山西 bank is 吉县 (the 陕西 bank is 宜川)'),
    ('悬空寺 盘山路 大巴 会车 堵死 游客 在车上 等了一个小时', '山西/大同市/浑源县', 'short; 悬空寺 in 浑源县'),
    ('【留言标题】运煤车占道\n【留言内容】长治市屯留区境内一条省道上，运煤货车在路边排队占了一条道，小车只能逆行超车，非常危险。', '山西/长治市/屯留区', 'web'),
    ('乔家大院 门口 停车 保安 收钱 不给票', '山西/晋中市/祁县', 'phone; 乔家大院 in 祁县'),
    ('太原 迎泽区 公交车 下雨 车顶 漏水', '山西/太原市/迎泽区', 'short'),
    # ── 内蒙古 ──────────────────────────────────────────────────────────────────────────────
    ('海拉尔机场 出租车 包车 去 草原 一天 两千 还说是 行价', '内蒙古/呼伦贝尔市/海拉尔区', 'phone'),
    ('阿尔山 火车站 出租车 去 天池 一口价 三百 不打表', '内蒙古/兴安盟/阿尔山市', "phone; hard: 阿尔山's 天池, not 长白山 or 天山 天池"),
    ('响沙湾 门口 停车场 电子收费 扣了两次', '内蒙古/鄂尔多斯市/达拉特旗', 'short; 响沙湾 in 达拉特旗'),
    ('包茂高速 包头段 货车 爆胎 服务区 没有 加水 降温 的地方', '内蒙古/包头市', 'phone'),
    ('室韦 到 额尔古纳 的 班车 停运了 也没通知', '内蒙古/呼伦贝尔市/额尔古纳市', 'phone; hard: 室韦 is a town of 额尔古纳; a line inside one county-level city'),
    ('二连浩特 口岸 货车 排队 两天了 没人管', '内蒙古/锡林郭勒盟/二连浩特市', 'phone'),
    # ── 辽宁 ────────────────────────────────────────────────────────────────────────────────
    ('金石滩 黄金海岸 停车场 爆满 交警 贴条 游客 没地方停', '辽宁/大连市/金州区', 'phone; hard: 金石滩 in 金州区; unsure'),
    ('来电人反映：大连北站出站后网约车接驳点挪到了地下停车场，没有指示牌，绕了半小时才找到。', '辽宁/大连市/甘井子区', 'operator; unsure: 大连北站 in 甘井子区'),
    ('沈阳北站 出租车 绕路 到 中街 多收 二十', '辽宁/沈阳市/沈河区', 'phone; hard: 沈阳北站 in 沈河区; unsure'),
    ('桃仙机场 大巴 晚点 四十分钟 一趟 没发', '辽宁/沈阳市/浑南区', 'phone; hard: 桃仙机场 in 浑南区'),
    ('丹东 鸭绿江断桥 附近 游船码头 拉客 价格 不透明', '辽宁/丹东市/振兴区', 'phone; unsure: 断桥 in 振兴区'),
    ('兴城 海滨浴场 门口 停车费 一天一百 也太黑了', '辽宁/葫芦岛市/兴城市', 'phone'),
    ('【留言标题】沈海高速货车超速\n【留言内容】沈海高速盖州段大货车连续超速跟车，小车被夹在中间，希望在盖州收费站附近加强执法。', '辽宁/营口市/盖州市', 'web'),
    ('来电人称：锦州到笔架山的旅游公交一个小时才一班，游客都挤在站台上晒着。', '辽宁/锦州市', 'operator; a line inside 锦州'),
    ('沈阳 铁西区 公交 司机 开车 打电话 急刹 乘客 摔了', '辽宁/沈阳市/铁西区', 'phone'),
    # ── 吉林 ────────────────────────────────────────────────────────────────────────────────
    ('来电人反映：7月16日一家五口自驾到长白山北坡，在二道白河镇的换乘中心排队坐景区环保车，从早上八点排到十点半，队伍在太阳底下没有遮挡，现场只有两个工作人员，问什么时候能上车都说不知道，老人差点晕倒。来电人认为景区运力安排严重不足，要求主管部门督促增加车辆并设置遮阳设施。', '吉林/延边朝鲜族自治州/安图县', "narrative; hard: 长白山北坡 and 二道白河 in 安图县 (run by 长白山管委会); the caller's 大连 number settles nothing", {'phone': '0411-84736520'}),
    ('松江河 到 长白山西坡 的 班车 取消了 票也 不给退', '吉林/白山市/抚松县', 'phone; hard: 松江河 and 西坡 in 抚松县; unsure'),
    ('延吉西站 出站 出租车 拼车 不打表 去市区 一人 二十', '吉林/延边朝鲜族自治州/延吉市', 'phone'),
    ('龙嘉机场 到 长春站 的 大巴 司机 开车 一直 打电话', '吉林/长春市', 'phone; hard: 龙嘉机场 (九台区) to 长春站 counts for 长春'),
    ('查干湖 景区 里面 的 观光车 收费 和 门票上 说的 不一样', '吉林/松原市/前郭尔罗斯蒙古族自治县', 'short; 查干湖 in 前郭'),
    ('来电人反映：吉林市世纪广场附近公交站雨后积水，乘客上车要蹚水，已经好几天了。', '220200', 'operator; hard: 吉林市 given as a code, a path cannot name it'),
    # ── 黑龙江 ──────────────────────────────────────────────────────────────────────────────
    ('哈尔滨西站 网约车 接驳区 司机 揽客 加价', '黑龙江/哈尔滨市/南岗区', 'phone; unsure: 哈尔滨西站 in 南岗区'),
    ('中央大街 附近 出租车 拒载 嫌近', '黑龙江/哈尔滨市/道里区', 'short; 中央大街 in 道里区, no city named'),
    ('太阳岛 到 中央大街 的 索道 和 游船 都停了 说有 雷雨 票 怎么退', '黑龙江/哈尔滨市', 'phone; hard: 太阳岛 (松北) to 中央大街 (道里) counts for 哈尔滨'),
    ('来电人反映：漠河北极村景区门口的旅游大巴乱停，把进村唯一的路堵住了，后面的车排了一公里。', '黑龙江/大兴安岭地区/漠河市', 'operator; 北极村 in 漠河市'),
    ('镜泊湖 景区 游船 超载 救生衣 不够', '黑龙江/牡丹江市/宁安市', 'phone; 镜泊湖 in 宁安市'),
    ('五大连池 景区 观光车 到 老黑山 要另加八十', '黑龙江/黑河市/五大连池市', 'phone'),
    ('哈尔滨 太平机场 出租车 排队 乱插队 调度 不管', '黑龙江/哈尔滨市/道里区', 'phone; unsure: 太平机场 in 道里区'),
    # ── 上海 ────────────────────────────────────────────────────────────────────────────────
    ('虹桥火车站 网约车 P9 上车点 排队 一个多小时 没车', '上海/闵行区', 'phone; hard: 虹桥站 in 闵行区, no district named'),
    ('浦东机场 T2 出租车 司机 嫌短途 去 川沙 不肯走', '上海/浦东新区', 'phone'),
    ('【留言标题】迪士尼散场公交太少\n【留言内容】今晚迪士尼烟花结束后，地铁站和公交站都排长队，去川沙的公交一个小时才来一辆，建议暑期加开夜班车。', '上海/浦东新区', 'web; 上海迪士尼 in 浦东新区, no district named'),
    ('外滩 南京东路口 出租车 不打表 乘客 被要 两百', '上海/黄浦区', 'phone; hard: 外滩 in 黄浦区; 南京东路 is a street, not 南京'),
    ('朱家角 古镇 停车场 收费 标准 跟牌子上 不一样', '上海/青浦区', 'short; 朱家角 in 青浦区'),
    ('来电人反映：上海南站长途客运站今天下午去嘉兴的班次临时取消，售票窗口不给退票。', '上海/徐汇区', 'operator; hard: the refusal at 上海南站 (徐汇区), not 嘉兴'),
    ('金山城市沙滩 周边 公交 站点 调整了 没公告', '上海/金山区', 'short'),
    ('七宝老街 附近 网约车 违停 交警 也不管', '上海/闵行区', 'short; 七宝 in 闵行区'),
    ('上海西站 出租车 排队 没人 调度', '上海/普陀区', "short; hard: 上海西站 in 上海's 普陀区, not 舟山's"),
    # ── 江苏 ────────────────────────────────────────────────────────────────────────────────
    ('南京南站 出租车 排队区 有人 插队 拉客 说是 拼车 去 禄口', '江苏/南京市/雨花台区', 'phone; hard: 南京南站 (雨花台区); 禄口 (江宁) only the destination'),
    ('禄口机场 大巴 到 南京站 的线 今天 暂停 没看到 通知', '江苏/南京市', 'phone; a line between 江宁 and 玄武 counts for 南京'),
    ('夫子庙 晚上 出租车 拒载 都说 交班', '江苏/南京市/秦淮区', 'short; 夫子庙 in 秦淮区'),
    ('来电人反映：中山陵景区观光小火车下午因雷暴停运，几百名游客滞留在停车场没有遮挡，要求安排接驳车辆。', '江苏/南京市/玄武区', 'operator; hard: 中山陵 in 南京 玄武区 (中山 is also a city)'),
    ('木渎古镇 门口 黑车 拉客 去 灵岩山 一人 五十', '江苏/苏州市/吴中区', 'phone; 木渎 in 吴中区'),
    ('苏州站 北广场 网约车 停车场 免费时间 太短 超了 就收钱', '江苏/苏州市/姑苏区', 'phone; unsure: 苏州站 in 姑苏区'),
    ('拙政园 门口 三轮车 拉客 说 带去 周庄 一百', '江苏/苏州市/姑苏区', 'phone; hard: the touting at 拙政园 (姑苏区); 周庄 only the destination offered'),
    ('鼋头渚 景区 公交 挤不上去 加班车 太少', '江苏/无锡市/滨湖区', 'phone; 鼋头渚 in 滨湖区'),
    ('灵山大佛 停车场 出口 堵了 四十分钟 收费 只开 一个口', '江苏/无锡市/滨湖区', 'short; 灵山 in 滨湖区'),
    ('来电人反映：连云港连岛海滨浴场今天人多，进岛的路堵死了，公交进不去，游客在大堤上走了四公里。', '江苏/连云港市/连云区', 'operator; 连岛 in 连云区'),
    ('【留言标题】东关街周边违停\n【留言内容】扬州东关街一带旅游大巴和私家车乱停，公交车过不去，天天这样，希望交警管一管。', '江苏/扬州市/广陵区', 'web; 东关街 in 广陵区'),
    ('沪宁高速 无锡段 货车 追尾 堵了 两小时 服务区 水 卖完了', '江苏/无锡市', 'phone'),
    ('沭阳 到 宿迁 的 城际公交 中午 停了 两班', '江苏/宿迁市', 'phone; a line between 沭阳 and 宿迁 市区 counts for 宿迁'),
    ('来电人称在徐州云龙湖景区附近坐出租车被绕路，多收了十几块。', '江苏/徐州市/泉山区', 'operator; hard: 云龙湖 in 泉山区, not 云龙区 or 云龙县; unsure'),
    ('镇江 西津渡 附近 公交站 搬了 没有 告示', '江苏/镇江市/润州区', 'phone; unsure: 西津渡 in 润州区'),
    ('江阴 汽车站 到 华西村 的 公交 晚点 严重', '江苏/无锡市/江阴市', 'phone; hard: 华西村 in 江阴; a line inside one county-level city'),
    ('常熟 服装城 货车 卸货 被贴罚单 根本 没有 卸货位', '江苏/苏州市/常熟市', 'phone'),
    ('南京 江宁区 公交 晚上 末班车 提前 二十分钟 开走了', '江苏/南京市/江宁区', 'short'),
    ('我是 河南 周口 的 在 南京 玄武湖 边上 打车 被 绕路', '江苏/南京市/玄武区', "phone; hard: the caller's home 周口 is not the place; 玄武湖 in 玄武区"),
    # ── 浙江 ────────────────────────────────────────────────────────────────────────────────
    ('杭州东站 出租车 排了 一个钟 还有人 插队', '浙江/杭州市/上城区', 'phone; hard: 杭州东站 in 上城区 since 江干 merged into it'),
    ('西湖 断桥 附近 三轮车 拉客 游湖 一圈 300', '浙江/杭州市/西湖区', "phone; hard: 断桥 on 杭州's 西湖, not 南昌's 西湖区"),
    ('来电人反映：灵隐寺景区门口公交站人太多，公交车一直挤不上，建议暑期加车。', '浙江/杭州市/西湖区', 'operator; 灵隐寺 in 西湖区'),
    ('萧山机场 网约车 要 另加 五十 的 高速费 合理吗', '浙江/杭州市/萧山区', 'phone'),
    ('千岛湖 码头 游船票 买了 说 满员 不让上 也不退', '浙江/杭州市/淳安县', 'phone; 千岛湖 in 淳安县'),
    ('乌镇 西栅 停车场 到 景区 的 摆渡车 要收钱', '浙江/嘉兴市/桐乡市', 'phone; 乌镇 in 桐乡市', {'phone': '0512-65870342'}),
    ('西塘 古镇 夜里 出租车 拒载 去 嘉善南站', '浙江/嘉兴市/嘉善县', 'phone; 西塘 in 嘉善县'),
    ('【留言标题】普陀山轮渡取消没通知\n【留言内容】7月16日因大风，朱家尖蜈蚣峙码头去普陀山的船全部停航，码头没有任何广播，游客在码头等了三个小时。', '浙江/舟山市/普陀区', "web; hard: 朱家尖 and 普陀山 in 舟山's 普陀区, not 上海's"),
    ('横店 影视城 门口 黑车 拉客 去 义乌 一人 八十', '浙江/金华市/东阳市', "phone; hard: 横店 in 东阳市, not 黄陂's 横店; 义乌 only the destination"),
    ('雁荡山 景区 观光车票 和 门票 捆绑 销售', '浙江/温州市/乐清市', 'short; 雁荡山 in 乐清市'),
    ('莫干山 民宿区 路窄 大巴 会车 堵死', '浙江/湖州市/德清县', 'phone; 莫干山 in 德清县'),
    ('来电人反映：义乌国际商贸城一区门口货车卸货被罚，没有临时停车位。', '浙江/金华市/义乌市', 'operator'),
    ('台风 要来 椒江 到 大陈岛 的船 明天 还开吗', '浙江/台州市/椒江区', 'phone; hard: 大陈岛 in 椒江区; a ferry inside one district'),
    ('宁波 天一广场 附近 公交 改线 没通知', '浙江/宁波市/海曙区', 'short'),
    ('安吉 云上草原 返程 高速口 堵了 三个小时', '浙江/湖州市/安吉县', 'phone'),
    ('杭州 余杭区 网约车 司机 开车 一直 看手机', '浙江/杭州市/余杭区', 'short'),
    ('绍兴 柯桥 轻纺城 货车 进不去 限行 通知 在哪看', '浙江/绍兴市/柯桥区', 'phone'),
    ('温州 瓯海 公交 空调 开 太冷 司机 不给 调', '浙江/温州市/瓯海区', 'short'),
    # ── 安徽 ────────────────────────────────────────────────────────────────────────────────
    ('我们是从上海自驾过来的，今天上午到黄山风景区，汤口那边的换乘中心排队坐上山的大巴排了三个小时，工作人员说车都在山上下不来，可是售票一直在卖，停车场也满了，车只能停在路边被贴条。希望景区控制一下售票，别让游客在太阳底下干等。', '安徽/黄山市/黄山区', 'narrative; hard: the mountain 黄山 and 汤口 count for 黄山区, not the city; 上海 only the origin; unsure: 汤口 in 黄山区', {'phone': '021-54239816'}),
    ('宏村 门口 停车场 收费 还被 引导 去 农家乐', '安徽/黄山市/黟县', 'phone; 宏村 in 黟县'),
    ('来电人反映：合肥南站出租车排队区没有遮阳棚，中午排队乘客中暑。', '安徽/合肥市/包河区', 'operator; unsure: 合肥南站 in 包河区'),
    ('九华山 景区 专线车 超载 站着 十几个人', '安徽/池州市/青阳县', 'phone; 九华山 in 青阳县'),
    ('天柱山 索道 下站 到 停车场 的 车 太少', '安徽/安庆市/潜山市', 'short; 天柱山 in 潜山市'),
    ('【留言标题】合肥新桥机场大巴\n【留言内容】合肥新桥机场到合肥站的机场大巴末班车提前发车，乘客落地后没车坐，只能打车花了一百多。', '安徽/合肥市', 'web; a line from the airport to 合肥站 counts for 合肥'),
    ('阜阳 到 临泉 的 班车 路上 甩客', '安徽/阜阳市', 'phone; a line inside 阜阳'),
    ('亳州 中药材 市场 门口 货车 乱停', '安徽/亳州市/谯城区', 'short; unsure: 药材市场 in 谯城区'),
    ('蚌埠南站 网约车 不让进 停车场 乘客 走很远', '安徽/蚌埠市', 'phone; the station counted for 蚌埠'),
    ('西递 景区 电瓶车 收费 乱', '安徽/黄山市/黟县', 'short; 西递 in 黟县'),
    ('来电人称：大别山天堂寨景区道路塌方，旅游大巴绕行后每人多收了三十元。', '安徽/六安市/金寨县', 'operator; 天堂寨 in 金寨县; unsure'),
    ('合肥 蜀山区 公交站 站牌 被 广告 挡住 看不到 线路', '安徽/合肥市/蜀山区', 'short'),
    # ── 福建 ────────────────────────────────────────────────────────────────────────────────
    ('鼓浪屿 岛上 电瓶车 拉客 一人 五十 说 环岛', '福建/厦门市/思明区', 'phone; 鼓浪屿 in 思明区'),
    ('厦门北站 出租车 不打表 去 曾厝垵 要 一百二', '福建/厦门市/集美区', 'phone; hard: 厦门北站 in 集美区; 曾厝垵 (思明) only the destination'),
    ('来电人反映：厦门高崎机场T3出发层送客车辆停留超过两分钟就被拍照，要求合理设置停车时间。', '福建/厦门市/湖里区', 'operator; 高崎机场 in 湖里区'),
    ('武夷山 景区 竹筏票 和 观光车票 分开卖 被坑了', '福建/南平市/武夷山市', 'phone'),
    ('田螺坑 土楼 停车场 到 观景台 黑车 拉客', '福建/漳州市/南靖县', 'phone; hard: 田螺坑 in 南靖县'),
    ('福州南站 公交 末班车 太早 高铁 晚点 就没车了', '福建/福州市/仓山区', 'phone; unsure: 福州南站 in 仓山区'),
    ('【留言标题】泉州西街停车难\n【留言内容】泉州西街开元寺一带暑假游客太多，旅游大巴在路边上下客，公交车被堵死。', '福建/泉州市/鲤城区', 'web; 西街 and 开元寺 in 鲤城区; unsure'),
    ('湄洲岛 渡轮 今天 停航 但是 网上 还在 卖票', '福建/莆田市/秀屿区', 'phone; hard: 湄洲岛 counted for 秀屿区; unsure'),
    ('永定 土楼 景区 门口 导游 拉客 带去 私人 楼', '福建/龙岩市/永定区', "short; hard: 永定 土楼 is 龙岩's 永定区, not 张家界's"),
    ('来电人反映：福州鼓楼区东街口公交站暴雨后积水半米，公交车不停站，乘客被迫下到水里。', '福建/福州市/鼓楼区', 'operator; hard: 鼓楼区 settled by 福州'),
    # ── 江西 ────────────────────────────────────────────────────────────────────────────────
    ('婺源 篁岭 索道 排队 三个小时 停车场 到 索道 还要 另外 坐车 收费', '江西/上饶市/婺源县', 'phone'),
    ('滕王阁 附近 公交站 没有 遮阳棚 等车 太晒', '江西/南昌市/东湖区', 'short; 滕王阁 in 东湖区; unsure'),
    ('景德镇 陶溪川 晚上 网约车 接客 被 出租车 堵着', '江西/景德镇市/珠山区', 'phone; unsure: 陶溪川 in 珠山区'),
    ('三清山 金沙索道 下站 停车场 收费 乱', '江西/上饶市/玉山县', 'phone; 三清山 (金沙) counted for 玉山县; unsure'),
    ('南昌西站 出租车 乱要价 去 八一广场 五十', '江西/南昌市/红谷滩区', 'phone; unsure: 南昌西站 in 红谷滩区'),
    ('【留言标题】赣州古城墙附近违停\n【留言内容】赣州市章贡区古城墙一带晚上网约车和出租车乱停，公交进不去。', '江西/赣州市/章贡区', 'web'),
    ('九江 到 星子 的 班车 晚点', '江西/九江市', 'short; hard: 星子 is the old name of 庐山市; a line inside 九江'),
    ('宜春 明月山 温汤镇 出租车 不打表', '江西/宜春市/袁州区', 'phone; hard: 温汤 in 袁州区; unsure'),
    ('南昌 西湖区 公交 车 开 太快 老人 摔倒', '江西/南昌市/西湖区', 'short; hard: 西湖区 settled by 南昌, not 杭州'),
    # ── 山东 ────────────────────────────────────────────────────────────────────────────────
    ('青岛 栈桥 附近 出租车 拒载 说 交班', '山东/青岛市/市南区', 'phone; 栈桥 in 市南区'),
    ('八大关 拍婚纱 的 车 乱停 公交 过不去', '山东/青岛市/市南区', 'short; 八大关 in 市南区, no city named'),
    ('青岛 金沙滩 停车场 满了 被引导去 私人停车场 一天 一百', '山东/青岛市/黄岛区', "phone; hard: 青岛's 金沙滩 in 黄岛区"),
    ('胶东机场 到 青岛北站 的 大巴 改线 没通知', '山东/青岛市', 'phone; hard: 胶东机场 (胶州) to 青岛北站 (李沧) counts for 青岛'),
    ('来电人反映：青岛北站网约车上车点今天下午突然关闭，乘客被要求走到地面层，冒雨等车。', '山东/青岛市/李沧区', 'operator; unsure: 青岛北站 in 李沧区'),
    ('崂山 景区 观光车 到 太清宫 排队 两个小时', '山东/青岛市/崂山区', 'phone'),
    ('泰山 红门 出租车 晚上 等 下山 的 游客 一口价 五十', '山东/泰安市/泰山区', 'phone; 红门 in 泰山区'),
    ('济南西站 出租车 排队 太长 调度 不管', '山东/济南市/槐荫区', 'phone'),
    ('【留言标题】遥墙机场大巴太少\n【留言内容】济南遥墙机场到泉城广场的机场大巴晚上九点以后就没有了，很多航班晚点的旅客只能打车。', '山东/济南市', 'web; a line from 历城 to 历下 counts for 济南'),
    ('蓬莱阁 门口 停车场 爆满 往 长岛 的 船 也 停了', '山东/烟台市/蓬莱区', 'phone; hard: 蓬莱阁 and 长岛 both in 蓬莱区 since 长岛 merged into it'),
    ('威海 刘公岛 码头 船票 限流 排队 两个钟', '山东/威海市/环翠区', 'phone; 刘公岛 in 环翠区'),
    ('日照 万平口 海边 停车 一个小时 十五', '山东/日照市/东港区', "phone; hard: 万平口 in 日照's 东港区"),
    ('淄博 烧烤 那条街 晚上 出租车 拒载', '山东/淄博市', 'short'),
    ('寿光 蔬菜 市场 绿通车 被收费了 不是 免费 吗', '山东/潍坊市/寿光市', 'phone'),
    ('来电人反映：临沂兰山区一家物流园门口货车排队占道，附近居民出不了门。', '山东/临沂市/兰山区', 'operator'),
    ('京沪高速 德州段 大货车 高温 爆胎 应急车道 被占', '山东/德州市', 'phone'),
    ('东营 黄河口 景区 观光车 停运了 还 卖票', '山东/东营市/垦利区', 'phone; unsure: 黄河口 景区 in 垦利区'),
    ('烟台 养马岛 大桥 限行 通知 在哪里 看', '山东/烟台市/牟平区', 'phone; unsure: 养马岛 in 牟平区'),
    ('青岛 啤酒节 散场 地铁 停了 西海岸 这边 出租车 打不到', '山东/青岛市/黄岛区', 'phone; hard: 青岛 啤酒 is a brand, but here 啤酒节 on 西海岸新区 (黄岛区)'),
    ('济南 历城区 公交 司机 骂人 因为 我 刷卡 慢', '山东/济南市/历城区', 'short'),
    ('临沂 河东区 到 兰山 的 公交 换了 站点 没 通知', '山东/临沂市', 'phone; hard: 河东区 settled by 临沂; a line between two districts of 临沂'),
    ('济南 大明湖 附近 出租车 不打表', '山东/济南市/历下区', 'short; 大明湖 in 历下区'),
    # ── 河南 ────────────────────────────────────────────────────────────────────────────────
    ('郑州站 东广场 出租车 不打表 一口价 去 郑东', '河南/郑州市/二七区', 'phone; unsure: 郑州站 in 二七区'),
    ('新郑机场 网约车 上车点 今天 暴雨 进水了', '河南/郑州市/新郑市', 'phone; hard: 新郑机场 counted for 新郑市 (run by 航空港区)'),
    ('少林寺 门口 停车场 收费 还要 坐 电瓶车', '河南/郑州市/登封市', 'short; 少林寺 in 登封市'),
    ('来电人反映：洛阳龙门站出站口有黑车司机拉客去老君山，每人要二百，比班车贵一倍。', '河南/洛阳市/洛龙区', 'operator; hard: the touting at 洛阳龙门站 (洛龙区); 老君山 (栾川) only the destination'),
    ('老君山 停车场 到 游客中心 的 摆渡车 超载', '河南/洛阳市/栾川县', 'phone; 老君山 in 栾川县'),
    ('云台山 暴雨 景区 关了 门票 怎么退 大巴 也不让 进', '河南/焦作市/修武县', 'phone; 云台山 in 修武县'),
    ('清明上河园 附近 晚上 违停 严重', '河南/开封市/龙亭区', 'short; 清明上河园 in 龙亭区; unsure'),
    ('郭亮村 挂壁公路 私家车 会车 堵了 一个小时', '河南/新乡市/辉县市', 'phone; 郭亮 in 辉县市'),
    ('红旗渠 景区 到 林州 汽车站 的 公交 停了', '河南/安阳市/林州市', 'phone'),
    ('连霍高速 三门峡段 货车 排队 十几公里', '河南/三门峡市', 'phone'),
    ('【留言标题】郑州东站出租车乱收费\n【留言内容】7月16日晚高铁到郑州东站，出租车排队区司机不打表，去二七广场要六十元。', '河南/郑州市', 'web; 郑州东站 lies in 郑东新区, which is no county-level unit: counted for 郑州'),
    ('信阳 鸡公山 上山 的路 大巴 不让上 让 换 景区车', '河南/信阳市/浉河区', 'phone; unsure: 鸡公山 in 浉河区'),
    ('周口 到 郸城 的 客车 超载 过道里 都是人', '河南/周口市', 'phone; a line inside 周口'),
    ('来电人称：濮阳到清丰的城乡公交空调坏了半个月没修，车里闷得喘不过气。', '河南/濮阳市', 'operator; a line inside 濮阳'),
    ('殷墟 门口 出租车 拒载', '河南/安阳市/殷都区', 'short; 殷墟 in 殷都区; unsure'),
    ('洛杨 老城 十字街 晚上 出租 不打表', '河南/洛阳市/老城区', "phone; hard: typo 洛杨, and 老城 names 洛阳's 老城区"),
    ('驻马店 嵖岈山 景区 大巴 停车 收费', '河南/驻马店市/遂平县', 'short; 嵖岈山 in 遂平县'),
    ('郑洲 金水区 出租车 拼客 不让 单独 走', '河南/郑州市/金水区', 'phone; hard: typo 郑洲'),
    ('平顶山 新华区 公交站 撤了 老人 要 走 一公里', '河南/平顶山市/新华区', 'short; hard: 新华区 settled by 平顶山'),
    ('开封 鼓楼区 夜市 附近 出租车 拒载', '河南/开封市/鼓楼区', 'short; hard: 鼓楼区 settled by 开封'),
    # ── 湖北 ────────────────────────────────────────────────────────────────────────────────
    ('武汉站 出租车 排队 插队 调度 不管', '湖北/武汉市/洪山区', 'phone; 武汉站 in 洪山区'),
    ('汉口站 网约车 上车点 在 地下 停车场 找不到', '湖北/武汉市/江汉区', 'short; unsure: 汉口站 in 江汉区'),
    ('天河机场 到 汉口 的 机场大巴 没 空调', '湖北/武汉市', 'phone; hard: 天河机场 (黄陂) to 汉口 counts for 武汉'),
    ('黄鹤楼 门口 三轮车 拉客 说 去 户部巷 收 三十', '湖北/武汉市/武昌区', 'phone; 黄鹤楼 in 武昌区'),
    ('来电人反映：今天带旅行团到武当山，景区换乘中心排队坐景区车排了三个多小时，团里好几个老人中暑，导游找景区工作人员，对方说车辆都派出去了没办法。下午又下了雷阵雨，排队的人没地方躲，要求景区和交通部门增加车辆、搭遮雨棚。', '湖北/十堰市/丹江口市', "narrative; 武当山 in 丹江口市; the caller's 武汉 number settles nothing", {'phone': '027-87613420'}),
    ('三峡大坝 游客中心 大巴 停车场 收费 不给 票据', '湖北/宜昌市/夷陵区', 'phone; 三峡大坝 in 夷陵区'),
    ('神农架 木鱼镇 出租车 乱收费', '湖北/神农架林区', 'phone; hard: 木鱼 in 神农架林区, a county-level unit under the province'),
    ('【留言标题】宜昌东站网约车接驳\n【留言内容】宜昌东站出站后网约车只能到对面停车场上车，过马路没有天桥，拖着行李很危险。', '湖北/宜昌市', 'web; the station counted for 宜昌'),
    ('襄阳 古隆中 到 火车站 的 公交 一小时 一班', '湖北/襄阳市', 'phone; a line inside 襄阳'),
    ('仙桃 到 武汉 的 城际班车 在 高速上 上客', '湖北', 'phone; hard: a line between 仙桃 (under the province) and 武汉 counts for 湖北'),
    ('来电人称：咸宁温泉一带出租车拒载，说去高铁站太近不划算。', '湖北/咸宁市', 'operator'),
    ('武汉 东湖 绿道 附近 网约车 违停', '湖北/武汉市', 'short; 东湖 borders several districts: counted for 武汉'),
    ('武汉 青山区 公交 早上 等了 四十分钟', '湖北/武汉市/青山区', 'short; hard: 青山区 settled by 武汉'),
    # ── 湖南 ────────────────────────────────────────────────────────────────────────────────
    ('长沙南站 出租车 排队 两个小时 网约车 上车点 也 限流', '湖南/长沙市/雨花区', 'phone; 长沙南站 in 雨花区'),
    ('黄花机场 到 长沙南站 的 磁浮 停运了 大巴 也没有', '湖南/长沙市', 'phone; hard: 黄花机场 (长沙县) to 长沙南站 (雨花区) counts for 长沙'),
    ('橘子洲 烟花 散场 出租车 一口价', '湖南/长沙市/岳麓区', 'short; 橘子洲 in 岳麓区'),
    ('张家介 天门山 索道 下站 黑车 拉客', '湖南/张家界市/永定区', "phone; hard: typo 张家介; 天门山 in 张家界's 永定区, not 龙岩's"),
    ('来电人反映：凤凰古城晚上出租车不打表，从古城到凤凰站要八十元。', '湖南/湘西土家族苗族自治州/凤凰县', "operator; hard: 湘西's 凤凰县, not 三亚's 凤凰机场"),
    ('韶山 景区 换乘中心 排队 太久', '湖南/湘潭市/韶山市', 'phone'),
    ('南岳 衡山 上山 的 景区车 超载', '湖南/衡阳市/南岳区', 'phone; hard: the mountain 衡山 is in 南岳区, not 衡山县'),
    ('崀山 景区 大巴 乱停', '湖南/邵阳市/新宁县', 'short; 崀山 in 新宁县'),
    ('东江湖 景区 门口 摆渡车 收费', '湖南/郴州市/资兴市', 'phone; 东江湖 in 资兴市'),
    ('芙蓉镇 瀑布 边上 停车 收 五十', '湖南/湘西土家族苗族自治州/永顺县', 'phone; 芙蓉镇 in 永顺县'),
    ('【留言标题】长沙五一广场夜间打车难\n【留言内容】五一广场一带晚上十二点后出租车全部挑客，网约车又不让停，游客只能走很远。', '湖南/长沙市', 'web; 五一广场 lies where 芙蓉区 and 天心区 meet: counted for 长沙'),
    ('怀化 到 通道 的 客车 晚点 三个小时', '湖南/怀化市', 'short; a line inside 怀化'),
    ('株洲 芦淞 服装市场 货车 卸货 堵路', '湖南/株洲市/芦淞区', 'short'),
    # ── 广东 ────────────────────────────────────────────────────────────────────────────────
    ('广州南站 出租车 排队 两个钟 网约车 又 被 限', '广东/广州市/番禺区', 'phone; 广州南站 in 番禺区'),
    ('来电人反映：长隆野生动物世界散场后，门口出租车都不打表，去广州南站要一百元。', '广东/广州市/番禺区', 'operator; hard: the overcharge at 长隆 (番禺区); 广州南站 only the destination'),
    ('白云机场 T2 网约车 上车点 排队 一个多小时', '广东/广州市/白云区', "phone; hard: 白云机场 counted for 广州's 白云区, not 贵阳's; unsure (the airfield reaches into 花都)"),
    ('深圳北站 东广场 网约车 停车场 超时 收费', '广东/深圳市/龙华区', "phone; hard: 深圳北站 in 深圳's 龙华区, not 海口's"),
    ('宝安机场 出租车 蓄车场 排队 五个小时 拉 个 短途', '广东/深圳市/宝安区', 'phone'),
    ('大梅沙 海滨公园 周末 限流 公交站 挤满了人', '广东/深圳市/盐田区', 'phone; 大梅沙 in 盐田区', {'phone': '020-83715692'}),
    ('【留言标题】较场尾停车难\n【留言内容】深圳大鹏较场尾一带暑假每天堵车，路边停车收费没有标准，建议开通接驳巴士。', '广东/深圳市/龙岗区', 'web; hard: 大鹏新区 is no county-level unit in the table; 较场尾 counted for 龙岗区; unsure'),
    ('深圳湾口岸 大巴 上客区 黑车 拉客 去 香港', '广东/深圳市/南山区', 'phone; hard: 深圳湾口岸 in 南山区'),
    ('珠海 长隆 海洋王国 散场 横琴 这边 打车 打不到 公交 也 不够', '广东/珠海市/香洲区', 'phone; hard: 横琴 counted for 香洲区; unsure'),
    ('港珠澳大桥 珠海口岸 穿梭巴士 排队 三个钟', '广东/珠海市/香洲区', 'phone; unsure: 珠海公路口岸 in 香洲区'),
    ('来电人反映：汕头南澳岛暑期进岛车辆太多，南澳大桥堵了四个小时，希望限流措施提前公布。', '广东/汕头市/南澳县', 'operator'),
    ('潮汕站 出租车 去 汕头市区 不打表 要 一百五', '广东/潮州市/潮安区', "phone; hard: 潮汕站 in 潮州's 潮安区, not 汕头"),
    ('双月湾 海边 路 堵了 一个下午 停车 乱收费', '广东/惠州市/惠东县', 'phone; 双月湾 in 惠东县'),
    ('丹霞山 景区 观光车 排队', '广东/韶关市/仁化县', 'short; 丹霞山 in 仁化县'),
    ('开平 碉楼 自力村 大巴 停车场 收费', '广东/江门市/开平市', 'phone'),
    ('东莞 虎门 汽车站 去 广州 的 大巴 停了 也 没退票', '广东/东莞市', 'phone; 东莞 has no counties'),
    ('中山 小榄 公交车 空调 不开 司机 说 省油', '广东/中山市', 'phone; 中山 has no counties'),
    ('阳江 闸坡 海边 周末 堵车 出岛 要 四个小时', '广东/阳江市/江城区', 'phone; hard: 闸坡 on 海陵岛 counted for 江城区; unsure'),
    ('来电人称：佛山南海西樵山景区观光车司机收费不给票。', '广东/佛山市/南海区', 'operator'),
    ('去 清远 漂流 的 旅游大巴 在 英德 服务区 甩客 说 车坏了', '广东/清远市/英德市', 'phone; hard: the dumping at the 英德 service area, not at the destination'),
    ('来电人反映：7月15日晚从广州自驾去海南，到了湛江徐闻海安港，排队过海排了十几个小时，现场没有遮阳的地方，车里四十度，港区只有一个小卖部，矿泉水卖五块一瓶，问工作人员什么时候能上船也没人答复，孩子热得发烧，要求港口和交通部门拿出办法。', '广东/湛江市/徐闻县', 'narrative; hard: the queue at 海安港 (徐闻县); 广州 the origin and 海南 the destination'),
    ('广州 北京路 步行街 附近 出租车 拒载', '广东/广州市/越秀区', "short; hard: 北京路 is a street of 广州's 越秀区, not 北京"),
    ('河源 万绿湖 码头 游船 超载', '广东/河源市/东源县', 'short; 万绿湖 in 东源县'),
    ('【留言标题】梅州客运站退票\n【留言内容】因台风预警，梅州市梅江区汽车客运站取消了去深圳的班车，但窗口说只退一半，要求按规定全额退。', '广东/梅州市/梅江区', "web; hard: the refusal at 梅州's station, not 深圳"),
    ('茂名 放鸡岛 码头 船票 涨价', '广东/茂名市/电白区', 'short; 放鸡岛 in 电白区; unsure'),
    ('揭阳 潮汕机场 出租车 不打表', '广东/揭阳市', 'phone; the airport counted for 揭阳 (its district unsure)'),
    ('福田口岸 对面 兰州拉面 门口 出租车 乱停 堵路', '广东/深圳市/福田区', 'short; hard: 兰州拉面 is food, not 兰州; 福田口岸 in 福田区'),
    ('佛山 顺德 公交 站点 撤了 没公告', '广东/佛山市/顺德区', 'phone'),
    ('深圳 宝安 西乡 网约车 司机 绕路 多收 三十', '广东/深圳市/宝安区', 'phone; hard: 西乡 settled by 宝安 (not 西乡县)'),
    ('广州 白云区 太和 货车 限行 罚了 三次', '广东/广州市/白云区', 'phone; hard: 白云区 settled by 广州'),
    ('惠州 淡水 汽车站 去 深圳 的 大巴 在 站外 上客 超载', '广东/惠州市/惠阳区', 'phone; hard: 淡水 in 惠阳区; loading at the departure station, 深圳 only the destination'),
    # ── 广西 ────────────────────────────────────────────────────────────────────────────────
    ('兴坪 漓江 竹筏码头 黑导游 拉客', '广西/桂林市/阳朔县', 'phone; 兴坪 in 阳朔县'),
    ('桂林 两江机场 大巴 到 市区 末班车 提前 走了', '广西/桂林市', 'phone; a line from the airport (临桂) to 市区 counts for 桂林'),
    ('来电人反映：北海银滩景区门口网约车不让停，交警贴条，游客拖着行李走了两公里。', '广西/北海市/银海区', 'operator; 银滩 in 银海区'),
    ('涠洲岛 的 船 今天 大风 停航 船票 退不了', '广西/北海市/海城区', "phone; hard: 涠洲岛 in 北海's 海城区, not 海城市 (鞍山)", {'phone': '0771-55306218'}),
    ('德天瀑布 景区 大巴 停车 收费 乱', '广西/崇左市/大新县', 'short; 德天瀑布 in 大新县'),
    ('东兴 口岸 旅游大巴 乱停 过关 的人 走不动', '广西/防城港市/东兴市', 'phone'),
    ('南宁东站 出租车 排队区 有人 拉客 拼车', '广西/南宁市/青秀区', 'phone; unsure: 南宁东站 in 青秀区'),
    ('龙脊梯田 停车场 到 大寨 的 车 收 三十', '广西/桂林市/龙胜各族自治县', 'phone; 龙脊 in 龙胜'),
    ('【留言标题】螺蛳粉产业园货车占道\n【留言内容】柳州市柳南区螺蛳粉产业园一带货车早上排队卸货，占了两条车道，公交车过不去。', '广西/柳州市/柳南区', 'web; the park named with 柳南区'),
    ('黄姚 古镇 门口 停车场 收费', '广西/贺州市/昭平县', 'short; hard: 黄姚 in 昭平县'),
    ('友谊关 口岸 水果车 排队 三天 西瓜 都 烂了', '广西/崇左市/凭祥市', 'phone; 友谊关 in 凭祥市'),
    ('南宁 吴圩机场 出租车 排队 调度 乱', '广西/南宁市/江南区', 'phone; hard: 吴圩机场 in 江南区; unsure'),
    # ── 海南 ────────────────────────────────────────────────────────────────────────────────
    ('三亚 凤凰机场 出租车 不打表 到 亚龙湾 要 两百', '海南/三亚市/天涯区', 'phone; hard: 凤凰机场 in 天涯区, not 凤凰县; 亚龙湾 only the destination', {'phone': '0755-86312047'}),
    ('粤B 的车 在 亚龙湾 被 保安 拦着 不让 进 酒店区 下车 走 很远', '海南/三亚市/吉阳区', 'phone; hard: plate 粤B is not the place; 亚龙湾 in 吉阳区'),
    ('来电人反映：7月16日在三亚蜈支洲岛码头排队上船，从上午十点排到十二点多还没上船，排队区只有一半有遮阳棚，很多人站在太阳底下，有一个小孩中暑被抬走了。景区说是因为午后有雷雨预警要控制船班，但售票时没有任何提示，要求退还部分票款并改进排队设施。', '海南/三亚市/海棠区', 'narrative; 蜈支洲岛 in 海棠区'),
    ('南山寺 景区 门口 出租车 拒载 说 回市区 没单', '海南/三亚市/崖州区', "phone; hard: 南山寺 in 三亚's 崖州区, not 深圳's 南山区"),
    ('海口 新海港 过海 车辆 排队 六个小时 台风 停航 也 不通知', '海南/海口市/秀英区', 'phone; 新海港 in 秀英区'),
    ('博鳌 到 琼海 高铁站 的 公交 一个小时 一班', '海南/琼海市', 'phone; hard: 博鳌 in 琼海, a county-level city under the province'),
    ('万宁 日月湾 冲浪 的人 车 乱停 路 都 堵了', '海南/万宁市', 'phone; 日月湾 in 万宁'),
    # ── 重庆 ────────────────────────────────────────────────────────────────────────────────
    ('洪崖洞 晚上 出租车 不打表 人 太多', '重庆/渝中区', 'phone; 洪崖洞 in 渝中区'),
    ('江北机场 T3 网约车 上车点 排队 一个小时', '重庆/渝北区', 'phone; hard: 江北机场 in 渝北区, not 江北区'),
    ('来电人反映：李子坝轻轨站下面游客拍照占道，公交车过不去，要求交警疏导。', '重庆/渝中区', 'operator; 李子坝 in 渝中区'),
    ('磁器口 古镇 停车场 收费 乱', '重庆/沙坪坝区', 'short; 磁器口 in 沙坪坝区'),
    ('武隆 天生三桥 景区 换乘车 排队 两个小时', '重庆/武隆区', 'phone'),
    ('仙女山 镇上 出租车 不打表', '重庆/武隆区', 'short; 仙女山 in 武隆区'),
    ('【留言标题】重庆北站出租车\n【留言内容】重庆北站北广场出租车司机拉客，去解放碑不打表要八十，要求查处。', '重庆/渝北区', 'web; hard: the touting at 重庆北站; 解放碑 (渝中) only the destination; unsure: 重庆北站 in 渝北区'),
    ('来电人反映：7月16日坐万州到主城的大巴，车到梁平服务区司机说车坏了，让全车人下车等，等了三个小时才来了一辆车，中间没人管饭也没有水，要求客运公司退一半票款。', '重庆/梁平区', 'narrative; hard: the dumping at the 梁平 service area, not 万州 or 主城'),
    ('九龙坡区 一家 重庆小面 店 门口 摆桌子 把 公交站 占了', '重庆/九龙坡区', 'short; hard: 重庆小面 is food; 九龙坡区 named'),
    # ── 四川 ────────────────────────────────────────────────────────────────────────────────
    ('成都东站 出租车 排队 两个小时 网约车 也 限', '四川/成都市/成华区', 'phone; 成都东站 in 成华区'),
    ('天府机场 到 市区 的 大巴 末班 太早', '四川/成都市', 'phone; hard: 天府机场 (简阳) to 市区 counts for 成都'),
    ('宽窄巷子 附近 网约车 停一下 就 被拍', '四川/成都市/青羊区', 'short; 宽窄巷子 in 青羊区'),
    ('来电人反映：熊猫基地门口公交站挤满游客，旅游专线一小时一班，要求增加班次。', '四川/成都市/成华区', 'operator; 熊猫基地 in 成华区; unsure'),
    ('都江堰 景区 到 青城山 的 旅游专线 停了', '四川/成都市/都江堰市', 'phone; a line inside 都江堰市'),
    ('九寨勾 景区 观光车 排队 三个小时', '四川/阿坝藏族羌族自治州/九寨沟县', 'phone; hard: typo 九寨勾', {'phone': '023-68402915'}),
    ('来电人反映：从成都去九寨沟的旅游大巴在茂县境内遇到塌方，堵了五个小时，车上没有水，导游说不关他们的事，要求有关部门协调。', '四川/阿坝藏族羌族自治州/茂县', 'narrative; hard: the problem at 茂县 on a 成都-九寨沟 trip'),
    ('黄龙 景区 索道 停运 不退票', '四川/阿坝藏族羌族自治州/松潘县', 'short; hard: 黄龙 (scenic area) in 松潘县'),
    ('峨眉山 雷洞坪 停车场 到 金顶 的 车 乱收费', '四川/乐山市/峨眉山市', 'phone'),
    ('乐山大佛 景区 门口 出租车 拒载', '四川/乐山市/市中区', "short; hard: 乐山大佛 in 乐山's 市中区 (济南, 枣庄, 内江 have one too)"),
    ('【留言标题】稻城亚丁景区观光车\n【留言内容】稻城亚丁景区香格里拉镇换乘中心排队三个小时，没有饮水，景区车辆调度混乱。', '四川/甘孜藏族自治州/稻城县', "web; hard: 稻城's 香格里拉镇, not 香格里拉市 (云南)"),
    ('新都桥 到 塔公 路上 自驾 堵车 交警 呢', '四川/甘孜藏族自治州/康定市', 'phone; hard: 新都桥 and 塔公 in 康定市; unsure'),
    ('海螺沟 景区 大巴 遇到 塌方 绕行 加钱', '四川/甘孜藏族自治州/泸定县', 'phone; 海螺沟 in 泸定县'),
    ('四姑娘山 日隆镇 停车场 收费', '四川/阿坝藏族羌族自治州/小金县', 'short; hard: 日隆 in 小金县'),
    ('来电人称：三星堆博物馆去广汉北站的接驳车停了，游客只能打车。', '四川/德阳市/广汉市', 'operator; 三星堆 in 广汉市'),
    ('理塘 318国道 货车 侧翻 堵车', '四川/甘孜藏族自治州/理塘县', 'short'),
    ('成都 春熙路 附近 出租车 不打表', '四川/成都市/锦江区', 'short; 春熙路 in 锦江区'),
    ('绵阳 涪城区 公交 晚点 四十分钟', '四川/绵阳市/涪城区', 'short'),
    ('南充 到 阆中 的 班车 车上 空调 坏了', '四川/南充市', 'phone; a line inside 南充'),
    # ── 贵州 ────────────────────────────────────────────────────────────────────────────────
    ('黄果树 景区 观光车 排队 两个小时 热死', '贵州/安顺市/镇宁布依族苗族自治县', 'phone; hard: 黄果树 counted for 镇宁; unsure'),
    ('小七孔 景区 停车场 到 大门 黑车', '贵州/黔南布依族苗族自治州/荔波县', 'short; 小七孔 in 荔波县'),
    ('西江 千户苗寨 观光车 乱收费', '贵州/黔东南苗族侗族自治州/雷山县', 'phone; 西江 in 雷山县'),
    ('龙洞堡机场 出租车 排队 混乱', '贵州/贵阳市/南明区', 'phone; hard: 龙洞堡机场 in 南明区; unsure'),
    ('青岩古镇 周边 停车难 收费 乱', '贵州/贵阳市/花溪区', 'short; 青岩 in 花溪区'),
    ('万峰林 景区 观光车 司机 态度 差', '贵州/黔西南布依族苗族自治州/兴义市', 'short; 万峰林 in 兴义市'),
    ('【留言标题】赤水景区公交\n【留言内容】赤水市区到赤水大瀑布的旅游专线车一天只有几班，暑假游客多，希望加开。', '贵州/遵义市/赤水市', 'web; a line inside 赤水市'),
    ('六盘水 避暑 的人 多 钟山区 公交 太挤', '贵州/六盘水市/钟山区', 'short'),
    ('贵阳 白云区 公交 站 积水 下不了车', '贵州/贵阳市/白云区', 'short; hard: 白云区 settled by 贵阳'),
    # ── 云南 ────────────────────────────────────────────────────────────────────────────────
    ('长水机场 出租车 不打表 到 市区 要 两百', '云南/昆明市/官渡区', 'phone; 长水机场 in 官渡区'),
    ('大理古城 网约车 不让 进 古城 下车 走 很远', '云南/大理白族自治州/大理市', 'phone'),
    ('双廊 洱海边 停车场 收费 一次 五十', '云南/大理白族自治州/大理市', 'phone; 双廊 in 大理市'),
    ('来电人反映：丽江古城北门一带旅游大巴乱停，公交车过不去。', '云南/丽江市/古城区', 'operator; 丽江古城 in 古城区', {'phone': '0871-63158420'}),
    ('玉龙雪山 索道 排队 五个小时 退票 难', '云南/丽江市/玉龙纳西族自治县', 'phone; 玉龙雪山 in 玉龙县'),
    ('西双版那 告庄 夜市 出租车 拒载', '云南/西双版纳傣族自治州/景洪市', 'phone; hard: typo 西双版那; 告庄 in 景洪市'),
    ('普者黑 景区 观光车 乱收费', '云南/文山壮族苗族自治州/丘北县', 'short; 普者黑 in 丘北县'),
    ('【留言标题】元阳梯田观景台停车\n【留言内容】元阳多依树观景台停车场收费一次四十元，没有发票，管理员说是村里收的。', '云南/红河哈尼族彝族自治州/元阳县', 'web'),
    ('腾冲 和顺古镇 停车 收费', '云南/保山市/腾冲市', 'short; 和顺 in 腾冲'),
    ('昆明南站 出租车 排队 太长', '云南/昆明市/呈贡区', 'phone; 昆明南站 in 呈贡区'),
    ('大理 到 丽江 的 大巴 司机 疲劳驾驶 路上 一直 打哈欠', '云南', 'phone; a line between two prefectures of 云南 counts for the province'),
    ('瑞丽 口岸 货车 排队 三天 没人管', '云南/德宏傣族景颇族自治州/瑞丽市', 'phone'),
    ('昆明 五华区 公交车 暴雨 积水 熄火', '云南/昆明市/五华区', 'short'),
    # ── 西藏 ────────────────────────────────────────────────────────────────────────────────
    ('布达拉宫 广场 周边 出租车 拒载', '西藏/拉萨市/城关区', "short; hard: 布达拉宫 in 拉萨's 城关区"),
    ('来电人反映：贡嘎机场出租车排队区没人管，司机拉客去拉萨市区一人一百。', '西藏/山南市/贡嘎县', "operator; hard: 贡嘎机场 serves 拉萨 but lies in 山南's 贡嘎县; 拉萨 only the destination"),
    ('林芝 巴宜区 318国道 塌方 绕行', '西藏/林芝市/巴宜区', 'short'),
    ('羊卓雍措 观景台 停车 收费', '西藏/山南市/浪卡子县', 'short; 羊湖 in 浪卡子县'),
    # ── 陕西 ────────────────────────────────────────────────────────────────────────────────
    ('西安北站 出租车 排队 一个小时', '陕西/西安市/未央区', 'phone; unsure: 西安北站 in 未央区'),
    ('咸阳机场 大巴 到 钟楼 末班 提前了', '陕西', "phone; hard: 西安咸阳机场 (咸阳's 渭城区) to 钟楼 (西安) joins two cities: counted for 陕西"),
    ('兵马俑 停车场 到 景区门口 电瓶车 乱收费', '陕西/西安市/临潼区', 'phone; 兵马俑 in 临潼区'),
    ('华山 游客中心 到 索道 的 景区车 排队 三个小时', '陕西/渭南市/华阴市', 'phone; 华山 in 华阴市'),
    ('来电人反映：大唐不夜城晚上出租车和网约车在路边抢客，交通堵死，要求加强疏导。', '陕西/西安市/雁塔区', 'operator; 大唐不夜城 in 雁塔区'),
    ('壶口瀑布 陕西这边 停车场 要 收 两次 钱', '陕西/延安市/宜川县', 'phone; hard: 壶口 on the 陕西 bank is 宜川县'),
    ('【留言标题】袁家村周末堵车\n【留言内容】礼泉县袁家村周末和暑假每天堵车，停车场收费不公示，进村的路只有一条。', '陕西/咸阳市/礼泉县', 'web'),
    ('太白山 景区 观光车 超载', '陕西/宝鸡市/眉县', 'short; hard: 太白山 in 眉县, not 太白县'),
    ('西安 长安区 公交 司机 中途 赶 乘客 下车', '陕西/西安市/长安区', 'short; hard: 长安区 settled by 西安, not 石家庄'),
    # ── 甘肃 ────────────────────────────────────────────────────────────────────────────────
    ('鸣沙山 月牙泉 门口 出租车 不打表', '甘肃/酒泉市/敦煌市', 'short; 鸣沙山 in 敦煌市', {'phone': '0931-84612730'}),
    ('七彩丹霞 景区 观光车 乱收费', '甘肃/张掖市/临泽县', 'short; hard: 七彩丹霞 counted for 临泽县; unsure'),
    ('来电人反映：兰州西站出租车排队区秩序乱，有人加价拉客去中川机场。', '甘肃/兰州市/七里河区', 'operator; hard: the touting at 兰州西站 (七里河区); 中川机场 only the destination; unsure'),
    ('嘉峪关 关城 景区 门口 出租车 拒载', '甘肃/嘉峪关市', 'short; 嘉峪关 has no counties'),
    ('扎尕那 景区 路窄 大巴 堵了 两个小时', '甘肃/甘南藏族自治州/迭部县', 'phone; 扎尕那 in 迭部县'),
    ('拉卜楞寺 门口 出租车 乱要价', '甘肃/甘南藏族自治州/夏河县', 'short; 拉卜楞寺 in 夏河县'),
    ('兰州 城关区 黄河边 中山桥 附近 违停', '甘肃/兰州市/城关区', 'short; hard: 城关区 settled by 兰州'),
    # ── 青海 ────────────────────────────────────────────────────────────────────────────────
    ('青海湖 二郎剑 景区 停车 收费 高', '青海/海南藏族自治州/共和县', "phone; hard: 二郎剑 in 共和县 of 青海's 海南州, not 海南省", {'phone': '029-88417625'}),
    ('茶卡盐湖 景区 小火车 排队 三个小时', '青海/海西蒙古族藏族自治州/乌兰县', 'phone; 茶卡 in 乌兰县'),
    ('来电人反映：塔尔寺门口出租车不打表，去西宁站要一百。', '青海/西宁市/湟中区', 'operator; 塔尔寺 in 湟中区; 西宁站 only the destination'),
    ('门源 油菜花 观景台 路边 乱停车 堵死了', '青海/海北藏族自治州/门源回族自治县', 'short'),
    # ── 宁夏 ────────────────────────────────────────────────────────────────────────────────
    ('沙坡头 景区 门口 停车场 收费 乱', '宁夏/中卫市/沙坡头区', 'short'),
    ('河东机场 出租车 到 银川市区 要 一百五', '宁夏/银川市/灵武市', 'phone; hard: 银川河东机场 in 灵武市, not a 河东区; unsure'),
    ('镇北堡 西部影城 附近 公交车 太少', '宁夏/银川市/西夏区', 'short; 镇北堡 in 西夏区; unsure'),
    # ── 新疆 ────────────────────────────────────────────────────────────────────────────────
    ('地窝堡机场 出租车 排队 乱', '新疆/乌鲁木齐市/新市区', 'short; 地窝堡 in 新市区; unsure'),
    ('天山天池 景区 区间车 排队 两个小时', '新疆/昌吉回族自治州/阜康市', 'phone; 天池 in 阜康市'),
    ('喀纳斯 景区 区间车票 贵 还要 排队', '新疆/阿勒泰地区/布尔津县', 'phone; 喀纳斯 in 布尔津县'),
    ('禾木村 门口 包车 乱要价', '新疆/阿勒泰地区/布尔津县', 'short; 禾木 in 布尔津县'),
    ('来电人反映：赛里木湖景区环湖路自驾车辆太多，观景台停车场收费没有标准。', '新疆/博尔塔拉蒙古自治州/博乐市', 'operator; hard: 赛里木湖 counted for 博乐市; unsure'),
    ('那拉提 景区 区间车 司机 开车 太快', '新疆/伊犁哈萨克自治州/新源县', 'short; 那拉提 in 新源县'),
    ('喀什古城 门口 出租车 拒载', '新疆/喀什地区/喀什市', 'short'),
    ('霍尔果斯 口岸 货车 排队 过关 慢 司机 没地方 吃饭', '新疆/伊犁哈萨克自治州/霍尔果斯市', 'phone'),
    ('独库公路 堵了 几十公里 这个 归 哪里 管', '新疆', 'phone; hard: 独库公路 runs from 独山子 (克拉玛依) to 库车 (阿克苏), both in 新疆: a road between two prefectures counts for the province'),
    # ── no single region ────────────────────────────────────────────────────
    ('泸沽湖 环湖路 包车 司机 中途 加价 不给 就 不走', None, 'phone; hard: 泸沽湖 is shared by 宁蒗 (云南) and 盐源 (四川), nothing settles it', {'ambiguous': ['云南/丽江市/宁蒗彝族自治县', '四川/凉山彝族自治州/盐源县']}),
    ('ETC 扣费 扣了两次 怎么 退', None, 'short; no place'),
    ('咨询：暑假带孩子坐长途客车，儿童票怎么算，多高要买全票？', None, 'operator; a question with no place'),
    ('来电人反映 鼓楼区 公交站 没有 遮阳棚 中午 等车 太晒 希望 加装', None, "phone; hard: 鼓楼区 alone; the caller's 福州 number settles nothing", {'phone': '0591-87523164', 'ambiguous': ['江苏/南京市/鼓楼区', '江苏/徐州市/鼓楼区', '福建/福州市/鼓楼区', '河南/开封市/鼓楼区']}),
    ('朝阳区 网约车 上车点 太乱 每次 都 找不到 车', None, 'short; hard: 朝阳区 alone (北京 / 长春)', {'phone': '13904318827', 'ambiguous': ['北京/朝阳区', '吉林/长春市/朝阳区']}),
    ('京港澳 高速 一路 都是 货车 服务区 热水 都 没有', None, 'phone; hard: G4 with no section'),
    ('北京 到 哈尔滨 的 卧铺大巴 空调 坏了 一路 开着 窗', None, 'phone; a line across provinces, no problem place'),
    ('网约车 平台 暑假 乱加价 一公里 五块 管不管', None, 'short; no place'),
    ('火车票 改签 的事 是 找 你们 吗', None, 'short; no place'),
    ('咨询：运西瓜的绿通车查验标准是什么，装多少算混装？', None, "operator; no place; the caller's 郑州 number settles nothing", {'phone': '0371-65928301'}),
    ('东北 自驾游 高速 服务区 厕所 太脏', None, 'short; hard: 东北 is a macro-region'),
    ('【留言标题】建议服务区增加遮阳停车位\n【留言内容】夏天货车司机在服务区休息，车里温度太高，建议全国高速服务区增加遮阳棚和免费饮水。', None, 'web; no place'),
    ('长安 汽车 在 高速上 抛锚了 拖车 救援 要 收 多少钱', None, 'phone; hard: 长安 is a car brand; no place'),
    ('市中区 公交 停运 了 怎么 没有 通知', None, 'short; hard: 市中区 alone', {'ambiguous': ['山东/济南市/市中区', '山东/枣庄市/市中区', '四川/内江市/市中区', '四川/乐山市/市中区']}),
    ('新华区 出租车 拒载 投诉 打 哪个 电话', None, 'short; hard: 新华区 alone', {'ambiguous': ['河北/石家庄市/新华区', '河北/沧州市/新华区', '河南/平顶山市/新华区']}),
    ('上海 到 杭州 的 大巴 司机 一路 超速', None, 'phone; a line across provinces, no problem place'),
    ('普陀区 公交 改线 了 网上 查不到', None, 'short; hard: 普陀区 alone (上海 / 舟山)', {'ambiguous': ['上海/普陀区', '浙江/舟山市/普陀区']}),
]


def main() -> None:
    write_jsonl(build_rows(HELDOUT107, "heldout107", "zN"), "place_heldout107.jsonl")


if __name__ == "__main__":
    main()
