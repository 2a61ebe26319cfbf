"""Vietnamese text helpers: normalisation, folding for matching, slugs and sort keys.

Everything that compares or orders Vietnamese names goes through here, so that
"Hòa" and "Hoà" (the same letters with the tone mark on another vowel) match,
and "Đặng" sorts after "Dũng" rather than after "Z".
"""

import re
import unicodedata

# Combining marks that carry a tone; the others (breve, circumflex, horn) are part of the letter.
TONE_MARKS = {
    "\u0300": 1,  # huyền (grave)
    "\u0309": 2,  # hỏi (hook above)
    "\u0303": 3,  # ngã (tilde)
    "\u0301": 4,  # sắc (acute)
    "\u0323": 5,  # nặng (dot below)
}
_ALPHABET = [
    "a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "f", "g", "h", "i", "j", "k", "l", "m",
    "n", "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "w", "x", "y", "z",
]
_RANK = {letter: index for index, letter in enumerate(_ALPHABET)}
_NON_SLUG = re.compile(r"[^a-z0-9]+")
_SPACES = re.compile(r"\s+")


def nfc(value):
    """Return ``value`` in Unicode NFC, the form every stored text uses."""
    if not isinstance(value, str):
        return value
    return unicodedata.normalize("NFC", value)


# Ð/ð (Icelandic eth, U+00D0/U+00F0) look like Đ/đ and stand for them in Vietnamese text that went through
# Latin-1 on its way (old web pages, VNI and TCVN conversions): "Ðắk Mil" is Đắk Mil.
_LOOKALIKE_LETTERS = str.maketrans({"\u00d0": "\u0110", "\u00f0": "\u0111"})


def vietnamese_letters(value):
    """``value`` with look-alike letters replaced by the Vietnamese ones they stand for ("Ðắk" -> "Đắk")."""
    return value.translate(_LOOKALIKE_LETTERS)


def strip_diacritics(value):
    """Remove every diacritic, mapping Đ/đ (and their look-alikes Ð/ð) to D/d: "Đảng bộ" -> "Dang bo"."""
    value = vietnamese_letters(value)
    decomposed = unicodedata.normalize("NFD", value.replace("Đ", "D").replace("đ", "d"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def fold(value):
    """Fold a text for matching: no diacritics, lower case, single spaces.

    Tone-mark placement differences disappear too, because tones are removed.
    """
    if not value:
        return ""
    return _SPACES.sub(" ", strip_diacritics(nfc(value)).casefold()).strip()


# A Vietnamese syllable once folded: an onset, a vowel cluster, a coda. Initials ("UBDT") and foreign names
# ("Khamphanh") are not one.
_FOLDED_SYLLABLE = re.compile(r"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?$")


def is_syllable(word):
    """Whether ``word``, folded, has the shape of one Vietnamese syllable: "Nguyễn", "hoa" yes; "UBDT" no."""
    return bool(_FOLDED_SYLLABLE.match(fold(word)))


def tone_fold(value):
    """Fold only the tone placement: keep the tones but ignore which vowel carries them.

    Used where two names must match exactly except for "Hòa"/"Hoà"-style spelling.
    """
    if not value:
        return ""
    words = []
    for word in _SPACES.split(nfc(value).strip().casefold()):
        decomposed = unicodedata.normalize("NFD", word)
        tones = "".join(ch for ch in decomposed if ch in TONE_MARKS)
        base = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in TONE_MARKS))
        words.append(base + tones)
    return " ".join(words)


def slugify_vi(value, max_length=200):
    """ASCII slug: NFC, Đ/đ -> d, no marks, lower case, runs of other characters -> '-'."""
    slug = _NON_SLUG.sub("-", strip_diacritics(nfc(value or "")).lower()).strip("-")
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0] or slug[:max_length]
    return slug


def sort_key(value):
    """A string that sorts like Vietnamese dictionary order under plain byte comparison.

    Primary order: letters of the Vietnamese alphabet (a ă â b c d đ e ê …);
    secondary order: tones (none, huyền, hỏi, ngã, sắc, nặng). Used on SQLite,
    where no ICU collation is available.
    """
    primary, secondary = [], []
    for ch in nfc(value or "").casefold():
        decomposed = unicodedata.normalize("NFD", ch)
        tone = 0
        letter = ""
        for part in decomposed:
            if part in TONE_MARKS:
                tone = TONE_MARKS[part]
            else:
                letter += part
        letter = unicodedata.normalize("NFC", letter)
        if letter in _RANK:
            primary.append(chr(0x41 + _RANK[letter]))
            secondary.append(str(tone))
        elif letter.isdigit():
            primary.append("0" + letter)
        elif letter.isspace():
            primary.append(" ")
        else:
            primary.append("~")
    return "".join(primary) + "|" + "".join(secondary)
