"""Event dates under a page's posting line: a line of its own holding only the page's date and its own words ("Ngày
19-02-2021", "Thứ Bảy, 24/04/2021", "Đăng ngày …", a view count) or a stamp whose four-digit year takes dashes and a
slash before the time ("Monday, 20-11-2023 / 8:50:08 AM") is when the page was posted, never the event; it gives a
yearless lead its year and leaves the lead its place among the opening paragraphs.

Documents printed without their codes: a number of any length printed with the day it was signed and its issuer
("Quyết định 2540 ngày …"), and a joint resolution or circular numbered with its year ("Nghị quyết liên tịch số
07/2019").

Every sentence is written for these tests, none is taken from the corpus.
"""

import datetime

import pytest

from importer.recognition import find_documents
from tests.importer.shapes import event_date_of

LEAD = "Sáng nay ngày 4/3/2021 Ủy ban MTTQ tỉnh mở hội nghị hiệp thương lần thứ nhất về cơ cấu người ứng cử."


@pytest.mark.parametrize("posting", ["Ngày 15-03-2021", "Ngày 15/03/2021", "Thứ Hai, 15/03/2021",
                                     "Đăng ngày 15/3/2021", "Ngày đăng: 15/03/2021   Lượt xem: 318",
                                     "Cập nhật ngày: 15-03-2021"])
def test_a_posting_line_above_the_lead_is_not_the_event(posting):
    paragraphs = [posting, "Tỉnh hiệp thương lần thứ nhất về người ứng cử đại biểu Quốc hội", LEAD]
    assert event_date_of(paragraphs) == datetime.date(2021, 3, 4)


def test_a_posting_line_gives_a_yearless_lead_its_year():
    paragraphs = ["Thứ Bảy, 24/07/2021", "Tuổi trẻ huyện thắp nến tri ân các anh hùng liệt sĩ",
                  "Tối ngày 23/7, Huyện đoàn tổ chức lễ thắp nến tri ân tại nghĩa trang liệt sĩ huyện."]
    assert event_date_of(paragraphs) == datetime.date(2021, 7, 23)


def test_a_stamp_with_dashes_and_a_slash_before_its_time_makes_room_for_the_lead():
    # The byline and the view counter above the lead would otherwise push it out of the opening paragraphs.
    paragraphs = ["Friday, 17-11-2023 / 9:12:40 AM", "Đêm hội văn hóa các dân tộc của tỉnh", "By : Trần Văn Minh",
                  "318 View", "UBND tỉnh tối 15/11 đã khai mạc đêm hội văn hóa các dân tộc trên địa bàn tỉnh."]
    assert event_date_of(paragraphs) == datetime.date(2023, 11, 15)


def test_a_sentence_opening_with_its_full_date_still_dates_the_event():
    paragraphs = ["Ngày 15-03-2021, Ủy ban MTTQ tỉnh mở hội nghị hiệp thương lần thứ nhất."]
    assert event_date_of(paragraphs) == datetime.date(2021, 3, 15)


def test_a_headline_ending_with_a_date_is_not_a_posting_line():
    paragraphs = ["Đảng bộ xã trao Huy hiệu Đảng đợt 07/11/2024", "Xã trao Huy hiệu 40 năm tuổi Đảng cho 5 đảng viên."]
    assert event_date_of(paragraphs) is None


def test_a_number_printed_with_its_signing_day_and_issuer_is_a_document():
    text = "Căn cứ Quyết định 1980 ngày 17/10/2016 của Thủ tướng Chính phủ, huyện rà soát các tiêu chí."
    assert [d.number for d in find_documents(text)] == ["1980/QĐ-TTg"]
    text = "Huyện thực hiện Kế hoạch 2150 ngày 9/5/2023 của UBND tỉnh về chuyển đổi số."
    assert [d.number for d in find_documents(text)] == ["2150"]


def test_a_four_digit_number_without_its_signing_day_is_still_a_year():
    assert find_documents("Nghị quyết 2024 của HĐND tỉnh được thông qua tại kỳ họp cuối năm.") == []


@pytest.mark.parametrize(("text", "number"), [
    ("Hội nghị căn cứ Nghị quyết liên tịch số 07/2019 hướng dẫn hiệp thương giới thiệu người ứng cử.", "07/2019"),
    ("Các bên làm theo Thông tư liên tịch số 12/2018 về phối hợp tuyên truyền.", "12/2018"),
])
def test_a_joint_document_numbered_with_its_year_and_no_codes_is_read_as_printed(text, number):
    documents = find_documents(text)
    assert [d.number for d in documents] == [number]
    assert documents[0].kind in ("Nghị quyết liên tịch", "Thông tư liên tịch")
