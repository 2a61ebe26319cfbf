"""Officials and provinces in shapes many outlets print: people listed before the words that name them for an office
("bà A và ông B tiếp tục được chỉ định …"), all officials, each holding an office entrusted to the list ("… được giao
giữ chức …"); a title that
stops before a word praising the unit ("… Đồn Biên phòng A anh hùng") or a verb of manner ("cởi mở"); a fallen hero
spelt "liệt sỹ", who is no official; a university named for a province only, which is no province the report is about;
a commune's district named like a province, in brackets ("Gia Ninh (Quảng Ninh)"); and a former province printed
with "cũ" outside brackets.

Every sentence is written for these tests, none is taken from the corpus.
"""

import datetime

import pytest

from importer.recognition import find_officials
from importer.recognition.gazetteer import place_lists
from importer.recognition.tokens import tokenize
from tests.importer.shapes import CLOSING, provinces_in


def _officials(text):
    return [(p.name, p.title) for p in find_officials(text)]


def test_names_listed_before_the_words_naming_them_for_an_office_are_all_officials():
    # Named for an office at the event: officials, with no title at that mention.
    text = ("Ông Lò Văn Sính, Chủ tịch UBND tỉnh, cùng bà Vi Thị Mận và ông Đàm Quốc Khởi tiếp tục được chỉ định giữ "
            "cương vị Phó Bí thư Tỉnh ủy trong nhiệm kỳ mới.")
    assert _officials(text) == [("Lò Văn Sính", "Chủ tịch UBND tỉnh"), ("Vi Thị Mận", ""), ("Đàm Quốc Khởi", "")]


def test_names_listed_before_an_office_entrusted_to_them_each_hold_it():
    text = "Bà Vi Thị Mận và ông Đàm Quốc Khởi được giao giữ chức Phó Chủ tịch UBND huyện."
    assert _officials(text) == [("Vi Thị Mận", "Phó Chủ tịch UBND huyện"), ("Đàm Quốc Khởi", "Phó Chủ tịch UBND huyện")]


def test_a_title_stops_before_a_word_praising_the_unit_or_a_verb_of_manner():
    assert _officials("Trung tá Mạc Văn Hiếu, Chính trị viên Đồn Biên phòng Cửa Tùng anh hùng đã quen với cánh báo chí.") \
        == [("Mạc Văn Hiếu", "Trung tá, Chính trị viên Đồn Biên phòng Cửa Tùng")]
    assert _officials("Ra đón đoàn, thiếu tá Hà Văn Lợi - Đội trưởng Đội vận động quần chúng cởi mở: Mời các anh vào.") \
        == [("Hà Văn Lợi", "thiếu tá - Đội trưởng Đội vận động quần chúng")]


def test_a_fallen_hero_spelt_liet_sy_is_no_official():
    assert _officials("Đoàn đến thăm gia đình thân nhân Anh hùng liệt sỹ Phan Văn Hòe ở thôn Trung.") == []


@pytest.mark.django_db
@pytest.mark.usefixtures("needs_gazetteer")
def test_a_university_named_for_a_province_names_no_province():
    text = (f"Sinh viên nghe nói chuyện về biển, đảo\n\nHơn 300 sinh viên Trường Đại học Quảng Nam ở tỉnh Đà Nẵng nghe "
            f"báo cáo viên nói chuyện về chủ quyền biển, đảo.\n\n{CLOSING}")
    assert provinces_in(text, day=datetime.date(2025, 10, 2)) == ["Đà Nẵng"]


@pytest.mark.django_db
@pytest.mark.usefixtures("needs_gazetteer")
def test_a_district_named_like_a_province_in_brackets_after_its_commune_is_the_district():
    spans = place_lists(tokenize("Tuyến biển đi qua các xã: Gia Ninh (Quảng Ninh), Võ Ninh và Hải Thành."))
    assert [(span.kind, span.name) for span in spans if span.name == "Quảng Ninh"] == [("Huyện", "Quảng Ninh")]
    # A commune the province of that name has: the name in brackets stays the province.
    assert not [s for s in place_lists(tokenize("Hội viên xã Tân Lập (Hòa Bình) họp định kỳ.")) if s.name == "Hòa Bình"]


@pytest.mark.django_db
@pytest.mark.usefixtures("needs_gazetteer")
def test_a_former_province_printed_with_cu_outside_brackets_is_not_named():
    text = (f"Gặp mặt cán bộ hưu trí\n\nÔng Lý Văn Thành, quê Bến Cát, Bình Dương cũ, nay sinh hoạt tại một phường của "
            f"TP.HCM, dự buổi gặp mặt.\n\n{CLOSING}")
    assert provinces_in(text, day=datetime.date(2025, 11, 5)) == ["Hồ Chí Minh"]
