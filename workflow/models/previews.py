from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class RevokeReason(models.TextChoices):
    PUBLISHED = "published", _("Bài đã xuất bản")
    WITHDRAWN = "withdrawn", _("Bài đã bị gỡ")
    BY_HAND = "by_hand", _("Thu hồi bằng tay")


class PreviewLinkQuerySet(models.QuerySet):
    def usable(self, now=None):
        """Links that still open: not revoked and not expired."""
        return self.filter(revoked_at__isnull=True, expires_at__gt=now or timezone.now())


class PreviewLink(models.Model):
    """A preview link given to someone without an account. The signed token names this row.

    The row, not the article's state at the moment of the visit, decides whether the link opens: once revoked
    (on publication, on withdrawal, or by hand) it stays revoked whatever happens to the article afterwards, and
    it is deleted with its article.
    """

    article = models.ForeignKey(
        "articles.Article", verbose_name=_("tin bài"), on_delete=models.CASCADE, related_name="preview_links",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("người tạo"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("tạo lúc"), auto_now_add=True)
    expires_at = models.DateTimeField(_("hết hạn lúc"), help_text=_("Sau thời điểm này liên kết không mở được nữa."))
    revoked_at = models.DateTimeField(
        _("thu hồi lúc"), null=True, blank=True,
        help_text=_("Khi bài được xuất bản, bị gỡ, hoặc khi biên tập viên thu hồi; liên kết không sống lại."),
    )
    revoked_reason = models.CharField(_("lý do thu hồi"), max_length=20, choices=RevokeReason.choices, blank=True)

    objects = PreviewLinkQuerySet.as_manager()

    class Meta:
        verbose_name = _("liên kết xem trước")
        verbose_name_plural = _("liên kết xem trước")
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["article", "revoked_at"], name="previewlink_article_idx")]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(revoked_at__isnull=True) | ~models.Q(revoked_reason=""),
                name="previewlink_revoked_has_reason",
            ),
        ]

    def __str__(self):
        return f"{self.article_id}: {self.expires_at:%d/%m/%Y %H:%M}"
