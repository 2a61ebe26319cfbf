"""Candidates, ranking and the sliceable list of results (the package docstring says how)."""

import re
from contextlib import contextmanager
from dataclasses import dataclass

from django.db import connections, transaction
from django.db.models import BooleanField, Case, Exists, F, Func, OuterRef, Q, TextField, Value, When
from django.db.models.functions import Concat

from articles.models import Article, Document, Mention
from core.text import fold
from search.query import document_words, normalise_document_number
from search.ranking.clauses import condition, document_clauses, group_clauses, link_clauses
from search.ranking.text import Matcher, tone_placed, visible_words, words_text

COUNT_CAP = 1_000
HEAD_ROWS = 200
PART_ROWS = 100
DEEP_RANK = 40
MAX_ENTITIES = 4
# The newest linked articles tested against the words for the LINKED part: every article linked to a name the
# query is matches (the name is in its extras), so twice PART_ROWS leaves room for names that are a part of it.
LINKED_ROWS = 2 * PART_ROWS
HEAD, LINKED, PHRASE, ANY = 1, 2, 3, 4


@contextmanager
def _index_scans_only(using, *, postgres):
    """For a count of matches: PostgreSQL's planner prices the word test as cheap, so for a common word it
    reads the table in order, and the test then reads each row's (large, compressed) vector; the GIN bitmap
    answers the same without reading one. No effect on SQLite."""
    if not postgres:
        yield
        return
    connection = connections[using]
    nested = connection.in_atomic_block
    with transaction.atomic(using=using):
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL enable_seqscan = off; SET LOCAL enable_indexscan = off")
        yield
        if nested:  # the caller's transaction goes on: give its later statements the planner's own choice
            with connection.cursor() as cursor:
                cursor.execute("SET LOCAL enable_seqscan TO DEFAULT; SET LOCAL enable_indexscan TO DEFAULT")


def _linked_documents(number):
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


def _entity_link(entity):
    """True for the articles linked to ``entity`` (one of its units, the topic, the official)."""
    if entity.kind == "province":
        links = Article.provinces.through.objects.filter(province_id__in=entity.link_ids)
    elif entity.kind == "topic":
        links = Article.topics.through.objects.filter(topic_id__in=entity.link_ids)
    else:
        links = Mention.objects.filter(official_id__in=entity.link_ids)
    return Exists(links.filter(article_id=OuterRef("pk")))


@dataclass
class _Row:
    pk: int
    published: object
    title: str
    lead: str
    parts: set
    linked: tuple = ()


class RankedArticles:
    """A lazy, sliceable list of ranked matches for Django's Paginator: ``count()`` and ``[start:stop]``."""

    def __init__(self, queryset, parsed, *, entities=()):
        self.queryset = queryset
        self.base = queryset.prefetch_related(None)
        self.postgres = connections[queryset.db].vendor == "postgresql"
        self.parsed = parsed
        self.groups = parsed.groups or tuple(((t,),) for t in parsed.terms)
        self.entities = [e for e in entities if e.link_ids][:MAX_ENTITIES]
        self.links = {f"linked_{i}": _entity_link(e) for i, e in enumerate(self.entities)}
        self.name_patterns = [re.compile(rf"(?<!\w){re.escape(tone_placed(e.name.lower()))}(?!\w)")
                              for e in self.entities]
        self.documents, self.linked_documents = [], None
        if len(parsed.documents) == 1:
            self.documents, self.linked_documents = _linked_documents(parsed.documents[0])
        self.text_clauses = group_clauses(self.groups)
        self.clauses = self.text_clauses + document_clauses(parsed.documents)
        self.phrase_clauses = self.clauses + link_clauses(self.groups) if len(self.groups) > 1 else None
        # A document number ranks like a phrase of its words: in the title, the lead, the body.
        self.matcher = Matcher(self.groups + tuple((tuple(document_words(n)),) for n in parsed.documents))
        self._count = None
        self._ranked = None
        self._deep = {}
        self.words_anywhere = False

    # --- What matches.

    def _matches(self, queryset, clauses=None):
        clauses = self.clauses if clauses is None else clauses
        by_text = condition(clauses, "any", postgres=self.postgres)
        if self.linked_documents is None:
            return queryset.filter(by_text)
        linked = Q(pk__in=self.linked_documents) & condition(
            clauses[:len(self.text_clauses)] + clauses[len(self.clauses):], "any", postgres=self.postgres)
        if self.postgres:
            # Two index-backed id lists joined by UNION: an OR here would make PostgreSQL read every vector.
            ids = queryset.filter(by_text).values("pk").order_by().union(queryset.filter(linked).values("pk").order_by())
            return queryset.filter(pk__in=ids)
        return queryset.filter(by_text | linked)

    def _with_folded_head(self, queryset):
        head = Concat(F("title"), Value(" "), F("lead"), output_field=TextField())
        return queryset.annotate(head_folded=Func(head, function="newsroom_fold", output_field=TextField()))

    # --- Candidates: the same parts on both databases.

    def _rows_postgres(self):
        fields = ("pk", "publish_at", "title", "lead", "part", *self.links)

        def part(queryset, label):
            return queryset.annotate(part=Value(label), **self.links).values_list(*fields)

        head_condition = condition(self.clauses, "head", postgres=True)
        queries = [part(self.base.filter(head_condition), HEAD).order_by()[:HEAD_ROWS + 1]]
        if self.links:
            # The newest linked articles first, from the publish-time index and the link tables alone; only those
            # are tested against the words. Testing the words while walking the index would read the (large)
            # vector of every article passed, tens of thousands for an official linked to a few hundred.
            newest_linked = self.base.filter(pk__in=self._linked_ids()).order_by("-publish_at", "-pk").values("pk")
            queries.append(part(self._matches(self.base.filter(pk__in=newest_linked[:LINKED_ROWS])), LINKED)
                           .order_by("-publish_at", "-pk")[:PART_ROWS])
        if self.phrase_clauses:
            queries.append(part(self._matches(self.base, self.phrase_clauses), PHRASE)
                           .order_by("-publish_at", "-pk")[:PART_ROWS])
        queries.append(part(self._matches(self.base), ANY).order_by("-publish_at", "-pk")[:PART_ROWS])
        return list(queries[0].union(*queries[1:], all=True))

    def _rows_sqlite(self):
        flags = {"head": Case(When(condition(self.clauses, "head", postgres=False), then=Value(True)),
                              default=Value(False), output_field=BooleanField())}
        if self.phrase_clauses:
            flags["phrase"] = Case(When(condition(self.phrase_clauses, "any", postgres=False), then=Value(True)),
                                   default=Value(False), output_field=BooleanField())
        matches = self._with_folded_head(self._matches(self.base)).annotate(**flags, **self.links)
        rows = list(matches.order_by("-publish_at", "-pk").values_list(
            "pk", "publish_at", "title", "lead", *flags, *self.links)[:COUNT_CAP + 1])
        out, taken = [], {PHRASE: 0, LINKED: 0, ANY: 0}
        links_at = 4 + len(flags)
        heads = [row for row in rows if row[4]]
        for row in (heads if len(heads) <= HEAD_ROWS else heads[:HEAD_ROWS + 1]):
            out.append((*row[:4], HEAD, *row[links_at:]))
        for row in rows:
            named = dict(zip(flags, row[4:links_at], strict=True))
            for label, wanted in ((LINKED, any(row[links_at:])), (PHRASE, named.get("phrase")), (ANY, True)):
                if wanted and taken[label] < PART_ROWS:
                    taken[label] += 1
                    out.append((*row[:4], label, *row[links_at:]))
        self._count = len(rows)
        return out

    def _candidates(self):
        raw = self._rows_postgres() if self.postgres else self._rows_sqlite()
        rows = {}
        head_rows = sum(1 for r in raw if r[4] == HEAD)
        for pk, published, title, lead, label, *linked in raw:
            if label == HEAD and head_rows > HEAD_ROWS:
                continue  # a very common phrase: ranked within its newest matches only
            row = rows.setdefault(pk, _Row(pk, published, title, lead, set(), tuple(linked)))
            row.parts.add(label)
        if self._count is None:
            any_rows = sum(1 for r in raw if r[4] == ANY)
            self._count = any_rows if any_rows < PART_ROWS else None
        return list(rows.values())

    # --- Ranking.

    def _linked_ids(self):
        """The ids of the articles linked to any recognised name, as one subquery per kind of link, joined by
        UNION: one IN lets PostgreSQL start from the (few) links of an official, an OR of EXISTS would not."""
        by_kind = {}
        for entity in self.entities:
            by_kind.setdefault(entity.kind, []).extend(entity.link_ids)
        tables = {"province": (Article.provinces.through, "province_id"), "topic": (Article.topics.through, "topic_id"),
                  "official": (Mention, "official_id")}
        subqueries = [tables[kind][0].objects.filter(**{f"{tables[kind][1]}__in": ids}).values("article_id").order_by()
                      for kind, ids in by_kind.items()]
        return subqueries[0].union(*subqueries[1:]) if len(subqueries) > 1 else subqueries[0]

    def _any_link(self):
        condition = Q()
        for link in self.links.values():
            condition |= Q(link)
        return condition

    def _names_as_such(self, row, text, *, placed=False):
        """For the names that are the whole query, then for those that are a part of it: 2 for each the article
        is linked to, plus 1 for each it writes with its diacritics. ``placed``: ``text`` is already lower case
        with its tone marks placed."""
        if not placed:
            text = tone_placed(text.lower())
        whole = part = 0
        for index, (entity, pattern) in enumerate(zip(self.entities, self.name_patterns, strict=True)):
            found = 2 * bool(row.linked[index]) + bool(pattern.search(text))
            if entity.whole:
                whole += found
            else:
                part += found
        return whole, part

    def _shallow_key(self, row):
        title, lead = words_text(row.title), words_text(row.lead)
        whole, part = self._names_as_such(row, f"{row.title} {row.lead}") if self.entities else (0, 0)
        if self.matcher.has_phrase(title):
            phrase = 3
        elif self.matcher.has_phrase(lead):
            phrase = 2
        else:
            phrase = 1 if PHRASE in row.parts or (len(self.groups) == 1 and self.groups) else 0
        in_title = self.matcher.has_all(title)
        in_head = in_title or self.matcher.has_all(f"{title} {lead}")
        return (whole, 0, phrase, part, in_title, in_head)

    def _deep_key(self, article, row, shallow):
        text = words_text(article.search_text)
        whole, _, phrase, part, in_title, in_head = shallow
        body_lower = ""
        if self.entities or self.parsed.accented:
            # Words as written, for names and diacritics: tags out is enough (the snippet, for the page's rows
            # only, takes the text with its paragraphs from ``search.highlight``).
            body_lower = tone_placed(f"{article.title} {article.lead} {visible_words(article.body)}".lower())
        if self.entities:
            whole, part = self._names_as_such(row, body_lower, placed=True)
        if phrase < 2:
            phrase = 1 if self.matcher.has_phrase(text) else 0
        span = self.matcher.span(text)
        closeness = 3 if span <= len(self.matcher.each) else (2 if span <= 3 * len(self.matcher.each) else
                                                             (1 if span <= 12 * len(self.matcher.each) else 0))
        accents = 0
        if self.parsed.accented:
            words = [tone_placed(w) for w in self.parsed.accented]
            if re.search(r"(?<!\w)" + r"\W+".join(re.escape(w) for w in words) + r"(?!\w)", body_lower):
                accents = 2
            elif all(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", body_lower) for w in words):
                accents = 1
        return (whole, accents, phrase, part, in_title, in_head, closeness)

    def _rank(self):
        if self._ranked is not None:
            return self._ranked
        rows = {row.pk: row for row in self._candidates()}
        keys = {pk: self._shallow_key(row) for pk, row in rows.items()}
        published = {pk: row.published for pk, row in rows.items()}

        def order(pk, key):
            return (key, published[pk].timestamp(), pk)

        shallow = sorted(keys, key=lambda pk: order(pk, keys[pk]), reverse=True)
        top = shallow[:DEEP_RANK]
        articles = {a.pk: a for a in self.queryset.defer(None).defer("search_vector").filter(pk__in=top)}
        deep = {pk: self._deep_key(articles[pk], rows[pk], keys[pk]) for pk in top if pk in articles}
        top = sorted(deep, key=lambda pk: order(pk, deep[pk]), reverse=True)
        self._deep = articles
        self._ranked = top + [pk for pk in shallow[DEEP_RANK:]]
        self.words_anywhere = len(self.groups) > 1 and not any(k[2] for k in deep.values()) and not any(
            keys[pk][2] for pk in shallow)
        return self._ranked

    # --- Paginator interface.

    def count(self):
        ranked = self._rank()
        if self._count is None:
            # Any COUNT_CAP + 1 matches will do, so no order: PostgreSQL stops at the first ones it reads instead
            # of walking the publish-time index in order (about half the time at 110,000 articles).
            matches = self._matches(self.base).values("pk").order_by()[:COUNT_CAP + 1]
            with _index_scans_only(self.queryset.db, postgres=self.postgres):
                self._count = max(len(ranked), matches.count())
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
        ranked = self._rank()
        ids = ranked[start:stop]
        page = []
        missing = [pk for pk in ids if pk not in self._deep]
        fetched = {a.pk: a for a in self.queryset.filter(pk__in=missing)} if missing else {}
        for pk in ids:
            article = self._deep.get(pk) or fetched.get(pk)
            if article is not None:
                page.append(article)
        if stop > len(ranked):
            rest = self._matches(self.queryset).exclude(pk__in=ranked).order_by("-publish_at", "-pk")
            page += list(rest[max(start - len(ranked), 0):stop - len(ranked)])
        return page


@dataclass(frozen=True)
class SearchResults:
    articles: RankedArticles

    @property
    def words_anywhere(self):
        """True when no article holds the words as a phrase: the results hold them anywhere, in any order."""
        self.articles.count()
        return self.articles.words_anywhere


def search_articles(queryset, parsed, *, entities=()):
    """Narrow ``queryset`` (``published()``, filtered) to the query's matches, best first."""
    return SearchResults(RankedArticles(queryset, parsed, entities=entities))
