"""Shapes of real reports that recognition reads by their general kind: offices joined to a title by "kiêm" or
"đồng thời là", a rank before a profession, a monk's abbreviated rank, a foreign leader named after the country, an
age or a home between the name and what follows, a place ending a title; captions naming a programme in quotation
marks or wishing a happy Tết; a page's date stamp before the lead; communes of a province merged in 2025.

Every sentence is written for these tests, none is taken from the corpus.
"""

import datetime

import pytest

from importer.recognition import Lexicon, find_officials, recognise_text
from importer.recognition.dates import read_event_date
from importer.recognition.layout import parse_plain_text, split_credit
from importer.recognition.tokens import tokenize
from importer.recognition.topics import TopicIndex
from tests.importer.shapes import BODY, LEAD, MORE


def _officials(text):
    return [(p.name, p.title) for p in find_officials(text)]


def _captions(*paragraphs, headline="Vui Xuân cùng đồng bào vùng biên"):
    return [p.text for p in parse_plain_text("\n\n".join([headline, *paragraphs])).captions]


# --- Officials ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Đồng chí Lê Văn Hòa, Phó Bí thư Huyện ủy, kiêm Chủ tịch HĐND huyện phát biểu.",
     [("Lê Văn Hòa", "Phó Bí thư Huyện ủy, kiêm Chủ tịch HĐND huyện")]),
    ("Ông Phan Văn Tường, Phó Chủ tịch UBND xã, đồng thời là Trưởng Công an xã cho biết.",
     [("Phan Văn Tường", "Phó Chủ tịch UBND xã, đồng thời là Trưởng Công an xã")]),
    ("Ông Vũ Đình Lâm, quyền Giám đốc Sở Nội vụ, cho biết.", [("Vũ Đình Lâm", "quyền Giám đốc Sở Nội vụ")]),
])
def test_one_more_office_joined_in_lower_case_after_a_comma_is_part_of_the_title(text, expected):
    assert _officials(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Ông Đỗ Văn Khang, hiện giữ chức Phó Chủ tịch UBND huyện, cho biết.", [("Đỗ Văn Khang", "Phó Chủ tịch UBND huyện")]),
    ("Ông Đỗ Văn Khang, từng là Bí thư Đảng ủy xã, kể lại.", [("Đỗ Văn Khang", "Bí thư Đảng ủy xã")]),
])
def test_the_words_leading_from_a_name_to_an_office_held_now_or_before_are_not_the_title(text, expected):
    assert _officials(text) == expected


def test_a_profession_printed_in_lower_case_between_the_rank_and_the_name_is_part_of_the_title():
    text = "Thượng úy, bác sĩ Lương Văn Tịnh, Quân y Đồn Biên phòng Mường Tỉnh khám bệnh cho bà con."
    assert _officials(text) == [("Lương Văn Tịnh", "Thượng úy, bác sĩ, Quân y Đồn Biên phòng Mường Tỉnh")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Đoàn do ĐĐ.Thích Quảng Tâm, Trưởng ban làm trưởng đoàn.", [("Thích Quảng Tâm", "ĐĐ., Trưởng ban")]),
    ("Ra đón có TT. Thích Minh Đạo, Trưởng BTS PG huyện; Thiếu tá Hà Văn Lộc, đại diện Ban CHQS huyện.",
     [("Thích Minh Đạo", "TT., Trưởng BTS PG huyện"), ("Hà Văn Lộc", "Thiếu tá, đại diện Ban CHQS huyện")]),
])
def test_a_monks_abbreviated_rank_and_an_officer_standing_for_his_unit(text, expected):
    assert _officials(text) == expected


def test_tt_with_a_dot_before_a_place_is_still_a_town_not_a_monk():
    assert _officials("Hội nghị diễn ra tại TT. Mường Tỉnh, có đông đảo bà con tham dự.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Bà H'Lan Êban, Phó Chủ tịch HĐND huyện, phát biểu.", [("H'Lan Êban", "Phó Chủ tịch HĐND huyện")]),
    ("Ông Chẩu Văn Hiền, Bí thư Chi bộ bản Nà Hin, cho biết.", [("Chẩu Văn Hiền", "Bí thư Chi bộ bản Nà Hin")]),
])
def test_names_of_the_highlands_and_the_northern_mountains_start_with_their_family_names(text, expected):
    assert _officials(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Đoàn nhận điện mừng của Thủ tướng Lào Chăn Xa Mạy gửi Đại hội.", [("Chăn Xa Mạy", "Thủ tướng Lào")]),
    ("Có mặt có ông Bun Nhăng Xay Sổm Phon - Phó Chủ tịch UBCQ huyện Na Pê (Lào).",
     [("Bun Nhăng Xay Sổm Phon", "Phó Chủ tịch UBCQ huyện Na Pê (Lào)")]),
])
def test_a_foreign_official_named_after_the_country_or_with_a_long_transcribed_name(text, expected):
    assert _officials(text) == expected


def test_a_unit_named_after_an_urban_district_is_not_a_person_in_the_title():
    text = "Thượng tá Vương Đình Khôi, Chính trị viên Đồn Biên phòng Sơn Trà, BĐBP thành phố nêu rõ kết quả."
    assert _officials(text) == [("Vương Đình Khôi", "Thượng tá, Chính trị viên Đồn Biên phòng Sơn Trà, BĐBP thành phố")]


@pytest.mark.parametrize(("text", "expected"), [
    # Where the person is, ending the title, is not what they are...
    ("Đoàn đến chúc Tết Hòa thượng Thạch Sóc - Trụ trì chùa Som Rong, xã Lạc Hòa, thị xã Vĩnh Châu",
     [("Thạch Sóc", "Hòa thượng - Trụ trì chùa Som Rong")]),
    ("Ông Sùng A Lử, Phó Chủ tịch UBND xã Tả Phìn, huyện Sìn Hồ, cho biết.", [("Sùng A Lử", "Phó Chủ tịch UBND xã Tả Phìn")]),
    # ...nor the home of a family visited; the list goes on after it.
    ("Đoàn thăm Anh hùng Lao động Huỳnh Văn Tư – nguyên Giám đốc Nhà máy gạch (phường Tân Định); ông Đào Văn Lễ – "
     "nguyên Phó Chủ tịch UBND thị xã (phường An Phú).",
     [("Huỳnh Văn Tư", "Anh hùng Lao động – nguyên Giám đốc Nhà máy gạch"),
      ("Đào Văn Lễ", "nguyên Phó Chủ tịch UBND thị xã")]),
])
def test_a_place_ending_a_title_or_a_home_in_brackets_is_left_out_of_it(text, expected):
    assert _officials(text) == expected


def test_a_place_between_two_offices_stays_in_the_title():
    text = "Ông Lò Văn Quý, Đồn trưởng Đồn Biên phòng Pa Thơm, tỉnh Điện Biên, Trưởng đoàn công tác, phát biểu."
    assert _officials(text) == [("Lò Văn Quý", "Đồn trưởng Đồn Biên phòng Pa Thơm, tỉnh Điện Biên, Trưởng đoàn công tác")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Bà Đinh Thị Nhàn, Phó Chủ tịch điều hành HĐND huyện, phát biểu.",
     [("Đinh Thị Nhàn", "Phó Chủ tịch điều hành HĐND huyện")]),
    ("Đồng chí Đinh Thị Nhàn, Phó Chủ tịch HĐND huyện điều hành hội nghị.", [("Đinh Thị Nhàn", "Phó Chủ tịch HĐND huyện")]),
    ("Bà Mai Thị Thoa, Phó Trưởng ban các vấn đề xã hội của Hội đồng nhân dân tỉnh, cho biết.",
     [("Mai Thị Thoa", "Phó Trưởng ban các vấn đề xã hội của Hội đồng nhân dân tỉnh")]),
])
def test_words_that_are_verbs_elsewhere_stay_in_a_title_where_they_qualify_an_office(text, expected):
    assert _officials(text) == expected


@pytest.mark.parametrize("age", ["(58 tuổi)", "(SN 1966)", ", 58 tuổi,"])
def test_an_age_between_the_name_and_the_title_is_skipped(age):
    separator = "" if age.startswith(",") else ","
    text = f"Ông Hờ A Sính {age}{separator} Trưởng bản Huổi Lếch, cho biết cả bản đã đón Tết."
    assert _officials(text) == [("Hờ A Sính", "Trưởng bản Huổi Lếch")]


# --- Captions -----------------------------------------------------------------------------------

def test_a_programmes_name_in_quotation_marks_is_not_reported_speech():
    caption = "Các đơn vị trao quà cho bà con trong Chương trình “Xuân ấm vùng biên”."
    assert _captions(LEAD, caption, MORE, BODY) == [caption]


def test_words_quoted_from_a_speaker_still_keep_a_sentence_in_the_story():
    sentence = "Trung tá Hà Văn Lâm nói “đơn vị sẽ luôn đồng hành cùng bà con, nhất là những lúc khó khăn nhất”."
    assert _captions(LEAD, sentence, MORE, BODY) == []


def test_wishing_a_happy_tet_is_a_pictures_action_though_tet_is_capitalised():
    caption = "Đoàn công tác đến chúc Tết Thượng tọa Danh Sơn - Trụ trì chùa Kal Pô Prức, xã Lạc Hòa"
    assert _captions(LEAD, caption, MORE, BODY) == [caption]


def test_jar_wine_in_a_photo_essay_is_not_the_modal_verb_must():
    essay = ["Bà con đón đoàn công tác.", "Trận kéo co giữa hai bản.", "Rượu cần mời khách ngày Tết.",
             "Điệu xòe của các cô gái bản."]
    assert _captions(LEAD, *essay, BODY) == essay


def test_what_someone_just_did_is_the_storys_news_not_a_picture():
    sentence = "Lãnh đạo và bộ đội biên phòng hai huyện vừa có nhiều hoạt động giao lưu ý nghĩa ở khu vực cửa khẩu."
    assert _captions(LEAD, sentence, MORE, BODY) == []


@pytest.mark.parametrize("caption", [
    "Thiếu nhi bản Nà Hin rước đèn ông sao cùng bộ đội.",
    "Du khách tham quan nhà trưng bày truyền thống của đồn.",
])
def test_a_scene_of_people_named_by_who_they_are_and_a_full_stop_is_a_caption(caption):
    assert _captions(LEAD, caption, MORE, BODY) == [caption]


@pytest.mark.parametrize("sentence", [
    "Bộ đội biên phòng luôn là chỗ dựa tin cậy của đồng bào các dân tộc nơi biên giới.",
    "Thanh niên trong xã ngày càng hăng hái với các phong trào tình nguyện.",
])
def test_what_a_group_always_or_increasingly_does_is_the_storys_statement(sentence):
    assert _captions(LEAD, sentence, MORE, BODY) == []


@pytest.mark.parametrize("printed", ["Ảnh - Lò Thu Hà", "(Ảnh – Lò Thu Hà)", "(ảnh: Lò Thu Hà)"])
def test_a_credit_printed_with_a_dash_or_in_lower_case_is_the_captions_credit(printed):
    caption, credit = split_credit(f"Đoàn công tác trao quà cho bà con bản Nà Hin. {printed}")
    assert caption == "Đoàn công tác trao quà cho bà con bản Nà Hin."
    assert credit.lower() == "ảnh: lò thu hà"


@pytest.mark.parametrize("line", ["ẢNH: LÒ THU HÀ", "Ảnh - Lò Thu Hà"])
def test_a_credit_on_its_own_line_in_capitals_or_with_a_dash_goes_to_the_caption_above(line):
    caption = "Đoàn công tác trao quà cho bà con bản Nà Hin."
    parsed = parse_plain_text("\n\n".join(["Vui Xuân cùng đồng bào vùng biên", LEAD, caption, line, MORE, BODY]))
    assert [(p.text, p.credit.lower()) for p in parsed.captions] == [(caption, "ảnh: lò thu hà")]


def test_a_dash_inside_a_sentence_is_not_a_credit():
    text = "Ảnh - nghệ thuật của người lính biên phòng được trưng bày ở nhà văn hóa xã"
    assert split_credit(text) == (text, "")


# --- Dates --------------------------------------------------------------------------------------

def test_a_pages_date_stamp_before_the_lead_dates_this_morning():
    found = read_event_date(["14/03/2023 - 09:12:00 Sáng nay, Bảo tàng tỉnh khai mạc trưng bày chuyên đề."])
    assert (found.day, found.month, found.year) == (14, 3, 2023)
    found = read_event_date(["14/03/2023 09:12 Chiều qua, hội nghị tổng kết diễn ra tại huyện."])
    assert (found.day, found.month, found.year) == (13, 3, 2023)


def test_a_pages_date_stamp_gives_its_year_to_the_date_the_lead_prints():
    found = read_event_date(["05/01/2024 - 09:12 Chiều 29/12, huyện tổ chức tổng kết năm."])
    assert (found.day, found.month, found.year) == (29, 12, 2023)


def test_a_date_inside_the_lead_without_a_time_is_no_stamp():
    found = read_event_date(["14/03/2023 là ngày khai mạc, sáng nay các đoàn đã có mặt."])
    assert found is None


# --- Provinces ----------------------------------------------------------------------------------

@pytest.mark.django_db
def test_an_undated_commune_of_the_province_a_named_one_was_merged_into_adds_nothing():
    # "xã Cát Tiến" is Gia Lai's since 2025, when Bình Định became part of Gia Lai; before, it was a town of
    # Bình Định. A report without a year that names Bình Định is about Bình Định only.
    text = ("Tuyên truyền pháp luật cho ngư dân\n\n"
            "Ngày 26/10, Bộ Chỉ huy BĐBP Bình Định tuyên truyền pháp luật cho ngư dân các xã Cát Hải, Cát Tiến.")
    provinces = recognise_text(text, day=None, lexicon=Lexicon.load()).provinces
    assert [hit.name for hit in provinces] == ["Bình Định"]


# --- Topics -------------------------------------------------------------------------------------

def test_an_international_border_gate_is_not_foreign_relations():
    index = TopicIndex([(9, "doi-ngoai", "Đối ngoại", ["hợp tác quốc tế"])])
    text = "Tiêu đề\n\nĐoạn mở đầu.\n\nĐồn Biên phòng Cửa khẩu quốc tế Mường Tỉnh tổ chức tuần tra."
    assert index.rank(tokenize(text), text=text) == []


def test_the_navy_counts_for_defence_as_well_as_for_the_sea():
    index = TopicIndex([(5, "quoc-phong-an-ninh", "Quốc phòng, an ninh", []), (6, "bien-dao", "Biển, đảo", [])])
    text = "Tiêu đề\n\nĐoạn mở đầu.\n\nVùng 5 Hải quân chúc Tết quân dân trên đảo."
    assert {hit.slug for hit in index.rank(tokenize(text), text=text)} == {"quoc-phong-an-ninh", "bien-dao"}


def test_the_fatherland_fronts_festival_of_national_unity_is_culture_and_society():
    index = TopicIndex([(8, "van-hoa-xa-hoi", "Văn hóa, xã hội", [])])
    text = "Tiêu đề\n\nĐoạn mở đầu.\n\nBà con khu dân cư vui Ngày hội Đại đoàn kết toàn dân tộc."
    assert [hit.slug for hit in index.rank(tokenize(text), text=text)] == ["van-hoa-xa-hoi"]


@pytest.mark.django_db
def test_a_year_of_the_stamp_resolves_provinces_as_of_that_day():
    text = ("Hội nghị tổng kết\n\n05/01/2024 - 09:12 Chiều 29/12, Huyện ủy Mường Tỉnh tổng kết năm tại tỉnh Lai Châu.")
    found = recognise_text(text, day=datetime.date(2023, 12, 29), lexicon=Lexicon.load()).provinces
    assert [hit.name for hit in found] == ["Lai Châu"]


def test_the_day_the_news_was_given_yields_to_the_events_own_days_printed_after_it():
    found = read_event_date([
        "Bùi Hạnh - Lê Tâm 16:05 12/02/2025",
        "Đồn biên phòng đưa Tết đến bà con vùng biên",
        "Cùng các nhà hảo tâm, Đồn Biên phòng Mường Tỉnh mang chương trình vui Xuân tới bà con vùng biên giới.",
        "Ngày 12/2, Đồn Biên phòng Mường Tỉnh thông tin: đơn vị đã cùng các nhà hảo tâm tổ chức chương trình ở hai bản.",
        "Hai ngày 9 và 10/2, đơn vị khám bệnh, phát thuốc và tặng quà cho hơn 300 hộ dân.",
    ])
    assert (found.day, found.month, found.year) == (9, 2, 2025)


def test_the_day_the_news_was_given_dates_the_report_when_no_other_day_is_printed():
    found = read_event_date(["Ngày 12/2, Đồn Biên phòng Mường Tỉnh cho biết, đơn vị đã tặng quà cho 300 hộ dân."])
    assert (found.day, found.month, found.year) == (12, 2, None)
