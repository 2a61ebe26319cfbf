"""A per-client limit on anonymous staging attempts, in the cache, counted before the body is read.

The same idea as the "Gửi tin bài" limit (submissions/ratelimit.py), which this app may not import: one atomic
increment per attempt, the window opened by the first one, the address hashed, an IPv6 client counted by its /64.
"""

import hashlib
import ipaddress
import logging

from django.conf import settings
from django.core.cache import cache

from core.security import client_ip
from uploads.limits import limit

logger = logging.getLogger(__name__)

WINDOW_SECONDS = 3600


def _client(request):
    address = client_ip(request)
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        return address or "unknown"
    if parsed.version == 6:
        if parsed.ipv4_mapped:
            return str(parsed.ipv4_mapped)
        return str(ipaddress.ip_network(f"{parsed}/64", strict=False))
    return str(parsed)


def attempt(request):
    """Count one anonymous staging attempt; True while the sender is within the hourly limit."""
    key = "uploads:rate:" + hashlib.sha256(f"{settings.SECRET_KEY}:{_client(request)}".encode()).hexdigest()[:32]
    try:
        cache.add(key, 0, WINDOW_SECONDS)
        try:
            count = cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.set(key, 1, WINDOW_SECONDS)
            count = 1
    except Exception:  # noqa: BLE001 - a cache outage must not close the form; the per-session caps still apply
        logger.warning("Upload rate limit unavailable (cache error); attempt allowed", exc_info=True)
        return True
    return count <= limit("UPLOADS_VISITOR_ATTEMPTS_PER_HOUR")
