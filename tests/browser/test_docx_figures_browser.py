"""A Word report imported with its pictures between paragraphs: the moderator's body editor shows each photo where
it stood in the file, and once approved the public page shows it there, once."""

import pytest
from django.conf import settings
from playwright.sync_api import expect

from articles.models import Article
from tests.importer.conftest import import_articles, publish, write
from tests.importer.test_docx_figures import CAPTION, FIRST, SECOND, THIRD, placed_report
from tests.workflow.conftest import make_role_user

from .test_docx_browser import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_imported_pictures_stay_in_place_in_the_editor_and_on_the_public_page(
        page, live_server, tmp_path, screenshot):
    write(tmp_path, "cau.docx", placed_report())
    import_articles(tmp_path)
    article = Article.objects.get()

    log_in(page, live_server, make_role_user("moderator", "kiemduyet"))
    page.goto(f"/{settings.ADMIN_URL}articles/article/{article.pk}/change/")
    area = page.locator(".body-editor[data-ready] [role=textbox]")
    expect(area).to_be_visible()
    expect(area.locator("figure img")).to_have_count(2)
    expect(area.locator("figure").first.locator("figcaption")).to_contain_text(CAPTION)
    # In the order of the file: paragraph, photo, paragraph, photo, paragraph.
    order = area.evaluate("el => [...el.children].map(c => c.tagName === 'P' ? c.textContent.trim() : 'ẢNH')")
    assert order == [FIRST, "ẢNH", SECOND, "ẢNH", THIRD]
    for width in (1280, 375):
        page.set_viewport_size({"width": width, "height": 900})
        area.locator("figure").first.scroll_into_view_if_needed()
        screenshot(page, f"word-import-photos-in-place-editor-{width}")

    publish(article)
    page.goto(article.get_absolute_url())
    body = page.locator("article .body")
    expect(body.locator("figure[data-photo-id] img")).to_have_count(2)
    expect(page.locator("article figure.photo")).to_have_count(0)
    for index in range(2):
        page.wait_for_function("img => img.complete && img.naturalWidth > 0",
                               arg=body.locator("figure img").nth(index).element_handle())
    for width in (1280, 375):
        page.set_viewport_size({"width": width, "height": 900})
        body.locator("figure").first.scroll_into_view_if_needed()
        screenshot(page, f"word-import-photos-in-place-public-{width}")
    assert not page.console_errors
