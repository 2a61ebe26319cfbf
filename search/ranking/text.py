"""The folded-word patterns the ranking reads in titles, leads and texts, in Python."""

import html
import re
import unicodedata

from core.text import fold

_FOLD_TABLE = []


def quick_fold(text):
    """``core.text.fold`` a character table at a time: a thousand titles in about a millisecond."""
    if text.isascii():  # ``search_text`` is folded already, and the table leaves ASCII alone
        return text.lower()
    if not _FOLD_TABLE:
        # A tuple indexed by code point translates about three times faster than a dict; a character past
        # its end raises IndexError, which str.translate takes as "keep it".
        _FOLD_TABLE.append(tuple(chr(code) if code < 0xC0 else (fold(chr(code)) or " ") for code in range(0x1F00)))
    return text.translate(_FOLD_TABLE[0]).lower()


_TAG = re.compile(r"<[^>]*>")


def visible_words(html_text):
    """The words of sanitised HTML as a reader sees them, without its paragraphs (``core.html.html_to_text``
    keeps those, at ten times the cost): enough to look for words and names in it."""
    return html.unescape(_TAG.sub(" ", html_text or ""))


# Bytes kept by ``words_text``: a-z, 0-9 and "|"; every other byte (and every character left outside ASCII after
# folding, which encode() turns into "?") separates words.
_WORD_BYTES = bytes(byte if (48 <= byte <= 57 or 97 <= byte <= 122 or byte == 124) else 32 for byte in range(256))


def words_text(text, *, folded=False):
    """Folded words separated by single spaces, the form every pattern below is matched against; the "|"
    between the lines of the extras stays, so that no phrase runs across it.

    The same as joining ``re.findall("[a-z0-9]+|[|]", quick_fold(text))``, through bytes.translate: about
    twice as fast on the long texts of the page's deep ranking. ``folded``: ``text`` is folded already (an
    article's ``search_text``), and what is left outside ASCII is punctuation: folding it again changes nothing."""
    data = ((text or "") if folded else quick_fold(text or "")).encode("ascii", "replace").translate(_WORD_BYTES)
    if b"|" in data:
        data = data.replace(b"|", b" | ")
    return b" ".join(data.split()).decode("ascii")


def _group_regex(group, *, bounded=False):
    """``bounded``: each spelling starts a word, tested after its first letter (see ``search.highlight``)."""
    spellings = []
    for spelling in group:
        words = [re.escape(w) for w in spelling]
        if bounded:
            words[0] = f"{words[0][0]}(?<!\\S{words[0][0]}){words[0][1:]}"
        spellings.append(r"\s".join(words))
    return "(?:" + "|".join(spellings) + ")"


# Words per group of the query within which its words are near each other.
NEAR = 3


class Matcher:
    """Where the query's groups occur in a text of folded words separated by single spaces."""

    def __init__(self, groups):
        self.groups = groups
        self.each = [re.compile(rf"{_group_regex(g, bounded=True)}(?!\S)") for g in groups]
        self.phrase = re.compile(
            r"\s".join(_group_regex(g, bounded=not i) for i, g in enumerate(groups)) + r"(?!\S)") if groups else None
        # {first word of a spelling: [(group index, the rest of the spelling as " word word"), ...]}
        self.first_words = {}
        for index, group in enumerate(groups):
            for spelling in group:
                entry = (index, "".join(f" {word}" for word in spelling[1:]))
                if entry not in self.first_words.setdefault(spelling[0], []):
                    self.first_words[spelling[0]].append(entry)

    def has_phrase(self, text):
        return bool(self.phrase and self.phrase.search(text))

    def has_all(self, text):
        return all(p.search(text) for p in self.each)

    def near(self, text):
        """Whether a passage of at most three words per group holds every group (the closeness that ranks 2)."""
        return self.span(text) <= NEAR * len(self.each)

    def span(self, text):
        """Fewest words a passage holding every group spans (the phrase itself: the number of its words)."""
        if len(self.each) < 2:
            return 1
        # Each first word of a spelling found as " word " by str.find, and numbered by the spaces before it: the
        # patterns above would read the whole text once per group, a character at a time (they start with a
        # look-behind), and a loop over the words in Python is as slow on a long article.
        padded = f" {text} "
        found = []
        for word in self.first_words:
            needle = f" {word} "
            at = padded.find(needle)
            while at >= 0:
                found.append((at, word))
                at = padded.find(needle, at + len(needle) - 1)
        found.sort()
        hits, position, offset = [], 0, 0
        for at, word in found:
            position += padded.count(" ", offset, at)
            offset = at
            end = at + len(word) + 1
            for index, rest in self.first_words[word]:
                if not rest or padded.startswith(f"{rest} ", end):
                    hits.append((position, index))
        if not hits:
            return 1
        best, counts, have, left = None, [0] * len(self.each), 0, 0
        for position, index in hits:
            counts[index] += 1
            have += counts[index] == 1
            while have == len(self.each):
                width = position - hits[left][0] + 1
                best = width if best is None else min(best, width)
                counts[hits[left][1]] -= 1
                have -= counts[hits[left][1]] == 0
                left += 1
        return best or 10**6


_TONED_FIRST = {"o": "òóỏõọ", "u": "ùúủũụ"}
_SECOND = {"o": "ae", "u": "y"}
# Every old-style pair ("óa", "ùy") and its new-style spelling ("oá", "uỳ"). No pair can start inside
# another or inside a replacement (the first letters and the second are disjoint sets), so replacing them
# one after the other with str.replace is the same as one left-to-right pass, at a fraction of its cost.
_TONE_PAIRS = tuple(
    (first + second, plain + unicodedata.normalize("NFC", second + tone))
    for plain, row in _TONED_FIRST.items()
    for first, tone in zip(row, "\u0300\u0301\u0309\u0303\u0323", strict=True)
    for second in _SECOND[plain]
)


_TONE_NEW = dict(_TONE_PAIRS)
# One pass of one pattern finds them all (the same as replacing them one after the other, as said above), and a
# text without any, most of them, is read once instead of once per pair.
_TONE_OLD = re.compile("|".join(re.escape(old) for old, _new in _TONE_PAIRS))


def tone_placed(text):
    """"hóa" and "hoá", "thủy" and "thuỷ" are the same word: put the tone mark on the second vowel."""
    if _TONE_OLD.search(text) is None:
        return text
    return _TONE_OLD.sub(lambda match: _TONE_NEW[match.group()], text)


