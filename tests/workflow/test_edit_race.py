"""Finding 17: a save whose form check passed, racing a moderator's approval of the article's previous proposal.

The editor's typed text must never disappear behind a redirect: either the save and the check hold the row together
(the approval waits), or the refusal comes back as the form, with the input and the conflict message.
"""

import threading
import time

import pytest
from django.db import connection, connections
from django.test import Client

from articles.models import Article
from tests.factories import make_article
from tests.workflow.conftest import snapshot_of
from tests.workflow.helpers import change_form_data, change_url
from workflow import services
from workflow.admin.forms import ArticleAdminForm
from workflow.exceptions import InvalidState
from workflow.models import Revision
from workflow.models.revisions import RevisionState

TYPED = "Đoạn biên tập viên vừa gõ, chưa kịp lưu ở đâu khác"


def live_article_with_a_proposal(editor):
    live = make_article("Bản đang đăng", author=editor, provinces=["kien-giang"], topics=["xay-dung-dang"])
    proposal = services.article_save_draft(article=live, actor=editor,
                                           content=dict(snapshot_of(live), title="Đề xuất đầu tiên"))
    return live, proposal


def open_change_form(user, article):
    page = Client()
    page.force_login(user)
    assert page.get(change_url(article)).status_code == 200
    return page


def after_the_form_check(monkeypatch, action):
    """Run ``action`` once, right after the change form has validated and before the admin saves."""
    original = ArticleAdminForm.clean
    done = []

    def clean(form):
        cleaned = original(form)
        if not done:
            done.append(True)
            action()
        return cleaned

    monkeypatch.setattr(ArticleAdminForm, "clean", clean)
    return done


@pytest.mark.django_db
def test_a_save_refused_after_its_form_check_passed_comes_back_as_the_form_with_the_typed_text(
        editor, moderator, monkeypatch):
    live, proposal = live_article_with_a_proposal(editor)
    page = open_change_form(editor, live)
    typed = change_form_data(live, body=f"<p>{TYPED}</p>")
    history_before = list(Revision.objects.filter(article=live).values_list("pk", "snapshot__title"))
    approved = after_the_form_check(
        monkeypatch, lambda: services.revision_approve_pending(revision=proposal, actor=moderator))

    response = page.post(change_url(live), typed)

    assert approved
    assert response.status_code == 200
    assert "Location" not in response.headers
    html = response.content.decode()
    assert 'id="article_form"' in html
    assert TYPED in html
    assert "kiemduyet đã lưu bài này lúc" in html
    assert "Nội dung bạn nhập vẫn còn nguyên trong biểu mẫu" in html
    # Nothing was written by the refused save, and nothing that was in the history went missing.
    assert list(Revision.objects.filter(article=live).values_list("pk", "snapshot__title")) == history_before
    assert not any(TYPED in r.snapshot.get("body", "") for r in Revision.objects.filter(article=live))

    # Having been told, the editor saves again from the form they got back; the text lands in history once.
    monkeypatch.undo()
    again = page.post(change_url(live), typed)
    assert again.status_code == 302
    stored = [r for r in Revision.objects.filter(article=live) if TYPED in r.snapshot.get("body", "")]
    assert len(stored) == 1 and stored[0].state == RevisionState.PENDING


def _blocked_on_a_row_lock():
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                       "AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()")
        return cursor.fetchone()[0] > 0


@pytest.mark.django_db(transaction=True)
def test_an_approval_arriving_after_the_form_check_waits_for_the_save_and_nothing_is_lost(editor, moderator,
                                                                                         monkeypatch):
    if connection.vendor != "postgresql":
        pytest.skip("row locks need PostgreSQL; SQLite serialises writers on its own")
    live, proposal = live_article_with_a_proposal(editor)
    page = open_change_form(editor, live)
    typed = change_form_data(live, body=f"<p>{TYPED}</p>")
    outcome = {}

    def approve_from_another_session():
        try:
            services.revision_approve_pending(revision=proposal, actor=moderator)
            outcome["approval"] = "approved"
        except InvalidState as exc:
            outcome["approval"] = exc.message
        finally:
            connections.close_all()

    moderator_thread = threading.Thread(target=approve_from_another_session)

    def start_the_approval_and_let_it_run_or_block():
        moderator_thread.start()
        deadline = time.monotonic() + 10
        while moderator_thread.is_alive() and not _blocked_on_a_row_lock() and time.monotonic() < deadline:
            time.sleep(0.02)

    after_the_form_check(monkeypatch, start_the_approval_and_let_it_run_or_block)
    response = page.post(change_url(live), typed)
    moderator_thread.join(timeout=10)

    # The save was checked and written while holding the row: accepted, and stored.
    assert response.status_code == 302
    stored = [r for r in Revision.objects.filter(article=live) if TYPED in r.snapshot.get("body", "")]
    assert len(stored) == 1 and stored[0].state == RevisionState.PENDING
    # The approval came second and was told the proposal it looked at had been replaced; both texts are in history.
    assert outcome["approval"] == "Phiên bản này không còn chờ duyệt."
    assert Revision.objects.get(pk=proposal.pk).state == RevisionState.SUPERSEDED
    assert Article.objects.get(pk=live.pk).title == "Bản đang đăng"
