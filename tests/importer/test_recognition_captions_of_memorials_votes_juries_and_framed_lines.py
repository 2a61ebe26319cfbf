"""Photo captions of memorials, votes, addresses and views, a jury's or a tour's pictures printed alike apart, a
caption in a page's photo frame closed by "|", a caption alone above the story without its full stop; and story
lines that only look like captions: a meeting hearing or passing its agenda, a line pointing back ("… này"), what
came next ("sau đó"), a ceremony's name ("lễ viếng"), and "Theo <outlet>" under a caption.

Every sentence is written for these tests, none is taken from the corpus.
"""

from importer.recognition.layout import CAPTION_THRESHOLD, caption_score, split_credit
from tests.importer.shapes import BODY, LEAD, MORE, VISIT, VISIT_MORE, captions_in


def test_a_page_frames_bar_is_neither_the_captions_nor_the_credits():
    line = "Lãnh đạo huyện thăm hỏi gia đình chính sách ở xã Tân Lập. Ảnh: Minh Châu |"
    assert split_credit(line) == ("Lãnh đạo huyện thăm hỏi gia đình chính sách ở xã Tân Lập.", "Ảnh: Minh Châu")
    assert captions_in(VISIT, line, VISIT_MORE) == [
        ("Lãnh đạo huyện thăm hỏi gia đình chính sách ở xã Tân Lập.", "Ảnh: Minh Châu")]
    # A related story's box is framed on both sides: its bars are left alone.
    boxed = "| Ngày 4/5, Hải đoàn 18 tổ chức hội nghị tuyên truyền biển, đảo. |"
    assert split_credit(boxed) == (boxed, "")


def test_framed_captions_one_after_another_are_a_photo_essay():
    lines = ["Dâng hương ở Nghĩa trang liệt sĩ huyện Tân Biên |",
             "Thượng tá Lê Văn Hòa cùng đoàn công tác đặt vòng hoa ở Đài tưởng niệm |",
             "Thiếu tá Trần Minh Tâm thắp nén tâm hương tưởng nhớ các anh hùng |"]
    assert [text for text, _ in captions_in(VISIT, *lines, VISIT_MORE)] == [line.removesuffix(" |") for line in lines]


def test_theo_an_outlet_under_a_caption_is_the_storys_source_not_the_photographer():
    line = "Lãnh đạo huyện trao quà cho gia đình chính sách ở xã Tân Lập."
    assert captions_in(VISIT, line, "Theo TTXVN", VISIT_MORE) == [(line, "")]


def test_the_fallen_who_gave_their_lives_are_not_the_storys_tense():
    line = "Đoàn viên thanh niên thắp hương trên phần mộ các liệt sĩ đã hy sinh cho độc lập, tự do của dân tộc"
    assert captions_in(VISIT, line, VISIT_MORE) == [(line, "")]
    told = "Đoàn viên thanh niên đã thắp hương trên phần mộ các liệt sĩ ở nghĩa trang huyện"
    assert captions_in(VISIT, told, VISIT_MORE) == []


def test_a_vote_cast_is_a_pictured_moment_what_came_next_is_the_story():
    line = "Đảng viên bỏ phiếu bầu Chi ủy khóa mới"
    assert captions_in(VISIT, line, VISIT_MORE) == [(line, "")]
    told = "Ban Chấp hành sau đó bỏ phiếu cho chức danh này, và ông Lê Văn Hòa được bầu làm Bí thư Huyện ủy."
    assert captions_in(VISIT, told, VISIT_MORE) == []


def test_paying_respects_is_a_pictured_moment_a_ceremonys_name_is_not():
    line = "Đoàn đại biểu dự Đại hội Phụ nữ huyện đến viếng tại Đài tưởng niệm liệt sĩ huyện Tân Biên"
    assert captions_in(VISIT, line, VISIT_MORE) == [(line, "")]
    assert "động từ chú thích" in caption_score(line)[1]
    assert captions_in(VISIT, "Một số hình ảnh lễ viếng Nghĩa trang liệt sĩ huyện", VISIT_MORE) == []


def test_an_address_read_from_the_rostrum_unless_the_next_paragraph_gives_its_words():
    line = "Đồng chí Lê Văn Hòa, Bí thư Huyện ủy Tân Biên đọc diễn văn khai mạc Đại hội đại biểu Đảng bộ huyện lần thứ XII."
    assert captions_in(VISIT, line, VISIT_MORE) == [(line, "")]
    speech = ("Đồng chí Lê Văn Hòa nhấn mạnh, nhiệm kỳ qua Đảng bộ huyện đã lãnh đạo hoàn thành nhiều chỉ tiêu quan "
              "trọng, đời sống của nhân dân được nâng lên rõ rệt.")
    assert captions_in(VISIT, line, speech) == []


def test_a_view_of_the_place_is_a_pictures_line():
    line = "Thị trấn Mường Tè hôm nay nhìn từ trên cao."
    assert captions_in(VISIT, line, VISIT_MORE) == [(line, "")]


def test_a_meeting_hearing_or_passing_its_agenda_is_the_storys_account():
    line = ("Phiên họp nghe đồng chí Trần Văn Minh, Phó Chủ tịch HĐND huyện trình bày dự kiến nội dung, chương trình "
            "kỳ họp chuyên đề của HĐND huyện.")
    assert captions_in(VISIT, line, VISIT_MORE) == []
    assert "chương trình của cuộc họp" in caption_score(line)[1]
    # Hands raised in a vote are seen: a meeting voting is pictured.
    assert "chương trình của cuộc họp" not in caption_score("Đại hội biểu quyết thông qua Nghị quyết.")[1]


def test_a_line_pointing_back_at_the_story_is_the_storys():
    line = "Ở buổi gặp mặt này, các đại biểu biểu quyết tán thành đề án sáp nhập xã."
    assert captions_in(VISIT, line, VISIT_MORE) == []


def test_a_first_line_without_its_full_stop_is_a_pictures_not_the_lead():
    line = "Đại tá Trần Văn Minh, Chỉ huy trưởng Bộ đội Biên phòng tỉnh trao bằng khen cho các tập thể và cá nhân"
    assert captions_in(line, BODY, MORE) == [(line, "")]
    # With its full stop, the same line first is the lead.
    assert captions_in(line + ".", BODY, MORE) == []


def test_short_lines_opening_alike_are_one_scenes_pictures_in_a_row_or_apart():
    jury = ["Giám khảo chấm điểm loại hình báo in", "Giám khảo chấm điểm các tác phẩm phát thanh, truyền hình"]
    assert [text for text, _ in captions_in(LEAD, VISIT, *jury, VISIT_MORE)] == jury
    tour = ["Đại biểu tiếp xúc cử tri ở xã Tân Lập", "Đại biểu tiếp xúc cử tri ở phường 2"]
    assert [text for text, _ in captions_in(LEAD, tour[0], VISIT, tour[1], VISIT_MORE)] == tour


def test_short_lines_opening_alike_with_a_storys_words_or_printed_unalike_are_not():
    told = ["Giám khảo đã chấm điểm các tác phẩm báo in", "Giám khảo đã chấm điểm các tác phẩm phát thanh"]
    assert captions_in(LEAD, VISIT, *told, VISIT_MORE) == []
    unalike = ["Kết quả nổi bật trong năm", "Kết quả nổi bật trong năm qua."]
    assert captions_in(LEAD, unalike[0], VISIT, unalike[1], VISIT_MORE) == []


def test_a_wards_abbreviation_ends_no_sentence():
    score, reasons = caption_score("Tổ đại biểu tiếp xúc cử tri ở P. Tân An (TP. Cần Thơ).")
    assert score is not None and "nhiều câu" not in reasons
    assert CAPTION_THRESHOLD > 0
