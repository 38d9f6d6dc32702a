"""Source of the third held-out place set (place_heldout3.jsonl).

Written by hand in one sitting on 2026-11-28, before `locate` was run on any of it, and committed
before its first score (so the commit history shows the messages and expected codes as they were
when first scored). bench_text_place reports it apart; any rule changed after its first score is
listed in docs/text.md, and from then on this set is development data, not unseen text.

Coverage: all 31 provinces (four or more messages each) in the voices of drivers, dispatchers and
operators, and on purpose the hard cases:
- names shared by several counties (鼓楼区, 新华区, 桥西区, 和平区, 通州区, 龙华区, 南沙区) with and
  without the context that settles them;
- expressways with toll stations and service areas, ports, railway stations and airports whose
  names are not (or mislead to) their county: 江北机场 is in 渝北区, 西安咸阳机场 in 咸阳, 广州南站 in
  番禺区, 虹桥站 in 闵行区;
- plate prefixes and landline area codes (in the text, or as the caller's number in "phone"), which
  are where the truck or the caller is from — never proof of where the problem is;
- words that contain place names but are not places (长安/东风/解放/红旗 vehicles, 宁波银行, 兰州拉面,
  沙县小吃, 北京现代, 青岛啤酒 …);
- messages with an origin, a destination and a third place where the problem happened;
- old names still in use (襄樊, 开县).

Expected regions follow docs/text.md: where the problem happens, not the origin nor where the
caller or the truck is registered; the most specific division I know to be right (a station, port
or airport counts for the county it lies in when I know it); a name that stays ambiguous, or a
message naming no place, has no code (null).

Regenerate with `.venv/bin/python -m hotline.text.data.place_heldout3_source` (deterministic).
"""

from __future__ import annotations

from hotline.text.data.place_testset_source import _resolve, write_jsonl

# (message, "province/city/county" path of the expected region or None, note[, caller's phone])
HELDOUT3: list[tuple] = [
    # 北京
    ("师傅我在京藏高速昌平西关收费站，说没有进京证不让进", "北京/北京/昌平区", "toll station named after district"),
    ("来电人反映：其于首都机场T3航站楼打车，出租车司机拒绝打表。", "北京/北京/朝阳区", "首都机场 is an exclave of 朝阳区 inside 顺义"),
    ("开北京现代的网约车司机在石家庄绕路多收费", "河北/石家庄", "北京现代 is a car brand"),
    ("大兴机场大巴晚上十点以后就没了，旅客都滞留了", "北京/北京/大兴区", "airport named after district"),
    ("通州区的检查站不让过，说要48小时核酸", None, "通州区: 北京 or 南通, no context"),
    # 天津
    ("天津港集装箱码头排队排了十几个小时，滨海新区这边也没人管", "天津/天津/滨海新区", "port + district"),
    ("和平区的出租车不打表", None, "和平区: 天津 or 沈阳"),
    ("我在天津和平区下的车，司机多收了五十", "天津/天津/和平区", "和平区 with its city"),
    ("津A的车在武清区被贴了罚单", "天津/天津/武清区", "plate agrees"),
    ("冀B的货车在天津静海卡口被劝返", "天津/天津/静海区", "plate from 唐山, problem in 静海"),
    # 河北
    ("从唐山曹妃甸港拉矿石到邯郸武安，在邢台服务区被查超载", "河北/邢台", "origin, destination, problem place"),
    ("石家庄新华区的公交车一直不来", "河北/石家庄/新华区", "新华区 with city"),
    ("黄骅港的散货车把路都压坏了", "河北/沧州/黄骅市", "port named after county-level city"),
    ("桥西区那边的公交站牌写错了", None, "桥西区: 石家庄 or 张家口"),
    ("张家口桥西区的出租车不打表", "河北/张家口/桥西区", "桥西区 with city"),
    # 山西
    ("在大运高速晋城收费站被要求卸货检查", "山西/晋城", "toll station"),
    ("太原南站出站口的黑车拉客", "山西/太原/小店区",
     "station: 太原南站 lies in 小店区 (refined after held-out 56 from the city, as 哈尔滨西站 was)"),
    ("晋A的车在运城盐湖区被扣了", "山西/运城/盐湖区", "plate from 太原"),
    ("来电人反映：其车辆在二广高速长治段被路政扣押，要求缴纳高额费用。", "山西/长治", "expressway section"),
    ("吕梁临县的班车停运了一个礼拜", "山西/吕梁/临县", "one-character county 临县"),
    # 内蒙古
    ("满洲里口岸进出的货车排了三公里", "内蒙古/呼伦贝尔/满洲里", "border port"),
    ("我是蒙K的车，在鄂尔多斯东胜区被查", "内蒙古/鄂尔多斯/东胜区", "plate + district"),
    ("二连浩特的蒙古国货车司机都在外面住", "内蒙古/锡林郭勒/二连浩特", "border city"),
    ("包头到呼和浩特的班车取消了，在包头东站退票还要手续费", "内蒙古/包头", "route + station"),
    ("乌海的拉煤车在G6京藏高速上排队", "内蒙古/乌海", "city + expressway"),
    # 辽宁
    ("沈阳和平区的出租车拒载", "辽宁/沈阳/和平区", "和平区 with city"),
    ("营口鲅鱼圈港拉货的车压在港区外面", "辽宁/营口/鲅鱼圈区", "port in district"),
    ("大连周水子机场出租车排队太乱", "辽宁/大连/甘井子区", "airport → 甘井子区"),
    ("沈海高速丹东段东港收费站不让出", "辽宁/丹东/东港", "toll station named after county-level city"),
    ("我是辽A的车，现在在锦州被查", "辽宁/锦州", "plate from 沈阳"),
    # 吉林
    ("吉林市的出租车起步价多少", "吉林/吉林市", "吉林市 the city (path fixed after the first score: 吉林/吉林 resolved to the province)"),
    ("吉林这边的高速现在能走吗", "吉林", "吉林 alone: the province"),
    ("珲春口岸过来的海鲜车在延吉被拦下", "吉林/延边/延吉", "origin port, problem in 延吉"),
    ("长春朝阳区的网约车司机态度恶劣", "吉林/长春/朝阳区", "朝阳区 with city"),
    ("在长白山机场打车，司机要两百", "吉林/白山/抚松县", "长白山机场 is in 抚松县; 长白山 is a mountain, not 长白县"),
    # 黑龙江
    ("绥芬河口岸的俄罗斯货车排队到市区", "黑龙江/牡丹江/绥芬河", "border port"),
    ("哈尔滨西站的网约车停车场收费太贵", "黑龙江/哈尔滨/南岗区",
     "station: 哈尔滨西站 lies in 南岗区 (refined after held-out 38 from the city, as set 2's stations were)"),
    ("黑A的车在大庆让胡路区被罚", "黑龙江/大庆/让胡路区", "plate + district"),
    ("佳木斯到鹤岗的客车取消了，鹤岗客运站也不退票", "黑龙江/鹤岗", "route + station at destination"),
    ("来电人称在鹤大高速牡丹江服务区车辆被盗", "黑龙江/牡丹江", "service area named after city"),
    # 上海
    ("上海虹桥站出租车上客点排队两个小时", "上海/上海/闵行区", "虹桥站 is in 闵行区"),
    ("浦东机场的行李被摔坏了，航空公司不管", "上海/上海/浦东新区", "airport named after district"),
    ("普陀区的公交车站牌被撞倒了", None, "普陀区: 上海 or 舟山"),
    ("沪C的车在嘉定区被交警拦了", "上海/上海/嘉定区", "plate + district"),
    ("上海吴淞口邮轮码头打不到车", "上海/上海/宝山区", "cruise terminal in 宝山区"),
    # 江苏
    ("南京南站的出租车绕路", "江苏/南京/雨花台区", "南京南站 is in 雨花台区"),
    ("鼓楼区的路口信号灯坏了", None, "鼓楼区: 南京, 徐州, 开封, 福州"),
    ("徐州鼓楼区的快递点三天没派件", "江苏/徐州/鼓楼区", "鼓楼区 with city"),
    ("南通通州区的渣土车晚上乱开", "江苏/南通/通州区", "通州区 with city"),
    ("张家港保税区的货车进不去", "江苏/苏州/张家港", "county-level city"),
    ("苏州到无锡的城际公交太慢，在硕放机场站还要换乘", "江苏/无锡/新吴区", "硕放机场 is in 新吴区"),
    # 浙江
    ("宁波舟山港北仑港区的集卡司机被乱罚款", "浙江/宁波/北仑区", "port area named after district"),
    ("我的宁波银行ETC卡扣费扣了两次", None, "宁波银行 is a bank"),
    ("杭州东站出租车不打表", "浙江/杭州/上城区", "杭州东站 is in 上城区 (formerly 江干区)"),
    ("舟山普陀区的轮渡停航了也不通知", "浙江/舟山/普陀区", "普陀区 with city"),
    ("义乌的快递园区堵了一天", "浙江/金华/义乌", "county-level city"),
    ("浙A的车从杭州出发，到了衢州龙游被劝返", "浙江/衢州/龙游县", "plate, origin, problem place"),
    # 安徽
    ("合肥新桥机场的大巴停运了", "安徽/合肥", "airport in 合肥"),
    ("巢湖这边的渣土车把路压坏了", "安徽/合肥/巢湖", "county-level city 巢湖"),
    ("黄山的景区大巴说不让外地车进", "安徽/黄山", "黄山 the city"),
    ("皖K的车在阜阳颍州区被扣", "安徽/阜阳/颍州区", "plate agrees"),
    ("沪陕高速六安段有个服务区不给加油", "安徽/六安", "expressway section"),
    # 福建
    ("沙县小吃店门口乱停的网约车", None, "沙县小吃 is food, not a place"),
    ("在福州鼓楼区的沙县小吃门口被贴了罚单", "福建/福州/鼓楼区", "鼓楼区 with city; food brand too"),
    ("厦门高崎机场的出租车拒载短途", "福建/厦门/湖里区", "airport in 湖里区"),
    ("三明沙县区的班车不按时发车", "福建/三明/沙县区", "沙县区 the district"),
    ("闽D的车在漳州龙海被查", "福建/漳州/龙海区", "plate from 厦门, problem in 龙海"),
    ("厦门港海沧港区的集卡排队进不去", "福建/厦门/海沧区", "port area named after district"),
    # 江西
    ("南昌昌北机场打车太难", "江西/南昌", "airport in 南昌"),
    ("赣州到瑞金的客车司机超载", "江西/赣州", "route inside 赣州 (瑞金 is in 赣州)"),
    ("在沪昆高速宜春段被交警罚了两百", "江西/宜春", "expressway section"),
    ("抚州的出租车不打表", "江西/抚州", "抚州 not 福州"),
    ("九江长江大桥堵了四个小时", "江西/九江", "bridge named after the river"),
    # 山东
    ("拉青岛啤酒的货车在济南绕城高速上被查", "山东/济南", "青岛啤酒 is a brand"),
    ("青岛港前湾港区的集卡司机没地方吃饭", "山东/青岛/黄岛区", "前湾 port area is in 黄岛区"),
    ("莱芜的路上全是大货车，晚上也不限行", "山东/济南/莱芜区", "莱芜 is now a district of 济南"),
    ("鲁Q的车在临沂兰山区被罚款", "山东/临沂/兰山区", "plate agrees"),
    ("日照港拉矿石的车把路面压坏了", "山东/日照", "port named after city"),
    ("泰山景区的观光车太贵", "山东/泰安", "泰山 is in 泰安; 泰山区 is its district"),
    # 河南
    ("郑州东站出租车乱收费", "河南/郑州", "station named after city; relabelled 2026-11-28 to 金水区 (郑东新区), back to the city after held-out 41: sources disagree on its district, and sets 34 and 41, written blind, expect the city"),
    ("新郑机场的大巴两个小时一班", "河南/郑州/新郑", "airport named after county-level city"),
    ("平顶山新华区的公交车司机骂人", "河南/平顶山/新华区", "新华区 with city"),
    ("新华区的出租车不打表", None, "新华区: 石家庄, 沧州, 平顶山"),
    ("从郑州拉货去武汉，在驻马店服务区车被偷了油", "河南/驻马店", "origin, destination, problem place"),
    ("开封鼓楼区的路灯坏了好几天", "河南/开封/鼓楼区", "鼓楼区 with city"),
    # 湖北
    ("武汉天河机场的网约车不让进", "湖北/武汉/黄陂区", "天河机场 is in 黄陂区"),
    ("襄樊那边的高速口现在查不查", "湖北/襄阳", "old name 襄樊 of 襄阳"),
    ("武汉站出站口的黑车拉客", "湖北/武汉/洪山区", "武汉站 is in 洪山区"),
    ("十堰丹江口的客船停航了", "湖北/十堰/丹江口", "county-level city"),
    ("鄂A的车在恩施州被拦了，说要隔离", "湖北/恩施", "plate from 武汉, problem in 恩施"),
    # 湖南
    ("长沙南站的出租车拒载", "湖南/长沙/雨花区", "长沙南站 is in 雨花区"),
    ("黄花机场大巴停运", "湖南/长沙/长沙县", "黄花机场 is in 长沙县"),
    ("京港澳高速耒阳收费站要求所有货车下站检查", "湖南/衡阳/耒阳", "toll station named after county-level city"),
    ("湘潭的公交车司机开车玩手机", "湖南/湘潭", "city"),
    ("凤凰古城的停车场乱收费", "湖南/湘西/凤凰县", "凤凰古城 is in 凤凰县"),
    # 广东
    ("广州南站的网约车上客点太远", "广东/广州/番禺区", "广州南站 is in 番禺区"),
    ("深圳北站出租车排队一个小时", "广东/深圳/龙华区", "深圳北站 is in 龙华区"),
    ("龙华区的渣土车晚上开得太快", None, "龙华区: 深圳 or 海口"),
    ("盐田港的拖车排队排到了盐排高速上", "广东/深圳/盐田区", "port named after district"),
    ("南沙港的集卡司机被收了停车费", "广东/广州/南沙区", "南沙 port; 南沙区 also in 三沙"),
    ("粤B的车在东莞虎门被罚了", "广东/东莞", "plate from 深圳, problem in 东莞 (虎门 is a town)"),
    ("湛江徐闻港过海排队排了一天", "广东/湛江/徐闻县", "port in 徐闻县"),
    ("顺丰在佛山顺德的仓库不让司机进", "广东/佛山/顺德区", "顺丰 is a courier; 顺德 is the place"),
    # 广西
    ("凭祥友谊关口岸的水果车排了两天", "广西/崇左/凭祥", "border port"),
    ("南宁吴圩机场打车太贵", "广西/南宁", "airport in 南宁"),
    ("防城港的港口不让散货车进", "广西/防城港", "防城港 is a city"),
    ("桂A的车在柳州被扣了", "广西/柳州", "plate from 南宁"),
    ("北海到涠洲岛的船票被黄牛炒高了", "广西/北海", "ferry"),
    # 海南
    ("海口秀英港过海的车排到了滨海大道", "海南/海口/秀英区", "port in 秀英区"),
    ("三亚凤凰机场的出租车不打表", "海南/三亚", "airport in 三亚 (凤凰 is also a county in 湘西)"),
    ("琼B的车在儋州被查", "海南/儋州", "plate + city"),
    ("海南这边的环岛高速在修路吗", "海南", "海南 alone: the province"),
    ("文昌的班车不按点走", "海南/文昌", "county-level city"),
    # 重庆
    ("重庆江北机场的网约车乱收费", "重庆/重庆/渝北区", "江北机场 is in 渝北区"),
    ("开县那边的路塌了，车过不去", "重庆/重庆/开州区", "old name 开县 of 开州区"),
    ("江北区的公交车开得太快", None, "江北区: 重庆 or 宁波"),
    ("吃重庆小面的时候车被贴了条，在成都武侯区", "四川/成都/武侯区", "重庆小面 is food"),
    ("渝B的车在万州被拦下", "重庆/重庆/万州区", "plate + district"),
    # 四川
    ("成都东站的出租车不打表", "四川/成都/成华区", "成都东站 is in 成华区"),
    ("成都天府机场的大巴太少", "四川/成都/简阳", "天府机场 is in 简阳"),
    ("峨眉山景区的观光车不让上", "四川/乐山/峨眉山", "峨眉山 the county-level city"),
    ("川A的车在雅安被劝返，说318国道封了", "四川/雅安", "plate + city"),
    ("双流机场的网约车司机被罚款", "四川/成都/双流区", "airport named after district"),
    # 贵州
    ("贵阳龙洞堡机场出租车乱收费", "贵州/贵阳/南明区",
     "airport in 南明区 (label changed after held-out 9 from 贵阳: sets 5, 6, 7 and 9 name the district)"),
    ("贵阳白云区的渣土车把路压坏了", "贵州/贵阳/白云区", "白云区 with city"),
    ("铜仁的班车一天只有一趟", "贵州/铜仁", "铜仁 not 铜川 or 铜陵"),
    ("黔南州都匀的出租车拒载", "贵州/黔南/都匀", "prefecture + county-level city"),
    ("沪昆高速贵州段有个服务区厕所太脏", "贵州", "expressway section, province"),
    # 云南
    ("昆明长水机场的网约车不让停", "云南/昆明/官渡区", "长水机场 is in 官渡区"),
    ("瑞丽口岸的货车排了三天", "云南/德宏/瑞丽", "border port"),
    ("卖普洱茶的货车司机在大理被罚", "云南/大理", "普洱茶 is tea"),
    ("西双版纳景洪的出租车不打表", "云南/西双版纳/景洪", "prefecture + city"),
    ("香格里拉的班车停运了", "云南/迪庆/香格里拉", "county-level city"),
    # 西藏
    ("拉萨城关区的出租车拒载", "西藏/拉萨/城关区", "城关区 with city"),
    ("城关区的交警乱罚款", None, "城关区: 拉萨 or 兰州"),
    ("318国道林芝段塌方了，车都堵着", "西藏/林芝", "national road section"),
    ("藏A的车在日喀则被查", "西藏/日喀则", "plate + city"),
    ("那曲到拉萨的客车在当雄被拦下", "西藏/拉萨/当雄县", "route, problem in 当雄"),
    # 陕西
    ("西安咸阳机场的大巴停运了", "陕西/咸阳/渭城区", "the airport is in 咸阳's 渭城区, named after 西安 too"),
    ("西安北站的出租车不打表", "陕西/西安/未央区", "西安北站 is in 未央区"),
    ("铜川的拉煤车超载", "陕西/铜川", "铜川 not 铜仁"),
    ("陕A的车在榆林神木被罚款", "陕西/榆林/神木", "plate from 西安, problem in 神木"),
    ("在包茂高速延安段被交警拦了", "陕西/延安", "expressway section"),
    ("延安路上的公交车站牌倒了", None, "延安路 is a street"),
    # 甘肃
    ("兰州中川机场的大巴太少", "甘肃/兰州", "airport in 兰州"),
    ("在深圳开兰州拉面的老乡说车被拖走了", "广东/深圳", "兰州拉面 is food"),
    ("兰州城关区的出租车不打表", "甘肃/兰州/城关区", "城关区 with city"),
    ("连霍高速酒泉段有没有服务区开着", "甘肃/酒泉", "expressway section"),
    ("甘A的车在天水被查", "甘肃/天水", "plate + city"),
    # 青海
    ("海南州共和县的检查站不让过", "青海/海南/共和县", "海南州 is in 青海"),
    ("西宁曹家堡机场打车难", "青海/海东", "曹家堡机场 serves 西宁 but lies in 海东"),
    ("格尔木到拉萨的客车停了", None, "a route across two provinces, no problem place"),
    ("青A的车在海东被罚款", "青海/海东", "plate + city"),
    ("青海湖边上的停车场乱收费", "青海", "青海湖 is a lake; the province is named"),
    # 宁夏
    ("银川河东机场的大巴晚点", "宁夏/银川", "airport in 银川"),
    ("宁A的车在中卫沙坡头区被拦了", "宁夏/中卫/沙坡头区", "plate + district"),
    ("石嘴山的拉煤车把路压坏了", "宁夏/石嘴山", "city"),
    ("固原到西吉的班车停运", "宁夏/固原", "route inside 固原"),
    # 新疆
    ("霍尔果斯口岸的货车排了五公里", "新疆/伊犁/霍尔果斯", "border port"),
    ("乌鲁木齐地窝堡机场的出租车拒载", "新疆/乌鲁木齐", "airport in 乌鲁木齐"),
    ("克拉玛依独山子区的加油站不给加油", "新疆/克拉玛依/独山子区", "district"),
    ("石河子的检查站要求登记", "新疆/石河子", "county-level city under the region"),
    ("新A的车在吐鲁番被查", "新疆/吐鲁番", "plate + city"),
    # no single region / not places
    ("我开的是长安之星，油耗太高了，想问问怎么投诉", None, "长安 is a car brand"),
    ("东风天龙的车在服务区被偷了油", None, "东风 is a truck brand, no place"),
    ("解放J6的司机都在群里说高速收费太贵", None, "解放 is a truck brand"),
    ("红旗轿车网约车司机不打表", None, "红旗 is a car brand"),
    ("我是豫A的车，被罚了两百，想问问怎么申诉", None, "plate only: where the truck is from", "0371-66668888"),
    ("司机电话是0898开头的，他说在高速上被查了", None, "area code in the text is not a place"),
    ("华东地区的快递都停了吗", None, "macro-region"),
    ("中山路和人民路口的红绿灯坏了", None, "streets"),
    ("高速上的服务区都没有热水", None, "no place"),
    ("中国邮政的快递丢了", None, "中国 is not a region of the table"),
    ("我想问问从广州到长沙的大巴票价", None, "a question about a route, no problem place", "020-88886666"),
    ("朝阳区的检查站不让过，我是京A的车", None, "朝阳区: 北京 or 长春; a plate does not settle it"),
    ("朝阳区的检查站不让过，我是吉A的车", None, "朝阳区: 北京 or 长春; a plate does not settle it"),
]


def build_rows(items: list[tuple], split: str, prefix: str) -> list[dict]:
    rows = []
    for n, item in enumerate(items, 1):
        text, path, note = item[:3]
        # a path (湖北/孝感) or, where a path cannot name it (吉林/吉林 reads as the province), a code
        expected = None if not path else (path if path.isdigit() else _resolve(path))
        row = {"id": f"{prefix}{n:03d}", "text": text, "expected": expected, "note": note, "split": split}
        # the 4th item: the caller's number, or {"phone": …, "ambiguous": [paths the name could mean]}
        extras = item[3] if len(item) > 3 else {}
        if isinstance(extras, str):
            extras = {"phone": extras}
        if "phone" in extras:
            row["phone"] = extras["phone"]
        if "ambiguous" in extras:
            row["ambiguous"] = [_resolve(p) for p in extras["ambiguous"]]
        rows.append(row)
    return rows


def main() -> None:
    write_jsonl(build_rows(HELDOUT3, "heldout3", "t"), "place_heldout3.jsonl")


if __name__ == "__main__":
    main()
