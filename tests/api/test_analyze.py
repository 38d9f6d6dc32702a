"""POST /api/v1/analyze through the whole app (a staff endpoint: needs a login)."""

import pytest


@pytest.fixture
def backend():
    return "sqlite"  # the endpoint does not touch the database beyond the login


def test_analyze_needs_a_login(anonymous):
    assert anonymous.post("/api/v1/analyze", json={"text": "劝返"}).status_code == 401


def test_analyze_endpoint(client):
    c = client
    r = c.post("/api/v1/analyze", json={"text": "京港澳高速孝感北收费站劝返外地车，车上是生鲜，已经两天了",
                                        "phone": "0712-2345678", "lat": 30.9, "lng": 113.9})
    assert r.status_code == 200
    body = r.json()
    assert body["region"]["code"] == "420900"
    assert body["category"] == "control.turnback"
    assert body["urgent"] is True
    # the position (孝感's 孝南区) is mapped offline and agrees with the text
    pos = body["position"]
    assert (pos["lat"], pos["lng"], pos["used"]) == (30.9, 113.9, True)
    assert pos["code"] == "420902" and pos["city"]["code"] == "420900" and pos["agrees"] is True


def test_analyze_with_recent_cases(client):
    r = client.post("/api/v1/analyze", json={
        "text": "快递一个星期没派送了，物流信息不更新",
        "recent_cases": [{"number": "C1", "text": "快递一个星期没派送，物流信息不更新", "region": None}]})
    assert r.status_code == 200
    assert r.json()["duplicates"][0]["number"] == "C1"


def test_analyze_rejects_bad_bodies(client):
    c = client
    assert c.post("/api/v1/analyze", json={}).status_code == 422
    assert c.post("/api/v1/analyze", json={"text": ""}).status_code == 422
    assert c.post("/api/v1/analyze", json={"text": 123}).status_code == 422
    assert c.post("/api/v1/analyze", json={"text": "x", "lat": "30"}).status_code == 422
