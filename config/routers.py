"""Read-replica routing: public reads go to the replica, everything else to the primary.

A "public read" is an anonymous GET outside the admin, marked by ``ReplicaRoutingMiddleware`` for the
length of the request. Editors, every write, every transaction and every non-request context (commands,
the workflow services) use the primary, so nobody reads their own write from a lagging replica.

The replica is used only while it is healthy (``ReplicaHealth``): each process checks it at most every
``READ_REPLICA_CHECK_SECONDS``, and while it is unreachable or more than ``READ_REPLICA_MAX_LAG_SECONDS``
behind, public reads go to the primary. A public page whose replica query fails mid-request is rendered
again from the primary, once, so a replica going away costs visitors time, never an error page.

Active only when ``READ_REPLICA_ALIAS`` names a configured database (``READ_REPLICA_URL`` sets both).
"""

import logging
import threading
import time
from contextlib import contextmanager
from contextvars import ContextVar

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, Error, InterfaceError, OperationalError, connections, transaction

logger = logging.getLogger(__name__)

_public_read = ContextVar("public_read", default=False)

# Authentication, sessions and the admin log must always reflect the latest write.
PRIMARY_ONLY_APPS = {"auth", "sessions", "admin", "contenttypes", "axes"}

# Seconds of the primary's history the replica has not replayed yet. An idle primary sends nothing, so the
# last replayed transaction ages without any real lag: a replica streaming from its primary that has
# replayed all it received is caught up (0). (Replay can be ahead of the receive position: after a restart
# the receiver starts at the segment's beginning, behind what was replayed from local files.) Without a WAL
# receiver it cannot know what it is missing, and the age of its last replayed transaction is the honest
# figure; so is it while WAL is arriving, which after a long idle spell overstates the lag until the first
# commit is replayed, a few milliseconds: the replica then sits out one check interval at worst.
LAG_SQL = """
SELECT CASE
    WHEN NOT pg_is_in_recovery() THEN 0
    WHEN pg_last_wal_replay_lsn() >= pg_last_wal_receive_lsn()
         AND EXISTS (SELECT 1 FROM pg_stat_wal_receiver) THEN 0
    ELSE COALESCE(EXTRACT(EPOCH FROM now() - pg_last_xact_replay_timestamp()), 0)
END
"""


def replica_alias():
    alias = getattr(settings, "READ_REPLICA_ALIAS", None)
    return alias if alias and alias in settings.DATABASES else None


@contextmanager
def public_reads(enabled=True):
    """Route reads inside this block to the replica (when one is configured); ``enabled=False`` to the primary."""
    token = _public_read.set(enabled)
    try:
        yield
    finally:
        _public_read.reset(token)


def replica_lag_seconds(alias):
    """How far the replica is behind, in seconds; raises a database error when it cannot be reached."""
    connection = connections[alias]
    if connection.vendor != "postgresql":
        # A second alias of the same database (tests, SQLite): reachable is all there is to know.
        with connection.cursor() as cursor:
            cursor.execute("SELECT 0")
            return float(cursor.fetchone()[0])
    # A replica that accepts connections but hangs holds the checking request for two seconds, not for the
    # statement timeout of every query.
    with transaction.atomic(using=alias), connection.cursor() as cursor:
        cursor.execute("SET LOCAL statement_timeout = 2000")
        cursor.execute(LAG_SQL)
        return float(cursor.fetchone()[0] or 0)


class ReplicaHealth:
    """This process's verdict on the replica, checked at most every READ_REPLICA_CHECK_SECONDS, never per query.

    A change of verdict is logged once as a warning, so an outage is one line in the log, not one per request.
    """

    def __init__(self):
        self._check_lock = threading.Lock()
        self._state_lock = threading.Lock()
        self.reset()

    def reset(self):
        self.usable = True
        self.reason = ""
        self.checked_at = None

    def in_use(self, alias):
        checked_at = self.checked_at
        if checked_at is not None and time.monotonic() - checked_at < settings.READ_REPLICA_CHECK_SECONDS:
            return self.usable
        # One thread checks; the others keep the last verdict rather than queue behind a slow connect.
        if not self._check_lock.acquire(blocking=False):
            return self.usable
        try:
            self._record(alias, self._problem(alias))
        finally:
            self._check_lock.release()
        return self.usable

    def failed(self, alias, exception):
        """A query on the replica failed: leave it out of use until the next check finds it healthy."""
        self._record(alias, f"a query failed ({_one_line(exception)})")

    def _problem(self, alias):
        try:
            lag = replica_lag_seconds(alias)
        except Error as exception:
            # A broken connection is dropped so that the next check connects afresh.
            connections[alias].close()
            return f"unreachable ({_one_line(exception)})"
        limit = settings.READ_REPLICA_MAX_LAG_SECONDS
        if lag > limit:
            return f"{lag:.1f} s behind the primary (limit {limit} s)"
        return None

    def _record(self, alias, problem):
        with self._state_lock:
            usable = problem is None
            if usable and not self.usable:
                logger.warning("Read replica %r is back in use for public reads", alias)
            elif not usable and self.usable:
                logger.warning("Read replica %r taken out of use, public reads go to the primary: %s", alias,
                               problem)
            self.usable, self.reason, self.checked_at = usable, problem or "", time.monotonic()


def _one_line(exception):
    # PostgreSQL's messages run over several lines; a log line must stay one line.
    return f"{type(exception).__name__}: " + " ".join(str(exception).split())


replica_health = ReplicaHealth()


class PrimaryReplicaRouter:
    def db_for_read(self, model, **hints):
        alias = replica_alias()
        if not alias or not _public_read.get() or model._meta.app_label in PRIMARY_ONLY_APPS:
            return None
        if connections[DEFAULT_DB_ALIAS].in_atomic_block:
            return None
        return alias

    def db_for_write(self, model, **hints):
        return DEFAULT_DB_ALIAS

    def allow_relation(self, obj1, obj2, **hints):
        # The replica holds the same rows as the primary, so objects from either may be related.
        same_data = {DEFAULT_DB_ALIAS, replica_alias()}
        if obj1._state.db in same_data and obj2._state.db in same_data:
            return True
        return None

    def allow_migrate(self, db, app_label, **hints):
        if db == replica_alias():
            return False
        return None


class ReplicaRoutingMiddleware:
    """Marks anonymous GET/HEAD requests outside the admin as public reads while the replica is healthy, and
    renders such a page again from the primary when a replica query fails. Goes after authentication."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        alias = replica_alias()
        if not alias or not self.is_public_read(request) or not replica_health.in_use(alias):
            return self.get_response(request)
        with public_reads():
            return self.get_response(request)

    def process_exception(self, request, exception):
        # Called before core.middleware.DatabaseUnavailableMiddleware's (it comes earlier in MIDDLEWARE), so a
        # failed replica is retried here and an unreachable primary still gets that middleware's 503.
        alias = replica_alias()
        if not alias or not _public_read.get() or not isinstance(exception, (OperationalError, InterfaceError)):
            return None
        # The error may have come from the primary; the replica then sits out one check interval, harmlessly.
        replica_health.failed(alias, exception)
        match = request.resolver_match
        if match is None:
            return None
        # Safe to run twice: an anonymous GET outside the admin, which writes nothing.
        with public_reads(enabled=False):
            try:
                response = match.func(request, *match.args, **match.kwargs)
                if callable(getattr(response, "render", None)):
                    response = response.render()
            except (OperationalError, InterfaceError):
                return None
        return response

    @staticmethod
    def is_public_read(request):
        if request.method not in ("GET", "HEAD"):
            return False
        if request.path.startswith("/" + settings.ADMIN_URL.lstrip("/")):
            return False
        user = getattr(request, "user", None)
        return not (user is not None and user.is_authenticated)
