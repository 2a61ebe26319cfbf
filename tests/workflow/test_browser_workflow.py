"""One article through the whole workflow in a real browser (headless Debian Chromium, driven by playwright):

1. an editor writes it with a captioned photo and submits it;  2. a moderator returns it with a comment;
3. the editor fixes it and submits again;  4. the moderator schedules it;  5. visitors cannot see it before its
time and can after;  6. an edit while live stays pending until approved, and the live version stays up.

Run with ``pytest -m browser tests/workflow``; it needs /usr/bin/chromium.
"""

import datetime
import os
import time

import pytest
from django.conf import settings
from django.db import OperationalError
from django.test import Client
from django.utils import timezone

from articles.models import Article, Status
from tests.factories import image_bytes
from tests.workflow.conftest import make_role_user
from workflow.models import Action, EditLock, Transition

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--no-first-run", "--disable-sync",
]
TIMEOUT_MS = 15_000



def _heartbeat_at(article):
    """The lock's last heartbeat. SQLite's in-memory test database is shared with the live server's thread
    through a shared cache, whose table locks fail at once instead of waiting: read again a moment later."""
    for _ in range(20):
        try:
            return EditLock.objects.get(article=article).heartbeat_at
        except OperationalError:
            time.sleep(0.1)
    return EditLock.objects.get(article=article).heartbeat_at

@pytest.fixture
def browser():
    if not os.path.exists(CHROMIUM):
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium to run the browser tests.")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()
        # ORM calls made while playwright runs use their own connections; close them here, or PostgreSQL
        # refuses to drop the test database at the end of the run.
        from django.db import connections

        connections.close_all()


def open_as(browser, live_server, user=None):
    """A separate browser context (its own cookies), logged in as ``user`` through a real session."""
    context = browser.new_context(locale="vi-VN", timezone_id="Asia/Ho_Chi_Minh", viewport={"width": 1280, "height": 900})
    context.set_default_timeout(TIMEOUT_MS)
    if user is not None:
        client = Client()
        client.force_login(user)
        context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "url": live_server.url,
                              "value": client.cookies[settings.SESSION_COOKIE_NAME].value}])
    page = context.new_page()
    page.problems = []
    page.on("console", lambda message: page.problems.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: page.problems.append(str(error)))
    return page


def pick(page, field, text):
    """Choose ``text`` in an admin autocomplete (select2) field."""
    page.click(f".field-{field} .select2-selection")
    page.keyboard.type(text)
    page.locator(".select2-results__option", has_text=text).first.click()


def review(page, live_server, title):
    page.goto(f"{live_server.url}/quan-tri/articles/article/hang-cho-duyet/")
    page.click(f"text={title}")
    page.wait_for_selector(".wf-diff")


def test_one_article_through_the_whole_workflow(live_server, browser, tmp_path, monkeypatch, settings):
    settings.WORKFLOW_LOCK_HEARTBEAT_SECONDS = 5  # the page's script beats every 5 s instead of 30
    editor = make_role_user("editor", "bientapvien")
    moderator = make_role_user("moderator", "kiemduyetvien")
    photo = tmp_path / "hoi-nghi.jpg"
    photo.write_bytes(image_bytes())
    writer = open_as(browser, live_server, editor)
    boss = open_as(browser, live_server, moderator)
    reader = open_as(browser, live_server)

    # 1. The editor writes the article with a captioned photo and submits it.
    writer.goto(f"{live_server.url}/quan-tri/articles/article/add/")
    writer.fill("#id_title", "Hội nghị tổng kết công tác tuyên giáo năm 2025")
    writer.fill("#id_lead", "Sáng nay, Ban Tuyên giáo tổ chức hội nghị tổng kết.")
    writer.locator(".body-editor[data-ready] [role=textbox]").click()  # the rich-text editor, not the hidden textarea
    writer.keyboard.type("Hội nghị đánh giá kết quả công tác năm 2025.")
    writer.keyboard.press("Enter")
    writer.keyboard.type("Đại biểu đã thảo luận sôi nổi.")
    pick(writer, "provinces", "An Giang")
    pick(writer, "topics", "Xây dựng Đảng")
    writer.click("#photos-group .add-row a")
    writer.set_input_files("#id_photos-0-image", str(photo))
    writer.fill("#id_photos-0-caption", "Quang cảnh hội nghị tổng kết.")
    writer.check("#id_photos-0-is_featured")
    writer.click("input[name=_gui_duyet]")
    writer.wait_for_selector("text=Đã gửi bài chờ duyệt")
    article = Article.objects.get()
    assert article.status == Status.SUBMITTED and article.photos.get().caption == "Quang cảnh hội nghị tổng kết."

    # 2. The moderator returns it with a comment.
    review(boss, live_server, "Hội nghị tổng kết công tác tuyên giáo năm 2025")
    assert "Quang cảnh hội nghị tổng kết." in boss.inner_text(".wf-photos")
    returning = boss.locator("form[action$='/quy-trinh/return/']")
    returning.locator("textarea[name=comment]").fill("Tiêu đề cần nêu rõ địa phương.")
    returning.locator("input[type=submit]").click()
    boss.wait_for_selector("text=Đã thực hiện")
    article.refresh_from_db()
    assert article.status == Status.DRAFT

    # 3. The editor sees the comment on the timeline, fixes the title and submits again.
    writer.goto(f"{live_server.url}/quan-tri/articles/article/{article.pk}/change/")
    assert "Tiêu đề cần nêu rõ địa phương." in writer.inner_text(".wf-timeline")
    writer.fill("#id_title", "An Giang: hội nghị tổng kết công tác tuyên giáo năm 2025")
    writer.click("input[name=_gui_duyet]")
    writer.wait_for_selector("text=Đã gửi bài chờ duyệt")

    # 4. The moderator sees the change word by word and schedules the article.
    review(boss, live_server, "An Giang: hội nghị tổng kết")
    assert "An Giang:" in boss.inner_text(".wf-diff-table ins")
    when = (timezone.localtime() + datetime.timedelta(minutes=10)).replace(second=0, microsecond=0)
    approving = boss.locator("form[action$='/quy-trinh/approve/']")
    approving.locator("input[name=publish_at]").fill(when.strftime("%Y-%m-%dT%H:%M"))
    approving.locator("input[type=submit]").click()
    boss.wait_for_selector("text=Đã thực hiện")
    article.refresh_from_db()
    assert article.is_scheduled and article.publish_at == when

    # 5. Invisible to visitors before its time, visible once it has come (no job runs in between).
    url = f"{live_server.url}{article.get_absolute_url()}"
    assert reader.goto(url).status == 404
    real_now = timezone.now
    monkeypatch.setattr(timezone, "now", lambda: real_now() + datetime.timedelta(minutes=11))
    assert reader.goto(url).status == 200
    assert "An Giang: hội nghị tổng kết" in reader.inner_text("h1")
    assert "Quang cảnh hội nghị tổng kết." in reader.inner_text("article")

    # 6. An edit to the live article waits for approval; the live version stays up meanwhile.
    #    While the editor has the page open, the moderator is told so, and the page's script keeps the lock alive.
    writer.goto(f"{live_server.url}/quan-tri/articles/article/{article.pk}/change/")
    boss.goto(f"{live_server.url}/quan-tri/articles/article/{article.pk}/change/")
    assert "Bài đang được chỉnh sửa bởi bientapvien từ" in boss.inner_text("#edit-lock")
    boss.goto(f"{live_server.url}/quan-tri/")
    aged = timezone.now() - datetime.timedelta(minutes=1)
    EditLock.objects.filter(article=article).update(heartbeat_at=aged)
    deadline = time.monotonic() + 12
    while _heartbeat_at(article) <= aged and time.monotonic() < deadline:
        time.sleep(0.5)
    lock = EditLock.objects.get(article=article)
    assert lock.holder == editor and lock.heartbeat_at > aged, "the heartbeat script did not run"
    writer.fill("#id_title", "An Giang tổng kết công tác tuyên giáo năm 2025")
    writer.click("input[name=_save]")
    writer.wait_for_selector("text=thay đổi được lưu thành bản chờ duyệt")
    reader.goto(url)
    assert "An Giang: hội nghị tổng kết" in reader.inner_text("h1")
    review(boss, live_server, "An Giang tổng kết công tác")
    boss.locator("form[action$='/approve/'] input[type=submit]").click()
    boss.wait_for_selector("text=Đã duyệt thay đổi")
    reader.goto(url)
    assert reader.inner_text("h1") == "An Giang tổng kết công tác tuyên giáo năm 2025"

    actions = list(Transition.objects.filter(article=article).order_by("id").values_list("action", flat=True))
    assert actions == [Action.SUBMIT, Action.RETURN, Action.SUBMIT, Action.SCHEDULE, Action.PROPOSE_CHANGE,
                       Action.APPROVE_CHANGE]
    for page in (writer, boss, reader):
        assert not [p for p in page.problems if "Content Security Policy" in p or "Refused" in p], page.problems
