"""Officials and their titles as printed: a temple's, a shrine's or a festival's name is no official even when it opens
with a family name ("đền Trần …", "Lễ hội A"), a hero of the past honoured by a festival or a death anniversary is
none either, a teaser cut inside a name ("Phạm Văn […]") names nobody, a name the report introduces whole is read whole
after a title though its first word is no family name on the list, a secretary ("Thư ký") is an office and a civil
servant ("chuyên viên") is a post with its office's parent body. Every sentence is made up in the shapes the reports
use."""

from importer.recognition.officials import find_officials

PLACES = frozenset({"quang nam", "thai binh", "ba ria vung tau"})


def found(text):
    return [(person.name, person.title) for person in find_officials(text, places=PLACES)]


def test_a_temple_named_after_a_dynasty_is_no_official_and_the_drum_verb_ends_the_title():
    text = ("Đồng chí Lê Văn Hòa, Bí thư Tỉnh ủy, Trưởng đoàn đại biểu Quốc hội tỉnh gióng trống khai hội đền Trần "
            "Quang Phú năm 2024.")
    assert found(text) == [("Lê Văn Hòa", "Bí thư Tỉnh ủy, Trưởng đoàn đại biểu Quốc hội tỉnh")]


def test_a_hero_of_the_past_whose_festival_the_report_names_is_no_official():
    text = ("Huyện làm lễ giỗ Phan Văn Đạt\n"
            "Sáng 3/4, huyện tổ chức lễ giỗ ngày Anh hùng dân tộc Phan Văn Đạt hy sinh và đón nhận danh hiệu "
            "Lễ hội Phan Văn Đạt là di sản văn hóa phi vật thể quốc gia.")
    assert found(text) == []


def test_a_hero_visited_at_home_is_still_read_with_his_honour():
    text = "Đoàn đến thăm gia đình Anh hùng Lực lượng vũ trang nhân dân Thạch Sa Rinh (xã An Phú)."
    assert [name for name, _title in found(text)] == ["Thạch Sa Rinh"]


def test_a_name_cut_by_a_teaser_names_nobody_and_the_full_story_names_the_minister():
    text = ("Bộ trưởng Bộ Y tế Phạm Văn […]\n"
            "Sáng 5/6, Bộ trưởng Bộ Y tế Phạm Văn Khôi đến thăm bệnh viện tỉnh.")
    assert found(text) == [("Phạm Văn Khôi", "Bộ trưởng Bộ Y tế")]


def test_a_whole_name_before_an_ellipsis_stays():
    assert found("Phó Chủ tịch UBND xã Lò Thị Hoa…") == [("Lò Thị Hoa", "Phó Chủ tịch UBND xã")]


def test_a_name_introduced_whole_is_read_whole_after_its_title():
    text = ("Đồng chí Mộng Lâm Hải - Trưởng ban Dân vận Tỉnh ủy chủ trì hội nghị.\n"
            "Phát biểu, Trưởng ban Dân vận Tỉnh ủy Mộng Lâm Hải đề nghị các cấp ủy quan tâm.")
    assert found(text) == [("Mộng Lâm Hải", "Trưởng ban Dân vận Tỉnh ủy"),
                           ("Mộng Lâm Hải", "Trưởng ban Dân vận Tỉnh ủy")]


def test_a_province_opening_with_ba_introduces_nobody():
    text = ("Bà con tỉnh Bà Rịa-Vũng Tàu đón đoàn.\n"
            "Bà Trần Thị Yên, nguyên Phó Bí thư Tỉnh ủy Bà Rịa-Vũng Tàu tặng hoa.")
    assert found(text) == [("Trần Thị Yên", "nguyên Phó Bí thư Tỉnh ủy Bà Rịa-Vũng Tàu")]


def test_a_secretary_of_a_council_is_an_office_after_another():
    text = "Bà Đinh Thị Lan, Giám đốc Sở Tư pháp, Thư ký Hội đồng Bầu cử tỉnh Quảng Nam, cho biết kết quả đã gửi đi."
    assert found(text) == [("Đinh Thị Lan", "Giám đốc Sở Tư pháp, Thư ký Hội đồng Bầu cử tỉnh Quảng Nam")]


def test_a_civil_servant_in_lower_case_keeps_the_office_his_unit_belongs_to():
    text = "Ông Hà Văn Tú, chuyên viên Phòng Nghiệp vụ, Văn phòng Huyện ủy."
    assert found(text) == [("Hà Văn Tú", "chuyên viên Phòng Nghiệp vụ, Văn phòng Huyện ủy")]


def test_a_place_after_a_lower_case_role_still_ends_it():
    text = "Ông Thạch Ngàn, phó ban quản trị chùa Mỏ Neo, Quảng Nam."
    assert found(text) == [("Thạch Ngàn", "phó ban quản trị chùa Mỏ Neo")]
