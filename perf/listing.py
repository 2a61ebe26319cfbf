"""A province's coverage, newest first, from the listing index (PostgreSQL; perf migration 0002).

``ProvinceListingPaginator`` pages through ``articles_article_provinces`` by (province, listed_at, article)
instead of asking PostgreSQL to intersect the province's links with the publish-time index, which for a
former unit meant walking tens of thousands of newer articles. The ids it finds are only the page's order:
the rows shown are still fetched through the view's queryset, which starts from
``Article.objects.published()``, so the visibility rule stays in one place.

Anything else (SQLite, several provinces, no province) goes through ``DeferredJoinPaginator`` unchanged.
"""

from dataclasses import dataclass

from django.db import connections
from django.utils import timezone
from django.utils.functional import cached_property

from articles.models import Article
from perf.paginator import DeferredJoinPaginator


@dataclass(frozen=True)
class ProvinceListing:
    """One province's list. ``others``: the other filters (topic, dates, official) as a queryset of
    published articles, or None when the province is the only filter."""

    province_id: int
    others: object = None


def supported(queryset):
    return connections[queryset.db].vendor == "postgresql"


class ProvinceListingPaginator(DeferredJoinPaginator):
    def __init__(self, object_list, per_page, *, listing=None, **kwargs):
        super().__init__(object_list, per_page, **kwargs)
        self.listing = listing if listing is not None and supported(object_list) else None
        self.now = timezone.now()

    def _where(self):
        through = Article.provinces.through._meta.db_table
        sql = f'FROM "{through}" l WHERE l.province_id = %s AND l.listed_at IS NOT NULL AND l.listed_at <= %s'
        params = [self.listing.province_id, self.now]
        if self.listing.others is not None:
            inner, inner_params = self.listing.others.order_by().values("pk").query.sql_with_params()
            sql += f" AND l.article_id IN ({inner})"
            params += list(inner_params)
        return sql, params

    @cached_property
    def count(self):
        if self.listing is None:
            return super().count
        sql, params = self._where()
        with connections[self.object_list.db].cursor() as cursor:
            cursor.execute(f"SELECT COUNT(*) {sql}", params)
            return cursor.fetchone()[0]

    def page(self, number):
        if self.listing is None:
            return super().page(number)
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        top = bottom + self.per_page
        if top + self.orphans >= self.count:
            top = self.count
        sql, params = self._where()
        with connections[self.object_list.db].cursor() as cursor:
            cursor.execute(f"SELECT l.article_id {sql} ORDER BY l.listed_at DESC, l.article_id DESC "
                           "LIMIT %s OFFSET %s", [*params, max(top - bottom, 0), bottom])
            ids = [row[0] for row in cursor.fetchall()]
        rows = {row.pk: row for row in self.object_list.filter(pk__in=ids).order_by()}
        return self._get_page([rows[pk] for pk in ids if pk in rows], number, self)
