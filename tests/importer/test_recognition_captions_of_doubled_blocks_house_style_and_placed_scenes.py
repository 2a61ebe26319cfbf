"""Photo captions a page printed twice with no blank line between, a short "Tại <nơi>, <người> trao quà …" line; and
stopped story lines in a report whose captions go without a full stop: a gift sentence opening "Nhân chuyến thăm", a
wish reported.

Every sentence is written for these tests, none is taken from the corpus.
"""

from importer.recognition.layout import split_paragraphs
from tests.importer.shapes import VISIT, VISIT_MORE, captions_in, parse_report

LONG_VISIT = ("Đến mỗi gia đình, đồng chí Phó Chủ tịch UBND tỉnh đều ân cần hỏi han sức khỏe, đời sống, chúc năm mới "
              "nhiều điều tốt đẹp và bày tỏ lòng biết ơn trước những hy sinh, đóng góp của các gia đình cho quê hương.")


def test_a_line_printed_twice_with_no_blank_line_between_is_two_lines_not_one_paragraph():
    line = "Phó Chủ tịch UBND tỉnh Lê Minh Quân"
    assert split_paragraphs(f"{VISIT}\n\n{line}\n{line}\n\n{VISIT_MORE}") == [VISIT, line, line, VISIT_MORE]


def test_an_ordinary_paragraph_broken_over_two_different_lines_is_still_joined():
    assert split_paragraphs("Dòng đầu của đoạn\nvà dòng sau của nó.\n\nĐoạn khác.") == [
        "Dòng đầu của đoạn và dòng sau của nó.", "Đoạn khác."]


def test_a_portrait_line_printed_twice_in_one_block_is_one_caption():
    line = "Phó Chủ tịch UBND tỉnh Lê Minh Quân"
    assert captions_in(VISIT, f"{line}\n{line}", VISIT_MORE) == [(line, "")]


def test_a_credited_caption_printed_twice_in_one_block_is_one_caption_with_its_credit():
    line = ("Phó Thủ tướng Trần Văn Lâm cùng lãnh đạo tỉnh tham quan khu trưng bày nông sản của các hợp tác xã nhân "
            "dịp Hội nghị xúc tiến đầu tư vùng Đông Nam Bộ. Ảnh: Minh Khoa")
    assert captions_in(VISIT, f"{line}\n{line}", VISIT_MORE) == [(line.rsplit(". Ảnh", 1)[0] + ".", "Ảnh: Minh Khoa")]


def test_where_then_who_hands_over_gifts_in_one_short_line_is_a_caption():
    line = "Tại hội thi “Làng vui số 3”, đại diện Công ty Phân bón Miền Trung trao quà cho các đội ở xã Hòa Lạc."
    assert captions_in(VISIT, line, VISIT_MORE) == [(line, "")]


def test_where_then_what_was_said_there_is_still_the_storys():
    told = "Tại buổi làm việc, đồng chí Bí thư Huyện ủy đề nghị xã tiếp tục tháo gỡ khó khăn cho người dân."
    assert captions_in(VISIT, told, VISIT_MORE) == []


def test_a_stopped_gift_sentence_among_unstopped_captions_is_the_storys():
    caption = "Ông Lê Minh Quân - Phó Chủ tịch UBND tỉnh thăm hỏi, tặng quà bà Nguyễn Thị Hoa (Ảnh: Thu Trang)"
    told = "Nhân chuyến thăm, đoàn trao tới các gia đình những phần quà Tết ấm áp, ý nghĩa."
    other = "Ông Lê Minh Quân cùng đoàn hỏi thăm, trao quà Tết cho ông Trần Văn Bảy (Ảnh: Thu Trang)"
    parsed = parse_report(VISIT, caption, LONG_VISIT, told, other, VISIT_MORE)
    assert [p.text for p in parsed.captions] == [caption.rsplit(" (Ảnh", 1)[0], other.rsplit(" (Ảnh", 1)[0]]
    assert told in [p.text for p in parsed.body_paragraphs]


def test_a_stopped_wish_reported_among_unstopped_captions_is_the_storys():
    first = "Trưởng Ban Dân vận Trung ương Trần Quốc Hưng phát biểu tại buổi gặp mặt công nhân"
    second = "Trưởng Ban Dân vận Trung ương Trần Quốc Hưng trao quà cho công nhân có hoàn cảnh khó khăn"
    wish = "Đồng chí Trần Quốc Hưng chúc công nhân và người dân trong tỉnh đón một cái Tết vui tươi, đầm ấm."
    captions = [text for text, _ in captions_in(VISIT, first, LONG_VISIT, second, wish, VISIT_MORE)]
    assert first in captions and second in captions
    assert wish not in captions


def test_a_stopped_line_of_someone_handing_over_gifts_is_still_a_caption_among_unstopped_ones():
    first = "Thượng tá Hồ Văn Thành, Chính ủy Hải đoàn 21 tặng quà ngư dân xã Tam Hải"
    second = "Trung tá Phan Quốc Dũng - Phó chính ủy Hải đoàn 21 trao quà cho bà con ngư dân xã Tam Quang."
    captions = [text for text, _ in captions_in(VISIT, first, LONG_VISIT, second, VISIT_MORE)]
    assert second in captions


def test_people_receiving_a_counted_number_of_gifts_is_a_caption():
    line = "Đồng bào Cơ Tu xã Tà Lu, huyện Đông Giang nhận hơn 300 suất quà."
    assert captions_in(VISIT, line, VISIT_MORE) == [(line, "")]
