"""Lines that look like captions and are the story's (a meeting chaired by an official, told in the passive; the
copy's last line cut off mid-sentence; a subheading above the lead where the outlet credits every caption), and a
caption printed right under its photo's file name with no blank line between.

Every sentence is written for these tests, none is taken from the corpus.
"""

from tests.importer.shapes import VISIT, VISIT_MORE, captions_in

LEAD = ("Chiều 12-10, Chủ tịch UBND tỉnh Lê Quang Hưng cùng đoàn công tác đến các xã ven sông kiểm tra công tác khắc "
        "phục hậu quả mưa lũ, thăm hỏi những hộ dân có nhà bị ngập sâu và trao quà hỗ trợ các gia đình chính sách.")


def test_a_photos_file_name_glued_above_its_caption_marks_the_photo_and_is_left_out_of_it():
    line = ("Đồng chí Lê Văn Hòa, Bí thư Huyện ủy Tân Lạc gắn Huy hiệu 40 năm tuổi Đảng và tặng hoa cho đồng chí "
            "Trần Thị Mai, Phó Chủ tịch UBND huyện")
    assert captions_in(VISIT, f"ANH-01.jpg\n{line}", VISIT_MORE) == [(line, "")]


def test_a_meeting_chaired_by_an_official_told_in_the_passive_stays_in_the_story():
    line = "Hội nghị do Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện Bảo Lâm Đinh Văn Lâm chủ trì."
    assert captions_in(VISIT, line, VISIT_MORE) == []


def test_the_passive_under_a_photographers_credit_is_still_a_caption():
    line = "Phiên bế mạc do Chủ tịch HĐND tỉnh Hoàng Minh Đức điều hành."
    assert captions_in(VISIT, f"{line} Ảnh: Thu Hà", VISIT_MORE) == [(line, "Ảnh: Thu Hà")]


def test_the_copys_last_line_cut_off_mid_sentence_is_not_a_caption_where_the_captions_are_stopped():
    caption = "Các đại biểu dự hội nghị."
    cut = "Đồng chí Hà Văn Tuấn, nguyên Phó Chủ tịch UBND huyện Bảo Lâm góp thêm"
    assert captions_in(VISIT, caption, VISIT_MORE, cut) == [(caption, "")]


def test_a_cut_last_line_showing_a_photos_verb_is_still_a_caption():
    caption = "Các đại biểu dự hội nghị."
    cut = "Lãnh đạo Hội Nông dân huyện Bảo Lâm tặng quà cho bà con"
    assert captions_in(VISIT, caption, VISIT_MORE, cut) == [(caption, ""), (cut, "")]


def test_an_unstopped_first_line_above_the_lead_is_a_subheading_where_the_outlet_credits_its_captions():
    heading = "Lãnh đạo tỉnh đến thăm hỏi bà con vùng lũ"
    caption = "Chủ tịch UBND tỉnh Lê Quang Hưng trao quà cho các hộ dân xã Hòa Phong."
    assert captions_in(heading, LEAD, f"{caption} Ảnh: MINH ANH", VISIT_MORE) == [(caption, "Ảnh: MINH ANH")]
