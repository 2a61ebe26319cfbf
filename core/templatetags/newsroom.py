import re

from django import template
from django.utils import dates, timezone, translation
from django.utils.safestring import mark_safe

from core.html import sanitize_html

register = template.Library()

WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


@register.filter
def vn_day(value):
    """"Thứ Hai, 16/11/2026" in Vietnam time; the weekday in the interface language ("Monday, 16/11/2026").

    The date stays day/month/year in English too (core/formats/en): the content it dates is Vietnamese.
    """
    if not value:
        return ""
    if hasattr(value, "tzinfo") and timezone.is_aware(value):
        value = timezone.localtime(value)
    if (translation.get_language() or "vi").startswith("vi"):
        weekday = WEEKDAYS[value.weekday()]
    else:
        weekday = str(dates.WEEKDAYS[value.weekday()])
    return f"{weekday}, {value:%d/%m/%Y}"


@register.filter
def clean_html(value):
    """Render stored rich text. It was sanitised on save; cleaning again costs little and guards old rows."""
    return mark_safe(sanitize_html(value))  # noqa: S308 - the allow-list sanitiser is the trust boundary


_PLACED_PHOTO = re.compile(r"<figure\b[^>]*\bdata-photo-id=\"(\d+)\"")


@register.filter
def outside_body(photos, body):
    """The photos the body does not show already: one the editor placed between paragraphs is not repeated."""
    placed = {int(number) for number in _PLACED_PHOTO.findall(body or "")}
    if not placed:
        return photos
    return [photo for photo in photos if getattr(photo, "pk", None) not in placed]
