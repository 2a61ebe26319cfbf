"""The anonymous page cache: whole public responses, keyed by URL, language and a public-content version.

Invalidation is by version, not by key: ``bump_public_cache()`` makes every cached page stale at once, so
a withdrawn article disappears from every list, feed and search immediately, without anyone having to know
which pages showed it. Pages are cached only for anonymous GETs, and never when the response sets a cookie,
carries a CSRF token, marks itself private, or is not a plain 200.

With Redis (``CACHE_URL=redis://…``) the version lives in Redis and is shared by every worker on every
machine. Local memory is per process, so there the version is also written to a small stamp file that every
worker on the machine reads: a publish handled by one gunicorn worker invalidates the others' copies too.

The cache is bounded, because visitors choose URLs. A page is keyed by the query parameters it reads
(its filters, its page number, its search words: ``understood_params``), in a canonical order; a request
carrying any other parameter is neither served from nor stored in the cache, since nothing proves the page
ignores it. New entries are capped per minute (a smaller share for pages with a query string), pages larger
than PAGE_CACHE_MAX_BYTES are not kept, bodies are stored compressed, and the whole cache lives in its own
alias (PAGE_CACHE_URL, its own Redis database), apart from sessions and everything else.
"""

import functools
import hashlib
import logging
import os
import time
import uuid
import zlib
from pathlib import Path
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.locmem import LocMemCache
from django.db import transaction
from django.http import HttpResponse
from django.urls import Resolver404, resolve
from django.utils import timezone
from django.utils.cache import patch_vary_headers, set_response_etag
from django.utils.http import http_date

logger = logging.getLogger(__name__)

VERSION_KEY = "public-page:version"
NEXT_SCHEDULED_KEY = "public-page:next-scheduled:{version}"
STORES_KEY = "public-page:stores:{kind}:{minute}"
CACHEABLE_STATUS = {200}


def _cache():
    alias = getattr(settings, "PUBLIC_CACHE_ALIAS", "default")
    return caches[alias if alias in settings.CACHES else "default"]


def _stamp_path():
    return Path(getattr(settings, "PUBLIC_CACHE_STAMP_FILE", "") or Path(settings.BASE_DIR) / "var" / "public-cache.stamp")


def _is_process_local(cache):
    return isinstance(cache, LocMemCache)


def _fresh_version():
    # Never a number used before: when the version key is lost (evicted, flushed, or dropped after a cache
    # outage) pages stored under an older version must stay unreachable.
    return time.time_ns() // 1000


def public_cache_version():
    """The current version of public content; part of every page-cache key."""
    cache = _cache()
    version = cache.get(VERSION_KEY)
    if version is None:
        fresh = _fresh_version()
        cache.add(VERSION_KEY, fresh, timeout=None)
        version = cache.get(VERSION_KEY, fresh)
    if _is_process_local(cache):
        try:
            stamp = _stamp_path().read_text(encoding="ascii").strip()
        except OSError:
            stamp = ""
        return f"{version}.{stamp}"
    return str(version)


def _bump():
    cache = _cache()
    try:
        try:
            cache.incr(VERSION_KEY)
        except ValueError:  # no version yet (or the cache is down): any new value makes older keys unreachable
            cache.set(VERSION_KEY, _fresh_version(), timeout=None)
    except Exception:  # a cache outage must not stop a publish; its pages expire within PUBLIC_CACHE_SECONDS
        logger.exception("Could not bump the public page cache version")
    if _is_process_local(cache):
        path = _stamp_path()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
            tmp.write_text(uuid.uuid4().hex, encoding="ascii")
            os.replace(tmp, path)
        except OSError:
            logger.warning("Could not write the page-cache stamp file %s; other workers may serve stale pages "
                           "until their cache entries expire.", path)


def bump_public_cache():
    """Make every cached public page stale. Call after publishing, withdrawing or editing public content.

    Bumps now, so that the rest of this request already sees fresh pages, and again when the surrounding
    transaction commits, so that a page rendered by another worker between the two (from data not yet
    committed) is not kept.
    """
    _bump()
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(_bump, robust=True)


# Public content can change with no save to bump the version: an article scheduled for 08:00 appears at 08:00.
# The apps that schedule content register here when their next change is due (the articles app, on start-up).
_schedules = {}


def register_schedule(name, next_change):
    """``next_change()`` returns when this app's public content next changes by itself (an aware datetime),
    or None; cached pages never outlive the earliest such moment."""
    _schedules[name] = next_change


def _next_scheduled(version):
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


def page_timeout(version):
    timeout = getattr(settings, "PUBLIC_CACHE_SECONDS", 300)
    upcoming = _next_scheduled(version)
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


def page_key(request, version, query=None):
    language = getattr(request, "LANGUAGE_CODE", settings.LANGUAGE_CODE)
    if query is None:
        query = canonical_query(request.GET, understood_params(request)) or ""
    url = f"{request.scheme}://{request.get_host()}{request.path}?{query}"
    digest = hashlib.sha256(url.encode()).hexdigest()
    return f"public-page:{version}:{language}:{digest}"


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


def _pack(response):
    return {"status": response.status_code, "headers": list(response.items()),
            "body": zlib.compress(response.content, 1)}


def _unpack(stored):
    if not isinstance(stored, dict):
        return None
    response = HttpResponse(zlib.decompress(stored["body"]), status=stored["status"])
    for name, value in stored["headers"]:
        response[name] = value
    return response


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
            version = public_cache_version()
            key = page_key(request, version, query)
            cached = _unpack(cache.get(key))
        except Exception:  # a cache outage must slow the site down, not take it offline
            logger.exception("Page cache unavailable; serving uncached")
            return self.get_response(request)
        if cached is not None:
            cached["X-Page-Cache"] = "hit"
            return cached
        response = self.get_response(request)
        if response_is_cacheable(request, response) and len(response.content) <= getattr(
            settings, "PAGE_CACHE_MAX_BYTES", 512 * 1024
        ):
            timeout = page_timeout(version)
            if timeout > 0:
                if not response.has_header("Last-Modified"):
                    response["Last-Modified"] = http_date()
                if not response.has_header("ETag"):
                    set_response_etag(response)
                patch_vary_headers(response, ["Accept-Language"])
                try:
                    if _within_budget(cache, with_query=bool(query)):
                        cache.set(key, _pack(response), timeout)
                        response["X-Page-Cache"] = "miss"
                except Exception:
                    logger.exception("Could not store a page in the cache")
        return response
