"""Photo captions in shapes that pages print again and again, and story lines that only look like them: the headline
again mid-story (a video's title), a lead behind an outlet's dateline, who else attended ("… có bà A … tham dự"); a
credit glued to the caption's full stop, a theme sentence with "(Trong ảnh: …)", papers signed at talks, a minute's
silence, an award received, "Cờ"/"Lễ" capitalised after the verb, and a body's name alone where the story's
captions go without a full stop.

Every sentence is written for these tests, none is taken from the corpus.
"""

from importer.recognition.layout import CAPTION_THRESHOLD, caption_score
from tests.importer.shapes import VISIT, VISIT_MORE, captions_in

HEADLINE = "Phó Chủ tịch tỉnh thăm và làm việc tại xã đảo Hòn Mây"


def test_the_headline_again_mid_story_is_a_videos_title_not_a_caption():
    assert captions_in(VISIT, HEADLINE, VISIT_MORE, headline=HEADLINE) == []


def test_a_line_that_only_shares_words_with_the_headline_is_still_a_caption():
    line = "Phó Chủ tịch tỉnh Hà Văn Nam trao quà cho ngư dân xã đảo Hòn Mây."
    assert captions_in(VISIT, line, VISIT_MORE, headline=HEADLINE) == [(line, "")]


def test_a_lead_behind_an_outlets_dateline_is_not_a_caption():
    lead = ("Tinmoi - Sáng 12/3, Bí thư Huyện ủy Lê Văn Hòa tới thăm hỏi và trao quà cho 5 gia đình chính sách "
            "ở xã Tân Lập.")
    assert captions_in("Nguyễn Thu Trang", lead, VISIT) == []
    assert caption_score("(Báo Mới) – Chiều 4/5, đoàn công tác trao quà cho ngư dân xã Hòa Tân.")[0] is None


def test_who_else_attended_is_the_storys_list():
    line = "Văn phòng đại diện có ông Trần Văn Khải, Trưởng Đại diện tại thành phố Côn Minh tham dự."
    assert captions_in(VISIT, line, "Đại biểu dự buổi tiếp.", VISIT_MORE) == [("Đại biểu dự buổi tiếp.", "")]


def test_a_credit_glued_to_the_captions_full_stop_is_split_off():
    line = ("Bí thư Tỉnh đoàn Lê Thu Hà và các đại biểu dâng hương tưởng nhớ các anh hùng liệt sĩ đã hy sinh vì "
            "Tổ quốc.Ảnh: Minh Châu")
    assert captions_in(VISIT, line, VISIT_MORE) == [(line.removesuffix("Ảnh: Minh Châu"), "Ảnh: Minh Châu")]


def test_a_theme_sentence_with_what_the_picture_shows_in_brackets_is_a_caption():
    line = ("Mùa xuân mới mở ra nhiều cơ hội phát triển cho quê hương. (Trong ảnh: Lãnh đạo tỉnh chúc Tết công nhân "
            "khu công nghiệp)")
    assert captions_in(VISIT, line, VISIT_MORE) == [(line, "")]


def test_a_story_sentence_before_a_bracket_that_is_not_the_picture_stays_in_the_story():
    line = "Mùa xuân mới mở ra nhiều cơ hội phát triển cho quê hương. (Trong năm tới: nhiều công trình khởi công)"
    assert captions_in(VISIT, line, VISIT_MORE) == []


def test_papers_signed_at_talks_are_a_pictured_moment():
    line = "Lãnh đạo hai đơn vị ký biên bản hội đàm"
    assert captions_in(VISIT, line, VISIT_MORE) == [(line, "")]


def test_a_minutes_silence_is_a_pictured_moment():
    line = "Tuổi trẻ và nhân dân địa phương nghiêm trang trong phút mặc niệm"
    assert captions_in(VISIT, line, VISIT_MORE) == [(line, "")]


def test_an_award_received_is_a_pictured_moment():
    line = "Tập thể, cá nhân nhận khen thưởng tại hội nghị"
    assert captions_in(VISIT, line, VISIT_MORE) == [(line, "")]


def test_flag_and_ceremony_written_with_a_capital_go_with_the_verb_before_them():
    flag = "Ngư dân xã Hải Bình nhận Cờ Tổ quốc"
    ceremony = "Chủ tịch UBND huyện Trần Văn Bình cùng cán bộ, chiến sĩ dự Lễ thượng cờ đầu xuân."
    assert captions_in(VISIT, flag, VISIT_MORE) == [(flag, "")]
    assert captions_in(VISIT, ceremony, VISIT_MORE) == [(ceremony, "")]
    assert caption_score(flag)[0] >= CAPTION_THRESHOLD


def test_a_bodys_name_alone_is_a_caption_where_the_storys_captions_have_no_full_stop():
    assert captions_in(VISIT, "Toàn cảnh hội nghị", VISIT_MORE, "Đoàn Chủ tịch hội nghị", VISIT) == [
        ("Toàn cảnh hội nghị", ""), ("Đoàn Chủ tịch hội nghị", "")]


def test_a_bodys_name_without_a_full_stop_needs_the_storys_captions_to_be_printed_so():
    assert captions_in(VISIT, "Toàn cảnh hội nghị.", VISIT_MORE, "Đoàn Chủ tịch hội nghị", VISIT) == [
        ("Toàn cảnh hội nghị.", "")]

