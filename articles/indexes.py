"""The ways in besides the lists: the province index with its map, the topic index, the page of RSS feeds.

Each is a TemplateView of a few queries whatever the number of articles: the units or topics in one query, and
their published coverage counted in grouped queries that start from ``Article.objects.published()``.

Counting is the cost: at 100,000 articles the grouped counts read every published link (about 400 ms for the
topic index), and every visitor would pay it for figures that change only when an article is published,
withdrawn or re-filed. So the figures are kept in the default cache under the public content's version
(``public_cache_version()``, moved by every purge: a publish, a withdrawal, a topic or province change) and
no longer than the next scheduled publication (which changes them with no save) or COVERAGE_CACHE_SECONDS
(a period's window slides with the clock).
"""

import datetime

from django.db.models import Count, F
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.generic import TemplateView

from articles.models import Article, ArticleProvince, ArticleTopic, Topic
from core.cache import cached_until_change
from places.map import coverage_level, level_bounds, province_map, unit_order
from places.models import Province

# The periods a reader can colour the map by; the first is the default.
PERIODS = {
    "30-ngay": (_("30 ngày qua"), 30),
    "7-ngay": (_("7 ngày qua"), 7),
    "12-thang": (_("12 tháng qua"), 365),
    "tat-ca": (_("Từ trước đến nay"), None),
}
DEFAULT_PERIOD = "30-ngay"
# How long a coverage figure may be reused at most: a "30 days" window moves on even when nothing is published.
COVERAGE_CACHE_SECONDS = 300


def cached_coverage(name, compute):
    """``compute()``, reused until the public content changes (see the module's docstring)."""
    return cached_until_change(f"coverage:{name}", compute, timeout=COVERAGE_CACHE_SECONDS)


def published_since(days, now=None):
    published = Article.objects.published(now)
    if days is None:
        return published
    return published.filter(publish_at__gte=(now or timezone.now()) - datetime.timedelta(days=days))


def coverage_by_unit(articles):
    """{current unit id: articles}, a former unit's coverage counted with its successor's, each article once."""
    rows = (
        ArticleProvince.objects.filter(article__in=articles.values("pk"))
        .values(unit=Coalesce(F("province__successor_id"), F("province_id")))
        .annotate(articles=Count("article_id", distinct=True))
        .order_by()
    )
    return {row["unit"]: row["articles"] for row in rows}


def coverage_by_topic(articles):
    """({main topic id: articles}, {topic id: articles}): a main topic counts its sub-topics' articles too, each
    article once."""
    rows = (
        ArticleTopic.objects.filter(article__in=articles.values("pk"))
        .values("topic_id")
        .annotate(articles=Count("article_id"))
        .order_by()
    )
    per_topic = {row["topic_id"]: row["articles"] for row in rows}
    # Adding a parent's count to its children's would count twice an article filed under both: a second query,
    # grouped by tree, gives the exact figure.
    trees = (
        ArticleTopic.objects.filter(article__in=articles.values("pk"))
        .values(tree=Coalesce(F("topic__parent_id"), F("topic_id")))
        .annotate(articles=Count("article_id", distinct=True))
        .order_by()
    )
    return {row["tree"]: row["articles"] for row in trees}, per_topic


class ProvinceIndexView(TemplateView):
    """``/dia-phuong/``: the 34 units on a map coloured by coverage, and as a list with their former units."""

    template_name = "articles/province_index.html"
    page_cache_params = ("period",)

    def period(self):
        choice = self.request.GET.get("period", DEFAULT_PERIOD)
        return choice if choice in PERIODS else DEFAULT_PERIOD

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        choice = self.period()
        label, days = PERIODS[choice]
        provinces = list(Province.objects.only("id", "name", "slug", "kind", "valid_to", "successor_id").in_display_order())
        counts = cached_coverage(f"units:{choice}", lambda: coverage_by_unit(published_since(days)))
        current = [p for p in provinces if not p.is_former]
        former = {}
        for province in provinces:
            if province.is_former:
                former.setdefault(province.successor_id, []).append(province)
        most = max((counts.get(p.pk, 0) for p in current), default=0)
        units = []
        for province in current:
            count = counts.get(province.pk, 0)
            units.append({
                "province": province, "count": count, "level": coverage_level(count, most),
                "former": former.get(province.pk, []),
            })
        by_slug = {unit["province"].slug: unit for unit in units}
        map_units = [
            (slug, by_slug[slug]["province"].get_absolute_url(), self.accessible_name(by_slug[slug], label),
             by_slug[slug]["level"])
            for slug in unit_order(list(by_slug))
        ]
        context.update(
            units=units,
            map=province_map(map_units, label_id="ban-do-nhan"),
            periods=[(key, name, key == choice) for key, (name, _days) in PERIODS.items()],
            period_label=label,
            legend=level_bounds(most),
            total_former=sum(len(items) for items in former.values()),
        )
        return context

    @staticmethod
    def accessible_name(unit, period_label):
        count = unit["count"]
        articles = ngettext("%(count)s tin bài", "%(count)s tin bài", count) % {"count": count}
        return f"{unit['province'].full_name}: {articles}, {period_label}"


class TopicIndexView(TemplateView):
    """``/chu-de/``: every main topic with its sub-topics and how many published articles each holds."""

    template_name = "articles/topic_index.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        topics = list(Topic.objects.only("id", "name", "slug", "parent_id", "description", "position", "sort_name"))
        tree_counts, topic_counts = cached_coverage("topics", lambda: coverage_by_topic(Article.objects.published()))
        children = {}
        for topic in topics:
            if topic.parent_id:
                topic.count = topic_counts.get(topic.pk, 0)
                children.setdefault(topic.parent_id, []).append(topic)
        mains = []
        for topic in topics:
            if not topic.parent_id:
                topic.count = tree_counts.get(topic.pk, 0)
                topic.subtopics = children.get(topic.pk, [])
                mains.append(topic)
        context["topics"] = mains
        return context


class FeedIndexView(TemplateView):
    """``/kenh-rss/``: every RSS feed in readable form, for readers who do not know the icon."""

    template_name = "articles/feed_index.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        topics = list(Topic.objects.only("id", "name", "slug", "parent_id", "position", "sort_name"))
        children = {}
        for topic in topics:
            if topic.parent_id:
                children.setdefault(topic.parent_id, []).append(topic)
        context["topics"] = [t for t in topics if not t.parent_id]
        for topic in context["topics"]:
            topic.subtopics = children.get(topic.pk, [])
        context["provinces"] = list(Province.objects.current().only("id", "name", "slug", "kind").order_by("sort_name"))
        return context
