"""Which published articles match a parsed query, and in what order. The matching runs in the database.

A query is a list of *pieces* that must all be present: single words ("kien"), or pairs of adjacent words
("kien_giang") when several words are searched as a phrase, and the pairs of each document number
("21_kl", "kl_tw"). Each article gets a tier: 3 when every piece is in its title, 2 when every piece is in
its title and lead, 1 otherwise; within a tier, the newest first.

PostgreSQL: one UNION query brings the matches in the title or lead whole and unordered (from a GIN
expression index over title + lead), and the newest matches anywhere ordered and cut (from the GIN index on
``search_vector`` or the publish-time index, as the planner prefers); the title tier is then told apart here,
from the title text. No query orders every match or folds text row by row, so a common word costs about as
much as a rare one. SQLite, which holds small newsrooms, ranks with one CASE expression over regular
expressions. The results are the same.

Counts stop at COUNT_CAP: "more than 500 articles" is all a reader needs, and counting 60,000 matches would
cost more than the page itself.
"""

import re
from dataclasses import dataclass

from django.db import connections
from django.db.models import (
    BooleanField,
    Case,
    F,
    Func,
    IntegerField,
    Q,
    TextField,
    Value,
    When,
)
from django.db.models.functions import Concat

from articles.models import Article, Document
from core.text import fold
from people.models import Official
from search.query import document_words, normalise_document_number, pairs, word_pattern

COUNT_CAP = 500
# Title-or-lead matches fetched whole before ranking in Python; a phrase in more of them is ranked within
# its newest matches (see RankedArticles._rank_postgres).
HEAD_ROWS = 2000
HEAD, ANY = 2, 1
_SCOPES = ("title", "head", "any")


class _Matches(Func):
    """``<vector> @@ '<pieces>'::tsquery``. Pieces are [a-z0-9_]+ (see ``_pieces``), so quoting is safe."""

    output_field = BooleanField()
    template = "%(expressions)s"
    arg_joiner = " @@ "


class _TsQuery(Func):
    template = "%(expressions)s::tsquery"
    output_field = TextField()


class _HeadVector(Func):
    function = "newsroom_head_vector"
    output_field = TextField()


def _vector(scope):
    """The indexed vector of a scope on PostgreSQL (the title is told apart in Python, see _rank_postgres)."""
    if scope == "head":
        return _HeadVector(F("title"), F("lead"))
    return F("search_vector")


def _pieces(words, *, phrase):
    if phrase and len(words) > 1:
        return pairs(list(words))
    return list(words)


def _pair_pattern(piece):
    first, second = piece.split("_")
    return rf"(?<![a-z0-9]){re.escape(first)}[^a-z0-9]+{re.escape(second)}(?![a-z0-9])"


def _condition(pieces, scope, *, postgres):
    """True when every piece is in ``scope``: an index lookup on PostgreSQL, regular expressions on SQLite."""
    if not pieces:
        return Q()
    if postgres:
        query = " & ".join(f"'{piece}'" for piece in pieces)
        return Q(_Matches(_vector(scope), _TsQuery(Value(query))))
    field = {"title": "title_folded", "head": "head_folded", "any": "search_text"}[scope]
    return Q(*[
        Q(**{f"{field}__regex": _pair_pattern(piece) if "_" in piece else word_pattern(piece)}) for piece in pieces
    ])


def _linked_articles(number):
    """The ``Document`` rows with this number (compared folded: "439/qd-ttg" = "439/QĐ-TTg"), and a subquery
    of the articles linked to them."""
    key = fold(number)
    digits = re.split(r"[-/]", number, maxsplit=1)[0]
    documents = [
        doc for doc in Document.objects.filter(number__startswith=digits).only("pk", "number", "title", "slug")
        if fold(normalise_document_number(doc.number) or doc.number) == key
    ]
    if not documents:
        return [], None
    linked = Article.documents.through.objects.filter(document_id__in=[doc.pk for doc in documents])
    return documents, linked.values("article_id")


class RankedArticles:
    """A lazy, sliceable list of ranked matches for Django's Paginator: ``count()`` and ``[start:stop]``."""

    def __init__(self, queryset, parsed, *, phrase):
        self.queryset = queryset
        self.base = queryset.prefetch_related(None)
        self.postgres = connections[queryset.db].vendor == "postgresql"
        text_pieces = _pieces(parsed.terms, phrase=phrase)
        self.linked = None
        self.documents = []
        document_pieces = []
        for number in parsed.documents:
            document_pieces += _pieces(document_words(number), phrase=True)
        if len(parsed.documents) == 1:
            self.documents, self.linked = _linked_articles(parsed.documents[0])
        self.text_pieces = text_pieces
        self.pieces = text_pieces + document_pieces
        self._count = None
        self._ranking = None

    # --- What matches.

    def _scope(self, scope):
        return _condition(self.pieces, scope, postgres=self.postgres)

    def _linked_only(self):
        """Articles matching the words and linked to the document, whatever their text says of the number."""
        return Q(pk__in=self.linked) & _condition(self.text_pieces, "any", postgres=self.postgres)

    def _matching(self, queryset):
        if self.linked is None:
            return queryset.filter(self._scope("any"))
        if self.postgres:
            # Two index-backed id lists joined by UNION: an OR here would make PostgreSQL read every vector.
            by_text = queryset.filter(self._scope("any")).values("pk").order_by()
            by_link = queryset.filter(self._linked_only()).values("pk").order_by()
            return queryset.filter(pk__in=by_text.union(by_link))
        return queryset.filter(self._scope("any") | self._linked_only())

    def _with_folded_head(self, queryset):
        head = Concat(F("title"), Value(" "), F("lead"), output_field=TextField())
        return queryset.annotate(
            title_folded=Func(F("title"), function="newsroom_fold", output_field=TextField()),
            head_folded=Func(head, function="newsroom_fold", output_field=TextField()),
        )

    # --- Paginator interface.

    def count(self):
        if self._count is None:
            if self.postgres:
                self._rank_postgres()
            else:
                self._count = self._matching(self.base).values("pk")[: COUNT_CAP + 1].count()
        return min(self._count, COUNT_CAP)

    @property
    def capped(self):
        return self.count() >= COUNT_CAP and self._count > COUNT_CAP

    def __len__(self):
        return self.count()

    def __iter__(self):
        return iter(self[0:self.count()])

    def __getitem__(self, index):
        if not isinstance(index, slice) or index.step not in (None, 1):
            raise TypeError("RankedArticles supports [start:stop] slices only.")
        start, stop = index.start or 0, index.stop if index.stop is not None else self.count()
        stop = min(stop, COUNT_CAP)
        if stop <= start:
            return []
        if self.postgres:
            return self._page_postgres(start, stop)
        rank = Case(
            When(self._scope("title"), then=Value(3)), When(self._scope("head"), then=Value(2)),
            default=Value(1), output_field=IntegerField(),
        )
        ranked = self._with_folded_head(self._matching(self.queryset)).annotate(search_rank=rank)
        return list(ranked.order_by("-search_rank", "-publish_at", "-pk")[start:stop])

    def _page_postgres(self, start, stop):
        tiers, ranked = self._rank_postgres()
        ranked = ranked[start:stop]
        articles = {a.pk: a for a in self.queryset.filter(pk__in=ranked)}
        page = [articles[pk] for pk in ranked if pk in articles]
        for article in page:
            article.search_rank = tiers[article.pk]
        return page

    def _rank_postgres(self):
        """The first COUNT_CAP matches in order, and their number, from one UNION query.

        Matches in the title or lead come back whole and unordered, so PostgreSQL answers them from the GIN
        index instead of walking the publish-time index and folding every title it passes (seconds when the
        words are only in older articles); whether the title holds them is decided here from its text. The
        newest matches anywhere come ordered and cut, a few steps of the index for a common word.

        A phrase in more than HEAD_ROWS titles and leads (a very common one) is ranked within the newest
        matches only: title first, then the rest, newest first.
        """
        if self._ranking is not None:
            return self._ranking
        limit = COUNT_CAP + 1
        head = self._rows(self._scope("head"), part=HEAD).order_by()[: HEAD_ROWS + 1]
        parts = [self._newest(self._scope("any"), limit)]
        if self.linked is not None:
            parts.append(self._newest(self._linked_only(), limit))
        rows = list(head.union(*parts, all=True))
        common = sum(1 for row in rows if row[3] == HEAD) > HEAD_ROWS
        in_title = _title_matcher(self.pieces)
        tiers, published = {}, {}
        for pk, when, title, part in rows:
            if common and part == HEAD:
                continue
            if part == HEAD or common:
                tier = 3 if in_title(title) else (2 if part == HEAD else 1)
            else:
                tier = 1
            published[pk] = when
            tiers[pk] = max(tier, tiers.get(pk, 0))
        self._count = len({row[0] for row in rows if row[3] == ANY} | {pk for pk in tiers if tiers[pk] > 1})
        ranked = sorted(tiers, key=lambda pk: (-tiers[pk], -published[pk].timestamp(), -pk))[:COUNT_CAP]
        self._ranking = (tiers, ranked)
        return self._ranking

    def _rows(self, condition, *, part):
        return self.base.filter(condition).annotate(part=Value(part)).values_list("pk", "publish_at", "title", "part")

    def _newest(self, condition, limit, *, part=ANY):
        return self._rows(condition, part=part).order_by("-publish_at", "-pk")[:limit]


def _title_matcher(pieces):
    """The title tier in Python, as SQLite's regular expressions decide it: every piece in the folded title."""
    patterns = [re.compile(_pair_pattern(piece) if "_" in piece else word_pattern(piece)) for piece in pieces]

    def matches(title):
        folded = _quick_fold(title)
        return all(pattern.search(folded) for pattern in patterns)

    return matches


_FOLD_TABLE = {}


def _quick_fold(text):
    """``core.text.fold`` for a title, a character table at a time: a thousand titles in about a millisecond."""
    if not _FOLD_TABLE:
        _FOLD_TABLE.update({code: fold(chr(code)) or " " for code in range(0xC0, 0x1F00)})
    return text.translate(_FOLD_TABLE).lower()


@dataclass(frozen=True)
class SearchResults:
    articles: RankedArticles
    # True when no article holds the words as a phrase, so the results hold them anywhere, in any order.
    words_anywhere: bool = False


def search_articles(queryset, parsed):
    """Narrow ``queryset`` (``published()``, filtered) to the query's matches, best first.

    Phrase first; every word anywhere only when no article has the phrase."""
    results = RankedArticles(queryset, parsed, phrase=True)
    if len(parsed.terms) > 1 and not results.count():
        return SearchResults(RankedArticles(queryset, parsed, phrase=False), words_anywhere=True)
    return SearchResults(results)


def search_officials(parsed, *, limit=8):
    """Officials whose name holds every word of the query, ignoring diacritics: "lai xuan mon"."""
    if not parsed.terms or parsed.documents:
        return []
    words = [Q(name_folded__regex=rf"(^|[^a-z0-9]){re.escape(w)}([^a-z0-9]|$)") for w in parsed.terms]
    return list(Official.objects.filter(*words).with_current_positions().order_by("sort_name")[:limit])
