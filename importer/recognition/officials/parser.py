"""The parser behind ``find_officials``: a walk over the tokens, person by person."""

import bisect
import re
from dataclasses import dataclass, replace

from core.text import fold
from importer.recognition.names import ALWAYS_TITLE, SURNAMES, TITLE_BIGRAMS, TITLE_WORDS, is_name_word
from importer.recognition.officials.vocabulary import (
    _CAPITAL_TITLE_PREFIXES,
    _DASHES,
    _HARD_STOPS,
    _ORGANISATION_HEADS,
    _SEPARATORS,
    _TITLE_PREFIXES,
    ACADEMIC_ABBREVIATIONS,
    ALLOWED_BIGRAMS,
    APPOINTED_AFTER,
    APPOINTED_BEFORE,
    AWARD_BIGRAMS,
    COMMITTEE_LINKS,
    COMMITTEE_WORDS,
    FIXED_COMMAS,
    HONOUR_KEYS,
    LOWER_CASE_HEAD_KEYS,
    LOWER_CASE_ROLE_KEYS,
    MEMBER_BODIES,
    MEMORIAL_KEYS,
    NOMINALISERS,
    NOUN_ENDINGS,
    NOUN_OPENINGS,
    OFFICIAL_ACTS,
    ORGANISATION_BIGRAMS,
    POSTED_HEAD_KEYS,
    PROFESSION_KEYS,
    QUALIFIER_BIGRAMS,
    RANK_HEAD_KEYS,
    RELIGIOUS_ABBREVIATIONS,
    STOP_BIGRAMS,
    STOP_WORDS,
    TITLE_HEAD_KEYS,
)
from importer.recognition.tokens import Token, tokenize, tone_key, word_keys

_APOSTROPHES = frozenset({"'", "’"})
# Bodies that, after a title and a comma, are rather the subject of the sentence's next clause when a verb follows.
# A unit the title belongs to ("…, Bộ Chỉ huy Quân sự tỉnh Sê Kông") is not one of them.
_SUBJECT_BODIES = frozenset({"UBND", "HĐND", "UBMTTQ", "MTTQ", "Tỉnh", "Thành", "Huyện"})
# Where a unit is, printed after a comma in a title: ", tỉnh Lạng Sơn", ", huyện Mường Tè", ", thị xã Kỳ Anh".
_PLACE_KINDS = frozenset({"tỉnh", "huyện", "xã", "phường", "quận"})
_PLACE_KIND_PAIRS = frozenset({("thị", "xã"), ("thành", "phố"), ("thị", "trấn")})
# Countries whose name opens with a family name: "Đại sứ Hoa Kỳ Marc Knapper" names Marc Knapper.
_COUNTRIES = frozenset({tone_key("hoa") + " " + tone_key("kỳ"), tone_key("hàn") + " " + tone_key("quốc")})
# Countries a foreign official's title names before the name: "Tổng Bí thư, Chủ tịch nước Trung Quốc Tập Cận Bình".
_COUNTRY_NAMES = frozenset(" ".join(tone_key(w) for w in name.split()) for name in (
    "Trung Quốc", "Lào", "Campuchia", "Cam-pu-chia", "Thái Lan", "Hàn Quốc", "Nhật Bản", "Hoa Kỳ", "Mỹ", "Nga",
    "Cuba", "Cu Ba", "Ấn Độ", "Pháp", "Đức", "Singapore", "Xin-ga-po", "Malaysia", "Indonesia", "Myanmar",
    "Philippines", "Úc", "Australia", "Mông Cổ", "Triều Tiên", "Belarus", "Venezuela", "Brazil", "Hungary",
))
# The level a body of the Party or the State belongs to, printed last in its name: "Ban Chính sách, chiến lược Trung
# ương", "Ủy ban Kiểm tra, giám sát Tỉnh ủy".
_BODY_LEVELS = frozenset(" ".join(tone_key(w) for w in level.split()) for level in (
    "Trung ương", "Tỉnh ủy", "Thành ủy", "Huyện ủy", "Quận ủy", "Thị ủy", "Đảng ủy", "Quốc hội", "Chính phủ"))
# Bodies named with where they sit, after "tại": an association of people from one province living in another, an
# office representing a body in a city.
_BRANCHED_BODIES = frozenset(" ".join(tone_key(w) for w in body.split()) for body in ("hội", "văn phòng", "đại diện", "thường trú"))
# Units of other countries, printed in lower case before their name ("Bí thư Châu ủy châu Văn Sơn", "Thống đốc bang
# Hòa Bình"): what follows is the unit's name, though it may open with a family name.
_FOREIGN_UNITS = frozenset({"châu", "bang"})
# Words after which a capitalised word names a place, not a person: "tỉnh Salavan", "thủ đô Viêng Chăn".
_PLACE_BEFORE_NAME = frozenset({"tỉnh", "huyện", "xã", "phố", "nước", "đô", "bản", "làng", "quận", "khu", "vùng",
                                "thị", "tại", "ở"})
# A parenthesis after a title that opens with one of these says where someone lives ("(phường An Bình)", "(xã Lương
# Hòa)"), in a list of families visited; a district or a province there ("(huyện Mai Châu)") locates the unit.
_RESIDENCE_KINDS = frozenset({"xã", "phường", "ấp", "thôn", "bản", "khóm", "sóc"})
_RESIDENCE_PAIRS = frozenset(" ".join(tone_key(w) for w in pair.split())
                             for pair in ("thị trấn", "khu phố", "tổ dân"))
_ON_DUTY = tone_key("đại") + " " + tone_key("diện")
# After a rank, a soldier's or a policeman's duty in lower case: "Thượng sĩ A, cán bộ trực ban", "trung tá B, chỉ huy
# đội tuần tra".
_DUTIES = frozenset(" ".join(tone_key(w) for w in duty.split()) for duty in ("cán bộ", "chỉ huy", "nhân viên"))
_AGE = re.compile(r"^\s*(?:\d{1,3}\s+tuổi|(?:SN|sinh năm|sinh)\s*\d{4})\s*$", re.IGNORECASE)
# Places of worship and villages, named by a whole run of capitalised words: "chùa Peam Buôl Thmây", "phum Thnốt".
_WHOLE_NAME_PLACES = frozenset({"chùa", "đền", "đình", "miếu", "phum", "sóc", "bản", "làng", "ấp", "thôn"})
# "Thay mặt Bí thư Tỉnh ủy, ông A…": the title is someone else's.
_ON_BEHALF = frozenset({"mặt", "quyền"})
# Words between a name and an office held now or then: "ông A, hiện là Phó Chủ tịch…", "(nay là …)".
_CONNECTORS = (("hiện", "đang", "là"), ("khi", "đó", "là"), ("lúc", "đó", "là"), ("lúc", "ấy", "là"), ("khi", "ấy", "là"),
               ("hiện", "đang", "giữ", "chức"), ("hiện", "giữ", "chức"), ("đang", "giữ", "chức"), ("từng", "giữ", "chức"),
               ("hiện", "nay", "là"), ("nguyên", "là"), ("giữ", "chức"), ("hiện", "là"), ("nay", "là"),
               ("từng", "là"), ("đang", "là"), ("là",))
# Lower-case words after a comma that add an office to the titles printed after a name: "…, kiêm Chủ tịch HĐND
# tỉnh", "…, đồng thời là Trưởng ban…", "…, nguyên Bí thư…", "…, quyền Giám đốc Sở…" (after a comma, "quyền" is an
# acting post, not the noun "quyền").
_TITLE_JOINERS = (("đồng", "thời", "là"), ("đồng", "thời", "kiêm"), ("nguyên",), ("kiêm",), ("quyền",), ("thuộc",))
# Where someone stands in a picture, printed after their name: "(bên phải)", "(thứ hai từ trái sang)", "(áo trắng)".
_MARTYR = tone_key("liệt") + " " + tone_key("sĩ")
_ROMAN = re.compile(r"^[IVXLC]{1,7}$")
_POSITION = re.compile(r"\b(?:phải|trái|giữa|áo|hàng đầu|ngoài cùng|đứng|ngồi)\b", re.IGNORECASE)


# A Vietnamese syllable, without its tones: an onset, a vowel cluster, a coda. A capitalised word that is not one
# ("Khamphanh", "Sengtane", "Knapper") belongs to a foreign name.
_SYLLABLE = re.compile(r"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?$")


def _vietnamese_syllable(word):
    if "-" in word or "'" in word or "’" in word:
        return False
    return bool(_SYLLABLE.match(fold(word).lower()))


def _glue_apostrophes(text, tokens):
    """One token for "K'Ré", "K’Nhiên": a syllable of a name of the Central Highlands, written with an apostrophe
    glued to capitalised letters on both sides."""
    if not any(t.text in _APOSTROPHES for t in tokens):
        return tokens
    glued, i, n = [], 0, len(tokens)
    while i < n:
        token = tokens[i]
        if i + 2 < n and tokens[i + 1].text in _APOSTROPHES and is_name_word(token.text) \
                and is_name_word(tokens[i + 2].text) and token.end == tokens[i + 1].start \
                and tokens[i + 1].end == tokens[i + 2].start:
            word = text[token.start:tokens[i + 2].end]
            glued.append(Token(word, token.start, tokens[i + 2].end, *word_keys(word)))
            i += 3
            continue
        glued.append(token)
        i += 1
    return glued


def _opens_title(tokens, i):
    """Whether a capitalised title opens at token ``i`` ("Chỉ huy trưởng…" after "Đại tá A- "): not a syllable."""
    return any(" ".join(t.tone for t in tokens[i:i + n]) in TITLE_HEAD_KEYS for n in (2, 3, 4) if i + n <= len(tokens))


def _glue_hyphenated_names(text, tokens):
    """One token for a name written with hyphens ("Văn-Xay-Phong-Sạ-Vẳn", "Thạch On- Mê Kone"): capitalised
    syllables around a hyphen glued to at least one of them. A hyphen before a title ("Rah Lan Chung-Phó Bí thư")
    or spaced on both sides ("Thượng tá A - Chính trị viên") separates, as before."""
    tokens = _glue_apostrophes(text, tokens)
    merged, i, n = [], 0, len(tokens)
    while i < n:
        token, j = tokens[i], i
        while j + 2 < n and tokens[j + 1].text == "-" and is_name_word(tokens[j].text) \
                and is_name_word(tokens[j + 2].text) and tokens[j + 2].text not in TITLE_WORDS \
                and tokens[j + 2].text not in ALWAYS_TITLE and not _opens_title(tokens, j + 2) \
                and (tokens[j].end == tokens[j + 1].start or tokens[j + 1].end == tokens[j + 2].start) \
                and "\n" not in text[tokens[j].end:tokens[j + 2].start]:
            j += 2
        if j > i:
            word = text[token.start:tokens[j].end]
            token = Token(word, token.start, tokens[j].end, *word_keys(word))
        merged.append(token)
        i = j + 1
    return merged


_UNIT_WORDS = frozenset({"tỉnh", "thành", "huyện", "quận", "thị"})
# Units named after people as often as not ("phường Trần Phú", "xã Lê Lợi"); provinces are not.
_NAMED_PLACE_KINDS = frozenset({"huyện", "xã", "phường", "quận", "ấp", "thôn", "bản", "khóm", "sóc"})
# Events, never an office: after a name and a comma, one of them opens the sentence's next clause.
_EVENTS = frozenset(" ".join(tone_key(w) for w in event.split()) for event in (
    "hội nghị", "đại hội", "hội thảo", "hội thi", "lễ", "chương trình", "cuộc thi", "buổi", "kỳ họp", "phiên họp"))


@dataclass(frozen=True)
class NamedOfficial:
    name: str
    title: str  # as printed, "" when the text gives none at this mention
    start: int  # span of the name in the text
    end: int


class _Parser:
    def __init__(self, text, tokens=None, places=frozenset()):
        self.text = text
        self.tokens = _glue_hyphenated_names(text, tokens if tokens is not None else tokenize(text))
        self.n = len(self.tokens)
        self.places = places
        self.shared_title_list = None  # where a list of names sharing the office printed before it goes on
        self.capital_triples = None  # three capitalised name words in a row, as printed: see ``miscapitalised``

    def is_place(self, start, end):
        """Whether the words ``start``..``end`` (exclusive) are a province's or a district's name."""
        return " ".join(t.tone for t in self.tokens[start:end]) in self.places

    def word(self, i):
        return self.tokens[i].text if 0 <= i < self.n else ""

    def width(self, start, end):
        """How many words of a name ``start``..``end`` spans: a hyphenated one ("Vông-Mạ-Ni") counts as two."""
        return sum(2 if "-" in self.word(i) else 1 for i in range(start, end))

    def lower(self, i):
        return self.word(i).lower()

    def keys(self, i, length):
        """Tone keys of the ``length`` words from ``i``, joined: what titles are compared on."""
        return " ".join(self.tokens[i + d].tone if 0 <= i + d < self.n else "" for d in range(length))

    def joined(self, i):
        """Whether token ``i`` continues the line of token ``i - 1`` (no paragraph break between)."""
        return 0 < i < self.n and "\n" not in self.text[self.tokens[i - 1].end:self.tokens[i].start]

    def intro(self, i):
        """Length of an introduction ("đồng chí", "các đồng chí", "Đ/c", "ông", "bà") at ``i``, and whether
        the name after it must start with a known family name."""
        low = self.lower(i)
        if low == "các" and self.lower(i + 1) == "đồng" and self.lower(i + 2) == "chí":
            return 3, False
        if low == "các" and self.lower(i + 1) in {"ông", "bà"}:
            # "Các ông, bà A, B, C được chỉ định…", "các ông Nguyễn Văn A, Trần Văn B"
            if self.word(i + 2) == "," and self.lower(i + 3) in {"ông", "bà"}:
                return 4, True
            return (3, True) if self.lower(i + 2) in {"ông", "bà"} else (2, True)
        if low == "gồm" and self.word(i + 1) == ":":
            return 2, True  # "Các Phó Bí thư được chỉ định gồm: A (Chủ tịch UBND tỉnh), B, C."
        if low == "đồng" and self.lower(i + 1) == "chí":
            return 2, False
        if low == "đ" and self.word(i + 1) == "/" and self.lower(i + 2) == "c" \
                and self.tokens[i + 2].start == self.tokens[i + 1].end:
            return 3, False
        if low in {"ông", "bà", "ngài"}:
            # "ngài": how the press introduces a foreign dignitary ("ngài A B, Tỉnh trưởng tỉnh C"); his name is read
            # as a foreign one after "ông" is, when a title follows it.
            return 1, True
        if low in {"anh", "chị"} and self.lower(i + 1) != "hùng" and self.capital_word(i + 1):
            # "Anh Lò Văn B, Bí thư Đoàn xã", "chị C, Chủ tịch Hội Phụ nữ": a younger official, introduced as one
            # would a citizen; kept only with a title or named for an office, as after "ông", "bà".
            return 1, True
        return 0, False

    def name_end(self, k):
        j = k
        while j < self.n and j - k < 7 and is_name_word(self.word(j)) and (j == k or self.joined(j)):
            j += 1
        if j - k >= 2 and self.miscapitalised(j):
            j += 1  # "đồng chí Nguyễn Hương giang, …" where "Nguyễn Hương Giang" is printed elsewhere: a typo
        while j > k:
            last, following = self.word(j - 1), self.word(j)
            if last in ALWAYS_TITLE or (last, following) in TITLE_BIGRAMS or (
                    (last, following) in AWARD_BIGRAMS and self.lower(j + 1) != "ngợi" and self.joined(j)):
                j -= 1
            else:
                break
        return j

    def miscapitalised(self, j):
        """Whether the lower-case word at ``j`` ends the name before it, its capital lost by a typo: the same three
        words are printed capitalised elsewhere in the text."""
        word = self.word(j)
        if not (word.isalpha() and word.islower() and self.joined(j)):
            return False
        if self.capital_triples is None:
            self.capital_triples = {
                (self.word(i - 2), self.word(i - 1), self.word(i)) for i in range(2, self.n)
                if all(self.capital_word(i - d) and is_name_word(self.word(i - d)) for d in range(3))
                and self.joined(i) and self.joined(i - 1)}
        return (self.word(j - 2), self.word(j - 1), word[:1].upper() + word[1:]) in self.capital_triples

    def looks_like_name(self, k):
        if self.word(k) not in SURNAMES:
            return False
        j = self.name_end(k)
        if not 2 <= self.width(k, j) <= 5 or self.is_place(k, j):
            return False
        after = self.word(j)
        return not after or after in {",", ";", ".", "và", ")", "("} or not after[0].isupper()

    def parenthesis(self, r):
        """The index of the ")" closing a short parenthesis opened at ``r`` on the same line, or None."""
        if self.word(r) != "(":
            return None
        return next((c for c in range(r + 1, min(r + 16, self.n)) if self.word(c) == ")" and self.joined(c)), None)

    def position_note(self, r):
        """The index after "(bên phải)", "(thứ hai từ trái sang)" at ``r``: where someone stands in the picture."""
        close = self.parenthesis(r)
        if close is None or close - r > 9:
            return None
        inside = self.text[self.tokens[r].end:self.tokens[close].start]
        return close + 1 if _POSITION.search(inside) else None

    def connector(self, q):
        """Length of the words that lead from a name to the office its holder has, had or now has, in lower case
        ("hiện là", "nay là", "khi đó là", "lúc ấy là"), or 0."""
        for words in _CONNECTORS:
            if all(self.lower(q + d) == word and (d == 0 or self.joined(q + d)) for d, word in enumerate(words)):
                return len(words)
        return 0

    def age_note(self, r):
        """The index after "(55 tuổi)", "(SN 1970)", "(sinh năm 1970)" at ``r``: a person's age, or None."""
        close = self.parenthesis(r)
        if close is None or not _AGE.match(self.text[self.tokens[r].end:self.tokens[close].start]):
            return None
        return close + 1

    def residence(self, r):
        """The index after "(phường An Bình)", "(xã Lương Hòa)" at ``r``: where someone lives, or None."""
        close = self.parenthesis(r)
        if close is None or not (self.lower(r + 1) in _RESIDENCE_KINDS or self.keys(r + 1, 2) in _RESIDENCE_PAIRS):
            return None
        return close + 1

    def profession(self, q):
        """Length of a degree or profession printed in lower case after a rank ("Thiếu tá, bác sĩ A"), or 0."""
        for length in (2, 1):
            if self.keys(q, length) in PROFESSION_KEYS and all(self.joined(q + d) for d in range(1, length)):
                return length
        return 0

    def title_joiner(self, q, *, continuing):
        """Length of the lower-case words that join one more office to a person's titles after a comma ("nguyên",
        "kiêm", "quyền", "đồng thời là", and "thuộc" once a title is under way), when a capitalised title or a role
        in lower case ("nguyên giám đốc sở…") follows; else 0."""
        for words in _TITLE_JOINERS:
            if words == ("thuộc",) and not continuing:
                continue
            if all(self.lower(q + d) == word and (d == 0 or self.joined(q + d)) for d, word in enumerate(words)) \
                    and (self.capital_word(q + len(words)) or self.lower_role(q + len(words))) \
                    and self.joined(q + len(words)):
                return len(words)
        return 0

    def alias_end(self, r):
        """The index after "(Năm Trì)", "(Ba Đương)" at ``r``: another name of the person just named, one to three
        capitalised words that are not a title; None otherwise."""
        close = self.parenthesis(r)
        if close is None or not 2 <= close - r <= 4 or self.title_head(r + 1):
            return None
        inside = range(r + 1, close)
        if all(self.capital_word(c) and is_name_word(self.word(c)) for c in inside) \
                and self.word(close + 1) in _SEPARATORS:
            return close + 1
        return None

    def lower_role(self, q):
        """Length of a role printed in lower case at ``q`` ("phó ban quản trị…", "giảng viên…"), or 0."""
        if not (0 <= q < self.n) or not self.word(q)[:1].islower():
            return 0
        for length in (4, 3, 2):
            if self.keys(q, length) in LOWER_CASE_ROLE_KEYS \
                    and all(self.joined(q + d) for d in range(1, length)):
                return length
        return 0

    def appointed(self, start, end):
        """Whether the people named between ``start`` and ``end`` (token indexes) are named for an office or act as
        officials: "chỉ định ông A làm…", "bà B giữ chức…", "Các ông, bà C, D được chỉ định…", "Ông E chủ trì…"."""
        before = " ".join(self.lower(i) for i in range(max(0, start - 4), start) if self.joined(i + 1))
        if any(f" {phrase} " in f" {before} " for phrase in APPOINTED_BEFORE):
            return True
        if self.parenthesis(end) is not None:
            end = self.parenthesis(end) + 1  # "ông A (SN 1958) đã tái đắc cử…"
        q = end
        while self.lower(q) in {"đã", "vừa", "đều", "cùng", "lần", "lượt", "tiếp", "tục"} and q - end < 3:
            q += 1
        after = " ".join(self.lower(i) for i in range(q, min(q + 4, self.n)))
        if any(f"{after} ".startswith(f"{phrase} ") for phrase in (*APPOINTED_AFTER, *OFFICIAL_ACTS)):
            return True
        # "ông A làm Bí thư Tỉnh ủy": "làm" followed by a title.
        return self.lower(q) == "làm" and self.title_head(q + 1) > 0

    def person(self, k, *, needs_surname, before=None, max_width=5, foreign=False):
        """The person whose name starts at ``k``, with the titles printed after it (and ``before`` it: the
        span of a title printed in front of the name), and the index after them."""
        j = self.name_end(k)
        if not 2 <= self.width(k, j) <= max_width or (
                self.word(k) in TITLE_WORDS and self.word(k) not in SURNAMES and not foreign):
            return None, k
        if self.lower(k - 1) in _UNIT_WORDS and self.joined(k) and self.word(k) in TITLE_WORDS \
                and self.is_place(k + 1, j):
            # "Bí thư Tỉnh Đoàn Quảng Ninh", "Thành Đoàn Hà Nội": an organisation of the province named after it,
            # not a person whose family name is Đoàn. "Phó Chủ tịch UBND tỉnh Nguyễn Thanh Bình" is a person, though
            # "Thanh Bình" names a district too.
            return None, k
        if needs_surname and self.word(k) not in SURNAMES:
            return None, k
        name = " ".join(t.text[:1].upper() + t.text[1:] for t in self.tokens[k:j])
        title_start = title_end = places_from = None
        p = j
        if self.age_note(p):
            p = self.age_note(p)  # "ông A (55 tuổi), Trưởng thôn…", "ông B (SN 1970), Bí thư Chi bộ…"
        if self.position_note(p):
            p = self.position_note(p)  # "Đồng chí A (bên phải), Bí thư Tỉnh ủy…"
        elif self.alias_end(p):
            p = self.alias_end(p)  # "đồng chí Lâm Văn Trì (Năm Trì) - nguyên Bí thư…": the name he went by
        elif self.word(p) == "(" and self.title_head(p + 1 + self.connector(p + 1)) and before is None:
            close = self.parenthesis(p)
            opening = p + 1 + self.connector(p + 1)  # "ông A (nay là Phó Chủ tịch UBND tỉnh)"
            if close is not None and all(self.word(c) not in _HARD_STOPS or self.abbreviation_dot(c)
                                         for c in range(p + 1, close)):
                # "Hồ Văn Mười (Chủ tịch UBND tỉnh), Phạm Thị Phúc (…)": the title in brackets.
                title = self.text[self.tokens[opening].start:self.tokens[close - 1].end]
                return NamedOfficial(name, title, self.tokens[k].start, self.tokens[j - 1].end), close + 1
        if p == j and (before is None or self.front_is_rank(before)) and self.capital_word(p) and self.joined(p) \
                and self.title_head(p) and not self.rank_head(p):
            # "đồng chí Nguyễn Văn A Bí thư Tỉnh ủy…": the comma left out; the name stopped before the title. After
            # a rank ("Đại tướng A Bộ trưởng Bộ Quốc phòng") the office is the rest of the title, as after a comma.
            other, _p = self.titled_person(p)
            if other is None:
                end, _stopped = self.segment(p)
                if end > p:
                    title = self.text[self.tokens[p].start:self.tokens[end - 1].end]
                    if before is not None:
                        title = f"{self.text[before[0]:before[1]]}, {title}"
                    return NamedOfficial(name, title, self.tokens[k].start, self.tokens[j - 1].end), end
        # "đồng chí A bí thư huyện ủy cùng…", "các đồng chí A, B nguyên Ủy viên Bộ Chính trị…": the comma left out
        # before a title printed in lower case, or before a former office.
        glued = p == j and before is None and self.joined(p) and (self.lower_role(p) or (
            self.lower(p) in _TITLE_PREFIXES and self.title_joiner(p, continuing=False)))
        lowered = False  # whether the last office was printed in lower case
        while p < self.n and (glued or (self.word(p) in _SEPARATORS and self.joined(p + 1))):
            q = p if glued else p + 1
            glued = False
            if title_start is None and self.connector(q) and self.title_head(q + self.connector(q)):
                q += self.connector(q)  # "ông A, hiện là Phó Chủ tịch…": the office, not the words leading to it
            joiner = self.title_joiner(q, continuing=title_start is not None)
            if joiner:
                # "…, nguyên Ủy viên Trung ương Đảng": a former position, printed in lower case; "…, Trung đoàn 10,
                # thuộc Quân khu 5": the unit's place in the army; "…, kiêm Chủ tịch…", "…, đồng thời là Trưởng
                # ban…", "…, quyền Giám đốc…": one more office of the same person.
                q_title = q
                q += joiner
            else:
                q_title = q
            if self.lower_role(q) or (title_start is None and before is not None and (
                    self.keys(q, 2) == _ON_DUTY or (self.keys(q, 2) in _DUTIES and self.word(q)[:1].islower() and self.front_is_rank(before)))):
                # "ông A - ủy viên Ban thường vụ Hội Nhà báo Việt Nam, chủ tịch Hội Nhà báo thành phố", "đồng chí B,
                # tỉnh ủy viên, Bí thư huyện ủy": offices printed in lower case, among the others or alone. "Thiếu
                # tá A, đại diện Ban CHQS huyện": after a rank, whom the officer stands for is the title.
                end, stopped = self.segment(q)
                title_start = self.tokens[q_title].start if title_start is None else title_start
                title_end, p, places_from, lowered = self.tokens[end - 1].end, end, None, True
                if stopped:
                    break
                continue
            place = self.place_kind(q)
            if title_start is not None and place and self.joined(q + place) and (
                    self.capital_word(q + place) or self.word(q + place).isdigit()):
                # "Đồn trưởng Đồn Biên phòng Bắc Xa, tỉnh Lạng Sơn - Trưởng đoàn…": where the unit is, part of the
                # title when another office follows it; ending the title ("Trụ trì chùa A, xã B, thị xã C"), it says
                # where the person is, not what they are.
                end, stopped = self.segment(q)
                if places_from is None:
                    places_from = title_end
                title_end, p = self.tokens[end - 1].end, end
                if stopped:
                    break
                continue
            if title_start is None and self.word(q).isdigit() and self.lower(q + 1) == "tuổi" \
                    and self.word(q + 2) in _SEPARATORS:
                p = q + 2  # "ông A, 55 tuổi, Trưởng thôn…": the age, then the title
                continue
            if title_start is not None and self.listed_body(q):
                # "Bí thư Đảng ủy MTTQ, các đoàn thể Trung ương, Chủ tịch…": a body named as a list, then more offices.
                end, _stopped = self.segment(q)
                title_end, p, places_from = self.tokens[end - 1].end, end, None
                continue
            if title_start is not None and not lowered and self.lower_case_body_part(q):
                # "Trưởng ban Chính sách, chiến lược Trung ương": the rest of a body's name, after its comma.
                end, stopped = self.segment(q)
                title_end, p, places_from = self.tokens[end - 1].end, end, None
                if stopped:
                    break
                continue
            if not self.capital_word(q) or self.word(q).isdigit():
                break
            if self.looks_like_name(q) or self.intro(q)[0] or self.keys(q, 2) in _EVENTS or self.keys(q, 1) in _EVENTS:
                break  # "Theo đồng chí A, Hội nghị lần thứ chín … diễn ra…": the next clause, about an event
            if lowered and not self.title_head(q) and not (self.word(p) in _DASHES and self.joined(p)):
                # "ông Thạch Ngàn, phó ban quản trị chùa Mỏ Neo, Sóc Trăng": after a role printed in lower case only
                # another office goes on, or the rest of a name split by a dash ("giám đốc Sở văn hóa – Thể thao").
                break
            end, stopped = self.segment(q)
            if end == q:
                break
            if self.title_head(q):
                # "Tổng Bí thư Tô Lâm, Chủ tịch nước Lương Cường, …": the next person, printed title first. Not
                # "đồng chí A, Bí thư Đảng ủy phường Trần Phú, …": the ward is named after someone.
                other, _p = self.titled_person(q)
                if other is not None and other.end <= self.tokens[end - 1].end and not (
                        before is None and self.named_place(self.index_at(other.start))):
                    break
            elif title_start is not None and stopped and self.word(q) in _SUBJECT_BODIES \
                    and self.word(end)[:1].islower() and self.word(end - 1) != ")":
                break  # "…, Chủ tịch UBND tỉnh, UBND tỉnh tổ chức buổi làm việc": the next clause's subject
            title_start = self.tokens[q_title].start if title_start is None else title_start
            title_end = self.tokens[end - 1].end
            places_from = None
            p = end
            if stopped:
                break
        if places_from is not None:
            title_end = places_from
        if before is None and self.proper_names_listed(j, p):
            # "gồm: Đoàn Kết, Hòa Bình, Ia Chim (thành phố Kon Tum)": a list of communes, the first read as a name.
            return None, k
        p = self.residence(p) or p  # a list of families visited goes on after "(phường …)"
        title = self.text[title_start:title_end] if title_start is not None else ""
        if before is None and title and self.body_only(self.index_at(title_start), self.index_at(title_end)):
            title = ""  # "ông A - Hội Cựu chiến binh xã": a member of the body, no office named
        if before is not None:
            # "Tổng Bí thư Nguyễn Phú Trọng, Trưởng Tiểu ban…": both parts, joined as printed around the name.
            front = self.text[before[0]:before[1]]
            between = self.text[self.tokens[j - 1].end:title_start]
            if between in _DASHES:
                between = ", "  # "Đại tá A-Phó Chính ủy…": a dash glued to the name, as a comma would be
            elif between.strip() in _DASHES:
                between = f" {between.strip()} "  # "Đại tá A- Chỉ huy trưởng…": the dash spaced as it is meant
            title = front + between + title if title else front
        return NamedOfficial(name, title, self.tokens[k].start, self.tokens[j - 1].end), p

    def branch_place(self, q, r):
        """Whether a province's or a district's name at ``r``, right after "tại" in the title begun at ``q``, is where
        an association or an office has its branch ("Hội đồng hương A tại Hà Nội", "Văn phòng đại diện tại Huế"):
        the title goes on with the place when it ends there."""
        if not any(self.keys(i, n) in _BRANCHED_BODIES for i in range(q, r) for n in (1, 2) if i + n <= r):
            return False
        return any(self.is_place(r, r + n) and self.word(r + n) in {",", ";", ".", ""} for n in (1, 2, 3))

    def lower_case_body_part(self, q):
        """Whether the words at ``q``, after a comma in a title, are the rest of a body's name: a few words in lower
        case ending with the level the body belongs to ("…, chiến lược Trung ương", "…, giám sát Tỉnh ủy")."""
        if not self.word(q)[:1].islower() or not self.word(q).isalpha() or self.lower(q) in STOP_WORDS:
            return False
        end, _stopped = self.segment(q)
        if not 2 <= end - q <= 5 or self.word(end) not in {",", ";", ".", ""}:
            return False
        level = next((n for n in (2, 1) if end - n > q and self.keys(end - n, n) in _BODY_LEVELS), 0)
        return bool(level) and all(self.word(i).islower() for i in range(q, end - level))

    def body_only(self, start, end):
        """Whether the title from token ``start`` to ``end`` (exclusive) names only a body one can belong to ("Hội
        Nông dân xã", "Công ty A"), with no office or role in it."""
        if not any(" ".join(self.lower(start + d) for d in range(n)) in MEMBER_BODIES for n in (1, 2, 3)):
            return False
        return not any(self.title_head(i) or self.lower_role(i) for i in range(start, end))

    def proper_names_listed(self, j, p):
        """Whether what follows a name from ``j`` to ``p`` is only more proper names, two at least, separated by
        commas and perhaps located in brackets ("…, Hòa Bình, Ia Chim (thành phố Kon Tum)"): then the name heads a
        list of places or things, and none of it is a title."""
        pieces, r = 0, j
        while r < p and self.word(r) == ",":
            q = r + 1
            if self.title_head(q):
                return False
            r = q
            while r < p and r - q < 4 and is_name_word(self.word(r)) and self.capital_word(r):
                r += 1
            if r == q:
                return False
            close = self.parenthesis(r) if r < p else None
            if close is not None and close < p:
                r = close + 1
            pieces += 1
        return r == p and pieces >= 2

    def place_kind(self, q):
        """Length of the lower-case kind of a place at ``q`` ("tỉnh", "xã", "thị xã", "thành phố"), or 0."""
        if (self.lower(q), self.lower(q + 1)) in _PLACE_KIND_PAIRS and self.joined(q + 1):
            return 2
        return int(self.lower(q) in _PLACE_KINDS)

    def named_place(self, i):
        """Whether the capitalised words at ``i`` follow the kind of a place below a province ("xã Hà Tiến", "phường
        Trần Phú", "thôn Hà Lâm"): a place's name, which may be a person's ("phường Lê Lợi")."""
        if not self.joined(i):
            return False
        return self.lower(i - 1) in _NAMED_PLACE_KINDS or (self.lower(i - 2), self.lower(i - 1)) in _PLACE_KIND_PAIRS

    def index_at(self, offset):
        """The index of the token that starts at character ``offset``."""
        return bisect.bisect_left(self.tokens, offset, key=lambda token: token.start)

    def after_place(self, p):
        """Whether the title that ends before ``p`` ends with a place named after its kind ("… xã Hà Mòn"): a name
        listed after it without a title of its own is another place of that kind ("…, Đoàn Kết")."""
        r = p
        while r > p - 4 and is_name_word(self.word(r - 1)) and self.capital_word(r - 1):
            r -= 1
        return r < p and self.named_place(r)

    def listed_body(self, q):
        """Whether the lower-case words at ``q`` go on naming a body listed in a title ("Bí thư Đảng ủy MTTQ, các đoàn
        thể Trung ương, Chủ tịch…") and another office follows them: then they are part of the title."""
        low = self.lower(q)
        if low not in {"các", "những"} and not (low in _ORGANISATION_HEADS and self.word(q).islower()):
            return False
        end, stopped = self.segment(q)
        return not stopped and end - q <= 6 and self.word(end) in _SEPARATORS and self.joined(end + 1) \
            and self.capital_word(end + 1) and self.title_head(end + 1) > 0

    def listed_name(self, q):
        """Whether a list goes on with a name at ``q``: a known family name, or any run of capitalised words
        followed by a separator and a title ("; Rah Lan Chung-Phó Bí thư Tỉnh ủy")."""
        if self.looks_like_name(q):
            return True
        j = self.name_end(q)
        return 2 <= j - q <= 4 and not self.is_place(q, j) and self.word(j) in _SEPARATORS \
            and self.title_head(j + 1) > 0

    def capital_word(self, i):
        token = self.tokens[i] if 0 <= i < self.n else None
        return token is not None and token.is_word and token.is_capitalised

    def abbreviation_dot(self, r):
        """Whether the "." at ``r`` belongs to an abbreviation ("BCH T.Ư", "T.ư", "TP.HCM", "TP. Hồ Chí Minh")."""
        previous, following = self.word(r - 1), self.word(r + 1)
        if not previous or not following or not following[0].isalpha() or not self.joined(r + 1):
            return False
        if following[0].islower() and self.tokens[r + 1].start > self.tokens[r].end:
            return False  # "…Thành ủy TP HCM. tặng hoa": a full stop misplaced, the sentence goes on in lower case
        glued = self.tokens[r - 1].end == self.tokens[r].start
        if self.tokens[r + 1].start > self.tokens[r].end and (
                self.ordinal_numeral(r - 1) or self.letter_suffix(r - 1) or self.opens_clause(r + 1)):
            # "…Bí thư Tỉnh ủy khóa X. Đại hội cũng…", "…Chi bộ ấp Phú Đức B. Ông cho biết…": the term's numeral or a
            # place's letter ends the sentence, and so does any dot before an event or a person introduced.
            return False
        short_capitals = len(previous) <= 3 and previous[0].isupper() and previous.isalpha() and (
            previous.isupper() or previous in {"Tp", "Th"})
        # "UVDKT.Ư": a longer run of capitals is an abbreviation when the next letter is glued to the dot too.
        long_capitals = previous.isalpha() and previous.isupper() and len(previous) <= 8 \
            and self.tokens[r + 1].start == self.tokens[r].end
        return glued and (short_capitals or long_capitals)

    def memorial_before(self, i):
        """Whether the words right before token ``i`` name a place that bears someone's name and title ("Nhà lưu
        niệm", "Khu di tích", "Tượng đài", "đường"): the title and the name after them are the place's name."""
        return any(self.keys(i - n, n) in MEMORIAL_KEYS and all(self.joined(i - d) for d in range(n + 1))
                   for n in (1, 2, 3) if i - n >= 0)

    def letter_suffix(self, i):
        """Whether token ``i`` is a capital letter ending a name ("ấp Phú Đức B", "Khu phố 3A" aside): after a word
        in title case, where an abbreviation ("TP.", "Q.") follows a lower-case word or a run of capitals."""
        previous = self.word(i - 1)
        return len(self.word(i)) == 1 and self.word(i).isupper() and previous[:1].isupper() \
            and previous[1:].islower() and self.joined(i)

    def opens_clause(self, i):
        """Whether the word at ``i`` opens a sentence about someone or something else: a person introduced ("Ông",
        "Đồng chí") or an event ("Hội nghị", "Đại hội")."""
        return bool(self.intro(i)[0]) or self.keys(i, 2) in _EVENTS or self.keys(i, 1) in _EVENTS

    def ordinal_numeral(self, i):
        """Whether token ``i`` is a Roman numeral counting a term or a congress ("khóa X", "lần thứ XIII", "Đại hội
        XIV"): a long one, or one after a lower-case word; a lone capital after a name may be an initial."""
        word = self.word(i)
        if not _ROMAN.match(word):
            return False
        return len(word) >= 2 or self.word(i - 1)[:1].islower() or self.lower(i - 1) == "hội"

    def posted(self, h):
        """Whether the title at ``h`` is a diplomat's, which goes on with where they are posted ("tại Lào")."""
        h += 1 if self.lower(h) == "phó" else 0
        return any(self.keys(h, n) in POSTED_HEAD_KEYS for n in (1, 2, 3))

    def segment(self, q):
        """Scan one title from ``q``; return (end index, whether the title list stops here)."""
        r = q
        while r < self.n:
            if r > q and not self.joined(r):
                return r, True
            word = self.word(r)
            if word == "," and (self.lower(r - 1), self.lower(r + 1)) in FIXED_COMMAS and self.joined(r + 1):
                r += 1  # "phòng, chống tham nhũng, tiêu cực": one name
                continue
            if word == ",":
                return r, False
            if word == "." and self.abbreviation_dot(r):
                r += 1
                continue
            if word == "(" and r > q:
                if self.position_note(r):
                    return r, True  # "…Chủ tịch HĐND tỉnh (thứ 3 từ trái sang) trao quà"
                if self.residence(r):
                    return r, True  # "…, nguyên Giám đốc Công ty A (phường Bình Thắng)": where the family lives
                close = next((c for c in range(r + 1, min(r + 16, self.n)) if self.word(c) == ")"), None)
                if close == r + 2 and self.word(r + 1).isupper() and self.word(r + 1).isalpha() \
                        and self.capital_word(close + 1) and self.joined(close + 1) \
                        and not self.looks_like_name(close + 1) and not self.title_head(close + 1):
                    r = close + 1  # "Bộ Chỉ huy quân sự (CHQS) Vĩnh Long": the body's abbreviation, then its place
                    continue
                if close is not None and all(self.word(c) not in _HARD_STOPS or (
                        self.word(c) == "." and self.abbreviation_dot(c)) for c in range(r + 1, close)):
                    return close + 1, True  # "(Bộ đội Biên phòng tỉnh Lạng Sơn)" ends the title
                return r, True
            if word in _DASHES:
                if self.word(r - 1).isdigit() and self.word(r + 1).isdigit():
                    r += 1  # "nhiệm kỳ 2020-2025"
                    continue
                return r, not (self.capital_word(r + 1) and not self.looks_like_name(r + 1))
            if word in _HARD_STOPS:
                return r, True
            low = word.lower()
            if word[0].isalpha() and not word[0].isupper():
                pair = (low, self.lower(r + 1))
                if pair in QUALIFIER_BIGRAMS and r == q + self.title_head(q) and self.title_head(q):
                    r += 2  # "Phó Chủ tịch điều hành HĐND tỉnh", "Giám đốc điều hành": the office's own word
                    continue
                after_head = self.lower(r - 1) in _ORGANISATION_HEADS and pair in ORGANISATION_BIGRAMS
                if low == "và" and any(self.is_place(r - n, r) and self.lower(r - n - 1) in _PLACE_KINDS
                                         for n in (1, 2, 3) if r - n - 1 >= q):
                    # "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Tây Ninh và Ban Chỉ huy Quân sự huyện …": an office
                    # ends with its province; what "và" adds is another subject of the sentence.
                    return r, True
                if low == "và":
                    following = self.tokens[r + 1] if r + 1 < self.n else None
                    # "Bộ Giáo dục và Đào tạo" goes on; "… và đồng chí B" or "… và Trần Văn B" does not.
                    if following and following.is_capitalised and not self.looks_like_name(r + 1) \
                            and not self.intro(r + 1)[0] and not self.rank_head(r + 1) and not (
                                self.title_head(r + 1) and self.titled_person(r + 1)[0] is not None):
                        r += 1  # but "Thượng tá A - Phó Chỉ huy trưởng và Thiếu tá B - …" is the next person, and
                        continue  # a rank always opens one, even before a name the parser cannot read
                    return r, True
                if pair in ALLOWED_BIGRAMS:
                    r += 2
                    continue
                if any(self.capital_word(r - n + 1) and self.keys(r - n + 1, n) in TITLE_HEAD_KEYS
                       for n in (2, 3, 4) if r - n + 1 >= q):
                    r += 1  # "Tổng Thư ký Hội đồng…": the word completes an office's name, it is no verb
                    continue
                if pair == ("thông", "tin") and self.lower(r - 1) == "nghệ":
                    r += 2  # "Trung tâm Công nghệ thông tin"
                    continue
                if low == "tại" and self.posted(q) and self.capital_word(r + 1):
                    r += 1
                    continue
                if low == "tại" and self.branch_place(q, r + 1):
                    r += 1  # "Trưởng Ban liên lạc Hội đồng hương A tại Hà Nội": the body's branch in a city
                    continue
                if low in COMMITTEE_LINKS and self.word(r + 1)[:1].isalpha() and self.joined(r + 1) and any(
                        words in self.text[self.tokens[q].start:self.tokens[r - 1].end].lower()
                        for words in COMMITTEE_WORDS):
                    r += 1
                    continue
                if ((pair in STOP_BIGRAMS and not after_head) or low in STOP_WORDS) \
                        and (self.lower(r - 1), low) not in NOUN_ENDINGS and pair not in NOUN_OPENINGS \
                        and (self.lower(r - 2), self.lower(r - 1)) not in NOMINALISERS:
                    return r, True
                if low == "đồng" and self.lower(r - 1) not in {"hội", "cộng"}:
                    return r, True  # "đồng chí", "đồng chủ trì", "đồng thời" (but "Hội đồng", "cộng đồng")
            r += 1
        return r, True

    def title_head(self, i):
        """Length of a title that begins a mention printed title first ("Bí thư Tỉnh ủy Lê Văn B"), or 0."""
        if not (0 <= i < self.n) or self.word(i) in SURNAMES and self.word(i) not in TITLE_WORDS:
            return 0
        if self.lower(i - 2) == "việt" and self.lower(i - 1) == "nam":
            return 0  # "Mẹ Việt Nam Anh hùng Trần Thị Chắt": an honour, not an office
        capital = self.capital_word(i)
        if capital and self.lower(i) in ACADEMIC_ABBREVIATIONS:
            return self.abbreviated_degrees(i)
        if self.word(i) in RELIGIOUS_ABBREVIATIONS and self.word(i + 1) == "." \
                and self.tokens[i + 1].start == self.tokens[i].end and self.word(i + 2) == "Thích":
            return 2  # "ĐĐ.Thích Tâm Thanh", "TT. Thích Minh Lộc": a monk's rank, abbreviated, before his name
        for length in (5, 4, 3, 2, 1):
            words = self.keys(i, length)
            if (words in TITLE_HEAD_KEYS if capital else words in LOWER_CASE_HEAD_KEYS) \
                    and all(self.joined(i + d) for d in range(1, length)):
                # "Đại sứ quán", "Lãnh sự quán", "Trưởng thành": the head word is part of another word.
                following = self.lower(i + length)
                part_of_word = following == "quán" or (following == "thành" and words == tone_key("trưởng"))
                return 0 if part_of_word else length
        if capital and self.lower(i) == "phó" and self.joined(i + 1) and self.word(i + 1)[:1].isalpha():
            following = self.title_head(i + 1)  # "Phó Đồn trưởng", "Phó Chỉ huy trưởng", "Phó Tổng Biên tập"
            return following + 1 if following else 0
        return 0

    def abbreviated_degrees(self, i):
        """Tokens of "PGS.TS", "TS.", "ThS", "GS.TSKH" at ``i``: abbreviations glued by dots, a final glued dot."""
        r = i + 1
        while self.word(r) == "." and self.tokens[r].start == self.tokens[r - 1].end:
            if self.lower(r + 1) in ACADEMIC_ABBREVIATIONS and self.tokens[r + 1].start - self.tokens[r].end <= 1:
                r += 2
            else:
                r += 1
                break
        return r - i

    def foreign_name_start(self, r, run_end):
        """Where a foreign name ends the run ``r``..``run_end`` of capitalised words: its last words, none of them a
        Vietnamese syllable ("Trưởng Ban Tuyên huấn Trung ương Đảng Nhân dân cách mạng Lào Khamphanh Pheuyavong",
        "Đại sứ Hoa Kỳ Marc Knapper"), two at least (or one written with hyphens); None without one."""
        if self.lower(r - 1) in _WHOLE_NAME_PLACES:
            return None  # "Trụ trì chùa Peam Buôl Thmây": the pagoda's name, every word of it
        first = r + 1 if self.lower(r - 1) in _PLACE_BEFORE_NAME else r  # "tỉnh Salavan Khamphanh …": the place
        k = run_end
        while k > first and self.width(k - 1, run_end) < 4 and not _vietnamese_syllable(self.word(k - 1)):
            k -= 1
        return k if k < run_end and self.width(k, run_end) >= 2 else None

    def after_country(self, r, run_end):
        """Where a name starts after the country a title names ("Chủ tịch nước Trung Quốc Tập Cận Bình", "Thủ tướng
        Lào Sonexay Siphandone"): two to four capitalised words, none a title's; None otherwise."""
        if any(self.is_place(r, end) for end in range(r + 1, min(run_end, r + 4) + 1)):
            return None  # "Bí thư Tỉnh ủy Lào Cai Nguyễn Văn A": "Lào" opens a province here, not a country
        for length in (2, 1):
            if self.keys(r, length) in _COUNTRY_NAMES:
                k = r + length
                if 2 <= self.width(k, run_end) <= 4 and not any(self.title_head(i) for i in range(k, run_end)):
                    return k
        return None

    def after_place_name(self, r, run_end):
        """Where a name starts right after a province's or a district's whole name that opens the run ``r``..
        ``run_end`` of capitalised words, when two to four words are left and none opens a title; else None."""
        for k in range(run_end - 2, r, -1):
            if run_end - k > 4:
                break
            if self.is_place(r, k) and not self.is_place(k, run_end) \
                    and not any(self.word(i) in TITLE_WORDS and self.word(i) not in SURNAMES for i in range(k, run_end)):
                return k
        return None

    def front_is_rank(self, before):
        """Whether the title printed in front of a name (its span ``before``) is a rank and nothing more."""
        words = self.text[before[0]:before[1]].split()
        return " ".join(tone_key(w) for w in words) in RANK_HEAD_KEYS

    def rank_head(self, h):
        """Whether the title at ``h`` is a rank ("Thiếu tá", "thiếu tướng", "Hòa thượng")."""
        length = self.title_head(h)
        return length and self.keys(h, length) in RANK_HEAD_KEYS

    def titled_person(self, h):
        """A person printed after their title ("Bí thư Tỉnh ủy Lai Châu Lê Minh Ngân", "Trung tá Đỗ Văn Phúc –
        Chính trị viên…"): (NamedOfficial, index after) or (None, h)."""
        prefixed = self.lower(h - 1) in _TITLE_PREFIXES or self.word(h - 1) in _CAPITAL_TITLE_PREFIXES
        start = h - 1 if prefixed and self.joined(h) else h
        r = h + self.title_head(h)
        if self.memorial_before(start) or self.keys(r, 2) == _MARTYR:
            # "Nhà lưu niệm Anh hùng liệt sĩ A", "Đền thờ Chủ tịch B": a place named after someone; "Anh hùng liệt sĩ
            # C": an honour of the dead. Neither names an official who takes part in what is reported.
            return None, h
        while r < self.n and r - h <= 32 and self.joined(r):
            word = self.word(r)
            if self.capital_word(r) and is_name_word(word):
                run_end = r
                while run_end < self.n and is_name_word(self.word(run_end)) and self.joined(run_end) \
                        and self.word(run_end) not in ALWAYS_TITLE and run_end - r < 8:
                    run_end += 1
                after = self.word(run_end) if self.joined(run_end) else ""  # a caption's name ends its line
                if not (after and after[0].isupper() and after[0].isalpha()) and not self.is_place(r, run_end):
                    # The whole run when it is a name ("Nguyễn Thị Kim Ngân"); else, of the family names in it,
                    # the start of the likeliest name (3 words, else 2, else 4): "Lai Châu Lê Minh Ngân" is the
                    # province, then Lê Minh Ngân. A place is never a name: "Bí thư Tỉnh ủy Thái Nguyên".
                    starts = [k for k in range(r + 1, run_end) if self.word(k) in SURNAMES and 2 <= run_end - k <= 4]
                    # "Đặc khu Phú Quốc Nguyễn Lê Quốc Toàn": right after a place's whole name, the name starts.
                    starts.sort(key=lambda k: (not self.is_place(r, k), {3: 0, 2: 1, 4: 2}[run_end - k]))
                    if self.word(r) in SURNAMES and 2 <= self.width(r, run_end) <= 4 \
                            and self.keys(r, 2) not in _COUNTRIES and self.lower(r - 1) not in _FOREIGN_UNITS:
                        starts.insert(0, r)
                    after_place = self.after_place_name(r, run_end)
                    if after_place is not None:
                        # "Bí thư Huyện ủy Sông Lam Chờ Rưm Nhiên": the unit's place, then a name of a people whose
                        # family names are not on the list; never "Giang Chờ Rưm Nhiên" across the place's name.
                        starts = [after_place, *(k for k in starts if k != after_place)]
                    elif not starts and r == h + self.title_head(h) and self.rank_head(h) \
                            and 2 <= self.width(r, run_end) <= 5 and not any(
                                self.word(k) in TITLE_WORDS for k in range(r, run_end)):
                        starts = [r]  # "Thiếu tá Sengvisay Phetsaikham -": after a rank, a foreign name
                    country = self.after_country(r, run_end)
                    if country is not None:
                        # "Thủ tướng Lào Chăn Xa Mạy": after the country, the whole rest is the name, though "Xa"
                        # is a family name too.
                        starts = [country]
                    if not starts:
                        # A foreign name only after a title that says whose it is ("Phó Thủ tướng Lào A B"), not
                        # right after the office ("Chủ tịch Cayxỏn Phômvihản", a historical figure in a picture).
                        foreign = self.foreign_name_start(r, run_end)
                        starts = [foreign] if foreign is not None and foreign > h + self.title_head(h) else []
                    starts = [k for k in starts if not self.is_place(k, run_end) and self.keys(k, 2) not in _COUNTRIES]
                    for k in starts:
                        if k > start and self.text[self.tokens[start].start:self.tokens[k - 1].end].strip():
                            # After a country's name, "Tập Cận Bình" is a name though "Tập" may open "Tập thể".
                            person, p = self.person(k, needs_surname=self.word(k) in SURNAMES,
                                                    before=(self.tokens[start].start, self.tokens[k - 1].end),
                                                    foreign=country == k)
                            if person is not None:
                                return person, p
                r = max(run_end, r + 1)
                continue
            if word == "." and self.abbreviation_dot(r):
                r += 1
                continue
            if word in _DASHES and self.joined(r + 1) and self.looks_like_name(r + 1) and r > h:
                # "Phó Chủ tịch nước - Võ Thị Ánh Xuân trao…": the title, a dash, then who holds it.
                person, p = self.person(r + 1, needs_surname=True,
                                        before=(self.tokens[start].start, self.tokens[r - 1].end))
                if person is not None:
                    return person, p
                return None, h
            if word == "," and self.joined(r + 1) and self.word(r + 1).islower() and self.place_kind(r + 1) \
                    and self.capital_word(r + 1 + self.place_kind(r + 1)):
                # "Chủ tịch UBND xã Ba Hòa, tỉnh Cao Sơn Nguyễn Văn A": where the unit is, then the name.
                r += 1 + self.place_kind(r + 1)
                continue
            if word in _SEPARATORS and self.joined(r + 1) and self.lower(r + 1) in _TITLE_PREFIXES \
                    and self.joined(r + 2) and self.title_head(r + 2):
                # "Nguyên Ủy viên Bộ Chính trị, nguyên Chủ tịch Quốc hội A": one more office, held before.
                r += 2 + self.title_head(r + 2)
                continue
            if word in _SEPARATORS and self.joined(r + 1) and (self.title_head(r + 1) or self.profession(r + 1) or (
                    self.capital_word(r + 1) and not self.looks_like_name(r + 1))):
                # "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Nguyễn Văn C", "Ủy viên Trung ương Đảng - Bí thư…",
                # "Phó Chủ tịch – Tổng Thư ký UBTƯ MTTQ Việt Nam A": the next office's head words are its own
                # ("ký" is not "ký kết").
                r += 1 + self.title_head(r + 1)
                continue
            if word == "," and self.intro(r + 1)[0] and self.joined(r + 1) \
                    and self.lower(start - 1) not in _ON_BEHALF and self.lower(start - 2) not in _ON_BEHALF:
                # "Theo Chủ tịch UBND xã, ông Lê Văn An, …": the title, then who holds it. Not when the person has a
                # title of their own after the name, nor "Thay mặt Bí thư Tỉnh ủy, ông A trao…" (on someone's behalf).
                length = self.intro(r + 1)[0]
                person, p = self.person(r + 1 + length, needs_surname=True,
                                        before=(self.tokens[start].start, self.tokens[r - 1].end))
                if person is not None and person.title == self.text[self.tokens[start].start:self.tokens[r - 1].end]:
                    return person, p
                return None, h
            if word == "&" and self.joined(r + 1):
                r += 1  # "Bộ Văn hóa, Thể thao & Du lịch"
                continue
            if word in _DASHES and self.word(r - 1).isdigit() and self.word(r + 1).isdigit():
                r += 1  # "Bí thư Tỉnh đoàn nhiệm kỳ 2012-2017 là …"
                continue
            if word in _HARD_STOPS or word in _SEPARATORS or not word[0].isalnum():
                return None, h
            if not word[0].isupper():
                if word.lower() == "tại" and self.posted(h) and self.capital_word(r + 1):
                    r += 1
                    continue
                introduced = self.intro(r + 1)[0]
                named = r + 1 + introduced
                if word.lower() == "là" and introduced and self.joined(named) and self.looks_like_name(named):
                    # "Người được chọn làm Bí thư Tỉnh đoàn nhiệm kỳ 2012-2017 là anh A": the office, then its holder;
                    # "Trưởng đoàn là ông B – Phó Bí thư Tỉnh ủy": a title of his own says who he is.
                    person, p = self.person(named, needs_surname=True)
                    if person is not None and not person.title:
                        person, p = self.person(named, needs_surname=True,
                                                before=(self.tokens[start].start, self.tokens[r - 1].end))
                    return (person, p) if person is not None else (None, h)
                if word.lower() == "là" and r > h and self.joined(r + 1) and self.looks_like_name(r + 1):
                    # "các đồng chí nguyên Tỉnh ủy viên, Phó Chủ tịch … là A, B, C": the office, then whoever held
                    # it, one name after another.
                    person, p = self.person(r + 1, needs_surname=True,
                                            before=(self.tokens[start].start, self.tokens[r - 1].end))
                    if person is not None:
                        self.shared_title_list = p
                        return person, p
                    return None, h
                if (word.lower() in STOP_WORDS or (word.lower(), self.lower(r + 1)) in STOP_BIGRAMS) \
                        and (self.lower(r - 1), word.lower()) not in NOUN_ENDINGS \
                        and (word.lower(), self.lower(r + 1)) not in NOUN_OPENINGS:
                    return None, h
                if word.lower() == "và" and not (self.capital_word(r + 1) and not self.looks_like_name(r + 1)):
                    return None, h  # "Ban Tuyên giáo và Dân vận" goes on, "… và Trần Văn B" does not
                if word.lower() == "đồng" and self.lower(r - 1) not in {"hội", "cộng"}:
                    return None, h
            r += 1
        return None, h

    def parse(self):
        found, i = [], 0
        while i < self.n:
            length, needs_surname = self.intro(i)
            if not length:
                if self.bare_titled_name(i):
                    person, p = self.person(i, needs_surname=True)
                    if person is not None and person.title:
                        found.append(person)
                        i = self.rest_of_list(p, found)
                        continue
                if self.title_head(i):
                    person, p = self.titled_person(i)
                    if person is not None:
                        found.append(person)
                        if self.shared_title_list == p:
                            # The names listed after the first share the office printed before them all.
                            listed = []
                            i = self.rest_of_list(p, listed)
                            found.extend(replace(other, title=other.title or person.title) for other in listed)
                            continue
                        i = self.rest_of_list(p, found, after_semicolon_only=True)
                        continue
                i += 1
                continue
            k = i + length + (1 if self.word(i + length) == ":" else 0)  # "các đồng chí: A – …; B – …"
            colon = next((c for c in range(k, min(k + 10, self.n)) if self.word(c) == ":" or (
                self.word(c) in _HARD_STOPS and not self.abbreviation_dot(c)) or not self.joined(c)), None)
            if colon is not None and colon > k and self.word(colon) == ":" and (
                    self.capital_word(k) or self.looks_like_name(colon + 1)):
                # "các đồng chí UVT.Ư Đảng: A, Bộ trưởng…; B, …", "các đồng chí trong Ban Thường vụ Tỉnh ủy: A, …":
                # the title or the body they share, then the list.
                k = colon + 1
            person, p = self.person(k, needs_surname=needs_surname)
            if person is None and self.title_head(k):
                person, p = self.titled_person(k)  # "đồng chí Bí thư Tỉnh ủy Chẩu Văn Lâm"
            if person is None and needs_surname and self.capital_word(k) and not self.title_head(k):
                # "ông Văn-Xay-Phong-Sạ-Vẳn, Ủy viên Trung ương Đảng…", "ông Kong Sạ Mây Veng Chả Lơn - Phó Chủ tịch…": a
                # foreign name (a Lao one may have six or seven syllables), then a title.
                person, p = self.person(k, needs_surname=False, max_width=7)
                if person is not None and not (person.title and self.title_head(self.name_end(k) + 1)):
                    person, p = None, k
            if person is None:
                i += length
                continue
            if not person.title and self.honoured(i):
                i = max(p, i + length)  # "gắn huy hiệu 55 năm cho đồng chí A": a member honoured, no office
                continue
            if needs_surname and not person.title:
                listed = []
                end = self.rest_of_list(p, listed)
                if self.appointed(i, end):
                    found.append(person)
                    found.extend(listed)
                    i = max(end, i + length)
                    continue
                # "ông Vàng Văn Dìn, người dân tộc Giáy": a citizen quoted, not an official.
                i = max(p, i + length)
                continue
            listed, plural = [person], self.lower(i) == "các"
            i = max(self.rest_of_list(p, listed), i + length)
            found.extend(self.shared_glued_titles(listed) if plural else listed)
        return found

    def honoured(self, i):
        """Whether the person introduced at ``i`` receives a badge of years in the Party ("trao huy hiệu 40 năm tuổi
        Đảng cho đồng chí A"): a member honoured for his years, named without an office."""
        if self.lower(i - 1) not in {"cho", "tặng"}:
            return False
        r = i - 2
        while r >= max(0, i - 12) and self.word(r)[:1].isalnum() and self.joined(r + 1):
            if self.keys(r, 2) in HONOUR_KEYS:
                return True
            r -= 1
        return False

    def shared_glued_titles(self, listed):
        """"các đồng chí A, B nguyên Ủy viên Bộ Chính trị, …": names listed without titles, then one with a title
        printed right after it, without a comma, which the writer binds to the whole list: each shares it."""
        shared, waiting = [], []
        for person in listed:
            if not person.title:
                waiting.append(person)
                continue
            glued = self.text[person.end:person.end + 1].isspace() and \
                self.text[person.end:].lstrip().startswith(person.title)
            shared.extend(replace(other, title=person.title) if glued else other for other in waiting)
            shared.append(person)
            waiting = []
        return shared + waiting

    def bare_titled_name(self, i):
        """Whether a name printed without an introduction starts at ``i`` and a title follows it after a comma, a
        dash or in brackets: "Nguyễn Văn A, Chủ tịch UBND xã, cho biết…" (not "Lê Lợi, Trần Hưng Đạo…")."""
        if not self.looks_like_name(i) or (self.capital_word(i - 1) and self.joined(i)):
            return False
        j = self.name_end(i)
        following = j + 1 if self.word(j) in _SEPARATORS or self.word(j) == "(" else None
        return following is not None and self.joined(following) and self.capital_word(following) \
            and self.title_head(following) > 0

    def rest_of_list(self, p, found, *, after_semicolon_only=False):
        """The people listed after one: "…; B, Chủ tịch…", "…, B, …", "… và B, …", "…; Thượng tướng C, …".
        Appends them to ``found`` and returns the index after the list. After a person printed title first,
        only a semicolon goes on to the next (a comma there may well start the sentence's next clause)."""
        while p < self.n:
            q = p
            # "…, Bí thư Đảng ủy xã Hà Mòn, Đoàn Kết và Ia Chim": the list goes on with places of the same kind.
            places_follow = self.word(q) != ";" and self.after_place(q)
            if self.word(q) == ";" or (self.word(q) == "," and not after_semicolon_only):
                q += 1
                if self.lower(q) == "và":
                    q += 1
            elif self.lower(q) == "và" and not after_semicolon_only:
                q += 1
            else:
                break
            if self.listed_name(q):
                person, p = self.person(q, needs_surname=self.looks_like_name(q))
            elif self.title_head(q):
                person, p = self.titled_person(q)
            else:
                break
            if person is None or (places_follow and not person.title):
                break
            found.append(person)
        return p
