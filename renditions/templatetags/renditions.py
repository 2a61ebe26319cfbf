"""``{% picture photo %}``: a photo as ``<picture>`` with WebP and JPEG renditions, sized and lazy by default."""

from django import template
from django.core.files.storage import default_storage
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from core.sites import absolute
from renditions.images import renditions_for

register = template.Library()

DEFAULT_SIZES = "(max-width: 800px) 100vw, 760px"


@register.simple_tag
def picture(photo, sizes=DEFAULT_SIZES, eager=False, alt=None, css_class=""):
    """Renders nothing when the photo has no usable image (pending figure, refused or missing file).

    ``eager`` is for the first photo above the fold; every other one loads lazily.
    """
    return picture_html(photo, sizes=sizes, eager=eager, alt=alt, css_class=css_class)


def picture_html(photo, *, sizes=DEFAULT_SIZES, eager=False, alt=None, css_class=""):
    """``<picture>`` with WebP and JPEG sources. Built in Python rather than a template: a list page shows
    dozens of cards, and an included template per picture cost more than everything else on the card."""
    image = getattr(photo, "image", None)
    renditions = renditions_for(image) if image else None
    if not renditions:
        return ""
    fallback = renditions.fallback()
    loading = mark_safe(' fetchpriority="high"' if eager else ' loading="lazy"')
    return format_html(
        '<picture{}>\n  <source type="image/webp" srcset="{}" sizes="{}">\n'
        '  <img src="{}" srcset="{}" sizes="{}" width="{}" height="{}" alt="{}"{} decoding="async">\n</picture>',
        format_html(' class="{}"', css_class) if css_class else "",
        renditions.webp_srcset, sizes, default_storage.url(fallback.jpg), renditions.jpg_srcset, sizes,
        fallback.width, fallback.height, photo.alt_text if alt is None else alt, loading,
    )


@register.simple_tag
def rendition_url(photo, width=1280):
    """Absolute URL of the JPEG rendition at least ``width`` wide (og:image, JSON-LD, feeds); "" if none."""
    image = getattr(photo, "image", None)
    renditions = renditions_for(image) if image else None
    if not renditions:
        return ""
    return absolute_url(default_storage.url(renditions.at_least(width).jpg))


def absolute_url(url):
    return absolute(url)
