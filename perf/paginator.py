"""Pagination that does not count 100,000 rows to draw a page of 50."""

from django.core.paginator import Paginator
from django.db import connections
from django.utils.functional import cached_property

# Below this many rows an exact count is as cheap as the estimate and never surprises anyone.
EXACT_BELOW = 10_000


class EstimatedCountPaginator(Paginator):
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


class DeferredJoinPaginator(Paginator):
    """Public lists: find the page's ids first, then fetch those rows only.

    The id query walks the covering index of published articles (perf migration 0001) and the link tables'
    indexes without reading a single article row; only the 20 rows shown are then read, with their
    prefetches. Without this, PostgreSQL reads every row it passes on the way to the page (thousands for
    page 50, or for a former province whose newest article is a year old).
    """

    def page(self, number):
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        top = bottom + self.per_page
        if top + self.orphans >= self.count:
            top = self.count
        queryset = self.object_list
        if getattr(queryset, "query", None) is None or queryset.query.combinator:
            return super().page(number)
        ids = list(queryset.values_list("pk", flat=True)[bottom:top])
        rows = {row.pk: row for row in queryset.filter(pk__in=ids).order_by()}
        return self._get_page([rows[pk] for pk in ids if pk in rows], number, self)
