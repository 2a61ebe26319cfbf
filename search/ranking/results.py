"""Candidates, ranking and the sliceable list of results (the package docstring says how)."""

import re
import time
from dataclasses import dataclass

from django.db import connections
from django.db.models import BooleanField, Case, Exists, F, Func, OuterRef, Q, TextField, Value, When
from django.db.models.functions import Concat
from django.utils import timezone

from articles.models import Article, Document, Mention
from core.text import fold
from search.query import document_words, normalise_document_number
from search.ranking.clauses import condition, document_clauses, group_clauses, link_clauses, tsquery
from search.ranking.near import NEAR_WHEN_AT_MOST, near_matches
from search.ranking.text import Matcher, tone_placed, visible_words, words_text

COUNT_CAP = 1_000
HEAD_ROWS = 200
PART_ROWS = 50
DEEP_RANK = 20
# The newest published articles in which the newest matches are looked for first (``_newest``).
RECENT_WINDOW = 3_000
CUTOFF_SECONDS = 60
_cutoffs = {}  # {database alias: (the window's start, when it was read)}
MAX_ENTITIES = 4
MAX_PLACES = 4
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


def _words_pattern(names):
    """Any of ``names`` as whole words, lower case, tone marks placed. The test of the character before comes after
    the first one: a pattern that starts with a look-behind is tried at every character of an article, one that
    starts with a letter is not."""
    spellings = []
    for name in dict.fromkeys(tone_placed(name.lower()) for name in names):
        first, rest = re.escape(name[:1]), re.escape(name[1:])
        # A dash between a name's parts is printed with or without its spaces, or left out: "Bà Rịa - Vũng Tàu",
        # "Bà Rịa-Vũng Tàu", "Bà Rịa – Vũng Tàu", "Bà Rịa Vũng Tàu".
        rest = re.sub(r"(?:\\ )?\\-(?:\\ )?", lambda _m: r"(?:\s*[-–—]\s*|\s+)", rest)
        spellings.append(rf"{first}(?<!\w{first}){rest}")
    return re.compile(rf"(?:{'|'.join(spellings)})(?!\w)")


# The kind words a place's name follows ("xã Đồng Văn", "Huyện Đồng Văn" opening a sentence): a capital there is no
# part of a person's name.
_PLACE_KINDS = frozenset({"xã", "huyện", "phường", "quận", "tỉnh", "trấn", "phố", "đảo", "khu", "thôn", "bản",
                          "ấp", "làng", "đặc"})
# One space: a name's words are never further apart, and a tag or a line between two parts of a text leaves more.
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \u00a0]$")
_WORD_AFTER = re.compile(r"[ \u00a0]([^\W\d_]+)")


def _inside_a_name(cased, start, end):
    """True when the words at ``start:end`` of ``cased`` run on into a longer proper name, a person's most often:
    a capitalised word right before or after, one space between ("Ông Đồng Văn Thanh", "Lương Tam Quang"). An
    abbreviation in capitals ("UBND Tam Quang") and a kind word ("Xã Tam Quang") leave the place a place; the
    parts of a text (headline, lead, paragraphs, captions) are joined with more than one space."""
    before = _WORD_BEFORE.search(cased, max(0, start - 40), start)
    after = _WORD_AFTER.match(cased, end)
    return any(match and match.group(1)[0].isupper() and not match.group(1).isupper()
               and match.group(1).lower() not in _PLACE_KINDS for match in (before, after))


# The kinds of unit below a province that share its names: "thị trấn Bình Dương" is in Gia Lai, "phường Vĩnh Phúc"
# in Phú Thọ, "xã Thái Bình" in a dozen provinces. A province's name after one of them is that unit's.
_LOWER_UNIT_BEFORE = re.compile(r"(?:(?<!\w)(?:xã|phường|trấn|huyện|quận|thị xã|thôn|ấp|bản|làng)[ \u00a0]+)$")


def _province_written(cased, text, start, end, longer_names):
    """True when the province's name at ``start:end`` is the province: capitalised, not a unit below it named alike, nor a part
    of a longer proper name ("Nguyễn Thái Bình", "Chiến thắng Điện Biên Phủ"), unless that longer name is a
    province's own ("Thừa Thiên Huế" writes Huế)."""
    if _LOWER_UNIT_BEFORE.search(text, max(0, start - 12), start):
        return False
    if cased and not cased[start].isupper():
        return False  # a name is capitalised: "hòa bình, hữu nghị" is peace, "hai phong trào" two movements
    if not cased or not _inside_a_name(cased, start, end):
        return True
    before = text[max(0, start - 30):end]
    return any(before.endswith(name) for name in longer_names)


def _plain_word(clause):
    """A clause that is one word, with no other spelling: [("kien",)]."""
    return len(clause) == 1 and len(clause[0]) == 1 and "_" not in clause[0][0]


def _sql(queryset):
    return queryset.query.get_compiler(using=queryset.db).as_sql()


def _link_tables():
    return {
        "province": (Article.provinces.through._meta.db_table, "province_id"),
        "topic": (Article.topics.through._meta.db_table, "topic_id"),
        "official": (Mention._meta.db_table, "official_id"),
    }


_LINK_TABLES = _link_tables()
_T = f'"{Article._meta.db_table}"'
_PK = f'"{Article._meta.pk.column}"'


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
        # The names with links (their articles are candidates of their own), then the gazetteer's places, which
        # count only as written.
        self.entities = [e for e in entities if e.link_ids][:MAX_ENTITIES]
        self.named = self.entities + [e for e in entities if e.kind == "place"][:MAX_PLACES]
        self.links = {f"linked_{i}": _entity_link(e) for i, e in enumerate(self.entities)}
        self.name_patterns = [_words_pattern(e.spellings or (e.name,)) for e in self.named]
        self.within = [tuple(tone_placed(name.lower()) for name in e.within) for e in self.named]
        # Names whose place in the text as written matters: a place's, a province's (``_names_as_such``).
        self.places = any(e.kind in ("place", "province") for e in self.named)
        self.whole_names = any(e.whole for e in self.named)
        self.name_keys = [f" {words_text(e.name)} " for e in self.named]
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
        self.offices = _offices(self.named, self.groups)
        self._held = {}
        self._count = None
        self._more = False  # PostgreSQL: more matches than the candidates, not counted
        self._base = None
        self._ranked = None
        self._written = {}  # pk -> the deep-ranked text as written, lower case (names and diacritics are read in it)
        self._deep = {}
        self.words_anywhere = False
        # The articles of the first page that hold the phrase nowhere (criterion 3 scored 0): the highlighting
        # need not look for it in their bodies.
        self.without_phrase = frozenset()

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
        """One statement: the parts as SQL text around the public rule (``self.base``, filters included), compiled
        once. Asking the ORM for each part and window compiled the same rule a dozen times, about 5 ms a page."""
        match, match_params = self._match_sql(self.clauses)
        head, head_params = self._match_sql(self.clauses, scope="head")
        base, base_params = self._base_sql()
        columns = f"{_T}.{_PK}, {_T}.publish_at, {_T}.title, {_T}.lead"
        # The title and lead matches, whole, unless there are more than HEAD_ROWS (a very common phrase: ranked
        # within its newest matches only); counted in the statement, so that those rows never cross the wire.
        ctes = [("head", f"SELECT {columns} {base} AND {head} LIMIT {HEAD_ROWS + 1}", (*base_params, *head_params))]
        parts = [(f"SELECT h.*, {HEAD} FROM head h WHERE (SELECT COUNT(*) FROM head) <= {HEAD_ROWS}", ())]
        if self.links:
            linked, linked_params = self._newest_linked()
            parts.append((f"SELECT {columns}, {LINKED} {base} AND {_T}.{_PK} IN ({linked}) AND {match} "
                          f"ORDER BY {_T}.publish_at DESC, {_T}.{_PK} DESC LIMIT {PART_ROWS}",
                          (*base_params, *linked_params, *match_params)))
        if self.phrase_clauses:
            phrase, phrase_params = self._match_sql(self.phrase_clauses)
            parts.append(self._newest(f"{columns}, {PHRASE}", phrase, phrase_params, PART_ROWS))
        # One row more than taken: whether more matches exist than the candidates, without counting them.
        parts.append(self._newest(f"{columns}, {ANY}", match, match_params, PART_ROWS + 1))
        ctes.insert(0, ("cutoff", "SELECT COALESCE(%s, '-infinity'::timestamptz) AS at", (self._window_cutoff(),)))
        # The link flags are read for the few hundred rows the parts return, one index probe each: asked inside
        # each part, PostgreSQL hashes every link of the name first (tens of thousands for a topic), per part.
        flags, flag_params = [], []
        for entity in self.entities:
            table, column = _LINK_TABLES[entity.kind]
            flags.append(f'EXISTS(SELECT 1 FROM "{table}" l WHERE l.article_id = u.pk AND l."{column}" = ANY(%s))')
            flag_params.append(list(entity.link_ids))
        sql = (f"WITH {', '.join(f'{name} AS MATERIALIZED ({cte})' for name, cte, _params in ctes)} "
               f"SELECT u.pk, u.publish_at, u.title, u.lead, u.part{''.join(', ' + f for f in flags)} "
               f"FROM ({' UNION ALL '.join(f'({part})' for part, _params in parts)}) "
               f"AS u (pk, publish_at, title, lead, part)")
        params = (*(p for _name, _cte, cte_params in ctes for p in cte_params), *flag_params,
                  *(p for _part, part_params in parts for p in part_params))
        with connections[self.queryset.db].cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall()

    def _base_sql(self):
        """("FROM … WHERE <the public rule and the page's filters>", params), to which the parts add "AND …"."""
        if self._base is None:
            sql, params = _sql(self.base.values("pk").order_by())
            select, found, rest = sql.partition(f" FROM {_T}")
            if not found or self.base.query.distinct or " WHERE " not in rest or select.count("SELECT") != 1:
                # Not the plain form the parts extend: ask for its ids instead (no page's filter builds one).
                sql, params = f"FROM {_T} WHERE {_T}.{_PK} IN ({sql})", params
            else:
                sql = f"FROM {_T}{rest}"
            self._base = (sql, tuple(params))
        return self._base

    def _match_sql(self, clauses, *, scope="any"):
        """(sql, params): true for the articles that match ``clauses`` (``_matches``), as SQL on the article row."""
        if scope == "any" and self.linked_documents is not None:
            ids = self._matches(self.base, clauses).values("pk").order_by()
            sql, params = _sql(ids)
            return f"{_T}.{_PK} IN ({sql})", tuple(params)
        return f"{_T}.search_vector @@ %s::tsquery", (tsquery(clauses, scope),)

    def _window_cutoff(self):
        """The publication time of the RECENT_WINDOW-th newest published article (None when there are fewer: a
        small newsroom, where everything is in the window), read at most every CUTOFF_SECONDS per process. The
        window only decides where the newest matches are looked for first (``_newest``), never which rows are
        found: a window a minute old is as right as a new one, and reading its start (3,000 index entries) was
        a tenth of the statement."""
        db = self.queryset.db
        value, read_at = _cutoffs.get(db, (None, None))
        if read_at is None or time.monotonic() - read_at > CUTOFF_SECONDS:
            newest = Article.objects.using(db).published().order_by("-publish_at", "-pk")
            value = next(iter(newest.values_list("publish_at", flat=True)[RECENT_WINDOW:RECENT_WINDOW + 1]), None)
            _cutoffs[db] = (value, time.monotonic())
        return value

    def _newest(self, columns, condition, params, limit, *, older=None):
        """(sql, params): the newest ``limit`` rows of the public articles where ``condition`` holds, looked for
        among the newest RECENT_WINDOW published articles first. Sorting every match by time reads the row of each
        (thousands for a province's name), walking the time index reads the vector of each article passed;
        inside the window PostgreSQL joins the word index to the time index and reads only the matches there.
        The older matches (``older``: (condition, params), if they are better asked for another way) are asked
        for only when the window holds too few: the outer LIMIT stops the UNION before its second part. The
        window's start is the "cutoff" of ``_rows_postgres`` (``_window_cutoff``)."""
        base, base_params = self._base_sql()
        older, older_params = older or (condition, params)
        ordered = f"ORDER BY {_T}.publish_at DESC, {_T}.{_PK} DESC LIMIT {int(limit)}"
        recent_sql = f"SELECT {columns} {base} AND {condition} AND {_T}.publish_at >= (SELECT at FROM cutoff) {ordered}"
        older_sql = f"SELECT {columns} {base} AND {older} AND {_T}.publish_at < (SELECT at FROM cutoff) {ordered}"
        return (f"SELECT * FROM (({recent_sql}) UNION ALL ({older_sql})) AS w LIMIT {int(limit)}",
                (*base_params, *params, *base_params, *older_params))

    def _newest_listed(self):
        """On PostgreSQL, when every name of the query is a province or a topic: the ids of the newest LINKED_ROWS
        articles listed under them, from the link tables' ``listed_at`` indexes that serve the province and topic
        pages (articles/paginators.py; kept by triggers while an article is published). Each name's newest
        links are an index range; the rows are still read through ``self.base``, the public rule. For "kien
        giang" (a former province, 2,500 articles) this part took 14 ms walking the articles and takes 0.4 ms."""
        parts, params, now = [], [], timezone.now()
        for entity in self.entities:
            table, column = _LINK_TABLES[entity.kind]
            for subject in entity.link_ids:
                parts.append(f'SELECT article_id, listed_at FROM "{table}" WHERE "{column}" = %s AND listed_at '
                             f'IS NOT NULL AND listed_at <= %s ORDER BY listed_at DESC, article_id DESC '
                             f'LIMIT {int(LINKED_ROWS)}')
                params += [subject, now]
        union = " UNION ALL ".join(f"({part})" for part in parts)
        return (f"SELECT n.article_id FROM ({union}) AS n (article_id, listed_at) GROUP BY n.article_id "
                f"ORDER BY MAX(n.listed_at) DESC, n.article_id DESC LIMIT {int(LINKED_ROWS)}", tuple(params))

    def _newest_linked(self):
        """(sql, params): the ids of the newest LINKED_ROWS published articles linked to a name of the query.
        Among the newest articles, walking them and looking up their links finds them soonest when the name is
        common; before those, for a name linked to few articles or to old ones only (a former province), reading
        its links from the link tables and sorting those articles is faster (a walk would pass tens of thousands
        of articles). A topic is linked to a large part of everything: walking finds its links soonest."""
        if all(entity.kind in {"province", "topic"} for entity in self.entities):
            return self._newest_listed()
        linked, linked_params = _sql(self._linked_ids())
        walk = (f"{_T}.{_PK} IN ({linked})", tuple(linked_params))
        older = walk
        if not any(entity.kind == "topic" for entity in self.entities):
            # ``= ANY(ARRAY(…))``: PostgreSQL reads the (few) linked ids first and probes the primary key.
            older = (f"{_T}.{_PK} = ANY(ARRAY({linked}))", tuple(linked_params))
        sql, params = self._newest(f"{_T}.{_PK}", *walk, LINKED_ROWS, older=older)
        return f"SELECT w.{_PK} FROM ({sql}) AS w", params

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

    def _names_as_such(self, row, text, *, placed=False, words=None, cased="", links=True):
        """For the names that are the whole query, then for those that are a part of it: 2 for each the article
        is linked to, plus 1 for each it writes with its diacritics. ``placed``: ``text`` is already lower case
        with its tone marks placed. ``words``: ``words_text`` of ``text``, when the caller has it: a name whose
        folded words are not in it is not written there, and the text need not be read with its diacritics.
        ``cased``: ``text`` as written, when ``placed``; a gazetteer's place counts where it stands on its own,
        not inside a person's name (``_inside_a_name``), a province's where it is no unit below it named alike
        (``_province_written``). ``links``: False counts only what the text writes."""
        if words is not None:
            words = f" {words} "
            if not any(key in words for key in self.name_keys):
                text, placed = "", True
        if not placed:
            cased, text = text, tone_placed(text.lower())
        if len(cased) != len(text):
            cased = ""  # a letter whose lower case is longer: positions no longer match, the check is skipped
        whole = part = 0
        with_links, links = links, len(self.entities)
        for index, (entity, pattern) in enumerate(zip(self.named, self.name_patterns, strict=True)):
            if text and entity.kind == "place" and cased:
                # A place's name is capitalised: "phong phú" in lower case is the adjective, not the commune.
                written = any(cased[m.start()].isupper() and not _inside_a_name(cased, m.start(), m.end())
                              for m in pattern.finditer(text))
            elif text and entity.kind == "province":
                written = any(_province_written(cased, text, m.start(), m.end(), self.within[index])
                              for m in pattern.finditer(text))
            else:
                written = bool(text and pattern.search(text))
            found = written + (2 * bool(row.linked[index]) if index < links and with_links else 0)
            if entity.whole:
                whole += found
            else:
                part += found
        return whole, part

    def _shallow_key(self, row):
        title, lead = words_text(row.title), words_text(row.lead)
        whole, part = self._names_as_such(row, f"{row.title}\n{row.lead}", words=f"{title} {lead}") \
            if self.named else (0, 0)
        # A query that is a name: a headline or a lead that holds its words without writing it holds other words
        # folded alike ("Vương Đình Huệ" for "hue", "huyện Đức Huệ"), worth no more there than anywhere.
        title_names = lead_names = True
        if self.whole_names and whole:
            title_names = self._names_as_such(row, row.title, words=title, links=False)[0] > 0
            lead_names = title_names or self._names_as_such(row, row.lead, words=lead, links=False)[0] > 0
        elif self.whole_names:
            title_names = lead_names = False
        if self.matcher.has_phrase(title) and title_names:
            phrase = 3
        elif self.matcher.has_phrase(lead) and lead_names:
            phrase = 2
        else:
            phrase = 1 if PHRASE in row.parts or (len(self.groups) == 1 and self.groups) or (
                self.whole_names and self.matcher.has_phrase(f"{title} {lead}")) else 0
        # Every word, close together: a query's words scattered over a headline are other words that fold the same
        # ("qua trung thu" in "Tập trung ..., kết quả ... lần thứ XI"), as the closeness of criterion 6 says.
        in_title = title_names and self.matcher.has_all(title) and self.matcher.near(title)
        in_head = in_title or (lead_names and self.matcher.has_all(f"{title} {lead}"))
        return (whole, 0, phrase, part, in_title, in_head)

    def _deep_key(self, article, row, shallow, captions=""):
        text = words_text(article.search_text, folded=True)
        whole, _, phrase, part, in_title, in_head = shallow
        body_lower = ""
        if self.named or self.parsed.accented:
            # Words as written, for names and diacritics: tags out is enough (the snippet, for the page's rows
            # only, takes the text with its paragraphs from ``search.highlight``). The captions too: a place or a
            # person a photo names is written there as such ("huyện Chợ Đồn" under a photo, "cho đồn biên
            # phòng" in another report's headline).
            body = f"{article.title}\n{article.lead}\n{visible_words(article.body)}\n{captions}"
            body_lower = tone_placed(body.lower())
            self._written[article.pk] = body_lower
        if self.named:
            whole, part = self._names_as_such(row, body_lower, placed=True,
                                              cased=body if self.places else "")
        if phrase < 2:
            phrase = 1 if self.matcher.has_phrase(text) else 0
        span = self.matcher.span(text)
        closeness = 3 if span <= len(self.matcher.each) else (2 if span <= 3 * len(self.matcher.each) else
                                                             (1 if span <= 12 * len(self.matcher.each) else 0))
        typed = 0
        if self.parsed.accented:
            words = [tone_placed(w) for w in self.parsed.accented]
            if re.search(r"(?<!\w)" + r"\W+".join(re.escape(w) for w in words) + r"(?!\w)", body_lower):
                typed = 2
            elif all(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", body_lower) for w in words):
                typed = 1
        # Below the visitor's diacritics, above the phrase: the man in the office asked for is what the query says,
        # and a report naming him in another office may hold the words closer together.
        accents = (typed, self._held.get(article.pk, 0))
        return (whole, accents, phrase, part, in_title, in_head, closeness)

    def _writes_every_name(self, pk):
        text = self._written.get(pk, "")
        return all(pattern.search(text) for pattern in self.name_patterns)

    def _offices_held(self, ids):
        """{article id: how many of the query's officials its mentions give the office the query names}: the title
        the importer or the editor recorded for the mention (one query), not a guess from the text, where the next
        guest's office or an abbreviation's dot would mislead."""
        held = {}
        mentions = Mention.objects.filter(article_id__in=ids, official_id__in=[pk for pk, _, _ in self.offices])
        for article_id, official_id, title in mentions.values_list("article_id", "official_id", "title_as_printed"):
            if any(pk == official_id and _gives_office(title, office, deputy) for pk, office, deputy in self.offices):
                held[article_id] = held.get(article_id, 0) + 1
        return held

    def _captions(self, ids):
        """{article id: its photos' captions as written}, for the articles ranked deep: one query."""
        photo = self.queryset.model.photos.rel.related_model
        captions = {}
        for pk, caption in photo.objects.filter(article_id__in=ids).values_list("article_id", "caption").order_by():
            captions[pk] = f"{captions.get(pk, '')}\n{caption}"
        return captions

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
        self._held = self._offices_held(top) if self.offices else {}
        deep = {pk: self._deep_key(articles[pk], rows[pk], keys[pk]) for pk in top if pk in articles}
        # The captions only of the articles whose text does not write every name of the query: one query, and
        # most often none (an article filed under a name usually writes it).
        unnamed = [pk for pk in deep if self.named and not self._writes_every_name(pk)]
        if unnamed:
            captions = self._captions(unnamed)
            deep.update({pk: self._deep_key(articles[pk], rows[pk], keys[pk], captions[pk]) for pk in unnamed
                         if pk in captions})
        top = sorted(deep, key=lambda pk: order(pk, deep[pk]), reverse=True)
        self._deep = articles
        if not self.parsed.documents:
            self.without_phrase = frozenset(pk for pk, key in deep.items() if not key[2])
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

    def near(self):
        """The near matches shown under the results (``search.ranking.near``): only when the full matches are
        few, else []."""
        if self.articles.capped or self.articles.count() > NEAR_WHEN_AT_MOST:
            return []
        return near_matches(self.articles.queryset, self.articles.parsed)


def _offices(named, groups):
    """For each official the query names beside other words ("ngo dong hai bi thu tinh uy"): (his id, a ``Matcher``
    of the office's groups, whether the office asked for is a deputy's). Names alone give none."""
    offices = []
    for entity in named:
        if entity.kind != "official" or entity.whole:
            continue
        k = len(entity.words)
        for start in range(len(groups) - k + 1):
            if all((word,) in groups[start + j] for j, word in enumerate(entity.words)):
                rest = groups[start + k:] or groups[:start]
                if rest and _opens_office(rest):
                    offices.append((entity.main.pk, _office_matchers(rest, named), rest[0] == (("pho",),)))
                break
    return offices


# The words an office opens with, folded: "bí thư", "phó chủ tịch", "giám đốc", "trưởng ban", ranks. Other words beside
# a name ("xay dung dang lai xuan mon") are what the report is about, not his office.
_OFFICE_HEADS = frozenset({
    ("bi", "thu"), ("pho",), ("chu", "tich"), ("giam", "doc"), ("truong",), ("bo", "truong"), ("thu", "truong"),
    ("tong", "bi", "thu"), ("thu", "tuong"), ("uy", "vien"), ("chinh", "uy"), ("tu", "lenh"), ("chi", "huy"),
    ("chu", "nhiem"), ("vien", "truong"), ("chanh", "an"), ("chanh", "van", "phong"), ("tham", "muu"),
    ("tinh", "uy", "vien"), ("huyen", "uy", "vien"), ("dai", "bieu"), ("nguyen",), ("tan",), ("quyen",),
    ("dai", "ta"), ("thuong", "ta"), ("trung", "ta"), ("thieu", "ta"), ("thieu", "tuong"), ("trung", "tuong"),
    ("thuong", "tuong"), ("dai", "tuong"), ("pct",), ("pbt",), ("uvtw",), ("tuv",), ("huv",),
})


def _opens_office(groups):
    starts = [()]
    for group in groups[:3]:
        starts = [start + spelling for start in starts for spelling in group][:16]
    return any(start[:n] in _OFFICE_HEADS for start in starts for n in (1, 2, 3))


def _office_matchers(office, named):
    """The office's ``Matcher``, and one without the province ending it ("chu tich ubnd tinh dien bien"), since a
    provincial report's titles leave their own province out ("Chủ tịch UBND tỉnh")."""
    matchers = [Matcher(office)]
    for entity in named:
        k = len(entity.words)
        if entity.kind == "province" and 0 < k < len(office) and all(
                (word,) in group for word, group in zip(entity.words, office[-k:], strict=True)):
            matchers.append(Matcher(office[:-k]))
    return matchers


def _gives_office(title, offices, deputy):
    """Whether a mention's ``title`` holds the office (one of its ``Matcher``s), and not as a deputy's when the
    query's is not ("Phó Bí thư Thường trực Tỉnh ủy" is no "Bí thư Tỉnh ủy")."""
    words = words_text(title)
    for office in offices:
        for found in office.phrase.finditer(words):
            preceding = words[:found.start()].split()
            if deputy or not preceding or preceding[-1] != "pho":
                return True
    return False


def search_articles(queryset, parsed, *, entities=()):
    """Narrow ``queryset`` (``published()``, filtered) to the query's matches, best first."""
    return SearchResults(RankedArticles(queryset, parsed, entities=entities))
