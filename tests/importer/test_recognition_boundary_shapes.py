"""Where a title ends and what a caption is, read from the evidence around them rather than from one more listed
word: an office's own head words ("Tổng Thư ký") are no verb; after a rank and a name, an office printed without
a comma is the rest of the title; an office printed before "là" and a list of names is every one's; a colon
that opens a list of people pictured is no reported speech; visits told one after another are the story's; a
picture's line may stand above a lead that opens with its year.

Every sentence is written for these tests, none is taken from the corpus.
"""

from importer.recognition import find_officials
from importer.recognition.layout import CAPTION_THRESHOLD, caption_score, parse_plain_text


def _titles(text):
    return {person.name: person.title for person in find_officials(text)}


def test_a_word_that_completes_an_offices_head_does_not_end_the_title():
    text = ("Buổi nói chuyện do PGS.TS Hoàng Minh Đức, nguyên Phó Trưởng ban Kinh tế Trung ương, nguyên Tổng Thư ký "
            "Hội đồng khoa học Trung ương trình bày.")
    assert _titles(text)["Hoàng Minh Đức"] == ("PGS.TS, nguyên Phó Trưởng ban Kinh tế Trung ương, nguyên Tổng Thư ký "
                                             "Hội đồng khoa học Trung ương")


def test_after_a_rank_and_a_name_an_office_printed_without_a_comma_is_the_rest_of_the_title():
    text = "Dự lễ có Thượng tướng Đỗ Quang Vinh Thứ trưởng Bộ Công an."
    assert _titles(text)["Đỗ Quang Vinh"] == "Thượng tướng, Thứ trưởng Bộ Công an"


def test_an_office_printed_before_a_list_of_names_belongs_to_each_of_them():
    text = ("Đoàn đến thăm các đồng chí nguyên Huyện ủy viên, Phó Chủ tịch UBND huyện là Lê Văn Tâm, Phạm Thị Hoa, "
            "Nguyễn Hữu Lộc.")
    office = "nguyên Huyện ủy viên, Phó Chủ tịch UBND huyện"
    assert _titles(text) == {"Lê Văn Tâm": office, "Phạm Thị Hoa": office, "Nguyễn Hữu Lộc": office}


def test_a_colon_that_opens_the_people_pictured_keeps_the_line_a_caption():
    listed = "Các đồng chí: Trần Văn Hòa, Phó Bí thư Tỉnh ủy; Lê Thị Mai, Phó Chủ tịch UBND tỉnh, dự hội nghị"
    assert caption_score(listed)[0] >= CAPTION_THRESHOLD
    named = ("Lãnh đạo tỉnh dự lễ khánh thành: ông Trần Văn Hòa - Bí thư Tỉnh ủy (bên phải) và bà Lê Thị Mai - Chủ "
             "tịch UBND tỉnh")
    assert caption_score(named)[0] >= CAPTION_THRESHOLD


def test_a_colon_that_opens_reported_speech_still_rules_the_paragraph_out():
    assert caption_score("Đồng chí Trần Văn Hòa nhấn mạnh: Cần làm tốt công tác tuyên truyền ở cơ sở")[0] is None


def test_visits_told_one_after_another_are_the_storys_not_a_picture():
    text = ("Đoàn lần lượt đến chúc mừng nguyên Chủ tịch UBND tỉnh Lê Văn Tâm cùng các đồng chí nguyên Phó Chủ tịch "
            "UBND tỉnh là Phạm Thị Hoa, Nguyễn Hữu Lộc.")
    assert caption_score(text, following="Ở mỗi nơi đến, đoàn ân cần hỏi thăm sức khỏe đồng chí Lê Văn Tâm.")[0] \
        < CAPTION_THRESHOLD


def test_a_pictures_line_stands_above_a_lead_that_opens_with_its_year():
    text = ("Ban Chỉ đạo tỉnh triển khai nhiệm vụ năm 2024\n\n"
            "Đồng chí Trần Văn Hòa, Phó Bí thư Tỉnh ủy, Trưởng Ban Chỉ đạo tỉnh phát biểu\n\n"
            "Năm 2023, Ban Chỉ đạo tỉnh đã triển khai nhiều biện pháp bảo vệ nền tảng tư tưởng của Đảng, đấu tranh "
            "với các quan điểm sai trái trên không gian mạng, góp phần giữ vững ổn định chính trị ở địa phương.\n\n"
            "Hội nghị thống nhất các nhiệm vụ trọng tâm của năm 2024.")
    parsed = parse_plain_text(text)
    assert [p.text for p in parsed.captions] == [
        "Đồng chí Trần Văn Hòa, Phó Bí thư Tỉnh ủy, Trưởng Ban Chỉ đạo tỉnh phát biểu"]


def test_a_short_line_under_the_headline_before_a_much_longer_paragraph_is_a_pictures_line():
    text = ("Đồn Biên phòng tặng quà Trung thu cho học sinh vùng biên\n\n"
            "Các em học sinh rước đèn ông sao\n\n"
            "Để các em có thêm niềm vui trong dịp Tết Trung thu, Đồn Biên phòng cùng chính quyền xã đã tổ chức "
            "chương trình vui Tết, trao hàng trăm suất quà cho học sinh nghèo ở các thôn, bản giáp biên.\n\n"
            "Thời gian tới, đồn sẽ tiếp tục phối hợp với nhà trường để duy trì mô hình nâng bước em tới trường.")
    assert [p.text for p in parse_plain_text(text).captions] == ["Các em học sinh rước đèn ông sao"]
