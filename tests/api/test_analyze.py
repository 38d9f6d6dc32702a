from fastapi import FastAPI
from fastapi.testclient import TestClient

from hotline.web.api.analyze import router


def client() -> TestClient:
    app = FastAPI()
    app.include_router(router)
    return TestClient(app)


def test_analyze_endpoint():
    c = client()
    r = c.post("/api/v1/analyze", json={"text": "京港澳高速孝感北收费站劝返外地车，车上是生鲜，已经两天了",
                                        "phone": "0712-2345678", "lat": 30.9, "lng": 113.9})
    assert r.status_code == 200
    body = r.json()
    assert body["region"]["code"] == "420900"
    assert body["category"] == "control.turnback"
    assert body["urgent"] is True
    assert body["position"] == {"lat": 30.9, "lng": 113.9, "used": False}


def test_analyze_with_recent_cases():
    r = client().post("/api/v1/analyze", json={
        "text": "快递一个星期没派送了，物流信息不更新",
        "recent_cases": [{"number": "C1", "text": "快递一个星期没派送，物流信息不更新", "region": None}]})
    assert r.status_code == 200
    assert r.json()["duplicates"][0]["number"] == "C1"


def test_analyze_rejects_bad_bodies():
    c = client()
    assert c.post("/api/v1/analyze", json={}).status_code == 422
    assert c.post("/api/v1/analyze", json={"text": ""}).status_code == 422
    assert c.post("/api/v1/analyze", json={"text": 123}).status_code == 422
    assert c.post("/api/v1/analyze", json={"text": "x", "lat": "30"}).status_code == 422
