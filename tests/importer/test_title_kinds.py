"""Kinds of titles as printed that recur across outlets: offices in lower case, alone or among capitalised ones,
with or without the comma after the name; long chains of offices through a body named as a list; a verb of
speech after the title; offices abbreviated in capitals; the holder named after "là"; names listed before the
title they share; lists of communes, and wards named after people, that are places, not persons.

Every sentence is written for these tests, none is taken from the corpus.
"""

import pytest

from importer.recognition import find_officials


def _officials(text):
    return [(p.name, p.title) for p in find_officials(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Dự có đồng chí Lương Văn Phúc, huyện ủy viên, Bí thư Đảng ủy xã; đồng chí Trịnh Thị Hoa, phó chánh văn phòng "
     "HĐND huyện.",
     [("Lương Văn Phúc", "huyện ủy viên, Bí thư Đảng ủy xã"), ("Trịnh Thị Hoa", "phó chánh văn phòng HĐND huyện")]),
    ("Ông Hoàng Minh Trí, giám đốc Sở giáo dục – Đào tạo tỉnh, phát biểu.",
     [("Hoàng Minh Trí", "giám đốc Sở giáo dục – Đào tạo tỉnh")]),
    ("Đồng chí Mai Xuân Tùng, Ủy viên Ban Thường vụ Tỉnh ủy, trưởng ban tổ chức Tỉnh ủy, dự lễ.",
     [("Mai Xuân Tùng", "Ủy viên Ban Thường vụ Tỉnh ủy, trưởng ban tổ chức Tỉnh ủy")]),
    ("Đồng chí Đàm Văn Hưng, nguyên phó giám đốc Sở Nội vụ, cùng dự.",
     [("Đàm Văn Hưng", "nguyên phó giám đốc Sở Nội vụ")]),
])
def test_offices_printed_in_lower_case_go_on_with_the_others(text, expected):
    assert _officials(text) == expected


def test_an_office_in_lower_case_right_after_the_name_without_a_comma_is_the_title():
    assert _officials("Đồng chí Vũ Văn Kiên trưởng ban dân vận Huyện ủy cùng dự.") == [
        ("Vũ Văn Kiên", "trưởng ban dân vận Huyện ủy")]


def test_after_a_role_in_lower_case_only_another_office_goes_on():
    assert _officials("Ông Lê Văn Năm, phó ban quản trị chùa Mỏ Neo, xã Đa Lộc, huyện Châu Thành.") == [
        ("Lê Văn Năm", "phó ban quản trị chùa Mỏ Neo")]


def test_a_body_named_as_a_list_inside_a_chain_of_offices_is_part_of_the_title():
    text = ("Đồng chí Lý Thanh Bình, Bí thư Đảng đoàn Hội Nông dân, các hội quần chúng tỉnh, Chủ tịch Hội Nông dân "
            "tỉnh phát biểu.")
    assert _officials(text) == [
        ("Lý Thanh Bình", "Bí thư Đảng đoàn Hội Nông dân, các hội quần chúng tỉnh, Chủ tịch Hội Nông dân tỉnh")]
    # Without another office after it, the list is the sentence's next subject.
    assert _officials("Đồng chí Phùng Văn Lộc, Bí thư Huyện ủy, các đồng chí trong Ban Thường vụ dự.") == [
        ("Phùng Văn Lộc", "Bí thư Huyện ủy")]


def test_a_movement_named_with_a_verb_stays_in_the_title():
    text = "Ông Phạm Văn Quý, Trưởng ban Ban Tổ chức Hội thi Thi đua yêu nước huyện Tân Yên lần thứ II phát biểu."
    assert _officials(text) == [
        ("Phạm Văn Quý", "Trưởng ban Ban Tổ chức Hội thi Thi đua yêu nước huyện Tân Yên lần thứ II")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Thượng tá Đào Minh Khôi, Chỉ huy trưởng Đồn Biên phòng Cửa Tùng bộc bạch, công việc nhiều vất vả.",
     [("Đào Minh Khôi", "Thượng tá, Chỉ huy trưởng Đồn Biên phòng Cửa Tùng")]),
    ("Ông Lưu Văn Sang, Phó Chủ tịch UBND tỉnh thay lãnh đạo tỉnh chúc mừng các đơn vị.",
     [("Lưu Văn Sang", "Phó Chủ tịch UBND tỉnh")]),
])
def test_what_someone_says_or_does_after_the_title_is_not_part_of_it(text, expected):
    assert _officials(text) == expected


def test_an_event_after_a_name_and_a_comma_opens_the_next_clause():
    assert _officials("Theo đồng chí Lâm Văn Đức, Hội nghị lần này diễn ra trong hai ngày.") == [("Lâm Văn Đức", "")]


def test_offices_abbreviated_in_capitals_before_the_name():
    text = "Dự buổi làm việc có PBT Thường trực Huyện ủy Tạ Quang Vinh và PGĐ Sở Y tế Hà Thị Mơ."
    assert _officials(text) == [("Tạ Quang Vinh", "PBT Thường trực Huyện ủy"), ("Hà Thị Mơ", "PGĐ Sở Y tế")]


def test_the_holder_named_after_la_takes_the_office_unless_a_title_of_their_own_follows():
    text = "Người được tín nhiệm bầu làm Chủ tịch Hội Cựu chiến binh nhiệm kỳ 2022-2027 là ông Đặng Văn Lợi."
    assert _officials(text) == [("Đặng Văn Lợi", "Chủ tịch Hội Cựu chiến binh nhiệm kỳ 2022-2027")]
    assert _officials("Trưởng đoàn là bà Nguyễn Thị Lan – Phó Chủ tịch HĐND tỉnh.") == [
        ("Nguyễn Thị Lan", "Phó Chủ tịch HĐND tỉnh")]


def test_names_listed_before_a_title_printed_without_a_comma_share_it():
    shared = "Các đồng chí Trần Văn Nam, Lê Thị Hạnh nguyên Phó Chủ tịch UBND tỉnh cùng dự."
    assert _officials(shared) == [("Trần Văn Nam", "nguyên Phó Chủ tịch UBND tỉnh"),
                                  ("Lê Thị Hạnh", "nguyên Phó Chủ tịch UBND tỉnh")]
    # After a comma the title may be the last one's only: nothing is guessed.
    own = "Các đồng chí Trần Văn Nam, Lê Thị Hạnh, Phó Chủ tịch UBND tỉnh cùng dự."
    assert _officials(own) == [("Trần Văn Nam", ""), ("Lê Thị Hạnh", "Phó Chủ tịch UBND tỉnh")]


def test_a_list_of_communes_is_not_a_person_with_titles():
    text = ("Năm nay có thêm các xã đạt chuẩn gồm: Đồng Tâm, Hòa Phú, Yên Lạc (huyện Mỹ Đức); Phú Lộc, Tân Mỹ "
            "(huyện Văn Lâm).")
    assert _officials(text) == []


def test_a_name_listed_after_a_commune_is_another_commune():
    assert _officials("Đồng chí Ngô Văn Lực, Bí thư Đảng ủy xã Hà Tiến, Đoàn Kết, cho biết.") == [
        ("Ngô Văn Lực", "Bí thư Đảng ủy xã Hà Tiến")]
    # ...unless a title of its own follows: then it is the next person.
    text = "Đồng chí Ngô Văn Lực, Bí thư Đảng ủy xã Hà Tiến, Nguyễn Văn Đông, Chủ tịch UBND xã cùng dự."
    assert _officials(text) == [("Ngô Văn Lực", "Bí thư Đảng ủy xã Hà Tiến"), ("Nguyễn Văn Đông", "Chủ tịch UBND xã")]


def test_a_ward_named_after_someone_ends_the_title_and_is_no_person():
    text = "Đồng chí Đinh Văn Khoa, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Đảng ủy phường Trần Phú, phát biểu."
    assert _officials(text) == [("Đinh Văn Khoa", "Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Đảng ủy phường Trần Phú")]
