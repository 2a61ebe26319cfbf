"""Event dates printed as a lunar day, as two days with their parts, as a document just signed or under a stamp with
a two-digit year; topics of the sea frontier, Tết greetings, humanitarian work, volunteering and Vietnamese abroad.

Every sentence here is made up for these tests, none is taken from the corpus.
"""

import datetime

import pytest

from importer.recognition.dates import read_event_date
from importer.recognition.tokens import tokenize
from importer.recognition.topics import TopicIndex

# --- Dates -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("Sáng mồng 1 Tết Nguyên đán Giáp Thìn 2024, đồn biên phòng làm lễ chào cờ bên cột mốc.",
     datetime.date(2024, 2, 10)),
    ("Chiều mùng 3 Tết cổ truyền Ất Tỵ 2025, lãnh đạo huyện thăm bà con vùng cao.", datetime.date(2025, 1, 31)),
    ("Sáng mồng 2 Tết 2026, xã tổ chức hội xuân.", datetime.date(2026, 2, 18)),
])
def test_a_lunar_day_of_tet_with_its_year_printed_is_the_solar_day_it_fell_on(text, expected):
    assert read_event_date([text]).date == expected


def test_a_lunar_day_of_tet_without_a_year_gives_no_day():
    found = read_event_date(["Sáng mồng 1 Tết, cả bản ra đình làm lễ."])
    assert found is None or found.year is None


def test_a_later_numeric_date_in_the_lead_does_not_hide_an_earlier_lunar_one():
    found = read_event_date(["Sáng mồng 1 Tết Giáp Thìn 2024 (10/2/2024), xã làm lễ chào cờ."])
    assert found.date == datetime.date(2024, 2, 10)


def test_two_days_each_with_its_part_of_the_day_start_on_the_first():
    found = read_event_date(["Tối 20 và sáng 21/7/2024, thân nhân các liệt sĩ thắp nến tri ân bên bờ sông."])
    assert found.date == datetime.date(2024, 7, 20)


def test_a_document_the_opening_says_was_just_signed_dates_the_report():
    text = ("Quyết định số 512/QĐ-UBND ngày 14 tháng 8 năm 2021 công nhận hai xã đạt chuẩn vừa được Chủ tịch "
            "UBND tỉnh ký ban hành.")
    assert read_event_date([text]).date == datetime.date(2021, 8, 14)


def test_a_document_cited_for_reference_with_its_full_date_still_does_not_date_the_report():
    text = "Thực hiện Quyết định số 512/QĐ-UBND ngày 14/8/2021 của UBND tỉnh, sáng 3/9, huyện mở lớp tập huấn."
    found = read_event_date([text])
    assert (found.day, found.month) == (3, 9)


def test_a_page_stamp_with_a_two_digit_year_gives_the_lead_its_year():
    paragraphs = ["Thứ hai, 3-3-25 09:12:40", "Ngày 3/3, Đảng bộ phường khai mạc đại hội lần thứ I."]
    assert read_event_date(paragraphs).date == datetime.date(2025, 3, 3)


# --- Topics ------------------------------------------------------------------------------------------------------

TOPICS = [
    (1, "quoc-phong-an-ninh", "Quốc phòng, an ninh", ["biên giới", "bộ đội"]),
    (2, "bien-dao", "Biển, đảo", ["ngư dân"]),
    (3, "tuyen-truyen-giao-duc", "Tuyên truyền, giáo dục", ["tuyên truyền"]),
    (4, "van-hoa-xa-hoi", "Văn hóa, xã hội", ["xã hội"]),
    (5, "doi-ngoai", "Đối ngoại", ["đối ngoại"]),
    (6, "kinh-te", "Kinh tế", ["kinh tế"]),
]


def _ranked(text):
    return {hit.slug: hit.score for hit in TopicIndex(TOPICS).rank(tokenize(text), text=text)}


def _filed(text):
    return [hit.slug for hit in TopicIndex(TOPICS).find(tokenize(text), text=text)]


def test_the_sea_frontier_counts_for_the_sea_not_for_the_land_border():
    scores = _ranked("Tuyên truyền cho ngư dân\n\nCác xã biên giới biển đón đoàn tuyên truyền về khai thác hải sản.")
    assert "quoc-phong-an-ninh" not in scores and scores["bien-dao"] > 0


def test_wishing_a_happy_tet_is_not_social_work_by_itself():
    text = ("Đoàn tỉnh bạn chúc Tết\n\nĐoàn đại biểu tỉnh bạn đến chúc Tết lãnh đạo tỉnh, mong quan hệ đối ngoại "
            "thêm bền chặt.\n\nHai bên chúc Tết nhau và hẹn gặp lại.")
    assert "van-hoa-xa-hoi" not in _ranked(text)
    assert _filed(text) == ["doi-ngoai"]


def test_gifts_for_tet_remain_social_work():
    text = "Trao quà Tết cho hộ nghèo\n\nHuyện trao quà Tết cho 200 hộ nghèo trong xã."
    assert _filed(text)[0] == "van-hoa-xa-hoi"


def test_humanitarian_work_and_youth_volunteers_are_social_work():
    assert _filed("Hội Chữ thập đỏ thăm huyện vùng cao\n\nHội Chữ thập đỏ tỉnh làm việc với huyện.")[0] == \
        "van-hoa-xa-hoi"
    assert _filed("Đội hình tình nguyện lên đường\n\nĐội thanh niên tình nguyện về xã vùng sâu.")[0] == \
        "van-hoa-xa-hoi"


def test_vietnamese_abroad_are_foreign_relations():
    text = "Kiều bào thăm quê hương\n\nĐoàn kiều bào về thăm các xã ven biển, gặp gỡ ngư dân."
    assert "doi-ngoai" in _filed(text)


def test_the_party_committee_of_the_enterprise_bloc_is_not_the_economy():
    topics = [(1, "kinh-te", "Kinh tế", ["doanh nghiệp"]), (2, "xay-dung-dang", "Xây dựng Đảng", ["đảng viên"])]
    text = ("Đảng ủy Khối Doanh nghiệp tỉnh tổng kết năm\n\nĐảng ủy Khối các Cơ quan - Doanh nghiệp tỉnh họp, kết nạp "
            "50 đảng viên.\n\nHội nghị bàn việc phát triển đảng viên.")
    assert [hit.slug for hit in TopicIndex(topics).find(tokenize(text), text=text)] == ["xay-dung-dang"]
