from django.db import models
from django.utils.translation import gettext_lazy as _

from core.models import NormalisedTextModel, unique_slug
from core.urls_by_slug import slug_url


class Document(NormalisedTextModel):
    """A party or state document cited by coverage: "Kết luận số 21-KL/TW", "Nghị quyết Đại hội XIII"."""

    key = models.CharField(
        _("khóa nhận diện"), max_length=200, unique=True,
        help_text=_("Dạng chuẩn hóa dùng để không tạo trùng, ví dụ “21-KL/TW” hoặc “nghi-quyet-dai-hoi-xiii”."),
    )
    number = models.CharField(_("số hiệu"), max_length=100, blank=True, help_text=_("Dạng chuẩn, ví dụ 21-KL/TW."))
    kind = models.CharField(_("loại văn bản"), max_length=60, blank=True, help_text=_("Nghị quyết, Kết luận, Chỉ thị, Quyết định…"))
    title = models.CharField(_("tên gọi"), max_length=300, help_text=_("Cách gọi hiển thị cho bạn đọc."))
    issuer = models.CharField(_("cơ quan ban hành"), max_length=200, blank=True)
    year = models.PositiveSmallIntegerField(_("năm ban hành"), null=True, blank=True)
    slug = models.SlugField(_("đường dẫn"), max_length=220, unique=True, blank=True)

    class Meta:
        verbose_name = _("văn bản")
        verbose_name_plural = _("văn bản")
        ordering = ["kind", "number", "title"]
        indexes = [models.Index(fields=["number"], name="document_number_idx")]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        self.slug = self.slug or unique_slug(Document, self.number or self.title, exclude_pk=self.pk)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return slug_url("articles:document", self.slug)
