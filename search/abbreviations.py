"""Abbreviations the coverage defines itself: "Ủy ban Dân tộc (UBDT)", "Bảo đảm kỹ thuật (BĐKT)".

``search.query.ABBREVIATIONS`` lists the genre's everyday ones. Every department also writes its own, and a
reader types them: the name of a local programme, a unit, a committee. Reports define them the way the press
does, the name in full and then its initials in brackets, so the index learns them from the texts it indexes:
a definition read in one article lets a query for the initials find the articles that spell the name out, and
a query spelling the name out find the articles that only write the initials.

Reports also print the initials in one place and the name in another, with no bracket between them ("Ủy ban
Trung ương MTTQ Việt Nam" in the lead, "UBTƯ MTTQ" further down): those are learned too, more strictly
(``used_together``), since only the letters tie the two.

A definition is kept only when the initials are those of the words before the bracket (skipping "và", as
"GD&ĐT" skips it), the short form is at least three letters and no Vietnamese syllable ("(HOA)" is a word), and
the full form is at least two words. Queries read them with the provinces' and topics' names (``search.entities``,
one query, kept per process for five minutes). Learning is per database and only ever adds rows; a wrong definition (a
typo in a report) can only widen a search, and an administrator can delete it in the admin.
"""

import logging
import re

from django.db import transaction
from django.db.utils import DatabaseError

from core.text import fold, is_syllable, nfc
from search.ranking.text import visible_words

logger = logging.getLogger(__name__)

MIN_LETTERS = 3
MAX_LETTERS = 10
MAX_SHORT_FORMS = 60
# The bracket and what stands before it on the same line: the full form ends right before the bracket.
_DEFINITION = re.compile(r"([^\n()]{3,200}?)\s*\(\s*([A-ZĐ][A-ZĐa-z&.\-]{1,20})\s*\)")
_WORD = re.compile(r"[a-z0-9]+")
_SKIPPED = frozenset({"va"})


def short_form(text):
    """The folded letters of an abbreviation as printed: "BĐ-KT" -> "bdkt", "GD&ĐT" -> "gddt"; "" when it
    cannot stand for a learned name (too short or long, a syllable, digits)."""
    letters = re.sub(r"[&.\-]", "", fold(text))
    if not (MIN_LETTERS <= len(letters) <= MAX_LETTERS) or not letters.isalpha() or is_syllable(letters):
        return ""
    return letters


def _spelled(words, letters):
    """The words at the end of ``words`` whose initials are ``letters`` ("và" may be skipped), or ()."""
    position, index = len(letters), len(words)
    while position > 0 and index > 0:
        index -= 1
        word = words[index]
        if word[0] == letters[position - 1]:
            position -= 1
        elif word not in _SKIPPED or index == len(words) - 1:
            return ()
    spelled = tuple(words[index:])
    return spelled if position == 0 and len(spelled) >= 2 else ()


def definitions_in(text):
    """{(short form, full form as folded words)} that ``text`` defines."""
    return set(printed_definitions(text))


def printed_definitions(text):
    """{(short form, full form as folded words): the definition as printed ("Ủy ban Dân tộc (UBDT)")}."""
    found = {}
    for match in _DEFINITION.finditer(nfc(text or "")):
        before, printed = match.groups()
        if sum(1 for char in printed if char.isupper()) < 2:
            continue  # "(Ảnh)", "(Tiếp)", a name in brackets
        letters = short_form(printed)
        if not letters:
            continue
        # Only the clause right before the bracket: a full stop ends the name, a comma may not ("Sở Văn hóa, Thể
        # thao và Du lịch"); the initials decide how many words it takes.
        clause = re.split(r"[.;:!?\"“”]", before)[-1]
        spelled = _spelled(_WORD.findall(fold(clause)), letters)
        if spelled:
            starts = [word.start() for word in re.finditer(r"[^\W_]+", clause)]
            name = clause[starts[-len(spelled)]:] if len(starts) >= len(spelled) else " ".join(spelled)
            found.setdefault((letters, " ".join(spelled)), f"{' '.join(name.split())} ({printed})")
    return found


# An abbreviation as a report prints it in running text: capitals (with Vietnamese capitals such as "Ư", "Đ"), no
# bracket needed ("UBTƯ MTTQ", "TNXP").
_CAPITALS = re.compile(r"(?<![\w.&\-])[A-ZĐÂĂÊÔƠƯ]{3,10}(?![\w&\-])")
_RUN_WORD = re.compile(r"[^\W\d_]+")
# What ends a name: a sentence's or a clause's mark, a bracket, a line.
_NAME_BREAK = re.compile(r"[.;:!?()\[\]\n\"“”,]")
# A name does not end on a word that joins it to what follows: "Tỉnh ủy và", "Phát biểu tại".
_JOINING = frozenset({"va", "tai", "cua", "cho", "voi", "la", "o", "de", "trong", "tren", "den", "tu", "ve", "cac",
                      "nhung", "cung", "da", "se", "dang", "duoc", "bi", "khi", "thi", "ma", "nhu", "theo"})


def used_together(text):
    """{(short form, full form as folded words): "SHORT: Full form"} for abbreviations that ``text`` writes in
    capitals and also spells out somewhere, without a bracket tying them ("… Ủy ban Trung ương MTTQ Việt Nam …
    UBTƯ MTTQ …"): one report, one subject, and the initials of a named thing it spells out.

    Stricter than a bracketed definition, because nothing but the letters ties the two: the full form opens with a
    capital, as a name does, has a word in lower case (a name whose every word is capitalised is a person's or a
    place's, whose initials are coincidences), is one run of words without punctuation, does not end on a joining
    word ("và", "tại"), and is not the short form itself. One spelling per short form and text: two runs with the
    same initials say the letters are ambiguous there, and nothing is learned. At most MAX_SHORT_FORMS short forms
    per text: each is looked for through the whole text."""
    text = nfc(text or "")
    shorts = {}
    for match in _CAPITALS.finditer(text):
        letters = short_form(match.group())
        if letters:
            shorts.setdefault(letters, match.group())
            if len(shorts) >= MAX_SHORT_FORMS:
                break
    if not shorts:
        return {}
    words = [(m.start(), m.end(), m.group(), fold(m.group())) for m in _RUN_WORD.finditer(text)]
    initials = "".join(folded[0] for *_, folded in words)
    found = {}
    for letters, printed in shorts.items():
        runs = {}
        start = initials.find(letters)
        while start != -1:
            run = words[start:start + len(letters)]
            first, last = run[0], run[-1]
            if (first[2][0].isupper() and any(word[2][0].islower() for word in run) and last[3] not in _JOINING
                    and not any(word[2].isupper() and len(word[2]) > 1 for word in run)
                    and not _NAME_BREAK.search(text, first[0], last[1])):
                runs.setdefault(" ".join(word[3] for word in run), " ".join(text[first[0]:last[1]].split()))
            start = initials.find(letters, start + 1)
        if len(runs) == 1:
            ((spelled, name),) = runs.items()
            found[letters, spelled] = f"{printed}: {name}"
    return found


def article_texts(article, extras):
    """What an article defines its abbreviations in, as one text (an abbreviation and its full form may be printed
    in different parts): title, lead, the body's words (tags out: the cheap way, as ranking reads it) and the
    extras (captions, byline), one per line."""
    return ["\n".join(part or "" for part in (article.title, article.lead, visible_words(article.body), extras))]


def learn(texts, *, using="default"):
    """Keep the definitions ``texts`` hold. Called where articles are indexed; a failure never stops a save."""
    from search.entities import forget_names  # imports models: the index writer imports this module at start-up
    from search.models import Abbreviation

    found = {}
    for text in texts:
        found = used_together(text) | printed_definitions(text) | found
    if not found:
        return 0
    try:
        with transaction.atomic(using=using):  # a savepoint: the article's own save goes on whatever happens here
            Abbreviation.objects.using(using).bulk_create(
                [Abbreviation(short=short, spelled=spelled, printed=found[short, spelled][:250])
                 for short, spelled in sorted(found)], ignore_conflicts=True)
    except DatabaseError:
        logger.exception("Could not keep the abbreviations an article defines")
        return 0
    forget_names()  # this process reads them at once, the others within search.entities.NAMES_SECONDS
    return len(found)


def learned_meanings(words):
    """The learned meanings that may stand for some of a query's folded ``words``: each a tuple of spellings,
    the short form first, for ``search.query.word_groups``."""
    from search.entities import learned_abbreviations  # imports models: see learn()

    words = [word for word in words if word]
    if not words:
        return ()
    by_short, by_spelled = learned_abbreviations()
    phrases = {" ".join(words[start:end]) for start in range(len(words))
               for end in range(start + 2, min(len(words), start + MAX_LETTERS) + 1)}
    shorts = {word for word in words if word in by_short}
    shorts.update(short for phrase in phrases for short in by_spelled.get(phrase, ()))
    return tuple(((short,), *(tuple(spelled.split()) for spelled in sorted(by_short[short])))
                 for short in sorted(shorts))
