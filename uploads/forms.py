"""Form pieces for the forms that take staged photos (the article admin's photo inline, "Gửi tin bài")."""

from django import forms
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from core.params import parse_int
from uploads.identity import form_token_from

STAGING_TOKEN_FIELD = "staging_token"


class StagedPhotoInput(forms.HiddenInput):
    """The staged photo's id, and its thumbnail, so a form shown again after an error still shows the photo.

    The thumbnail's URL answers only the uploader, who is the one looking at this form.
    """

    def __init__(self, attrs=None):
        super().__init__({"data-staged-photo": "", **(attrs or {})})

    def render(self, name, value, attrs=None, renderer=None):
        html = super().render(name, value, attrs, renderer)
        # The value comes back from the posted form as typed: ASCII digits only ("²".isdigit() is True).
        pk = parse_int(str(value or "").strip(), minimum=1)
        if pk is None:
            return html
        return html + format_html(
            '<img class="staged-photo-thumb" src="{}" alt="{}" width="160" data-staged-thumb>',
            reverse("uploads:photo", args=[pk]), _("Ảnh đã tải lên"),
        )


class StagedPhotoField(forms.IntegerField):
    widget = StagedPhotoInput

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        kwargs.setdefault("min_value", 1)
        kwargs.setdefault("label", "")
        super().__init__(**kwargs)


def staging_token(data, prefix=""):
    """The form's staging token: the one the page posted (so a refused send finds its photos), or a new one."""
    name = f"{prefix}-{STAGING_TOKEN_FIELD}" if prefix else STAGING_TOKEN_FIELD
    return form_token_from(data, name)


EXPIRED_MESSAGE = _("Ảnh đã tải lên không còn nữa (quá 24 giờ hoặc đã bị bỏ). Vui lòng chọn lại ảnh.")
