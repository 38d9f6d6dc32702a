"""Accessibility of the main console pages in a real browser: every form control has a name a
screen reader can read, images have text, each page has one h1 inside <main>, and the keyboard
reaches the controls (Tab moves focus onto them)."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser

from tests.browser.test_console_flow import console_page

pytestmark = pytest.mark.slow

PAGES = {
    "mot.operator": ["/console/workbench", "/console/cases", "/console/reports"],
    "hb-xiaogan.handler": ["/console/queue", "/console/hotspots"],
    "mot.supervisor": ["/console/dashboard", "/console/hotspots"],
    "mot.kb_editor": ["/console/kb"],
}

UNNAMED = """() => [...document.querySelectorAll('input, select, textarea, button')].filter(el => {
    if (el.type === 'hidden' || el.closest('[hidden]') || el.offsetParent === null) return false;
    const labelled = (el.labels && el.labels.length) || el.getAttribute('aria-label')
        || el.getAttribute('aria-labelledby') || el.getAttribute('title');
    const text = (el.tagName === 'BUTTON' || el.type === 'submit') && (el.textContent || el.value || '').trim();
    return !(labelled || text);
}).map(el => el.outerHTML.slice(0, 120))"""


@pytest.mark.parametrize("username", sorted(PAGES))
def test_controls_are_named_and_reachable_by_keyboard(browser: Browser, server, username):
    context, page = console_page(browser, server, username)
    try:
        for path in PAGES[username]:
            page.goto(f"{server.url}{path}")
            page.wait_for_load_state("networkidle")
            assert page.evaluate(UNNAMED) == [], f"{path}: controls without an accessible name"
            assert page.evaluate("[...document.images].filter(i => !i.hasAttribute('alt')).length") == 0, path
            assert page.locator("main h1").count() == 1, f"{path}: one h1 in <main>"
            focused = set()
            for _ in range(12):
                page.keyboard.press("Tab")
                focused.add(page.evaluate("document.activeElement && document.activeElement.tagName"))
            assert focused & {"A", "INPUT", "BUTTON", "SELECT", "TEXTAREA"}, f"{path}: Tab reaches nothing"
    finally:
        context.close()
