"""The visibility rule, asserted on every public surface the foundation has."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from articles.models import Article, Status
from tests.factories import make_article, make_official

pytestmark = pytest.mark.django_db


@pytest.fixture
def corpus():
    official = make_official("Trần Văn Công", title="Bí thư Tỉnh ủy")
    live = make_article("Tin đã xuất bản", provinces=["kien-giang"], topics=["xay-dung-dang"], officials=[official])
    draft = make_article("Bản nháp bí mật", status=Status.DRAFT, provinces=["kien-giang"], topics=["xay-dung-dang"],
                         officials=[official])
    scheduled = make_article("Tin hẹn giờ tương lai", publish_at=timezone.now() + datetime.timedelta(hours=2),
                             provinces=["kien-giang"], topics=["xay-dung-dang"], officials=[official])
    submitted = make_article("Tin chờ duyệt", status=Status.SUBMITTED, provinces=["kien-giang"],
                             topics=["xay-dung-dang"], officials=[official])
    withdrawn = make_article("Tin đã gỡ", status=Status.WITHDRAWN, provinces=["kien-giang"],
                             topics=["xay-dung-dang"], officials=[official])
    return {"live": live, "hidden": [draft, scheduled, submitted, withdrawn], "official": official}


def test_published_means_published_status_and_a_past_publish_time(corpus):
    assert list(Article.objects.published()) == [corpus["live"]]


@pytest.mark.parametrize("url", [
    "/", "/tin-tuc/", "/tin-tuc/?province=kien-giang", "/dia-phuong/kien-giang/", "/chu-de/xay-dung-dang/",
])
def test_lists_show_the_live_article_and_nothing_hidden(client, corpus, url):
    html = client.get(url).content.decode()
    assert corpus["live"].title in html
    for article in corpus["hidden"]:
        assert article.title not in html


def test_officials_page_lists_only_public_coverage(client, corpus):
    html = client.get(corpus["official"].get_absolute_url()).content.decode()
    assert corpus["live"].title in html
    assert all(a.title not in html for a in corpus["hidden"])


def test_anonymous_visitor_gets_404_for_every_hidden_article(client, corpus):
    for article in corpus["hidden"]:
        assert client.get(reverse("articles:detail", kwargs={"slug": article.slug})).status_code == 404
    assert client.get(corpus["live"].get_absolute_url()).status_code == 200


def test_a_scheduled_article_appears_once_its_time_has_passed(client, corpus):
    scheduled = corpus["hidden"][1]
    Article.objects.filter(pk=scheduled.pk).update(publish_at=timezone.now() - datetime.timedelta(seconds=1))
    assert client.get(scheduled.get_absolute_url()).status_code == 200


def test_counts_on_pages_ignore_hidden_articles(client, corpus):
    response = client.get("/tin-tuc/?province=kien-giang")
    assert response.context["paginator"].count == 1
