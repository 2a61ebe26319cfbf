"""Topic lists paged by the topic listing index (articles/paginators.py, articles migration 0005).

On PostgreSQL a topic's list (its page, or /tin-tuc/?topic=) is paged from ``articles_article_topics.listed_at``,
kept by the same triggers as the province listing; a parent topic's list merges its sub-topics' lists, and an
article filed under both appears once. Elsewhere the general paginator runs. Either way a visitor must see
exactly what ``Article.objects.published()`` allows on the topic tree, newest first.
"""

import datetime

import pytest
from django.db import connection
from django.utils import timezone

from articles.models import Article, ArticleTopic, Status, Topic
from articles.views import ArticleListView, TopicDetailView
from tests.articles.pages import listed
from tests.factories import make_article, make_official, province, topic

pytestmark = pytest.mark.django_db

NOW = timezone.now()


def hours_ago(n):
    return NOW - datetime.timedelta(hours=n)


@pytest.fixture
def small_pages(monkeypatch):
    monkeypatch.setattr(ArticleListView, "paginate_by", 3)
    monkeypatch.setattr(TopicDetailView, "paginate_by", 3)


@pytest.fixture
def coverage():
    """Party-building coverage, on the parent topic, on a sub-topic, on both, and through every change a
    listing must follow."""
    parent = topic("xay-dung-dang")
    child = parent.children.order_by("pk").first()
    kg, hn = province("kien-giang"), province("ha-noi")
    for n in range(3):
        make_article(f"Chủ đề cha {n}", topics=[parent.slug], provinces=[kg], publish_at=hours_ago(10 + n))
    for n in range(3):
        make_article(f"Chủ đề con {n}", topics=[child.slug], provinces=[hn], publish_at=hours_ago(20 + n))
    make_article("Cả hai chủ đề", topics=[parent.slug, child.slug], provinces=[kg], publish_at=hours_ago(15))
    make_article("Chủ đề khác", topics=["kinh-te"], publish_at=hours_ago(2))
    draft = make_article("Bản nháp", status=Status.DRAFT, topics=[parent.slug])
    scheduled = make_article("Hẹn giờ", topics=[parent.slug], publish_at=NOW + datetime.timedelta(days=1))
    withdrawn = make_article("Đã gỡ", topics=[child.slug], publish_at=hours_ago(1))
    withdrawn.status = Status.WITHDRAWN
    withdrawn.save()
    moved = make_article("Chuyển chủ đề", topics=[parent.slug], publish_at=hours_ago(3))
    moved.topics.set([topic("kinh-te")])
    tagged_late = make_article("Gắn chủ đề sau khi đăng", publish_at=hours_ago(4))
    tagged_late.topics.add(child)
    republished = make_article("Đăng lại giờ mới", status=Status.DRAFT, topics=[parent.slug])
    Article.objects.filter(pk=republished.pk).update(status=Status.PUBLISHED, publish_at=hours_ago(5))
    return {"parent": parent, "child": child, "kg": kg, "hidden": [draft, scheduled, withdrawn, moved]}


def expected(topic_, **filters):
    queryset = Article.objects.published().in_topic_tree(topic_).filter(**filters).order_by("-publish_at", "-id")
    return list(queryset.values_list("title", flat=True))


def test_a_topic_page_lists_its_tree_once_each_newest_first(client, small_pages, coverage):
    parent = coverage["parent"]
    want = expected(parent)
    assert want[:3] == ["Gắn chủ đề sau khi đăng", "Đăng lại giờ mới", "Chủ đề cha 0"]
    assert want.count("Cả hai chủ đề") == 1 and len(want) == 9
    assert listed(client, parent.get_absolute_url()) == (want, 9)
    assert listed(client, "/tin-tuc/", topic=parent.slug) == (want, 9)
    for hidden in coverage["hidden"]:
        assert hidden.title not in want
    paginator = client.get(parent.get_absolute_url()).context["paginator"]
    assert (paginator.listing is not None) == (connection.vendor == "postgresql")


def test_a_sub_topic_lists_only_its_own(client, small_pages, coverage):
    child = coverage["child"]
    want = expected(child)
    assert "Chủ đề cha 0" not in want and "Cả hai chủ đề" in want
    assert listed(client, child.get_absolute_url()) == (want, len(want))


def test_other_filters_narrow_the_topic_list_the_same_way(client, small_pages, coverage):
    parent, kg = coverage["parent"], coverage["kg"]
    want = expected(parent, provinces=kg)
    assert want == ["Chủ đề cha 0", "Chủ đề cha 1", "Chủ đề cha 2", "Cả hai chủ đề"]
    assert listed(client, parent.get_absolute_url(), province=kg.slug) == (want, 4)
    old = make_article("Tin cũ", topics=[parent.slug], publish_at=hours_ago(5000))
    since = timezone.localdate() - datetime.timedelta(days=100)
    recent = [title for title in expected(parent) if title != old.title]
    assert listed(client, parent.get_absolute_url(), **{"from": since.strftime("%d/%m/%Y")}) == (recent, len(recent))


def test_an_official_on_a_topic_page_narrows_it(client, coverage):
    parent = coverage["parent"]
    official = make_official("Nguyễn Văn Chủ Đề")
    article = make_article("Có nhân vật", topics=[parent.slug], officials=[official], publish_at=hours_ago(30))
    titles, count = listed(client, parent.get_absolute_url(), official=official.slug)
    assert (titles, count) == ([article.title], 1)


def test_a_province_with_its_former_units_narrows_the_topic_listing(client, small_pages):
    ag, kg = province("an-giang"), province("kien-giang")
    old = make_article("Tin Kiên Giang cũ", provinces=[kg], topics=["kinh-te"], publish_at=hours_ago(5000))
    new = make_article("Tin An Giang mới", provinces=[ag], topics=["kinh-te"], publish_at=hours_ago(1))
    make_article("Tin An Giang khác chủ đề", provinces=[ag], topics=["bien-dao"], publish_at=hours_ago(2))
    titles, count = listed(client, "/tin-tuc/", province=ag.slug, include_former=1, topic="kinh-te")
    assert titles == [new.title, old.title] and count == 2


def test_postgresql_keeps_the_topic_listing_column_in_step(coverage):
    if connection.vendor != "postgresql":
        assert not ArticleTopic.objects.filter(listed_at__isnull=False).exists()
        return
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM articles_article_topics l JOIN articles_article a ON a.id = l.article_id "
            "WHERE l.listed_at IS DISTINCT FROM CASE WHEN a.status = 'published' THEN a.publish_at END"
        )
        assert cursor.fetchone()[0] == 0
    # A topic deleted with its links, or a link re-pointed, keeps the column right too.
    link = ArticleTopic.objects.filter(topic=coverage["child"]).exclude(listed_at=None).first()
    other = Topic.objects.get(slug="kinh-te")
    ArticleTopic.objects.filter(pk=link.pk).update(topic=other)
    link.refresh_from_db()
    assert link.listed_at == Article.objects.get(pk=link.article_id).publish_at


def test_the_count_is_reused_until_something_is_published(client, small_pages, coverage):
    parent = coverage["parent"]
    assert client.get(parent.get_absolute_url()).context["paginator"].count == 9
    make_article("Tin mới đăng", topics=[parent.slug], publish_at=hours_ago(0.1))
    assert client.get(parent.get_absolute_url()).context["paginator"].count == 10
    withdrawn = Article.objects.get(title="Chủ đề cha 0")
    withdrawn.status = Status.WITHDRAWN
    withdrawn.save()
    response = client.get(parent.get_absolute_url())
    assert response.context["paginator"].count == 9
    assert "Chủ đề cha 0" not in {a.title for a in response.context["articles"]}
