"""Each transition: who may make it, what it records, what it changes, who hears about it."""

import datetime

import pytest
from django.core import mail
from django.core.cache import cache
from django.utils import timezone

from articles.models import Article, Status
from tests.factories import make_article, make_photo
from tests.workflow.conftest import draft_by
from workflow import services
from workflow.exceptions import ActionNotAllowed, InvalidState, MissingInput
from workflow.models import Action, Transition

pytestmark = pytest.mark.django_db


def submitted_by(user, **kwargs):
    return draft_by(user, status=Status.SUBMITTED, **kwargs)


def test_submitting_records_actor_states_and_comment_and_locks_the_editor_out(editor, moderator):
    article = draft_by(editor)
    services.article_submit(article=article, actor=editor, comment="Nhờ anh chị xem giúp.")
    assert article.status == Status.SUBMITTED
    t = Transition.objects.get(article=article)
    assert (t.actor, t.actor_name, t.action, t.from_status, t.to_status, t.comment) == (
        editor, "bientap", Action.SUBMIT, Status.DRAFT, Status.SUBMITTED, "Nhờ anh chị xem giúp.",
    )
    with pytest.raises(ActionNotAllowed, match="chờ duyệt"):
        services.article_save_draft(article=article, actor=editor, content={"title": "Sửa lén"})
    assert Article.objects.get(pk=article.pk).title == article.title


def test_returning_needs_a_comment_and_tells_the_author(editor, moderator, django_capture_on_commit_callbacks):
    article = submitted_by(editor)
    with pytest.raises(MissingInput):
        services.article_return(article=article, actor=moderator, comment="   ")
    with django_capture_on_commit_callbacks(execute=True):
        services.article_return(article=article, actor=moderator, comment="Thiếu nguồn ảnh.")
    assert article.status == Status.DRAFT
    assert Transition.objects.get(article=article, action=Action.RETURN).comment == "Thiếu nguồn ảnh."
    assert [m.to for m in mail.outbox] == [[editor.email]]
    assert "Thiếu nguồn ảnh." in mail.outbox[0].body
    assert "trả lại" in mail.outbox[0].subject


def test_approving_publishes_now_and_bumps_the_public_cache(editor, moderator, django_capture_on_commit_callbacks):
    from core.cache import public_cache_version

    article = submitted_by(editor)
    before = public_cache_version()
    with django_capture_on_commit_callbacks(execute=True):
        services.article_approve(article=article, actor=moderator)
    assert article.is_live and article.first_published_at == article.publish_at
    assert public_cache_version() != before
    assert Transition.objects.get(article=article, action=Action.PUBLISH).to_status == Status.PUBLISHED
    assert mail.outbox[0].to == [editor.email] and "xuất bản" in mail.outbox[0].subject


def test_scheduling_keeps_the_minute_and_shows_the_article_at_that_minute(client, editor, moderator, monkeypatch):
    article = submitted_by(editor)
    eight = (timezone.now() + datetime.timedelta(days=1)).replace(hour=8, minute=0, second=37, microsecond=5)
    services.article_approve(article=article, actor=moderator, publish_at=eight)
    nominal = eight.replace(second=0, microsecond=0)
    assert article.publish_at == nominal and article.is_scheduled
    assert Transition.objects.get(article=article).action == Action.SCHEDULE
    assert not Article.objects.published(now=nominal - datetime.timedelta(seconds=1)).filter(pk=article.pk).exists()
    assert Article.objects.published(now=nominal).filter(pk=article.pk).exists()

    real_now = timezone.now
    monkeypatch.setattr(timezone, "now", lambda: nominal - datetime.timedelta(seconds=1))
    assert client.get(article.get_absolute_url()).status_code == 404
    assert article.title not in client.get("/tin-tuc/").content.decode()
    monkeypatch.setattr(timezone, "now", lambda: nominal)
    # The page cache keeps a list only until the next scheduled time, measured in real seconds; the clock
    # jumped here without real time passing, so drop what the real clock would have expired.
    cache.clear()
    assert client.get(article.get_absolute_url()).status_code == 200
    assert article.title in client.get("/tin-tuc/").content.decode()
    monkeypatch.setattr(timezone, "now", real_now)


def test_a_schedule_in_the_past_is_refused(editor, moderator):
    article = submitted_by(editor)
    with pytest.raises(MissingInput, match="đã qua"):
        services.article_approve(article=article, actor=moderator, publish_at=timezone.now() - datetime.timedelta(hours=1))
    assert Article.objects.get(pk=article.pk).status == Status.SUBMITTED


def test_four_eyes_stops_a_moderator_approving_their_own_article(moderator, moderator2):
    own = submitted_by(moderator)
    with pytest.raises(ActionNotAllowed, match="bốn mắt"):
        services.article_approve(article=own, actor=moderator)
    services.article_approve(article=own, actor=moderator2)
    assert own.is_live


def test_four_eyes_also_covers_the_last_editor(editor, moderator, moderator2):
    article = submitted_by(editor, last_edited_by=moderator)
    with pytest.raises(ActionNotAllowed):
        services.article_approve(article=article, actor=moderator)


def test_a_one_person_office_may_allow_self_approval(moderator, settings):
    settings.WORKFLOW_ALLOW_SELF_APPROVAL = True
    own = submitted_by(moderator)
    services.article_approve(article=own, actor=moderator)
    assert own.is_live


def test_withdrawing_needs_a_reason_that_stays_on_record(editor, moderator, django_capture_on_commit_callbacks):
    article = make_article(author=editor)
    with pytest.raises(MissingInput):
        services.article_withdraw(article=article, actor=moderator, reason="")
    with django_capture_on_commit_callbacks(execute=True):
        services.article_withdraw(article=article, actor=moderator, reason="Số liệu chưa được kiểm chứng.")
    assert article.status == Status.WITHDRAWN
    assert not Article.objects.published().filter(pk=article.pk).exists()
    record = Transition.objects.get(article=article, action=Action.WITHDRAW)
    assert (record.from_status, record.to_status, record.comment) == (
        Status.PUBLISHED, Status.WITHDRAWN, "Số liệu chưa được kiểm chứng.",
    )
    assert mail.outbox[0].to == [editor.email]


def test_republishing_keeps_the_original_publication_time_unless_a_new_one_is_given(editor, moderator):
    article = make_article(author=editor)
    original = article.publish_at
    services.article_withdraw(article=article, actor=moderator, reason="Tạm gỡ.")
    services.article_republish(article=article, actor=moderator)
    assert article.is_live and article.publish_at == original
    services.article_withdraw(article=article, actor=moderator, reason="Gỡ lần hai.")
    later = timezone.now() + datetime.timedelta(hours=3)
    services.article_republish(article=article, actor=moderator, publish_at=later)
    assert article.is_scheduled
    assert list(Transition.objects.filter(article=article).values_list("action", flat=True).order_by("id")) == [
        Action.WITHDRAW, Action.REPUBLISH, Action.WITHDRAW, Action.REPUBLISH,
    ]


def test_actions_from_the_wrong_state_are_refused_with_a_clear_message(editor, moderator):
    draft = draft_by(editor)
    with pytest.raises(InvalidState, match="chờ duyệt"):
        services.article_approve(article=draft, actor=moderator)
    with pytest.raises(InvalidState):
        services.article_withdraw(article=draft, actor=moderator, reason="x")
    live = make_article(author=editor)
    with pytest.raises(InvalidState):
        services.article_submit(article=live, actor=editor)


def test_an_empty_draft_cannot_be_submitted(editor):
    article = draft_by(editor, lead="", body="")
    with pytest.raises(InvalidState, match="nội dung"):
        services.article_submit(article=article, actor=editor)


def test_the_submit_email_goes_to_moderators_only(editor, moderator, django_capture_on_commit_callbacks):
    article = draft_by(editor)
    make_photo(article)
    with django_capture_on_commit_callbacks(execute=True):
        services.article_submit(article=article, actor=editor)
    assert [m.to for m in mail.outbox] == [[moderator.email]]
    message = mail.outbox[0]
    assert article.title in message.subject and "/quan-tri/articles/article/" in message.body
    assert "bientap" in message.body


def test_a_mail_failure_does_not_undo_the_decision(editor, moderator, django_capture_on_commit_callbacks, monkeypatch):
    def broken(*args, **kwargs):
        raise OSError("SMTP down")

    monkeypatch.setattr("workflow.notifications.send_mass_mail", broken)
    article = submitted_by(editor)
    with django_capture_on_commit_callbacks(execute=True):
        services.article_approve(article=article, actor=moderator)
    assert Article.objects.get(pk=article.pk).status == Status.PUBLISHED
