"""Officials and topics in the shapes of reports 1107-1154: a title followed, with no comma, by the day its holder came
("…, Chủ tịch UBND tỉnh sáng 21/12 về huyện…"); a Catholic priest's saint's name printed between his rank and his own
name ("Linh mục An-tôn Phan Văn A", "Đức cha Phêrô B"); the yearly call-up of conscripts, which is defence; ethnic minorities named by
their abbreviation "DTTS", which is ethnic affairs; a province's name printed with a hyphen ("Thừa Thiên-Huế"), which is
no foreign person's name.

Every sentence here is made up in the shapes the reports use; none is taken from the corpus.
"""

from importer.recognition.officials import find_officials
from importer.recognition.tokens import tokenize, tone_key
from importer.recognition.topics import TopicIndex

PLACES = frozenset({"nam định", "bắc ninh"})


def found(text):
    return [(person.name, person.title) for person in find_officials(text, places=PLACES)]


# --- A title, then the day its holder came ------------------------------------------------------------------------


def test_a_day_printed_right_after_a_title_ends_it():
    # Outlets print when the official came between the title and the verb, without a comma: the date is no part of
    # the office, however the day is written.
    text = ("Nhân dịp lễ, đồng chí Trần Văn Bình, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh ngày 20-12 tới thăm giáo xứ "
            "Thạch Bàn.")
    assert found(text) == [("Trần Văn Bình", "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh")]


def test_a_time_of_day_with_its_date_right_after_a_title_ends_it():
    text = "Đồng chí Lê Thị Hạnh, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh sáng 21/12 về huyện thăm giáo họ Đông An."
    assert found(text) == [("Lê Thị Hạnh", "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh")]


def test_a_time_of_day_with_the_word_for_day_and_a_date_ends_a_title():
    text = "Đồng chí Lê Thị Hạnh, Bí thư Huyện ủy chiều ngày 3/2 dự lễ ra quân."
    assert found(text) == [("Lê Thị Hạnh", "Bí thư Huyện ủy")]


def test_a_time_of_day_said_as_today_ends_a_title():
    text = "Đồng chí Lê Thị Hạnh, Chủ tịch UBND tỉnh sáng nay về xã kiểm tra."
    assert found(text) == [("Lê Thị Hạnh", "Chủ tịch UBND tỉnh")]


def test_a_word_for_a_time_of_day_that_is_part_of_a_body_s_name_stays_in_the_title():
    # "tối cao" (supreme) is no evening: no date follows it.
    text = "Ông Trần Văn Bình, Chánh án Tòa án nhân dân tối cao phát biểu."
    assert found(text) == [("Trần Văn Bình", "Chánh án Tòa án nhân dân tối cao")]


# --- A priest's saint's name ---------------------------------------------------------------------------------------


def test_a_priest_s_saint_s_name_written_with_a_hyphen_is_neither_title_nor_name():
    # "An-tôn" is the name the priest was baptised with; the mention gives the rank, then his own name.
    text = "Ông A trao hoa chúc mừng Linh mục An-tôn Đỗ Văn Lực, Tổng Đại diện Giáo phận Thạch Bàn và giáo dân."
    assert ("Đỗ Văn Lực", "Linh mục, Tổng Đại diện Giáo phận Thạch Bàn") in found(text)


def test_a_priest_s_saint_s_name_written_as_one_word_is_neither_title_nor_name():
    text = "Cùng đón đoàn có Linh mục Giuse Đỗ Văn Lực, Chánh xứ Giáo xứ Thạch Bàn."
    assert found(text) == [("Đỗ Văn Lực", "Linh mục, Chánh xứ Giáo xứ Thạch Bàn")]


def test_a_priest_without_a_saint_s_name_keeps_his_rank_and_name():
    text = "Cùng đón đoàn có Linh mục Đỗ Văn Lực, Chánh xứ Giáo xứ Thạch Bàn."
    assert found(text) == [("Đỗ Văn Lực", "Linh mục, Chánh xứ Giáo xứ Thạch Bàn")]


def test_a_bishop_s_rank_before_his_saint_s_name_and_his_name_is_his_title():
    # A bishop is "Đức cha" or "Giám mục" before his name, as a priest is "Linh mục".
    text = "Đón đoàn có Đức cha Phêrô Lý Văn Thành cùng các linh mục trong giáo phận."
    assert found(text) == [("Lý Văn Thành", "Đức cha")]
    text = "Đoàn chúc mừng Giám mục Lý Văn Thành - Giám mục Giáo phận Thạch Bàn và giáo dân."
    assert found(text) == [("Lý Văn Thành", "Giám mục - Giám mục Giáo phận Thạch Bàn")]


def test_a_diocese_s_vicar_general_before_his_saint_s_name_and_his_name_is_his_title():
    text = "Đón đoàn có Tổng Đại diện Antôn Đỗ Văn Lực cùng một số linh mục."
    assert found(text) == [("Đỗ Văn Lực", "Tổng Đại diện")]


def test_a_bishop_s_house_is_no_one_s_title():
    # "Tòa Giám mục" is the bishop's see, a building: the place name after it is no person.
    text = "Đoàn đến thăm Tòa Giám mục Thạch Bàn và chúc mừng Giáng sinh."
    assert found(text) == []


def test_a_word_after_a_rank_that_is_a_vietnamese_syllable_is_no_saint_s_name():
    # Only a priest's rank is followed by a saint's name: a colonel's next capitalised word is his name.
    text = "Đại tá Hoàng Minh Tâm, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh phát biểu."
    assert found(text) == [("Hoàng Minh Tâm", "Đại tá, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh")]


# --- A province's name printed with a hyphen ------------------------------------------------------------------------

# The province's key as the lexicon gives it (each word's tone key): the gazetteer's fact, not a report's words.
HYPHENATED_PROVINCE = frozenset({" ".join(tone_key(w) for w in "Thừa Thiên Huế".split())})


def test_a_province_printed_with_a_hyphen_after_an_office_is_no_one_s_name():
    # Outlets print "Thừa Thiên-Huế" as often as "Thừa Thiên Huế" or "Thừa Thiên - Huế"; its hyphenated half is glued
    # into one token as a foreign name written with hyphens would be, but the words are still the province's.
    text = "Ông Phan Quốc Tín tái đắc cử Bí thư Tỉnh ủy Thừa Thiên-Huế khóa XVI"
    names = [person.name for person in find_officials(text, places=HYPHENATED_PROVINCE)]
    assert names == ["Phan Quốc Tín"]


def test_a_province_printed_with_a_hyphen_stays_in_the_title_before_the_name():
    text = "Bí thư Tỉnh ủy Thừa Thiên-Huế Phan Quốc Tín phát biểu tại hội nghị."
    assert [(p.name, p.title) for p in find_officials(text, places=HYPHENATED_PROVINCE)] == [
        ("Phan Quốc Tín", "Bí thư Tỉnh ủy Thừa Thiên-Huế")]


def test_a_foreign_name_written_with_hyphens_is_still_a_name():
    text = "Ông Vông-Mạ-Ni, Bí thư tỉnh Chăm-pa-sắc dự lễ."
    assert [p.name for p in find_officials(text, places=HYPHENATED_PROVINCE)] == ["Vông-Mạ-Ni"]


# --- Topics ----------------------------------------------------------------------------------------------------------

TOPICS = [
    (1, "quoc-phong-an-ninh", "Quốc phòng, an ninh", ["biên giới", "bộ đội", "công an"]),
    (2, "xay-dung-dang", "Xây dựng Đảng", ["đảng viên", "Đảng bộ"]),
    (3, "tuyen-truyen-giao-duc", "Tuyên truyền, giáo dục", ["tuyên truyền"]),
    (4, "van-hoa-xa-hoi", "Văn hóa, xã hội", ["văn hóa", "dân tộc"]),
    (6, "kinh-te", "Kinh tế", ["kinh tế"]),
]


def _filed(text):
    return [hit.slug for hit in TopicIndex(TOPICS).find(tokenize(text), text=text)]


def test_the_call_up_of_conscripts_is_defence():
    # The army's own paper and a province's alike report the year's call-up in these words, naming no unit.
    text = ("Rút kinh nghiệm công tác tuyển quân năm nay\n\nHội nghị tổng kết công tác tuyển chọn và gọi công dân "
            "nhập ngũ sẽ họp trực tuyến với các điểm cầu.\n\nCác địa phương nêu những vướng mắc khi tổ chức tuyển "
            "quân để rút kinh nghiệm cho năm sau.")
    assert _filed(text) == ["quoc-phong-an-ninh"]


def test_handing_over_conscripts_is_defence_though_some_are_party_members():
    text = ("Huyện Thạch Bàn tổ chức lễ giao quân\n\nSáng 12/2, huyện tổ chức lễ giao nhận quân cho 150 thanh niên "
            "lên đường nhập ngũ.\n\nTrong số tân binh có 5 đảng viên.")
    assert _filed(text) == ["quoc-phong-an-ninh"]


def test_ethnic_minorities_by_their_abbreviation_are_ethnic_affairs():
    # "DTTS" is "dân tộc thiểu số" abbreviated: the editors' "dân tộc" counts the written-out form, so the short one.
    text = ("Tôn vinh người có uy tín vùng đồng bào DTTS\n\nUBND tỉnh tổ chức hội nghị biểu dương người có uy tín "
            "trong đồng bào DTTS.\n\nCác đại biểu là những gương người DTTS tiêu biểu trong sản xuất.")
    assert _filed(text) == ["van-hoa-xa-hoi"]
