"""Photo captions, their credits, the editor's "make this a caption" offers and event dates in the shapes of reports
1155-1202: a page laid out as a table, each photo's caption in a cell under the cell of its picture ("![]() |", or a
bare "|" where the picture's markup was lost); a photo's alternative text and its caption printed one above the other
a capital apart; "ảnh" typed in lower case in a credit after a dash; a web page's own labels ("Tin cùng chuyên mục",
"Xem thêm >>"), a place's name signed alone under the story and "Ngoài …, … còn …" offered as captions; a day named as
tomorrow ("Ngày mai 12-12") in a live report.

Every sentence here is made up in the shapes the reports use; none is taken from the corpus.
"""

from importer.recognition.dates import read_event_date
from importer.recognition.layout import caption_candidates, caption_score, parse_plain_text, split_credit

# Three of the story's long paragraphs, each saying something else: paragraphs alike would read as labels or echoes.
LONG = ("Buổi làm việc diễn ra trong không khí cởi mở, các đại biểu trao đổi nhiều ý kiến về công tác chăm lo đời "
        "sống người dân, phát triển kinh tế địa phương và giữ gìn an ninh trật tự trên địa bàn trong thời gian tới.")
LONG2 = ("Năm qua, huyện hoàn thành 18 trên 20 chỉ tiêu chủ yếu, thu ngân sách vượt dự toán, hạ tầng giao thông nông "
         "thôn được đầu tư đồng bộ, đời sống vật chất và tinh thần của bà con tiếp tục được nâng lên rõ rệt.")
LONG3 = ("Kết thúc chương trình, đoàn công tác đến dâng hương tại đài tưởng niệm, sau đó làm việc với lãnh đạo các "
         "hợp tác xã về tình hình tiêu thụ nông sản, vốn vay ưu đãi và việc mở rộng vùng nguyên liệu sạch.")
LEAD = f"Sáng 14/3, Ban Thường vụ Huyện ủy làm việc với Đảng ủy xã Tân Lập về công tác xây dựng Đảng. {LONG}"


def parsed(*paragraphs, headline="Ban Thường vụ Huyện ủy làm việc với xã Tân Lập"):
    return parse_plain_text("\n\n".join([headline, *paragraphs]))


def captions(*paragraphs):
    return [p.text for p in parsed(*paragraphs).captions]


def offered(*paragraphs):
    """The paragraphs offered to the editor as captions; the first is the lead."""
    return [paragraphs[index] for index, _score, _reasons in caption_candidates(list(paragraphs))]


# --- A table's cells: the picture's, then its caption's -------------------------------------------------------------


def test_a_table_cell_under_the_cell_of_a_picture_is_that_pictures_caption():
    # "![]() |" is the picture's cell, copied without its address; the cell under it, a bar either side, its caption.
    text = captions(LEAD, "![]() |", "| Quang cảnh buổi làm việc. |", LONG2)
    assert text == ["Quang cảnh buổi làm việc."]


def test_a_table_cell_under_a_bare_bar_is_a_caption_where_the_pictures_markup_was_lost():
    text = captions(LEAD, " |", "| Bí thư Huyện ủy Lê Văn An trao quà cho cán bộ xã Tân Lập. |", LONG2)
    assert text == ["Bí thư Huyện ủy Lê Văn An trao quà cho cán bộ xã Tân Lập."]


def test_two_pictures_captioned_alike_in_their_cells_are_two_captions_not_a_label():
    # The same words under two pictures are a label elsewhere; a cell under a picture's cell is that picture's own.
    text = parsed(LEAD, "![]() |", "| Các đội thi phần chào hỏi |", LONG2,
                  "![]() |", "| Các đội thi phần chào hỏi |", LONG3)
    assert [p.text for p in text.captions] == ["Các đội thi phần chào hỏi"] * 2


def test_a_table_cell_with_no_picture_above_is_a_related_storys_box():
    # "| … |" at a page's top or between paragraphs, no picture's cell above it: the teaser of another story.
    text = parsed("| Đoàn viên thanh niên xã Tân Lập ra quân dọn vệ sinh môi trường. |", LEAD,
                  "| Huyện đoàn trao quà cho thiếu nhi vùng khó khăn. |", LONG2)
    assert text.captions == []
    assert caption_score("| Huyện đoàn trao quà cho thiếu nhi vùng khó khăn. |")[0] is None


def test_a_cell_is_read_and_kept_without_its_bars():
    # The bars open no sentence: the cell is scored on what it says, and the photo keeps what the cell holds.
    line = "| bí thư huyện ủy trao quà cho cán bộ xã. |"
    assert caption_score(line, under_picture_cell=True)[0] is not None
    assert captions(LEAD, "![]() |", line, LONG2) == ["bí thư huyện ủy trao quà cho cán bộ xã."]


def test_a_cell_under_a_picture_is_offered_as_the_importer_reads_it():
    # A cell the importer left in the story is offered on the same evidence; one under no picture is not.
    assert offered(LEAD, "![]() |", "| Lãnh đạo các cấp dự hội thi |", LONG2) == ["| Lãnh đạo các cấp dự hội thi |"]
    assert offered(LEAD, LONG3, "| Lãnh đạo các cấp dự hội thi |", LONG2) == []


# --- A photo's alternative text and its caption, a capital apart ----------------------------------------------------


def test_alternative_text_and_caption_a_capital_apart_are_one_picture_captioned_as_printed_under_it():
    # "Quang cảnh hội nghị" (the picture's alternative text), then "Quang cảnh Hội nghị" (its caption): one photo, and
    # its caption is the line the page printed under it.
    text = captions(LEAD, "Quang cảnh hội nghị\nQuang cảnh Hội nghị", LONG2)
    assert text == ["Quang cảnh Hội nghị"]


def test_the_same_line_twice_word_for_word_is_still_one_caption():
    assert captions(LEAD, "Quang cảnh hội nghị\nQuang cảnh hội nghị", LONG2) == ["Quang cảnh hội nghị"]


def test_two_different_lines_in_one_block_are_still_one_paragraph():
    # Only the same words, a capital more or less, are a line printed twice; two lines saying different things are
    # one paragraph broken by the page.
    text = parsed(LEAD, "Quang cảnh hội nghị\nĐại biểu dự hội nghị", LONG2)
    assert [p.text for p in text.paragraphs][1] == "Quang cảnh hội nghị Đại biểu dự hội nghị"


# --- "ảnh" in lower case in a credit ---------------------------------------------------------------------------------


def test_a_credit_typed_in_lower_case_after_a_dash_is_split_off():
    assert split_credit("Tàu cá chuẩn bị ra khơi - ảnh: T.H.N") == ("Tàu cá chuẩn bị ra khơi", "Ảnh: T.H.N")
    assert split_credit("Đội tuần tra trên sông Tiền – ảnh: Minh Khoa") == ("Đội tuần tra trên sông Tiền",
                                                                           "Ảnh: Minh Khoa")


def test_a_lower_case_credit_weighs_as_a_credit_under_a_picture():
    text = parsed(LEAD, "Tàu cá chuẩn bị ra khơi - ảnh: T.H.N", LONG2).captions
    assert [(p.text, p.credit) for p in text] == [("Tàu cá chuẩn bị ra khơi", "Ảnh: T.H.N")]


def test_a_byline_or_lower_case_words_after_ảnh_are_no_credit_split_off_a_caption():
    # "Tin - ảnh: X" is the byline, too short to hold a caption before it; "ảnh: minh họa" names no photographer.
    assert split_credit("Tin - ảnh: Minh Khoa") == ("Tin - ảnh: Minh Khoa", "")
    assert split_credit("Tàu cá chuẩn bị ra khơi - ảnh: minh họa") == ("Tàu cá chuẩn bị ra khơi - ảnh: minh họa", "")


# --- What the editor is offered ---------------------------------------------------------------------------------------


def test_a_web_pages_own_labels_are_never_offered_nor_read_as_captions():
    for label in ("Viết bình luận mới", "Tin cùng chuyên mục", "Các tin khác", "Xem thêm >>", "TIN LIÊN QUAN",
                  "Số lượt xem: 1.250"):
        assert caption_score(label, previous=LONG, following=LONG2)[0] is None, label
        assert offered(LEAD, LONG2, label, LONG3) == [], label


def test_a_line_opening_with_a_labels_word_and_going_on_is_read_as_any_line():
    # "Chia sẻ" alone is a page's button; a line that goes on says something, and is scored as lines are.
    score, _reasons = caption_score("Bí thư Huyện ủy chia sẻ với gia đình ngư dân gặp nạn.", previous=LONG,
                                    following=LONG2)
    assert score is not None


def test_a_places_name_alone_on_its_line_is_neither_offered_nor_a_caption():
    # "Thái Bình." under the last paragraph: the province the report came from, signed as a tag; a name alone shows
    # nothing a picture would, between two paragraphs either.
    assert offered(LEAD, LONG2, LONG3, "Thái Bình.") == []
    assert offered(LEAD, LONG2, "Thái Bình.", LONG3) == []
    assert captions(LEAD, LONG2, "Thái Bình.", LONG3) == []


def test_a_short_line_with_words_in_lower_case_between_long_paragraphs_is_still_offered():
    # The same shape with what the picture shows in words of lower case is still the editor's to decide.
    assert offered(LEAD, LONG2, "Hợp tác xã Tân Lập.", LONG3) == ["Hợp tác xã Tân Lập."]


def test_besides_what_was_told_one_more_thing_done_is_the_storys():
    # "Ngoài …, đoàn còn …": the story adds one more thing the delegation did; a picture shows its moment alone.
    line = "Ngoài thăm hỏi, đoàn còn trao 20 suất quà cho ngư dân bám biển."
    assert offered(LEAD, LONG2, line, LONG3) == []
    assert line not in captions(LEAD, LONG2, line, LONG3)


def test_the_same_handing_over_told_as_a_pictures_line_is_still_a_caption():
    line = "Đoàn công tác trao quà cho ngư dân bám biển."
    assert captions(LEAD, LONG2, line, LONG3) == [line]


# --- A day named as tomorrow ------------------------------------------------------------------------------------------


def test_a_day_named_as_tomorrow_is_still_to_come_and_dates_nothing():
    # A live report's entry: "(Ngày mai 15-12, kỳ họp làm việc tiếp …)" tells the next sitting, not the day reported.
    found = read_event_date(["-16 giờ 05 phút: Trưởng Ban Pháp chế HĐND tỉnh trình bày báo cáo thẩm tra. (Ngày mai "
                             "15-12, kỳ họp tiếp tục làm việc theo chương trình)"], year=2019)
    assert found is None


def test_the_days_own_date_wins_over_tomorrows_printed_after_it():
    found = read_event_date(["Tối 29/1, đoàn đại biểu huyện bạn về nước sau chương trình giao lưu.",
                             "Sáng mai (30/1), đoàn của huyện sang thăm đáp lễ."], year=2024)
    assert (found.day, found.month, found.year) == (29, 1, 2024)


def test_a_day_named_as_today_still_dates_the_report():
    found = read_event_date(["Sáng nay 14/12, kỳ họp thứ bảy HĐND tỉnh khai mạc."], year=2019)
    assert (found.day, found.month, found.year) == (14, 12, 2019)
