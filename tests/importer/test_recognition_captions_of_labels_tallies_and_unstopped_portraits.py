"""Photo captions printed twice apart, an unstopped line of a titled official speaking, awards handed to those who
"đã" did something; and story lines that only look like captions: a second sentence opening with a count in digits,
and a tally of several counted gifts.

Every sentence is written for these tests, none is taken from the corpus.
"""

from importer.recognition.layout import caption_score
from tests.importer.shapes import VISIT, VISIT_MORE, captions_in

GUESTS = ("Cùng dự buổi trao quà có Đại tá Lê Văn Hòa, Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh. Đại diện địa "
          "phương gồm các ông: Trần Minh Tâm, Chủ tịch Ủy ban MTTQ huyện; Phạm Quốc Bảo, Phó Chủ tịch UBND huyện...")


def test_a_pictures_sentence_printed_above_and_under_another_paragraph_is_a_caption():
    line = "Ông Nguyễn Văn Lộc trao Bảng tượng trưng quà Tết cho hai xã Tân Lập và Tân Hòa."
    assert captions_in(VISIT, line, GUESTS, line, VISIT_MORE) == [(line, ""), (line, "")]


def test_a_name_repeated_under_several_pictures_is_still_a_label():
    label = "Hải đoàn 5, Bộ Tư lệnh Vùng 4"
    assert captions_in(VISIT, label, VISIT_MORE, label, VISIT) == []


def test_a_second_sentence_opening_with_a_count_in_digits_makes_the_line_the_storys():
    told = ("Bà Lê Thị Sen, 94 tuổi, ở ấp 3, xã Tân Lập, năm 2015 được phong tặng Mẹ Việt Nam anh hùng. 03 người con "
            "của Mẹ đều ngã xuống trong kháng chiến")
    assert caption_score(told)[0] is None
    assert captions_in(VISIT, told, VISIT_MORE) == []


def test_a_tally_of_several_counted_gifts_is_the_storys_account():
    told = ("Đồn biên phòng Tân Lập cùng bà con 3 thôn được đoàn trao tặng 400 lá cờ Tổ quốc, 120 áo ấm và 2 tủ sách "
            "pháp luật.")
    assert "kê nhiều số lượng" in caption_score(told)[1]
    assert captions_in(VISIT, told, VISIT_MORE) == []
    # One or two things counted are what a picture of a handing over names.
    line = "Đại tá Lê Văn Hòa trao bằng khen cho 2 tập thể và 5 cá nhân."
    assert captions_in(VISIT, line, VISIT_MORE) == [(line, "")]


def test_an_unstopped_line_of_a_titled_official_speaking_between_the_storys_paragraphs_is_a_caption():
    hosts = ("Tiếp và làm việc với đoàn có các đồng chí: Lý Văn Sáng, Ủy viên Ban Thường vụ Huyện ủy, Bí thư Đảng ủy "
             "xã; Hoàng Thị Mai, Phó Bí thư Thường trực Đảng ủy xã, Chủ tịch HĐND xã. Cùng dự còn có các đồng chí Ủy "
             "viên Ban Thường vụ Đảng ủy xã, lãnh đạo các phòng chuyên môn và Bí thư các chi bộ trực thuộc.")
    line = ("Đồng chí Lê Minh Tâm, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Dân vận Huyện ủy nêu rõ mục đích của "
            "buổi làm việc")
    # The story's paragraphs around it are twice its length at least.
    after = VISIT_MORE + " " + VISIT
    assert captions_in(hosts, line, after) == [(line, "")]
    # Stopped as a sentence of the story, the reporting word keeps it in the body.
    assert captions_in(hosts, line + ".", after) == []


def test_an_award_to_those_who_did_something_is_not_the_storys_tense():
    line = ("Thượng tá Trần Văn Phúc trao Kỷ niệm chương tặng cán bộ Đồn Biên phòng Tân Lập và những người dân đã góp "
            "nhiều công sức giữ gìn đường biên, cột mốc.")
    assert captions_in(VISIT, line, VISIT_MORE) == [(line, "")]
    told = "Thượng tá Trần Văn Phúc đã trao Kỷ niệm chương cho cán bộ Đồn Biên phòng Tân Lập."
    assert captions_in(VISIT, told, VISIT_MORE) == []
