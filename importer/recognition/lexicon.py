"""What recognition looks names up in: provinces, topics and officials, read once and kept in memory.

An import of ten thousand files loads these once per run (``Lexicon.load()``); the admin loads one
for a single article, where officials are looked up by name on demand instead of all at once.
"""

import bisect
import datetime
import re
import unicodedata
from dataclasses import dataclass, field, replace

from django.conf import settings

from articles.models import Topic
from core.text import fold
from importer.recognition.gazetteer import KINDS, REFORM, Gazetteer, find_lower_units
from importer.recognition.names import SURNAMES
from importer.recognition.tokens import PhraseMatcher, tone_key
from importer.recognition.topics import TopicIndex
from people.models import Official
from places.loader import province_named
from places.models import Province

# Written forms that are not the unit's own name. "Hồ Chí Minh" alone is the President, and the
# city's name only counts with its prefix.
PROVINCE_ALIASES = {
    "Hồ Chí Minh": [
        "TP. Hồ Chí Minh", "TP Hồ Chí Minh", "Tp. Hồ Chí Minh", "TP.Hồ Chí Minh", "thành phố Hồ Chí Minh",
        "TP.HCM", "TP. HCM", "TPHCM", "Tp.HCM", "TP HCM", "Tp HCM",
    ],
    "Bà Rịa - Vũng Tàu": ["Bà Rịa Vũng Tàu", "BR-VT", "BR - VT", "BRVT"],
    "Thừa Thiên Huế": ["Thừa Thiên - Huế", "TT-Huế", "TT - Huế"],
    "Đắk Lắk": ["Đăk Lăk", "Đắc Lắc", "Đắk Lăk", "Đăk Lắk"],
    "Đắk Nông": ["Đăk Nông", "Đắc Nông"],
    "Kon Tum": ["Kontum"],
    "Bắc Kạn": ["Bắc Cạn"],
}
NAME_NEEDS_PREFIX = {"Hồ Chí Minh"}
# Longer names that contain a unit's name but are something else: an ocean, provinces of the 1970s–90s.
PROVINCE_BLOCKERS = [
    "Thái Bình Dương", "Hà Nam Ninh", "Hà Nam Định", "Nam Hà", "Nghĩa Bình", "Hà Sơn Bình", "Hải Hưng",
    "Bình Trị Thiên", "Nghệ Tĩnh", "Vĩnh Phú", "Hoàng Liên Sơn", "Bắc Thái", "Sông Bé", "Minh Hải",
    "Cửu Long", "Phú Khánh", "Thuận Hải", "Hà Tuyên", "Hà Bắc", "Cao Lạng", "Gia Lai - Kon Tum",
    "Hồ Chí Minh", "Điện Biên Phủ",
    # A veteran of the 1954 campaign ("thăm chiến sĩ Điện Biên ở huyện X"), wherever they live now.
    "chiến sĩ Điện Biên", "chiến sỹ Điện Biên", "chiến dịch Điện Biên",
    # A natural region named like a province it only partly lies in: the Plain of Reeds ("vùng Đồng Tháp Mười") spans
    # Long An, Tiền Giang and Đồng Tháp, and a report from any of them names it for its own districts.
    "Đồng Tháp Mười",
]
# A unit's name right after one of these is a street, a district or a river of that name.
PLACE_WORDS = {
    ("huyện",), ("xã",), ("phường",), ("quận",), ("thị", "trấn"), ("thị", "xã"), ("ấp",), ("thôn",), ("bản",),
    ("đường",), ("phố",), ("cầu",), ("sông",), ("chợ",), ("núi",), ("bến",), ("ga",), ("làng",), ("khu",),
    ("đảo",), ("vịnh",), ("hồ",), ("đèo",), ("cửa", "khẩu"), ("sân", "bay"), ("bệnh", "viện"),
    ("thành", "cổ"),  # "Thành cổ Quảng Trị": a landmark, wherever its veterans meet
    ("vùng", "biển"),  # "vùng biển Phú Thọ": fishing grounds named after a village
    # "thủy điện Hòa Bình", "Nhà máy thủy điện Sơn La": dams are named after the province they were built in, and a
    # report elsewhere cites them as a model or a precedent.
    ("thủy", "điện"), ("thuỷ", "điện"),
}
# Words that end in a place word but are not one: "thành phố X" is the province, "điểm cầu X" (a meeting's site on a
# video link), "đầu cầu X", "yêu cầu X" are no bridge.
_NOT_PLACE_WORDS = frozenset({("thành", "phố"), ("điểm", "cầu"), ("đầu", "cầu"), ("yêu", "cầu"), ("nhu", "cầu")})
# Capitalised words that, just before a unit's name, make it part of a person's name: "Nguyễn Thị Huế".
NAME_PARTS = SURNAMES | {
    "Thị", "Văn", "Đức", "Hữu", "Ngọc", "Minh", "Quốc", "Xuân", "Thanh", "Hồng", "Thu", "Kim", "Công", "Quang",
    "Tiến", "Trọng", "Bá", "Duy", "Mạnh", "Đình", "Huy", "Tuấn", "Anh", "Thành", "Hải", "Hoài", "Như", "Bảo",
}


_YEAR = re.compile(r"(?<![\d/.-])(19[4-9]\d|20\d\d)(?![\d/.-]\d)")
# A year printed as the end of a date is a point in time too: "tháng 9/2025", "ngày 28/10/2025" (not the year inside a
# document's number, "12/2025/NQ-CP", which a slash follows).
_DATED_YEAR = re.compile(r"(?<![\d/.-])(?:\d{1,2}\s*/\s*){1,2}(19[4-9]\d|20\d\d)(?![\d/]|[.-]\d)")
_LOWER_UNIT_WORDS = frozenset({("xã",), ("phường",), ("huyện",), ("quận",), ("thị", "trấn"), ("thị", "xã")})
# What a province is printed after as a province: "tỉnh Bình Dương", "Tỉnh ủy Bình Dương", "TP Hải Phòng".
_PROVINCE_WORDS = frozenset({("tỉnh",), ("thành", "phố"), ("tp",), ("ủy",), ("uỷ",), ("tp", ".")})
# Communes were also "hợp lại (thành)" into a new one; provinces were only merged (``_MERGER``).
_UNIT_MERGER = re.compile(r"\b(?:sáp nhập|hợp nhất|hợp lại|hợp thành|trước đây)\b|\(cũ\)", re.IGNORECASE)
_COMMUNE_LEVEL = frozenset({"Xã", "Phường", "Thị trấn"})
# Units that imply their province only in a report naming none: communes share names across provinces, and an urban
# district is as often a venue's address elsewhere ("phố Huế, quận Hai Bà Trưng").
_NAMED_ALONE = _COMMUNE_LEVEL | {"Quận"}
# "phố Huế, quận Hai Bà Trưng", "số 5 đường A, quận B": an urban district after a street is a venue's address.
_ADDRESS_BEFORE = re.compile(r"\b(?:phố|đường|số)\s[^,;.\n]{0,40},\s*$", re.IGNORECASE)
ADDRESS_LOOKBACK = 60
_MERGER = re.compile(r"\b(?:sáp nhập|hợp nhất|trước đây)\b|\(cũ\)", re.IGNORECASE)


_SENTENCE_MARKS = (". ", "; ", "\n")


class _Sentences:
    """The sentence around each of many spans of one text (from the previous full stop, semicolon or line break to
    the next), and whether a pattern occurs in it, read once per sentence: a hostile text of thousands of "huyện Lý Sơn" without a full stop would otherwise be searched whole
    for each of them (quadratic time)."""

    def __init__(self, text):
        self.text = text
        self.marks = [[m.start() for m in re.finditer(re.escape(mark), text)] for mark in _SENTENCE_MARKS]
        self.found = {}

    def bounds(self, start, end):
        """(left, right) such that ``text[left + 1:right]`` is the sentence that holds ``start``..``end``."""
        left, right = -1, len(self.text)
        for mark, at in zip(_SENTENCE_MARKS, self.marks, strict=True):
            before = bisect.bisect_right(at, start - len(mark)) - 1  # the last one that ends by ``start``
            if before >= 0:
                left = max(left, at[before])
            after = bisect.bisect_left(at, end)
            if after < len(at):
                right = min(right, at[after])
        return left, right

    def search(self, pattern, start, end):
        """Whether ``pattern`` occurs in the sentence around ``start``..``end``."""
        key = (pattern, *self.bounds(start, end))
        if key not in self.found:
            self.found[key] = bool(pattern.search(self.text[key[1] + 1:key[2]]))
        return self.found[key]


_BYLINE_RUN = r"[^\W\d_][^\W\d_]*(?:[ \t]+[^\W\d_]+){1,2}"
# A line that is only names joined by dashes, "Khánh Hòa – Văn Lộc", is the reporters' byline: a name in it that is
# also a province's is a person's. Runs of two or three capitalised words, as Vietnamese personal names are printed.
_BYLINE = re.compile(rf"^[ \t]*({_BYLINE_RUN})(?:[ \t]*[-–][ \t]*({_BYLINE_RUN})){{1,2}}[ \t]*$", re.MULTILINE)


def _byline_spans(text, province_keys):
    """(start, end) of each name in a byline line that is named like a province, when the line also names someone
    who is not a province: "Hà Nội – Hải Phòng" alone may be a route, not two reporters."""
    spans = []
    for match in _BYLINE.finditer(text or ""):
        line = match.group()
        runs = [(match.start() + m.start(), match.start() + m.end()) for m in re.finditer(_BYLINE_RUN, line)]
        if not all(all(w[:1].isupper() for w in text[a:b].split()) for a, b in runs):
            continue
        keys = [" ".join(tone_key(w) for w in text[a:b].split()) for a, b in runs]
        if all(key in province_keys for key in keys):
            continue
        spans += [run for run, key in zip(runs, keys, strict=True) if key in province_keys]
    return spans


def _designation_follows(tokens, last):
    """"giàn khoan Hải Dương – 981", "Hải Dương HD 981", "tàu Hà Nội 01": a name followed by a number names a vessel
    or a rig."""
    following = [t.text for t in tokens[last + 1:last + 4]]
    if following and following[0] in {"-", "–", "—"}:
        following = following[1:]
    if following and following[0].isascii() and following[0].isalpha() and following[0].isupper() \
            and len(following[0]) <= 3:
        following = following[1:]  # "giàn khoan Hải Dương HD 981": the number after its letters
    number = following[0] if following else ""
    if not (number.isascii() and number.isdigit()) or len(number) < 2:  # "²²".isdigit() is true too
        return False
    return not 1900 <= int(number) <= 2100  # a year is a date


def _printed_former(tokens, last):
    """"tỉnh Bình Dương cũ", "tỉnh Long An (cũ)": the province as it was, named for a ward or a commune that took its
    name ("phường Bình Dương, mang tên tỉnh Bình Dương cũ"), is not the text naming that province as a place."""
    following = [t.text.lower() for t in tokens[last + 1:last + 3]]
    return following[:1] == ["cũ"] or following == ["(", "cũ"]


_NOW_WORDS = (("nay", "là"), ("nay", "thuộc"))


def _printed_as_before(tokens, last):
    """"quê Bến Cát, Bình Dương cũ", "tỉnh Thái Bình, nay là tỉnh Hưng Yên": a province printed as it was before a
    merger, to say where someone comes from, is no place the report is about, like one printed "(cũ)" (a name
    printed without the mark still counts). "X trước đây" is left to ``_drop_merged_history``, which knows the day
    and keeps a note on the former name ("khu vực tỉnh Quảng Nam trước đây" in a report on Đà Nẵng)."""
    if _printed_former(tokens, last):
        return True
    following = [t.text.lower() for t in tokens[last + 1:last + 4]]
    return following[:1] in ([","], ["("]) and tuple(following[1:3]) in _NOW_WORDS


@dataclass(frozen=True)
class Unit:
    id: int
    slug: str
    name: str
    valid_from: object
    valid_to: object
    successor_id: int | None

    def exists_on(self, day):
        return (self.valid_from is None or self.valid_from <= day) and (self.valid_to is None or day <= self.valid_to)


@dataclass(frozen=True)
class ProvinceHit:
    id: int
    slug: str
    name: str
    written: str
    note: str = ""


class ProvinceIndex:
    def __init__(self, units):
        self.by_id = {u.id: u for u in units}
        self.by_name = {}
        self.predecessors = {}
        for unit in units:
            self.by_name.setdefault(unit.name, []).append(unit)
            if unit.successor_id:
                self.predecessors.setdefault(unit.successor_id, []).append(unit)
        self.matcher = PhraseMatcher(capitals=True)
        # "tỉnh Quảng nam": after its kind word a unit's name counts whatever the case of its later words.
        self.by_key = {" ".join(tone_key(w) for w in name.split()): name for name in self.by_name}
        for blocker in PROVINCE_BLOCKERS:
            self.matcher.add(blocker, None)
        for name in self.by_name:
            if name not in NAME_NEEDS_PREFIX:
                self.matcher.add(name, name)
            for alias in PROVINCE_ALIASES.get(name, []):
                self.matcher.add(alias, name)

    home = frozenset()  # the newsroom's own province under every name it had (``set_home``)

    def set_home(self, name):
        """A provincial newsroom's own province (``NEWSROOM_PROVINCE``, ``import_articles --province``), or ""
        for none: a district or commune whose name several provinces share then means the one at home, as the
        newsroom's own reporters mean it. Any name of the province counts, of any period, and so do the units merged
        into it or it into ("Phú Thọ" is Vĩnh Phúc and Hòa Bình as well, before 1 July 2025: their archives are
        its archives now), but not the unit it became: "Hải Dương" is not Hải Phòng's other predecessors. ValueError
        for a name no province had."""
        if not name or not name.strip():
            self.home = frozenset()
            return
        units = self.by_name.get(province_named(name) or "")
        if not units:
            raise ValueError(name)
        names, pending, seen = set(), list(units), set()
        while pending:
            unit = pending.pop()
            if unit.id in seen:
                continue
            seen.add(unit.id)
            names.add(unit.name)
            pending += self.predecessors.get(unit.id, [])
        self.home = frozenset(names)

    def resolve(self, name, day, *, latest_year=None):
        """The unit that ``name`` meant on ``day``, and a note when it is not the unit of that name.

        ``day=None`` (a report whose year is unknown): the unit as printed, never a successor; of two units
        sharing the name (before and after 1 July 2025), the earlier, since undated reports are archives.
        """
        units = self.by_name.get(name, [])
        if day is None:
            earliest = sorted(units, key=lambda u: u.valid_from or datetime.date.min)
            if earliest and earliest[0].valid_from and latest_year and latest_year < earliest[0].valid_from.year:
                # Only a later unit bears the name, one unit renamed ("Huế", until 2025 the city of Thừa Thiên
                # Huế), and every year the text prints is earlier: its "Huế" is the city of the unit of the day.
                renamed = [p for p in self.predecessors.get(earliest[0].id, []) if name in p.name]
                if len(renamed) == 1:
                    return renamed[0], f"“{name}” (chưa rõ năm) hiểu theo tên trước đây: {renamed[0].name}"
            return (earliest[0], "") if earliest else (None, "")
        for unit in units:
            if unit.exists_on(day):
                return unit, ""
        for unit in units:
            if unit.valid_from and day < unit.valid_from:
                earlier = [p for p in self.predecessors.get(unit.id, []) if p.exists_on(day)]
                if len(earlier) == 1:
                    return earlier[0], f"“{name}” ngày {day:%d/%m/%Y} thuộc {earlier[0].name}"
        for unit in sorted(units, key=lambda u: u.valid_to or day, reverse=True):
            current, seen = unit, set()
            while current.successor_id and not current.exists_on(day) and current.id not in seen:
                seen.add(current.id)
                current = self.by_id[current.successor_id]
            if current.exists_on(day) and current is not unit:
                ended = f", đến {unit.valid_to:%d/%m/%Y}" if unit.valid_to else ""
                return current, f"“{name}” (tên cũ{ended}) nay là {current.name}"
        return (units[0], "") if units else (None, "")

    def find(self, tokens, day, *, text=None, masks=(), unaccented=None):
        hits, spans = {}, {}
        masks = [*masks, *_byline_spans(text, self.by_key)]
        years = [int(y) for pattern in (_YEAR, _DATED_YEAR) for y in pattern.findall(text or "")] \
            if day is None else []
        lower_unit_names, as_province, bare = set(), set(), {}
        latest_year = max(years, default=None)
        for match in self.matcher.find(tokens, unaccented=unaccented):
            if any(start < match.end and match.start < end for start, end in masks):
                continue
            before = tokens[match.first - 1].text if match.first else ""
            before_two = tuple(t.text.lower() for t in tokens[max(0, match.first - 2):match.first])
            if before in NAME_PARTS or _designation_follows(tokens, match.last) \
                    or _printed_as_before(tokens, match.last):
                continue
            if before in {":", "-", "–"} and match.first >= 2 and tokens[match.first - 2].text.lower() == "ảnh":
                continue  # "Ảnh: Bình Dương": a photographer's name, printed as a credit
            if (before.lower(),) in PLACE_WORDS and before_two not in _NOT_PLACE_WORDS or before_two in PLACE_WORDS:
                kind = KINDS.get(before_two) if before_two in _LOWER_UNIT_WORDS else KINDS.get(before_two[-1:])
                if kind and Gazetteer.load().knows(kind, match.payload):
                    lower_unit_names.add(match.payload)
                continue
            if (before_two[-1:] in _PROVINCE_WORDS or before_two in _PROVINCE_WORDS) \
                    and not _printed_former(tokens, match.last):
                as_province.add(match.payload)
            unit, note = self.resolve(match.payload, day, latest_year=latest_year)
            if unit is None:
                continue
            spans.setdefault(unit.id, []).append((match.start, match.end))
            bare.setdefault(match.payload, set()).add(unit.id)
            written = text[match.start:match.end] if text else " ".join(t.text for t in tokens[match.first:match.last + 1])
            hit = hits.get(unit.id)
            if hit is None:
                hits[unit.id] = ProvinceHit(unit.id, unit.slug, unit.name, written, note)
            elif note and note not in hit.note:
                # "Đà Nẵng … tỉnh Quảng Nam trước đây" in 2026: one unit, but the former name is worth a note.
                hits[unit.id] = replace(hit, note="; ".join(n for n in (hit.note, note) if n))
        for name in lower_unit_names - as_province:
            # "xã Bình Dương" (in Gia Lai), then "Cụm công nghiệp Bình Dương": a text that names a commune or a
            # district after a province, and never that province as one, means the lower unit each time.
            for unit_id in bare.get(name, ()):
                hits.pop(unit_id, None)
        for name, first, last in self._after_kind_word(tokens):
            if any(start < tokens[last].end and tokens[first].start < end for start, end in masks):
                continue
            unit, note = self.resolve(name, day, latest_year=latest_year)
            if unit is not None:
                spans.setdefault(unit.id, []).append((tokens[first].start, tokens[last].end))
            if unit is not None and unit.id not in hits:
                written = text[tokens[first].start:tokens[last].end] if text else name
                hits[unit.id] = ProvinceHit(unit.id, unit.slug, unit.name, written, note)
        if text:
            self._drop_merged_history(hits, spans, text, day, latest_year)
        self._implied(tokens, day, hits, text=text, latest_year=latest_year)
        return list(hits.values())

    def _drop_merged_history(self, hits, spans, text, day=None, latest_year=None):
        """A former unit named only as what was merged into another unit the text names ("Tỉnh Lâm Đồng được sáp
        nhập với 2 tỉnh Bình Thuận và Đắk Nông", "Sau khi hợp nhất Bình Định và Gia Lai, tỉnh Gia Lai mới…",
        "Vĩnh Long – Bến Tre (trước đây)") is the successor's history, not a place the report is about. A report
        dated before that merger, or undated and printing no year as late as it, cannot tell it: its "sáp nhập" is
        of other units ("sáp nhập 6 xã của huyện A (tỉnh Lào Cai)" in 1964), and the unit it names is one of its
        day."""
        sentences = _Sentences(text)
        anchored = {unit_id for unit_id in hits if not all(
            sentences.search(_MERGER, start, end) for start, end in spans.get(unit_id, [(0, 0)]))}
        for unit_id in list(hits):
            successor = self.by_id[unit_id].successor_id
            ended = self.by_id[unit_id].valid_to
            if ended is not None and (day <= ended if day is not None else
                                      latest_year is not None and latest_year < ended.year):
                continue
            if successor and unit_id not in anchored and any(
                    successor in (other, self.by_id[other].successor_id) for other in anchored if other != unit_id):
                del hits[unit_id]

    def _after_kind_word(self, tokens):
        """(name, first, last) for "tỉnh Quảng nam", "thành phố Cần thơ": a capitalised first word, any case after."""
        for i, token in enumerate(tokens):
            low = token.text.lower()
            if low == "tỉnh" or (low == "phố" and i and tokens[i - 1].text.lower() == "thành"):
                first = i + 1
                if first >= len(tokens) or not tokens[first].is_capitalised:
                    continue
                for last in range(min(first + 3, len(tokens) - 1), first, -1):
                    words = tokens[first:last + 1]
                    if all(t.is_word for t in words) and not all(t.is_capitalised for t in words):
                        name = self.by_key.get(" ".join(t.tone for t in words))
                        if name and name not in NAME_NEEDS_PREFIX:
                            yield name, first, last
                            break

    def _implied(self, tokens, day, hits, *, text=None, latest_year=None):
        """Provinces only implied by a district, town or commune the text names ("huyện Lý Sơn").

        A commune, ward or township implies its province only when the text names no province: many share a name
        with one far away ("xã Thuận Thành" in a report on Thái Nguyên), and when the text names its province
        there is nothing left to imply. Units named as what was merged ("xã A, xã B và thị trấn C hợp lại thành
        xã D") are the history of a new one, whose province may be another."""
        named = bool(hits)
        sentences = _Sentences(text) if text else None
        for written, province, start, end, kind, at_home in find_lower_units(
                tokens, day, province_names=self.by_key, home=self.home, latest_year=latest_year):
            if province not in self.by_name:
                continue
            if named and kind in _NAMED_ALONE:
                continue
            if kind == "Quận" and text and _ADDRESS_BEFORE.search(text[max(0, start - ADDRESS_LOOKBACK):start]):
                continue
            if text and sentences.search(_UNIT_MERGER, start, end):
                continue
            if day is None:
                # The gazetteer's former units are those of just before the reform, and a district or a commune of
                # an undated report dates it before the reform. Of a province renamed in its last years ("Huế", the
                # city of Thừa Thiên Huế since 2025), the earlier name, unless the text prints a year of the new
                # one: an undated report is an archive's, of decades under the earlier name, not of a few months.
                unit, _note = self.resolve(province, None, latest_year=latest_year or REFORM.year - 1)
            else:
                unit, _note = self.resolve(province, day)
            later, _note = self.resolve(province, max(day or REFORM, REFORM))
            if unit is None or unit.id in hits or unit.successor_id in hits or any(
                    p.id in hits for u in {unit, later} if u is not None for p in self.predecessors.get(u.id, [])):
                # "H. A Lưới (Thừa Thiên - Huế)": the gazetteer calls the unit by its later name (Huế, a city
                # since 2025); the text already named it, under its name of the day. "xã Cát Tiến" of an undated
                # report naming Bình Định: a commune of the Gia Lai that Bình Định became part of in 2025.
                continue
            # The editor is told when the name alone did not decide: a unit of several provinces read as home's.
            note = (f"“{written}” có ở nhiều tỉnh, thành; bài không nêu tỉnh nào nên được hiểu là của {unit.name}, "
                    f"tỉnh của đơn vị: cần xác minh." if at_home else
                    f"“{written}” thuộc {unit.name}: tỉnh, thành suy ra từ địa danh cấp dưới.")
            hits[unit.id] = ProvinceHit(unit.id, unit.slug, unit.name, written, note)


@dataclass(frozen=True)
class KnownOfficial:
    id: int
    name: str
    tone: str


@dataclass
class OfficialIndex:
    """Officials by folded name. ``preloaded=False`` looks each name up in the database on demand."""

    by_fold: dict = field(default_factory=dict)
    preloaded: bool = True
    journal: list = field(default_factory=list)  # what remember() added, so that a rollback can take it back

    def candidates(self, name):
        key = fold(name)
        if key not in self.by_fold and not self.preloaded:
            self.by_fold[key] = [
                KnownOfficial(pk, full_name, tone)
                for pk, full_name, tone in Official.objects.matching_name(name).values_list(
                    "pk", "full_name", "name_tone_folded"
                )
            ]
        return self.by_fold.get(key, [])

    def remember(self, official_id, name):
        entry = KnownOfficial(official_id, name, _tone(name))
        self.by_fold.setdefault(fold(name), []).append(entry)
        self.journal.append((fold(name), entry))

    def match(self, name):
        """("linked", official) | ("ambiguous", candidates) | ("different", candidates) | ("unknown", [])."""
        candidates = self.candidates(name)
        if not candidates:
            return "unknown", []
        accented = fold(name) != " ".join(name.casefold().split())
        if len(candidates) > 1:
            # "Nguyễn Mạnh Hiền" and "Nguyễn Mạnh Hiển" fold alike; a text with diacritics says which one it names.
            same = [c for c in candidates if c.tone == _tone(name)]
            if accented and len(same) == 1:
                return "linked", same[0]
            return "ambiguous", candidates
        only = candidates[0]
        # Without diacritics the text cannot contradict the name; with them, they must agree.
        if not accented or only.tone == _tone(name):
            return "linked", only
        return "different", candidates


def _tone(name):
    # NFC like Official.name_tone_folded, which the model stores normalised.
    return unicodedata.normalize("NFC", " ".join(tone_key(w) for w in name.split()))


class _Journaled(dict):
    """A dict that remembers the order keys were added in."""

    def __init__(self):
        super().__init__()
        self.journal = []

    def __setitem__(self, key, value):
        if key not in self:
            self.journal.append(key)
        super().__setitem__(key, value)


class Lexicon:
    def __init__(self, *, provinces, topics, officials):
        self.provinces = provinces
        self.topics = topics
        self.officials = officials
        self.documents = _Journaled()  # key -> Document, filled as documents are stored
        self._objects = {}

    def mark(self):
        """A point to return to if the rows remembered after it are rolled back."""
        return len(self.officials.journal), len(self.documents.journal)

    def undo(self, mark):
        officials, documents = mark
        while len(self.officials.journal) > officials:
            key, entry = self.officials.journal.pop()
            self.officials.by_fold[key].remove(entry)
        while len(self.documents.journal) > documents:
            self.documents.pop(self.documents.journal.pop(), None)

    @property
    def place_keys(self):
        """Tone keys of province and district names: words that are never a person's name."""
        if "places" not in self._objects:
            self._objects["places"] = frozenset(self.provinces.by_key) | Gazetteer.load().place_keys()
        return self._objects["places"]

    def province_objects(self):
        """Province rows by id, read once: for describing articles without queries."""
        if "provinces" not in self._objects:
            self._objects["provinces"] = Province.objects.in_bulk()
        return self._objects["provinces"]

    def topic_objects(self):
        if "topics" not in self._objects:
            self._objects["topics"] = Topic.objects.in_bulk()
        return self._objects["topics"]

    @classmethod
    def load(cls, *, preload_officials=True, home=None):
        """``home``: the newsroom's own province (``ProvinceIndex.set_home``); None reads NEWSROOM_PROVINCE."""
        units = [
            Unit(*row)
            for row in Province.objects.values_list("id", "slug", "name", "valid_from", "valid_to", "successor_id")
        ]
        topics = [
            (pk, slug, name, [line.strip() for line in keywords.splitlines() if line.strip()], parent_id)
            for pk, slug, name, keywords, parent_id in Topic.objects.values_list(
                "id", "slug", "name", "keywords", "parent_id")
        ]
        officials = OfficialIndex(preloaded=preload_officials)
        if preload_officials:
            for pk, full_name, tone in Official.objects.values_list("pk", "full_name", "name_tone_folded"):
                officials.by_fold.setdefault(fold(full_name), []).append(KnownOfficial(pk, full_name, tone))
        provinces = ProvinceIndex(units)
        provinces.set_home(settings.NEWSROOM_PROVINCE if home is None else home)
        return cls(provinces=provinces, topics=TopicIndex(topics), officials=officials)
