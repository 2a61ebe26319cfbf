"""Abstract bases shared by the apps."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from core.text import nfc, slugify_vi


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


class RoleChange(models.Model):
    """One change to what an account may do: its groups, permissions or flags. Written by core.role_audit only.

    Names are copied so that the record still reads when an account is deleted.
    """

    created_at = models.DateTimeField(_("thời điểm"), auto_now_add=True)
    account = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("tài khoản"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+", help_text=_("Tài khoản được đổi quyền; trống nếu thay đổi là của cả một nhóm."),
    )
    account_name = models.CharField(
        _("tên tài khoản"), max_length=300, help_text=_("Tên đăng nhập (hoặc tên nhóm) lúc thay đổi."),
    )
    change = models.TextField(_("thay đổi"), help_text=_("Điều gì đã đổi: nhóm, quyền hay cờ nào, thêm hay bớt."))
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("người thực hiện"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    actor_name = models.CharField(
        _("tên người thực hiện"), max_length=300, blank=True,
        help_text=_("Trống khi thay đổi được làm ngoài trang quản trị (dòng lệnh, tập lệnh)."),
    )

    class Meta:
        verbose_name = _("thay đổi quyền tài khoản")
        verbose_name_plural = _("thay đổi quyền tài khoản")
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["created_at"], name="rolechange_time_idx")]

    def __str__(self):
        return f"{self.account_name}: {self.change}"


def unique_slug(model, text, *, exclude_pk=None, field="slug", max_length=200):
    """An ASCII slug for ``text`` that no other row of ``model`` uses: base, base-2, base-3…"""
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
