"""The PostgreSQL search index of an article, written by ``Article.save()`` through the hook in ``articles.indexing``.

``Article.search_vector`` holds the words of the title (weight A), the lead (B) and the body (C) and every pair
of adjacent words ("kien_giang"), folded in SQL by ``newsroom_search_words()`` (an immutable wrapper around
``unaccent``, created by this app's migrations) and indexed with GIN; two more GIN expression indexes cover the
title and the title + lead. The vector is written in the same INSERT or UPDATE as the row. Because a phrase is
matched through its word pairs, the GIN index answers exactly and PostgreSQL never re-reads the (large,
compressed) vectors to check word positions.

SQLite needs none of this: ``Article.search_text`` holds the folded title, lead and body, and the folded
title and lead come from ``newsroom_fold()``, which this app registers on every SQLite connection.
"""

from django.contrib.postgres.search import SearchVectorField
from django.db import connections
from django.db.models import F, Func, TextField, Value

from articles.models import Article
from core.text import nfc


class SearchWords(Func):
    """``newsroom_search_words(text)``: unaccented, lower case, words separated by single spaces."""

    function = "newsroom_search_words"
    output_field = TextField()


class SearchHtmlWords(Func):
    """``newsroom_search_html(html)``: the same, with tags and entities removed first."""

    function = "newsroom_search_html"
    output_field = TextField()


class ArticleVector(Func):
    """``newsroom_search_vector(title, lead, body)``: the title's words with weight A, the lead's with B, the
    body's with C, and every pair of adjacent words, each text unaccented and folded once."""

    function = "newsroom_search_vector"
    output_field = SearchVectorField()


def search_vector_expression():
    return ArticleVector(F("title"), F("lead"), F("body"))


def search_vector_of(article, *, using):
    """The SQL expression for ``article``'s vector from its current texts, for ``Article.save()`` to write in
    the same INSERT or UPDATE as the row (a separate UPDATE would write the whole row, body included, twice).
    None off PostgreSQL."""
    if connections[using].vendor != "postgresql":
        return None
    texts = (Value(nfc(text or ""), output_field=TextField()) for text in (article.title, article.lead, article.body))
    return ArticleVector(*texts, output_field=SearchVectorField())


def search_vectors_refresh(*, queryset=None):
    """Refresh the search vectors of many articles at once (after ``bulk_create``, raw SQL or an import).

    Returns the number of rows updated; 0 off PostgreSQL, where ``search_text`` is all that search needs.
    """
    queryset = Article.objects.all() if queryset is None else queryset
    if connections[queryset.db].vendor != "postgresql":
        return 0
    return queryset.update(search_vector=search_vector_expression())
