"""No lost edits: two people, two browser sessions, one article."""

import datetime

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from articles.models import Article
from tests.workflow.conftest import draft_by
from tests.workflow.helpers import change_form_data, change_url
from workflow.models import EditLock, Revision

pytestmark = pytest.mark.django_db


@pytest.fixture
def article(editor):
    return draft_by(editor, title="Bản gốc", provinces=["kien-giang"], topics=["xay-dung-dang"])


def session(user):
    browser = Client()
    browser.force_login(user)
    return browser


def expire_locks():
    EditLock.objects.update(heartbeat_at=timezone.now() - datetime.timedelta(hours=1))


def lock_url(article, op):
    return reverse("admin:articles_article_lock", args=[article.pk, op])


def test_the_second_person_sees_who_is_editing_and_since_when(article, editor, editor2):
    first, second = session(editor), session(editor2)
    first.get(change_url(article))
    lock = EditLock.objects.get(article=article)
    assert lock.holder == editor
    html = second.get(change_url(article)).content.decode()
    since = timezone.localtime(lock.since).strftime("%H:%M")
    assert f"Bài đang được chỉnh sửa bởi bientap từ {since}." in html
    assert EditLock.objects.get(article=article).holder == editor
    assert "edit-lock.js" in html and 'data-heartbeat-url="' in html


def test_a_save_while_someone_else_holds_the_lock_is_refused_and_keeps_the_input(article, editor, editor2):
    first, second = session(editor), session(editor2)
    first.get(change_url(article))
    second.get(change_url(article))
    response = second.post(change_url(article), change_form_data(article, title="Bản của người thứ hai"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "đang được bientap chỉnh sửa" in html
    assert 'value="Bản của người thứ hai"' in html
    assert Article.objects.get(pk=article.pk).title == "Bản gốc"


def test_a_stale_save_is_refused_naming_who_saved_and_when_and_neither_text_is_lost(article, editor, editor2):
    first, second = session(editor), session(editor2)
    first.get(change_url(article))
    stale = change_form_data(article, title="Bản của người thứ hai")  # the second person's form, opened now
    saved = first.post(change_url(article), change_form_data(article, title="Bản của người thứ nhất"))
    assert saved.status_code == 302
    assert not EditLock.objects.filter(article=article).exists()  # "Lưu" left the page: lock released

    response = second.post(change_url(article), stale)
    assert response.status_code == 200
    html = response.content.decode()
    revision = Revision.objects.filter(article=article).latest("number")
    when = timezone.localtime(revision.created_at).strftime("%d/%m/%Y %H:%M")
    assert f"bientap đã lưu bài này lúc {when}" in html
    assert 'value="Bản của người thứ hai"' in html
    assert Article.objects.get(pk=article.pk).title == "Bản của người thứ nhất"

    # Having been told, the second person may save deliberately; the first text stays in the history.
    current = Article.objects.get(pk=article.pk).version
    assert f'name="base_version" value="{current}"' in html
    again = second.post(change_url(article), dict(stale, base_version=str(current)))
    assert again.status_code == 302
    titles = list(Revision.objects.filter(article=article).order_by("number").values_list("snapshot__title", flat=True))
    assert titles == ["Bản của người thứ nhất", "Bản của người thứ hai"]


def test_the_lock_keeps_alive_by_heartbeat_and_frees_itself_when_the_page_is_gone(article, editor, editor2, settings):
    first, second = session(editor), session(editor2)
    first.get(change_url(article))
    state = first.post(lock_url(article, "heartbeat")).json()
    assert state["held"] is True
    state = second.post(lock_url(article, "heartbeat")).json()
    assert state["held"] is False and state["holder"] == "bientap"
    expire_locks()  # the first page was closed: no heartbeat for longer than the TTL
    state = second.post(lock_url(article, "heartbeat")).json()
    assert state["held"] is True
    assert EditLock.objects.get(article=article).holder == editor2


def test_release_frees_the_lock_only_for_its_holder(article, editor, editor2):
    first, second = session(editor), session(editor2)
    first.get(change_url(article))
    assert second.post(lock_url(article, "release")).json() == {"released": False}
    assert first.post(lock_url(article, "release")).json() == {"released": True}
    assert not EditLock.objects.filter(article=article).exists()


def test_heartbeat_needs_post(article, editor):
    assert session(editor).get(lock_url(article, "heartbeat")).status_code == 405


def test_a_moderator_takes_over_and_the_previous_holder_is_told(article, editor, moderator,
                                                                 django_capture_on_commit_callbacks):
    first, boss = session(editor), session(moderator)
    first.get(change_url(article))
    page = boss.get(change_url(article)).content.decode()
    assert "Tiếp quản" in page
    assert "Tiếp quản" in boss.get(lock_url(article, "take-over")).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        assert boss.post(lock_url(article, "take-over")).status_code == 302
    assert EditLock.objects.get(article=article).holder == moderator
    assert mail.outbox[0].to == [editor.email] and "tiếp quản" in mail.outbox[0].subject
    state = first.post(lock_url(article, "heartbeat")).json()
    assert state["taken_over"] is True and "kiemduyet đã tiếp quản" in state["message"]
    refused = first.post(change_url(article), change_form_data(article, title="Bản của biên tập viên"))
    assert refused.status_code == 200 and Article.objects.get(pk=article.pk).title == "Bản gốc"


def test_an_editor_cannot_take_over(article, editor, editor2):
    session(editor).get(change_url(article))
    assert session(editor2).post(lock_url(article, "take-over")).status_code == 302
    assert EditLock.objects.get(article=article).holder == editor


def test_a_form_opened_before_an_approval_is_refused_naming_the_moderator(editor, moderator):
    from tests.factories import make_article
    from tests.workflow.conftest import snapshot_of
    from workflow import services

    live = make_article("Bản đang đăng", author=editor, provinces=["kien-giang"], topics=["xay-dung-dang"])
    proposal = services.article_save_draft(article=live, actor=editor, content=dict(snapshot_of(live), title="Đề xuất"))
    page = session(editor)
    page.get(change_url(live))
    opened = change_form_data(live, title="Đề xuất, sửa tiếp")
    page.post(lock_url(live, "release"))
    services.revision_approve_pending(revision=proposal, actor=moderator)
    html = page.post(change_url(live), opened).content.decode()
    assert "kiemduyet đã lưu bài này lúc" in html and 'value="Đề xuất, sửa tiếp"' in html
