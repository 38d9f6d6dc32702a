"""Source of the GPS → county test set (gps_testset.jsonl).

Written by hand on 2026-11-28, before `locate_point` existed or was run: well-known places whose
position (rounded, from memory of their map position, good to about 1 km) and county are known,
chosen away from county seats so that the nearest-seat method is really tested — city centres,
landmarks, airports (首都机场 is an exclave of 朝阳区 inside 顺义: a known hard case), border towns,
and points at sea or abroad (expected: no code). Each line: {"id", "lat", "lng", "expected" (code or
null), "note"}. Regenerate with `.venv/bin/python -m hotline.text.data.gps_testset_source`.
"""

from __future__ import annotations

from hotline.text.data.place_testset_source import _resolve, write_jsonl

# (lat, lng, "province/city/county" or None, note)
POINTS: list[tuple[float, float, str | None, str]] = [
    (30.92, 113.92, "湖北/孝感/孝南区", "孝感 city centre"),
    (39.9087, 116.3975, "北京/北京/东城区", "天安门"),
    (39.9215, 116.4435, "北京/北京/朝阳区", "北京 朝阳 工体/三里屯"),
    (43.824, 125.280, "吉林/长春/朝阳区", "长春 吉林大学前卫校区"),
    (31.240, 121.490, "上海/上海/黄浦区", "外滩"),
    (23.1066, 113.3245, "广东/广州/海珠区", "广州塔"),
    (30.5447, 114.3022, "湖北/武汉/武昌区", "黄鹤楼"),
    (30.259, 120.151, "浙江/杭州/西湖区", "西湖 断桥"),
    (29.557, 106.577, "重庆/重庆/渝中区", "解放碑"),
    (22.534, 113.973, "广东/深圳/南山区", "世界之窗"),
    (24.447, 118.067, "福建/厦门/思明区", "鼓浪屿"),
    (29.6578, 91.1172, "西藏/拉萨/城关区", "布达拉宫"),
    (45.773, 126.617, "黑龙江/哈尔滨/道里区", "中央大街"),
    (36.060, 120.320, "山东/青岛/市南区", "栈桥"),
    (38.878, 121.585, "辽宁/大连/沙河口区", "星海广场"),
    (18.293, 109.350, "海南/三亚/天涯区", "天涯海角"),
    (25.268, 110.296, "广西/桂林/象山区", "象鼻山"),
    (29.050, 110.480, "湖南/张家界/永定区", "天门山"),
    (30.130, 118.170, "安徽/黄山/黄山区", "黄山风景区"),
    (36.256, 117.101, "山东/泰安/泰山区", "泰山 玉皇顶"),
    (40.042, 94.809, "甘肃/酒泉/敦煌", "莫高窟"),
    (39.470, 75.990, "新疆/喀什/喀什市", "喀什古城 (path fixed after the first run: 新疆/喀什/喀什 resolved to the prefecture)"),
    (39.510, 116.410, "北京/北京/大兴区", "大兴机场航站楼"),
    (40.080, 116.590, "北京/北京/朝阳区", "首都机场: an exclave of 朝阳区 inside 顺义"),
    (34.2170, 108.9640, "陕西/西安/雁塔区", "大雁塔"),
    (32.060, 118.800, "江苏/南京/玄武区", "南京 玄武湖"),
    (22.270, 113.570, "广东/珠海/香洲区", "珠海 情侣路"),
    (21.700, 108.600, "广西/钦州", "钦州港 (coordinate fixed after the first run: 21.68, 108.35 is 防城港's port, not 钦州港)"),
    (49.590, 117.430, "内蒙古/呼伦贝尔/满洲里", "满洲里"),
    (42.860, 130.360, "吉林/延边/珲春", "珲春"),
    (24.010, 97.850, "云南/德宏/瑞丽", "瑞丽"),
    (30.500, 125.500, None, "East China Sea"),
    (38.500, 120.500, None, "Bohai Sea"),
    (37.560, 126.970, None, "Seoul"),
    (21.030, 105.850, None, "Hanoi"),
    (35.680, 139.760, None, "Tokyo"),
]


def build() -> list[dict]:
    return [{"id": f"g{n:03d}", "lat": lat, "lng": lng, "expected": _resolve(path) if path else None, "note": note}
            for n, (lat, lng, path, note) in enumerate(POINTS, 1)]


def main() -> None:
    write_jsonl(build(), "gps_testset.jsonl")


if __name__ == "__main__":
    main()
