"""The pure streaming core: topics, surge crossings, durable state, titles."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from hotline.hotspots.stream import CaseIn, Params, StreamDetector, Topic, anchors_of, region_key
from hotline.hotspots.title import incident_title

T0 = datetime(2022, 4, 22, 2, 0, tzinfo=timezone.utc)
XIAOGAN_NORTH = [
    "在京港澳高速孝感北收费站被劝返了 说外地车一律不让下高速",
    "投诉孝感北收费站一刀切劝返外地货车",
    "师傅 孝感北收费站不让下 让掉头回去 绿码也不行",
    "拉着蔬菜到孝感北收费站不让进，直接劝返",
    "来电人反映：孝感北收费站劝返外省货车，请核实处理。",
    "孝感北收费站还在劝返，货要坏了",
]


def case(i, text, minutes, region="420902", category="control.turnback", landmark=None):
    return CaseIn(id=i, at=T0 + timedelta(minutes=minutes), category=category, title=text, region=region,
                  landmark=landmark)


def test_anchor_names_are_cleaned_of_cue_words_and_generic_places():
    assert anchors_of("投诉孝感北收费站不让下高速") == ("孝感北收费站",)
    assert anchors_of("这个收费站不让走") == ()
    assert anchors_of("郑州绕城高速圃田服务区关闭了") == ("圃田服务区",)
    assert anchors_of("在汉口火车站打不到车") == ("汉口火车站",)
    assert anchors_of("不让下高速", landmark=" 孝感北收费站 ") == ("孝感北收费站",)


def test_region_key_is_the_prefecture():
    assert region_key("420902") == "420900"  # 孝南区 → 孝感市
    assert region_key("420900") == "420900"
    assert region_key("420000") == "420000"
    assert region_key(None) == "000000"


def test_different_stories_at_one_toll_station_are_one_topic_and_the_fifth_opens_an_incident():
    d = StreamDetector()
    outs = [d.observe(case(i, t, 8 * i)) for i, t in enumerate(XIAOGAN_NORTH[:5])]
    assert len({o.topic.key for o in outs}) == 1
    assert outs[0].topic.key == "420900|control.turnback|@孝感北收费站"
    assert [o.open_incident for o in outs] == [False, False, False, False, True]
    assert outs[-1].members == [0, 1, 2, 3, 4]
    assert outs[-1].decision.count == 5
    # the caller opens incident 77; the next case of the topic joins it, nothing new is opened
    outs[-1].topic.incident = 77
    nxt = d.observe(case(5, XIAOGAN_NORTH[5], 45))
    assert nxt.join_incident == 77 and not nxt.open_incident


def test_a_longer_name_of_a_known_station_joins_it():
    d = StreamDetector()
    first = d.observe(case(1, "孝感北收费站劝返", 0))
    other = d.observe(case(2, "湖北孝感北收费站一刀切劝返外地车", 5))
    assert other.topic is first.topic


def test_spread_out_cases_do_not_surge():
    d = StreamDetector()
    outs = [d.observe(case(i, XIAOGAN_NORTH[i % 6], 70 * i)) for i in range(10)]  # one every 70 minutes
    assert not any(o.open_incident for o in outs)
    assert max(o.decision.count for o in outs) == 1


def test_category_and_region_separate_topics():
    d = StreamDetector()
    a = d.observe(case(1, XIAOGAN_NORTH[0], 0))
    b = d.observe(case(2, XIAOGAN_NORTH[1], 1, category="highway.toll"))
    c = d.observe(case(3, XIAOGAN_NORTH[2], 2, region="420100"))
    e = d.observe(case(4, XIAOGAN_NORTH[3], 3, region="420900"))  # city code: same prefecture as 420902
    assert len({a.topic.key, b.topic.key, c.topic.key}) == 3
    assert e.topic is a.topic


def test_texts_without_a_place_join_by_similarity_only():
    d = StreamDetector()
    a = d.observe(case(1, "12328热线一直打不通，打了一上午都没人接", 0, category="other"))
    b = d.observe(case(2, "12328热线一直打不通 打了一上午没人接啊", 5, category="other"))
    c = d.observe(case(3, "驾驶证换证网上办理不了", 6, category="other"))
    assert b.topic is a.topic and b.similarity is not None and b.similarity >= Params().similarity
    assert c.topic is not a.topic and c.new_topic


def test_state_survives_a_round_trip_through_json():
    """A detector rebuilt from stored topics decides exactly like one that never stopped."""
    texts = XIAOGAN_NORTH * 2
    straight = StreamDetector()
    expected = [straight.observe(case(i, t, 6 * i)) for i, t in enumerate(texts)]

    first = StreamDetector()
    got = []
    for i, t in enumerate(texts):
        out = first.observe(case(i, t, 6 * i))
        got.append(out)
        # store and reload every topic after each case, as the database consumer does per step
        stored = [(tp.key, tp.region, tp.category, tp.anchor, tp.first_at, tp.last_at, tp.count, tp.to_json())
                  for tp in first.topics.values()]
        first = StreamDetector(topics=[Topic.from_json(key=k, region=r, category=c, anchor=a, first_at=f, last_at=la,
                                                       count=n, state=s) for k, r, c, a, f, la, n, s in stored])
    assert [(o.decision.count, round(o.decision.expected, 9), o.decision.crossed) for o in got] == \
        [(o.decision.count, round(o.decision.expected, 9), o.decision.crossed) for o in expected]
    assert any(o.decision.crossed for o in got)


def test_sweep_forgets_silent_topics_but_not_surging_ones():
    d = StreamDetector(Params(topic_ttl=timedelta(days=1)))
    quiet = d.observe(case(1, "驾驶证换证网上办理不了", 0, category="other")).topic
    for i, t in enumerate(XIAOGAN_NORTH[:5]):
        hot = d.observe(case(10 + i, t, i)).topic
    assert hot.surge.in_surge
    assert d.sweep(T0 + timedelta(days=2)) == 1
    assert quiet.key not in d.topics and hot.key in d.topics


def test_title_has_the_place_and_the_shared_words():
    title, words = incident_title("420900", "孝感北收费站", XIAOGAN_NORTH, fallback="一刀切劝返")
    assert title.startswith("湖北省孝感市 孝感北收费站：")
    assert "劝返" in words
    assert "孝感" not in "".join(words)  # the place is not repeated as a word
    assert incident_title(None, None, ["a", "b"], fallback="其他")[0] == "其他"


def test_text_similarity_is_the_duplicate_detectors_similarity():
    from hotline.hotspots.stream import text_similarity
    from hotline.text.duplicates import shingles, similarity

    texts = XIAOGAN_NORTH + ["12328热线一直打不通", "12328热线打不通", "", "驾驶证换证网上办理不了，跑了三趟都没办成"]
    for a in texts:
        for b in texts:
            sa, sb = frozenset(shingles(a)), frozenset(shingles(b))
            assert abs(text_similarity(sa, sb) - similarity(sa, sb)) < 1e-12


def test_a_topic_held_by_wording_alone_needs_eight_cases():
    d = StreamDetector()
    texts = ["12328热线一直打不通，打了一上午都没人接", "12328热线一直打不通 打了一上午没人接啊",
             "12328热线一直打不通，一上午都没人接", "喂 12328热线一直打不通 打了一上午都没人接"]
    outs = [d.observe(case(i, texts[i % 4], 3 * i, category="other")) for i in range(9)]
    assert len({o.topic.key for o in outs}) == 1 and outs[0].topic.anchor is None
    assert [i for i, o in enumerate(outs) if o.open_incident] == [7]  # the 8th case, not the 5th
    assert d.rule_for(outs[0].topic).min_count == 8
