"""Intake fills what the person left out from the text, never overrides, and records acceptance."""

from __future__ import annotations


def test_missing_fields_are_filled_from_the_text(client):
    r = client.post("/api/v1/cases", json={
        "title": "孝感北收费站劝返",
        "description": "司机反映驾驶鄂K12345货车在京港澳高速孝感北收费站被劝返，车上蔬菜，两天没吃饭了。",
        "channel": "api"})
    assert r.status_code == 201, r.text
    c = r.json()
    assert c["category"] == "control.turnback"
    assert c["place"]["region"] == "420900"
    assert c["urgent"] is True and c["type"] == "help"
    assert c["reporter"]["plate"] == "鄂K12345"
    created = client.get(f"/api/v1/cases/{c['number']}/timeline").json()["events"][0]
    assert set(created["fields"]["suggested"]) == {"type", "category", "urgent", "region", "plate"}
    assert all(v["kept"] and v["source"] == "server" for v in created["fields"]["suggested"].values())


def test_what_the_person_entered_is_never_overridden(client):
    body = {"type": "consult", "category": "control.pass", "urgent": False, "title": "孝感北收费站劝返",
            "description": "在孝感北收费站被劝返，两天没吃饭", "channel": "api",
            "place": {"region": "131002"}, "reporter": {"plate": "冀R11111"}}
    c = client.post("/api/v1/cases", json=body).json()
    assert (c["type"], c["category"], c["urgent"], c["place"]["region"], c["reporter"]["plate"]) == \
        ("consult", "control.pass", False, "131002", "冀R11111")
    created = client.get(f"/api/v1/cases/{c['number']}/timeline").json()["events"][0]
    assert "suggested" not in created["fields"]


def test_ambiguous_place_fills_no_region(client):
    c = client.post("/api/v1/cases", json={"title": "朝阳区检查站不让进", "channel": "api"}).json()
    assert c["place"]["region"] is None


def test_a_place_named_only_as_a_destination_fills_no_region(client):
    # The analysis proposes 石家庄 with low confidence (the problem's place is not said): a person decides.
    c = client.post("/api/v1/cases", json={"title": "从郑州到石家庄的货车在路上被拦", "channel": "api"}).json()
    assert c["place"]["region"] is None


def test_the_reporters_position_places_a_message_that_names_no_place(client):
    body = {"title": "检查站不让进", "channel": "api", "place": {"lat": 30.92, "lng": 113.91}}
    c = client.post("/api/v1/cases", json=body).json()
    assert c["place"]["region"] == "420900"  # 孝感市: the position's city (its county is only a guess)


def test_console_suggestions_are_measured(client):
    def create(category, suggested):
        r = client.post("/api/v1/cases", json={
            "type": "report", "category": category, "urgent": False, "title": "检查站问题", "channel": "api",
            "place": {"region": "420900"}, "reporter": {"plate": "鄂K1"},
            "suggestions": {"category": suggested, "urgent": False}})
        assert r.status_code == 201, r.text

    create("control.checkpoint", "control.checkpoint")
    create("control.checkpoint", "control.checkpoint")
    create("control.pass", "control.checkpoint")  # the operator changed it
    stats = {(i["field"], i["source"]): i for i in client.get("/api/v1/intake/acceptance").json()["items"]}
    assert stats[("category", "client")]["suggested"] == 3
    assert stats[("category", "client")]["accepted"] == 2
    assert stats[("urgent", "client")]["rate"] == 1.0
    bad = client.post("/api/v1/cases", json={"title": "x", "channel": "api", "suggestions": {"urgent": "yes"}})
    assert bad.status_code == 422
