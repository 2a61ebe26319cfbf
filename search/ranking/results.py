"""Candidates, ranking and the sliceable list of results (the package docstring says how)."""

import re
from dataclasses import dataclass

from django.db import connections
from django.db.models import BooleanField, Case, DateTimeField, Exists, F, Func, OuterRef, Q, TextField, Value, When
from django.db.models.expressions import RawSQL
from django.db.models.functions import Concat
from django.utils import timezone

from articles.models import Article, Document, Mention
from core.text import fold
from search.query import document_words, normalise_document_number
from search.ranking.clauses import condition, document_clauses, group_clauses, link_clauses
from search.ranking.text import Matcher, tone_placed, visible_words, words_text

COUNT_CAP = 1_000
HEAD_ROWS = 200
PART_ROWS = 50
DEEP_RANK = 20
# The newest published articles in which the newest matches are looked for first (``_newest``).
RECENT_WINDOW = 3_000
MAX_ENTITIES = 4
# The newest linked articles tested against the words for the LINKED part: every article linked to a name the
# query is matches (the name is in its extras), so twice PART_ROWS leaves room for names that are a part of it.
LINKED_ROWS = 2 * PART_ROWS
HEAD, LINKED, PHRASE, ANY = 1, 2, 3, 4


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


def _word_pattern(text):
    """``text`` as whole words. The test of the character before comes after the first one: a pattern that starts
    with a look-behind is tried at every character of an article, one that starts with a letter is not."""
    first, rest = re.escape(text[:1]), re.escape(text[1:])
    return re.compile(rf"{first}(?<!\w{first}){rest}(?!\w)")


def _plain_word(clause):
    """A clause that is one word, with no other spelling: [("kien",)]."""
    return len(clause) == 1 and len(clause[0]) == 1 and "_" not in clause[0][0]


def _sql(queryset):
    return queryset.query.get_compiler(using=queryset.db).as_sql()


class _InArray(Func):
    """``<field> = ANY(ARRAY(<subquery>))``: PostgreSQL reads the subquery first and probes the primary key."""

    output_field = BooleanField()
    template = "%(expressions)s))"
    arg_joiner = " = ANY(ARRAY("


def _link_tables():
    return {
        "province": (Article.provinces.through._meta.db_table, "province_id"),
        "topic": (Article.topics.through._meta.db_table, "topic_id"),
        "official": (Mention._meta.db_table, "official_id"),
    }


_LINK_TABLES = _link_tables()


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
        self.name_patterns = [_word_pattern(tone_placed(e.name.lower())) for e in self.entities]
        self.name_keys = [f" {words_text(e.name)} " for e in self.entities]
        self.documents, self.linked_documents = [], None
        if len(parsed.documents) == 1:
            self.documents, self.linked_documents = _linked_documents(parsed.documents[0])
        self.text_clauses = group_clauses(self.groups)
        self.clauses = self.text_clauses + document_clauses(parsed.documents)
        self.phrase_clauses = self.clauses + link_clauses(self.groups) if len(self.groups) > 1 else None
        if self.phrase_clauses and self.postgres and self.linked_documents is None:
            # A plain word is in each pair that joins it to its neighbours, and so is every match of the phrase:
            # asking the word index for the word as well reads its (long) list of articles for nothing.
            self.phrase_clauses = [clause for clause in self.text_clauses if not _plain_word(clause)] + \
                self.phrase_clauses[len(self.text_clauses):]
        # A document number ranks like a phrase of its words: in the title, the lead, the body.
        self.matcher = Matcher(self.groups + tuple((tuple(document_words(n)),) for n in parsed.documents))
        self._count = None
        self._more = False  # PostgreSQL: more matches than the candidates, not counted
        self._cutoff = None
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
        fields = ("pk", "publish_at", "title", "lead", "part")

        def part(queryset, label):
            return queryset.annotate(part=Value(label)).values_list(*fields)

        head_condition = condition(self.clauses, "head", postgres=True)
        queries = [part(self.base.filter(head_condition), HEAD).order_by()[:HEAD_ROWS + 1]]
        if self.links:
            queries.append(part(self._matches(self.base.filter(pk__in=self._newest_linked())), LINKED)
                           .order_by("-publish_at", "-pk")[:PART_ROWS])
        parts = [_sql(query) for query in queries]
        if self.phrase_clauses:
            parts.append(self._newest(part(self._matches(self.base, self.phrase_clauses), PHRASE), PART_ROWS))
        # One row more than taken: whether more matches exist than the candidates, without counting them.
        parts.append(self._newest(part(self._matches(self.base), ANY), PART_ROWS + 1))
        sql = " UNION ALL ".join(f"({part_sql})" for part_sql, _params in parts)
        params = tuple(param for _sql_text, part_params in parts for param in part_params)
        # The link flags are read for the few hundred rows the parts return, one index probe each: asked inside
        # each part, PostgreSQL hashes every link of the name first (tens of thousands for a topic), per part.
        flags, flag_params = [], []
        for entity in self.entities:
            table, column = _LINK_TABLES[entity.kind]
            flags.append(f'EXISTS(SELECT 1 FROM "{table}" l WHERE l.article_id = u.pk AND l."{column}" = ANY(%s))')
            flag_params.append(list(entity.link_ids))
        outer = (f"SELECT u.pk, u.publish_at, u.title, u.lead, u.part{''.join(', ' + f for f in flags)} "
                 f"FROM ({sql}) AS u (pk, publish_at, title, lead, part)")
        with connections[self.queryset.db].cursor() as cursor:
            cursor.execute(outer, (*flag_params, *params))
            return cursor.fetchall()

    def _window_cutoff(self):
        """The publication time of the RECENT_WINDOW-th newest published article, or -infinity when there are
        fewer (a small newsroom: everything is in the window)."""
        if self._cutoff is None:
            cutoff_sql, cutoff_params = _sql(Article.objects.published().order_by("-publish_at", "-pk")
                                             .values("publish_at")[RECENT_WINDOW:RECENT_WINDOW + 1])
            self._cutoff = RawSQL(f"COALESCE(({cutoff_sql}), '-infinity'::timestamptz)", cutoff_params,
                                  output_field=DateTimeField())
        return self._cutoff

    def _newest(self, matches, limit, *, older=None):
        """(sql, params): the newest ``limit`` rows of ``matches``, looked for among the newest RECENT_WINDOW
        published articles first. Sorting every match by time reads the row of each (thousands for a province's
        name), walking the time index reads the vector of each article passed; inside the window PostgreSQL
        joins the word index to the time index and reads only the matches there. The older matches (``older``,
        if they are better asked for another way) are asked for only when the window holds too few: the outer
        LIMIT stops the UNION before its second part."""
        cutoff = self._window_cutoff()
        ordered = ("-publish_at", "-pk")
        older = matches if older is None else older
        recent_sql, recent_params = _sql(matches.filter(publish_at__gte=cutoff).order_by(*ordered)[:limit])
        older_sql, older_params = _sql(older.filter(publish_at__lt=cutoff).order_by(*ordered)[:limit])
        return (f"SELECT * FROM (({recent_sql}) UNION ALL ({older_sql})) AS w LIMIT {int(limit)}",
                (*recent_params, *older_params))

    def _newest_listed(self):
        """On PostgreSQL, when every name of the query is a province or a topic: the ids of the newest LINKED_ROWS
        articles listed under them, from the link tables' ``listed_at`` indexes that serve the province and topic
        pages (articles/paginators.py; kept by triggers while an article is published). Each name's newest
        links are an index range; the rows are still read through ``self.base``, the public rule. For "kien
        giang" (a former province, 2,500 articles) this part took 14 ms walking the articles and takes 0.4 ms."""
        now = timezone.now()
        parts = []
        for entity in self.entities:
            links = Article.provinces.through if entity.kind == "province" else Article.topics.through
            for subject in entity.link_ids:
                newest = links.objects.using(self.queryset.db).filter(
                    **{f"{entity.kind}_id": subject}, listed_at__isnull=False, listed_at__lte=now,
                ).order_by("-listed_at", "-article_id").values_list("article_id", "listed_at")[:LINKED_ROWS]
                parts.append(_sql(newest))
        union = " UNION ALL ".join(f"({part_sql})" for part_sql, _params in parts)
        params = tuple(param for _sql_text, part_params in parts for param in part_params)
        return RawSQL(f"SELECT n.article_id FROM ({union}) AS n (article_id, listed_at) GROUP BY n.article_id "
                      f"ORDER BY MAX(n.listed_at) DESC, n.article_id DESC LIMIT {int(LINKED_ROWS)}", params)

    def _newest_linked(self):
        """The ids of the newest LINKED_ROWS published articles linked to a name of the query. Among the newest
        articles, walking them and looking up their links finds them soonest when the name is common; before
        those, for a name linked to few articles or to old ones only (a former province), reading its links
        from the link tables and sorting those articles is faster (a walk would pass tens of thousands of
        articles). A topic is linked to a large part of everything: walking finds its links soonest."""
        if self.postgres and all(entity.kind in {"province", "topic"} for entity in self.entities):
            return self._newest_listed()
        walk = self.base.filter(pk__in=self._linked_ids()).values("pk")
        older = walk
        if not any(entity.kind == "topic" for entity in self.entities):
            older = self.base.filter(_InArray(F("pk"), self._linked_ids())).values("pk")
        sql, params = self._newest(walk, LINKED_ROWS, older=older)
        return RawSQL(f"SELECT w.pk FROM ({sql}) AS w", params)

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
            # Every match is in the ANY part unless it brought the one row more than it takes.
            any_rows = sum(1 for r in raw if r[4] == ANY)
            self._count = any_rows if any_rows <= PART_ROWS else None
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

    def _names_as_such(self, row, text, *, placed=False, words=None):
        """For the names that are the whole query, then for those that are a part of it: 2 for each the article
        is linked to, plus 1 for each it writes with its diacritics. ``placed``: ``text`` is already lower case
        with its tone marks placed. ``words``: ``words_text`` of ``text``, when the caller has it: a name whose
        folded words are not in it is not written there, and the text need not be read with its diacritics."""
        if words is not None:
            words = f" {words} "
            if not any(key in words for key in self.name_keys):
                text, placed = "", True
        if not placed:
            text = tone_placed(text.lower())
        whole = part = 0
        for index, (entity, pattern) in enumerate(zip(self.entities, self.name_patterns, strict=True)):
            found = 2 * bool(row.linked[index]) + bool(text and pattern.search(text))
            if entity.whole:
                whole += found
            else:
                part += found
        return whole, part

    def _shallow_key(self, row):
        title, lead = words_text(row.title), words_text(row.lead)
        whole, part = self._names_as_such(row, f"{row.title} {row.lead}", words=f"{title} {lead}") \
            if self.entities else (0, 0)
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
        """The matches the pages reach: all of them, or on PostgreSQL, when there are more than the candidates,
        the candidates (ranked); ``capped`` then says so. Counting thousands of matches would cost more than the
        rest of the page (the GIN bitmap of every word), and nobody pages past the best few hundred."""
        ranked = self._rank()
        if self._count is None:
            self._count, self._more = len(ranked), True
        return min(self._count, COUNT_CAP)

    @property
    def capped(self):
        return self.count() < self._count or self._more

    @property
    def shown_count(self):
        """The number the page states: the count, or when capped a round number the matches exceed."""
        count = self.count()
        if not self.capped:
            return count
        at_least = count - 1 if self._more and count == self._count else count  # "more than" must hold
        return at_least // 100 * 100 if at_least >= 100 else at_least

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
