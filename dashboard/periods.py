"""The period a dashboard covers, always reckoned in Vietnam time.

Counting "this month" or "the last 7 days" with UTC boundaries would move an article published
at 00:30 on the 1st (Vietnam time) into the previous month, so every boundary is midnight in
Asia/Ho_Chi_Minh, whatever time zone the request happens to run in.
"""

import datetime
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from django import forms
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from articles.filters import VietnameseDateField

VN_TZ = ZoneInfo("Asia/Ho_Chi_Minh")
MAX_CUSTOM_DAYS = 366 * 10


class PeriodChoice(models.TextChoices):
    DAYS_7 = "7-ngay", _("7 ngày qua")
    DAYS_30 = "30-ngay", _("30 ngày qua")
    QUARTER = "quy", _("Quý này")
    YEAR = "nam", _("Năm nay")
    CUSTOM = "tuy-chon", _("Tùy chọn ngày")


DEFAULT_PERIOD = PeriodChoice.DAYS_30


def vn_midnight(day):
    return datetime.datetime.combine(day, datetime.time.min, tzinfo=VN_TZ)


def vn_today(now):
    return now.astimezone(VN_TZ).date()


def cap(now):
    """The open end of every range: whole seconds, so the same bound survives a round trip through a URL."""
    return now.astimezone(VN_TZ).replace(microsecond=0)


def month_start(day, months_back=0):
    index = day.year * 12 + day.month - 1 - months_back
    return datetime.date(index // 12, index % 12 + 1, 1)


@dataclass(frozen=True)
class Period:
    choice: str
    first_day: datetime.date
    last_day: datetime.date
    now: datetime.datetime

    @property
    def start(self):
        return vn_midnight(self.first_day)

    @property
    def end(self):
        """Exclusive end: the midnight after the last day, but never later than now (scheduled articles are not coverage)."""
        return min(vn_midnight(self.last_day + datetime.timedelta(days=1)), cap(self.now))

    @property
    def label(self):
        return f"{self.first_day:%d/%m/%Y} – {self.last_day:%d/%m/%Y}"

    def query(self):
        """GET parameters that reproduce this period, for CSV links and the split toggle."""
        params = {"period": self.choice}
        if self.choice == PeriodChoice.CUSTOM:
            params.update(date_from=f"{self.first_day:%d/%m/%Y}", date_to=f"{self.last_day:%d/%m/%Y}")
        return params


def period_for(choice, now, first_day=None, last_day=None):
    today = vn_today(now)
    if choice == PeriodChoice.CUSTOM:
        return Period(choice, first_day, last_day, now)
    if choice == PeriodChoice.DAYS_7:
        first = today - datetime.timedelta(days=6)
    elif choice == PeriodChoice.QUARTER:
        first = datetime.date(today.year, (today.month - 1) // 3 * 3 + 1, 1)
    elif choice == PeriodChoice.YEAR:
        first = datetime.date(today.year, 1, 1)
    else:
        choice, first = DEFAULT_PERIOD, today - datetime.timedelta(days=29)
    return Period(str(choice), first, today, now)


class PeriodForm(forms.Form):
    period = forms.ChoiceField(
        label=_("Khoảng thời gian"), choices=PeriodChoice.choices, required=False,
        error_messages={"invalid_choice": _("Khoảng thời gian không hợp lệ. Hãy chọn trong danh sách.")},
    )
    date_from = VietnameseDateField(label=_("Từ ngày"), required=False, widget=forms.TextInput(attrs={
        "placeholder": "dd/mm/yyyy", "inputmode": "numeric", "size": 10}))
    date_to = VietnameseDateField(label=_("Đến ngày"), required=False, widget=forms.TextInput(attrs={
        "placeholder": "dd/mm/yyyy", "inputmode": "numeric", "size": 10}))
    split = forms.BooleanField(label=_("Tách riêng các tỉnh cũ đã hợp nhất"), required=False)

    def clean(self):
        data = super().clean()
        if data.get("period") != PeriodChoice.CUSTOM:
            return data
        first, last = data.get("date_from"), data.get("date_to")
        if "date_from" in self.errors or "date_to" in self.errors:
            return data
        if not first or not last:
            raise forms.ValidationError(_("Khi chọn “Tùy chọn ngày”, hãy nhập cả ngày bắt đầu và ngày kết thúc (dd/mm/yyyy)."))
        if first > last:
            raise forms.ValidationError(_("Ngày bắt đầu phải trước hoặc trùng ngày kết thúc."))
        if (last - first).days > MAX_CUSTOM_DAYS:
            raise forms.ValidationError(_("Khoảng thời gian tối đa là 10 năm."))
        return data


def resolve_period(params, now=None):
    """(period, split, form) from GET parameters. A bad input falls back to the default period; the form carries the message."""
    now = now or timezone.now()
    form = PeriodForm(params or None)
    if params and form.is_valid():
        data = form.cleaned_data
        period = period_for(data.get("period") or DEFAULT_PERIOD, now, data.get("date_from"), data.get("date_to"))
        return period, bool(data.get("split")), form
    if not params:
        form = PeriodForm(initial={"period": DEFAULT_PERIOD})
    split = str(params.get("split", "")).lower() in {"1", "on", "true"} if params else False
    return period_for(DEFAULT_PERIOD, now), split, form
