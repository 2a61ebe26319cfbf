from django.db import models
from django.utils.translation import gettext_lazy as _

from core.images import random_upload_name
from core.models import NormalisedTextModel


def photo_upload_to(instance, filename):
    return random_upload_name("anh", filename)


class Photo(NormalisedTextModel):
    article = models.ForeignKey("articles.Article", verbose_name=_("tin bài"), on_delete=models.CASCADE, related_name="photos")
    image = models.ImageField(
        _("tệp ảnh"), upload_to=photo_upload_to, width_field="width", height_field="height", blank=True,
        help_text=_("JPEG, PNG hoặc WebP. Để trống nếu chú thích đang chờ ảnh (ví dụ khi nhập bài cũ)."),
    )
    caption = models.CharField(_("chú thích"), max_length=1000)
    credit = models.CharField(_("nguồn ảnh"), max_length=200, blank=True, help_text=_("Ví dụ: Ảnh: Minh Anh."))
    alt_text = models.CharField(
        _("mô tả thay thế"), max_length=500, blank=True,
        help_text=_("Cho người dùng trình đọc màn hình. Để trống sẽ dùng chú thích."),
    )
    width = models.PositiveIntegerField(_("chiều rộng"), null=True, blank=True, editable=False)
    height = models.PositiveIntegerField(_("chiều cao"), null=True, blank=True, editable=False)
    position = models.PositiveSmallIntegerField(_("thứ tự"), default=0)
    is_featured = models.BooleanField(_("ảnh đại diện"), default=False)

    class Meta:
        verbose_name = _("ảnh")
        verbose_name_plural = _("ảnh")
        ordering = ["position", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["article"], condition=models.Q(is_featured=True), name="photo_one_featured_per_article",
            ),
        ]

    def __str__(self):
        return self.caption[:80]

    def save(self, *args, **kwargs):
        self.alt_text = (self.alt_text or "").strip() or self.caption
        super().save(*args, **kwargs)

    @property
    def is_pending(self):
        """A caption kept from an import whose photo file is still missing."""
        return not self.image
