"""A photo of an article placed in its body, as stored HTML.

One writer for the markup the admin's body editor writes and reads back (workflow/static/workflow/body-editor.js)::

    <figure data-photo-id="12"><img src="/media/renditions/…/w960.jpg" alt="…" width="960" height="600">
      <figcaption>Caption <small>Ảnh: …</small></figcaption></figure>

It lives here, below the admin, because the importer places a Word file's pictures the same way and must not
depend on the admin. The image is a rendition (metadata-free, from MEDIA_URL), so core.html's allow-list keeps it.
"""

from django.core.files.storage import default_storage
from django.utils.html import format_html

from renditions.images import renditions_for

# The rendition a body figure shows: wide enough for the article column (760 px) on a dense screen.
FIGURE_WIDTH = 960


def figure_rendition(photo):
    """The rendition a placed ``photo`` shows, or None when it has no usable image (a caption still waiting
    for its file, a file that is not an image)."""
    renditions = renditions_for(photo.image) if photo.image else None
    return renditions.at_least(FIGURE_WIDTH) if renditions else None


def figure_html(photo):
    """``photo`` as a body figure (see the module's docstring); "" when it has no usable image."""
    rendition = figure_rendition(photo)
    if rendition is None or not photo.pk:
        return ""
    caption = ""
    if photo.caption or photo.credit:
        credit = format_html(" <small>{}</small>", photo.credit) if photo.credit else ""
        caption = format_html("<figcaption>{}{}</figcaption>", photo.caption, credit)
    return format_html(
        '<figure data-photo-id="{}"><img src="{}" alt="{}" width="{}" height="{}">{}</figure>',
        photo.pk, default_storage.url(rendition.jpg), photo.alt_text or photo.caption, rendition.width,
        rendition.height, caption,
    )
