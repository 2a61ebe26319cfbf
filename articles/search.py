"""Search over published coverage that ignores diacritics: "kien giang" finds "Kiên Giang".

Matching works on folded words (no diacritics, lower case, runs of letters and digits), the same on both
databases:

* PostgreSQL: ``Article.search_vector`` holds the words of the title (weight A), the lead (B) and the body (C),
  folded in SQL by ``newsroom_search_words()`` (an immutable wrapper around ``unaccent``, created by the
  ``search`` app's migration) and indexed with GIN. ``search_vector_update()`` refreshes it after every save.
* SQLite: ``Article.search_text`` holds the folded title, lead and body; words are matched with regular
  expressions, and the folded title and lead come from the ``newsroom_fold()`` function that the ``search``
  app registers on every SQLite connection.

Several words must match as a phrase, adjacent and in order: "dang bo" is "Đảng bộ", not "đang" in one
sentence and "bộ" in another. Only when no article holds the phrase do articles holding every word anywhere
match instead (the page says so). Rank, best first: the match in the title (3), else in the title or lead (2),
else in the body (1); then the newest first.

Party and state document numbers ("21-KL/TW", "439/QĐ-TTg", "01/2025/TT-BTC") are matched exactly: an article
matches if it is linked to that document, or if its folded text contains the number between word boundaries
(spaces around "-" and "/" tolerated, as in "01- KL/TW"). Full-text words alone would split "21-KL/TW" into
"21", "kl" and "tw" and find "Kết luận 121-KL/TW" too.
"""

import re
from dataclasses import dataclass

from django.contrib.postgres.search import SearchQuery, SearchVector
from django.db import connections
from django.db.models import Case, F, Func, IntegerField, Q, TextField, Value, When
from django.db.models.functions import Concat, Lower
from django.utils.translation import gettext_lazy as _

from core.text import fold, nfc

MAX_QUERY_LENGTH = 200
MAX_TERMS = 10
SEARCH_CONFIG = "simple"

_WORD = re.compile(r"[a-z0-9]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# "21-KL/TW", "35-NQ/TW", "439/QĐ-TTg", "01/2025/TT-BTC", "05-QĐi/TW", "01- KL/TW" (stray space).
DOCUMENT_NUMBER = re.compile(
    r"(?<![\w/])(\d{1,5}(?:\s*/\s*\d{4})?)\s*([-/])\s*([^\W\d_]{1,10}(?:\s*[-/]\s*[^\W\d_]{1,10}){0,3})(?![\w/])"
)
# Words naming the kind of document, dropped when they stand right before a number: "Nghị quyết 35-NQ/TW".
_DOCUMENT_KIND_WORDS = re.compile(
    r"(?:\b(?:so|nghi quyet|ket luan|chi thi|quyet dinh|quy dinh|thong tu|nghi dinh|cong van|thong bao|"
    r"huong dan|ke hoach|to trinh|bao cao|luat|phap lenh|van ban)\s*)+$"
)
# Codes written in mixed case by convention (Thủ tướng, Quy định); everything else is upper case.
_MIXED_CASE_CODES = {"TTG": "TTg", "QĐI": "QĐi", "QDI": "QĐi", "HĐND": "HĐND"}


class SearchQueryError(ValueError):
    """A query that cannot be searched, with the message shown to the visitor."""

    def __init__(self, message):
        super().__init__(str(message))
        self.message = message


@dataclass(frozen=True)
class ParsedQuery:
    text: str
    terms: tuple
    documents: tuple = ()
    truncated: bool = False

    @property
    def document_keys(self):
        return tuple(fold(number) for number in self.documents)


def normalise_document_number(text):
    """The standard form of a document number: "01- kl/tw" -> "01-KL/TW", "439/qđ-ttg" -> "439/QĐ-TTg".

    Returns "" when ``text`` holds no document number.
    """
    match = DOCUMENT_NUMBER.search(nfc(text or ""))
    if not match:
        return ""
    number, separator, code = match.groups()
    number = re.sub(r"\s+", "", number)
    parts = re.split(r"\s*([-/])\s*", code)
    code = "".join(_MIXED_CASE_CODES.get(part.upper(), part.upper()) for part in parts)
    return f"{number}{separator}{code}"


def parse_query(raw):
    """Split a visitor's query into folded words and document numbers, or raise ``SearchQueryError``."""
    text = nfc(_CONTROL.sub(" ", str(raw or ""))).strip()
    text = " ".join(text.split())
    if not text:
        raise SearchQueryError(_("Hãy nhập từ khóa cần tìm, ví dụ “kien giang” hoặc “21-KL/TW”."))
    if len(text) > MAX_QUERY_LENGTH:
        raise SearchQueryError(
            _("Từ khóa quá dài. Hãy nhập tối đa %(limit)s ký tự.") % {"limit": MAX_QUERY_LENGTH}
        )
    documents, rest = [], []
    position = 0
    for match in DOCUMENT_NUMBER.finditer(text):
        before = fold(text[position:match.start()])
        rest.append(_DOCUMENT_KIND_WORDS.sub("", before))
        number = normalise_document_number(match.group(0))
        if number and number not in documents:
            documents.append(number)
        position = match.end()
    rest.append(fold(text[position:]))
    terms = []
    for word in _WORD.findall(" ".join(rest)):
        if word not in terms:
            terms.append(word)
    if not terms and not documents:
        raise SearchQueryError(_("Từ khóa không hợp lệ. Hãy nhập chữ hoặc số, ví dụ “dang bo”."))
    truncated = len(terms) > MAX_TERMS
    return ParsedQuery(text=text, terms=tuple(terms[:MAX_TERMS]), documents=tuple(documents[:3]), truncated=truncated)


def _is_postgres(queryset):
    return connections[queryset.db].vendor == "postgresql"


# --- Patterns shared by SQLite matching and by highlighting (folded text: a-z, 0-9, anything else separates).

def word_pattern(word):
    return rf"(?<![a-z0-9]){re.escape(word)}(?![a-z0-9])"


def phrase_pattern(words):
    return r"(?<![a-z0-9])" + r"[^a-z0-9]+".join(re.escape(w) for w in words) + r"(?![a-z0-9])"


def document_pattern(number):
    """A folded document number between boundaries, tolerant of spaces around separators. PostgreSQL and
    Python read this pattern the same way (no look-behind: PostgreSQL's is limited)."""
    pieces = re.split(r"\s*([-/])\s*", fold(number))
    body = "".join(rf"\s*{re.escape(p)}\s*" if p in "-/" else re.escape(p) for p in pieces)
    return rf"(^|[^a-z0-9/]){body}($|[^a-z0-9/])"


# --- PostgreSQL full text.

class SearchWords(Func):
    """``newsroom_search_words(text)``: unaccented, lower case, words separated by single spaces."""

    function = "newsroom_search_words"
    output_field = TextField()


class SearchHtmlWords(Func):
    """``newsroom_search_html(html)``: the same, with tags and entities removed first."""

    function = "newsroom_search_html"
    output_field = TextField()


class Unaccent(Func):
    function = "newsroom_unaccent"
    output_field = TextField()


def search_vector_expression():
    return (
        SearchVector(SearchWords(F("title")), weight="A", config=SEARCH_CONFIG)
        + SearchVector(SearchWords(F("lead")), weight="B", config=SEARCH_CONFIG)
        + SearchVector(SearchHtmlWords(F("body")), weight="C", config=SEARCH_CONFIG)
    )


def _tsquery(words, *, joiner, weights=""):
    suffix = f":{weights}" if weights else ""
    return SearchQuery(joiner.join(f"{w}{suffix}" for w in words), search_type="raw", config=SEARCH_CONFIG)


def search_vector_update(*, article):
    """Refresh one article's search vector; called by ``Article.save()``. A no-op off PostgreSQL."""
    from articles.models import Article

    queryset = Article.objects.filter(pk=article.pk)
    if _is_postgres(queryset):
        queryset.update(search_vector=search_vector_expression())


def search_vectors_refresh(*, queryset=None):
    """Refresh the search vectors of many articles at once (after ``bulk_create``, raw SQL or an import).

    Returns the number of rows updated; 0 off PostgreSQL, where ``search_text`` is all that search needs.
    """
    from articles.models import Article

    queryset = Article.objects.all() if queryset is None else queryset
    if not _is_postgres(queryset):
        return 0
    return queryset.update(search_vector=search_vector_expression())


# --- Queries.

def _document_filter(queryset, number, *, postgres):
    from articles.models import Article, Document

    key = fold(number)
    digits = re.split(r"[-/]", number, maxsplit=1)[0]
    document_ids = [
        doc.pk for doc in Document.objects.filter(number__startswith=digits).only("pk", "number")
        if fold(normalise_document_number(doc.number) or doc.number) == key
    ]
    in_text = Q(search_text__regex=document_pattern(number))
    if postgres:
        # The GIN index narrows the candidates to articles holding every piece; the pattern then checks them.
        pieces = _WORD.findall(key)
        in_text &= Q(search_vector=_tsquery(pieces, joiner=" & "))
    condition = in_text
    if document_ids:
        linked = Article.documents.through.objects.filter(document_id__in=document_ids).values("article_id")
        condition |= Q(pk__in=linked)
    return queryset.filter(condition)


_SCOPES = {"title": ("A", "title_folded"), "head": ("AB", "head_folded"), "any": ("", "search_text")}


def _words_match(terms, *, scope, phrase, postgres):
    """True when ``terms`` occur in ``scope`` (title, title+lead, anywhere): adjacent and in order for a
    phrase, anywhere in that scope otherwise."""
    weights, field = _SCOPES[scope]
    if postgres:
        return Q(search_vector=_tsquery(terms, joiner=" <-> " if phrase else " & ", weights=weights))
    if phrase:
        return Q(**{f"{field}__regex": phrase_pattern(terms)})
    return Q(*[Q(**{f"{field}__regex": word_pattern(word)}) for word in terms])


def _with_folded_head(queryset, *, postgres):
    """The folded title and title+lead that rank conditions test, where the database needs them as columns."""
    head = Concat(F("title"), Value(" "), F("lead"), output_field=TextField())
    if postgres:
        return queryset.annotate(title_folded=Lower(Unaccent(F("title"))), head_folded=Lower(Unaccent(head)))
    return queryset.annotate(
        title_folded=Func(F("title"), function="newsroom_fold", output_field=TextField()),
        head_folded=Func(head, function="newsroom_fold", output_field=TextField()),
    )


@dataclass(frozen=True)
class SearchResults:
    articles: object
    # True when no article holds the words as a phrase, so the results hold them anywhere, in any order.
    words_anywhere: bool = False
    # The number of results when deciding between phrase and words already counted them, else None.
    count: int | None = None


def search_articles(queryset, parsed):
    """Narrow ``queryset`` (already ``published()`` and filtered) to the query's matches, best first.

    Several words must first match as a phrase ("dang bo" is "Đảng bộ", not "đang" here and "bộ" there); only
    when no article has the phrase do articles holding every word anywhere count. Rank: the match in the
    title (3), else in the title or lead (2), else in the body (1); then newest first. Each row gets
    ``search_rank``. Nothing runs per row in Python.
    """
    postgres = _is_postgres(queryset)
    terms = parsed.terms
    words_anywhere = False
    count = None
    if parsed.documents:
        for number in parsed.documents:
            queryset = _document_filter(queryset, number, postgres=postgres)
        if terms:
            queryset = queryset.filter(_words_match(terms, scope="any", phrase=False, postgres=postgres))
        queryset = _with_folded_head(queryset, postgres=postgres)
        pattern = document_pattern(parsed.documents[0])
        ranks = [(Q(title_folded__regex=pattern), 3), (Q(head_folded__regex=pattern), 2)]
    else:
        phrase = len(terms) > 1
        matches = queryset.filter(_words_match(terms, scope="any", phrase=phrase, postgres=postgres))
        if phrase:
            count = matches.count()  # the page needs it anyway: counting decides phrase or words for free
            if not count:
                phrase, words_anywhere, count = False, True, None
                matches = queryset.filter(_words_match(terms, scope="any", phrase=False, postgres=postgres))
        queryset = matches if postgres else _with_folded_head(matches, postgres=False)
        ranks = [
            (_words_match(terms, scope="title", phrase=phrase, postgres=postgres), 3),
            (_words_match(terms, scope="head", phrase=phrase, postgres=postgres), 2),
        ]
    rank = Case(*[When(condition, then=Value(score)) for condition, score in ranks],
                default=Value(1), output_field=IntegerField())
    ordered = queryset.annotate(search_rank=rank).order_by("-search_rank", "-publish_at", "-id")
    return SearchResults(ordered, words_anywhere=words_anywhere, count=count)


def search_officials(parsed, *, limit=8):
    """Officials whose name holds every word of the query, ignoring diacritics: "lai xuan mon"."""
    from people.models import Official

    if not parsed.terms or parsed.documents:
        return []
    words = [Q(name_folded__regex=rf"(^|[^a-z0-9]){re.escape(w)}([^a-z0-9]|$)") for w in parsed.terms]
    return list(Official.objects.filter(*words).with_current_positions().order_by("sort_name")[:limit])
