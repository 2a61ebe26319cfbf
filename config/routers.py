"""Read-replica routing: public reads go to the replica, everything else to the primary.

A "public read" is an anonymous GET outside the admin, marked by ``ReplicaRoutingMiddleware`` for the
length of the request. Editors, every write, every transaction and every non-request context (commands,
the workflow services) use the primary, so nobody reads their own write from a lagging replica.

Active only when ``READ_REPLICA_ALIAS`` names a configured database (``READ_REPLICA_URL`` sets both).
"""

from contextlib import contextmanager
from contextvars import ContextVar

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connections

_public_read = ContextVar("public_read", default=False)

# Authentication, sessions and the admin log must always reflect the latest write.
PRIMARY_ONLY_APPS = {"auth", "sessions", "admin", "contenttypes", "axes"}


def replica_alias():
    alias = getattr(settings, "READ_REPLICA_ALIAS", None)
    return alias if alias and alias in settings.DATABASES else None


@contextmanager
def public_reads():
    """Route reads inside this block to the replica (when one is configured)."""
    token = _public_read.set(True)
    try:
        yield
    finally:
        _public_read.reset(token)


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
    """Marks anonymous GET/HEAD requests outside the admin as public reads. Goes after authentication."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not replica_alias() or not self.is_public_read(request):
            return self.get_response(request)
        with public_reads():
            return self.get_response(request)

    @staticmethod
    def is_public_read(request):
        if request.method not in ("GET", "HEAD"):
            return False
        if request.path.startswith("/" + settings.ADMIN_URL.lstrip("/")):
            return False
        user = getattr(request, "user", None)
        return not (user is not None and user.is_authenticated)
