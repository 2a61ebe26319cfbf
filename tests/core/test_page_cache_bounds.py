"""The anonymous page cache is bounded: visitors choose URLs, so they must not choose how much it stores.

Pages are keyed by the query parameters they read, in a canonical order; any other parameter bypasses the cache;
new entries are capped per minute; large pages are not kept; bodies are compressed; and the cache has its own
alias (its own Redis database), apart from sessions.
"""

import re
from pathlib import Path

import pytest
from django.core.cache import caches
from django.urls import reverse

from config.env import page_cache_url, parse_cache_url
from core import cache as cache_module
from core.cache import VERSION_KEY, public_cache_version
from core.cache_purge import SharedVersions
from tests.core.test_outages import REDIS_SERVER, RedisServer
from tests.factories import make_article

pytestmark = pytest.mark.django_db

PAGE_KEY = re.compile(r"public-page:[^:]+:[^:]+:[0-9a-f]{64}$")


def _locmem(name):
    return {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": name,
            "OPTIONS": {"MAX_ENTRIES": 10_000}}


@pytest.fixture
def page_cache(settings, tmp_path):
    settings.CACHES = {"default": _locmem("bounds-default"), "sessions": _locmem("bounds-default"),
                       "pages": _locmem("bounds-pages")}
    settings.PUBLIC_CACHE_ALIAS = "pages"
    settings.PUBLIC_CACHE_SECONDS = 300
    settings.PUBLIC_CACHE_STAMP_FILE = str(tmp_path / "stamp")
    settings.PAGE_CACHE_NEW_PER_MINUTE = 300
    settings.PAGE_CACHE_NEW_WITH_QUERY_PER_MINUTE = 20
    for alias in ("default", "pages"):
        caches[alias].clear()
    yield caches["pages"]
    for alias in ("default", "pages"):
        caches[alias].clear()


def _stored_pages(cache):
    return [key for key in cache._cache if PAGE_KEY.search(key)]


def test_a_query_parameter_the_page_does_not_read_bypasses_the_cache(client, page_cache):
    make_article("Bài đã đăng")
    for n in range(30):
        response = client.get(reverse("articles:list"), {"utm_source": f"zalo-{n}"})
        assert response.status_code == 200
        assert "X-Page-Cache" not in response
    assert _stored_pages(page_cache) == []
    # Unknown on one page is unknown everywhere: search words are not a parameter of the home page.
    assert "X-Page-Cache" not in client.get("/", {"q": "bão"})


def test_the_same_parameters_in_another_order_share_one_cached_page(client, page_cache):
    make_article("Bài về An Giang", provinces=["an-giang"], topics=["xay-dung-dang"])
    first = client.get("/tin-tuc/?topic=xay-dung-dang&province=an-giang")
    assert first["X-Page-Cache"] == "miss"
    second = client.get("/tin-tuc/?province=an-giang&topic=xay-dung-dang")
    assert second["X-Page-Cache"] == "hit"
    assert len(_stored_pages(page_cache)) == 1


def test_repeated_values_in_another_order_are_another_page(client, page_cache):
    # The view reads the last value, so these two show different provinces.
    client.get("/tin-tuc/?province=an-giang&province=ca-mau")
    assert client.get("/tin-tuc/?province=ca-mau&province=an-giang")["X-Page-Cache"] == "miss"


def test_search_words_and_pages_are_parameters_their_pages_read(client, page_cache):
    make_article("Bão số 3 đổ bộ")
    assert client.get("/tim-kiem/", {"q": "bão"})["X-Page-Cache"] == "miss"
    assert client.get("/tim-kiem/", {"q": "bão"})["X-Page-Cache"] == "hit"
    assert client.get("/tin-tuc/", {"page": "1"})["X-Page-Cache"] == "miss"


def test_a_flood_of_new_query_strings_stores_no_more_than_the_budget(client, settings, page_cache, monkeypatch):
    # All within one minute, however slow the machine: a new minute would rightly bring a new budget.
    monkeypatch.setattr(cache_module, "_minute", lambda: 29_000_000)
    make_article("Bài đã đăng")
    for n in range(60):
        assert client.get("/tim-kiem/", {"q": f"từ khóa {n}"}).status_code == 200
    assert len(_stored_pages(page_cache)) == settings.PAGE_CACHE_NEW_WITH_QUERY_PER_MINUTE
    # Pages without a query string have a budget of their own: the flood did not spend it.
    assert client.get("/")["X-Page-Cache"] == "miss"
    assert client.get("/")["X-Page-Cache"] == "hit"


def test_no_page_is_stored_once_the_minutes_budget_is_spent(client, settings, page_cache):
    settings.PAGE_CACHE_NEW_PER_MINUTE = 2
    make_article("Bài đã đăng", provinces=["an-giang"])
    client.get("/")
    client.get(reverse("articles:list"))
    assert "X-Page-Cache" not in client.get("/dia-phuong/an-giang/")
    assert len(_stored_pages(page_cache)) == 2


def test_a_page_larger_than_the_limit_is_not_kept(client, settings, page_cache):
    settings.PAGE_CACHE_MAX_BYTES = 1000
    make_article("Bài đã đăng")
    assert client.get("/").status_code == 200
    assert "X-Page-Cache" not in client.get("/")
    assert _stored_pages(page_cache) == []


def test_pages_live_in_their_own_cache_apart_from_sessions(client, page_cache):
    make_article("Bài đã đăng")
    caches["default"].set("phien-lam-viec", "giữ nguyên")
    client.get("/")
    assert len(_stored_pages(page_cache)) == 1
    assert _stored_pages(caches["default"]) == []
    page_cache.clear()
    assert caches["default"].get("phien-lam-viec") == "giữ nguyên"


def test_lost_versions_never_bring_back_older_pages(client, settings, page_cache):
    make_article("Bài đã đăng")
    before = public_cache_version()
    assert client.get("/")["X-Page-Cache"] == "miss"
    # In local memory the versions are the file every worker reads (core/cache_purge.py): deleted by hand.
    Path(settings.PUBLIC_CACHE_STAMP_FILE).unlink()
    assert public_cache_version() != before
    assert client.get("/")["X-Page-Cache"] == "miss"


def test_a_lost_version_key_in_a_shared_cache_never_brings_back_older_pages(page_cache):
    versions = SharedVersions(page_cache)  # the versions as they are kept in Redis, here in a local cache
    stored = versions.settle({"public", "home"}, versions.sequence())
    assert versions.current(stored) == stored
    versions.cache.delete(VERSION_KEY)  # evicted, flushed, or dropped after a Redis outage
    assert versions.current(stored) != stored


def test_the_page_cache_gets_another_redis_database_by_default():
    assert page_cache_url("redis://cache.internal:6379/0") == "redis://cache.internal:6379/1"
    assert page_cache_url("redis://cache.internal:6379/0", taken=["redis://cache.internal:6379/1"]) == (
        "redis://cache.internal:6379/2"
    )
    assert page_cache_url("redis://:secret@cache.internal:6379?db=4") == "redis://:secret@cache.internal:6379/0"
    assert page_cache_url("locmem://newsroom") == "locmem://newsroom-pages"
    assert parse_cache_url(page_cache_url("redis://127.0.0.1:6379/0"))["BACKEND"] == "core.cache_backends.GuardedRedisCache"


@pytest.mark.skipif(REDIS_SERVER is None, reason="redis-server is not installed (apt install redis-server)")
def test_three_hundred_new_query_strings_add_little_to_redis(client, settings, tmp_path):
    """The finding: 300 requests with new query strings added 24 MB to Redis."""
    server = RedisServer()
    server.start()
    try:
        settings.CACHES = {"default": parse_cache_url(server.url), "sessions": parse_cache_url(server.url),
                           "pages": parse_cache_url(page_cache_url(server.url))}
        settings.PUBLIC_CACHE_ALIAS = "pages"
        settings.PUBLIC_CACHE_SECONDS = 300
        settings.PUBLIC_CACHE_STAMP_FILE = str(tmp_path / "stamp")
        make_article("Bài đã đăng")
        for n in range(150):
            assert client.get("/tim-kiem/", {"q": f"từ khóa {n}"}).status_code == 200
            assert client.get(reverse("articles:list"), {"nonsense": str(n)}).status_code == 200
        redis = caches["pages"]._cache.get_client()
        keys = list(redis.scan_iter(match="*public-page:*"))
        used = sum(redis.memory_usage(key) or 0 for key in keys)
        stored = [key for key in keys if PAGE_KEY.search(key.decode())]
        assert len(stored) <= settings.PAGE_CACHE_NEW_WITH_QUERY_PER_MINUTE * 2  # the test may span two minutes
        assert used < 2 * 1024 * 1024, used
        # Nothing of it in the database that holds the sessions' cache.
        assert list(caches["default"]._cache.get_client().scan_iter(match="*public-page:*")) == []
    finally:
        server.stop()
