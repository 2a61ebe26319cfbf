"""Shapes of real reports that recognition reads by their general kind: a page's alternative text repeating the
headline above each photo, links to other articles, a photographer named like a province, a province in a former
office or in the name of a landmark or a rig, a commune whose name is also another province's or a far province's,
units named as what was merged, a unit printed with another spelling of its tones, a renamed province in an
archive; offices joined by a dash or held before, a rank glued to its office, a youth union named after its
province, a misplaced full stop; the days an event ran, printed late in the report.

Every sentence is written for these tests, none is taken from the corpus.
"""

import pytest

from importer.recognition import Lexicon, find_officials, recognise_text
from importer.recognition.dates import read_event_date
from importer.recognition.layout import parse_plain_text

HEADLINE = "Lãnh đạo tỉnh thăm cán bộ, chiến sĩ nơi biên giới"
LEAD = ("Sáng 12/3, đoàn công tác của tỉnh do Phó Chủ tịch UBND tỉnh dẫn đầu đã đến thăm, động viên cán bộ, chiến sĩ "
        "các đồn biên phòng đóng quân trên tuyến biên giới của tỉnh.")
BODY = ("Tại các đơn vị, đoàn đã nghe báo cáo tình hình quản lý, bảo vệ đường biên, mốc giới và đề nghị cán bộ, chiến "
        "sĩ tiếp tục phối hợp chặt chẽ với chính quyền địa phương trong thời gian tới.")


def _provinces(text, day=None):
    return sorted(hit.name for hit in recognise_text(text, day=day, lexicon=Lexicon.load()).provinces)


def _officials(text):
    return [(p.name, p.title) for p in find_officials(text)]


# --- Captions -----------------------------------------------------------------------------------

def test_lines_repeating_the_headline_with_a_photos_number_are_the_pages_alt_text_not_captions():
    article = parse_plain_text("\n\n".join([
        HEADLINE, LEAD, f"{HEADLINE} ảnh 1", BODY, f"{HEADLINE} ảnh 2",
        "Phó Chủ tịch UBND tỉnh tặng quà cán bộ, chiến sĩ đồn biên phòng.", f"{HEADLINE} ảnh 3", BODY,
    ]))
    assert [p.text for p in article.captions] == ["Phó Chủ tịch UBND tỉnh tặng quà cán bộ, chiến sĩ đồn biên phòng."]


# --- Provinces ----------------------------------------------------------------------------------

@pytest.mark.django_db
def test_links_to_other_articles_under_the_report_name_no_province():
    text = "\n\n".join([HEADLINE, "Ngày 12/3, lãnh đạo tỉnh Lai Châu thăm đồn biên phòng.", BODY,
                        ">> Cà Mau tổng kết công tác tuyên truyền biển, đảo", ">>Hà Tĩnh ra quân tuần tra mùa lũ"])
    assert _provinces(text) == ["Lai Châu"]


@pytest.mark.django_db
def test_a_photographer_named_like_a_province_is_a_credit_not_a_place():
    text = "\n\n".join([HEADLINE, "Ngày 12/3, lãnh đạo tỉnh Lai Châu thăm đồn biên phòng.",
                        "Phó Chủ tịch UBND tỉnh tặng quà chiến sĩ. Ảnh: Thái Bình"])
    assert _provinces(text) == ["Lai Châu"]


@pytest.mark.django_db
def test_the_province_of_an_office_held_before_is_not_where_the_report_takes_place():
    text = "\n\n".join([HEADLINE, "Ngày 12/3, lãnh đạo tỉnh Lai Châu thăm đồn biên phòng. Cùng đi có bà Hà Thị "
                                  "Mai, nguyên Phó Chủ tịch UBND tỉnh Kon Tum."])
    assert _provinces(text) == ["Lai Châu"]


@pytest.mark.django_db
def test_a_landmark_and_a_rig_named_after_a_province_are_not_that_province():
    text = "\n\n".join(["Cựu chiến binh gặp mặt tại Đà Nẵng",
                        "Ngày 12/7, hội viên từng chiến đấu ở Thành cổ Quảng Trị gặp mặt tại thành phố Đà Nẵng.",
                        "Các cựu binh nhắc lại sự kiện giàn khoan Hải Dương HD 981 bị hạ đặt trái phép năm 2014.",
                        "Nhiều người từng đánh bắt ở vùng biển Phú Thọ, nay làm bảo vệ khu phố."])
    assert _provinces(text) == ["Đà Nẵng"]


@pytest.mark.django_db
def test_a_far_provinces_commune_implies_nothing_in_a_report_that_names_its_own_province():
    # "xã Pà Cò" is a commune of Hòa Bình only; a report on Lai Châu that names a "xã Pà Cò" means one of its own.
    text = "\n\n".join([HEADLINE, "Ngày 12/3, lãnh đạo tỉnh Lai Châu tặng quà các gia đình chính sách ở xã Pà Cò."])
    assert _provinces(text) == ["Lai Châu"]


@pytest.mark.django_db
def test_a_commune_named_like_a_province_is_the_commune_each_time_the_province_is_not_named_as_one():
    text = "\n\n".join(["Xã Bình Dương tổng kết năm",
                        "Ngày 12/1, Đảng ủy xã Bình Dương tổng kết năm, có lãnh đạo UBND tỉnh Gia Lai dự.",
                        "Năm qua, Cụm công nghiệp Bình Dương thu hút thêm ba doanh nghiệp."])
    assert _provinces(text) == ["Gia Lai"]


@pytest.mark.django_db
def test_units_named_as_what_was_merged_are_history_and_the_new_commune_is_read_after_the_reform():
    text = "\n\n".join(["Đại hội Đảng bộ xã An Nghĩa",
                        "Sáng 2/8, Đảng bộ xã An Nghĩa tổ chức Đại hội đại biểu lần thứ I.",
                        "Xã được lập từ việc sáp nhập xã Phú Thành, xã Phú Nghĩa và thị trấn Ba Hàng Đồi, hợp lại "
                        "thành xã An Nghĩa."])
    assert _provinces(text) == ["Phú Thọ"]


@pytest.mark.django_db
def test_a_district_printed_with_another_spelling_of_its_tones_still_implies_its_province():
    text = "\n\n".join(["Hội nghị Huyện ủy", "Ngày 5/10, Huyện ủy Đắk Glong tổ chức hội nghị sơ kết quý III."])
    assert _provinces(text) == ["Đắk Nông"]


@pytest.mark.django_db
def test_wards_whose_names_are_in_several_provinces_imply_the_one_province_they_share():
    together = "\n\n".join(["Công an phường ra mắt mô hình tự quản",
                              "Ngày 4/5/2012, Công an phường Đông Hải phối hợp với Công an phường Mỹ Bình ra mắt mô "
                              "hình tổ tự quản an ninh trật tự ở các khu phố ven biển."])
    alone = "\n\n".join(["Công an phường ra mắt mô hình tự quản",
                           "Ngày 4/5/2012, Công an phường Đông Hải ra mắt mô hình tổ tự quản ở các khu phố ven biển."])
    assert _provinces(together) == ["Ninh Thuận"]
    assert _provinces(alone) == []


@pytest.mark.django_db
def test_hue_in_a_text_of_unknown_date_printing_only_earlier_years_is_the_city_of_thua_thien_hue():
    before = "\n\n".join(["Liên hoan nghệ thuật", "Liên hoan nghệ thuật năm 2019 khai mạc ở Huế với 30 đoàn."])
    undated = "\n\n".join(["Liên hoan nghệ thuật", "Liên hoan nghệ thuật khai mạc ở Huế với 30 đoàn."])
    assert _provinces(before) == ["Thừa Thiên Huế"]
    assert _provinces(undated) == ["Huế"]


# --- Officials ----------------------------------------------------------------------------------

def test_a_youth_union_named_after_its_province_is_not_a_person_named_doan():
    assert _officials("Chị Lò Thị Hoa, Bí thư Tỉnh Đoàn Lai Châu, trao quà cho thiếu nhi.") == [
        ("Lò Thị Hoa", "Bí thư Tỉnh Đoàn Lai Châu")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Dự lễ có: Nguyên Ủy viên Bộ Chính trị, nguyên Phó Thủ tướng Chính phủ Trần Văn Khải; đại diện các sở.",
     [("Trần Văn Khải", "Nguyên Ủy viên Bộ Chính trị, nguyên Phó Thủ tướng Chính phủ")]),
    ("Sáng 3/4, Ủy viên Trung ương Đảng, Phó Chủ tịch – Tổng Thư ký Hội Nông dân Việt Nam Vũ Thị Lan thăm bà con.",
     [("Vũ Thị Lan", "Ủy viên Trung ương Đảng, Phó Chủ tịch – Tổng Thư ký Hội Nông dân Việt Nam")]),
])
def test_offices_held_before_or_joined_by_a_dash_stay_in_a_title_printed_before_the_name(text, expected):
    assert _officials(text) == expected


def test_a_rank_glued_to_the_office_by_a_hyphen_is_joined_as_by_a_comma():
    assert _officials("Đoàn do Thượng tá Lê Văn Khoa-Phó Chính ủy Hải đoàn 32 dẫn đầu.") == [
        ("Lê Văn Khoa", "Thượng tá, Phó Chính ủy Hải đoàn 32")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Ông Lê Văn Khoa, Phó Chánh Văn phòng Thành ủy TP HCM. tặng hoa các đại biểu.",
     [("Lê Văn Khoa", "Phó Chánh Văn phòng Thành ủy TP HCM")]),
    ("Ông Lê Văn Khoa, Bí thư Huyện ủy nhiệm kỳ 2020 - 2025 giữ chức Bí thư Huyện ủy nhiệm kỳ mới.",
     [("Lê Văn Khoa", "Bí thư Huyện ủy nhiệm kỳ 2020 - 2025")]),
    ("Đại tá Lê Văn Khoa, Chính ủy Hải đoàn 32 cung cấp thông tin về tình hình biển.",
     [("Lê Văn Khoa", "Đại tá, Chính ủy Hải đoàn 32")]),
])
def test_a_title_ends_at_a_misplaced_full_stop_and_before_the_verb_that_follows_it(text, expected):
    assert _officials(text) == expected


# --- Dates --------------------------------------------------------------------------------------

def test_the_days_an_event_ran_printed_late_in_the_report_date_it_when_the_opening_prints_none():
    found = read_event_date([
        "Cả nước đang hướng về đại hội đảng bộ các cấp với nhiều kỳ vọng.",
        "Công tác chuẩn bị được triển khai chu đáo từ nhiều tháng trước.",
        "Đại hội Đảng bộ tỉnh họp từ ngày 14 đến ngày 16/10 tại hội trường lớn của tỉnh.",
    ])
    assert (found.day, found.month, found.year) == (14, 10, None)


def test_days_of_a_meeting_long_ago_with_their_year_do_not_date_the_report():
    opening = [f"Phóng viên trò chuyện với Bí thư Tỉnh ủy về truyền thống của tỉnh, phần {part}." for part in range(5)]
    assert read_event_date([
        *opening, "Khi ấy, Ban Thường vụ Tỉnh ủy họp trong hai ngày 3 và 4/12/1950 để bàn kế hoạch.",
    ]) is None


def test_a_dash_glued_to_the_name_on_one_side_is_no_hyphenated_name_before_a_title():
    assert _officials("Sáng 18/4, Đại tá Lê Văn Khoa- Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh đã tới thăm.") == [
        ("Lê Văn Khoa", "Đại tá - Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh")]


@pytest.mark.django_db
def test_a_name_printed_right_after_a_places_whole_name_starts_after_it():
    text = "Theo Phó Chủ tịch UBND Đặc khu Phú Quốc Trần Lê Minh Khoa, địa phương có nhiều việc lớn."
    found = find_officials(text, places=Lexicon.load().place_keys)
    assert [(p.name, p.title) for p in found] == [("Trần Lê Minh Khoa", "Phó Chủ tịch UBND Đặc khu Phú Quốc")]


@pytest.mark.django_db
def test_an_office_ends_with_its_province_before_another_body_joined_by_and():
    text = "Đại tá Lê Văn Khoa, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Bình Phước và Ban Chỉ huy Quân sự huyện thăm chốt."
    found = find_officials(text, places=Lexicon.load().place_keys)
    assert [(p.name, p.title) for p in found] == [
        ("Lê Văn Khoa", "Đại tá, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Bình Phước")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Thượng sĩ Lê Văn Khoa, cán bộ trực ban, hướng dẫn bà con làm thủ tục.",
     [("Lê Văn Khoa", "Thượng sĩ, cán bộ trực ban")]),
    ("Khi đó, trung tá Lê Văn Khoa, chỉ huy tổ công tác, dặn anh em chuẩn bị.",
     [("Lê Văn Khoa", "trung tá, chỉ huy tổ công tác")]),
])
def test_after_a_rank_a_duty_printed_in_lower_case_is_the_title(text, expected):
    assert _officials(text) == expected

