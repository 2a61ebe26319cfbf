from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from articles.models import Status


class Action(models.TextChoices):
    SUBMIT = "submit", _("Gửi duyệt")
    RETURN = "return", _("Trả lại để sửa")
    PUBLISH = "publish", _("Duyệt và xuất bản")
    SCHEDULE = "schedule", _("Duyệt và hẹn giờ xuất bản")
    WITHDRAW = "withdraw", _("Gỡ bài")
    REPUBLISH = "republish", _("Đăng lại")
    RESTORE = "restore", _("Khôi phục phiên bản cũ")
    PROPOSE_CHANGE = "propose", _("Đề xuất sửa bài đang đăng")
    APPROVE_CHANGE = "approve_change", _("Duyệt thay đổi bài đang đăng")
    REJECT_CHANGE = "reject_change", _("Trả lại thay đổi bài đang đăng")
    PREVIEW_LINK = "preview_link", _("Tạo liên kết xem trước")
    PREVIEW_REVOKE = "preview_revoke", _("Thu hồi liên kết xem trước")
    FROM_SUBMISSION = "from_submission", _("Tạo từ tin bạn đọc gửi")


class TransitionQuerySet(models.QuerySet):
    def timeline(self):
        return self.select_related("actor", "revision").order_by("created_at", "id")


class Transition(models.Model):
    """One line of the article's permanent record: who moved it, when, from which state to which, and why.

    Rows are only ever added by workflow services; the admin offers no add, change or delete, and an article
    with a record cannot be deleted (PROTECT), so the record outlives any clean-up.
    """

    article = models.ForeignKey(
        "articles.Article", verbose_name=_("tin bài"), on_delete=models.PROTECT, related_name="transitions",
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("người thực hiện"), null=True, on_delete=models.SET_NULL,
        related_name="+",
    )
    actor_name = models.CharField(
        _("tên người thực hiện"), max_length=300, blank=True,
        help_text=_("Lưu lại tên để hồ sơ vẫn đọc được khi tài khoản bị xóa."),
    )
    created_at = models.DateTimeField(_("thời điểm"), auto_now_add=True)
    action = models.CharField(_("thao tác"), max_length=20, choices=Action.choices)
    from_status = models.CharField(_("từ trạng thái"), max_length=12, choices=Status.choices)
    to_status = models.CharField(_("sang trạng thái"), max_length=12, choices=Status.choices)
    comment = models.TextField(_("ghi chú"), blank=True)
    publish_at = models.DateTimeField(_("thời điểm xuất bản"), null=True, blank=True)
    revision = models.ForeignKey(
        "workflow.Revision", verbose_name=_("phiên bản"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="transitions",
    )

    objects = TransitionQuerySet.as_manager()

    class Meta:
        verbose_name = _("nhật ký chuyển trạng thái")
        verbose_name_plural = _("nhật ký chuyển trạng thái")
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["article", "created_at"], name="transition_article_time_idx"),
            # The dashboard pairs each decision with the latest submission of the same article before it,
            # and counts decisions in a period.
            models.Index(fields=["article", "action", "created_at"], name="transition_article_action_idx"),
            models.Index(fields=["action", "created_at"], name="transition_action_time_idx"),
        ]

    def __str__(self):
        return f"{self.get_action_display()}: {self.article_id} ({self.created_at:%d/%m/%Y %H:%M})"
