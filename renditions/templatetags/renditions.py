"""``{% picture photo %}``: a photo as ``<picture>`` with WebP and JPEG renditions, sized and lazy by default."""

from django import template
from django.conf import settings
from django.core.files.storage import default_storage

from renditions.images import renditions_for

register = template.Library()

DEFAULT_SIZES = "(max-width: 800px) 100vw, 760px"


@register.inclusion_tag("renditions/picture.html")
def picture(photo, sizes=DEFAULT_SIZES, eager=False, alt=None, css_class=""):
    """Renders nothing when the photo has no usable image (pending figure, refused or missing file).

    ``eager`` is for the first photo above the fold; every other one loads lazily.
    """
    image = getattr(photo, "image", None)
    renditions = renditions_for(image) if image else None
    fallback = renditions.fallback() if renditions else None
    return {
        "renditions": renditions,
        "src": default_storage.url(fallback.jpg) if fallback else "",
        "fallback": fallback,
        "alt": photo.alt_text if alt is None else alt,
        "sizes": sizes,
        "eager": eager,
        "css_class": css_class,
    }


@register.simple_tag
def rendition_url(photo, width=1280):
    """Absolute URL of the JPEG rendition at least ``width`` wide (og:image, JSON-LD, feeds); "" if none."""
    image = getattr(photo, "image", None)
    renditions = renditions_for(image) if image else None
    if not renditions:
        return ""
    return absolute_url(default_storage.url(renditions.at_least(width).jpg))


def absolute_url(url):
    if url.startswith(("http://", "https://")):
        return url
    return f"{settings.SITE_URL}{url}"
