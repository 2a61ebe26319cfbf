"""Photo captions told by their shape rather than by a list: a first line where someone titled hands over gifts with no
date (an excerpt whose lead was cut off above the picture), an award received under its capitalised name, a line made
long by its officials' titles only, a short line printed as the story's unstopped captions are, and a meeting named by
its month.

Every sentence is written for these tests, none is taken from the corpus.
"""

from tests.importer.shapes import VISIT, VISIT_MORE, captions_in, parse_report

# The story going on after a picture at the top of an excerpt: neither a lead's dateline nor its date.
GOING_ON = ("Đi cùng đoàn có lãnh đạo Sở Lao động - Thương binh và Xã hội, Hội Cựu chiến binh tỉnh và UBND huyện "
            "Hòa Vang, cùng đại diện các đoàn thể ở địa phương và nhiều doanh nghiệp đồng hành với chương trình.")


def test_an_undated_first_line_of_someone_titled_handing_over_gifts_is_a_caption():
    line = ("Ông Trần Quốc Bảo, Phó Chủ tịch UBND tỉnh trao quà cho các gia đình chính sách ở thôn Đông Lâm, "
            "xã Hòa Phú.")
    assert captions_in(line, GOING_ON, VISIT_MORE) == [(line, "")]


def test_a_first_line_of_the_same_shape_that_dates_the_news_is_the_lead():
    lead = ("Sáng 14/7, ông Trần Quốc Bảo, Phó Chủ tịch UBND tỉnh trao quà cho các gia đình chính sách ở thôn Đông "
            "Lâm, xã Hòa Phú.")
    assert captions_in(lead, GOING_ON, VISIT_MORE) == []
    recent = ("Ông Trần Quốc Bảo, Phó Chủ tịch UBND tỉnh vừa qua trao quà cho các gia đình chính sách ở thôn Đông "
              "Lâm, xã Hòa Phú.")
    assert captions_in(recent, GOING_ON, VISIT_MORE) == []


def test_a_first_line_reporting_someones_judgement_is_the_lead():
    lead = ("Đại diện đoàn, Phó Chủ tịch UBND tỉnh Trần Quốc Bảo thăm hỏi và đánh giá cao những đóng góp của các "
            "gia đình chính sách ở xã Hòa Phú.")
    assert captions_in(lead, GOING_ON, VISIT_MORE) == []


def test_an_award_received_under_its_capitalised_name_is_a_photos_moment():
    line = "Ba tập thể của xã Tân Lập vinh dự đón nhận Huân chương Lao động hạng Ba"
    assert captions_in(VISIT, line, VISIT_MORE) == [(line, "")]


def test_a_line_long_only_by_its_officials_titles_is_read_by_what_it_tells():
    first = "Toàn cảnh phiên khai mạc Đại hội"
    long_titled = ("Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng ban Tuyên giáo và Dân vận Tỉnh ủy, Chủ tịch Ủy ban Mặt trận "
                   "Tổ quốc Việt Nam tỉnh Lê Thị Ngọc Hân hướng dẫn các tổ thảo luận dự thảo Báo cáo chính trị trình "
                   "Đại hội đại biểu Đảng bộ tỉnh")
    parsed = parse_report(VISIT, first, long_titled, VISIT_MORE)
    assert [p.text for p in parsed.captions] == [first, long_titled]


def test_a_long_unstopped_line_without_titles_is_still_the_storys():
    told = ("Đại biểu các tổ tập trung thảo luận những giải pháp tháo gỡ khó khăn cho sản xuất, kinh doanh, thu hút "
            "đầu tư vào các khu công nghiệp, phát triển hạ tầng giao thông kết nối vùng và chăm lo đời sống của "
            "người dân vùng sâu, vùng xa")
    assert captions_in(VISIT, "Toàn cảnh phiên khai mạc Đại hội", VISIT_MORE, told, VISIT) == [
        ("Toàn cảnh phiên khai mạc Đại hội", "")]


def test_a_short_unstopped_line_of_people_doing_something_is_one_more_unstopped_caption():
    first = "Quang cảnh phiên thảo luận ở hội trường"
    line = "Đại biểu góp ý tại tổ"
    parsed = parse_report(VISIT, first, VISIT_MORE, line)
    assert [p.text for p in parsed.captions] == [first, line]


def test_a_word_pair_cut_short_under_unstopped_captions_is_no_caption():
    first = "Quang cảnh phiên thảo luận ở hội trường"
    parsed = parse_report(VISIT, first, VISIT_MORE, "Thiếu tá C")
    assert [p.text for p in parsed.captions] == [first]


MONTHLY = ("Sáng 22/5, Ban Tuyên giáo Huyện ủy tổ chức Hội nghị báo cáo viên định kỳ tháng 5/2025, thông tin tới "
           "cán bộ chủ chốt của các xã, thị trấn về tình hình thời sự trong nước, quốc tế nổi bật thời gian qua.")


def test_a_meeting_named_by_its_month_is_no_span_of_time():
    line = "Ban Tuyên giáo Huyện ủy mở Hội nghị báo cáo viên định kỳ tháng 5/2025"
    assert captions_in(MONTHLY, line, VISIT_MORE) == [(line, "")]


def test_a_span_of_months_is_still_the_storys():
    told = "Ban Tuyên giáo Huyện ủy mở các lớp bồi dưỡng báo cáo viên từ tháng 5/2025"
    assert captions_in(MONTHLY, told, VISIT_MORE) == []
