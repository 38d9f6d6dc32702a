"""analyze() with the caller's position (lat, lng): mapped offline, used as evidence for the region."""

from hotline.text import analyze  # the public surface (importing the submodule would shadow it)


def test_position_fills_in_when_the_text_names_no_place():
    r = analyze("检查站不让过，车上是生鲜，两天没吃饭了", lat=30.92, lng=113.92)
    assert r["region"]["code"] == "420900" and r["region"]["role"] == "position"
    assert r["position"]["code"] == "420902" and r["position"]["used"] is True
    assert "position" not in r["region"]  # reported once, at the top level


def test_position_disagreeing_with_the_text_is_reported_not_used():
    r = analyze("京港澳高速孝感北收费站劝返外地车", lat=39.9215, lng=116.4435)
    assert r["region"]["code"] == "420900"
    assert r["position"]["code"] == "110105" and r["position"]["agrees"] is False


def test_no_position_no_position_key():
    assert "position" not in analyze("孝感北收费站劝返")
