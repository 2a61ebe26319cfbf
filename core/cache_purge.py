"""Where the page cache's tag versions live, how a purge changes them, and the hooks told about purges.

Two stores with one interface (``current``, ``sequence``, ``settle``, ``purge``; see core/cache.py):

- ``SharedVersions``: a cache every worker sees (Redis). A tag's version is a key; the purge sequence is an
  ``incr`` counter, started from the clock so that a lost counter restarts above every value handed out.
- ``FileVersions``: local memory, which each gunicorn worker has to itself. The versions are a small JSON file
  next to nothing else (PUBLIC_CACHE_STAMP_FILE), rewritten under an exclusive ``flock`` and swapped in with
  ``os.replace``; readers ``stat`` it on every hit and re-read it only when it changed.

``CACHE_PURGE_HOOKS`` (dotted paths to callables taking the purged tags) are run once per transaction, after
it commits, never after a rollback; a failing hook is logged and never reaches the editor who saved.
``http_purge`` is one such hook: it sends the tags to a Varnish or CDN purge endpoint.
"""

import fcntl
import json
import logging
import os
import time
import urllib.request
from pathlib import Path

from django.conf import settings
from django.core.cache.backends.locmem import LocMemCache
from django.db import transaction
from django.utils.module_loading import import_string

logger = logging.getLogger(__name__)

VERSION_KEY = "public-page:version"  # the ``public`` tag: every page carries it, bump_public_cache() purges it
SEQUENCE_KEY = "public-page:purges"
TAG_KEY = "public-page:tag:{tag}"
ALL_TAG = "public"
UNTAGGED = "untagged"
# Versions of tags naming one object (``article:12``) expire, or Redis would keep one per article ever edited.
# An expired version only turns the pages that carry it into misses.
TAG_SECONDS = 24 * 3600
# A file changed this recently is re-read even if its stat looks unchanged: file times are only as fine as the
# kernel's clock tick, and an inode freed by os.replace can be reused at once.
RECENT_NS = 50_000_000


def _clock():
    return time.time_ns() // 1000


def is_process_local(cache):
    return isinstance(cache, LocMemCache)


def _tag_timeout(tag):
    return TAG_SECONDS if ":" in tag else None


class SharedVersions:
    def __init__(self, cache):
        self.cache = cache

    @staticmethod
    def key(tag):
        return VERSION_KEY if tag == ALL_TAG else TAG_KEY.format(tag=tag)

    def current(self, tags):
        keys = {self.key(tag): tag for tag in tags}
        found = self.cache.get_many(list(keys))
        return {tag: found.get(key) for key, tag in keys.items()}

    def sequence(self):
        value = self.cache.get(SEQUENCE_KEY)
        if value is None:
            self.cache.add(SEQUENCE_KEY, _clock(), timeout=None)
            value = self.cache.get(SEQUENCE_KEY)
        return value

    def settle(self, tags, started):
        """The versions to store a page under, or None when one of its tags was purged since ``started``."""
        if started is None:
            return None
        current = self.current(tags)
        missing = [tag for tag, version in current.items() if version is None]
        for tag in missing:  # never purged, or expired: from now on, its version is the sequence we started at
            self.cache.add(self.key(tag), started, timeout=_tag_timeout(tag))
        if missing:
            current.update(self.current(missing))
        if any(version is None or version > started for version in current.values()):
            return None
        return current

    def purge(self, tags):
        try:
            number = self.cache.incr(SEQUENCE_KEY)
        except ValueError:  # lost: the clock is above every number handed out before
            number = _clock()
            self.cache.set(SEQUENCE_KEY, number, timeout=None)
        lasting = {self.key(tag): number for tag in tags if _tag_timeout(tag) is None}
        expiring = {self.key(tag): number for tag in tags if _tag_timeout(tag) is not None}
        if lasting:
            self.cache.set_many(lasting, timeout=None)
        if expiring:
            self.cache.set_many(expiring, timeout=TAG_SECONDS)


_file_states = {}  # path -> (stat signature, (floor, sequence, {tag: version})), per process


def _parse(text, signature):
    """(floor, sequence, versions); a file that is not ours counts as a new one, so nothing stored matches it."""
    try:
        data = json.loads(text)
        return int(data["floor"]), int(data["sequence"]), {str(k): int(v) for k, v in data["tags"].items()}
    except (ValueError, TypeError, KeyError, AttributeError):
        floor = signature[0] // 1000 if signature else _clock()
        return floor, floor, {}


class FileVersions:
    def __init__(self, cache, path):
        # The entries are in this process's memory, and so (in effect) is the cache: nothing of it is read here.
        self.cache, self.path = cache, Path(path)
        self._name = str(path)  # hashing and stat-ing a str is cheaper than a Path, once per hit

    def _state(self):
        try:
            stat = os.stat(self._name)
        except FileNotFoundError:
            memo = _file_states.get(self._name)
            if memo is None or memo[0] is not None:
                # No file: a version no other state of the file can have (a new file starts from the clock).
                floor = -_clock()
                memo = (None, (floor, floor, {}))
                _file_states[self._name] = memo
            return memo[1]
        signature = (stat.st_mtime_ns, stat.st_size, stat.st_ino)
        memo = _file_states.get(self._name)
        if memo is not None and memo[0] == signature and time.time_ns() - stat.st_mtime_ns > RECENT_NS:
            return memo[1]
        try:
            state = _parse(self.path.read_text(encoding="utf-8"), signature)
        except OSError:
            state = _parse("", signature)
        _file_states[self._name] = (signature, state)
        return state

    def current(self, tags):
        floor, _sequence, known = self._state()
        return {tag: known.get(tag, floor) for tag in tags}

    def sequence(self):
        return self._state()[1]

    def settle(self, tags, started):
        current = self.current(tags)
        return None if any(version > started for version in current.values()) else current

    def purge(self, tags):
        horizon = (getattr(settings, "PUBLIC_CACHE_SECONDS", 300) + 60) * 1_000_000
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with open(self.path.with_name(self.path.name + ".lock"), "a") as lock:
            fcntl.flock(lock.fileno(), fcntl.LOCK_EX)  # released when the file closes
            now = _clock()
            try:
                floor, sequence, known = _parse(self.path.read_text(encoding="utf-8"), None)
            except OSError:
                floor, sequence, known = now, now, {}
            sequence = max(now, sequence + 1)
            # A tag purged longer ago than any page lives falls back to the floor: only pages stored after
            # that purge carry its version, and for them the change is a miss.
            known = {tag: version for tag, version in known.items() if version >= now - horizon}
            known.update(dict.fromkeys(tags, sequence))
            temporary = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
            temporary.write_text(json.dumps({"floor": floor, "sequence": sequence, "tags": known}), encoding="utf-8")
            os.replace(temporary, self.path)


def shared_versions(cache):
    return SharedVersions(cache)


_file_versions = {}  # path -> FileVersions: one per file and process, as the state it reads is


def file_versions(cache):
    path = getattr(settings, "PUBLIC_CACHE_STAMP_FILE", "") or str(Path(settings.BASE_DIR) / "var" / "public-cache.stamp")
    versions = _file_versions.get(path)
    if versions is None:
        versions = _file_versions[path] = FileVersions(cache, path)
    return versions


def _purge_now(versions, tags):
    try:
        versions().purge(tags)
    except Exception:  # a cache outage must not stop a publish; its pages expire within PUBLIC_CACHE_SECONDS
        logger.exception("Could not bump the public page cache version (tags: %s)", " ".join(sorted(tags)))


def run_hooks(tags):
    ordered = tuple(sorted(tags))
    for path in getattr(settings, "CACHE_PURGE_HOOKS", ()):
        try:
            import_string(path)(ordered)
        except Exception:
            logger.exception("Cache purge hook %s failed for %d tags", path, len(ordered))


class _AfterCommit:
    """One purge of every tag a transaction touched, with one call of each hook, after it commits."""

    def __init__(self, versions, tags):
        self.versions, self.tags, self.done = versions, set(tags), False

    def __call__(self):
        self.done = True
        _purge_now(self.versions, self.tags)
        run_hooks(self.tags)


def purge(versions, tags):
    """Purge ``tags`` (plus ``untagged``) now, and again with the hooks once the transaction commits."""
    tags = frozenset(tags) | {UNTAGGED}
    _purge_now(versions, tags)
    connection = transaction.get_connection()
    if not connection.in_atomic_block:
        run_hooks(tags)
        return
    # Join the purge already waiting for this commit when a rollback that would drop ours drops it too (it was
    # registered outside every savepoint still open): a save touches the article, its links and its photos.
    active = set(connection.savepoint_ids)
    for savepoints, func, _robust in connection.run_on_commit:
        # (A test running commit callbacks by hand leaves them in the list: one that ran takes nothing more.)
        if isinstance(func, _AfterCommit) and not func.done and savepoints <= active:
            func.tags |= tags
            return
    transaction.on_commit(_AfterCommit(versions, tags), robust=True)


def _header_chunks(tags, separator, limit=8000):
    chunk = []
    for tag in tags:
        if chunk and len(separator.join([*chunk, tag])) > limit:
            yield separator.join(chunk)
            chunk = []
        chunk.append(tag)
    if chunk:
        yield separator.join(chunk)


def http_purge(tags):
    """A purge hook: send the tags to CACHE_PURGE_URL (Varnish BAN, a CDN purge endpoint or a proxy to one).

    CACHE_PURGE_METHOD (BAN by default) and CACHE_PURGE_HEADER (``Cache-Tag``, comma-separated; ``Surrogate-Key``
    or ``xkey`` are sent space-separated) shape the request; long tag lists go in several requests of at most
    8 KB of header. Failures are logged: pages then expire by themselves within PUBLIC_CACHE_SECONDS.
    """
    url = getattr(settings, "CACHE_PURGE_URL", "")
    if not url or not tags:
        return
    method = getattr(settings, "CACHE_PURGE_METHOD", "BAN")
    header = getattr(settings, "CACHE_PURGE_HEADER", "Cache-Tag")
    separator = " " if header.lower() in {"surrogate-key", "xkey", "xkey-purge"} else ","
    timeout = getattr(settings, "CACHE_PURGE_TIMEOUT", 2.0)
    for value in _header_chunks(list(tags), separator):
        request = urllib.request.Request(url, method=method, headers={header: value})
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 (URL from settings)
                response.read(1024)
        except (OSError, ValueError) as error:  # URLError and HTTPError are OSErrors
            logger.warning("Cache purge %s %s failed: %s", method, url, error)
