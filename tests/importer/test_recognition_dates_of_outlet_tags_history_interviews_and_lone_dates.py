"""Event dates: an outlet's short name glued before the lead's day, a date in a sentence counting the years since it,
the working days of a congress in brackets, an interview's news peg, a page dated on a line of its own under which a
speech opens "Hôm nay".

Every sentence is written for these tests, none is taken from the corpus.
"""

import datetime

from importer.recognition.dates import read_event_date
from tests.importer.shapes import event_date_of


def test_a_later_lead_opening_with_the_outlets_short_name_glued_to_its_day_dates_the_event():
    paragraphs = ["Thứ ba,  09/03/2021",
                  "Huyện ủy sơ kết công tác dân vận năm 2014",
                  "Kết thúc hội nghị, đồng chí Bí thư Huyện ủy đề nghị các cấp ủy tiếp tục làm tốt công tác dân vận.",
                  "BQN-Sáng 20/1/2015, Huyện ủy mở hội nghị sơ kết công tác dân vận năm 2014."]
    assert event_date_of(paragraphs) == datetime.date(2015, 1, 20)


def test_an_outlet_name_with_a_dot_and_spaced_dash_still_opens_the_paragraph_with_its_day():
    paragraphs = ["Một đoạn mở đầu dài kể quang cảnh buổi lễ ở quảng trường trung tâm của huyện.",
                  "Tiêu đề của bài viết về buổi lễ phát động Tết trồng cây",
                  "Một đoạn nữa kể về những người đến dự từ sớm và không khí của buổi lễ.",
                  "ABC.VN - Ngày 4/4, huyện tổ chức lễ phát động Tết trồng cây."]
    assert event_date_of(paragraphs) == (4, 4)


def test_a_sentence_of_lower_case_words_before_a_later_date_is_still_history():
    paragraphs = ["Một đoạn mở đầu dài kể quang cảnh buổi lễ ở quảng trường trung tâm của huyện.",
                  "Tiêu đề của bài viết về buổi lễ phát động Tết trồng cây",
                  "Một đoạn nữa kể về những người đến dự từ sớm và không khí của buổi lễ.",
                  "theo tin - Ngày 4/4, huyện tổ chức lễ phát động Tết trồng cây."]
    assert read_event_date(paragraphs) is None


def test_a_date_in_a_sentence_counting_the_years_since_it_is_history():
    paragraphs = ["Ôn lại truyền thống, ông A cho hay: 70 năm trước, dưới sự lãnh đạo của Chi bộ, quân và dân xã đã "
                  "nổi dậy giành chính quyền ngày 12/3/1956, mở đầu phong trào trong toàn huyện.",
                  "Kỷ niệm 70 năm ngày xã nổi dậy"]
    assert read_event_date(paragraphs) is None


def test_a_date_after_cach_day_so_many_years_is_history_and_the_lead_day_stays():
    paragraphs = ["Cách đây tròn 50 năm, ngày 28/3/1975, thị xã được giải phóng. Sáng 28/3, tỉnh tổ chức lễ kỷ niệm "
                  "50 năm ngày giải phóng tại quảng trường."]
    assert event_date_of(paragraphs) == (28, 3)
    assert read_event_date(paragraphs).printed == "Sáng 28/3"


def test_a_full_date_without_a_count_of_years_before_it_still_dates_the_event():
    paragraphs = ["Sáng 12/3/2024, tỉnh tổ chức lễ kỷ niệm 70 năm ngày xã nổi dậy."]
    assert event_date_of(paragraphs) == datetime.date(2024, 3, 12)


def test_the_working_days_of_a_congress_in_brackets_give_its_first_day():
    paragraphs = ["Trải qua 3 ngày làm việc (7-9/10/2025) khẩn trương, Đại hội đại biểu Đảng bộ tỉnh lần thứ XVI đã "
                  "hoàn thành chương trình đề ra."]
    assert event_date_of(paragraphs) == datetime.date(2025, 10, 7)


def test_an_interview_announced_as_one_takes_no_date_from_its_news_peg():
    paragraphs = ["10:15, 03/05/2018", "Chủ tịch tỉnh nói về vụ việc",
                  "Ngày 28/4, Thủ tướng đề nghị các bộ, ngành xác định rõ trách nhiệm của các tập thể, cá nhân.",
                  "Phóng viên đã có cuộc phỏng vấn với ông B, Chủ tịch UBND tỉnh."]
    assert read_event_date(paragraphs) is None


def test_an_interview_with_the_reporters_question_marker_takes_no_date_from_its_lead():
    paragraphs = ["Kỳ họp HĐND tỉnh, ngày 20.6 vừa qua, đã thông báo việc ông C nghỉ hưu theo nguyện vọng.",
                  "Chủ tịch tỉnh: Người dân là trung tâm",
                  "* PV Báo Mới: Thưa ông, điều gì làm ông nhớ nhất trong nhiệm kỳ?"]
    assert read_event_date(paragraphs) is None


def test_a_news_report_quoting_a_leader_by_the_side_of_a_meeting_keeps_its_date():
    paragraphs = ["Sáng 15/4, HĐND tỉnh khai mạc kỳ họp chuyên đề.",
                  "Bên lề kỳ họp, ông D chia sẻ với phóng viên về các nghị quyết sẽ được thông qua."]
    assert event_date_of(paragraphs) == (15, 4)


def test_a_page_dated_on_its_own_line_dates_a_speech_opening_with_hom_nay():
    paragraphs = ["Phát biểu khai mạc Kỳ họp thứ Tám, HĐND tỉnh khóa X", "05/07/2023",
                  "Kính thưa các vị đại biểu, thưa toàn thể cử tri và Nhân dân trong tỉnh,",
                  "Hôm nay, Kỳ họp thứ Tám của Hội đồng nhân dân tỉnh chính thức khai mạc."]
    assert event_date_of(paragraphs) == datetime.date(2023, 7, 5)


def test_a_page_dated_on_its_own_line_gives_the_leads_day_its_year():
    paragraphs = ["Xã trao nhà đại đoàn kết cho hộ nghèo", "21/08/2023",
                  "Ngày 19/8, UBND xã trao nhà đại đoàn kết cho ba hộ nghèo."]
    assert event_date_of(paragraphs) == datetime.date(2023, 8, 19)


def test_without_a_page_date_hom_nay_alone_gives_no_day():
    paragraphs = ["Kính thưa các vị đại biểu, thưa toàn thể cử tri và Nhân dân trong tỉnh,",
                  "Hôm nay, Kỳ họp thứ Tám của Hội đồng nhân dân tỉnh chính thức khai mạc."]
    assert read_event_date(paragraphs) is None
