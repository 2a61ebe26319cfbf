"""Conditional GET: a browser or proxy that already holds a page gets a 304 and no body."""

import pytest
from django.urls import reverse

from tests.factories import make_article

pytestmark = pytest.mark.django_db


@pytest.fixture
def article():
    return make_article("Bài về chuyển đổi số", provinces=["kien-giang"])


def test_public_page_carries_an_etag_and_last_modified(client, article):
    response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    assert response["ETag"]
    assert response["Last-Modified"]


def test_matching_etag_gets_304_without_a_body(client, article):
    etag = client.get(article.get_absolute_url())["ETag"]
    response = client.get(article.get_absolute_url(), HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 304
    assert response.content == b""


def test_unchanged_since_last_modified_gets_304(client, article):
    last_modified = client.get(reverse("articles:home"))["Last-Modified"]
    response = client.get(reverse("articles:home"), HTTP_IF_MODIFIED_SINCE=last_modified)
    assert response.status_code == 304


def test_stale_etag_gets_the_new_page_after_an_edit(client, article):
    etag = client.get(article.get_absolute_url())["ETag"]
    article.title = "Bài về chuyển đổi số đã cập nhật"
    article.save()
    response = client.get(article.get_absolute_url(), HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 200
    assert "đã cập nhật" in response.content.decode()


def test_a_browser_asks_again_before_showing_a_cached_page(client, article):
    """Without a lifetime, a page with a Last-Modified may be reused by the browser for a tenth of its age with no
    request at all: a correction published meanwhile would not reach the reader who opens the article again."""
    client.get(article.get_absolute_url())
    hit = client.get(article.get_absolute_url())
    assert hit["X-Page-Cache"] == "hit"
    assert hit["Cache-Control"] == "max-age=0"


def test_a_shared_cache_told_of_purges_may_keep_the_page_as_long_as_the_site_does(client, article, settings):
    settings.CACHE_PURGE_HOOKS = ["core.cache_purge.http_purge"]
    settings.CACHE_PURGE_URL = ""  # the hook sends nothing without a URL
    response = client.get(article.get_absolute_url())
    assert response["Cache-Control"].startswith("public, max-age=0, s-maxage=")
    assert 0 < int(response["Cache-Control"].rsplit("=", 1)[1]) <= settings.PUBLIC_CACHE_SIDE_COLUMN_SECONDS
