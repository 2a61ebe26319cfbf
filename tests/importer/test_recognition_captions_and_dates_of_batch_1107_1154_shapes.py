"""Photo captions and event dates in the shapes of reports 1107-1154: an excerpt's last line cut right after a title
and a family name, a line shaped like a caption but saying nothing of a picture under a credited caption, and a day
printed after "Hôm nay," with a comma between. Every sentence is made up in the shapes the reports use."""

import datetime

from importer.recognition.dates import read_event_date
from importer.recognition.layout import parse_plain_text

# Three of the story's long paragraphs, each saying something else: paragraphs alike would read as labels or echoes.
LONG = ("Buổi làm việc diễn ra trong không khí cởi mở, các đại biểu trao đổi nhiều ý kiến về công tác chăm lo đời "
        "sống người dân, phát triển kinh tế địa phương và giữ gìn an ninh trật tự trên địa bàn trong thời gian tới.")
LONG2 = ("Năm qua, huyện hoàn thành 18 trên 20 chỉ tiêu chủ yếu, thu ngân sách vượt dự toán, hạ tầng giao thông nông "
         "thôn được đầu tư đồng bộ, đời sống vật chất và tinh thần của bà con tiếp tục được nâng lên rõ rệt.")
LONG3 = ("Kết thúc chương trình, đoàn công tác đến dâng hương tại đài tưởng niệm, sau đó làm việc với lãnh đạo các "
         "hợp tác xã về tình hình tiêu thụ nông sản, vốn vay ưu đãi và việc mở rộng vùng nguyên liệu sạch.")


def captions(text):
    return [p.text for p in parse_plain_text(text).captions]


# A caption opening with a title, then the story, then the excerpt's last line cut after the same title and a family
# name: the two lines open alike, as one scene's pictures do, yet the last is the story's sentence cut short.
CUT_MID_NAME = ("Phó Chủ tịch tỉnh thăm hỏi gia đình chính sách\n\n"
                f"Sáng 3/7, Phó Chủ tịch UBND tỉnh Trần Văn An đã đến thăm các gia đình chính sách. {LONG}\n\n"
                f"{LONG2}\n\n"
                "Phó Chủ tịch UBND tỉnh trao quà cho các gia đình chính sách\n\n"
                f"{LONG3}\n\n"
                "Phó Chủ tịch UBND tỉnh Trần")


def test_a_last_line_cut_after_a_title_and_a_family_name_is_the_storys_under_story_paragraphs():
    # An excerpt cut mid-name ("… Phó Chủ tịch UBND tỉnh Trần") stops inside the story's next sentence; opening like
    # a caption above it does not make it a picture's line when a paragraph of the story stands right above it.
    assert captions(CUT_MID_NAME) == ["Phó Chủ tịch UBND tỉnh trao quà cho các gia đình chính sách"]


def test_a_last_line_cut_after_a_family_name_under_a_run_of_captions_is_read_as_they_are():
    # A photo report's lines follow one another: cut mid-name under them, the last line is still one of them.
    text = ("Toàn cảnh lễ tuyên dương\n\n"
            f"Sáng 3/7, tại Hà Nội, Ban Tổ chức Trung ương tổ chức lễ tuyên dương. {LONG}\n\n"
            "Trưởng Ban Tổ chức Trung ương Lê Văn An phát biểu tại buổi lễ.\n\n"
            "Phó Trưởng Ban Tổ chức Trung ương Ngô Thị Bình phát biểu.\n\n"
            "Chủ tịch nước Đỗ Văn Cường và Phó Thủ tướng Vũ")
    # Not taken out as a cut line: it is scored as the captions above it were.
    assert parse_plain_text(text).paragraphs[-1].reasons != ["dòng cuối bị cắt giữa câu"]


def test_a_byline_ending_with_a_family_name_is_not_a_line_cut_mid_name():
    # "Tin, ảnh: Hồng Hà": a name after capitals only, no title's lower-case word before the family name.
    from importer.recognition.layout.captions import _cut_mid_name
    assert not _cut_mid_name("Tin, ảnh: Hồng Hà")
    assert not _cut_mid_name("Văn Huỳnh")
    assert _cut_mid_name("Bí thư Tỉnh ủy và Chủ tịch nước Nguyễn")


def test_a_short_line_with_only_a_captions_shape_under_a_credited_caption_is_the_storys():
    # Under one caption with a photographer's credit, a short stopped sentence between two long paragraphs that names
    # no one pictured, no photo's verb and none of the words above ("Xã A hiện nay …") is the story's: an outlet
    # crediting its pictures credits each.
    text = ("Đại hội Đảng bộ xã lần thứ I\n\n"
            f"Ngày 12-8, Đảng bộ xã Ia Pa tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. {LONG}\n\n"
            "Đồng chí Lê Văn An - Phó Bí thư Tỉnh ủy phát biểu tại đại hội. Ảnh: Minh Anh\n\n"
            f"{LONG2}\n\n"
            "Xã Ia Pa hiện nay gồm địa giới của hai xã cũ là Chư Răng và Ia Pa.\n\n"
            f"{LONG3}")
    assert captions(text) == ["Đồng chí Lê Văn An - Phó Bí thư Tỉnh ủy phát biểu tại đại hội."]


def test_the_same_short_line_stays_a_caption_where_the_caption_above_was_not_credited():
    # Uncredited captions above say nothing of the outlet's crediting: the shape still reads as a picture's line.
    text = ("Tuần tra song phương biên giới\n\n"
            f"Ngày 12-8, đồn biên phòng phối hợp tuần tra song phương trên tuyến biên giới. {LONG}\n\n"
            "Cán bộ, chiến sĩ hai bên tuần tra trên tuyến biên giới.\n\n"
            f"{LONG2}\n\n"
            "Cột mốc biên giới số 1350.\n\n"
            f"{LONG3}")
    assert "Cột mốc biên giới số 1350." in captions(text)


def test_a_day_printed_after_hom_nay_and_a_comma_is_the_events():
    # "Hôm nay, 23/10, …": the day in apposition to "today", as "Sáng nay, ngày 7/3, …" prints it with "ngày".
    found = read_event_date(["Hôm nay, 14/9, ngày làm việc thứ hai của Đại hội, các đại biểu bầu Ban Chấp hành."],
                            reference=datetime.date(2025, 9, 14))
    assert (found.day, found.month, found.year) == (14, 9, 2025)
    found = read_event_date(["Chiều qua, 5/6, Ban Thường vụ Huyện ủy họp phiên thường kỳ."], year=2024)
    assert (found.day, found.month, found.year) == (5, 6, 2024)


def test_the_lead_under_a_pages_byline_and_date_of_posting_is_not_offered_as_a_caption():
    # "Trúc Giang - 16/07/2022 11:59" above the story: the paragraph under it is the lead, however it reads.
    from importer.recognition.layout import caption_candidates
    paragraphs = ["Minh Khoa - 16/07/2022 11:59",
                  "Hội nghị tổng kết công tác dân vận được tổ chức sáng 16/7 tại thành phố, với sự tham dự của "
                  "Bí thư Tỉnh ủy Lê Văn An.",
                  LONG, LONG2]
    assert [index for index, _score, _reasons in caption_candidates(paragraphs)] == []


def test_a_last_line_cut_mid_name_is_not_offered_as_a_caption():
    # The excerpt's last line, cut after a title and a family name, is the story's cut sentence: not offered either.
    from importer.recognition.layout import caption_candidates
    paragraphs = [p.text for p in parse_plain_text(CUT_MID_NAME).paragraphs]
    assert [index for index, _score, _reasons in caption_candidates(paragraphs)] == [2]
