"""A province, topic or official page lists its own subject: a stray filter for another one changes nothing."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.factories import make_article, make_official

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _no_page_cache(settings):
    settings.PUBLIC_CACHE_SECONDS = 0


def _titles(response):
    return [article.title for article in response.context["articles"]]


def test_a_province_page_ignores_another_province_in_the_query_string(client):
    make_article("Tin An Giang", provinces=["an-giang"], publish_at=timezone.now() - datetime.timedelta(hours=1))
    url = reverse("places:detail", kwargs={"slug": "an-giang"})
    plain = client.get(url)
    stray = client.get(url, {"province": "ha-noi"})
    assert stray.status_code == 200
    assert _titles(stray) == _titles(plain) == ["Tin An Giang"]
    assert "Chưa có tin bài nào phù hợp" not in stray.content.decode()


def test_a_topic_page_ignores_another_topic_in_the_query_string(client):
    make_article("Tin xây dựng Đảng", topics=["xay-dung-dang"], publish_at=timezone.now() - datetime.timedelta(hours=1))
    url = reverse("articles:topic", kwargs={"slug": "xay-dung-dang"})
    assert _titles(client.get(url, {"topic": "kinh-te"})) == ["Tin xây dựng Đảng"]


def test_an_official_page_ignores_another_official_in_the_query_string(client):
    first = make_official("Nguyễn Văn An", title="Bí thư Tỉnh ủy", organisation="Tỉnh ủy An Giang")
    other = make_official("Trần Văn Bình", title="Chủ tịch UBND tỉnh", organisation="UBND tỉnh An Giang")
    make_article("Tin có ông An", officials=[(first, "Bí thư Tỉnh ủy")],
                 publish_at=timezone.now() - datetime.timedelta(hours=1))
    response = client.get(first.get_absolute_url(), {"official": other.slug})
    assert _titles(response) == ["Tin có ông An"]
