"""The index pages' coverage figures are counted once per change of the public content, not once per visitor,
and the index, topic, official and province pages run as many queries with many topics and articles as with few."""

import datetime
import re

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from articles.models import Article
from tests.factories import make_article, make_official, make_topic, topic

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _no_page_cache(settings):
    # What is measured is the view's own work: whole pages are not served from the page cache here.
    settings.PUBLIC_CACHE_SECONDS = 0


def shown_count(html, slug):
    match = re.search(rf'href="/chu-de/{slug}/">[^<]*</a> <span class="count">(\d+) tin bài</span>', html)
    assert match, f"no count for {slug}"
    return int(match.group(1))


def count_queries(client, url):
    """Queries of a first visit (nothing cached) and of the next one."""
    for alias in ("default", "pages"):
        caches[alias].clear()
    with CaptureQueriesContext(connection) as cold:
        assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as warm:
        assert client.get(url).status_code == 200
    return len(cold), [q["sql"] for q in warm]


def test_the_topic_index_counts_once_then_reads_its_figures_from_the_cache(client):
    make_article("Tin kinh tế", topics=["kinh-te"])
    cold, warm = count_queries(client, "/chu-de/")
    assert not [sql for sql in warm if "articles_article_topics" in sql]
    assert len(warm) <= cold - 2


def test_a_new_or_deleted_article_changes_the_topic_counts_at_once(client):
    make_article("Tin kinh tế 1", topics=["kinh-te"])
    assert shown_count(client.get("/chu-de/").content.decode(), "kinh-te") == 1
    second = make_article("Tin kinh tế 2", topics=["kinh-te"])
    assert shown_count(client.get("/chu-de/").content.decode(), "kinh-te") == 2
    second.delete()
    assert shown_count(client.get("/chu-de/").content.decode(), "kinh-te") == 1


def test_a_drafts_topics_do_not_count_and_filing_a_published_article_under_a_topic_does(client):
    article = make_article("Tin chưa phân loại")
    make_article("Bản nháp", topics=["kinh-te"], status="draft")
    assert shown_count(client.get("/chu-de/").content.decode(), "kinh-te") == 0
    article.topics.add(topic("kinh-te"))
    assert shown_count(client.get("/chu-de/").content.decode(), "kinh-te") == 1


def test_a_scheduled_article_counts_once_its_time_has_come(client, monkeypatch):
    soon = timezone.now() + datetime.timedelta(minutes=10)
    make_article("Tin hẹn giờ", topics=["kinh-te"], publish_at=soon)
    assert shown_count(client.get("/chu-de/").content.decode(), "kinh-te") == 0
    real_now = timezone.now
    monkeypatch.setattr(timezone, "now", lambda: real_now() + datetime.timedelta(minutes=11))
    assert shown_count(client.get("/chu-de/").content.decode(), "kinh-te") == 1


def test_the_province_map_follows_a_new_article_at_once(client):
    client.get("/dia-phuong/")
    make_article("Tin Hà Nội", provinces=["ha-noi"])
    assert "<title>Thành phố Hà Nội: 1 tin bài, 30 ngày qua</title>" in client.get("/dia-phuong/").content.decode()


def fill(label, n_topics, n_articles, official):
    kinh_te = topic("kinh-te")
    extra = [make_topic(f"Chủ đề thêm {label} {i}", parent=kinh_te if i % 2 else None) for i in range(n_topics)]
    for i in range(n_articles):
        make_article(f"Tin {label} {i}", topics=[kinh_te, *extra[i % max(len(extra), 1):][:1]],
                     provinces=["ha-noi", "kien-giang"], officials=[official],
                     publish_at=timezone.now() - datetime.timedelta(hours=i + 1))


@pytest.mark.parametrize("url", ["/chu-de/", "/chu-de/kinh-te/", "OFFICIAL", "/dia-phuong/",
                                 "/dia-phuong/?period=tat-ca", "/dia-phuong/ha-noi/"])
def test_index_topic_official_and_province_pages_do_not_query_more_with_more_content(client, url):
    official = make_official("Lê Văn Thử")
    url = official.get_absolute_url() if url == "OFFICIAL" else url
    fill("ít", 1, 2, official)
    small_cold, small_warm = count_queries(client, url)
    fill("nhiều", 12, 45, official)
    assert Article.objects.published().count() == 47
    big_cold, big_warm = count_queries(client, url)
    assert big_cold == small_cold <= 10
    assert len(big_warm) == len(small_warm) <= 10
