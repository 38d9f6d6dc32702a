"""The drivers' public pages over HTTP, on SQLite and PostgreSQL: policy query by city, route and
search, the 政策解读 column, submit → track → rate, and the abuse protection (CSRF, honeypot, size
and rate limits, a uniform 404 for tracking)."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient

from hotline.domain.lifecycle import Action
from hotline.policies import services as kb
from hotline.policies.commands import PolicyIn
from hotline.services import cases as case_services
from hotline.services.commands import ActionIn
from hotline.store.tables import cases, events
from hotline.web.public.guard import Limit, PublicLimits

# Pages whose work is rendering, not storage, run on SQLite only (keeps the run short).
sqlite_only = pytest.mark.parametrize("backend", ["sqlite"])

JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 200  # enough of a JPEG for the type check

XIAOGAN_TEST = {
    "key": "xg-test", "title": "孝感市进出核酸检测要求", "regions": ["420900"], "categories": ["核酸检测"],
    "answer": "进出孝感的货车司机需持48小时内核酸检测阴性证明，可在孝感北收费站即采即走。",
    "body": "孝感市疫情防控指挥部通告第20号。", "effective_from": "2022-04-15", "effective_until": "2022-05-10",
    "source": {"issuer": "孝感市新冠肺炎疫情防控指挥部", "doc_no": "孝防指〔2022〕示例20号", "url": "https://example.org/xg20"},
}
XIAOGAN_CHECKPOINT = {
    "key": "xg-checkpoint", "title": "孝感北收费站防疫检查站", "regions": ["420900"], "categories": ["防疫检查站"],
    "answer": "孝感北收费站出口设防疫检查站，查验健康码、行程卡和核酸证明。", "effective_from": "2022-04-15",
    "effective_until": "2022-05-10", "source": {"issuer": "孝感市交通运输局"},
}
WUHAN_PASS = {
    "key": "wh-pass", "title": "武汉市重点物资运输车辆通行证办理", "regions": ["420100"], "categories": ["通行证"],
    "answer": "武汉市交通运输局受理通行证申领，网上办理，当日办结。", "effective_from": "2022-04-15",
    "effective_until": "2022-05-10", "source": {"issuer": "武汉市交通运输局"},
}
NATIONAL_PASS = {
    "key": "mot-pass", "title": "重点物资运输车辆通行证全国互认", "regions": ["000000"], "categories": ["通行证"],
    "answer": "全国统一格式的通行证全国互认，各地不得拒绝放行。", "effective_from": "2022-04-11",
    "effective_until": "2022-06-30", "source": {"issuer": "国务院联防联控机制物流保通保畅工作领导小组办公室"},
}
EXPIRED_RULE = {
    "key": "xg-old", "title": "孝感市三月旧规定", "regions": ["420900"], "categories": ["核酸检测"],
    "answer": "三月的旧口径：24小时核酸。", "effective_from": "2022-03-01", "effective_until": "2022-03-31",
}
INTERPRETATION = {
    "key": "mot-explain", "title": "一图读懂货车司机通行新规", "regions": ["000000"], "categories": ["政策解读"],
    "tags": ["通行证"], "answer": "通行证全国互认，核酸结果全国互认，不得层层加码。", "effective_from": "2022-04-11",
}
DRAFT = {"key": "xg-draft", "title": "孝感草稿不应公开", "regions": ["420900"], "categories": ["通行证"],
         "answer": "草稿内容。"}


@pytest.fixture
def kb_entries(ctx, units):
    for e in (XIAOGAN_TEST, XIAOGAN_CHECKPOINT, WUHAN_PASS, NATIONAL_PASS, EXPIRED_RULE, INTERPRETATION):
        kb.create_policy(ctx, PolicyIn.model_validate(e), publish=True)
    kb.create_policy(ctx, PolicyIn.model_validate(DRAFT))
    with ctx.db.write() as conn:
        from hotline.store.tables import units as units_table
        conn.execute(sa.update(units_table).where(units_table.c.code == "hb-xiaogan")
                     .values(phone="0712-2345678", duty_hours="08:30-17:30"))


@pytest.fixture
def public(app):
    with TestClient(app, follow_redirects=False) as c:
        yield c


def csrf_of(html: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', html).group(1)


def form_id_of(html: str) -> str:
    return re.search(r'name="form_id" value="([^"]+)"', html).group(1)


FORM = {"type": "complaint", "category": "control.turnback", "province": "420000", "city": "420900",
        "title": "孝感北收费站持核酸证明仍被劝返", "description": "4月22日上午，持48小时核酸阴性证明仍被劝返。",
        "phone": "13812345678", "plate": "鄂k 12345", "road": "G4", "landmark": "孝感北收费站"}


def submit(public, **overrides):
    form_page = public.get("/public/submit")
    data = {**FORM, "csrf": csrf_of(form_page.text), "form_id": form_id_of(form_page.text), **overrides}
    data = {k: v for k, v in data.items() if v is not None}
    files = {"photo": ("现场.jpg", JPEG, "image/jpeg")}
    return public.post("/public/submit", data=data, files=files), data


def case_count(ctx) -> int:
    with ctx.db.read() as conn:
        return conn.execute(sa.select(sa.func.count()).select_from(cases)).scalar_one()


def submitted(public) -> tuple[str, str]:
    """Submit the standard form; returns (case number, tracking code) read from the done page."""
    r, _ = submit(public)
    assert r.status_code == 303, r.text
    done = public.get(r.headers["location"])
    number = re.search(r"data-case-number>([^<]+)<", done.text).group(1)
    code = "".join(re.findall(r"<span>([A-Z0-9]{4})</span>", done.text))
    return number, code


def track(public, code: str, digits: str):
    page = public.get("/public/track")
    return public.post("/public/track", data={"csrf": csrf_of(page.text), "code": code, "digits": digits})


# ---------------------------------------------------------------- headers and markup


PAGES = ["/public/", "/public/policies?city=420900", "/public/route?from=孝感&to=武汉", "/public/search?q=通行证",
         "/public/interpretation", "/public/submit", "/public/track"]


@sqlite_only
def test_pages_send_security_headers_and_no_inline_script(public, kb_entries):
    for url in PAGES:
        r = public.get(url)
        assert r.status_code == 200, url
        csp = r.headers["content-security-policy"]
        assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
        assert "frame-ancestors 'none'" in csp and "script-src 'self'" in csp
        assert r.headers["x-content-type-options"] == "nosniff"
        assert r.headers["content-type"].startswith("text/html")
        scripts = re.findall(r"<script[^>]*>", r.text)
        assert scripts and all('src="/public/static/' in tag for tag in scripts)  # our own file, no CDN
        assert not re.search(r"\son[a-z]+\s*=", r.text), url  # no inline event handlers
        assert not re.search(r"\sstyle\s*=", r.text), url
        assert '<html lang="zh-CN">' in r.text and 'name="viewport"' in r.text


@sqlite_only
def test_static_files_are_ours_and_cached(public):
    page = public.get("/public/").text
    css = re.search(r'href="(/public/static/public\.css\?v=[0-9a-f]+)"', page).group(1)
    r = public.get(css)
    assert r.status_code == 200 and "immutable" in r.headers["cache-control"]
    assert r.headers["content-type"].startswith("text/css")
    assert public.get("/public/static/..%2F..%2Fapp.py").status_code == 404
    assert public.get("/public/static/nothing.js").status_code == 404


# ---------------------------------------------------------------- policy pages


def test_city_page_shows_the_rules_in_force_by_topic_with_source_and_phones(public, kb_entries):
    r = public.get("/public/policies?province=420000&city=420900")
    assert r.status_code == 200
    html = r.text
    assert "湖北省孝感市" in html
    # The place's own rules by topic in a driver's order, then the national ones.
    assert html.index("核酸检测要求</h3>") < html.index("防疫检查站</h3>") < html.index("全国通用规定")
    assert "孝感市进出核酸检测要求" in html and "孝感北收费站防疫检查站" in html
    assert html.index("全国通用规定") < html.index("重点物资运输车辆通行证全国互认")  # national rules apply too
    assert "武汉市重点物资运输车辆通行证办理" not in html  # another city's rule does not
    assert "孝感市三月旧规定" not in html  # not in force today (2022-04-22)
    assert "孝感草稿不应公开" not in html  # never a draft
    assert "孝防指〔2022〕示例20号" in html and "https://example.org/xg20" in html
    assert "信息更新于 2022-04-22 10:00" in html
    assert "0712-2345678" in html and "tel:12328" in html  # consultation numbers


@sqlite_only
def test_city_page_takes_a_date(public, kb_entries):
    html = public.get("/public/policies?city=420900&at=2022-03-15").text
    assert "孝感市三月旧规定" in html and "孝感市进出核酸检测要求" not in html
    assert "日期格式" in public.get("/public/policies?city=420900&at=tomorrow").text


@sqlite_only
def test_typed_place_names_are_matched_or_asked_back(public, kb_entries):
    html = public.get("/public/policies", params={"place": "湖北孝感"}).text
    assert "孝感市进出核酸检测要求" in html
    html = public.get("/public/policies", params={"place": "朝阳"}).text
    assert "有几处同名" in html and "辽宁省朝阳市" in html and "北京市朝阳区" in html
    assert "city=211300" in html
    assert "没有找到" in public.get("/public/policies", params={"place": "火星"}).text


@sqlite_only
def test_picker_lists_cities_without_javascript(public):
    html = public.get("/public/policies?province=110000&action=pick").text
    assert '<option value="110105">朝阳区</option>' in html  # 北京's districts stand in for 市辖区
    assert "市辖区" not in html
    frag = public.get("/public/cities?province=420000").text
    assert '<option value="429004">仙桃市</option>' in frag and "<html" not in frag


def test_route_lists_each_leg_in_travel_order(public, kb_entries):
    r = public.get("/public/route", params={"from": "武汉", "via": "孝感", "to": "北京"})
    html = r.text
    assert r.status_code == 200
    assert html.index("湖北省武汉市") < html.index("湖北省孝感市") < html.index("北京市</h3>")
    assert "武汉市重点物资运输车辆通行证办理" in html and "孝感北收费站防疫检查站" in html
    assert html.count("重点物资运输车辆通行证全国互认") == 1  # national rules once, at the end
    ambiguous = public.get("/public/route", params={"from": "朝阳", "to": "孝感"}).text
    assert "有几处同名" in ambiguous and "from=%E8%BE%BD%E5%AE%81%E7%9C%81%E6%9C%9D%E9%98%B3%E5%B8%82" in ambiguous


def test_search_in_plain_chinese_with_highlights(public, kb_entries):
    html = public.get("/public/search", params={"q": "去孝感要做核酸吗", "place": "孝感"}).text
    assert "<mark>" in html and "孝感市进出核酸检测要求" in html.replace("<mark>", "").replace("</mark>", "")
    assert "<script>alert" not in public.get("/public/search", params={"q": "<script>alert(1)</script>"}).text


def test_interpretation_column_lists_only_interpretations_and_links_the_feed(public, kb_entries):
    html = public.get("/public/interpretation").text
    assert "一图读懂货车司机通行新规" in html
    assert "孝感市进出核酸检测要求" not in html
    assert 'href="/api/v1/policies/changes.atom"' in html
    assert public.get("/api/v1/policies/changes.atom").status_code == 200


@sqlite_only
def test_entry_page_shows_published_and_hides_drafts(public, ctx, kb_entries):
    with ctx.db.read() as conn:
        from hotline.store.policy_tables import policies
        uids = dict(conn.execute(sa.select(policies.c.key, policies.c.uid)).all())
    assert "孝感市进出核酸检测要求" in public.get(f"/public/policies/{uids['xg-test']}").text
    r = public.get(f"/public/policies/{uids['xg-draft']}")
    assert r.status_code == 404 and "孝感草稿" not in r.text
    assert public.get("/public/policies/nope").status_code == 404


# ---------------------------------------------------------------- submit


def test_submit_redirects_to_the_case_number_and_tracking_code(public, ctx, units):
    r, _ = submit(public)
    assert r.status_code == 303 and r.headers["location"].startswith("/public/submit/done?t=")
    assert "13812345678" not in r.headers["location"]
    done = public.get(r.headers["location"])
    number = re.search(r"data-case-number>([^<]+)<", done.text).group(1)
    case = case_services.get_case(ctx, number)
    assert "".join(re.findall(r"<span>([A-Z0-9]{4})</span>", done.text)) == case["tracking_code"]
    assert case["channel"] == "web" and case["type"] == "complaint" and case["category"] == "control.turnback"
    assert case["place"]["region"] == "420900" and case["place"]["landmark"] == "孝感北收费站"
    assert case["reporter"]["phone"] == "13812345678" and case["reporter"]["plate"] == "鄂K12345"
    assert [a["content_type"] for a in case["attachments"]] == ["image/jpeg"]
    data = case_services.read_attachment(ctx, number, case["attachments"][0]["id"])[1]
    assert data == JPEG
    with ctx.db.read() as conn:
        assert conn.execute(sa.select(events.c.actor).where(events.c.action == "create")).scalar_one() == "web"


def test_double_submit_with_the_same_form_is_one_case(public, ctx, units):
    r1, data = submit(public)
    r2 = public.post("/public/submit", data=data, files={"photo": ("现场.jpg", JPEG, "image/jpeg")})
    assert r1.status_code == r2.status_code == 303
    assert case_count(ctx) == 1
    n1 = public.get(r1.headers["location"]).text
    n2 = public.get(r2.headers["location"]).text
    assert re.search(r"data-case-number>([^<]+)<", n1).group(1) == re.search(r"data-case-number>([^<]+)<", n2).group(1)
    # The same form changed and sent again is refused, not filed as a second case.
    r3 = public.post("/public/submit", data={**data, "title": "另一件事"})
    assert r3.status_code == 409 and "已经提交过" in r3.text and case_count(ctx) == 1


def test_place_can_be_typed_instead_of_picked(public, ctx, units):
    r, _ = submit(public, province="", city="", place="湖北孝感")
    assert r.status_code == 303
    with ctx.db.read() as conn:
        assert conn.execute(sa.select(cases.c.region)).scalar_one() == "420900"
    r, _ = submit(public, province="", city="", place="朝阳")
    assert r.status_code == 422 and "有几处同名" in r.text and "北京市朝阳区" in r.text


@sqlite_only
def test_picker_button_redisplays_the_form_with_cities_and_files_nothing(public, ctx, units):
    r, _ = submit(public, action="pick", province="110000", city="", title="留着我写的字")
    assert r.status_code == 200 and '<option value="110105">朝阳区</option>' in r.text
    assert 'value="留着我写的字"' in r.text
    assert case_count(ctx) == 0


INVALID = [
    ({"phone": ""}, "请填写手机号码"),
    ({"phone": "abc"}, "电话号码格式不正确"),
    ({"title": ""}, "请用一句话说明情况"),
    ({"title": "长" * 201}, "一句话说明：不能超过 200 个字符"),
    ({"description": "长" * 10001}, "详细经过：不能超过 10000 个字符"),
    ({"plate": "豫A123456789012345"}, "车牌号：不能超过 16 个字符"),
    ({"type": "praise"}, "请选择反映类型"),
    ({"province": "", "city": ""}, "请选择事发地"),
    ({"category": "nonsense"}, "分类 nonsense 不存在"),
]


@sqlite_only
def test_invalid_forms_come_back_with_chinese_messages_and_nothing_filed(public, ctx, units):
    for overrides, says in INVALID:
        r, _ = submit(public, **overrides)
        assert r.status_code == 422, overrides
        assert says in r.text, overrides
        assert 'name="csrf"' in r.text  # the form again, ready to correct
    assert case_count(ctx) == 0


def test_control_characters_are_dropped_not_stored(public, ctx, units):
    # PostgreSQL refuses NUL in text: the form must not turn a stray byte into a server error.
    r, _ = submit(public, title="服务区\x00关闭\x07", description="第一行\r\n第二行\x00")
    assert r.status_code == 303
    with ctx.db.read() as conn:
        row = conn.execute(sa.select(cases.c.title, cases.c.description)).one()
    assert (row.title, row.description) == ("服务区关闭", "第一行\n第二行")
    assert public.get("/public/search", params={"q": "核酸\x00", "place": "孝感\x00"}).status_code == 200


@sqlite_only
def test_photo_must_be_an_image_within_the_size_limit(public, ctx, units):
    page = public.get("/public/submit").text
    data = {**FORM, "csrf": csrf_of(page), "form_id": form_id_of(page)}
    r = public.post("/public/submit", data=data, files={"photo": ("x.jpg", b"MZ\x90\x00 not an image", "image/jpeg")})
    assert r.status_code == 422 and "照片只能是" in r.text
    from hotline.settings import get_settings
    too_big = JPEG + b"\x00" * (get_settings().max_attachment_bytes + PublicLimits().body_slack)
    r = public.post("/public/submit", data=data, files={"photo": ("x.jpg", too_big, "image/jpeg")})
    assert r.status_code == 413 and "照片不能超过" in r.text
    assert case_count(ctx) == 0


@sqlite_only
def test_csrf_token_must_match_a_signed_cookie(public, ctx, units):
    page = public.get("/public/submit").text
    token = csrf_of(page)
    data = {**FORM, "form_id": form_id_of(page)}
    assert public.post("/public/submit", data={**data, "csrf": "x"}).status_code == 403
    assert public.post("/public/submit", data=data).status_code == 403
    # A cookie planted from elsewhere (cookie tossing) with a matching field but no valid signature.
    forged = "attackernonce.AAAAAAAAAAAAAAAAAAAAAAAA"
    with TestClient(public.app, follow_redirects=False, cookies={"hotline_pub_csrf": forged}) as other:
        assert other.post("/public/submit", data={**data, "csrf": forged}).status_code == 403
    # Another browser's valid token is no use without that browser's cookie.
    with TestClient(public.app, follow_redirects=False) as other:
        r = other.post("/public/submit", data={**data, "csrf": token})
        assert r.status_code == 403 and "页面已过期" in r.text
    assert case_count(ctx) == 0
    assert public.post("/public/submit", data={**data, "csrf": token},
                       files={"photo": ("a.jpg", JPEG, "image/jpeg")}).status_code == 303


@sqlite_only
def test_csrf_cookie_is_strict_and_http_only(public):
    cookie = public.get("/public/submit").headers["set-cookie"]
    assert "hotline_pub_csrf=" in cookie and "HttpOnly" in cookie and "SameSite=strict" in cookie
    assert "Path=/public" in cookie


@sqlite_only
def test_honeypot_filled_is_refused(public, ctx, units):
    r, _ = submit(public, website="http://spam.example")
    assert r.status_code == 400 and case_count(ctx) == 0


def test_submit_is_rate_limited_per_phone_and_per_address(public, app, ctx, units, clock):
    app.state.public_limits = PublicLimits(submit_phone=Limit(2, timedelta(hours=1)), submit_ip=Limit(3, timedelta(hours=1)))
    assert submit(public)[0].status_code == 303
    assert submit(public, title="第二件")[0].status_code == 303
    r, _ = submit(public, title="第三件")
    assert r.status_code == 429 and "操作太频繁" in r.text
    assert submit(public, title="换个电话", phone="13900001111")[0].status_code == 303
    assert submit(public, title="又换电话", phone="13900002222")[0].status_code == 429  # the address's limit
    assert case_count(ctx) == 3
    clock.advance(hours=1, seconds=1)  # the window slides
    assert submit(public, title="一小时后")[0].status_code == 303
    with ctx.db.read() as conn:  # nothing personal in the buckets
        from hotline.store.public_tables import public_hits
        buckets = conn.execute(sa.select(public_hits.c.bucket)).scalars().all()
    assert buckets and not any("13812345678" in b or "testclient" in b for b in buckets)


@sqlite_only
def test_oversized_or_unreadable_bodies_are_pages_not_errors(public, units):
    page = public.get("/public/submit").text
    r = public.post("/public/submit", content=b"x" * 100, headers={"content-type": "multipart/form-data; boundary=zz"})
    assert r.status_code in (400, 403) and "<html" in r.text
    r = public.post("/public/track", content=b"a=" + b"x" * 20000,
                    headers={"content-type": "application/x-www-form-urlencoded"})
    assert r.status_code == 400 and "<html" in r.text
    assert csrf_of(page)


# ---------------------------------------------------------------- track and rate


def test_track_shows_public_steps_only_and_the_reply(public, ctx, units):
    number, code = submitted(public)
    v = case_services.get_case(ctx, number)["version"]
    for action, fields in [
        (Action.NOTE, {"note": "内部备注：来电人情绪激动"}),
        (Action.DISPATCH, {"unit": "hb-xiaogan", "note": "派单附言：请核查"}),
        (Action.RETURN, {"reason": "退回理由：非本单位"}),
        (Action.DISPATCH, {"unit": "hb-xiaogan"}),
        (Action.SUPERVISE, {"note": "督办意见：限期办理"}),
        (Action.ACCEPT, {}),
        (Action.REPLY, {"reply": "经核查，已协调收费站放行，并对执勤人员批评教育。"}),
    ]:
        v = case_services.act(ctx, number, action, ActionIn(version=v, **fields))["version"]
    r = track(public, code.lower()[:4] + " " + code[4:], "5678")  # lower case and spaces are fine
    assert r.status_code == 303 and code not in r.headers["location"] and "5678" not in r.headers["location"]
    html = public.get(r.headers["location"]).text
    assert "已答复" in html and "经核查，已协调收费站放行" in html
    steps = re.findall(r'<span class="step">([^<]+)</span>', html)
    assert steps == ["答复", "签收", "派单", "派单", "受理"]
    assert "孝感市交通运输局" in html
    for secret in ("内部备注", "派单附言", "退回理由", "督办意见", "13812345678", "root", "tester"):
        assert secret not in html
    assert 'name="satisfaction"' in html


def test_wrong_code_and_wrong_digits_give_the_same_404(public, units):
    number, code = submitted(public)
    wrong_digits = track(public, code, "0000")
    unknown_code = track(public, "ABCDEFGHJKLM", "5678")
    malformed = track(public, "x", "1")
    assert wrong_digits.status_code == unknown_code.status_code == malformed.status_code == 404
    assert wrong_digits.text == unknown_code.text == malformed.text  # byte for byte
    assert number not in wrong_digits.text


def test_tracking_is_rate_limited_per_code(public, app, units):
    _, code = submitted(public)
    app.state.public_limits = PublicLimits(track_code=Limit(3, timedelta(hours=1)))
    for _ in range(3):
        assert track(public, code, "0000").status_code == 404
    r = track(public, code, "5678")  # even the right digits wait now
    assert r.status_code == 429
    # Per address too: three tries were admitted above (the refused one does not count).
    app.state.public_limits = PublicLimits(track_ip=Limit(4, timedelta(minutes=10)))
    assert track(public, code, "5678").status_code == 303
    assert track(public, code, "5678").status_code == 429


@sqlite_only
def test_view_link_expires(public, clock, units):
    _, code = submitted(public)
    link = track(public, code, "5678").headers["location"]
    assert public.get(link).status_code == 200
    assert public.get(link.replace("view?t=", "view?t=x")).status_code == 404
    clock.advance(minutes=31)
    assert public.get(link).status_code == 404


def _reply(ctx, number: str) -> None:
    v = case_services.get_case(ctx, number)["version"]
    for action, fields in [(Action.DISPATCH, {"unit": "hb-xiaogan"}), (Action.ACCEPT, {}),
                           (Action.REPLY, {"reply": "已处理。"})]:
        v = case_services.act(ctx, number, action, ActionIn(version=v, **fields))["version"]


def rate(public, link: str, satisfaction: str):
    public.get(link)  # as a browser would: the page first (it sets the CSRF cookie), then the form
    return public.post("/public/track/rate", data={"csrf": public.cookies["hotline_pub_csrf"],
                                                   "t": link.split("t=")[1], "satisfaction": satisfaction})


def test_rating_after_the_reply_is_a_callback_once(public, ctx, units):
    number, code = submitted(public)
    link = track(public, code, "5678").headers["location"]
    assert 'name="satisfaction"' not in public.get(link).text  # no reply yet: nothing to rate
    assert rate(public, link, "5").status_code == 409
    _reply(ctx, number)
    assert rate(public, link, "9").status_code == 400
    r = rate(public, link, "4")
    assert r.status_code == 303 and r.headers["location"].endswith("&rated=1")
    case = case_services.get_case(ctx, number)
    assert case["satisfaction"] == 4 and case["status"] == "archived"
    timeline = case_services.timeline(ctx, number)
    assert [e["action"] for e in timeline[-2:]] == ["close", "callback"]
    assert all(e["actor"] == "web" for e in timeline[-2:])
    html = public.get(r.headers["location"]).text
    assert "感谢您的评价" in html and "满意" in html and 'name="satisfaction"' not in html
    assert rate(public, link, "1").status_code == 409  # once
    assert case_services.get_case(ctx, number)["satisfaction"] == 4


def test_rating_a_closed_case_records_the_callback_directly(public, ctx, units):
    number, code = submitted(public)
    _reply(ctx, number)
    v = case_services.get_case(ctx, number)["version"]
    case_services.act(ctx, number, Action.CLOSE, ActionIn(version=v))
    link = track(public, code, "5678").headers["location"]
    assert rate(public, link, "2").status_code == 303
    assert [e["action"] for e in case_services.timeline(ctx, number)[-2:]] == ["close", "callback"]


@sqlite_only
def test_rating_needs_the_csrf_token(public, ctx, units):
    number, code = submitted(public)
    _reply(ctx, number)
    link = track(public, code, "5678").headers["location"]
    r = public.post("/public/track/rate", data={"csrf": "nope", "t": link.split("t=")[1], "satisfaction": "5"})
    assert r.status_code == 403
    assert case_services.get_case(ctx, number)["satisfaction"] is None
