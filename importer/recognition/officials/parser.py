"""The parser behind ``find_officials``: a walk over the tokens, person by person."""

from dataclasses import replace

from importer.recognition.names import ALWAYS_TITLE, SURNAMES, TITLE_WORDS, is_name_word
from importer.recognition.officials.persons import PersonReading
from importer.recognition.officials.titles import TitleReading
from importer.recognition.officials.vocabulary import (
    _CAPITAL_TITLE_PREFIXES,
    _DASHES,
    _HARD_STOPS,
    _SEPARATORS,
    _TITLE_PREFIXES,
    CLERGY_HEAD_KEYS,
    HERO,
    HONOUR_KEYS,
    NOUN_ENDINGS,
    NOUN_OPENINGS,
    STOP_BIGRAMS,
    STOP_WORDS,
)
from importer.recognition.officials.walk import is_vietnamese_syllable
from importer.recognition.tokens import tone_key

# Countries whose name opens with a family name: "Đại sứ Hoa Kỳ Marc Knapper" names Marc Knapper.
_COUNTRIES = frozenset({tone_key("hoa") + " " + tone_key("kỳ"), tone_key("hàn") + " " + tone_key("quốc")})
# Units of other countries, printed in lower case before their name ("Bí thư Châu ủy châu Văn Sơn", "Thống đốc bang
# Hòa Bình"): what follows is the unit's name, though it may open with a family name.
_FOREIGN_UNITS = frozenset({"châu", "bang"})
# So are a church's units, printed "Giáo phận A", "Giáo xứ B", "Giáo hạt C" after a cleric's office ("Tổng Đại diện Giáo
# phận Thạch Bàn", "Giám mục Giáo phận D"): the name after them is the diocese's or the parish's place.
_FOREIGN_UNITS = _FOREIGN_UNITS | frozenset({"phận", "xứ", "hạt"})
# "Thay mặt Bí thư Tỉnh ủy, ông A…": the title is someone else's.
_ON_BEHALF = frozenset({"mặt", "quyền"})
# Where someone stands in a picture, printed after their name: "(bên phải)", "(thứ hai từ trái sang)", "(áo trắng)".
# "liệt sỹ" is the older spelling of "liệt sĩ", printed by many outlets ("Anh hùng liệt sỹ A").
_MARTYRS = frozenset(tone_key("liệt") + " " + tone_key(si) for si in ("sĩ", "sỹ"))
_MEMBER = tone_key("đảng") + " " + tone_key("viên")
# Labels of a byline or a photo credit, before the colon that precedes the author's name: "Tin, ảnh: A", "Bài: B".
_CREDIT_LABELS = frozenset({"ảnh", "tin", "bài", "video", "clip"})
# Words that make the title after them plural: "các Phó Bí thư", "những phó chủ tịch".
_PLURALS = frozenset({"các", "những"})


class _Parser(PersonReading, TitleReading):
    """The walk over a text, person by person, joining the name and the title readings into mentions."""

    def saint_name(self, h, r):
        """Tokens of the saint's name a Catholic cleric was baptised with, printed at ``r`` between his rank at ``h``
        and his own name ("Linh mục An-tôn Phan Văn A", "Đức cha Phêrô B C", "Giám mục Giuse D E"): one capitalised word
        that is no Vietnamese syllable, or syllables joined by hyphens, right before a family name; else 0."""
        if self.keys(h, r - h) not in CLERGY_HEAD_KEYS or not self.capital_word(r) or not self.joined(r):
            return 0
        q = r + 1
        while self.word(q) == "-" and self.joined(q) and self.joined(q + 1) and self.word(q + 1).isalpha() \
                and self.tokens[q].start == self.tokens[q - 1].end and self.tokens[q + 1].start == self.tokens[q].end:
            q += 2
        if q == r + 1 and (is_vietnamese_syllable(self.word(r)) or not self.word(r).isalpha()) and "-" not in self.word(r):
            return 0
        return q - r if self.joined(q) and self.word(q) in SURNAMES and self.looks_like_name(q) else 0

    def titled_person(self, h):
        """A person printed after their title ("Bí thư Tỉnh ủy Lai Châu Lê Minh Ngân", "Trung tá Đỗ Văn Phúc –
        Chính trị viên…"): (NamedOfficial, index after) or (None, h)."""
        prefixed = self.lower(h - 1) in _TITLE_PREFIXES or self.word(h - 1) in _CAPITAL_TITLE_PREFIXES
        start = h - 1 if prefixed and self.joined(h) else h
        r = h + self.title_head(h)
        if self.memorial_before(start) or self.keys(r, 2) in _MARTYRS:
            # "Nhà lưu niệm Anh hùng liệt sĩ A", "Đền thờ Chủ tịch B": a place named after someone; "Anh hùng liệt sĩ
            # C": an honour of the dead. Neither names an official who takes part in what is reported.
            return None, h
        saint = self.saint_name(h, r)
        if saint:
            # "Linh mục An-tôn Phan Văn A, Tổng Đại diện…": the rank, the saint's name, then the man's own name.
            person, p = self.person(r + saint, needs_surname=True,
                                    before=(self.tokens[start].start, self.tokens[r - 1].end))
            if person is not None:
                return person, p
        while r < self.n and r - h <= 32 and self.joined(r):
            word = self.word(r)
            if self.capital_word(r) and is_name_word(word):
                run_end = r
                while run_end < self.n and is_name_word(self.word(run_end)) and self.joined(run_end) \
                        and self.word(run_end) not in ALWAYS_TITLE and run_end - r < 8:
                    run_end += 1
                after = self.word(run_end) if self.joined(run_end) else ""  # a caption's name ends its line
                # "Trung tá Dương Minh Châu": right after a rank comes a person, though the name is a district's too.
                ranked = r == h + self.title_head(h) and self.rank_head(h) and self.word(r) in SURNAMES
                if not (after and after[0].isupper() and after[0].isalpha()) and (
                        ranked or not self.is_place(r, run_end)):
                    # The whole run when it is a name ("Nguyễn Thị Kim Ngân"); else, of the family names in it,
                    # the start of the likeliest name (3 words, else 2, else 4): "Lai Châu Lê Minh Ngân" is the
                    # province, then Lê Minh Ngân. A place is never a name: "Bí thư Tỉnh ủy Thái Nguyên".
                    starts = [k for k in range(r + 1, run_end) if self.word(k) in SURNAMES and 2 <= run_end - k <= 4]
                    # "Đặc khu Phú Quốc Nguyễn Lê Quốc Toàn": right after a place's whole name, the name starts.
                    starts.sort(key=lambda k: (not self.is_place(r, k), {3: 0, 2: 1, 4: 2}[run_end - k]))
                    if self.word(r) in SURNAMES and 2 <= self.width(r, run_end) <= 4 \
                            and self.keys(r, 2) not in _COUNTRIES and self.lower(r - 1) not in _FOREIGN_UNITS:
                        starts.insert(0, r)
                    introduced = next((k for k in range(r, run_end - 1) if self.introduced_name(k, run_end)), None)
                    if introduced is not None:
                        # "Trưởng ban Tuyên giáo Tỉnh ủy Ngọc Kim Nam" where "đồng chí Ngọc Kim Nam" is printed too:
                        # the whole name the report introduces, though its first word is no family name on the list
                        # and a later one ("Kim") is.
                        starts = [introduced, *(k for k in starts if k != introduced)]
                    after_place = self.after_place_name(r, run_end)
                    run_width = None
                    if after_place is not None:
                        # "Bí thư Huyện ủy Sông Lam Chờ Rưm Nhiên": the unit's place, then a name of a people whose
                        # family names are not on the list; never "Giang Chờ Rưm Nhiên" across the place's name.
                        starts = [after_place, *(k for k in starts if k != after_place)]
                    elif self.place_printed_alone(r, run_end) is not None:
                        # "Trưởng ban Tổ chức Tỉnh ủy tỉnh Khăm Muộn A B C D": a foreign province the gazetteer does
                        # not know, whose extent the report shows where it prints it alone ("đoàn tỉnh Khăm Muộn"); the
                        # rest of the run is the name, however its syllables read.
                        starts = [self.place_printed_alone(r, run_end)]
                        run_width = 7
                    elif not starts and r == h + self.title_head(h) and self.rank_head(h) \
                            and 2 <= self.width(r, run_end) <= self.foreign_width(run_end) and not any(
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
                    # "Chủ tịch Quỹ học bổng Vừ A Dính", "Giám đốc Khu di tích Nguyễn Văn B": a body named after
                    # someone, whose namesake, the whole run, holds no office in it; "Chủ nhiệm Câu lạc bộ Vì Hoàng
                    # Sa", "Hiệu trưởng Trường THCS Lê Lợi": a club's or a school's name opening with a family name.
                    starts = [k for k in starts if (not self.is_place(k, run_end) or (ranked and k == r))
                              and self.keys(k, 2) not in _COUNTRIES and not self.memorial_before(r)
                              and not (k == r and (self.gate_before(r) or self.named_body_before(r)))]
                    for k in starts:
                        if k > start and self.text[self.tokens[start].start:self.tokens[k - 1].end].strip():
                            # After a country's name, "Tập Cận Bình" is a name though "Tập" may open "Tập thể".
                            person, p = self.person(k, needs_surname=self.word(k) in SURNAMES,
                                                    before=(self.tokens[start].start, self.tokens[k - 1].end),
                                                    foreign=country == k,
                                                    max_width=run_width or (
                                                        self.foreign_width(run_end) if k in (r, country) else 5))
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
            if word in _DASHES and self.joined(r + 1) and r > h and self.foreign_holder(h, r + 1):
                # "Huyện trưởng huyện Kongpongro - Soth Pi Sây, tỉnh …": a foreign office, a dash, then its holder,
                # whose name has no Vietnamese family name.
                person, p = self.person(r + 1, needs_surname=False, foreign=True,
                                        before=(self.tokens[start].start, self.tokens[r - 1].end))
                if person is not None:
                    return person, p
                return None, h
            if word == "," and self.domain_list(r + 1) and (self.capital_word(r + 1 + self.domain_list(r + 1))
                                                          or self.unit_place(r + 1 + self.domain_list(r + 1))):
                r += 1 + self.domain_list(r + 1)  # "Bộ trưởng Bộ Văn hóa, thể thao và du lịch Trần Văn A"
                continue
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

    # A province or a district abroad (Laos, Cambodia) is named after these words, its transcribed name unknown to the
    # gazetteer.
    _FOREIGN_PROVINCE_KINDS = frozenset({"tỉnh", "huyện"})

    def entrusted_office(self, p):
        """The office after "được giao giữ chức", "đã được giao cương vị", "tiếp tục được giao đảm nhiệm cương vị" at
        ``p`` (a person assigned to it, as every outlet announces a new appointment), with its unit's parent
        place ("…phường A, tỉnh B"), and the index after it; or None. Names listed before the verb ("bà A và ông B
        được giao giữ chức Phó Bí thư") share the office: see ``office_after_list``."""
        q = self.office_words(p)
        if q is None:
            return None
        if not (self.capital_word(q) and self.joined(q) and self.title_head(q)):
            return None
        end, _stopped = self.segment(q)
        if end <= q:
            return None
        if self.word(end) == "," and self.joined(end + 1) and self.parent_unit(end, end + 1) \
                and self.capital_word(end + 1 + self.place_kind(end + 1)):
            end += 1 + self.place_kind(end + 1)
            while end < self.n and self.capital_word(end) and is_name_word(self.word(end)) and self.joined(end):
                end += 1
        return self.text[self.tokens[q].start:self.tokens[end - 1].end], end

    # What may lead from a name to the office it is given: "tiếp tục", "đã", "vừa" first; then "được giao"; then the
    # office's own word ("giữ chức", "cương vị", "giữ cương vị"). Only an office entrusted ("được giao") is read as the
    # person's title: one elected or appointed at the event ("được chỉ định giữ chức", "giữ chức" alone) is an
    # official named without a title at that mention, as most reports have it.
    _OFFICE_ADVERBS = frozenset({"đã", "vừa", "đều", "cùng", "tiếp", "tục"})
    _OFFICE_WORDS = (("giữ", "chức", "vụ"), ("giữ", "chức"), ("giữ", "cương", "vị"), ("cương", "vị"),
                     ("đảm", "nhiệm", "cương", "vị"), ("đảm", "nhận", "cương", "vị"))

    def office_words(self, p):
        """The index after the words at ``p`` that give the person named before them an office, or None."""
        q = p
        while self.lower(q) in self._OFFICE_ADVERBS and q - p < 3 and self.joined(q):
            q += 1
        if not (self.lower(q) == "được" and self.joined(q) and self.lower(q + 1) == "giao" and self.joined(q + 1)):
            return None
        q += 2
        words = next((w for w in self._OFFICE_WORDS if all(
            self.lower(q + d) == x and self.joined(q + d) for d, x in enumerate(w))), None)
        return None if words is None else q + len(words)

    def list_end(self, p):
        """Where a list of people goes on past the one whose name ends at ``p`` ("bà A và ông B tiếp tục được chỉ
        định…", "ông C, bà D được giao…"): names introduced anew, without titles, joined by "và" or a comma. The index
        after the last name; ``p`` when no such name follows."""
        q = p
        for _ in range(4):
            r = q
            if self.word(r) not in {",", "và"} or not self.joined(r + 1):
                return q
            r += 1
            if self.lower(r) == "và" and self.word(r - 1) == ",":
                r += 1
            length, _needs = self.intro(r)
            if not length:
                return q
            other, r = self.person(r + length, needs_surname=True)
            if other is None or other.title:
                return q
            q = r
        return q

    def office_after_list(self, p):
        """The office given to a list of people that starts with the one whose name ends at ``p`` ("bà A và ông B
        được giao giữ chức Phó Chủ tịch…"): each of them holds it. (title, index after) or None."""
        q = self.list_end(p)
        office = self.entrusted_office(q)
        if office is None:
            return None
        return office if q == p else (office[0], p)

    def place_printed_alone(self, r, run_end):
        """Where a name starts after a place opening the run ``r``..``run_end`` right after "tỉnh", "huyện" (…), when
        the report prints that place elsewhere after the same word with no capitalised word after it: two to seven
        words must be left, none a title's. None otherwise, or when the gazetteer already knows the place."""
        kind = self.lower(r - 1)
        if kind not in self._FOREIGN_PROVINCE_KINDS or self.word(r - 1) != kind:
            return None
        for length in (1, 2, 3):
            k = r + length
            if not 2 <= self.width(k, run_end) <= 7 or self.is_place(r, k) \
                    or any(self.word(i) in TITLE_WORDS for i in range(k, run_end)):
                continue
            words = [self.word(r + d) for d in range(length)]
            for i in range(1, self.n - length):
                if i != r and self.lower(i - 1) == kind and [self.word(i + d) for d in range(length)] == words \
                        and all(self.joined(i + d) for d in range(length)) \
                        and not (self.capital_word(i + length) and self.joined(i + length)):
                    return k
        return None

    def foreign_holder(self, h, k):
        """Whether a foreign name starts at ``k``, after the dash that ends a title begun at ``h`` which names a foreign
        place ("Tỉnh trưởng tỉnh Svay Rieng - A B C"): two to four capitalised words, none a title's or a place's, the
        sentence going on after them."""
        if self.word(k) in SURNAMES or not any(
                self.capital_word(i) and is_name_word(self.word(i)) and not is_vietnamese_syllable(self.word(i))
                for i in range(h, k - 1)):
            return False
        j = k
        while j < self.n and j - k < 5 and self.capital_word(j) and is_name_word(self.word(j)) and self.joined(j) \
                and self.word(j) not in TITLE_WORDS:
            j += 1
        following = self.word(j)
        return 2 <= self.width(k, j) <= 4 and not self.is_place(k, j) and not self.title_head(k) and (
            not following or following in _SEPARATORS or following in _HARD_STOPS or following[:1].islower())

    def foreign_width(self, run_end):
        """How many words a name ending at ``run_end`` may have: five, or seven when an office follows it after a
        comma or a dash ("Đại tá Kham Phăn Xổm Xay Nhả Vông - Chỉ huy trưởng…"), as a Lao name may run to seven."""
        if self.word(run_end) in _SEPARATORS and self.joined(run_end + 1) and self.title_head(run_end + 1):
            return 7
        return 5

    def parse(self):
        found, i = [], 0
        members = set()  # names printed with "đảng viên" where a title would be: members, not officials
        while i < self.n:
            length, needs_surname = self.intro(i)
            if not length:
                if self.bare_titled_name(i):
                    person, p = self.person(i, needs_surname=True)
                    if person is not None and person.title:
                        found.append(person)
                        # "…: A – nguyên Bí thư Đảng ủy xã và B (Chi bộ C)": named without an office after one
                        # printed with his, a member honoured beside him, no official; unless the list names people
                        # for offices ("Các Phó Bí thư được chỉ định là A (Chủ tịch UBND tỉnh), B, C").
                        named_for_office = self.appointed(i, i)
                        listed = []
                        i = self.rest_of_list(p, listed)
                        found.extend(other for other in listed if other.title or named_for_office)
                        continue
                if self.title_head(i):
                    person, p = self.titled_person(i)
                    if person is not None and self.group_before(i, person):
                        i += self.title_head(i)
                        continue
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
            if not person.title and self.office_after_list(p) is not None:
                # "ông A được giao giữ chức Phó Bí thư Thường trực Đảng ủy": the office the report announces is his.
                title, p = self.office_after_list(p)
                person = replace(person, title=title)
            if not person.title and self.member_note(p):
                # "đồng chí A - đảng viên Chi bộ B": a Party member, who holds no office; not an official when named
                # again without a title either.
                members.add(person.name)
                i = max(p, i + length)
                continue
            if not person.title and self.honoured(i):
                i = max(p, i + length)  # "gắn huy hiệu 55 năm cho đồng chí A": a member honoured, no office
                continue
            if needs_surname and not person.title:
                listed = []
                end = self.rest_of_list(p, listed)
                # "bà A và ông B được chỉ định…": the verb after the last name names them all for an office.
                if self.appointed(i, end) or self.appointed(i, self.list_end(p)):
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
        namesakes = self.namesakes()
        return [person for person in found if (person.title or person.name not in members)
                and not (person.name in namesakes and self.honour_only(person.title))
                and not self.cut_at_the_end(person, found)]

    def cut_at_the_end(self, person, found):
        """Whether ``person``'s name is the start of a name found before it, cut off by the text's end ("… Phó Chủ tịch
        UBND tỉnh Nguyễn Hải" closing a page copied short, "Nguyễn Hải Ninh" named above): that person again, the
        rest of the name lost with the rest of the page, not someone else."""
        if self.text[person.end:].strip():
            return False
        return any(other.name.startswith(person.name + " ") and other.start < person.start for other in found)

    def introduced_name(self, k, end):
        """Whether the words ``k``..``end`` are a name the text prints elsewhere right after "đồng chí", "ông" or "bà",
        two to five capitalised words that end there: the person's whole name, however its first word reads."""
        if self.introduced_names is None:
            names = set()
            for i in range(self.n):
                length = self.intro(i)[0]
                if not length or self.lower(i + length - 1) not in {"chí", "ông", "bà"}:
                    continue
                if self.word(i)[:1].isupper() and self.joined(i) and self.word(i - 1)[:1].isalnum():
                    continue  # "tỉnh Bà Rịa-Vũng Tàu": capitalised inside a sentence, "Bà" opens a place's name
                j = i + length
                while j < self.n and j - (i + length) < 5 and self.capital_word(j) and is_name_word(self.word(j)) \
                        and self.joined(j) and self.word(j) not in ALWAYS_TITLE:
                    j += 1
                if 2 <= j - (i + length) and not (self.capital_word(j) and self.joined(j)):
                    names.add(tuple(self.word(c) for c in range(i + length, j)))
            self.introduced_names = names
        return 2 <= end - k <= 5 and tuple(self.word(c) for c in range(k, end)) in self.introduced_names

    def namesakes(self):
        """The names the text gives to a fund, a club, a school, a street or a memorial ("Quỹ học bổng Vừ A Dính",
        "Trường THCS Lê Lợi"): people the report remembers, not people present."""
        names = set()
        for i in range(1, self.n):
            if self.word(i) in SURNAMES and (self.memorial_before(i) or self.named_body_before(i)):
                j = self.name_end(i)
                if 2 <= self.width(i, j) <= 5:
                    names.add(" ".join(t.text[:1].upper() + t.text[1:] for t in self.tokens[i:j]))
        return names

    @staticmethod
    def honour_only(title):
        """Whether ``title`` is only an honour ("Anh hùng Lực lượng vũ trang nhân dân"), no office beside it."""
        return " ".join(tone_key(w) for w in title.split()[:2]) == HERO and not any(mark in title for mark in (",", *_DASHES))

    def group_before(self, h, person):
        """Whether the title at ``h`` names a group ("cùng đi có những phó chủ tịch Ủy ban MTTQ tỉnh, Thượng tọa A -
        Phó ban…", "các Phó Bí thư, Ban Thường vụ…") and the person read after it follows a comma or a dash: one more
        guest with a title of his own, not one of the group. "các Phó Chủ tịch UBND tỉnh A, B" names the group."""
        if self.lower(h - 1) not in _PLURALS or not self.joined(h):
            return False
        between = self.text[self.tokens[h].end:person.start]
        return any(mark in between for mark in (",", *_DASHES))

    def member_note(self, p):
        """Whether "đảng viên" follows the name that ends at ``p``, after a comma or a dash, where a title would be."""
        return self.word(p) in _SEPARATORS and self.joined(p + 1) and self.keys(p + 1, 2) == _MEMBER

    def honoured(self, i):
        """Whether the person introduced at ``i`` receives a badge of years in the Party ("trao huy hiệu 40 năm tuổi
        Đảng cho đồng chí A") or is admitted to it ("công nhận đảng viên chính thức cho đồng chí B"): a member honoured
        or admitted, named without an office."""
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
        if self.word(i - 1) == ":" and self.lower(i - 2) in _CREDIT_LABELS and self.joined(i):
            # "Tin, ảnh: A – Phó Chủ tịch Hội B", "Bài: C, cộng tác viên": a byline or a credit names who wrote the
            # report or took the picture, with the post they write from; not someone the report is about.
            return False
        j = self.name_end(i)
        following = j + 1 if self.word(j) in _SEPARATORS or self.word(j) == "(" else None
        if following is not None and self.lower(following) == "nguyên" and self.word(following) == "nguyên" \
                and self.joined(following):
            following += 1  # "Dương Văn A – nguyên Bí thư Đảng ủy xã…": an office held before, in lower case
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
            if self.intro(q)[0]:
                # "…; Ông B, Chuyên viên…", "…, đồng chí C, …": the next person introduced anew, capitalised or not;
                # read from the introduction, whose "Ông" is no family name here.
                break
            if self.listed_name(q):
                person, p = self.person(q, needs_surname=self.looks_like_name(q),
                                        max_width=self.foreign_width(self.name_end(q)) if self.word(q - 1) == ";" else 5)
            elif self.title_head(q):
                person, p = self.titled_person(q)
            else:
                break
            if person is None or (places_follow and not person.title):
                break
            found.append(person)
        return p
