"""Officials' titles that name a club, a school, a committee of the State or a body's fields joined by glued dashes:
the namesake of a club or a school is no person present; a committee "of the State on" a field keeps its field
("Ủy ban Nhà nước về …"); "Ban Kinh tế- văn hóa" goes on through its dashes; a name printed bare before "– nguyên"
and an office held before is an official, and who is listed after him without an office is not.

Every sentence is written for these tests, none is taken from the corpus.
"""

import pytest

from importer.recognition import find_officials


def _officials(text):
    return [(p.name, p.title) for p in find_officials(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Phát biểu tại buổi lễ, nguyên Phó Chủ tịch nước Lê Thị Mai - Chủ tịch Quỹ học bổng Hà Văn Sinh, Chủ nhiệm Câu "
     "lạc bộ Vì biển đảo quê hương thân yêu - cho biết: quỹ sẽ tiếp tục trao học bổng.",
     [("Lê Thị Mai", "nguyên Phó Chủ tịch nước - Chủ tịch Quỹ học bổng Hà Văn Sinh, Chủ nhiệm Câu lạc bộ Vì biển "
                     "đảo quê hương thân yêu")]),
    ("Chủ nhiệm Câu lạc bộ Vì Hoàng Sa - Trường Sa trao quà cho học sinh.", []),
    ("Dự lễ có ông Trần Văn Bình, Hiệu trưởng Trường THCS Lê Lợi, và các thầy cô giáo.",
     [("Trần Văn Bình", "Hiệu trưởng Trường THCS Lê Lợi")]),
    ("Hiệu trưởng Trường Tiểu học Lê Văn Tám Nguyễn Thị Hoa phát biểu khai giảng.",
     [("Nguyễn Thị Hoa", "Hiệu trưởng Trường Tiểu học Lê Văn Tám")]),
])
def test_a_name_opening_a_club_or_a_school_is_its_namesake(text, expected):
    assert _officials(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Theo ông Phạm Văn Hòa, Phó Chủ nhiệm Ủy ban Nhà nước về người Việt Nam ở nước ngoài, chương trình năm nay "
     "có nhiều hoạt động mới.",
     [("Phạm Văn Hòa", "Phó Chủ nhiệm Ủy ban Nhà nước về người Việt Nam ở nước ngoài")]),
    ("Theo ông Phạm Văn Hòa, Chủ nhiệm Ủy ban Quốc gia về người cao tuổi, Hội thi năm nay thu hút nhiều đội.",
     [("Phạm Văn Hòa", "Chủ nhiệm Ủy ban Quốc gia về người cao tuổi")]),
    ("Ông Lê Văn An, Phó Chủ tịch Ủy ban Quốc gia về dự lễ khánh thành.",
     [("Lê Văn An", "Phó Chủ tịch Ủy ban Quốc gia")]),
    ("Ông Lê Văn An, Thứ trưởng Bộ Ngoại giao, Chủ nhiệm Ủy ban Nhà nước về người Việt Nam ở nước ngoài, Xuân Quê "
     "hương năm nay kéo dài hai ngày.",
     [("Lê Văn An", "Thứ trưởng Bộ Ngoại giao, Chủ nhiệm Ủy ban Nhà nước về người Việt Nam ở nước ngoài")]),
])
def test_a_committee_of_the_state_keeps_its_field_after_ve(text, expected):
    assert _officials(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Trưởng đoàn là Thượng tá Đỗ Minh Tâm, Trưởng ban Kinh tế- văn hóa- xã hội Báo Biên Cương, đã trao quà.",
     [("Đỗ Minh Tâm", "Thượng tá, Trưởng ban Kinh tế- văn hóa- xã hội Báo Biên Cương")]),
    ("Ông Lê Văn An, Giám đốc Sở Văn hóa-thể thao tỉnh cho biết thêm.",
     [("Lê Văn An", "Giám đốc Sở Văn hóa-thể thao tỉnh")]),
    ("Ông Lê Văn An, Chủ tịch UBND xã- cho biết thêm.", [("Lê Văn An", "Chủ tịch UBND xã")]),
])
def test_a_dash_glued_between_a_bodys_fields_goes_on(text, expected):
    assert _officials(text) == expected


def test_a_bare_name_before_nguyen_and_a_former_office_is_an_official():
    text = ("Hai đảng viên nhận huy hiệu 70 năm tuổi Đảng: Đinh Văn Lực – nguyên Bí thư Đảng ủy xã Thanh Sơn (nay "
            "sinh hoạt ở Chi bộ xóm Đông) và Trần Thị Hiền (Chi bộ xóm Bắc).")
    assert _officials(text) == [("Đinh Văn Lực", "nguyên Bí thư Đảng ủy xã Thanh Sơn")]


def test_a_list_named_for_offices_keeps_the_names_without_one():
    text = "Ba Phó Bí thư được chỉ định là Hồ Văn Nam (Chủ tịch UBND tỉnh), Đặng Minh Sơn, Bùi Thanh Long."
    assert [name for name, _title in _officials(text)] == ["Hồ Văn Nam", "Đặng Minh Sơn", "Bùi Thanh Long"]


def test_the_namesake_of_a_fund_honoured_again_is_not_an_official():
    text = ("Quỹ học bổng Hà Văn Sinh trao 50 suất học bổng. Bà mong các em xứng đáng với Anh hùng Lực lượng vũ trang "
            "nhân dân Hà Văn Sinh. Anh hùng Lực lượng vũ trang nhân dân Trần Văn Khoa, nguyên Chính trị viên Đồn Biên "
            "phòng A, dự lễ.")
    assert _officials(text) == [
        ("Trần Văn Khoa", "Anh hùng Lực lượng vũ trang nhân dân, nguyên Chính trị viên Đồn Biên phòng A")]
