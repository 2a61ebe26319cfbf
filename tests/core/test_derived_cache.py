"""Figures and choices derived from the published coverage (list counts, the home page's sections, an article's
side column) are computed once per change of the public content, never shown stale: a publish, a withdrawal or
a scheduled article going live makes them be computed again."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from articles.models import Status
from core.cache import cached_until_change
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def counter():
    calls = []

    def compute():
        calls.append(1)
        return len(calls)

    return calls, compute


def test_a_figure_is_computed_once_until_something_is_published():
    calls, compute = counter()
    assert cached_until_change("figure", compute, timeout=300) == 1
    assert cached_until_change("figure", compute, timeout=300) == 1
    make_article("Tin mới")
    assert cached_until_change("figure", compute, timeout=300) == 2


def test_a_figure_ends_when_a_scheduled_article_goes_live(monkeypatch):
    now = timezone.now()
    make_article("Bài hẹn giờ", publish_at=now + datetime.timedelta(seconds=90))
    calls, compute = counter()
    assert cached_until_change("figure", compute, timeout=300) == 1
    assert cached_until_change("figure", compute, timeout=300) == 1
    monkeypatch.setattr(timezone, "now", lambda: now + datetime.timedelta(seconds=120))
    assert cached_until_change("figure", compute, timeout=300) == 2


def test_the_home_page_shows_a_new_article_and_drops_a_withdrawn_one_at_once(client):
    old = make_article("Tin đã đăng từ trước", topics=["kinh-te"])
    assert old.title in client.get(reverse("articles:home")).content.decode()
    new = make_article("Tin vừa đăng", topics=["kinh-te"])
    page = client.get(reverse("articles:home")).content.decode()
    assert new.title in page and old.title in page
    new.status = Status.WITHDRAWN
    new.save()
    assert new.title not in client.get(reverse("articles:home")).content.decode()


def test_an_article_page_side_column_is_made_again_after_a_publish(client, settings):
    # The page cache keeps a whole article page up to PUBLIC_CACHE_SIDE_COLUMN_SECONDS (core/cache.py); what is
    # checked here is that the side column's own cache does not add to that.
    settings.PUBLIC_CACHE_SECONDS = 0
    article = make_article("Tin đang đọc", provinces=["kien-giang"], topics=["kinh-te"])
    client.get(article.get_absolute_url())
    latest = make_article("Tin mới nhất cùng tỉnh", provinces=["kien-giang"])
    assert latest.title in client.get(article.get_absolute_url()).content.decode()
