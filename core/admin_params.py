"""The admin's own query parameters, read by the rule in core.params.

Django's ChangeList reads ``?p=`` with ``int()`` (any script's digits) and builds the date hierarchy's range
by adding a year, a month or a day to what ``?<field>__year=`` says: year 9999 overflows, and that ValueError
is not one it catches, so ``?publish_at__year=9999`` was a 500 (and the archive of an article scheduled for
31/12/9999 with it). Its change and delete pages take an empty ``?_to_field=`` past their own check and then
look up a field named "". Every ModelAdmin of the project uses StrictAdminParamsMixin;
tests/security/test_numeric_params.py checks that none is left out.
"""

from django.contrib import messages
from django.contrib.admin.options import IncorrectLookupParameters
from django.contrib.admin.views.main import PAGE_VAR, ChangeList
from django.utils.translation import gettext as _

from core.params import MAX_YEAR, MIN_YEAR, page_number, parse_int, parse_year

_DATE_PARTS = {
    "year": parse_year,
    "month": lambda value: parse_int(value, max_digits=2, minimum=1, maximum=12),
    "day": lambda value: parse_int(value, max_digits=2, minimum=1, maximum=31),
}


class StrictChangeList(ChangeList):
    def get_filters(self, request):
        if self.date_hierarchy:
            for part, parse in _DATE_PARTS.items():
                values = self.filter_params.get(f"{self.date_hierarchy}__{part}")
                if values and parse(values[-1]) is None:
                    message = _("Mốc thời gian không hợp lệ (năm từ %(min)s đến %(max)s): đang hiển thị toàn bộ "
                                "danh sách.") % {"min": MIN_YEAR, "max": MAX_YEAR}
                    messages.error(request, message)
                    # Django's own answer to a bad lookup: a redirect to the unfiltered list, where the message shows.
                    raise IncorrectLookupParameters(message)
        return super().get_filters(request)

    def get_results(self, request):
        number = page_number(request.GET, PAGE_VAR)
        if number is None:
            messages.warning(request, _("Trang không tồn tại. Đang hiển thị trang đầu."))
        self.page_num = number or 1
        super().get_results(request)


class StrictAdminParamsMixin:
    def get_changelist(self, request, **kwargs):
        return StrictChangeList

    def get_object(self, request, object_id, from_field=None):
        # Django checks ``_to_field`` only when it is truthy, then looks up a field named "" (a 500).
        return super().get_object(request, object_id, from_field or None)
