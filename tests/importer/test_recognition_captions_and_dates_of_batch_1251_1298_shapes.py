"""Photo captions, their credits and event dates in the shapes of reports 1251-1298: a photo's alternative text typed
without diacritics, the headline's slug and "anh 2" ("Hoi nghi Ban Chap hanh anh 2"), under a picture or glued on
the line under the previous picture's caption and its credit, two of them glued on one line; a page's posting line
with the date written out and its time after it ("Thứ Hai, ngày 12 tháng 05 năm 2021, 08:15:30").

Every sentence here is made up in the shapes the reports use; none is taken from the corpus.
"""

from importer.recognition.dates import read_event_date
from importer.recognition.layout import parse_plain_text, split_paragraphs

HEADLINE = "Bí thư Tỉnh ủy dự hội nghị tổng kết của huyện Tân Lập"
LEAD = ("Sáng 14/3, đồng chí Lê Văn An, Bí thư Tỉnh ủy, dự hội nghị tổng kết công tác năm của Đảng bộ huyện Tân Lập, "
        "cùng dự có lãnh đạo các sở, ngành của tỉnh và đại diện các xã, thị trấn trong huyện.")
LONG = ("Năm qua, huyện hoàn thành 18 trên 20 chỉ tiêu chủ yếu, thu ngân sách vượt dự toán, hạ tầng giao thông nông "
        "thôn được đầu tư đồng bộ, đời sống vật chất và tinh thần của bà con tiếp tục được nâng lên rõ rệt.")
FIRST = "Đồng chí Lê Văn An, Bí thư Tỉnh ủy, phát biểu tại hội nghị. Ảnh: Minh Hà."
SECOND = "Ông Trần Văn Bình, Chủ tịch UBND huyện, báo cáo kết quả công tác năm. Ảnh: Minh Hà."
THIRD = "Đại biểu các xã dự hội nghị. Ảnh: Minh Hà."


def parsed(body):
    return parse_plain_text(f"{HEADLINE}\n\n{body}")


# --- A photo's alternative text typed without diacritics -------------------------------------------------------------


def test_alternative_texts_typed_without_diacritics_and_numbered_anh_mark_photos_not_captions():
    # "Bi thu Tinh uy anh 1" above each caption: the page's slug of the headline, "ảnh" typed "anh".
    text = parsed(f"{LEAD}\n\nBi thu Tinh uy anh 1\n\n{FIRST}\n\nBi thu Tinh uy anh 2\n\n{SECOND}\n\n{LONG}")
    assert [(p.text, p.credit) for p in text.captions] == [
        ("Đồng chí Lê Văn An, Bí thư Tỉnh ủy, phát biểu tại hội nghị.", "Ảnh: Minh Hà"),
        ("Ông Trần Văn Bình, Chủ tịch UBND huyện, báo cáo kết quả công tác năm.", "Ảnh: Minh Hà"),
    ]
    assert all("anh 1" not in p.text and "anh 2" not in p.text for p in text.paragraphs if p.is_caption)


def test_the_next_photos_alternative_text_glued_under_a_credited_caption_is_not_part_of_its_credit():
    # No blank line between a caption and the next photo's alternative text: the credit stays the photographer's.
    text = parsed(f"{LEAD}\n\nBi thu Tinh uy anh 1\n\n{FIRST}\nBi thu Tinh uy anh 2\n\n{SECOND}\nBi thu Tinh uy anh 3"
                  f"\n\n{THIRD}\n\n{LONG}")
    assert [p.credit for p in text.captions] == ["Ảnh: Minh Hà"] * 3
    assert [p.text for p in text.captions][1] == "Ông Trần Văn Bình, Chủ tịch UBND huyện, báo cáo kết quả công tác năm."


def test_two_alternative_texts_glued_on_one_line_are_two_photos_marks_not_a_caption():
    text = parsed(f"{LEAD}\n\nBi thu Tinh uy anh 1\n\n{FIRST}\nBi thu Tinh uy anh 2\nBi thu Tinh uy anh 3"
                  f"Bi thu Tinh uy anh 4\n\n{THIRD}\n\n{LONG}")
    assert [p.text for p in text.captions] == ["Đồng chí Lê Văn An, Bí thư Tỉnh ủy, phát biểu tại hội nghị.",
                                               "Đại biểu các xã dự hội nghị."]
    assert "Bi thu Tinh uy anh 3" in [p.text for p in text.paragraphs]


def test_a_lower_case_anh_after_marked_words_is_a_brother_not_a_photo():
    # "anh" means "ảnh" only on a label typed wholly without diacritics; in a text with its marks it is a word.
    paragraphs = split_paragraphs("Câu chuyện của anh 2\nCâu chuyện của anh 3\n\nMột đoạn khác.")
    assert paragraphs == ["Câu chuyện của anh 2 Câu chuyện của anh 3", "Một đoạn khác."]


def test_a_story_line_ending_in_anh_with_a_number_once_is_left_in_its_paragraph():
    # The label must come back as a numbered line elsewhere: once, it may be anything.
    paragraphs = split_paragraphs("Quang canh hoi nghi\nQuang canh hoi nghi anh 1\n\nMột đoạn khác.")
    assert paragraphs == ["Quang canh hoi nghi Quang canh hoi nghi anh 1", "Một đoạn khác."]


# --- A posting line with the date written out and its time -----------------------------------------------------------


def test_a_posting_line_with_the_date_in_words_and_a_time_is_the_pages_stamp_not_the_event():
    found = read_event_date(["Thứ Hai, ngày 12 tháng 05 năm 2021, 08:15:30",
                             "Những năm qua, bà con các dân tộc ở vùng biên đã đổi thay nhiều trong làm ăn."])
    assert found is None


def test_the_stamp_with_its_time_gives_the_year_to_the_leads_day():
    found = read_event_date(["Thứ Hai, ngày 12 tháng 05 năm 2021, 08:15:30",
                             "Sáng 11/5, UBND huyện tổ chức hội nghị sơ kết công tác quý I."])
    assert found is not None and found.date.isoformat() == "2021-05-11"


def test_a_dateline_without_a_time_is_still_read_as_before():
    found = read_event_date(["Hải Phòng, ngày 27 tháng 02 năm 2020",
                             "Sáng 26/2, Ban Thường vụ Thành ủy họp phiên thường kỳ."])
    assert found is not None and found.date.isoformat() == "2020-02-26"
