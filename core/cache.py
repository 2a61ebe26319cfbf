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
(PUBLIC_CACHE_STAMP_FILE) that every worker on the machine re-reads when it changes (one ``stat`` per hit:
skipping it for a while would let a purge made by another worker wait that long); tags purged longer ago than
the longest page lifetime are pruned from it, which can only cause a miss (so does the file's creation by the
first purge on a machine: every page there misses once). The same tags go out as ``Cache-Tag``
(comma-separated: Cloudflare, CloudFront, Akamai) and ``Surrogate-Key`` (space-separated: Fastly, Varnish
xkey) headers, so a CDN in front can purge by tag too.

**Side columns.** An article page also shows the latest news, more from its province and topic, and related
articles. It carries the ``article:<id>`` tags of every article it shows there, so a withdrawn or corrected
neighbour leaves it at once; but a *new* article appears in those columns only when the page is next
rendered, and purging every article page on every publish would make their cache useless. So article pages
live at most PUBLIC_CACHE_SIDE_COLUMN_SECONDS (120 s by default), as news sites do; other pages live
PUBLIC_CACHE_SECONDS and are purged by tag.

**Who gets cached pages.** Only anonymous GETs: a request carrying a session cookie (a logged-in editor, or
anyone with a session, whatever it holds) or an Authorization header is neither served from the cache nor
stored in it, and a page rendered for a user who turns out to be logged in is not stored. Never stored either: a
response that sets a cookie (a CSRF token, a flash message being shown, a language choice), carries a CSRF token
or a CSP nonce, marks itself private, or is not a plain 200. The cache is bounded, because visitors choose URLs. A
page is keyed by the query parameters it reads (its filters, its page number, its search words:
``understood_params``), in a canonical order; a request carrying any other parameter is neither served from nor
stored in the cache, since nothing proves the page ignores it. New entries are capped per minute (a smaller share
for pages with a query string), pages larger than PAGE_CACHE_MAX_BYTES are not kept, bodies are stored
compressed, and the whole cache lives in its own alias (PAGE_CACHE_URL, its own Redis database), apart from
sessions and everything else.

**A hit as cheap as a fixed response.** The middleware goes first in MIDDLEWARE: a hit is answered before the
security headers, sessions, language, CSRF and authentication middleware run, since the entry holds the headers
all of them gave the page when it was rendered (CSP, Vary, Content-Language, X-Frame-Options, ETag, Cache-Tag).
The language is read from the language cookie as core.i18n reads it, and a page rendered in another language
than the key says is not kept. What a middleware behind the cache would answer itself (an HTTPS redirect, a
refused body, a Host not allowed, a NUL, a malformed CSRF cookie) bypasses the cache. A hit costs: the key (no
URL resolution: the key covers every parameter, and only pages that read all of them are stored), one cache
read, one check of the tag versions (a ``get_many``, or the stamp file's ``stat``), and a conditional GET is
answered from the stored ETag and Last-Modified as ConditionalGetMiddleware would. Each worker also keeps the
entries it served lately uncompressed with their headers ready (PAGE_CACHE_HOT_BYTES, 8 MB by default), keyed
by the entry's own identity, drawn when it is stored: an entry stored again after a purge or an expiry is a new
identity, so this never serves anything the cache itself would not; it only spares a hot page its
decompression. Bodies stay compressed in the cache itself (3 to 7 times smaller: the home page's 80 KB take
11 KB), so a Redis or local-memory cache of a given size still holds that many times more pages.
"""

import collections
import functools
import hashlib
import logging
import secrets
import threading
import time
import zlib
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import caches
from django.core.exceptions import DisallowedHost, SuspiciousOperation
from django.core.signals import setting_changed
from django.http import HttpResponse
from django.urls import Resolver404, resolve
from django.utils import timezone
from django.utils.cache import get_conditional_response, patch_vary_headers, set_response_etag
from django.utils.http import http_date, parse_http_date_safe

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


class _Conf:
    """The settings a hit reads, read once: every ``settings.X`` goes through a lazy proxy, and a hit
    would otherwise read a dozen of them. Read again whenever a test overrides a setting."""

    def __init__(self):
        alias = getattr(settings, "PUBLIC_CACHE_ALIAS", "default")
        self.alias = alias if alias in settings.CACHES else "default"
        self.seconds = getattr(settings, "PUBLIC_CACHE_SECONDS", 300)
        self.admin_prefix = "/" + settings.ADMIN_URL.lstrip("/")
        self.session_cookie = settings.SESSION_COOKIE_NAME
        self.csrf_cookie = settings.CSRF_COOKIE_NAME
        self.language_cookie = settings.LANGUAGE_COOKIE_NAME
        self.languages = frozenset(code for code, _name in settings.LANGUAGES)
        self.default_language = settings.LANGUAGE_CODE
        self.disallowed_agents = tuple(settings.DISALLOWED_USER_AGENTS)
        self.prepend_www = settings.PREPEND_WWW
        self.ssl_redirect = settings.SECURE_SSL_REDIRECT
        self.hot_bytes = getattr(settings, "PAGE_CACHE_HOT_BYTES", 8 * 1024 * 1024)
        # Hosts that passed ALLOWED_HOSTS: a hit then needs no validation of its own (see _host).
        self.allowed_hosts = set()


_conf_now = None


def _conf():
    global _conf_now
    if _conf_now is None:
        _conf_now = _Conf()
    return _conf_now


def _settings_changed(**kwargs):
    global _conf_now
    _conf_now = None
    _hot.clear()


setting_changed.connect(_settings_changed)


def _cache():
    return caches[_conf().alias]


def _versions(cache=None):
    cache = cache or _cache()
    return file_versions(cache) if cache_purge.is_process_local(cache) else shared_versions(cache)


def tag_versions():
    """The page cache's tag versions (``current``, ``settle``, ``sequence``), for derived caches that keep what they
    render under the versions of the tags it shows, as pages are (articles/card_cache.py, articles/article_cache.py)."""
    return _versions()


def versions_in_file():
    """True when the tag versions live in this machine's stamp file (a per-process cache), not in Redis."""
    return cache_purge.is_process_local(_cache())


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
    return _conf().admin_prefix


def chosen_language(request):
    """The language the page will be rendered in, read as core.i18n.ChosenLanguageMiddleware reads it: the
    visitor's language cookie when it names a language of the site, else the default. The cache answers before
    that middleware runs; a page rendered in another language than this is not kept (see the middleware)."""
    conf = _conf()
    code = request.COOKIES.get(conf.language_cookie, "")
    return code if code in conf.languages else conf.default_language


def _host(request, conf):
    """``request.get_host()``, checked against ALLOWED_HOSTS once per host and process rather than on every
    hit; None for a host not allowed, which the middleware behind the cache then refuse (a 400)."""
    raw = request._get_raw_host()
    if raw in conf.allowed_hosts:
        return raw
    try:
        host = request.get_host()
    except DisallowedHost:
        return None
    if host == raw and len(conf.allowed_hosts) < 64:  # bounded: ALLOWED_HOSTS may hold wildcards
        conf.allowed_hosts.add(host)
    return host


def _answered_by_inner_middleware(request):
    """True when a middleware the cache sits in front of would answer this request itself, or change what
    the page is rendered from: such a request is neither served from nor stored in the cache."""
    conf = _conf()
    meta = request.META
    # SecurityMiddleware redirects plain HTTP to HTTPS.
    if conf.ssl_redirect and not request.is_secure():
        return True
    # core.limits refuses a body of unknown length or over its limit; a GET has no business sending one.
    if meta.get("HTTP_TRANSFER_ENCODING") or meta.get("CONTENT_LENGTH") not in (None, "", "0"):
        return True
    # core.input_guard refuses a NUL in the path and removes NULs from the query string.
    query = request.META.get("QUERY_STRING", "")
    if "\x00" in request.path_info or "%00" in query or "\x00" in query:
        return True
    # CommonMiddleware refuses some user agents and redirects to www.
    if conf.disallowed_agents:
        agent = request.META.get("HTTP_USER_AGENT", "")
        if any(pattern.search(agent) for pattern in conf.disallowed_agents):
            return True
    if conf.prepend_www and not (_host(request, conf) or "www.").startswith("www."):
        return True
    # The CSRF middleware replaces a malformed token cookie with a fresh one, in a Set-Cookie header.
    token = request.COOKIES.get(conf.csrf_cookie)
    return token is not None and not (len(token) in (32, 64) and token.isascii() and token.isalnum())


def request_is_cacheable(request):
    """An anonymous GET outside the admin: no session cookie, no Authorization header, no logged-in user.

    The cache answers before the session and authentication middleware run, so "anonymous" is decided from
    the request itself: a request that carries a session cookie (a logged-in editor, or anyone with a session)
    is never served from the cache, nor is its page stored, whatever the session holds.
    """
    conf = _conf()
    if request.method != "GET" or conf.seconds <= 0:
        return False
    if request.path.startswith(conf.admin_prefix):
        return False
    if conf.session_cookie in request.COOKIES or "HTTP_AUTHORIZATION" in request.META:
        return False
    if _answered_by_inner_middleware(request):
        return False
    user = getattr(request, "user", None)  # not set yet where the middleware normally sits
    return not (user is not None and user.is_authenticated)


def response_is_cacheable(request, response):
    if response.status_code not in CACHEABLE_STATUS or response.streaming or response.cookies:
        return False
    # Checked again after the view: authentication could have come from something other than the session.
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
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


def _encoded(query):
    return urlencode([(name, value) for name in sorted(query) for value in query.getlist(name)])


def canonical_query(query, params):
    """The query string keyed on, or None when it carries a parameter the page does not read.

    Parameters are sorted by name; the values of one name keep their order (a view reading ``get()`` sees the
    last one), so two URLs share a key only when the page receives the same values from both.
    """
    if params is None or any(name not in params for name in query):
        return None
    return _encoded(query)


def _key(scheme, host, path, query, language):
    digest = hashlib.sha256(f"{scheme}://{host}{path}?{query}".encode()).hexdigest()
    return f"public-page:t:{language}:{digest}"


def page_key(request, query=None):
    language = getattr(request, "LANGUAGE_CODE", None) or chosen_language(request)
    if query is None:
        query = canonical_query(request.GET, understood_params(request)) or ""
    return _key(request.scheme, request.get_host(), request.path, query, language)


def _minute():
    return int(time.time() // 60)


def _within_budget(cache, with_query):
    """Count one new entry against this minute's budgets; False once a budget is spent (or uncountable)."""
    minute = _minute()
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


# Entries of an older shape (from before a deploy, in Redis) are misses, then replaced.
ENTRY_FORMAT = 2
# Headers that belong to one response, never to the stored page.
_NOT_STORED = frozenset({"x-page-cache", "set-cookie"})


def _pack(response, versions):
    """The entry: the final headers (ETag, tags, Vary, Content-Language… everything the middleware behind the
    cache added), the compressed body, the tag versions, and an identity drawn for this entry alone."""
    headers = [(name, value) for name, value in response.items() if name.lower() not in _NOT_STORED]
    return {"format": ENTRY_FORMAT, "id": secrets.token_hex(8), "status": response.status_code,
            "headers": headers, "body": zlib.compress(response.content, 1), "tags": versions}


class _HotPages:
    """Entries this process served lately, uncompressed and with their headers ready: per process, bounded.

    Keyed by the entry's cache key and identity: an entry stored again (after a purge, an expiry, by another
    worker) has a new identity, so what is kept here is only ever the body of the entry the cache holds now,
    and the entry's tag versions are still checked on every hit. Decompressing an 80 KB page costs more than
    everything else a hit does; this is what lets hot pages skip it.
    """

    def __init__(self):
        self._items = collections.OrderedDict()  # key -> (identity, body, headers, etag, last modified)
        self._bytes = 0
        self._lock = threading.Lock()  # gunicorn's threaded workers serve several requests at once

    def get(self, key, identity):
        with self._lock:
            item = self._items.get(key)
            if item is None or item[0] != identity:
                return None
            self._items.move_to_end(key)
            return item

    def put(self, key, item, limit):
        body = item[1]
        with self._lock:
            old = self._items.pop(key, None)
            if old is not None:
                self._bytes -= len(old[1])
            if len(body) > limit:
                return
            self._items[key] = item
            self._bytes += len(body)
            while self._bytes > limit:
                _key, dropped = self._items.popitem(last=False)
                self._bytes -= len(dropped[1])

    def clear(self):
        with self._lock:
            self._items.clear()
            self._bytes = 0


_hot = _HotPages()


def _ready(stored):
    """(identity, body, headers, ETag, Last-Modified as a timestamp): what a hit needs, computed once. The
    headers are in the shape ``HttpResponse.headers`` keeps them, with the hit marker."""
    headers = {name.lower(): (name, value) for name, value in stored["headers"]}
    headers["x-page-cache"] = ("X-Page-Cache", "hit")
    etag = headers.get("etag", (None, None))[1]
    last_modified = parse_http_date_safe(headers["last-modified"][1]) if "last-modified" in headers else None
    return stored["id"], zlib.decompress(stored["body"]), headers, etag, last_modified


def _response(body, status, headers):
    response = HttpResponse(body, status=status)
    store = getattr(response.headers, "_store", None)
    if isinstance(store, dict):
        # These headers were validated when the page was rendered; setting them one by one would check
        # every name and value again on every hit.
        store.update(headers)
    else:  # a Django whose ResponseHeaders keeps them otherwise
        for name, value in headers.values():
            response[name] = value
    return response


_CONDITIONAL = ("HTTP_IF_NONE_MATCH", "HTTP_IF_MODIFIED_SINCE", "HTTP_IF_MATCH", "HTTP_IF_UNMODIFIED_SINCE")
_KEPT_ON_304 = ("content-security-policy", "permissions-policy", "x-content-type-options", "referrer-policy",
                "cross-origin-opener-policy", "strict-transport-security")


def _unpack(stored, versions, key=None, request=None):
    """The stored response, or None when it is missing, from an older format, or one of its tags was purged.

    Given the request, a conditional GET is answered as ConditionalGetMiddleware would (304, or 412), from the
    stored ETag and Last-Modified: the cache sits in front of that middleware.
    """
    if not isinstance(stored, dict) or stored.get("format") != ENTRY_FORMAT or not isinstance(stored.get("tags"), dict):
        return None
    tags = stored["tags"]
    if versions.current(tags) != tags:
        return None
    ready = _hot.get(key, stored["id"]) if key is not None else None
    if ready is None:
        ready = _ready(stored)
        if key is not None:
            _hot.put(key, ready, _conf().hot_bytes)
    _identity, body, headers, etag, last_modified = ready
    response = _response(body, stored["status"], headers)
    if request is not None and (etag or last_modified) and any(name in request.META for name in _CONDITIONAL):
        answer = get_conditional_response(request, etag=etag, last_modified=last_modified, response=response)
        if answer is not response:  # a 304 or 412 keeps the security headers the middleware behind gave
            for name in _KEPT_ON_304:
                if name in headers and name not in answer:
                    answer[headers[name][0]] = headers[name][1]
        return answer
    return response


def _tag_headers(response, tags):
    ordered = sorted(tags)
    response["Cache-Tag"] = ",".join(ordered)
    response["Surrogate-Key"] = " ".join(ordered)


class PublicPageCacheMiddleware:
    """Serve anonymous GETs of public pages from the cache, before the session, language, CSRF and
    authentication middleware run: a hit costs a key, one cache read, one check of the tag versions.

    It goes first in MIDDLEWARE. It stores the response as every middleware behind it left it (the security
    headers, Vary, Content-Language, X-Frame-Options, Content-Length, ETag), so a hit needs none of them, and
    answers a conditional GET of a cached page itself, as ConditionalGetMiddleware does for the others. What
    those middleware would answer themselves (an HTTPS redirect, a refused body, a bad Host, a NUL) bypasses
    the cache: see ``_answered_by_inner_middleware``.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request_is_cacheable(request):
            return self.get_response(request)
        # Keyed on every parameter: only pages proven to read all of them are stored (below), so a request
        # with any other parameter finds nothing, and a hit needs no URL resolution.
        conf = _conf()
        host = _host(request, conf)
        if host is None:  # CommonMiddleware answers it (400), through the security headers
            return self.get_response(request)
        try:
            query = _encoded(request.GET) if request.META.get("QUERY_STRING") else ""
        except SuspiciousOperation:  # too many parameters: refused behind, through the security headers
            return self.get_response(request)
        language = chosen_language(request)
        key = _key(request.scheme, host, request.path, query, language)
        cache = caches[conf.alias]
        try:
            versions = _versions(cache)
            cached = _unpack(cache.get(key), versions, key, request)
            if cached is None:
                # Before rendering: a purge while the page renders must stop it from being kept.
                started = versions.sequence()
        except Exception:  # a cache outage must slow the site down, not take it offline
            logger.exception("Page cache unavailable; serving uncached")
            return self.get_response(request)
        if cached is not None:
            return cached
        response = self.get_response(request)
        # A parameter this page does not read, or no page here: nothing to share. The page must also be in the
        # language it was looked up in (the language middleware decides; see chosen_language).
        if (canonical_query(request.GET, understood_params(request)) == query
                and getattr(request, "LANGUAGE_CODE", language) == language
                and response_is_cacheable(request, response)):
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
            if not response.has_header("Cache-Control"):
                # With a Last-Modified and no lifetime, a browser keeps the page a tenth of its age without asking
                # (heuristic freshness): a corrected article would wait there after the purge. It must ask every
                # time; the answer is a 304 from this cache. A shared cache in front (a CDN, Varnish) may keep the
                # page as long as this one only when it is told of purges.
                response["Cache-Control"] = (f"public, max-age=0, s-maxage={int(timeout)}"
                                             if getattr(settings, "CACHE_PURGE_HOOKS", ()) else "max-age=0")
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
