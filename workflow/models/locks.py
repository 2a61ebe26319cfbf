import datetime

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def lock_ttl():
    return datetime.timedelta(seconds=settings.WORKFLOW_LOCK_TTL_SECONDS)


class EditLock(models.Model):
    """A soft lock saying who has the article's edit page open.

    It lives only while the page sends heartbeats: once they stop for WORKFLOW_LOCK_TTL_SECONDS the lock is
    free again, so a closed laptop never leaves an article stuck.
    """

    article = models.OneToOneField(
        "articles.Article", verbose_name=_("tin bài"), on_delete=models.CASCADE, related_name="edit_lock",
    )
    holder = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("người đang sửa"), on_delete=models.CASCADE, related_name="+",
    )
    since = models.DateTimeField(_("giữ từ"))
    heartbeat_at = models.DateTimeField(_("tín hiệu cuối"))
    token = models.CharField(
        _("mã trang"), max_length=64, blank=True, default="",
        help_text=_("Mã ngẫu nhiên của trang sửa bài đang giữ khóa. Mỗi lần mở hoặc tải lại trang có mã mới, nên "
                    "tín hiệu nhả khóa đến muộn từ trang cũ không gỡ được khóa của trang mới."),
    )
    taken_from = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("tiếp quản từ"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )

    class Meta:
        verbose_name = _("khóa chỉnh sửa")
        verbose_name_plural = _("khóa chỉnh sửa")

    def __str__(self):
        return f"{self.article_id}: {self.holder}"

    @property
    def expires_at(self):
        return self.heartbeat_at + lock_ttl()

    def is_active(self, now=None):
        return self.expires_at > (now or timezone.now())
