"""A count is written in digits or in words ("chính quyền địa phương 2 cấp" / "hai cấp"): a reader typing either
finds both. Only a count before what it counts is read so: "năm" alone is a year, "Vùng 5" a unit's number."""

import pytest

from search.query import parse_query
from tests.factories import make_article
from tests.search.test_search_readers import titles


@pytest.mark.django_db
@pytest.mark.parametrize(("query", "written"), [
    ("chinh quyen dia phuong 2 cap", "Vận hành chính quyền địa phương hai cấp ở xã mới"),
    ("chinh quyen dia phuong hai cap", "Vận hành chính quyền địa phương 2 cấp ở xã mới"),
    ("tang truong hai con so", "Mục tiêu tăng trưởng 2 con số của tỉnh"),
    ("3 nhiem vu trong tam", "Ba nhiệm vụ trọng tâm của năm mới"),
])
def test_a_count_typed_in_digits_or_in_words_finds_it_written_the_other_way(client, query, written):
    article = make_article(written, lead="Hội nghị diễn ra sáng nay.")
    assert titles(client, query)[0] == [article.title]


def test_a_number_word_is_read_as_a_count_only_before_a_word():
    assert parse_query("nam 2025").groups[0] == (("nam",),)  # a year, not five
    assert parse_query("bao cao 3").groups[-1] == (("3",),)
    assert ("hai",) in parse_query("02 con so").groups[0]


def test_a_units_number_after_a_word_that_numbers_stays_a_number():
    groups = parse_query("vung 5 hai quan").groups
    assert ("nam",) not in groups[1]
    assert ("v",) in groups[1]
