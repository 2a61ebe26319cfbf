"""Shapes of officials' names and titles: the verb of an election ("trúng cử", "đắc cử"), which never runs on inside
the title printed before it; a new holder called "tân …" after the name; a seat in a council printed in lower case
among the offices; a province abroad that ends a title before "và"; a byline's author, who is no official; a person
introduced anew with a capitalised "Ông" inside a list; a K'Ho name opening with "K'".

Every sentence is written for these tests, none is taken from the corpus.
"""

from importer.recognition import find_officials


def _officials(text):
    return [(p.name, p.title) for p in find_officials(text)]


def test_the_verb_of_an_election_ends_the_title_before_it():
    text = "Ông Nông Văn Cường, Phó Bí thư Thường trực Huyện ủy trúng cử chức Chủ tịch HĐND huyện."
    assert _officials(text) == [("Nông Văn Cường", "Phó Bí thư Thường trực Huyện ủy")]


def test_a_new_holder_is_called_so_after_the_name_too():
    text = "Ông Bùi Quang Hưng, tân Chủ tịch UBND huyện Sông Mây nhiệm kỳ 2021-2026, phát biểu nhận nhiệm vụ."
    assert _officials(text) == [("Bùi Quang Hưng", "tân Chủ tịch UBND huyện Sông Mây nhiệm kỳ 2021-2026")]


def test_a_seat_in_a_council_printed_in_lower_case_is_one_more_office():
    text = ("Người được bầu là ông Phan Văn Lộc, Ủy viên Ban Thường vụ Huyện ủy, Bí thư Đảng ủy xã Tân Lập, đại biểu "
            "Hội đồng nhân dân huyện.")
    assert _officials(text) == [
        ("Phan Văn Lộc", "Ủy viên Ban Thường vụ Huyện ủy, Bí thư Đảng ủy xã Tân Lập, đại biểu Hội đồng nhân dân huyện")]


def test_a_province_abroad_ends_the_title_before_and():
    text = ("Đón đoàn có đồng chí Xổm Phết Khăm Xay - Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Xiêng Khoảng và Ban Thường vụ "
            "Tỉnh ủy.")
    assert _officials(text) == [("Xổm Phết Khăm Xay", "Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Xiêng Khoảng")]


def test_a_ministry_named_with_and_still_goes_on():
    text = "Ông Lê Văn Tâm, Phó Giám đốc Sở Giáo dục và Đào tạo tỉnh, phát biểu."
    assert _officials(text) == [("Lê Văn Tâm", "Phó Giám đốc Sở Giáo dục và Đào tạo tỉnh")]


def test_the_author_of_a_byline_is_no_official():
    text = "Hội nghị kết thúc trong ngày.\n\nTin, ảnh: Lương Văn Hậu – PCT Hội Nông dân huyện"
    assert _officials(text) == []


def test_a_capitalised_mister_after_a_semicolon_introduces_the_next_name():
    text = ("Đi cùng có ông Trịnh Văn Nam, Trưởng phòng Dân tộc; Ông Hồ Văn Tài, Chuyên viên Ban Dân tộc tỉnh.")
    assert _officials(text) == [
        ("Trịnh Văn Nam", "Trưởng phòng Dân tộc"),
        ("Hồ Văn Tài", "Chuyên viên Ban Dân tộc tỉnh"),
    ]


def test_a_k_ho_name_opening_with_k_and_an_apostrophe_is_a_name():
    text = "Ông K’Brăng, Phó Chủ tịch UBND huyện, tặng quà các hộ nghèo."
    assert _officials(text) == [("K’Brăng", "Phó Chủ tịch UBND huyện")]
