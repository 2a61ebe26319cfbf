"""Form pieces shared by the admin and the public forms."""

from django import forms
from django.contrib.admin.widgets import AdminFileWidget
from django.db import models

from core.images import ACCEPT, validate_and_reencode_image


class SafeImageField(forms.FileField):
    """An image upload that is decoded, checked and re-encoded before any model sees it.

    Django's own ``forms.ImageField`` would answer a decompression bomb with a generic "invalid image"; this field
    gives the specific reason, and hands the model a clean file with a random name instead of the upload.
    """

    widget = forms.ClearableFileInput(attrs={"accept": ACCEPT})

    def __init__(self, *, prefix="", **kwargs):
        self.prefix = prefix
        super().__init__(**kwargs)
        self.max_length = None  # the client's file name is thrown away, so its length does not matter

    def to_python(self, data):
        uploaded = super().to_python(data)
        if uploaded is None:
            return None
        return validate_and_reencode_image(uploaded, prefix=self.prefix)


# For admin classes and inlines: ``formfield_overrides = SAFE_IMAGE_OVERRIDES``.
SAFE_IMAGE_OVERRIDES = {
    models.ImageField: {"form_class": SafeImageField, "widget": AdminFileWidget(attrs={"accept": ACCEPT})},
}
