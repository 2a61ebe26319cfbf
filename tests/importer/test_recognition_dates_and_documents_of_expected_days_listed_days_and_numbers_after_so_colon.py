"""Event dates and documents: a day its sentence only expects ("dự kiến") is no event's; news given on a day about
an event still to come ("sẽ diễn ra") is dated by that day; days listed with commas ("các ngày 4, 5 và 6-9"); a span
written out with "đến" opens on its first day and prints its year once, after the last; a year-end meeting's plan
for the next year listed with commas; a document number printed after "số:" and with spaces around its dash, whose
own date is not the event's.

Every sentence is written for these tests, none is taken from the corpus.
"""

import datetime

from importer.recognition.dates import read_event_date
from importer.recognition.documents import find_documents
from tests.importer.shapes import event_date_of


def test_an_expected_day_is_not_the_event_of_a_report_on_the_preparations():
    paragraphs = ["Ngày xuất bản: 10/05/2022 8:15:00 SA",
                  "Huyện Bình Minh đang gấp rút hoàn tất khâu hậu cần, trang trí cho đại hội điểm, dự kiến diễn ra "
                  "trong 2 ngày 20 và 21/5/2022."]
    assert event_date_of(paragraphs) is None


def test_an_expected_day_yields_to_the_day_the_meeting_was_held():
    paragraphs = ["Chiều 3/6, Thường trực HĐND huyện họp phiên thường kỳ; kỳ họp thứ Tám dự kiến khai mạc ngày 10/7."]
    assert event_date_of(paragraphs) == (3, 6)


def test_news_given_on_a_day_about_an_event_still_to_come_is_dated_by_that_day():
    paragraphs = ["Ngày 12/3, Văn phòng Huyện ủy cho biết, Hội nghị cán bộ chủ chốt sẽ diễn ra trong 2 ngày, từ 14/3 "
                  "đến ngày 15/3."]
    assert event_date_of(paragraphs) == (12, 3)


def test_news_given_on_a_day_about_what_already_happened_still_yields_to_the_event():
    paragraphs = ["Ngày 12/3, Văn phòng Huyện ủy cho biết, Hội nghị cán bộ chủ chốt đã diễn ra trong 2 ngày, từ 10/3 "
                  "đến ngày 11/3."]
    assert event_date_of(paragraphs) == (10, 3)


def test_a_span_written_out_with_den_opens_on_its_first_day():
    found = read_event_date(["Hội thi tuyên truyền viên giỏi diễn ra từ 8/10 đến ngày 11/10 tại nhà văn hóa huyện."])
    assert (found.day, found.month) == (8, 10)


def test_days_listed_with_commas_give_the_first_day():
    paragraphs = ["Đại biểu HĐND xã tiếp xúc cử tri ở ba thôn trong các ngày 4, 5 và 6-9, ghi nhận 25 ý kiến."]
    assert event_date_of(paragraphs) == (4, 9)


def test_a_run_whose_year_is_printed_after_its_last_day_is_no_event_found_late():
    paragraphs = ["Hội thi nhà nông giỏi năm nay thu hút đông đảo hội viên tham gia ở các huyện.",
                  "Các đơn vị đã chuẩn bị kỹ lưỡng về nội dung và hình thức.",
                  "Hội viên nhiều xã đăng ký dự thi, nhiều đội thi lần đầu góp mặt.",
                  "Vòng thi cấp xã diễn ra từ ngày 5/7 đến ngày 2/8/2021 tại 8 huyện."]
    assert event_date_of(paragraphs) is None


def test_a_year_end_meeting_planning_the_next_year_with_listed_aims_keeps_its_own_year():
    paragraphs = ["Ngày 20-12, Đảng ủy xã họp để đánh giá việc thực hiện nhiệm vụ năm 2024, bàn phương hướng, mục tiêu "
                  "trọng tâm của năm 2025."]
    assert event_date_of(paragraphs) == datetime.date(2024, 12, 20)


def test_a_number_after_so_and_a_colon_with_spaces_round_its_dash_is_a_document():
    text = "UBND huyện đã có Công văn số: 218/UBND - VP ngày 3/4/2024 gửi các xã, thị trấn."
    assert [d.number for d in find_documents(text)] == ["218/UBND-VP"]


def test_the_date_of_a_number_printed_with_spaces_round_its_dash_is_the_document_s():
    paragraphs = ["Thực hiện Công văn số: 218/UBND - VP ngày 3/4/2024 của UBND huyện, các xã rà soát danh sách cử tri.",
                  "Hội đồng nhân dân xã khai mạc kỳ họp lúc 8 giờ ngày 10/4/2024 tại hội trường xã."]
    assert event_date_of(paragraphs) == datetime.date(2024, 4, 10)
