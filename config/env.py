"""Reading settings from the environment, with parsers for the URL-style values."""

import math
import os
from urllib.parse import parse_qs, unquote, urlparse, urlunparse

from django.core.exceptions import ImproperlyConfigured


def env(name, default=None):
    return os.environ.get(name, default)


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_int(name, default):
    value = os.environ.get(name)
    if not value:
        return default
    try:
        return int(value)
    except ValueError as exc:
        raise ImproperlyConfigured(f"{name} must be a whole number, got {value!r}") from exc


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def parse_database_url(url, *, conn_max_age=60):
    """``postgres://user:pass@host:port/name`` or ``sqlite:///path`` -> a DATABASES entry."""
    parsed = urlparse(url)
    options = {key: values[-1] for key, values in parse_qs(parsed.query).items()}
    if parsed.scheme in {"postgres", "postgresql", "pgsql"}:
        timeout_ms = options.pop("statement_timeout", "15000")
        # Planner settings for a site whose working set sits in memory on SSD: random reads cost about as
        # much as sequential ones (1.1 rather than 4, so index probes are not avoided for hash joins over
        # whole tables), and no JIT, which spends hundreds of milliseconds compiling queries that run in
        # tens. Both can be overridden in the URL (?random_page_cost=4&jit=on).
        planner = {"jit": options.pop("jit", "off"), "random_page_cost": options.pop("random_page_cost", "1.1")}
        if planner["jit"] not in {"on", "off"}:
            raise ImproperlyConfigured("DATABASE_URL: jit must be on or off")
        try:
            cost = float(planner["random_page_cost"])
        except ValueError:
            cost = math.nan
        if not (math.isfinite(cost) and cost > 0):
            raise ImproperlyConfigured("DATABASE_URL: random_page_cost must be a positive number")
        config = {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": unquote(parsed.path.lstrip("/")) or "postgres",
            "USER": unquote(parsed.username or ""),
            "PASSWORD": unquote(parsed.password or ""),
            "HOST": parsed.hostname or "",
            "PORT": str(parsed.port or ""),
            "CONN_MAX_AGE": conn_max_age,
            # A dead connection is noticed before use, so the app recovers by itself after a
            # database restart; a statement timeout keeps a request from hanging.
            "CONN_HEALTH_CHECKS": True,
            "OPTIONS": {
                "connect_timeout": int(options.pop("connect_timeout", "5")),
                "options": f"-c statement_timeout={int(timeout_ms)} -c jit={planner['jit']} "
                           f"-c random_page_cost={cost}",
                **options,
            },
        }
        return config
    if parsed.scheme == "sqlite":
        path = unquote(parsed.path)
        if path.startswith("/") and parsed.netloc == "":
            path = path[1:] if path.startswith("//") else path
        return {"ENGINE": "django.db.backends.sqlite3", "NAME": path or ":memory:"}
    raise ImproperlyConfigured(f"Unsupported DATABASE_URL scheme {parsed.scheme!r}")


def parse_cache_url(url, *, max_entries=None):
    """``redis://host:port/db`` or ``locmem://name`` -> a CACHES entry.

    Redis goes through core.cache_backends.GuardedRedisCache: an outage degrades to "no cache" instead of
    errors, with short socket timeouts (``?socket_timeout=`` and ``?socket_connect_timeout=`` in the URL
    override them). ``max_entries`` bounds a local-memory cache.
    """
    parsed = urlparse(url)
    if parsed.scheme in {"redis", "rediss"}:
        return {
            "BACKEND": "core.cache_backends.GuardedRedisCache",
            "LOCATION": url,
            "KEY_PREFIX": "newsroom",
            "TIMEOUT": 300,
        }
    if parsed.scheme in {"locmem", ""}:
        config = {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": parsed.netloc or "newsroom",
            "TIMEOUT": 300,
        }
        if max_entries:
            config["OPTIONS"] = {"MAX_ENTRIES": max_entries}
        return config
    if parsed.scheme == "dummy":
        return {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}
    raise ImproperlyConfigured(f"Unsupported CACHE_URL scheme {parsed.scheme!r}")


def redis_database(url):
    """The database number of a ``redis://`` URL (``/3`` or ``?db=3``), 0 when it names none."""
    parsed = urlparse(url)
    path = parsed.path.strip("/")
    value = path if path else parse_qs(parsed.query).get("db", ["0"])[-1]
    try:
        return int(value)
    except ValueError as exc:
        raise ImproperlyConfigured(f"Not a Redis database number in {url!r}") from exc


def page_cache_url(cache_url, *, taken=()):
    """Where the anonymous page cache goes when PAGE_CACHE_URL is unset: on Redis, the same server in the
    lowest database number not in ``taken`` (the cache's and the sessions' databases); otherwise a local
    memory cache of its own, so a flood of pages never evicts anything else."""
    parsed = urlparse(cache_url)
    if parsed.scheme in {"redis", "rediss"}:
        used = {redis_database(url) for url in (cache_url, *taken) if urlparse(url).scheme in {"redis", "rediss"}}
        number = next(n for n in range(16) if n not in used)
        query = "&".join(part for part in parsed.query.split("&") if part and not part.startswith("db="))
        return urlunparse(parsed._replace(path=f"/{number}", query=query))
    if parsed.scheme in {"locmem", ""}:
        return f"locmem://{parsed.netloc or 'newsroom'}-pages"
    return cache_url
