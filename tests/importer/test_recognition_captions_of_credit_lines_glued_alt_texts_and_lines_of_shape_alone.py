"""Photo captions and credits around a page's furniture: a credit printed as initials or a site's address on its own
line, "Ảnh: <name>" alone where the page left the caption out, a bracketed caption holding its credit, a photo's
alternative text glued to a caption already printed, a credited line under two photos; and story lines that only look
like captions: someone named going on with "còn" or "cũng", a short line with nothing of a picture but its shape, and
the page's summary under its byline and date of posting.

Every sentence is written for these tests, none is taken from the corpus.
"""

from importer.recognition.layout import caption_score
from tests.importer.shapes import BODY, LEAD, MORE, VISIT, VISIT_MORE, captions_in


def test_a_credit_of_initials_or_a_sites_address_on_its_own_line_credits_the_caption_above():
    caption = "Ông Lê Văn Hòa, Bí thư Huyện ủy, phát biểu tại hội nghị tiếp xúc cử tri ở xã Tân Lập"
    assert captions_in(VISIT, caption, "ẢNH: T.H", VISIT_MORE) == [(caption, "ẢNH: T.H")]
    assert captions_in(VISIT, caption, "Ảnh: baotanbien.vn", VISIT_MORE) == [(caption, "Ảnh: baotanbien.vn")]


def test_a_credit_alone_under_the_lead_is_no_caption():
    # "Ảnh: <name>" where the page left the picture's line out: a photographer, not what a picture shows.
    assert caption_score("Ảnh: Minh Châu") == (None, ["chỉ ghi tên tác giả ảnh"])
    assert caption_score("Ảnh: Minh Châu/TTXVN")[0] is None
    assert captions_in(f"{LEAD} {MORE}", "Ảnh: Minh Châu", BODY) == []
    # What a picture shows after "Ảnh:" has lower-case words.
    line = "Ảnh: Bí thư Huyện ủy Lê Văn Hòa trao quà cho gia đình chính sách."
    assert captions_in(VISIT, line, VISIT_MORE) == [("Bí thư Huyện ủy Lê Văn Hòa trao quà cho gia đình chính sách.", "")]


def test_a_caption_in_brackets_with_its_credit_inside_them():
    line = "(Ông Lê Văn Hòa, Chủ tịch UBND huyện phát biểu khai mạc hội nghị - Ảnh: Minh Châu)"
    assert captions_in(VISIT, line, VISIT_MORE) == [
        ("(Ông Lê Văn Hòa, Chủ tịch UBND huyện phát biểu khai mạc hội nghị", "Ảnh: Minh Châu")]


def test_a_photos_alternative_text_glued_to_a_caption_printed_above_is_that_photo_again():
    caption = "Tiết mục múa của đội văn nghệ xã Tân Lập mở đầu đêm hội."
    glued = f"Khai mạc đêm hội văn hóa các dân tộc huyện Tân Biên ảnh 1{caption} Ảnh: Minh Châu"
    found = captions_in(f"{caption} Ảnh: Minh Châu", VISIT, glued, VISIT_MORE)
    assert found == [(caption, "Ảnh: Minh Châu")]
    # Nor is it left in the story.
    from tests.importer.shapes import parse_report
    assert all("ảnh 1" not in p.text for p in parse_report(f"{caption} Ảnh: Minh Châu", VISIT, glued, VISIT_MORE)
               .body_paragraphs)


def test_a_credited_line_printed_under_two_photos_is_their_caption_not_a_label():
    line = "Quang cảnh hội nghị. (Ảnh: Minh Châu/TTXVN)"
    found = captions_in(VISIT, "hoi-nghi-1.jpg", line, MORE, "hoi-nghi-2.jpg", line, VISIT_MORE)
    assert ("Quang cảnh hội nghị.", "Ảnh: Minh Châu/TTXVN") in found


def test_someone_named_going_on_with_con_or_cung_is_the_story():
    also = "Ông Lê Văn Hòa còn ghé thăm, tặng quà gia đình ông Trần Văn Bình ở thôn 3, người có con là liệt sĩ."
    assert "kể thêm việc người ấy làm" in caption_score(also, previous=VISIT, following=VISIT_MORE)[1]
    assert captions_in(VISIT, also, VISIT_MORE) == []
    wherever = ("Đến đâu, Bí thư Huyện ủy Lê Văn Hòa cũng ân cần hỏi han các gia đình chính sách, chúc bà con đón năm "
                "mới đầm ấm")
    assert captions_in(VISIT, wherever, VISIT_MORE) == []
    # The same moment shown on its own is a picture's line.
    shown = "Ông Lê Văn Hòa thăm, tặng quà gia đình ông Trần Văn Bình ở thôn 3."
    assert captions_in(VISIT, shown, VISIT_MORE) == [(shown, "")]
    # "ai cũng", "nào cũng": everyone, not a person named.
    everyone = "Đội văn nghệ bản nào cũng góp tiết mục múa xòe trong đêm hội."
    assert "kể thêm việc người ấy làm" not in caption_score(everyone, previous=VISIT, following=VISIT_MORE)[1]


def test_a_short_line_of_shape_alone_with_a_storys_sign_is_the_story():
    # Short between two long paragraphs, repeating the one above, but nothing of a picture and a story's news.
    told = "Cả hai huyện đều bầu đủ số đại biểu Hội đồng nhân dân huyện nhiệm kỳ mới."
    above = ("Kết quả bầu cử đại biểu Hội đồng nhân dân huyện nhiệm kỳ mới đã được Ủy ban bầu cử hai huyện Tân Biên "
             "và Tân Lập công bố trong buổi sáng, với tỷ lệ cử tri đi bầu rất cao ở mọi khu vực bỏ phiếu.")
    assert captions_in(above, told, VISIT_MORE) == []
    # A scene named, short, with nothing of the story's: a picture's line.
    scene = "Lễ rước nước ở hội làng Tân Lập năm nay."
    assert captions_in(VISIT, scene, VISIT_MORE) == [(scene, "")]


def test_after_captions_printed_twice_a_line_printed_once_on_shape_alone_is_the_story():
    twice = "Bí thư Huyện ủy Lê Văn Hòa, Trưởng Ban Chỉ đạo chuyển đổi số huyện Tân Biên."
    once = "Gồm 25 thành viên, Ban Chỉ đạo mới thay cho ban cũ lập từ trước."
    found = captions_in(VISIT, twice, twice, MORE, once, VISIT_MORE)
    assert [text for text, _ in found] == [twice]


def test_under_a_pages_byline_and_date_of_posting_a_summary_is_the_lead_not_a_caption():
    summary = ("Những cơ quan tham mưu, điều hành của huyện Tân Biên đồng loạt mở hội nghị lấy ý kiến cử tri nơi công "
               "tác, thống nhất cao khi giới thiệu người ứng cử đại biểu Hội đồng nhân dân huyện và tỉnh nhiệm kỳ 2026 - 2031.")
    dated = ("Ngày 14.3, Văn phòng Huyện ủy cho biết tại hội nghị lấy ý kiến cử tri nơi công tác, mọi cử tri đều "
             "đồng ý giới thiệu người ứng cử, với sự thống nhất tuyệt đối của các đại biểu dự.")
    assert captions_in("Minh Châu", "14/03/2026 10:20 GMT+7", summary, dated, BODY) == []
    # A caption-sized line there, above a dated lead, is still the page's lead picture.
    picture = "Lãnh đạo huyện trao quà cho gia đình chính sách ở xã Tân Lập."
    assert captions_in("14/03/2026 10:20 GMT+7", picture, dated, BODY) == [(picture, "")]


def test_chu_thich_anh_above_a_captions_line_labels_it_above_the_story_it_holds_the_place():
    line = "Ban Tổ chức trao cờ lưu niệm cho các đội văn nghệ dự hội diễn."
    assert "Chú thích ảnh" not in [text for text, _ in captions_in(VISIT, "Chú thích ảnh", line, VISIT_MORE)]
    # Above a paragraph of the story, the page left its placeholder where the caption is missing.
    assert captions_in(VISIT, "photo-2.jpg", "Chú thích ảnh", f"{BODY} {MORE}", VISIT_MORE) == [("Chú thích ảnh", "")]
