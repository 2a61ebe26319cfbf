"""Abbreviations the coverage defines itself: "Ủy ban Dân tộc (UBDT)", "Bảo đảm kỹ thuật (BĐKT)".

``search.query.ABBREVIATIONS`` lists the genre's everyday ones. Every department also writes its own, and a
reader types them: the name of a local programme, a unit, a committee. Reports define them the way the press
does, the name in full and then its initials in brackets, so the index learns them from the texts it indexes:
a definition read in one article lets a query for the initials find the articles that spell the name out, and
a query spelling the name out find the articles that only write the initials.

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

from core.text import fold, nfc
from search.ranking.text import visible_words

logger = logging.getLogger(__name__)

MIN_LETTERS = 3
MAX_LETTERS = 10
# The bracket and what stands before it on the same line: the full form ends right before the bracket.
_DEFINITION = re.compile(r"([^\n()]{3,200}?)\s*\(\s*([A-ZĐ][A-ZĐa-z&.\-]{1,20})\s*\)")
_WORD = re.compile(r"[a-z0-9]+")
# A folded Vietnamese syllable: consonants, vowels, a final consonant. Initials are rarely one ("UBDT", "BĐBP").
_SYLLABLE = re.compile(r"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?$")
_SKIPPED = frozenset({"va"})


def short_form(text):
    """The folded letters of an abbreviation as printed: "BĐ-KT" -> "bdkt", "GD&ĐT" -> "gddt"; "" when it
    cannot stand for a learned name (too short or long, a syllable, digits)."""
    letters = re.sub(r"[&.\-]", "", fold(text))
    if not (MIN_LETTERS <= len(letters) <= MAX_LETTERS) or not letters.isalpha() or _SYLLABLE.match(letters):
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


def article_texts(article, extras):
    """What an article defines its abbreviations in: title, lead, the body's words (tags out: the cheap way, as
    ranking reads it) and the extras (captions, byline)."""
    return [article.title, article.lead, visible_words(article.body), extras]


def learn(texts, *, using="default"):
    """Keep the definitions ``texts`` hold. Called where articles are indexed; a failure never stops a save."""
    from search.entities import forget_names  # imports models: the index writer imports this module at start-up
    from search.models import Abbreviation

    found = {}
    for text in texts:
        found = printed_definitions(text) | found
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
