"""Abstract bases shared by the apps."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from core.text import nfc


class NormalisedTextModel(models.Model):
    """Stores every text field as Unicode NFC, whatever the editor's keyboard produced."""

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        for field in self._meta.concrete_fields:
            if isinstance(field, (models.CharField, models.TextField)):
                value = getattr(self, field.attname)
                if isinstance(value, str):
                    setattr(self, field.attname, nfc(value))
        super().save(*args, **kwargs)


class TimeStampedModel(NormalisedTextModel):
    created_at = models.DateTimeField(_("Tạo lúc"), auto_now_add=True, db_index=False)
    updated_at = models.DateTimeField(_("Cập nhật lúc"), auto_now=True)

    class Meta:
        abstract = True


def unique_slug(model, text, *, exclude_pk=None, field="slug", max_length=200):
    """An ASCII slug for ``text`` that no other row of ``model`` uses: base, base-2, base-3…"""
    from core.text import slugify_vi

    base = slugify_vi(text, max_length=max_length) or "muc"
    qs = model._default_manager.all()
    if exclude_pk:
        qs = qs.exclude(pk=exclude_pk)
    taken = set(qs.filter(**{f"{field}__startswith": base}).values_list(field, flat=True))
    slug, n = base, 2
    while slug in taken:
        slug = f"{base}-{n}"
        n += 1
    return slug
