from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class DeskQuerySet(models.QuerySet):
    def matching(self, *, province_ids, topic_ids):
        return self.filter(models.Q(provinces__in=province_ids) | models.Q(topics__in=topic_ids)).distinct()


class Desk(models.Model):
    """A moderators' desk: the provinces and topics its moderators answer for.

    Submissions matching a desk go to its moderators first and notify only them; anything matching no desk
    goes to every moderator.
    """

    name = models.CharField(_("tên ban"), max_length=150, unique=True)
    moderators = models.ManyToManyField(
        settings.AUTH_USER_MODEL, verbose_name=_("kiểm duyệt viên"), related_name="desks", blank=True,
        help_text=_("Người nhận thông báo và thấy hàng chờ của ban này trước."),
    )
    provinces = models.ManyToManyField(
        "places.Province", verbose_name=_("tỉnh, thành phố"), related_name="desks", blank=True,
    )
    topics = models.ManyToManyField("articles.Topic", verbose_name=_("chủ đề"), related_name="desks", blank=True)

    objects = DeskQuerySet.as_manager()

    class Meta:
        verbose_name = _("ban kiểm duyệt")
        verbose_name_plural = _("ban kiểm duyệt")
        ordering = ["name"]

    def __str__(self):
        return self.name
