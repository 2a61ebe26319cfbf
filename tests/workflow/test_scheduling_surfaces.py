"""A scheduled article appears everywhere at its minute, not a second before, with no job in between."""

import datetime

import pytest
from django.core.cache import cache
from django.utils import timezone

from articles.models import Status
from tests.workflow.conftest import draft_by
from workflow import services

pytestmark = pytest.mark.django_db

TITLE = "Khánh thành cầu Vàm Cống mới nối đôi bờ sông Hậu"
SURFACES = [
    "/", "/tin-tuc/", "/tin-tuc/?province=an-giang", "/dia-phuong/an-giang/", "/chu-de/xay-dung-dang/",
    "/rss/", "/dia-phuong/an-giang/rss/", "/chu-de/xay-dung-dang/rss/", "/tim-kiem/?q=V%C3%A0m+C%E1%BB%91ng",
    "/sitemap-tin-moi.xml",
]


@pytest.fixture
def scheduled(editor, moderator):
    article = draft_by(editor, title=TITLE, status=Status.SUBMITTED, provinces=["an-giang"], topics=["xay-dung-dang"])
    moment = (timezone.now() + datetime.timedelta(hours=5)).replace(second=0, microsecond=0)
    services.article_approve(article=article, actor=moderator, publish_at=moment)
    return article, moment


def page(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


@pytest.mark.parametrize("url", SURFACES)
def test_each_public_surface_shows_the_article_from_its_minute(client, scheduled, url, monkeypatch):
    article, moment = scheduled
    monkeypatch.setattr(timezone, "now", lambda: moment - datetime.timedelta(seconds=1))
    assert article.get_absolute_url() not in page(client, url)
    monkeypatch.setattr(timezone, "now", lambda: moment)
    cache.clear()  # the clock jumped without real time passing (see test_transitions)
    assert article.get_absolute_url() in page(client, url)
