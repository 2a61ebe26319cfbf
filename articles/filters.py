"""Public filters for coverage lists. They narrow the view's own published() queryset, never widen it."""

import datetime

import django_filters
from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from articles.models import Article, Topic
from people.models import Official
from places.models import Province

DATE_INPUT_FORMATS = ["%d/%m/%Y", "%Y-%m-%d"]


class VietnameseDateField(forms.DateField):
    default_error_messages = {"invalid": _("Ngày không hợp lệ. Hãy nhập theo dạng ngày/tháng/năm, ví dụ 16/11/2025.")}

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("input_formats", DATE_INPUT_FORMATS)
        super().__init__(*args, **kwargs)

    def to_python(self, value):
        parsed = super().to_python(value)
        if parsed and not (1900 <= parsed.year <= 2100):
            raise forms.ValidationError(_("Năm phải nằm trong khoảng 1900–2100."), code="invalid")
        return parsed


class VietnameseDateFilter(django_filters.DateFilter):
    field_class = VietnameseDateField


def _start_of_day(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


class ArticleFilter(django_filters.FilterSet):
    province = django_filters.ModelChoiceFilter(
        label=_("Tỉnh, thành phố"), queryset=Province.objects.in_display_order(), to_field_name="slug",
        method="filter_province", empty_label=_("Tất cả địa phương"),
        error_messages={"invalid_choice": _("Không có tỉnh, thành phố này.")},
    )
    topic = django_filters.ModelChoiceFilter(
        label=_("Chủ đề"), queryset=Topic.objects.all(), to_field_name="slug", method="filter_topic",
        empty_label=_("Tất cả chủ đề"), error_messages={"invalid_choice": _("Không có chủ đề này.")},
    )
    official = django_filters.ModelChoiceFilter(
        label=_("Nhân vật"), queryset=Official.objects.all(), to_field_name="slug", field_name="officials",
        error_messages={"invalid_choice": _("Không có nhân vật này.")},
    )
    date_from = VietnameseDateFilter(label=_("Từ ngày"), method="filter_from")
    date_to = VietnameseDateFilter(label=_("Đến ngày"), method="filter_to")
    include_former = django_filters.BooleanFilter(
        label=_("Gồm cả các đơn vị cũ hợp thành"), method="filter_noop", widget=forms.CheckboxInput,
    )

    class Meta:
        model = Article
        fields = []

    def filter_province(self, queryset, name, value):
        include_former = bool(self.form.cleaned_data.get("include_former"))
        return queryset.in_province(value, include_former=include_former)

    def filter_topic(self, queryset, name, value):
        # A parent topic also lists its sub-topics' coverage.
        return queryset.filter(topics__in=[value, *value.children.all()]).distinct()

    def filter_from(self, queryset, name, value):
        return queryset.filter(publish_at__gte=_start_of_day(value))

    def filter_to(self, queryset, name, value):
        return queryset.filter(publish_at__lt=_start_of_day(value + datetime.timedelta(days=1)))

    def filter_noop(self, queryset, name, value):
        return queryset

    def clean_range(self):
        data = self.form.cleaned_data
        start, end = data.get("from"), data.get("to")
        if start and end and start > end:
            self.form.add_error("to", _("“Đến ngày” phải sau “Từ ngày”."))


# "from" and "to" are the public parameter names; "from" cannot be a class attribute in Python.
ArticleFilter.base_filters["from"] = ArticleFilter.base_filters.pop("date_from")
ArticleFilter.base_filters["to"] = ArticleFilter.base_filters.pop("date_to")
