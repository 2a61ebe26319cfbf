import datetime

from django.db import models
from django.utils.translation import gettext_lazy as _

from core.models import NormalisedTextModel
from core.text import fold, sort_key
from core.urls_by_slug import slug_url

REORGANISATION_DATE = datetime.date(2025, 7, 1)


class ProvinceQuerySet(models.QuerySet):
    def current(self):
        return self.filter(valid_to__isnull=True)

    def former(self):
        return self.filter(valid_to__isnull=False)

    def as_of(self, day):
        """Units that existed on ``day``."""
        return self.filter(
            models.Q(valid_from__isnull=True) | models.Q(valid_from__lte=day),
            models.Q(valid_to__isnull=True) | models.Q(valid_to__gte=day),
        )

    def in_display_order(self):
        """Current units first, then former ones, each alphabetically the Vietnamese way."""
        return self.order_by(models.F("valid_to").asc(nulls_first=True), "sort_name")


class Province(NormalisedTextModel):
    class Kind(models.TextChoices):
        PROVINCE = "tinh", _("tỉnh")
        CITY = "thanh-pho", _("thành phố trực thuộc trung ương")

    code = models.CharField(
        _("mã"), max_length=3,
        help_text=_("Mã đơn vị hành chính. Một số mã được dùng lại sau ngày 1/7/2025 với nghĩa khác."),
    )
    name = models.CharField(_("tên"), max_length=100, help_text=_("Tên ngắn, có dấu, không kèm “Tỉnh”/“Thành phố”."))
    kind = models.CharField(_("loại"), max_length=12, choices=Kind.choices)
    slug = models.SlugField(_("đường dẫn"), max_length=100, unique=True)
    valid_from = models.DateField(_("có hiệu lực từ"), null=True, blank=True)
    valid_to = models.DateField(
        _("hết hiệu lực"), null=True, blank=True,
        help_text=_("Ngày cuối cùng đơn vị tồn tại; để trống nếu vẫn đang tồn tại."),
    )
    successor = models.ForeignKey(
        "self", verbose_name=_("đơn vị kế thừa"), null=True, blank=True,
        on_delete=models.PROTECT, related_name="predecessors",
    )
    sort_name = models.CharField(max_length=200, editable=False, db_index=True)
    name_folded = models.CharField(max_length=100, editable=False, db_index=True)

    objects = ProvinceQuerySet.as_manager()

    class Meta:
        verbose_name = _("tỉnh, thành phố")
        verbose_name_plural = _("tỉnh, thành phố")
        ordering = ["sort_name"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(valid_to__isnull=True) | models.Q(successor__isnull=False),
                name="province_former_unit_has_successor",
            ),
        ]

    def __str__(self):
        if self.valid_to:
            return f"{self.name} (đến {self.valid_to:%d/%m/%Y})"
        return self.name

    def save(self, *args, **kwargs):
        self.sort_name = sort_key(self.name)
        self.name_folded = fold(self.name)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return slug_url("places:detail", self.slug)

    @property
    def is_former(self):
        return self.valid_to is not None

    @property
    def full_name(self):
        prefix = "Thành phố" if self.kind == self.Kind.CITY else "Tỉnh"
        return f"{prefix} {self.name}"

    def current_unit(self):
        """The unit that covers this territory today (itself when it still exists)."""
        unit = self
        seen = set()
        while unit.successor_id and unit.pk not in seen:
            seen.add(unit.pk)
            unit = unit.successor
        return unit


def successor_ids(province_ids):
    """The units that ``province_ids`` became, at every step of a chain of reorganisations (themselves excluded)."""
    found, frontier = set(), set(province_ids)
    while frontier:
        step = set(Province.objects.filter(pk__in=frontier, successor__isnull=False).values_list("successor_id", flat=True))
        frontier = step - found - set(province_ids)
        found |= frontier
    return found


def predecessor_ids(province_ids):
    """The former units merged into ``province_ids``, at every step back (themselves excluded)."""
    found, frontier = set(), set(province_ids)
    while frontier:
        step = set(Province.objects.filter(successor_id__in=frontier).values_list("pk", flat=True))
        frontier = step - found - set(province_ids)
        found |= frontier
    return found
