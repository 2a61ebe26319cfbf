"""Officials and their titles as printed: foreign dignitaries and envoys, a foreign province named at length, the
Secretariat, posts assigned ("được giao giữ chức"), a commune's parent unit. Every sentence is made up in the shapes the reports use."""

from importer.recognition.officials import find_officials

PLACES = frozenset({"tay ninh", "thanh hoa", "thai binh", "ha tinh"})


def found(text):
    return [(person.name, person.title) for person in find_officials(text, places=PLACES)]


def test_the_party_secretariat_acted_for_is_no_secretary_title_of_the_leader_named_after_it():
    text = ("Thay mặt Bộ Chính trị và Ban Bí thư, Ủy viên Bộ Chính trị, Trưởng Ban Dân vận Trung ương Lê Văn Bình "
            "dự và phát biểu chỉ đạo đại hội.")
    assert found(text) == [("Lê Văn Bình", "Ủy viên Bộ Chính trị, Trưởng Ban Dân vận Trung ương")]


def test_samdech_introduces_a_cambodian_leader_as_ngai_does():
    text = ("Dự lễ có ngài Sok Chan, Tỉnh trưởng tỉnh Takeo, cùng Samdech Heng Sam Rin, Phó Chủ tịch Thượng viện "
            "Vương quốc Campuchia.")
    assert ("Heng Sam Rin", "Phó Chủ tịch Thượng viện Vương quốc Campuchia") in found(text)


def test_a_minister_counsellor_is_titled_with_the_embassy_where_posted():
    text = ("Phó Chủ tịch UBND tỉnh Trần Văn Hòa tiếp ngài Công sứ Đại sứ quán Nhật Bản tại Việt Nam Kenji Tanaka "
            "tại trụ sở UBND tỉnh.")
    assert ("Kenji Tanaka", "Công sứ Đại sứ quán Nhật Bản tại Việt Nam") in found(text)


def test_a_foreign_province_printed_alone_elsewhere_ends_before_a_long_lao_name():
    text = ("Đoàn đại biểu tỉnh Xay Nha đến thăm.\n\nPhó Bí thư Tỉnh ủy tỉnh Xay Nha Bun Mi Phăn Xổm Vông Si "
            "vui mừng trước các thành quả của tỉnh bạn.")
    assert found(text) == [("Bun Mi Phăn Xổm Vông Si", "Phó Bí thư Tỉnh ủy tỉnh Xay Nha")]


def test_the_district_after_a_communes_office_in_apposition_is_still_left_out():
    text = "Chị Lê Thị Hoa, Phó Chủ tịch UBND xã Đông Lâm, huyện Tiền Hải, cho biết."
    assert found(text) == [("Lê Thị Hoa", "Phó Chủ tịch UBND xã Đông Lâm")]


def test_a_pagodas_village_is_still_left_out_of_the_abbots_title():
    text = "Đại đức Thạch Sa Mây, trụ trì chùa Pô Thi, xã Long Hòa, huyện Châu Thành, chúc Tết đoàn."
    assert all(", xã" not in title for _name, title in found(text))


def test_the_office_a_person_is_assigned_to_is_his_title():
    text = "Ông Trần Văn Lực được giao giữ chức Phó Bí thư Thường trực Đảng ủy phường."
    assert found(text) == [("Trần Văn Lực", "Phó Bí thư Thường trực Đảng ủy phường")]


def test_an_assigned_wards_office_keeps_its_province():
    text = "Ông Võ Văn Tú được giao cương vị Bí thư Đảng bộ phường Bình Minh, tỉnh Tây Ninh trong nhiệm kỳ mới."
    assert found(text) == [("Võ Văn Tú", "Bí thư Đảng bộ phường Bình Minh, tỉnh Tây Ninh")]


def test_a_person_appointed_with_lam_still_has_no_title_read_into_it():
    text = "Đại hội công bố quyết định chỉ định ông Phạm Văn Tâm làm Bí thư Đảng ủy xã."
    assert found(text) == [("Phạm Văn Tâm", "")]
