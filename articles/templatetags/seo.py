"""Tags for the <head> of public pages: canonical URL, Open Graph image, NewsArticle JSON-LD, share links."""

from urllib.parse import quote, urlencode

from django import template
from django.utils.html import format_html

from articles.seo import absolute, article_structured_data, json_for_script
from core.params import page_number
from renditions.templatetags.renditions import rendition_url

register = template.Library()


@register.simple_tag(takes_context=True)
def canonical_url(context):
    """This page's address without filters, keeping only a page number past the first."""
    request = context.get("request")
    if request is None:
        return absolute("/")
    url = absolute(request.path)
    page = page_number(request.GET)
    if page is not None and page > 1:
        url += f"?page={page}"
    return url


@register.simple_tag
def article_image_urls(article):
    """Absolute URLs of the article's photos that have renditions, featured photo first."""
    photos = sorted(article.photos.all(), key=lambda photo: (not photo.is_featured, photo.position, photo.id))
    return [url for url in (rendition_url(photo, 1280) for photo in photos) if url]


@register.simple_tag
def article_json_ld(article, images=()):
    """The NewsArticle block. It carries no CSP nonce on purpose: a JSON data block is never executed, so the
    policy does not apply to it, and drawing a nonce would make every article page uncacheable (core/cache.py).
    """
    data = article_structured_data(article, images=images)
    return format_html('<script type="application/ld+json">{}</script>', _Raw(json_for_script(data)))


class _Raw(str):
    """Already escaped for a <script> element by json_for_script()."""

    def __html__(self):
        return str(self)


@register.simple_tag
def share_url(network, article):
    url = absolute(article.get_absolute_url())
    if network == "facebook":
        return "https://www.facebook.com/sharer/sharer.php?" + urlencode({"u": url})
    if network == "x":
        return "https://twitter.com/intent/tweet?" + urlencode({"url": url, "text": article.title})
    if network == "email":
        return f"mailto:?subject={quote(article.title)}&body={quote(url)}"
    return url
