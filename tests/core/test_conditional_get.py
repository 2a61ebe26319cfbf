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
