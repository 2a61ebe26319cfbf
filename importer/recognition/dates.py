"""The date of the event a report covers: "Ngày 16/11, …", "Sáng 16/11/2023, …", "Chiều nay (16/11), …".

Reports usually omit the year. It then comes, in this order, from the date itself ("16/11/2023",
"ngày 16 tháng 11 năm 2023", "16/11 năm 2023"), from the ``year`` given by the person importing, from
the file's own date when that date is evidence (an event dated after the file was written belongs to the
year before: a report written on 3 January about "ngày 28/12"), or from a year the date's paragraph states
as a point in time ("nhân dịp Xuân Bính Ngọ 2026", "đợt tuyên truyền năm 2020"). A file saved in the last
few days says nothing about its report (an archive page downloaded today), so without any of these the day
and month are kept and the year is left unknown for the editor: an archive report is never silently re-dated.

A page's own date stamp printed before the lead or in the byline ("26/07/2022 - 10:01", "Hà Oai 15:29
26/01/2026") counts as the file's date would, and dates a lead that only says "sáng nay" or "hôm qua". A date
whose clause says who gave the news that day ("Ngày 26/1, Đồn Biên phòng A thông tin: …") yields to the event's
own days printed after it ("Hai ngày 24 và 25/1, …").
"""

import datetime
import re
from dataclasses import dataclass

# "Diễn ra từ 15 đến 17/7, Đại hội …": a span of days opens with "từ" alone, its first day the event's; only with
# "đến"/"tới" between two days and a month after, so that a count ("từ 15 - 20/100") is no date.
# "họp từ 24 - 25/10/2019": a dash between the days is a span too when a month and a full year follow.
# "diễn ra từ 29/9 đến ngày 1/10": a span of two full days opens on its first, whose month is printed with it.
_DAY_WORDS = (r"(?:ngày|sáng|chiều|tối|trưa|đêm|hôm|ngay|sang|chieu|toi|trua"
              r"|từ(?=\s+\d{1,2}\s+(?:đến|tới)\s+\d{1,2}\s*[/.-]\s*\d)"
              r"|từ(?=\s+\d{1,2}\s*[/.-]\s*\d{1,2}\s+(?:đến|tới)\s+(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d)"
              r"|từ(?=\s+\d{1,2}\s*[-–]\s*\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}(?!\d)))")
# "ngày 4 và 5/2", "từ ngày 14 đến 17-9", "các ngày 20-23/9/2022", "2 ngày (14 -15/3)": a range starts on its
# first day, the day the event opened.
# "Tối 12 và sáng 13/3": the second day may bring its own part of the day.
# "trong các ngày 13, 14 và 15-8": an enumeration of days lists them with commas and joins the last with "và".
_RANGE = (r"(?:(?:\s*,\s*\d{1,2}){0,5}"
          r"\s*(?:và|va|đến|den|tới|toi|-|–)\s*(?:(?:ngày|sáng|chiều|tối|trưa|đêm|sang|chieu)\s+)?\d{1,2}"
          r"(?=\s*[/.-]\s*\d))?")
# "Trải qua 2 ngày làm việc (17-19/9/2025), Đại hội …": the counted working days, their span in brackets after them.
_WORKING = r"(?:\s+làm\s+việc(?=\s*\(\s*\d))?"
# "Hôm nay, 23/10, …": the day named by "today" or "yesterday" may follow it after a comma, as "Sáng nay, ngày 7/3,
# …" prints it after "ngày" (which the date is read from on its own).
_NAMED_DAY = r"(?:\s+(?:nay|qua|mai)(?:\s*,(?=\s*\d{1,2}\s*[/.-]\s*\d))?|\s+(?:ngày|ngay))?"
_DATE = re.compile(
    rf"(?<![\w/]){_DAY_WORDS}{_NAMED_DAY}(?:\s+(?:từ|tu))?{_WORKING}\s*\(?\s*"
    rf"(\d{{1,2}}){_RANGE}\s*[/.-]\s*(\d{{1,2}})(?:\s*[/.-]\s*(\d{{4}})|\s+n[ăa]m\s+(\d{{4}}))?(?![\d/])"
    r"|(?<!\w)ng[àa]y\s+(\d{1,2})\s+th[áa]ng\s+(\d{1,2})(?:\s+n[ăa]m\s+(\d{4}))?",
    re.IGNORECASE,
)
# Years the paragraph of the date states as a point in time: "năm 2020", "Xuân Bính Ngọ 2026", a full date
# "19/5/2024". Not a term or a span ("nhiệm kỳ 2020-2025", "giai đoạn 2021 – 2025"), a target ("đến năm
# 2030") or a comparison ("so với năm 2019"): those do not date the event.
_STEMS = "Giáp|Ất|Bính|Đinh|Mậu|Kỷ|Canh|Tân|Nhâm|Quý"
_BRANCHES = "Tý|Sửu|Dần|Mão|Mẹo|Thìn|Tỵ|Tị|Ngọ|Mùi|Thân|Dậu|Tuất|Hợi"
_TEXT_YEAR = re.compile(
    r"(?<![\w/-])(?:(?P<lead>[\wÀ-ỹ]+\s+)?n[ăa]m\s+(?P<year>\d{4})"
    rf"|(?:{_STEMS})\s+(?:{_BRANCHES})\s+(?P<lunar>\d{{4}})"
    r"|\d{1,2}\s*/\s*\d{1,2}\s*/\s*(?P<full>\d{4}))"
    r"(?!\s*[-–—/]\s*\d)(?![\d/])",
)
_QUOTED = re.compile(r"[“\"«][^“”\"«»]{1,300}[”\"»]")
# "Hiến pháp năm 1992": the year in a constitution's name.
_NOT_A_POINT = {"đến", "tới", "từ", "trước", "sau", "với", "kỳ", "đoạn", "tầm", "khóa", "khoá", "những", "các",
                "pháp"}
# "nhiệm vụ năm 2026", "kế hoạch năm 2026", "phương hướng năm …", "chỉ tiêu năm …": a plan for the year to come.
# A meeting late in a year reviews that year and plans the next ("Sáng 26/12, … tổng kết năm 2025, triển khai nhiệm
# vụ năm 2026"); in January the plan's year is the meeting's own.
_PLAN = {"vụ", "hoạch", "hướng", "tiêu"}
PLANNING_MONTHS = range(10, 13)
# "… năm 2020 và triển khai công tác năm 2021": what a meeting sets going is the next year's work.
_SETS_GOING = re.compile(r"\btriển khai(?:\s+[^\s\d]+){0,3}\s+n[ăa]m\s+$", re.IGNORECASE)
# "công nhận xã A đạt chuẩn nông thôn mới năm 2022": the year a standard was met for, recognised in it or after it.
_STANDARD_MET = re.compile(r"\bđạt chuẩn(?:\s+[^\s\d]+){0,5}\s+n[ăa]m\s+$", re.IGNORECASE)
# "nghị quyết về nhiệm vụ phát triển kinh tế - xã hội năm 2019", "chương trình hoạt động năm 2019", "phương án phân
# bổ ngân sách cấp tỉnh năm 2019": a plan, a programme, a budget for a year, its words between.
# "bàn phương hướng, mục tiêu trọng tâm của năm 2026": the plan's nouns are listed with commas between them.
_PLAN_AHEAD = re.compile(r"\b(?:nhiệm vụ|kế hoạch|phương hướng|chỉ tiêu|dự toán|phương án|chương trình)"
                         r"(?:,?\s+[^\s\d]+){0,8}\s+n[ăa]m\s+$", re.IGNORECASE)
STATED_LOOKBACK = 60
# "trao Giải Búa liềm vàng lần thứ X - năm 2025", "tác phẩm xuất sắc năm 2020 đã nhận giải": the year a named prize or
# the works it rewards are of, which the prize is handed out in or early in the year after (a year's press prizes are
# given in the spring after it); either may be the ceremony's, so the year dates nothing. A prize named in lower case
# ("trao giải cuộc thi … năm 2024") is the event of that year.
# "Giải" capitalised inside a sentence, or before a capitalised name, names a prize; "Giải pháp …" opening one does not.
_PRIZE_FOR = re.compile(r"(?:(?P<inside>[\w(]\s*)?\bGiải\s+(?P<initial>\w)|\b[Tt]ác phẩm\b)"
                        r"(?=[^.;!?\n]{0,80}?\bn[ăa]m\s+$)")
PRIZE_LOOKBACK = 100
# A full date printed right after a document's number is the day it was signed: "Thông báo số 81-TB/TW ngày
# 18/7/2025", "Quyết định số 147, ngày 28/3/2022".
# A code may be printed with a stray space after its dash ("01-KHPH/HNDT- NHPTNT ngày 14/6/2019").
# Or with spaces either side of it ("Công văn số 453/HĐND - VP ngày 25/6/2025"), as some pages print the codes.
_DOCUMENT_BEFORE = re.compile(r"(?:\d[-/][\w/.-]*(?:\s?[-/–]\s?[\w/.-]+)?\w|\bsố\s+\d+)\s*,?\s*$", re.IGNORECASE)
DOCUMENT_LOOKBACK = 40
# A date printed with its year whose clause tells of a founding ("Ngày 14-6-1975, … thành lập Đồn …", "… ra
# đời") is history in the report of an anniversary; "kỷ niệm 50 năm thành lập" is the anniversary itself.
# "kỷ niệm 95 năm Ngày thành lập Đảng" names the anniversary too: the day of founding, celebrated.
_FOUNDING = re.compile(r"[^.;!?\n]{0,200}?(?<!năm )(?<!niệm )(?<!ngày )\b(?:thành lập|ra đời|tiền thân)\b",
                       re.IGNORECASE)

# A page's date and time printed before its lead: "26/07/2022 - 10:01:00", "(26/7/2022 10:01)". The time makes it a
# stamp, not the event's date in a sentence.
_STAMP = re.compile(r"^\(?\s*(\d{1,2})/(\d{1,2})/(\d{4})\s*[-–|,]?\s*\d{1,2}:\d{2}(?::\d{2})?\)?\s*")
# A stamp, time before or after the date, on a line of its own with at most an author's name.
# A page may print its year in two digits, dashes between ("Thứ sáu, 15-8-25 18:10:22"): the time says it is a stamp.
# Pages that serve readers abroad add the time zone after it ("15:09 | 01/10/2020 GMT+7"): still a stamp.
# "Ngày xuất bản: 21/04/2023 12:00:00 SA": the time may carry its half of the day (SA/CH, AM/PM).
# "Monday, 20-11-2023 / 8:50:08 AM": a four-digit year takes dashes as well, and a slash may part the date from the time.
_STAMP_IN_LINE = re.compile(r"(?:\b(\d{1,2})[/-](\d{1,2})[/-](\d{4})\s*[-–|,/]?\s*\d{1,2}:\d{2}(?::\d{2})?"
                            r"(?:\s*(?:SA|CH|AM|PM))?"
                            r"|\b(\d{1,2})-(\d{1,2})-(\d{2})\s+\d{1,2}:\d{2}:\d{2}"
                            r"|\b\d{1,2}:\d{2}(?::\d{2})?\s*[-–|,]?\s*(\d{1,2})/(\d{1,2})/(\d{4}))"
                            r"(?:\s*\(?(?:GMT|UTC)\s*[+-]\s*\d{1,2}(?::?\d{2})?\)?)?\s*$")
STAMP_LINE_CHARS = 80
# "07/12/2022" alone on its line under the headline: a page's date, whatever the outlet; a sentence never is one.
# So is a posting line that adds only the page's own words to it: a weekday, "Ngày", "Ngày đăng:", "Cập nhật ngày:"
# ("Ngày 19-02-2021", "Thứ Bảy, 24/04/2021", "Đăng ngày 13/10/2023"), or a view count after it. A sentence that opens
# with its day ("Ngày 19/2, …") goes on after the date; a posting line has nothing there.
_WEEKDAY = (r"(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật"
            r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday)")
_POSTED = r"(?:(?:ngày\s+)?(?:đăng|cập\s+nhật|xuất\s+bản)(?:\s+bài)?(?:\s+ngày)?|ngày)"
_BARE_DATE_LINE = re.compile(
    rf"^\s*\(?\s*(?:{_POSTED}\s*:?\s*)?(?:{_WEEKDAY}\s*[,-]?\s*)?(?:ngày\s+)?"
    r"(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})\s*\)?"
    r"(?:\s*\|?\s*(?:số\s+)?lượt\s+xem\s*:?\s*\d[\d.]*)?\s*$",
    re.IGNORECASE,
)
# "Hôm nay, Kỳ họp thứ Chín … chính thức khai mạc": a speech or a report opening with "today", no day printed.
_OPENS_TODAY = re.compile(r"^\W{0,3}hôm\s+nay\s*,", re.IGNORECASE)
# The formula a page or a document dates itself with, on a line of its own: "Hải Phòng, ngày 27 tháng 02 năm 2020",
# "Thứ Hai, ngày 3/2/2025". A place or a weekday, a comma, the full date and nothing after it: when the text was
# written, not the event's day (which may be months earlier: "Sáng 24/7, …" under it).
# A page may add its time of posting after it ("Thứ Sáu, ngày 23 tháng 08 năm 2019, 09:25:27"): a time after the date
# makes a line a stamp, as it does for "Thứ ba, 23/9/2025 16:14" (``_STAMP_IN_LINE``), the date written out or not.
_DATELINE = re.compile(r"^[^\W\d][^\W\d_]*(?:\s+[^\W\d][^\W\d_]*){0,3}\s*,\s*ngày\s+(\d{1,2})\s*"
                       r"(?:tháng\s+|[/.-]\s*)(\d{1,2})\s*(?:năm\s+|[/.-]\s*)(\d{4})"
                       r"(?:\s*[,|–-]?\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*\.?$", re.IGNORECASE)
# "…, Đồn Biên phòng A thông tin:", "…, ông B cho biết,": the clause after a date says who gave the news that day.
_REPORTED = re.compile(r"^[^.;:!?]{0,160}?\b(?:thông tin|cho biết|thông báo)\s*(?:rằng\s*)?[:,]", re.IGNORECASE)
# The report is an interview: a paragraph opens with the reporter's question ("PV:", "* PV Thanh Niên: Thưa ông",
# "Phóng viên: …") or a sentence says the outlet had one ("Phóng viên VOV đã có cuộc phỏng vấn với ông …").
_INTERVIEW = re.compile(r"^\W{0,3}(?:PV|Phóng viên)(?:\s+[^\s:]+){0,3}\s*:|\bcuộc phỏng vấn\b")
# "sẽ diễn ra": the word that puts an event after the day its news was given.
_TO_COME = re.compile(r"(?<!\w)sẽ(?!\w)", re.IGNORECASE)
# "Ngày mai 12-12, kỳ họp làm việc tiếp …", "Sáng mai (30/1), …": a day named as tomorrow is still to come, as after
# "sẽ"; a live report or a story's last line tells what comes next.
_TOMORROW = re.compile(r"(?:ngày|sáng|chiều|tối|trưa|đêm|hôm)\s+mai\b", re.IGNORECASE)
# "dự kiến diễn ra ngày 4/10", "dự kiến khai mạc ngày 20-5": a day expected, not yet the event's.
_TENTATIVE = re.compile(r"(?<!\w)dự\s+kiến(?!\w)", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.;!?\n](?=\s)")
_RELATIVE_DAY = re.compile(r"\b(?:sáng|chiều|tối|trưa|đêm|hôm)\s+(nay|qua)\b", re.IGNORECASE)

OPENING_PARAGRAPHS = 3  # where the event's date is printed, anywhere in the paragraph
LATER_PARAGRAPHS = 2  # after them, a date that opens its paragraph still dates the event
SHORT_LINE_CHARS = 40  # shorter and without a digit: a name or a label, not a sentence that could date the event
EVENT_RUNS_TRIED = 20  # dates after "họp từ", "diễn ra trong" read per paragraph (see ``read_event_date``)
# A file modified this recently was saved (downloaded, copied) for the import, not written with its report.
RECENT_FILE_DAYS = 7


@dataclass(frozen=True)
class EventDate:
    day: int
    month: int
    year: int | None  # None: the text gives no year and nothing else is evidence of one
    printed: str  # as the text writes it: "Sáng 12-9"

    @property
    def date(self):
        return datetime.date(self.year, self.month, self.day) if self.year else None

    def describe(self):
        """The editor's note for a date whose year is unknown."""
        return (f"Ngày diễn ra in là “{self.printed}”: {self.day:02d}/{self.month:02d} (chưa rõ năm). Bài không "
                "ghi năm nên chưa gán ngày sự kiện; tỉnh, thành được gắn theo tên in trong bài.")


# A one-cell box ("| Ngày 27/4, Trung tâm A mở hội nghị … |"): two or more in a row at a page's start are the
# teasers of other stories, as are lines that open with ">>" or "»".
_BOX = re.compile(r"^[ \t]*\|[^|\n]*\|[ \t]*$", re.MULTILINE)
_LINK_LINE = re.compile(r"^\s*(?:>>|»)")


def linked_stories(text):
    """(start, end) of each run of two or more one-cell boxes, with only blank lines between them: a list of
    other stories' teasers, whose dates and places are theirs."""
    runs, current = [], []
    for match in _BOX.finditer(text):
        if current and text[current[-1][1]:match.start()].strip():
            runs.append(current)
            current = []
        current.append((match.start(), match.end()))
    runs.append(current)
    return [span for run in runs if len(run) >= 2 for span in run]


def _teasers(paragraphs):
    """The indices of ``paragraphs`` that link to other stories (see ``linked_stories``)."""
    boxed = [i for i, text in enumerate(paragraphs) if _BOX.match(text.strip())]
    return {i for i, text in enumerate(paragraphs) if _LINK_LINE.match(text)} | (set(boxed) if len(boxed) >= 2 else set())


def file_date_is_evidence(modified, *, today=None):
    """Whether a file's modification day can give a report its year (it is not a fresh copy)."""
    if modified is None:
        return False
    today = today or datetime.date.today()
    return modified < today - datetime.timedelta(days=RECENT_FILE_DAYS)


def read_event_date(paragraphs, *, year=None, reference=None):
    """The first event date in the opening paragraphs, as an ``EventDate`` (year possibly unknown), or ``None``.

    ``paragraphs``: the lead first. A year printed with the date wins, then ``year``, then ``reference``
    (a date that is evidence, usually the file's), then a year the date's paragraph states ("Xuân Bính Ngọ
    2026", "đợt tuyên truyền năm 2020"; not "nhiệm kỳ 2020-2025"). Without any, the year stays unknown.
    """
    teasers = _teasers(paragraphs)
    paragraphs = [text for i, text in enumerate(paragraphs) if i not in teasers]
    stamp = next(filter(None, (_publication_stamp(text, line=True) for text in paragraphs[:3])), None)
    # A byline with its stamp ("Hà Oai - Phan Vĩnh 15:29 26/01/2026") takes no place among the paragraphs.
    opening = _opening([text for text in paragraphs if not _publication_stamp(text, line=True)],
                       count=OPENING_PARAGRAPHS + LATER_PARAGRAPHS)
    stamp = stamp or (_publication_stamp(opening[0]) if opening else None)
    if stamp and not (year or reference):
        # "26/07/2022 - 10:01 Sáng 25/7, …": the page's own date and time, printed before the lead, says when the
        # report was written, as a file's date would.
        reference = stamp
    # "Từ ngày 03 - 14/6, đại biểu … sẽ đi tiếp xúc cử tri" over "từ ngày 03/6/2024 đến ngày 14/6/2024": a day the
    # opening prints in full elsewhere has that year, though it comes after the page's date (a plan announced).
    # The page's date still decides between its year and the year before when the opening prints neither.
    printed_years = {}
    for text in opening:
        for match in _DATE.finditer(text):
            if _not_the_event(match, text):
                continue  # a document's date, a founding's: another day, whatever its day and month
            if match.group(1) and (match.group(3) or match.group(4)):
                printed_years.setdefault((int(match.group(1)), int(match.group(2))), match.group(3) or match.group(4))
            elif match.group(1) and (span_end := _SPAN_END_YEAR.match(text, match.end())):
                printed_years.setdefault((int(match.group(1)), int(match.group(2))), span_end.group(1))
            elif match.group(7):
                printed_years.setdefault((int(match.group(5)), int(match.group(6))), match.group(7))
    # An interview's opening gives its news peg ("Ngày 18/7, Tổng Bí thư đề nghị …", "Kỳ họp HĐND, ngày 23.6, đã thông
    # báo …") and then the talk, which outlets do not date; only a date in the paragraph announcing the talk is its day.
    interview = any(_INTERVIEW.search(text) for text in opening)
    reported = announced = None
    for number, text in enumerate(opening):
        if interview and not _INTERVIEW.search(text):
            continue
        stated_years = {}  # the paragraph's stated year, read once: a paragraph may print thousands of dates
        lunar = _LUNAR_DAY.search(text) if number < OPENING_PARAGRAPHS else None
        first = _DATE.search(text)
        lunar_day = _lunar_day(lunar) if lunar and (first is None or lunar.start() < first.start()) else None
        if lunar_day:
            return lunar_day
        for match in _DATE.finditer(text):
            if _not_the_event(match, text, lead=number < OPENING_PARAGRAPHS):
                continue
            found = _resolve(match, text, number, year, reference, stated_years=stated_years,
                             printed_years=printed_years)
            if found is None:
                continue
            if found is _STOP:
                break
            before = _sentence_before(text, match.start())
            if _TENTATIVE.search(before):
                # "…, dự kiến diễn ra trong 3 ngày 28, 29 và 30/6": a day its sentence only expects is a plan; the
                # report is of the preparations, a voters' meeting, a briefing, never of that day.
                continue
            if reported is None and _REPORTED.match(text[match.end():]):
                # "Ngày 26/1, Đồn Biên phòng A thông tin: đơn vị đã…": the day the news was given; the event's own
                # date, if the report prints one, comes further on.
                reported = found
                continue
            if _TO_COME.search(before) or _TOMORROW.match(match.group()) or _puts_day_to_come(_sentence_after(text, match.end())):
                # "Ngày 27/9, Ban Tuyên giáo … cho biết, Đại hội … sẽ diễn ra từ 29/9 đến ngày 1/10": the news given
                # that day is of an event still to come; the report is the announcement, dated by its day. Without
                # such a day ("…, Bộ đội Biên phòng tỉnh A sẽ mở chương trình trong 2 ngày 26 và 27-1"), a day still
                # to come is, as a day only expected is, not the report's event, whose own day may come further on.
                if reported is not None:
                    announced = announced or found
                continue
            if reference and found.year and found.date > reference + datetime.timedelta(days=1):
                # "15:09 | 01/10/2020" over "Từ ngày 13/10 - 15/10/2020 diễn ra Đại hội …" and "Sáng ngày 01/10, Tỉnh ủy
                # họp báo …": a day after the page was written is an event announced; the report's own event, when the
                # opening prints one on or before that day, is what happened. Outlets print the announced days in the
                # headline of a press briefing, a notice, a call for voters; alone, they are still the event's.
                announced = announced or found
                continue
            return found
    if reported is not None:
        return reported
    if announced is not None:
        return announced
    for text in ([] if interview else paragraphs):
        # No date opens the report, but a later sentence gives the days the event itself ran ("Đại hội … họp từ
        # ngày 26 đến ngày 28/9", "Hội nghị diễn ra trong 2 ngày 4 và 5/3"), without a year: its first day.
        tried = 0
        for span in _EVENT_RUN.finditer(text):
            match = _DATE.match(text, span.end())
            if not match or match.group(3) or match.group(4) or match.group(7) or _SPAN_END_YEAR.match(text, match.end()):
                # "họp trong 2 ngày 23 và 24/11/1951": a year printed there is history's; so is one printed once after
                # the span's last day ("diễn ra từ ngày 13/8 đến ngày 6/9/2019").
                continue
            if not _possible(match):
                continue  # "40/40" is no day of any year: nothing to resolve
            tried += 1
            if tried > EVENT_RUNS_TRIED:
                # Each try reads the rest of the paragraph for a stated year: a hostile paragraph of thousands
                # of "họp từ ngày 29/2" would take quadratic time, where a report prints one or two such runs.
                break
            found = _resolve(match, text[span.end():], 0, year, reference)
            if found and found is not _STOP:
                return found
    if stamp and opening and _STAMP.match(opening[0]):
        # No date in the words, but the lead says "sáng nay" ("hôm qua"): the day of the stamp (or the day before).
        relative = _RELATIVE_DAY.search(opening[0][_STAMP.match(opening[0]).end():])
        if relative:
            day = stamp - datetime.timedelta(days=1 if relative.group(1).lower() == "qua" else 0)
            return EventDate(day.day, day.month, day.year, relative.group().strip())
    if stamp and not year:
        # A page dated on a line of its own and a paragraph opening "Hôm nay, …" (a speech as delivered): that day.
        today = next((text for text in opening if _OPENS_TODAY.match(text)), None)
        if today:
            return EventDate(stamp.day, stamp.month, stamp.year, "Hôm nay")
    return None


# The first day of the lunar year in Việt Nam (UTC+7; 2007 differs from China's), so that "mồng 1 Tết Quý Mão 2023"
# has a day: border posts, units and leaders mark the first days of Tết every year.
_TET = {
    2000: (2, 5), 2001: (1, 24), 2002: (2, 12), 2003: (2, 1), 2004: (1, 22), 2005: (2, 9), 2006: (1, 29),
    2007: (2, 17), 2008: (2, 7), 2009: (1, 26), 2010: (2, 14), 2011: (2, 3), 2012: (1, 23), 2013: (2, 10),
    2014: (1, 31), 2015: (2, 19), 2016: (2, 8), 2017: (1, 28), 2018: (2, 16), 2019: (2, 5), 2020: (1, 25),
    2021: (2, 12), 2022: (2, 1), 2023: (1, 22), 2024: (2, 10), 2025: (1, 29), 2026: (2, 17), 2027: (2, 6),
    2028: (1, 26), 2029: (2, 13), 2030: (2, 3),
}
# "Sáng mồng 1 Tết cổ truyền Quý Mão 2023", "mùng 2 Tết Nguyên đán Giáp Thìn 2024": a lunar day whose year is printed.
_LUNAR_DAY = re.compile(
    rf"(?<!\w)(?:(?:sáng|chiều|tối|trưa|đêm|ngày)\s+)?(?:mồng|mùng)\s+(\d{{1,2}})\s+Tết"
    r"(?:\s+(?:Nguyên\s+[đĐ]án|cổ\s+truyền))?"
    rf"(?:\s+(?:{_STEMS})\s+(?:{_BRANCHES}))?\s+(\d{{4}})(?!\d)",
    re.IGNORECASE,
)


def _lunar_day(match):
    """The ``EventDate`` of a ``_LUNAR_DAY`` match, or None for a year outside the table or no day of Tết."""
    day, year = int(match.group(1)), int(match.group(2))
    if year not in _TET or not 1 <= day <= 10:
        return None
    found = datetime.date(year, *_TET[year]) + datetime.timedelta(days=day - 1)
    return EventDate(found.day, found.month, found.year, " ".join(match.group().split()))


_STOP = object()
# The event's own run, in a sentence of the story: "họp từ ngày …", "diễn ra trong hai ngày …", "kéo dài từ …".
_EVENT_RUN = re.compile(
    r"\b(?:họp|diễn ra|được tổ chức|tổ chức|kéo dài|khai mạc)\s+(?:trong\s+(?:\w+\s+)?(?=ngày\s)|từ\s+(?=ngày\s))",
    re.IGNORECASE,
)
# "Hai ngày 24 và 25/1, …", "Trong hai ngày 4-5/3, …": a paragraph opening with its days, counted.
# "ngày 13/10 - 15/10/2020": a span of two full dates prints the year once, after its last day; it is the first's too.
# "từ ngày 13/8 đến ngày 6/9/2019": so does a span written out with "đến".
_SPAN_END_YEAR = re.compile(r"\s*(?:[-–]|đến|tới)\s*(?:ngày\s+)?\d{1,2}\s*/\s*\d{1,2}\s*/\s*(\d{4})(?!\d)", re.IGNORECASE)
# "Vào buổi sáng cùng ngày 23/5, …", "Vào chiều ngày 12/3, …": the paragraph still opens with its day.
_OPENS_WITH_DAY = re.compile(r"^vào\s+(?:buổi\s+)?(?:(?:sáng|chiều|tối|trưa|đêm)\s+)?(?:cùng\s+)?$", re.IGNORECASE)
_COUNTED_DAYS = re.compile(r"^(?:(?:trong|suốt)\s+)?(?:hai|ba|bốn|năm|các|những)\s+$", re.IGNORECASE)
# "LSO-Sáng 17/1/2012, …", "VOV.VN - Ngày 3/5, …", "(HNM) - Chiều 2/4, …": outlets print their own short name in
# capitals before the lead's first word; the paragraph still opens with its day.
_OUTLET_MARKER = re.compile(r"^\(?[A-ZĐ][A-ZĐ0-9.]{1,11}\)?\s*[-–—]\s*$")


# "Quyết định số 12/QĐ-UBND ngày 3/9/2018 … vừa được Chủ tịch UBND tỉnh ký ban hành": the opening says the document
# was just signed, so its signing is the news, full date or not.
_JUST_SIGNED = re.compile(r"[^.;!?\n]{0,200}?\bvừa\s+(?:[^\s.;!?]+\s+){0,12}?(?:ký|ban hành)\b", re.IGNORECASE)


# "66 năm trước, dưới sự lãnh đạo của Tỉnh ủy, Nhân dân đã đứng lên … ngày 17/1/1960", "Cách đây 50 năm, ngày
# 30/4/1975, …": a sentence that counts the years since its date tells history, in any outlet's anniversary story.
# "cách nay 70 năm" says the same as "cách đây" (VOV, CAND print both).
_YEARS_AGO = re.compile(r"(?:\b\d+\s+năm\s+(?:về\s+)?trước|\bcách\s+(?:đây|nay)\s+(?:[^\W\d]+\s+)?\d+\s+năm)\b[^.;!?\n]*$",
                        re.IGNORECASE)
# "Ngày 16/10/1948, cách nay 65 năm, tại đồi …", "Ngày 11/3/1945, cách đây 70 năm, khởi nghĩa …": the count of years
# printed right after a full date, as an aside, tells history as surely as printed before it (an anniversary's
# story, VOV's and CAND's alike); the report's own day is another.
_YEARS_AGO_AFTER = re.compile(r"\s*[,(–-]?\s*(?:cách\s+(?:đây|nay)\s+(?:[^\W\d]+\s+)?\d+\s+năm"
                              r"|\d+\s+năm\s+(?:về\s+)?trước)\b", re.IGNORECASE)
YEARS_AGO_LOOKBACK = 200


def _not_the_event(match, text, *, lead=False):
    """A document's date, a founding's or history's: printed in the opening paragraphs, but not the day of the
    event."""
    if not (match.group(3) or match.group(4) or match.group(7)):
        # "Bằng Quyết định số 365/QĐ-UBND ngày 13/5, Chủ tịch UBND tỉnh vừa công nhận …": a document signed that
        # day is the news; one cited for reference prints its full date.
        return False
    if _YEARS_AGO.search(text[max(0, match.start() - YEARS_AGO_LOOKBACK):match.start()]):
        return True
    if _YEARS_AGO_AFTER.match(text, match.end()):
        return True
    if _DOCUMENT_BEFORE.search(text[max(0, match.start() - DOCUMENT_LOOKBACK):match.start()]):
        return not (lead and _JUST_SIGNED.match(text, match.end()))
    return bool(_FOUNDING.match(text, match.end()))


def _sentence_before(text, position):
    """The part of ``text``'s sentence that comes before ``position``."""
    stops = [stop.end() for stop in _SENTENCE_END.finditer(text, 0, position)]
    return text[stops[-1] if stops else 0:position]


# A semicolon ends a clause with a subject of its own ("…; nhiệm vụ cụ thể sẽ được thông báo sau": a later step), but
# not one whose verb comes right after it ("…; sẽ gặp gỡ …": the subject printed before the semicolon).
_CLAUSE_END = re.compile(r"(?:[.!?\n]|;(?!\s*sẽ\b))(?=\s)", re.IGNORECASE)


def _sentence_after(text, position):
    """The rest of ``text``'s sentence after ``position``: "Sáng nay (31-8), Thủ tướng …, trong chương trình …; sẽ gặp gỡ
    …" (a page's morning report of the day's plan) and "Ngày 15-3-2026, cử tri cả nước sẽ đi bỏ phiếu …" put their
    day still to come, as "sẽ" before it does; the event the report covers, if any, is dated further on."""
    stop = _CLAUSE_END.search(text, position)
    return text[position:stop.start() if stop else len(text)]


def _puts_day_to_come(clause):
    """Whether "sẽ" is the verb of the date's own clause; after a comma it tells what the thing just named will do
    ("Ngày 10/3, Hội … họp bàn phiên chợ, sẽ mở trong 2 ngày …": the meeting is the day's)."""
    return any(not clause[:found.start()].rstrip().endswith(",") for found in _TO_COME.finditer(clause))


def _names_a_prize(before):
    """Whether the words ``before`` a stated year name the prize or the works it is for (see ``_PRIZE_FOR``)."""
    return any(match.group("initial") is None or match.group("inside") or match.group("initial").isupper()
               for match in _PRIZE_FOR.finditer(before))


def _possible(match):
    """Whether the day and month of a ``_DATE`` match are a day of some year (29/2 is: of a leap year)."""
    day, month = (match.group(1), match.group(2)) if match.group(1) else (match.group(5), match.group(6))
    try:
        datetime.date(2000, int(month), int(day))
    except ValueError:
        return False
    return True


def _resolve(match, text, number, year, reference, *, stated_years=None, printed_years=None):
    """The ``EventDate`` of one date found in the opening paragraph ``number``; None to look on, ``_STOP`` to leave
    the paragraph. ``stated_years``: a dict kept by the caller for ``text``, so that its stated year is read once."""
    if (number >= OPENING_PARAGRAPHS and match.start() > 0 and not _COUNTED_DAYS.match(text[:match.start()])
            and not _OPENS_WITH_DAY.match(text[:match.start()]) and not _OUTLET_MARKER.match(text[:match.start()])):
        # Further on, only a paragraph that opens with its date ("Ngày 13/2, …", after a feature's scene-setting
        # lead) dates the event; a date inside a sentence there is history.
        return _STOP
    if not _possible(match):
        return None  # no year makes "31/4" a day; reading the paragraph for one would be wasted
    if match.group(1):
        day, month, written_year = match.group(1), match.group(2), match.group(3) or match.group(4)
    else:
        day, month, written_year = match.group(5), match.group(6), match.group(7)
    day, month = int(day), int(month)
    printed = " ".join(match.group().split()).rstrip(" (")
    if not (written_year or year) and reference and printed_years:
        # Only to choose between the page's year and the one before: "ngày 27-7-1947, 72 năm về trước" under a
        # 2019 page is history, not the year of "ngày 27-7".
        again = printed_years.get((day, month))
        written_year = again if again and int(again) in (reference.year, reference.year - 1) else None
    stated = None
    if not (written_year or year or reference):
        if stated_years is None:
            stated = _stated_year(text, month)
        else:
            # The month only matters to a lunar year's December and to a plan's year.
            key = (month == 12, month in PLANNING_MONTHS)
            if key not in stated_years:
                stated_years[key] = _stated_year(text, month)
            stated = stated_years[key]
    if written_year and reference and int(written_year) == reference.year - 1 and _year_slip(day, month, reference):
        # "Ngày xuất bản: 21/04/2023 …" over "Ngày 20/4/2022, vòng Sơ khảo năm 2023 …": a day and month just before the
        # page's date, with the year before printed, is last year's number typed by habit, not a report a year late.
        written_year = str(reference.year)
    if written_year:
        candidates = [int(written_year)]
    elif year:
        candidates = [int(year)]
    elif reference:
        candidates = [reference.year, reference.year - 1]
    elif stated:
        candidates = [stated]
        written_year = stated
    else:
        try:
            datetime.date(2000, month, day)  # a leap year: 29/2 is a day
        except ValueError:
            return None
        return EventDate(day, month, None, printed)
    for candidate in candidates:
        try:
            found = datetime.date(candidate, month, day)
        except ValueError:
            return None
        if written_year or year or found <= reference + datetime.timedelta(days=1):
            return EventDate(day, month, candidate, printed)
    return None


YEAR_SLIP_DAYS = 7


def _year_slip(day, month, reference):
    """Whether day/month in ``reference``'s own year falls within a week before it (or the day after)."""
    try:
        same_year = datetime.date(reference.year, month, day)
    except ValueError:
        return False
    return reference - datetime.timedelta(days=YEAR_SLIP_DAYS) <= same_year <= reference + datetime.timedelta(days=1)


def _publication_stamp(text, *, line=False):
    """The date of "26/07/2022 - 10:01:00" (or "26/07/2022 10:01") printed at the very start of the lead, or, with
    ``line``, of a short line that holds a stamp and little else ("Hà Oai - Phan Vĩnh 15:29 26/01/2026") or a
    dateline ("Hải Phòng, ngày 27 tháng 02 năm 2020"); or None."""
    if line:
        if len(text) > STAMP_LINE_CHARS:
            return None
        match = _STAMP_IN_LINE.search(text)
        bare = _BARE_DATE_LINE.match(text)
        if bare:
            day, _separator, month, year = bare.groups()
        elif match:
            groups = match.groups()
            day, month, year = next(groups[i:i + 3] for i in (0, 3, 6) if groups[i])
            year = f"20{year}" if len(year) == 2 else year
        else:
            match = _DATELINE.match(text.strip())
            if not match:
                return None
            day, month, year = match.groups()
    else:
        match = _STAMP.match(text)
        if not match:
            return None
        day, month, year = match.group(1), match.group(2), match.group(3)
    try:
        return datetime.date(int(year), int(month), int(day))
    except ValueError:
        return None


def _opening(paragraphs, count=3):
    """The first ``count`` paragraphs that can hold a date: an author's name printed above the lead ("Nguyễn
    Thanh Xuân") or a bare number takes no place among them."""
    found = []
    for text in paragraphs:
        if len(found) == count:
            break
        if text.strip().isdigit():
            continue  # a page's view counter or page number ("242"), printed under the headline
        if len(text) >= SHORT_LINE_CHARS or any(ch.isdigit() for ch in text):
            found.append(text)
    return found


def find_event_date(paragraphs, *, year=None, reference=None):
    """The first event date in the opening paragraphs when its year is known, or ``None``."""
    found = read_event_date(paragraphs, year=year, reference=reference)
    return found.date if found else None


def _stated_year(text, month):
    """The most recent year ``text`` states as a point in time, or ``None``; older years in the paragraph of a
    report's date are history ("thành lập năm 1945"), the report speaks of its own year."""
    years = []
    # A year inside quotation marks belongs to a name (“Cuộc thi … năm 2023”, awarded the next January), not the event.
    text = _QUOTED.sub(" ", text)
    for match in _TEXT_YEAR.finditer(text):
        if _YEARS_AGO.search(text[max(0, match.start() - YEARS_AGO_LOOKBACK):match.start()]):
            continue  # "Cách đây 50 năm, ngày 28/3/1975, …": history's year, counted back from the report's
        if match.group("year"):
            lead = (match.group("lead") or "").strip().lower()
            if lead in _NOT_A_POINT:
                continue
            before = text[max(0, match.start("year") - STATED_LOOKBACK):match.start("year")]
            if _names_a_prize(text[max(0, match.start("year") - PRIZE_LOOKBACK):match.start("year")]):
                continue
            if _STANDARD_MET.search(before):
                continue
            if month in PLANNING_MONTHS and (lead in _PLAN or _SETS_GOING.search(before) or _PLAN_AHEAD.search(before)):
                # What a meeting late in a year plans is the next year: its own year is the one before. A year-end
                # council session may print no other year than the plan's ("nghị quyết về nhiệm vụ … năm 2019",
                # "dự toán ngân sách … năm 2019") and a settled account's two years back.
                years.append(int(match.group("year")) - 1)
                continue
            years.append(int(match.group("year")))
        elif match.group("lunar"):
            # A lunar year starts in late January or February: its December is the solar year before.
            years.append(int(match.group("lunar")) - (1 if month == 12 else 0))
        else:
            years.append(int(match.group("full")))
    this_year = datetime.date.today().year
    years = [y for y in years if 1945 <= y <= this_year + 1]
    return max(years) if years else None
