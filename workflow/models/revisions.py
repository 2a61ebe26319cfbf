from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class RevisionState(models.TextChoices):
    SAVED = "saved", _("Đã lưu vào bài")
    PENDING = "pending", _("Chờ duyệt (bài đang đăng)")
    APPROVED = "approved", _("Đã duyệt, đã áp dụng")
    REJECTED = "rejected", _("Bị trả lại")
    SUPERSEDED = "superseded", _("Đã được thay bằng bản sửa sau")


class RevisionQuerySet(models.QuerySet):
    def pending(self):
        return self.filter(state=RevisionState.PENDING)


class Revision(models.Model):
    """A complete JSON snapshot of an article's content, stored on every save.

    A snapshot holds what a reader sees (title, lead, body, photos with captions, places, topics, officials
    with their titles as printed, documents), so any two can be compared and any one restored, even after
    photos or mentions were deleted. For a live article a save is only a proposal (PENDING) until approved.
    """

    article = models.ForeignKey(
        "articles.Article", verbose_name=_("tin bài"), on_delete=models.CASCADE, related_name="revisions",
    )
    number = models.PositiveIntegerField(_("số phiên bản"))
    state = models.CharField(_("tình trạng"), max_length=12, choices=RevisionState.choices)
    snapshot = models.JSONField(_("nội dung"))
    created_at = models.DateTimeField(_("lưu lúc"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("người lưu"), null=True, on_delete=models.SET_NULL,
        related_name="+",
    )
    created_by_name = models.CharField(_("tên người lưu"), max_length=300, blank=True)
    restored_from = models.ForeignKey(
        "self", verbose_name=_("khôi phục từ"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("người quyết định"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    decided_at = models.DateTimeField(_("quyết định lúc"), null=True, blank=True)
    decision_comment = models.TextField(_("ý kiến khi quyết định"), blank=True)

    objects = RevisionQuerySet.as_manager()

    class Meta:
        verbose_name = _("phiên bản")
        verbose_name_plural = _("phiên bản")
        ordering = ["-number"]
        constraints = [
            models.UniqueConstraint(fields=["article", "number"], name="revision_unique_number_per_article"),
            models.UniqueConstraint(
                fields=["article"], condition=Q(state="pending"), name="revision_one_pending_per_article",
            ),
        ]
        permissions = [
            ("view_own_history", _("Có thể xem lịch sử và phiên bản các bài mình viết hoặc đã sửa")),
        ]

    def __str__(self):
        return _("Phiên bản %(number)s") % {"number": self.number}

    @property
    def title(self):
        return self.snapshot.get("title", "")


class Correction(models.Model):
    """A public note ("Đính chính") shown on a live article after an approved change corrected it.

    Readers see the note with its date; the article's JSON-LD can emit it as schema.org ``correction``
    through ``article.corrections``.
    """

    article = models.ForeignKey(
        "articles.Article", verbose_name=_("tin bài"), on_delete=models.CASCADE, related_name="corrections",
    )
    revision = models.OneToOneField(
        Revision, verbose_name=_("phiên bản"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="correction",
    )
    note = models.TextField(_("nội dung đính chính"), help_text=_("Hiện công khai cuối bài, kèm ngày đính chính."))
    created_at = models.DateTimeField(_("ngày đính chính"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("người duyệt"), null=True, on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("đính chính")
        verbose_name_plural = _("đính chính")
        ordering = ["created_at", "id"]

    def __str__(self):
        return self.note[:80]
