"""What search engines and social networks read about a page: canonical URLs and schema.org NewsArticle data.

``get_absolute_url()`` stays the single source of links; this module only makes them absolute.
"""

import json

from django.conf import settings
from django.templatetags.static import static
from django.utils import timezone

from core.sites import absolute

# Inside <script>, "</script>" or "<!--" in a headline would end or confuse the block: escape them as JSON.
_JSON_ESCAPES = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026"}


def json_for_script(data):
    """JSON safe to place between ``<script>`` tags: no character can close the element."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(_JSON_ESCAPES)


def _iso(moment):
    return timezone.localtime(moment).isoformat(timespec="seconds") if moment else None


def publisher():
    return {
        "@type": "Organization",
        "name": settings.SITE_NAME,
        "url": absolute("/"),
        "logo": {"@type": "ImageObject", "url": absolute(static("img/logo.png")), "width": 512, "height": 512},
    }


def article_structured_data(article, *, images=(), extra=None):
    """schema.org NewsArticle for a published article. ``images`` are absolute URLs, largest first.

    ``extra`` adds or replaces keys (for example ``correction``) without touching the rest.
    """
    url = absolute(article.get_absolute_url())
    if article.byline:
        authors = [{"@type": "Person", "name": article.byline}]
    else:
        authors = [{"@type": "Organization", "name": article.source or settings.SITE_NAME}]
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "url": url,
        "headline": article.title if len(article.title) <= 110 else article.title[:109] + "…",
        "description": article.lead,
        "datePublished": _iso(article.first_published_at or article.publish_at),
        "dateModified": _iso(max(filter(None, [article.updated_at, article.publish_at]), default=None)),
        "author": authors,
        "publisher": publisher(),
        "inLanguage": "vi",
        "articleSection": [topic.name for topic in article.topics.all()],
        "contentLocation": [{"@type": "Place", "name": province.full_name} for province in article.provinces.all()],
        "isAccessibleForFree": True,
    }
    if images:
        data["image"] = list(images)
    corrections = getattr(article, "corrections", None)  # workflow's public "Đính chính" notes, when present
    if corrections is not None:
        notes = [
            {"@type": "CorrectionComment", "text": note.note, "datePublished": _iso(note.created_at)}
            for note in corrections.all()
        ]
        if notes:
            data["correction"] = notes
    if article.source:
        data["sourceOrganization"] = {"@type": "Organization", "name": article.source}
    data.update(extra or {})
    return {key: value for key, value in data.items() if value not in (None, "", [])}
