"""The anonymous page cache: what it stores, what it never stores, and that invalidation is immediate.

Every behaviour is checked on local memory and on Redis (database 3 of the machine's Redis).
"""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from articles.models import Article, Status
from core import cache as page_cache
from core.cache import PublicPageCacheMiddleware, bump_public_cache, public_cache_version
from tests.factories import make_article, make_user

REDIS_URL = "redis://127.0.0.1:6379/3"


def _locmem():
    return {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "page-cache-tests"}


def _redis():
    return {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL, "KEY_PREFIX": "page-cache-tests"}


@pytest.fixture(params=["locmem", "redis"])
def page_cache_backend(request, settings, tmp_path):
    config = _locmem() if request.param == "locmem" else _redis()
    settings.CACHES = {"default": config, "sessions": _locmem()}
    settings.PUBLIC_CACHE_SECONDS = 300
    settings.PUBLIC_CACHE_STAMP_FILE = str(tmp_path / "stamp")
    from django.core.cache import caches

    caches["default"].clear()
    yield request.param
    caches["default"].clear()


pytestmark = [pytest.mark.django_db]


def test_second_anonymous_visit_is_served_from_the_cache_without_queries(client, page_cache_backend):
    make_article("Hội nghị quán triệt Nghị quyết")
    first = client.get(reverse("articles:home"))
    assert first["X-Page-Cache"] == "miss"
    with CaptureQueriesContext(connection) as queries:
        second = client.get(reverse("articles:home"))
    assert second["X-Page-Cache"] == "hit"
    assert len(queries) == 0
    assert second.content == first.content


def test_withdrawn_article_disappears_at_once_from_cached_pages(client, page_cache_backend):
    article = make_article("Bài sắp bị gỡ về Kiên Giang", provinces=["kien-giang"])
    detail_url, list_url = article.get_absolute_url(), reverse("articles:list")
    assert client.get(detail_url).status_code == 200
    assert "Bài sắp bị gỡ" in client.get(list_url).content.decode()
    assert client.get(list_url)["X-Page-Cache"] == "hit"

    # What the workflow's withdraw service does: change the state, then bump the page cache.
    Article.objects.filter(pk=article.pk).update(status=Status.WITHDRAWN)
    bump_public_cache()

    assert client.get(detail_url).status_code == 404
    assert "Bài sắp bị gỡ" not in client.get(list_url).content.decode()


def test_an_admin_edit_of_a_published_article_refreshes_cached_pages(client, page_cache_backend):
    article = make_article("Tiêu đề cũ của bài")
    assert "Tiêu đề cũ" in client.get(article.get_absolute_url()).content.decode()
    article.title = "Tiêu đề đã sửa của bài"
    article.save()
    page = client.get(article.get_absolute_url()).content.decode()
    assert "Tiêu đề đã sửa" in page


def test_saving_a_draft_keeps_the_cached_pages(client, page_cache_backend):
    make_article("Bài đã đăng")
    client.get(reverse("articles:home"))
    make_article("Bản nháp đang viết", status=Status.DRAFT)
    assert client.get(reverse("articles:home"))["X-Page-Cache"] == "hit"


def test_logged_in_editor_is_never_served_or_stored_in_the_cache(client, page_cache_backend):
    make_article("Bài đã đăng")
    client.get(reverse("articles:home"))  # an anonymous visit fills the cache
    client.force_login(make_user(role="editor"))
    response = client.get(reverse("articles:home"))
    assert "X-Page-Cache" not in response
    assert client.get(reverse("articles:home")).get("X-Page-Cache") is None


def test_posts_are_never_cached(client, page_cache_backend):
    response = client.post(reverse("articles:list"), {"q": "x"})
    assert "X-Page-Cache" not in response


def test_each_language_gets_its_own_cached_copy(client, settings, page_cache_backend):
    make_article("Bài đã đăng")
    assert client.get(reverse("articles:home"))["X-Page-Cache"] == "miss"
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"  # the visitor chose English with the switcher
    assert client.get(reverse("articles:home"))["X-Page-Cache"] == "miss"
    assert client.get(reverse("articles:home"))["X-Page-Cache"] == "hit"


def _run_middleware(view, path="/tin-tuc/"):
    request = RequestFactory().get(path)
    request.user = AnonymousUser()
    return request, PublicPageCacheMiddleware(view)(request)


def test_response_setting_a_cookie_is_not_cached(page_cache_backend):
    def view(request):
        response = HttpResponse("xin chào")
        response.set_cookie("theo-doi", "1")
        return response

    _run_middleware(view)
    _, again = _run_middleware(view)
    assert "X-Page-Cache" not in again


def test_page_with_a_csrf_token_is_not_cached(page_cache_backend):
    def view(request):
        return HttpResponse(f"<form><input name=csrfmiddlewaretoken value={get_token(request)}></form>")

    _, response = _run_middleware(view)
    assert "X-Page-Cache" not in response


def test_private_and_error_responses_are_not_cached(page_cache_backend):
    def private(request):
        response = HttpResponse("riêng")
        response["Cache-Control"] = "private"
        return response

    _, response = _run_middleware(private)
    assert "X-Page-Cache" not in response
    _, response = _run_middleware(lambda request: HttpResponse("lỗi", status=500))
    assert "X-Page-Cache" not in response


def test_admin_pages_are_never_cached(client, page_cache_backend):
    response = client.get(reverse("admin:login"))
    assert "X-Page-Cache" not in response


def test_a_bump_by_another_worker_is_seen_through_the_stamp_file(settings, tmp_path):
    settings.CACHES = {"default": _locmem(), "sessions": _locmem()}
    settings.PUBLIC_CACHE_STAMP_FILE = str(tmp_path / "stamp")
    before = public_cache_version()
    # Another gunicorn worker has its own local-memory cache; all it shares with us is the stamp file.
    (tmp_path / "stamp").write_text("written-by-another-worker", encoding="ascii")
    assert public_cache_version() != before


def test_cached_pages_expire_when_the_next_scheduled_article_goes_live(page_cache_backend):
    import datetime

    from django.utils import timezone

    make_article("Bài hẹn giờ", publish_at=timezone.now() + datetime.timedelta(seconds=90))
    timeout = page_cache.page_timeout(public_cache_version())
    assert 0 < timeout <= 90


def test_page_cache_can_be_switched_off(client, settings, page_cache_backend):
    settings.PUBLIC_CACHE_SECONDS = 0
    client.get(reverse("articles:home"))
    assert "X-Page-Cache" not in client.get(reverse("articles:home"))


def test_a_cache_outage_does_not_stop_a_publish(settings, tmp_path, caplog):
    # Nothing listens on port 1: every Redis call fails, as during an outage.
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache",
                                   "LOCATION": "redis://127.0.0.1:1/0"}, "sessions": _locmem()}
    settings.PUBLIC_CACHE_STAMP_FILE = str(tmp_path / "stamp")
    bump_public_cache()
    assert "Could not bump the public page cache version" in caplog.text
