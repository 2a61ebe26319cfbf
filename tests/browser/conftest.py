"""Fixtures for browser tests: Debian's chromium, headless, driven by playwright against pytest-django's
live server. Reusable by every app's browser tests:

* ``browser``: one chromium per test module (a sync playwright loop must not outlive the module);
* ``page``: a fresh context and page on the live server, Vietnamese locale and Vietnam time; every request
  that would leave 127.0.0.1/localhost is recorded and aborted, and the test fails if there was one;
* ``axe``: a function that runs axe-core (pinned, from npm) on a page and returns its violations;
* ``screenshot``: a function that writes ``docs/screenshots/<name>.png``.

Mark browser tests with ``@pytest.mark.browser``; select or skip them with ``-m browser`` / ``-m "not browser"``.
"""

import json
import os
import subprocess
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.browser.inflight import wait_until_answered

REPO = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--no-first-run", "--disable-sync",
]
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1", "[::1]"}
AXE_SCRIPT = REPO / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = REPO / "docs" / "screenshots"
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 375, "height": 812}


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"Browser tests need chromium at {CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH).")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def is_local(url):
    if url.startswith(("data:", "blob:", "about:")):
        return True
    return urlsplit(url).hostname in LOCAL_HOSTS


@pytest.fixture
def outside_requests():
    """URLs the page tried to fetch from another host (they were aborted)."""
    return []


@pytest.fixture
def browser_context_options():
    """Override in a test module to change the viewport, locale or anything else new_context() takes."""
    return {}


@pytest.fixture
def page(browser, live_server, outside_requests, browser_context_options):
    options = {"locale": "vi-VN", "timezone_id": "Asia/Ho_Chi_Minh", "viewport": DESKTOP,
               "base_url": live_server.url, **browser_context_options}
    context = browser.new_context(**options)

    def guard(route, request):
        if is_local(request.url):
            route.continue_()
        else:
            outside_requests.append(request.url)
            route.abort()

    context.route("**/*", guard)
    page = context.new_page()
    page.set_default_timeout(20_000)
    page.console_errors = []
    page.on("console", lambda message: message.type == "error" and page.console_errors.append(message.text))
    page.on("pageerror", lambda error: page.console_errors.append(str(error)))
    yield page
    context.close()
    # A request the browser left behind may still be running in the live server; the flush must not race it.
    assert wait_until_answered(), "The live server was still answering a request 15 s after the browser closed"
    assert not outside_requests, f"Requests left this machine: {outside_requests}"


def ensure_axe():
    if not AXE_SCRIPT.exists():
        subprocess.run([str(REPO / "tests" / "browser" / "ensure_axe.sh")], check=True, timeout=300)
    return AXE_SCRIPT.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def axe_source():
    return ensure_axe()


@pytest.fixture
def axe(axe_source):
    """``axe(page, impacts=("serious", "critical"))`` -> list of violations, each {id, impact, help, nodes}."""

    def run(page, impacts=("serious", "critical")):
        # Evaluated through the DevTools protocol, so the page's Content-Security-Policy stays as served.
        page.evaluate(axe_source)
        result = page.evaluate(
            "async () => await axe.run(document, {resultTypes: ['violations'],"
            " runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}})"
        )
        return [
            {"id": v["id"], "impact": v["impact"], "help": v["help"],
             "nodes": [node["target"] for node in v["nodes"]][:5]}
            for v in result["violations"] if v["impact"] in impacts
        ]

    return run


def format_violations(violations):
    return json.dumps(violations, ensure_ascii=False, indent=1)


@pytest.fixture
def screenshot():
    """``screenshot(page, "home-1280")`` writes docs/screenshots/home-1280.png (the README shows them)."""

    def take(page, name, *, full_page=False):
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        path = SCREENSHOTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=full_page, animations="disabled")
        return path

    return take
