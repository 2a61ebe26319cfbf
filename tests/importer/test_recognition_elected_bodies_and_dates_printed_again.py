"""The work of elected bodies (a council's session, deputies meeting voters, an election of deputies, a leader
receiving citizens) is government building, and the term of an elected body ("HĐND xã khóa IV, nhiệm kỳ") is no
party term; a yearless date the opening prints again with its year, and a span of days written with a dash.

Every sentence here is made up for these tests, none is taken from the corpus.
"""

import datetime

from importer.recognition.dates import read_event_date
from importer.recognition.tokens import tokenize
from importer.recognition.topics import TopicIndex

TOPICS = [
    (1, "xay-dung-dang", "Xây dựng Đảng", ["đảng viên", "Đảng bộ", "nhiệm kỳ"]),
    (2, "xay-dung-chinh-quyen", "Xây dựng chính quyền", ["cải cách hành chính", "chính quyền địa phương"]),
    (3, "kinh-te", "Kinh tế", ["kinh tế"]),
    (4, "van-hoa-xa-hoi", "Văn hóa, xã hội", ["văn hóa"]),
]


def _filed(text):
    return [hit.slug for hit in TopicIndex(TOPICS).find(tokenize(text), text=text)]


def _ranked(text):
    return {hit.slug: hit.score for hit in TopicIndex(TOPICS).rank(tokenize(text), text=text)}


# --- Topics of elected bodies --------------------------------------------------------------------------------------

def test_a_councils_session_is_government_building_not_a_party_term():
    text = ("Thường trực HĐND xã Phú Lâm họp chuẩn bị kỳ họp thứ 5, HĐND xã khóa IV, nhiệm kỳ 2021 - 2026\n\n"
            "Chiều 12/11, Thường trực HĐND xã Phú Lâm khóa IV, nhiệm kỳ 2021 - 2026 họp thống nhất nội dung kỳ họp "
            "thứ 5.\n\nCác đại biểu thảo luận chương trình kỳ họp và việc tiếp xúc cử tri trước kỳ họp.")
    assert _filed(text) == ["xay-dung-chinh-quyen"]
    assert "xay-dung-dang" not in _ranked(text)


def test_a_party_congress_term_still_counts_for_the_party():
    text = ("Đại hội Đảng bộ xã Phú Lâm khóa V, nhiệm kỳ 2025 - 2030\n\nSáng 10/7, Đại hội Đảng bộ xã Phú Lâm lần "
            "thứ V, nhiệm kỳ 2025 - 2030 khai mạc với 120 đảng viên dự.")
    assert _filed(text)[0] == "xay-dung-dang"


def test_an_election_of_deputies_and_its_term_are_government_building():
    text = ("Cử tri phường Bình An đi bầu sớm\n\nSáng 16/3, cử tri phường Bình An bỏ phiếu bầu cử đại biểu Quốc hội "
            "khóa XVI và đại biểu HĐND các cấp, nhiệm kỳ 2026 - 2031.\n\nBí thư Đảng ủy phường đến kiểm tra công "
            "tác bầu cử tại khu vực bỏ phiếu số 3.")
    assert _filed(text) == ["xay-dung-chinh-quyen"]


def test_a_delegation_of_deputies_handing_over_houses_is_not_government_building():
    text = ("Đoàn đại biểu Quốc hội tỉnh trao nhà cho hộ khó khăn\n\nNgày 5/9, Đoàn đại biểu Quốc hội tỉnh trao "
            "nhà cho ba hộ khó khăn về văn hóa đời sống tại xã Tân Lộc.")
    assert "xay-dung-chinh-quyen" not in _ranked(text)


def test_the_partys_own_election_rules_are_party_building():
    ranked = _ranked("Hội nghị Tỉnh ủy\n\nHội nghị góp ý Quy chế bầu cử trong Đảng và nhiều nội dung khác.")
    assert "xay-dung-dang" in ranked and "xay-dung-chinh-quyen" not in ranked


def test_a_leader_receiving_citizens_is_government_building():
    text = ("Bí thư Tỉnh ủy tiếp công dân định kỳ tháng 10\n\nSáng 15/10, Bí thư Tỉnh ủy chủ trì buổi tiếp công "
            "dân định kỳ, nghe 5 công dân trình bày kiến nghị về đất đai.\n\nSau buổi tiếp dân, các sở được giao "
            "trả lời kiến nghị trong 15 ngày.")
    assert _filed(text)[0] == "xay-dung-chinh-quyen"


# --- Dates ---------------------------------------------------------------------------------------------------------

def test_a_planned_days_year_comes_from_the_same_day_printed_in_full():
    headline = "Từ ngày 05 - 16/6, đại biểu HĐND tỉnh đi tiếp xúc cử tri"
    lead = ("Theo kế hoạch, từ ngày 05/6/2025 đến ngày 16/6/2025, các đại biểu HĐND tỉnh sẽ tiếp xúc cử tri trước "
            "kỳ họp thứ 8.")
    found = read_event_date([headline, lead], reference=datetime.date(2025, 5, 22))
    assert found.date == datetime.date(2025, 6, 5)


def test_the_same_day_in_history_does_not_date_an_anniversary():
    lead = ("Nhân kỷ niệm ngày truyền thống, ngày 19-8, lãnh đạo huyện dâng hương tại khu di tích. Chính nơi đây, "
            "ngày 19-8-1945, nhân dân huyện đã giành chính quyền.")
    found = read_event_date([lead], reference=datetime.date(2021, 8, 20))
    assert found.date == datetime.date(2021, 8, 19)


def test_a_span_of_days_with_a_dash_and_a_full_year_is_the_events_date():
    lead = ("Đại hội đại biểu Hội Nông dân huyện lần thứ VIII được ấn định họp từ 14 - 15/ 9/2022, tại hội trường "
            "huyện.")
    assert read_event_date([lead]).date == datetime.date(2022, 9, 14)


def test_a_count_with_a_dash_is_still_no_date():
    assert read_event_date(["Mỗi lớp có từ 15 - 20/100 học viên đạt loại giỏi."]) is None


def test_a_constitutions_year_does_not_date_the_event():
    found = read_event_date(["Từ ngày 20-5 đến 25-6, Quốc hội thảo luận dự thảo sửa đổi Hiến pháp năm 1992."])
    assert found.year is None and (found.day, found.month) == (20, 5)
