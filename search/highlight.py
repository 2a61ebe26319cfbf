"""Highlighted titles and snippets for search results, computed only for the rows of the page shown.

The visitor's words are found in a folded copy of the text (no diacritics, lower case, same length), so
"kien giang" marks "Kiên Giang" as written. Everything is escaped first; only
the ``<mark>`` tags we add are markup.
"""

import html
import re
import unicodedata

from django.utils.html import escape
from django.utils.safestring import mark_safe

from core.text import fold
from search.query import document_pattern

SNIPPET_CHARS = 260
BODY_CHARS = 6000
_LEAD_IN = 70


_TABLE = []


def _fold_table():
    """One character in, one character out: "Đ" -> "d", "ế" -> "e", "A" -> "a". Keeping the length lets a
    match in the folded text be marked at the same place in the original.

    A tuple indexed by code point: str.translate reads it about three times faster than a dict, and takes
    the IndexError of a character past its end as "keep it"."""
    if not _TABLE:
        table = [chr(code) for code in range(0x1F00)]
        for code in range(0x41, 0x1F00):
            folded = fold(chr(code))
            if len(folded) == 1 and folded != chr(code):
                table[code] = folded
            elif len(folded) != 1 and unicodedata.combining(chr(code)):
                table[code] = " "
        _TABLE.append(tuple(table))
    return _TABLE[0]


def _folded(text):
    return text.translate(_fold_table())


def _group_core(group, *, bounded=False):
    """The spellings of a group as alternatives. ``bounded``: each must start a word. The test of the character
    before comes after the first letter ("x(?<![a-z0-9]x)ay"), not first: a pattern that starts with a look-behind
    is tried at every character of the text, one that starts with letters jumps from one such letter to the next,
    twenty times faster on a body."""
    spellings = []
    for spelling in group:
        words = [re.escape(w) for w in spelling]
        if bounded:
            words[0] = f"{words[0][0]}(?<![a-z0-9]{words[0][0]}){words[0][1:]}"
        spellings.append(r"[^a-z0-9]+".join(words))
    return "(?:" + "|".join(spellings) + ")"


def _group_pattern(group):
    return _group_core(group, bounded=True) + r"(?![a-z0-9])"


def query_patterns(parsed, *, words_anywhere=False):
    """What to mark: document numbers, and the phrase (or each pair of neighbours in it), or each word when
    the words matched apart."""
    patterns = [document_pattern(number) for number in parsed.documents]
    groups = list(parsed.groups or [((t,),) for t in parsed.terms])
    if len(groups) > 1 and not words_anywhere:
        bounded = [_group_core(g, bounded=True) for g in groups]
        joined = [_group_core(g) for g in groups]
        patterns.append(bounded[0] + r"[^a-z0-9]+" + r"[^a-z0-9]+".join(joined[1:]) + r"(?![a-z0-9])")
        patterns += [a + r"[^a-z0-9]+" + b + r"(?![a-z0-9])" for a, b in zip(bounded, joined[1:], strict=False)]
    else:
        patterns += [_group_pattern(g) for g in groups]
    return patterns


def match_spans(text, patterns, *, folds=None):
    """Sorted, non-overlapping (start, end) spans of ``text`` that match any of ``patterns``. ``folds``: a dict
    that keeps the folded texts, for a caller that looks in the same text more than once."""
    if not text:
        return []
    if folds is None:
        folded = _folded(text)
    elif (folded := folds.get(text)) is None:
        folded = folds[text] = _folded(text)
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


def highlight(text, patterns, *, folds=None):
    """``text`` escaped, with every match wrapped in ``<mark>``."""
    text = text or ""
    out, position = _marked(text, match_spans(text, patterns, folds=folds))
    out.append(escape(text[position:]))
    return mark_safe("".join(out))  # noqa: S308 - every piece of the text went through escape()


def snippet(text, patterns, *, length=SNIPPET_CHARS, folds=None, spaced=False, spans=None):
    """A passage of ``text`` around its first match (or its beginning), escaped and highlighted. ``spaced``:
    ``text`` has single spaces between its words already (splitting a body again costs as much as folding it).
    ``spans``: the matches of its beginning, from ``opening_spans``."""
    text = (text or "") if spaced else " ".join((text or "").split())
    if not text:
        return mark_safe("")
    if spans is None:
        spans = match_spans(text, patterns, folds=folds)
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


_BLOCK_END = re.compile(r"</(p|h[2-4]|li|blockquote|tr|figcaption)>")
_TAG = re.compile(r"<[^>]*>")


def _opening_text(body):
    """The text of the body's opening: a snippet needs the first match only, and converting a whole long
    body costs more than the rest of the page's highlighting. Cut at a tag's end, never inside a tag.

    The body is stored sanitised (``core.html``), so taking its tags out is all ``html_to_text`` would do, at
    a fraction of the cost of sanitising it again; the snippet joins the lines anyway."""
    if len(body) > 2 * BODY_CHARS:
        end = body.rfind(">", 0, 2 * BODY_CHARS)
        body = body[:end + 1 if end > 0 else 2 * BODY_CHARS]
    return html.unescape(_TAG.sub("", _BLOCK_END.sub(" ", body)))[:BODY_CHARS]


# How much of a body is folded first when looking for its first match, and how far from that part's end the
# first match must start for the snippet around it to lie inside: folding the whole opening of every body on
# the page was the larger part of highlighting, and most first matches are early.
FIRST_CHARS = 1500
_MARGIN = SNIPPET_CHARS + 200


def opening_spans(text, patterns, *, folds=None):
    """The matches of ``text`` a snippet of its first match needs (those of its first FIRST_CHARS characters
    when the first match is early enough), or [] when there is none."""
    if len(text) > FIRST_CHARS + _MARGIN:
        cut = text.rfind(" ", 0, FIRST_CHARS + _MARGIN)
        head = text[:cut] if cut > 0 else text
        spans = match_spans(head, patterns, folds=folds)
        if spans and spans[0][0] < len(head) - _MARGIN:
            return spans
    return match_spans(text, patterns, folds=folds)


def annotate_results(articles, parsed, *, words_anywhere=False, without_phrase=frozenset()):
    """Give each article on the page ``highlighted_title`` and a ``snippet`` taken where its match is:
    the lead when it matches there, else the body, else the lead's beginning. An article that holds the
    phrase has the phrase marked; one that holds the words apart has each word marked. ``without_phrase``: the
    ids of articles the ranking found holding the phrase nowhere (``RankedArticles.without_phrase``): their
    bodies are not searched for it."""
    phrase = query_patterns(parsed, words_anywhere=words_anywhere)
    words = query_patterns(parsed, words_anywhere=True)
    documents = len(parsed.documents)
    seen = _Seen(articles)
    for article in articles:
        _annotate(article, words if article.pk in without_phrase else phrase, words, documents, seen)
    return articles


class _Seen:
    """What else a reader sees of the page's articles (captions with their credits, the byline, the source), read
    in one query the first time an article's match is in none of its title, lead and body opening."""

    def __init__(self, articles):
        self.articles, self.lines = articles, None

    def of(self, article):
        if self.lines is None:
            self.lines = {a.pk: [line for line in (a.byline, a.source) if line] for a in self.articles}
            if self.articles:
                photo = type(self.articles[0]).photos.rel.related_model
                rows = photo.objects.filter(article_id__in=list(self.lines)).order_by("position", "id")
                for pk, caption, credit in rows.values_list("article_id", "caption", "credit"):
                    self.lines[pk].insert(0, " ".join(filter(None, [caption, credit])))
        return [" ".join(line.split()) for line in self.lines.get(article.pk, [])]


def _annotate(article, phrase, words, documents, seen):
    lead = " ".join(article.lead.split())
    folds = {}  # each text is looked in up to four times: fold it once
    body = None

    def body_text():
        # Converted only when the title and lead do not settle it: most matches are in the lead.
        nonlocal body
        if body is None:
            body = " ".join(_opening_text(article.body).split())
        return body

    patterns = phrase
    if phrase is not words and not (
            match_spans(article.title, phrase[:documents + 1], folds=folds)
            or match_spans(lead, phrase[:documents + 1], folds=folds)
            or opening_spans(body_text(), phrase[:documents + 1], folds=folds)):
        # The phrase under a photo or in the byline: show it there rather than its words scattered in the body
        # ("huyện Chợ Đồn" in a caption, not "làm cho … đồn" in the story).
        for line in seen.of(article):
            if match_spans(line, phrase[:documents + 1], folds=folds):
                article.highlighted_title = highlight(article.title, phrase, folds=folds)
                article.snippet = snippet(line, phrase, folds=folds, spaced=True)
                return
        patterns = words
    article.highlighted_title = highlight(article.title, patterns, folds=folds)
    if match_spans(lead, patterns, folds=folds):
        article.snippet = snippet(lead, patterns, folds=folds, spaced=True)
        return
    text = body_text()
    spans = opening_spans(text, patterns, folds=folds)
    if spans:
        article.snippet = snippet(text, patterns, folds=folds, spaced=True, spans=spans)
    else:
        article.snippet = snippet(lead or text, patterns, folds=folds, spaced=True)
