"""Source of the thirty-fourth held-out place set (place_heldout34.jsonl): a blind check of `locate`.

Synthetic: every message was written by hand for this set in one sitting by a helper session that
had not read hotline/text/places.py, hotline/text/noisy.py or anything else under hotline/text/
beyond what is named here, nor place_landmarks.txt, place_towns.txt, place_historic.txt or any
facility table, the tests, docs/, bench/, README.md, git history, anything under /work/shared, or
the messages of any earlier set (place_heldout*.jsonl, place_testset.jsonl, the message lists of
the *_source.py files, place_heldout30..33_source.py included). What it did read: lines 1-80 of
place_heldout8_source.py (its docstring with the conventions, and its imports) and that file's
last 10 lines (main()); lines 1-89 of place_heldout16_source.py (its docstring only, no
messages); lines 1-60 of place_heldout29_source.py (the start of its docstring, imitated here;
no messages); the source of build_rows of place_heldout3_source.py and of _resolve and
write_jsonl of place_testset_source.py, each printed on its own with inspect.getsource; and
hotline/regions.py with the 2024 region table it loads (dumped to a scratch file under /tmp to
check every code and name). The resolver, `hotline text analyze` and `locate` were not run on any
of it, and no test was run. No message was copied from anywhere. The only checks run were that
every path resolves (through build_rows) to the intended region's full name, that no text
repeats, and the counts below.

Theme: freight hubs and crossings. Truck drivers, logistics firms and passengers call about land
ports (口岸) on every border, sea and river ports, airports' cargo areas and taxi queues, railway
freight yards and stations, dry ports (陆港), bonded zones, wholesale markets and logistics parks:
queues at crossings, container trucks waiting at terminal gates, fees without receipts, refused
cargo, inspections, car ferries, dust and overloading on port roads. Voices: operators' notes
(来电人反映……/来电人称……/咨询：……), unpunctuated transcripts of drivers, firms' complaints (我司……)
and passengers. Where a port, station, airport or park is named, the place is the county-level
division it lies in when that is well known (the note says which); where this session was not
sure of the county, or the facility spans several districts (营口港, 日照港, 白云机场, 郑州东站 …),
the row expects the city, and the note says so.

Coverage (computed by script): 374 messages, 342 with a region and 32 with none (expected null,
18 of them with "ambiguous"). 258 expect a county-level unit, 61 a city or prefecture and 23 a
province-level unit (北京, 上海 and 重庆 among them: k077 进京证, k110 上海港, k249 重庆港, k250 a
line inside 重庆). By the note's first word: 192 "facility" (a facility with or without its city,
the problem there), 68 "facility+places" (a facility with an origin, destination or the truck's
home; the problem at the facility or elsewhere), 59 "shared name" (facility or district names
that hold another place's name or are shared, settled or not) and 55 "control" (province-only
questions, words that hold a place name but are not places, nulls with no place). All 31
provinces, by the expected region: 广东 27; 新疆 25; 广西 23; 内蒙古 20; 山东 17; 浙江, 云南 16;
北京 14; 辽宁 13; 黑龙江, 天津, 河北, 江苏 11; 福建, 重庆 10; 湖北, 西藏 9; 吉林, 上海, 海南 8;
安徽, 河南, 四川 7; 山西, 湖南, 贵州, 青海 6; 江西, 陕西, 甘肃, 宁夏 5. 18 rows carry a caller's
number in a "phone" field, from another province or city than the problem (k002 临沂 0539 for
霍尔果斯, k104 上海 021 for 洋山 in 嵊泗 …); five of them on ambiguous nulls (k350, k353 北京
010 for 朝阳站, k356 丹东 0415 for 东港, k359 广州 020 for 白云区, k363 南通 0513 for 通州区),
where the number must not settle anything.

On purpose:
- land ports standing for their county: 霍尔果斯 (k001, k002, k016, k295), 阿拉山口 (k003,
  k004, k019, k306, k309, k338), 巴克图 (塔城市, not the 地区, k005), 红其拉甫 (k006), 伊尔克什坦
  (乌恰 k007), 老爷庙 (巴里坤 k008), 吉木乃 (k009), 都拉塔 (察布查尔 k012), 塔克什肯 (青河 k014),
  满洲里 (k022, k032, k310), 二连浩特 (k023-k025, k036), 甘其毛都 (乌拉特中旗 k026), 策克
  (额济纳 k027), 满都拉 (达茂旗 k028), 珠恩嘎达布其 (东乌旗 k029), 阿日哈沙特 (新巴尔虎右旗 k031),
  绥芬河 (k038, k039, k045), 东宁 (k040), 黑河 (爱辉区 k041), 同江 (k042), 抚远 (k043), 珲春 and
  圈河 (k047, k048), 图们 (k049), 集安 (k050), 长白 (k051), 皇岗 (福田 k199), 文锦渡 (罗湖 k200),
  深圳湾 (南山 k201), 拱北 and 横琴 (香洲 k202, k203), 友谊关 and 浦寨 (凭祥 k217, k218, k343),
  东兴 (k219), 龙邦 (靖西 k225), 水口 (龙州 k226), 爱店 (宁明 k227), 姐告 (瑞丽 k266), 磨憨
  (勐腊 k267, k277, k341), 河口 (k268), 打洛 (勐海 k269), 猴桥 (腾冲 k270), 清水河 (耿马 k271),
  天保 (麻栗坡 k272), 章凤 (陇川 k276), 吉隆 (k279), 樟木 (聂拉木 k280), 普兰 (k281), 马鬃山
  (肃北 k292);
- sea and river ports and ferries: 大窑湾 (金州 k055), 鲅鱼圈 (k056, k065), 丹东港 (东港市 k058),
  旅顺新港 (k059), 天津港 and 东疆 (滨海新区 k079-k081, k085, k101, k312, k316, k339), 黄骅港
  (k087, k318), 曹妃甸 (k088), 京唐港 (乐亭 k089), 秦皇岛港 (海港区 k090), 芦潮港 end of 东海大桥
  (浦东 k103), 洋山 (嵊泗 k104), 外高桥 (k105), 宝杨码头 and 罗泾 (宝山 k108, k109), 庙岭 (连云区
  k112), 太仓 (k114), 张家港 (k115), 龙潭 (栖霞区 k116), 瓜洲 (邗江 k120), 北仑, 穿山, 梅山
  (k122, k123), 镇海 (k124), 半升洞 in 沈家门 (舟山 普陀区 k131), 海沧 (k142, k150), 江阴港区
  (福清 k145), 澳前 (平潭 k149), 前湾, 董家口 (黄岛 k157, k158), 岚山 (k160), 龙口 (k161, k171),
  石岛新港 (荣成 k162), 蓬莱港 with 长岛 (蓬莱区 k164), 东营港 (河口区 k169), 威海港 (环翠 k170),
  阳逻 (新洲 k180, k186), 茅坪 (秭归 k185), 城陵矶 (岳阳楼区 k188, k189), 盐田 (k194, k214, k342),
  蛇口, 赤湾 (南山 k195, k196), 南沙港 (k155, k197), 黄埔港 (k198), 海安 (徐闻 k206, k207), 虎门港
  (东莞 k211), 钦州港 (钦南 k220, k231, k340), 防城港 the port (港口区 k221), 铁山港 (k223), 涠洲岛
  (海城区 k234), 新海港, 秀英港 (秀英 k235, k236, k239, k319), 洋浦 (儋州 k237, k240), 果园港, 寸滩
  (重庆 江北区 k242, k243, k323), 万州 (k247), 涪陵 (k248);
- airports, with those named for a place they are not in: 天府 (简阳 k253), 贡嘎 (k282, not
  拉萨), 西安咸阳 (渭城 k288), 胶东 (胶州 k168), 江北 (渝北 k246), 天河 (武汉 黄陂 k182, not
  广州's 天河区), 白塔 (赛罕 k030, k348, not 辽阳's 白塔区), 太平 (道里 k044, not 阜新's 太平区),
  河东 (灵武 k303), 滨海 (东丽 k084, not 滨海新区), 中川 (永登 k291), 新郑 (k174), 花湖 (鄂城
  k181); and 地窝堡 (k010), 龙嘉 (九台 k052), 桃仙 (浑南 k060), 周水子 (甘井子 k066), 大兴 (k070),
  正定 (k091), 武宿 (小店 k097), 浦东 (k106, k111), 禄口 (k117), 硕放 (新吴 k118), 萧山 (k127,
  k133), 高崎 (湖里 k144), 长乐 (k146), 遥墙 (历城 k167), 黄花 (长沙县 k190), 宝安 (k204), 吴圩
  (江南区 k228, k330), 美兰 (k238), 双流 (k254), 龙洞堡 (南明 k260), 长水 (官渡 k258, k273,
  k278, k324); 白云机场 counted for 广州 (k205);
- stations and freight yards: 北京西 (丰台 k067), 北京朝阳 (k071), 清河 (海淀 k072), 丰台西
  (k073), 北京南 (丰台 k074), 天津南 (西青 k082), 天津西 (红桥 k083), 太原南 (小店 k098), 上海南
  (徐汇 k107), 义乌西 (k126), 杭州东 (上城 k130), 合肥南 (包河 k137), 长沙南 (雨花 k191), 广州南
  (番禺 k208), 成都东 (成华 k257), 贵阳北 (观山湖 k261), 西安北 (未央 k287), 二连 station
  (k025), 满洲里 station (k032), 绥芬河 station (k039), 苏家屯 (k061), 吴家山 (东西湖 k184),
  团结村 (沙坪坝 k244), 向塘 (南昌县 k151), 迎水桥 (沙坡头 k305);
- dry ports, bonded zones, markets and parks: 侯马 (k096), 赣州国际陆港 (南康 k153), 义乌港
  (k315), 西安国际港务区 (灞桥 k286), 成都国际铁路港 (青白江 k252, k259), 武威 (凉州 k293), 惠农
  (k304), 那曲物流中心 (色尼 k283, k344), 天竺 (顺义 k069), 喀什综保区 (喀什市 k011), 西永 (沙坪坝
  k245), 象屿 (湖里 k143), 新发地 (丰台 k068, k076, k078, k172, k325), 马驹桥 (通州 k075), 白沟
  (高碑店 k092), 安国 (k093), 清河 羊绒 (k094), 西柳 (海城市 k064), 常熟服装城 (k119), 义乌商贸城
  (k125), 柯桥 (k128, k335), 海宁 (k129), 永康 (k134), 亳州 (谯城 k136), 石狮 (k147), 晋江
  (k148), 南康 (k154), 寿光 (k165), 临沂 (兰山 k166), 曹县 (k173), 万邦 (中牟 k175), 汉口北 (黄陂
  k183), 布吉 (龙岗 k209), 乐从 (顺德 k210), 新螺蛳湾 (官渡 k274);
- facilities counted for their city, the county not being certain or the facility spanning
  districts: k013 乌鲁木齐 陆港, k035 乌兰察布, k057 营口港, k062 丹东口岸, k063 锦州港, k099 大同,
  k100 朔州, k113 连云港, k135 芜湖港, k138 安庆港, k139 马鞍山港, k140 铜陵港, k152 九江港, k159
  日照港, k163 烟台港, k176 and k311 郑州 陆港, k177 郑州东站, k192 霞凝港, k212 湛江港, k230 梧州港,
  k241 海口港, k255 泸州港, k256 宜宾港, k263 六盘水, k284 拉萨, k290 榆林, k296 兰州, k298 西宁,
  k299 曹家堡 (in 海东, not 西宁), k307 银川; cities with no counties: 东莞 (k211, k336), 中山 (k213), 儋州
  (k237, k240), 嘉峪关 (k294); 吉林市 given as a code (k053); a whole port of a municipality (k110
  上海港, k249 重庆港) and ports spanning two or three cities counted for the province (k132
  宁波舟山港, k224 北部湾港);
- names that hold another place or are shared, settled by context: 北京西站 (k067), 朝阳站 of
  北京 (k071), 清河站 not 清河县 (k072) and 清河县 of 河北 (k094), 通州 of 北京 (k075), 新港 of
  天津 (k081), 旅顺新港 (k059), 石岛新港 (k162), 海安新港 (k207), 宝山 of 上海 (k109), 普陀区 of
  舟山 (k131), 张家港 port and city (k115), 栖霞区 of 南京 (k116), 江阴港区 of 福州 (k145), 九江
  the city (k152), 日照港 with its 东港区 (k159), 丹东港 in 东港市 (k058), 东营港 in 河口区 (k169)
  and 河口口岸 in 云南 (k268), 东兴口岸 not 内江's 东兴区 (k219), 防城港 the port (港口区 k221), the
  city (k222) and 防城区 (k331), 贵港 the city (k229), 中山港 not 大连's 中山区 (k213), 南沙港 not
  三沙's 南沙区 (k155, k197), 黄埔港 not 上海's 黄浦区 (k198), 白云区 of 贵阳 (k262), 汉口北 in
  黄陂 (k183), 东西湖 holding 西湖 (k184), 清水河口岸 not 内蒙古's 清水河县 (k271), 普兰 not
  普兰店 (k281), 乌兰县 (k300) against 乌兰巴托 (k025) and 乌兰察布's 集宁区 (k328), 长安 of 东莞
  not 长安区 (k336);
- the same names alone, with nothing to settle them (null with "ambiguous", k349-k366): 西站,
  南站, 东站, 新港, 朝阳站, 江北区, 普陀区, 东港, 栖霞, 海城, 白云区, 铁西区, 新华区, 南山区,
  通州区, 河口, 东兴, 长安区;
- the problem away from the facility named: at a third place (k033 锡林浩特, k327 精河, k328 集宁,
  k329 海拉尔, k331 防城区) or at the destination or a warehouse there (k311 郑州, k313 惠州, k314
  南宁, k317 哈尔滨, k320 顺德, k321 柳州, k322 承德, k326 沈阳, k332 孝感, k333 潍坊, k334 苏州,
  k335 柯桥, k337 漳州, k345 拉萨, k346 大庆, k347 乌鲁木齐); abroad, expected null (k020 哈方
  努尔饶尔, k232 越南 谅山);
- lines: inside one county-level city (k275 瑞丽-畹町), prefecture or city (k034 锡林郭勒, k054
  延边, k095 唐山, k222 防城港), province (k017 新疆, k187 湖北, k215 广东, k233 广西, k250 重庆);
  across provinces, null (k018 义乌-霍尔果斯, k086 天津港-二连浩特, k216 琼州海峡, k251
  青白江-团结村, k367 黄骅港-朔州);
- misleading evidence: plates (新A k019, 蒙K k036, 冀F k085, 鲁Q k310, 甘A k338, 黔A k340, 川A
  k341, 赣B k342, 桂A k343), the truck's or driver's home (k066 沈阳, k076 沧州, k249 四川, k339
  宁夏), cargo and food named after places (库尔勒 k016, 五常 k045, 长白山 k051, 盘锦 k065, 山西
  老陈醋 k101, 西湖龙井 k133, 安溪 k150, 赣南 k155, 栖霞 k171, 章丘 k172, 德州 k178, 武汉 k186,
  柳州 k231, 郫县 k259, 普洱 k277, 南京 k278, 兰州 k295, 宁夏 k306), brands and companies (光明
  k111, 江苏港口集团 k121, 山东港口集团 k159, 海南港航 k207, 福田 k214, 四川航空 k258, 茅台 k264,
  东方海外 k372, 云南白药 k373, 东风 and 解放 k374), people (张海南 k240, 赵青海 k301) and foreign
  places (哈方 k002, 蒙古国 k024, 乌兰巴托 k025, 俄罗斯 k032, 海参崴 k040, 罗先 k048, 越南 k219,
  缅甸 k266, 中蒙 k037, 中亚 k371);
- a province or prefecture only (k015, k021 伊犁州, k037, k046 黑龙江 also the river, k077 北京's
  进京证, k102, k141, k156, k179, k193, k265, k285, k289, k302, k308) and other nulls: national
  questions (k368, k371), a macro-region (k369 东北), no place named (k370, k372-k374).

Rows whose expected code rests on a fact this session was less sure of: k055 (大窑湾 in 金州区),
k058 (丹东港 in 东港市), k070 (大兴机场's terminal in 大兴区), k074 (北京南站 in 丰台区), k089
(京唐港区 in 乐亭县), k120 (瓜洲 汽渡 in 邗江区), k130 (杭州东站 in 上城区 since 2021), k137
(合肥南站 in 包河区), k169 (东营港 in 河口区), k174 (新郑机场 in 新郑市), k181 (花湖机场 in
鄂城区), k188 and k189 (城陵矶 in 岳阳楼区), k220, k231, k340 (钦州港 in 钦南区), k242, k243, k323
(果园港 and 寸滩 in 江北区), k260 (龙洞堡机场 in 南明区), k283 and k344 (那曲物流中心 in 色尼区),
k286 (西安国际港务区 in 灞桥区), k288 (西安咸阳机场 in 渭城区), k291 (中川机场 in 永登县), k299
(曹家堡 in 海东), k303 (河东机场 in 灵武市); and by judgement rather than fact: k104 (洋山's
terminals counted for 嵊泗县, whose island they are on, not for 上海, which runs them), k267, k277,
k341 (磨憨 counted for 勐腊县 though 昆明 has run it since 2022), k205 (白云机场 for the city),
k132 and k224 (a port spanning cities counted for the province), k020 and k232 (a problem abroad
expected null), k268 (河口口岸 settled as 云南's by 出境 and 边民互市 alone) and k364 (河口 left
ambiguous).
"""

from __future__ import annotations

from hotline.text.data.place_heldout3_source import build_rows
from hotline.text.data.place_testset_source import write_jsonl

# (text, expected path or code or None, note[, caller's number or {"phone": …, "ambiguous": […]}])
HELDOUT34: list[tuple] = [
    # ── 新疆 ──────────────────────────────────────────────────────────────────────────────
    ("来电人反映：霍尔果斯公路口岸出境货车排队已经三天，车队从口岸大门往回排了七八公里，沿线没有厕所也没有饮水点，请求协调增开查验通道。",
     "新疆/伊犁/霍尔果斯市", "facility: 霍尔果斯口岸, a county-level city of 伊犁州"),
    ("霍尔果斯 出境 排了两天两夜了 那个 说是哈方系统故障 我们这边口岸也不给个准信 车上拉的冻货 冷机的油快烧完了",
     "新疆/伊犁/霍尔果斯市", "facility: transcript; 哈方 only the reason", "0539-8123456"),
    ("我司有四个40尺柜在阿拉山口站换装场压了一周没有换装，货运站只说等计划，请12328协调铁路方面给个时间。",
     "新疆/博尔塔拉/阿拉山口市", "facility: 阿拉山口站, the railway port; a county-level city"),
    ("来电人称在阿拉山口口岸货场装卸时被收取所谓“场地协调费”，每车300元，没有票据，要求查处。",
     "新疆/博尔塔拉/阿拉山口市", "facility: 阿拉山口口岸 freight yard, a fee"),
    ("巴克图口岸这两天刮大风关了，塔城市区到口岸的路边停满了大车，司机吃饭喝水都成问题",
     "新疆/塔城/塔城市", "facility: 巴克图口岸 lies in 塔城市, the county-level city, not the 地区 as a whole"),
    ("咨询：红其拉甫口岸冬季闭关以后还有没有办法过货？我们的车在塔什库尔干县城等了一个礼拜了。",
     "新疆/喀什/塔什库尔干塔吉克自治县", "facility: consultation; 红其拉甫 and the waiting town both in 塔县"),
    ("伊尔克什坦口岸出境的车在联检区外面排队，没有划停车区，大车直接占了国道一条车道，晚上很危险。",
     "新疆/克孜勒苏/乌恰县", "facility: 伊尔克什坦口岸 in 乌恰县"),
    ("老爷庙口岸拉煤的车从口岸一直堵到巴里坤县城方向，好多车明显超载，路面都压烂了",
     "新疆/哈密/巴里坤哈萨克自治县", "facility: 老爷庙口岸 in 巴里坤"),
    ("吉木乃口岸旁边那个停车场一晚上收八十，比乌鲁木齐市里还贵，有没有收费标准？",
     "新疆/阿勒泰/吉木乃县", "facility+places: 乌鲁木齐 only compared"),
    ("来电人反映：地窝堡机场货运区进场车辆排长队，冷链车在外面等四五个小时，也没有插电的地方。",
     "新疆/乌鲁木齐/新市区", "facility: 地窝堡机场 in 新市区"),
    ("在喀什综合保税区门口提货，保税区的地磅坏了半个月没人修，每辆车都得去外面找地磅称重。",
     "新疆/喀什/喀什市", "facility: 喀什综保区 in 喀什市 (the county-level city, not the 地区)"),
    ("都拉塔口岸出口的蔬菜车在察布查尔县境内被检查站拦下，说通行手续不全，可是口岸那边都办好了",
     "新疆/伊犁/察布查尔锡伯自治县", "facility+places: checkpoint and port both in 察布查尔"),
    ("乌鲁木齐国际陆港区集结中心门口每天早上堵车，进场预约的小程序经常打不开，司机只能干等。",
     "新疆/乌鲁木齐", "facility: the county of the 陆港区 not certain, counted for the city"),
    ("塔克什肯口岸今年什么时候开关？青河县这边的运输户想提前把车安排好。",
     "新疆/阿勒泰/青河县", "facility: consultation; 塔克什肯 in 青河县"),
    ("新疆的口岸现在出境是不是都要先在网上预约，不预约就不让进口岸？",
     "新疆", "control: province only"),
    ("车上拉的是一车库尔勒香梨，准备从霍尔果斯出口，到了口岸被告知植物检疫证过期，退回去重办要跑好几百公里",
     "新疆/伊犁/霍尔果斯市", "control: 库尔勒 names the cargo"),
    ("从霍尔果斯到阿拉山口这条线上，货车晚上没地方停，服务区全满，路肩上停的全是车。",
     "新疆", "facility+places: a line between ports in two prefectures, counted for the province"),
    ("义乌发往霍尔果斯的中欧班列这周停发了，货主问什么时候恢复，订舱的钱能不能退",
     None, "facility+places: a train line across provinces, no problem place"),
    ("新A牌照的挂车在阿拉山口综保区门口被保安拦着不让掉头，非让绕十几公里再回来",
     "新疆/博尔塔拉/阿拉山口市", "control: plate 新A (乌鲁木齐) is not the place"),
    ("车在哈萨克斯坦那边的努尔饶尔口岸卡了三天了，我们中方霍尔果斯这边早就放行了，能不能帮忙协调一下外方",
     None, "facility+places: the problem is abroad; 霍尔果斯 already cleared the truck"),
    ("伊犁州的几个口岸冬天货车排队，州里有没有统一设置临时停车区？",
     "新疆/伊犁", "control: a prefecture only"),

    # ── 内蒙古 ────────────────────────────────────────────────────────────────────────────
    ("满洲里公路口岸出境货车排队，车就停在口岸外的国道上，夜里零下三十度，没有取暖点，司机只能整夜开着发动机。",
     "内蒙古/呼伦贝尔/满洲里市", "facility: 满洲里口岸, a county-level city", "0531-88123456"),
    ("来电人称二连浩特口岸集装箱换装场进场要过两次磅，每次都收费，问是否合理。",
     "内蒙古/锡林郭勒/二连浩特市", "facility: 二连浩特, a county-level city"),
    ("我们是从蒙古国那边过来的运煤车 在二连浩特口岸外面等了四天了 说是蒙方一下放过来太多 这边场站装不下",
     "内蒙古/锡林郭勒/二连浩特市", "control: 蒙古国 is the country, not 内蒙古", "0477-8123456"),
    ("从乌兰巴托发出的集装箱到了二连浩特站，车站货场一直不给办提货，说手续要重新核对。",
     "内蒙古/锡林郭勒/二连浩特市", "control: 乌兰巴托 is neither 乌兰县 nor 乌兰察布"),
    ("甘其毛都口岸运煤车排了十几公里 有车插队 两边司机都打起来了 也没见交警来管",
     "内蒙古/巴彦淖尔/乌拉特中旗", "facility: 甘其毛都口岸 in 乌拉特中旗"),
    ("策克口岸通关太慢，车辆滞留在口岸公路上，额济纳旗这边的加油站都排满了大车。",
     "内蒙古/阿拉善/额济纳旗", "facility: 策克口岸 in 额济纳旗"),
    ("满都拉口岸出来的车在达茂旗的治超站被罚了两千，说是超限，可口岸过磅的时候没问题",
     "内蒙古/包头/达尔罕茂明安联合旗", "facility: port and 治超站 both in 达茂旗"),
    ("珠恩嘎达布其口岸冬季开不开关？东乌旗这边贩运牛羊的想问一下。",
     "内蒙古/锡林郭勒/东乌珠穆沁旗", "facility: consultation; 东乌旗 is the short form"),
    ("呼和浩特白塔机场出租车蓄车场排队两个多小时，有人插队，现场没有管理人员。",
     "内蒙古/呼和浩特/赛罕区", "shared name: 白塔机场 in 赛罕区, not 辽阳's 白塔区"),
    ("来电人反映阿日哈沙特口岸货场道路坑洼，拉矿石的车陷在里面出不来，口岸管理方推给运输公司。",
     "内蒙古/呼伦贝尔/新巴尔虎右旗", "facility: 阿日哈沙特口岸 in 新巴尔虎右旗"),
    ("满洲里站的宽轨换装库排队，换装要等一个礼拜，我们拉的是俄罗斯过来的木材，压车费谁出？",
     "内蒙古/呼伦贝尔/满洲里市", "control: 俄罗斯 only the cargo's origin"),
    ("从满洲里拉木材去二连浩特，走到锡林浩特城外被查车的扣了行驶证，说是篷布没盖严",
     "内蒙古/锡林郭勒/锡林浩特市", "facility+places: the problem at a third place between two ports"),
    ("二连浩特到锡林浩特这段路上货车特别多，沿途基本没有服务区，能不能多设几个停车点",
     "内蒙古/锡林郭勒", "facility+places: a line inside one 盟"),
    ("乌兰察布的陆港物流园门口老堵车，货车进出只有一个口，早上排出去一公里多。",
     "内蒙古/乌兰察布", "facility: the 陆港 counted for the city (county not certain)"),
    ("蒙K牌照的煤车在二连浩特的货运场站被要求另交一笔停车管理费，来电人问是否合规。",
     "内蒙古/锡林郭勒/二连浩特市", "control: plate 蒙K (鄂尔多斯) is not the place"),
    ("内蒙古这边的陆路口岸冬季是不是都缩短通关时间了？我们做中蒙运输的想提前知道。",
     "内蒙古", "control: province only; 中蒙 names two countries"),

    # ── 黑龙江 ────────────────────────────────────────────────────────────────────────────
    ("绥芬河公路口岸出境车辆排队，俄方放行慢，我方这边的停车场早就满了，车只能停在路边。",
     "黑龙江/牡丹江/绥芬河市", "facility: 绥芬河口岸, a county-level city", "0451-86123456"),
    ("来电人称在绥芬河站货场等待宽准轨换装已经六天，车站说俄方车皮不够，要求给个明确时间。",
     "黑龙江/牡丹江/绥芬河市", "facility: 绥芬河站"),
    ("跑海参崴线的 在东宁口岸那个联检大厅排队 又说我们证件照片不合格 要出去重新拍",
     "黑龙江/牡丹江/东宁市", "control: 海参崴 the destination abroad; 东宁口岸"),
    ("黑河口岸今年冬天的浮箱固冰通道什么时候开通？我们要从黑河往对岸运蔬菜。",
     "黑龙江/黑河/爱辉区", "facility: 黑河口岸 in 爱辉区, 黑河's only district"),
    ("同江口岸铁路大桥那边的货场，装车时地面结冰，叉车打滑，来电人认为存在安全隐患。",
     "黑龙江/佳木斯/同江市", "facility: 同江口岸"),
    ("抚远口岸货运码头今年开江后一直没有排班，拉货的车在码头外面等了三天。",
     "黑龙江/佳木斯/抚远市", "facility: 抚远口岸"),
    ("哈尔滨太平机场货运站收件窗口只开一个，排队的快递车从货站一直排到机场路上。",
     "黑龙江/哈尔滨/道里区", "shared name: 太平机场 in 道里区, not 阜新's 太平区"),
    ("装了一车五常大米准备运到绥芬河出口，在绥芬河城边的治超站被扣，说车辆没有备案",
     "黑龙江/牡丹江/绥芬河市", "control: 五常 names the cargo"),
    ("黑龙江省内的冬季冰上运输通道什么时候开放？想了解一下全省的安排。",
     "黑龙江", "control: province only (黑龙江 is also the river)"),

    # ── 吉林 ──────────────────────────────────────────────────────────────────────────────
    ("珲春口岸出境货车排队，车都停在口岸前面的公路上，当地也没有设临时停车场。",
     "吉林/延边/珲春市", "facility: 珲春口岸"),
    ("圈河口岸 去罗先的车 今天又不放了 我们是运海产品的 冰都快化没了",
     "吉林/延边/珲春市", "facility: 圈河口岸 in 珲春; 罗先 is abroad"),
    ("来电人反映图们口岸铁路货场的装卸工收取装车费却不开票。",
     "吉林/延边/图们市", "facility: 图们口岸"),
    ("咨询：集安口岸那座大桥对货车限重多少？我们拉的建材可能超了，怕到了过不去。",
     "吉林/通化/集安市", "facility: consultation, 集安口岸"),
    ("拉了一车长白山人参要到长白口岸报关，到了才知道口岸今天不办货运，白跑一趟。",
     "吉林/白山/长白朝鲜族自治县", "control: 长白山 names the cargo; the port is in 长白县"),
    ("龙嘉机场货运区门口不让货车临时停靠，等提货的车只能在外面路上转圈。",
     "吉林/长春/九台区", "facility: 龙嘉机场 in 九台区"),
    ("吉林市东边那个铁路货场冬天装车，场内积雪一直没人清，大车陷住出不来。",
     "220200", "facility: 吉林市 given as a code (a path reads 吉林/吉林 as the province)"),
    ("从珲春拉货到图们，半路上的检查站把车拦了一个多小时，也没说查什么",
     "吉林/延边", "facility+places: a line inside 延边州"),

    # ── 辽宁 ──────────────────────────────────────────────────────────────────────────────
    ("大窑湾集装箱码头提箱预约一直约不上，集卡在港区外面排了一整夜。",
     "辽宁/大连/金州区", "facility: 大窑湾 in 金州区"),
    ("营口港鲅鱼圈港区卸粮的车排了两天，港区门口有人收所谓插队费。",
     "辽宁/营口/鲅鱼圈区", "facility: 鲅鱼圈港区"),
    ("来电人反映营口港的疏港路上大车乱停，小车根本过不去，希望交警多巡查。",
     "辽宁/营口", "facility: 营口港 has several port areas; counted for the city"),
    ("丹东港的矿石码头装车扬尘严重，司机说场地从来不洒水，附近村民也投诉过。",
     "辽宁/丹东/东港市", "shared name: 丹东港 lies in 东港市 (not 日照's 东港区)"),
    ("旅顺新港 烟大轮渡 订好的船票 到码头说车超高不让上船 票钱也不退",
     "辽宁/大连/旅顺口区", "shared name: 旅顺新港, a 新港 that is not 天津's"),
    ("桃仙机场的出租车排队区夜里没有照明，乘客拖着箱子摸黑走，差点摔倒。",
     "辽宁/沈阳/浑南区", "facility: 桃仙机场 in 浑南区"),
    ("苏家屯编组站旁边的货场，装卸车辆把村里的路压坏了，一直没人修。",
     "辽宁/沈阳/苏家屯区", "facility: 苏家屯编组站"),
    ("丹东口岸出境的货车在鸭绿江边排队，把江边的路都占了，游客车辆没法通行。",
     "辽宁/丹东", "facility: the county of 丹东口岸 not certain, counted for the city"),
    ("锦州港散货码头出来的运煤车没有苫盖，一路走一路撒煤。",
     "辽宁/锦州", "facility: 锦州港, the city"),
    ("西柳服装市场的物流车每天早上在市场门口抢道，三轮车货车搅在一起。",
     "辽宁/鞍山/海城市", "facility: 西柳 market in 海城市"),
    ("拉的是盘锦大米，在鲅鱼圈港区装船时被要求另交一笔熏蒸费，之前没人说过。",
     "辽宁/营口/鲅鱼圈区", "control: 盘锦 names the cargo"),
    ("我是沈阳的车，送货到大连周水子机场货运站，货站说超过时间不收货，让第二天再来。",
     "辽宁/大连/甘井子区", "facility+places: 周水子机场 in 甘井子区; 沈阳 the truck's home"),

    # ── 北京 ──────────────────────────────────────────────────────────────────────────────
    ("北京西站北广场出租车排队秩序很乱，有黑车司机在排队区拉客，来电人要求整治。",
     "北京/丰台区", "shared name: 北京西站 in 丰台区"),
    ("新发地市场凌晨进场的菜车排到了京开辅路上，一直没人疏导",
     "北京/丰台区", "facility: 新发地 market in 丰台区"),
    ("天竺综合保税区卡口查验慢，下午三点以后的车基本进不去，只能第二天再排。",
     "北京/顺义区", "facility: 天竺综保区 in 顺义区"),
    ("大兴机场出租车蓄车场排了三个多小时，调度说车太多，可航站楼那边乘客又打不到车。",
     "北京/大兴区", "facility: 大兴机场, terminal in 大兴区"),
    ("北京朝阳站出站口的网约车接人点太远，拖着行李要走十几分钟。",
     "北京/朝阳区", "shared name: 朝阳站 of 北京 (辽宁 has a 朝阳 too)"),
    ("北京清河站东侧出租车上客区经常被私家车占着，出租车进不去。",
     "北京/海淀区", "shared name: 清河站 in 海淀区, not 河北's 清河县 nor 铁岭's 清河区"),
    ("丰台西编组站旁边那个路口，大车压线掉头，早高峰很危险。",
     "北京/丰台区", "facility: 丰台西编组站"),
    ("北京南站地下出租车场排了两个小时，还有司机拒绝短途。",
     "北京/丰台区", "facility: 北京南站 in 丰台区"),
    ("北京通州马驹桥那几个物流园，半夜大车鸣笛，园区门口也乱停。",
     "北京/通州区", "shared name: 通州 of 北京 (南通 has a 通州区), settled by 北京"),
    ("我是河北沧州的车，拉菜进新发地，在市场门口被收了两次进场费。",
     "北京/丰台区", "facility+places: 沧州 the truck's home"),
    ("货车进京证现在还能在网上办吗？我们是从天津港拉货进北京的。",
     "北京", "control: policy of 北京; 天津港 only the origin"),
    ("从寿光拉了一车菜，在新发地卸完货出来，市场外面的停车场收了一百二，说是过夜费。",
     "北京/丰台区", "facility+places: 寿光 only the origin"),

    # ── 天津 ──────────────────────────────────────────────────────────────────────────────
    ("来电人反映天津港集装箱码头提箱排队，集卡排到了疏港联络线上，希望增开闸口。",
     "天津/滨海新区", "facility: 天津港 in 滨海新区", "0311-86123456"),
    ("东疆港区冷链查验场 排队排了一整天 货都快化了 查验的人下午四点就下班",
     "天津/滨海新区", "facility: 东疆 in 滨海新区"),
    ("天津新港那边的散货码头，拉矿石的车被要求必须加装苫布，不装不让出港，可附近根本买不到。",
     "天津/滨海新区", "shared name: 新港 settled by 天津"),
    ("天津南站网约车上客点标识不明显，司机停车接人被贴了条。",
     "天津/西青区", "facility: 天津南站 in 西青区"),
    ("天津西站出租车排队区和公交站混在一起，乘客穿行很危险。",
     "天津/红桥区", "facility: 天津西站 in 红桥区"),
    ("天津滨海机场货运区的进场道路只有一条，快递车早上排出去两三公里。",
     "天津/东丽区", "shared name: 滨海机场 in 东丽区, not 滨海新区"),
    ("冀F的车在天津港五洲码头门口被拦下，说我们车辆备案信息不全，让回去补",
     "天津/滨海新区", "control: plate 冀F (保定) is not the place"),
    ("天津港到二连浩特的海铁联运箱子到站时间一拖再拖，货主想知道归哪里管。",
     None, "facility+places: a line across provinces, no problem place"),

    # ── 河北 ──────────────────────────────────────────────────────────────────────────────
    ("黄骅港运煤车排队等卸，从港区一直排到高速出口，好多车停在应急车道上。",
     "河北/沧州/黄骅市", "facility: 黄骅港 in 黄骅市", "15903171234"),
    ("曹妃甸港区 拉铁矿的车 晚上不开灯在路边乱停 已经撞过好几回了",
     "河北/唐山/曹妃甸区", "facility: 曹妃甸港区"),
    ("京唐港区的矿石堆场扬尘很大，运输车辆出场也不冲洗，路上全是泥。",
     "河北/唐山/乐亭县", "facility: 京唐港区 in 乐亭县"),
    ("秦皇岛港运煤车在港区外面的路上排队，一排就是十几个小时。",
     "河北/秦皇岛/海港区", "facility: 秦皇岛港 in 海港区"),
    ("正定机场出租车司机拒载去石家庄市区的乘客，说太近不划算。",
     "河北/石家庄/正定县", "facility+places: 正定机场; 石家庄 city only the destination"),
    ("白沟箱包市场门口的物流车每天下午堵半条街，电动车都过不去。",
     "河北/保定/高碑店市", "facility: 白沟 market in 高碑店"),
    ("安国药材市场的停车场乱收费，外地拉药材的车停一晚上要一百。",
     "河北/保定/安国市", "facility: 安国 market"),
    ("河北清河县的羊绒市场旁边，物流车长期占道装货，县城那条路天天堵。",
     "河北/邢台/清河县", "shared name: 清河县, settled by 河北"),
    ("京唐港拉矿去曹妃甸的疏港路上，大车超速严重，来电人要求加装测速。",
     "河北/唐山", "facility+places: a line inside 唐山"),

    # ── 山西 ──────────────────────────────────────────────────────────────────────────────
    ("侯马陆港的集装箱场站进场收费太高，一进一出要交两回。",
     "山西/临汾/侯马市", "facility: 侯马陆港 in 侯马市"),
    ("武宿机场货运站的快件车只能在外面等，场内车位都被私家车占了。",
     "山西/太原/小店区", "facility: 武宿机场 in 小店区"),
    ("太原南站出租车排了两个小时，有的司机只拉拼车不打表。",
     "山西/太原/小店区", "facility: 太原南站 in 小店区"),
    ("大同的煤炭集运站附近道路被运煤车压得坑坑洼洼，雨天根本没法走。",
     "山西/大同", "facility: 集运站 with only the city named"),
    ("朔州那边的集运站装车排队，有人倒卖排队号，一个号要两百。",
     "山西/朔州", "facility: 集运站 with only the city named"),
    ("车上是山西老陈醋，在天津港被海关抽中查验，等了五天还没结果。",
     "天津/滨海新区", "control: 山西 names the cargo"),
    ("山西省内的运煤专线现在还收不收费？全省是不是统一的标准？",
     "山西", "control: province only"),

    # ── 上海 ──────────────────────────────────────────────────────────────────────────────
    ("洋山港的集卡在东海大桥芦潮港这头的入口排队，一直排到了两港大道上。",
     "上海/浦东新区", "facility+places: the queue at the 芦潮港 end, in 浦东新区"),
    ("洋山四期码头闸口系统故障，进港的集卡在岛上堵了两个小时，码头也没有广播通知。",
     "浙江/舟山/嵊泗县", "facility: 洋山 terminals lie on 小洋山, in 嵊泗县 of 浙江, though run by 上海港", "021-58123456"),
    ("外高桥港区五期码头提空箱要排一整天，司机一天只能跑一趟。",
     "上海/浦东新区", "facility: 外高桥港区"),
    ("浦东机场西货运区门口集卡和小货车混行，进场道路很窄，经常剐蹭。",
     "上海/浦东新区", "facility: 浦东机场"),
    ("上海南站长途客运站旁边的出租车排队区被私家车占了，乘客排不上车。",
     "上海/徐汇区", "facility: 上海南站 in 徐汇区"),
    ("宝杨码头去崇明的车客渡，买了票到码头说车位满了，改签要另交钱。",
     "上海/宝山区", "facility+places: 宝杨码头 in 宝山区; 崇明 only the destination"),
    ("宝山罗泾港区运钢材的车在港区门口乱停，公交车都开不过去。",
     "上海/宝山区", "shared name: 宝山 of 上海 (双鸭山 has a 宝山区), settled by 罗泾"),
    ("上海港的集装箱码头现在是不是都要预约进港？我们是外地车队，第一次来。",
     "上海", "facility: 上海港 as a whole, the city"),
    ("光明乳业的冷链车在浦东机场货运区门口被拦了，说没有通行证。",
     "上海/浦东新区", "control: 光明 a brand, not 深圳's 光明区"),

    # ── 江苏 ──────────────────────────────────────────────────────────────────────────────
    ("连云港港庙岭港区进港排队，集卡从港区排到了连云区的市区道路上。",
     "江苏/连云港/连云区", "facility: 庙岭港区 in 连云区"),
    ("咨询：连云港的港口现在进港还收港建费吗？收费标准在哪里能查到？",
     "江苏/连云港", "facility: 连云港 the city only"),
    ("太仓港集装箱码头提箱系统经常崩，司机在港区门口一等就是半天。",
     "江苏/苏州/太仓市", "facility: 太仓港"),
    ("张家港港区卸钢材的车排队，港区外面的路上全是大车，来电人问能不能设个待闸区。",
     "江苏/苏州/张家港市", "shared name: 张家港 is both the port and the city"),
    ("龙潭港区提箱 一排就是半天 南京栖霞这边的路根本走不动",
     "江苏/南京/栖霞区", "shared name: 栖霞 of 南京, not 烟台's 栖霞市"),
    ("禄口机场货运区门口快递车排队，夜里还有人在路边装卸。",
     "江苏/南京/江宁区", "facility: 禄口机场 in 江宁区"),
    ("无锡硕放机场的出租车不打表，到市区开口就要一百五。",
     "江苏/无锡/新吴区", "facility: 硕放机场 in 新吴区"),
    ("常熟服装城的物流车在批发市场周边违停，早上送货高峰整条街瘫痪。",
     "江苏/苏州/常熟市", "facility: 常熟服装城"),
    ("瓜洲汽渡等船的车排了两公里，渡口连个厕所都没有。",
     "江苏/扬州/邗江区", "facility: 瓜洲 汽渡 on the 扬州 side, in 邗江区"),
    ("江苏港口集团下面的南通港区，集卡进港查验一次要三个小时。",
     "江苏/南通", "control: 江苏 in a company's name; 南通 the city"),

    # ── 浙江 ──────────────────────────────────────────────────────────────────────────────
    ("北仑港区 穿山码头 提箱排到晚上十点 司机饭都没吃上",
     "浙江/宁波/北仑区", "facility: 北仑 港区", "0579-85123456"),
    ("梅山港区的集卡查验场地太小，车只能停在外面的主路上等。",
     "浙江/宁波/北仑区", "facility: 梅山港区 in 北仑区"),
    ("镇海港区的液体化工码头，危化品车辆在港区外排队没有专用停车区。",
     "浙江/宁波/镇海区", "facility: 镇海港区"),
    ("义乌国际商贸城周边物流车太多，下午装柜的时候把路全堵死了。",
     "浙江/金华/义乌市", "facility: 义乌国际商贸城"),
    ("义乌西站集装箱场站出场要排三个小时，场站说人手不够。",
     "浙江/金华/义乌市", "facility: 义乌西站"),
    ("萧山机场货运站的进场证件要本人现场办，外地司机跑了三趟都没办下来。",
     "浙江/杭州/萧山区", "facility: 萧山机场"),
    ("柯桥轻纺城的货运市场里面乱收停车费，一辆车收五十。",
     "浙江/绍兴/柯桥区", "facility: 柯桥轻纺城"),
    ("海宁皮革城的物流车装货占道，来电人说已经反映过好几次了。",
     "浙江/嘉兴/海宁市", "facility: 海宁皮革城"),
    ("杭州东站东广场的网约车上客点离出站口太远，老人走不动。",
     "浙江/杭州/上城区", "facility: 杭州东站 in 上城区"),
    ("沈家门的半升洞码头，客滚船车辆上船秩序乱，插队的比排队的多。",
     "浙江/舟山/普陀区", "shared name: 普陀区 of 舟山 (上海 has one), settled by 沈家门"),
    ("宁波舟山港最近的进港费用又涨了，能不能查一下有没有依据？",
     "浙江", "facility: a port spanning two cities, counted for the province"),
    ("拉了一车西湖龙井的货车在萧山机场货站门口被拦，说需要提前报备。",
     "浙江/杭州/萧山区", "control: 西湖 names the tea, not 西湖区"),
    ("永康五金城旁边的物流园，大车进出不看后视镜，电动车被刮了好几次。",
     "浙江/金华/永康市", "facility: 永康 五金城"),

    # ── 安徽 ──────────────────────────────────────────────────────────────────────────────
    ("芜湖港朱家桥外贸码头集卡进港要排半天，来电人希望码头错峰放箱。",
     "安徽/芜湖", "facility: 芜湖港, the city"),
    ("亳州中药材专业市场门口装货的车占了整条路，公交车开不过去。",
     "安徽/亳州/谯城区", "facility: 亳州 market in 谯城区"),
    ("合肥南站出租车排队要一个多小时，有的车还拒载去肥西的乘客。",
     "安徽/合肥/包河区", "facility+places: 合肥南站 in 包河区; 肥西 only the destination"),
    ("安庆港的件杂货码头卸货太慢，车在码头门口等了一天一夜。",
     "安徽/安庆", "facility: 安庆港, the city"),
    ("马鞍山港拉矿石的车，出港以后一路洒落，来电人要求港口管一管。",
     "安徽/马鞍山", "facility: 马鞍山港, the city"),
    ("铜陵港的码头收取装卸费不明码标价，来电人问找哪个部门。",
     "安徽/铜陵", "facility: 铜陵港, the city"),
    ("安徽省内河港口的集装箱航线有没有统一的运价指导？",
     "安徽", "control: province only"),

    # ── 福建 ──────────────────────────────────────────────────────────────────────────────
    ("海沧港区集卡进港预约的时段老是约不上，只好半夜去排。",
     "福建/厦门/海沧区", "facility: 海沧港区"),
    ("象屿保税区里面的道路坑坑洼洼，集卡颠得货都移位了。",
     "福建/厦门/湖里区", "facility: 象屿保税区 in 湖里区"),
    ("高崎机场货站门口不让货车停，等货的时候只能绕圈。",
     "福建/厦门/湖里区", "facility: 高崎机场 in 湖里区"),
    ("福州江阴港区集装箱码头提箱排队，港区外面的路上停满了集卡。",
     "福建/福州/福清市", "shared name: 江阴港区 of 福州, in 福清 (not 江苏's 江阴市)"),
    ("长乐机场出租车排队，调度让我们拼车，不拼就要多等一个小时。",
     "福建/福州/长乐区", "facility: 长乐机场"),
    ("石狮服装城门口的物流车每天傍晚装货，把双向车道堵成了单向。",
     "福建/泉州/石狮市", "facility: 石狮服装城"),
    ("晋江那边的鞋业物流园门口，大车乱停，学生上学都得绕。",
     "福建/泉州/晋江市", "facility: a 晋江 logistics park"),
    ("平潭澳前客滚码头，车辆上船秩序乱，工作人员还收红包让插队。",
     "福建/福州/平潭县", "facility: 澳前码头 in 平潭"),
    ("拉安溪铁观音的车在海沧港区被要求额外做熏蒸，费用谁出？",
     "福建/厦门/海沧区", "control: 安溪 names the tea"),

    # ── 江西 ──────────────────────────────────────────────────────────────────────────────
    ("南昌向塘铁路口岸的集装箱场站，提箱要等两天，场站说是系统升级。",
     "江西/南昌/南昌县", "facility: 向塘 in 南昌县"),
    ("九江港城西港区集卡进港的道路年久失修，来电人要求修补。",
     "江西/九江", "shared name: 九江 the city (佛山 南海 has a 九江 town); the port counted for the city"),
    ("赣州国际陆港的场站提箱排长队，还要另交一笔场地费。",
     "江西/赣州/南康区", "facility: 赣州国际陆港 in 南康区"),
    ("南康家具市场发货的物流车占着非机动车道，电动车只能走机动车道。",
     "江西/赣州/南康区", "facility: 南康 furniture market"),
    ("拉赣南脐橙的车在南沙港区被查出冷藏温度不达标，让我们整车退回。",
     "广东/广州/南沙区", "control: 赣南 names the cargo; 南沙 of 广州, not 三沙's"),
    ("江西省的内河码头，现在对货车进港有没有统一收费标准？",
     "江西", "control: province only"),

    # ── 山东 ──────────────────────────────────────────────────────────────────────────────
    ("前湾港区集卡预约放箱时段太少，港外的停车场一晚上收八十。",
     "山东/青岛/黄岛区", "facility: 前湾港区 in 黄岛区"),
    ("董家口港区拉矿的车排了两天，港区的食堂也不对外面的司机开放。",
     "山东/青岛/黄岛区", "facility: 董家口 in 黄岛区"),
    ("山东港口集团下面的日照港，拉煤的车进港排了一夜，港外没有停车场。",
     "山东/日照", "shared name: 日照港, several port areas; the city (its 东港区 is not 丹东's 东港市); 山东 in the company's name"),
    ("岚山港区卸矿石的车把港区门口的路压塌了一块，晚上看不见很危险。",
     "山东/日照/岚山区", "facility: 岚山港区"),
    ("龙口港的散货码头装车扬尘，路过的车挡风玻璃上全是灰。",
     "山东/烟台/龙口市", "facility: 龙口港"),
    ("石岛新港 去韩国的滚装船 车辆上船前的查验 排了一上午 中午人家又下班了",
     "山东/威海/荣成市", "shared name: 石岛新港, another 新港, in 荣成"),
    ("烟台港客滚码头去大连的船，车辆要提前两个小时到，结果到了又说船晚点。",
     "山东/烟台", "facility+places: 烟台港 counted for the city; 大连 only the destination"),
    ("蓬莱港去长岛的车渡，旺季车辆排队三四个小时，码头上也没人疏导。",
     "山东/烟台/蓬莱区", "facility+places: 长岛 is now part of 蓬莱区; the queue at 蓬莱港"),
    ("寿光农产品物流园凌晨进场的车太多，园区门口经常发生剐蹭。",
     "山东/潍坊/寿光市", "facility: 寿光 物流园"),
    ("临沂兰山区的商城物流园，大车进出把路面压坏了，下雨天全是水坑。",
     "山东/临沂/兰山区", "facility: 临沂商城 area, district named"),
    ("遥墙机场出租车排队区没有遮阳棚，夏天司机和乘客都晒得不行。",
     "山东/济南/历城区", "facility: 遥墙机场 in 历城区"),
    ("胶东机场货运区的进场道路标志不清，外地货车老是开错。",
     "山东/青岛/胶州市", "facility: 胶东机场 in 胶州"),
    ("东营港的化工码头，危化品车辆在港外排队，没有专门的停车区。",
     "山东/东营/河口区", "shared name: 东营港 in 河口区 (not 云南's 河口县)"),
    ("威海港的客滚码头，车辆检票口只开一个，排队排到了海滨路上。",
     "山东/威海/环翠区", "facility: 威海港 in 环翠区"),
    ("拉栖霞苹果的冷藏车在龙口港装船前被要求重新检疫，多花了一千多。",
     "山东/烟台/龙口市", "control: 栖霞 names the cargo"),
    ("章丘大葱的收购车在新发地门口被收了两次进场费，来电人要求退还一次。",
     "北京/丰台区", "control: 章丘 names the cargo"),
    ("曹县的演出服物流车在县城的快递分拨中心门口排队，堵到了主干道上。",
     "山东/菏泽/曹县", "facility: a 曹县 sorting centre"),

    # ── 河南 ──────────────────────────────────────────────────────────────────────────────
    ("新郑机场货运区冷链查验排队，进口水果在车上放了一天。",
     "河南/郑州/新郑市", "facility: 新郑机场 in 新郑市"),
    ("万邦农产品市场凌晨进场的车乱停，把国道都堵住了。",
     "河南/郑州/中牟县", "facility: 万邦 market in 中牟"),
    ("郑州国际陆港的场站提箱太慢，中欧班列到站的箱子三天了还提不出来。",
     "河南/郑州", "facility: 郑州 陆港, counted for the city"),
    ("郑州东站出租车排队两个小时，有司机私下加价拉人。",
     "河南/郑州", "facility: 郑州东站, counted for the city (district not certain)"),
    ("德州扒鸡的送货车在郑州东站的货运通道被拦，说不能停车卸货。",
     "河南/郑州", "control: 德州 names the goods"),
    ("河南省内的中欧班列集结中心有几个？我们想在省内找个近一点的发货。",
     "河南", "control: province only"),

    # ── 湖北 ──────────────────────────────────────────────────────────────────────────────
    ("阳逻港集装箱码头进港排队，集卡一直排到了港区外的大道上。",
     "湖北/武汉/新洲区", "facility: 阳逻港 in 新洲区"),
    ("花湖机场货运区进场的快递车太多，早上排队排出去好几公里。",
     "湖北/鄂州/鄂城区", "facility: 花湖机场 in 鄂城区"),
    ("天河机场出租车蓄车场排队三个小时，出来只拉了一个起步价。",
     "湖北/武汉/黄陂区", "shared name: 天河机场 in 黄陂区, not 广州's 天河区"),
    ("汉口北市场的物流车每天下午把路堵死，送货车进不去出不来。",
     "湖北/武汉/黄陂区", "shared name: 汉口北 lies in 黄陂区, not in 汉口"),
    ("吴家山铁路集装箱中心站提箱太慢，司机说一等就是一整天。",
     "湖北/武汉/东西湖区", "shared name: 吴家山 in 东西湖区 (a 西湖 inside the name)"),
    ("秭归茅坪的翻坝转运场，货车排队过坝要两天，场内也没有吃饭的地方。",
     "湖北/宜昌/秭归县", "facility: 茅坪 in 秭归"),
    ("武汉热干面的原料车在阳逻港被查出超载，罚了两千。",
     "湖北/武汉/新洲区", "control: 武汉 names the food; 阳逻港 is in 武汉 anyway"),
    ("从阳逻港拉箱子去花湖机场转运，路上的治超站在哪里我也说不清，被罚了一千",
     "湖北", "facility+places: a line from 武汉 to 鄂州, counted for the province"),

    # ── 湖南 ──────────────────────────────────────────────────────────────────────────────
    ("城陵矶港集装箱码头，集卡进港前的查验太慢，排到了港区外面的主路上。",
     "湖南/岳阳/岳阳楼区", "facility: 城陵矶港 in 岳阳楼区"),
    ("城陵矶综保区卡口，进口粮食车辆排了一天，没人出来解释。",
     "湖南/岳阳/岳阳楼区", "facility: 城陵矶综保区 in 岳阳楼区"),
    ("黄花机场货运站夜间收货只开一个窗口，快递车排到了机场高速出口。",
     "湖南/长沙/长沙县", "facility: 黄花机场 in 长沙县"),
    ("长沙南站出租车排队区有司机不打表，一口价五十。",
     "湖南/长沙/雨花区", "facility: 长沙南站 in 雨花区"),
    ("长沙霞凝港的集装箱码头提箱排队，港区外面也没有停车的地方。",
     "湖南/长沙", "facility: 霞凝港, counted for the city"),
    ("湖南省内的水运口岸有哪几个能办进口查验？",
     "湖南", "control: province only"),

    # ── 广东 ──────────────────────────────────────────────────────────────────────────────
    ("盐田港集卡提柜排队，从港区排到了深盐路上，司机一天只能拉一趟。",
     "广东/深圳/盐田区", "facility: 盐田港", "0797-8123456"),
    ("蛇口码头 提吉柜 等了五个钟 码头说系统故障 也没个通知",
     "广东/深圳/南山区", "facility: 蛇口 in 南山区"),
    ("赤湾港区出口的集卡在港区外违停，交警只抄牌不疏导。",
     "广东/深圳/南山区", "facility: 赤湾 in 南山区"),
    ("南沙港区四期码头，集卡进港排队太长，港区外也没有停车场。",
     "广东/广州/南沙区", "shared name: 南沙港 of 广州, not 三沙's 南沙区"),
    ("黄埔港的老港区，集卡出闸口的时候经常和公交车抢道。",
     "广东/广州/黄埔区", "shared name: 黄埔港 of 广州 (上海 has a 黄浦区)"),
    ("皇岗口岸货检场出入境货车排队，跨境司机在车上等了一整夜。",
     "广东/深圳/福田区", "facility: 皇岗口岸 in 福田区"),
    ("文锦渡口岸的货车通道今天只开了一条，排队一直排到桥上。",
     "广东/深圳/罗湖区", "facility: 文锦渡 in 罗湖区"),
    ("深圳湾口岸的跨境货车停车场收费太贵，一个晚上两百。",
     "广东/深圳/南山区", "facility: 深圳湾口岸 in 南山区"),
    ("拱北口岸附近的跨境巴士上落客点老是被网约车占用。",
     "广东/珠海/香洲区", "facility: 拱北 in 香洲区"),
    ("横琴口岸货运通道的查验场地太小，货车只能在外面马路上排。",
     "广东/珠海/香洲区", "facility: 横琴 in 香洲区"),
    ("宝安机场货运村门口的路又在施工，快递车都堵在一条道上。",
     "广东/深圳/宝安区", "facility: 宝安机场"),
    ("白云机场出租车上客区，有些司机看是短途就让乘客下车。",
     "广东/广州", "shared name: 白云机场 straddles 白云区 and 花都区, counted for 广州 (贵阳 has a 白云区 too)"),
    ("海安港等船过海的车排了七八个小时，港口里面没有饮水点。",
     "广东/湛江/徐闻县", "facility: 海安港 in 徐闻"),
    ("海南港航的船票在海安新港买的，到了码头说当班取消，改签还要加钱。",
     "广东/湛江/徐闻县", "control: 海南 in a shipping company's name; the port is 海安 in 徐闻"),
    ("广州南站出租车排队区有人兜售假的优先排队号。",
     "广东/广州/番禺区", "facility: 广州南站 in 番禺区"),
    ("布吉农批市场凌晨大车进场乱停，周边小区投诉不断。",
     "广东/深圳/龙岗区", "facility: 布吉 market in 龙岗区"),
    ("乐从家具城发货的货车在路口随意掉头，电动车差点被撞。",
     "广东/佛山/顺德区", "facility: 乐从 in 顺德区"),
    ("虎门港的集装箱码头提柜排了一天，港区外的路上全是拖车。",
     "广东/东莞", "facility: 虎门港, 东莞 has no counties"),
    ("湛江港拉矿的车从港区出来不盖篷布，一路都是矿粉。",
     "广东/湛江", "facility: 湛江港, the city"),
    ("中山港的客运码头，去香港的船改班不通知，旅客在码头等了三小时。",
     "广东/中山", "shared name: 中山港 of 中山市 (大连 has a 中山区); 香港 only the destination"),
    ("福田欧曼的车在盐田港闸口被拦，说车辆尾气检测不合格。",
     "广东/深圳/盐田区", "control: 福田 a truck brand, not 福田区"),
    ("从盐田港拉柜去东莞的路上，有人在路边假扮查车的拦车要钱，具体在哪一段我说不上来。",
     "广东", "facility+places: a line from 深圳 to 东莞, counted for the province"),
    ("琼州海峡轮渡这两天因为大风停航，什么时候能恢复？车在等船。",
     None, "facility+places: the strait crossing runs between 广东 and 海南, no single place"),

    # ── 广西 ──────────────────────────────────────────────────────────────────────────────
    ("友谊关口岸出口水果车排队，从口岸一直排到了凭祥市区，有的车排了三天。",
     "广西/崇左/凭祥市", "facility: 友谊关 in 凭祥", "0771-5123456"),
    ("浦寨的边贸货场进场要交什么协调费，每车两百，不交不让进。",
     "广西/崇左/凭祥市", "facility: 浦寨 in 凭祥"),
    ("东兴口岸货运通道周末关闭，越南过来的车在桥头排了一夜。",
     "广西/防城港/东兴市", "shared name: 东兴口岸 in 东兴市 (内江 has a 东兴区); 越南 abroad"),
    ("钦州港集装箱码头提箱排长队，港区外面的路边全是集卡。",
     "广西/钦州/钦南区", "facility: 钦州港 in 钦南区"),
    ("防城港码头拉煤的车排队进港，等了一天一夜，港区门口也没有厕所。",
     "广西/防城港/港口区", "shared name: 防城港 the port, in 港口区 (the city shares the name)"),
    ("防城港市区到东兴的路上，运木材的车超载严重，来电人要求整治。",
     "广西/防城港", "shared name: 防城港 the city here; a line inside the city"),
    ("铁山港的散货码头出来的车不冲洗，整条路都是泥。",
     "广西/北海/铁山港区", "facility: 铁山港"),
    ("广西北部湾港的集装箱运价是不是又涨了？我们是做东盟线的。",
     "广西", "facility: 北部湾港 spans 钦州, 北海 and 防城港, counted for the province"),
    ("龙邦口岸出境的车辆在口岸外排队，排队区没有照明。",
     "广西/百色/靖西市", "facility: 龙邦 in 靖西"),
    ("水口口岸的货车通道收费不透明，来电人问有没有收费公示。",
     "广西/崇左/龙州县", "facility: 水口口岸 in 龙州"),
    ("爱店口岸那边的药材车排队查验，一等就是两天。",
     "广西/崇左/宁明县", "facility: 爱店 in 宁明"),
    ("南宁吴圩机场货运区的冷链库不够用，进口榴莲在车上放了一天。",
     "广西/南宁/江南区", "facility: 吴圩机场 in 江南区"),
    ("贵港港的码头装车没有称重，出来就被治超站罚了。",
     "广西/贵港", "shared name: 贵港 is a city; the port counted for it"),
    ("梧州港的集装箱码头，进港道路积水，车开不进去。",
     "广西/梧州", "facility: 梧州港, the city"),
    ("拉柳州螺蛳粉的货车在钦州港被要求补办出口手续，耽误了船期。",
     "广西/钦州/钦南区", "control: 柳州 names the food"),
    ("越南谅山那边堵车，我们的车已经过了友谊关，在越方境内动不了了。",
     None, "facility+places: the problem is abroad (谅山 in 越南)"),
    ("钦州港到凭祥的货车线路上，有一段路面塌陷一直没修，我不知道属于哪个县。",
     "广西", "facility+places: a line between two cities of 广西, counted for the province"),
    ("涠洲岛码头的车客船，车辆上船要提前一天预约，现场买不到票。",
     "广西/北海/海城区", "facility: 涠洲岛 in 海城区"),

    # ── 海南 ──────────────────────────────────────────────────────────────────────────────
    ("新海港过海的车辆排队七个小时，港区里没有遮阳的地方。",
     "海南/海口/秀英区", "facility: 新海港 in 秀英区"),
    ("秀英港的货车安检通道只开了两个，排到了港外的路上。",
     "海南/海口/秀英区", "facility: 秀英港"),
    ("洋浦港集装箱码头提箱效率低，司机在港区里等了一天。",
     "海南/儋州", "facility: 洋浦 in 儋州, which has no counties"),
    ("美兰机场货运站进口冷链查验太慢，海鲜都快坏了。",
     "海南/海口/美兰区", "facility: 美兰机场 in 美兰区"),
    ("海口新海港买了票，船又取消了，退票还要扣手续费。",
     "海南/海口/秀英区", "facility: 新海港 settled by 海口"),
    ("司机张海南在洋浦保税港区卸货时被叉车撞伤，园区说不归他们管。",
     "海南/儋州", "control: 张海南 a person's name; 洋浦 in 儋州"),
    ("海南离岛免税的货从海口港出来，查验太慢，问能不能开绿色通道。",
     "海南/海口", "facility: 海口港, the city"),

    # ── 重庆 ──────────────────────────────────────────────────────────────────────────────
    ("果园港集装箱码头集卡进港排队，排到了港区外的快速路上。",
     "重庆/江北区", "facility: 果园港 in 重庆's 江北区", "0830-2123456"),
    ("寸滩那边的保税港区，集卡查验排了大半天，司机饭都没吃。",
     "重庆/江北区", "facility: 寸滩 in 江北区"),
    ("团结村中心站提箱，中欧班列的箱子三天提不出来，场站说等调度。",
     "重庆/沙坪坝区", "facility: 团结村 in 沙坪坝区"),
    ("西永综保区的货车卡口查验慢，下班高峰把路都堵了。",
     "重庆/沙坪坝区", "facility: 西永 in 沙坪坝区"),
    ("江北机场货运区进场排队，冷链车在外面等了四个小时。",
     "重庆/渝北区", "shared name: 江北机场 in 渝北区, not 江北区"),
    ("万州港的滚装码头，车辆上船前的安检排了一上午。",
     "重庆/万州区", "facility: 万州港"),
    ("涪陵港拉榨菜的车在码头门口乱停，把路都占了。",
     "重庆/涪陵区", "facility: 涪陵港; 榨菜 the cargo"),
    ("重庆港的集装箱码头现在都要网上预约吗？我们是四川过来的车。",
     "重庆", "facility: 重庆港 as a whole; 四川 the truck's home"),
    ("从果园港拉货到万州，路上有个治超站罚款不给票，具体哪个区县我说不清。",
     "重庆", "facility+places: a line inside 重庆"),
    ("青白江到团结村的班列转运，两边场站互相推，货主问找谁。",
     None, "facility+places: a line between 成都 and 重庆, across provinces"),

    # ── 四川 ──────────────────────────────────────────────────────────────────────────────
    ("青白江铁路港的集装箱场站提箱排队，场站外面的路全是集卡。",
     "四川/成都/青白江区", "facility: 成都国际铁路港 in 青白江区"),
    ("天府机场出租车蓄车场排了四个小时，进城的乘客还嫌贵。",
     "四川/成都/简阳市", "shared name: 天府机场 in 简阳市, named for 成都"),
    ("双流机场货运站的收货窗口中午关闭，快递车在外面干等。",
     "四川/成都/双流区", "facility: 双流机场"),
    ("泸州港集装箱码头进港道路太窄，两辆集卡错不开车。",
     "四川/泸州", "facility: 泸州港, the city"),
    ("宜宾港的码头收费不开票，来电人问有没有收费公示。",
     "四川/宜宾", "facility: 宜宾港, the city"),
    ("成都东站出租车排队区，有人插队还骂人。",
     "四川/成都/成华区", "facility: 成都东站 in 成华区"),
    ("四川航空的货站在昆明长水机场，货物延误三天没人通知我们。",
     "云南/昆明/官渡区", "control: 四川 in an airline's name; 长水 in 官渡区"),
    ("郫县豆瓣的货车在青白江铁路港被要求重新打托，多花了钱。",
     "四川/成都/青白江区", "control: 郫县 names the goods (郫县 is now 郫都区)"),

    # ── 贵州 ──────────────────────────────────────────────────────────────────────────────
    ("龙洞堡机场出租车排队区，有司机不走计价器。",
     "贵州/贵阳/南明区", "facility: 龙洞堡机场 in 南明区"),
    ("贵阳北站送站的车在高架上停车下客，很危险。",
     "贵州/贵阳/观山湖区", "facility: 贵阳北站 in 观山湖区"),
    ("贵阳白云区的物流园门口，大车晚上占道停放，来电人要求清理。",
     "贵州/贵阳/白云区", "shared name: 白云区 of 贵阳 (广州 has one), settled by 贵阳"),
    ("六盘水的煤炭物流园，运煤车出场不盖篷布。",
     "贵州/六盘水", "facility: a 六盘水 logistics park, the city"),
    ("贵州茅台的运输车在遵义的物流园门口被查车，说我们的押运证过期。",
     "贵州/遵义", "control: 茅台 the brand; the park in 遵义, the city"),
    ("贵州省内的陆港现在有几个能办理铁海联运？",
     "贵州", "control: province only"),

    # ── 云南 ──────────────────────────────────────────────────────────────────────────────
    ("瑞丽姐告的口岸货场出口车辆排长队，缅甸那边说关口在维修。",
     "云南/德宏/瑞丽市", "facility: 姐告 in 瑞丽; 缅甸 abroad"),
    ("磨憨口岸出境的水果车排队，中老铁路的货场也堆满了。",
     "云南/西双版纳/勐腊县", "facility: 磨憨 in 勐腊县 (run by 昆明 since 2022, still 勐腊's land)", "028-86123456"),
    ("河口口岸的货车出境查验要排两天，边民互市的车也混在里面。",
     "云南/红河/河口瑶族自治县", "shared name: 河口口岸 in 河口县 (东营 has a 河口区); 出境 and 边民互市 settle it as the land port"),
    ("打洛口岸的货车通道路面坑洼，车颠得货都掉了。",
     "云南/西双版纳/勐海县", "facility: 打洛 in 勐海"),
    ("腾冲猴桥口岸出来的木材车超载，县城的路都压坏了。",
     "云南/保山/腾冲市", "facility: 猴桥 in 腾冲"),
    ("清水河口岸的货车停车场收费太贵，一晚上一百五。",
     "云南/临沧/耿马傣族佤族自治县", "shared name: 清水河口岸 in 耿马 (not 内蒙古's 清水河县)"),
    ("天保口岸的越南货车司机反映，中方停车场没有厕所。",
     "云南/文山/麻栗坡县", "facility: 天保 in 麻栗坡"),
    ("长水机场货运区进场车辆太多，冷链车等了半天。",
     "云南/昆明/官渡区", "facility: 长水机场"),
    ("新螺蛳湾市场的物流车乱停，把公交站都占了。",
     "云南/昆明/官渡区", "facility: 新螺蛳湾 market in 官渡区"),
    ("从瑞丽口岸到畹町这一段，货车排队排了二十公里，中间也没有服务区。",
     "云南/德宏/瑞丽市", "facility+places: 畹町 is part of 瑞丽, a line inside one county-level city"),
    ("章凤口岸出口的甘蔗车排队，把陇川县城的路都堵了。",
     "云南/德宏/陇川县", "facility: 章凤 in 陇川"),
    ("普洱茶的货车在磨憨的铁路货场被要求重新报关，白等了两天。",
     "云南/西双版纳/勐腊县", "control: 普洱 names the tea"),
    ("南京盐水鸭的冷链车在长水机场货站卸货，货站说冷库满了不收。",
     "云南/昆明/官渡区", "control: 南京 names the food"),

    # ── 西藏 ──────────────────────────────────────────────────────────────────────────────
    ("吉隆口岸出境的货车排队，冬天路上结冰，车打滑停不住。",
     "西藏/日喀则/吉隆县", "facility: 吉隆口岸", "0891-6123456"),
    ("樟木口岸恢复货运以后，口岸的停车场太小，车都停在路上。",
     "西藏/日喀则/聂拉木县", "facility: 樟木 in 聂拉木"),
    ("普兰口岸边贸市场的货车没有地方卸货，来电人问归谁管。",
     "西藏/阿里/普兰县", "shared name: 普兰 of 阿里 (not 大连's 普兰店区)"),
    ("贡嘎机场出租车去拉萨市区一口价四百，不打表。",
     "西藏/山南/贡嘎县", "shared name: 贡嘎机场 serves 拉萨 but lies in 山南's 贡嘎县"),
    ("那曲物流中心的货车进场排队，场内道路结冰没人处理。",
     "西藏/那曲/色尼区", "facility: 那曲物流中心 in 色尼区"),
    ("拉萨的物流园区冬季进藏的货车太多，园区内停不下。",
     "西藏/拉萨", "facility: a 拉萨 logistics park, the city"),
    ("西藏各口岸冬季的通关时间有没有统一调整？",
     "西藏", "control: province only"),

    # ── 陕西 ──────────────────────────────────────────────────────────────────────────────
    ("西安国际港务区的集装箱场站提箱排队，中欧班列的箱子等了一周。",
     "陕西/西安/灞桥区", "facility: 西安国际港务区 in 灞桥区"),
    ("西安北站出租车排队区，有人私下收钱让插队。",
     "陕西/西安/未央区", "facility: 西安北站 in 未央区"),
    ("西安咸阳机场货运区进场的快递车太多，早上排出去两公里。",
     "陕西/咸阳/渭城区", "shared name: 西安咸阳机场 in 咸阳's 渭城区, named for 西安"),
    ("陕西的煤炭外运专线上的集运站，现在还收过磅费吗？",
     "陕西", "control: province only"),
    ("榆林的煤炭集运站排队装车，有人倒卖排队号。",
     "陕西/榆林", "facility: a 榆林 集运站, the city"),

    # ── 甘肃 ──────────────────────────────────────────────────────────────────────────────
    ("中川机场出租车排队区，司机拼车还要加价。",
     "甘肃/兰州/永登县", "facility: 中川机场 in 永登县"),
    ("马鬃山口岸的货车通道开放时间太短，车在口岸外面排了一天。",
     "甘肃/酒泉/肃北蒙古族自治县", "facility: 马鬃山 in 肃北"),
    ("武威陆港的集装箱场站提箱要等两天，场站说班列晚点。",
     "甘肃/武威/凉州区", "facility: 武威陆港 in 凉州区"),
    ("嘉峪关的物流园区门口大车占道，交警只罚款不疏导。",
     "甘肃/嘉峪关", "facility: 嘉峪关 has no counties"),
    ("兰州拉面的原料车在霍尔果斯口岸出口，被要求重新出具检疫证明。",
     "新疆/伊犁/霍尔果斯市", "control: 兰州 names the food"),
    ("兰州的国际陆港场站提箱要排一上午，场站里没有休息的地方。",
     "甘肃/兰州", "facility: 兰州 陆港, the city"),

    # ── 青海 ──────────────────────────────────────────────────────────────────────────────
    ("格尔木的物流园区冬季进藏的货车排队，园区内没有供暖的休息室。",
     "青海/海西/格尔木市", "facility: 格尔木 logistics park"),
    ("西宁的铁路货场装车排队，场站说要等车皮。",
     "青海/西宁", "facility: a 西宁 freight yard, the city"),
    ("曹家堡保税物流中心进口的货提不出来，说是系统故障。",
     "青海/海东", "facility: 曹家堡 serves 西宁 but lies in 海东, counted for that city"),
    ("海西州乌兰县的盐湖化工产品外运，县里的货运站装车太慢。",
     "青海/海西/乌兰县", "shared name: 乌兰县 of 海西 (not 乌兰察布 nor 乌兰浩特)"),
    ("司机赵青海在格尔木南山口的检查站被扣车，说证件不全。",
     "青海/海西/格尔木市", "control: 赵青海 a person's name; 南山口 in 格尔木"),
    ("青海省内的陆港现在能办理铁路口岸业务吗？",
     "青海", "control: province only"),

    # ── 宁夏 ──────────────────────────────────────────────────────────────────────────────
    ("河东机场出租车排队区，有司机拒载去银川市区的乘客。",
     "宁夏/银川/灵武市", "shared name: 河东机场 in 灵武市 (not 天津's or 临沂's 河东区); 银川 the destination"),
    ("惠农陆港的集装箱场站提箱太慢，场站外面的路上停满了车。",
     "宁夏/石嘴山/惠农区", "facility: 惠农陆港"),
    ("迎水桥编组站旁边的货场，装卸的时候扬尘太大。",
     "宁夏/中卫/沙坡头区", "facility: 迎水桥 in 沙坡头区"),
    ("拉宁夏枸杞的货车在阿拉山口口岸出口，被要求重新做农残检测。",
     "新疆/博尔塔拉/阿拉山口市", "control: 宁夏 names the cargo"),
    ("银川的综合保税区卡口，货车排队查验排到了马路上。",
     "宁夏/银川", "facility: 银川综保区, the city"),
    ("宁夏区内的铁路货场有没有统一的装卸收费标准？",
     "宁夏", "control: province only"),

    # ── a facility with other places: origins, destinations, the truck's home ──────────────
    ("从义乌拉小商品去阿拉山口出口，到了阿拉山口货场说我们报关单位写错了，又让回义乌改，来回四千多公里。",
     "新疆/博尔塔拉/阿拉山口市", "facility+places: the problem at the port; 义乌 the origin"),
    ("鲁Q的车 从临沂拉货到满洲里口岸 晚上在口岸停车场被人偷了油 报警也没人来",
     "内蒙古/呼伦贝尔/满洲里市", "facility+places: plate 鲁Q and 临沂 the truck's home"),
    ("我们从青岛港提的柜运到郑州国际陆港，场站说箱子有破损拒收，可青岛港出闸的时候明明没问题。",
     "河南/郑州", "facility+places: the problem at the 郑州 陆港 (the city); 青岛港 only the origin"),
    ("从天津港提柜去石家庄，在天津港的闸口被扣了押金，还箱以后一直不退。",
     "天津/滨海新区", "facility+places: the problem at 天津港; 石家庄 the destination"),
    ("从盐田港拉柜去惠州，结果惠州那边的工厂不让进，说要提前一天预约，柜子在路边放了一夜。",
     "广东/惠州", "facility+places: the problem at the destination city, not at 盐田港"),
    ("从钦州港提柜送到南宁，南宁的收货仓库门口排了一天，仓库还要收卸货费。",
     "广西/南宁", "facility+places: the problem at the 南宁 warehouse (the city)"),
    ("宁波北仑提的柜拉到义乌港还箱，场站收了一笔洗箱费，说是规定。",
     "浙江/金华/义乌市", "facility+places: 义乌港 (a dry port in 义乌) the problem; 北仑 the origin"),
    ("从二连浩特进的木材运到天津港装船，在天津港被要求重新熏蒸，二连那边明明做过了。",
     "天津/滨海新区", "facility+places: the problem at 天津港; 二连浩特 the origin"),
    ("在满洲里装的俄罗斯面粉，拉到哈尔滨的一个物流园，园区门口保安不让大车进。",
     "黑龙江/哈尔滨", "facility+places: the problem at a 哈尔滨 park (the city); 满洲里 the origin"),
    ("从黄骅港拉煤去沧州市区的电厂，在黄骅港出港的地磅被判超载，可装车是港里装的。",
     "河北/沧州/黄骅市", "facility+places: the problem at 黄骅港; 沧州 city the destination"),
    ("从洋浦拉货到海口过海，在新海港又被要求重新过磅，洋浦那边刚称过。",
     "海南/海口/秀英区", "facility+places: the problem at 新海港; 洋浦 the origin"),
    ("南沙港提的柜拉到顺德，顺德那边的物流园门口乱收进场费，一次三十。",
     "广东/佛山/顺德区", "facility+places: the problem in 顺德; 南沙港 the origin"),
    ("从防城港码头拉矿到柳州，在柳州的钢厂门口排了一天一夜，厂里也不给个时间。",
     "广西/柳州", "facility+places: the problem at the 柳州 steelworks (the city); 防城港 the origin"),
    ("从秦皇岛港拉煤去承德，在承德境内的治超站被罚了，港里装车的时候没人说超。",
     "河北/承德", "facility+places: the problem in 承德 (the city); 秦皇岛港 the origin"),
    ("我们的车从成都青白江拉货到重庆果园港，到了果园港说舱位满了不收货。",
     "重庆/江北区", "facility+places: the problem at 果园港; 青白江 the origin"),
    ("从瑞丽拉货到昆明，在长水机场货运站交货时货站说包装不合格，拒收。",
     "云南/昆明/官渡区", "facility+places: the problem at 长水机场; 瑞丽 the origin"),
    ("从凭祥拉火龙果到北京新发地，在新发地门口被收了两百的停车费。",
     "北京/丰台区", "facility+places: the problem at 新发地; 凭祥 the origin"),
    ("从珲春拉海鲜到沈阳，在沈阳的海鲜批发市场门口卸货被贴了条。",
     "辽宁/沈阳", "facility+places: the problem at a 沈阳 market (the city); 珲春 the origin"),
    ("从霍尔果斯返程的空车，在精河县的检查站被拦下查了两个小时，说是例行检查。",
     "新疆/博尔塔拉/精河县", "facility+places: the problem at a checkpoint in 精河, not at the port"),
    ("从二连浩特回来的空车，在乌兰察布集宁区的路口被交警罚款，说是闯禁行。",
     "内蒙古/乌兰察布/集宁区", "facility+places: the problem in 集宁区 (乌兰察布 holds 乌兰, not 乌兰县)"),
    ("从满洲里口岸出来往海拉尔走，在海拉尔区的加油站加油，油价比别处贵了一块多。",
     "内蒙古/呼伦贝尔/海拉尔区", "facility+places: the problem in 海拉尔区, not at the port"),
    ("从友谊关拉水果去南宁，在吴圩机场附近的治超站被罚了一千五。",
     "广西/南宁/江南区", "facility+places: 吴圩 in 江南区; 友谊关 the origin"),
    ("车从东兴口岸出来，在防城区的检查站又被扣了一个小时。",
     "广西/防城港/防城区", "facility+places: 防城区 (not 防城港's 港口区); 东兴 the origin"),
    ("从阳逻港拉箱子去孝感，孝感那边的工厂卸货时又收了一次卸车费。",
     "湖北/孝感", "facility+places: the problem at the destination 孝感 (the city)"),
    ("前湾港提的柜拉回潍坊，潍坊的一个堆场还箱乱收费。",
     "山东/潍坊", "facility+places: the problem at a 潍坊 depot (the city); 前湾 the origin"),
    ("洋山提的柜拉回苏州，苏州那边的仓库说没有预约不让进，车在门口停了一夜。",
     "江苏/苏州", "facility+places: the problem at a 苏州 warehouse (the city); 洋山 the origin"),
    ("从北仑港提柜去柯桥，柯桥轻纺城旁边的仓库门口排队排了三个小时。",
     "浙江/绍兴/柯桥区", "facility+places: the problem at 柯桥; 北仑 the origin"),
    ("盐田港提的柜拉到东莞长安的工厂，厂门口不让停车，只能在外面的路上等。",
     "广东/东莞", "facility+places: the problem in 东莞 (长安 is a town of 东莞, not 西安's 长安区)"),
    ("从海沧港区提柜拉到漳州，漳州那边的工厂卸货慢，压车费没人出。",
     "福建/漳州", "facility+places: the problem at the destination 漳州 (the city)"),
    ("甘A的车从兰州拉货到阿拉山口，在阿拉山口口岸的停车场被别的车剐了，停车场说不管。",
     "新疆/博尔塔拉/阿拉山口市", "facility+places: plate 甘A and 兰州 the origin"),
    ("我是宁夏的司机，在天津港排队提箱，港区的人说我们外省车要另外登记。",
     "天津/滨海新区", "facility+places: 宁夏 the driver's home"),
    ("黔A的冷链车在钦州港等船，冷机插电要另外收费，一晚上一百。",
     "广西/钦州/钦南区", "facility+places: plate 黔A (贵阳) the truck's home"),
    ("川A的冷链车在磨憨口岸排队出境，口岸的冷链查验通道只开半天。",
     "云南/西双版纳/勐腊县", "facility+places: plate 川A the truck's home"),
    ("赣B的车在盐田港被收了一笔码头操作费，说外地车都要交。",
     "广东/深圳/盐田区", "facility+places: plate 赣B (赣州) the truck's home"),
    ("桂A的水果车在凭祥的友谊关口岸排了两天，冷机坏了，南宁公司派人来修也进不去。",
     "广西/崇左/凭祥市", "facility+places: plate 桂A and the 南宁 firm are not the place"),
    ("从格尔木拉货进藏，到了那曲物流中心卸货，场内没有叉车，只能人工卸。",
     "西藏/那曲/色尼区", "facility+places: the problem at 那曲物流中心; 格尔木 the origin"),
    ("从贡嘎机场提的货拉到拉萨市区，在拉萨的一个仓库门口被收了进场费。",
     "西藏/拉萨", "facility+places: the problem in 拉萨 (the city); 贡嘎机场 only the origin"),
    ("从满洲里拉木材回大庆，在大庆的木材市场门口被收了两次停车费。",
     "黑龙江/大庆", "facility+places: the problem in 大庆 (the city); 满洲里 the origin"),
    ("从霍尔果斯进口的面粉拉到乌鲁木齐，乌鲁木齐的一个冷库门口不让卸货，说手续不全。",
     "新疆/乌鲁木齐", "facility+places: the problem at a 乌鲁木齐 store (the city)"),
    ("从二连浩特拉货到呼和浩特，在白塔机场附近的路口被查车扣了驾驶证。",
     "内蒙古/呼和浩特/赛罕区", "facility+places: near 白塔机场 in 赛罕区; 二连浩特 the origin"),

    # ── names that could be several places, nothing to settle them ────────────────────────
    ("西站出租车排队两个小时，有司机不打表，来电人要求处理。",
     None, "shared name: 西站 alone, several cities", {"ambiguous": ["北京/丰台区", "天津/红桥区"]}),
    ("南站那边网约车上客点被私家车占了，来电人说已经打过几次电话了。",
     None, "shared name: 南站 alone", {"phone": "13812345678", "ambiguous": ["北京/丰台区", "上海/徐汇区", "广东/广州/番禺区", "天津/西青区", "湖南/长沙/雨花区"]}),
    ("东站出租车排队区有人收钱插队，来电人要求查处。",
     None, "shared name: 东站 alone", {"ambiguous": ["浙江/杭州/上城区", "四川/成都/成华区"]}),
    ("新港码头提箱排了一天，集卡在港外乱停，来电人问能不能增开闸口。",
     None, "shared name: 新港 alone", {"ambiguous": ["天津/滨海新区", "辽宁/大连/旅顺口区", "山东/威海/荣成市"]}),
    ("朝阳站出站口网约车上客点太远，老人走不动。",
     None, "shared name: 朝阳站 alone", {"phone": "010-65123456", "ambiguous": ["北京/朝阳区", "辽宁/朝阳"]}),
    ("江北区那边的港口集装箱码头，集卡排队排到了大路上。",
     None, "shared name: 江北区 alone, both have river ports", {"ambiguous": ["重庆/江北区", "浙江/宁波/江北区"]}),
    ("普陀区的码头车辆上船秩序乱，来电人要求加强管理。",
     None, "shared name: 普陀区 alone", {"ambiguous": ["上海/普陀区", "浙江/舟山/普陀区"]}),
    ("东港那边的港口，拉矿的车排队进港排了一天。",
     None, "shared name: 东港 alone (a city and a district, both with a port)", {"phone": "0415-7123456", "ambiguous": ["辽宁/丹东/东港市", "山东/日照/东港区"]}),
    ("栖霞的物流园门口，大车晚上乱停，来电人要求清理。",
     None, "shared name: 栖霞 alone", {"ambiguous": ["江苏/南京/栖霞区", "山东/烟台/栖霞市"]}),
    ("海城的物流园区里面道路坑洼，货车进出颠坏了货。",
     None, "shared name: 海城 alone", {"ambiguous": ["辽宁/鞍山/海城市", "广西/北海/海城区"]}),
    ("白云区的物流园，大车晚上占道，居民投诉噪音。",
     None, "shared name: 白云区 alone", {"phone": "020-86123456", "ambiguous": ["广东/广州/白云区", "贵州/贵阳/白云区"]}),
    ("铁西区的铁路货场，装卸车辆把路压坏了。",
     None, "shared name: 铁西区 alone", {"ambiguous": ["辽宁/沈阳/铁西区", "辽宁/鞍山/铁西区", "吉林/四平/铁西区"]}),
    ("新华区的货运站门口大车乱停，来电人要求整治。",
     None, "shared name: 新华区 alone", {"ambiguous": ["河北/石家庄/新华区", "河北/沧州/新华区", "河南/平顶山/新华区"]}),
    ("南山区的物流园进出口只有一个，早上堵得走不动。",
     None, "shared name: 南山区 alone", {"ambiguous": ["广东/深圳/南山区", "黑龙江/鹤岗/南山区"]}),
    ("通州区的物流园半夜装卸，噪音太大。",
     None, "shared name: 通州区 alone", {"phone": "0513-86123456", "ambiguous": ["北京/通州区", "江苏/南通/通州区"]}),
    ("河口那边的口岸，货车排队排了两天。",
     None, "shared name: 河口 alone (a county with a land port, a district with a seaport)", {"ambiguous": ["云南/红河/河口瑶族自治县", "山东/东营/河口区"]}),
    ("东兴那边的货运站，装车收费不开票。",
     None, "shared name: 东兴 alone", {"ambiguous": ["广西/防城港/东兴市", "四川/内江/东兴区"]}),
    ("长安区的物流园门口，大车晚上不开灯停在路边。",
     None, "shared name: 长安区 alone", {"ambiguous": ["河北/石家庄/长安区", "陕西/西安/长安区"]}),

    # ── no place or across provinces ──────────────────────────────────────────────────────
    ("黄骅港到朔州的运煤专线上，治超站一个接一个，每个都要过磅。",
     None, "facility+places: a line across provinces, no problem place"),
    ("中欧班列全国的运价最近是不是都涨了？有没有统一的公示？",
     None, "control: national, no place"),
    ("东北的几个陆路口岸冬季通关时间是不是都调整了？",
     None, "control: a macro-region, no single province"),
    ("货运平台上接的单，到了港口发现是假单，平台也不给赔，港口在哪我都不想说了。",
     None, "control: no place named"),
    ("国际道路运输许可证现在在哪里办？我们想跑中亚线。",
     None, "control: national policy; 中亚 abroad"),
    ("东方海外的订舱系统这两天登录不上，提不了柜，我们的车都在等。",
     None, "control: 东方 in a shipping line's name, not 海南's 东方市; no place"),
    ("云南白药的货在运输途中丢了一箱，物流公司推给港口，港口推给船公司。",
     None, "control: 云南 in a brand, no place of the problem"),
    ("东风天龙的车，车上拉着解放的配件，半路爆胎了，在哪我也说不清，就在高速上。",
     None, "control: 东风 and 解放 truck brands (佳木斯 has a 东风区, 焦作 a 解放区); no place"),
]


def main() -> None:
    write_jsonl(build_rows(HELDOUT34, "heldout34", "k"), "place_heldout34.jsonl")


if __name__ == "__main__":
    main()
