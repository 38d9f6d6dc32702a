"""Photos uploaded on the console's case page go through hotline.services.cases.add_attachment (both
databases): listed on the page, readable through the API, CSRF-checked, empty files refused."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from hotline.services import auth

CASE = {"type": "complaint", "category": "control.turnback", "title": "孝感北收费站劝返", "channel": "api",
        "place": {"region": "420900"}}


def test_upload_a_photo_on_the_case_page(app, client, ctx, units):
    number = client.post("/api/v1/cases", json=CASE).json()["number"]
    auth.add_user(ctx, "op", unit="mot", roles=["operator", "supervisor"], password="secret-12328")
    c = TestClient(app)
    token = re.search(r'name="csrf_token" value="([^"]+)"', c.get("/console/login").text).group(1)
    csrf = re.search(r'name="csrf_token" value="([^"]+)"', c.post(
        "/console/login", data={"username": "op", "password": "secret-12328", "csrf_token": token}).text).group(1)
    page = c.get(f"/console/cases/{number}").text
    assert "暂无附件" in page and 'enctype="multipart/form-data"' in page and 'for="att-file"' in page

    photo = b"\xff\xd8\xff\xe0JFIF-photo-of-the-queue"
    r = c.post(f"/console/cases/{number}/attachments", data={"csrf_token": csrf},
               files={"file": ("收费站排队.jpg", photo, "image/jpeg")}, follow_redirects=False)
    assert r.status_code == 303, r.text
    page = c.get(r.headers["location"]).text
    assert "已上传附件 收费站排队.jpg" in page and "收费站排队.jpg</a>" in page
    att = client.get(f"/api/v1/cases/{number}").json()["attachments"]
    assert [(a["filename"], a["size"]) for a in att] == [("收费站排队.jpg", len(photo))]
    assert client.get(att[0]["url"]).content == photo

    forged = c.post(f"/console/cases/{number}/attachments", data={"csrf_token": "forged"},
                    files={"file": ("x.jpg", photo, "image/jpeg")})
    assert forged.status_code == 403
    empty = c.post(f"/console/cases/{number}/attachments", data={"csrf_token": csrf},
                   files={"file": ("x.jpg", b"", "image/jpeg")})
    assert empty.status_code == 422 and "文件是空的" in empty.text
    assert len(client.get(f"/api/v1/cases/{number}").json()["attachments"]) == 1
