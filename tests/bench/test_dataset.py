"""The benchmark loader's search vectors: computed in Python while generating, they must be PostgreSQL's own,
or the load falls back to computing 110,000 of them in SQL (20 minutes instead of seconds on two cores)."""

import pytest
from django.db import connection

from bench import corpus, dataset


def test_the_title_and_lead_words_and_pairs_come_once_more_marked():
    text = corpus.tsvector_text((["kien", "giang"], "A"), (["ngay", "kien"], "B"), pairs=True,
                                head=["kien", "giang", "ngay", "kien"])

    lexemes = set(text.split(" "))
    assert {"'^kien'", "'^giang'", "'^ngay'", "'^kien_giang'", "'^giang_ngay'", "'^ngay_kien'"} <= lexemes
    assert "'kien':1A,4B" in lexemes and text.count("'^kien'") == 1


@pytest.mark.django_db
def test_the_loader_reproduces_the_current_search_expression():
    if connection.vendor != "postgresql":
        pytest.skip("the search vector is PostgreSQL's: run with DATABASE_URL=postgres://…")

    assert dataset.vector_mode() == {"pairs": True, "extras": True, "head": True}
