"""Which published articles match a parsed query, and in what order. All of it runs in the database.

A query is a list of *pieces* that must all be present: single words ("kien"), or pairs of adjacent words
("kien_giang") when several words are searched as a phrase, and the pairs of each document number
("21_kl", "kl_tw"). Each article gets a tier: 3 when every piece is in its title, 2 when every piece is in
its title and lead, 1 otherwise; within a tier, the newest first.

PostgreSQL answers each tier from its own GIN index (title, title + lead, whole article) with the newest K
rows of each, K being the end of the page asked for; the three short lists are merged in Python. No query
ever ranks every match, so a frequent word costs about as much as a rare one. SQLite, which holds small
newsrooms, ranks with one CASE expression over regular expressions; the results are the same.

Counts stop at COUNT_CAP: "more than 1,000 articles" is all a reader needs, and counting 60,000 matches
would cost more than the page itself.
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
    prefetch_related_objects,
)
from django.db.models.functions import Concat

from articles.search import document_words, pairs, word_pattern

COUNT_CAP = 1000
_SCOPES = ("title", "head", "any")


class _Matches(Func):
    """``<vector> @@ '<pieces>'::tsquery``. Pieces are [a-z0-9_]+ (see ``_pieces``), so quoting is safe."""

    output_field = BooleanField()
    template = "%(expressions)s"
    arg_joiner = " @@ "


class _TsQuery(Func):
    template = "%(expressions)s::tsquery"
    output_field = TextField()


class _TitleVector(Func):
    function = "newsroom_title_vector"
    output_field = TextField()


class _HeadVector(Func):
    function = "newsroom_head_vector"
    output_field = TextField()


def _vector(scope):
    if scope == "title":
        return _TitleVector(F("title"))
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
    from articles.models import Article, Document
    from articles.search import normalise_document_number
    from core.text import fold

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
        def newest(condition, tier):
            return (
                self.base.filter(condition).annotate(search_rank=Value(tier))
                .order_by("-publish_at", "-pk")[:stop]
            )

        parts = [newest(self._scope("title"), 3), newest(self._scope("head"), 2), newest(self._scope("any"), 1)]
        if self.linked is not None:
            parts.append(newest(self._linked_only(), 1))
        best = {}
        for article in parts[0].union(*parts[1:], all=True):
            if article.pk not in best or best[article.pk].search_rank < article.search_rank:
                best[article.pk] = article
        ranked = sorted(best.values(), key=lambda a: (-a.search_rank, -a.publish_at.timestamp(), -a.pk))
        page = ranked[start:stop]
        prefetch_related_objects(page, *self.queryset._prefetch_related_lookups)
        return page


@dataclass(frozen=True)
class SearchResults:
    articles: RankedArticles
    # True when no article holds the words as a phrase, so the results hold them anywhere, in any order.
    words_anywhere: bool = False


def rank_articles(queryset, parsed):
    """Phrase first; every word anywhere only when no article has the phrase."""
    results = RankedArticles(queryset, parsed, phrase=True)
    if len(parsed.terms) > 1 and not results.count():
        return SearchResults(RankedArticles(queryset, parsed, phrase=False), words_anywhere=True)
    return SearchResults(results)
