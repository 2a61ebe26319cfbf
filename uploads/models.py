import datetime

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from uploads.storage import get_staging_storage, staged_upload_to

STAGING_HOURS = 24


class Purpose(models.TextChoices):
    ARTICLE = "article", _("Ảnh cho tin bài (quản trị)")
    SUBMISSION = "submission", _("Ảnh gửi kèm “Gửi tin bài”")


class StagedPhotoQuerySet(models.QuerySet):
    def expired(self, *, now=None):
        cutoff = (now or timezone.now()) - datetime.timedelta(hours=STAGING_HOURS)
        return self.filter(created_at__lt=cutoff)

    def alive(self, *, now=None):
        cutoff = (now or timezone.now()) - datetime.timedelta(hours=STAGING_HOURS)
        return self.filter(created_at__gte=cutoff)

    def of(self, uploader):
        """Only the uploader's own: a signed-in user's, or one anonymous browser session's."""
        if uploader.user is not None:
            return self.filter(owner=uploader.user)
        if not uploader.visitor:
            return self.none()
        return self.filter(owner__isnull=True, visitor=uploader.visitor)


class StagedPhoto(models.Model):
    """A photo uploaded as soon as it was chosen, waiting for its form to be saved.

    It belongs to a form on one page (``form_token``) and to its uploader: a signed-in user, or an anonymous
    visitor's session (``visitor``, a random key kept in that session). Nobody else can see or use it, and it is
    deleted after STAGING_HOURS whether or not the form was ever sent.
    """

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("người tải lên"), null=True, blank=True, on_delete=models.CASCADE,
        related_name="+",
    )
    visitor = models.CharField(
        _("phiên bạn đọc"), max_length=64, blank=True,
        help_text=_("Khóa ngẫu nhiên trong phiên của bạn đọc chưa đăng nhập; trống nếu người tải lên đã đăng nhập."),
    )
    form_token = models.CharField(_("mã biểu mẫu"), max_length=64, help_text=_("Mã ngẫu nhiên của trang biểu mẫu."))
    purpose = models.CharField(_("dùng cho"), max_length=12, choices=Purpose.choices)
    image = models.FileField(_("tệp ảnh"), upload_to=staged_upload_to, storage=get_staging_storage, max_length=200)
    width = models.PositiveIntegerField(_("chiều rộng"))
    height = models.PositiveIntegerField(_("chiều cao"))
    size = models.PositiveIntegerField(_("dung lượng (byte)"))
    created_at = models.DateTimeField(_("tải lên lúc"), default=timezone.now)

    objects = StagedPhotoQuerySet.as_manager()

    class Meta:
        verbose_name = _("ảnh đang tải lên")
        verbose_name_plural = _("ảnh đang tải lên")
        ordering = ["created_at", "id"]
        indexes = [
            models.Index(fields=["form_token"], name="staged_photo_form_idx"),
            models.Index(fields=["visitor", "created_at"], name="staged_photo_visitor_idx"),
            models.Index(fields=["created_at"], name="staged_photo_created_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=(models.Q(owner__isnull=False) & models.Q(visitor=""))
                | (models.Q(owner__isnull=True) & ~models.Q(visitor="")),
                name="staged_photo_has_one_uploader",
            ),
        ]

    def __str__(self):
        return self.image.name

    def as_upload(self):
        """The stored, already validated and re-encoded bytes, as a file a form or a service can save again."""
        with self.image.open("rb") as handle:
            data = handle.read()
        return ContentFile(data, name=self.image.name.rsplit("/", 1)[-1])
