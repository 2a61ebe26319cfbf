"""Event dates: a page stamp with its time zone or its half of the day, a headline announcing days after the page
was written, a span of two dates with one year, a year-end session that prints only the next year's plans, a
later paragraph opening "Vào buổi sáng cùng ngày", last year's number typed by habit a few days before the stamp.

Every sentence is written for these tests, none is taken from the corpus.
"""

import datetime

from importer.recognition.dates import read_event_date
from tests.importer.shapes import event_date_of


def test_a_stamp_followed_by_its_time_zone_gives_the_lead_its_year():
    paragraphs = ["10:42 | 03/11/2021 GMT+7", "Sáng 2/11, huyện mở hội nghị tổng kết công tác dân vận của các xã."]
    assert event_date_of(paragraphs) == datetime.date(2021, 11, 2)


def test_a_headline_announcing_days_after_the_stamp_yields_to_the_briefing_the_lead_reports():
    paragraphs = ["09:30 | 05/09/2024 GMT+7",
                  "Từ ngày 18/9 - 20/9/2024 diễn ra Đại hội Hội Nông dân tỉnh Bình Minh",
                  "Chiều ngày 05/9, Hội Nông dân tỉnh họp báo giới thiệu đại hội; đại hội kéo dài 3 ngày."]
    assert event_date_of(paragraphs) == datetime.date(2024, 9, 5)


def test_announced_days_remain_the_event_when_the_opening_prints_no_earlier_day():
    paragraphs = ["09:30 | 05/09/2024 GMT+7",
                  "Từ ngày 18/9 - 20/9/2024 diễn ra Đại hội Hội Nông dân tỉnh Bình Minh",
                  "Đại hội bầu Ban Chấp hành khóa mới và thông qua nghị quyết nhiệm kỳ tới."]
    assert event_date_of(paragraphs) == datetime.date(2024, 9, 18)


def test_the_first_date_of_a_span_takes_the_year_printed_after_the_last():
    # Announced and alone in the opening: the first day, in the year the span prints, not the year before the stamp.
    found = read_event_date(["08:00 | 02/03/2023",
                             "Từ ngày 12/3 – 14/3/2023 tỉnh tổ chức hội thi tuyên truyền viên giỏi cấp tỉnh"])
    assert found.date == datetime.date(2023, 3, 12)


def test_a_year_end_session_printing_only_next_years_plans_is_dated_the_year_before_them():
    paragraphs = ["Sáng 8/12, kỳ họp nghe các tờ trình: nghị quyết về nhiệm vụ phát triển kinh tế - xã hội năm 2022; "
                  "chương trình hoạt động năm 2022 của HĐND tỉnh; phương án phân bổ ngân sách cấp tỉnh năm 2022; "
                  "phê chuẩn quyết toán ngân sách tỉnh năm 2020."]
    assert event_date_of(paragraphs) == datetime.date(2021, 12, 8)


def test_a_plan_for_the_year_printed_in_january_still_dates_the_meeting_in_that_year():
    paragraphs = ["Ngày 14/1, huyện triển khai kế hoạch thực hiện nhiệm vụ năm 2023 và chương trình hoạt động "
                  "năm 2023."]
    assert event_date_of(paragraphs) == datetime.date(2023, 1, 14)


def test_a_later_paragraph_opening_with_vao_buoi_sang_cung_ngay_still_dates_the_event():
    paragraphs = ["Trong buổi lễ, tổ bầu cử đọc nội quy phòng bỏ phiếu và mời cử tri kiểm tra hòm phiếu.",
                  "Lãnh đạo huyện dự lễ khai mạc và kiểm tra công tác bầu cử ở các xã",
                  "Sau lễ khai mạc, cử tri lần lượt vào bỏ phiếu.",
                  "Vào buổi sáng cùng ngày 16/3, Chủ tịch UBND huyện đi kiểm tra các khu vực bỏ phiếu."]
    assert event_date_of(paragraphs) == (16, 3)


def test_a_date_inside_a_later_sentence_is_still_history():
    paragraphs = ["Trong buổi lễ, tổ bầu cử đọc nội quy phòng bỏ phiếu và mời cử tri kiểm tra hòm phiếu.",
                  "Lãnh đạo huyện dự lễ khai mạc và kiểm tra công tác bầu cử ở các xã",
                  "Sau lễ khai mạc, cử tri lần lượt vào bỏ phiếu.",
                  "Xã được thành lập và đón nhận quyết định vào ngày 16/3 nhiều năm trước."]
    assert read_event_date(paragraphs) is None


def test_last_years_number_typed_a_few_days_before_the_stamp_is_a_slip_of_the_year():
    paragraphs = ["Ngày đăng: 15/05/2024 09:00:00 SA", "Chấm chung khảo giải báo chí năm 2024",
                  "Ngày 13/5/2023, Hội đồng chấm chung khảo giải báo chí năm 2024 làm việc tại trụ sở Hội Nhà báo."]
    assert event_date_of(paragraphs) == datetime.date(2024, 5, 13)


def test_a_date_printed_a_year_before_the_stamp_but_weeks_away_from_its_day_keeps_its_year():
    paragraphs = ["Ngày đăng: 15/05/2024 09:00:00 SA",
                  "Ngày 2/4/2023, Hội đồng chấm chung khảo giải báo chí làm việc tại trụ sở Hội Nhà báo."]
    assert event_date_of(paragraphs) == datetime.date(2023, 4, 2)
