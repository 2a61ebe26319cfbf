"""Query budgets for the key pages: constant in the page size (no N+1), at most 10 per public page and 15 per
admin page. The benchmark (bench/) measures the same pages at 100,000 articles."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import NoReverseMatch, reverse
from django.utils import timezone

from tests.factories import make_article, make_official, make_photo, make_topic, make_user

PUBLIC_BUDGET = 10
ADMIN_BUDGET = 15

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _no_page_cache(settings):
    settings.PUBLIC_CACHE_SECONDS = 0


def _coverage(count, *, offset=0):
    officials = [make_official(f"Nguyễn Văn Quan {offset + i}", title="Bí thư Tỉnh ủy", organisation="Tỉnh ủy Kiên Giang")
                 for i in range(2)]
    articles = []
    for i in range(count):
        article = make_article(
            f"Kiên Giang xây dựng Đảng số {offset + i}",
            publish_at=timezone.now() - datetime.timedelta(days=i + 1),
            provinces=["kien-giang", "an-giang"], topics=["xay-dung-dang", "kinh-te"],
            officials=[(officials[0], "Bí thư Tỉnh ủy"), (officials[1], "Phó Bí thư")],
        )
        make_photo(article, "Quang cảnh hội nghị.", with_image=False, is_featured=True)
        make_photo(article, "Đại biểu phát biểu.", with_image=False, position=1)
        articles.append(article)
    return articles, officials


def _count(client, url, data=None):
    client.get(url, data or {})  # warm: what a page caches for later visitors is not counted against it
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, data or {})
    assert response.status_code == 200, (url, response.status_code)
    return len(queries)


def _public_pages(articles, officials):
    pages = {
        "home": (reverse("articles:home"), None),
        "list": (reverse("articles:list"), None),
        "province": (reverse("places:detail", kwargs={"slug": "kien-giang"}), None),
        "province + topic": (reverse("articles:list"), {"province": "kien-giang", "topic": "xay-dung-dang"}),
        "date range": (reverse("articles:list"), {"from": "01/01/2020", "to": "31/12/2030"}),
        "topic": (reverse("articles:topic", kwargs={"slug": "xay-dung-dang"}), None),
        "official": (officials[0].get_absolute_url(), None),
        "detail": (articles[0].get_absolute_url(), None),
    }
    # Pages added by the readers' site issue, measured once they exist.
    for name, url_name, data in [("search", "search:search", {"q": "kien giang"}),
                                 ("search, phrase", "search:search", {"q": "xay dung dang"}),
                                 ("feed", "articles:feed", None), ("sitemap", "articles:sitemap", None)]:
        try:
            pages[name] = (reverse(url_name), data)
        except NoReverseMatch:
            continue
    return pages


def test_public_pages_stay_within_the_query_budget_and_do_not_grow_with_the_page(client, settings):
    articles, officials = _coverage(3)
    small = {name: _count(client, url, data) for name, (url, data) in _public_pages(articles, officials).items()}
    make_topic("Chủ đề phụ")
    more, _ = _coverage(9, offset=100)
    large = {name: _count(client, url, data) for name, (url, data) in _public_pages(articles, officials).items()}
    for name, queries in large.items():
        assert queries <= PUBLIC_BUDGET, f"{name}: {queries} queries"
    assert large == small


def _admin_pages(officials):
    changelist = reverse("admin:articles_article_changelist")
    kien_giang = officials[0].mentions.first().article.provinces.get(slug="kien-giang")
    pages = {
        "admin list": (changelist, None),
        "admin list by province": (changelist, {"provinces__id__exact": kien_giang.pk}),
        "admin autocomplete": (reverse("admin:autocomplete"), {
            "app_label": "articles", "model_name": "mention", "field_name": "official", "term": "nguyen"}),
    }
    return pages


def test_admin_pages_stay_within_the_query_budget_and_do_not_grow_with_the_page(client):
    client.force_login(make_user(role="admin"))
    _, officials = _coverage(3)
    small = {name: _count(client, url, data) for name, (url, data) in _admin_pages(officials).items()}
    _coverage(9, offset=100)
    large = {name: _count(client, url, data) for name, (url, data) in _admin_pages(officials).items()}
    for name, queries in large.items():
        assert queries <= ADMIN_BUDGET, f"{name}: {queries} queries"
    assert large == small
