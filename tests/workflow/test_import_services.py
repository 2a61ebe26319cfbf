"""The services through which imports, restores and seeded histories enter the record: never public, always logged."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from articles.models import Article, Status
from tests.factories import make_article
from tests.workflow.conftest import draft_by, snapshot_of
from workflow.exceptions import InvalidState
from workflow.models import Action, Transition
from workflow.models.revisions import RevisionState
from workflow.services import (
    HistoryStep,
    article_import_history,
    article_import_proposal,
    article_import_revision,
    article_import_save,
    article_restore_save,
    articles_import_record,
)

pytestmark = pytest.mark.django_db


def imported(title="Tin nhập từ tệp", **fields):
    return Article(title=title, lead="Sa-pô.", body="<p>Nội dung.</p>", **fields)


def test_an_imported_article_enters_the_queue_credited_to_whoever_ran_the_import(editor):
    article = imported()
    article_import_save(article=article, actor=editor)
    articles_import_record(entries=[(article, editor, "Nhập tự động từ a.txt")])
    article.refresh_from_db()
    assert (article.status, article.author, article.last_edited_by, article.version) == (
        Status.SUBMITTED, editor, editor, 1)
    assert article.revisions.get().state == RevisionState.SAVED
    log = article.transitions.get()
    assert (log.action, log.from_status, log.to_status, log.comment) == (
        Action.SUBMIT, Status.DRAFT, Status.SUBMITTED, "Nhập tự động từ a.txt")


def test_the_record_of_many_imports_takes_two_inserts(editor):
    articles = [imported(f"Tin số {n}") for n in range(5)]
    for article in articles:
        article_import_save(article=article, actor=editor)
    with CaptureQueriesContext(connection) as queries:
        articles_import_record(entries=[(a, editor, "") for a in articles])
    assert sum(q["sql"].lstrip().upper().startswith("INSERT") for q in queries.captured_queries) == 2
    assert Transition.objects.filter(action=Action.SUBMIT).count() == 5


def test_a_changed_file_puts_its_article_back_in_the_queue_as_a_new_revision(editor, moderator):
    article = draft_by(editor)
    article.lead = "Sa-pô mới."
    article_import_save(article=article, actor=None)
    article_import_revision(article=article, actor=None, from_status=Status.DRAFT, comment="Nhập lại")
    article.refresh_from_db()
    assert (article.status, article.version, article.last_edited_by) == (Status.SUBMITTED, 2, editor)
    assert article.revisions.get().snapshot["lead"] == "Sa-pô mới."
    assert article.transitions.get().to_status == Status.SUBMITTED


def test_an_import_never_saves_over_a_live_article(editor):
    article = make_article("Tin đang đăng", author=editor)
    article.lead = "Sa-pô ghi đè."
    with pytest.raises(InvalidState):
        article_import_save(article=article, actor=editor)
    assert Article.objects.get(pk=article.pk).lead != "Sa-pô ghi đè."


def test_a_change_to_a_live_article_is_a_proposal_that_replaces_the_previous_one(editor):
    article = make_article("Tin đang đăng", author=editor)
    first = article_import_proposal(article=article, actor=None, content={**snapshot_of(article), "lead": "Một."},
                                    comment="Nhập lại")
    second = article_import_proposal(article=article, actor=None, content={**snapshot_of(article), "lead": "Hai."},
                                     comment="Nhập lại")
    first.refresh_from_db()
    assert (first.state, second.state) == (RevisionState.SUPERSEDED, RevisionState.PENDING)
    article.refresh_from_db()
    assert article.lead == "Sa-pô của tin bài." and article.status == Status.PUBLISHED and article.version == 3
    assert [t.action for t in article.transitions.all()] == [Action.PROPOSE_CHANGE] * 2


def test_only_a_live_article_takes_a_proposal(editor):
    with pytest.raises(InvalidState):
        article_import_proposal(article=draft_by(editor), actor=None, content={}, comment="")


@pytest.mark.parametrize("exported, restored", [
    (Status.PUBLISHED, Status.SUBMITTED), (Status.WITHDRAWN, Status.SUBMITTED), (Status.SUBMITTED, Status.SUBMITTED),
    (Status.DRAFT, Status.DRAFT), (None, Status.SUBMITTED), ("made-up", Status.SUBMITTED),
])
def test_a_restored_article_is_never_public_whatever_its_export_says(editor, exported, restored):
    when = timezone.now() - datetime.timedelta(days=3)
    article = imported()
    article_restore_save(article=article, actor=editor, status=exported, publish_at=when, first_published_at=when)
    articles_import_record(entries=[(article, editor, "")])
    article.refresh_from_db()
    assert article.status == restored and article.publish_at == when  # the dates are kept as data
    assert not Article.objects.published().exists()
    assert article.transitions.count() == (0 if restored == Status.DRAFT else 1)


def test_a_past_record_ends_where_its_last_step_leads_with_its_own_times(editor, moderator):
    now = timezone.now()
    article = draft_by(editor)
    steps = [
        HistoryStep(editor, Action.SUBMIT, now - datetime.timedelta(days=3)),
        HistoryStep(moderator, Action.RETURN, now - datetime.timedelta(days=2), "Bổ sung chức danh."),
        HistoryStep(editor, Action.SUBMIT, now - datetime.timedelta(days=2, hours=-1), "Đã bổ sung."),
        HistoryStep(moderator, Action.PUBLISH, now - datetime.timedelta(days=1)),
        HistoryStep(moderator, Action.WITHDRAW, now - datetime.timedelta(hours=2), "Thẩm định lại."),
    ]
    revision = article_import_history(article=article, saved_by=editor, saved_at=now - datetime.timedelta(days=4),
                                      steps=steps, publish_at=now - datetime.timedelta(days=1))
    article.refresh_from_db()
    assert article.status == Status.WITHDRAWN and article.first_published_at == now - datetime.timedelta(days=1)
    assert revision.article == article and revision.snapshot == snapshot_of(article)
    assert article.revisions.get().created_at == now - datetime.timedelta(days=4)
    log = list(article.transitions.order_by("created_at"))
    assert [(t.action, t.from_status, t.to_status) for t in log] == [
        (Action.SUBMIT, Status.DRAFT, Status.SUBMITTED), (Action.RETURN, Status.SUBMITTED, Status.DRAFT),
        (Action.SUBMIT, Status.DRAFT, Status.SUBMITTED), (Action.PUBLISH, Status.SUBMITTED, Status.PUBLISHED),
        (Action.WITHDRAW, Status.PUBLISHED, Status.WITHDRAWN),
    ]
    assert [t.created_at for t in log] == [step.at for step in steps]


def test_a_past_record_holds_only_moves_the_services_allow(editor, moderator):
    article = draft_by(editor)
    yesterday = timezone.now() - datetime.timedelta(days=1)
    for steps, publish_at in [
        ([HistoryStep(moderator, Action.PUBLISH, yesterday)], yesterday),  # a draft is never published unsubmitted
        ([HistoryStep(editor, Action.SUBMIT, yesterday), HistoryStep(moderator, Action.PUBLISH, yesterday)], None),
        ([HistoryStep(editor, Action.SUBMIT, timezone.now() + datetime.timedelta(hours=1))], None),
    ]:
        with pytest.raises(InvalidState):
            article_import_history(article=article, saved_by=editor, saved_at=yesterday, steps=steps,
                                   publish_at=publish_at)
    article.refresh_from_db()
    assert article.status == Status.DRAFT and not article.revisions.exists()


def test_a_past_record_is_given_once(editor):
    article = draft_by(editor)
    yesterday = timezone.now() - datetime.timedelta(days=1)
    article_import_history(article=article, saved_by=editor, saved_at=yesterday)
    with pytest.raises(InvalidState):
        article_import_history(article=article, saved_by=editor, saved_at=yesterday)
