"""Province lists paged by the province listing index (articles/paginators.py, articles migration 0003).

On PostgreSQL a single-province list is paged from ``articles_article_provinces.listed_at``, a copy of the
article's publish time kept by triggers; elsewhere the general paginator runs. Either way a visitor must
see exactly what ``Article.objects.published()`` allows, newest first, whatever happened to the articles.
"""

import datetime

import pytest
from django.db import connection
from django.utils import timezone

from articles.models import Article, ArticleProvince, Status
from articles.views import ArticleListView, ProvinceDetailView
from tests.articles.pages import listed
from tests.factories import make_article, province

pytestmark = pytest.mark.django_db

NOW = timezone.now()


def hours_ago(n):
    return NOW - datetime.timedelta(hours=n)


@pytest.fixture
def small_pages(monkeypatch):
    monkeypatch.setattr(ArticleListView, "paginate_by", 3)
    monkeypatch.setattr(ProvinceDetailView, "paginate_by", 3)


@pytest.fixture
def coverage():
    """Kiên Giang coverage that went through every change a listing must follow."""
    kg = province("kien-giang")
    live = [make_article(f"Kiên Giang {n}", provinces=[kg], publish_at=hours_ago(10 + n), topics=["xay-dung-dang"])
            for n in range(5)]
    draft = make_article("Bản nháp", status=Status.DRAFT, provinces=[kg])
    scheduled = make_article("Hẹn giờ", provinces=[kg], publish_at=NOW + datetime.timedelta(days=1))
    withdrawn = make_article("Đã gỡ", provinces=[kg], publish_at=hours_ago(1))
    withdrawn.status = Status.WITHDRAWN
    withdrawn.save()
    moved = make_article("Chuyển tỉnh", provinces=[kg], publish_at=hours_ago(2))
    moved.provinces.set([province("ha-noi")])
    tagged_late = make_article("Gắn tỉnh sau khi đăng", publish_at=hours_ago(3))
    tagged_late.provinces.add(kg)
    republished = make_article("Đăng lại giờ mới", status=Status.DRAFT, provinces=[kg])
    Article.objects.filter(pk=republished.pk).update(status=Status.PUBLISHED, publish_at=hours_ago(4))
    live[4].publish_at = hours_ago(0.5)  # rescheduled to be the newest
    live[4].save()
    return {"kg": kg, "hidden": [draft, scheduled, withdrawn, moved]}


def expected(kg, **filters):
    queryset = Article.objects.published().filter(provinces=kg, **filters).order_by("-publish_at", "-id")
    return list(queryset.values_list("title", flat=True))


def test_a_province_page_lists_exactly_its_published_articles_newest_first(client, small_pages, coverage):
    kg = coverage["kg"]
    want = expected(kg)
    assert want[:3] == ["Kiên Giang 4", "Gắn tỉnh sau khi đăng", "Đăng lại giờ mới"]
    assert listed(client, kg.get_absolute_url()) == (want, len(want))
    assert listed(client, "/tin-tuc/", province=kg.slug) == (want, len(want))
    for hidden in coverage["hidden"]:
        assert hidden.title not in want
    # On PostgreSQL those pages came from the listing index, not from the general path.
    paginator = client.get(kg.get_absolute_url()).context["paginator"]
    assert (paginator.listing is not None) == (connection.vendor == "postgresql")


def test_other_filters_narrow_the_province_list_the_same_way(client, small_pages, coverage):
    kg = coverage["kg"]
    want = expected(kg, topics__slug="xay-dung-dang")
    assert len(want) == 5
    assert listed(client, "/tin-tuc/", province=kg.slug, topic="xay-dung-dang") == (want, 5)
    assert listed(client, kg.get_absolute_url(), topic="xay-dung-dang") == (want, 5)


def test_postgresql_keeps_the_listing_column_in_step_with_the_articles(coverage):
    kg = coverage["kg"]
    if connection.vendor != "postgresql":
        # SQLite has the column but no triggers to keep it: it stays empty, and its lists take the general
        # path, checked by the tests above.
        assert "listed_at" in {c.name for c in connection.introspection.get_table_description(
            connection.cursor(), Article.provinces.through._meta.db_table)}
        assert not ArticleProvince.objects.filter(listed_at__isnull=False).exists()
        return
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT l.article_id FROM articles_article_provinces l WHERE l.province_id = %s "
            "AND l.listed_at IS NOT NULL AND l.listed_at <= now() ORDER BY l.listed_at DESC, l.article_id DESC",
            [kg.pk],
        )
        from_index = [row[0] for row in cursor.fetchall()]
        cursor.execute(
            "SELECT count(*) FROM articles_article_provinces l JOIN articles_article a ON a.id = l.article_id "
            "WHERE l.listed_at IS DISTINCT FROM CASE WHEN a.status = 'published' THEN a.publish_at END"
        )
        assert cursor.fetchone()[0] == 0
    want = list(Article.objects.published().filter(provinces=kg).order_by("-publish_at", "-id")
                .values_list("pk", flat=True))
    assert from_index == want


def test_a_province_page_with_its_former_units_takes_the_general_path(client, small_pages):
    ag, kg = province("an-giang"), province("kien-giang")
    old = make_article("Tin Kiên Giang cũ", provinces=[kg], publish_at=hours_ago(5000))
    new = make_article("Tin An Giang mới", provinces=[ag], publish_at=hours_ago(1))
    titles, count = listed(client, ag.get_absolute_url(), include_former=1)
    assert titles == [new.title, old.title] and count == 2
    assert listed(client, ag.get_absolute_url()) == ([new.title], 1)
