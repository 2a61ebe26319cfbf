"""RSS 2.0 feeds: all news, per province, per topic. Every one starts from ``published()``."""

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext as _

from articles.models import Article, Topic
from articles.seo import absolute
from places.models import Province

ITEMS = 30


class LatestArticlesFeed(Feed):
    """Links start from core.sites.site_url(): SITE_URL in production, never the Host header of whoever asked."""

    language = "vi"
    page_cache_tags = ("feed",)

    def link(self, obj=None):
        return absolute("/")

    def feed_url(self, obj=None):
        return absolute(reverse("articles:feed"))

    def item_link(self, item):
        return absolute(item.get_absolute_url())

    def title(self, obj=None):
        return settings.SITE_NAME

    def description(self, obj=None):
        return _("Tin mới nhất từ %(site)s.") % {"site": settings.SITE_NAME}

    def articles(self, obj):
        return Article.objects.published()

    def items(self, obj=None):
        return (
            self.articles(obj)
            .defer("body", "search_text", "search_vector")
            .prefetch_related(Prefetch("topics", queryset=Topic.objects.only("id", "name")))
            .newest_first()[:ITEMS]
        )

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.lead

    def item_pubdate(self, item):
        return item.publish_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_author_name(self, item):
        return item.byline or item.source or None

    def item_categories(self, item):
        return [topic.name for topic in item.topics.all()]


class ProvinceFeed(LatestArticlesFeed):
    def get_object(self, request, slug):
        return get_object_or_404(Province, slug=slug)

    def feed_url(self, obj=None):
        return absolute(reverse("articles:province_feed", kwargs={"slug": obj.slug}))

    def title(self, obj=None):
        return f"{obj.full_name} – {settings.SITE_NAME}"

    def link(self, obj):
        return absolute(obj.get_absolute_url())

    def description(self, obj=None):
        return _("Tin bài về %(place)s.") % {"place": obj.full_name}

    def articles(self, obj):
        return Article.objects.published().in_province(obj)


class TopicFeed(LatestArticlesFeed):
    def get_object(self, request, slug):
        return get_object_or_404(Topic, slug=slug)

    def feed_url(self, obj=None):
        return absolute(reverse("articles:topic_feed", kwargs={"slug": obj.slug}))

    def title(self, obj=None):
        return f"{obj.name} – {settings.SITE_NAME}"

    def link(self, obj):
        return absolute(obj.get_absolute_url())

    def description(self, obj=None):
        return _("Tin bài thuộc chủ đề %(topic)s.") % {"topic": obj.name}

    def articles(self, obj):
        return Article.objects.published().in_topic_tree(obj)
