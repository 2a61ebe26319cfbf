"""The date of the event a report covers: "Ngày 16/11, …", "Sáng 16/11/2023, …", "Chiều nay (16/11), …".

Reports usually omit the year. It then comes from the ``year`` given by the person importing, or from
the file's own date; an event dated after the file was written belongs to the year before (a report
written on 3 January about "ngày 28/12").
"""

import datetime
import re

_DATE = re.compile(
    r"(?<![\w/])(?:(?:ngày|sáng|chiều|tối|trưa|đêm|hôm|ngay|sang|chieu|trua)(?:\s+(?:nay|qua|mai|ngày|ngay))?\s*\(?\s*)"
    r"(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?(?![\d/])"
    r"|(?<!\w)ng[àa]y\s+(\d{1,2})\s+th[áa]ng\s+(\d{1,2})(?:\s+n[ăa]m\s+(\d{4}))?",
    re.IGNORECASE,
)


def find_event_date(paragraphs, *, year=None, reference=None):
    """The first event date in the opening paragraphs, or ``None``.

    ``paragraphs``: the lead first. ``year`` wins over ``reference`` (a date, usually the file's).
    """
    for text in paragraphs[:3]:
        for match in _DATE.finditer(text):
            day, month, written_year = (match.group(1), match.group(2), match.group(3)) if match.group(1) else (
                match.group(4), match.group(5), match.group(6)
            )
            day, month = int(day), int(month)
            if written_year:
                candidates = [int(written_year)]
            elif year:
                candidates = [int(year)]
            elif reference:
                candidates = [reference.year, reference.year - 1]
            else:
                return None
            for candidate in candidates:
                try:
                    found = datetime.date(candidate, month, day)
                except ValueError:
                    break
                if written_year or year or not reference or found <= reference + datetime.timedelta(days=1):
                    return found
    return None
