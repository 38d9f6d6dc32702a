"""Fuzzing the public pages' handlers (they take forms and query strings, not JSON, so schemathesis
has no schema to read): whatever arrives, the answer is a page or a redirect, never a server error.
On both databases: PostgreSQL refuses text that SQLite takes (a NUL character)."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from hotline.web.public.guard import Limit, PublicLimits

ROOMY = Limit(100_000, timedelta(hours=1))
FUZZ = hypothesis_settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

# Text a browser (or a bot) may send: anything printable, control characters, huge runs, digits.
text = st.one_of(st.text(max_size=60), st.text(alphabet="0123456789", max_size=15),
                 st.sampled_from(["", " ", "420900", "000000", "湖北孝感", "朝阳", "complaint", "other", "\x00",
                                  "control.turnback", "<script>", "'; drop table cases; --"]),
                 st.integers(min_value=0, max_value=300).map(lambda n: "长" * n))
maybe = st.one_of(st.none(), text)
SUBMIT_FIELDS = ["type", "category", "title", "description", "name", "phone", "plate", "road", "landmark", "place",
                 "province", "city", "lat", "lng", "form_id", "action", "website", "unknown_field"]


@pytest.fixture
def client(app, units):
    app.state.public_limits = PublicLimits(submit_ip=ROOMY, submit_phone=ROOMY, track_ip=ROOMY, track_code=ROOMY,
                                           rate_ip=ROOMY)
    with TestClient(app, follow_redirects=False) as c:
        yield c


def csrf(client, path: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', client.get(path).text).group(1)


def is_page(r) -> bool:
    return r.status_code < 500 and (r.status_code in (303,) or r.headers["content-type"].startswith("text/html"))


# A valid form to start from, so that most examples get past validation into the database.
VALID = {"type": "complaint", "category": "other", "province": "420000", "city": "420900", "title": "服务区关闭",
         "phone": "13812345678"}


@FUZZ
@given(fields=st.fixed_dictionaries({}, optional={k: maybe for k in SUBMIT_FIELDS}),
       photo=st.one_of(st.none(), st.binary(max_size=300), st.just(b"\xff\xd8\xff" + b"\x00" * 64)),
       good_token=st.booleans(), start_valid=st.booleans())
def test_submit_answers_a_page_for_any_form(client, fields, photo, good_token, start_valid):
    data = {**(VALID if start_valid else {}), **fields}
    data = {k: v for k, v in data.items() if v is not None}
    data["csrf"] = csrf(client, "/public/submit") if good_token else data.get("title", "")
    files = {"photo": ("x.jpg", photo, "image/jpeg")} if photo is not None else None
    r = client.post("/public/submit", data=data, files=files)
    assert is_page(r), (r.status_code, r.text[:300])
    assert r.status_code in (200, 303, 400, 403, 409, 413, 422)


@FUZZ
@given(code=maybe, digits=maybe, website=maybe, good_token=st.booleans())
def test_track_answers_a_page_for_any_form(client, code, digits, website, good_token):
    data = {"code": code, "digits": digits, "website": website,
            "csrf": csrf(client, "/public/track") if good_token else "x"}
    r = client.post("/public/track", data={k: v for k, v in data.items() if v is not None})
    assert is_page(r) and r.status_code in (303, 400, 403, 404)


@FUZZ
@given(t=maybe, satisfaction=maybe)
def test_rate_answers_a_page_for_any_form(client, t, satisfaction):
    data = {"t": t, "satisfaction": satisfaction, "csrf": csrf(client, "/public/track")}
    r = client.post("/public/track/rate", data={k: v for k, v in data.items() if v is not None})
    assert is_page(r) and r.status_code in (303, 400, 403, 404, 409)


PAGES = ["/public/policies", "/public/route", "/public/search", "/public/interpretation", "/public/submit",
         "/public/cities", "/public/submit/done", "/public/track/view", "/public/policies/x"]


@FUZZ
@given(path=st.sampled_from(PAGES),
       params=st.dictionaries(st.sampled_from(["province", "city", "place", "at", "from", "via", "to", "q", "page",
                                               "t", "type", "category", "action"]), text, max_size=5))
def test_pages_answer_any_query_string(client, path, params):
    r = client.get(path, params=params)
    assert is_page(r), (path, params, r.status_code)
    assert r.status_code in (200, 404)
