"""A commemoration's picture where people recall a tradition ("… cùng nhắc lại truyền thống …", "… đọc diễn văn nhắc
lại lịch sử …"): "nhắc lại" with a tradition or a history as its object is the ceremony's act of remembrance, not
reported speech; with what was said as its object it still reports words.

Every sentence is written for these tests, none is taken from the corpus.
"""

from importer.recognition.layout import caption_score
from tests.importer.shapes import VISIT, VISIT_MORE, captions_in

MEETING = ("Sáng 12/10, Hội Cựu chiến binh huyện Hòa Lạc tổ chức buổi gặp mặt hội viên nhân kỷ niệm ngày thành lập "
           "Hội; tại buổi gặp mặt, các hội viên cùng nhắc lại truyền thống 30 ngày đêm giữ cao điểm Đồi Thông và thăm "
           "hỏi những đồng đội còn nhiều khó khăn.")


def test_members_recalling_their_tradition_in_a_short_line_under_the_story_is_a_caption():
    line = "Hội viên cùng nhắc lại truyền thống 30 ngày đêm giữ cao điểm Đồi Thông."
    assert captions_in(MEETING, line, VISIT_MORE) == [(line, "")]


def test_an_official_reading_an_address_that_recalls_the_history_is_a_caption():
    line = ("Đồng chí Trần Văn Nam, Bí thư Tỉnh ủy, đọc diễn văn nhắc lại lịch sử đấu tranh cách mạng của quê hương "
            "Hòa Lạc")
    score, reasons = caption_score(line, previous=VISIT, following=VISIT_MORE)
    assert "từ ngữ tường thuật" not in reasons
    assert "động từ chú thích" in reasons


def test_recalling_what_someone_said_is_still_reported_speech():
    line = "Ông Trần Văn Nam nhắc lại chỉ đạo của tỉnh về công tác chuẩn bị đại hội."
    score, reasons = caption_score(line, previous=VISIT, following=VISIT_MORE)
    assert "từ ngữ tường thuật" in reasons
    assert captions_in(VISIT, line, VISIT_MORE) == []


def test_a_tradition_recalled_beside_other_story_words_still_counts_those_words():
    line = "Các đại biểu nhắc lại truyền thống và sẽ tiếp tục giữ vững khối đoàn kết ở địa phương."
    score, reasons = caption_score(line, previous=VISIT, following=VISIT_MORE)
    assert "từ ngữ tường thuật" in reasons
    assert captions_in(VISIT, line, VISIT_MORE) == []
