"""Photos are uploaded as soon as they are chosen, so a form error never loses them (issue 14).

(a) In the article admin, an editor picks two photos, puts the second first (by dragging, and with ↓ ↑), and saves
with the title empty: the error page still shows both photos with their captions, in that order; with the title
fixed, both photos are on the article in that order. (b) On "Gửi tin bài", a reader's photo survives a missing
name; the sent submission carries it, and the moderator sees it in the admin.
"""

import re

import pytest
from django.conf import settings
from django.test import Client
from playwright.sync_api import expect

from articles.models import Article
from submissions.models import Submission
from tests.browser.conftest import PHONE, format_violations
from tests.factories import image_bytes, province, topic
from tests.workflow.conftest import draft_by, make_role_user
from uploads.models import StagedPhoto

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def _close_connections():
    yield
    # The live server's thread leaves connections open; PostgreSQL would refuse to drop the test database.
    from django.db import connections

    connections.close_all()


def log_in(page, live_server, user):
    client = Client()
    client.force_login(user)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    page.context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": cookie.value, "url": live_server.url}])


def leave(page):
    """Leave the change page while the server is up: its edit lock is released on the way out."""
    page.goto("about:blank")
    page.wait_for_timeout(500)  # the release goes out as a beacon, which playwright does not report


def photo_files(tmp_path):
    first, second = tmp_path / "hoi-nghi.jpg", tmp_path / "bieu-quyet.png"
    first.write_bytes(image_bytes("JPEG", (900, 600), (30, 90, 160)))
    second.write_bytes(image_bytes("PNG", (600, 800), (200, 120, 40)))
    return first, second


def wait_for_thumbnails(page, locator, count):
    expect(locator).to_have_count(count)
    for index in range(count):
        page.wait_for_function("img => img.complete && img.naturalWidth > 0", arg=locator.nth(index).element_handle())


def test_an_editors_photos_survive_a_missing_title_and_keep_their_order(page, live_server, tmp_path, screenshot):
    editor = make_role_user("editor", "bientap")
    article = draft_by(editor, title="Hội nghị tổng kết công tác năm", provinces=[province("an-giang")],
                       topics=[topic("xay-dung-dang")])
    log_in(page, live_server, editor)
    page.goto(f"/{settings.ADMIN_URL}articles/article/{article.pk}/change/")

    picker = page.get_by_label("Chọn ảnh để tải lên")
    picker.set_input_files([str(path) for path in photo_files(tmp_path)])
    rows = page.locator("#photos-group .inline-related.is-staged")
    expect(rows).to_have_count(2)
    wait_for_thumbnails(page, page.locator("#photos-group .staged-thumb-place img"), 2)
    rows.nth(0).get_by_label("Chú thích").fill("Quang cảnh hội nghị.")
    rows.nth(1).get_by_label("Chú thích").fill("Đại biểu biểu quyết thông qua nghị quyết.")
    rows.nth(1).get_by_label("Nguồn ảnh").fill("Ảnh: Minh Anh")
    expect(rows.nth(0).locator(".staged-featured")).to_be_visible()  # the first is featured while none is marked
    # The alt text is folded away until asked for.
    expect(rows.nth(0).get_by_label("Mô tả thay thế")).to_be_hidden()
    rows.nth(0).get_by_role("button", name="Thêm mô tả ảnh").click()
    expect(rows.nth(0).get_by_label("Mô tả thay thế")).to_be_visible()
    # Dragging the second photo by its handle onto the first puts it first; ↓ and ↑ (the keyboard's way) move it
    # back and forth again.
    first_caption = rows.nth(0).get_by_label("Chú thích")
    rows.nth(1).locator(".staged-handle").drag_to(rows.nth(0).locator("h3"))
    expect(first_caption).to_have_value("Đại biểu biểu quyết thông qua nghị quyết.")
    rows.nth(0).get_by_role("button", name="Chuyển ảnh xuống").click()
    expect(first_caption).to_have_value("Quang cảnh hội nghị.")
    expect(page.locator("[data-staged-status]")).to_have_text("Ảnh đã chuyển đến vị trí 2.")
    rows.nth(1).get_by_role("button", name="Chuyển ảnh lên").click()
    expect(first_caption).to_have_value("Đại biểu biểu quyết thông qua nghị quyết.")
    expect(rows.nth(0).get_by_role("button", name="Chuyển ảnh xuống")).to_be_focused()
    expect(rows.nth(0).locator(".staged-featured")).to_be_visible()

    page.locator("#id_title").fill("")
    page.locator("input[name=_continue]").click()
    expect(page.locator(".errornote")).to_be_visible()
    rows = page.locator("#photos-group .inline-related.is-staged")
    wait_for_thumbnails(page, page.locator("#photos-group .staged-thumb-place img"), 2)
    expect(rows.nth(0).get_by_label("Chú thích")).to_have_value("Đại biểu biểu quyết thông qua nghị quyết.")
    expect(rows.nth(1).get_by_label("Chú thích")).to_have_value("Quang cảnh hội nghị.")
    assert not article.photos.exists()
    rows.nth(0).scroll_into_view_if_needed()
    screenshot(page, "staged-photos-admin-1280")
    page.set_viewport_size(PHONE)
    rows.nth(0).scroll_into_view_if_needed()
    screenshot(page, "staged-photos-admin-375")
    page.set_viewport_size({"width": 1280, "height": 900})

    page.locator("#id_title").fill("Hội nghị tổng kết công tác năm 2026")
    page.locator("input[name=_continue]").click()
    expect(page.locator(".messagelist .success")).to_be_visible()
    photos = list(Article.objects.get(pk=article.pk).photos.order_by("position"))
    assert [p.caption for p in photos] == ["Đại biểu biểu quyết thông qua nghị quyết.", "Quang cảnh hội nghị."]
    assert [(p.width, p.height) for p in photos] == [(600, 800), (900, 600)]
    assert [p.is_featured for p in photos] == [True, False]
    assert photos[0].credit == "Ảnh: Minh Anh" and photos[1].alt_text == "Quang cảnh hội nghị."
    # The saved page lists them in the same order, with their files.
    captions = page.locator("#photos-group .inline-related:not(.empty-form) [name$='-caption']")
    expect(captions).to_have_count(2)
    expect(captions.nth(0)).to_have_value("Đại biểu biểu quyết thông qua nghị quyết.")
    assert not page.console_errors
    leave(page)


def test_a_readers_photo_survives_a_missing_name_and_the_moderator_sees_it(page, live_server, tmp_path, screenshot,
                                                                          axe):
    first, _second = photo_files(tmp_path)
    page.goto("/gui-tin-bai/")
    page.get_by_label("Điện thoại hoặc thư điện tử").fill("0912 345 678")
    page.select_option("#id_province", index=1)
    page.get_by_label("Tiêu đề").fill("Xã đảo Hòn Nghệ khánh thành trường học mới")
    page.get_by_label("Nội dung").fill("Sáng nay, xã đảo Hòn Nghệ tổ chức lễ khánh thành trường học mới.")
    page.set_input_files("#id_photo_1", str(first))
    slot = page.locator("[data-photo-slot]").first
    wait_for_thumbnails(page, slot.locator("img[data-staged-thumb]"), 1)
    expect(slot.get_by_role("status")).to_have_text("Đã tải ảnh lên. Hãy ghi chú thích cho ảnh.")
    page.get_by_label("Chú thích ảnh 1").fill("Lễ cắt băng khánh thành.")
    page.get_by_role("button", name="Gửi cho ban biên tập").click()

    expect(page.locator(".errornote")).to_contain_text("Vui lòng sửa các lỗi được đánh dấu bên dưới.")
    slot = page.locator("[data-photo-slot]").first
    wait_for_thumbnails(page, slot.locator("img[data-staged-thumb]"), 1)
    expect(page.get_by_label("Chú thích ảnh 1")).to_have_value("Lễ cắt băng khánh thành.")
    expect(slot.get_by_role("button", name="Bỏ ảnh 1")).to_be_visible()
    assert axe(page) == [], format_violations(axe(page))
    assert not Submission.objects.exists()
    slot.scroll_into_view_if_needed()
    screenshot(page, "staged-photos-submission-1280")
    page.set_viewport_size(PHONE)
    slot.scroll_into_view_if_needed()
    screenshot(page, "staged-photos-submission-375")
    page.set_viewport_size({"width": 1280, "height": 900})

    page.get_by_label("Họ và tên").fill("Trần Văn Bình")
    page.get_by_role("button", name="Gửi cho ban biên tập").click()
    expect(page).to_have_url(re.compile(r"/gui-tin-bai/da-gui/$"))
    submission = Submission.objects.get()
    assert [(p.caption, p.width, p.height) for p in submission.photos.all()] == [("Lễ cắt băng khánh thành.", 900, 600)]
    assert not StagedPhoto.objects.exists()
    # The refused send is answered with 400, which the browser logs; nothing else may have failed.
    assert [error for error in page.console_errors if "status of 400" not in error] == []

    log_in(page, live_server, make_role_user("moderator", "kiemduyet"))
    page.goto(f"/{settings.ADMIN_URL}submissions/submission/{submission.pk}/change/")
    expect(page.locator("body")).to_contain_text("Lễ cắt băng khánh thành.")
    thumbnails = page.locator("img[src*='/anh/']")
    thumbnails.first.scroll_into_view_if_needed()
    wait_for_thumbnails(page, thumbnails, 1)
