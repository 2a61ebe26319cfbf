"""Snippets are cut around the first match whether it is found in the first part of a body folded or further on."""

import pytest

from search import highlight
from search.query import parse_query


def _body(before, after=200):
    filler = "Cán bộ, đảng viên tham gia đầy đủ các buổi sinh hoạt chuyên đề của chi bộ. "
    return (filler * before + "Tỉnh ủy Kiên Giang chỉ đạo xây dựng Đảng trong sạch. " + filler * after).strip()


@pytest.mark.parametrize("before", [0, 5, 18, 19, 20, 21, 22, 40, 79])
def test_a_snippet_is_the_same_as_when_the_whole_body_is_searched(before):
    patterns = highlight.query_patterns(parse_query("xay dung dang"))
    text = _body(before)
    whole = highlight.match_spans(text, patterns)
    assert highlight.opening_spans(text, patterns)[0] == whole[0]
    assert highlight.snippet(text, patterns, spaced=True, spans=highlight.opening_spans(text, patterns)) == \
        highlight.snippet(text, patterns)


def test_a_body_without_the_words_has_no_spans():
    patterns = highlight.query_patterns(parse_query("nam du"))
    assert highlight.opening_spans(_body(30), patterns) == []
