"""Admin change lists that stay fast at 100,000 rows: long texts left out, the whole table's size estimated."""

from django.db import connections
from django.utils.functional import cached_property

from core.admin_params import StrictAdminParamsMixin, StrictChangeList
from core.params import StrictPaginator

# Below this many rows an exact count is as cheap as the estimate and never surprises anyone.
EXACT_BELOW = 10_000


class LeanChangeList(StrictChangeList):
    """Leaves the model admin's ``changelist_defer`` fields (long texts) out of the change list's queries.

    Filtering on a many-to-many field (provinces, topics) makes Django add DISTINCT, and a DISTINCT over rows
    holding whole article bodies, search texts and vectors is what made "articles of one province" slow.
    """

    def get_queryset(self, request, exclude_parameters=None):
        queryset = super().get_queryset(request, exclude_parameters)
        return queryset.defer(*getattr(self.model_admin, "changelist_defer", ()))


class LeanChangeListMixin(StrictAdminParamsMixin):
    changelist_defer = ()

    def get_changelist(self, request, **kwargs):
        return LeanChangeList


class EstimatedCountPaginator(StrictPaginator):
    """The admin change list's paginator: the planner's row estimate for the whole, unfiltered table.

    PostgreSQL keeps ``pg_class.reltuples`` up to date through autovacuum/ANALYZE, close enough for "about
    100,000 articles" and page links. A filtered list (a search, a province) is counted exactly: filters
    make it small, and the count is then what the editor asked for.
    """

    @cached_property
    def count(self):
        estimate = self._estimate()
        if estimate is not None and estimate >= EXACT_BELOW:
            return estimate
        return super().count

    def _estimate(self):
        queryset = self.object_list
        query = getattr(queryset, "query", None)
        if query is None or query.where or query.distinct or query.combinator or len(query.alias_map) > 1:
            return None
        connection = connections[queryset.db]
        if connection.vendor != "postgresql":
            return None
        with connection.cursor() as cursor:
            cursor.execute("SELECT reltuples::bigint FROM pg_class WHERE oid = %s::regclass",
                           [queryset.model._meta.db_table])
            row = cursor.fetchone()
        return int(row[0]) if row and row[0] and row[0] > 0 else None
