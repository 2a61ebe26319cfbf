"""Allow-list HTML sanitising for article bodies (stored sanitised, rendered as is)."""

import html
import re

import nh3
from django.conf import settings

ALLOWED_TAGS = {
    "p", "br", "h2", "h3", "h4", "strong", "b", "em", "i", "u", "s", "sub", "sup",
    "ul", "ol", "li", "blockquote", "a", "img", "figure", "figcaption",
    "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "hr",
}
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "width", "height"},
    "th": {"colspan", "rowspan", "scope"},
    "td": {"colspan", "rowspan"},
    "ol": {"start"},
}
# Text counts as HTML only when it uses block or inline markup an editor would write.
_TAG = re.compile(r"</?(p|br|h[1-6]|ul|ol|li|blockquote|table|div|figure|strong|em|b|i|a|img|span)\b[^>]*>", re.I)


def _attribute_filter(tag, attribute, value):
    # Images may only come from our own media; anything else would be a tracking pixel or worse.
    if tag == "img" and attribute == "src":
        media_url = settings.MEDIA_URL
        if not value.startswith(media_url) or "//" in value[len(media_url):] or ".." in value:
            return None
    return value


def sanitize_html(value):
    """Return ``value`` cleaned to the allow-list. Plain text becomes paragraphs."""
    if not value:
        return ""
    if not _TAG.search(value):
        value = text_to_html(value)
    return nh3.clean(
        value,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener",
        attribute_filter=_attribute_filter,
        strip_comments=True,
    ).strip()


def text_to_html(text):
    """Plain text with blank-line separated paragraphs -> escaped ``<p>`` elements."""
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text.replace("\r\n", "\n")) if p.strip()]
    return "\n".join("<p>{}</p>".format(html.escape(p).replace("\n", "<br>")) for p in paragraphs)


def html_to_text(value):
    """Visible text of sanitised HTML, for search, snippets and descriptions."""
    if not value:
        return ""
    text = nh3.clean(re.sub(r"</(p|h[2-4]|li|blockquote|tr|figcaption)>", "\n", value), tags=set())
    return re.sub(r"[ \t]+", " ", html.unescape(text)).strip()
