"""The anonymous page cache: whole public responses, keyed by URL, language and a public-content version.

Invalidation is by version, not by key: ``bump_public_cache()`` makes every cached page stale at once, so
a withdrawn article disappears from every list, feed and search immediately, without anyone having to know
which pages showed it. Pages are cached only for anonymous GETs, and never when the response sets a cookie,
carries a CSRF token, marks itself private, or is not a plain 200.

With Redis (``CACHE_URL=redis://…``) the version lives in Redis and is shared by every worker on every
machine. Local memory is per process, so there the version is also written to a small stamp file that every
worker on the machine reads: a publish handled by one gunicorn worker invalidates the others' copies too.
"""

import hashlib
import logging
import os
import uuid
from pathlib import Path

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.locmem import LocMemCache
from django.db import transaction
from django.utils import timezone
from django.utils.cache import patch_vary_headers, set_response_etag
from django.utils.http import http_date

logger = logging.getLogger(__name__)

VERSION_KEY = "public-page:version"
NEXT_SCHEDULED_KEY = "public-page:next-scheduled:{version}"
CACHEABLE_STATUS = {200}


def _cache():
    return caches[getattr(settings, "PUBLIC_CACHE_ALIAS", "default")]


def _stamp_path():
    return Path(getattr(settings, "PUBLIC_CACHE_STAMP_FILE", "") or Path(settings.BASE_DIR) / "var" / "public-cache.stamp")


def _is_process_local(cache):
    return isinstance(cache, LocMemCache)


def public_cache_version():
    """The current version of public content; part of every page-cache key."""
    cache = _cache()
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, 1, timeout=None)
        version = cache.get(VERSION_KEY, 1)
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
        except ValueError:  # no version yet: any new value makes older keys unreachable
            cache.set(VERSION_KEY, 2, timeout=None)
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


def _next_scheduled(version):
    """When the next scheduled article goes live: cached pages must not outlive that moment."""
    from articles.models import Article

    cache = _cache()
    key = NEXT_SCHEDULED_KEY.format(version=version)
    value = cache.get(key)
    # Once that moment has passed, the following scheduled article is the one that matters.
    if value is None or (value and value <= timezone.now().timestamp()):
        moment = Article.objects.scheduled().order_by("publish_at").values_list("publish_at", flat=True).first()
        value = moment.timestamp() if moment else 0
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


def page_key(request, version):
    language = getattr(request, "LANGUAGE_CODE", settings.LANGUAGE_CODE)
    url = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    digest = hashlib.sha256(url.encode()).hexdigest()
    return f"public-page:{version}:{language}:{digest}"


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
        cache = _cache()
        try:
            version = public_cache_version()
            key = page_key(request, version)
            cached = cache.get(key)
        except Exception:  # a cache outage must slow the site down, not take it offline
            logger.exception("Page cache unavailable; serving uncached")
            return self.get_response(request)
        if cached is not None:
            cached["X-Page-Cache"] = "hit"
            return cached
        response = self.get_response(request)
        if response_is_cacheable(request, response):
            timeout = page_timeout(version)
            if timeout > 0:
                if not response.has_header("Last-Modified"):
                    response["Last-Modified"] = http_date()
                if not response.has_header("ETag"):
                    set_response_etag(response)
                patch_vary_headers(response, ["Accept-Language"])
                try:
                    cache.set(key, response, timeout)
                except Exception:
                    logger.exception("Could not store a page in the cache")
                response["X-Page-Cache"] = "miss"
        return response
