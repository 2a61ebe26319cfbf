"""Paginators of the public lists: a page of 20 without reading, counting or sorting 100,000 article rows.

``DeferredJoinPaginator`` serves every list. ``ProvinceListingPaginator`` serves a single province's list
on PostgreSQL, from the province listing index; anything else (SQLite, several provinces, no province) goes
through ``DeferredJoinPaginator`` unchanged. Either way the ids found are only the page's order: the rows shown
are fetched through the view's queryset, which starts from ``Article.objects.published()``, so the visibility
rule stays in one place.
"""

from dataclasses import dataclass

from django.db import connections
from django.utils import timezone
from django.utils.functional import cached_property

from articles.models import ArticleProvince
from core.params import StrictPaginator


class DeferredJoinPaginator(StrictPaginator):
    """Find the page's ids first, then fetch those rows only.

    The id query walks the covering index of published articles (``perf_article_published_order``) and the
    link tables' indexes without reading a single article row; only the 20 rows shown are then read, with
    their prefetches. Without this, PostgreSQL reads every row it passes on the way to the page (thousands for
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


@dataclass(frozen=True)
class ProvinceListing:
    """One province's list. ``others``: the other filters (topic, dates, official) as a queryset of
    published articles, or None when the province is the only filter."""

    province_id: int
    others: object = None


def supported(queryset):
    """Whether ``listed_at`` is kept for this queryset's database: its triggers are PostgreSQL's."""
    return connections[queryset.db].vendor == "postgresql"


class ProvinceListingPaginator(DeferredJoinPaginator):
    """Pages through a province's links by (province, listed_at, article), the ``perf_province_listing`` index.

    Without it PostgreSQL either intersects the province's links with the publish-time index, which for a
    former unit means walking tens of thousands of newer articles, or reads all of the province's articles
    and sorts them.
    """

    def __init__(self, object_list, per_page, *, listing=None, **kwargs):
        super().__init__(object_list, per_page, **kwargs)
        self.listing = listing if listing is not None and supported(object_list) else None
        self.now = timezone.now()

    def _links(self):
        links = ArticleProvince.objects.using(self.object_list.db).filter(
            province_id=self.listing.province_id, listed_at__isnull=False, listed_at__lte=self.now,
        )
        if self.listing.others is not None:
            links = links.filter(article_id__in=self.listing.others.order_by().values("pk"))
        return links

    @cached_property
    def count(self):
        if self.listing is None:
            return super().count
        return self._links().count()

    def page(self, number):
        if self.listing is None:
            return super().page(number)
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        top = bottom + self.per_page
        if top + self.orphans >= self.count:
            top = self.count
        newest_first = self._links().order_by("-listed_at", "-article_id")
        ids = list(newest_first.values_list("article_id", flat=True)[bottom:top])
        rows = {row.pk: row for row in self.object_list.filter(pk__in=ids).order_by()}
        return self._get_page([rows[pk] for pk in ids if pk in rows], number, self)
