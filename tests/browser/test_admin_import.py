"""Imports from the admin, in Chromium: an editor uploads a .zip from the side menu's import page, watches the
progress and reads the report, opens an article and finds its notes; a moderator approves it and sees the warnings
first. A .docx through the same page comes in with its photos and captions, which the moderator sees."""

import io
import re
import zipfile

import pytest
from django.conf import settings
from django.test import Client
from playwright.sync_api import expect

from articles.models import Article, Status
from tests.browser.conftest import PHONE, format_violations
from tests.factories import image_bytes
from tests.importer import word_documents as docs
from tests.importer.conftest import FIXTURES
from tests.workflow.conftest import make_role_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ADMIN = f"/{settings.ADMIN_URL}"
CAPTIONED = """Hội nghị tổng kết công tác dân vận năm 2025

Sáng 15/1/2026, Ban Dân vận Tỉnh ủy Nghệ An tổ chức hội nghị tổng kết công tác dân vận năm 2025.

Quang cảnh hội nghị. (Ảnh: Minh Anh)

Đại biểu biểu quyết thông qua chương trình công tác năm 2026. (Ảnh: Thu Hà)

Hội nghị đánh giá công tác dân vận của hệ thống chính trị có nhiều chuyển biến tích cực.
"""


@pytest.fixture(autouse=True)
def private_media(settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = str(tmp_path / "private")
    settings.MEDIA_ROOT = str(tmp_path / "media")


def log_in(page, live_server, user):
    client = Client()
    client.force_login(user)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    page.context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": cookie.value, "url": live_server.url}])


def own_violations(axe, page):
    """axe's serious findings on this feature's pages, leaving out the admin's own breadcrumbs (Django's styling of
    every admin page, which tells its links apart by colour only)."""
    return [v for v in axe(page) if not all(str(node[0]).startswith(".breadcrumbs") for node in v["nodes"])]


def leave(page):
    """Leave a change page while the server is up: its edit lock is released on the way out (as a beacon, which
    playwright does not report), not while the test database is being emptied."""
    page.goto("about:blank")
    page.wait_for_timeout(500)


def zip_file(tmp_path):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("bao-cao/an-giang.txt", (FIXTURES / "kien-giang-cu-an-giang-2026.txt").read_bytes())
        archive.writestr("bao-cao/dan-van.txt", CAPTIONED)
        archive.writestr("bao-cao/dan-van-1.jpg", image_bytes(color=(180, 40, 40)))
    path = tmp_path / "bai-cu.zip"
    path.write_bytes(out.getvalue())
    return path


def upload_from_the_side_menu(page, path, *, year=""):
    page.goto(ADMIN + "articles/article/")
    page.locator("#nav-sidebar").get_by_role("link", name="Các lần nhập bài").click()
    page.get_by_role("link", name="Tải tệp lên để nhập").click()
    page.set_input_files("#id_files", str(path))
    page.get_by_label("Nguồn").fill("Ban Tuyên giáo Tỉnh ủy")
    if year:
        page.get_by_label("Năm").fill(year)
    page.get_by_role("button", name="Tải lên và nhập").click()
    expect(page.locator("#import-status")).to_contain_text("Đã xong", timeout=60_000)


def test_an_editor_imports_a_zip_and_a_moderator_approves_after_reading_the_warnings(
        page, live_server, tmp_path, screenshot, monkeypatch):
    from importer.admin_import import runs

    monkeypatch.setattr(runs, "FILES_PER_STEP", 1)  # two steps: the page polls until the run is done
    editor = make_role_user("editor", "bientap")
    log_in(page, live_server, editor)
    upload_from_the_side_menu(page, zip_file(tmp_path), year="2026")

    expect(page.locator("#import-status")).to_have_text(re.compile(r"Đã xong: 2/2 tệp\."))
    expect(page.locator("[data-count=created]")).to_have_text("2")
    report = page.locator("#import-report")
    expect(report).to_contain_text("bao-cao/an-giang.txt")
    expect(report).to_contain_text("bao-cao/dan-van.txt")
    expect(report.locator(".import-badge-created")).to_have_count(2)
    expect(report.locator(".import-notes li").first).to_be_visible()
    assert page.evaluate("document.getElementById('import-bar').value") == 2
    screenshot(page, "admin-import-1280", full_page=True)
    page.set_viewport_size(PHONE)
    screenshot(page, "admin-import-375", full_page=True)
    page.set_viewport_size({"width": 1280, "height": 900})

    report.get_by_role("link", name=re.compile("An Giang")).click()
    notes = page.locator(".import-article-notes")
    expect(notes).to_contain_text("Ghi chú khi nhập bài")
    expect(notes).to_contain_text("Kiểm duyệt viên sẽ đánh dấu")
    screenshot(page, "admin-import-notes-1280")
    leave(page)
    article = Article.objects.get(title__startswith="An Giang")
    assert article.status == Status.SUBMITTED

    moderator = make_role_user("moderator", "kiemduyet")
    log_in(page, live_server, moderator)
    page.goto(f"{ADMIN}articles/article/{article.pk}/xem-xet/")
    warnings = page.locator(".wf-approval-warnings")
    expect(warnings).to_contain_text("Trước khi duyệt")
    expect(warnings).to_contain_text("ghi chú khi nhập bài chưa được xử lý")
    screenshot(page, "approve-warnings-1280", full_page=True)

    page.get_by_role("button", name="Duyệt bài").click()
    expect(page.locator(".errorlist")).to_contain_text("Bài còn cảnh báo chưa xử lý")
    expect(page.locator(".wf-approval-warnings")).to_be_visible()
    article.refresh_from_db()
    assert article.status == Status.SUBMITTED
    # The refused approval answered 400 on purpose (a form with an error), which Chromium logs as an error.
    assert page.console_errors == ["Failed to load resource: the server responded with a status of 400 (Bad Request)"]
    page.console_errors.clear()
    page.set_viewport_size(PHONE)
    screenshot(page, "approve-warnings-375", full_page=True)
    page.set_viewport_size({"width": 1280, "height": 900})
    page.get_by_label("Tôi đã xem các cảnh báo trên và vẫn duyệt bài").check()
    page.get_by_role("button", name="Duyệt bài").click()
    expect(page.locator(".messagelist")).to_contain_text("Đã thực hiện: Duyệt bài")
    article.refresh_from_db()
    assert article.status == Status.PUBLISHED
    assert not page.console_errors


def test_a_moderator_marks_the_notes_handled_and_approves_without_a_tick(page, live_server, tmp_path, axe):
    moderator = make_role_user("moderator", "kiemduyet")
    log_in(page, live_server, moderator)
    document = tmp_path / "dan-van.txt"
    document.write_text(CAPTIONED, encoding="utf-8")
    page.goto(ADMIN + "importer/importrun/add/")
    violations = own_violations(axe, page)
    assert not violations, format_violations(violations)
    upload_from_the_side_menu(page, document)
    violations = own_violations(axe, page)
    assert not violations, format_violations(violations)
    page.locator("#import-report").get_by_role("link", name=re.compile("dân vận")).click()
    expect(page.locator(".import-article-notes")).to_contain_text("2 chú thích đang chờ ảnh")
    page.get_by_role("button", name="Đã xử lý").click()
    expect(page.locator(".messagelist")).to_contain_text("Đã đánh dấu các ghi chú nhập bài là đã xử lý.")
    expect(page.locator(".import-article-notes")).to_have_count(0)
    leave(page)
    article = Article.objects.get()
    # The captions still wait for their photos: that warning stays until the photos are there.
    page.goto(f"{ADMIN}articles/article/{article.pk}/quy-trinh/approve/")
    warnings = page.locator(".wf-approval-warnings")
    expect(warnings).to_contain_text("2 chú thích chưa có ảnh")
    expect(warnings).not_to_contain_text("ghi chú khi nhập bài")
    violations = own_violations(axe, page)
    assert not violations, format_violations(violations)
    assert not page.console_errors


def test_a_word_file_through_the_import_page_shows_its_photos_and_captions_to_the_moderator(
        page, live_server, tmp_path, screenshot):
    moderator = make_role_user("moderator", "kiemduyet")
    editor = make_role_user("editor", "bientap")
    log_in(page, live_server, editor)
    document = tmp_path / "bao-cao.docx"
    document.write_bytes(docs.report())
    upload_from_the_side_menu(page, document)
    expect(page.locator("[data-count=created]")).to_have_text("1")
    article = Article.objects.get()
    assert article.title == docs.HEADLINE

    log_in(page, live_server, moderator)
    page.goto(f"{ADMIN}articles/article/{article.pk}/xem-truoc/")
    figures = page.locator("figure img")
    expect(figures).to_have_count(3)
    for index in range(3):
        figures.nth(index).scroll_into_view_if_needed()
        page.wait_for_function("img => img.complete && img.naturalWidth > 0", arg=figures.nth(index).element_handle())
    body = page.locator("body")
    expect(body).to_contain_text(docs.CAPTION_ITALIC)
    expect(body).to_contain_text(docs.CAPTION_STYLE)
    expect(body).to_contain_text("Minh Anh")
    page.goto(f"{ADMIN}articles/article/{article.pk}/change/")
    expect(page.locator(".import-article-notes")).to_contain_text("Ảnh thứ 3 không có chú thích")
    leave(page)
    assert not page.console_errors
