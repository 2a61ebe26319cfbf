"""The one cache backend for Redis: an outage makes it a cache that remembers nothing, never an error.

Every cache use in the project (page cache, sessions' cache, filter choices, renditions, rate limits,
dashboard figures) goes through ``caches[...]``, so guarding the backend guards them all, including code
written later. During an outage the backend answers as Django's DummyCache does: ``get`` gives the
default, ``add``/``set`` store nothing (``add`` reports success, so nobody waits on a lock or loops for
a free key), ``incr`` raises ``ValueError`` as for a missing key, ``delete`` reports nothing deleted.

- **No hanging workers.** Short socket timeouts, and after a failure the server is left alone for
  ``retry_after_seconds``: a page that makes twenty cache calls waits for at most one of them.
- **Quiet logs.** One warning per ``log_interval_seconds`` and one when the server is back.
- **No stale data afterwards.** A write or delete that was dropped would leave the old value in Redis
  (a session logged out during the outage would come back with it). The keys of dropped writes are kept
  (up to ``max_pending_keys`` per process) and deleted as soon as the server answers again; if more were
  dropped than that, the whole cache database is cleared instead. Everything in it is a cache: sessions
  live in the database (``cached_db``), so clearing costs only warm-up time.
- ``ping()`` asks the server now, ignoring the back-off: ``/healthz`` uses it, so recovery shows at once.
"""

import logging
import threading
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache
from redis.backoff import NoBackoff
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import RedisError
from redis.retry import Retry

logger = logging.getLogger(__name__)

# URL query arguments (redis://host/0?socket_timeout=2) and OPTIONS override these.
DEFAULT_OPTIONS = {
    "socket_connect_timeout": 0.5,
    "socket_timeout": 0.5,
    # One immediate retry on a broken connection: after a Redis restart every pooled connection is dead, and
    # the first command on each must not count as an outage. Timeouts are not retried (that would double them).
    "retry": Retry(NoBackoff(), 1),
    "retry_on_error": [RedisConnectionError],
}

_MISSING = object()


class _ServerHealth:
    """What this process knows about one Redis location, shared by the threads and aliases that use it."""

    def __init__(self, location):
        self.location = location
        self.lock = threading.Lock()
        self.down_until = 0.0
        self.down_since = None
        self.last_logged = 0.0
        self.pending = set()
        self.overflowed = False

    def skipping(self):
        return time.monotonic() < self.down_until


_health = {}
_health_lock = threading.Lock()


def _health_for(location):
    with _health_lock:
        return _health.setdefault(location, _ServerHealth(location))


class GuardedRedisCache(RedisCache):
    retry_after_seconds = 5
    log_interval_seconds = 60
    max_pending_keys = 10_000

    def __init__(self, server, params):
        params = {**params, "OPTIONS": {**DEFAULT_OPTIONS, **params.get("OPTIONS", {})}}
        super().__init__(server, params)
        self._health = _health_for(server if isinstance(server, str) else ",".join(server))

    # --- the guard

    def _guarded(self, operation, fallback, dropped=()):
        health = self._health
        if health.skipping():
            self._remember(dropped)
            return fallback
        try:
            result = operation()
        except RedisError as error:
            self._failed(error)
            self._remember(dropped)
            return fallback
        if health.down_since is not None or health.pending or health.overflowed:
            self._recovered()
        return result

    def _failed(self, error):
        health = self._health
        now = time.monotonic()
        with health.lock:
            health.down_until = now + self.retry_after_seconds
            if health.down_since is None:
                health.down_since = now
            log = now - health.last_logged >= self.log_interval_seconds
            if log:
                health.last_logged = now
        if log:
            logger.warning("Cache server %s unavailable (%s: %s); serving without the cache, retrying every %s s.",
                           health.location, type(error).__name__, error, self.retry_after_seconds)

    def _remember(self, keys):
        if not keys:
            return
        health = self._health
        with health.lock:
            if health.overflowed:
                return
            health.pending.update(keys)
            if len(health.pending) > self.max_pending_keys:
                health.pending.clear()
                health.overflowed = True

    def _recovered(self):
        health = self._health
        with health.lock:
            keys, overflowed, since = list(health.pending), health.overflowed, health.down_since
            health.pending, health.overflowed, health.down_since, health.down_until = set(), False, None, 0.0
        try:
            if overflowed:
                self._cache.clear()
            elif keys:
                for start in range(0, len(keys), 500):
                    self._cache.delete_many(keys[start:start + 500])
        except RedisError as error:
            with health.lock:
                health.pending.update(keys)
                health.overflowed = health.overflowed or overflowed
            self._failed(error)
            return
        if since is not None:
            logger.warning("Cache server %s is back after %.0f s%s.", health.location, time.monotonic() - since,
                           "; cleared it, as more writes were dropped than could be replayed" if overflowed
                           else f"; dropped {len(keys)} stale entries" if keys else "")

    def ping(self):
        """True when the server answers now (ignoring the back-off); a success ends an outage at once."""
        try:
            self._cache.get_client(write=True).ping()
        except RedisError as error:
            self._failed(error)
            return False
        self._recovered()
        return True

    # --- Django's cache API, each operation guarded

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        made = self.make_and_validate_key(key, version=version)
        return self._guarded(lambda: self._cache.add(made, value, self.get_backend_timeout(timeout)), True, [made])

    def get(self, key, default=None, version=None):
        made = self.make_and_validate_key(key, version=version)
        return self._guarded(lambda: self._cache.get(made, default), default)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        made = self.make_and_validate_key(key, version=version)
        self._guarded(lambda: self._cache.set(made, value, self.get_backend_timeout(timeout)), None, [made])

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        made = self.make_and_validate_key(key, version=version)
        return self._guarded(lambda: self._cache.touch(made, self.get_backend_timeout(timeout)), False)

    def delete(self, key, version=None):
        made = self.make_and_validate_key(key, version=version)
        return self._guarded(lambda: self._cache.delete(made), False, [made])

    def get_many(self, keys, version=None):
        return self._guarded(lambda: super(GuardedRedisCache, self).get_many(keys, version=version), {})

    def has_key(self, key, version=None):
        made = self.make_and_validate_key(key, version=version)
        return self._guarded(lambda: self._cache.has_key(made), False)

    def incr(self, key, delta=1, version=None):
        made = self.make_and_validate_key(key, version=version)
        result = self._guarded(lambda: self._cache.incr(made, delta), _MISSING, [made])
        if result is _MISSING:
            raise ValueError(f"Key '{key}' not found (cache unavailable)")
        return result

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        made = [self.make_and_validate_key(key, version=version) for key in data]
        return self._guarded(lambda: super(GuardedRedisCache, self).set_many(data, timeout, version=version),
                             list(data), made)

    def delete_many(self, keys, version=None):
        keys = list(keys)
        made = [self.make_and_validate_key(key, version=version) for key in keys]
        self._guarded(lambda: super(GuardedRedisCache, self).delete_many(keys, version=version), None, made)

    def clear(self):
        return self._guarded(self._cache.clear, False)
