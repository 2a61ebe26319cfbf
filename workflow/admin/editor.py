"""The article body in the admin: a rich-text editor (django-prose-editor's ProseMirror/Tiptap bundle) that never
shows HTML, with the article's own photos placed between paragraphs as figures.

What the editor writes is ordinary body HTML and still goes through core.html.sanitize_html on save (the one
sanitiser). A placed photo is stored as::

    <figure data-photo-id="12"><img src="/media/renditions/…/w960.jpg" alt="…" width="960" height="600">
      <figcaption>Caption <small>Ảnh: …</small></figcaption></figure>

so the public page shows it as it is (a rendition, metadata-free, from MEDIA_URL), and ``data-photo-id`` tells
the editor and any later code which photo of the article it is.

The package's own media is not used as is: it loads its modules through an inline ``<script type="importmap">``
and lets Tiptap inject a ``<style>`` element, both refused by our CSP (no inline scripts or styles). Our module
imports the package's bundle by a relative URL instead and creates the editor with ``injectCSS: false``.
"""

import json
import re

from django import forms
from django.core.files.storage import default_storage
from django.utils.translation import gettext_lazy as _

from articles.figures import FIGURE_WIDTH
from renditions.images import renditions_for

# The figure markup and its rendition width are articles.figures' (the importer places Word pictures the same way).
THUMB_WIDTH = 320
BODY_HELP = _(
    "Bôi đen chữ để in đậm, in nghiêng hoặc gắn liên kết; Enter để sang đoạn mới. "
    "“Chèn ảnh” đặt một ảnh đã lưu của bài vào chỗ con trỏ, giữa hai đoạn; kéo ảnh để đổi chỗ."
)
EMPTY_PARAGRAPH = re.compile(r"<p>(?:\s|<br>)*</p>")


def photo_choices(article):
    """The article's saved photos that have a usable image, as the editor's "Chèn ảnh" list offers them."""
    if article is None or not article.pk:
        return []
    choices = []
    for photo in article.photos.all():
        renditions = renditions_for(photo.image) if photo.image else None
        if not renditions:
            continue  # a caption still waiting for its photo file cannot be placed
        figure, thumb = renditions.at_least(FIGURE_WIDTH), renditions.at_least(THUMB_WIDTH)
        choices.append({
            "id": photo.pk,
            "src": default_storage.url(figure.jpg),
            "width": figure.width,
            "height": figure.height,
            "thumb": default_storage.url(thumb.jpg),
            "alt": photo.alt_text or photo.caption,
            "caption": photo.caption,
            "credit": photo.credit,
        })
    return choices


def configure_body_field(field, article):
    """Give the change form's body field the article's photos, and help text about the editor, not HTML."""
    field.widget.photos = photo_choices(article)
    field.help_text = BODY_HELP


class BodyEditorWidget(forms.Textarea):
    """A textarea the editor script replaces; without JavaScript it stays a plain textarea of HTML."""

    def __init__(self, attrs=None, photos=None):
        super().__init__(attrs={"rows": 20, **(attrs or {})})
        self.photos = photos or []

    class Media:
        css = {"all": [
            "django_prose_editor/material-icons.css",
            "django_prose_editor/editor.css",
            "django_prose_editor/overrides.css",
            "workflow/admin_editor.css",
        ]}
        # The labels script is a classic one so it runs before the deferred module reads window.gettext.
        js = [
            "workflow/body-editor-labels.js",
            forms.Script("workflow/body-editor.js", type="module"),
        ]

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["widget"]["attrs"]["data-body-editor"] = ""
        context["widget"]["attrs"]["data-photos"] = json.dumps(self.photos, ensure_ascii=False)
        return context

    def use_required_attribute(self, initial):
        # The textarea is hidden behind the editor: a browser "required" bubble would point at nothing.
        return False

    def value_from_datadict(self, data, files, name):
        value = super().value_from_datadict(data, files, name)
        if value is None:
            return value
        # The editor keeps an empty paragraph after a final photo or list (so one can type there), and Enter
        # pressed twice makes another: invisible on the page, so not stored. An empty body stays "" for "required".
        return EMPTY_PARAGRAPH.sub("", value).strip()
