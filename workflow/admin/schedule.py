"""The schedule field: typed as dd/mm/yyyy HH:MM, read in Vietnam time, whatever the browser's language.

A ``datetime-local`` input is drawn by the browser in the browser's own locale: in an English-language Chromium it
shows 12/01/2026 08:00 AM, month first, and a moderator reading it the Vietnamese way schedules the wrong day. A
plain text input with one written format cannot be read two ways.
"""

import datetime
import zoneinfo

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

NEWSROOM_TIMEZONE = zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")
SCHEDULE_FORMAT = "%d/%m/%Y %H:%M"
# The written format first; the ISO forms keep older clients (and the datetime-local value) working.
SCHEDULE_INPUT_FORMATS = [SCHEDULE_FORMAT, "%d/%m/%Y %H.%M", "%d-%m-%Y %H:%M", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"]
SCHEDULE_PLACEHOLDER = "dd/mm/yyyy hh:mm"


class VietnamDateTimeField(forms.DateTimeField):
    """A date and time typed as dd/mm/yyyy HH:MM and meant in Vietnam time, not the server's or the browser's."""

    widget = forms.TextInput

    def __init__(self, **kwargs):
        kwargs.setdefault("input_formats", SCHEDULE_INPUT_FORMATS)
        kwargs.setdefault("error_messages", {"invalid": _(
            "Thời điểm không hợp lệ. Nhập theo dạng ngày/tháng/năm giờ:phút (24 giờ), ví dụ 01/12/2026 08:00."
        )})
        super().__init__(**kwargs)
        self.widget.attrs.update({
            "placeholder": SCHEDULE_PLACEHOLDER, "autocomplete": "off", "spellcheck": "false",
            "size": 18, "maxlength": 25, "class": "wf-datetime",
        })

    def prepare_value(self, value):
        if isinstance(value, datetime.datetime):
            if timezone.is_aware(value):
                value = value.astimezone(NEWSROOM_TIMEZONE)
            return value.strftime(SCHEDULE_FORMAT)
        return value

    def to_python(self, value):
        if isinstance(value, str):
            value = " ".join(value.split())  # "01/12/2026  08:00" typed with two spaces is still clear
        if value in self.empty_values:
            return None
        if isinstance(value, datetime.datetime):
            naive = value
        else:
            naive = None
            for fmt in self.input_formats:
                try:
                    naive = datetime.datetime.strptime(value, fmt)
                    break
                except (ValueError, TypeError):
                    continue
            if naive is None:
                raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        if timezone.is_aware(naive):
            return naive
        return naive.replace(tzinfo=NEWSROOM_TIMEZONE)
