"""Browser tests of the drivers' public pages: Playwright for Python (pytest-playwright) driving
Debian's chromium on a 390×844 phone viewport, against a real `hotline serve` process on a free
loopback port with a fresh SQLite database loaded by `hotline demo`.

Without chromium or Playwright the tests skip — except in CI (CI=true), where that is a failure.
Screenshots go to var/screenshots/public/.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

import pytest

from tests.browser.conftest import demo_server
from tests.conftest import skip_or_fail

try:
    import pytest_playwright  # noqa: F401  (provides the `browser` fixture)
    HAVE_PLAYWRIGHT = True
except ImportError:  # pragma: no cover - depends on the machine
    HAVE_PLAYWRIGHT = False

ROOT = Path(__file__).resolve().parents[3]
SCREENSHOTS = ROOT / "var" / "screenshots" / "public"
PHONE = {"width": 390, "height": 844}

# An interpretation entry (政策解读) beside the demo's rules, so the column has something to show.
INTERPRETATION = {
    "key": "pub-test-explain", "title": "一图读懂：货车司机跨省通行怎么办", "regions": ["000000"],
    "categories": ["政策解读"], "tags": ["通行证", "核酸检测"], "effective_from": "2022-04-11",
    "answer": "通行证全国互认、核酸检测结果全国互认；遇到层层加码、一刀切劝返，请拨打 12328 或在本站反映。",
    "body": "一、通行证怎么办：向始发地或目的地交通运输部门网上申领，当日办结。\n二、核酸证明：48 小时内阴性证明全国互认。",
    "source": {"issuer": "交通运输部"}, "demo": True,
}

if not HAVE_PLAYWRIGHT:
    @pytest.fixture(scope="session")
    def browser():
        skip_or_fail("pytest-playwright is not installed (pip install playwright==1.65.2 pytest-playwright==0.10.0)")


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    """Debian's chromium, never a downloaded build (`playwright install` is not used)."""
    path = shutil.which("chromium")
    if path is None:
        skip_or_fail("chromium is not installed (apt-get install chromium fonts-wqy-microhei)")
    return {**browser_type_launch_args, "executable_path": path}


@pytest.fixture(scope="session")
def public_server(tmp_path_factory):
    """The demo server of the console tests' helper, plus one 政策解读 entry."""
    # The database on tmpfs when there is one: `hotline demo` commits over a thousand times.
    shm = Path("/dev/shm")
    home = Path(tempfile.mkdtemp(prefix="hotline-public-", dir=shm)) if shm.is_dir() else tmp_path_factory.mktemp("public")

    def add_interpretation(srv):
        srv.cli("policies", "import", "-", "--publish",
                stdin=(json.dumps(INTERPRETATION, ensure_ascii=False) + "\n").encode())

    try:
        with demo_server(home, add_interpretation) as srv:
            yield srv
    finally:
        if home.is_relative_to(shm):
            shutil.rmtree(home, ignore_errors=True)


@pytest.fixture(scope="session")
def shots() -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS


def new_phone(browser, *, javascript: bool = True, **extra):
    """A fresh phone-sized context (no cache, no cookies) and a page that records script errors."""
    context = browser.new_context(viewport=PHONE, device_scale_factor=2, is_mobile=True, has_touch=True,
                                  locale="zh-CN", timezone_id="Asia/Shanghai", java_script_enabled=javascript, **extra)
    context.set_default_timeout(15_000)
    page = context.new_page()
    page.problems = []  # console errors (a CSP violation lands here) and uncaught exceptions
    page.on("console", lambda m: page.problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: page.problems.append(str(e)))
    return context, page
