"""Which cached public pages a change of public content touches, named as page-cache tags (core/cache.py).

A page carries the tags of what it shows; a change purges the tags of every page that may show it:

- an article: ``article:<id>`` (its own page, and the side columns of the article pages that show it), the
  home page, the news lists, search, feeds and sitemaps, and the pages of its provinces, topics (with their
  parent topics, whose pages include their sub-topics), officials and documents. A link removed from the
  article purges the page it is removed from too (articles/signals.py purges before and after the change);
- an official, a position or a document: its own page, search and sitemaps, and the pages of the articles
  that mention or cite it (their own tags, not their lists: cards do not show officials or documents);
- a province, a topic or an organisation: everything (``bump_public_cache``). Names of places and topics
  are on every page's menu and filters, and renames are rare.
"""

from articles.models import Article, ArticleProvince, ArticleTopic, Mention, Topic
from core.cache import bump_public_cache, purge_cache_tags

# Every article change can move these: they list the newest articles or every article.
LISTING_TAGS = ("home", "list", "search", "feed", "sitemap")


def article_tag(pk):
    return f"article:{pk}"


def link_tags(kind, ids):
    return {f"{kind}:{pk}" for pk in ids}


def topic_tags(topic_ids):
    """A topic's own tag and its parent's: a parent topic's page lists its sub-topics' articles."""
    ids = set(topic_ids)
    if ids:
        ids |= {pk for pk in Topic.objects.filter(pk__in=ids, parent__isnull=False).values_list("parent_id", flat=True)}
    return link_tags("topic", ids)


def article_tags(article):
    """The tags of every page that shows the article as it is now linked (four small queries)."""
    pk = article.pk
    tags = {article_tag(pk), *LISTING_TAGS}
    tags |= link_tags("province", ArticleProvince.objects.filter(article_id=pk).values_list("province_id", flat=True))
    tags |= topic_tags(ArticleTopic.objects.filter(article_id=pk).values_list("topic_id", flat=True))
    tags |= link_tags("official", Mention.objects.filter(article_id=pk).values_list("official_id", flat=True))
    tags |= link_tags(
        "document", Article.documents.through.objects.filter(article_id=pk).values_list("document_id", flat=True)
    )
    return tags


def purge_article(article, *extra_tags):
    """Purge the pages that show the article (and ``extra_tags``: links it had before the change)."""
    purge_cache_tags(*article_tags(article), *extra_tags)


def purge_articles_showing(kind, pk, article_ids):
    """An official or document changed: its page, search, sitemaps, and the pages of the articles naming it."""
    purge_cache_tags(f"{kind}:{pk}", "search", "sitemap", *(article_tag(a) for a in article_ids))


def purge_everything():
    bump_public_cache()


def article_page_tags(article, neighbours):
    """An article page's tags: its own, and those of every article its side columns and related list show."""
    shown = [*neighbours.related, *neighbours.latest, *neighbours.same_province, *neighbours.same_topic]
    return [article_tag(article.pk), *(article_tag(item.pk) for item in shown)]
