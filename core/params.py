"""One rule for the numbers and dates a request carries: page numbers, ids, years, day ranges.

Python is generous in ways a query string must not be. ``str.isdigit()`` is true for '²' and '①', which
``int()`` then refuses; ``int()`` itself takes every script's digits ('٣', '५', '５', '𝟗'), underscores,
spaces and a sign, and refuses more than 4,300 digits with a ValueError. Views that mixed the two gave 500s.
Here a number from a request is ASCII digits only, at most ``max_digits`` of them, checked before ``int()``
ever runs; anything else is "no number", and each caller decides what that means (page 1 with a message,
a 404, an admin message).
"""

import datetime
import re

from django.core.paginator import PageNotAnInteger, Paginator

# "[0-9]", not "\d": in Python's re, "\d" matches the decimal digits of every script.
_ASCII_DIGITS = re.compile(r"[0-9]+")

# Nine digits fit the 32-bit integer columns and are more pages than any list has; an id is never longer.
MAX_DIGITS = 9

# The years a person can mean in a newsroom filter or schedule. Python's dates end at 9999, and a bound near
# that overflows as soon as a day is added or a time zone is applied.
MIN_YEAR = 1900
MAX_YEAR = 2100


def parse_int(value, *, default=None, max_digits=MAX_DIGITS, minimum=None, maximum=None):
    """``value`` as a non-negative int if it is 1..``max_digits`` ASCII digits within the bounds, else ``default``.

    An int (not a bool) is accepted as is, so callers can pass through a value that is already a number.
    """
    if isinstance(value, bool):
        return default
    if isinstance(value, int):
        number = value
    elif isinstance(value, str) and len(value) <= max_digits and _ASCII_DIGITS.fullmatch(value):
        number = int(value)
    else:
        return default
    if (minimum is not None and number < minimum) or (maximum is not None and number > maximum):
        return default
    return number


def strict_int(value, *, max_digits=MAX_DIGITS):
    """``parse_int`` for code written around ``int()``: raises ValueError instead of returning None."""
    number = parse_int(value, max_digits=max_digits)
    if number is None:
        raise ValueError(f"not a number of at most {max_digits} ASCII digits")
    return number


def page_number(params, name="page"):
    """The page a request asks for: 1 when it names none, None when what it names is not a page.

    ``params`` is a QueryDict (``request.GET``) or any mapping.
    """
    raw = params.get(name)
    if raw in (None, ""):
        return 1
    return parse_int(raw, minimum=1)


def parse_year(value):
    return parse_int(value, max_digits=4, minimum=MIN_YEAR, maximum=MAX_YEAR)


def parse_iso_date(value):
    """A ``YYYY-MM-DD`` day within MIN_YEAR..MAX_YEAR, or None."""
    if not isinstance(value, str) or len(value) != 10 or not value.isascii():
        return None
    try:
        day = datetime.date.fromisoformat(value)
    except ValueError:
        return None
    return day if MIN_YEAR <= day.year <= MAX_YEAR else None


def parse_iso_date_range(value):
    """``first..last`` as two days (first <= last) within MIN_YEAR..MAX_YEAR, or None."""
    if not isinstance(value, str) or value.count("..") != 1:
        return None
    first, last = (parse_iso_date(part) for part in value.split(".."))
    if first is None or last is None or first > last:
        return None
    return first, last


class StrictPaginator(Paginator):
    """Django's Paginator, reading a page number given as text by the rule above (its own ``int()`` takes any
    script's digits and raises on 4,301 of them)."""

    def validate_number(self, number):
        if isinstance(number, str):
            parsed = parse_int(number)
            if parsed is None:
                raise PageNotAnInteger(self.error_messages["invalid_page"])
            number = parsed
        return super().validate_number(number)
