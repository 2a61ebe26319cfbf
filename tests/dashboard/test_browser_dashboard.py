"""The dashboard in a real browser (headless Debian Chromium): the demo moderator logs in, lands on it, moves
through the bars with the keyboard, opens a data table, and a screenshot goes to docs/screenshots/dashboard.png.

Run with ``pytest -m browser tests/dashboard``; it needs /usr/bin/chromium.
"""

import os
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command

# Transactional: the live server reads what the test writes. tests/conftest.py puts the reference data
# (provinces, topics, roles) back after each flush.
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--no-first-run", "--disable-sync",
]
SCREENSHOT = Path(settings.BASE_DIR) / "docs" / "screenshots" / "dashboard.png"


@pytest.fixture
def browser_page():
    if not os.path.exists(CHROMIUM):
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium to run the browser tests.")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="vi-VN",
                                      timezone_id="Asia/Ho_Chi_Minh")
        context.set_default_timeout(15_000)
        page = context.new_page()
        problems = []
        page.on("console", lambda message: problems.append(message.text) if message.type == "error" else None)
        page.on("pageerror", lambda error: problems.append(str(error)))
        page.problems = problems
        yield page
        context.close()
        browser.close()
        # ORM calls made while playwright runs use their own connection; close it here, inside the same
        # context, or PostgreSQL refuses to drop the test database at the end of the run.
        from django.db import connections

        connections.close_all()


def test_moderator_sees_the_dashboard_with_demo_data(live_server, browser_page):
    call_command("seed_demo", force=True, verbosity=0)
    page = browser_page

    page.goto(f"{live_server.url}/quan-tri/")
    page.fill("#id_username", "kiemduyetvien")
    page.fill("#id_password", "duyet-bai-demo-24")
    page.click("input[type=submit]")
    page.wait_for_selector("#bang-so-lieu")
    assert page.url == f"{live_server.url}/quan-tri/"

    # A year of coverage, so that the demo's reports all show.
    page.select_option("#id_period", "nam")
    page.click(".dash-period-form button[type=submit]")
    page.wait_for_selector("#bieu-do-tinh-thanh svg")
    assert page.locator("#bieu-do-tinh-thanh a.dash-bar").count() == 34
    assert page.locator("#bieu-do-tinh-thanh a.dash-bar:not(.dash-zero)").count() > 0

    # Every bar is reachable with the keyboard and says its value.
    first_bar = page.locator("#bieu-do-tinh-thanh a.dash-bar").first
    first_bar.focus()
    focused = page.evaluate("document.activeElement.querySelector('title').textContent")
    assert ":" in focused and "tin" in focused

    # The table behind a chart is one click away.
    table = page.locator("#bieu-do-chu-de details")
    assert not table.evaluate("node => node.open")
    table.locator("summary").click()
    assert table.evaluate("node => node.open")
    table.locator("summary").click()

    # A bar opens the admin list of exactly its articles.
    bar = page.locator("#bieu-do-tinh-thanh a.dash-bar:not(.dash-zero)").first
    expected = int(bar.get_attribute("data-value"))
    with page.expect_navigation():
        bar.click()
    assert page.locator("#result_list tbody tr").count() == expected
    page.go_back()
    page.wait_for_selector("#bieu-do-tinh-thanh svg")

    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    page.locator("#content").screenshot(path=str(SCREENSHOT))
    assert SCREENSHOT.stat().st_size > 20_000
    assert not [p for p in page.problems if "Content Security Policy" in p or "Refused" in p], page.problems
