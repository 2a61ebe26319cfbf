"""A correspondent sends a Word file through "Gửi tin bài"; the moderator sees its photos and captions in the admin."""

import re

import pytest
from django.conf import settings
from django.test import Client
from playwright.sync_api import expect

from submissions.models import Submission
from tests.importer import word_documents as docs
from tests.workflow.conftest import make_role_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def private_media(settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = str(tmp_path / "private")
    return settings.PRIVATE_MEDIA_ROOT


def log_in(page, live_server, user):
    client = Client()
    client.force_login(user)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    page.context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": cookie.value, "url": live_server.url}])


def test_a_word_file_sent_by_a_reader_shows_its_photos_and_captions_to_the_moderator(
        page, live_server, private_media, tmp_path):
    document = tmp_path / "bao-cao.docx"
    document.write_bytes(docs.report())

    page.goto("/gui-tin-bai/")
    page.get_by_label("Họ và tên").fill("Trần Văn Bình")
    page.get_by_label("Điện thoại hoặc thư điện tử").fill("0912 345 678")
    page.select_option("#id_province", index=1)
    page.set_input_files("#id_document", str(document))
    page.get_by_role("button", name="Gửi cho ban biên tập").click()
    expect(page).to_have_url(re.compile(r"/gui-tin-bai/da-gui/$"))
    submission = Submission.objects.get()
    expect(page.locator("main")).to_contain_text(submission.reference)

    log_in(page, live_server, make_role_user("moderator", "kiemduyet"))
    page.goto(f"/{settings.ADMIN_URL}submissions/submission/{submission.pk}/change/")
    expect(page.locator("body")).to_contain_text(docs.HEADLINE)
    expect(page.locator("body")).to_contain_text(docs.LEAD)
    thumbnails = page.locator("img[src*='/anh/']")
    expect(thumbnails).to_have_count(3)
    for index in range(3):
        thumbnails.nth(index).scroll_into_view_if_needed()
        page.wait_for_function("img => img.complete && img.naturalWidth > 0", arg=thumbnails.nth(index).element_handle())
    body = page.locator("body")
    expect(body).to_contain_text(f"{docs.CAPTION_ITALIC} (Ảnh: Minh Anh)")
    expect(body).to_contain_text(f"{docs.CAPTION_STYLE} (Ảnh: TTXVN)")
    expect(body).to_contain_text("Ảnh 3 trong tệp Word (chưa có chú thích)")
    assert not page.console_errors
