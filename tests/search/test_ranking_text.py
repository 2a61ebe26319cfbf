"""``words_text``, read on every candidate's title and lead and on the page's texts, is the regular-expression
definition it replaced, only faster."""

import re

import pytest

from core.text import fold
from search.query import parse_query
from search.ranking.text import Matcher, quick_fold, words_text


@pytest.mark.parametrize("text", [
    "Kiên Giang: “Xây dựng Đảng” – Kết luận 21-KL/TW…",
    "ĐẢNG BỘ TỈNH | Ủy ban nhân dân\u00a0tỉnh | 01- KL/TW",
    "hóa  thủy\tHÒA\nnăm 2025 ™ ✓ 😀 ǅ",
    "kien giang xay dung dang | an giang",
    "|||a||b|",
    "",
    "   ",
])
def test_words_text_is_the_folded_words_and_bars_of_the_text(text):
    assert words_text(text) == " ".join(re.findall(r"[a-z0-9]+|\|", quick_fold(text)))


def test_words_text_keeps_nothing_but_words_and_bars():
    assert words_text("Hội nghị | Báo cáo viên, tháng 11/2025.") == "hoi nghi | bao cao vien thang 11 2025"
    assert words_text(None) == ""


@pytest.mark.parametrize("text", ["Kiên Giang: “Xây dựng Đảng” – Kết luận 21-KL/TW…", "ĐẢNG BỘ | Ủy ban\u00a0tỉnh", "ǅ ß æ ™ 😀"])
def test_a_folded_text_needs_no_second_fold(text):
    folded = fold(text)
    assert words_text(folded, folded=True) == words_text(folded) == words_text(text)


@pytest.mark.parametrize("text", ["kien giang xay dung dang kien", "a | giang x kien giang", "giang kien x x x giang",
                                  "kien x giang x x kien giang"])
@pytest.mark.parametrize("query", ["kien giang", "giang kien", "kien kien giang", "giang giang kien"])
def test_span_is_the_fewest_words_of_a_passage_holding_every_word_of_the_query(text, query):
    matcher = Matcher(parse_query(query).groups)
    words = text.split(" ")
    spans = [stop - start for start in range(len(words)) for stop in range(start + 1, len(words) + 1)
             if set(parse_query(query).terms) <= set(words[start:stop])]
    assert matcher.span(text) == min(spans)
