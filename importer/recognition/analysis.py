"""Everything recognised in one article's text, without writing anything."""

import re
from dataclasses import dataclass, field

from core.text import fold
from importer.recognition.dates import linked_stories
from importer.recognition.documents import find_documents
from importer.recognition.gazetteer import place_lists
from importer.recognition.officials import find_officials
from importer.recognition.tokens import is_unaccented, tokenize, tone_key


@dataclass
class OfficialFinding:
    name: str
    title: str  # the first title printed with the name, "" if none
    status: str  # linked | unknown | ambiguous | different (see OfficialIndex.match)
    official_id: int | None = None
    candidate_ids: tuple = ()
    official_name: str = ""  # the linked official's name as the newsroom spells it


@dataclass
class Recognition:
    provinces: list = field(default_factory=list)
    officials: list = field(default_factory=list)
    topics: list = field(default_factory=list)
    documents: list = field(default_factory=list)
    event_date: object = None

    @property
    def notes(self):
        notes = [hit.note for hit in self.provinces if hit.note]
        for finding in self.officials:
            if finding.status == "ambiguous":
                notes.append(f"“{finding.name}” trùng tên với {len(finding.candidate_ids)} nhân vật: chưa gắn, cần chọn.")
            elif finding.status == "different":
                notes.append(f"“{finding.name}” khác dấu với nhân vật đã có: tạo mới, cần xác minh.")
        return notes


def recognise_text(text, *, day, lexicon):
    """Provinces (as of ``day``), officials, topics and documents named in ``text``."""
    # Lines that link to other articles (">> Bình Phước tổ chức đại hội Đoàn") are the page's, not the report's:
    # blanked, so that every offset still points into the text as stored.
    text = _RELATED_LINK.sub(lambda m: " " * len(m.group()), text)
    for start, end in linked_stories(text):
        text = text[:start] + " " * (end - start) + text[end:]
    tokens = tokenize(text)
    unaccented = is_unaccented(tokens)
    named = find_officials(text, tokens=tokens, places=lexicon.place_keys)
    # A headline shortens titles ("Bí thư Tỉnh ủy Lê Minh Hoan"): the title printed in the body comes first.
    headline_end = text.find("\n\n") if "\n\n" in text else -1
    officials, seen, from_headline = [], {}, set()
    folded = {}
    for person in named:
        key = " ".join(tone_key(w) for w in person.name.split())
        # "Lê Minh Khai" three lines after "Lê Minh Khái": a tone dropped by a typo, not a second person.
        key = folded.setdefault(fold(person.name), key)
        if key in seen:
            finding = seen[key]
            if person.title and (not finding.title or key in from_headline):
                finding.title = person.title
                from_headline.discard(key)
            continue
        if person.start < headline_end and person.title:
            from_headline.add(key)
        status, match = lexicon.officials.match(person.name)
        finding = OfficialFinding(person.name, person.title, status)
        if status == "linked":
            finding.official_id, finding.official_name = match.id, match.name
        else:
            finding.candidate_ids = tuple(c.id for c in match)
        seen[key] = finding
        officials.append(finding)
    masks = [(person.start, person.end) for person in named]
    # "bà B, nguyên Phó Bí thư Tỉnh ủy Bà Rịa-Vũng Tàu": the province of a post someone held once says who they
    # are, not where the report takes place.
    masks += _title_spans(text, named, former_only=True)
    # Names a list prints as communes or districts ("các xã Tân Hòa, Phú Thọ"), a reporter's name ("PV Thái
    # Bình/VOV") and a dateline's city ("Hà Nội (TTXVN)") are not provinces the report is about.
    masks += [(span.start, span.end) for span in place_lists(tokens, day, province_names=lexicon.provinces.by_key)]
    masks += _credited_names(tokens) + _datelines(text, tokens) + _former_units(tokens)
    masks += _province_menus(text, tokens, lexicon.provinces.by_key)
    return Recognition(
        provinces=lexicon.provinces.find(tokens, day, text=text, masks=masks, unaccented=unaccented),
        officials=officials,
        topics=lexicon.topics.find(tokens, unaccented=unaccented, text=text, masks=_title_spans(text, named)),
        documents=find_documents(text),
    )


_RELATED_LINK = re.compile(r"^[ \t]*(?:>>|»)[^\n]*", re.MULTILINE)
_FORMER = re.compile(r"^(?:nguyên|cựu)\s", re.IGNORECASE)


def _title_spans(text, named, *, former_only=False):
    """Where each official's title is printed, right before or right after the name: the words of a title
    ("Ủy viên Ban Thường vụ Tỉnh ủy") say who someone is, not what the report is about."""
    spans = []
    for person in named:
        title = person.title
        if not title:
            continue
        # A title printed around the name ("Đại tá A, Giám đốc Công an tỉnh" read as "Đại tá, Giám đốc Công an
        # tỉnh") is found part by part.
        parts = {title, *(p.strip() for p in re.split(r"\s*[,;]\s*|\s+[-–—]\s+", title) if p.strip())}
        if former_only:
            parts = {p for p in parts if _FORMER.match(p) and "," not in p}
        for part in parts:
            before = text.rfind(part, max(0, person.start - len(title) - 40), person.start)
            if before >= 0:
                spans.append((before, before + len(part)))
            after = text.find(part, person.end, person.end + len(title) + 40)
            if after >= 0:
                spans.append((after, after + len(part)))
    return spans


# Who wrote or filed the report: "PV Thái Bình", "phóng viên Hà Giang", "CTV Quảng Nam/VOV".
_REPORTER_WORDS = frozenset({("pv",), ("p", ".", "v"), ("ctv",), ("btv",), ("phóng", "viên"), ("biên", "tập", "viên"),
                             ("cộng", "tác", "viên")})
MAX_NAME_WORDS = 4


def _capitalised_run(tokens, start):
    end = start
    while end < len(tokens) and end - start < MAX_NAME_WORDS and tokens[end].is_word and tokens[end].is_capitalised \
            and not tokens[end].text.isdigit() and (end == start or tokens[end].start - tokens[end - 1].end <= 1):
        end += 1
    return end


def _is_outlet(token):
    """"VOV", "TTXVN", "QĐND", "kontumtv.vn"'s first word: a news outlet's abbreviation."""
    return token.is_word and len(token.text) >= 2 and token.text.isupper()


def _credited_names(tokens):
    """Spans of names printed as a reporter's: after "PV" ("Theo tin PV Thái Bình/VOV Miền Trung"), or before
    "/" and an outlet ("Thanh Vân/TTXVN"). A reporter may be named like a province; a report is not about them."""
    spans, n = [], len(tokens)
    for i in range(n):
        for words in _REPORTER_WORDS:
            if tuple(t.text.lower() for t in tokens[i:i + len(words)]) == words:
                end = _capitalised_run(tokens, i + len(words))
                if end > i + len(words):
                    spans.append((tokens[i + len(words)].start, tokens[end - 1].end))
                break
        if tokens[i].text == "/" and i + 1 < n and _is_outlet(tokens[i + 1]) and i and tokens[i - 1].is_capitalised \
                and tokens[i - 1].end == tokens[i].start:
            first = i - 1
            while first > 0 and i - first < MAX_NAME_WORDS and tokens[first - 1].is_word \
                    and tokens[first - 1].is_capitalised and tokens[first].start - tokens[first - 1].end <= 1:
                first -= 1
            spans.append((tokens[first].start, tokens[i - 1].end))
    return spans


_FORMER_ENDS = frozenset({",", ";", ".", ")", ":"})


def _former_units(tokens):
    """Spans of names printed as a unit that no longer exists: "tỉnh Vĩnh Phúc (cũ)", "Khánh Hòa (cũ)". They say
    where someone or something came from before a merger, not a place the report is about; the same name printed
    without "(cũ)" still counts."""
    spans, n = [], len(tokens)
    for i in range(1, n):
        if tokens[i].text == "cũ" and tokens[i - 1].is_word and tokens[i - 1].is_capitalised \
                and tokens[i].start - tokens[i - 1].end == 1 and (i + 1 == n or tokens[i + 1].text in _FORMER_ENDS):
            # "quê Bến Cát, Bình Dương cũ;", "(thuộc tỉnh Sóc Trăng cũ)": many outlets print "cũ" without brackets,
            # right after the name and closing its phrase.
            first = i
            while first > 0 and i - first < MAX_NAME_WORDS and tokens[first - 1].is_word \
                    and tokens[first - 1].is_capitalised:
                first -= 1
            spans.append((tokens[first].start, tokens[i - 1].end))
            continue
        if i >= n - 2:
            continue
        if tokens[i].text == "(" and tokens[i + 1].text.lower() == "cũ" and tokens[i + 2].text == ")":
            first = i
            while first > 0 and i - first < MAX_NAME_WORDS and tokens[first - 1].is_word \
                    and tokens[first - 1].is_capitalised:
                first -= 1
            if first < i:
                spans.append((tokens[first].start, tokens[i - 1].end))
    return spans


# A page's list of provinces copied with the report: an outlet's menu of its local pages ("An Giang Bình Dương Bình
# Phước …") or a weather box ("Hà Nội: 26°C Thừa Thiên Huế: 32°C …"), one name a line on the page, joined by spaces when
# the lines are read as one paragraph. Prose never prints three provinces in a row without a comma or "và" between.
MIN_MENU_NAMES = 3
MAX_PROVINCE_WORDS = 4
_CITY_PREFIXES = frozenset({"tp", "tỉnh", "tp."})
_READING_UNITS = frozenset({"°", "c", "f", "%", "°c", "°f"})


def _province_at(tokens, i, province_keys):
    """The index after a province's name printed at ``i`` ("TP" or "Tỉnh" allowed before it), else None."""
    n = len(tokens)
    if i < n and tokens[i].text.lower() in _CITY_PREFIXES:
        i += 1 + (i + 1 < n and tokens[i + 1].text == ".")
    if i >= n or not tokens[i].is_capitalised:
        return None
    for length in range(MAX_PROVINCE_WORDS, 0, -1):
        words = tokens[i:i + length]
        if len(words) == length and all(t.is_word and t.is_capitalised for t in words) \
                and " ".join(t.tone for t in words) in province_keys:
            return i + length
    return None


def _after_reading(tokens, j):
    """The index after a reading printed after a name (": 26°C", ": -3 °C", ": 80%"), or ``j`` when there is none."""
    n = len(tokens)
    if j >= n or tokens[j].text != ":":
        return j
    k = j + 1 + (j + 1 < n and tokens[j + 1].text in {"-", "−"})
    if k >= n or not tokens[k].text.isdigit():
        return j
    k += 1
    if k + 1 < n and tokens[k].text in {",", "."} and tokens[k + 1].text.isdigit() and tokens[k].start == tokens[k - 1].end:
        k += 2
    while k < n and tokens[k].text.lower() in _READING_UNITS:
        k += 1
    return k


def _province_menus(text, tokens, province_keys):
    """Spans of the names in a page's menu or weather box of provinces: three names or more in a row, each after the
    last with nothing but a space and maybe a reading between them. The page's furniture names provinces the report
    is not about; a report's own list separates its names ("Hà Nội, Hải Phòng và Quảng Ninh")."""
    spans, i, n = [], 0, len(tokens)
    while i < n:
        run, j = [], i
        while (end := _province_at(tokens, j, province_keys)) is not None:
            run.append((tokens[j].start, tokens[end - 1].end))
            j = _after_reading(tokens, end)
            if j >= n or j and "\n\n" in text[tokens[j - 1].end:tokens[j].start]:
                break  # a paragraph's end: the names of the next one are another list
        if len(run) >= MIN_MENU_NAMES:
            spans += run
            i = j
        else:
            i += 1
    return spans


_DATELINE_SEPARATORS = frozenset({"-", "–", "—", ",", ":"})


def _datelines(text, tokens):
    """The city of a dateline at a paragraph's start: "Hà Nội (TTXVN 22/02/2023) …", "(TTXVN) Hà Nội - …": where
    an agency filed the report from, not what it is about."""
    spans, n = [], len(tokens)
    for i in range(n):
        if i and "\n" not in text[tokens[i - 1].end:tokens[i].start]:
            continue
        first = i
        if tokens[i].text == "(" and i + 1 < n and _is_outlet(tokens[i + 1]):
            close = next((j for j in range(i + 2, min(i + 12, n)) if tokens[j].text == ")"), None)
            if close is None:
                continue
            first = close + 1 + (close + 1 < n and tokens[close + 1].text in _DATELINE_SEPARATORS)
            end = _capitalised_run(tokens, first)
            if first < end < n and tokens[end].text in _DATELINE_SEPARATORS:
                spans.append((tokens[first].start, tokens[end - 1].end))
            continue
        end = _capitalised_run(tokens, first)
        if first < end and end + 1 < n and tokens[end].text == "(" and _is_outlet(tokens[end + 1]):
            spans.append((tokens[first].start, tokens[end - 1].end))
    return spans
