from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.images import random_upload_name
from core.models import NormalisedTextModel, TimeStampedModel, unique_slug
from core.text import fold, sort_key, tone_fold
from core.urls_by_slug import slug_url
from people.display import position_display


def portrait_upload_to(instance, filename):
    return random_upload_name("chan-dung", filename)


class Organisation(NormalisedTextModel):
    name = models.CharField(_("tên"), max_length=255, help_text=_("Ví dụ: Ban Tuyên giáo Trung ương, Tỉnh ủy Kiên Giang."))
    slug = models.SlugField(_("đường dẫn"), max_length=255, unique=True, blank=True)
    province = models.ForeignKey(
        "places.Province", verbose_name=_("tỉnh, thành phố"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="organisations",
    )
    parent = models.ForeignKey(
        "self", verbose_name=_("cơ quan cấp trên"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="children",
    )
    sort_name = models.CharField(max_length=400, editable=False, db_index=True)

    class Meta:
        verbose_name = _("cơ quan, tổ chức")
        verbose_name_plural = _("cơ quan, tổ chức")
        ordering = ["sort_name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.slug = self.slug or unique_slug(Organisation, self.name, exclude_pk=self.pk)
        self.sort_name = sort_key(self.name)
        super().save(*args, **kwargs)


class OfficialQuerySet(models.QuerySet):
    def matching_name(self, name):
        """Officials whose name equals ``name`` ignoring case and diacritics."""
        return self.filter(name_folded=fold(name))

    def search(self, query):
        folded = fold(query)
        if not folded:
            return self.none()
        return self.filter(name_folded__contains=folded)

    def with_current_positions(self):
        return self.prefetch_related(
            models.Prefetch(
                "positions",
                queryset=Position.objects.current().select_related("organisation"),
                to_attr="current_positions",
            )
        )


class Official(TimeStampedModel):
    full_name = models.CharField(_("họ và tên"), max_length=200)
    slug = models.SlugField(_("đường dẫn"), max_length=220, unique=True, blank=True)
    portrait = models.ImageField(_("ảnh chân dung"), upload_to=portrait_upload_to, blank=True)
    biography = models.TextField(_("tiểu sử tóm tắt"), blank=True)
    needs_verification = models.BooleanField(
        _("cần xác minh"), default=False,
        help_text=_("Được tạo tự động khi nhập bài; biên tập viên cần kiểm tra họ tên và chức vụ."),
    )
    name_folded = models.CharField(max_length=200, editable=False, db_index=True)
    name_tone_folded = models.CharField(max_length=200, editable=False)
    sort_name = models.CharField(max_length=400, editable=False, db_index=True)

    objects = OfficialQuerySet.as_manager()

    class Meta:
        verbose_name = _("nhân vật")
        verbose_name_plural = _("nhân vật")
        ordering = ["sort_name"]

    def __str__(self):
        return self.full_name

    def save(self, *args, **kwargs):
        self.full_name = " ".join(self.full_name.split())
        self.slug = self.slug or unique_slug(Official, self.full_name, exclude_pk=self.pk)
        self.name_folded = fold(self.full_name)
        self.name_tone_folded = tone_fold(self.full_name)
        self.sort_name = sort_key(vietnamese_sort_name(self.full_name))
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return slug_url("people:official", self.slug)

    @property
    def current_title(self):
        positions = getattr(self, "current_positions", None)
        if positions is None:
            positions = list(self.positions.current().select_related("organisation"))
        return ", ".join(position.display for position in positions)


class PositionQuerySet(models.QuerySet):
    def current(self, day=None):
        day = day or timezone.localdate()
        return self.filter(Q(end_date__isnull=True) | Q(end_date__gte=day)).filter(
            Q(start_date__isnull=True) | Q(start_date__lte=day)
        )


class Position(NormalisedTextModel):
    official = models.ForeignKey(Official, verbose_name=_("nhân vật"), on_delete=models.CASCADE, related_name="positions")
    title = models.CharField(_("chức vụ"), max_length=255, help_text=_("Ví dụ: Phó Trưởng ban Thường trực."))
    organisation = models.ForeignKey(
        Organisation, verbose_name=_("cơ quan"), null=True, blank=True, on_delete=models.SET_NULL, related_name="positions",
    )
    start_date = models.DateField(_("từ ngày"), null=True, blank=True)
    end_date = models.DateField(_("đến ngày"), null=True, blank=True, help_text=_("Để trống nếu đang đảm nhiệm."))

    objects = PositionQuerySet.as_manager()

    class Meta:
        verbose_name = _("chức vụ")
        verbose_name_plural = _("chức vụ")
        # Current positions (no end date) first, then the most recent.
        ordering = [models.F("end_date").desc(nulls_first=True), models.F("start_date").desc(nulls_last=True), "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(end_date__isnull=True) | Q(start_date__isnull=True) | Q(end_date__gte=models.F("start_date")),
                name="position_ends_after_it_starts",
            ),
        ]

    def __str__(self):
        return self.display

    @property
    def display(self):
        return position_display(self.title, self.organisation.name if self.organisation_id else "")

    @property
    def is_current(self):
        return self.end_date is None or self.end_date >= timezone.localdate()


def vietnamese_sort_name(full_name):
    """Vietnamese names sort by given name (the last word), then by the full name."""
    parts = full_name.split()
    return f"{parts[-1]} {full_name}" if parts else ""
