"""Tag-based invalidation of the page cache: a change makes stale the pages that show it, and only those.

The behaviours that depend on where versions live are checked on local memory (a shared file) and on Redis.
"""

import http.server
import threading
import uuid

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.cache import caches
from django.db import transaction
from django.http import HttpResponse
from django.test import RequestFactory
from django.urls import reverse

from articles.cache_tags import purge_article
from articles.models import Status, Topic
from core import cache_purge
from core.cache import PublicPageCacheMiddleware, add_cache_tags, purge_cache_tags
from tests.factories import make_article, make_official, make_user, province
from workflow import services

pytestmark = pytest.mark.django_db

REDIS_URL = "redis://127.0.0.1:6379/3"


def _locmem(name):
    return {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": name}


@pytest.fixture(params=["locmem", "redis"])
def tag_cache(request, settings, tmp_path, monkeypatch):
    prefix = f"cache-tags-{uuid.uuid4().hex[:8]}"
    pages = _locmem(prefix) if request.param == "locmem" else {
        "BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL, "KEY_PREFIX": prefix}
    settings.CACHES = {"default": _locmem("cache-tags-default"), "sessions": _locmem("cache-tags-default"),
                       "pages": pages}
    settings.PUBLIC_CACHE_ALIAS = "pages"
    settings.PUBLIC_CACHE_SECONDS = 300
    settings.PUBLIC_CACHE_STAMP_FILE = str(tmp_path / "stamp")
    settings.CACHE_PURGE_HOOKS = []
    monkeypatch.setattr(cache_purge, "_file_states", {})
    yield request.param
    if request.param == "redis":  # only this run's keys: other test runs share the database
        client = caches["pages"]._cache.get_client()
        for key in client.scan_iter(match=f"{prefix}:*"):
            client.delete(key)
    else:
        caches["pages"].clear()


purged = []


def recording_hook(tags):
    purged.append(set(tags))


def failing_hook(tags):
    raise ConnectionError("CDN không trả lời")


@pytest.fixture
def hooks(settings):
    purged.clear()
    settings.CACHE_PURGE_HOOKS = ["tests.core.test_cache_tags.recording_hook"]
    return purged


def _page(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response.get("X-Page-Cache"), response.content.decode()


def _warm(client, *urls):
    for url in urls:
        client.get(url)
        assert _page(client, url)[0] == "hit", url


def _province_url(slug):
    return reverse("places:detail", kwargs={"slug": slug})


def _submitted(title, **kwargs):
    editor = make_user(role="editor")
    return make_article(title, status=Status.SUBMITTED, author=editor, last_edited_by=editor, **kwargs)


def test_publishing_a_kien_giang_article_purges_home_and_kien_giang_but_not_another_province(
    client, tag_cache, django_capture_on_commit_callbacks,
):
    make_article("Tin cũ ở Kiên Giang", provinces=["kien-giang"])
    make_article("Tin Cà Mau", provinces=["ca-mau"])
    home, kien_giang, ca_mau = "/", _province_url("kien-giang"), _province_url("ca-mau")
    # An Giang took in Kiên Giang on 1/7/2025: its page with the former units lists Kiên Giang's coverage.
    an_giang_with_former = _province_url("an-giang") + "?include_former=1"
    _warm(client, home, kien_giang, ca_mau, an_giang_with_former)

    article = _submitted("Kiên Giang khởi công cầu Cái Lớn mới", provinces=["kien-giang"])
    with django_capture_on_commit_callbacks(execute=True):
        services.article_approve(article=article, actor=make_user(role="moderator"))

    for url in (home, kien_giang, an_giang_with_former):
        state, body = _page(client, url)
        assert state == "miss" and "cầu Cái Lớn mới" in body, url
    assert _page(client, ca_mau)[0] == "hit"


def test_removing_a_province_from_an_article_purges_that_provinces_page(client, tag_cache):
    article = make_article("Tin chung hai tỉnh", provinces=["kien-giang", "ca-mau"])
    make_article("Tin Hà Nội", provinces=["ha-noi"])
    kien_giang, ca_mau, ha_noi = _province_url("kien-giang"), _province_url("ca-mau"), _province_url("ha-noi")
    _warm(client, kien_giang, ca_mau, ha_noi)

    article.provinces.remove(province("kien-giang"))

    state, body = _page(client, kien_giang)
    assert state == "miss" and "Tin chung hai tỉnh" not in body
    assert _page(client, ca_mau)[0] == "miss"  # still listed there, as an article that changed
    assert _page(client, ha_noi)[0] == "hit"


def test_replacing_an_articles_provinces_purges_the_old_and_the_new(client, tag_cache):
    article = make_article("Tin chuyển tỉnh", provinces=["kien-giang"])
    kien_giang, ca_mau = _province_url("kien-giang"), _province_url("ca-mau")
    _warm(client, kien_giang, ca_mau)
    article.provinces.set([province("ca-mau")])  # as approving a revision does (workflow/snapshots.py)
    assert "Tin chuyển tỉnh" not in _page(client, kien_giang)[1]
    assert "Tin chuyển tỉnh" in _page(client, ca_mau)[1]


def test_withdrawing_an_article_purges_the_article_pages_whose_side_column_shows_it(client, tag_cache):
    withdrawn = make_article("Bài sẽ bị gỡ", provinces=["kien-giang"])
    neighbour = make_article("Bài bên cạnh", provinces=["kien-giang"])
    elsewhere = make_article("Bài ở tỉnh khác", provinces=["ha-noi"])
    _warm(client, neighbour.get_absolute_url())
    assert "Bài sẽ bị gỡ" in _page(client, neighbour.get_absolute_url())[1]

    services.article_withdraw(article=withdrawn, actor=make_user(role="moderator"), reason="Sai số liệu.")

    state, body = _page(client, neighbour.get_absolute_url())
    assert state == "miss" and "Bài sẽ bị gỡ" not in body
    # The other article page shows the withdrawn one too (latest news): it goes as well; a draft saved later does not.
    _warm(client, elsewhere.get_absolute_url())
    make_article("Bản nháp", status=Status.DRAFT, provinces=["ha-noi"])
    assert _page(client, elsewhere.get_absolute_url())[0] == "hit"


def test_article_pages_live_no_longer_than_the_side_column_allows(client, settings, tag_cache):
    settings.PUBLIC_CACHE_SIDE_COLUMN_SECONDS = 0  # a new article would reach the side column at once
    article = make_article("Bài có cột tin mới")
    client.get(article.get_absolute_url())
    assert "X-Page-Cache" not in client.get(article.get_absolute_url())
    client.get("/")
    assert client.get("/")["X-Page-Cache"] == "hit"


def test_renaming_an_official_purges_their_page_and_the_articles_naming_them(client, tag_cache):
    official = make_official("Nguyễn Văn Cường")
    naming = make_article("Bài nhắc ông Cường", officials=[official], provinces=["kien-giang"])
    official_url = reverse("people:official", kwargs={"slug": official.slug})
    _warm(client, official_url, naming.get_absolute_url(), _province_url("kien-giang"), "/")

    official.full_name = "Nguyễn Văn Cương"
    official.save()

    assert _page(client, official_url)[0] == "miss"
    state, body = _page(client, naming.get_absolute_url())
    assert state == "miss" and "Nguyễn Văn Cương" in body
    # Cards in lists do not name officials: the lists that show the article stay cached.
    assert _page(client, _province_url("kien-giang"))[0] == "hit"
    assert _page(client, "/")[0] == "hit"


def test_renaming_a_topic_purges_every_page(client, tag_cache):
    article = make_article("Bài về kinh tế", topics=["kinh-te"], provinces=["ca-mau"])
    _warm(client, "/", _province_url("ca-mau"), article.get_absolute_url())
    topic = Topic.objects.get(slug="kinh-te")
    topic.name = "Kinh tế – Xã hội"
    topic.save()  # on every page's menu and filter
    for url in ("/", _province_url("ca-mau"), article.get_absolute_url()):
        assert _page(client, url)[0] == "miss", url


def test_cacheable_responses_carry_their_tags_for_a_cdn(client, tag_cache):
    make_article("Bài trên trang chủ")
    response = client.get("/")
    assert response["Cache-Tag"] == "home,public"
    assert response["Surrogate-Key"] == "home public"
    assert client.get("/")["Cache-Tag"] == "home,public"  # and so does the copy served from the cache
    assert client.get(reverse("articles:feed"))["Cache-Tag"] == "feed,public"
    assert client.get(reverse("articles:sitemap"))["Surrogate-Key"] == "public sitemap"
    assert client.get(reverse("search:search"), {"q": "trang chủ"})["Cache-Tag"] == "public,search"
    # A page that declares nothing is purged by every change, and says so.
    assert client.get(reverse("articles:provinces"))["Cache-Tag"] == "public,untagged"


def test_admin_private_and_logged_in_responses_carry_no_tags(client, tag_cache):
    assert "Cache-Tag" not in client.get(reverse("admin:login"))

    def private(request):
        add_cache_tags(request, "home")
        response = HttpResponse("riêng")
        response["Cache-Control"] = "private"
        return response

    request = RequestFactory().get("/")
    request.user = AnonymousUser()
    response = PublicPageCacheMiddleware(private)(request)
    assert "Cache-Tag" not in response and "Surrogate-Key" not in response
    client.force_login(make_user(role="editor"))
    assert "Cache-Tag" not in client.get("/")


def test_a_page_whose_tag_is_purged_while_it_renders_is_not_kept(tag_cache):
    def view(request):
        add_cache_tags(request, "topic:7")
        purge_cache_tags("topic:7")  # an editor's save committing while this page was being rendered
        return HttpResponse("danh sách")

    def visit():
        request = RequestFactory().get("/tin-tuc/")
        request.user = AnonymousUser()
        return PublicPageCacheMiddleware(view)(request)

    assert "X-Page-Cache" not in visit()
    assert "X-Page-Cache" not in visit()


def test_purge_hooks_get_the_tags_once_after_commit(tag_cache, hooks, django_capture_on_commit_callbacks):
    article = _submitted("Tin mới Kiên Giang", provinces=["kien-giang"])
    with django_capture_on_commit_callbacks(execute=True):
        services.article_approve(article=article, actor=make_user(role="moderator"))
    # The article's save, its service and its links are one transaction: one call with everything it touched.
    assert len(hooks) == 1
    assert {f"article:{article.pk}", "home", "list", f"province:{province('kien-giang').pk}"} <= hooks[0]


def test_purge_hooks_are_not_called_when_the_transaction_rolls_back(tag_cache, hooks, django_capture_on_commit_callbacks):
    article = make_article("Tin sẽ không được lưu", status=Status.DRAFT)
    with django_capture_on_commit_callbacks(execute=True):
        with pytest.raises(RuntimeError), transaction.atomic():
            purge_article(article)
            raise RuntimeError("lỗi giữa chừng")
    assert hooks == []


def test_a_failing_purge_hook_does_not_stop_a_publish(client, settings, tag_cache, caplog, django_capture_on_commit_callbacks):
    settings.CACHE_PURGE_HOOKS = ["tests.core.test_cache_tags.failing_hook"]
    article = _submitted("Tin vẫn được đăng")
    with django_capture_on_commit_callbacks(execute=True):
        services.article_approve(article=article, actor=make_user(role="moderator"))
    article.refresh_from_db()
    assert article.is_live
    assert "Cache purge hook tests.core.test_cache_tags.failing_hook failed" in caplog.text
    assert "Tin vẫn được đăng" in client.get("/").content.decode()


def _as_worker(settings, monkeypatch, name):
    """Switch to another gunicorn worker: its own local memory; all it shares with the others is the file."""
    settings.CACHES = {**settings.CACHES, "pages": _locmem(f"cache-tags-worker-{name}")}
    monkeypatch.setattr(cache_purge, "_file_states", {})


def test_a_purge_by_another_worker_reaches_this_workers_local_memory(client, settings, tmp_path, monkeypatch):
    settings.CACHES = {"default": _locmem("cache-tags-default"), "sessions": _locmem("cache-tags-default")}
    settings.PUBLIC_CACHE_ALIAS = "pages"
    settings.PUBLIC_CACHE_STAMP_FILE = str(tmp_path / "stamp")
    article = make_article("Tin Kiên Giang", provinces=["kien-giang"])
    make_article("Tin Cà Mau", provinces=["ca-mau"])
    kien_giang, ca_mau = _province_url("kien-giang"), _province_url("ca-mau")
    try:
        _as_worker(settings, monkeypatch, "a")
        _warm(client, kien_giang, ca_mau)
        _as_worker(settings, monkeypatch, "b")
        purge_article(article)
        _as_worker(settings, monkeypatch, "a")
        assert _page(client, kien_giang)[0] == "miss"
        assert _page(client, ca_mau)[0] == "hit"
    finally:
        for name in ("a", "b"):
            _as_worker(settings, monkeypatch, name)
            caches["pages"].clear()


def test_versions_file_changes_are_seen_and_a_lost_or_foreign_file_never_revives_a_page(tmp_path):
    stamp = tmp_path / "stamp"
    worker_a = cache_purge.FileVersions(caches["default"], stamp)
    worker_b = cache_purge.FileVersions(caches["default"], stamp)
    worker_b.purge({"home"})  # the file exists from the first purge on (creating it makes every page miss once)
    started = worker_a.sequence()
    stored = worker_a.settle({"province:1", "province:2"}, started)
    worker_b.purge({"province:1"})
    now = worker_a.current(stored)
    assert now["province:1"] != stored["province:1"] and now["province:2"] == stored["province:2"]
    stored = worker_a.settle({"province:2"}, worker_a.sequence())
    stamp.unlink()  # deleted by hand
    assert worker_a.current(stored) != stored
    stamp.write_text("không phải JSON", encoding="utf-8")
    assert worker_a.current(stored) != stored


def test_http_purge_hook_sends_the_tags_to_the_purge_url(settings, caplog):
    received = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_BAN(self):  # noqa: N802 (the HTTP method's name)
            received.append((self.command, self.headers.get("Cache-Tag")))
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        settings.CACHE_PURGE_URL = f"http://127.0.0.1:{server.server_port}/"
        cache_purge.http_purge(("article:12", "home", "province:3"))
        assert received == [("BAN", "article:12,home,province:3")]
    finally:
        server.shutdown()
        server.server_close()
    settings.CACHE_PURGE_URL = "http://127.0.0.1:1/"  # nothing listens there
    cache_purge.http_purge(("home",))
    assert "Cache purge BAN http://127.0.0.1:1/ failed" in caplog.text
