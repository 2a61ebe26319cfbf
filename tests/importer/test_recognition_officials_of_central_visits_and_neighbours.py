"""Shapes of officials' names and titles from reports on visits of central leaders and on meetings with officials
of neighbouring countries: a ministry whose other fields are printed in lower case after a comma, the side of a
meeting in brackets after a title, a Lao officer's name of six syllables after his rank, a foreign office then its
holder after a dash, a newspaper's bureau covering a region.

Every sentence is written for these tests, none is taken from the corpus.
"""

import pytest

from importer.recognition import find_officials


def _officials(text):
    return [(p.name, p.title) for p in find_officials(text)]


def test_a_ministry_named_with_its_fields_in_lower_case_ends_at_the_next_name():
    text = ("Ngày 2/7, Phó Thủ tướng Chính phủ Lê Văn Ba, Bộ trưởng Bộ Văn hóa, thể thao và du lịch Trần Văn Bốn "
            "cùng đoàn công tác đã đến thăm các gia đình chính sách.")
    assert _officials(text) == [("Lê Văn Ba", "Phó Thủ tướng Chính phủ"),
                                ("Trần Văn Bốn", "Bộ trưởng Bộ Văn hóa, thể thao và du lịch")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Ông Trần Văn Bốn, Bộ trưởng Bộ Lao động, thương binh và xã hội, phát biểu tại buổi lễ.",
     [("Trần Văn Bốn", "Bộ trưởng Bộ Lao động, thương binh và xã hội")]),
    ("Ông Trần Văn Bốn, Giám đốc Sở Văn hóa, thể thao và du lịch tỉnh Hà Giang cho biết như vậy.",
     [("Trần Văn Bốn", "Giám đốc Sở Văn hóa, thể thao và du lịch tỉnh Hà Giang")]),
    ("Giám đốc Sở Văn hóa, thể thao và du lịch tỉnh Hà Giang Trần Văn Bốn cho biết như vậy.",
     [("Trần Văn Bốn", "Giám đốc Sở Văn hóa, thể thao và du lịch tỉnh Hà Giang")]),
])
def test_the_fields_of_a_department_after_a_name_belong_to_its_title(text, expected):
    assert _officials(text) == expected


def test_a_list_after_a_department_is_still_the_next_person():
    text = "Ông Trần Văn Bốn, Giám đốc Sở Văn hóa, thể thao và du lịch, ông Lê Văn Năm, Chủ tịch UBND huyện."
    assert _officials(text) == [("Trần Văn Bốn", "Giám đốc Sở Văn hóa, thể thao và du lịch"),
                                ("Lê Văn Năm", "Chủ tịch UBND huyện")]


def test_the_side_of_a_meeting_in_brackets_is_not_part_of_the_title():
    text = ("Đến dự có đồng chí Lê Văn Ba, Phó Chủ tịch UBND tỉnh (phía Việt Nam) và đồng chí Xổm Phăn Vi Lay, "
            "Phó Tỉnh trưởng tỉnh Chăm Pa Xắc.")
    assert _officials(text) == [("Lê Văn Ba", "Phó Chủ tịch UBND tỉnh"),
                                ("Xổm Phăn Vi Lay", "Phó Tỉnh trưởng tỉnh Chăm Pa Xắc")]


def test_after_a_rank_a_foreign_name_may_run_to_six_syllables_when_an_office_follows():
    text = "Đoàn do Đại tá Khăm Xỉ Pha Lăn Xay Phon - Chỉ huy trưởng Bộ Chỉ huy quân sự tỉnh Sê Kông dẫn đầu."
    assert _officials(text) == [("Khăm Xỉ Pha Lăn Xay Phon",
                                 "Đại tá - Chỉ huy trưởng Bộ Chỉ huy quân sự tỉnh Sê Kông")]


def test_six_capitalised_words_after_a_rank_without_an_office_are_no_name():
    assert _officials("Đoàn do Đại tá Khăm Xỉ Pha Lăn Xay Phon dẫn đầu.") == []


def test_a_foreign_office_then_a_dash_then_its_holder():
    text = "Huyện trưởng huyện Rômeas Hêk - Chum Sô Phal gửi lời chúc Tết tới nhân dân hai huyện."
    assert _officials(text) == [("Chum Sô Phal", "Huyện trưởng huyện Rômeas Hêk")]


@pytest.mark.parametrize("text", [
    "Bí thư Huyện ủy Nam Giang - Hội Nông dân huyện tổ chức hội nghị.",
    "Tỉnh trưởng tỉnh Kampốt - Hà Tiên ký biên bản hợp tác.",
])
def test_after_a_dash_a_body_or_a_place_is_not_the_holder(text):
    assert _officials(text) == []


def test_a_bureau_covering_a_region_keeps_the_region_in_the_title():
    text = "Ông Lê Văn Ba, Trưởng Văn phòng đại diện Báo Nhân Dân tại khu vực Tây Nguyên, cho biết như vậy."
    assert _officials(text) == [("Lê Văn Ba", "Trưởng Văn phòng đại diện Báo Nhân Dân tại khu vực Tây Nguyên")]


def test_an_association_somewhere_in_a_region_ends_before_it():
    text = "Ông Lê Văn Ba, Phó Chủ tịch Hội Nông dân tại vùng Tây Bắc cho biết như vậy."
    assert _officials(text) == [("Lê Văn Ba", "Phó Chủ tịch Hội Nông dân")]
