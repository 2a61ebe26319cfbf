"""Shapes of photo captions: a story's sentence opening with a time of day before its date ("Vào buổi chiều cùng ngày
12/4, …"), a line cut short to a title and a letter, a credit in brackets without a colon ("(ảnh Minh Tú)"), a colon
inside a credited caption (the words of a banner), a credited caption a stray line break cut in two, and a story's
assessment of a change "theo hướng …" among short lines.

Every sentence is written for these tests, none is taken from the corpus.
"""

from importer.recognition.layout import split_credit
from tests.importer.shapes import VISIT, VISIT_MORE, captions_in


def test_a_sentence_opening_with_a_time_of_day_and_its_date_stays_in_the_story():
    told = ("Vào buổi chiều cùng ngày 12/4, Phó Chủ tịch UBND huyện Trần Văn Hòa cũng đến dự lễ khai mạc và kiểm tra "
            "công tác chuẩn bị ở điểm bỏ phiếu số 7, thôn Đông.")
    assert captions_in(VISIT, told, VISIT_MORE) == []


def test_a_line_cut_to_a_title_and_a_letter_is_not_a_caption():
    story = ("Sau khi bàn bạc, Thượng úy Lò Văn Tâm, cán bộ Đồn Biên phòng Na Mèo, đưa chúng tôi lên cột mốc ở độ "
             "cao gần nghìn mét, nơi con đường mòn men theo vách núi dựng đứng và chỉ đi bộ được.")
    assert captions_in(VISIT, story, "Thượng úy L") == []


def test_a_credit_in_brackets_after_photo_without_a_colon_is_split_off():
    assert split_credit("Cánh đồng lúa chín bên bờ sông biên giới (ảnh Minh Tú).") == (
        "Cánh đồng lúa chín bên bờ sông biên giới", "Ảnh: Minh Tú")
    # Lower-case words in brackets are the story's aside, not a photographer.
    assert split_credit("Cánh đồng lúa chín bên bờ sông (ảnh chụp từ trên cao).")[1] == ""


def test_a_credited_caption_may_quote_a_banner_after_a_colon():
    line = ("Ông Nguyễn Văn Lâm, Chủ tịch UBND tỉnh trao tặng Đại hội bức trướng mang dòng chữ: Đoàn kết, đổi mới, "
            "phát triển. (Ảnh: TL)")
    captions = captions_in(VISIT, line, VISIT_MORE)
    assert len(captions) == 1 and captions[0][1] == "Ảnh: TL"


def test_a_credited_caption_cut_in_two_by_a_line_break_is_joined():
    first = "Xã Tân Lập và xã Đông Sơn là địa bàn biên giới do Đồn Biên phòng Hải Yến phụ trách, nơi bà con"
    second = "sống thưa thớt, có nhiều dân tộc cùng sinh sống. Ảnh: Quang Huy"
    assert captions_in(VISIT, first, second, VISIT_MORE) == [(f"{first} sống thưa thớt, có nhiều dân tộc cùng sinh sống.",
                                                     "Ảnh: Quang Huy")]


def test_a_change_told_by_where_it_leads_is_the_story_among_short_lines():
    lines = ["Phiên chợ phiên ngày giáp Tết ở xã vùng cao.", "Các cô gái chuẩn bị khăn áo mới đón xuân.",
             "Nông nghiệp chuyển dịch tích cực theo hướng nâng cao giá trị, chất lượng, hiệu quả.",
             "Đàn dê của bà con bản Phìn trên sườn núi."]
    captions = [text for text, _ in captions_in(VISIT, *lines, VISIT_MORE)]
    assert lines[2] not in captions


def test_the_line_under_a_photos_numbered_alternative_text_is_its_caption():
    label = "Tiêu đề bài viết thử nghiệm - Ảnh 2."
    line = "Chị Hà Thị Mai, cán bộ văn hóa xã Yên Lạc, huyện Như Thanh, tỉnh Thanh Hóa"
    captions = captions_in(VISIT, label, line, VISIT_MORE)
    assert captions == [(line, "")]


def test_the_assembly_members_pictured_at_their_session_is_a_caption():
    line = "Các vị đại biểu HĐND phường dự Kỳ họp thứ 9"
    assert captions_in(VISIT, line, VISIT_MORE) == [(line, "")]


def test_an_illustration_label_alone_is_a_caption():
    assert captions_in("Ảnh minh họa", VISIT, VISIT_MORE) == [("Ảnh minh họa", "")]
    assert captions_in(VISIT, "Ảnh tư liệu", VISIT_MORE) == [("Ảnh tư liệu", "")]
