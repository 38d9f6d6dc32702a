"""Source of the twenty-first held-out place set (place_heldout21.jsonl): a blind check of `locate`.

Synthetic: every query was written by hand for this set in one sitting by a helper session that
had not read hotline/text/places.py or anything else under hotline/text/ beyond what is named
here, nor place_towns.txt, place_historic.txt or any facility table, the tests, docs/, bench/,
README.md, git history, /work/shared, or the messages of any earlier set (place_heldout*.jsonl,
place_testset.jsonl, the message lists of the *_source.py files). What it did read: lines 1-80 of
place_heldout8_source.py (its docstring with the conventions, and its imports) and that file's last
10 lines (main()); lines 1-89 of place_heldout16_source.py (its docstring only, no messages); the
source of build_rows of place_heldout3_source.py and of _resolve and write_jsonl of
place_testset_source.py, each printed on its own with inspect.getsource; and hotline/regions.py
with the 2024 region table it loads (dumped to a scratch file under /tmp to check every code and
name). The resolver, `hotline text analyze` and `locate` were not run on any of it, and no test was
run. No query was copied from anywhere (the brief's own examples were reworded, not reused). The
only checks run were that every path resolves (through build_rows) to the intended region's full
name, that no text repeats, and the counts below, which were computed by script.

Theme: what drivers, passengers and small logistics firms type into a hotline's self-service
policy search and chat box (问答机器人) in 2026: short keyword queries and one- or two-sentence
questions, not complaints. For a route question the expected region is the one the answer depends
on: the place entered or passed when one is asked about (进京, 进沪, 入疆, 上岛, a bridge); for a
route whose two ends lie in one county, city or province, the smallest region holding both; across
provinces with nothing asked about a single place, null.

Coverage: 433 queries, 386 with a region and 47 with none (expected null, 19 of them with
"ambiguous"). All 31 provinces: 北京, 上海, 江苏, 新疆 14; 内蒙古, 辽宁, 浙江, 山东, 广东, 广西,
四川, 贵州, 云南 13; 山西, 黑龙江, 安徽, 福建, 江西, 河南, 湖北, 湖南, 海南, 重庆, 西藏, 陕西, 甘肃,
青海, 宁夏 12; 天津, 河北, 吉林 11. By level of the expected region: 128 a county-level unit, 115 a
city (prefecture, 盟, 州 or 地区; among them 东莞 x229, 中山 x233, 儋州 x254 and 嘉峪关 x339, which
have no counties, and 吉林市 x077 given as a code since a path cannot name it) and 143 a province
(31 of them 北京, 天津, 上海 or 重庆 as a whole, for city-wide rules and lines inside the
municipality; 112 another province, for province-wide policies, highway sections and lines between
two of its cities). 390 texts are keyword strings with spaces; 41 are full questions with
punctuation (你好，请问……, 我们是物流公司……). 93 are lines between two places counted for the
smallest region holding both (3 inside a county: x085 延吉, x124 昆山, x137 义乌; 32 inside a city
or prefecture; 8 inside a municipality; 50 inside a province) and 9 lines across provinces (null).
Routes are written A到B, A至B, A→B and A-B.

Topics: entry rules by abbreviation or name (进京证 x001/x012, 进京 x002/x005/x013/x014, 进津 x016,
进沪 x098/x109-x111, 在沪 x107, 入琼 x251, 入渝 x272, 入川 x274, 入黔 x288, 入滇 x300, 进藏 x313,
入疆 x373, 进 乌鲁木齐 x386, 上岛 崇明 x104 / 平潭 x156, 进岛 厦门 x158); freight permits (货车通行证),
限行 and 尾号 city by city; the green channel (绿通) for produce named with its county or city
(寿光蔬菜, 砀山酥梨, 中牟大蒜, 安溪茶叶, 五常大米, 沭阳花木, 百色芒果, 定西 and 西吉 马铃薯, 盐池滩羊,
潜江小龙虾, 柳州螺蛳粉) and green-channel rules of a province (河北, 吉林, 江西, 河南, 湖北, 广西,
甘肃, 青海, 宁夏); hazardous goods (备案, 停车场, 电子运单, 路线, 押运员); ports and 集卡 预约 (天津港东疆,
曹妃甸, 鲅鱼圈, 大连, 锦州, 外高桥, 连云港, 北仑, 芜湖, 海沧, 九江, 董家口, 日照, 蓬莱, 阳逻, 城陵矶,
盐田, 南沙, 徐闻, 钦州, 新海港, 洋浦, 果园港, 青白江铁路港, 宜宾, 花湖机场); border ports (二连浩特,
满洲里, 丹东, 珲春, 绥芬河, 东宁, 皇岗, 友谊关, 东兴, 磨憨, 瑞丽, 河口, 吉隆, 霍尔果斯, 阿拉山口,
红其拉甫); passengers' transfers (airport and station buses, 城际, 班车, 磁浮, 城轨); scenic-area
coaches and self-driving (八达岭, 盘山, 五台山, 平遥, 壶口, 阿尔山, 查干湖, 北极村, 武夷山, 婺源,
井冈山, 云台山, 鸡冠洞, 武当山, 恩施大峡谷, 天门山, 凤凰古城, 银滩, 天生三桥, 九寨沟, 乐山大佛,
小七孔, 西江, 赤水, 丽江古城, 大理古城, 羊卓雍措, 法门寺, 宝塔山, 鸣沙山, 拉卜楞, 茶卡, 镇北堡,
赛里木湖, 火焰山); ride-hailing licences, 渣土车, 大件 permits, the 沪牌 auction, the 海南 vehicle
fee, and highways by section and weather.

On purpose:
- typos from pinyin input (20 rows, note "typo …"; expected is the true city): 石家装 x027, 太元
  x043, 呼和浩持 x053, 沈杨 x063, 哈儿滨 x086, 苏洲 x112, 杭洲 x126, 和肥 x139, 福洲 x151, 南常 x163,
  郑洲 x188, 常沙 x212, 广洲 x224, 贵杨 x287, 昆名 x301, 西按 x325, 兰洲 x337, 西凝 x349, 银穿 x361,
  乌鲁木奇 x374;
- highways with a section (23 rows, note "highway with the … section named", expected the
  province): G7 内蒙古段, 京哈 辽宁段, G1 吉林段, G10 黑龙江段, G2 江苏段 / 山东段, G60 浙江段 / 江西段 /
  贵州段, G3 安徽段, 沈海 福建段, G4 河南段 / 湖南段, 京港澳 湖北段, G72 广西段, G98 海南东线, G75
  重庆段, G56 云南段, G65 陕西段, 连霍 甘肃段, G30 新疆段, G6 青海段 / 宁夏段; and a place named on a
  route counted for that place (x280 理塘 318, x314 林芝 318, x317 那曲 on G109, x321 G219 阿里段);
- queries naming only a highway (null, x393-x397: G15 沈海, 沪昆, 京港澳, 318, 京藏 — whose 京 and
  藏 are the ends' abbreviations, not places asked about);
- plate prefixes as the only hint (null, x387-x392: 沪C, 粤B, 苏E, 川A, 冀A, 鲁Q), against plates
  beside a place asked about (x002 冀A 进京, expected 北京);
- the caller's or the truck's home beside the place entered (x005 燕郊, x014 张家口, x110 苏州,
  x111 嘉兴: expected the place entered, 北京 or 上海);
- names that repeat, settled by what is named with them: 通州 (北京's, x011, not 南通's), 南沙区
  (广州's, x232, not 三沙's), 东兴 (防城港's 东兴市, x238, not 内江's 东兴区), 河口 (云南's county,
  x306, not 东营's 河口区), 永定区 (张家界's, by 天门山, x216), 市中区 (乐山's, by 大佛, x284), 古城区
  (丽江, x307), 南昌县 not 南昌市 (x173), 黄山市 (the city, not 黄山区 nor the mountain, x142), 恩施市
  inside 恩施州 (x209), 吉林市 (x077, a code) against 吉林省 (x078, x079); brand and food names that
  are also places (涪陵榨菜 x269, 茅台 at 仁怀 x294, 淄博烧烤 x184, 柳州螺蛳粉 x244, 潜江小龙虾 x208);
- lines whose ends look alike but lie in different units: 邵阳-新化 (新化 is 娄底's: 湖南, x222),
  西安北站-咸阳机场 (陕西, x328), 太原-五台山 (山西, x048), 西宁曹家堡机场-市区 (青海, x360), 三亚-陵水
  (海南, x261); and lines whose ends share a city though one end is a county-level city or a county
  (公主岭-长春 x084, 赣州-瑞金 x174, 防城港-东兴 x248, 商丘-永城 x198, 阜阳-临泉 x148, 永登-兰州
  x346, 灵武-银川 x368, 章丘-济南 x185);
- district names alone with nothing to settle them (null with "ambiguous", x413-x431): 鼓楼区,
  朝阳区, 新华区, 市中区, 城关区, 普陀区, 江北区, 西湖区, 铁西区, 白云区, 南山区, 河东区, 和平区,
  长安区, 青山区, 龙华区, 城中区, 海州区, 新城区;
- other nulls: queries with no place (x398-x403), lines across provinces (x404-x412: 郑州-西安,
  成都-重庆, 长沙-广州, 沈阳-哈尔滨, 成都-拉萨 on 318, 格尔木-拉萨, 武汉-南昌, 合肥-南京, 南宁-广州),
  and macro-regions (x432 京津冀, x433 长三角).

Rows whose expected code rests on a fact this session was less sure of: x008 (空港物流园 in 顺义区),
x085 (延吉西站 in 延吉市, so the line stays inside the county-level city), x105 (上海石化 in 金山区),
x176 (董家口港 in 黄岛区), x206 (武当山 counted for 丹江口市), x209 (恩施大峡谷 in 恩施市), x211
(荆州古城 in 荆州区), x216 (天门山 in 永定区), x247 (银滩 in 银海区), x250 (新海港 in 秀英区), x262
(果园港 in 重庆's 江北区), x307 (丽江古城 in 古城区), x311 (大理古城 in 大理市), x322 (羊卓雍措 counted
for 浪卡子县; the lake reaches other counties), x354 (茶卡 in 乌兰县), x360 (曹家堡机场 in 海东, so the
line to 西宁 crosses two cities and counts for 青海), x364 (宁东 base counted for 灵武市), x370 (镇北堡
in 西夏区), x383 (赛里木湖 counted for 博乐市), x385 (火焰山 counted for 高昌区); and by convention
rather than fact: x005, x014, x110, x111 (entering 北京 or 上海 from another province counted for
the place entered, not as a line across provinces), x104, x156, x158 (上岛/进岛 counted for the
island's county, and for 厦门 as a whole since its entry rule is the city's), x107 (在沪 read as
上海 while x387 沪C, a plate alone, is null), x116, x125, x129, x235 (bridges counted for the
smallest region holding both ends: 南京, 江苏, 浙江, 广东), x277 and x381 (雅西高速 and 独库公路,
roads wholly inside 四川 and 新疆, counted for the province, unlike national routes named alone),
x280, x314, x317, x321 (a place named on G318, G109 or G219 counted for that place; x314 is a trip
to 林芝 whose road also crosses 四川), x397 (京藏高速 null).
"""

from __future__ import annotations

from hotline.text.data.place_heldout3_source import build_rows
from hotline.text.data.place_testset_source import write_jsonl

# (text, expected path or code or None, note[, {"ambiguous": [paths the name could mean]}])
HELDOUT21: list[tuple] = [
    # ── 北京 ──────────────────────────────────────────────────────────────────────────────
    ("外地小客车办了进京证能进五环吗", "北京", "进京证: 北京's policy, province-wide"),
    ("冀A 货车 进京 要办什么证", "北京", "entering 北京; the plate 冀A is not the place"),
    ("北京 货车通行证 网上 在哪申请", "北京", "city-wide freight permit in 北京"),
    ("新发地 进货 货车 夜里几点能进", "北京/丰台区", "新发地 market in 丰台"),
    ("住燕郊 天天进京上班 检查站要排多久", "北京", "entering 北京 from 燕郊 (三河); the checkpoint policy is 北京's"),
    ("八达岭长城 旅游大巴 停车场在哪", "北京/延庆区", "八达岭 in 延庆"),
    ("平谷到密云有直达公交吗", "北京", "route inside 北京"),
    ("顺义 空港物流园 危化品车 要不要备案", "北京/顺义区", "空港 logistics park in 顺义"),
    ("北京网约车驾驶员证 考试在哪报名", "北京", "city-wide licence in 北京"),
    ("大兴区 货车 限行 绕行路线", "北京/大兴区", "district named"),
    ("通州副中心 外地车 限行吗", "北京/通州区", "通州 副中心 (北京, not 南通's 通州区)"),
    ("进京证 一年能办几次 十二次用完了怎么办", "北京", "进京证 quota: 北京's policy"),
    ("你好，我们公司有几台冷链车要进北京送货，进京证需要提前几天办？", "北京", "entering 北京; a logistics firm asking"),
    ("请问张家口的货车进京要走哪个检查站？", "北京", "entering 北京 from 张家口: the place asked about"),
    # ── 天津 ──────────────────────────────────────────────────────────────────────────────
    ("危险品车辆去天津港东疆 需要预约吗", "天津/滨海新区", "天津港 东疆 in 滨海新区"),
    ("进津 货车 外环以内 限行", "天津", "进津: entering 天津"),
    ("天津 外地牌 限号 尾号怎么算", "天津", "city-wide rule in 天津"),
    ("蓟州 盘山景区 旅游包车 停车", "天津/蓟州区", "盘山 in 蓟州"),
    ("静海到西青 货车能走津沧高速吗", "天津", "route inside 天津"),
    ("宝坻 有没有 大件运输许可 办理点", "天津/宝坻区", "district named"),
    ("武清 货车通行证去哪办", "天津/武清区", "district named"),
    ("天津滨海机场到天津站 坐地铁几号线", "天津", "route inside 天津 (东丽 to 河北区)"),
    ("天津 网约车运输证 需要什么材料", "天津", "city-wide licence in 天津"),
    ("津南 渣土车 夜间运输 审批", "天津/津南区", "district named"),
    ("请问天津大件运输许可审批要几个工作日？", "天津", "city-wide permit"),
    # ── 河北 ──────────────────────────────────────────────────────────────────────────────
    ("固安 大货车 白天能进县城吗", "河北/廊坊/固安县", "county named"),
    ("石家装 今天限行尾号", "河北/石家庄", "typo 石家装 for 石家庄"),
    ("河北省内 绿通车 走高速免费吗", "河北", "province-wide policy"),
    ("唐山 曹妃甸港 拉煤车 进港预约", "河北/唐山/曹妃甸区", "曹妃甸 port"),
    ("保定到石家庄 旅游包车 要备案吗", "河北", "route inside 河北"),
    ("廊坊 外地货车通行证 怎么办理", "河北/廊坊", "city-wide permit"),
    ("香河家具城 送货车 限行吗", "河北/廊坊/香河县", "香河 furniture market"),
    ("崇礼 滑雪 冬天上山 要带防滑链吗", "河北/张家口/崇礼区", "崇礼 ski area"),
    ("武安 钢厂 运输车 重污染天气 能进吗", "河北/邯郸/武安市", "county-level city named"),
    ("沧州 危化品车辆 专用停车场在哪", "河北/沧州", "city named"),
    ("河北 超限大件运输许可 网上审批多久", "河北", "province-wide permit"),
    # ── 山西 ──────────────────────────────────────────────────────────────────────────────
    ("太原 货车限行区域 二环以内", "山西/太原", "city-wide rule"),
    ("大同 煤车 进城 通行证", "山西/大同", "city named"),
    ("孝义到柳林 煤运通道 现在限重多少", "山西/吕梁", "route inside 吕梁"),
    ("山西高速 煤车 计重收费标准", "山西", "province-wide tolls"),
    ("五台山景区 自驾车能开进去吗", "山西/忻州/五台县", "五台山 in 五台县"),
    ("平遥古城 旅游大巴 停哪里", "山西/晋中/平遥县", "平遥 old town"),
    ("太元 货车通行证 怎么网上申请", "山西/太原", "typo 太元 for 太原"),
    ("长治至晋城 危险品运输 路线怎么走", "山西", "route inside 山西"),
    ("吉县壶口 冬季道路 通行情况", "山西/临汾/吉县", "county named"),
    ("运城盐湖区 渣土车 备案", "山西/运城/盐湖区", "district named"),
    ("你好，问一下长治的危化品车停车场有几个？", "山西/长治", "city named"),
    ("请问太原到五台山有旅游专线吗？", "山西", "route inside 山西 (太原 to 忻州)"),
    # ── 内蒙古 ────────────────────────────────────────────────────────────────────────────
    ("二连浩特口岸 货车入境 排队预约", "内蒙古/锡林郭勒/二连浩特", "border port"),
    ("满洲里口岸 货运通关时间", "内蒙古/呼伦贝尔/满洲里", "border port"),
    ("鄂尔多斯 煤车 通行证", "内蒙古/鄂尔多斯", "city named"),
    ("准格尔旗 工业园 危化品车辆 备案", "内蒙古/鄂尔多斯/准格尔旗", "banner named"),
    ("呼和浩持 绕城高速 货车能走吗", "内蒙古/呼和浩特", "typo 呼和浩持 for 呼和浩特"),
    ("包头到呼和浩特 京藏高速 冬季会封路吗", "内蒙古", "route inside 内蒙古"),
    ("内蒙古 牧区公路 超限检查 标准", "内蒙古", "province-wide rule"),
    ("G7京新 内蒙古段 风大限行", "内蒙古", "highway with the 内蒙古 section named"),
    ("阿尔山 冬天自驾 路况", "内蒙古/兴安盟/阿尔山", "county-level city named"),
    ("锡林浩特→二连 长途客车几点", "内蒙古/锡林郭勒", "route inside 锡林郭勒 盟"),
    ("乌海 货车 限行吗", "内蒙古/乌海", "city named"),
    ("你好，我是跑包头的货车司机，请问包头市区白天货车能进吗？", "内蒙古/包头", "city named"),
    ("请问海拉尔到满洲里的大巴几点发车？", "内蒙古/呼伦贝尔", "route inside 呼伦贝尔"),
    # ── 辽宁 ──────────────────────────────────────────────────────────────────────────────
    ("鲅鱼圈港 集装箱车 进港要证吗", "辽宁/营口/鲅鱼圈区", "port in 鲅鱼圈"),
    ("沈杨 货车限行 三环内", "辽宁/沈阳", "typo 沈杨 for 沈阳"),
    ("大连-丹东 沿海高速 雾天封不封", "辽宁", "route inside 辽宁"),
    ("京哈高速 辽宁段 货车限速多少", "辽宁", "highway with the 辽宁 section named"),
    ("丹东口岸 货车出境 手续", "辽宁/丹东", "border port; city named"),
    ("大连港 危化品车辆 进港", "辽宁/大连", "port; city named"),
    ("瓦房店到普兰店 客车几点有", "辽宁/大连", "route inside 大连"),
    ("辽宁 网约车 车辆年限 规定", "辽宁", "province-wide rule"),
    ("新民 绿通车 查验点在哪", "辽宁/沈阳/新民", "county-level city named"),
    ("抚顺 危化品车 停车场", "辽宁/抚顺", "city named"),
    ("开原到西丰 班车 还有吗", "辽宁/铁岭", "route inside 铁岭"),
    ("请问沈阳桃仙机场到沈阳北站的大巴还开吗？", "辽宁/沈阳", "route inside 沈阳"),
    ("请问锦州港集卡预约电话是多少？", "辽宁/锦州", "port; city named"),
    # ── 吉林 ──────────────────────────────────────────────────────────────────────────────
    ("珲春口岸 货车出入境 要办什么", "吉林/延边/珲春", "border port"),
    ("长春 货车通行证 办理", "吉林/长春", "city named"),
    ("吉林市 货车限行区域", "220200", "吉林市 (a path cannot name it)"),
    ("长春到延吉 高速 冬天封路吗", "吉林", "route inside 吉林"),
    ("吉林省内 绿通车辆政策", "吉林", "province-wide policy"),
    ("延边州 客运包车 备案", "吉林/延边", "prefecture named"),
    ("前郭 查干湖冬捕 停车要钱吗", "吉林/松原/前郭尔罗斯蒙古族自治县", "查干湖 in 前郭"),
    ("梅河口 货车限行 时段", "吉林/通化/梅河口", "county-level city named"),
    ("G1京哈 吉林段 雪天限速", "吉林", "highway with the 吉林 section named"),
    ("公主岭到长春 城际公交", "吉林/长春", "route inside 长春 (公主岭 belongs to 长春 since 2020)"),
    ("想问一下延吉西站到延吉市区有没有公交？", "吉林/延边/延吉", "route inside 延吉"),
    # ── 黑龙江 ────────────────────────────────────────────────────────────────────────────
    ("哈儿滨 货车通行证", "黑龙江/哈尔滨", "typo 哈儿滨 for 哈尔滨"),
    ("绥芬河口岸 货运车辆 入境", "黑龙江/牡丹江/绥芬河", "border port"),
    ("黑河 冬季 冰上汽车运输通道 开了吗", "黑龙江/黑河", "city named"),
    ("漠河北极村 冬天自驾 路况", "黑龙江/大兴安岭/漠河", "北极村 in 漠河"),
    ("黑龙江高速 冬季 货车要装防滑链吗", "黑龙江", "province-wide rule"),
    ("G10绥满 黑龙江段 团雾", "黑龙江", "highway with the 黑龙江 section named"),
    ("大庆 危化品车辆 通行证", "黑龙江/大庆", "city named"),
    ("齐齐哈尔到大庆 客车几点", "黑龙江", "route inside 黑龙江"),
    ("东宁口岸 货车 通关", "黑龙江/牡丹江/东宁", "border port"),
    ("五常大米 运输 算绿通吗", "黑龙江/哈尔滨/五常", "county-level city named"),
    ("牡丹江 货车 限行", "黑龙江/牡丹江", "city named"),
    ("请问哈尔滨太平机场到亚布力滑雪场怎么坐车？", "黑龙江/哈尔滨", "route inside 哈尔滨 (亚布力 in 尚志)"),
    # ── 上海 ──────────────────────────────────────────────────────────────────────────────
    ("进沪 外牌货车 通行证怎么办", "上海", "进沪: entering 上海"),
    ("外高桥港区 集卡预约", "上海/浦东新区", "外高桥 in 浦东"),
    ("虹桥枢纽到浦东机场 大巴多久一班", "上海", "route inside 上海"),
    ("嘉定 货车限行区域", "上海/嘉定区", "district named"),
    ("松江→青浦 危险品车辆 路线", "上海", "route inside 上海"),
    ("上海网约车 人证车证 考试", "上海", "city-wide licence"),
    ("崇明 外地车上岛 要预约吗", "上海/崇明区", "entering 崇明"),
    ("金山石化 危化品车 停车场", "上海/金山区", "上海石化 in 金山"),
    ("上海 沪牌额度 拍卖流程", "上海", "city-wide plate auction"),
    ("在沪 外牌小客车 高架几点不能上", "上海", "在沪: 上海's rule for out-of-town plates"),
    ("浦东 危化品 运输 电子运单 要填吗", "上海/浦东新区", "district named"),
    ("我们是物流公司，货车要进上海外环以内送货，需要办什么通行证？", "上海", "entering 上海; a logistics firm asking"),
    ("请问苏州的货车进上海要办什么证？", "上海", "entering 上海 from 苏州: the place asked about"),
    ("你好，我在嘉兴，开货车进沪有什么要求？", "上海", "进沪 from 嘉兴; the caller's town is not the place"),
    # ── 江苏 ──────────────────────────────────────────────────────────────────────────────
    ("苏洲 货车通行证 网上办", "江苏/苏州", "typo 苏洲 for 苏州"),
    ("南京南站到禄口机场 末班大巴几点", "江苏/南京", "route inside 南京"),
    ("昆山到太仓 危化品车辆 能走沿江高速吗", "江苏/苏州", "route inside 苏州"),
    ("江苏高速 货车ETC 优惠多少", "江苏", "province-wide tolls"),
    ("南京长江二桥 货车几点禁行", "江苏/南京", "bridge with both ends in 南京"),
    ("连云港 集卡 进港 预约", "江苏/连云港", "city named"),
    ("沭阳 花木运输 能走绿通吗", "江苏/宿迁/沭阳", "county named"),
    ("徐州-连云港 连霍高速 施工 绕行", "江苏", "route inside 江苏"),
    ("张家港保税区 危化品车 备案", "江苏/苏州/张家港", "county-level city named"),
    ("G2京沪 江苏段 限速多少", "江苏", "highway with the 江苏 section named"),
    ("请问无锡到常州的城际公交几点末班？", "江苏", "route inside 江苏"),
    ("宜兴 陶瓷运输车 夜间能进城吗", "江苏/无锡/宜兴", "county-level city named"),
    ("昆山花桥到周庄 有公交吗", "江苏/苏州/昆山", "route inside 昆山"),
    ("请问南通到苏州走苏通大桥，货车有没有限行？", "江苏", "route and bridge inside 江苏 (南通 to 苏州)"),
    # ── 浙江 ──────────────────────────────────────────────────────────────────────────────
    ("杭洲 货车通行证 申请入口", "浙江/杭州", "typo 杭洲 for 杭州"),
    ("义乌国际商贸城 货车进市区要证吗", "浙江/金华/义乌", "义乌 market"),
    ("宁波北仑港 集卡 预约进港", "浙江/宁波/北仑区", "北仑 port"),
    ("杭州湾跨海大桥 货车收费标准", "浙江", "bridge between 嘉兴 and 宁波 (慈溪)"),
    ("萧山到余杭 危险品运输 路线", "浙江/杭州", "route inside 杭州"),
    ("浙江省内 包车客运标志牌 申请", "浙江", "province-wide permit"),
    ("永康五金城 货车限行", "浙江/金华/永康", "永康 market"),
    ("温州至丽水 客车几点", "浙江", "route inside 浙江"),
    ("桐乡 货车通行证", "浙江/嘉兴/桐乡", "county-level city named"),
    ("G60沪昆 浙江段 施工绕行", "浙江", "highway with the 浙江 section named"),
    ("柯桥轻纺城 物流车 停车", "浙江/绍兴/柯桥区", "柯桥 market"),
    ("义乌佛堂到苏溪 公交几路", "浙江/金华/义乌", "route inside 义乌"),
    ("请问乐清到永嘉的班车几点？", "浙江/温州", "route inside 温州"),
    # ── 安徽 ──────────────────────────────────────────────────────────────────────────────
    ("和肥 货车 限行时间", "安徽/合肥", "typo 和肥 for 合肥"),
    ("芜湖港 集装箱车 预约", "安徽/芜湖", "port; city named"),
    ("G3京台 安徽段 雨天限速", "安徽", "highway with the 安徽 section named"),
    ("黄山市 出租车 起步价多少", "安徽/黄山市", "city named (not 黄山区 nor the mountain)"),
    ("合肥到六安 城际公交", "安徽", "route inside 安徽"),
    ("亳州 中药材市场 货车停车", "安徽/亳州", "city named"),
    ("安徽 危化品运输 电子运单", "安徽", "province-wide rule"),
    ("肥东 货车限行", "安徽/合肥/肥东", "county named"),
    ("砀山酥梨 绿通证明 哪里开", "安徽/宿州/砀山", "county named"),
    ("阜阳→临泉 客车", "安徽/阜阳", "route inside 阜阳"),
    ("繁昌 渣土车 备案", "安徽/芜湖/繁昌区", "district named"),
    ("请问合肥新桥机场到黄山有大巴吗？", "安徽", "route inside 安徽"),
    # ── 福建 ──────────────────────────────────────────────────────────────────────────────
    ("福洲 货车通行证", "福建/福州", "typo 福洲 for 福州"),
    ("厦门海沧港区 集卡预约", "福建/厦门/海沧区", "海沧 port"),
    ("晋江到石狮 公交几点", "福建/泉州", "route inside 泉州"),
    ("沈海高速 福建段 大雾管制", "福建", "highway with the 福建 section named"),
    ("福建省内 网约车资格证 考试", "福建", "province-wide licence"),
    ("平潭 外地车上岛 要登记吗", "福建/福州/平潭", "entering 平潭"),
    ("武夷山景区 旅游大巴 停车", "福建/南平/武夷山", "county-level city named"),
    ("厦门 进岛 货车通行证", "福建/厦门", "厦门 island entry: the city's rule"),
    ("龙岩到永定土楼 大巴", "福建/龙岩", "route inside 龙岩"),
    ("莆田 危化品车辆 停车场", "福建/莆田", "city named"),
    ("安溪茶叶 运输 绿通吗", "福建/泉州/安溪", "county named"),
    ("你好，石狮服装城的货车可以白天进去卸货吗？", "福建/泉州/石狮", "石狮 market"),
    # ── 江西 ──────────────────────────────────────────────────────────────────────────────
    ("南常 货车限行", "江西/南昌", "typo 南常 for 南昌"),
    ("G60沪昆 江西段 施工", "江西", "highway with the 江西 section named"),
    ("婺源 自驾进景区 要预约吗", "江西/上饶/婺源", "county named"),
    ("赣州南康 家具物流车", "江西/赣州/南康区", "南康 furniture"),
    ("景德镇到上饶 客车", "江西", "route inside 江西"),
    ("江西高速 绿通查验标准", "江西", "province-wide policy"),
    ("九江港 危化品车", "江西/九江", "port; city named"),
    ("井冈山 红色旅游包车", "江西/吉安/井冈山", "county-level city named"),
    ("赣州 货车通行证", "江西/赣州", "city named"),
    ("萍乡至宜春 危险品路线", "江西", "route inside 江西"),
    ("南昌县 货车通行证 去哪办", "江西/南昌/南昌县", "南昌县, not the city"),
    ("请问赣州到瑞金的动车一天几班？", "江西/赣州", "route inside 赣州 (瑞金 belongs to 赣州)"),
    # ── 山东 ──────────────────────────────────────────────────────────────────────────────
    ("寿光蔬菜 绿通证明 哪里开", "山东/潍坊/寿光", "county-level city named"),
    ("青岛董家口港 危化品车 进港", "山东/青岛/黄岛区", "董家口 port in 黄岛"),
    ("济南到青岛 绿通车 走哪条高速", "山东", "route inside 山东"),
    ("G2京沪 山东段 货车限速", "山东", "highway with the 山东 section named"),
    ("临沂商贸城 物流车 限行吗", "山东/临沂", "city named"),
    ("济南 绕城以内 货车通行证", "山东/济南", "city-wide permit"),
    ("蓬莱港 轮渡 车辆上船 要提前多久", "山东/烟台/蓬莱", "蓬莱 port"),
    ("山东高速 货车 夜间限行吗", "山东", "province-wide rule"),
    ("日照港 煤车进港 预约", "山东/日照", "port; city named"),
    ("淄博烧烤 旅游大巴 停哪", "山东/淄博", "city named (a food name that is also the city)"),
    ("章丘到济南 公交", "山东/济南", "route inside 济南"),
    ("曹县 汉服物流 快递车 进城", "山东/菏泽/曹县", "county named"),
    ("你好，烟台到威海的城际公交几点发车？", "山东", "route inside 山东"),
    # ── 河南 ──────────────────────────────────────────────────────────────────────────────
    ("郑洲 四环内 货车白天能走吗", "河南/郑州", "typo 郑洲 for 郑州"),
    ("栾川 鸡冠洞 自驾路况", "河南/洛阳/栾川", "county named"),
    ("G4京港澳 河南段 施工", "河南", "highway with the 河南 section named"),
    ("郑州到开封 城际公交", "河南", "route inside 河南"),
    ("河南 绿通车辆 预约查验 小程序", "河南", "province-wide policy"),
    ("新郑机场到郑州东站 大巴", "河南/郑州", "route inside 郑州"),
    ("中牟大蒜 运输 绿通吗", "河南/郑州/中牟", "county named"),
    ("禹州 危化品车辆 通行", "河南/许昌/禹州", "county-level city named"),
    ("南阳 货车限行", "河南/南阳", "city named"),
    ("云台山 旅游大巴 停车场", "河南/焦作/修武", "云台山 in 修武"),
    ("商丘到永城 客车几点", "河南/商丘", "route inside 商丘"),
    ("问下洛阳到三门峡的大巴多久一班？", "河南", "route inside 河南"),
    # ── 湖北 ──────────────────────────────────────────────────────────────────────────────
    ("走湖北高速 绿通车要交钱吗", "湖北", "province-wide policy"),
    ("京港澳 湖北段 今天通吗", "湖北", "highway with the 湖北 section named"),
    ("武汉阳逻港 集卡进港", "湖北/武汉/新洲区", "阳逻 port in 新洲"),
    ("武汉 货车通行证 三环内", "湖北/武汉", "city-wide permit"),
    ("武汉到宜昌 沪渝高速 限速", "湖北", "route inside 湖北"),
    ("宜昌 货车 限行", "湖北/宜昌", "city named"),
    ("武当山景区 自驾停车", "湖北/十堰/丹江口", "武当山 counted for 丹江口"),
    ("襄阳至十堰 客车", "湖北", "route inside 湖北"),
    ("潜江小龙虾 冷链车 走绿通吗", "湖北/潜江", "county-level city under the province"),
    ("恩施大峡谷 旅游包车", "湖北/恩施/恩施市", "恩施大峡谷 in 恩施市"),
    ("鄂州花湖机场 货运车辆 进场", "湖北/鄂州", "airport; city named"),
    ("请问荆州古城里面货车能进吗？", "湖北/荆州/荆州区", "荆州古城 in 荆州区"),
    # ── 湖南 ──────────────────────────────────────────────────────────────────────────────
    ("常沙 渣土车 夜间运输 审批", "湖南/长沙", "typo 常沙 for 长沙"),
    ("G4京港澳 湖南段 雨天", "湖南", "highway with the 湖南 section named"),
    ("长沙南站到黄花机场 磁浮几点", "湖南/长沙", "route inside 长沙"),
    ("浏阳烟花 运输车 要什么证", "湖南/长沙/浏阳", "county-level city named"),
    ("张家界天门山 旅游大巴", "湖南/张家界/永定区", "天门山 in 永定区"),
    ("湖南 网约车车辆 要求", "湖南", "province-wide rule"),
    ("株洲到湘潭 城际 几分钟一趟", "湖南", "route inside 湖南"),
    ("岳阳 城陵矶港 集卡", "湖南/岳阳", "port; city named"),
    ("凤凰古城 自驾 停车", "湖南/湘西/凤凰", "凤凰 county"),
    ("衡阳 货车通行证", "湖南/衡阳", "city named"),
    ("邵阳到新化 客车", "湖南", "route inside 湖南 (新化 belongs to 娄底, not 邵阳)"),
    ("你好，想问株洲醴陵的瓷器运输车有没有限行？", "湖南/株洲/醴陵", "county-level city named"),
    # ── 广东 ──────────────────────────────────────────────────────────────────────────────
    ("广洲 货车通行证 怎么申请", "广东/广州", "typo 广洲 for 广州"),
    ("深圳盐田港 集卡预约", "广东/深圳/盐田区", "盐田 port"),
    ("皇岗口岸 货车通关时间", "广东/深圳/福田区", "皇岗 in 福田"),
    ("广州到深圳 包车 要备案吗", "广东", "route inside 广东"),
    ("佛山 顺德到南海 货车", "广东/佛山", "route inside 佛山"),
    ("东莞 外地货车限行", "广东/东莞", "city with no counties"),
    ("广东高速 节假日 货车免费吗", "广东", "province-wide tolls"),
    ("珠海 港珠澳大桥口岸 车辆备案", "广东/珠海", "city named"),
    ("广州南沙港 集卡进港 要预约吗", "广东/广州/南沙区", "南沙 in 广州 (not 三沙's 南沙区)"),
    ("中山 货车 限行区域", "广东/中山", "city with no counties"),
    ("湛江徐闻港 过海排队 多久", "广东/湛江/徐闻", "徐闻 port"),
    ("过虎门大桥 货车限行吗", "广东", "bridge between 东莞 and 广州"),
    ("请问佛山到肇庆的城轨几点末班？", "广东", "route inside 广东"),
    # ── 广西 ──────────────────────────────────────────────────────────────────────────────
    ("凭祥友谊关 水果车 通关", "广西/崇左/凭祥", "友谊关 in 凭祥"),
    ("东兴口岸 货车 几点关闸", "广西/防城港/东兴市", "东兴市 (not 内江's 东兴区)"),
    ("南宁 货车通行证", "广西/南宁", "city named"),
    ("G72泉南 广西段 限速", "广西", "highway with the 广西 section named"),
    ("钦州港 集卡预约", "广西/钦州", "port; city named"),
    ("桂林到阳朔 旅游大巴", "广西/桂林", "route inside 桂林"),
    ("广西 绿通查验 标准", "广西", "province-wide policy"),
    ("柳州螺蛳粉 冷链车 进城要证吗", "广西/柳州", "city named (a food named after the city)"),
    ("南宁至北海 高速服务区", "广西", "route inside 广西"),
    ("百色芒果 绿通 免费吗", "广西/百色", "city named"),
    ("北海银滩 旅游大巴 停车", "广西/北海/银海区", "银滩 in 银海区"),
    ("你好，问下防城港到东兴的客车还有吗？", "广西/防城港", "route inside 防城港 (东兴 belongs to it)"),
    ("你好，请问南宁吴圩机场到市区的大巴？", "广西/南宁", "route inside 南宁"),
    # ── 海南 ──────────────────────────────────────────────────────────────────────────────
    ("海口新海港 过海车辆 预约", "海南/海口/秀英区", "新海港 in 秀英"),
    ("入琼车辆 要什么手续", "海南", "入琼: entering 海南"),
    ("三亚 外地车 限行吗", "海南/三亚", "city named"),
    ("环岛高速 海口到三亚 几个小时", "海南", "route inside 海南"),
    ("儋州洋浦港 危化品车", "海南/儋州", "洋浦 in 儋州 (no counties)"),
    ("琼海博鳌 论坛期间 限行", "海南/琼海", "博鳌 in 琼海"),
    ("海南 车辆通行附加费 离岛怎么退", "海南", "province-wide fee"),
    ("文昌 火箭发射 交通管制", "海南/文昌", "county-level city named"),
    ("G98 海南东线 施工", "海南", "highway with the 海南 section named"),
    ("万宁到陵水 客车", "海南", "route inside 海南"),
    ("五指山至保亭 班车", "海南", "route inside 海南"),
    ("请问三亚到陵水的大巴在哪坐？", "海南", "route inside 海南 (三亚 to a county under the province)"),
    # ── 重庆 ──────────────────────────────────────────────────────────────────────────────
    ("重庆果园港 集卡预约", "重庆/江北区", "果园港 in 重庆's 江北区"),
    ("重庆主城 货车通行证", "重庆", "city-wide permit"),
    ("G75兰海 重庆段 施工", "重庆", "highway with the 重庆 section named"),
    ("万州到主城 客车", "重庆", "route inside 重庆"),
    ("渝北 货车限行", "重庆/渝北区", "district named"),
    ("武隆 天生三桥 旅游大巴", "重庆/武隆区", "district named"),
    ("重庆 危化品车辆 过长江大桥 有限制吗", "重庆", "city-wide rule"),
    ("涪陵榨菜 运输车 限行吗", "重庆/涪陵区", "district named (and the brand)"),
    ("黔江到酉阳 班车", "重庆", "route inside 重庆"),
    ("永川 货车通行证", "重庆/永川区", "district named"),
    ("入渝货车 要办证吗", "重庆", "入渝: entering 重庆"),
    ("请问重庆綦江到江津的班车？", "重庆", "route inside 重庆"),
    # ── 四川 ──────────────────────────────────────────────────────────────────────────────
    ("入川 货车检查 要带什么", "四川", "入川: entering 四川"),
    ("成都绕城内 货车通行证", "四川/成都", "city-wide permit"),
    ("成都青白江 铁路港 集卡", "四川/成都/青白江区", "railway port in 青白江"),
    ("雅西高速 冬季 货车要挂链吗", "四川", "a highway wholly inside 四川"),
    ("成都东站到都江堰 动车还是大巴", "四川/成都", "route inside 成都"),
    ("九寨沟景区 自驾路况", "四川/阿坝/九寨沟", "county named"),
    ("理塘 318 冬天路况", "四川/甘孜/理塘", "a county on G318 named"),
    ("四川高速 客车凌晨 停车休息", "四川", "province-wide rule"),
    ("绵阳到广元 客车", "四川", "route inside 四川"),
    ("宜宾港 集卡 预约", "四川/宜宾", "port; city named"),
    ("乐山大佛景区 大巴停车", "四川/乐山/市中区", "乐山大佛 in 乐山's 市中区"),
    ("西昌到攀枝花 危化品 运输路线", "四川", "route inside 四川"),
    ("请问阿坝州若尔盖的路冬天能走吗？", "四川/阿坝/若尔盖", "county named"),
    # ── 贵州 ──────────────────────────────────────────────────────────────────────────────
    ("贵杨 货车限行", "贵州/贵阳", "typo 贵杨 for 贵阳"),
    ("入黔 货车检查站", "贵州", "入黔: entering 贵州"),
    ("G60沪昆 贵州段 凝冻", "贵州", "highway with the 贵州 section named"),
    ("荔波小七孔 自驾", "贵州/黔南/荔波", "county named"),
    ("遵义到贵阳 客车", "贵州", "route inside 贵州"),
    ("六盘水 煤车通行", "贵州/六盘水", "city named"),
    ("清镇到修文 公交", "贵州/贵阳", "route inside 贵阳"),
    ("仁怀 茅台酒运输车辆", "贵州/遵义/仁怀", "county-level city named (not the brand)"),
    ("贵州 山区客运 夜间禁行", "贵州", "province-wide rule"),
    ("毕节 货车通行证", "贵州/毕节", "city named"),
    ("西江千户苗寨 自驾停车", "贵州/黔东南/雷山", "西江 in 雷山"),
    ("你好，赤水丹霞景区自驾停车收费吗？", "贵州/遵义/赤水", "county-level city named"),
    ("请问贵阳龙洞堡机场到花溪的大巴？", "贵州/贵阳", "route inside 贵阳"),
    # ── 云南 ──────────────────────────────────────────────────────────────────────────────
    ("入滇车辆 检查 要多久", "云南", "入滇: entering 云南"),
    ("昆名 货车通行证", "云南/昆明", "typo 昆名 for 昆明"),
    ("磨憨口岸 货车出境 排队", "云南/西双版纳/勐腊", "磨憨 in 勐腊"),
    ("瑞丽口岸 货车通关时间", "云南/德宏/瑞丽", "border port"),
    ("昆明长水机场到大理 大巴", "云南", "route inside 云南"),
    ("G56杭瑞 云南段 施工", "云南", "highway with the 云南 section named"),
    ("河口口岸 出口水果", "云南/红河/河口瑶族自治县", "河口 in 云南 (not 东营's 河口区)"),
    ("丽江古城 自驾车能进吗", "云南/丽江/古城区", "丽江古城 in 古城区"),
    ("云南客运 夜间2点到5点 禁行", "云南", "province-wide rule"),
    ("大理到丽江 客车", "云南", "route inside 云南"),
    ("景洪到勐腊 班车", "云南/西双版纳", "route inside 西双版纳"),
    ("请问大理古城外地车能开进去吗？", "云南/大理/大理市", "大理古城 in 大理市"),
    ("你好，从昆明到西双版纳的高速通了吗？", "云南", "route inside 云南"),
    # ── 西藏 ──────────────────────────────────────────────────────────────────────────────
    ("进藏自驾 要边防证吗", "西藏", "进藏: entering 西藏"),
    ("下周去林芝 318通吗", "西藏/林芝", "going to 林芝 on G318; the only place"),
    ("吉隆口岸 货车通关 开放了吗", "西藏/日喀则/吉隆", "border port"),
    ("拉萨 货车限行", "西藏/拉萨", "city named"),
    ("G109 西藏段 那曲附近 下雪封路吗", "西藏/那曲", "那曲 named on G109"),
    ("日喀则到定日 珠峰大本营 包车", "西藏/日喀则", "route inside 日喀则"),
    ("西藏 边境管理区通行证 在哪办", "西藏", "province-wide permit"),
    ("林芝到拉萨 高速通了吗", "西藏", "route inside 西藏"),
    ("G219新藏 阿里段 路况", "西藏/阿里", "阿里 section named"),
    ("羊卓雍措 自驾 冬天", "西藏/山南/浪卡子", "羊卓雍措 counted for 浪卡子"),
    ("昌都 货车通行证", "西藏/昌都", "city named"),
    ("请问拉萨到山南的客车在哪里坐？", "西藏", "route inside 西藏"),
    # ── 陕西 ──────────────────────────────────────────────────────────────────────────────
    ("西按 三环 货车通行证", "陕西/西安", "typo 西按 for 西安"),
    ("神木 煤车限行", "陕西/榆林/神木", "county-level city named"),
    ("G65包茂 陕西段 秦岭隧道", "陕西", "highway with the 陕西 section named"),
    ("西安北站到咸阳机场 大巴", "陕西", "route inside 陕西 (西安 to 咸阳)"),
    ("榆林到延安 客车", "陕西", "route inside 陕西"),
    ("法门寺 旅游大巴", "陕西/宝鸡/扶风", "法门寺 in 扶风"),
    ("陕西 危化品车辆 电子运单", "陕西", "province-wide rule"),
    ("宝鸡 货车通行证", "陕西/宝鸡", "city named"),
    ("府谷到神木 煤运", "陕西/榆林", "route inside 榆林"),
    ("汉中至安康 客车", "陕西", "route inside 陕西"),
    ("延安宝塔山 旅游大巴", "陕西/延安/宝塔区", "宝塔山 in 宝塔区"),
    ("你好，问一下从宝鸡去汉中走哪条高速？", "陕西", "route inside 陕西"),
    # ── 甘肃 ──────────────────────────────────────────────────────────────────────────────
    ("兰洲 货车通行证", "甘肃/兰州", "typo 兰洲 for 兰州"),
    ("连霍高速 甘肃段 风沙封路", "甘肃", "highway with the 甘肃 section named"),
    ("嘉峪关关城 旅游大巴", "甘肃/嘉峪关", "city with no counties"),
    ("敦煌鸣沙山 自驾停车", "甘肃/酒泉/敦煌", "county-level city named"),
    ("天水到兰州 客车", "甘肃", "route inside 甘肃"),
    ("甘肃 绿通政策", "甘肃", "province-wide policy"),
    ("张掖 货车限行", "甘肃/张掖", "city named"),
    ("定西马铃薯 走绿通 要什么证明", "甘肃/定西", "city named"),
    ("夏河拉卜楞 旅游大巴", "甘肃/甘南/夏河", "county named"),
    ("永登到兰州 班车", "甘肃/兰州", "route inside 兰州"),
    ("武威→金昌 货车限高多少", "甘肃", "route inside 甘肃"),
    ("请问酒泉到嘉峪关的公交有吗？", "甘肃", "route inside 甘肃"),
    # ── 青海 ──────────────────────────────────────────────────────────────────────────────
    ("西凝 货车通行证", "青海/西宁", "typo 西凝 for 西宁"),
    ("G109共和到玛多 结冰", "青海", "route inside 青海 (海南州 to 果洛)"),
    ("格尔木 危化品车辆 通行证", "青海/海西/格尔木", "county-level city named"),
    ("青海高速 冬季防滑链", "青海", "province-wide rule"),
    ("G6京藏 青海段 通车了吗", "青海", "highway with the 青海 section named"),
    ("茶卡盐湖 自驾停车", "青海/海西/乌兰县", "茶卡 in 乌兰县"),
    ("海东到西宁 公交", "青海", "route inside 青海"),
    ("玉树到西宁 长途客车", "青海", "route inside 青海"),
    ("德令哈 货车限行", "青海/海西/德令哈", "county-level city named"),
    ("青海 绿通车 查验", "青海", "province-wide policy"),
    ("西宁 网约车 运输证", "青海/西宁", "city named"),
    ("你好，西宁曹家堡机场到市区的大巴几点有？", "青海", "曹家堡机场 (in 海东) to 西宁: route inside 青海"),
    # ── 宁夏 ──────────────────────────────────────────────────────────────────────────────
    ("银穿 货车通行证", "宁夏/银川", "typo 银穿 for 银川"),
    ("G6京藏 宁夏段 施工", "宁夏", "highway with the 宁夏 section named"),
    ("中卫 货车通行证", "宁夏/中卫", "city named"),
    ("宁东化工园区 危化品车辆 备案", "宁夏/银川/灵武", "宁东 base counted for 灵武"),
    ("银川到石嘴山 客车", "宁夏", "route inside 宁夏"),
    ("宁夏 绿通查验 要掀篷布吗", "宁夏", "province-wide policy"),
    ("西吉 马铃薯 绿通 查验", "宁夏/固原/西吉", "county named"),
    ("灵武到银川 公交", "宁夏/银川", "route inside 银川"),
    ("吴忠 危化品车辆 停车场", "宁夏/吴忠", "city named"),
    ("镇北堡影视城 旅游大巴", "宁夏/银川/西夏区", "镇北堡 in 西夏区"),
    ("盐池滩羊 冷链车 算绿通吗", "宁夏/吴忠/盐池", "county named"),
    ("请问石嘴山大武口的货车通行证在哪办？", "宁夏/石嘴山/大武口", "district named"),
    # ── 新疆 ──────────────────────────────────────────────────────────────────────────────
    ("入疆车辆 检查站 要登记什么", "新疆", "入疆: entering 新疆"),
    ("乌鲁木奇 货车通行证", "新疆/乌鲁木齐", "typo 乌鲁木奇 for 乌鲁木齐"),
    ("霍尔果斯口岸 货车出境", "新疆/伊犁/霍尔果斯", "border port"),
    ("阿拉山口口岸 货车排队 几天", "新疆/博尔塔拉/阿拉山口", "border port"),
    ("红其拉甫口岸 冬季闭关", "新疆/喀什/塔什库尔干", "红其拉甫 in 塔什库尔干"),
    ("G30连霍 新疆段 大风", "新疆", "highway with the 新疆 section named"),
    ("乌鲁木齐到吐鲁番 客车", "新疆", "route inside 新疆"),
    ("喀什到和田 危化品车 走哪条路", "新疆", "route inside 新疆"),
    ("独库公路 几月通车", "新疆", "a road wholly inside 新疆 (独山子 to 库车)"),
    ("米东 化工园 危化品车", "新疆/乌鲁木齐/米东", "district named"),
    ("赛里木湖 自驾停车", "新疆/博尔塔拉/博乐", "赛里木湖 counted for 博乐"),
    ("库尔勒 货车限行", "新疆/巴音郭楞/库尔勒", "county-level city named"),
    ("你好，请问吐鲁番火焰山景区大巴停车场在哪？", "新疆/吐鲁番/高昌区", "火焰山 counted for 高昌区"),
    ("请问外地货车进乌鲁木齐市区要通行证吗？", "新疆/乌鲁木齐", "entering 乌鲁木齐"),
    # ── no single region ─────────────────────────────────────────────────────────────────
    ("沪C牌照 能上高架吗", None, "plate only"),
    ("粤B 货车年审 去哪", None, "plate only"),
    ("苏E牌 外地能办ETC吗", None, "plate only"),
    ("川A车 周几限号", None, "plate only"),
    ("冀A牌 国五货车 还能跑吗", None, "plate only"),
    ("鲁Q车 转籍要什么", None, "plate only"),
    ("G15沈海 今天封路吗", None, "highway only"),
    ("沪昆高速 货车限速", None, "highway only"),
    ("京港澳高速 服务区 能加LNG吗", None, "highway only"),
    ("318现在能走吗 有没有塌方", None, "highway only"),
    ("京藏高速 堵车情况", None, "highway only (京 and 藏 are the ends' abbreviations)"),
    ("绿通车 要什么证明", None, "no place"),
    ("货车ETC 怎么办", None, "no place"),
    ("网约车证 怎么考", None, "no place"),
    ("危化品车辆 押运员证", None, "no place"),
    ("客车凌晨2点到5点 能跑吗", None, "no place"),
    ("挂车 年检周期", None, "no place"),
    ("郑州到西安 货车走哪条路最近", None, "route across provinces"),
    ("成都→重庆 大巴几小时", None, "route across provinces"),
    ("长沙至广州 高速收费多少", None, "route across provinces"),
    ("沈阳-哈尔滨 货车走哪条高速", None, "route across provinces"),
    ("成都到拉萨 318全程路况", None, "route across provinces"),
    ("格尔木到拉萨 青藏公路 冬天好走吗", None, "route across provinces"),
    ("武汉→南昌 危化品路线", None, "route across provinces"),
    ("合肥到南京 城际大巴", None, "route across provinces"),
    ("南宁至广州 冷链车 绿通免费吗", None, "route across provinces"),
    ("鼓楼区 货车限行", None, "ambiguous district",
     {"ambiguous": ["江苏/南京/鼓楼区", "江苏/徐州/鼓楼区", "福建/福州/鼓楼区", "河南/开封/鼓楼区"]}),
    ("朝阳区 渣土车审批", None, "ambiguous district",
     {"ambiguous": ["北京/朝阳区", "吉林/长春/朝阳区"]}),
    ("新华区 出租车起步价", None, "ambiguous district",
     {"ambiguous": ["河北/石家庄/新华区", "河北/沧州/新华区", "河南/平顶山/新华区"]}),
    ("市中区 货车通行证", None, "ambiguous district",
     {"ambiguous": ["山东/济南/市中区", "山东/枣庄/市中区", "四川/内江/市中区", "四川/乐山/市中区"]}),
    ("城关区 危化品车 停车", None, "ambiguous district",
     {"ambiguous": ["西藏/拉萨/城关区", "甘肃/兰州/城关区"]}),
    ("普陀区 货车限行吗", None, "ambiguous district",
     {"ambiguous": ["上海/普陀区", "浙江/舟山/普陀区"]}),
    ("江北区 渣土车", None, "ambiguous district",
     {"ambiguous": ["浙江/宁波/江北区", "重庆/江北区"]}),
    ("西湖区 旅游大巴停车", None, "ambiguous district",
     {"ambiguous": ["浙江/杭州/西湖区", "江西/南昌/西湖区"]}),
    ("铁西区 货车通行证", None, "ambiguous district",
     {"ambiguous": ["辽宁/沈阳/铁西区", "辽宁/鞍山/铁西区", "吉林/四平/铁西区"]}),
    ("白云区 网约车证", None, "ambiguous district",
     {"ambiguous": ["广东/广州/白云区", "贵州/贵阳/白云区"]}),
    ("南山区 货车 限行时段", None, "ambiguous district",
     {"ambiguous": ["广东/深圳/南山区", "黑龙江/鹤岗/南山区"]}),
    ("河东区 危化品车辆 备案", None, "ambiguous district",
     {"ambiguous": ["天津/河东区", "山东/临沂/河东区"]}),
    ("和平区 出租车 夜间加价吗", None, "ambiguous district",
     {"ambiguous": ["天津/和平区", "辽宁/沈阳/和平区"]}),
    ("长安区 货车通行证", None, "ambiguous district",
     {"ambiguous": ["河北/石家庄/长安区", "陕西/西安/长安区"]}),
    ("青山区 渣土车 夜间", None, "ambiguous district",
     {"ambiguous": ["内蒙古/包头/青山区", "湖北/武汉/青山区"]}),
    ("龙华区 货车限行", None, "ambiguous district",
     {"ambiguous": ["广东/深圳/龙华区", "海南/海口/龙华区"]}),
    ("城中区 公交 几点停运", None, "ambiguous district",
     {"ambiguous": ["广西/柳州/城中区", "青海/西宁/城中区"]}),
    ("海州区 危险品车", None, "ambiguous district",
     {"ambiguous": ["辽宁/阜新/海州区", "江苏/连云港/海州区"]}),
    ("新城区 货车通行证", None, "ambiguous district",
     {"ambiguous": ["内蒙古/呼和浩特/新城区", "陕西/西安/新城区"]}),
    ("京津冀 货车通行证 互认吗", None, "three provinces (京津冀)"),
    ("长三角 危化品车 联网通行", None, "macro-region"),
]


def main() -> None:
    write_jsonl(build_rows(HELDOUT21, "heldout21", "x"), "place_heldout21.jsonl")


if __name__ == "__main__":
    main()
