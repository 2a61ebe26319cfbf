"""The readers' site in a real browser: by clicking, on a desktop and a phone, with axe-core checking WCAG AA."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import DESKTOP, PHONE, format_violations
from tests.browser.content import load_newsroom

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def newsroom(live_server):
    return load_newsroom()


def test_a_reader_finds_coverage_by_clicking(page, newsroom):
    first = newsroom["articles"][0]
    page.goto("/")
    expect(page.get_by_role("heading", name="Tin mới nhất")).to_be_visible()
    assert "Bản nháp" not in page.content()

    # The list, narrowed with the filters.
    page.get_by_role("navigation", name="Điều hướng chính").get_by_role("link", name="Tin tức").click()
    expect(page).to_have_url(re.compile(r"/tin-tuc/$"))
    page.select_option("#id_province", "kien-giang")
    page.select_option("#id_topic", "xay-dung-dang")
    page.get_by_role("button", name="Lọc").click()
    expect(page).to_have_url(re.compile(r"province=kien-giang"))
    titles = page.locator(".card-title a").all_inner_texts()
    assert titles == [first.title]
    expect(page.locator(".chips")).to_contain_text("Kiên Giang (đến 30/06/2025)")

    # The article, its date, its tools.
    page.get_by_role("link", name=first.title).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(first.title)
    expect(page.locator(".article-header time")).to_have_text(re.compile(r"^Thứ (Hai|Ba|Tư|Năm|Sáu|Bảy)|^Chủ Nhật"))
    assert re.search(r", \d\d/\d\d/\d{4}, \d\d:\d\d$", page.locator(".article-header time").inner_text())
    images = page.locator("figure.photo img")
    expect(images.first).to_have_attribute("width", "640")
    assert page.locator("figure.photo img").first.evaluate("img => img.currentSrc").endswith(".webp")
    before = page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)")
    page.get_by_role("button", name="Tăng cỡ chữ").click()
    after = page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)")
    assert after > before
    page.reload()  # the choice is remembered
    assert page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)") == after
    page.get_by_role("button", name="Cỡ chữ mặc định").click()
    expect(page.get_by_role("link", name="Facebook")).to_have_attribute("href", re.compile("facebook.com/sharer"))

    # The official named in the article.
    page.locator(".officials").get_by_role("link", name="Lại Xuân Môn").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Lại Xuân Môn")
    expect(page.locator(".profile")).to_contain_text("Phó Trưởng ban Thường trực Ban Tuyên giáo Trung ương")
    assert page.locator(".card").count() == len(newsroom["articles"])
    assert not page.console_errors


def test_search_typed_without_diacritics_finds_people_and_articles(page, newsroom):
    page.goto("/")
    box = page.get_by_role("searchbox", name="Tìm kiếm tin bài")
    box.fill("kien giang")
    box.press("Enter")
    expect(page).to_have_url(re.compile(r"/tim-kiem/\?q=kien\+giang"))
    expect(page.locator(".result-count")).to_contain_text("Tìm thấy")
    expect(page.locator(".result-title mark").first).to_have_text("Kiên Giang")
    assert "Bản nháp" not in page.content()

    page.get_by_role("searchbox", name="Từ khóa").fill("lai xuan mon")
    page.get_by_role("button", name="Tìm", exact=True).last.click()
    official = page.locator(".official-results a").first
    expect(official).to_have_text("Lại Xuân Môn")
    official.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Lại Xuân Môn")

    page.goto("/tim-kiem/?q=21-kl/tw")
    expect(page.locator(".result-title").first).to_contain_text("Kiên Giang tổng kết")
    expect(page.locator(".snippet mark").first).to_have_text("21-KL/TW")


@pytest.mark.parametrize("url", ["/", "/tin-tuc/?province=kien-giang&topic=xay-dung-dang", "ARTICLE", "/tim-kiem/?q=kien+giang",
                                 "OFFICIAL", "/dia-phuong/an-giang/?include_former=1"])
def test_pages_have_no_serious_or_critical_accessibility_violations(page, newsroom, axe, url):
    if url == "ARTICLE":
        url = newsroom["articles"][0].get_absolute_url()
    elif url == "OFFICIAL":
        url = newsroom["official"].get_absolute_url()
    page.goto(url)
    violations = axe(page)
    assert violations == [], format_violations(violations)
    page.set_viewport_size(PHONE)
    violations = axe(page)
    assert violations == [], format_violations(violations)


def test_keyboard_users_skip_to_the_content_and_see_where_focus_is(page, newsroom):
    page.goto("/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Bỏ qua, đến nội dung chính")
    expect(skip).to_be_focused()
    assert skip.bounding_box()["y"] >= 0  # it comes into view when focused
    outline = skip.evaluate("el => getComputedStyle(el).outlineStyle")
    assert outline != "none"
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile("#noi-dung$"))
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.closest('main') !== null")
    assert focused


def test_screenshots_and_phone_layout(page, newsroom, screenshot):
    article = newsroom["articles"][0]
    pages = {"home": "/", "list": "/tin-tuc/?province=kien-giang", "article": article.get_absolute_url()}
    for viewport in (DESKTOP, PHONE):
        page.set_viewport_size(viewport)
        for name, url in pages.items():
            page.goto(url)
            page.wait_for_load_state("networkidle")
            # Lazy images below the fold are loaded before the picture is taken.
            page.evaluate("() => document.querySelectorAll('img[loading=lazy]').forEach(img => img.loading = 'eager')")
            page.wait_for_function("() => [...document.images].every(img => img.complete)")
            overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
            assert overflow <= 0, f"{name} scrolls sideways at {viewport['width']} px"
            path = screenshot(page, f"{name}-{viewport['width']}")
            assert path.stat().st_size > 10_000
    # At 375 px the cards are one column and the search box spans the screen.
    page.goto("/")
    widths = page.locator(".grid .card").evaluate_all("cards => cards.map(c => c.getBoundingClientRect().width)")
    assert min(widths) > 300


def test_language_switcher_and_print_stylesheet(page, newsroom):
    article = newsroom["articles"][1]
    page.goto(article.get_absolute_url())
    page.select_option("#ngon-ngu", "en")
    page.get_by_role("button", name="Đổi ngôn ngữ").click()
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", name="Share this article")).to_be_visible()
    expect(page.get_by_role("heading", level=1)).to_have_text(article.title)  # the content stays Vietnamese
    page.select_option("#ngon-ngu", "vi")
    page.get_by_role("button", name="Change language").click()
    expect(page.locator("html")).to_have_attribute("lang", "vi")

    # The print stylesheet is fetched at low priority and does not block the
    # page, so wait for it rather than read the style once.
    page.wait_for_load_state("load")
    page.emulate_media(media="print")
    expect(page.locator(".site-header")).to_have_css("display", "none")
    expect(page.locator(".share")).to_have_css("display", "none")
    assert page.locator("article.article").is_visible()
