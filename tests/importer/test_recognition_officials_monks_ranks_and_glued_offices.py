"""Shapes of officials' names and titles: a monk's rank printed in lower case before his name (the eldest monks'
"trưởng lão hòa thượng" too), an office in brackets after a ranked name, an abbreviated office glued to a name with
more offices after it, a long foreign name after a semicolon in a list,
the family name "Sử".

Every sentence is written for these tests, none is taken from the corpus.
"""

import pytest

from importer.recognition import find_officials


def _officials(text):
    return [(p.name, p.title) for p in find_officials(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Đoàn đã đến chúc mừng hòa thượng Thạch Sơn, Phó Trưởng ban Trị sự tỉnh, cùng chư tăng nhà chùa.",
     [("Thạch Sơn", "hòa thượng, Phó Trưởng ban Trị sự tỉnh")]),
    ("Đoàn đến thăm trưởng lão hòa thượng Danh Lâm, Chứng minh Ban Trị sự tỉnh, và các vị sư sãi.",
     [("Danh Lâm", "trưởng lão hòa thượng, Chứng minh Ban Trị sự tỉnh")]),
])
def test_a_monks_rank_in_lower_case_before_his_name_is_his_title(text, expected):
    assert _officials(text) == expected


def test_an_office_in_brackets_after_a_ranked_monk_adds_to_his_rank():
    text = ("Ông mong thượng tọa Chau Hên (trụ trì chùa Kom Pong), đại đức Danh Út (trụ trì chùa Sóc Xoài) tiếp tục "
            "vận động bà con.")
    assert _officials(text) == [("Chau Hên", "thượng tọa (trụ trì chùa Kom Pong)"),
                                ("Danh Út", "đại đức (trụ trì chùa Sóc Xoài)")]


def test_an_office_in_lower_case_in_brackets_after_a_name_is_the_title():
    assert _officials("Ông Lâm Văn Tám (trụ trì chùa Phước Hậu) đón đoàn.") == [("Lâm Văn Tám", "trụ trì chùa Phước Hậu")]


def test_a_monks_rank_printed_alone_names_nobody():
    assert _officials("Ông chúc hòa thượng, thượng tọa và bà con phật tử đón Tết an lành.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Đồng chí Trần Văn Hai UVBTV, trưởng Ban dân vận huyện ủy, dự hội nghị.",
     [("Trần Văn Hai", "UVBTV, trưởng Ban dân vận huyện ủy")]),
    ("Đồng chí Trần Văn Hai UVBTV – trưởng Ban dân vận huyện ủy đã quán triệt nghị quyết.",
     [("Trần Văn Hai", "UVBTV – trưởng Ban dân vận huyện ủy")]),
    ("Đồng chí Trần Văn Hai Phó Chủ tịch UBND huyện, Trưởng ban Chỉ đạo, phát biểu.",
     [("Trần Văn Hai", "Phó Chủ tịch UBND huyện, Trưởng ban Chỉ đạo")]),
])
def test_offices_after_one_glued_to_the_name_go_on_as_after_a_comma(text, expected):
    assert _officials(text) == expected


def test_an_office_glued_to_the_name_still_stops_at_the_verb():
    assert _officials("Đồng chí Trần Văn Hai Bí thư Huyện ủy chủ trì hội nghị.") == [("Trần Văn Hai", "Bí thư Huyện ủy")]


def test_a_long_foreign_name_after_a_semicolon_is_the_next_person():
    text = ("Tiếp đoàn có các đồng chí: Khăm Phon Xay Nha Vông - Bí thư, Tỉnh trưởng tỉnh Phông Sa Lỳ; Bun Mi Xay Phon "
            "Kẹo - Phó Tỉnh trưởng cùng lãnh đạo các sở.")
    assert _officials(text) == [("Khăm Phon Xay Nha Vông", "Bí thư, Tỉnh trưởng tỉnh Phông Sa Lỳ"),
                                ("Bun Mi Xay Phon Kẹo", "Phó Tỉnh trưởng")]


def test_su_is_a_family_name():
    assert _officials("Bí thư Huyện ủy Sử Văn Thành dự lễ khai mạc.") == [("Sử Văn Thành", "Bí thư Huyện ủy")]


def test_a_border_gates_name_after_a_title_is_no_person():
    text = ("Thiếu tá Lý Văn Tư - Đồn phó Đồn Biên phòng cửa khẩu quốc tế Hoàng Sơn (Đồn Biên phòng Hoàng Sơn) dẫn "
            "chúng tôi đi tuần tra.")
    assert [name for name, _title in _officials(text)] == ["Lý Văn Tư"]


def test_a_person_named_after_a_border_gate_is_still_read():
    text = "Đồn trưởng Đồn Biên phòng cửa khẩu Na Mèo Nguyễn Văn Tư cho biết như vậy."
    assert _officials(text) == [("Nguyễn Văn Tư", "Đồn trưởng Đồn Biên phòng cửa khẩu Na Mèo")]


@pytest.mark.parametrize(("text", "title"), [
    ("Thượng úy Hà Văn Tư –Đội trưởng Đội vũ trang dẫn đường.", "Thượng úy –Đội trưởng Đội vũ trang"),
    ("Thượng úy Hà Văn Tư- Đội trưởng Đội vũ trang dẫn đường.", "Thượng úy - Đội trưởng Đội vũ trang"),
])
def test_a_dash_between_a_rank_and_an_office_keeps_its_side_of_the_office_as_printed(text, title):
    assert _officials(text) == [("Hà Văn Tư", title)]
