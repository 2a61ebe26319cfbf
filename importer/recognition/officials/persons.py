"""Reading the person in a mention: the introduction ("đồng chí", "ông"), the name, and the notes around it
(an age, a home, a position in a photo) that belong to neither the name nor the title."""

import re

from importer.recognition.names import ALWAYS_TITLE, SURNAMES, TITLE_BIGRAMS, TITLE_WORDS, is_name_word
from importer.recognition.officials.vocabulary import (
    _DASHES,
    _HARD_STOPS,
    _ORGANISATION_HEADS,
    _SEPARATORS,
    _TITLE_PREFIXES,
    AWARD_BIGRAMS,
)
from importer.recognition.officials.walk import EVENTS, NamedOfficial, TokenWalk, is_vietnamese_syllable
from importer.recognition.tokens import tone_key

# Bodies that, after a title and a comma, are rather the subject of the sentence's next clause when a verb follows.
# A unit the title belongs to ("…, Bộ Chỉ huy Quân sự tỉnh Sê Kông") is not one of them.
_SUBJECT_BODIES = frozenset({"UBND", "HĐND", "UBMTTQ", "MTTQ", "Tỉnh", "Thành", "Huyện"})
# Countries a foreign official's title names before the name: "Tổng Bí thư, Chủ tịch nước Trung Quốc Tập Cận Bình".
_COUNTRY_NAMES = frozenset(" ".join(tone_key(w) for w in name.split()) for name in (
    "Trung Quốc", "Lào", "Campuchia", "Cam-pu-chia", "Thái Lan", "Hàn Quốc", "Nhật Bản", "Hoa Kỳ", "Mỹ", "Nga",
    "Cuba", "Cu Ba", "Ấn Độ", "Pháp", "Đức", "Singapore", "Xin-ga-po", "Malaysia", "Indonesia", "Myanmar",
    "Philippines", "Úc", "Australia", "Mông Cổ", "Triều Tiên", "Belarus", "Venezuela", "Brazil", "Hungary",
))
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
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_POSITION = re.compile(r"\b(?:phải|trái|giữa|áo|hàng đầu|ngoài cùng|đứng|ngồi)\b", re.IGNORECASE)

# Words that say "this …" with "nay" after them: "năm nay", "hôm nay", "sáng nay".
_TIMES_OF_NOW = frozenset({"năm", "hôm", "sáng", "trưa", "chiều", "tối", "đêm", "tuần", "tháng", "mùa", "dịp"})
# A commune's or a ward's kind, and the kinds of the units above it that complete its address.
_COMMUNE_KINDS = frozenset({"xã", "phường"})
_PARENT_KINDS = frozenset({"huyện", "tỉnh", "quận"})
_PARENT_PAIRS = frozenset({("thành", "phố"), ("thị", "xã")})
_UNIT_WORDS = frozenset({"tỉnh", "thành", "huyện", "quận", "thị"})
# Bodies named with two words, as "Ban", "Sở", "Phòng" name one with one: "Văn phòng Tỉnh ủy", "Trung tâm Y tế".
_BODY_HEAD_PAIRS = frozenset(" ".join(tone_key(w) for w in pair.split()) for pair in ("văn phòng", "trung tâm"))
# The middle names that mark a woman's or a man's name, sometimes printed in lower case by a typo.
_LOWER_MIDDLE_NAMES = frozenset({"thị", "văn"})


class PersonReading(TokenWalk):
    """Who a mention names: the introduction, the name as printed, and the notes beside it."""

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
            # "Các Phó Bí thư được chỉ định gồm: A (Chủ tịch UBND tỉnh), B, C."; "… gồm: Ông A – Phó Bí thư…": the list
            # may open with an introduction of its own, capitalised after the colon as a sentence's first word is, and
            # "Ông", "Bà" are family names too, which would otherwise open the name.
            own = self.intro(i + 2) if self.lower(i + 2) != "gồm" else (0, False)
            return (2 + own[0], own[1] if own[0] else True)
        if low == "đồng" and self.lower(i + 1) == "chí":
            return 2, False
        if low == "đ" and self.word(i + 1) == "/" and self.lower(i + 2) == "c" \
                and self.tokens[i + 2].start == self.tokens[i + 1].end:
            return 3, False
        if low in {"ông", "bà", "ngài", "samdech"}:
            # "ngài": how the press introduces a foreign dignitary ("ngài A B, Tỉnh trưởng tỉnh C"); his name is read
            # as a foreign one after "ông" is, when a title follows it. "Samdech" is the Cambodian honorific the
            # press keeps untranslated before a senior Cambodian leader's name, as it would write "ngài".
            return 1, True
        if low in {"anh", "chị"} and self.lower(i + 1) != "hùng" and self.capital_word(i + 1):
            # "Anh Lò Văn B, Bí thư Đoàn xã", "chị C, Chủ tịch Hội Phụ nữ": a younger official, introduced as one
            # would a citizen; kept only with a title or named for an office, as after "ông", "bà".
            return 1, True
        return 0, False

    def name_end(self, k):
        j = k
        while j < self.n and j - k < 7 and (is_name_word(self.word(j)) or self.lower_middle_name(k, j)) \
                and (j == k or self.joined(j)):
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

    def lower_middle_name(self, k, j):
        """Whether the word at ``j`` is the middle name "thị" or "văn" printed in lower case right after the family
        name at ``k`` ("Lê thị Hồng Nhung"), with the given names capitalised after it."""
        return j == k + 1 and self.word(k) in SURNAMES and self.word(j) in _LOWER_MIDDLE_NAMES \
            and self.joined(j + 1) and is_name_word(self.word(j + 1)) and self.word(j + 1) not in TITLE_WORDS

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
        """The index after "(bên phải)", "(thứ hai từ trái sang)", "(phía Lào)" at ``r``: where someone stands in the
        picture, or on which side."""
        close = self.parenthesis(r)
        if close is None or close - r > 9:
            return None
        inside = self.text[self.tokens[r].end:self.tokens[close].start]
        if self.lower(r + 1) == "phía" and self.capital_word(r + 2):
            # "Phó Chủ tịch UBND tỉnh (phía Nghệ An)": which side of a meeting between two countries or provinces
            # the person sits on, said as a picture's position is.
            return close + 1
        return close + 1 if _POSITION.search(inside) else None

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
        if needs_surname and self.word(k) not in SURNAMES and not self.middle_named(k, j):
            return None, k
        if self.cut_short(j):
            return None, k  # "Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc Đỗ Văn […]": a teaser cut inside the name
        name = " ".join(t.text[:1].upper() + t.text[1:] for t in self.tokens[k:j])
        title_start = title_end = places_from = None
        p = j
        if self.age_note(p):
            p = self.age_note(p)  # "ông A (55 tuổi), Trưởng thôn…", "ông B (SN 1970), Bí thư Chi bộ…"
        if self.position_note(p):
            p = self.position_note(p)  # "Đồng chí A (bên phải), Bí thư Tỉnh ủy…"
        elif self.alias_end(p):
            p = self.alias_end(p)  # "đồng chí Lâm Văn Trì (Năm Trì) - nguyên Bí thư…": the name he went by
        elif self.word(p) == "(" and (before is None or self.front_is_rank(before)) and (
                self.title_head(p + 1 + self.connector(p + 1)) or self.lower_role(p + 1 + self.connector(p + 1))):
            close = self.parenthesis(p)
            opening = p + 1 + self.connector(p + 1)  # "ông A (nay là Phó Chủ tịch UBND tỉnh)"
            if close is not None and all(self.word(c) not in _HARD_STOPS or self.abbreviation_dot(c)
                                         for c in range(p + 1, close)):
                # "Hồ Văn Mười (Chủ tịch UBND tỉnh), Phạm Thị Phúc (…)", "ông B (trụ trì chùa C)": the title in
                # brackets. After a rank ("thượng tọa D (trụ trì chùa E)") the office in brackets adds to the rank,
                # printed with its brackets as it reads around the name.
                title = self.text[self.tokens[opening].start:self.tokens[close - 1].end]
                if before is not None:
                    title = f"{self.text[before[0]:before[1]]} {self.text[self.tokens[p].start:self.tokens[close].end]}"
                return NamedOfficial(name, title, self.tokens[k].start, self.tokens[j - 1].end), close + 1
        if p == j and (before is None or self.front_is_rank(before)) and self.capital_word(p) and self.joined(p) \
                and self.title_head(p) and not self.rank_head(p):
            # "đồng chí Nguyễn Văn A Bí thư Tỉnh ủy…": the comma left out; the name stopped before the title. After
            # a rank ("Đại tướng A Bộ trưởng Bộ Quốc phòng") the office is the rest of the title, as after a comma.
            other, _p = self.titled_person(p)
            if other is None:
                end, stopped = self.segment(p)
                if end > p and (before is not None or stopped):
                    title = self.text[self.tokens[p].start:self.tokens[end - 1].end]
                    if before is not None:
                        title = f"{self.text[before[0]:before[1]]}, {title}"
                    return NamedOfficial(name, title, self.tokens[k].start, self.tokens[j - 1].end), end
                if end > p:
                    # "đồng chí A UVBTV, trưởng Ban tuyên giáo…": the first office glued to the name, the others
                    # after it as after any title.
                    title_start, title_end, p = self.tokens[p].start, self.tokens[end - 1].end, end
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
            fields = self.domain_list(q) if title_start is not None and not lowered else 0
            if fields and not self.capital_word(q + fields):
                # "Bộ trưởng Bộ Lao động, thương binh và xã hội": the ministry's other fields, in lower case.
                end, stopped = q + fields, self.word(q + fields) not in _SEPARATORS
                if self.unit_place(end):
                    end, stopped = self.segment(end)  # "…, thể thao và du lịch tỉnh A": the department's province
                title_end, p, places_from = self.tokens[end - 1].end, end, None
                if stopped:
                    break
                continue
            if not self.capital_word(q) or self.word(q).isdigit():
                break
            if self.looks_like_name(q) or self.intro(q)[0] or self.keys(q, 2) in EVENTS or self.keys(q, 1) in EVENTS \
                    or self.capitalised_verb(q):
                # "Theo đồng chí A, Hội nghị lần thứ chín … diễn ra…": the next clause, about an event; "ông B – Chủ
                # tịch HĐND – Chủ trì buổi họp": the sentence's verb, capitalised after a dash.
                break
            if lowered and not self.title_head(q) and not (self.word(p) in _DASHES and self.joined(p)) \
                    and not self.parent_body(q):
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
                reach = end
                if self.word(end) == "," and self.domain_list(end + 1):
                    # "…, Bộ trưởng Bộ Lao động, thương binh và xã hội Đào Văn A": the next person's ministry goes on
                    # past its comma, up to the name.
                    reach, _stopped = self.segment(end + 1 + self.domain_list(end + 1))
                if other is not None and other.end <= self.tokens[reach - 1].end and not (
                        before is None and self.named_place(self.index_at(other.start))):
                    break
            elif title_start is not None and stopped and self.word(q) in _SUBJECT_BODIES \
                    and self.word(end)[:1].islower() and self.word(end - 1) != ")":
                break  # "…, Chủ tịch UBND tỉnh, UBND tỉnh tổ chức buổi làm việc": the next clause's subject
            elif title_start is not None and self.time_of_clause(q, self.part_end(q)):
                # "…, Chủ nhiệm Ủy ban A, Xuân Quê hương năm nay kéo dài…", "…, Giám đốc Sở B, Tuần Văn hóa - Du lịch
                # lần thứ 2 năm 2024 quy tụ…": the next clause, about an event dated "năm nay" or by its edition and year.
                break
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
                # "Đại tá A- Chỉ huy trưởng…": the dash spaced from the rank where the name stood, and from the office
                # as printed ("Đại úy B –Chính trị viên…" keeps its glued dash).
                between = f" {between.lstrip()}"
            title = front + between + title if title else front
        return NamedOfficial(name, title, self.tokens[k].start, self.tokens[j - 1].end), p

    def middle_named(self, k, j):
        """Whether the capitalised words ``k``..``j`` are a personal name by their middle name: "Thị" (a woman's) or
        "Văn" (a man's) second of three or four words ("bà Leo Thị A", "đồng chí Đống Văn B"). A rarer family name the
        list does not know still opens a name then; no place or body is named "X Thị Y" or "X Văn Y"."""
        return 3 <= j - k <= 4 and self.word(k + 1) in {"Thị", "Văn"} and is_name_word(self.word(k)) \
            and self.word(k) not in TITLE_WORDS and all(self.joined(i) for i in range(k + 1, j))

    def cut_short(self, j):
        """Whether the name ending before token ``j`` is cut short by an excerpt's ellipsis ("Đỗ Văn […]", "Lê Thị…"), as
        a page's teaser of its own story closes: the name stops at a middle name ("Văn", "Thị"), which ends no one's
        name, and the ellipsis says the rest was left off. A whole name before "…" ("… xã Bùi Thị Thu Hiền…") stays."""
        if self.word(j - 1).lower() not in _LOWER_MIDDLE_NAMES:
            return False
        rest = self.text[self.tokens[j - 1].end:self.tokens[j - 1].end + 8].lstrip(" ")
        return rest.startswith(("…", "...", "[…]", "[...]", "(…)", "(...)"))

    def parent_body(self, q):
        """Whether the capitalised words at ``q``, after a role printed in lower case and its comma, name the body the
        role's unit belongs to, and end the titles ("chuyên viên Phòng Tổng hợp, Văn phòng Tỉnh ủy."): an office, a
        board, a department, never a place ("…, Sóc Trăng")."""
        if not self.capital_word(q) or not (self.lower(q) in _ORGANISATION_HEADS
                                            or self.keys(q, 2) in _BODY_HEAD_PAIRS):
            return False
        end, stopped = self.segment(q)
        return stopped and end - q >= 2 and self.word(end) in {".", ";", ""}

    def parent_unit(self, p, q):
        """Whether the place at ``q``, after the comma at ``p``, is the district or the province of the commune or the
        ward an office ends with ("được giao cương vị Bí thư Đảng bộ phường A, tỉnh B"): the rest of the unit's
        address inside the clause announcing the office. After a name and its title ("ông C, Phó Chủ tịch UBND xã D,
        huyện E, cho biết") the place still says where the person is, and is left out."""
        r = p
        while r > p - 4 and is_name_word(self.word(r - 1)) and self.capital_word(r - 1):
            r -= 1
        if r == p or not self.joined(r) or self.lower(r - 1) not in _COMMUNE_KINDS:
            return False
        return self.lower(q) in _PARENT_KINDS or (self.lower(q), self.lower(q + 1)) in _PARENT_PAIRS

    def time_of_clause(self, q, end):
        """Whether the words ``q``..``end`` say when, as a clause does and an office's name never does: "năm nay",
        "hôm nay", "sáng nay" (this year, today, this morning) in lower case; or they name an event by its edition or
        its year ("lần thứ 2", "năm 2024"), which a body's name after an office never carries."""
        return any((self.lower(i) == "nay" and self.word(i - 1).islower() and self.lower(i - 1) in _TIMES_OF_NOW)
                   or (self.word(i - 1) == "lần" and self.lower(i) == "thứ")
                   or (self.word(i - 1) == "năm" and _YEAR.match(self.word(i)))
                   for i in range(q + 1, end))

    def part_end(self, q):
        """Where the part of a sentence from ``q`` ends: its next comma or stop, a dash inside it included ("Tuần Văn
        hóa - Thể thao … năm 2024")."""
        r = q
        while r < self.n and self.word(r) != "," and (self.word(r) not in _HARD_STOPS or (
                self.word(r) == "." and self.abbreviation_dot(r))) and (r == q or self.joined(r)):
            r += 1
        return r

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

    def listed_name(self, q):
        """Whether a list goes on with a name at ``q``: a known family name, or any run of capitalised words
        followed by a separator and a title ("; Rah Lan Chung-Phó Bí thư Tỉnh ủy")."""
        if self.looks_like_name(q):
            return True
        j = self.name_end(q)
        # After a semicolon, a foreign name may run to seven words, as a Lao one does ("; A B C D E - Phó Tỉnh
        # trưởng"): the semicolon already says a new person begins.
        widest = 7 if self.word(q - 1) == ";" else 4
        return 2 <= self.width(q, j) <= widest and not self.is_place(q, j) and self.word(j) in _SEPARATORS \
            and self.title_head(j + 1) > 0

    def letter_suffix(self, i):
        """Whether token ``i`` is a capital letter ending a name ("ấp Phú Đức B", "Khu phố 3A" aside): after a word
        in title case, where an abbreviation ("TP.", "Q.") follows a lower-case word or a run of capitals."""
        previous = self.word(i - 1)
        return len(self.word(i)) == 1 and self.word(i).isupper() and previous[:1].isupper() \
            and previous[1:].islower() and self.joined(i)

    def foreign_name_start(self, r, run_end):
        """Where a foreign name ends the run ``r``..``run_end`` of capitalised words: its last words, none of them a
        Vietnamese syllable ("Trưởng Ban Tuyên huấn Trung ương Đảng Nhân dân cách mạng Lào Khamphanh Pheuyavong",
        "Đại sứ Hoa Kỳ Marc Knapper"), two at least (or one written with hyphens); None without one."""
        if self.lower(r - 1) in _WHOLE_NAME_PLACES:
            return None  # "Trụ trì chùa Peam Buôl Thmây": the pagoda's name, every word of it
        first = r + 1 if self.lower(r - 1) in _PLACE_BEFORE_NAME else r  # "tỉnh Salavan Khamphanh …": the place
        k = run_end
        while k > first and self.width(k - 1, run_end) < 4 and not is_vietnamese_syllable(self.word(k - 1)):
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
