"""Officials and their titles as printed: a name printed in capitals after its introduction, as interviews print
their guest's in the lead and at each answer, and a title cut where the election verb after it begins ("… Phó Bí thư
Tỉnh ủy trúng cử chức Chủ tịch HĐND …"). Every sentence is made up in the shapes the reports use."""

from importer.recognition.officials import find_officials

PLACES = frozenset({"tay ninh", "thanh hoa", "thai binh", "ha tinh"})


def found(text):
    return [(person.name, person.title) for person in find_officials(text, places=PLACES)]


def test_a_name_in_capitals_after_its_introduction_is_read_in_title_case_with_its_title():
    text = ("Đồng chí ĐẶNG VĂN KHOA, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, đã trả lời phỏng vấn của phóng viên.\n\n"
            "* Đồng chí ĐẶNG VĂN KHOA: Năm nay tỉnh đặt mục tiêu tăng trưởng cao.")
    assert found(text)[0] == ("Đặng Văn Khoa", "Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy")


def test_a_name_in_capitals_after_ong_or_ba_keeps_the_title_as_printed():
    assert found("Ông NGUYỄN THỊ HẰNG, Giám đốc Sở Y tế tỉnh, cho biết.") == [
        ("Nguyễn Thị Hằng", "Giám đốc Sở Y tế tỉnh")]
    assert found("Theo bà LÊ THỊ HOA, Chủ tịch Hội Phụ nữ tỉnh, phong trào lan rộng.") == [
        ("Lê Thị Hoa", "Chủ tịch Hội Phụ nữ tỉnh")]


def test_a_line_in_capitals_names_nobody():
    assert found("ĐỒNG CHÍ NGUYỄN VĂN BÌNH (70 TUỔI, 45 TUỔI ĐẢNG): XÂY DỰNG ĐẢNG TRONG SẠCH") == []


def test_capitals_running_on_past_four_words_are_a_heading_not_a_name():
    assert found("Ông TRẦN VĂN AN TỔ CHỨC ĐẠI HỘI, Bí thư Chi bộ.") == []


def test_a_title_printed_after_the_name_ends_at_the_election_verb():
    text = "Bà Đinh Thị Lan, Phó Bí thư Thường trực Tỉnh ủy trúng cử chức Chủ tịch HĐND tỉnh khóa X."
    assert found(text) == [("Đinh Thị Lan", "Phó Bí thư Thường trực Tỉnh ủy")]


def test_a_title_before_reelection_ends_at_the_verb_too():
    text = "Ông Hồ Văn Tâm, Bí thư Huyện ủy tái đắc cử Bí thư Huyện ủy nhiệm kỳ 2025-2030."
    assert found(text) == [("Hồ Văn Tâm", "Bí thư Huyện ủy")]


def test_resettlement_a_body_is_named_for_is_no_reelection():
    text = "Ông Lê Văn Hải, Trưởng ban Quản lý dự án tái định cư huyện phát biểu."
    assert found(text) == [("Lê Văn Hải", "Trưởng ban Quản lý dự án tái định cư huyện")]
