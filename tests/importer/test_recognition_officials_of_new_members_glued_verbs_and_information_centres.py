"""Shapes of officials' names and titles: a new member admitted to the Party ("công nhận đảng viên chính thức cho
đồng chí A"), who holds no office; a list after "gồm:" opening with a capitalised "Ông", which introduces the name
rather than starting it; a verb glued to the place that ends a title by a lost space ("tỉnh Bắc Giangcho biết");
the information centre of a Party board, whose "thông tin" names the body rather than ending the title.

Every sentence is written for these tests, none is taken from the corpus.
"""

from importer.recognition import find_officials


def _officials(text):
    return [(p.name, p.title) for p in find_officials(text)]


def test_a_member_confirmed_in_the_party_is_no_official():
    text = ("Sáng 5/3, Chi bộ Tòa án nhân dân huyện Sông Mây tổ chức lễ kết nạp đảng viên cho quần chúng Lò Văn Hải, "
            "kết hợp công bố quyết định công nhận đảng viên chính thức cho đồng chí Trần Thị Mơ.")
    assert _officials(text) == []


def test_a_member_admitted_to_the_party_is_no_official_but_the_officer_handing_the_decision_is():
    text = ("Đồng chí Phạm Văn Lực, Bí thư Chi bộ, trao Quyết định kết nạp Đảng cho đồng chí Hà Thị Nguyệt.")
    assert _officials(text) == [("Phạm Văn Lực", "Bí thư Chi bộ")]


def test_a_party_badge_still_marks_a_member_honoured():
    text = "Ông Đỗ Văn Hùng trao Huy hiệu 50 năm tuổi Đảng cho đồng chí Lê Văn Tám."
    assert _officials(text) == []


def test_a_capitalised_mister_after_the_colon_of_a_list_introduces_the_name():
    text = ("Chủ trì buổi gặp mặt gồm: Ông Phạm Văn Hòa – Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Sông Mây; ông Lê Văn "
            "Toàn - Ủy viên Ban thường vụ, Trưởng ban Tổ chức Tỉnh ủy.")
    assert _officials(text) == [
        ("Phạm Văn Hòa", "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Sông Mây"),
        ("Lê Văn Toàn", "Ủy viên Ban thường vụ, Trưởng ban Tổ chức Tỉnh ủy"),
    ]


def test_a_list_after_the_colon_without_an_introduction_still_names_people():
    text = "Các Phó Bí thư được chỉ định gồm: Hồ Văn Nam (Chủ tịch UBND tỉnh), Lê Thị Hoa, Đỗ Văn Bình."
    assert ("Hồ Văn Nam", "Chủ tịch UBND tỉnh") in _officials(text)


def test_a_verb_glued_to_the_province_ending_a_title_is_split_off():
    text = ("Ông Hoàng Văn Hải, Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh Bắc Giangcho biết: mọi khoản ủng hộ sẽ "
            "được chuyển ngay tới người dân.")
    assert _officials(text) == [("Hoàng Văn Hải", "Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh Bắc Giang")]


def test_a_glued_verb_after_a_province_that_opens_with_a_family_name_is_no_person():
    text = ("Bà Đỗ Thị Lan, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh Thái Nguyênphát biểu tại buổi lễ. "
            "Theo Chủ tịch Hội Liên hiệp Phụ nữ tỉnh Thái Nguyên, hội sẽ tiếp tục vận động.")
    assert _officials(text) == [("Đỗ Thị Lan", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh Thái Nguyên")]


def test_a_foreign_name_is_not_split_where_it_is_no_vietnamese_syllable():
    text = "Ông Sổm Phết Khamphanh, Tỉnh trưởng tỉnh Luông Nậm Thà phát biểu."
    assert [name for name, _title in _officials(text)] == ["Sổm Phết Khamphanh"]


def test_the_information_centre_of_a_party_board_is_part_of_the_title():
    text = ("Hội nghị do đồng chí Trần Văn Khải, Giám đốc Trung tâm thông tin công tác Tuyên giáo, Ban Tuyên giáo Trung "
            "ương chủ trì.")
    assert _officials(text) == [
        ("Trần Văn Khải", "Giám đốc Trung tâm thông tin công tác Tuyên giáo, Ban Tuyên giáo Trung ương")]


def test_giving_information_after_the_centre_still_ends_the_title():
    text = "Ông Lê Minh Đức, Giám đốc Trung tâm thông tin cho biết số liệu đã được cập nhật."
    assert _officials(text) == [("Lê Minh Đức", "Giám đốc Trung tâm thông tin")]
