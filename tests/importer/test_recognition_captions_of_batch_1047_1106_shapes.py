"""Photo captions dated by the day they were taken, placing someone in the picture, naming one act of a show, under a
photo's file name printed without its extension, or naming the head of a visiting delegation whose words the story
then reports; and story lines that only look like captions: a paragraph of the story's length under the headline
printed again, an event told by whom it had among its guests, and a subheading printed in capitals.

Every sentence is written for these tests, none is taken from the corpus.
"""

from importer.recognition.article import suggest_captions
from importer.recognition.layout import caption_score
from tests.importer.shapes import LEAD, VISIT, VISIT_MORE, captions_in

HEADLINE = "Lãnh đạo tỉnh làm việc với các sở, ngành về kế hoạch năm 2019"


def test_a_days_date_after_the_picture_is_when_it_was_taken_not_a_span_of_time():
    line = "Phó Chủ tịch UBND tỉnh Trần Văn Minh chủ trì hội nghị với các sở, ngành, ngày 12/4/2019."
    assert "khoảng thời gian" not in caption_score(line)[1]
    assert captions_in(VISIT, line, VISIT_MORE) == [(line, "")]


def test_a_days_date_closing_a_span_or_an_anniversarys_two_dates_are_still_a_span():
    assert "khoảng thời gian" in caption_score("Đợt kiểm tra của các đoàn kéo dài tới ngày 30/6/2019.")[1]
    assert "khoảng thời gian" in caption_score(
        "Lễ kỷ niệm 75 năm Ngày truyền thống lực lượng vũ trang tỉnh (12/5/1947 - 12/5/2022).")[1]
    assert "khoảng thời gian" in caption_score("Các sở, ngành rà soát hồ sơ từ tháng 3/2019.")[1]


def test_someone_placed_in_the_picture_may_be_asking_something_there():
    line = ("Ông Lê Văn Nam (trái), Phó Bí thư Huyện ủy, Chủ tịch UBND huyện, đề nghị doanh nghiệp giúp đỡ bà con "
            "tiêu thụ nông sản.")
    assert captions_in(VISIT, line, VISIT_MORE) == [(line, "")]
    # Without the place in the picture, a request reported is the story's.
    told = line.replace(" (trái)", "")
    assert captions_in(VISIT, told, VISIT_MORE) == []


def test_one_act_of_a_show_is_a_pictures_line_even_as_the_last_line():
    line = "Một tiết mục văn nghệ chào mừng ngày hội của đồng bào các bản."
    assert "mở đầu kiểu chú thích" in caption_score(line)[1]
    assert captions_in(VISIT, VISIT_MORE, line) == [(line, "")]


def test_a_paragraph_of_the_storys_length_under_the_headline_printed_again_is_the_story():
    told = ("Đồng chí Phạm Văn Tuấn, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh thay mặt "
            "đoàn công tác đọc các quyết định của Ủy ban nhân dân tỉnh cùng kế hoạch kiểm tra chi tiết đối với từng sở, "
            "ngành, địa phương và đơn vị sự nghiệp được kiểm tra trong năm.")
    assert captions_in(VISIT, HEADLINE, told, VISIT_MORE, headline=HEADLINE) == []
    # A caption's length under it is still the photo's line.
    line = "Đồng chí Phạm Văn Tuấn phát biểu tại hội nghị."
    assert captions_in(VISIT, HEADLINE, line, VISIT_MORE, headline=HEADLINE) == [(line, "")]


def test_a_photos_file_name_without_its_extension_marks_the_picture_above_its_line():
    first = "Các đại biểu dự hội thảo."
    line = "Đồng chí Hoàng Văn Long – Phó Chủ tịch UB"
    assert captions_in(VISIT, "hoi-thao-1", first, VISIT_MORE, "hoi-thao-2", line) == [(first, ""), (line, "")]
    # The same line cut short at the end of the text, with no photo above it, is the story's last paragraph.
    assert captions_in(VISIT, "hoi-thao-1", first, VISIT_MORE, line) == [(first, "")]


def test_the_story_going_on_with_the_words_of_the_delegations_head_leaves_the_line_a_caption():
    line = ("Ông Trần Văn Bình, Phó Chủ tịch UBND tỉnh tiếp Đoàn công tác tỉnh bạn do ông Lê Hoàng Long, Phó Chủ tịch "
            "UBND tỉnh Kiên Giang làm trưởng đoàn")
    said = ("Ông Lê Hoàng Long cho biết đoàn mong muốn học hỏi kinh nghiệm của tỉnh trong thu hút đầu tư, phát triển du "
            "lịch cộng đồng và xây dựng nông thôn mới ở các xã vùng sâu, vùng xa trong thời gian tới.")
    assert captions_in(VISIT, line, said) == [(line, "")]
    # The line's own subject saying more is the story going on with the speaker it brought in.
    spoke = "Ông Trần Văn Bình, Phó Chủ tịch UBND tỉnh phát biểu khai mạc hội nghị."
    goes_on = said.replace("Ông Lê Hoàng Long cho biết đoàn", "Ông Trần Văn Bình cho biết tỉnh")
    assert captions_in(VISIT, spoke, goes_on) == []


def test_an_event_told_by_whom_it_had_among_its_guests_is_not_offered_as_a_caption():
    told = ("Chương trình có sự tham dự của ông Nguyễn Văn Phúc, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo "
            "Tỉnh ủy cùng ông Lê Thành Công, Giám đốc Đài Phát thanh và Truyền hình tỉnh.")
    assert "liệt kê người cùng dự" in caption_score(told)[1]
    assert [s.caption for s in suggest_captions(LEAD, f"<p>{told}</p><p>{VISIT}</p>")] == []


def test_a_line_in_capitals_with_its_tone_marks_is_a_subheading_not_a_caption_nor_an_offer():
    heading = "TRAO GIẢI CHO 25 TÁC PHẨM TIÊU BIỂU"
    assert caption_score(heading) == (None, ["in hoa cả dòng"])
    assert [s.caption for s in suggest_captions(LEAD, f"<p>{VISIT}</p><p>{heading}</p><p>{VISIT_MORE}</p>")] == []
    # Typed in capitals without tone marks, the line is read as any other.
    assert caption_score("LANH DAO TINH TRAO QUA CHO BA CON")[0] is not None
