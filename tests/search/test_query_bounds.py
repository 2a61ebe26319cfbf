"""A query is at most 200 characters and 10 words: whatever its shape (separators only, document numbers run
together, abbreviations and place kinds repeated), reading it and the names it means takes no time to speak of."""

import time

import pytest

from search.entities import recognise
from search.query import MAX_QUERY_LENGTH, SearchQueryError, parse_query

HOSTILE = [
    "1/1/1/1/" * 25,
    "21-KL/TW-" * 22,
    "ubnd tw " * 25,
    "t u " * 50,
    "xa huyen thi xa " * 12,
    ("xa nam du " * 20)[:MAX_QUERY_LENGTH],
    ("Đồng chí " * 25)[:MAX_QUERY_LENGTH],
    "1" * MAX_QUERY_LENGTH,
]


@pytest.mark.django_db
@pytest.mark.parametrize("raw", HOSTILE)
def test_a_hostile_query_is_parsed_and_its_names_recognised_in_time(raw):
    start = time.perf_counter()
    parsed = parse_query(raw)
    recognise(parsed)
    assert time.perf_counter() - start < 5.0


@pytest.mark.parametrize("raw", ["," * MAX_QUERY_LENGTH, '"' * MAX_QUERY_LENGTH, "(" * MAX_QUERY_LENGTH])
def test_a_query_of_separators_only_is_refused_at_once(raw):
    start = time.perf_counter()
    with pytest.raises(SearchQueryError):
        parse_query(raw)
    assert time.perf_counter() - start < 1.0


def test_a_query_far_over_the_limit_is_refused_at_once():
    start = time.perf_counter()
    with pytest.raises(SearchQueryError):
        parse_query("a " * 500_000)
    assert time.perf_counter() - start < 5.0
