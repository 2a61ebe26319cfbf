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


# --- Round two: places around a title printed first, foreign guests, bodies with lower-case words in their names,
# and what follows a name that is not a title.


def test_a_given_name_that_is_also_a_district_stays_a_person_after_tinh():
    assert _officials("Phó Chủ tịch UBND tỉnh Nguyễn Thanh Hà chủ trì hội nghị.") == [
        ("Nguyễn Thanh Hà", "Phó Chủ tịch UBND tỉnh")]
    # "Tỉnh Đoàn" is still a body of the province, not a person named Đoàn.
    assert _officials("Chị Lò Thị Mai, Bí thư Tỉnh Đoàn Lai Châu, phát biểu.") == [
        ("Lò Thị Mai", "Bí thư Tỉnh Đoàn Lai Châu")]


def test_the_province_after_a_comma_in_a_title_printed_first_belongs_to_it():
    assert _officials("Chủ tịch UBND xã Tân Lập, tỉnh Bắc Giang Hoàng Văn Dũng phát biểu.") == [
        ("Hoàng Văn Dũng", "Chủ tịch UBND xã Tân Lập, tỉnh Bắc Giang")]


def test_after_a_districts_whole_name_the_name_needs_no_known_family_name():
    assert _officials("Bí thư Huyện ủy Nam Giang Zơ Râm Thuận thăm hỏi bà con.") == [
        ("Zơ Râm Thuận", "Bí thư Huyện ủy Nam Giang")]


def test_a_foreign_dignitary_introduced_as_ngai():
    assert _officials("Dẫn đầu đoàn là ngài Sok Vanna, Tỉnh trưởng tỉnh Kampot.") == [
        ("Sok Vanna", "Tỉnh trưởng tỉnh Kampot")]
    # Without a title, as after "ông", nothing says he is an official.
    assert _officials("Ngài Sok Vanna cảm ơn tỉnh bạn.") == []


def test_a_body_named_for_a_cause_goes_on_after_vi_su():
    text = "Bà Trần Thị Mai, Giám đốc Trung tâm Vì sự phát triển cộng đồng vùng đồng bằng Bắc Bộ, phát biểu."
    assert _officials(text) == [
        ("Trần Thị Mai", "Giám đốc Trung tâm Vì sự phát triển cộng đồng vùng đồng bằng Bắc Bộ")]
    # "quân sự" is no "sự" of a cause: the verb after it ends the title.
    assert _officials("Ông Lê Văn Hải, Chỉ huy trưởng Bộ Chỉ huy quân sự trao quà cho chiến sĩ.") == [
        ("Lê Văn Hải", "Chỉ huy trưởng Bộ Chỉ huy quân sự")]


def test_a_bodys_abbreviation_in_brackets_inside_a_title():
    assert _officials("Đại tá Phạm Văn Lợi, Chỉ huy trưởng Bộ Chỉ huy quân sự (CHQS) Bến Tre, phát biểu.") == [
        ("Phạm Văn Lợi", "Đại tá, Chỉ huy trưởng Bộ Chỉ huy quân sự (CHQS) Bến Tre")]


def test_a_decision_or_an_award_handed_to_someone_is_not_part_of_the_name():
    assert _officials("Đồng chí Lê Văn Bình trao cho đồng chí Trần Thị Hoa Quyết định điều động.") == [
        ("Lê Văn Bình", ""), ("Trần Thị Hoa", "")]
    assert _officials("Đồng chí Trần Văn Bằng khen ngợi các em.") == [("Trần Văn Bằng", "")]


def test_a_body_alone_after_a_name_is_no_title():
    assert _officials("Ông Lê Văn Tám - Hội Cựu chiến binh xã An Phú ủng hộ 2 triệu đồng.") == []
    assert _officials("Ông Lê Văn Tám, Chủ tịch Hội Cựu chiến binh xã An Phú, ủng hộ 2 triệu đồng.") == [
        ("Lê Văn Tám", "Chủ tịch Hội Cựu chiến binh xã An Phú")]


def test_a_foreign_unit_in_lower_case_is_a_place_not_a_name():
    assert _officials("Đoàn hội đàm với Bí thư Châu ủy châu Hà Khẩu và lãnh đạo tỉnh bạn.") == []


def test_the_rest_of_a_bodys_name_in_lower_case_after_its_comma():
    text = "Có các đồng chí: Lê Thanh Sơn, Phó Trưởng ban Kinh tế, đối ngoại Trung ương; Vũ Thị Hà, Bí thư Tỉnh ủy."
    assert _officials(text) == [("Lê Thanh Sơn", "Phó Trưởng ban Kinh tế, đối ngoại Trung ương"),
                                ("Vũ Thị Hà", "Bí thư Tỉnh ủy")]
    # Words in lower case that do not end with the body's level are the sentence's next clause.
    assert _officials("Ông Lê Văn Tâm, Chủ tịch UBND xã, nhiều năm gắn bó Hà Nội.") == [
        ("Lê Văn Tâm", "Chủ tịch UBND xã")]


def test_an_association_with_its_branch_in_a_city():
    assert _officials("Ông Phạm Văn Hùng, Chủ tịch Hội đồng hương Nghệ An tại Đà Nẵng, phát biểu.") == [
        ("Phạm Văn Hùng", "Chủ tịch Hội đồng hương Nghệ An tại Đà Nẵng")]


def test_a_terms_roman_numeral_ends_the_sentence_before_a_capital():
    text = "Chủ trì có đồng chí Lý Văn Kha, Bí thư Huyện ủy khóa IX. Hội nghị cũng bầu Ban Kiểm tra."
    assert _officials(text) == [("Lý Văn Kha", "Bí thư Huyện ủy khóa IX")]
    assert _officials("Đồng chí Lý Văn Kha, Phó Bí thư Đảng ủy lần thứ XII. Sau đó đoàn về xã.") == [
        ("Lý Văn Kha", "Phó Bí thư Đảng ủy lần thứ XII")]
    # An abbreviation before a place's name still goes on.
    assert _officials("Ông Lý Văn Kha, Chủ tịch UBND TP. Cần Thơ dự.") == [("Lý Văn Kha", "Chủ tịch UBND TP. Cần Thơ")]


@pytest.mark.parametrize("text", [
    "Đồng chí Đào Minh Khôi – Bí thư Đảng ủy gắn huy hiệu 40 năm tuổi Đảng cho các đảng viên.",
    "Đồng chí Đào Minh Khôi, Bí thư Đảng ủy gắn quân hàm cho chiến sĩ mới.",
])
def test_an_act_after_the_title_ends_it(text):
    assert _officials(text) == [("Đào Minh Khôi", "Bí thư Đảng ủy")]


@pytest.mark.parametrize("text", [
    "Đoàn dâng hương tại Nhà lưu niệm Anh hùng liệt sĩ Phạm Văn Tường rồi thăm các gia đình.",
    "Đoàn dâng hương tại Khu tưởng niệm Đại tướng Hoàng Minh Đạo ở xã Yên Lộc.",
    "Chiến sĩ trẻ dọn vệ sinh Tượng đài Anh hùng Trần Thị Lụa.",
    "Lễ giỗ Anh hùng liệt sĩ Đinh Văn Cầu được tổ chức trang trọng.",
])
def test_a_namesake_of_a_memorial_or_a_martyr_is_not_an_official(text):
    assert _officials(text) == []


def test_a_living_hero_is_still_named_with_the_honour():
    assert _officials("Đoàn thăm Anh hùng Lao động Mai Văn Tín, nguyên Giám đốc Nông trường Sông Hậu.") == [
        ("Mai Văn Tín", "Anh hùng Lao động, nguyên Giám đốc Nông trường Sông Hậu")]


def test_a_member_handed_a_party_badge_is_not_an_official():
    text = "Đồng chí Đào Minh Khôi trao Huy hiệu 50 năm tuổi Đảng cho đồng chí Lò Văn Sinh và chúc sức khỏe."
    assert _officials(text) == [("Đào Minh Khôi", "")]
    # A decision handed to someone names him for an office.
    assert _officials("Đồng chí Đào Minh Khôi trao quyết định cho đồng chí Lò Văn Sinh.") == [
        ("Đào Minh Khôi", ""), ("Lò Văn Sinh", "")]


def test_a_name_whose_last_syllable_lost_its_capital_is_read_whole():
    text = ("Hội nghị do đồng chí Trần Thu hằng, Phó Chủ tịch UBND tỉnh chủ trì.\n\n"
            "Đồng chí Trần Thu Hằng phát biểu.")
    assert _officials(text) == [("Trần Thu Hằng", "Phó Chủ tịch UBND tỉnh"), ("Trần Thu Hằng", "")]


def test_a_council_chairing_is_not_co_chairing():
    assert _officials("Đồng chí Lê Quốc Bảo, Chủ tịch Hội đồng chủ trì hội nghị.") == [
        ("Lê Quốc Bảo", "Chủ tịch Hội đồng")]


def test_a_body_named_for_development_goes_on_after_phat_trien():
    text = "Ngài Sok Chanthy, Phó Chủ tịch Mặt trận đoàn kết phát triển Tổ quốc Campuchia tỉnh Takeo, phát biểu."
    assert _officials(text) == [
        ("Sok Chanthy", "Phó Chủ tịch Mặt trận đoàn kết phát triển Tổ quốc Campuchia tỉnh Takeo")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Đồng chí Hà Văn Lực, Bí thư Chi bộ ấp Tân Lợi B. Ông cho biết chi bộ có 25 đảng viên.",
     [("Hà Văn Lực", "Bí thư Chi bộ ấp Tân Lợi B")]),
    ("Đồng chí Hà Văn Lực, Bí thư Chi bộ ấp Tân Lợi B. Hội nghị thống nhất kế hoạch.",
     [("Hà Văn Lực", "Bí thư Chi bộ ấp Tân Lợi B")]),
    ("Ông Hà Văn Lực, Phó Chủ tịch UBND TP. Hội An, dự.", [("Hà Văn Lực", "Phó Chủ tịch UBND TP. Hội An")]),
])
def test_a_dot_after_a_places_letter_or_before_a_new_clause_ends_the_sentence(text, expected):
    assert _officials(text) == expected


@pytest.mark.parametrize("text", [
    "Ông Hà Văn Lực, Bí thư Huyện ủy ôn lại truyền thống của đơn vị.",
    "Ông Hà Văn Lực, Bí thư Huyện ủy đặt vòng hoa tại đài tưởng niệm.",
])
def test_more_acts_after_the_title_end_it(text):
    assert _officials(text) == [("Hà Văn Lực", "Bí thư Huyện ủy")]
