from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from places.models import predecessor_ids, successor_ids


class DeskQuerySet(models.QuerySet):
    def matching(self, *, province_ids, topic_ids):
        """Desks covering one of these provinces or topics; a desk that includes former units also covers an
        article filed under a unit merged into one of its provinces."""
        province_ids = list(province_ids)
        covers = models.Q(provinces__in=province_ids) | models.Q(topics__in=topic_ids)
        later = successor_ids(province_ids)
        if later:
            covers |= models.Q(include_former_units=True, provinces__in=later)
        return self.filter(covers).distinct()


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
    include_former_units = models.BooleanField(
        _("gồm cả đơn vị cũ"), default=False,
        help_text=_("Bài gắn với tỉnh, thành cũ (trước 1/7/2025) đã sáp nhập vào tỉnh, thành của ban cũng thuộc ban "
                    "này, ví dụ ban phụ trách An Giang nhận cả bài gắn Kiên Giang."),
    )

    objects = DeskQuerySet.as_manager()

    class Meta:
        verbose_name = _("ban kiểm duyệt")
        verbose_name_plural = _("ban kiểm duyệt")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def province_scope(self):
        """The ids of the provinces this desk covers: its own, and their former units if it includes them."""
        own = set(self.provinces.values_list("pk", flat=True))
        return own | predecessor_ids(own) if self.include_former_units else own
