"""Near matches: the articles that hold every word of the query but one, close together, shown under the results.

A reader's words are not always the report's: "le ky niem 66 nam dong khoi" finds nothing in a report that wrote
"Lễ kỷ niệm 66 năm Ngày Đồng khởi" if the visitor typed "mit tinh" for "lễ", and one judged report out of a dozen
writes a name in another form. Full matches stay the results (``search.ranking.results``); under them, only
when they are few (the view asks on the last page), the search page lists as near matches the articles that hold
all the query's words but one, the others close together, each with the word it lacks, as web search engines do
("Thiếu: lễ").

Which: a query of MIN_GROUPS to MAX_GROUPS words (fewer: one word of two is most of everything; more: the list of
word pairs below grows as their square), without a document number (a number is matched exactly or not at all).
"All but one of n" is the conjunction, over every pair of words, of "this one or that one", which both databases
already match (``search.ranking.clauses``: a clause is a list of alternatives): a GIN index on PostgreSQL, regular
expressions on SQLite. The newest NEAR_CANDIDATES such articles that are not full matches are read with their
folded text, and the rest of the query must stand close together in it (within three words per word,
``Matcher.near``): scattered, the words are other words folded alike.

Order: the rest of the query as a phrase in the title, in the lead, anywhere; then how close the words stand; then
the newest.
"""

import re
from dataclasses import dataclass

from django.db import connections

from core.text import fold
from search.ranking.clauses import condition, group_clauses
from search.ranking.text import Matcher, words_text

MIN_GROUPS = 3
MAX_GROUPS = 6
NEAR_CANDIDATES = 60
NEAR_ROWS = 10
# Near matches are looked for only under this many full matches: under more, the reader has enough to read, and
# the statement's cost is not spent on a list nobody pages down to.
NEAR_WHEN_AT_MOST = 20


@dataclass
class NearMatch:
    article: object
    missing: str  # the query's word the article lacks, as the visitor typed it


def near_clauses(groups):
    """"Every group but at most one": for each pair of groups, one or the other (alternatives of both)."""
    clauses = group_clauses(groups)
    return [clauses[i] + clauses[j] for i in range(len(clauses)) for j in range(i + 1, len(clauses))]


def _typed(parsed, group):
    """The words of the visitor's query that gave ``group``, as typed ("Đồng khởi"), else its first spelling."""
    typed = re.findall(r"\w+", parsed.text)
    folded = [fold(w) for w in typed]
    for spelling in group:
        size = len(spelling)
        for start in range(len(folded) - size + 1):
            if tuple(folded[start:start + size]) == spelling:
                return " ".join(typed[start:start + size])
    return " ".join(group[0])


def near_matches(queryset, parsed, *, limit=NEAR_ROWS):
    """Up to ``limit`` articles of ``queryset`` (the page's public, filtered articles) that hold every group of
    ``parsed`` but one, the rest close together, best first, as ``NearMatch`` rows. [] for a query they do not
    suit (see the module's docstring)."""
    groups = parsed.groups
    if parsed.documents or not MIN_GROUPS <= len(groups) <= MAX_GROUPS:
        return []
    postgres = connections[queryset.db].vendor == "postgresql"
    full = condition(group_clauses(groups), "any", postgres=postgres)
    near = condition(near_clauses(groups), "any", postgres=postgres)
    rows = list(queryset.filter(near).exclude(full).order_by("-publish_at", "-pk")
                .values_list("pk", "publish_at", "title", "lead", "search_text")[:NEAR_CANDIDATES])
    each = Matcher(groups).each
    rests = [Matcher(groups[:i] + groups[i + 1:]) for i in range(len(groups))]
    scored = []
    for pk, published, title, lead, search_text in rows:
        text = words_text(search_text, folded=True)
        lacking = [i for i, pattern in enumerate(each) if not pattern.search(text)]
        if len(lacking) != 1:
            continue  # the index's pairs and the text's words disagree at an edge ("|"): not a near match
        rest = rests[lacking[0]]
        span = rest.span(text)
        if span > 3 * len(rest.each):
            continue
        head_title, head_lead = words_text(title), words_text(lead)
        phrase = 3 if rest.has_phrase(head_title) else 2 if rest.has_phrase(head_lead) else (
            1 if rest.has_phrase(text) else 0)
        scored.append(((phrase, -span, published.timestamp(), pk), pk, lacking[0]))
    scored.sort(reverse=True)
    chosen = scored[:limit]
    fetched = {a.pk: a for a in queryset.filter(pk__in=[pk for _key, pk, _i in chosen])} if chosen else {}
    return [NearMatch(fetched[pk], _typed(parsed, groups[i])) for _key, pk, i in chosen if pk in fetched]
