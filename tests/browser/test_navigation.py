"""Finding one's way in a real browser, on the demo content, at 1280 px and 375 px: a province through the map
and through the header, a topic through the menu, "Gửi tin bài"; the map by keyboard; axe-core on the new pages;
the compact phone home page; the screenshots the README shows."""

import re

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from tests.browser.conftest import DESKTOP, PHONE, format_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE_HOME_MAX_HEIGHT = 6000


@pytest.fixture
def demo(live_server):
    call_command("seed_demo", force=True, verbosity=0)


def open_menu_link(page, name):
    nav = page.get_by_role("navigation", name="Điều hướng chính")
    nav.get_by_role("link", name=name, exact=True).click()


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280", "375"])
def test_from_home_a_reader_reaches_a_province_a_topic_and_the_submission_form(page, demo, viewport):
    page.set_viewport_size(viewport)
    page.goto("/")
    # Through the header to the index, then through the map.
    open_menu_link(page, "Địa phương")
    expect(page).to_have_url(re.compile(r"/dia-phuong/$"))
    page.locator('.vn-map a[data-unit="da-nang"] path').click()  # the shape, not the archipelago beside it
    expect(page).to_have_url(re.compile(r"/dia-phuong/da-nang/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Thành phố Đà Nẵng")
    expect(page.get_by_role("img", name=re.compile("Vị trí của Thành phố Đà Nẵng"))).to_be_visible()
    # Through the list beside the map, to a former unit under its successor.
    page.goto("/")
    open_menu_link(page, "Địa phương")
    page.locator(".units").get_by_role("link", name="Kiên Giang").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Kiên Giang")
    # A topic through the menu.
    page.goto("/")
    open_menu_link(page, "Xây dựng Đảng")
    expect(page.get_by_role("heading", level=1)).to_have_text("Chủ đề: Xây dựng Đảng")
    # "Gửi tin bài", in the header.
    page.locator(".site-header").get_by_role("link", name="Gửi tin bài").click()
    expect(page).to_have_url(re.compile(r"/gui-tin-bai/$"))
    assert not page.console_errors


def test_the_map_works_by_keyboard(page, demo):
    page.goto("/dia-phuong/")
    page.locator("#ky").focus()
    page.keyboard.press("Tab")  # the period's button
    page.keyboard.press("Tab")  # the first unit of the map, the northernmost
    focused = page.evaluate("() => [document.activeElement.closest('svg') !== null, "
                            "document.activeElement.getAttribute('data-unit')]")
    assert focused[0], "Tab does not reach the map"
    first = focused[1]
    # The focused unit is outlined, so a sighted keyboard user sees where they are.
    stroke = page.evaluate("() => getComputedStyle(document.activeElement.querySelector('path')).stroke")
    assert stroke == "rgb(11, 87, 208)"
    page.keyboard.press("Tab")
    second = page.evaluate("() => document.activeElement.getAttribute('data-unit')")
    assert second and second != first
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(rf"/dia-phuong/{second}/$"))


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280", "375"])
def test_new_pages_have_no_serious_or_critical_accessibility_violations(page, demo, axe, viewport):
    page.set_viewport_size(viewport)
    page.goto("/")
    article_url = page.locator(".card-title a").first.get_attribute("href")
    for url in ["/dia-phuong/", "/dia-phuong/?period=tat-ca", "/chu-de/", "/kenh-rss/", "/dia-phuong/an-giang/",
                "/dia-phuong/kien-giang/", article_url, "/", "/tin-tuc/"]:
        page.goto(url)
        violations = axe(page)
        assert not violations, f"{url}: {format_violations(violations)}"


def test_phone_home_is_compact_and_phone_lists_fold_their_filters(page, demo, screenshot):
    page.set_viewport_size(PHONE)
    page.goto("/")
    page.wait_for_load_state("networkidle")
    height = page.evaluate("document.documentElement.scrollHeight")
    assert height < PHONE_HOME_MAX_HEIGHT, f"home is {height} px tall at 375 px"
    # One lead story with its picture, then headlines without pictures.
    assert page.locator(".card-featured img").first.is_visible()
    assert not page.locator(".grid-latest .card img").first.is_visible()
    assert page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 0
    page.evaluate("() => document.querySelectorAll('img[loading=lazy]').forEach(img => img.loading = 'eager')")
    page.wait_for_function("() => [...document.images].every(img => img.complete)")
    screenshot(page, "home-demo-375", full_page=True)

    page.goto("/tin-tuc/")
    toggle = page.get_by_role("button", name="Lọc", exact=True).first
    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(page.locator("#id_province")).to_be_hidden()
    toggle.click()
    expect(page.locator("#id_province")).to_be_visible()
    expect(toggle).to_have_attribute("aria-expanded", "true")

    # Search results: the words stay in the header's box, the filters fold away, the results come first.
    page.goto("/tim-kiem/?q=kien+giang")
    expect(page.get_by_role("searchbox", name="Tìm kiếm tin bài")).to_have_value("kien giang")
    expect(page.locator("#id_province")).to_be_hidden()
    expect(page.locator(".result-count")).to_be_in_viewport()
    # Without words, the whole form is the page.
    page.goto("/tim-kiem/")
    expect(page.get_by_role("searchbox", name="Từ khóa")).to_be_visible()

    # Sharing: without a share sheet in this browser, copy-link is the fallback.
    page.goto("/")
    page.locator(".card-title a").first.click()
    expect(page.get_by_role("button", name="Sao chép liên kết")).to_be_visible()
    expect(page.get_by_role("button", name="Chia sẻ…")).to_be_hidden()


def test_screenshots_of_the_map_and_a_province_page(page, demo, screenshot):
    page.set_viewport_size(DESKTOP)
    page.goto("/dia-phuong/?period=tat-ca")
    page.wait_for_load_state("networkidle")
    path = screenshot(page, "provinces-map-1280")
    assert path.stat().st_size > 10_000
    page.goto("/dia-phuong/an-giang/")
    page.wait_for_load_state("networkidle")
    page.evaluate("() => document.querySelectorAll('img[loading=lazy]').forEach(img => img.loading = 'eager')")
    page.wait_for_function("() => [...document.images].every(img => img.complete)")
    screenshot(page, "province-page-1280")
    page.set_viewport_size(PHONE)
    page.goto("/dia-phuong/")
    screenshot(page, "provinces-map-375")
