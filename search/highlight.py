"""Highlighted titles and snippets for search results, computed only for the rows of the page shown.

The visitor's words are found in a folded copy of the text (no diacritics, lower case, same length), so
"kien giang" marks "Kiên Giang" as written. Everything is escaped first; only
the ``<mark>`` tags we add are markup.
"""

import re
import unicodedata

from django.utils.html import escape
from django.utils.safestring import mark_safe

from core.text import fold
from search.query import document_pattern, phrase_pattern, word_pattern

SNIPPET_CHARS = 260
BODY_CHARS = 6000
_LEAD_IN = 70


_TABLE = {}


def _fold_table():
    """One character in, one character out: "Đ" -> "d", "ế" -> "e", "A" -> "a". Keeping the length lets a
    match in the folded text be marked at the same place in the original."""
    if not _TABLE:
        for code in range(0x41, 0x1F00):
            folded = fold(chr(code))
            if len(folded) == 1 and folded != chr(code):
                _TABLE[code] = folded
            elif len(folded) != 1 and unicodedata.combining(chr(code)):
                _TABLE[code] = " "
    return _TABLE


def _folded(text):
    return text.translate(_fold_table())


def query_patterns(parsed, *, words_anywhere=False):
    """What to mark: document numbers, and the phrase, or each word when the words matched anywhere."""
    patterns = [document_pattern(number) for number in parsed.documents]
    terms = list(parsed.terms)
    if len(terms) > 1 and not words_anywhere:
        # A phrase matches through its pairs of neighbours: mark the whole phrase, or each pair found.
        patterns.append(phrase_pattern(terms))
        patterns += [phrase_pattern([a, b]) for a, b in zip(terms, terms[1:], strict=False)]
    else:
        patterns += [word_pattern(word) for word in terms]
    return patterns


def match_spans(text, patterns):
    """Sorted, non-overlapping (start, end) spans of ``text`` that match any of ``patterns``."""
    if not text:
        return []
    folded = _folded(text)
    spans = []
    for pattern in patterns:
        for match in re.finditer(pattern, folded):
            start, end = match.span()
            if match.re.groups == 2:  # document patterns: groups 1 and 2 are the boundary characters
                start, end = match.end(1), match.start(2)
            if start < end:
                spans.append((start, end))
    spans.sort()
    merged = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _marked(text, spans, offset=0):
    out, position = [], offset
    for start, end in spans:
        out.append(escape(text[position:start]))
        out.append(f"<mark>{escape(text[start:end])}</mark>")
        position = end
    return out, position


def highlight(text, patterns):
    """``text`` escaped, with every match wrapped in ``<mark>``."""
    text = text or ""
    out, position = _marked(text, match_spans(text, patterns))
    out.append(escape(text[position:]))
    return mark_safe("".join(out))  # noqa: S308 - every piece of the text went through escape()


def snippet(text, patterns, *, length=SNIPPET_CHARS):
    """A passage of ``text`` around its first match (or its beginning), escaped and highlighted."""
    text = " ".join((text or "").split())
    if not text:
        return mark_safe("")
    spans = match_spans(text, patterns)
    start = 0
    if spans and spans[0][0] > _LEAD_IN:
        start = text.rfind(" ", 0, spans[0][0] - _LEAD_IN) + 1
    end = len(text)
    if end - start > length:
        cut = text.rfind(" ", start, start + length)
        end = cut if cut > start else start + length
    visible = [(max(s, start), min(e, end)) for s, e in spans if s < end and e > start]
    out, position = _marked(text, visible, offset=start)
    out.append(escape(text[position:end]))
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(text) else ""
    return mark_safe(prefix + "".join(out) + suffix)  # noqa: S308 - escaped above


def annotate_results(articles, parsed, *, words_anywhere=False):
    """Give each article on the page ``highlighted_title`` and a ``snippet`` taken where its match is:
    the lead when it matches there, else the body, else the lead's beginning."""
    patterns = query_patterns(parsed, words_anywhere=words_anywhere)
    for article in articles:
        article.highlighted_title = highlight(article.title, patterns)
        lead = " ".join(article.lead.split())
        if match_spans(lead, patterns):
            article.snippet = snippet(lead, patterns)
            continue
        # A snippet needs the first match only: the opening of a long body is enough to look in.
        body = " ".join(article.body_text[:BODY_CHARS].split())
        article.snippet = snippet(body if match_spans(body, patterns) else (lead or body), patterns)
    return articles
