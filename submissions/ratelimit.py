"""A per-IP limit on sends, kept in the cache: a flood from one address stops at a few submissions an hour."""

import hashlib

from django.conf import settings
from django.core.cache import cache

WINDOW_SECONDS = 3600


def _key(ip):
    # Hashed: the cache holds no readable addresses.
    return "submissions:rate:" + hashlib.sha256(f"{settings.SECRET_KEY}:{ip}".encode()).hexdigest()[:32]


def client_ip(request):
    return request.META.get("REMOTE_ADDR", "") or "unknown"


def is_over_limit(ip):
    return (cache.get(_key(ip)) or 0) >= settings.SUBMISSION_RATE_LIMIT_PER_HOUR


def count_send(ip):
    key = _key(ip)
    cache.add(key, 0, WINDOW_SECONDS)
    try:
        cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, WINDOW_SECONDS)
