"""The tokens a reading of officials walks over, and what every part of the reading asks of them."""

import bisect
from dataclasses import dataclass

from core.text import is_syllable
from importer.recognition.names import ALWAYS_TITLE, SURNAMES, TITLE_WORDS, glued_syllables, is_name_word
from importer.recognition.officials.vocabulary import STOP_BIGRAMS, TITLE_HEAD_KEYS
from importer.recognition.tokens import APOSTROPHES, Token, glue_apostrophes, tokenize, tone_key, word_keys


def is_vietnamese_syllable(word):
    """A capitalised word that is no Vietnamese syllable ("Khamphanh", "Sengtane", "Knapper") belongs to a foreign
    name; a hyphen or an apostrophe ("Ka-ra", "K'nhiêu") says so too."""
    return not ("-" in word or "'" in word or "’" in word) and is_syllable(word)


def _split_glued_verbs(text, tokens):
    """Two tokens for "Nguyêncho biết", "Giangphát biểu": the space before a verb of speech or action lost by a typo
    (common in pages scraped from any outlet), which glues the verb's first syllable to the place or the name that
    ends a title. A capitalised word that is no Vietnamese syllable splits where it ends in one that opens, with the
    word after it, one of the verbs that end a title; so a foreign name ("Knapper") is left whole."""
    split, n = [], len(tokens)
    for i, token in enumerate(tokens):
        word = token.text
        following = tokens[i + 1].text if i + 1 < n else ""
        cut = None
        if len(word) > 3 and word.isalpha() and word[0].isupper() and word[1:].islower() and following.islower() \
                and "\n" not in text[token.end:tokens[i + 1].start] and not is_vietnamese_syllable(word):
            cut = next((c for c in range(2, len(word) - 1) if (word[c:], following) in STOP_BIGRAMS
                        and is_vietnamese_syllable(word[:c]) and is_vietnamese_syllable(word[c:])), None)
        if cut is None:
            split.append(token)
            continue
        head, verb = word[:cut], word[cut:]
        split.append(Token(head, token.start, token.start + cut, *word_keys(head)))
        split.append(Token(verb, token.start + cut, token.end, *word_keys(verb)))
    return split


def _glue_apostrophes(text, tokens):
    """One token for "K'Ré", "K’Nhiên": a syllable of a name of the Central Highlands, written with an apostrophe
    glued to capitalised letters on both sides; or to a single capital before it, a space after ("K’ Broi"), where the
    letter is the prefix of a man's or a woman's name. The token reads as the name is usually written, unspaced."""
    return glue_apostrophes(tokens, lambda before, apostrophe, after: (
        is_name_word(before.text) and is_name_word(after.text) and before.end == apostrophe.start
        and (apostrophe.end == after.start
             or (len(before.text) == 1 and after.start - apostrophe.end == 1 and text[apostrophe.end] == " "))))


def _capitals_read_as_name(text, tokens):
    """Tokens in title case for a name printed in capitals right after its introduction ("Đồng chí TRẦN VĂN AN, Bí thư
    …", "ông LÊ THỊ BÌNH:"), as interviews print their guest's name in the lead and at each answer, whatever the outlet:
    two to four capitalised syllables, the first a family name, after "ông", "bà" or "đồng chí" printed in ordinary case
    (a line in capitals, a subheading or a headline, is left as it is). The offsets stay those of the text as printed."""
    n, out = len(tokens), list(tokens)
    for i, token in enumerate(tokens):
        low = token.text.lower()
        introduced = (low in {"ông", "bà"} and not token.text.isupper()) or (
            low == "chí" and i > 0 and tokens[i - 1].text.lower() == "đồng" and not token.text.isupper())
        if not introduced:
            continue
        j = i + 1
        while j < n and j - i <= 4 and tokens[j].text.isalpha() and tokens[j].text.isupper() \
                and is_syllable(tokens[j].text) and "\n" not in text[tokens[j - 1].end:tokens[j].start]:
            j += 1
        words = [t.text[:1] + t.text[1:].lower() for t in tokens[i + 1:j]]
        # A fifth word in capitals after four says the run is a line in capitals, no name.
        longer = j < n and tokens[j].text.isalpha() and tokens[j].text.isupper()
        if 2 <= len(words) <= 4 and words[0] in SURNAMES and not longer:
            for d, word in enumerate(words):
                old = tokens[i + 1 + d]
                out[i + 1 + d] = Token(word, old.start, old.end, *word_keys(word))
    return out


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

# Events, never an office: after a name and a comma, one of them opens the sentence's next clause.
EVENTS = frozenset(" ".join(tone_key(w) for w in event.split()) for event in (
    "hội nghị", "đại hội", "hội thảo", "hội thi", "lễ", "chương trình", "cuộc thi", "buổi", "kỳ họp", "phiên họp"))


@dataclass(frozen=True)
class NamedOfficial:
    name: str
    title: str  # as printed, "" when the text gives none at this mention
    start: int  # span of the name in the text
    end: int


class TokenWalk:
    """A text's tokens, names glued whole ("K'Ré", "Vông-Mạ-Ni"), and the accessors the readings share."""

    def __init__(self, text, tokens=None, places=frozenset()):
        self.text = text
        self.tokens = _glue_hyphenated_names(text, _split_glued_verbs(
            text, _capitals_read_as_name(text, tokens if tokens is not None else tokenize(text))))
        self.n = len(self.tokens)
        self.places = places
        self.shared_title_list = None  # where a list of names sharing the office printed before it goes on
        self.capital_triples = None  # three capitalised name words in a row, as printed: see ``miscapitalised``
        self.introduced_names = None  # names printed after "đồng chí", "ông", "bà": see ``introduced_name``

    def is_place(self, start, end):
        """Whether the words ``start``..``end`` (exclusive) are a province's or a district's name. One printed with a
        hyphen ("Thừa Thiên-Huế", glued into one token as a foreign name written with hyphens is) is the same name."""
        tokens = self.tokens[start:end]
        if " ".join(t.tone for t in tokens) in self.places:
            return True
        return any("-" in t.text for t in tokens) and " ".join(
            tone_key(part) for t in tokens for part in t.text.replace("-", " ").split()) in self.places

    def word(self, i):
        return self.tokens[i].text if 0 <= i < self.n else ""

    def width(self, start, end):
        """How many words of a name ``start``..``end`` spans: a hyphenated one ("Vông-Mạ-Ni") counts as two, and
        so does one behind a one-letter prefix ("K’Broi"), as "Y Biêr" is two words; syllables written together
        ("KimRithy") count one each."""
        return sum(2 if "-" in self.word(i) or self.word(i)[1:2] in APOSTROPHES
                   else len(glued_syllables(self.word(i))) or 1 for i in range(start, end))

    def lower(self, i):
        return self.word(i).lower()

    def keys(self, i, length):
        """Tone keys of the ``length`` words from ``i``, joined: what titles are compared on."""
        return " ".join(self.tokens[i + d].tone if 0 <= i + d < self.n else "" for d in range(length))

    def joined(self, i):
        """Whether token ``i`` continues the line of token ``i - 1`` (no paragraph break between)."""
        return 0 < i < self.n and "\n" not in self.text[self.tokens[i - 1].end:self.tokens[i].start]

    def index_at(self, offset):
        """The index of the token that starts at character ``offset``."""
        return bisect.bisect_left(self.tokens, offset, key=lambda token: token.start)

    def capital_word(self, i):
        token = self.tokens[i] if 0 <= i < self.n else None
        return token is not None and token.is_word and token.is_capitalised
