"""A hook through which the search app, which sits above articles, writes an article's search index.

``Article.save()`` asks the registered writer for the SQL expression of the article's search vector and
stores it in the same INSERT or UPDATE as the row (a separate UPDATE would write the whole row, body included,
twice). Articles know nothing of how search indexes them: ``search/apps.py`` registers the writer at start-up.
"""

_vector_writer = None


def register_vector_writer(writer):
    """``writer(article, *, using)`` returns an expression for ``Article.search_vector``, or None."""
    global _vector_writer
    _vector_writer = writer


def search_vector_for(article, *, using):
    return _vector_writer(article, using=using) if _vector_writer is not None else None
