"""Source of the seventy-second held-out place set (place_heldout72.jsonl): a blind check of `locate`.

Synthetic: every message was written by hand for this set in one sitting by a helper session that
had not read hotline/text/places.py, hotline/text/noisy.py or anything else under hotline/text/
beyond what is named here, nor place_landmarks.txt, place_towns.txt, place_historic.txt,
place_city_landmarks.txt, place_old_districts.txt or any facility table, the tests, docs/, bench/,
README.md, git history, anything under /work/shared, or the messages of any other set
(place_heldout*.jsonl, place_testset.jsonl, the message lists of the *_source.py files). What it
did read: lines 1-80 of place_heldout8_source.py (its docstring with the conventions, and its
imports) and that file's last 10 lines (main()); lines 1-108 of place_heldout37_source.py and
lines 1-76 of place_heldout47_source.py (their docstrings only, no messages); the source of
build_rows of place_heldout3_source.py and of _resolve and write_jsonl of place_testset_source.py,
each printed on its own with inspect.getsource; and hotline/regions.py with the 2024 region table
it loads (dumped to a scratch file under /tmp to check every code and name). To make sure no id
began with "yj", a script parsed the existing jsonl files and kept only the first two characters
of each id (none began with "yj"); nothing else of them was printed. No outside page was looked
up: stations, airports, ports, toll stations and sights are placed from the session's own
knowledge, and the rows resting on a fact it was less sure of are listed at the end. The
resolver, `hotline text analyze` and `locate` were not run on any of it, and no test was run. No
message was copied from anywhere. The only checks run were that every path resolves (through
build_rows) to the intended region's full name, that no text repeats, and the counts below.

Theme: self-service queries typed into a hotline's search box or chat by drivers and travellers,
in all 31 provinces: very short questions (335 of the 367 texts are 25 characters or fewer) about
限行 and 尾号, 货车通行证, 进京证, the 2022 核酸/防疫 rules (落地检, 离沪, 进返京, 进岛, 三天两检),
路况, whether a 收费站 or 口岸 is open, 班车 and 大巴 timetables ("X到Y 班车"), 驾考, 车管所,
检测站 and 年审, 停车收费 at stations, airports, ports and sights; written with spaces, no
punctuation, missing suffixes (大兴, 崇礼, 昆区, 科尔沁区), homophone typos (石家装, 邯单, 呼和浩持,
沈杨, 哈尔宾, 苏洲, 杭洲, 福洲, 郑洲, 贵洋, 昆名, 兰洲, 乌鲁木其), pinyin (beijing jinjingzheng,
hangzhou, 合fei, shenzhen, chengdu, xi'an) and abbreviations (呼市, 离沪, 进返京); plus some
longer chat turns, operators' notes and web forms. Expected is the place the query is about; a
route between two places counts for the smallest region holding both ends (null across provinces).

Coverage (computed by script): 367 messages, 334 with a region and 33 with none. Of the 334: 225
expect a county-level unit, 74 a city or prefecture and 35 a province. Nulls: 16 with "ambiguous"
(yj352-yj367: 朝阳区, 通州, 和平区, 南山区, 江北, 普陀, 鼓楼区, 城关区, 新华区, 市中区, 长安区,
铁西, 龙华, 白云区, 宝山区, and 兴隆 (承德's 兴隆县 or 万宁's 兴隆)); 6 questions with no place
(yj335-yj340); 8 lines or roads across provinces (yj341-yj348: 北京-天津, 上海-杭州, 广州-长沙,
固安-北京, 天长-南京, 花桥-上海, 格尔木-拉萨, 重庆-成都); G4 with no section (yj349), 东北
(yj350) and 泸沽湖, a lake across 云南 and 四川 (yj351). City or prefecture rows: a city named
alone in a query (限行, 检测站, 车管所, 通行证 …), lines inside one city or prefecture (保定 yj026,
yj035; 呼伦贝尔 yj052; 大连 yj060; 延边 yj069; 黑河 yj085; 徐州 yj104; 金华 yj122; 赣州 yj149;
十堰 yj185; 西双版纳 yj276; 伊犁 yj328), cities with no counties (东莞 yj205, 中山 yj206, 儋州
yj233, 嘉峪关 yj302) and 吉林市 given as a code (yj075). Province rows: 北京 (yj001, yj005, yj007,
yj009, yj015), 天津 (yj016, yj020), 上海 (yj086, yj093, yj096, yj097), 重庆 (yj238, yj245); lines
between two cities of one province (yj044, yj076, yj106, yj129, yj151, yj159, yj168, yj173,
yj211, yj227, yj236, yj260, yj268, yj285, yj295, yj307, yj313, yj319); province-wide questions
(吉林 yj074, 海南 进岛 yj232); a bridge (江阴大桥 yj108) and a road (独库公路 yj324).
By province (rows with a region): 广东 19; 北京, 浙江 15; 四川 14; 河北, 河南 13; 上海, 江苏,
山东, 湖北, 云南, 新疆 12; 辽宁, 福建, 湖南 11; 内蒙古, 吉林, 广西, 海南, 陕西 10; 天津, 山西,
黑龙江, 安徽, 重庆, 贵州 9; 江西, 西藏, 甘肃 8; 青海, 宁夏 6. Voices (by the note's first word):
326 search-box queries, 18 chat turns (yj008, yj012, yj043, yj063, yj071, yj104, yj109, yj140,
yj150, yj176, yj198, yj262, yj287, yj295, yj306, yj318, yj332, yj334), 14 operators' notes
(来电人咨询……/来电人称……) and 9 web forms (【留言标题】/【留言内容】). 10 rows carry a caller's
number in a "phone" field, each from another place than the one asked about, none of which must
settle anything: yj070 (长春 0431 for 珲春), yj081 (哈尔滨 0451 for 雪乡), yj128 (上海 021 for
宏村), yj172 (郑州 0371 for 禹州), yj183 (武汉 027 for 武当山), yj254 (成都 028 for 九寨沟), yj336
and yj340 (广州, 郑州 on questions with no place), yj353 (北京 010 on 通州) and yj358 (南京 025 on
鼓楼区), the last two ambiguous nulls.

Hard on purpose (note "hard", 61 rows):
- a permit or rule that names its place only by implication: 进京证 (yj001, yj015 in pinyin),
  离沪 (yj093), 进呼市 (yj048), 进岛 for 海南 (yj232);
- shared names settled by what is said with them: 天津站 in 天津's 河北区 (yj018), 鞍山铁东
  (yj061), 辽宁朝阳 (yj066), 吉林市 / 吉林 (yj075, yj076), 上海宝山 (yj092), 普陀山 in 舟山
  (yj119), 永定土楼 vs 张家界 (yj143), 天门山 in 张家界's 永定区, not 天门市 (yj192), 金平区 in
  汕头 (yj209), 开平碉楼 (江门, not 唐山's 开平区, yj214), 广州白云区 (yj215), 涠洲岛 in 北海's 海城区
  (yj222), 东兴口岸 (yj223), 兴隆热带植物园 (万宁, yj235), 乐山大佛 in 乐山's 市中区 (yj256),
  二郎剑 in 青海's 海南州 (yj309), 沈阳铁西区 (yj332), 科尔沁区 vs the banners (yj056), 四平
  (yj071);
- facilities named for a place they are not in: 虹桥火车站 (闵行, yj088), 潮汕站 (潮安, yj210),
  凤凰机场 (三亚's 天涯区, yj230), 江北机场 (渝北, yj239), 贡嘎机场 (山南's 贡嘎县, yj284), 天河机场
  (黄陂, yj178), 滨海机场 (东丽, yj023);
- the two sides of 壶口 (吉县 yj046, 宜川 yj297), 古镇 alone for 中山 (yj206), towns named without
  their district (黄村-庞各庄 yj014, 白沟 yj035), 昆区 (yj049);
- routes: 五指山 (city) to 三亚 (yj236), 伊宁 to 那拉提 (yj328), 独库公路 (yj324), and across
  provinces 固安-北京, 天长-南京, 花桥-上海 (yj344-yj346), 泸沽湖 (yj351);
- misleading evidence: plates (山西 yj037, 苏E yj097, 河南 yj124, 广东 yj198, 川A yj262, 甘A
  yj306, 粤B yj333), origins and home towns (安徽 yj109, 新乡 yj176, 湖南籍 yj216, 深圳 yj334),
  pinyin (yj015, yj111, yj125, yj201, yj248, yj291) and callers' numbers (above).
Toll stations named for their county are counted for it by convention (雄县 yj036, 义乌 yj117,
晋江 yj139, 禹城 yj164).

Rows whose expected code rests on a fact this session was less sure of (note "unsure"): yj058
(沈阳站 in 和平区), yj062 (鸭绿江断桥 in 振兴区), yj068 (乌拉街 and 雾凇岛 in 龙潭区), yj069 (a bus
from 延吉 to 长白山 read as going to the 北坡 in 安图, so inside 延边), yj081 (雪乡 counted for 海林),
yj108 (江阴大桥, joining 江阴 and 靖江, counted for 江苏), yj115 (温州南站 in 瓯海区), yj166 (新郑机场
counted for 新郑 though it lies in the 航空港区), yj219 (南宁东站 in 青秀区), yj240 (重庆北站 in
渝北区), yj263 (龙洞堡机场 in 南明区), yj289 (羊卓雍错 counted for 浪卡子), yj303 (七彩丹霞 counted
for 临泽), yj309 (二郎剑 in 共和), yj315 (河东机场 in 灵武), yj317 (镇北堡 in 西夏区), yj327 (火焰山
in 高昌区) and yj351 (泸沽湖 as a null across provinces).
"""

from __future__ import annotations

from hotline.text.data.place_heldout3_source import build_rows
from hotline.text.data.place_testset_source import write_jsonl

# (text, expected path or code or None, note[, caller's number or {"phone": …, "ambiguous": […]}])
HELDOUT72: list[tuple] = [
    # ── 北京 ──────────────────────────────────────────────────────────────────────────────
    ("进京证怎么办", "北京", "query; hard: 进京证 names no place but is 北京's permit"),
    ("大兴 货车限行时间", "北京/大兴区", "query; short district name"),
    ("北京西站 出租车 排队多久", "北京/丰台区", "query; station: 北京西站 in 丰台"),
    ("顺义车管所几点上班", "北京/顺义区", "query"),
    ("北京五环 外地车 几点限行", "北京", "query; ring road stands for the city"),
    ("八达岭 今天堵不堵", "北京/延庆区", "query; sight: 八达岭 in 延庆"),
    ("昌平到延庆 班车", "北京", "query; line between two districts of 北京"),
    ("在吗 想问问怀柔那个机动车检测站周六周日开不开门 我车年检快到期了", "北京/怀柔区", "chat"),
    ("2022 进返京 核酸是48还是72小时", "北京", "query; 2022 rule, 返京 = 北京"),
    ("古北水镇 停车费 多少钱一天", "北京/密云区", "query; sight: 古北水镇 in 密云"),
    ("平谷 货车通行证 网上怎么申请", "北京/平谷区", "query"),
    ("你好，我外地牌照小车，想问下进北京东城区看病，工作日早高峰能不能开进去？需要提前办什么证？",
     "北京/东城区", "chat; district with city"),
    ("【留言标题】咨询延庆区冬奥期间交通管制【留言内容】请问延庆区小海坨附近道路是否还在管制，自驾车能否通行？",
     "北京/延庆区", "form"),
    ("黄村到庞各庄的公交还开吗", "北京/大兴区", "query; hard: two towns of 大兴 named without the district"),
    ("beijing jinjingzheng 第几次了", "北京", "query; hard: pinyin for 北京 and 进京证"),
    # ── 天津 ──────────────────────────────────────────────────────────────────────────────
    ("天津今天尾号限行几", "天津", "query"),
    ("天津西站 停车场 怎么收费", "天津/红桥区", "query; station: 天津西站 in 红桥"),
    ("天津站出租车上车点在哪", "天津/河北区", "query; hard: 天津站 in 天津's 河北区, not the province 河北"),
    ("滨海新区 货车 限行吗", "天津/滨海新区", "query"),
    ("塘沽到市区 班车 几点末班", "天津", "query; line from 塘沽 (滨海新区) to the city centre: counted for 天津"),
    ("盘山 门票 停车场", "天津/蓟州区", "query; sight: 盘山 in 蓟州"),
    ("来电人咨询武清区车管所的具体地址和办公时间，欲办理机动车转籍。", "天津/武清区", "operator"),
    ("滨海机场 停车 一天多钱", "天津/东丽区", "query; hard: airport: 天津滨海机场 in 东丽, not 滨海新区"),
    ("来电人咨询：2022年11月从外地返回天津静海区是否需要落地核酸，社区是否要报备。",
     "天津/静海区", "operator; 2022 rule"),
    # ── 河北 ──────────────────────────────────────────────────────────────────────────────
    ("石家装限号", "河北/石家庄", "query; typo 石家装"),
    ("保定到涿州 班车时间", "河北/保定", "query; line inside 保定 (涿州 is in 保定)"),
    ("燕郊核酸点哪里有 24小时", "河北/廊坊/三河", "query; town: 燕郊 in 三河"),
    ("【留言标题】唐山货车限行区域【留言内容】请问唐山市区对国五以下柴油货车的限行范围是哪些路段，过境车辆怎么绕行？", "河北/唐山", "form"),
    ("北戴河 夏天 限行不", "河北/秦皇岛/北戴河", "query"),
    ("崇礼 雪场 大巴 从哪坐", "河北/张家口/崇礼", "query; district named without its city"),
    ("邯单 检测站 电话", "河北/邯郸", "query; typo 邯单"),
    ("正定古城 停车", "河北/石家庄/正定", "query"),
    ("衡水 驾考 科目三考场在哪", "河北/衡水", "query"),
    ("避暑山庄停车场收费标准", "河北/承德/双桥区", "query; sight: 避暑山庄 in 双桥"),
    ("白沟到保定 大巴", "河北/保定", "query; hard: 白沟 (高碑店) to 保定, both in 保定"),
    ("雄县收费站开了没", "河北/保定/雄县", "query; toll station named for its county (by convention)"),
    ("【留言标题】石家庄外地车限行咨询【留言内容】您好，我是山西牌照小型客车，下周要去石家庄办事，请问工作日二环以内是否限行，按尾号还是单双号？",
     "河北/石家庄", "form; hard: 山西 plate is the car's home, not the place"),
    # ── 山西 ──────────────────────────────────────────────────────────────────────────────
    ("太原 限行 尾号 本周", "山西/太原", "query"),
    ("太原南站 出租 要排多久", "山西/太原/小店区", "query; station: 太原南站 in 小店"),
    ("平遥古城停车场收费", "山西/晋中/平遥", "query"),
    ("五台山 班车时刻表", "山西/忻州/五台县", "query; sight: 五台山 in 五台县"),
    ("云冈石窟 坐几路公交", "山西/大同/云冈区", "query"),
    ("你好，晋城哪里有能做货车年审的检测站啊，要不要提前网上约", "山西/晋城", "chat"),
    ("长治到太原 大巴 几点有", "山西", "query; line between two cities of 山西"),
    ("盐湖区车管所 上班时间", "山西/运城/盐湖区", "query"),
    ("壶口瀑布 山西这边 路况", "山西/临汾/吉县", "query; hard: 壶口 on the 山西 side is 吉县"),
    # ── 内蒙古 ────────────────────────────────────────────────────────────────────────────
    ("呼和浩持 限行", "内蒙古/呼和浩特", "query; typo 呼和浩持"),
    ("2022 进呼市 要落地检吗", "内蒙古/呼和浩特", "query; hard: 呼市 abbreviation, 2022 rule"),
    ("包头昆区 停车收费", "内蒙古/包头/昆都仑区", "query; hard: 昆区 short for 昆都仑区"),
    ("满洲里口岸 货车 排队", "内蒙古/呼伦贝尔/满洲里", "query"),
    ("二连浩特口岸几点开关", "内蒙古/锡林郭勒盟/二连浩特", "query"),
    ("海拉尔到满洲里 班车", "内蒙古/呼伦贝尔", "query; line inside 呼伦贝尔"),
    ("来电人称在赤峰市预约机动车检测站一直约不上，咨询是否可以现场排号。", "内蒙古/赤峰", "operator"),
    ("集宁 核酸 2022 十月", "内蒙古/乌兰察布/集宁区", "query; 2022"),
    ("额济纳 胡杨林 限流吗", "内蒙古/阿拉善盟/额济纳旗", "query"),
    ("通辽科尔沁区驾校", "内蒙古/通辽/科尔沁区", "query; hard: 科尔沁区, not the 科尔沁 banners"),
    # ── 辽宁 ──────────────────────────────────────────────────────────────────────────────
    ("沈杨 限号吗", "辽宁/沈阳", "query; typo 沈杨"),
    ("沈阳站 出租车 排队", "辽宁/沈阳/和平区", "query; unsure: 沈阳站 in 和平区"),
    ("周水子机场停车费", "辽宁/大连/甘井子区", "query; airport: 周水子 in 甘井子"),
    ("大连到旅顺 班车", "辽宁/大连", "query; line inside 大连"),
    ("鞍山铁东 车管所", "辽宁/鞍山/铁东区", "query; hard: 铁东 settled by 鞍山 (四平 has one too)"),
    ("丹东 断桥 附近 停车", "辽宁/丹东/振兴区", "query; unsure: 鸭绿江断桥 in 振兴区"),
    ("师傅们 锦州市里货车限行是哪几条路啊 我晚上八点进城卸货行不行", "辽宁/锦州", "chat"),
    ("鲅鱼圈 港 集卡 排队几小时", "辽宁/营口/鲅鱼圈区", "query; port"),
    ("红海滩 大巴 从盘锦站", "辽宁/盘锦/大洼区", "query; sight: 红海滩 in 大洼"),
    ("辽宁朝阳 检测站", "辽宁/朝阳", "query; hard: 朝阳 settled by 辽宁 (the city)"),
    # ── 吉林 ──────────────────────────────────────────────────────────────────────────────
    ("长春 限号", "吉林/长春", "query"),
    ("乌拉街 雾凇岛 路况", "吉林/吉林市/龙潭区", "query; unsure: 乌拉街 (雾凇岛) in 龙潭区"),
    ("延吉到长白山 班车", "吉林/延边", "query; unsure: a 延吉 bus to 长白山 read as going to the 北坡 (安图), so inside 延边"),
    ("珲春口岸 货车 几点", "吉林/延边/珲春", "query; phone from 长春 must not settle", "0431-85920374"),
    ("问下 四平审车的地方 周日能审不 带啥材料", "吉林/四平", "chat; hard: 四平 (the city), not its 铁东/铁西"),
    ("查干湖 冬捕 停车", "吉林/松原/前郭尔罗斯", "query; sight: 查干湖 in 前郭"),
    ("万达长白山 滑雪 大巴", "吉林/白山/抚松", "query; resort in 抚松"),
    ("2022 吉林 省内跨市 要核酸吗", "吉林", "query; province-wide question"),
    ("吉林市 车管所", "220200", "query; hard: 吉林市 (a path cannot name it)"),
    ("吉林到长春 城际 多久一班", "吉林", "query; hard: 吉林 (city) to 长春, counted for the province"),
    # ── 黑龙江 ────────────────────────────────────────────────────────────────────────────
    ("哈尔宾 限行", "黑龙江/哈尔滨", "query; typo 哈尔宾"),
    ("哈尔滨西站 打车", "黑龙江/哈尔滨/南岗区", "query; station: 哈尔滨西站 in 南岗"),
    ("太平机场 大巴 时刻", "黑龙江/哈尔滨/道里区", "query; airport: 太平 in 道里"),
    ("中央大街 停车 哪里便宜", "黑龙江/哈尔滨/道里区", "query; street in 道里 (no city named)"),
    ("雪乡 路况 今天 能进吗", "黑龙江/牡丹江/海林", "query; unsure: 雪乡 counted for 海林; phone from 哈尔滨 must not settle", "0451-82263315"),
    ("北极村 班车", "黑龙江/大兴安岭/漠河", "query; village in 漠河"),
    ("【留言标题】大庆市区货车通行证办理【留言内容】我公司车辆需在大庆萨尔图区配送，请问通行证在哪个部门办理，可否网上申请？", "黑龙江/大庆/萨尔图区", "form"),
    ("亚布力 滑雪场 大巴", "黑龙江/哈尔滨/尚志", "query; resort in 尚志"),
    ("黑河到五大连池 班车", "黑龙江/黑河", "query; line inside 黑河"),
    # ── 上海 ──────────────────────────────────────────────────────────────────────────────
    ("上海 外牌 高架 几点限行", "上海", "query"),
    ("浦东机场 停车场收费", "上海/浦东新区", "query; airport in 浦东"),
    ("虹桥火车站 出租车 排队", "上海/闵行区", "query; hard: 虹桥站 in 闵行, not 长宁"),
    ("上海南站 长途班车", "上海/徐汇区", "query; station: 上海南站 in 徐汇"),
    ("来电人咨询：车辆在嘉定区做年检，网上预约后迟到半小时还能否检测。", "上海/嘉定区", "operator"),
    ("崇明 外地车 上岛 有限制吗", "上海/崇明区", "query"),
    ("上海宝山 集卡 限行时段", "上海/宝山区", "query; hard: 宝山 settled by 上海 (双鸭山 has a 宝山区)"),
    ("2022 离沪 还要核酸吗", "上海", "query; hard: 离沪 = leaving 上海, 2022"),
    ("外高桥 港区 集卡 排队", "上海/浦东新区", "query; port area in 浦东"),
    ("朱家角 停车 收费", "上海/青浦区", "query; town: 朱家角 in 青浦"),
    ("金山到市区 班车 末班几点", "上海", "query; line from 金山 to the centre: counted for 上海"),
    ("苏E 外牌 上海 高架 能上吗", "上海", "query; hard: 苏E plate is the car's home"),
    # ── 江苏 ──────────────────────────────────────────────────────────────────────────────
    ("南京 货车 限行", "江苏/南京", "query"),
    ("南京南站 停车场 收费", "江苏/南京/雨花台区", "query; station: 南京南站 in 雨花台"),
    ("禄口机场大巴", "江苏/南京/江宁区", "query; airport: 禄口 in 江宁"),
    ("苏洲 限号吗", "江苏/苏州", "query; typo 苏洲"),
    ("硕放机场 停车", "江苏/无锡/新吴区", "query; airport: 硕放 in 新吴"),
    ("连云港 港口 集卡 排队", "江苏/连云港", "query; port named by its city"),
    ("请问徐州到邳州的班车现在还是在汽车总站坐吗 最早一班几点", "江苏/徐州", "chat; line inside 徐州"),
    ("大丰港 货车 进港 要什么", "江苏/盐城/大丰区", "query; port named for 大丰"),
    ("扬州到泰州 大巴", "江苏", "query; line between two cities of 江苏"),
    ("沭阳 花木市场 停车", "江苏/宿迁/沭阳", "query"),
    ("江阴大桥 堵不堵", "江苏", "query; unsure: 江阴大桥 joins 江阴 (无锡) and 靖江 (泰州), counted for 江苏"),
    ("您好 我从安徽拉货到南京江宁区 货车白天能不能进 要不要办通行证 在哪办",
     "江苏/南京/江宁区", "chat; hard: 安徽 is the origin"),
    # ── 浙江 ──────────────────────────────────────────────────────────────────────────────
    ("杭洲 限行 外地车", "浙江/杭州", "query; typo 杭洲"),
    ("hangzhou 外地车 限行", "浙江/杭州", "query; hard: pinyin"),
    ("萧山机场 停车收费", "浙江/杭州/萧山区", "query"),
    ("杭州东站 网约车 上车点", "浙江/杭州/上城区", "query; station: 杭州东站 in 上城 (江干 merged in)"),
    ("北仑港 集卡 限行", "浙江/宁波/北仑区", "query; port"),
    ("温州南站 出租车", "浙江/温州/瓯海区", "query; unsure: 温州南站 in 瓯海"),
    ("义乌 国际商贸城 停车", "浙江/金华/义乌", "query; market"),
    ("义乌收费站 今天开没 2022", "浙江/金华/义乌", "query; toll station named for its county (by convention), 2022"),
    ("柯桥 轻纺城 货车", "浙江/绍兴/柯桥区", "query; market"),
    ("普陀山 轮渡 时刻", "浙江/舟山/普陀区", "query; hard: 普陀山 in 舟山's 普陀区, not 上海's"),
    ("南浔古镇停车", "浙江/湖州/南浔区", "query"),
    ("乌镇 大巴 几点", "浙江/嘉兴/桐乡", "query; town: 乌镇 in 桐乡"),
    ("金华到义乌 城际 班车", "浙江/金华", "query; line inside 金华"),
    ("千岛湖 自驾 停车", "浙江/杭州/淳安", "query; lake in 淳安"),
    ("来电人咨询：河南牌照货车拉建材到杭州余杭区工地，白天是否需要办理货车通行证，如何在线申请。",
     "浙江/杭州/余杭区", "operator; hard: 河南 plate"),
    # ── 安徽 ──────────────────────────────────────────────────────────────────────────────
    ("合fei 限行吗", "安徽/合肥", "query; hard: half pinyin 合fei"),
    ("合肥南站 出租车", "安徽/合肥/包河区", "query; station: 合肥南站 in 包河"),
    ("屯溪老街 停车", "安徽/黄山/屯溪区", "query"),
    ("宏村 停车场 多少钱", "安徽/黄山/黟县", "query; village: 宏村 in 黟县; phone from 上海 must not settle", "021-64418830"),
    ("来电人咨询阜阳至合肥的城际大巴最晚一班发车时间，以及是否需要实名购票。", "安徽", "operator; line between two cities of 安徽"),
    ("九华山 班车时刻", "安徽/池州/青阳县", "query; sight: 九华山 in 青阳"),
    ("亳州 药材市场 停车", "安徽/亳州/谯城区", "query; market in 谯城"),
    ("来电人咨询宿州市城区货车通行证办理条件，车辆为外省牌照的冷链车。", "安徽/宿州", "operator"),
    ("淮南寿县古城 停车", "安徽/淮南/寿县", "query"),
    # ── 福建 ──────────────────────────────────────────────────────────────────────────────
    ("福洲 限行吗", "福建/福州", "query; typo 福洲"),
    ("长乐机场 大巴", "福建/福州/长乐区", "query; airport: 福州长乐 in 长乐区"),
    ("鼓浪屿 船票 轮渡", "福建/厦门/思明区", "query; island in 思明"),
    ("厦门北站出租车", "福建/厦门/集美区", "query; station: 厦门北站 in 集美"),
    ("晋江机场 停车", "福建/泉州/晋江", "query"),
    ("晋江收费站 下高速 开着没", "福建/泉州/晋江", "query; toll station named for its county (by convention)"),
    ("莆田车管所 星期六有人上班吗 我想去补驾驶证", "福建/莆田", "chat"),
    ("武夷山 景区 观光车", "福建/南平/武夷山", "query"),
    ("南靖土楼 大巴", "福建/漳州/南靖", "query"),
    ("永定土楼 班车", "福建/龙岩/永定区", "query; hard: 永定 settled by 土楼 (张家界 has a 永定区)"),
    ("平潭 海峡大桥 通行", "福建/福州/平潭", "query; bridge onto 平潭"),
    # ── 江西 ──────────────────────────────────────────────────────────────────────────────
    ("南昌 限号", "江西/南昌", "query"),
    ("篁岭 大巴", "江西/上饶/婺源", "query; village: 篁岭 in 婺源"),
    ("庐山市 车管所", "江西/九江/庐山市", "query"),
    ("茨坪 班车", "江西/吉安/井冈山", "query; town: 茨坪 in 井冈山"),
    ("赣州到瑞金 班车", "江西/赣州", "query; line inside 赣州"),
    ("吉安有没有可以晚上检车的地方 白天要上班没空", "江西/吉安", "chat"),
    ("新余到南昌 城际", "江西", "query; line between two cities of 江西"),
    ("【留言标题】南昌红谷滩区停车收费咨询【留言内容】红谷滩区秋水广场附近路边停车是按小时收费还是按次收费？夜间是否免费？",
     "江西/南昌/红谷滩区", "form"),
    # ── 山东 ──────────────────────────────────────────────────────────────────────────────
    ("【留言标题】济南货车限行时间【留言内容】请问济南绕城高速以内，货车早晚高峰限行时间是几点到几点？节假日是否一样？", "山东/济南", "form"),
    ("济南西站 出租车", "山东/济南/槐荫区", "query; station: 济南西站 in 槐荫"),
    ("遥墙机场 大巴", "山东/济南/历城区", "query; airport: 遥墙 in 历城"),
    ("胶东机场 停车", "山东/青岛/胶州", "query; airport: 胶东 in 胶州"),
    ("青岛北站 打车", "山东/青岛/李沧区", "query; station: 青岛北站 in 李沧"),
    ("蓬莱阁 停车", "山东/烟台/蓬莱区", "query"),
    ("威海到烟台 班车", "山东", "query; line between two cities of 山东"),
    ("临沂 物流城 货车", "山东/临沂", "query; logistics market named by its city"),
    ("泰安 爬泰山 停车", "山东/泰安", "query; city named (泰山 spans two districts)"),
    ("三孔 停车场", "山东/济宁/曲阜", "query; sight: 三孔 in 曲阜"),
    ("寿光 蔬菜市场 货车", "山东/潍坊/寿光", "query"),
    ("禹城收费站 开了吗", "山东/德州/禹城", "query; toll station named for its county (by convention)"),
    # ── 河南 ──────────────────────────────────────────────────────────────────────────────
    ("郑洲 限号", "河南/郑州", "query; typo 郑洲"),
    ("新郑机场 停车场", "河南/郑州/新郑", "query; unsure: 新郑机场 counted for 新郑 (it lies in 航空港区)"),
    ("龙门石窟 停车", "河南/洛阳/洛龙区", "query; sight: 龙门 in 洛龙"),
    ("开封到郑州 城际", "河南", "query; line between two cities of 河南"),
    ("少林寺 停车 收费", "河南/郑州/登封", "query; sight in 登封"),
    ("云台山大巴", "河南/焦作/修武", "query; sight in 修武"),
    ("老君山 班车 栾川", "河南/洛阳/栾川", "query"),
    ("禹州 车管所 周末", "河南/许昌/禹州", "query; phone from 郑州 must not settle", "0371-65532170"),
    ("鹿邑到郑州 班车", "河南", "query; line between 鹿邑 (周口) and 郑州"),
    ("红旗渠 大巴", "河南/安阳/林州", "query; sight in 林州"),
    ("来电人咨询：驾驶证在外地，想在洛阳市车管所办理期满换证，需要带哪些材料，是否需要预约。",
     "河南/洛阳", "operator"),
    ("你好 我想问下郑州三环以内 货车白天能不能走 蓝牌小货车 要不要办证 我是从新乡过来的",
     "河南/郑州", "chat; hard: 新乡 is the origin"),
    # ── 湖北 ──────────────────────────────────────────────────────────────────────────────
    ("武汉 外地车 限行吗", "湖北/武汉", "query"),
    ("天河机场 大巴时刻表", "湖北/武汉/黄陂区", "query; hard: airport: 天河 in 黄陂, not 广州's 天河区"),
    ("武汉站 停车场", "湖北/武汉/洪山区", "query; station: 武汉站 in 洪山"),
    ("汉口站 出租", "湖北/武汉/江汉区", "query; station: 汉口站 in 江汉"),
    ("三峡大坝 班车", "湖北/宜昌/夷陵区", "query; sight in 夷陵"),
    ("恩施大峡谷 大巴", "湖北/恩施/恩施市", "query"),
    ("武当山 停车", "湖北/十堰/丹江口", "query; sight in 丹江口; phone from 武汉 must not settle", "027-85576614"),
    ("来电人称在襄阳市樊城区一检测站审车被要求额外购买灭火器，咨询是否合规。", "湖北/襄阳/樊城区", "operator"),
    ("十堰到武当山 班车", "湖北/十堰", "query; line inside 十堰"),
    ("荆州古城 停车 收费", "湖北/荆州/荆州区", "query"),
    ("仙桃 车管所", "湖北/仙桃", "query; county-level city under the province"),
    ("木鱼镇 班车", "湖北/神农架", "query; town: 木鱼 in 神农架林区"),
    # ── 湖南 ──────────────────────────────────────────────────────────────────────────────
    ("长沙 限号", "湖南/长沙", "query"),
    ("长沙南站 出租车 上车点", "湖南/长沙/雨花区", "query; station: 长沙南站 in 雨花区"),
    ("黄花机场 停车", "湖南/长沙/长沙县", "query; airport: 黄花 in 长沙县"),
    ("天门山 索道 停车", "湖南/张家界/永定区", "query; hard: 天门山 in 张家界's 永定区, not 天门市"),
    ("武陵源 景区 大巴", "湖南/张家界/武陵源", "query"),
    ("凤凰古城停车场", "湖南/湘西/凤凰", "query"),
    ("韶山 班车", "湖南/湘潭/韶山", "query"),
    ("南岳衡山 上山车", "湖南/衡阳/南岳区", "query; sight in 南岳"),
    ("岳阳楼 停车", "湖南/岳阳/岳阳楼区", "query"),
    ("株洲那边可以异地年审不 车是广东牌的", "湖南/株洲", "chat; hard: 广东 plate is the car's home"),
    ("吉首 车管所", "湖南/湘西/吉首", "query"),
    # ── 广东 ──────────────────────────────────────────────────────────────────────────────
    ("广州 开四停四", "广东/广州", "query; 广州's 外地车 rule"),
    ("shenzhen 货车通行证 申请", "广东/深圳", "query; hard: pinyin"),
    ("广州南站 出租车", "广东/广州/番禺区", "query; station: 广州南站 in 番禺"),
    ("深圳北站 网约车", "广东/深圳/龙华区", "query; station: 深圳北站 in 龙华 (海口 has a 龙华区)"),
    ("宝安机场停车", "广东/深圳/宝安区", "query"),
    ("东莞 限行吗", "广东/东莞", "query; city with no counties"),
    ("古镇 灯饰 货车 进出", "广东/中山", "query; hard: town: 古镇 in 中山, no county"),
    ("顺德车管所", "广东/佛山/顺德区", "query"),
    ("拱北口岸 停车", "广东/珠海/香洲区", "query"),
    ("【留言标题】汕头市车辆年审【留言内容】外地车辆在汕头金平区能否直接年审？需要委托书吗？", "广东/汕头/金平区", "form; hard: 金平区 settled by 汕头 (云南 has a 金平县)"),
    ("潮汕站 打车", "广东/潮州/潮安区", "query; hard: 潮汕站 in 潮安, not 汕头"),
    ("惠州到深圳 大巴", "广东", "query; line between two cities of 广东"),
    ("海安港 过海 排队", "广东/湛江/徐闻", "query; port: 海安 in 徐闻"),
    ("丹霞山 班车", "广东/韶关/仁化", "query; sight in 仁化"),
    ("开平碉楼 停车", "广东/江门/开平市", "query; hard: 开平 (江门), not 唐山's 开平区"),
    ("广州白云区 核酸点 24小时", "广东/广州/白云区", "query; hard: 白云区 settled by 广州, 2022"),
    ("【留言标题】深圳货车通行证【留言内容】本人湖南籍，蓝牌轻型货车，想在深圳南山区送货，请问白天能否通行，申请通行证需要哪些材料？",
     "广东/深圳/南山区", "form; hard: 湖南籍 is the caller's home"),
    ("来电人称：周末从广州南站打车到番禺长隆，司机不打表一口价，咨询番禺区是否允许。",
     "广东/广州/番禺区", "operator"),
    # ── 广西 ──────────────────────────────────────────────────────────────────────────────
    ("南宁 限号吗", "广西/南宁", "query"),
    ("南宁东站 出租车", "广西/南宁/青秀区", "query; unsure: 南宁东站 in 青秀区"),
    ("吴圩机场大巴", "广西/南宁/江南区", "query; airport: 吴圩 in 江南区"),
    ("阳朔西街 停车", "广西/桂林/阳朔", "query"),
    ("涠洲岛 船票", "广西/北海/海城区", "query; hard: island in 北海's 海城区 (鞍山 has a 海城市)"),
    ("东兴口岸 货车", "广西/防城港/东兴市", "query; hard: 东兴 (防城港), not 内江's 东兴区"),
    ("友谊关 口岸 排队", "广西/崇左/凭祥", "query; border port in 凭祥"),
    ("德天瀑布 大巴", "广西/崇左/大新", "query"),
    ("龙脊梯田 班车", "广西/桂林/龙胜", "query; sight in 龙胜"),
    ("桂林到南宁 动车", "广西", "query; line between two cities of 广西"),
    # ── 海南 ──────────────────────────────────────────────────────────────────────────────
    ("新海港 排队 过海", "海南/海口/秀英区", "query; port: 新海港 in 秀英"),
    ("美兰机场 停车", "海南/海口/美兰区", "query"),
    ("凤凰机场 大巴", "海南/三亚/天涯区", "query; hard: 三亚's airport, not 凤凰县"),
    ("亚龙湾 停车", "海南/三亚/吉阳区", "query"),
    ("2022 外地车 进岛 防疫", "海南", "query; hard: 进岛 = 海南, no name given"),
    ("来电人咨询儋州市那大镇车管所是否办理摩托车上牌业务。", "海南/儋州", "operator; city with no counties"),
    ("博鳌 停车", "海南/琼海", "query; town: 博鳌 in 琼海"),
    ("兴隆热带植物园 停车", "海南/万宁", "query; hard: garden in 万宁's 兴隆, not 承德's 兴隆县"),
    ("五指山到三亚 大巴", "海南", "query; hard: 五指山 (city) to 三亚, counted for 海南"),
    ("文昌 看火箭 交通管制", "海南/文昌", "query"),
    # ── 重庆 ──────────────────────────────────────────────────────────────────────────────
    ("重庆 限号", "重庆", "query"),
    ("江北机场 停车", "重庆/渝北区", "query; hard: 江北机场 in 渝北, not 江北区"),
    ("重庆北站 出租", "重庆/渝北区", "query; unsure: 重庆北站 in 渝北"),
    ("沙坪坝站 停车场", "重庆/沙坪坝区", "query"),
    ("解放碑停车费", "重庆/渝中区", "query"),
    ("洪崖洞 停车 哪里有位", "重庆/渝中区", "query"),
    ("仙女山 大巴", "重庆/武隆区", "query"),
    ("万州到主城 大巴", "重庆", "query; line inside 重庆"),
    ("大足石刻 班车", "重庆/大足区", "query"),
    # ── 四川 ──────────────────────────────────────────────────────────────────────────────
    ("成都 限行 尾号", "四川/成都", "query"),
    ("chengdu 限行", "四川/成都", "query; hard: pinyin"),
    ("双流机场停车", "四川/成都/双流区", "query"),
    ("天府机场 大巴", "四川/成都/简阳", "query; airport: 天府 in 简阳"),
    ("成都东站 打车", "四川/成都/成华区", "query"),
    ("都江堰 景区 停车", "四川/成都/都江堰", "query"),
    ("青城山 班车", "四川/成都/都江堰", "query; sight in 都江堰"),
    ("九寨沟 进沟 大巴", "四川/阿坝/九寨沟县", "query; phone from 成都 must not settle", "028-87741093"),
    ("峨眉山 上山 大巴", "四川/乐山/峨眉山", "query"),
    ("乐山大佛 停车", "四川/乐山/市中区", "query; hard: 乐山's 市中区 (four 市中区 in the table)"),
    ("稻城亚丁 路况", "四川/甘孜/稻城", "query"),
    ("折多山 路况 下雪没", "四川/甘孜/康定", "query; pass in 康定"),
    ("来电人称在绵阳市涪城区检测站年检时被告知尾气不合格，咨询复检是否另收费。", "四川/绵阳/涪城区", "operator"),
    ("宜宾到成都 班车", "四川", "query; line between two cities of 四川"),
    # ── 贵州 ──────────────────────────────────────────────────────────────────────────────
    ("贵洋 限号", "贵州/贵阳", "query; typo 贵洋"),
    ("请问一下 我车牌川A的 下周去贵阳出差 贵阳那边外地车限行吗 几点到几点",
     "贵州/贵阳", "chat; hard: 川A plate is the car's home, the question is 贵阳"),
    ("龙洞堡机场 大巴", "贵州/贵阳/南明区", "query; unsure: 龙洞堡机场 in 南明区"),
    ("西江千户苗寨 班车", "贵州/黔东南/雷山", "query"),
    ("小七孔 大巴", "贵州/黔南/荔波", "query"),
    ("遵义会议会址 停车", "贵州/遵义/红花岗区", "query"),
    ("茅台镇 货车", "贵州/遵义/仁怀", "query; town in 仁怀"),
    ("六盘水到贵阳 班车", "贵州", "query; line between two cities of 贵州"),
    ("镇远古镇 停车", "贵州/黔东南/镇远", "query"),
    # ── 云南 ──────────────────────────────────────────────────────────────────────────────
    ("昆名 限行", "云南/昆明", "query; typo 昆名"),
    ("长水机场 停车", "云南/昆明/官渡区", "query"),
    ("昆明南站 出租", "云南/昆明/呈贡区", "query"),
    ("大理古城 停车场", "云南/大理/大理市", "query"),
    ("丽江古城 停车", "云南/丽江/古城区", "query"),
    ("玉龙雪山 大巴", "云南/丽江/玉龙", "query"),
    ("景洪到勐腊 班车", "云南/西双版纳", "query; line inside 西双版纳"),
    ("瑞丽口岸 货车 2022", "云南/德宏/瑞丽", "query; 2022"),
    ("磨憨口岸 排队", "云南/西双版纳/勐腊", "query; border port in 勐腊"),
    ("香格里拉 路况", "云南/迪庆/香格里拉", "query"),
    ("【留言标题】曲靖检测站咨询【留言内容】请问曲靖市麒麟区的机动车检测站周末是否营业？", "云南/曲靖/麒麟区", "form"),
    ("元阳梯田 班车", "云南/红河/元阳", "query"),
    # ── 西藏 ──────────────────────────────────────────────────────────────────────────────
    ("拉萨 限行吗", "西藏/拉萨", "query"),
    ("布达拉宫 停车", "西藏/拉萨/城关区", "query; sight in 拉萨's 城关区"),
    ("贡嘎机场 大巴", "西藏/山南/贡嘎", "query; hard: 拉萨's airport, in 山南's 贡嘎县"),
    ("林芝到拉萨 班车", "西藏", "query; line between two cities of 西藏"),
    ("珠峰大本营 进入 要什么证", "西藏/日喀则/定日", "query"),
    ("我们自驾去日喀则 边防证在哪办 网上能办吗", "西藏/日喀则", "chat"),
    ("然乌湖 路况", "西藏/昌都/八宿", "query; lake in 八宿"),
    ("羊湖 停车", "西藏/山南/浪卡子", "query; unsure: 羊卓雍错 counted for 浪卡子"),
    # ── 陕西 ──────────────────────────────────────────────────────────────────────────────
    ("西安 限行 尾号", "陕西/西安", "query"),
    ("xi'an 限号", "陕西/西安", "query; hard: pinyin"),
    ("兵马俑 停车场", "陕西/西安/临潼区", "query"),
    ("华山 索道 大巴", "陕西/渭南/华阴", "query"),
    ("延安宝塔区 检测站", "陕西/延安/宝塔区", "query"),
    ("宝鸡去西安 大巴和动车哪个方便 大巴几点有", "陕西", "chat; line between two cities of 陕西"),
    ("榆林 煤车 限行", "陕西/榆林", "query"),
    ("壶口 陕西那边 停车", "陕西/延安/宜川", "query; hard: 壶口 on the 陕西 side is 宜川"),
    ("大唐不夜城 停车", "陕西/西安/雁塔区", "query"),
    ("来电人咨询商洛市商州区新车免检领标需要哪些材料。", "陕西/商洛/商州区", "operator"),
    # ── 甘肃 ──────────────────────────────────────────────────────────────────────────────
    ("兰洲 限号", "甘肃/兰州", "query; typo 兰洲"),
    ("莫高窟 班车", "甘肃/酒泉/敦煌", "query"),
    ("嘉峪关 关城 停车", "甘肃/嘉峪关", "query; city with no counties"),
    ("七彩丹霞 大巴", "甘肃/张掖/临泽", "query; unsure: 七彩丹霞 counted for 临泽"),
    ("麦积山 停车", "甘肃/天水/麦积区", "query"),
    ("拉卜楞寺 班车", "甘肃/甘南/夏河", "query"),
    ("酒泉审车 外地牌照能审吗 甘A的", "甘肃/酒泉", "chat; hard: 甘A plate (兰州) is the car's home"),
    ("武威到兰州 班车", "甘肃", "query; line between two cities of 甘肃"),
    # ── 青海 ──────────────────────────────────────────────────────────────────────────────
    ("西宁 限行", "青海/西宁", "query"),
    ("二郎剑 停车", "青海/海南/共和", "query; unsure: 青海湖 二郎剑 in 共和; hard: 海南 here is 青海's prefecture"),
    ("塔尔寺 停车", "青海/西宁/湟中区", "query"),
    ("茶卡盐湖 大巴", "青海/海西/乌兰县", "query"),
    ("格尔木 检测站", "青海/海西/格尔木", "query"),
    ("结古 到 西宁 班车 几天一趟", "青海", "query; line from 结古 (玉树市) to 西宁, counted for 青海"),
    # ── 宁夏 ──────────────────────────────────────────────────────────────────────────────
    ("银川 限号", "宁夏/银川", "query"),
    ("河东机场 大巴", "宁夏/银川/灵武", "query; unsure: 河东机场 in 灵武"),
    ("沙坡头 停车", "宁夏/中卫/沙坡头区", "query"),
    ("镇北堡 西部影城 停车", "宁夏/银川/西夏区", "query; unsure: 镇北堡 in 西夏区"),
    ("固原年审 现在还用去现场吗 听说可以网上", "宁夏/固原", "chat"),
    ("石嘴山到银川 班车", "宁夏", "query; line between two cities of 宁夏"),
    # ── 新疆 ──────────────────────────────────────────────────────────────────────────────
    ("乌鲁木其 限行", "新疆/乌鲁木齐", "query; typo 乌鲁木其"),
    ("地窝堡机场 停车", "新疆/乌鲁木齐/新市区", "query"),
    ("喀什古城 停车", "新疆/喀什/喀什市", "query"),
    ("霍尔果斯口岸 货车", "新疆/伊犁/霍尔果斯", "query"),
    ("独库公路 开了吗", "新疆", "query; hard: a road wholly inside 新疆 (独山子 to 库车)"),
    ("喀纳斯 区间车", "新疆/阿勒泰/布尔津", "query"),
    ("天山天池 停车", "新疆/昌吉/阜康", "query"),
    ("火焰山 停车", "新疆/吐鲁番/高昌区", "query; unsure: 火焰山 in 高昌区"),
    ("伊宁到那拉提 班车", "新疆/伊犁", "query; hard: 伊宁 (市/县) to 那拉提 (新源), both in 伊犁州"),
    ("来电人咨询：库尔勒市大型货车年审，检测站是否需要提前一天预约。", "新疆/巴音郭楞/库尔勒", "operator"),
    ("石河子车管所", "新疆/石河子", "query"),
    ("禾木 路况", "新疆/阿勒泰/布尔津", "query; village in 布尔津"),
    # ── more chat turns ───────────────────────────────────────────────────────────────────
    ("我刚下高速 在沈阳绕城上 想去铁西区送货 导航说货车不让进 有没有哪条路能走 或者哪能办临时通行证 着急",
     "辽宁/沈阳/铁西区", "chat; hard: 铁西 settled by 沈阳 (鞍山 and 四平 have one too)"),
    ("粤B 进广州 开四停四 也算吗", "广东/广州", "query; hard: 粤B plate (深圳) is the car's home"),
    ("我过年想从深圳回濮阳 现在还要不要三天两检 到了在哪报备啊", "河南/濮阳",
     "chat; hard: 深圳 is the origin, 2022 rule"),
    # ── no single region ──────────────────────────────────────────────────────────────────
    ("货车限行怎么查", None, "query; no place"),
    ("ETC 怎么办理", None, "query; no place; phone from 广州 must not settle", "020-83345517"),
    ("驾照到期 换证流程", None, "query; no place"),
    ("核酸报告多久有效", None, "query; no place, 2022"),
    ("高速 节假日免费 几号开始", None, "query; no place"),
    ("限行 怎么查 尾号", None, "query; no place; phone from 郑州 must not settle", "0371-60938821"),
    ("北京到天津 城际 几分钟一趟", None, "query; line across provinces"),
    ("上海到杭州大巴", None, "query; line across provinces"),
    ("广州到长沙 班车", None, "query; line across provinces"),
    ("固安到北京 通勤班车", None, "query; hard: 固安 (河北) to 北京, across provinces"),
    ("天长到南京 班车", None, "query; hard: 天长 (安徽) to 南京, across provinces"),
    ("花桥到上海 班车", None, "query; hard: 花桥 (昆山) to 上海, across provinces"),
    ("格尔木到拉萨 班车", None, "query; line across provinces"),
    ("重庆到成都 高速 路况", None, "query; road across provinces"),
    ("G4 路况", None, "query; a national expressway with no section"),
    ("东北 高速 封路了吗", None, "query; macro-region, no single region"),
    ("泸沽湖 大巴", None, "query; hard: 泸沽湖 lies across 云南 (宁蒗) and 四川 (盐源); unsure"),
    # ── names that could be several regions, nothing to settle them ───────────────────────
    ("朝阳区 货车 限行", None, "query; ambiguous",
     {"ambiguous": ["北京/朝阳区", "吉林/长春/朝阳区"]}),
    ("通州 限行几点", None, "query; ambiguous; phone from 北京 must not settle",
     {"phone": "010-69542281", "ambiguous": ["北京/通州区", "江苏/南通/通州区"]}),
    ("和平区 停车收费", None, "query; ambiguous",
     {"ambiguous": ["天津/和平区", "辽宁/沈阳/和平区"]}),
    ("南山区 停车收费", None, "query; ambiguous",
     {"ambiguous": ["广东/深圳/南山区", "黑龙江/鹤岗/南山区"]}),
    ("江北 检测站", None, "query; ambiguous",
     {"ambiguous": ["重庆/江北区", "浙江/宁波/江北区"]}),
    ("普陀 驾考", None, "query; ambiguous",
     {"ambiguous": ["上海/普陀区", "浙江/舟山/普陀区"]}),
    ("鼓楼区车管所", None, "query; ambiguous; phone from 南京 must not settle",
     {"phone": "025-84416630", "ambiguous": ["江苏/南京/鼓楼区", "江苏/徐州/鼓楼区", "福建/福州/鼓楼区", "河南/开封/鼓楼区"]}),
    ("城关区 限行吗", None, "query; ambiguous",
     {"ambiguous": ["西藏/拉萨/城关区", "甘肃/兰州/城关区"]}),
    ("新华区 检测站", None, "query; ambiguous",
     {"ambiguous": ["河北/石家庄/新华区", "河北/沧州/新华区", "河南/平顶山/新华区"]}),
    ("市中区 车管所 电话", None, "query; ambiguous",
     {"ambiguous": ["山东/济南/市中区", "山东/枣庄/市中区", "四川/内江/市中区", "四川/乐山/市中区"]}),
    ("长安区 核酸 2022", None, "query; ambiguous",
     {"ambiguous": ["河北/石家庄/长安区", "陕西/西安/长安区"]}),
    ("铁西 停车", None, "query; ambiguous",
     {"ambiguous": ["辽宁/沈阳/铁西区", "辽宁/鞍山/铁西区", "吉林/四平/铁西区"]}),
    ("龙华 停车收费", None, "query; ambiguous",
     {"ambiguous": ["广东/深圳/龙华区", "海南/海口/龙华区"]}),
    ("白云区 核酸点", None, "query; ambiguous, 2022",
     {"ambiguous": ["广东/广州/白云区", "贵州/贵阳/白云区"]}),
    ("宝山区 检测站", None, "query; ambiguous",
     {"ambiguous": ["上海/宝山区", "黑龙江/双鸭山/宝山区"]}),
    ("兴隆 班车", None, "query; ambiguous: 兴隆县 or 万宁's 兴隆",
     {"ambiguous": ["河北/承德/兴隆", "海南/万宁"]}),
]


def main() -> None:
    write_jsonl(build_rows(HELDOUT72, "heldout72", "yj"), "place_heldout72.jsonl")


if __name__ == "__main__":
    main()
