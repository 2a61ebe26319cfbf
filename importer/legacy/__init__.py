"""Vietnamese text typed in the 8-bit font encodings of the 1990s: TCVN3 (ABC) and VNI, converted to Unicode NFC.

Such text reads as garbage when taken for what it claims to be ("§ång chÝ", "Ñoàng chí" for "Đồng chí"): the
bytes were meant for a font that draws Vietnamese letters where Windows-1252 has Latin-1 ones. A Word file says
which font a run is set in (".VnTime" is TCVN3, "VNI-Times" is VNI), so its runs are converted by their font; a
plain-text file says nothing, so each line is converted when doing so turns it into valid Vietnamese syllables
(a line that is Unicode already stays as it is, which is how a file mixing the two is converted line by line).

The code tables are data (``tcvn3.tsv``, ``vni.tsv`` next to this file), each with the standard it comes from.
"""

import functools
import re
import unicodedata
from pathlib import Path

TCVN3 = "TCVN3"
VNI = "VNI"
ENCODINGS = (TCVN3, VNI)
_DATA = Path(__file__).resolve().parent

# ".VnTime", ".VnArial", ".VnTimeH" (upper-case variant), "VnTime"…; "VNI-Times", "VNI-Helve", "VNI Aptima"…
_TCVN3_FONT = re.compile(r"^\.?vn(?!i\b|i[-_ ])[a-z]", re.IGNORECASE)
_VNI_FONT = re.compile(r"^vni[-_ ]", re.IGNORECASE)
_UPPER_FONT = re.compile(r"^\.vn.*h$", re.IGNORECASE)


def font_encoding(font_name):
    """TCVN3 or VNI for a legacy Vietnamese font name, else None."""
    name = (font_name or "").strip()
    if _VNI_FONT.match(name):
        return VNI
    if _TCVN3_FONT.match(name):
        return TCVN3
    return None


def is_upper_font(font_name):
    """".VnTimeH", ".VnArialH": ABC fonts that draw every letter as a capital."""
    return bool(_UPPER_FONT.match((font_name or "").strip()))


@functools.cache
def _table(encoding):
    """{byte sequence: Unicode text} read from the encoding's data file."""
    table = {}
    path = _DATA / ("tcvn3.tsv" if encoding == TCVN3 else "vni.tsv")
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        columns = line.split("\t")
        table[bytes.fromhex(columns[0])] = columns[-1] if encoding == VNI else columns[1]
    return table


@functools.cache
def _reverse():
    """Character -> the byte a legacy font drew it from, as Word stores such text (Windows-1252, C1 controls kept,
    or the U+F0xx private-use block of symbol fonts)."""
    reverse = {}
    for byte in range(256):
        try:
            reverse[bytes([byte]).decode("cp1252")] = byte
        except UnicodeDecodeError:
            reverse[chr(byte)] = byte
        reverse.setdefault(chr(byte), byte)
        reverse[chr(0xF000 + byte)] = byte
    return reverse


def to_bytes(text):
    """The bytes behind ``text`` if every character can come from an 8-bit font, else None."""
    reverse = _reverse()
    try:
        return bytes(reverse[ch] for ch in text)
    except KeyError:
        return None


def decode(data, encoding, *, errors="replace"):
    """Bytes in TCVN3 or VNI -> Unicode NFC. Bytes the table does not list keep their Windows-1252 meaning; one
    that has none raises ``UnicodeDecodeError`` with ``errors="strict"``."""
    table = _table(encoding)
    out, i, n = [], 0, len(data)
    while i < n:
        pair = data[i:i + 2]
        if len(pair) == 2 and pair in table:
            out.append(table[pair])
            i += 2
            continue
        single = data[i:i + 1]
        out.append(table.get(single) or single.decode("cp1252", errors=errors))
        i += 1
    return unicodedata.normalize("NFC", "".join(out))


# Letters that only Unicode (never Windows-1252) has: text holding one is not legacy text.
_UNICODE_ONLY = re.compile(r"[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9"
                           r"\u0300\u0301\u0303\u0309\u0323]")


def convert_run(text, encoding, *, upper=False):
    """A Word run set in a legacy font -> Unicode. Text already in Unicode (a run converted earlier but left in
    its old font) is returned as it is."""
    if not text or _UNICODE_ONLY.search(text):
        return text
    data = to_bytes(text)
    if data is None:
        return text
    converted = decode(data, encoding)
    return converted.upper() if upper else converted


# --- telling legacy text from Unicode, for files without fonts ------------------------------------------------

_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
_SYLLABLE = re.compile(
    r"^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?([aăâeêioôơuưy]{1,3})(ch|ng|nh|[cmnpt])?$"
)
# The vowel groups Vietnamese syllables are made of (tones aside): a reading of legacy bytes in the wrong table
# gives groups such as "oô" or "ươê" that no syllable has.
_NUCLEI = set(
    "a ă â e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iê iu oa oă oe oi ôi ơi oo ua uâ uê ui uô uơ ươ ưa ưi ưu uy "
    "yê iêu yêu oai oay oeo uây uôi ươi ươu uya uyê uyu".split()
)
_STRIP = "()[]{}.,;:!?\"'“”‘’…-–—/«»*"
_LATIN1_HIGH = re.compile(r"[\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a"
                          r"\u20ac\u2122]")


def _is_syllable(word):
    decomposed = unicodedata.normalize("NFD", word.lower())
    if sum(1 for ch in decomposed if ch in _TONES) > 1:
        return False
    base = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in _TONES))
    match = _SYLLABLE.match(base)
    if not match:
        return False
    # "qu" and "gi" lend their u and i to the onset: "quốc" is qu + ô, "giữa" is gi + ưa.
    nucleus = match.group(2)
    return nucleus in _NUCLEI or (match.group(1) in ("q", "g") and nucleus[1:] in _NUCLEI)


def vietnamese_score(text):
    """Words with diacritics that are Vietnamese syllables, less those that are not (ASCII words do not count)."""
    score = 0
    for word in text.split():
        word = word.strip(_STRIP)
        if not word or word.isascii():
            continue
        score += 1 if _is_syllable(word) else -1
    return score


def _best(candidates, baseline):
    """The encoding whose reading scores best, if it beats ``baseline`` and reads as Vietnamese; else None."""
    best, best_score = None, max(baseline, 0)
    for encoding, text in candidates:
        score = vietnamese_score(text)
        if score > best_score:
            best, best_score = encoding, score
    return best


def repair_line(line):
    """A line of Unicode text that is really TCVN3 or VNI read as Windows-1252 -> (Unicode line, encoding|None)."""
    if line.isascii() or not _LATIN1_HIGH.search(line) or _UNICODE_ONLY.search(line):
        return line, None
    data = to_bytes(line)
    if data is None:
        return line, None
    candidates = [(encoding, decode(data, encoding)) for encoding in ENCODINGS]
    found = _best(candidates, vietnamese_score(line))
    return (dict(candidates)[found], found) if found else (line, None)


def repair_text(text):
    """Convert the legacy lines of a Unicode text -> (text, {encoding: lines converted})."""
    counts, lines = {}, text.split("\n")
    for index, line in enumerate(lines):
        fixed, encoding = repair_line(line)
        if encoding:
            lines[index] = fixed
            counts[encoding] = counts.get(encoding, 0) + 1
    return ("\n".join(lines), counts) if counts else (text, counts)


def decode_bytes(data):
    """Bytes that are not UTF-8 -> (text, {encoding: lines}) when some lines are TCVN3 or VNI, else None.

    Each line is read as Windows-1258, TCVN3 and VNI, and the reading with the most valid syllables wins, so a
    file typed partly in one and partly in another comes out whole.
    """
    counts, lines = {}, []
    for raw in data.split(b"\n"):
        try:
            plain = unicodedata.normalize("NFC", raw.decode("cp1258"))
        except UnicodeDecodeError:
            plain = None
        if plain is not None and raw.isascii():
            lines.append(plain)
            continue
        candidates = []
        for encoding in ENCODINGS:
            try:
                candidates.append((encoding, decode(raw, encoding, errors="strict")))
            except UnicodeDecodeError:
                pass
        found = _best(candidates, vietnamese_score(plain) if plain is not None else 0)
        if found:
            counts[found] = counts.get(found, 0) + 1
            lines.append(dict(candidates)[found])
        elif plain is not None:
            lines.append(plain)
        else:
            return None
    return ("\n".join(lines), counts) if counts else None


def describe(counts):
    """"TCVN3" or "TCVN3, VNI": the encodings a text was converted from, for a report."""
    return ", ".join(encoding for encoding in ENCODINGS if counts.get(encoding))


def note(counts, *, unit):
    """The import report's line: "Đã chuyển bảng mã TCVN3 (12 dòng), VNI (3 dòng) sang Unicode."."""
    parts = [f"{encoding} ({counts[encoding]} {unit})" for encoding in ENCODINGS if counts.get(encoding)]
    return f"Đã chuyển bảng mã {', '.join(parts)} sang Unicode."
