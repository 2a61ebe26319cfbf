"""Periods in Vietnam time: rolling days, the calendar quarter and year to date, custom dd/mm/yyyy dates."""

import datetime
from zoneinfo import ZoneInfo

import pytest

from dashboard.periods import PeriodChoice, PeriodForm, period_for, resolve_period

VN = ZoneInfo("Asia/Ho_Chi_Minh")
# 23:30 UTC on 30 September is already 06:30 on 1 October in Vietnam: a new quarter has begun.
NOW = datetime.datetime(2025, 9, 30, 23, 30, tzinfo=datetime.UTC)


@pytest.mark.parametrize("choice, first", [
    (PeriodChoice.DAYS_7, datetime.date(2025, 9, 25)),
    (PeriodChoice.DAYS_30, datetime.date(2025, 9, 2)),
    (PeriodChoice.QUARTER, datetime.date(2025, 10, 1)),
    (PeriodChoice.YEAR, datetime.date(2025, 1, 1)),
])
def test_periods_end_today_in_vietnam(choice, first):
    period = period_for(choice, NOW)
    assert (period.first_day, period.last_day) == (first, datetime.date(2025, 10, 1))
    assert period.start == datetime.datetime.combine(first, datetime.time.min, tzinfo=VN)
    assert period.end == NOW.replace(microsecond=0)


def test_a_past_custom_period_ends_at_midnight_after_its_last_day():
    period = period_for(PeriodChoice.CUSTOM, NOW, datetime.date(2025, 7, 1), datetime.date(2025, 7, 31))
    assert period.end == datetime.datetime(2025, 8, 1, tzinfo=VN)
    assert period.label == "01/07/2025 – 31/07/2025"
    assert period.query() == {"period": "tuy-chon", "date_from": "01/07/2025", "date_to": "31/07/2025"}


def test_custom_dates_are_day_first():
    period, split, form = resolve_period({"period": "tuy-chon", "date_from": "05/11/2025", "date_to": "06/11/2025",
                                          "split": "on"}, NOW)
    assert form.is_valid()
    assert (period.first_day, period.last_day, split) == (datetime.date(2025, 11, 5), datetime.date(2025, 11, 6), True)


def test_no_parameters_means_thirty_days():
    period, split, form = resolve_period({}, NOW)
    assert (period.choice, split, form.is_bound) == ("30-ngay", False, False)


def test_more_than_ten_years_is_refused():
    form = PeriodForm({"period": "tuy-chon", "date_from": "01/01/2000", "date_to": "01/01/2025"})
    assert not form.is_valid()
    assert "tối đa là 10 năm" in str(form.non_field_errors())
