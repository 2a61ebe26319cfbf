"""Which published articles match a parsed query, and in what order (README, "How search ranks").

**Matching.** An article matches when it holds every word of the query, folded (no diacritics, lower case),
anywhere in what a reader sees (``search.vectors``), and each document number as a phrase or through a link
to that ``Document``. An abbreviation matches any of its spellings ("ubnd" = "Ủy ban nhân dân"). Nothing
else is required: an article is never dropped because another one holds the exact phrase.

**Ranking**, best first, each criterion breaking the ties of the one before:

1. the name the query is (``search.entities``: a province, topic or official whose name is the whole query):
   2 when the article is linked to it, plus 1 when it writes it with its diacritics ("Hà Nam", not
   "hà … năm");
2. agreement with the diacritics the visitor typed, if any ("Đảng bộ" before "đang bỏ");
3. the phrase: in the title, else in the lead, else anywhere;
4. names that are a part of the query, scored as in 1 ("dai hoi dang bo ninh binh": Ninh Bình);
5. every word in the title, then every word in the title + lead;
6. closeness: how few words the shortest passage holding every query word spans;
7. the newest first.

Criteria 1, 3, 4 and 5 are decided for every candidate from its title and lead (and, on PostgreSQL, from
which index answered); 2, 6 and the full-text part of 1, 3 and 4 only for the DEEP_RANK best, from their text.

**Candidates.** On PostgreSQL one UNION query brings: the matches in the title or lead (whole, unordered,
from the GIN expression index over title + lead, up to HEAD_ROWS), and the newest PART_ROWS matches that are
linked to a name of the query, that hold the phrase (its word pairs), and that hold the words anywhere (each
from the GIN index on ``search_vector`` or the publish-time index, as the planner prefers). Later pages
continue with the remaining matches, newest first. SQLite, which holds small newsrooms, reads every match
with the same flags from regular expressions and takes the same parts in Python: the results are the same.

Counts stop at COUNT_CAP ("hơn 1.000 tin bài"): counting 30,000 matches would cost more than the page.
"""

import re
import unicodedata
from dataclasses import dataclass

from django.db import connections
from django.db.models import BooleanField, Case, Exists, F, Func, OuterRef, Q, TextField, Value, When
from django.db.models.functions import Concat

from articles.models import Article, Document, Mention
from core.html import html_to_text
from core.text import fold
from search.query import document_words, normalise_document_number, pairs

COUNT_CAP = 1_000
HEAD_ROWS = 200
PART_ROWS = 100
DEEP_RANK = 40
MAX_ENTITIES = 4
HEAD, LINKED, PHRASE, ANY = 1, 2, 3, 4

_FOLD_TABLE = []


def _quick_fold(text):
    """``core.text.fold`` a character table at a time: a thousand titles in about a millisecond."""
    if text.isascii():  # ``search_text`` is folded already, and the table leaves ASCII alone
        return text.lower()
    if not _FOLD_TABLE:
        # A tuple indexed by code point translates about three times faster than a dict; a character past
        # its end raises IndexError, which str.translate takes as "keep it".
        _FOLD_TABLE.append(tuple(chr(code) if code < 0xC0 else (fold(chr(code)) or " ") for code in range(0x1F00)))
    return text.translate(_FOLD_TABLE[0]).lower()


def _words_text(text):
    """Folded words separated by single spaces, the form every pattern below is matched against; the "|"
    between the lines of the extras stays, so that no phrase runs across it."""
    return " ".join(re.findall(r"[a-z0-9]+|\|", _quick_fold(text or "")))


# --- Clauses: all must hold; each is a list of alternatives; each alternative a tuple of atoms, all of which
# must be present. An atom is a word ("kien") or a pair of adjacent words ("kien_giang").

def _spelling_atoms(spelling):
    return tuple(pairs(list(spelling))) if len(spelling) > 1 else (spelling[0],)


def _group_clauses(groups):
    return [[_spelling_atoms(s) for s in group] for group in groups]


def _link_clauses(groups):
    """The pairs that join consecutive groups: what the phrase adds to the words."""
    return [[(f"{a[-1]}_{b[0]}",) for a in first for b in second] for first, second in zip(groups, groups[1:], strict=False)]


def _document_clauses(numbers):
    return [[_spelling_atoms(tuple(document_words(number)))] for number in numbers]


def _tsquery(clauses):
    return " & ".join(
        "(" + " | ".join("(" + " & ".join(f"'{atom}'" for atom in alternative) + ")" for alternative in clause) + ")"
        for clause in clauses
    )


def _atom_pattern(atom):
    words = atom.split("_")
    return r"(?<![a-z0-9])" + r"[^a-z0-9|]+".join(re.escape(w) for w in words) + r"(?![a-z0-9])"


def _sqlite_q(clauses, field):
    condition = Q()
    for clause in clauses:
        either = Q()
        for alternative in clause:
            either |= Q(*[Q(**{f"{field}__regex": _atom_pattern(atom)}) for atom in alternative])
        condition &= either
    return condition


class _Matches(Func):
    """``<vector> @@ '<query>'::tsquery``. Atoms are [a-z0-9_]+, so quoting them is safe."""

    output_field = BooleanField()
    template = "%(expressions)s"
    arg_joiner = " @@ "


class _TsQuery(Func):
    template = "%(expressions)s::tsquery"
    output_field = TextField()


class _HeadVector(Func):
    function = "newsroom_head_vector"
    output_field = TextField()


def _condition(clauses, scope, *, postgres):
    """True when every clause holds in ``scope`` ("head": title + lead, "any": everything indexed)."""
    if not clauses:
        return Q()
    if postgres:
        vector = _HeadVector(F("title"), F("lead")) if scope == "head" else F("search_vector")
        return Q(_Matches(vector, _TsQuery(Value(_tsquery(clauses)))))
    return _sqlite_q(clauses, "head_folded" if scope == "head" else "search_text")


# --- Patterns over folded words (Python), for the parts of the ranking decided here.

def _group_regex(group):
    return "(?:" + "|".join(r"\s".join(re.escape(w) for w in spelling) for spelling in group) + ")"


class Matcher:
    """Where the query's groups occur in a text of folded words separated by single spaces."""

    def __init__(self, groups):
        self.groups = groups
        self.each = [re.compile(rf"(?<!\S){_group_regex(g)}(?!\S)") for g in groups]
        self.phrase = re.compile(r"(?<!\S)" + r"\s".join(_group_regex(g) for g in groups) + r"(?!\S)") if groups else None

    def has_phrase(self, text):
        return bool(self.phrase and self.phrase.search(text))

    def has_all(self, text):
        return all(p.search(text) for p in self.each)

    def span(self, text):
        """Fewest words a passage holding every group spans (the phrase itself: the number of its words)."""
        if len(self.each) < 2:
            return 1
        starts = sorted((match.start(), index) for index, pattern in enumerate(self.each)
                        for match in pattern.finditer(text))
        if not starts:
            return 1
        # Word positions counted from one match to the next, not from the start of the text for each.
        hits, position, previous = [], 0, 0
        for start, index in starts:
            position += text.count(" ", previous, start)
            previous = start
            hits.append((position, index))
        best, counts, have, left = None, [0] * len(self.each), 0, 0
        for position, index in hits:
            counts[index] += 1
            have += counts[index] == 1
            while have == len(self.each):
                width = position - hits[left][0] + 1
                best = width if best is None else min(best, width)
                counts[hits[left][1]] -= 1
                have -= counts[hits[left][1]] == 0
                left += 1
        return best or 10**6


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


_TONED_FIRST = {"o": "òóỏõọ", "u": "ùúủũụ"}
_SECOND = {"o": "ae", "u": "y"}
# Every old-style pair ("óa", "ùy") and its new-style spelling ("oá", "uỳ"). No pair can start inside
# another or inside a replacement (the first letters and the second are disjoint sets), so replacing them
# one after the other with str.replace is the same as one left-to-right pass, at a fraction of its cost.
_TONE_PAIRS = tuple(
    (first + second, plain + unicodedata.normalize("NFC", second + tone))
    for plain, row in _TONED_FIRST.items()
    for first, tone in zip(row, "\u0300\u0301\u0309\u0303\u0323", strict=True)
    for second in _SECOND[plain]
)


def _tone_placed(text):
    """"hóa" and "hoá", "thủy" and "thuỷ" are the same word: put the tone mark on the second vowel."""
    for old, new in _TONE_PAIRS:
        if old in text:
            text = text.replace(old, new)
    return text


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
        self.name_patterns = [re.compile(rf"(?<!\w){re.escape(_tone_placed(e.name.lower()))}(?!\w)")
                              for e in self.entities]
        self.documents, self.linked_documents = [], None
        if len(parsed.documents) == 1:
            self.documents, self.linked_documents = _linked_documents(parsed.documents[0])
        self.text_clauses = _group_clauses(self.groups)
        self.clauses = self.text_clauses + _document_clauses(parsed.documents)
        self.phrase_clauses = self.clauses + _link_clauses(self.groups) if len(self.groups) > 1 else None
        # A document number ranks like a phrase of its words: in the title, the lead, the body.
        self.matcher = Matcher(self.groups + tuple((tuple(document_words(n)),) for n in parsed.documents))
        self._count = None
        self._ranked = None
        self._deep = {}
        self.words_anywhere = False

    # --- What matches.

    def _matches(self, queryset, clauses=None):
        clauses = self.clauses if clauses is None else clauses
        by_text = _condition(clauses, "any", postgres=self.postgres)
        if self.linked_documents is None:
            return queryset.filter(by_text)
        linked = Q(pk__in=self.linked_documents) & _condition(
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

        head_condition = _condition(self.clauses, "head", postgres=True)
        queries = [part(self.base.filter(head_condition), HEAD).order_by()[:HEAD_ROWS + 1]]
        if self.links:
            queries.append(part(self._matches(self.base).filter(self._any_link()), LINKED)
                           .order_by("-publish_at", "-pk")[:PART_ROWS])
        if self.phrase_clauses:
            queries.append(part(self._matches(self.base, self.phrase_clauses), PHRASE)
                           .order_by("-publish_at", "-pk")[:PART_ROWS])
        queries.append(part(self._matches(self.base), ANY).order_by("-publish_at", "-pk")[:PART_ROWS])
        return list(queries[0].union(*queries[1:], all=True))

    def _rows_sqlite(self):
        flags = {"head": Case(When(_condition(self.clauses, "head", postgres=False), then=Value(True)),
                              default=Value(False), output_field=BooleanField())}
        if self.phrase_clauses:
            flags["phrase"] = Case(When(_condition(self.phrase_clauses, "any", postgres=False), then=Value(True)),
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
            text = _tone_placed(text.lower())
        whole = part = 0
        for index, (entity, pattern) in enumerate(zip(self.entities, self.name_patterns, strict=True)):
            found = 2 * bool(row.linked[index]) + bool(pattern.search(text))
            if entity.whole:
                whole += found
            else:
                part += found
        return whole, part

    def _shallow_key(self, row):
        title, lead = _words_text(row.title), _words_text(row.lead)
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
        text = _words_text(article.search_text)
        # Kept for the snippet of the page (``search.highlight``), which would otherwise convert it again.
        article.plain_body = html_to_text(article.body)
        body_lower = _tone_placed(f"{article.title} {article.lead} {article.plain_body}".lower())
        whole, _, phrase, part, in_title, in_head = shallow
        if self.entities:
            whole, part = self._names_as_such(row, body_lower, placed=True)
        if phrase < 2:
            phrase = 1 if self.matcher.has_phrase(text) else 0
        span = self.matcher.span(text)
        closeness = 3 if span <= len(self.matcher.each) else (2 if span <= 3 * len(self.matcher.each) else
                                                             (1 if span <= 12 * len(self.matcher.each) else 0))
        accents = 0
        if self.parsed.accented:
            words = [_tone_placed(w) for w in self.parsed.accented]
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
            self._count = max(len(ranked), self._matches(self.base).values("pk").order_by()[:COUNT_CAP + 1].count())
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
