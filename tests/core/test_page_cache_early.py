"""A page-cache hit is answered first, before sessions, language, CSRF and authentication run, and is still the
same response: the same headers, the same 304s, never to a request with a session.

Every behaviour is checked on local memory and on Redis (database 3 of the machine's Redis, a prefix of its own).
"""

import pytest
from django.contrib.messages import constants
from django.contrib.messages.storage.base import Message
from django.contrib.messages.storage.cookie import CookieStorage
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from core import cache as page_cache
from core.cache import purge_cache_tags
from tests.factories import make_article, make_user

pytestmark = [pytest.mark.django_db]

REDIS_URL = "redis://127.0.0.1:6379/3"


@pytest.fixture(params=["locmem", "redis"])
def cached(request, settings, tmp_path):
    if request.param == "locmem":
        pages = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "page-cache-early-tests"}
    else:
        pages = {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL,
                 "KEY_PREFIX": "page-cache-early-tests"}
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache",
                                   "LOCATION": "page-cache-early-default"}, "pages": pages}
    settings.PUBLIC_CACHE_ALIAS = "pages"
    settings.PUBLIC_CACHE_SECONDS = 300
    settings.PUBLIC_CACHE_STAMP_FILE = str(tmp_path / "stamp")
    from django.core.cache import caches

    caches["pages"].clear()
    yield caches["pages"]
    caches["pages"].clear()


def _headers(response):
    return {name: value for name, value in response.items() if name not in {"X-Page-Cache", "Last-Modified"}}


def test_a_hit_carries_every_header_the_rendered_page_had(client, cached):
    make_article("Hội nghị tổng kết năm")
    miss = client.get(reverse("articles:home"))
    with CaptureQueriesContext(connection) as queries:
        hit = client.get(reverse("articles:home"))
    assert (miss["X-Page-Cache"], hit["X-Page-Cache"]) == ("miss", "hit")
    assert len(queries) == 0
    assert hit.content == miss.content
    # Added by the middleware a hit no longer goes through: sessions (Vary: Cookie), language, framing, CSP.
    assert _headers(hit) == _headers(miss)
    assert {"Cookie", "Accept-Language"} <= {part.strip() for part in hit["Vary"].split(",")}
    assert hit["Content-Language"] == "vi"
    assert hit["X-Frame-Options"] == "DENY"
    assert "Content-Security-Policy" in hit
    assert hit["Cache-Tag"] == miss["Cache-Tag"]


def test_a_request_with_a_session_cookie_is_never_served_nor_stored(client, settings, cached):
    make_article("Bài đã đăng")
    client.get(reverse("articles:home"))
    assert client.get(reverse("articles:home"))["X-Page-Cache"] == "hit"
    # Any session at all, even one that names nobody: the cache does not look inside it.
    client.cookies[settings.SESSION_COOKIE_NAME] = "khong-phai-phien-that"
    assert "X-Page-Cache" not in client.get(reverse("articles:home"))
    assert "X-Page-Cache" not in client.get(reverse("articles:list"))
    del client.cookies[settings.SESSION_COOKIE_NAME]
    assert client.get(reverse("articles:list"))["X-Page-Cache"] == "miss"


def test_a_logged_in_editor_gets_the_live_page_after_anonymous_visits(client, cached):
    make_article("Bài đã đăng")
    client.get(reverse("articles:home"))
    client.get(reverse("articles:home"))
    client.force_login(make_user(role="editor"))
    response = client.get(reverse("articles:home"))
    assert "X-Page-Cache" not in response
    assert "Cache-Tag" not in response


def test_a_request_with_credentials_is_not_served_from_the_cache(client, cached):
    make_article("Bài đã đăng")
    client.get(reverse("articles:home"))
    assert "X-Page-Cache" not in client.get(reverse("articles:home"), HTTP_AUTHORIZATION="Basic YWJjOmRlZg==")


def test_a_page_showing_a_visitors_message_is_not_kept_for_others(client, cached):
    make_article("Bài đã đăng")
    message = Message(constants.SUCCESS, "Cảm ơn bạn đã gửi tin cho tòa soạn")
    client.cookies[CookieStorage.cookie_name] = CookieStorage(RequestFactory().get("/"))._encode([message])
    mine = client.get(reverse("articles:home"))
    assert "Cảm ơn bạn đã gửi tin" in mine.content.decode()
    assert "X-Page-Cache" not in mine  # it clears the message cookie: a page for this visitor only
    client.cookies.clear()
    other = client.get(reverse("articles:home"))
    assert other["X-Page-Cache"] == "miss"
    assert "Cảm ơn bạn đã gửi tin" not in other.content.decode()


def test_conditional_gets_of_a_cached_page_get_304(client, cached):
    make_article("Bài đã đăng")
    first = client.get(reverse("articles:home"))
    assert client.get(reverse("articles:home"))["X-Page-Cache"] == "hit"
    by_etag = client.get(reverse("articles:home"), HTTP_IF_NONE_MATCH=first["ETag"])
    by_date = client.get(reverse("articles:home"), HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
    for response in (by_etag, by_date):
        assert response.status_code == 304
        assert response.content == b""
        assert response["ETag"] == first["ETag"]
        assert response["Content-Security-Policy"] == first["Content-Security-Policy"]
    stale = client.get(reverse("articles:home"), HTTP_IF_NONE_MATCH='"mot-phien-ban-cu"')
    assert (stale.status_code, stale["X-Page-Cache"]) == (200, "hit")


def test_a_purge_reaches_pages_this_worker_holds_uncompressed(client, cached):
    article = make_article("Tiêu đề trước khi sửa", provinces=["kien-giang"])
    client.get(reverse("articles:home"))
    assert client.get(reverse("articles:home"))["X-Page-Cache"] == "hit"
    article.title = "Tiêu đề sau khi sửa"
    article.save()
    page = client.get(reverse("articles:home"))
    assert page["X-Page-Cache"] == "miss"
    assert "Tiêu đề sau khi sửa" in page.content.decode()
    purge_cache_tags("home")
    assert client.get(reverse("articles:home"))["X-Page-Cache"] == "miss"


def test_a_hot_page_is_decompressed_once_per_worker(client, cached, monkeypatch):
    make_article("Bài đã đăng")
    client.get(reverse("articles:home"))
    calls = []
    real = page_cache.zlib.decompress
    monkeypatch.setattr(page_cache.zlib, "decompress", lambda data: calls.append(1) or real(data))
    bodies = {client.get(reverse("articles:home")).content for _ in range(5)}
    assert len(bodies) == 1
    assert len(calls) == 1


def test_pages_larger_than_the_hot_share_are_still_served_from_the_cache(client, settings, cached):
    settings.PAGE_CACHE_HOT_BYTES = 1000
    make_article("Bài đã đăng")
    first = client.get(reverse("articles:home"))
    assert len(first.content) > 1000
    hits = [client.get(reverse("articles:home")) for _ in range(3)]
    assert [hit["X-Page-Cache"] for hit in hits] == ["hit"] * 3
    assert all(hit.content == first.content for hit in hits)


def test_plain_http_is_redirected_even_when_its_page_is_cached(client, settings, cached):
    make_article("Bài đã đăng")
    settings.SECURE_SSL_REDIRECT = False
    client.get(reverse("articles:home"))
    assert client.get(reverse("articles:home"))["X-Page-Cache"] == "hit"
    settings.SECURE_SSL_REDIRECT = True
    client.handler.load_middleware()  # SecurityMiddleware reads the setting when it is built
    response = client.get(reverse("articles:home"))
    assert response.status_code == 301
    assert response["Location"].startswith("https://")


def test_a_host_not_allowed_is_refused_with_the_security_headers(client, cached):
    make_article("Bài đã đăng")
    client.get(reverse("articles:home"))
    response = client.get(reverse("articles:home"), HTTP_HOST="tin-gia.example")
    assert response.status_code == 400
    assert "Content-Security-Policy" in response


def test_a_get_with_a_body_is_left_to_the_size_limit(client, cached):
    make_article("Bài đã đăng")
    client.get(reverse("articles:home"))
    response = client.get(reverse("articles:home"), HTTP_TRANSFER_ENCODING="chunked")
    assert response.status_code == 411
