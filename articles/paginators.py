"""Paginators of the public lists: a page of 20 without reading, counting or sorting 100,000 article rows.

``DeferredJoinPaginator`` serves every list. ``ListingPaginator`` serves a single province's list and a
topic's list on PostgreSQL, from their link tables' listing indexes; anything else (SQLite, several provinces,
no subject) goes through ``DeferredJoinPaginator`` unchanged. Either way a page is the ids found, as a
``CardList`` (articles/card_cache.py): its cards come from the card cache, and only the rows of the cards missing
there are read, through the view's queryset. That queryset starts from ``Article.objects.published()``, so the
visibility rule stays in one place: ``DeferredJoinPaginator`` finds its ids through it, and a listing's ids are
checked against it (one query of ids for the cached cards; the missing ones are read through it).
"""

import hashlib
from dataclasses import dataclass

from django.db import connections
from django.utils import timezone
from django.utils.functional import cached_property

from articles.card_cache import Cards
from articles.models import ArticleProvince, ArticleTopic
from core.cache import cached_until_change
from core.params import StrictPaginator

# A count may lag the clock by this much at most when nothing is published (a scheduled article is counted
# from its moment on regardless: see cached_until_change).
COUNT_CACHE_SECONDS = 300


class DeferredJoinPaginator(StrictPaginator):
    """Find the page's ids first, then fetch those rows only, and only for the cards not cached.

    The id query walks the covering index of published articles (``perf_article_published_order``) and the
    link tables' indexes without reading a single article row; at most the 20 rows shown are then read, with
    their prefetches. Without this, PostgreSQL reads every row it passes on the way to the page (thousands for
    page 50, or for a former province whose newest article is a year old).

    ``official``: the official whose page lists these articles, for their cards (their printed titles).
    """

    def __init__(self, object_list, per_page, *, official=None, **kwargs):
        super().__init__(object_list, per_page, **kwargs)
        self.official = official

    def cards(self, ids, *, verified):
        return Cards(self.object_list, official=self.official, verified=verified).list(ids)

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
        return self._get_page(self.cards(ids, verified=True), number, self)


@dataclass(frozen=True)
class Listing:
    """One subject's public list, read from a link table's ``listed_at`` index: the links of ``link_model``
    whose ``field`` is one of ``ids`` (a province; a topic and its sub-topics). ``others``: the other filters
    (dates, official, a topic on a province page...) as a queryset of articles, or None when there are none."""

    link_model: type
    field: str
    ids: tuple
    others: object = None
    # What the other filters are, as the query string gives them (canonical order): part of the count's key.
    others_key: str = ""

    @property
    def count_key(self):
        signature = f"{self.field}:{','.join(map(str, self.ids))}?{self.others_key}"
        return "listing-count:" + hashlib.sha256(signature.encode()).hexdigest()[:32]


def province_listing(province_id, others=None, others_key=""):
    return Listing(ArticleProvince, "province_id", (province_id,), others, others_key)


def topic_listing(topic_ids, others=None, others_key=""):
    return Listing(ArticleTopic, "topic_id", tuple(sorted(topic_ids)), others, others_key)


def supported(queryset):
    """Whether ``listed_at`` is kept for this queryset's database: its triggers are PostgreSQL's."""
    return connections[queryset.db].vendor == "postgresql"


class ListingPaginator(DeferredJoinPaginator):
    """Pages through a subject's links by (subject, listed_at, article): the ``perf_province_listing`` and
    ``article_topic_listing`` indexes.

    Without them PostgreSQL either intersects the subject's links with the publish-time index, which for a
    former unit or a rare topic means walking tens of thousands of newer articles, or reads all of the
    subject's articles to count and sort them (Xây dựng Đảng holds half of the archive).

    A topic with sub-topics has several lists, one per topic, and an article may be on more than one: each
    list gives its newest ``top`` links (an article among the page's first ``top`` is among the first ``top``
    of every list it is on), one UNION ALL query merges them, and Python drops the repeats.
    """

    def __init__(self, object_list, per_page, *, listing=None, **kwargs):
        super().__init__(object_list, per_page, **kwargs)
        self.listing = listing if listing is not None and supported(object_list) else None
        self.now = timezone.now()

    def _links(self, ids):
        listing = self.listing
        links = listing.link_model.objects.using(self.object_list.db).filter(
            **{f"{listing.field}__in": ids}, listed_at__isnull=False, listed_at__lte=self.now,
        )
        if listing.others is not None:
            links = links.filter(article_id__in=listing.others.order_by().values("pk"))
        return links

    @cached_property
    def count(self):
        if self.listing is None:
            return super().count
        return cached_until_change(self.listing.count_key, self._count, timeout=COUNT_CACHE_SECONDS)

    def _count(self):
        # From the index alone, but every entry of it: Xây dựng Đảng's ~60,000 links take ~20 ms to count with
        # their repeats dropped, for a figure that changes only when something is published, withdrawn or re-filed.
        links = self._links(self.listing.ids)
        if len(self.listing.ids) == 1:
            return links.count()  # (subject, article) is unique: no repeats to drop
        return links.values("article_id").distinct().count()

    def _newest(self, top):
        """The ids of the ``top`` newest articles of the listing, newest first."""
        parts = [
            self._links([subject]).order_by("-listed_at", "-article_id").values_list("listed_at", "article_id")[:top]
            for subject in self.listing.ids
        ]
        rows = parts[0] if len(parts) == 1 else parts[0].union(*parts[1:], all=True)
        ids, seen = [], set()
        for _listed_at, article_id in sorted(rows, reverse=True):
            if article_id not in seen:
                seen.add(article_id)
                ids.append(article_id)
        return ids[:top]

    def page(self, number):
        if self.listing is None:
            return super().page(number)
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        top = bottom + self.per_page
        if top + self.orphans >= self.count:
            top = self.count
        ids = self._newest(top)[bottom:top] if top > bottom else []
        # Found in the link table, not through the view's queryset: the cards check them against it.
        return self._get_page(self.cards(ids, verified=False), number, self)
