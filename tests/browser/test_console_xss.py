"""Script injection probes in a real browser (issue #10).

Cases, replies, notes, an attachment, a knowledge-base entry, a hotspot incident, a unit and a user are
stored with markup in every field a page shows; then every console page and the public pages that
show them are opened. Each page must show the markup as text and run none of it. The pages' CSP would
stop an injected inline script even if a template let it through, so the test does not only ask
whether `window.__xss` was set: it looks for the injected elements and attributes themselves in the
DOM, for CSP reports and other console errors, and for dialogs."""

from __future__ import annotations

import re
import uuid

import httpx
import pytest
import sqlalchemy as sa
from playwright.sync_api import Browser, Page, expect

from hotline.domain.clock import SystemClock
from hotline.store.console_tables import console_kb_misses
from hotline.store.deadline_tables import deadline_alerts, deadline_clocks
from hotline.store.policy_tables import policies
from hotline.store.tables import cases
from tests.browser.conftest import SIZES, plant_incident
from tests.browser.test_console_flow import PASSWORD

pytestmark = pytest.mark.slow

SCRIPT = "<script>window.__xss=1</script>"
IMG = '<img src=x onerror="window.__xss=1">'
SVG = '"><svg onload=window.__xss=1>'
JS_URL = "javascript:window.__xss=1"
IMG_BARE = "<img src=x onerror=window.__xss=1>"  # a multipart file name cannot carry the quotes
SVG_BARE = "<svg onload=window.__xss=1>"  # fits the 30 characters of a saved filter's name
UNIT = "xss-unit"
USER = "xss<svg onload=window.__xss=1>"

# What an injection leaves behind in the DOM. Our own pages have no inline handlers, no inline
# scripts (only JSON data blocks) and no javascript: links (the CSP forbids them anyway).
INJECTED = """() => {
    const found = [];
    for (const el of document.querySelectorAll('*')) {
        for (const attr of el.attributes) {
            if (/^on/i.test(attr.name)) found.push(el.tagName + ' ' + attr.name);
            if (/^(href|src|action|formaction)$/i.test(attr.name) && /^\\s*javascript:/i.test(attr.value))
                found.push(el.tagName + ' ' + attr.name + '=' + attr.value);
        }
    }
    for (const s of document.querySelectorAll('script:not([src])'))
        if (s.type !== 'application/json') found.push('inline script: ' + s.textContent.slice(0, 60));
    return found;
}"""


@pytest.fixture(scope="module")
def planted(server):
    """The probes, stored through the API (as an admin and as the probe user) and the services."""
    from hotline.services.cases import Context
    from hotline.services.units import upsert_units
    from hotline.store.db import Database
    from hotline.store.files import LocalFileStorage

    db = Database(server.database_url)
    ctx = Context(db=db, clock=SystemClock(), storage=LocalFileStorage(server.env["HOTLINE_FILES_DIR"]),
                  system_actor="xss-probe")
    upsert_units(ctx, [{"code": UNIT, "name": f"洪山{IMG}专班", "region": "420111", "parent": "hb-wuhan"}])
    server.cli("user", "add", USER, "--unit", UNIT, "--role", "handler", "--display-name", f"张三{SCRIPT}",
               stdin=f"{PASSWORD}\n".encode())
    admin = httpx.Client(base_url=server.url, timeout=30,
                         headers={"Authorization": f"Bearer {server.cli('token', 'create', 'admin')}"})
    probe = httpx.Client(base_url=server.url, timeout=30,
                         headers={"Authorization": f"Bearer {server.cli('token', 'create', USER)}"})
    mark = uuid.uuid4().hex[:6]
    r = admin.post("/api/v1/cases", json={
        "type": "complaint", "category": "highway.toll", "urgent": True, "channel": "api",
        "title": f"洪山收费站{mark} {SCRIPT}", "description": f"多收费 {IMG} {SVG} {JS_URL}",
        "reporter": {"name": f"李四{SVG}", "phone": "13907125678", "company": f"物流{IMG}"},
        "place": {"region": "420111", "address": f"洪山区{IMG}", "road": f"G{SVG}", "landmark": f"{JS_URL}"}})
    assert r.status_code == 201, r.text
    case = r.json()
    number = case["number"]

    def act(client, action, **body):
        version = client.get(f"/api/v1/cases/{number}").json()["version"]
        done = client.post(f"/api/v1/cases/{number}/actions/{action}", json={"version": version, **body})
        assert done.status_code == 200, done.text

    act(admin, "dispatch", unit=UNIT, note=f"请核实{SVG}")
    act(probe, "accept")
    act(probe, "note", note=f"已联系{IMG}")
    up = admin.post(f"/api/v1/cases/{number}/attachments",
                    files={"file": (f"票据{IMG_BARE}.png", b"\x89PNG\r\n\x1a\nprobe", "image/png")})
    assert up.status_code == 201, up.text
    act(probe, "reply", reply=f"已退费{SCRIPT}{IMG}")

    # A second case stays with the unit (the first is replied), so the handler's queue lists it.
    waiting = admin.post("/api/v1/cases", json={
        "type": "complaint", "category": "highway.toll", "channel": "api", "title": f"洪山第二件{mark} {IMG}",
        "place": {"region": "420111"}}).json()
    done = admin.post(f"/api/v1/cases/{waiting['number']}/actions/dispatch",
                      json={"version": waiting["version"], "unit": UNIT})
    assert done.status_code == 200, done.text

    # A call popped to the admin's workbench, a question the knowledge base could not answer and a
    # deadline warning on the waiting case, each with markup. The calls API checks the caller's
    # number; the miss and the warning are written as the workbench and the sweep write them.
    call = admin.post("/api/v1/calls", json={"call_id": f"c{mark}{SVG}", "caller": "13907125678",
                                             "line": SVG_BARE, "agent": "admin"})
    assert call.status_code == 201, call.text
    server.cli("jobs", "run", "--once")  # the clocks of the cases above
    now = SystemClock().now()
    with db.write() as conn:
        conn.execute(sa.insert(console_kb_misses).values(at=now, actor="admin", query=f"洪山{SVG}", region="420111"))
        clock = conn.execute(sa.select(deadline_clocks).join(cases, cases.c.id == deadline_clocks.c.case_id)
                             .where(cases.c.number == waiting["number"], deadline_clocks.c.state == "running")
                             .order_by(deadline_clocks.c.id)).first()
        assert clock is not None, "the job must have started the waiting case's clocks"
        conn.execute(sa.insert(deadline_alerts).values(
            case_id=clock.case_id, clock_id=clock.id, clock=clock.name, kind="warning", due_at=clock.due_at,
            fired_at=now, unit=UNIT, escalated_to=None, supervisors=[], notified=False))

    policy = {
        "title": f"洪山收费站{mark}退费 {SCRIPT}", "answer": f"洪山收费站多收的通行费可退 {IMG}",
        "body": f"# 标题{SVG}\n\n[原文]({JS_URL})\n\n<img src=x onerror=\"window.__xss=1\">",
        "questions": [f"洪山收费站{SVG}"], "regions": ["000000"], "tags": [f"退费{SVG}"[:30]],
        "source": {"issuer": f"湖北{IMG}", "doc_no": f"鄂{SVG}"[:100], "url": JS_URL}}
    refused = admin.post("/api/v1/policies?publish=true", json=policy)
    assert refused.status_code == 422 and "source.url" in refused.text  # the API takes only http(s) links
    entry = admin.post("/api/v1/policies?publish=true",
                       json={**policy, "source": {**policy["source"], "url": "https://jtt.hubei.gov.cn/1.html"}})
    assert entry.status_code == 201, entry.text
    reading = admin.post("/api/v1/policies?publish=true", json={
        **policy, "title": f"政策解读{mark} {IMG}", "tags": ["政策解读"], "questions": [f"解读{SVG}"],
        "source": {**policy["source"], "url": "https://jtt.hubei.gov.cn/2.html"}})
    assert reading.status_code == 201, reading.text
    # Entries stored before that rule (or written by other means) may still hold one: the pages must
    # not turn it into a link either.
    with db.engine.begin() as conn:
        conn.execute(sa.update(policies).values(source_url=JS_URL))

    incident = plant_incident(server, f"洪山收费站集中投诉 {SCRIPT}", UNIT, [number], words=[f"收费{IMG}", "洪山"],
                              anchor=f"洪山{SVG}", route_reason=f"路由{IMG}", opened_by=f"检测{SVG}")
    admin.close()
    probe.close()
    db.engine.dispose()
    return {"number": number, "tracking_code": case["tracking_code"], "uid": entry.json()["uid"],
            "incident": incident, "mark": mark, "waiting": waiting["number"]}


class Probe:
    """One logged-in (or anonymous) browser tab that records dialogs, console errors and CSP headers."""

    def __init__(self, browser: Browser, server, username: str | None = None, password: str = PASSWORD):
        self.server = server
        self.context = browser.new_context(viewport=SIZES["1366x768"], locale="zh-CN")
        self.page = page = self.context.new_page()
        self.dialogs: list[str] = []
        self.problems: list[str] = []
        self.policies: dict[str, str] = {}
        page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        page.on("console", lambda m: self.problems.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: self.problems.append(str(e)))
        page.on("response", self._record_csp)
        if username:
            page.goto(f"{server.url}/console/login")
            page.get_by_label("用户名").fill(username)
            page.get_by_label("密码").fill(password)
            page.get_by_role("button", name="登录").click()
            page.wait_for_url(re.compile(r"/console/(?!login)"))

    def _record_csp(self, response) -> None:
        if response.request.resource_type == "document" and not 300 <= response.status < 400:  # a redirect has no page
            self.policies[response.url] = response.headers.get("content-security-policy", "")

    def visit(self, path: str, *shown: str) -> Page:
        self.page.goto(self.server.url + path)
        self.page.wait_for_load_state("networkidle")
        return self.check(path, *shown)

    def sweep(self, path: str) -> int:
        """Open `path` whatever it answers (error pages are checked too) and check it; the status."""
        response = self.page.goto(self.server.url + path)
        self.page.wait_for_load_state("networkidle")
        # A 4xx document is reported on the console as a failed load: that is the answer, not a fault.
        self.problems[:] = [p for p in self.problems if not p.startswith("Failed to load resource")]
        self.check(path)
        return response.status if response else 0

    def check(self, where: str, *shown: str) -> Page:
        page = self.page
        assert page.evaluate("typeof window.__xss") == "undefined", where
        assert page.evaluate(INJECTED) == [], where
        text = page.locator("body").inner_text()
        for s in shown:
            assert s in text, f"{where}: {s!r} is not shown as text"
        assert self.dialogs == [], where
        assert self.problems == [], f"{where}: {self.problems}"
        return page

    def close(self) -> None:
        for url, policy in self.policies.items():
            script_src = next((d for d in policy.split(";") if d.strip().startswith("script-src")), "")
            assert script_src and "'unsafe-inline'" not in script_src and "'unsafe-eval'" not in script_src, url
        self.context.close()


def test_console_pages_show_markup_as_text(browser: Browser, server, planted):
    n, mark = planted["number"], planted["mark"]
    admin = Probe(browser, server, "admin", "admin12328")
    admin.visit(f"/console/cases/{n}", SCRIPT, IMG, SVG, JS_URL, f"李四{SVG}", f"洪山区{IMG}", f"已退费{SCRIPT}{IMG}",
                f"已联系{IMG}", f"票据{IMG_BARE}.png", f"洪山{IMG}专班", USER)
    admin.visit(f"/console/cases?q={mark}", f"洪山收费站{mark} {SCRIPT}")
    probe_q = f"{mark} {SVG}"
    page = admin.visit("/console/cases?" + str(httpx.QueryParams({"q": probe_q})))
    expect(page.locator("input[name='q']")).to_have_value(probe_q)  # the query echoed in its box
    admin.visit(f"/console/cases?unit={UNIT}", f"洪山收费站{mark} {SCRIPT}")
    admin.visit("/console/hotspots?show=all", f"洪山收费站集中投诉 {SCRIPT}")
    admin.visit(f"/console/hotspots/{planted['incident']}", f"洪山收费站集中投诉 {SCRIPT}", f"洪山{IMG}专班",
                f"洪山收费站{mark} {SCRIPT}")
    admin.visit("/console/dashboard", f"洪山收费站集中投诉 {SCRIPT}")
    admin.visit(f"/console/kb/{planted['uid']}")
    expect(admin.page.get_by_label("标题")).to_have_value(f"洪山收费站{mark}退费 {SCRIPT}")
    admin.visit(f"/console/kb/{planted['uid']}/versions", f"洪山收费站{mark}退费 {SCRIPT}")
    admin.visit("/console/kb", f"洪山收费站{mark}退费 {SCRIPT}")
    admin.visit("/console/reports")

    # The knowledge answer panel of the workbench (highlighted search results) and its hand search.
    wb = admin.visit("/console/workbench")
    wb.locator("#kb-q").fill(f"洪山收费站{mark}")
    wb.keyboard.press("Enter")
    expect(wb.locator("#kb-results")).to_contain_text(f"多收的通行费可退 {IMG}")
    admin.check("workbench knowledge search")
    wb.locator("#kb-q").fill(SVG)
    wb.keyboard.press("Enter")
    wb.wait_for_load_state("networkidle")
    admin.check("workbench knowledge search echo")

    # Saved filter names are kept in the browser and drawn by cases.js.
    page = admin.visit(f"/console/cases?q={mark}")
    page.locator("#saved-name").fill(f"我的{SVG_BARE}")
    page.locator("#save-filter").click()
    expect(page.locator("#saved-list")).to_contain_text(f"我的{SVG_BARE}")
    admin.visit(f"/console/cases?q={mark}", f"我的{SVG_BARE}")
    admin.close()

    handler = Probe(browser, server, USER)
    handler.visit("/console/queue", USER, f"洪山{IMG}专班", f"洪山第二件{mark} {IMG}")
    handler.visit(f"/console/cases/{n}", f"已退费{SCRIPT}{IMG}")
    handler.visit("/console/hotspots", f"洪山收费站集中投诉 {SCRIPT}")
    handler.close()


def test_public_pages_show_markup_as_text(browser: Browser, server, planted):
    public = Probe(browser, server)
    mark = planted["mark"]
    public.visit(f"/public/policies/{planted['uid']}", f"洪山收费站{mark}退费 {SCRIPT}", f"通行费可退 {IMG}")
    public.page.get_by_text("全文").first.click()
    public.check("policy body", f"# 标题{SVG}", f"[原文]({JS_URL})")
    assert public.page.locator("a", has_text="原文").count() == 0 or all(
        not href.lower().startswith("javascript:")
        for href in public.page.locator("a").evaluate_all("as => as.map(a => a.getAttribute('href') || '')"))
    public.visit(f"/public/search?q={mark}", f"洪山收费站{mark}退费 {SCRIPT}")
    page = public.visit("/public/search?" + str(httpx.QueryParams({"q": SVG})))
    expect(page.locator("input[name='q']").first).to_have_value(SVG)
    public.visit("/public/policies?region=420111")
    page = public.visit("/public/track")
    page.locator("input[name='code']").fill(planted["tracking_code"])
    page.locator("input[name='digits']").fill("5678")
    page.get_by_role("button", name="查询").click()
    page.wait_for_url(re.compile(r"/public/track/view"))
    public.check("track view", f"洪山收费站{mark} {SCRIPT}", f"已退费{SCRIPT}{IMG}")
    public.close()


# ---------------------------------------------------------------- every page, from the app's own routes

# What is not a page a person reads, and why it is left out. A new route is swept unless it is named
# here: the sweep reads the routes from the app, so a page added later is probed without anyone
# remembering to list it.
NOT_PAGES = {
    "/console/static/{path:path}": "static files: our scripts, styles and vendored assets",
    "/public/static/{name}": "static files",
    "/console/workbench/stream": "server-sent events (never end); workbench.js writes what they carry as text",
    "/console/queue/stream": "server-sent events; queue.js only asks htmx to refresh",
    "/docs": "the vendored Swagger UI, which has its own CSP (docs/security.md)",
    "/metrics": "Prometheus text",
    "/openapi.json": "JSON",
}
# Pages reached only by posting a form first; the test named drives the form in the browser.
BY_FLOW = {"/public/submit/done": "test_public_submit_shows_markup_as_text",
           "/public/track/view": "test_public_pages_show_markup_as_text"}
# Every query parameter a page reads (the handlers' signatures and their request.query_params), each
# given markup on the second visit of every page: what a page echoes must be text, error pages too.
QUERY = ("q", "place", "province", "city", "from", "via", "to", "at", "page", "title", "region", "type",
         "category", "phone", "call", "created", "done", "failed", "reason", "period", "date", "unit",
         "clock", "outcome", "status", "cursor", "show", "back", "saved", "after", "co_after", "rows",
         "case", "t", "code", "digits", "next", "error")


def page_routes() -> list[str]:
    """The GET routes of the console and of the public site (and the root), from the app itself."""
    from hotline.settings import Settings
    from hotline.web.app import create_app
    from tests.conftest import all_routes

    app = create_app(Settings(database_url="sqlite://"))  # only its routes are read
    found = {route.path for route in all_routes(app.routes)
             if "GET" in (getattr(route, "methods", None) or ()) and not route.path.startswith(("/api/", "/open311/"))}
    return sorted(found)


def test_every_route_is_swept_or_named():
    routes = page_routes()
    assert {"/console/cases/{number}", "/console/kb/gaps", "/public/route"} <= set(routes)  # the reading works
    stale = (set(NOT_PAGES) | set(BY_FLOW)) - set(routes)
    assert not stale, f"named routes that no longer exist: {stale}"
    assert all(name in globals() for name in BY_FLOW.values())


def test_every_page_shows_markup_as_text(browser: Browser, server, planted):
    """Every page route, as the admin, as a handler of the probe unit and anonymously: once plain
    (the stored markup), once with markup in every query parameter (the echoes and error pages)."""
    values = {"number": planted["number"], "uid": planted["uid"], "incident_id": str(planted["incident"])}
    routes = [r for r in page_routes() if r not in NOT_PAGES]
    visitors = {"admin": Probe(browser, server, "admin", "admin12328"), "handler": Probe(browser, server, USER),
                "anonymous": Probe(browser, server)}
    echo = str(httpx.QueryParams({name: SVG for name in QUERY}))
    reached: dict[str, list[str]] = {}
    for route in routes:
        missing = set(re.findall(r"{(\w+)", route)) - set(values)
        assert not missing, f"{route}: the sweep has no value for {missing}; plant one in `planted`"
        path = re.sub(r"{(\w+)}", lambda m: values[m.group(1)], route)
        for who, probe in visitors.items():
            for url in (path, f"{path}?{echo}"):
                status = probe.sweep(url)
                if url == path and 200 <= status < 300 and probe.page.url.startswith(server.url + path.rstrip("/")):
                    reached.setdefault(route, []).append(who)
    for probe in visitors.values():
        probe.close()
    unreached = [r for r in routes if r not in reached and r not in BY_FLOW]
    assert unreached == [], f"pages no visitor could open (the sweep would prove nothing there): {unreached}"
    # The stored markup reached the pages that show it (as text: Probe.sweep found no injection).
    assert {"/console/workbench/calls", "/console/kb/gaps", "/console/queue/alerts", "/public/interpretation"} <= set(reached)


def test_public_submit_shows_markup_as_text(browser: Browser, server):
    public = Probe(browser, server)
    page = public.visit("/public/submit")
    page.get_by_label("省份", exact=True).select_option(label="湖北省")
    expect(page.get_by_label("城市", exact=True).locator("option", has_text="孝感市")).to_be_attached()
    page.get_by_label("城市", exact=True).select_option(label="孝感市")
    page.get_by_label("投诉").check()
    page.get_by_label("问题类别").select_option(label="一刀切劝返")
    page.get_by_label("道路", exact=True).fill(f"G4{SVG_BARE}")
    page.get_by_label("收费站/服务区/路口").fill(f"收费站{SVG_BARE}")
    page.get_by_label("一句话说明").fill(f"孝感北收费站劝返 {SCRIPT}")
    page.get_by_label("详细经过").fill(f"持证仍被劝返 {IMG} {SVG}")
    page.get_by_label("手机号码").fill("13907125678")
    page.get_by_role("button", name="提交", exact=True).click()
    page.wait_for_url(re.compile(r"/public/submit/done\?t="))
    public.check("submit done")  # the ticket page shows the number and code, not the text
    number = page.locator("[data-case-number]").inner_text().strip()
    public.close()
    admin = Probe(browser, server, "admin", "admin12328")
    admin.visit(f"/console/cases/{number}", f"孝感北收费站劝返 {SCRIPT}", f"持证仍被劝返 {IMG} {SVG}",
                f"收费站{SVG_BARE}")
    admin.close()
