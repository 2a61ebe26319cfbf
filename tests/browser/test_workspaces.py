"""Each role's workspace in a real browser (Debian's chromium, headless, through playwright):

* a moderator finds the queue in the side menu, with a reader's submission and its photo in it, returns an article
  with a comment and schedules another one by typing dd/mm/yyyy HH:MM in an English-language browser;
* the editor finds "Bài của tôi" in the side menu with a count on every tab, the moderator's comment at the
  top of the returned article, and "Chức danh khi đưa tin" filled in when choosing an official.

Screenshots: docs/screenshots/workspace-editor-{1280,375}.png and moderator-queue-{1280,375}.png.
"""

import datetime
import shutil
import tempfile
import zoneinfo

import pytest
from django.conf import settings
from django.test import Client
from django.utils import timezone

from articles.models import Article, Status
from submissions.models import Submission, SubmissionPhoto
from tests.browser.conftest import DESKTOP, PHONE, format_violations
from tests.factories import image_bytes, make_article, make_official, province
from tests.workflow.conftest import draft_by, make_role_user
from workflow import services

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

VIETNAM = zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")
ADMIN = "/quan-tri/"


@pytest.fixture
def private_media(settings):
    path = tempfile.mkdtemp(prefix="newsroom-private-")
    settings.PRIVATE_MEDIA_ROOT = path
    yield path
    shutil.rmtree(path, ignore_errors=True)


@pytest.fixture
def newsroom(private_media):
    from django.core.files.uploadedfile import SimpleUploadedFile

    editor = make_role_user("editor", "bientapvien")
    moderator = make_role_user("moderator", "kiemduyetvien")
    editor.first_name = "Nguyễn Thị Lan"  # one field, in the Vietnamese order
    editor.save()
    to_return = draft_by(editor, title="Hội nghị tổng kết công tác tuyên giáo", provinces=["an-giang"])
    to_schedule = draft_by(editor, title="Khai mạc lớp bồi dưỡng lý luận chính trị", provinces=["kien-giang"])
    for article in (to_return, to_schedule):
        services.article_submit(article=article, actor=editor)
    draft_by(editor, title="Bản nháp: gặp mặt phóng viên trẻ", provinces=["ha-noi"])
    make_article("Hẹn giờ: lễ kỷ niệm ngày thành lập ngành", author=editor,
                 publish_at=timezone.now() + datetime.timedelta(days=2), provinces=["ha-noi"])
    make_article("Đã đăng: tọa đàm báo chí cách mạng", author=editor, provinces=["ha-noi"])
    submission = Submission.objects.create(
        name="Bạn đọc Lê Thị Hoa", contact="0912345678", province=province("kien-giang"),
        title="Ngập sâu ở đường Nguyễn Trung Trực sau mưa lớn", text="Nước ngập ngang gối từ sáng.",
    )
    SubmissionPhoto.objects.create(
        submission=submission, caption="Đoạn đường ngập sáng nay.",
        image=SimpleUploadedFile("ngap.jpg", image_bytes(size=(640, 420), color=(40, 110, 170)),
                                 content_type="image/jpeg"),
    )
    make_official("Trần Văn Bình", title="Trưởng ban", organisation="Ban Tuyên giáo Tỉnh ủy An Giang")
    return {"editor": editor, "moderator": moderator, "to_return": to_return, "to_schedule": to_schedule}


def signed_in(browser, live_server, user, *, locale="vi-VN", viewport=DESKTOP):
    context = browser.new_context(locale=locale, timezone_id="Asia/Ho_Chi_Minh", viewport=viewport,
                                  base_url=live_server.url)
    context.set_default_timeout(20_000)
    client = Client()
    client.force_login(user)
    context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "url": live_server.url,
                          "value": client.cookies[settings.SESSION_COOKIE_NAME].value}])
    page = context.new_page()
    page.problems = []
    page.on("console", lambda message: message.type == "error" and page.problems.append(
        f"{message.text} {message.location.get('url', '')}"))
    page.on("pageerror", lambda error: page.problems.append(str(error)))
    page.on("response", lambda response: response.status >= 400 and page.problems.append(
        f"{response.status} {response.url}"))
    return page


def test_each_role_finds_its_workspace(browser, live_server, newsroom, screenshot, axe):
    # An English-language browser: the schedule box must still read day first, in Vietnam time.
    boss = signed_in(browser, live_server, newsroom["moderator"], locale="en-US")
    boss.goto(f"{ADMIN}articles/article/")
    menu = boss.locator("#nav-sidebar .wf-workspace-menu")
    assert "Hàng chờ duyệt" in menu.inner_text() and menu.locator(".wf-count").inner_text() == "3"
    menu.get_by_role("link", name="Hàng chờ duyệt").click()
    boss.wait_for_selector("#hang-cho-tin-ban-doc")
    readers = boss.locator("#hang-cho-tin-ban-doc")
    assert "Ngập sâu ở đường Nguyễn Trung Trực sau mưa lớn" in readers.inner_text()
    thumb = readers.locator("img[alt='Đoạn đường ngập sáng nay.']")
    thumb.scroll_into_view_if_needed()
    boss.wait_for_function("img => img.complete && img.naturalWidth > 0", arg=thumb.element_handle())
    screenshot(boss, "moderator-queue-1280", full_page=True)
    assert axe(boss) == [], format_violations(axe(boss))
    phone = signed_in(browser, live_server, newsroom["moderator"], viewport=PHONE)
    phone.goto(f"{ADMIN}articles/article/hang-cho-duyet/")
    phone.wait_for_function("() => [...document.querySelectorAll('#hang-cho-tin-ban-doc img')]"
                            ".every(img => img.complete && img.naturalWidth > 0)")
    screenshot(phone, "moderator-queue-375", full_page=True)

    # Return one article with a comment, from the queue's decision link.
    row = boss.locator("tr", has_text="Hội nghị tổng kết công tác tuyên giáo")
    row.get_by_role("link", name="Duyệt, hẹn giờ, trả lại").click()
    returning = boss.locator("form[action$='/quy-trinh/return/']")
    returning.locator("textarea[name=comment]").fill("Thiếu ảnh hội nghị; ghi rõ chức danh người phát biểu.")
    returning.locator("input[type=submit]").click()
    boss.wait_for_selector("text=Đã thực hiện")

    # Schedule the other one for tomorrow 08:00, typed the Vietnamese way.
    boss.locator("tr", has_text="Khai mạc lớp bồi dưỡng").get_by_role("link", name="Duyệt, hẹn giờ, trả lại").click()
    box = boss.locator("form[action$='/quy-trinh/approve/'] input[name=publish_at]")
    assert box.get_attribute("type") == "text" and box.get_attribute("placeholder") == "dd/mm/yyyy hh:mm"
    tomorrow = timezone.localtime(timezone.now(), VIETNAM).date() + datetime.timedelta(days=1)
    box.fill("13/31/2026 08:00")  # month first, as an English browser would show it: refused in Vietnamese
    boss.locator("form[action$='/quy-trinh/approve/'] input[type=submit]").click()
    assert "ví dụ 01/12/2026 08:00" in boss.inner_text("#content")
    boss.locator("input[name=publish_at]").fill(f"{tomorrow:%d/%m/%Y} 08:00")
    boss.locator("input[type=submit]").first.click()
    boss.wait_for_selector("text=Đã thực hiện")
    scheduled = Article.objects.get(pk=newsroom["to_schedule"].pk)
    assert scheduled.status == Status.PUBLISHED
    assert scheduled.publish_at == datetime.datetime.combine(tomorrow, datetime.time(8, 0), tzinfo=VIETNAM)
    boss.goto(f"{ADMIN}articles/article/{scheduled.pk}/change/")
    assert f"{tomorrow:%d/%m/%Y} 08:00" in boss.inner_text(".wf-timeline")

    # The editor: "Bài của tôi" in the side menu, a count on every tab, the comment at the top of the article.
    writer = signed_in(browser, live_server, newsroom["editor"])
    writer.goto(f"{ADMIN}articles/article/")
    writer.locator("#nav-sidebar").get_by_role("link", name="Bài của tôi").click()
    tabs = writer.locator(".wf-tabs")
    counts = {label: tabs.get_by_role("link", name=label).locator(".wf-count").inner_text()
              for label in ["Bản nháp", "Bị trả lại", "Chờ duyệt", "Đã hẹn giờ", "Đã đăng"]}
    assert counts == {"Bản nháp": "1", "Bị trả lại": "1", "Chờ duyệt": "0", "Đã hẹn giờ": "2", "Đã đăng": "1"}
    tabs.get_by_role("link", name="Bị trả lại").click()
    assert "Thiếu ảnh hội nghị" in writer.inner_text(".wf-mine")
    screenshot(writer, "workspace-editor-1280")
    assert axe(writer) == [], format_violations(axe(writer))
    writer.get_by_role("link", name="Hội nghị tổng kết công tác tuyên giáo").click()
    note = writer.locator(".wf-return-note")
    assert "Thiếu ảnh hội nghị; ghi rõ chức danh người phát biểu." in note.inner_text()
    assert note.bounding_box()["y"] < writer.locator("#article_form").bounding_box()["y"]
    assert note.bounding_box()["y"] < 400  # at the top, seen without scrolling

    # Choosing an official fills "Chức danh khi đưa tin" with their current position, still editable.
    writer.locator("#mentions-group .add-row a").click()
    row = writer.locator("#mentions-group tr.dynamic-mentions").last
    row.locator(".select2-selection").click()
    writer.keyboard.type("Tran Van Binh")
    writer.locator(".select2-results__option", has_text="Trần Văn Bình").first.click()
    title = row.locator("input[name$='-title_as_printed']")
    writer.wait_for_function("input => input.value !== ''", arg=title.element_handle())
    assert title.input_value() == "Trưởng Ban Tuyên giáo Tỉnh ủy An Giang"
    title.fill("Trưởng Ban Tuyên giáo Tỉnh ủy")
    assert title.input_value() == "Trưởng Ban Tuyên giáo Tỉnh ủy"

    mobile = signed_in(browser, live_server, newsroom["editor"], viewport=PHONE)
    mobile.goto(f"{ADMIN}articles/article/bai-cua-toi/?tab=tra-lai")
    screenshot(mobile, "workspace-editor-375")

    for page in (boss, phone, writer, mobile):
        # Expected: the refused month-first time answers 400 (the form again, with its message); the admin has no
        # favicon, and chromium asks for one on its own.
        unexpected = [problem for problem in page.problems
                      if "/quy-trinh/approve/" not in problem and "/favicon.ico" not in problem]
        assert unexpected == [], unexpected
