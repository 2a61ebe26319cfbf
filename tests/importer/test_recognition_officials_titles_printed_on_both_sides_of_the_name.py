"""Titles printed partly before the name and partly after it: a profession or a degree before the name and the office
after a dash ("Nhà báo A - Phó Giám đốc Đài B"), and offices with a rank before the name and the person's role in the
delegation after it ("…, đại tá A, Phó trưởng đoàn công tác;"). The title as printed is both parts, joined as they
read around the name, and it ends where the list goes on to the next person or the sentence to its verb.

Every sentence is written for these tests, none is taken from the corpus.
"""

import pytest

from importer.recognition import find_officials


def _officials(text):
    return [(p.name, p.title) for p in find_officials(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Nhà báo Trần Văn Bình - Phó Giám đốc Đài PT-TH Hà Nam tặng hoa chúc mừng các đội.",
     [("Trần Văn Bình", "Nhà báo - Phó Giám đốc Đài PT-TH Hà Nam")]),
    ("Nhà giáo Trần Văn Bình – Hiệu trưởng Trường THPT Kim Sơn phát biểu tại buổi lễ.",
     [("Trần Văn Bình", "Nhà giáo – Hiệu trưởng Trường THPT Kim Sơn")]),
    ("Tiến sĩ Lê Thị Hoa, Trưởng khoa Lý luận Trường Chính trị tỉnh trình bày chuyên đề.",
     [("Lê Thị Hoa", "Tiến sĩ, Trưởng khoa Lý luận Trường Chính trị tỉnh")]),
])
def test_a_profession_before_the_name_opens_the_title_the_office_after_it_goes_on(text, expected):
    assert _officials(text) == expected


def test_a_delegation_role_after_a_name_printed_with_its_offices_first_is_part_of_the_title():
    text = ("Đi cùng đoàn có Tỉnh ủy viên, Giám đốc Công an tỉnh, đại tá Lê Văn Hùng, Phó trưởng đoàn công tác; Ủy viên "
            "Ban Thường vụ Tỉnh ủy, Trưởng ban Tổ chức Tỉnh ủy Trần Văn Nam; cùng lãnh đạo các sở, ngành.")
    assert _officials(text) == [
        ("Lê Văn Hùng", "Tỉnh ủy viên, Giám đốc Công an tỉnh, đại tá, Phó trưởng đoàn công tác"),
        ("Trần Văn Nam", "Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng ban Tổ chức Tỉnh ủy"),
    ]


def test_a_dash_after_a_capitalised_rank_joins_the_role_as_printed():
    text = "Tham gia đoàn có Giám đốc Công an tỉnh, Đại tá Lê Văn Hùng - Phó trưởng đoàn; cùng lãnh đạo các sở."
    assert _officials(text) == [("Lê Văn Hùng", "Giám đốc Công an tỉnh, Đại tá - Phó trưởng đoàn")]


def test_the_role_after_the_name_ends_at_the_sentences_verb():
    text = "Bác sĩ Lê Thị Hoa – Giám đốc Trung tâm Y tế huyện kiểm tra công tác tiêm chủng tại xã."
    assert _officials(text) == [("Lê Thị Hoa", "Bác sĩ – Giám đốc Trung tâm Y tế huyện")]
