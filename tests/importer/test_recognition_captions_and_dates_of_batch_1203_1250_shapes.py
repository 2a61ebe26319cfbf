"""Photo captions, their credits and event dates in the shapes of reports 1203-1250: "Ảnh" and the photographer's
name alone on the line under a caption, with no colon; an act of a show named by its genre ("Ca cảnh “…”", "Hoạt
cảnh …", "Điệu múa …"); a full date followed by the years counted since it ("Ngày 2/9/1945, cách nay 70 năm, …"); a
lead whose day is still to come ("Sáng nay (12-5), Bộ trưởng …; sẽ làm việc …"), the event dated further on.

Every sentence here is made up in the shapes the reports use; none is taken from the corpus.
"""

from importer.recognition.dates import read_event_date
from importer.recognition.layout import parse_plain_text

LONG = ("Buổi làm việc diễn ra trong không khí cởi mở, các đại biểu trao đổi nhiều ý kiến về công tác chăm lo đời "
        "sống người dân, phát triển kinh tế địa phương và giữ gìn an ninh trật tự trên địa bàn trong thời gian tới.")
LONG2 = ("Năm qua, huyện hoàn thành 18 trên 20 chỉ tiêu chủ yếu, thu ngân sách vượt dự toán, hạ tầng giao thông nông "
         "thôn được đầu tư đồng bộ, đời sống vật chất và tinh thần của bà con tiếp tục được nâng lên rõ rệt.")
LEAD = f"Tối 14/3, huyện Tân Lập khai mạc Hội xuân truyền thống năm 2026. {LONG}"


def parsed(*paragraphs, headline="Huyện Tân Lập khai mạc Hội xuân"):
    return parse_plain_text("\n\n".join([headline, *paragraphs]))


# --- "Ảnh Tên" alone under a caption --------------------------------------------------------------------------------


def test_photo_word_and_a_name_without_colon_under_a_caption_is_its_credit():
    text = parsed(LEAD, "Các đại biểu dự lễ khai mạc Hội xuân", "Các đại biểu dự lễ khai mạc Hội xuân",
                  "Ảnh Minh Khôi", LONG2)
    [caption] = text.captions
    assert caption.text == "Các đại biểu dự lễ khai mạc Hội xuân"
    assert caption.credit == "Ảnh: Minh Khôi"


def test_a_photos_kind_alone_under_a_caption_is_not_read_as_a_photographers_name():
    from importer.recognition.layout.captions import _credit_line

    assert _credit_line("Ảnh minh họa") == "Ảnh minh họa"
    assert _credit_line("Ảnh Thu Hà") == "Ảnh: Thu Hà"
    assert _credit_line("(Ảnh - Thu Hà)") == "Ảnh: Thu Hà"


# --- An act of a show named by its genre ----------------------------------------------------------------------------


def test_a_shows_act_named_by_its_genre_under_a_photo_is_a_caption():
    text = parsed(LEAD, "khaimachoixuan.jpg", "Ca cảnh “Huyền thoại sông Vàm”", LONG2)
    assert [p.text for p in text.captions] == ["Ca cảnh “Huyền thoại sông Vàm”"]


def test_a_dance_named_under_a_photo_is_a_caption():
    text = parsed(LEAD, "Điệu múa xòe của bà con bản Nà Phặc.", LONG2)
    assert [p.text for p in text.captions] == ["Điệu múa xòe của bà con bản Nà Phặc."]


# --- A full date with the years counted since it --------------------------------------------------------------------


def test_a_full_date_followed_by_the_years_counted_since_it_is_history():
    found = read_event_date([
        "Lãnh đạo tỉnh cùng đông đảo nhân dân về dự lễ kỷ niệm. Ngày 2/9/1945, cách nay 80 năm, chính quyền cách "
        "mạng của huyện được thành lập ngay tại đình làng.",
    ])
    assert found is None


def test_years_counted_with_cach_nay_before_a_date_is_history_too():
    found = read_event_date([
        "Cách nay 60 năm, ngày 15/4/1965, đội du kích xã Tân Lập đánh thắng trận đầu.",
    ])
    assert found is None


def test_a_full_date_not_counted_back_still_dates_the_report():
    found = read_event_date(["Ngày 2/9/2025, tỉnh tổ chức lễ kỷ niệm 80 năm Quốc khánh."])
    assert (found.day, found.month, found.year) == (2, 9, 2025)


# --- A lead whose day is still to come ------------------------------------------------------------------------------


def test_a_leads_day_whose_clause_says_what_will_happen_yields_to_the_event_dated_below():
    found = read_event_date([
        "Sáng nay (12-5), Bộ trưởng Bộ Nông nghiệp, trong chuyến công tác tại tỉnh; sẽ làm việc với lãnh đạo tỉnh.",
        "Trước đó, lễ khởi công hồ chứa nước được tổ chức vào tối 11-5, với sự tham dự của Bộ trưởng.",
    ])
    assert (found.day, found.month) == (11, 5)


def test_a_later_clause_with_its_own_subject_after_a_semicolon_does_not_put_the_day_to_come():
    found = read_event_date([
        "Chiều 22.12, buổi tiếp nhận cán bộ được tổ chức tại Hội trường Tỉnh ủy; nhiệm vụ cụ thể sẽ được thông báo sau.",
    ])
    assert (found.day, found.month) == (22, 12)


def test_a_day_whose_sentence_says_voters_will_go_to_the_polls_dates_nothing():
    assert read_event_date(["Ngày 15-3-2026, cử tri cả nước sẽ đi bỏ phiếu bầu đại biểu Quốc hội."]) is None


def test_what_the_thing_just_named_will_do_after_a_comma_leaves_the_day_to_the_meeting():
    found = read_event_date(["Sáng 8/4, Hội Phụ nữ xã họp bàn hội thi nấu ăn, sẽ tổ chức vào cuối tháng."])
    assert (found.day, found.month) == (8, 4)


# --- The headline printed twice; a last line cut at a capital --------------------------------------------------------


def test_the_headline_printed_again_right_under_it_is_neither_lead_nor_caption():
    text = parsed("Huyện Tân Lập khai mạc Hội xuân", LEAD, LONG2)
    assert text.captions == []
    assert text.paragraphs[0].text == LEAD


def test_the_headline_again_under_the_story_is_still_read_as_before():
    # Only the line right under the headline is the page's title printed twice; lower down it is a video's or a
    # gallery's title (``_alt_text_lines``), or a lead picture's caption under a dated page's summary.
    text = parsed(LEAD, "Huyện Tân Lập khai mạc Hội xuân", LONG2)
    assert [p.text for p in text.paragraphs][:2] == [LEAD, "Huyện Tân Lập khai mạc Hội xuân"]


def test_a_last_line_cut_at_a_capital_alone_is_no_caption():
    text = parsed(LEAD, LONG2, "Các đại biểu dự lễ chào cờ trong buổi L")
    assert text.captions == []


def test_a_last_line_ending_on_a_roman_numeral_may_still_be_a_caption():
    text = parsed(LEAD, LONG2, "Quang cảnh Đại hội Đảng bộ huyện lần thứ X")
    assert [c.text for c in text.captions] == ["Quang cảnh Đại hội Đảng bộ huyện lần thứ X"]
