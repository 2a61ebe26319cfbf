"""Which published articles match a parsed query, and in what order (README, "How search ranks").

``clauses``: what must hold, as tsquery text (PostgreSQL) or regular expressions (SQLite); ``text``: the
folded-word patterns the ranking reads in titles, leads and texts; ``results``: candidates, ranking and the
sliceable list the search page pages through.

**Matching.** An article matches when it holds every word of the query, folded (no diacritics, lower case),
anywhere in what a reader sees (``search.vectors``), and each document number as a phrase or through a link
to that ``Document``. An abbreviation matches any of its spellings ("ubnd" = "Ủy ban nhân dân"). Nothing
else is required: an article is never dropped because another one holds the exact phrase.

**Ranking**, best first, each criterion breaking the ties of the one before:

1. the name the query is (``search.entities``: a province, topic or official whose name is the whole query,
   or a district, town or commune of the gazetteer): 2 when the article is linked to it, plus 1 when it
   writes it with its diacritics ("Hà Nam", not "hà … năm"; "Nam Du", not "Năm Du lịch"), as the name
   ("xã Thái Bình" and "Nguyễn Thái Bình" are not the province; ``results._province_written``);
2. agreement with the diacritics the visitor typed, if any ("Đảng bộ" before "đang bỏ"); then, for an official
   named beside an office ("ngo dong hai bi thu tinh uy"), that office in the title recorded for his mention, and
   not a deputy's ("Phó Bí thư" is no "Bí thư"; ``results._gives_office``);
3. the phrase: in the title, else in the lead, else anywhere;
4. names that are a part of the query, scored as in 1 ("dai hoi dang bo ninh binh": Ninh Bình);
5. every word in the title, near each other (within three words per word of the query: scattered over a title
   they are other words folded alike), then every word in the title + lead; for a query that is a name, only a
   title or lead that writes the name counts in 3 and 5 ("Đức Huệ" in a headline is no better than "hue" anywhere);
6. closeness: how few words the shortest passage holding every query word spans;
7. the newest first.

Criteria 1, 3, 4 and 5 are decided for every candidate from its title and lead (and, on PostgreSQL, from
which index answered); 2, 6 and the full-text part of 1, 3 and 4 only for the DEEP_RANK best (the first
page), from their text.

**Candidates.** On PostgreSQL one UNION query brings: the matches in the title or lead (whole, unordered,
from the title and lead lexemes of the vector, up to HEAD_ROWS), and the newest PART_ROWS matches that are
linked to a name of the query, that hold the phrase (its word pairs), and that hold the words anywhere. The
newest phrase and word matches are looked for among the newest RECENT_WINDOW articles first (the word index
joined to the time index), and in older ones only when those hold too few; the link flags of the few hundred
rows are read once, outside the parts. The statement is written as text around the page's queryset, compiled
once; the title and lead matches are counted in it and never sent when there are more than HEAD_ROWS; the
window's start is read once a minute per process (it decides where the newest matches are looked for first,
never which). SQLite, which holds small newsrooms, reads every match with the same flags from regular
expressions and takes the same parts in Python: the results are the same.

**Counts.** When the words part holds every match, the count is exact; else (PostgreSQL) the pages reach the
ranked candidates and the page says "hơn 400 tin bài": counting 30,000 matches would cost more than the page.
SQLite counts up to COUNT_CAP ("hơn 1.000 tin bài").
"""

from search.ranking.results import (
    COUNT_CAP,
    DEEP_RANK,
    HEAD_ROWS,
    PART_ROWS,
    RECENT_WINDOW,
    RankedArticles,
    SearchResults,
    search_articles,
)

__all__ = ["COUNT_CAP", "DEEP_RANK", "HEAD_ROWS", "PART_ROWS", "RECENT_WINDOW", "RankedArticles", "SearchResults", "search_articles"]
