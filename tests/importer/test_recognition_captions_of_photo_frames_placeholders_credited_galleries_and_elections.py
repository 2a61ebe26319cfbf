"""Photo captions told by where they are printed rather than by their words: a sentence closed by a page's photo frame
("… |") even when it tells a little story, "Trong ảnh: …" after a theme sentence without brackets, the line under a
photo's file name, "Chú thích ảnh" and "Ảnh lưu niệm" alone, a line opening with a count in digits; and what the
captions around a line say about it: after captions that all carry a credit, an uncredited line is held to a
caption's full evidence (and one printed unlike them both ways is not one of them), and after captions without a full
stop, a short unstopped line naming who is pictured is not a subheading. Story lines that look like captions: a
speaker brought in whom the next paragraph names again with their title and quotes, and who won an election.

Every sentence is written for these tests, none is taken from the corpus.
"""

from importer.recognition.layout import CAPTION_THRESHOLD, caption_score
from tests.importer.shapes import VISIT, VISIT_MORE, captions_in, parse_report


def test_framed_lines_are_captions_even_when_they_tell_a_little_story():
    lines = [
        "Những ngày cuối năm, mùa xuân đã về trên các bản làng vùng cao Tây Bắc. |",
        "Theo lãnh đạo xã, năm nay bà con được hỗ trợ giống cây, vật nuôi để vươn lên thoát nghèo. |",
        "Bản Nậm Khao nằm ngay dưới chân núi: nhà nào cũng có vườn đào đang nở rộ. |",
        "Các em nhỏ mặc áo mới chờ đón Tết. |",
    ]
    found = [text for text, _ in captions_in(*lines)]
    # The first line too: a lead is the story's own text, never inside a photo's frame.
    assert found == [line.removesuffix(" |") for line in lines]


def test_a_frame_around_a_writers_name_or_a_related_story_is_not_a_caption():
    assert captions_in("Minh Khang |", VISIT, VISIT_MORE) == []
    boxed = "| Ngày 4/5, Hải đoàn 18 tổ chức hội nghị tuyên truyền biển, đảo cho ngư dân. |"
    assert captions_in(VISIT, boxed, VISIT_MORE) == []


def test_in_the_picture_after_a_theme_sentence_without_brackets():
    line = "Toàn cảnh hội nghị tổng kết năm 2025. Trong ảnh: Chủ tịch UBND huyện Lê Văn Hòa phát biểu tại hội nghị"
    assert captions_in(VISIT, line, VISIT_MORE) == [(line, "")]
    told = "Kết thúc năm 2025, thu ngân sách của huyện vượt dự toán 12%. Trong ảnh: Người dân mua sắm ở chợ Tân Lập"
    assert captions_in(VISIT, told, VISIT_MORE) == [(told, "")]


def test_the_line_under_a_photos_file_name_is_its_caption():
    line = "Cán bộ, chiến sĩ Đồn Biên phòng Tân Lập lên tàu cá của ngư dân tuyên truyền về an toàn khi đánh bắt hải sản xa bờ."
    assert captions_in(VISIT, "tau-ca-01.jpg", line, VISIT_MORE) == [(line, "")]
    assert captions_in(VISIT, line, VISIT_MORE) == []  # the same line in the story, with nothing to place it


def test_a_caption_placeholder_or_a_keepsake_photo_alone_is_a_caption():
    assert captions_in(VISIT, "Chú thích ảnh", VISIT_MORE) == [("Chú thích ảnh", "")]
    assert captions_in(VISIT, "Ảnh lưu niệm", VISIT_MORE) == [("Ảnh lưu niệm", "")]
    # Words about a photo in a sentence of the story are not its placeholder.
    assert captions_in(VISIT, "Chú thích ảnh cần ghi rõ tên người trong ảnh và nơi chụp.", VISIT_MORE) == []


def test_a_count_in_digits_opens_a_sentence_as_a_capital_does():
    line = "312/315 đại biểu, đại diện cho hơn 9.000 đảng viên toàn huyện, có mặt tại phiên trù bị."
    assert caption_score(line)[1] != ["không viết hoa đầu đoạn"]
    assert captions_in(VISIT, line, VISIT_MORE) == [(line, "")]
    # A span of years opens an anniversary's heading, not a sentence about who is pictured.
    assert caption_score("60 năm quan hệ hữu nghị giữa hai huyện kết nghĩa")[1] == ["không viết hoa đầu đoạn"]


def test_after_captions_that_all_carry_a_credit_an_uncredited_related_headline_is_not_one():
    credited = ["Lãnh đạo tỉnh tặng hoa cán bộ, chiến sĩ lên đường làm nhiệm vụ. (Ảnh: Minh Châu)",
                "Gia đình tiễn người thân ra đảo công tác. (Ảnh: Minh Châu)"]
    related = "Những chuyến tàu đầu tiên chúc Tết quân và dân các đảo xa"
    story = "Ngày 6/1, Vùng 2 Hải quân tổ chức lễ tiễn các đoàn công tác ra thăm, chúc Tết quân và dân các đảo."
    found = [text for text, _ in captions_in(*credited, related, story, VISIT_MORE)]
    assert found == ["Lãnh đạo tỉnh tặng hoa cán bộ, chiến sĩ lên đường làm nhiệm vụ.",
                     "Gia đình tiễn người thân ra đảo công tác."]
    # Without credits above, the same line keeps its own evidence.
    assert score_of(related) >= CAPTION_THRESHOLD


def test_a_line_neither_credited_nor_stopped_under_captions_that_all_are_is_not_one_of_them():
    credited = ["Thiếu tướng Lê Văn Hòa trao quà Tết cho hộ nghèo ở xã Tân Lập. Ảnh: Minh Châu",
                "Thiếu tướng Lê Văn Hòa tặng quà dân quân thường trực ở xã Tân Hưng. Ảnh: Minh Châu"]
    cut_short = "Thiếu tướng Lê Văn Hòa trao quà"
    found = [text for text, _ in captions_in(VISIT, credited[0], VISIT_MORE, credited[1], VISIT, cut_short)]
    assert found == [line.removesuffix(" Ảnh: Minh Châu") for line in credited]
    # The same line among captions printed as it is stays a caption.
    found = [text for text, _ in captions_in(VISIT, "Thiếu tướng Lê Văn Hòa thăm hộ nghèo", VISIT_MORE,
                                             "Dân quân nhận quà Tết", VISIT, cut_short)]
    assert cut_short in found


def test_a_speaker_the_next_paragraph_names_again_with_the_title_and_quotes_is_the_storys():
    line = "Bí thư Tỉnh ủy Lê Văn Hòa về dự và phát biểu chỉ đạo đại hội."
    speech = ("Bí thư Tỉnh ủy Lê Văn Hòa nhận định, nhiệm kỳ qua Đảng bộ huyện đã vượt qua nhiều khó khăn, hoàn thành "
              "phần lớn các chỉ tiêu đại hội lần trước đề ra.")
    assert captions_in(VISIT, line, speech) == []
    assert captions_in(VISIT, line, VISIT_MORE) == [(line, "")]


def test_who_won_an_election_is_the_storys_news():
    line = "Ông Lê Văn Hòa, Phó Bí thư Huyện ủy trúng cử chức Chủ tịch HĐND huyện Tân Lập khóa XII."
    assert "tin bầu, bổ nhiệm" in caption_score(line, previous=VISIT, following=VISIT_MORE)[1]
    assert captions_in(VISIT, line, VISIT_MORE) == []


def test_a_short_unstopped_line_naming_who_is_pictured_is_printed_as_the_captions_above():
    captions = ["Toàn cảnh phiên khai mạc Đại hội", "Đoàn Chủ tịch điều hành phiên thảo luận"]
    line = "Đại biểu thảo luận ở tổ"
    report = parse_report(VISIT, captions[0], VISIT_MORE, captions[1], VISIT, line, VISIT_MORE)
    assert [p.text for p in report.captions] == [*captions, line]
    # Alone in a story whose captions are stopped, the same short unstopped line may be a subheading.
    assert "không kết thúc bằng dấu chấm" in caption_score(line, previous=VISIT, following=VISIT_MORE)[1]


def score_of(line):
    return caption_score(line, previous=VISIT, following=VISIT_MORE)[0]
