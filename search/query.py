"""What a visitor typed, made searchable: folded words, document numbers, and the patterns that match them.

Matching works on folded words (no diacritics, lower case, runs of letters and digits), the same way on both
databases; ``search.vectors`` holds the PostgreSQL side of the index and ``search.ranking`` the matching.

Party and state document numbers ("21-KL/TW", "439/QĐ-TTg", "01/2025/TT-BTC") are matched exactly: as the
phrase of their words ("21 kl tw": "121-KL/TW" and "21-CT/TU" do not match, "01- KL/TW" does), or through a
link to that ``Document``. Full-text words alone would split "21-KL/TW" into "21" and "kl/tw" and find
"Kết luận 121-KL/TW" too.
"""

import itertools
import re
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from core.text import fold, nfc

MAX_QUERY_LENGTH = 200
MAX_TERMS = 10

_WORD = re.compile(r"[a-z0-9]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# "21-KL/TW", "35-NQ/TW", "439/QĐ-TTg", "01/2025/TT-BTC", "05-QĐi/TW", "01- KL/TW" (stray space).
DOCUMENT_NUMBER = re.compile(
    r"(?<![\w/])(\d{1,5}(?:\s*/\s*\d{4})?)\s*([-/])\s*([^\W\d_]{1,10}(?:\s*[-/]\s*[^\W\d_]{1,10}){0,3})(?![\w/])"
)
# Words naming the kind of document, dropped when they stand right before a number: "Nghị quyết 35-NQ/TW".
_DOCUMENT_KIND_WORDS = re.compile(
    r"(?:\b(?:so|nghi quyet|ket luan|chi thi|quyet dinh|quy dinh|thong tu|nghi dinh|cong van|thong bao|"
    r"huong dan|ke hoach|to trinh|bao cao|luat|phap lenh|van ban)\s*)+$"
)
# Codes written in mixed case by convention (Thủ tướng, Quy định); everything else is upper case.
_MIXED_CASE_CODES = {"TTG": "TTg", "QĐI": "QĐi", "QDI": "QĐi", "HĐND": "HĐND"}


class SearchQueryError(ValueError):
    """A query that cannot be searched, with the message shown to the visitor."""

    def __init__(self, message):
        super().__init__(str(message))
        self.message = message


# Abbreviations and what they stand for, folded: each row is one meaning, every spelling of it matches the
# others. "Hồ Chí Minh" alone is the President as often as the city, so it is not one of the city's forms.
def _spellings(*parts):
    """Every spelling made of one choice per part, in order (a choice of () leaves the part out)."""
    return [tuple(word for choice in combination for word in choice) for combination in itertools.product(*parts)]


_CENTRAL_FRONT_COMMITTEE = _spellings((("uy", "ban", "trung", "uong"), ("ubtu",), ("ubtw",), ("ub", "tw")),
                                      (("mttq",), ("mttqvn",), ("mat", "tran", "to", "quoc")))

ABBREVIATIONS = [
    [("tp", "hcm"), ("tphcm",), ("thanh", "pho", "ho", "chi", "minh"), ("tp", "ho", "chi", "minh"),
     ("thanh", "pho", "hcm")],
    [("ubnd",), ("uy", "ban", "nhan", "dan")],
    [("hdnd",), ("hoi", "dong", "nhan", "dan")],
    # Texts glue "Ủy ban" to the front ("UBMTTQ", "UBMTTQVN"), and the glued word is the Front's name still.
    [("mttq",), ("mat", "tran", "to", "quoc"), ("ubmttq",), ("ubmttqvn",), ("mttqvn",), ("mttq", "vn")],
    # The Front's committee at the Centre ("Ủy ban Trung ương MTTQ Việt Nam", "UBTƯ MTTQ") is one of its committees,
    # so the committee's spellings include it; asked for by name, it is the Centre's alone (listed first: of two
    # spellings as long, the first meaning wins).
    [*_CENTRAL_FRONT_COMMITTEE],
    [("uy", "ban", "mttq"), ("uy", "ban", "mat", "tran", "to", "quoc"), ("ub", "mttq"), ("ubmttq",),
     ("ubmttqvn",), ("uy", "ban", "mttqvn"),
     *_CENTRAL_FRONT_COMMITTEE],
    [("ubtu",), ("ubtw",), ("uy", "ban", "trung", "uong")],
    [("bch",), ("ban", "chap", "hanh")],
    # "BCH" is also "Ban Chỉ huy", in the commune's military command: "Ban CHQS", "BCH QS".
    [("bch", "qs"), ("ban", "chqs"), ("bchqs",), ("ban", "chi", "huy", "quan", "su")],
    [("tw",), ("t", "u"), ("trung", "uong")],
    # The genre's other everyday abbreviations, each standing for one name only.
    [("dbscl",), ("dong", "bang", "song", "cuu", "long")],
    [("bdbp",), ("bo", "doi", "bien", "phong")],
    # A province's Border Guard command: "BCH BĐBP", "Bộ Chỉ huy BĐBP", "Bộ CHBĐBP" (never the Party's "BCH").
    [*_spellings((("bch",), ("bo", "chi", "huy"), ("bo", "ch")), (("bdbp",), ("bo", "doi", "bien", "phong"))),
     ("bchbdbp",), ("bo", "chbdbp")],
    [("cqbd",), ("chu", "quyen", "bien", "dao")],
    [("dkssyn",), ("doan", "ket", "su", "sai", "yeu", "nuoc")],
    [("chqs",), ("chi", "huy", "quan", "su")],
    [("llvt",), ("luc", "luong", "vu", "trang")],
    [("ccb",), ("cuu", "chien", "binh")],
    [("nvqs",), ("nghia", "vu", "quan", "su")],
    [("dbqh",), ("dai", "bieu", "quoc", "hoi")],
    [("lhpn",), ("lien", "hiep", "phu", "nu")],
    [("hoi", "lhpn"), ("hoi", "lien", "hiep", "phu", "nu"), ("hlhpn",)],
    [("lhtn",), ("lien", "hiep", "thanh", "nien")],
    [("tncs",), ("thanh", "nien", "cong", "san")],
    [("vhttdl",), ("van", "hoa", "the", "thao", "va", "du", "lich")],
    [("ntm",), ("nong", "thon", "moi")],
    [("ubkt",), ("uy", "ban", "kiem", "tra")],
    [("tuv",), ("tinh", "uy", "vien")],
    [("huv",), ("huyen", "uy", "vien")],
    [("bcd",), ("ban", "chi", "dao")],
    # "BTV" is the standing committee ("Ủy viên BTV Tỉnh ủy"), "BTT" the standing board ("BTT Ủy ban MTTQ").
    [("btv",), ("ban", "thuong", "vu")],
    [("btt",), ("ban", "thuong", "truc")],
    [("tvtu",), ("thuong", "vu", "tinh", "uy"), ("btv", "tinh", "uy"), ("btvtu",), ("btv", "tu"), ("ban", "tvtu"),
     ("ban", "thuong", "vu", "tinh", "uy")],
    [("uvbtv",), ("uv", "btv"), ("uy", "vien", "btv"), ("uy", "vien", "ban", "thuong", "vu"), ("uv", "ban", "thuong", "vu")],
    [("pct",), ("pho", "chu", "tich")],
    [("pbt",), ("pho", "bi", "thu")],
    [("antt",), ("an", "ninh", "trat", "tu")],
    # "QP-AN", "quốc phòng, an ninh"; printed the other way round too ("an ninh - quốc phòng", "ANQP").
    [("qpan",), ("qp", "an"), ("quoc", "phong", "an", "ninh"), ("anqp",), ("an", "qp"), ("an", "ninh", "quoc", "phong")],
    [("dtts",), ("dan", "toc", "thieu", "so")],
    # A full member of the Party's Central Committee ("UVTW", "UVT.Ư", "Ủy viên BCH TW"); an alternate member is
    # "Ủy viên dự khuyết Trung ương", which none of these spellings matches.
    # Pages combine its three parts freely ("UV BCH TW", "Ủy viên BCH Trung ương", "Uỷ viên BCH TƯ", "UV BCH T.ư");
    # "TƯ" folds to "tu", read as the Centre only after "BCH" or before "Đảng" ("Ủy viên TƯ Đảng").
    [("uvtw",), ("uvtu",), ("uvt", "u"),
     *_spellings((("uy", "vien"), ("uv",)), ((), ("bch",), ("ban", "chap", "hanh")), (("trung", "uong"), ("tw",), ("t", "u"))),
     *_spellings((("uy", "vien"), ("uv",)), (("bch",), ("ban", "chap", "hanh")), (("tu",),)),
     ("uy", "vien", "tu", "dang"), ("uv", "tu", "dang")],
    [("bt", "hu"), ("bthu",), ("bi", "thu", "huyen", "uy")],
    [("atgt",), ("an", "toan", "giao", "thong")],
    [("qdnd",), ("quan", "doi", "nhan", "dan")],
    [("cand",), ("cong", "an", "nhan", "dan")],
    # The prosecution and the courts: "VKSND tối cao", "TAND tỉnh".
    [("vksnd",), ("vien", "kiem", "sat", "nhan", "dan")],
    [("tand",), ("toa", "an", "nhan", "dan")],
    [("htx",), ("hop", "tac", "xa")],
    [("ttxvn",), ("thong", "tan", "xa", "viet", "nam")],
    [("ptth",), ("phat", "thanh", "truyen", "hinh")],
    [("thcs",), ("trung", "hoc", "co", "so")],
    [("thpt",), ("trung", "hoc", "pho", "thong")],
    [("bhxh",), ("bao", "hiem", "xa", "hoi")],
    [("xhcn",), ("xa", "hoi", "chu", "nghia")],
    # Written with "&" or "-" between their parts ("GD&ĐT", "KT-XH", "NN&PTNT"), which fold to two words.
    [("gddt",), ("gd", "dt"), ("giao", "duc", "va", "dao", "tao")],
    [("ktxh",), ("kt", "xh"), ("kinh", "te", "xa", "hoi")],
    # "KT-VHXH-ANQP": economy, culture and society, defence and security, each part also written out.
    [("kt",), ("kinh", "te")],
    [("vhxh",), ("vh", "xh"), ("van", "hoa", "xa", "hoi")],
    [("nnptnt",), ("nn", "ptnt"), ("nong", "nghiep", "va", "phat", "trien", "nong", "thon")],
    [("ldtbxh",), ("ld", "tbxh"), ("lao", "dong", "thuong", "binh", "va", "xa", "hoi")],
    [("btl",), ("bo", "tu", "lenh")],
    [("csb",), ("canh", "sat", "bien")],
    # "Chương trình MTQG", the national target programmes; "Mẹ VNAH", the Heroic Mothers: pages that define them
    # once teach search the short form, but most pages print it bare.
    [("mtqg",), ("muc", "tieu", "quoc", "gia")],
    [("vnah",), ("viet", "nam", "anh", "hung")],
    # Provinces the press shortens or spells more than one way: "BR-VT", "TT-Huế", "Đăk Lăk", "Đắc Lắc", "Kontum".
    [("ba", "ria", "vung", "tau"), ("brvt",), ("br", "vt")],
    [("thua", "thien", "hue"), ("tt", "hue")],
    [("dak", "lak"), ("daklak",), ("dac", "lac")],
    [("dak", "nong"), ("daknong",), ("dac", "nong")],
    [("kon", "tum"), ("kontum",)],
]
# Short forms read one way only: "tp" in a query is also "thành phố" ("TP. Vị Thanh", "TP.HCM" above wins, being
# longer), but "thanh pho" is read as typed, since it is as often a name and a title run together ("Trịnh Xuân
# Thanh, Phó Chủ tịch …").
SHORT_ONLY = [
    [("tp",), ("thanh", "pho")],
    [("tx",), ("thi", "xa")],
]
# Run-together abbreviations, read as their parts: "bchtw" is "bch tw".
_RUN_TOGETHER = {"bchtw": ("bch", "tw"), "bchtu": ("bch", "t", "u"), "ubmttq": ("uy", "ban", "mttq")}


@dataclass(frozen=True)
class ParsedQuery:
    text: str
    terms: tuple
    documents: tuple = ()
    truncated: bool = False
    # One group per word or abbreviation: the spellings that may stand there, each a tuple of folded words.
    groups: tuple = ()

    @property
    def document_keys(self):
        return tuple(fold(number) for number in self.documents)

    @property
    def accented(self):
        """The query's words with their diacritics, lower case, when the visitor typed any; else ()."""
        if fold(self.text) == self.text.lower():
            return ()
        return tuple(re.findall(r"\w+", self.text.lower()))


_KNOWN_SHORT = frozenset(spelling[0] for meaning in ABBREVIATIONS + SHORT_ONLY for spelling in meaning
                         if len(spelling) == 1)


def word_groups(words, learned=()):
    """Read abbreviations in a list of folded words: "ubnd tinh" -> ((("ubnd",), ("uy","ban","nhan","dan")),
    (("tinh",),)). The longest spelling at each place wins. ``learned``: meanings the coverage defined itself
    (``search.abbreviations``), for short forms the list above does not know."""
    meanings = ABBREVIATIONS + [meaning for meaning in learned if meaning[0][0] not in _KNOWN_SHORT]
    meanings = [(meaning, meaning) for meaning in meanings] + [(meaning[:1], meaning) for meaning in SHORT_ONLY]
    expanded = []
    for word in words:
        expanded.extend(_RUN_TOGETHER.get(word, (word,)))
    groups, position = [], 0
    while position < len(expanded):
        best = None
        for read, meaning in meanings:
            for spelling in read:
                if tuple(expanded[position:position + len(spelling)]) == spelling and (
                        best is None or len(spelling) > len(best[0])):
                    best = (spelling, meaning)
        if best is None:
            groups.append(((expanded[position],),))
            position += 1
        else:
            groups.append(tuple(best[1]))
            position += len(best[0])
    for index in range(len(groups) - 1):
        # A count before what it counts, in digits or in words: "chính quyền địa phương 2 cấp" / "hai cấp",
        # "tăng trưởng hai con số" / "2 con số". Only there: alone, "năm" is a year or the south and "ba" a name;
        # after a word that numbers ("Vùng 5", "khóa 5") or before one ("Trung ương 8 khóa XII") the digit is a
        # number in a name, never written as a word.
        word, counted = _one_word(groups[index]), _one_word(groups[index + 1])
        other = _COUNT_DIGITS.get(word.lstrip("0") if word.isdigit() else "") or _COUNT_WORDS.get(word)
        numbering = index > 0 and _one_word(groups[index - 1]) in _NUMBERED_AFTER
        if other and counted.isalpha() and counted not in _NUMBERED_AFTER and not numbering:
            groups[index] = groups[index] + ((other,),)
    for index in range(1, len(groups)):
        numeral = _other_numeral(groups[index])
        if numeral and (_one_word(groups[index - 1]) in _NUMBERED_AFTER or ("trung", "uong") in groups[index - 1]):
            groups[index] = groups[index] + ((numeral,),)
    for index, group in enumerate(groups):
        match = _I_OR_Y.match(_one_word(group))
        if match:
            groups[index] = group + ((match.group(1) + ("y" if match.group(2) == "i" else "i"),),)
    return tuple(groups)


# Numbers from one to ten as written in words, folded ("bốn" for four: "tư" folds like "từ", "tu"; "mười" is ten).
_COUNT_WORDS = {"mot": "1", "hai": "2", "ba": "3", "bon": "4", "nam": "5", "sau": "6", "bay": "7", "tam": "8",
                "chin": "9", "muoi": "10"}
_COUNT_DIGITS = {digits: word for word, digits in _COUNT_WORDS.items()}


# A syllable whose only vowel is "i" or "y" after a consonant is spelled either way, the older spelling and the
# reformed one: "liệt sỹ" / "liệt sĩ", "kỷ niệm" / "kỉ niệm", "Lý Sơn" / "Lí Sơn", "quy định" / "qui định". Not in a
# diphthong ("tai" and "tay" are two words) nor after "g" ("gì").
_I_OR_Y = re.compile(r"^(b|ch|c|d|h|kh|k|l|m|nh|n|ph|p|qu|r|s|th|tr|t|v|x)([iy])$")


# Units and terms numbered in either digits or roman numerals: "Vùng 5 Hải quân" / "Vùng V", "Quân khu 7" /
# "Quân khu VII", "Đại hội XIII" / "Đại hội 13", "khóa XIV", "lần thứ 8". Only after these words is a query's "v"
# or "vi" a number rather than a letter or the word "vì". A Central Committee's plenum is "Hội nghị Trung ương 10"
# and "hội nghị lần thứ X Ban Chấp hành Trung ương".
_NUMBERED_AFTER = frozenset({"vung", "khu", "khoa", "thu", "hoi", "doan"})
_ROMAN_VALUES = (("xxx", 30), ("xx", 20), ("x", 10), ("ix", 9), ("v", 5), ("iv", 4), ("i", 1))


def _roman(number):
    text = ""
    for letters, value in _ROMAN_VALUES:
        while number >= value:
            text, number = text + letters, number - value
    return text


_ROMAN_TO_DIGITS = {_roman(n): str(n) for n in range(1, 40)}
_DIGITS_TO_ROMAN = {digits: roman for roman, digits in _ROMAN_TO_DIGITS.items()}


def _one_word(group):
    """The word of a group that is one word with one spelling; else ""."""
    return group[0][0] if len(group) == 1 and len(group[0]) == 1 else ""


def _other_numeral(group):
    """The same number in the other notation, for a group that is one word written in one of them; else ""."""
    word = _one_word(group)
    return _ROMAN_TO_DIGITS.get(word) or _DIGITS_TO_ROMAN.get(word.lstrip("0") if word.isdigit() else "", "")


def normalise_document_number(text):
    """The standard form of a document number: "01- kl/tw" -> "01-KL/TW", "439/qđ-ttg" -> "439/QĐ-TTg".

    Returns "" when ``text`` holds no document number.
    """
    match = DOCUMENT_NUMBER.search(nfc(text or ""))
    if not match:
        return ""
    number, separator, code = match.groups()
    number = re.sub(r"\s+", "", number)
    parts = re.split(r"\s*([-/])\s*", code)
    code = "".join(_MIXED_CASE_CODES.get(part.upper(), part.upper()) for part in parts)
    return f"{number}{separator}{code}"


def parse_query(raw, *, learned=None):
    """Split a visitor's query into folded words and document numbers, or raise ``SearchQueryError``.

    ``learned(words)``, when given, returns the abbreviations the coverage defined that may stand in the query
    (``search.abbreviations.learned_meanings``)."""
    text = nfc(_CONTROL.sub(" ", str(raw or ""))).strip()
    text = " ".join(text.split())
    if not text:
        raise SearchQueryError(_("Hãy nhập từ khóa cần tìm, ví dụ “kien giang” hoặc “21-KL/TW”."))
    if len(text) > MAX_QUERY_LENGTH:
        raise SearchQueryError(
            _("Từ khóa quá dài. Hãy nhập tối đa %(limit)s ký tự.") % {"limit": MAX_QUERY_LENGTH}
        )
    documents, rest = [], []
    position = 0
    for match in DOCUMENT_NUMBER.finditer(text):
        before = fold(text[position:match.start()])
        rest.append(_DOCUMENT_KIND_WORDS.sub("", before))
        number = normalise_document_number(match.group(0))
        if number and number not in documents:
            documents.append(number)
        position = match.end()
    rest.append(fold(text[position:]))
    words = _WORD.findall(" ".join(rest))
    terms = []
    for word in words:
        if word not in terms:
            terms.append(word)
    if not terms and not documents:
        raise SearchQueryError(_("Từ khóa không hợp lệ. Hãy nhập chữ hoặc số, ví dụ “dang bo”."))
    truncated = len(terms) > MAX_TERMS
    terms = tuple(terms[:MAX_TERMS])
    words = list(words[:MAX_TERMS * 2]) if not truncated else list(terms)
    meanings = learned(words) if learned is not None else ()
    return ParsedQuery(text=text, terms=terms, documents=tuple(documents[:3]), truncated=truncated,
                       groups=word_groups(words, meanings))


# --- Patterns shared by SQLite matching and by highlighting (folded text: a-z, 0-9, anything else separates).

def document_pattern(number):
    """A folded document number between boundaries, tolerant of spaces around separators. PostgreSQL and
    Python read this pattern the same way (no look-behind: PostgreSQL's is limited)."""
    pieces = re.split(r"\s*([-/])\s*", fold(number))
    body = "".join(rf"\s*{re.escape(p)}\s*" if p in "-/" else re.escape(p) for p in pieces)
    return rf"(^|[^a-z0-9/]){body}($|[^a-z0-9/])"


def pairs(words):
    """Adjacent word pairs, the unit phrase matching works on: ["xay", "dung", "dang"] -> ["xay_dung", "dung_dang"]."""
    return [f"{a}_{b}" for a, b in zip(words, words[1:], strict=False)]


def document_words(number):
    return _WORD.findall(fold(number))
