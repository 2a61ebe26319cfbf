"""Reading the title in a mention: where an office opens, how it goes on ("kiêm", "đồng thời là"), and where it
ends (a verb, a place, a clause)."""

import re

from importer.recognition.names import SURNAMES, TITLE_WORDS, is_name_word
from importer.recognition.officials.vocabulary import (
    _DASHES,
    _HARD_STOPS,
    _ORGANISATION_HEADS,
    _SEPARATORS,
    ACADEMIC_ABBREVIATIONS,
    ALLOWED_BIGRAMS,
    APPOINTED_AFTER,
    APPOINTED_BEFORE,
    COMMITTEE_LINKS,
    COMMITTEE_WORDS,
    DISMISSALS,
    FIXED_COMMAS,
    HERO,
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
    TIMES_OF_DAY,
    TIMES_RELATIVE,
    TITLE_HEAD_KEYS,
)
from importer.recognition.officials.walk import EVENTS, TokenWalk
from importer.recognition.tokens import tone_key

# Where a unit is, printed after a comma in a title: ", tỉnh Lạng Sơn", ", huyện Mường Tè", ", thị xã Kỳ Anh".
_PLACE_KINDS = frozenset({"tỉnh", "huyện", "xã", "phường", "quận"})
_PLACE_KIND_PAIRS = frozenset({("thị", "xã"), ("thành", "phố"), ("thị", "trấn")})
# The level a body of the Party or the State belongs to, printed last in its name: "Ban Chính sách, chiến lược Trung
# ương", "Ủy ban Kiểm tra, giám sát Tỉnh ủy".
_BODY_LEVELS = frozenset(" ".join(tone_key(w) for w in level.split()) for level in (
    "Trung ương", "Tỉnh ủy", "Thành ủy", "Huyện ủy", "Quận ủy", "Thị ủy", "Đảng ủy", "Quốc hội", "Chính phủ"))
# Bodies named with where they sit, after "tại": an association of people from one province living in another, an
# office representing a body in a city.
_BRANCHED_BODIES = frozenset(" ".join(tone_key(w) for w in body.split()) for body in ("hội", "văn phòng", "đại diện", "thường trú"))
_BUREAUS = frozenset(" ".join(tone_key(w) for w in body.split()) for body in ("văn phòng", "đại diện", "thường trú"))
# What a bureau covers when it covers more than a province: "tại khu vực Tây Nguyên", "tại miền Trung".
_REGIONS = frozenset(" ".join(tone_key(w) for w in region.split()) for region in ("khu vực", "miền", "vùng"))
# Words between a name and an office held now or then: "ông A, hiện là Phó Chủ tịch…", "(nay là …)".
_CONNECTORS = (("hiện", "đang", "là"), ("khi", "đó", "là"), ("lúc", "đó", "là"), ("lúc", "ấy", "là"), ("khi", "ấy", "là"),
               ("hiện", "đang", "giữ", "chức"), ("hiện", "giữ", "chức"), ("đang", "giữ", "chức"), ("từng", "giữ", "chức"),
               ("hiện", "nay", "là"), ("nguyên", "là"), ("giữ", "chức"), ("hiện", "là"), ("nay", "là"),
               ("từng", "là"), ("đang", "là"), ("là",))
# Lower-case words after a comma that add an office to the titles printed after a name: "…, kiêm Chủ tịch HĐND
# tỉnh", "…, đồng thời là Trưởng ban…", "…, nguyên Bí thư…", "…, quyền Giám đốc Sở…" (after a comma, "quyền" is an
# acting post, not the noun "quyền"); "…, tân Chủ tịch HĐND tỉnh": the office just taken, as every report of an election
# or an appointment calls its holder after the name as well as before it ("tân Bí thư Tỉnh ủy A").
_TITLE_JOINERS = (("đồng", "thời", "là"), ("đồng", "thời", "kiêm"), ("nguyên",), ("tân",), ("kiêm",), ("quyền",),
                  ("thuộc",), ("phụ", "trách"))
# Joiners that only go on with a title under way: "…, Trung đoàn 10, thuộc Quân khu 5"; "…, Phó Bí thư Thường trực
# Thị ủy, phụ trách Đảng bộ phường A": the body an office's holder is in charge of, named as glued "phụ trách" names it
# ("Phó Chủ tịch phụ trách Nông nghiệp"). Never after a bare name ("ông A, phụ trách kế toán" is a job, no office).
_CONTINUING_JOINERS = frozenset({("thuộc",), ("phụ", "trách")})
# "miễn nhiệm chức danh Phó Chủ tịch UBND tỉnh, nhiệm kỳ 2021-2026 đối với ông A": the office, its term, the person.
_OFFICE_NAMED = frozenset({"chức danh", "chức vụ"})
_DISMISSAL_REACH = 25
# Lower-case words that open one more office after a dash ("- nguyên Giám đốc…", "- nay là…"), not a field of a body.
_TITLE_PREFIX_WORDS = frozenset({"nguyên", "tân", "nay", "hiện", "kiêm", "quyền", "đồng", "khi", "lúc", "từng"})
_ROMAN = re.compile(r"^[IVXLC]{1,7}$")
# "phố" ends these without naming a street: a city ("thành phố Hà Nội"), a quarter ("khu phố Ba").
_NOT_STREETS = frozenset(tone_key(first) + " " + tone_key("phố") for first in ("thành", "khu", "tổ"))
# "đình" ends these without naming a communal house: a family ("gia đình Anh hùng A", whom a delegation visits), the
# royal court ("triều đình").
_NOT_STREETS = _NOT_STREETS | frozenset(tone_key(first) + " " + tone_key("đình") for first in ("gia", "triều"))
# A border gate and the kinds printed between it and its name ("cửa khẩu quốc tế A", "cửa khẩu phụ B").
_GATE = tone_key("cửa") + " " + tone_key("khẩu")
_GATE_KINDS = frozenset(" ".join(tone_key(w) for w in kind.split()) for kind in ("quốc tế", "chính", "phụ", "song phương"))
# Bodies named after someone as often as not, printed right before the namesake: a fund ("Quỹ học bổng Vừ A Dính"), a
# club ("Câu lạc bộ Vì Hoàng Sa - Trường Sa"), a school ("Trường THCS Lê Lợi", "Trường Tiểu học Huỳnh Văn Chính").
_SECRETARY = " ".join(tone_key(w) for w in ("bí", "thư"))
_NAMED_BODIES = frozenset(" ".join(tone_key(w) for w in body.split()) for body in ("quỹ", "câu lạc bộ", "clb", "trường"))
# What a school's name may print between "Trường" and its namesake: its level and kind, in words or abbreviated.
_SCHOOL_KINDS = frozenset(tone_key(w) for w in (
    "tiểu học trung cơ sở phổ thông mầm non dân tộc nội trú bán trú liên cấp đại cao đẳng chính trị chuyên".split()))
# Units named after people as often as not ("phường Trần Phú", "xã Lê Lợi"); provinces are not.
_NAMED_PLACE_KINDS = frozenset({"huyện", "xã", "phường", "quận", "ấp", "thôn", "bản", "khóm", "sóc"})


class TitleReading(TokenWalk):
    """What a mention calls its person: the title's opening, its continuations and its end."""

    def connector(self, q):
        """Length of the words that lead from a name to the office its holder has, had or now has, in lower case
        ("hiện là", "nay là", "khi đó là", "lúc ấy là"), or 0."""
        for words in _CONNECTORS:
            if all(self.lower(q + d) == word and (d == 0 or self.joined(q + d)) for d, word in enumerate(words)):
                return len(words)
        return 0

    def profession(self, q):
        """Length of a degree or profession printed in lower case after a rank ("Thiếu tá, bác sĩ A"), or 0."""
        for length in (2, 1):
            if self.keys(q, length) in PROFESSION_KEYS and all(self.joined(q + d) for d in range(1, length)):
                return length
        return 0

    def title_joiner(self, q, *, continuing):
        """Length of the lower-case words that join one more office to a person's titles after a comma ("nguyên",
        "kiêm", "quyền", "đồng thời là", and "thuộc" or "phụ trách" once a title is under way), when a capitalised title
        or a role in lower case ("nguyên giám đốc sở…") follows; else 0."""
        for words in _TITLE_JOINERS:
            if words in _CONTINUING_JOINERS and not continuing:
                continue
            if all(self.lower(q + d) == word and (d == 0 or self.joined(q + d)) for d, word in enumerate(words)) \
                    and (self.capital_word(q + len(words)) or self.lower_role(q + len(words))) \
                    and self.joined(q + len(words)):
                return len(words)
        return 0

    def capitalised_verb(self, q):
        """Whether the capitalised words at ``q``, after a dash or a comma that follows a title, are a verb ("Ông A –
        Chủ tịch HĐND – Chủ trì buổi họp…"): the sentence goes on, its verb capitalised as if it were one more office.
        Not what a body is named for ("– Tổ chức", "Kiểm tra", "Thông tin"), which may go on naming it, nor one who
        does it for a living ("Báo cáo viên Trung ương", "Hướng dẫn viên"): a noun with "viên"."""
        pair = (self.lower(q), self.lower(q + 1))
        return self.capital_word(q) and self.joined(q + 1) and pair in STOP_BIGRAMS \
            and pair not in ORGANISATION_BIGRAMS and pair not in ALLOWED_BIGRAMS and self.lower(q + 2) != "viên"

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
        if any(f" {phrase} " in f" {before} " for phrase in (*APPOINTED_BEFORE, *DISMISSALS)):
            return True
        if self.lower(start - 2) == "đối" and self.lower(start - 1) == "với" and self.dismissed_in_clause(start - 2):
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

    def dismissed_in_clause(self, i):
        """Whether the clause before token ``i`` relieves someone of an office ("kỳ họp đã miễn nhiệm chức danh Chủ tịch
        HĐND tỉnh, nhiệm kỳ 2011-2016 | đối với ông A"): back to its semicolon, full stop or line, the office's commas
        and its term included. The office itself must be named ("chức danh", "chức vụ") between the verb and "đối
        với": "miễn nhiệm 3 chức danh, thông qua nghị quyết hỗ trợ đối với ông A" helps a citizen, and "cách chức,
        đồng thời áp dụng biện pháp đối với bị cáo A" punishes one."""
        r = i - 1
        while r >= max(0, i - _DISMISSAL_REACH) and self.joined(r + 1) and self.word(r) not in {";", ".", ":", "!", "?"}:
            if " ".join((self.lower(r), self.lower(r + 1))) in DISMISSALS:
                return " ".join((self.lower(r + 2), self.lower(r + 3))) in _OFFICE_NAMED
            r -= 1
        return False

    def branch_place(self, q, r):
        """Whether a province's or a district's name at ``r``, right after "tại" in the title begun at ``q``, is where
        an association or an office has its branch ("Hội đồng hương A tại Hà Nội", "Văn phòng đại diện tại Huế"):
        the title goes on with the place when it ends there."""
        if not any(self.keys(i, n) in _BRANCHED_BODIES for i in range(q, r) for n in (1, 2) if i + n <= r):
            return False
        region = next((n for n in (2, 1) if self.keys(r, n) in _REGIONS and self.joined(r + n - 1)), 0)
        bureau = any(self.keys(i, n) in _BUREAUS for i in range(q, r) for n in (1, 2) if i + n <= r)
        if region and bureau and self.joined(r + region) and self.capital_word(r + region):
            return True  # "Văn phòng đại diện Báo A tại khu vực Tây Nguyên": a bureau covering a region
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

    def domain_list(self, q):
        """Length of the fields a ministry or a committee is named for, printed in lower case after the comma that
        follows its first field ("Bộ Văn hóa, thể thao và du lịch", "Ủy ban Văn hóa, giáo dục và đào tạo"): lower-case
        words joined by "và", no verb among them, right after a capitalised body's name; else 0."""
        if not (0 < q < self.n) or self.word(q - 1) != "," or not self.word(q)[:1].islower():
            return 0
        if not any(self.capital_word(i) and self.lower(i) in _ORGANISATION_HEADS and self.capital_word(i + 1)
                   and all(self.word(c).isalpha() for c in range(i, q - 1)) for i in range(max(0, q - 5), q - 2)):
            return 0
        r = q
        while r < self.n and r - q < 8 and self.joined(r) and self.word(r).isalpha() and self.word(r).islower() \
                and not (r > q and self.unit_place(r)):
            if self.lower(r) in STOP_WORDS or (self.lower(r), self.lower(r + 1)) in STOP_BIGRAMS:
                return 0
            r += 1
        words = [self.lower(i) for i in range(q, r)]
        if len(words) < 3 or "và" not in words[1:-1]:
            return 0
        following = self.word(r)
        if following and not (following in _SEPARATORS or following in _HARD_STOPS or self.capital_word(r)
                              or self.unit_place(r)):
            return 0
        return r - q

    def body_only(self, start, end):
        """Whether the title from token ``start`` to ``end`` (exclusive) names only a body one can belong to ("Hội
        Nông dân xã", "Công ty A"), with no office or role in it."""
        if not any(" ".join(self.lower(start + d) for d in range(n)) in MEMBER_BODIES for n in (1, 2, 3)):
            return False
        return not any(self.title_head(i) or self.lower_role(i) for i in range(start, end))

    def place_kind(self, q):
        """Length of the lower-case kind of a place at ``q`` ("tỉnh", "xã", "thị xã", "thành phố"), or 0."""
        if (self.lower(q), self.lower(q + 1)) in _PLACE_KIND_PAIRS and self.joined(q + 1):
            return 2
        return int(self.lower(q) in _PLACE_KINDS)

    def unit_place(self, q):
        """Length of a place's kind at ``q`` followed by its name ("tỉnh Hà Giang", "thành phố Huế"), or 0: not "xã
        hội", where "xã" is no commune."""
        kind = self.place_kind(q)
        return kind if kind and self.joined(q + kind) and self.capital_word(q + kind) else 0

    def named_place(self, i):
        """Whether the capitalised words at ``i`` follow the kind of a place below a province ("xã Hà Tiến", "phường
        Trần Phú", "thôn Hà Lâm"): a place's name, which may be a person's ("phường Lê Lợi")."""
        if not self.joined(i):
            return False
        return self.lower(i - 1) in _NAMED_PLACE_KINDS or (self.lower(i - 2), self.lower(i - 1)) in _PLACE_KIND_PAIRS

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
                   and not (n == 1 and self.keys(i - 2, 2) in _NOT_STREETS)
                   for n in (1, 2, 3) if i - n >= 0)

    def gate_before(self, i):
        """Whether a border gate's kind is printed right before token ``i`` ("cửa khẩu Tà Lùng", "cửa khẩu quốc tế
        A", "cửa khẩu phụ B"): the capitalised words after it are the gate's name, a place's, though they may open
        with a family name."""
        for n in (0, 1, 2):
            if self.keys(i - n - 2, 2) == _GATE and (n == 0 or self.keys(i - n, n) in _GATE_KINDS) \
                    and all(self.joined(i - d) for d in range(n + 2)):
                return True
        return False

    def named_body_before(self, i):
        """Whether the capitalised words at ``i`` name a body printed right before them, as funds, clubs and schools are
        named after someone ("Quỹ Vừ A Dính", "Câu lạc bộ Vì Hoàng Sa", "Trường THPT Nguyễn Du", "Trường Phổ thông
        Dân tộc nội trú Lê Lợi"): a namesake, not a person present, though the name opens with a family name."""
        if not self.joined(i):
            return False
        for start in range(i - 1, max(-1, i - 7), -1):
            if not self.joined(start + 1):
                return False
            if any(self.keys(start - n + 1, n) in _NAMED_BODIES and self.capital_word(start - n + 1)
                   for n in (1, 3) if start - n + 1 >= 0):
                return True
            word = self.word(start)
            if not (self.tokens[start].tone in _SCHOOL_KINDS or (word.isalpha() and word.isupper() and len(word) > 1)):
                return False
        return False

    def located_body(self, r):
        """Whether the brackets at ``r`` hold only where the body named before them stands, a district or a province
        ("Đồn Biên phòng A (huyện B)", "Trường Đại học C (Đắk Lắk)"): the address of a unit, left out of the title as a
        place printed after it with a comma is. A place's own name before them ("huyện Mù Cang Chải (tỉnh Yên Bái)",
        "phường A (thị xã B, tỉnh C)", "Giáo phận Bắc Ninh (tỉnh Bắc Ninh)") is completed by them, and keeps them."""
        close = self.parenthesis(r)
        if close is None or not self.place_inside(r + 1, close):
            return False
        start = r
        while start > 0 and r - start < 4 and self.capital_word(start - 1) and is_name_word(self.word(start - 1)) \
                and self.joined(start):
            start -= 1
        return start < r and not self.named_place(start) and not any(self.is_place(k, r) for k in range(start, r))

    def place_inside(self, start, close):
        """Whether the words ``start``..``close`` are a district's or a province's name, bare or after its kind, perhaps
        with the province after a comma ("huyện A", "Đắk Lắk", "thị xã B, tỉnh C")."""
        i = start
        while i < close:
            kind = self.place_kind(i)
            end = i + kind
            while end < close and self.capital_word(end) and is_name_word(self.word(end)):
                end += 1
            if end == i + kind or not (kind or self.is_place(i, end)) or self.lower(i) in {"xã", "phường"}:
                return False
            if end < close and self.word(end) != ",":
                return False
            i = end + 1
        return i > start

    def opens_clause(self, i):
        """Whether the word at ``i`` opens a sentence about someone or something else: a person introduced ("Ông",
        "Đồng chí") or an event ("Hội nghị", "Đại hội")."""
        return bool(self.intro(i)[0]) or self.keys(i, 2) in EVENTS or self.keys(i, 1) in EVENTS

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
                if self.located_body(r):
                    return r, True  # "…Đồn Biên phòng Hàm Nam (huyện Ba Đông)": where the unit is, as ", huyện …" says
                if self.lower(r + 1) in {"nay", "hiện"} and self.lower(r + 2) not in {"là", "thuộc", "nay"}:
                    return r, True  # "…, nguyên Bí thư Đảng ủy xã A (nay sinh hoạt ở Chi bộ B)": what he does now
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
                if self.glued_field_dash(r):
                    r += 1  # "Trưởng ban Kinh tế- văn hóa- xã hội Báo A": the fields a body is named for
                    continue
                # "UVBTV – trưởng Ban tuyên giáo…": an office in lower case goes on after the dash as a capitalised one;
                # so does one held before or beside it ("Phó Bí thư Thành ủy - nguyên Chủ tịch UBND thành phố"), joined
                # by a dash as after a comma.
                return r, not ((self.capital_word(r + 1) and not self.looks_like_name(r + 1)) or self.lower_role(r + 1)
                               or self.title_joiner(r + 1, continuing=False))
            if word in _HARD_STOPS:
                return r, True
            low = word.lower()
            if word[0].isalpha() and not word[0].isupper():
                pair = (low, self.lower(r + 1))
                if r > q and self.keys(r, 2) == HERO and self.joined(r + 1):
                    # "Đồn trưởng Đồn biên phòng A anh hùng", "Đơn vị B anh hùng": "anh hùng" in lower case after a
                    # title praises the unit (an honour it holds, or the writer's word); it names no office.
                    return r, True
                if r > q and self.dated_time(r):
                    return r, True  # "…, Chủ tịch UBND tỉnh sáng 21/12 về huyện…": when, no more of the office
                if pair in QUALIFIER_BIGRAMS and r == q + self.title_head(q) and self.title_head(q):
                    r += 2  # "Phó Chủ tịch điều hành HĐND tỉnh", "Giám đốc điều hành": the office's own word
                    continue
                after_head = self.lower(r - 1) in _ORGANISATION_HEADS and pair in ORGANISATION_BIGRAMS
                if low == "và" and any((self.is_place(r - n, r) and self.lower(r - n - 1) in _PLACE_KINDS)
                                         or self.province_named_before(r - n, r)
                                         for n in (1, 2, 3) if r - n - 1 >= q):
                    # "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Tây Ninh và Ban Chỉ huy Quân sự huyện …": an office
                    # ends with its province; what "và" adds is another subject of the sentence. So it does with a
                    # province abroad the gazetteer does not know ("Tỉnh trưởng tỉnh Hủa Phăn và Ban Thường vụ…"):
                    # a body's name never goes on past the province it belongs to.
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
                following = (self.lower(r + 1), self.lower(r + 2))
                if low in COMMITTEE_LINKS and self.word(r + 1)[:1].isalpha() and self.joined(r + 1) \
                        and following[0] not in STOP_WORDS and following not in STOP_BIGRAMS and any(
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

    def dated_time(self, r):
        """Whether the lower-case word at ``r`` is a time of day or "ngày" with its date or "nay"/"qua" after it
        ("ngày 20-12", "sáng 21/12", "sáng ngày 21/12", "chiều nay"): the sentence says when, the title has ended."""
        if self.lower(r) not in TIMES_OF_DAY:
            return False
        nxt = r + 1
        if self.lower(nxt) == "ngày" and self.lower(r) != "ngày" and self.joined(nxt):
            nxt += 1
        following = self.word(nxt) if nxt < self.n else ""
        return self.joined(nxt) and (following[:1].isdigit() or self.lower(nxt) in TIMES_RELATIVE)

    def province_named_before(self, start, end):
        """Whether the words ``start``..``end`` are capitalised, none a title's, right after "tỉnh" or "huyện" printed in
        lower case: the name of a province or a district, known to the gazetteer or not (one abroad)."""
        return self.word(start - 1) in {"tỉnh", "huyện"} and all(
            self.capital_word(i) and is_name_word(self.word(i)) and self.word(i) not in TITLE_WORDS
            and self.joined(i) for i in range(start, end))

    def glued_field_dash(self, r):
        """Whether the dash at ``r`` joins the fields a body's name lists ("Ban Kinh tế- văn hóa- xã hội", "Sở Văn
        hóa-thể thao"): glued to a word on one side at least, between two words in the middle of the name, the one after
        it in lower case and no verb, no role, no introduction, that would open the sentence's next part."""
        before, after = self.word(r - 1), self.word(r + 1)
        glued = self.tokens[r - 1].end == self.tokens[r].start or self.tokens[r].end == self.tokens[r + 1].start
        return glued and before.isalpha() and after.isalpha() and after.islower() and self.joined(r + 1) \
            and after not in STOP_WORDS and (after, self.lower(r + 2)) not in STOP_BIGRAMS \
            and not self.lower_role(r + 1) and not self.intro(r + 1)[0] and self.lower(r + 1) not in _TITLE_PREFIX_WORDS

    def title_head(self, i):
        """Length of a title that begins a mention printed title first ("Bí thư Tỉnh ủy Lê Văn B"), or 0."""
        if not (0 <= i < self.n) or self.word(i) in SURNAMES and self.word(i) not in TITLE_WORDS:
            return 0
        if self.lower(i - 2) == "việt" and self.lower(i - 1) == "nam":
            return 0  # "Mẹ Việt Nam Anh hùng Trần Thị Chắt": an honour, not an office
        if self.word(i - 1) == "Ban" and self.joined(i) and self.keys(i, 2) == _SECRETARY:
            # "Thay mặt Bộ Chính trị và Ban Bí thư, Ủy viên Bộ Chính trị … A": "Ban Bí thư" is the Party's Secretariat,
            # a body every outlet names, never a secretary's office that would open a mention.
            return 0
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

    def front_is_rank(self, before):
        """Whether the title printed in front of a name (its span ``before``) is a rank and nothing more."""
        words = self.text[before[0]:before[1]].split()
        return " ".join(tone_key(w) for w in words) in RANK_HEAD_KEYS

    def rank_head(self, h):
        """Whether the title at ``h`` is a rank ("Thiếu tá", "thiếu tướng", "Hòa thượng")."""
        length = self.title_head(h)
        return length and self.keys(h, length) in RANK_HEAD_KEYS
