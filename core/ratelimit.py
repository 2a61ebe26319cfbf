"""Per-client limits on attempts, kept in the cache: a flood from one address stops at a few an hour.

Every attempt counts, valid or not, and it is counted before the request's body is read: a sender who is over
the limit costs us a cache increment and a short answer, never the parsing of a multi-megabyte upload. Used by
"Gửi tin bài" (submissions) and by anonymous photo staging (uploads), each under its own scope and limit.
"""

import hashlib
import ipaddress
import logging

from django.conf import settings
from django.core.cache import cache

from core.security import client_ip

logger = logging.getLogger(__name__)

WINDOW_SECONDS = 3600


def client_key(request):
    address = client_ip(request)
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        return address or "unknown"
    if parsed.version == 6:
        if parsed.ipv4_mapped:
            return str(parsed.ipv4_mapped)
        # One IPv6 subscriber gets a whole /64: counting single addresses would give them 2**64 fresh limits.
        return str(ipaddress.ip_network(f"{parsed}/64", strict=False))
    return str(parsed)


def _key(scope, client):
    # Hashed: the cache holds no readable addresses.
    return f"{scope}:rate:" + hashlib.sha256(f"{settings.SECRET_KEY}:{client}".encode()).hexdigest()[:32]


def attempt_allowed(request, *, scope, per_hour):
    """Count one attempt by this request's sender under ``scope``; True while they are within ``per_hour``.

    The count goes up first and is then compared, in one atomic increment: parallel requests from one sender
    cannot all pass a check made before any of them was counted. The window starts at the sender's first
    attempt and is not extended by later ones.
    """
    key = _key(scope, client_key(request))
    try:
        cache.add(key, 0, WINDOW_SECONDS)
        try:
            count = cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.set(key, 1, WINDOW_SECONDS)
            count = 1
    except Exception:  # noqa: BLE001 - a cache outage must not close the form; the size caps still apply
        logger.warning("Rate limit %s unavailable (cache error); attempt allowed", scope, exc_info=True)
        return True
    return count <= per_hour
