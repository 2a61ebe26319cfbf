"""Shapes of photo captions that pages print again and again: the same line twice in a row (a photo's alternative
text, then its caption), a credit alone on the line under the caption, one label under several photos, a town's
abbreviation "TX." inside a caption, a caption typed in lower case or printed in brackets; and a story's sentence
opening "Ngay tại…", which stays in the story.

Every sentence is written for these tests, none is taken from the corpus.
"""

from tests.importer.shapes import VISIT, VISIT_MORE, captions_in, parse_report


def test_a_line_printed_twice_in_a_row_is_one_photo_with_its_caption():
    # The page's alternative text for the photo, then its caption, alike: one photo waits for its picture, not two.
    line = "ông Lò Văn Pín hỏi thăm sức khỏe và chúc năm mới các hộ gia đình ở bản Púng"
    assert captions_in(VISIT, line, line, VISIT_MORE) == [(line, "")]


def test_a_lead_printed_twice_stays_the_lead():
    assert captions_in(VISIT, VISIT, VISIT_MORE) == []


def test_a_credit_alone_under_a_line_makes_that_line_the_captioned_one():
    line = "Chiến sĩ Trạm Biên phòng Cửa Lở tuần tra, sẵn sàng giữ vững chủ quyền vùng biển."
    assert captions_in(VISIT, line, "Ảnh: Minh Khôi/Báo Biên Cương", VISIT_MORE) == [(line, "Ảnh: Minh Khôi/Báo Biên Cương")]


def test_the_same_label_under_several_photos_is_not_a_caption():
    label = "Hải đội 5, Bộ Tư lệnh Vùng Hải quân 4"
    first = "Thượng tá Hà Văn Sơn, Chính ủy Hải đội 5 trao quà cho ngư dân xã Hòa Lợi."
    second = "Thiếu tá Đinh Quang Bảo, Phó Hải đội trưởng trao quà cho bà con xã Hòa Tân."
    texts = [p.text for p in parse_report(VISIT, label, first, label, second, VISIT_MORE).captions]
    assert label not in texts
    assert texts == [first, second]


def test_a_towns_abbreviation_is_not_the_end_of_a_sentence():
    line = ("Đồng chí Vũ Minh Tâm trao cho xã Long Phú, TX. Hòa Bình quyết định công nhận đạt chuẩn nông thôn mới. "
            "Ảnh: TL")
    assert captions_in(VISIT, line, VISIT_MORE) == [(line.removesuffix(" Ảnh: TL"), "Ảnh: TL")]


def test_a_story_sentence_opening_with_ngay_tai_stays_in_the_story():
    line = "Ngay tại hội nghị, Hải đội 5 đón nhận cờ truyền thống do Đại tá Phan Công Lý trao."
    assert captions_in(VISIT, line, VISIT_MORE) == []


def test_a_caption_typed_in_lower_case_opens_with_who_is_pictured():
    line = "đồng chí Trịnh Văn Lực, phó bí thư đảng ủy phường phát biểu tại hội nghị."
    assert captions_in(VISIT, line, VISIT_MORE) == [(line, "")]


def test_a_paragraph_broken_in_two_by_the_page_is_no_caption():
    assert captions_in(VISIT, "rất đông bà con, có nhiều dân tộc cùng sinh sống ở đây.", VISIT_MORE) == []


def test_captions_printed_in_brackets_are_read_inside_them():
    lines = ["( Tiết mục múa sạp chào mừng ngày hội)",
             "( Bà con biểu quyết chọn trưởng bản nhiệm kỳ mới)",
             "( Đồng chí Hà Thị Lụa, Phó Chủ tịch UBND huyện trao quà cho bản)"]
    assert [text for text, _credit in captions_in(VISIT, *lines, VISIT_MORE)] == lines
