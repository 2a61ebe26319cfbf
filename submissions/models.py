import datetime
import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from core.models import NormalisedTextModel
from submissions.storage import get_private_storage, submission_photo_upload_to

MAX_PHOTOS = 5
# No 0/O or 1/I: the sender may read the number over the phone.
REFERENCE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"


def new_reference():
    return "TB-" + "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(8))


class SubmissionStatus(models.TextChoices):
    NEW = "new", _("Chờ xem xét")
    ACCEPTED = "accepted", _("Đã nhận thành bản nháp")
    REJECTED = "rejected", _("Đã từ chối")


class SubmissionQuerySet(models.QuerySet):
    def purgeable(self, *, now):
        cutoff = now - datetime.timedelta(days=settings.SUBMISSION_RETENTION_DAYS)
        return self.filter(status=SubmissionStatus.REJECTED, decided_at__lt=cutoff)


class Submission(NormalisedTextModel):
    """News sent by a reader or correspondent through "Gửi tin bài". Never public: acceptance makes a draft."""

    reference = models.CharField(_("mã tin"), max_length=20, unique=True, default=new_reference, editable=False)
    name = models.CharField(_("người gửi"), max_length=200)
    contact = models.CharField(
        _("liên hệ"), max_length=300, help_text=_("Điện thoại hoặc thư điện tử. Chỉ kiểm duyệt viên được xem."),
    )
    province = models.ForeignKey(
        "places.Province", verbose_name=_("tỉnh, thành phố"), on_delete=models.PROTECT, related_name="submissions",
    )
    title = models.CharField(_("tiêu đề"), max_length=300)
    text = models.TextField(_("nội dung"))
    status = models.CharField(
        _("tình trạng"), max_length=10, choices=SubmissionStatus.choices, default=SubmissionStatus.NEW, editable=False,
    )
    reason = models.TextField(_("lý do từ chối"), blank=True, editable=False)
    created_at = models.DateTimeField(_("gửi lúc"), auto_now_add=True)
    decided_at = models.DateTimeField(_("quyết định lúc"), null=True, blank=True, editable=False)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("người quyết định"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+", editable=False,
    )
    article = models.OneToOneField(
        "articles.Article", verbose_name=_("bản nháp tạo ra"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="submission", editable=False,
    )

    objects = SubmissionQuerySet.as_manager()

    class Meta:
        verbose_name = _("tin bạn đọc gửi")
        verbose_name_plural = _("tin bạn đọc gửi")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["status", "created_at"], name="submission_status_time_idx")]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(status=SubmissionStatus.REJECTED) | ~models.Q(reason=""),
                name="submission_rejected_has_reason",
            ),
        ]

    def __str__(self):
        return f"{self.reference}: {self.title}"


class SubmissionPhoto(NormalisedTextModel):
    submission = models.ForeignKey(Submission, verbose_name=_("tin gửi"), on_delete=models.CASCADE, related_name="photos")
    image = models.FileField(_("tệp ảnh"), upload_to=submission_photo_upload_to, storage=get_private_storage)
    caption = models.CharField(_("chú thích"), max_length=1000)
    width = models.PositiveIntegerField(_("chiều rộng"), null=True, blank=True)
    height = models.PositiveIntegerField(_("chiều cao"), null=True, blank=True)
    position = models.PositiveSmallIntegerField(_("thứ tự"), default=0)

    class Meta:
        verbose_name = _("ảnh gửi kèm")
        verbose_name_plural = _("ảnh gửi kèm")
        ordering = ["position", "id"]

    def __str__(self):
        return self.caption[:80]
