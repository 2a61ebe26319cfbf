"""An article page rendered once per change of what it shows, not on every visit (issue #18).

An article page is the same for every visitor until the article, something it names or the site's reference data
changes. So its parts are rendered once and kept in the default cache: the head (title, description, canonical
link, Open Graph and the NewsArticle JSON-LD), the breadcrumbs, and the article itself with its photos, body,
corrections, officials, places, topics and documents (templates/articles/article_detail_parts.html). A visit then
costs one narrow query (is the article public now? its id and last change) and two cache reads.

**Invalidation.** Parts are stored with the versions of the page-cache tags that every change they show purges
(core/cache.py, articles/cache_tags.py, articles/signals.py): ``article:<id>`` (an edit, a publish, a withdrawal, a
correction, a photo, a link added or removed, a renamed official or document) and ``public`` (a renamed province,
topic or organisation, a restore, a bulk change). A hit compares them with the current versions, as the page cache
does (one ``get_many``, or one ``stat`` of the stamp file); a difference or an unknown version is a miss. The purge
sequence is read before the article is read, and parts are not kept when one of their tags was purged meanwhile,
so a page rendered from data an uncommitted change is replacing is dropped by the purge at commit. The key also
holds the article's ``updated_at``, the language, the site's origin, the renditions' format and a fingerprint of
the templates: another language, another host or a deployed template never gets these parts.

A photo whose renditions do not exist yet (being made, or failed) is shown without its picture, and renditions
appear with no purge: parts showing such a photo are not kept, and the next visit renders the picture.

**Side column.** The latest news, more from the same province and topic, and the related articles show other
articles, and any publish changes "latest". They are kept rendered, with the tags of the articles they show,
under ``public_cache_version()`` (moved by every purge), never past the next scheduled publication nor
PUBLIC_CACHE_SIDE_COLUMN_SECONDS: as ``cached_until_change`` keeps data, with the rendition rule above for the
related articles' pictures.

Only the public page reads or fills these caches. A preview (workflow) renders its own article's parts every time.
"""

import functools
import hashlib

from django.conf import settings
from django.core.cache import caches
from django.template import Context
from django.template.loader import get_template
from django.template.loader_tags import BlockNode
from django.utils import timezone, translation

from articles.cache_tags import article_page_tags, article_tag
from articles.sidebar import article_neighbours
from core import cache as page_cache
from core.cache import ALL_TAG, next_scheduled_change
from core.sites import site_url
from renditions.images import VERSION as RENDITIONS_VERSION
from renditions.images import renditions_for

# Bump when what is stored changes shape (the templates are fingerprinted on their own).
FORMAT = 1
PARTS_TEMPLATE = "articles/article_detail_parts.html"
SIDE_TEMPLATE = "articles/article_detail_side.html"
# Every template the parts are made from: a change to any of them makes new keys.
TEMPLATES = (
    PARTS_TEMPLATE, SIDE_TEMPLATE, "articles/includes/article_tools.html", "articles/includes/share_links.html",
    "articles/includes/side_column.html", "articles/includes/side_item.html", "workflow/includes/corrections.html",
)
# Tag versions of one object expire after a day (core/cache_purge.TAG_SECONDS): parts kept longer would only miss.
PARTS_SECONDS = 24 * 3600


def render_blocks(name, values):
    """Each top-level ``{% block %}`` of template ``name`` rendered alone, by name (no request, no context
    processors: nothing per visitor can get in)."""
    template = get_template(name).template
    context = Context(values, autoescape=template.engine.autoescape)
    with context.render_context.push_state(template), context.bind_template(template):
        return {node.name: node.render(context) for node in template.nodelist.get_nodes_by_type(BlockNode)}


def _fingerprint():
    sources = "\0".join(get_template(name).template.source for name in TEMPLATES)
    return hashlib.sha256(sources.encode()).hexdigest()[:12]


_fingerprint_once = functools.cache(_fingerprint)


def variant():
    """What else the HTML depends on: language, origin of absolute links, renditions' format, templates."""
    # In development templates change under a running server; in production only a deploy changes them.
    templates = _fingerprint() if settings.DEBUG else _fingerprint_once()
    origin = hashlib.sha256(site_url().encode()).hexdigest()[:12]
    return f"v{FORMAT}.{RENDITIONS_VERSION}.{templates}:{translation.get_language()}:{origin}"


def _renditions_ready(photos):
    return all(renditions_for(photo.image) is not None for photo in photos if photo.image)


def render_parts(article):
    """The parts of ``article``'s page (read with everything they show), and whether they may be kept."""
    values = {"article": article, "SITE_NAME": settings.SITE_NAME, "SITE_URL": site_url()}
    parts = {
        "html": render_blocks(PARTS_TEMPLATE, values),
        # What the side column is chosen by, so that choosing it again needs no query for them.
        "topics": list(article.topics.all()), "provinces": list(article.provinces.all()),
    }
    return parts, _renditions_ready(article.photos.all())


def _parts_key(pk, updated_at):
    return f"article-page:parts:{pk}:{updated_at.timestamp()}:{variant()}"


def purge_sequence():
    """The page cache's purge sequence, which every purge moves; None when the cache cannot say (an outage).

    Read before the article is: parts rendered from it are kept only if no tag they carry was purged since, and
    the side column is kept under it (it is what ``public_cache_version()`` names).
    """
    return page_cache.tag_versions().sequence()


def public_parts(article, *, started, load):
    """The parts of a public article's page: kept ones when no tag they carry was purged since they were
    rendered, else rendered from ``load()`` (``article`` with everything the parts show) and kept.

    ``article`` was read after ``started = purge_sequence()``.
    """
    if started is None:
        return render_parts(load())[0]
    store = caches["default"]
    versions = page_cache.tag_versions()
    tags = (article_tag(article.pk), ALL_TAG)
    key = _parts_key(article.pk, article.updated_at)
    stored = store.get(key)
    if stored is not None:
        current = versions.current(tags)
        if None not in current.values() and stored["tags"] == current:
            return stored["parts"]
    parts, keep = render_parts(load())
    if keep:
        # None when a tag was purged after ``started``: the article may have been read before that change.
        settled = versions.settle(tags, started)
        if settled is not None:
            store.set(key, {"tags": settled, "parts": parts}, PARTS_SECONDS)
    return parts


def render_side(article, neighbours):
    """(the page tags of what the side column and related articles show, their HTML by block), and whether the
    HTML may be kept."""
    html = render_blocks(SIDE_TEMPLATE, {"neighbours": neighbours, "related": neighbours.related})
    tags = tuple(article_page_tags(article, neighbours))
    return (tags, html), _renditions_ready(photo for item in neighbours.related for photo in item.featured_photos)


def public_side(article, *, started, topics, provinces, related_count):
    """The side column and related articles of a public article's page, as (tags, html, neighbours), kept under
    the purge sequence ``started``; ``neighbours`` is None when they come kept.
    """
    def compute():
        neighbours = article_neighbours(article, related_count=related_count, topics=topics, provinces=provinces)
        return neighbours, *render_side(article, neighbours)

    if started is None:
        neighbours, (tags, html), _keep = compute()
        return tags, html, neighbours
    store = caches["default"]
    version = str(started)
    key = f"derived:article-side:{article.pk}:{article.updated_at.timestamp()}:{variant()}:{version}"
    hit = store.get(key)
    if hit is not None:
        expires, (tags, html) = hit
        if expires is None or expires > timezone.now().timestamp():
            return tags, html, None
    neighbours, (tags, html), keep = compute()
    if keep:
        # Never past the next scheduled publication, which changes "latest" with no purge (core.cache).
        store.set(key, (next_scheduled_change(version), (tags, html)), settings.PUBLIC_CACHE_SIDE_COLUMN_SECONDS)
    return tags, html, neighbours
