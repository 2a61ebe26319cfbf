"""Word tokens and a whole-phrase matcher shared by the province, topic and document recognisers.

Matching works on tokens rather than on substrings, so "Long An" never matches inside "Vĩnh Long an
ninh" and "01- KL/TW" matches "01-KL/TW" (spaces are not tokens). Each token is compared two ways:

* by its *tone key* (case-insensitive, tone marks kept but their placement ignored): "Hòa" = "Hoà";
* by its *fold* (no diacritics at all): "Kien Giang" = "Kiên Giang".

Folding is only used where it cannot confuse two words: when the phrase itself is written without
diacritics (an editor's choice), or when the whole text was typed without them. In a properly accented
text "đang bỏ" must not match "Đảng bộ".
"""

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from core.text import TONE_MARKS, fold

_TOKEN = re.compile(r"\w+|[^\w\s]")
_DASHES = str.maketrans({"–": "-", "—": "-", "‐": "-", "‑": "-", "−": "-", "‒": "-"})


class Token(NamedTuple):
    # A tuple, not a dataclass: a long article has thousands of tokens, and tuples are built in C.
    text: str
    start: int
    end: int
    fold: str
    tone: str

    @property
    def is_word(self):
        return self.text[0].isalnum()

    @property
    def is_capitalised(self):
        return self.text[0].isupper()


@lru_cache(maxsize=65536)
def tone_key(word):
    """Case-insensitive key that keeps the tones but not which vowel carries them."""
    decomposed = unicodedata.normalize("NFD", word.casefold())
    tones = "".join(ch for ch in decomposed if ch in TONE_MARKS)
    base = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in TONE_MARKS))
    return base + tones


@lru_cache(maxsize=65536)
def word_keys(word):
    word = word.translate(_DASHES)
    return fold(word), tone_key(word)


def tokenize(text, _new=tuple.__new__):
    """Tokens with their keys; the keys of a word are computed once per process (the vocabulary is small).

    Written for speed (it runs over every article): tuples built directly, one span() call per token.
    """
    tokens = []
    append = tokens.append
    for match in _TOKEN.finditer(text):
        word = match.group()
        start, end = match.span()
        cut = _glued_abbreviation(word)
        if cut:
            # "đ/c Nguyễn Văn BìnhUVBTV", "Phó Chủ tịchUBND": a word run into the abbreviation after it, the space lost
            # when the page was copied; read as the two words it is.
            head, tail = word[:cut], word[cut:]
            append(_new(Token, (head, start, start + cut, *word_keys(head))))
            append(_new(Token, (tail, start + cut, end, *word_keys(tail))))
            continue
        folded, tone = word_keys(word)
        append(_new(Token, (word, start, end, folded, tone)))
    return tokens


MIN_GLUED_CAPITALS = 3


@lru_cache(maxsize=65536)
def _glued_abbreviation(word):
    """Where an abbreviation in capitals starts when it is glued to a word in lower case before it ("BiênUVBTV",
    "tịchUBND"), else 0. Three capitals at least, up to the word's end, so "iPhone", "kWh" or "TTg" stay whole."""
    if word.isupper() or word.islower() or word.istitle() or not word.isalpha():
        return 0
    for i in range(1, len(word) - MIN_GLUED_CAPITALS + 1):
        if word[i - 1].islower() and word[i].isupper():
            return i if word[i:].isupper() else 0
    return 0


def has_diacritics(text):
    return fold(text) != " ".join(text.casefold().split())


_ALPHA_WORD = re.compile(r"[^\W\d_]+")


def text_is_unaccented(text):
    """``is_unaccented`` for raw text, without tokenizing it."""
    words = _ALPHA_WORD.findall(text)
    if len(words) < 5:
        return False
    return sum(1 for w in words if not w.isascii()) / len(words) < 0.03


def is_unaccented(tokens):
    """True for a text typed without diacritics (an old ASCII file), where folding is safe."""
    words = [t for t in tokens if t.text.isalpha()]
    if len(words) < 5:
        return False
    accented = sum(1 for t in words if t.fold != t.text.casefold())
    return accented / len(words) < 0.03


@dataclass(frozen=True, slots=True)
class _Phrase:
    folds: tuple
    tones: tuple
    capitals: tuple
    accented: bool
    payload: object


@dataclass(frozen=True, slots=True)
class PhraseMatch:
    first: int
    last: int  # index of the last token, inclusive
    start: int
    end: int
    payload: object


class PhraseMatcher:
    """Finds registered phrases in a token list: whole phrases only, longest first, no overlaps.

    ``capitals=True`` makes every capitalised word of a phrase require a capital in the text,
    so "Hòa Bình" (the province) is found but "hòa bình" (peace) is not.
    A phrase registered with payload ``None`` blocks its shorter parts: "Thái Bình Dương" is an ocean.
    """

    def __init__(self, *, capitals=False):
        self.capitals = capitals
        self._by_first = {}

    def add(self, phrase, payload):
        tokens = tokenize(unicodedata.normalize("NFC", phrase))
        if not tokens:
            return
        entry = _Phrase(
            folds=tuple(t.fold for t in tokens),
            tones=tuple(t.tone for t in tokens),
            capitals=tuple(t.is_capitalised for t in tokens),
            accented=any(t.fold != t.text.casefold().translate(_DASHES) for t in tokens),
            payload=payload,
        )
        bucket = self._by_first.setdefault(entry.folds[0], [])
        if entry not in bucket:
            bucket.append(entry)
            bucket.sort(key=lambda e: -len(e.folds))

    def __bool__(self):
        return bool(self._by_first)

    def find(self, tokens, *, unaccented=None):
        if unaccented is None:
            unaccented = is_unaccented(tokens)
        matches = []
        i, count = 0, len(tokens)
        while i < count:
            best = None
            for entry in self._by_first.get(tokens[i].fold, ()):
                n = len(entry.folds)
                if i + n <= count and self._matches(entry, tokens, i, unaccented):
                    best = entry
                    break
            if best is None:
                i += 1
                continue
            last = i + len(best.folds) - 1
            for entry in self._by_first[tokens[i].fold]:
                # The same phrase may stand for several things (a keyword of two topics).
                if entry.folds == best.folds and entry.payload is not None and (
                    entry is best or self._matches(entry, tokens, i, unaccented)
                ):
                    matches.append(PhraseMatch(i, last, tokens[i].start, tokens[last].end, entry.payload))
            i = last + 1
        return matches

    def _matches(self, entry, tokens, i, unaccented):
        window = tokens[i:i + len(entry.folds)]
        if entry.accented and not unaccented:
            if tuple(t.tone for t in window) != entry.tones:
                return False
        elif tuple(t.fold for t in window) != entry.folds:
            return False
        if self.capitals:
            return all(t.is_capitalised or not cap for t, cap in zip(window, entry.capitals, strict=True))
        return True


APOSTROPHES = frozenset({"'", "’"})


def glue_apostrophes(tokens, joins):
    """The tokens with each word, apostrophe, word that ``joins(before, apostrophe, after)`` accepts read as one
    token ("K'Ré", "P'lao"): names of the Central Highlands, which the tokenizer splits at the apostrophe."""
    if not any(t.text in APOSTROPHES for t in tokens):
        return tokens
    glued, i, n = [], 0, len(tokens)
    while i < n:
        if i + 2 < n and tokens[i + 1].text in APOSTROPHES and joins(*tokens[i:i + 3]):
            word = tokens[i].text + tokens[i + 1].text + tokens[i + 2].text
            glued.append(Token(word, tokens[i].start, tokens[i + 2].end, *word_keys(word)))
            i += 3
            continue
        glued.append(tokens[i])
        i += 1
    return glued
