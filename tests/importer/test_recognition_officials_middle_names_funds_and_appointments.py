"""Shapes of officials' names and titles that reports print again and again: a middle name in lower case, a
Central Highlands name with a space after its prefix, a rank before a name that is also a district's, a title ending
at a verb mistyped, a fund named after someone, a Party member named where a title would be, an appointment in
other words, a Cambodian office printed in lower case.

Every sentence is written for these tests, none is taken from the corpus.
"""

import pytest

from importer.recognition import find_officials


def _officials(text):
    return [(p.name, p.title) for p in find_officials(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Dự có các đồng chí: Phan Văn Lộc – Bí thư Thị ủy; Ngô thị Thu Hà – Bí thư Đảng ủy phường.",
     [("Phan Văn Lộc", "Bí thư Thị ủy"), ("Ngô Thị Thu Hà", "Bí thư Đảng ủy phường")]),
    ("Ông Đỗ văn Khải, Chủ tịch UBND xã, phát biểu.", [("Đỗ Văn Khải", "Chủ tịch UBND xã")]),
])
def test_a_middle_name_in_lower_case_stays_in_the_name(text, expected):
    assert _officials(text) == expected


def test_a_lower_case_word_after_a_family_name_is_not_always_a_middle_name():
    assert _officials("Bí thư Thị ủy Lê thị xã Bình Minh phát biểu.") == []


def test_a_name_with_a_space_after_its_one_letter_prefix_is_one_name():
    text = "Có mặt đồng chí K’ Brông – Phó Bí thư Huyện ủy và các già làng."
    assert _officials(text) == [("K’Brông", "Phó Bí thư Huyện ủy")]


def test_after_a_rank_comes_a_person_even_when_the_name_is_a_districts():
    text = "Thiếu tá Hoàng Su Phì - Đồn phó, Đồn Biên phòng 9 trao quà cho bà con."
    assert _officials(text) == [("Hoàng Su Phì", "Thiếu tá - Đồn phó, Đồn Biên phòng 9")]


def test_a_verb_mistyped_still_ends_the_title():
    text = "Thượng tá Lâm Văn Sơn, Chính ủy Lữ đoàn 12 tăng quà cho ngư dân."
    assert _officials(text) == [("Lâm Văn Sơn", "Thượng tá, Chính ủy Lữ đoàn 12")]


def test_the_namesake_of_a_fund_is_no_official():
    text = "Bà Phạm Thu Hằng – nguyên Phó Chủ tịch tỉnh – Chủ tịch Quỹ học bổng Nông Văn Dền cùng đoàn trao quà."
    assert _officials(text) == [
        ("Phạm Thu Hằng", "nguyên Phó Chủ tịch tỉnh – Chủ tịch Quỹ học bổng Nông Văn Dền")]


def test_a_party_member_named_where_a_title_would_be_is_no_official():
    text = ("Trao Huy hiệu cho 2 đồng chí, gồm: đồng chí Tạ Văn Lợi - đảng viên Chi bộ thôn 3 và đồng chí Hà Minh "
            "Quý - đảng viên Chi bộ thôn 5. Đồng chí Tạ Văn Lợi nói lời cảm ơn. Đồng chí Cao Văn Tuấn, Bí thư Đảng "
            "ủy xã, trao Huy hiệu.")
    assert _officials(text) == [("Cao Văn Tuấn", "Bí thư Đảng ủy xã")]


@pytest.mark.parametrize("text", [
    "Ông Trần Văn Tư được giao giữ chức Phó Bí thư Đảng ủy phường.",
    "Bà Lý Thị Mơ được giao cương vị Bí thư Đảng bộ xã trong nhiệm kỳ mới.",
])
def test_a_person_given_an_office_is_an_official(text):
    assert [name for name, _title in _officials(text)] == [text.split()[1] + " " + text.split()[2] + " "
                                                           + text.split()[3]]


def test_a_cambodian_government_delegate_keeps_the_office_in_the_title():
    text = ("Dự có ngài Sok Chanthy, Phó Chủ tịch Hội đồng tỉnh, phái đoàn Chính phủ Vương quốc Campuchia phụ trách "
            "Tổng cục Hải quan.")
    assert _officials(text) == [("Sok Chanthy", "Phó Chủ tịch Hội đồng tỉnh, phái đoàn Chính phủ Vương quốc "
                                                "Campuchia phụ trách Tổng cục Hải quan")]
