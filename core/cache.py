"""The anonymous page cache: whole public responses, keyed by URL and language, made stale by tag.

**Tags.** Every cached page carries the tags of what it shows: ``article:<id>``, ``province:<id>``,
``topic:<id>``, ``official:<id>``, ``document:<id>``, ``home``, ``list``, ``search``, ``feed``, ``sitemap``.
Views declare them, statically with a ``page_cache_tags`` attribute (as ``page_cache_params``) or per request
with ``add_cache_tags(request, ...)``. A page that declares none gets ``untagged``, which every purge purges:
forgetting to tag a page costs cache hits, never freshness. Every page also carries ``public``.

**Purges.** ``purge_cache_tags(*tags)`` makes stale every page carrying one of the tags; the articles app
decides which tags a change touches (articles/cache_tags.py: an article's own page, the home page and the
lists, and the pages of its provinces, topics, officials and documents before and after the change).
``bump_public_cache()`` purges ``public``: everything. Purges happen at once and again when the transaction
commits, so a page rendered meanwhile from data not yet committed is not kept; configured purge hooks
(``CACHE_PURGE_HOOKS``, core/cache_purge.py: a CDN or Varnish purge) run once per transaction, after commit.

**Versions, not deletions.** A purge gives each of its tags a new version, drawn from one increasing purge
sequence. An entry stores the versions of its tags when it is stored; a hit checks them against the current
ones (one ``get_many``) and is a miss if any differs or is unknown, so a lost version (eviction, flush, Redis
outage) never brings an older page back. The sequence is read before the page is rendered and the page is not
kept if one of its tags was purged during the rendering. With Redis the versions live in Redis, shared by
every worker on every machine. Local memory is per process, so there they live in a small JSON file
(PUBLIC_CACHE_STAMP_FILE) that every worker on the machine re-reads when it changes (one ``stat`` per
request); tags purged longer ago than the longest page lifetime are pruned from it, which can only cause a
miss (so does the file's creation by the first purge on a machine: every page there misses once). The same tags go out as ``Cache-Tag`` (comma-separated: Cloudflare, CloudFront, Akamai) and
``Surrogate-Key`` (space-separated: Fastly, Varnish xkey) headers, so a CDN in front can purge by tag too.

**Side columns.** An article page also shows the latest news, more from its province and topic, and related
articles. It carries the ``article:<id>`` tags of every article it shows there, so a withdrawn or corrected
neighbour leaves it at once; but a *new* article appears in those columns only when the page is next
rendered, and purging every article page on every publish would make their cache useless. So article pages
live at most PUBLIC_CACHE_SIDE_COLUMN_SECONDS (120 s by default), as news sites do; other pages live
PUBLIC_CACHE_SECONDS and are purged by tag.

Pages are cached only for anonymous GETs, and never when the response sets a cookie, carries a CSRF token,
marks itself private, or is not a plain 200. The cache is bounded, because visitors choose URLs. A page is
keyed by the query parameters it reads (its filters, its page number, its search words: ``understood_params``),
in a canonical order; a request carrying any other parameter is neither served from nor stored in the cache,
since nothing proves the page ignores it. New entries are capped per minute (a smaller share for pages with a
query string), pages larger than PAGE_CACHE_MAX_BYTES are not kept, bodies are stored compressed, and the whole
cache lives in its own alias (PAGE_CACHE_URL, its own Redis database), apart from sessions and everything else.
"""

import functools
import hashlib
import logging
import time
import zlib
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import caches
from django.http import HttpResponse
from django.urls import Resolver404, resolve
from django.utils import timezone
from django.utils.cache import patch_vary_headers, set_response_etag
from django.utils.http import http_date

from core import cache_purge
from core.cache_purge import file_versions, shared_versions

logger = logging.getLogger(__name__)

# The version of the ``public`` tag in a shared cache (Redis), under its old name: losing it makes every page miss.
VERSION_KEY = cache_purge.VERSION_KEY
NEXT_SCHEDULED_KEY = "public-page:next-scheduled:{version}"
STORES_KEY = "public-page:stores:{kind}:{minute}"
CACHEABLE_STATUS = {200}
ALL_TAG = cache_purge.ALL_TAG
UNTAGGED = cache_purge.UNTAGGED


def _cache():
    alias = getattr(settings, "PUBLIC_CACHE_ALIAS", "default")
    return caches[alias if alias in settings.CACHES else "default"]


def _versions(cache=None):
    cache = cache or _cache()
    return file_versions(cache) if cache_purge.is_process_local(cache) else shared_versions(cache)


def public_cache_version():
    """A value that changes whenever cached public content is purged (any tag): a key for derived caches.

    The purge sequence: every purge moves it, and a lost one restarts from the clock, above every earlier value.
    """
    return str(_versions().sequence())


def purge_cache_tags(*tags):
    """Make stale every cached page carrying one of ``tags`` (and every page that declared no tags)."""
    cache_purge.purge(_versions, tags)


def bump_public_cache():
    """Make every cached public page stale: for changes whose reach nobody can list (a restore, a rename)."""
    purge_cache_tags(ALL_TAG)


def add_cache_tags(request, *tags, timeout=None):
    """Declare what this response shows; ``timeout`` caps how long it may be cached (a side column of news)."""
    request._page_cache_tags = getattr(request, "_page_cache_tags", frozenset()) | frozenset(tags)
    if timeout is not None:
        request._page_cache_timeout = min(timeout, getattr(request, "_page_cache_timeout", timeout))


def page_tags(request):
    """The tags of the response to ``request``: those its view declares and adds, else ``untagged``."""
    match = getattr(request, "resolver_match", None)
    view = getattr(match.func, "view_class", match.func) if match is not None else None
    tags = frozenset(getattr(view, "page_cache_tags", ())) | getattr(request, "_page_cache_tags", frozenset())
    return tags | {ALL_TAG} if tags else frozenset({ALL_TAG, UNTAGGED})


# Public content can change with no save to purge anything: an article scheduled for 08:00 appears at 08:00.
# The apps that schedule content register here when their next change is due (the articles app, on start-up).
_schedules = {}


def register_schedule(name, next_change):
    """``next_change()`` returns when this app's public content next changes by itself (an aware datetime),
    or None; cached pages never outlive the earliest such moment."""
    _schedules[name] = next_change


def next_scheduled_change(version):
    """When public content next changes by itself: cached pages must not outlive that moment."""
    cache = _cache()
    key = NEXT_SCHEDULED_KEY.format(version=version)
    value = cache.get(key)
    # Once that moment has passed, the following scheduled change is the one that matters.
    if value is None or (value and value <= timezone.now().timestamp()):
        moments = [moment for next_change in _schedules.values() if (moment := next_change()) is not None]
        value = min(moments).timestamp() if moments else 0
        cache.set(key, value, timeout=getattr(settings, "PUBLIC_CACHE_SECONDS", 300))
    return value or None


def cached_until_change(name, compute, *, timeout):
    """``compute()``, kept in the default cache until public content changes: reused under the current
    ``public_cache_version()`` (moved by every purge: a publish, a withdrawal, a re-filing), never past the next
    scheduled publication (which changes public figures with no save) nor ``timeout`` seconds.

    For figures derived from the published coverage that every visitor would otherwise recompute: counts of a
    province's or a topic's articles, the coverage on the map. ``compute()`` must not return None.
    """
    store = caches["default"]
    # Read the version first: a purge during the computation leaves the result under the old version, unused.
    version = public_cache_version()
    key = f"derived:{name}:{version}"
    hit = store.get(key)
    if hit is not None:
        expires, value = hit
        if expires is None or expires > timezone.now().timestamp():
            return value
    value = compute()
    # The page cache's own "next scheduled change", usually already cached for this version: no extra query.
    store.set(key, (next_scheduled_change(version), value), timeout)
    return value


def page_timeout(version):
    """How long a page stored now may live; ``version`` changes with every purge (a new schedule purges)."""
    timeout = getattr(settings, "PUBLIC_CACHE_SECONDS", 300)
    upcoming = next_scheduled_change(version)
    if upcoming:
        timeout = min(timeout, max(int(upcoming - timezone.now().timestamp()), 0))
    return timeout


def _admin_prefix():
    return "/" + settings.ADMIN_URL.lstrip("/")


def request_is_cacheable(request):
    if request.method != "GET" or getattr(settings, "PUBLIC_CACHE_SECONDS", 300) <= 0:
        return False
    if request.path.startswith(_admin_prefix()):
        return False
    user = getattr(request, "user", None)
    return not (user is not None and user.is_authenticated)


def response_is_cacheable(request, response):
    if response.status_code not in CACHEABLE_STATUS or response.streaming or response.cookies:
        return False
    # A page holding a CSRF token is tied to this visitor's cookie; serving it to others breaks their forms.
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE") or request.META.get("CSRF_COOKIE_USED"):
        return False
    # A body with a CSP nonce only works with the header drawn for the same request.
    if getattr(request, "csp_nonce", None):
        return False
    session = getattr(request, "session", None)
    if session is not None and session.modified:
        return False
    cache_control = response.get("Cache-Control", "").lower()
    if any(word in cache_control for word in ("private", "no-store", "no-cache")):
        return False
    return not response.has_header("Vary") or "*" not in response["Vary"]


@functools.lru_cache(maxsize=512)
def _declared_params(view):
    """What a view declares or implies it reads: ``page_cache_params``, its filterset's filters, its page."""
    params = set(getattr(view, "page_cache_params", ()))
    filterset = getattr(view, "filterset_class", None)
    if filterset is not None:
        params.update(filterset.base_filters)
    if getattr(view, "paginate_by", None):
        params.add(getattr(view, "page_kwarg", "page"))
    return frozenset(params)


def understood_params(request):
    """The query parameters the page at this path reads, or None when no page answers this path.

    Views declare them (a filterset, pagination, ``page_cache_params``); PUBLIC_CACHE_QUERY_PARAMS adds
    those of views by URL name (search words, sitemap pages). Forgetting one only costs cache hits: a
    request with a parameter not listed here bypasses the cache.
    """
    try:
        match = resolve(request.path_info, getattr(request, "urlconf", None))
    except Resolver404:
        return None
    view = getattr(match.func, "view_class", match.func)
    extra = getattr(settings, "PUBLIC_CACHE_QUERY_PARAMS", {}).get(match.view_name, ())
    return _declared_params(view) | frozenset(extra)


def canonical_query(query, params):
    """The query string keyed on, or None when it carries a parameter the page does not read.

    Parameters are sorted by name; the values of one name keep their order (a view reading ``get()`` sees the
    last one), so two URLs share a key only when the page receives the same values from both.
    """
    if params is None or any(name not in params for name in query):
        return None
    return urlencode([(name, value) for name in sorted(query) for value in query.getlist(name)])


def page_key(request, query=None):
    language = getattr(request, "LANGUAGE_CODE", settings.LANGUAGE_CODE)
    if query is None:
        query = canonical_query(request.GET, understood_params(request)) or ""
    url = f"{request.scheme}://{request.get_host()}{request.path}?{query}"
    digest = hashlib.sha256(url.encode()).hexdigest()
    return f"public-page:t:{language}:{digest}"


def _within_budget(cache, with_query):
    """Count one new entry against this minute's budgets; False once a budget is spent (or uncountable)."""
    minute = int(time.time() // 60)
    budgets = [("all", getattr(settings, "PAGE_CACHE_NEW_PER_MINUTE", 300))]
    if with_query:
        budgets.append(("query", getattr(settings, "PAGE_CACHE_NEW_WITH_QUERY_PER_MINUTE", 60)))
    for kind, budget in budgets:
        key = STORES_KEY.format(kind=kind, minute=minute)
        cache.add(key, 0, timeout=120)
        try:
            if cache.incr(key) > budget:
                return False
        except ValueError:  # expired between add and incr, or the cache is down: storing would fail anyway
            return False
    return True


def _pack(response, versions):
    return {"status": response.status_code, "headers": list(response.items()),
            "body": zlib.compress(response.content, 1), "tags": versions}


def _unpack(stored, versions):
    """The stored response, or None when it is missing, from an older format, or one of its tags was purged."""
    if not isinstance(stored, dict) or not isinstance(stored.get("tags"), dict):
        return None
    tags = stored["tags"]
    if versions.current(tags) != tags:
        return None
    response = HttpResponse(zlib.decompress(stored["body"]), status=stored["status"])
    for name, value in stored["headers"]:
        response[name] = value
    return response


def _tag_headers(response, tags):
    ordered = sorted(tags)
    response["Cache-Tag"] = ",".join(ordered)
    response["Surrogate-Key"] = " ".join(ordered)


class PublicPageCacheMiddleware:
    """Serve anonymous GETs of public pages from the cache. Goes last in MIDDLEWARE, after authentication.

    Being innermost, it stores the response before the outer middleware add per-request headers (security
    headers, cookies), and those are added again to every cached response on its way out.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request_is_cacheable(request):
            return self.get_response(request)
        query = canonical_query(request.GET, understood_params(request))
        if query is None:  # a parameter this page does not read, or no page here: nothing to share
            return self.get_response(request)
        cache = _cache()
        try:
            versions = _versions(cache)
            key = page_key(request, query)
            cached = _unpack(cache.get(key), versions)
            if cached is None:
                # Before rendering: a purge while the page renders must stop it from being kept.
                started = versions.sequence()
        except Exception:  # a cache outage must slow the site down, not take it offline
            logger.exception("Page cache unavailable; serving uncached")
            return self.get_response(request)
        if cached is not None:
            cached["X-Page-Cache"] = "hit"
            return cached
        response = self.get_response(request)
        if response_is_cacheable(request, response):
            tags = page_tags(request)
            _tag_headers(response, tags)
            if len(response.content) <= getattr(settings, "PAGE_CACHE_MAX_BYTES", 512 * 1024):
                self._store(request, response, cache, versions, key, tags, started, with_query=bool(query))
        return response

    def _store(self, request, response, cache, versions, key, tags, started, *, with_query):
        try:
            timeout = min(page_timeout(started), getattr(request, "_page_cache_timeout", float("inf")))
            if timeout <= 0:
                return
            if not response.has_header("Last-Modified"):
                response["Last-Modified"] = http_date()
            if not response.has_header("ETag"):
                set_response_etag(response)
            patch_vary_headers(response, ["Accept-Language"])
            current = versions.settle(tags, started)
            if current is None:  # a tag was purged while the page rendered, or its version is unknown
                return
            if _within_budget(cache, with_query=with_query):
                cache.set(key, _pack(response, current), int(timeout))
                response["X-Page-Cache"] = "miss"
        except Exception:
            logger.exception("Could not store a page in the cache")
