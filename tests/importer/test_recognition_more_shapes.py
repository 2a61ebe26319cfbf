"""More shapes of real reports, made up here in the same forms: photo essays, a body pictured as a group, credits
that are web addresses, nicknames between a name and its title, a name misspelt by one tone, and how topics are
chosen when one of them fills the whole report.

Every sentence is written for these tests, none is taken from the corpus.
"""

import datetime

import pytest

from importer.recognition import Lexicon, find_officials, recognise_text
from importer.recognition.dates import read_event_date
from importer.recognition.layout import parse_plain_text, split_credit
from importer.recognition.tokens import tokenize
from importer.recognition.topics import TopicHit, TopicIndex
from tests.importer.shapes import BODY, LEAD, MORE

D2024 = datetime.date(2024, 2, 8)


def _captions(*paragraphs, headline="Vui Xuân cùng đồng bào vùng biên"):
    return [p.text for p in parse_plain_text("\n\n".join([headline, *paragraphs])).captions]


# --- Captions -----------------------------------------------------------------------------------

def test_a_photo_essay_of_short_full_stopped_lines_one_after_another_is_read_as_captions():
    essay = ["Đội bóng của đồn và đội bóng của bản ra sân.", "Trận kéo co giữa hai bản.",
             "Rất đông bà con đến xem và cổ vũ.", "Các em nhỏ vui chơi ở sân nhà văn hóa."]
    assert _captions(LEAD, *essay, BODY) == essay


@pytest.mark.parametrize("story", [
    ["Hội nghị thống nhất thông qua quy chế làm việc.", "Các đại biểu đã biểu quyết bằng giơ tay.",
     "Hội nghị bế mạc cùng ngày."],
    ["Hội nghị thống nhất thông qua quy chế làm việc.", "Các đại biểu đã biểu quyết bằng giơ tay.",
     "Ban chỉ đạo sẽ ban hành kế hoạch trong tháng.", "Hội nghị bế mạc cùng ngày."],
])
def test_short_sentences_of_a_story_told_tersely_are_not_a_photo_essay(story):
    assert _captions(LEAD, *story, BODY) == []


def test_a_body_pictured_as_a_group_by_its_name_and_term_only_is_a_caption():
    caption = "Ban Chấp hành Đảng bộ huyện Mường Tỉnh khóa XX, nhiệm kỳ 2025-2030."
    assert _captions(LEAD, MORE, caption, BODY, headline="Bế mạc Đại hội Đảng bộ huyện") == [caption]


@pytest.mark.parametrize("sentence", [
    "Ban Chấp hành Đảng bộ huyện gồm 35 đồng chí được bầu tại phiên thứ nhất.",
    "Ban Chấp hành Đảng bộ huyện",  # no full stop: a subheading
])
def test_a_body_named_with_a_verb_or_as_a_subheading_stays_in_the_story(sentence):
    assert _captions(LEAD, MORE, sentence, BODY) == []


def test_a_lecturer_passing_on_information_is_a_photos_subject_and_verb():
    caption = "Báo cáo viên Quân khu truyền đạt thông tin về biển, đảo tại hội trường Ủy ban nhân dân xã"
    assert _captions(LEAD, caption, MORE, BODY) == [caption]


def test_a_credit_that_is_a_web_address_is_the_captions_credit():
    caption, credit = split_credit("Thiếu tá Hà Văn Lâm nói chuyện với học sinh về biên giới "
                                   "(Nguồn: http://www.tin-bien-gioi.example.vn)")
    assert caption == "Thiếu tá Hà Văn Lâm nói chuyện với học sinh về biên giới"
    assert credit == "Nguồn: http://www.tin-bien-gioi.example.vn"


# --- Officials ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Phát biểu tại buổi lễ, đồng chí Trịnh Văn Tư (Sáu Tư) - nguyên Bí thư Huyện ủy, ôn lại truyền thống.",
     [("Trịnh Văn Tư", "nguyên Bí thư Huyện ủy")]),
    ("Ông Đào Văn Hai (Ba Hai), Chủ tịch Hội Cựu chiến binh xã, kể lại.", [("Đào Văn Hai", "Chủ tịch Hội Cựu chiến binh xã")]),
])
def test_a_nickname_in_brackets_between_the_name_and_the_title_keeps_the_title(text, expected):
    assert [(p.name, p.title) for p in find_officials(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Ông Đoàn Văn Lợi, hiện là Phó Chủ tịch UBND huyện, cho biết.", [("Đoàn Văn Lợi", "Phó Chủ tịch UBND huyện")]),
    ("Ông Đoàn Văn Lợi (nay là Phó Chủ tịch UBND tỉnh) từng công tác ở xã.",
     [("Đoàn Văn Lợi", "Phó Chủ tịch UBND tỉnh")]),
    ("Ông Đoàn Văn Lợi - khi đó là Chủ tịch UBND huyện - trực tiếp chỉ đạo.", [("Đoàn Văn Lợi", "Chủ tịch UBND huyện")]),
])
def test_the_office_held_now_or_then_is_the_title_after_the_words_that_lead_to_it(text, expected):
    assert [(p.name, p.title) for p in find_officials(text)] == expected


@pytest.mark.parametrize("verb", ["tuyên truyền", "giao lưu", "tuần tra", "bàn giao", "khám bệnh"])
def test_a_title_ends_before_the_verb_that_follows_it(verb):
    text = f"Đại úy Hồ Văn Lực, Chính trị viên Đồn Biên phòng Mường Tỉnh {verb} cùng bà con."
    assert [(p.name, p.title) for p in find_officials(text)] == [
        ("Hồ Văn Lực", "Đại úy, Chính trị viên Đồn Biên phòng Mường Tỉnh")]


@pytest.mark.django_db
def test_a_name_misspelt_by_one_tone_later_in_the_report_is_the_same_official():
    text = ("Phó Thủ tướng Đặng Văn Khải thăm đồn biên phòng\n\n"
            "Sáng 8/2, Phó Thủ tướng Đặng Văn Khải đến thăm, chúc Tết cán bộ, chiến sĩ Đồn Biên phòng Mường Tỉnh.\n\n"
            "Phó Thủ tướng Chính phủ Đặng Văn Khai tặng quà cho đơn vị.")
    found = recognise_text(text, day=D2024, lexicon=Lexicon.load()).officials
    assert [(f.name, f.title) for f in found] == [("Đặng Văn Khải", "Phó Thủ tướng")]


# --- Provinces ----------------------------------------------------------------------------------

def _provinces(text, day):
    return sorted((hit.name, hit.written) for hit in recognise_text(text, day=day, lexicon=Lexicon.load()).provinces)


@pytest.mark.django_db
@pytest.mark.parametrize(("text", "expected"), [
    # Merged into Quế Sơn (2025), Hạ Long (2019), Nam Định city (2025): gone before the gazetteer's snapshot.
    ("Đoàn về thăm bà con huyện Nông Sơn trước Tết.", [("Quảng Nam", "huyện Nông Sơn")]),
    ("Mô hình kinh tế trang trại ở huyện Hoành Bồ cho thu nhập khá.", [("Quảng Ninh", "huyện Hoành Bồ")]),
    ("Hội Nông dân huyện Mỹ Lộc tổ chức hội thi.", [("Nam Định", "huyện Mỹ Lộc")]),
    # A district of the snapshot keeps its name: Kỳ Sơn is Nghệ An's (Hòa Bình's was merged away in 2020).
    ("Đồn biên phòng ở huyện Kỳ Sơn đón đoàn.", [("Nghệ An", "huyện Kỳ Sơn")]),
])
def test_a_district_merged_away_before_the_gazetteers_snapshot_still_implies_its_province(text, expected):
    assert _provinces(text, datetime.date(2018, 5, 4)) == expected


# --- Topics -------------------------------------------------------------------------------------

def test_a_second_topic_with_enough_evidence_of_its_own_is_filed_however_far_ahead_the_first_is():
    index = TopicIndex([])
    ranked = [TopicHit(1, "a", "A", (), 40), TopicHit(2, "b", "B", (), 5), TopicHit(3, "c", "C", (), 4)]
    assert [hit.id for hit in index.choose(ranked)] == [1, 2]


def test_a_parent_topic_is_not_filed_beside_its_sub_topic_on_the_sub_topics_words_alone():
    index = TopicIndex([])
    child = TopicHit(2, "child", "Con", (), 9, 9, 1)
    assert [hit.id for hit in index.choose([TopicHit(1, "parent", "Cha", (), 10, 1), child])] == [2]
    assert [hit.id for hit in index.choose([TopicHit(1, "parent", "Cha", (), 14, 5), child])] == [1, 2]


def test_one_occurrence_of_a_word_that_is_both_an_editors_keyword_and_a_genre_word_counts_once():
    index = TopicIndex([(1, "quoc-phong-an-ninh", "Quốc phòng, an ninh", ["bộ đội"])])
    text = "Tiêu đề\n\nĐoạn mở đầu.\n\nBộ đội giúp dân gặt lúa."
    assert [hit.score for hit in index.rank(tokenize(text), text=text)] == [1]


@pytest.mark.django_db
def test_the_words_of_a_title_printed_around_the_name_do_not_count_for_a_topic():
    text = ("Ban Thường vụ Đảng ủy họp cho ý kiến các nội dung quan trọng\n\n"
            "Ngày 8/2, Ban Thường vụ Đảng ủy cơ quan họp, cho ý kiến vào dự thảo nghị quyết về công tác cán bộ.\n\n"
            "Dự họp có Đại tá Lương Văn Khiêm, Giám đốc Công an tỉnh; Đại tá Tạ Văn Bảo, Chỉ huy trưởng Bộ Chỉ huy "
            "Quân sự tỉnh.")
    slugs = [hit.slug for hit in recognise_text(text, day=D2024, lexicon=Lexicon.load()).topics]
    assert "xay-dung-dang" in slugs and "quoc-phong-an-ninh" not in slugs


def test_a_line_opened_by_photo_keeps_only_what_the_picture_shows():
    caption = "Ông Lê Văn Tâm – Chủ tịch UBND xã Mường Tỉnh phát biểu tại buổi gặp mặt."
    assert _captions(LEAD, MORE, f"Ảnh: {caption}", BODY) == [caption]


def test_a_sum_of_money_given_is_the_storys_figure_not_a_pictures_line():
    sentence = "Đến thăm bà con các bản, đoàn công tác trao tặng nhân dân xã 120.000.000đ để sửa nhà văn hóa."
    assert _captions(LEAD, sentence, MORE, BODY) == []


def test_roles_printed_in_lower_case_one_after_another_are_one_title():
    text = ("Trong buổi gặp, ông Trần Văn Phúc - ủy viên Ban thường vụ Hội Nông dân Việt Nam, chủ tịch Hội Nông dân "
            "tỉnh - cho biết hội sẽ tiếp tục hỗ trợ bà con.")
    assert [(p.name, p.title) for p in find_officials(text)] == [
        ("Trần Văn Phúc", "ủy viên Ban thường vụ Hội Nông dân Việt Nam, chủ tịch Hội Nông dân tỉnh")]


@pytest.mark.django_db
def test_a_veteran_of_dien_bien_is_not_the_province_dien_bien():
    text = ("Lãnh đạo thành phố thăm chiến sĩ Điện Biên\n\n"
            "Sáng 3/5, đoàn công tác của thành phố đến thăm, tặng quà các chiến sĩ Điện Biên đang sống ở địa phương.")
    assert recognise_text(text, day=datetime.date(2024, 5, 3), lexicon=Lexicon.load()).provinces == []


# --- Dates --------------------------------------------------------------------------------------

FEATURE_OPENING = [
    "Mấy năm nay, ở những phiên chợ vùng biên, bà con đã quen với cảnh cán bộ, chiến sĩ đồn biên phòng dắt các cháu "
    "con nuôi đi chọn quần áo mới.",
    "Tết sớm cho những đứa con nuôi của đồn biên phòng",
    "Các cháu được đơn vị nhận đỡ đầu từ nhiều năm trước, khi gia đình gặp hoàn cảnh đặc biệt khó khăn.",
    "Trong năm học, đơn vị lo cho các cháu từ bữa ăn đến sách vở, thường xuyên trao đổi với nhà trường.",
]


def test_a_feature_that_sets_the_scene_first_is_dated_by_the_paragraph_that_opens_with_its_date():
    found = read_event_date([*FEATURE_OPENING, "Ngày 9/2, cán bộ đồn đưa các cháu xuống chợ phiên sắm Tết."])
    assert (found.day, found.month, found.year) == (9, 2, None)


def test_a_date_inside_a_sentence_further_on_is_history_not_the_event():
    found = read_event_date([*FEATURE_OPENING, "Đồn được thành lập ngày 19/8/1959 tại bản cũ, sau chuyển về xã."])
    assert found is None
