"""Party and state documents cited in a text, normalised so that one document is one row.

"Kết luận số 21-KL/TW", "Kết luận số 01- KL/TW" (a stray space), "Quyết định 439/QĐ-TTg",
"Nghị quyết số 12/2025/NQ-CP", "Nghị quyết Đại hội XIII của Đảng". The number is the key: spaces go,
dashes become "-", letter codes get their official case ("TTg", "QĐi"), and party documents, which
are numbered with at least two digits, get their leading zero ("1-KL/TW" is "01-KL/TW").

Reports often print a number without its codes ("Quyết định số 284 của Bộ Chính trị", "Chỉ thị 05",
"Công văn số 3717 của Ban Tuyên giáo và Dân vận Trung ương"). With an issuer whose numbering is known the
codes are completed ("284-QĐ/TW"); otherwise the number stays bare, and the key keeps the kind and the issuer
as printed, so that two "Công văn số 115" of different bodies stay two documents.
"""

import re
from dataclasses import dataclass

from core.text import fold

KINDS = {
    "nghị quyết": "Nghị quyết", "kết luận": "Kết luận", "chỉ thị": "Chỉ thị", "quyết định": "Quyết định",
    "quy định": "Quy định", "thông tư": "Thông tư", "nghị định": "Nghị định", "luật": "Luật",
    "hướng dẫn": "Hướng dẫn", "kế hoạch": "Kế hoạch", "thông báo": "Thông báo", "công văn": "Công văn",
    "quy chế": "Quy chế", "đề án": "Đề án", "chương trình": "Chương trình", "thông tri": "Thông tri",
    "nghị quyết liên tịch": "Nghị quyết liên tịch", "thông tư liên tịch": "Thông tư liên tịch",
}
# The letter code of the kind inside a number: 21-KL/TW, 439/QĐ-TTg.
KIND_CODES = {
    "NQ": "Nghị quyết", "KL": "Kết luận", "CT": "Chỉ thị", "QĐ": "Quyết định", "QĐi": "Quy định",
    "TT": "Thông tư", "NĐ": "Nghị định", "HD": "Hướng dẫn", "KH": "Kế hoạch", "TB": "Thông báo",
    "CV": "Công văn", "QC": "Quy chế", "ĐA": "Đề án", "CTr": "Chương trình", "TTr": "Thông tri",
    "NQLT": "Nghị quyết liên tịch", "TTLT": "Thông tư liên tịch",
}
ISSUERS = {
    "TW": "Trung ương", "TTg": "Thủ tướng Chính phủ", "CP": "Chính phủ", "QH": "Quốc hội",
    "UBTVQH": "Ủy ban Thường vụ Quốc hội", "CTN": "Chủ tịch nước", "TU": "Tỉnh ủy", "ThU": "Thành ủy",
    "HU": "Huyện ủy", "ĐU": "Đảng ủy", "UBND": "Ủy ban nhân dân", "HĐND": "Hội đồng nhân dân",
    "BTGTW": "Ban Tuyên giáo Trung ương", "BTGDVTW": "Ban Tuyên giáo và Dân vận Trung ương",
    "BTCTW": "Ban Tổ chức Trung ương", "UBKTTW": "Ủy ban Kiểm tra Trung ương", "BNV": "Bộ Nội vụ",
    "BTC": "Bộ Tài chính", "BCA": "Bộ Công an", "BQP": "Bộ Quốc phòng", "BYT": "Bộ Y tế",
    "BGDĐT": "Bộ Giáo dục và Đào tạo", "BTTTT": "Bộ Thông tin và Truyền thông",
    "BVHTTDL": "Bộ Văn hóa, Thể thao và Du lịch", "NHNN": "Ngân hàng Nhà nước", "BCT": "Bộ Công Thương",
    "MTTQ": "Mặt trận Tổ quốc Việt Nam",
}
# Codes whose official spelling is not all capitals, looked up from their upper-case form.
_MIXED_CASE = {code.upper(): code for code in (*KIND_CODES, *ISSUERS) if code != code.upper()}
_ASCII_CODES = {"QD": "QĐ", "QDI": "QĐi", "ND": "NĐ", "DA": "ĐA", "DU": "ĐU", "HDND": "HĐND", "BGDDT": "BGDĐT",
                "TƯ": "TW"}
# Party congresses, for the year of "Nghị quyết Đại hội XIII".
CONGRESS_YEARS = {"VI": 1986, "VII": 1991, "VIII": 1996, "IX": 2001, "X": 2006, "XI": 2011, "XII": 2016,
                  "XIII": 2021, "XIV": 2026}

# "05-CT/TƯ": some outlets print the central committee's code with its diacritic; it is the same code as "TW".
_CODE = r"[A-ZĐa-zđ][A-Za-zĐđƯư]{0,9}\d{0,3}"
_NUMBER = (
    rf"(?P<num>\d{{1,5}})\s*(?:/\s*(?P<year>(?:19|20)\d\d)\s*)?[-–/]\s*(?P<codes>{_CODE}(?:\s*[-–/]\s*{_CODE}){{0,3}})"
)
_NUMBER_RE = re.compile(rf"(?<![\w/-]){_NUMBER}(?![\w/])")
_KIND_WORDS = "|".join(sorted((re.escape(k) for k in KINDS), key=len, reverse=True))
# A kind may be qualified before its number: "Kế hoạch phối hợp số 01-…", "Nghị quyết chuyên đề số 05-…".
_QUALIFIER = r"(?-i:\s+[a-zđà-ỹ]+(?:\s+[a-zđà-ỹ]+)?)"
# "Công văn số: 453/HĐND-VP": a document's own header prints "Số:" before its number, and pages copy the colon.
_CITED = re.compile(
    rf"(?<!\w)(?P<kind>{_KIND_WORDS})(?:(?P<qualifier>{_QUALIFIER})?\s+(?P<so>số)\s*:?)?\s+{_NUMBER}(?![\w/])"
    r"(?:\s*,?\s*ngày\s+\d{1,2}\s*/\s*\d{1,2}\s*/\s*(?P<dated>(?:19|20)\d\d))?",
    re.IGNORECASE,
)
# Numbers listed under one kind word share the codes printed after the last: "Quyết định số 12, 13/QĐ-UBND".
_SHARED = re.compile(
    rf"(?<!\w)(?P<kind>{_KIND_WORDS})\s+(?:số\s+)?(?P<nums>\d{{1,5}}(?:\s*,\s*\d{{1,5}})*)\s*(?:,|và)\s*"
    rf"(?={_NUMBER}(?![\w/]))",
    re.IGNORECASE,
)
# Kinds that also name a programme: "Chương trình 135/CP" is the programme called 135, not a numbered document,
# which would print its own kind code ("Chương trình số 15-CTr/TU", "Đề án số 06/ĐA-UBND").
_PROGRAMME_KINDS = frozenset({"chương trình", "đề án"})
_BARE = re.compile(rf"(?<![\w/-])(?:số\s+)?{_NUMBER}(?![\w/])")
# Issuers printed after "của" whose numbering is known: (code, party numbering "N-XX/TW" or state "N/XX-TTg").
NUMBERED_BY = {
    "bộ chính trị": ("TW", True), "ban bí thư": ("TW", True), "ban chấp hành trung ương": ("TW", True),
    "trung ương": ("TW", True), "tỉnh ủy": ("TU", True), "thành ủy": ("TU", True), "huyện ủy": ("HU", True),
    "thủ tướng chính phủ": ("TTg", False), "thủ tướng": ("TTg", False), "chính phủ": ("CP", False),
}
# Kinds whose bare number is a document ("Chương trình 135", "Đề án 06" are names of programmes).
BARE_KINDS = {
    "nghị quyết": "NQ", "kết luận": "KL", "chỉ thị": "CT", "quyết định": "QĐ", "quy định": "QĐi",
    "hướng dẫn": "HD", "kế hoạch": "KH", "thông báo": "TB", "thông tri": "TTr", "công văn": "", "nghị định": "NĐ",
    "thông tư": "TT", "nghị quyết liên tịch": "NQLT", "thông tư liên tịch": "TTLT",
}
_BARE_KIND_WORDS = "|".join(sorted((re.escape(k) for k in BARE_KINDS), key=len, reverse=True))
# The issuer runs to the end of its name: up to the punctuation, or a word that starts what follows it.
_AFTER_ISSUER = rf"(?:về|ngày|năm|để|nhằm|trong|tại|đã|được|theo|với|cho|là|khi|của|số|và\s+(?:{_BARE_KIND_WORDS}))"
_ISSUER_WORDS = rf"(?:(?!{_AFTER_ISSUER}(?!\w))[^\W\d_]+)(?:\s+(?!{_AFTER_ISSUER}(?!\w))[^\W\d_]+){{0,11}}"
_UNCODED = re.compile(
    rf"(?<!\w)(?P<kind>{_BARE_KIND_WORDS})\s+(?:(?P<so>số)\s+)?(?P<num>\d{{1,5}})(?-i:(?P<suffix>[a-z]))?"
    rf"(?:/(?P<year>(?:19|20)\d\d))?(?![\w/.,-]\d|[\w/-])"
    rf"(?:\s*(?P<signed>ngày\s+\d{{1,2}}\s*/\s*\d{{1,2}}\s*/\s*(?:19|20)\d\d\s*)?(?:của|do)\s+(?P<issuer>{_ISSUER_WORDS}))?",
    re.IGNORECASE,
)
_CONGRESS = re.compile(
    r"(?<!\w)nghị quyết\s+đại hội\s+(?:đại biểu toàn quốc\s+)?(?:lần thứ\s+)?(?P<roman>[IVX]{1,5})\b"
    r"(?!\s+(?:của\s+)?Đảng bộ)(?:\s+của\s+Đảng(?!\s+bộ))?",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class CitedDocument:
    key: str
    number: str
    kind: str
    title: str
    issuer: str
    year: int | None


def _canonical_code(code):
    upper = code.upper()
    return _ASCII_CODES.get(upper) or _MIXED_CASE.get(upper) or upper


def _split_codes(codes):
    return [c for c in re.split(r"\s*[-–/]\s*", codes.strip()) if c]


def _format(num, year, codes, separators):
    """Rebuild a number from its parts with the separators it had: 21-KL/TW, 439/QĐ-TTg, 12/2025/NQ-CP."""
    parts = [_canonical_code(c) for c in codes]
    if parts and parts[-1] == "TW" and not year and len(num) < 2:
        num = num.zfill(2)
    out = num + (f"/{year}" if year else "") + separators[0] + parts[0]
    for separator, part in zip(separators[1:], parts[1:], strict=False):
        out += separator + part
    return out


def _parse_number(match):
    codes_text = match.group("codes")
    codes = _split_codes(codes_text)
    head = match.group(0)[: match.start("codes") - match.start(0)]
    first_separator = "/" if head.rstrip().endswith("/") else "-"
    separators = [first_separator] + ["/" if s.strip() == "/" else "-" for s in re.findall(r"\s*[-–/]\s*", codes_text)]
    number = _format(match.group("num"), match.group("year"), codes, separators)
    return number, [_canonical_code(c) for c in codes], match.group("year")


def _kind_from_codes(codes):
    for code in codes:
        base = re.sub(r"\d+$", "", code)
        if base in KIND_CODES:
            return KIND_CODES[base]
    return ""


def _issuer_from_codes(codes):
    for code in reversed(codes):
        base = re.sub(r"\d+$", "", code)
        if base in ISSUERS:
            return ISSUERS[base]
    return ""


def normalise_document_number(text):
    """The normalised number cited in ``text`` ("01- kl/tw" -> "01-KL/TW"), or "" if there is none.

    Shared with search, so that a reader's query finds the document however it was typed.
    """
    match = _NUMBER_RE.search(" ".join((text or "").split()))
    if not match:
        return ""
    number, codes, _year = _parse_number(match)
    if not _kind_from_codes(codes) and not _issuer_from_codes(codes):
        return ""
    return number


def _document(number, codes, kind_word, year):
    kind = KINDS.get(kind_word.lower(), "") if kind_word else ""
    kind = kind or _kind_from_codes(codes)
    return CitedDocument(
        key=number, number=number, kind=kind, title=f"{kind} số {number}" if kind else number,
        issuer=_issuer_from_codes(codes), year=int(year) if year else None,
    )


def _own_codes(match, codes):
    """Whether a number printed after its kind and "số" has the codes of a body of its own ("Kế hoạch phối hợp số
    01-KHPH/HNDT-NHPTNT": a farmers' association's and a bank's): capitals, as codes are printed, not words."""
    return bool(match.group("so")) and all(code.isupper() and code.isalnum() for code in codes) \
        and any(sum(ch.isalpha() for ch in code) >= 2 for code in codes)


def find_documents(text):
    """Documents cited in ``text``, each once, in order of first citation."""
    found, spans = {}, []
    for match in _SHARED.finditer(text):
        last = _NUMBER_RE.match(text, match.end())
        if last is None:
            continue
        _number, codes, year = _parse_number(last)
        if not _kind_from_codes(codes) and match.group("kind").lower() not in BARE_KINDS:
            continue
        rest = last.group(0)[last.end("num") - last.start():]
        for num in re.findall(r"\d+", match.group("nums")):
            listed = _NUMBER_RE.match(num + rest)
            if listed:
                number, codes, year = _parse_number(listed)
                document = _document(number, codes, match.group("kind"), year)
                found.setdefault(document.key, document)
        spans.append((match.start(), match.end()))
    for match in _CITED.finditer(text):
        number, codes, year = _parse_number(match)
        if not (_kind_from_codes(codes) or _issuer_from_codes(codes) or _own_codes(match, codes)):
            continue
        if match.group("kind").lower() in _PROGRAMME_KINDS and not _kind_from_codes(codes):
            continue
        document = _document(number, codes, match.group("kind"), year or match.group("dated"))
        found.setdefault(document.key, document)
        spans.append((match.start(), match.end()))
    for match in _BARE.finditer(text):
        if any(start <= match.start() < end for start, end in spans):
            continue
        number, codes, year = _parse_number(match)
        if _kind_from_codes(codes) and _issuer_from_codes(codes):
            found.setdefault(number, _document(number, codes, "", year))
    for match in _UNCODED.finditer(text):
        if any(start <= match.start() < end for start, end in spans):
            continue
        document = _uncoded_document(match)
        # "Nghị quyết 01" after "Nghị quyết số 01-NQ/TU": the same document, named short.
        if document and not any(d.kind == document.kind and re.match(rf"0*{int(match.group('num'))}\b", d.number)
                                for d in found.values() if d.number != document.number):
            found.setdefault(document.key, document)
    for match in _CONGRESS.finditer(text):
        roman = match.group("roman").upper()
        key = f"nghi-quyet-dai-hoi-{roman.lower()}"
        found.setdefault(key, CitedDocument(
            key=key, number="", kind="Nghị quyết", title=f"Nghị quyết Đại hội {roman} của Đảng",
            issuer=f"Đại hội đại biểu toàn quốc lần thứ {roman} của Đảng", year=CONGRESS_YEARS.get(roman),
        ))
    return list(found.values())


def _uncoded_document(match):
    """A document printed with its kind and number but without codes: "Quyết định số 284 của Bộ Chính trị"."""
    kind_word, num = match.group("kind").lower(), match.group("num")
    if match.group("suffix"):
        # "Nghị quyết 30a", "Quyết định 135b": a number with a letter after it is a document known by its short
        # name (a year or a count never has one), kept as printed.
        num += match.group("suffix")
    elif not (match.group("so") or match.group("signed")) and (
            len(num) > 3 or not (match.group("issuer") or num.startswith("0")) or match.group("year")):
        # "Nghị quyết 2024" is a year, "Kết luận 3 điểm" a count; "Chỉ thị 05" is a document, and so is any number
        # printed with the day it was signed and its issuer ("Quyết định 2540 ngày 30/12/2016 của Thủ tướng").
        return None
    if match.group("year"):
        # "Nghị quyết số 202/2025 của Quốc hội": the state's numbering with its year, printed without the codes
        # ("202/2025/QH15"); the number is kept as printed.
        num = f"{num}/{match.group('year')}"
    issuer_text = " ".join((match.group("issuer") or "").split())
    known = next((NUMBERED_BY[k] for k in sorted(NUMBERED_BY, key=len, reverse=True)
                  if issuer_text.lower().startswith(k)), None)
    code = BARE_KINDS[kind_word]
    if known and code and not (match.group("year") and known[1]):  # a party's numbering has no year
        issuer, party = known
        number = f"{num.zfill(2)}-{code}/{issuer}" if party else f"{num}/{code}-{issuer}"
        return _document(number, [code, issuer], kind_word, match.group("year"))
    kind = KINDS[kind_word]
    key = "-".join(part for part in (fold_key(kind), num, fold_key(issuer_text)) if part)
    year = int(match.group("year")) if match.group("year") else None
    return CitedDocument(key=key[:200], number=num, kind=kind, title=f"{kind} số {num}", issuer=issuer_text,
                         year=year)


def fold_key(text):
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")
