"""Shapes of officials' names and titles: a commune civil servant's post named for its field ("cán bộ tư pháp xã A"),
the place ending it left out as after any title; a verb capitalised after a dash, an adverb or "dâng" after a
title, which end it; a title printed for a group ("những phó chủ tịch…, Thượng tọa A - …"), which is not the next
guest's; an official who congratulates without a title printed.

Every sentence is written for these tests, none is taken from the corpus.
"""

import pytest

from importer.recognition import find_officials


def _officials(text):
    return [(p.name, p.title) for p in find_officials(text)]


def test_a_communes_post_named_for_its_field_is_a_title():
    text = ("Chỉ cần mở máy tính, anh Đinh Văn Tới, cán bộ tư pháp xã Phú Lộc, huyện Sông Mây ngồi ở trụ sở vẫn trả "
            "lời được câu hỏi của bà con.")
    assert _officials(text) == [("Đinh Văn Tới", "cán bộ tư pháp xã Phú Lộc")]


def test_the_field_of_culture_and_information_goes_on_in_the_post():
    text = "Anh Đinh Văn Tới, cán bộ văn hóa thông tin xã Phú Lộc, cho biết loa được phát hai buổi mỗi ngày."
    assert _officials(text) == [("Đinh Văn Tới", "cán bộ văn hóa thông tin xã Phú Lộc")]


def test_a_cadre_without_a_field_is_no_title():
    assert _officials("Anh Đinh Văn Tới, cán bộ vừa về nhận công tác, cho biết sẽ cố gắng hết sức.") == []


def test_places_after_a_pagoda_still_say_where_the_person_is_not_what_he_is():
    text = ("Ông Thạch Sung, phó ban quản trị chùa Cà Lăng, xã Tân Hưng, huyện Sông Mây, cho biết nhà chùa đã chuẩn bị "
            "chu đáo.")
    assert _officials(text) == [("Thạch Sung", "phó ban quản trị chùa Cà Lăng")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Ông Trần Văn Hai – Chủ tịch HĐND xã – Chủ trì cuộc họp, đề nghị các ngành chuẩn bị chu đáo nội dung kỳ họp.",
     [("Trần Văn Hai", "Chủ tịch HĐND xã")]),
    ("Ông Lê Văn Ba – Phó Chủ tịch HĐND xã lần lượt trình bày dự kiến nội dung, chương trình kỳ họp.",
     [("Lê Văn Ba", "Phó Chủ tịch HĐND xã")]),
    ("Đại tá Lê Văn Ba, Phó Giám đốc Công an tỉnh dâng nén tâm hương tưởng nhớ các liệt sĩ.",
     [("Lê Văn Ba", "Đại tá, Phó Giám đốc Công an tỉnh")]),
])
def test_the_sentence_going_on_after_a_title_ends_it(text, expected):
    assert _officials(text) == expected


def test_a_capitalised_noun_of_one_who_reports_is_one_more_title_not_a_verb():
    text = "Đồng chí Lê Văn Ba, nguyên Phó Giám đốc Sở Tư pháp, Báo cáo viên Trung ương, trình bày chuyên đề."
    assert _officials(text) == [("Lê Văn Ba", "nguyên Phó Giám đốc Sở Tư pháp, Báo cáo viên Trung ương")]


def test_a_title_printed_for_a_group_is_not_the_next_guests():
    text = ("Cùng đi có những phó chủ tịch Ủy ban MTTQ tỉnh, Thượng tọa Thích Minh Đạo - Phó ban Trị sự Giáo hội Phật "
            "giáo Việt Nam tỉnh cùng đại diện các sở, ngành.")
    assert _officials(text) == [("Thích Minh Đạo", "Thượng tọa - Phó ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh")]


def test_a_group_title_right_before_the_names_is_theirs():
    text = "Dự hội nghị có các Phó Chủ tịch UBND tỉnh Lê Văn Ba, Trần Thị Tư và lãnh đạo các sở, ngành."
    assert _officials(text)[0] == ("Lê Văn Ba", "Phó Chủ tịch UBND tỉnh")


def test_one_who_congratulates_is_an_official_though_no_title_is_printed():
    assert _officials("Ông Võ Văn Ba chúc mừng các nhà sư chùa Cà Lăng nhân dịp Tết cổ truyền.") == [("Võ Văn Ba", "")]
    assert _officials("Ông Võ Văn Ba cho biết gia đình đã chuẩn bị xong.") == []
