"""What ``/healthz`` checks: every service the site needs to answer, each named in the JSON report.

A load balancer takes a server out of rotation on a 503; an operator reads which dependency failed. The
checks are cheap (one ``SELECT 1`` per database, one PING per Redis server, a permission check on the media
folders) and never raise: a failing check is a 503, not a 500.
"""

import logging
import os
from pathlib import Path

from django.conf import settings
from django.core.cache import caches
from django.db import connections
from django.http import JsonResponse
from django.urls import reverse
from django.utils.cache import add_never_cache_headers

logger = logging.getLogger(__name__)


def _database(alias):
    try:
        with connections[alias].cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as error:  # any failure means "not healthy"
        logger.warning("Health check: database %s unavailable: %s", alias, error)
        return False
    return True


def _caches():
    """One check per Redis server and database in CACHES, named by the first alias that uses it."""
    seen = {}
    for alias, config in settings.CACHES.items():
        backend = caches[alias]
        if hasattr(backend, "ping"):
            seen.setdefault(config.get("LOCATION"), (alias, backend))
    return [(("cache" if alias == "default" else f"cache_{alias}"), backend.ping) for alias, backend in seen.values()]


def _writable(path):
    """The folder, or the nearest existing folder above it (created on first upload), is writable."""
    path = Path(path)
    while not path.exists() and path.parent != path:
        path = path.parent
    return path.is_dir() and os.access(path, os.W_OK | os.X_OK)


def checks():
    found = [("database", lambda: _database("default"))]
    replica = getattr(settings, "READ_REPLICA_ALIAS", None)
    if replica and replica in settings.DATABASES:
        found.append(("database_replica", lambda: _database(replica)))
    found.extend(_caches())
    if getattr(settings, "MEDIA_STORAGE", "filesystem") == "filesystem":
        found.append(("media", lambda: _writable(settings.MEDIA_ROOT)))
    private = getattr(settings, "PRIVATE_MEDIA_ROOT", None)
    if private:
        found.append(("private_media", lambda: _writable(private)))
    return found


def report():
    """{"status": "ok" | "error", <dependency>: "ok" | "unavailable", "failed": [...]}"""
    result, failed = {}, []
    for name, check in checks():
        try:
            healthy = bool(check())
        except Exception:
            logger.exception("Health check %s failed", name)
            healthy = False
        result[name] = "ok" if healthy else "unavailable"
        if not healthy:
            failed.append(name)
    return {"status": "error" if failed else "ok", **result, "failed": failed}


def health_response():
    data = report()
    response = JsonResponse(data, status=503 if data["failed"] else 200)
    add_never_cache_headers(response)
    return response


def is_health_check(request):
    try:
        return request.path_info == reverse("healthz")
    except Exception:
        return False
