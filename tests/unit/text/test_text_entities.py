from hotline.text.entities import extract
from hotline.text.urgency import assess


def test_roads_stations_plates_phones():
    e = extract("G4京港澳高速孝感北收费站被拦，车牌豫A12345，电话13812345678，座机0712-2345678，打12328没人接")
    assert e["roads"] == ["G4", "京港澳高速"]
    assert e["toll_stations"] == ["孝感北收费站"]
    assert e["plates"] == ["豫A12345"]
    nums = {p["number"]: p["kind"] for p in e["phones"]}
    assert nums == {"13812345678": "mobile", "0712-2345678": "landline", "12328": "service"}


def test_service_area_and_checkpoint():
    e = extract("连霍高速星星峡检查站排队，四平服务区关了")
    assert e["checkpoints"] == ["星星峡检查站"]
    assert e["service_areas"] == ["四平服务区"]


def test_urgency_reasons():
    r = assess("被劝返了，车上是生鲜，两天没吃没喝")
    assert r["urgent"]
    assert {x["code"] for x in r["reasons"]} == {"no_food_water", "perishable"}
    assert r["waited"] == "两天"


def test_not_urgent():
    assert not assess("请问通行证怎么办理")["urgent"]
    assert not assess("我没有被困，只是问问")["urgent"]
    assert not assess("我拉的是蔬菜，想问绿色通道政策")["urgent"]  # perishable but not held up
