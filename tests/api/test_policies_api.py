"""/api/v1/policies over HTTP, on SQLite and PostgreSQL: entries, versions, search, route, feed."""

from __future__ import annotations

from xml.etree import ElementTree as ET

import pytest
from fastapi.testclient import TestClient

from hotline.services.cases import Context
from hotline.store.files import LocalFileStorage

BASE = "/api/v1/policies"
AT_0425 = "2022-04-25T12:00:00+08:00"


@pytest.fixture
def kb_ctx(database, clock, settings):
    return Context(db=database, clock=clock, storage=LocalFileStorage(settings.files_dir))


def _token(kb_ctx, username: str, roles: list[str]) -> str:
    from hotline.services import auth
    from hotline.services.units import upsert_units

    upsert_units(kb_ctx, [{"code": "mot", "name": "交通运输部", "region": "000000", "parent": None,
                           "kind": "ministry"}])
    auth.add_user(kb_ctx, username, unit="mot", roles=roles)
    return auth.create_token(kb_ctx, username)


@pytest.fixture
def editor(app, kb_ctx):
    with TestClient(app, headers={"Authorization": f"Bearer {_token(kb_ctx, 'editor-a', ['kb_editor'])}"}) as c:
        yield c


@pytest.fixture
def reviewer(app, kb_ctx, editor):
    with TestClient(app, headers={"Authorization": f"Bearer {_token(kb_ctx, 'editor-b', ['kb_editor'])}"}) as c:
        yield c


@pytest.fixture
def public(app):
    with TestClient(app) as c:
        yield c


NATIONAL_PASS = {
    "key": "mot-pass", "title": "重点物资运输车辆通行证全国互认",
    "questions": ["外省办的通行卡在这里认不认"],
    "answer": "各地应认可全国统一格式的重点物资运输车辆通行证，不得层层加码、重复办理。",
    "body": "交通运输部关于做好重点物资运输车辆通行证发放工作的通知。", "regions": ["000000"],
    "categories": ["通行证"], "effective_from": "2022-04-11", "effective_until": "2022-05-31",
    "source": {"issuer": "国务院联防联控机制物流保通保畅工作领导小组", "doc_no": "示例〔2022〕1号"},
}
WUHAN_TEST = {
    "key": "wh-test", "title": "武汉市进出武汉核酸检测要求",
    "answer": "驾乘人员进出武汉需持48小时内核酸检测阴性证明，货车司机可在收费站即采即走。",
    "regions": ["420100"], "categories": ["核酸检测"], "effective_from": "2022-04-20",
    "effective_until": "2022-05-10",
}
HUBEI_TEST = {
    "key": "hb-test", "title": "湖北省高速公路防疫检查站核酸查验",
    "answer": "湖北省内防疫检查站查验72小时内核酸检测阴性证明。",
    "regions": ["420000"], "categories": ["核酸检测"], "effective_from": "2022-04-15",
}


def publish(c, body: dict) -> dict:
    r = c.post(BASE, params={"publish": "true"}, json=body)
    assert r.status_code == 201, r.text
    return r.json()


def test_draft_review_publish_and_versions(editor, reviewer, public):
    r = editor.post(BASE, json=WUHAN_TEST)
    assert r.status_code == 201, r.text
    entry = r.json()
    assert entry["status"] == "draft" and entry["version"] == 1 and entry["regions"][0]["name"] == "湖北省武汉市"
    # A draft is not found by drivers.
    assert public.get(f"{BASE}/search", params={"q": "武汉 核酸", "region": "420102", "at": AT_0425}
                      ).json()["items"] == []
    r = editor.post(f"{BASE}/wh-test/submit", json={"version": 1})
    assert r.json()["status"] == "review"
    r = reviewer.post(f"{BASE}/wh-test/publish", json={"version": 2})
    assert r.status_code == 200 and r.json()["status"] == "published" and r.json()["reviewed"] is True
    changed = {**WUHAN_TEST, "answer": WUHAN_TEST["answer"].replace("48小时", "24小时"), "version": 3}
    r = editor.put(f"{BASE}/wh-test", json=changed)
    assert r.json()["version"] == 4 and r.json()["status"] == "published" and r.json()["reviewed"] is False
    stale = editor.put(f"{BASE}/wh-test", json=changed)
    assert stale.status_code == 409 and stale.json()["error"]["code"] == "version_conflict"
    versions = editor.get(f"{BASE}/wh-test/versions").json()["versions"]
    assert [v["action"] for v in versions] == ["create", "submit", "publish", "edit"]
    assert [v["author"] for v in versions] == ["editor-a", "editor-a", "editor-b", "editor-a"]
    (diff,) = versions[-1]["diff"]
    assert diff["field"] == "answer" and "-驾乘人员进出武汉需持48小时" in diff["unified"]


def test_fast_track_is_searchable_at_once_and_reviewed_by_someone_else(editor, reviewer, public):
    entry = publish(editor, NATIONAL_PASS)
    assert entry["status"] == "published" and entry["reviewed"] is False
    hits = public.get(f"{BASE}/search", params={"q": "通行卡", "region": "420102", "at": AT_0425}).json()["items"]
    assert [h["key"] for h in hits] == ["mot-pass"]
    assert "<mark>通行证</mark>" in hits[0]["highlight"]["title"]
    own = editor.post(f"{BASE}/mot-pass/approve", json={"version": 1})
    assert own.status_code == 403 and own.json()["error"]["code"] == "self_review"
    assert reviewer.post(f"{BASE}/mot-pass/approve", json={"version": 1}).json()["reviewed"] is True


def test_search_is_region_aware_and_dated(editor, public):
    for body in (NATIONAL_PASS, WUHAN_TEST, HUBEI_TEST):
        publish(editor, body)
    publish(editor, {**WUHAN_TEST, "key": "bj-test", "title": "北京市进京核酸检测要求", "regions": ["110000"]})

    def keys(q, region, at=AT_0425):
        r = public.get(f"{BASE}/search", params={"q": q, "region": region, "at": at})
        assert r.status_code == 200, r.text
        return [h["key"] for h in r.json()["items"]]

    # In a Wuhan district: the city rule, then the province's; never Beijing's.
    assert keys("核酸检测报告要多少小时内的", "420102") == ["wh-test", "hb-test"]
    # In 孝感 (another city of 湖北): only the province's rule applies.
    assert keys("核酸检测报告要多少小时内的", "420902") == ["hb-test"]
    # Before 20 April the Wuhan rule was not yet in force; “until 2022-05-10” ends with that day.
    assert keys("核酸检测", "420102", "2022-04-18T12:00:00+08:00") == ["hb-test"]
    assert keys("核酸检测", "420102", "2022-05-11T00:00:00+08:00") == ["hb-test"]
    assert keys("核酸检测", "420102", "2022-05-10T23:59:00+08:00") == ["wh-test", "hb-test"]
    # Synonyms: 48h ↔ 48小时.
    assert keys("48h", "420102")[0] == "wh-test"
    bad = public.get(f"{BASE}/search", params={"q": "核酸", "region": "999999"})
    assert bad.status_code == 422 and bad.json()["error"]["code"] == "invalid_region"


def test_local_entry_overrides_national(editor, public):
    publish(editor, NATIONAL_PASS)
    publish(editor, {**NATIONAL_PASS, "key": "wh-pass", "title": "武汉市通行证办理", "regions": ["420100"],
                     "overrides": ["mot-pass"], "answer": "武汉市通行证在“鄂汇办”申领，当日办结。"})
    wuhan = public.get(f"{BASE}/search", params={"q": "通行证", "region": "420102", "at": AT_0425}).json()
    assert [h["key"] for h in wuhan["items"]] == ["wh-pass"]
    elsewhere = public.get(f"{BASE}/search", params={"q": "通行证", "region": "130102", "at": AT_0425}).json()
    assert [h["key"] for h in elsewhere["items"]] == ["mot-pass"]


def test_withdrawn_entry_disappears_and_feed_says_so(editor, public):
    entry = publish(editor, WUHAN_TEST)
    assert editor.post(f"{BASE}/wh-test/withdraw", json={"version": 1, "note": "政策调整"}).status_code == 200
    assert public.get(f"{BASE}/search", params={"q": "核酸", "region": "420102", "at": AT_0425}).json()["items"] == []
    feed = public.get(f"{BASE}/changes").json()
    assert [(i["kind"], i["entry"]["uid"]) for i in feed["items"]] == [("upsert", entry["uid"]),
                                                                      ("withdraw", entry["uid"])]
    assert public.get(f"{BASE}/changes", params={"since": feed["next_cursor"]}).json()["items"] == []
    atom = ET.fromstring(public.get(f"{BASE}/changes.atom").content)
    titles = [e.findtext("{http://www.w3.org/2005/Atom}title") for e in atom.iter("{http://www.w3.org/2005/Atom}entry")]
    assert titles == [WUHAN_TEST["title"], "【撤回】" + WUHAN_TEST["title"]]


def test_route_lists_rules_in_travel_order(editor, public):
    for body in (NATIONAL_PASS, WUHAN_TEST, HUBEI_TEST):
        publish(editor, body)
    publish(editor, {**WUHAN_TEST, "key": "he-test", "title": "河北省进冀核酸查验", "regions": ["130000"]})
    r = public.get(f"{BASE}/route", params={"from": "420102", "via": "420902", "to": "130102", "at": AT_0425})
    assert r.status_code == 200, r.text
    legs = r.json()["legs"]
    assert [(leg["role"], [e["key"] for e in leg["entries"]]) for leg in legs] == [
        ("from", ["wh-test", "hb-test"]), ("via", ["hb-test"]), ("to", ["he-test"])]
    assert [e["key"] for e in r.json()["national"]] == ["mot-pass"]


def test_writes_need_an_editor_and_errors_speak_chinese(app, kb_ctx, public):
    assert public.post(BASE, json=WUHAN_TEST).status_code == 401
    token = _token(kb_ctx, "operator-a", ["operator"])
    with TestClient(app, headers={"Authorization": f"Bearer {token}"}) as operator:
        r = operator.post(BASE, json=WUHAN_TEST)
        assert r.status_code == 403 and r.json()["error"]["code"] == "forbidden"
    token = _token(kb_ctx, "editor-c", ["kb_editor"])
    with TestClient(app, headers={"Authorization": f"Bearer {token}"}) as ed:
        r = ed.post(BASE, json={**WUHAN_TEST, "regions": ["123456"]})
        assert r.status_code == 422 and "行政区划代码 123456 不存在" in r.json()["error"]["message"]
        r = ed.post(BASE, json={**WUHAN_TEST, "effective_until": "2022-04-01"})
        assert r.status_code == 422 and "失效时间必须晚于生效时间" in r.json()["error"]["message"]
        assert ed.post(BASE, json=WUHAN_TEST).status_code == 201
        dup = ed.post(BASE, json=WUHAN_TEST)
        assert dup.status_code == 409 and dup.json()["error"]["code"] == "duplicate_key"
        r = ed.post(f"{BASE}/wh-test/expire", json={"version": 1})
        assert r.status_code == 409 and "草稿" in r.json()["error"]["message"]
        assert ed.delete(f"{BASE}/wh-test").status_code == 204
        assert ed.get(f"{BASE}/wh-test").status_code == 404


# ---------------------------------------------------------------- import / export (CLI)


def _cli(*args, input=None):
    from typer.testing import CliRunner

    from hotline.cli import app as cli_app

    return CliRunner().invoke(cli_app, ["policies", *args], input=input)


def test_import_dry_run_then_publish_then_export_round_trip(cli_env, tmp_path, public):
    import json

    src = tmp_path / "kb.jsonl"
    src.write_text("\n".join(json.dumps(e, ensure_ascii=False) for e in (NATIONAL_PASS, WUHAN_TEST)) + "\n",
                   encoding="utf-8")
    r = _cli("import", str(src), "--dry-run")
    assert r.exit_code == 0, r.output
    assert "将新建 2 条" in r.output and "未写入" in r.output
    assert public.get(f"{BASE}/search", params={"q": "通行证", "at": AT_0425}).json()["items"] == []
    r = _cli("import", str(src), "--publish")
    assert r.exit_code == 0 and "已新建 2 条" in r.output and "已发布 2 条" in r.output, r.output
    assert [h["key"] for h in public.get(f"{BASE}/search", params={"q": "通行证", "at": AT_0425}).json()["items"]
            ] == ["mot-pass"]
    # Changing one line updates one entry and says which fields changed.
    changed = {**WUHAN_TEST, "answer": "进出武汉需持24小时内核酸检测阴性证明。"}
    src.write_text(json.dumps(NATIONAL_PASS, ensure_ascii=False) + "\n" + json.dumps(changed, ensure_ascii=False),
                   encoding="utf-8")
    r = _cli("import", str(src), "--dry-run")
    assert "更新 wh-test：answer" in r.output and "未变 1 条" in r.output, r.output
    out = tmp_path / "out.jsonl"
    r = _cli("export", "--out", str(out))
    assert r.exit_code == 0, r.output
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [e["key"] for e in lines] == ["mot-pass", "wh-test"]
    assert lines[0]["effective_until"] == "2022-06-01T00:00:00+08:00"  # “until 05-31” = through that day
    assert lines[0]["source"]["doc_no"] == NATIONAL_PASS["source"]["doc_no"]
    # What was exported imports back unchanged.
    r = _cli("import", str(out), "--dry-run")
    assert "未变 2 条" in r.output, r.output


def test_import_with_a_bad_line_imports_nothing(cli_env, tmp_path):
    import json

    src = tmp_path / "bad.jsonl"
    src.write_text(json.dumps(NATIONAL_PASS, ensure_ascii=False) + "\n" +
                   json.dumps({**WUHAN_TEST, "regions": ["999999"]}, ensure_ascii=False) + "\n{not json\n",
                   encoding="utf-8")
    r = _cli("import", str(src), "--publish")
    assert r.exit_code == 1
    assert "第 2 行" in r.output and "999999" in r.output and "第 3 行" in r.output
    assert "未导入任何条目" in r.output
    r = _cli("export")
    assert r.exit_code == 0 and r.stdout.strip() == ""


def test_demo_entries_load_and_answer_dated_questions(cli_env, public):
    r = _cli("demo")
    assert r.exit_code == 0, r.output
    import re

    created = int(re.search(r"已新建 (\d+) 条", r.output).group(1))
    assert created >= 150
    april = public.get(f"{BASE}/search", params={"q": "进武汉核酸要多少小时内的", "region": "420102",
                                                 "at": AT_0425}).json()["items"]
    may = public.get(f"{BASE}/search", params={"q": "进武汉核酸要多少小时内的", "region": "420102",
                                               "at": "2022-05-12T10:00:00+08:00"}).json()["items"]
    keys_april, keys_may = [h["key"] for h in april], [h["key"] for h in may]
    assert "wh-test-apr" in keys_april[:5] and "wh-test-may" not in keys_april
    assert "wh-test-may" in keys_may[:5] and "wh-test-apr" not in keys_may


FORMAT_ENTRY = {"key": "wh-test", "title": "武汉市核酸检测要求", "answer": "须持48小时内核酸检测阴性证明。",
                "regions": ["420100"], "categories": ["control.testing"], "effective_from": "2022-04-20"}


def test_cli_imports_and_exports_xlsx_and_markdown(cli_env, tmp_path):
    import json

    from openpyxl import Workbook

    sheet = tmp_path / "batch.xlsx"
    wb = Workbook()
    wb.active.append(["标题", "分类路径", "关键词", "答复口径", "发布单位", "外部编号"])
    wb.active.append(["通行证互认", "疫情防控/通行证", "通行证", "全国互认。", "交通运输部", "mot-pass"])
    wb.active.append(["说明", "综合/未知", "", "其他答复。", "交通运输部", "misc"])
    wb.save(sheet)
    r = _cli("import", str(sheet), "--dry-run")
    assert r.exit_code == 0, r.output
    assert "将新建 2 条" in r.output and "提示 第 3 行：分类路径 综合/未知" in r.output
    r = _cli("import", str(sheet), "--publish")
    assert r.exit_code == 0 and "已新建 2 条" in r.output, r.output

    md = tmp_path / "local.md"
    md.write_text(f"## {FORMAT_ENTRY['title']}\n- 编号: wh-test\n- 地区: 武汉\n- 生效: 2022-04-20\n- 分类: 核酸检测\n\n"
                  f"{FORMAT_ENTRY['answer']}\n", encoding="utf-8")
    r = _cli("import", str(md), "--publish")
    assert r.exit_code == 0 and "已新建 1 条" in r.output, r.output

    out_x, out_md, out_j = tmp_path / "out.xlsx", tmp_path / "out.md", tmp_path / "out.jsonl"
    for fmt, out in (("xlsx", out_x), ("md", out_md), ("jsonl", out_j)):
        r = _cli("export", "--format", fmt, "--out", str(out))
        assert r.exit_code == 0 and "已导出 3 条" in r.output, r.output
    wuhan = [json.loads(line) for line in out_j.read_text(encoding="utf-8").splitlines()][2]
    assert wuhan == {**FORMAT_ENTRY, "effective_from": "2022-04-20T00:00:00+08:00"}
    for out in (out_x, out_md):
        r = _cli("import", str(out), "--dry-run")
        assert r.exit_code == 0 and "未变 3 条" in r.output, (out, r.output)


def test_cli_refuses_a_broken_docx_and_unknown_formats(cli_env, tmp_path):
    doc = tmp_path / "notice.docx"
    doc.write_bytes(b"PK")
    r = _cli("import", str(doc))
    assert r.exit_code == 1 and "不是有效的 Word" in r.output and "未导入任何条目" in r.output
    assert _cli("export", "--format", "pdf").exit_code == 2


# ---------------------------------------------------------------- following an upstream (two servers)


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _server(tmp_path, name: str):
    """A real `hotline serve` process on loopback with its own SQLite database and an editor token."""
    import os

    import httpx

    from hotline.domain.clock import SystemClock
    from hotline.services import auth
    from hotline.services.units import upsert_units
    from hotline.store.db import Database
    from hotline.store.migrate import upgrade

    from ..conftest import LiveServer

    url = f"sqlite:///{tmp_path / name}.db"
    db = Database(url)
    upgrade(db)
    ctx = Context(db=db, clock=SystemClock(), storage=LocalFileStorage(tmp_path / f"{name}-files"))
    upsert_units(ctx, [{"code": "mot", "name": "交通运输部", "region": "000000", "parent": None, "kind": "ministry"}])
    auth.add_user(ctx, "editor", unit="mot", roles=["kb_editor"])
    token = auth.create_token(ctx, "editor")
    db.dispose()
    port = _free_port()
    env = {**os.environ, "HOTLINE_DATABASE_URL": url, "HOTLINE_FILES_DIR": str(tmp_path / f"{name}-files")}
    proc = LiveServer.start(env, port)  # waits until it answers (the worker loads its models first)
    base = f"http://127.0.0.1:{port}"
    client = httpx.Client(base_url=base, headers={"Authorization": f"Bearer {token}"}, timeout=10)
    return proc, base, client


@pytest.fixture
def two_hotlines(tmp_path):
    started = [_server(tmp_path, "ministry"), _server(tmp_path, "province")]
    yield [(base, client) for _, base, client in started]
    for proc, _, client in started:
        client.close()
        proc.terminate()
        proc.wait(timeout=10)


def test_province_follows_ministry_over_loopback(two_hotlines):
    (up_url, up), (_, down) = two_hotlines
    search = {"q": "通行卡", "region": "420102", "at": AT_0425}
    entry = up.post(BASE, params={"publish": "true"}, json=NATIONAL_PASS).json()
    draft = up.post(BASE, json={**WUHAN_TEST, "key": "draft-only"}).json()
    own = down.post(BASE, params={"publish": "true"}, json={**HUBEI_TEST, "key": "hb-own"}).json()

    r = down.post(f"{BASE}/sync", json={"upstream": up_url})
    assert r.status_code == 200, r.text
    assert r.json()["applied"] == 1
    hits = down.get(f"{BASE}/search", params=search).json()["items"]
    assert [(h["key"], h["origin"]) for h in hits] == [("mot-pass", up_url)]
    copy = down.get(f"{BASE}/{entry['uid']}").json()
    assert copy["read_only"] is True and copy["origin"] == up_url
    assert down.get(f"{BASE}/{draft['uid']}").status_code == 404  # drafts never travel
    # Upstream entries are read-only downstream; the province's own entry sits beside them.
    r = down.post(f"{BASE}/{entry['uid']}/withdraw", json={"version": copy["version"]})
    assert r.status_code == 403 and r.json()["error"]["code"] == "upstream_read_only"
    assert down.get(f"{BASE}/hb-own").json()["origin"] is None and own["status"] == "published"

    # A second pull with nothing new applies nothing; a withdrawal upstream removes it downstream.
    assert down.post(f"{BASE}/sync", json={"upstream": up_url}).json()["applied"] == 0
    assert up.post(f"{BASE}/{entry['uid']}/withdraw", json={"version": 1}).status_code == 200
    assert down.post(f"{BASE}/sync", json={"upstream": up_url}).json()["applied"] == 1
    assert down.get(f"{BASE}/search", params=search).json()["items"] == []
    assert down.get(f"{BASE}/{entry['uid']}").json()["status"] == "withdrawn"


@pytest.mark.parametrize("url", ["javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,<script>", "ftp://x"])
def test_a_source_link_must_be_a_web_address(client, url):
    body = {"title": "通行证办理", "answer": "到政务服务网办理", "regions": ["420000"], "source": {"url": url}}
    r = client.post("/api/v1/policies", json=body)
    assert r.status_code == 422 and "http://" in r.text
    body["source"]["url"] = "https://jtt.hubei.gov.cn/policy/1.html"
    assert client.post("/api/v1/policies", json=body).status_code == 201
