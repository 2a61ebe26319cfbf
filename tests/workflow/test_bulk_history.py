"""``articles_import_history``: many new drafts given their past at once (the benchmark's loader), by the rules
of ``article_import_history``: the services' moves, things that already happened, all or nothing."""

import datetime

import pytest
from django.db import connection
from django.utils import timezone

from articles.models import Article, ArticleProvince, ArticleTopic, Status
from core.cache import public_cache_version
from tests.factories import make_article, make_user
from workflow import services
from workflow.exceptions import InvalidState
from workflow.models import Action, Transition
from workflow.services import HistoryStep, PastRecord

pytestmark = pytest.mark.django_db
LOADER = "Bộ dữ liệu đo hiệu năng"


def hours_ago(hours):
    return timezone.now().replace(microsecond=0) - datetime.timedelta(hours=hours)


def step(action, at, comment="", actor=None):
    return HistoryStep(actor, action, at, comment)


def published_record(article, at):
    return PastRecord(article_id=article.pk, publish_at=at,
                      steps=(step(Action.SUBMIT, at - datetime.timedelta(hours=5)), step(Action.PUBLISH, at)))


def draft(**kwargs):
    return make_article(status=Status.DRAFT, **kwargs)


def test_each_article_ends_where_its_record_leads_with_the_times_of_its_moves():
    went_live, returned, waiting, untouched = draft(), draft(), draft(), draft()
    live_at, waiting_since = hours_ago(3), hours_ago(30)
    records = [
        published_record(went_live, live_at),
        PastRecord(article_id=returned.pk, publish_at=live_at, steps=(
            step(Action.SUBMIT, hours_ago(50)), step(Action.RETURN, hours_ago(40), "Cần bổ sung"),
            step(Action.SUBMIT, hours_ago(10)), step(Action.PUBLISH, live_at))),
        PastRecord(article_id=waiting.pk, steps=(step(Action.SUBMIT, waiting_since),)),
        PastRecord(article_id=untouched.pk),
    ]

    assert services.articles_import_history(records=records, actor_name=LOADER) == 7

    went_live.refresh_from_db()
    assert went_live.is_live and went_live.publish_at == went_live.first_published_at == live_at
    assert list(Transition.objects.filter(article=returned).timeline().values_list("action", "from_status", "comment")) == [
        (Action.SUBMIT, Status.DRAFT, ""), (Action.RETURN, Status.SUBMITTED, "Cần bổ sung"),
        (Action.SUBMIT, Status.DRAFT, ""), (Action.PUBLISH, Status.SUBMITTED, ""),
    ]
    publish = Transition.objects.get(article=went_live, action=Action.PUBLISH)
    assert (publish.created_at, publish.publish_at, publish.actor, publish.actor_name) == (live_at, live_at, None, LOADER)
    waiting.refresh_from_db()
    assert (waiting.status, waiting.publish_at) == (Status.SUBMITTED, None)
    assert Transition.objects.get(article=waiting).created_at == waiting_since
    assert Article.objects.get(pk=untouched.pk).status == Status.DRAFT
    assert not Transition.objects.filter(article=untouched).exists()


def test_a_step_taken_by_someone_is_recorded_under_their_name():
    moderator = make_user("kiemduyet", role="moderator", first_name="Hạnh", last_name="Lê")
    article = draft()
    at = hours_ago(2)
    record = PastRecord(article_id=article.pk, publish_at=at,
                        steps=(step(Action.SUBMIT, hours_ago(4)), step(Action.PUBLISH, at, actor=moderator)))

    services.articles_import_history(records=[record], actor_name=LOADER)

    publish = Transition.objects.get(article=article, action=Action.PUBLISH)
    assert publish.actor == moderator and publish.actor_name == moderator.get_full_name()
    assert Transition.objects.get(article=article, action=Action.SUBMIT).actor_name == LOADER


def test_publishing_makes_the_cached_public_pages_stale(django_capture_on_commit_callbacks):
    article = draft()
    before = public_cache_version()

    with django_capture_on_commit_callbacks(execute=True):
        services.articles_import_history(records=[published_record(article, hours_ago(1))], actor_name=LOADER)

    assert public_cache_version() != before


def test_the_province_and_topic_lists_show_what_went_live():
    article = draft(provinces=["kien-giang"], topics=["kinh-te"])
    at = hours_ago(6)

    services.articles_import_history(records=[published_record(article, at)], actor_name=LOADER)

    # PostgreSQL's triggers keep the listing column; SQLite leaves it empty and lists through published().
    listed = at if connection.vendor == "postgresql" else None
    assert ArticleProvince.objects.get(article=article).listed_at == listed
    assert ArticleTopic.objects.get(article=article).listed_at == listed
    assert list(Article.objects.published().filter(provinces__slug="kien-giang")) == [article]


@pytest.mark.parametrize("steps, publish_at, message", [
    ((step(Action.PUBLISH, hours_ago(1)),), hours_ago(1), "không đi được"),
    ((step(Action.SUBMIT, hours_ago(2)), step(Action.WITHDRAW, hours_ago(1))), None, "không đi được"),
    ((step(Action.SUBMIT, timezone.now() + datetime.timedelta(hours=1)),), None, "đã xảy ra"),
    ((step(Action.SUBMIT, hours_ago(2)), step(Action.PUBLISH, hours_ago(1))), None, "thời điểm xuất bản"),
], ids=["publish a draft", "withdraw what is waiting", "a move still to come", "published with no time"])
def test_a_record_the_services_could_not_have_left_writes_nothing(steps, publish_at, message):
    fine, wrong = draft(), draft()
    records = [published_record(fine, hours_ago(1)), PastRecord(article_id=wrong.pk, steps=steps, publish_at=publish_at)]

    with pytest.raises(InvalidState, match=message):
        services.articles_import_history(records=records, actor_name=LOADER)

    assert set(Article.objects.values_list("status", flat=True)) == {Status.DRAFT}
    assert not Transition.objects.exists()


@pytest.mark.parametrize("kind", ["published", "recorded", "twice"])
def test_only_new_drafts_take_a_past_and_one_refusal_writes_nothing(kind):
    fine = draft()
    if kind == "published":
        other = make_article()
    elif kind == "recorded":
        other = draft()
        services.articles_import_history(records=[PastRecord(article_id=other.pk, steps=(
            step(Action.SUBMIT, hours_ago(9)), step(Action.RETURN, hours_ago(8), "Cần bổ sung")))], actor_name=LOADER)
    else:
        other = fine
    lines_before = Transition.objects.count()

    with pytest.raises(InvalidState):
        services.articles_import_history(records=[published_record(fine, hours_ago(1)),
                                                  published_record(other, hours_ago(2))], actor_name=LOADER)

    assert Article.objects.get(pk=fine.pk).status == Status.DRAFT
    assert Transition.objects.count() == lines_before
