import json

from hotline.text import analyze
from hotline.text.duplicates import DuplicateIndex, find_duplicates


def test_full_analysis_is_json_and_reads_the_message():
    r = analyze("师傅你好，我从郑州拉了一车蔬菜，在京港澳高速孝感北收费站被劝返，两天没吃饭了，车牌豫A12345",
                phone="13812345678")
    json.dumps(r)
    assert r["region"]["code"] == "420900"
    assert r["category"] == "control.turnback"
    assert r["type"] == "help"
    assert r["urgent"] is True
    assert len(r["categories"]) == 3 and r["categories"][0]["confidence"] >= r["categories"][1]["confidence"]
    assert r["plates"] == ["豫A12345"] and r["toll_stations"] == ["孝感北收费站"]


def test_types():
    assert analyze("请问去西安需要办理通行证吗？")["type"] == "consult"
    assert analyze("举报有人倒卖通行证，一张收五百")["type"] == "report"
    assert analyze("感谢长沙交警帮我们拖车，点赞")["type"] == "praise"
    assert analyze("建议服务区设置免费核酸检测点")["type"] == "suggestion"


def test_categories_cold_start_examples():
    assert analyze("快递一个星期了还没派送")["category"] == "postal"
    assert analyze("治超站称重不准，说我超载三吨")["category"] == "enforcement.overload"
    assert analyze("网约车司机绕路多收钱")["category"] == "transport.taxi"


def test_duplicates_among_recent_cases():
    recent = [
        {"number": "A1", "text": "在孝感北收费站被劝返，拉的蔬菜，两天没吃没喝", "region": "420900"},
        {"number": "A2", "text": "快递一周没派送", "region": "420900"},
        {"number": "A3", "text": "在孝感北收费站被劝返，拉的蔬菜，两天没吃没喝", "region": "610100"},
    ]
    r = analyze("师傅 我在孝感北收费站被劝返了 拉的是蔬菜 两天没吃没喝了", recent_cases=recent)
    assert [d["number"] for d in r["duplicates"]] == ["A1"]


def test_duplicate_index_lsh():
    idx = DuplicateIndex()
    idx.add("A1", "在孝感北收费站被劝返，拉的蔬菜，两天没吃没喝", "420900")
    idx.add("A2", "滴滴司机绕路多收了五十块钱，态度很差", "610100")
    hits = idx.query("我在孝感北收费站被劝返了，拉的蔬菜，两天没吃没喝")
    assert [h["number"] for h in hits] == ["A1"]
    assert find_duplicates("完全无关的一句话", [{"number": "A1", "text": "在孝感北收费站被劝返"}]) == []


def test_one_segmentation_per_message():
    from hotline.text.segment import segmenter, tokens, words

    text = "我从郑州拉了一车蔬菜，在京港澳高速孝感北收费站被劝返，通道县也不让进"
    analyze("预热")
    tokens.cache_clear()
    analyze(text)
    info = tokens.cache_info()
    assert info.misses == 1 and info.hits >= 1  # places and the classifier shared one segmentation
    # rjieba's cut and tokenize agree, so words() from the memoised tokens is what cut gives
    assert words(text) == [w for w in segmenter().cut(text) if not w.isspace()]


def test_keyword_scores_in_table_order():
    from hotline.text.taxonomy import keyword_scores

    table = {"a": ("收费站", "劝返"), "b": ("快递",), "c": ("高速",)}
    assert keyword_scores("劝返了，在收费站", table) == {"a": ["收费站", "劝返"]}
    assert keyword_scores("", table) == {}
    assert keyword_scores("高速收费站快递", table) == {"a": ["收费站"], "b": ["快递"], "c": ["高速"]}


def test_duplicate_threshold_catches_a_retold_story_but_not_a_different_event():
    first = "我在孝感北收费站被劝返了，车上拉的是蔬菜，已经等了两天，司机没吃没喝，希望尽快放行"
    retold = "再次反映：孝感北收费站还是不让下，我拉的蔬菜等了两天了要坏了，人也没吃没喝，请尽快处理"
    other = "孝感的网约车司机绕路多收钱，投诉平台没人管，希望运管部门查处"
    hits = find_duplicates(retold, [{"number": "A1", "text": first}, {"number": "A2", "text": other}])
    assert [h["number"] for h in hits] == ["A1"]


def test_the_type_model_reads_texts_on_its_own_too():
    # it shares the category model's features; predicting from texts (the CLI, batch callers) must
    # give what analyze()'s shared row gives (a missing vocabulary broke this before)
    import numpy as np

    from hotline.text.models import category_model, type_model

    texts = ["请问去西安需要办理通行证吗？", "举报有人倒卖通行证，一张收五百"]
    batch = type_model().predict_proba(texts)
    shared = np.array([type_model().proba_from_row(category_model().row(t)) for t in texts])
    assert np.allclose(batch, shared, atol=1e-5)
    assert type_model().predict(texts) == ["consult", "report"]
