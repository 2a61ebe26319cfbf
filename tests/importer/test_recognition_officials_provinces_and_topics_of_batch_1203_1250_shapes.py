"""Officials and provinces in the shapes of reports 1203-1250: a page's menu of its local pages and its weather box,
copied above the report and read as one paragraph of province names ("An Giang Bình Dương Bình Phước …", "Hà Nội:
26°C Hải Phòng: 24°C …"), which are no provinces the report is about; the Plain of Reeds ("vùng Đồng Tháp Mười"), a
region named like a province it only partly lies in; a name run into the abbreviation of its title when the page lost
the space ("Nguyễn Văn AUVBTV Tỉnh ủy", "Phó Chủ tịchUBND tỉnh").

Every sentence here is made up in the shapes the reports use; none is taken from the corpus.
"""

import datetime

import pytest

from importer.recognition import Lexicon, recognise_text
from importer.recognition.officials import find_officials
from importer.recognition.tokens import tokenize

D2019 = datetime.date(2019, 9, 5)


def _provinces(text, day=D2019):
    return sorted(hit.name for hit in recognise_text(text, day=day, lexicon=Lexicon.load()).provinces)


# --- A page's list of provinces ------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_menu_of_the_outlets_local_pages_names_no_province_of_the_report():
    text = ("Lâm Đồng mở hội chợ nông sản\n\n"
            "xem thêm Bến Tre Cà Mau Đồng Nai Kiên Giang icon Đăng nhập\n\n"
            "Sáng 4-9, tỉnh Lâm Đồng khai mạc hội chợ nông sản tại TP Đà Lạt.")
    assert _provinces(text) == ["Lâm Đồng"]


@pytest.mark.django_db
def test_a_weather_box_of_cities_and_their_temperatures_names_no_province_of_the_report():
    text = ("Sóc Trăng: Khánh thành trường học mới\n\n"
            "Hà Nội: 29°C Đà Nẵng: 31°C TP Hồ Chí Minh: 34°C Cần Thơ: 33°C\n\n"
            "Sáng 5-9, tỉnh Sóc Trăng khánh thành trường tiểu học ở xã vùng sâu.")
    assert _provinces(text) == ["Sóc Trăng"]


@pytest.mark.django_db
def test_provinces_the_report_lists_with_commas_still_count():
    # Prose separates the names it lists; only a run of names with nothing between them is the page's furniture.
    text = ("Hội thao các tỉnh miền Tây\n\n"
            "Đoàn vận động viên của Bến Tre, Cà Mau, Kiên Giang và Hậu Giang tranh tài tại hội thao.")
    assert _provinces(text) == ["Bến Tre", "Cà Mau", "Hậu Giang", "Kiên Giang"]


@pytest.mark.django_db
def test_two_provinces_in_a_row_are_no_menu():
    text = "Giao lưu hữu nghị\n\nĐoàn cán bộ tỉnh Hà Giang thăm tỉnh Tuyên Quang ngày 5-9."
    assert _provinces(text) == ["Hà Giang", "Tuyên Quang"]


# --- A region named like a province --------------------------------------------------------------------------------


@pytest.mark.django_db
def test_the_plain_of_reeds_is_a_region_not_the_province_named_like_it():
    text = ("Long An khánh thành trường mới\n\n"
            "Trường phục vụ con em nông dân vùng Đồng Tháp Mười của tỉnh Long An.")
    assert _provinces(text) == ["Long An"]


@pytest.mark.django_db
def test_the_province_named_alone_still_counts():
    text = "Đồng Tháp đón khách\n\nTỉnh Đồng Tháp đón đoàn khách từ miền Bắc."
    assert _provinces(text) == ["Đồng Tháp"]


# --- A name glued to its title's abbreviation ----------------------------------------------------------------------


def test_a_word_run_into_an_abbreviation_in_capitals_is_read_as_two_words():
    assert [t.text for t in tokenize("Phó Chủ tịchUBND tỉnh")] == ["Phó", "Chủ", "tịch", "UBND", "tỉnh"]
    assert [t.text for t in tokenize("đ/c Trần Minh HảiUVBTV")][-2:] == ["Hải", "UVBTV"]


def test_mixed_capitals_of_a_brand_or_a_unit_stay_one_word():
    assert [t.text for t in tokenize("iPhone kWh QĐ-TTg VnExpress")] == ["iPhone", "kWh", "QĐ", "-", "TTg",
                                                                        "VnExpress"]


def test_the_glued_pieces_keep_their_offsets_in_the_text():
    text = "Phó Chủ tịchUBND tỉnh"
    assert [text[t.start:t.end] for t in tokenize(text)] == [t.text for t in tokenize(text)]


def test_a_name_glued_to_its_title_is_read_whole():
    text = "Dự lễ có đồng chí Trần Minh HảiUVBTV Tỉnh ủy, Phó Chủ tịch UBND tỉnh."
    assert [person.name for person in find_officials(text)] == ["Trần Minh Hải"]
