"""Shapes of photo captions and event dates: an excerpt's last line cut mid-sentence (after a joining word, or inside a
syllable) is the story's, not a picture's; a line reporting what someone said or found ("… báo cáo rằng, …") is the
story's; a signing photographed ("… ký văn bản phối hợp …") is a picture's moment; a day that its sentence puts in the
future ("… sẽ tổ chức … trong 2 ngày 14 và 15-3") is not the report's event.

Every sentence is written for these tests, none is taken from the corpus.
"""

from importer.recognition.dates import read_event_date
from importer.recognition.layout.captions import caption_candidates
from tests.importer.shapes import VISIT, VISIT_MORE, captions_in


def test_a_last_line_ending_with_a_joining_word_is_cut_not_a_caption():
    cut = "Cán bộ Đồn Biên phòng trao quà Tết cho các hộ nghèo và"
    assert captions_in(VISIT, VISIT_MORE, cut) == []
    assert caption_candidates([VISIT, VISIT_MORE, cut]) == []


def test_a_last_line_ending_inside_a_syllable_is_cut_not_a_caption():
    assert captions_in(VISIT, VISIT_MORE, "Đoàn công tác của huyện đến thăm tr") == []


def test_a_caption_ending_with_an_ordinary_word_is_still_read_on_the_last_line():
    line = "Cán bộ Đồn Biên phòng trao quà Tết cho các hộ nghèo ở xã Tân Lập."
    assert captions_in(VISIT, VISIT_MORE, line) == [(line, "")]


def test_a_line_reporting_what_was_said_or_found_with_rang_is_the_storys():
    told = "Lãnh đạo các thôn báo cáo rằng, qua rà soát nhìn chung các hộ đã"
    assert captions_in(VISIT, told, VISIT_MORE) == []


def test_a_signing_of_a_paper_is_a_pictures_moment():
    line = ("Ông Lê Văn Hùng, Phó Giám đốc Sở Văn hóa tỉnh, ký văn bản phối hợp tuyên truyền với Bộ Chỉ huy "
            "Biên phòng tỉnh")
    assert captions_in(VISIT, line, VISIT_MORE) == [(line, "")]


def test_days_an_event_will_run_are_not_the_reports_date():
    plan = ("Cụ thể, Hội Nông dân huyện sẽ cùng các doanh nghiệp mở phiên chợ ở xã Tân Lập trong 2 ngày 14 và 15-3, "
            "dự kiến có hơn 200 gian hàng.")
    assert read_event_date(["Phiên chợ hướng tới hỗ trợ bà con tiêu thụ nông sản", plan]) is None


def test_a_day_already_past_still_dates_the_event_before_a_day_to_come():
    found = read_event_date(["Ngày 10/3, Hội Nông dân huyện họp bàn phiên chợ, sẽ mở trong 2 ngày 14 và 15-3."])
    assert (found.day, found.month) == (10, 3)


def test_a_linked_storys_headline_inside_the_story_is_not_a_caption():
    lead = ("Những ngày đầu bộ máy mới đi vào hoạt động, nhiều người dân tìm đến Trung tâm Phục vụ hành chính công "
            "của tỉnh để làm thủ tục đổi giấy tờ, cấp lại con dấu cho cơ quan và doanh nghiệp.")
    link = "Lực lượng dân quân xã sẵn sàng hỗ trợ người dân trong những ngày đầu"
    after = "Trong các ngày đầu tháng, trung tâm mỗi ngày nhận hơn 800 hồ sơ đổi con dấu."
    assert captions_in(lead, link, after) == []
