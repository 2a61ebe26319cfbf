"""Public filters for coverage lists. They narrow the view's own published() queryset, never widen it."""

import datetime

import django_filters
from django import forms
from django.core.cache import cache
from django.forms.models import ModelChoiceIterator
from django.forms.utils import flatatt
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from django_filters.fields import ModelChoiceField

from articles.models import Article, Topic
from core.cache import public_cache_version
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


CHOICES_CACHE_SECONDS = 300


class CachedChoices(ModelChoiceIterator):
    """Choices read from the cache: every list page renders these selects, and their rows change rarely. They are
    kept under the public content's version, which saving a topic or a province moves, so an edit shows at once
    (and the rendered form, articles/templatetags/filter_form.py, is kept under the same version). Cleaning a
    submitted value still asks the database."""

    cache_key = None

    @classmethod
    def versioned_key(cls):
        return f"{cls.cache_key}:{public_cache_version()}"

    def rows(self):
        return cache.get_or_set(self.versioned_key(), lambda: [self.row(obj) for obj in self.queryset],
                                CHOICES_CACHE_SECONDS)

    def row(self, obj):
        return (self.field.prepare_value(obj), self.field.label_from_instance(obj))

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        yield from self.rows()

    def __len__(self):
        return len(self.rows()) + (self.field.empty_label is not None)

    def __bool__(self):
        return True


class GroupedProvinceChoices(CachedChoices):
    """The 34 current units first, then the former ones in their own group."""

    cache_key = "filters:province-choices:v1"

    def row(self, obj):
        return (*super().row(obj), obj.valid_to is not None)

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        rows = self.rows()
        yield (_("Đơn vị hành chính hiện nay"), [(value, label) for value, label, former in rows if not former])
        former = [(value, label) for value, label, is_former in rows if is_former]
        if former:
            yield (_("Đơn vị trước ngày 1/7/2025"), former)


class TopicChoices(CachedChoices):
    cache_key = "filters:topic-choices:v1"


class FastSelect(forms.Select):
    """A ``<select>`` written out in Python. Every list page shows the 87 provinces and the topics; Django's
    template-per-option rendering of them cost more than the page's queries."""

    def render(self, name, value, attrs=None, renderer=None):
        final = self.build_attrs(self.attrs, attrs)
        final.pop("name", None)
        chosen = [str(v) for v in self.format_value(value)][:1]

        def option(option_value, label):
            selected = str(option_value if option_value is not None else "") in chosen
            if selected:
                chosen.clear()  # one selection only, as Select does
            return format_html('<option value="{}"{}>{}</option>', "" if option_value is None else option_value,
                               mark_safe(" selected") if selected else "", label)

        parts = [format_html('<select name="{}"{}>', name, flatatt(final))]
        for option_value, label in self.choices:
            if isinstance(label, (list, tuple)):
                parts.append(format_html('<optgroup label="{}">', option_value))
                parts.extend(option(v, text) for v, text in label)
                parts.append("</optgroup>")
            else:
                parts.append(option(option_value, label))
        parts.append("</select>")
        return mark_safe("\n".join(parts))


class GroupedProvinceField(ModelChoiceField):
    iterator = GroupedProvinceChoices
    widget = FastSelect


class TopicField(ModelChoiceField):
    iterator = TopicChoices
    widget = FastSelect


class GroupedProvinceFilter(django_filters.ModelChoiceFilter):
    field_class = GroupedProvinceField


class TopicFilter(django_filters.ModelChoiceFilter):
    field_class = TopicField


class ArticleFilterForm(forms.Form):
    """The coverage filters' form: a date range that ends before it starts is refused with the other mistakes."""

    def clean(self):
        cleaned_data = super().clean()
        start, end = cleaned_data.get("from"), cleaned_data.get("to")
        if start and end and start > end:
            self.add_error("to", _("“Đến ngày” phải sau “Từ ngày”."))
        return cleaned_data


def _start_of_day(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


class ArticleFilter(django_filters.FilterSet):
    province = GroupedProvinceFilter(
        label=_("Tỉnh, thành phố"), queryset=Province.objects.in_display_order(), to_field_name="slug",
        method="filter_province", empty_label=_("Tất cả địa phương"),
        error_messages={"invalid_choice": _("Không có tỉnh, thành phố này.")},
    )
    topic = TopicFilter(
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
        form = ArticleFilterForm

    def filter_province(self, queryset, name, value):
        return queryset.in_province(value, include_former=bool(self.form.cleaned_data.get("include_former")))

    def filter_topic(self, queryset, name, value):
        return queryset.in_topic_tree(value)

    def filter_from(self, queryset, name, value):
        return queryset.filter(publish_at__gte=_start_of_day(value))

    def filter_to(self, queryset, name, value):
        return queryset.filter(publish_at__lt=_start_of_day(value + datetime.timedelta(days=1)))

    def filter_noop(self, queryset, name, value):
        return queryset


# "from" and "to" are the public parameter names; "from" cannot be a class attribute in Python.
ArticleFilter.base_filters["from"] = ArticleFilter.base_filters.pop("date_from")
ArticleFilter.base_filters["to"] = ArticleFilter.base_filters.pop("date_to")
