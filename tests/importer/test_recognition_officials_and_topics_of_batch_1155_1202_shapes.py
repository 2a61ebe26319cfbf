"""Officials, provinces and topics in the shapes of reports 1155-1202: officials relieved of an office at a council's
session, named after the office ("miễn nhiệm chức danh … đối với ông A"); a former office joined to another by a dash
("nguyên Phó Bí thư … - nguyên Chủ tịch …"); the district or province of a unit printed in brackets after a title; the
body an office's holder is in charge of after a comma ("…, phụ trách Đảng bộ phường A"); an event named by its edition
and its year right after a title ("…, Tuần Văn hóa … lần thứ 2 năm 2024 quy tụ …"); a commune of the Central Highlands
written with an apostrophe ("xã Đắk P'lao"); the mothers honoured as "Mẹ Việt Nam anh hùng", which is social work;
fishing vessels' violations, which are no corruption; a province's political school, which is propaganda and education.

Every sentence here is made up in the shapes the reports use; none is taken from the corpus.
"""

import datetime

import pytest

from importer.recognition.gazetteer import find_lower_units
from importer.recognition.officials import find_officials
from importer.recognition.tokens import tokenize, tone_key
from importer.recognition.topics import TopicIndex

# Province keys as the lexicon gives them (each word's tone key): the gazetteer's facts, not a report's words.
PLACES = frozenset(" ".join(tone_key(w) for w in name.split()) for name in ("Nam Định", "Bắc Ninh", "Sơn La"))


def found(text):
    return [(person.name, person.title) for person in find_officials(text, places=PLACES)]


# --- Relieved of an office -----------------------------------------------------------------------------------------


def test_someone_relieved_of_an_office_named_before_him_is_an_official_without_a_title():
    # A council's session names the office first, its term, then the holder after "đối với": he held it until then,
    # though no title is printed beside his name.
    text = ("Kỳ họp đã miễn nhiệm chức danh Phó Chủ tịch UBND tỉnh, nhiệm kỳ 2016-2021 đối với ông Trần Văn Bình do "
            "nghỉ hưu theo chế độ; chức danh Ủy viên UBND tỉnh cũng được miễn nhiệm đối với bà Lê Thị Hạnh.")
    assert found(text) == [("Trần Văn Bình", ""), ("Lê Thị Hạnh", "")]


def test_someone_relieved_of_an_office_right_after_the_verb_is_an_official_too():
    text = "Hội đồng nhân dân tỉnh đã miễn nhiệm ông Trần Văn Bình vì lý do sức khỏe."
    assert found(text) == [("Trần Văn Bình", "")]


def test_someone_named_after_doi_voi_without_a_dismissal_is_no_official():
    # "đối với" alone (towards, regarding) names a citizen cared for, not an office's holder.
    text = "Chính quyền xã luôn quan tâm đối với ông Trần Văn Bình, thương binh hạng 1/4, trong những ngày Tết."
    assert found(text) == []


# --- A former office after a dash -----------------------------------------------------------------------------------


def test_a_former_office_joined_by_a_dash_goes_on_with_the_title():
    # Outlets join a person's offices with " - " as with ", "; "nguyên" opens the next one after either.
    text = ("Ông Lê Văn An, Phó Chủ tịch UBND huyện và Đỗ Văn Lực - nguyên Phó Bí thư Huyện ủy - nguyên Chủ tịch UBND "
            "huyện Thạch Bàn cùng nhận kỷ luật cảnh cáo.")
    assert ("Đỗ Văn Lực", "nguyên Phó Bí thư Huyện ủy - nguyên Chủ tịch UBND huyện Thạch Bàn") in found(text)


def test_lower_case_words_after_a_dash_that_join_no_office_still_end_the_title():
    text = "Ông Đỗ Văn Lực, Bí thư Huyện ủy - người gắn bó nhiều năm với vùng biên - phát biểu."
    assert found(text) == [("Đỗ Văn Lực", "Bí thư Huyện ủy")]


# --- Where a unit is, in brackets -----------------------------------------------------------------------------------


def test_a_district_in_brackets_after_a_unit_s_name_is_where_it_is_not_the_title():
    # As ", huyện Ba Đông" after a title says where the unit is, so does "(huyện Ba Đông)".
    text = "Thiếu tá Hoàng Văn Nam - Đồn trưởng Đồn Biên phòng Cửa Hà (huyện Ba Đông) cho biết đơn vị đã sẵn sàng."
    assert found(text) == [("Hoàng Văn Nam", "Thiếu tá - Đồn trưởng Đồn Biên phòng Cửa Hà")]


def test_a_province_in_brackets_after_a_school_s_name_is_where_it_is_not_the_title():
    text = "Ông Nguyễn Văn Đức, Trưởng phòng Đào tạo Trường Đại học Tây Bắc (Sơn La), cũng ứng cử."
    assert found(text) == [("Nguyễn Văn Đức", "Trưởng phòng Đào tạo Trường Đại học Tây Bắc")]


def test_a_district_in_brackets_after_a_commune_s_name_completes_the_commune_and_stays():
    # "xã Thạch Bàn (huyện Gia Hòa)": which commune, as "huyện A (tỉnh B)" says which district.
    text = "Ông Lê Văn An, Bí thư Đảng ủy xã Thạch Bàn (huyện Gia Hòa) phát biểu tại lễ."
    assert found(text) == [("Lê Văn An", "Bí thư Đảng ủy xã Thạch Bàn (huyện Gia Hòa)")]


def test_a_body_in_brackets_after_a_unit_s_name_stays_in_the_title():
    text = "Trung tá Đỗ Văn Lực - Chính trị viên Đồn Biên phòng Cửa Hà (Bộ đội Biên phòng tỉnh Nam Định) dự lễ."
    assert found(text) == [("Đỗ Văn Lực", "Trung tá - Chính trị viên Đồn Biên phòng Cửa Hà (Bộ đội Biên phòng tỉnh "
                                          "Nam Định)")]


# --- The body an office's holder is in charge of -------------------------------------------------------------------


def test_the_body_someone_is_in_charge_of_after_a_comma_is_part_of_the_title():
    text = ("Dự hội thi có ông Trần Văn Bình - Phó Bí thư Thường trực Huyện ủy, phụ trách Đảng bộ xã Thạch Bàn; "
            "bà Lê Thị Hạnh - Trưởng Ban Dân vận Huyện ủy.")
    assert found(text) == [("Trần Văn Bình", "Phó Bí thư Thường trực Huyện ủy, phụ trách Đảng bộ xã Thạch Bàn"),
                           ("Lê Thị Hạnh", "Trưởng Ban Dân vận Huyện ủy")]


def test_an_area_someone_looks_after_in_lower_case_stays_out_of_the_title():
    text = "Ông Trần Văn Bình, Phó Chủ tịch UBND huyện, phụ trách địa bàn xã Thạch Bàn, cho biết năm nay mưa nhiều."
    assert found(text) == [("Trần Văn Bình", "Phó Chủ tịch UBND huyện")]


def test_being_in_charge_of_something_is_no_title_without_an_office_before_it():
    text = "Ông Trần Văn Bình, phụ trách Tổ Kế toán của hợp tác xã, cho biết năm nay lãi cao."
    assert found(text) == []


# --- An event right after a title -----------------------------------------------------------------------------------


def test_an_event_named_by_its_edition_and_its_year_after_a_title_opens_the_next_clause():
    # "Theo ông A, <title>, <event> …": what the person said follows the title; an event's edition and year are
    # never part of a body's name.
    text = ("Theo ông Lê Văn An, Giám đốc Sở Văn hóa và Thể thao tỉnh, Tuần Văn hóa - Du lịch huyện Thạch Bàn lần "
            "thứ 3 năm 2025 có nhiều hoạt động đặc sắc.")
    assert found(text) == [("Lê Văn An", "Giám đốc Sở Văn hóa và Thể thao tỉnh")]


def test_an_event_dated_by_its_year_alone_after_a_title_opens_the_next_clause():
    text = "Theo bà Lê Thị Hạnh, Chủ tịch UBND huyện, Liên hoan Hát then năm 2025 thu hút 20 đội tham gia."
    assert found(text) == [("Lê Thị Hạnh", "Chủ tịch UBND huyện")]


def test_a_parent_unit_and_an_organising_committee_s_edition_stay_in_the_title():
    text = "Theo Đại tá Đỗ Văn Lực, Chính ủy Lữ đoàn 125, Vùng 2 Hải quân, đơn vị đã sẵn sàng."
    assert found(text) == [("Đỗ Văn Lực", "Đại tá, Chính ủy Lữ đoàn 125, Vùng 2 Hải quân")]
    text = ("Ông Lê Văn An, Phó Chủ tịch UBND tỉnh, Trưởng Ban Tổ chức Hội thi Dân vận khéo tỉnh lần thứ II phát biểu "
            "bế mạc.")
    assert found(text) == [("Lê Văn An", "Phó Chủ tịch UBND tỉnh, Trưởng Ban Tổ chức Hội thi Dân vận khéo tỉnh lần "
                                         "thứ II")]


# --- A commune written with an apostrophe ---------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.usefixtures("needs_gazetteer")
def test_a_commune_written_with_an_apostrophe_implies_its_province():
    # The gazetteer writes "Đắk Plao" and "Đắk R'Moan" (read as "Đắk R Moan"); reports print "Đắk P'lao", "Đắk R’Moan".
    day = datetime.date(2019, 3, 1)
    implied = [(hit.written, hit.province) for hit in find_lower_units(
        tokenize("Chi bộ thôn 4, xã Đắk P'lao vừa kết nạp hai đảng viên; xã Đắk R’Moan cũng vậy."), day)]
    assert implied == [("xã Đắk P'lao", "Đắk Nông"), ("xã Đắk R’Moan", "Đắk Nông")]


@pytest.mark.django_db
@pytest.mark.usefixtures("needs_gazetteer")
def test_a_commune_in_single_quotes_is_still_read_whole():
    # A quotation mark glued to a name is no apostrophe inside it.
    day = datetime.date(2019, 3, 1)
    implied = [hit.written for hit in find_lower_units(tokenize("Mô hình 'xã Đắk Nang' được nhân rộng."), day)]
    assert implied == ["xã Đắk Nang"]


# --- Topics ----------------------------------------------------------------------------------------------------------

TOPICS = [
    (1, "quoc-phong-an-ninh", "Quốc phòng, an ninh", ["biên giới", "bộ đội", "công an"]),
    (2, "xay-dung-dang", "Xây dựng Đảng", ["đảng viên", "Đảng bộ"]),
    (3, "tuyen-truyen-giao-duc", "Tuyên truyền, giáo dục", ["tuyên truyền"]),
    (4, "van-hoa-xa-hoi", "Văn hóa, xã hội", ["văn hóa", "dân tộc"]),
    (5, "bien-dao", "Biển, đảo", ["ngư dân", "vùng biển"]),
    (6, "kinh-te", "Kinh tế", ["kinh tế"]),
    (7, "phong-chong-tham-nhung", "Phòng, chống tham nhũng", ["tham nhũng", "kỷ luật"]),
]


def _filed(text):
    return [hit.slug for hit in TopicIndex(TOPICS).find(tokenize(text), text=text)]


def test_the_heroic_mothers_are_social_work_whoever_brings_the_meal():
    # The company that co-organises the meal is named for trade; the mothers honoured say what the report is about.
    text = ("Tuổi trẻ Thạch Bàn nấu cơm tất niên cùng các Mẹ\n\nĐoàn thanh niên huyện cùng Công ty Thương mại Thạch Bàn "
            "tổ chức bữa cơm tất niên tại nhà 5 Mẹ Việt Nam anh hùng trong huyện.\n\nCác đoàn viên dọn nhà, hỏi thăm "
            "sức khỏe và tặng các Mẹ VNAH những phần quà ý nghĩa.")
    assert _filed(text) == ["van-hoa-xa-hoi"]


def test_fishing_vessels_violations_are_no_corruption():
    text = ("Không để tàu cá vi phạm vùng biển nước ngoài\n\nBộ đội Biên phòng tỉnh họp rút kinh nghiệm chống khai thác "
            "IUU, không để phát sinh tàu cá vi phạm IUU trong năm.\n\nNgư dân được nhắc các quy định về vùng biển, "
            "không để xảy ra vi phạm về IUU.")
    assert "phong-chong-tham-nhung" not in _filed(text)


def test_an_official_s_violations_are_still_the_fight_against_corruption():
    text = ("Thi hành kỷ luật cán bộ vi phạm\n\nỦy ban Kiểm tra Huyện ủy đề nghị thi hành kỷ luật hai cán bộ có vi "
            "phạm trong quản lý đất đai.\n\nCác vi phạm đã được khắc phục.")
    assert _filed(text)[0] == "phong-chong-tham-nhung"


def test_a_province_s_political_school_is_propaganda_and_education():
    text = ("Trường Chính trị tỉnh khai giảng lớp trung cấp lý luận\n\nSáng 5/9, Trường Chính trị tỉnh khai giảng lớp "
            "trung cấp lý luận chính trị cho 80 học viên.\n\nTrường Chính trị tỉnh cũng mở thêm hai lớp bồi dưỡng.")
    assert _filed(text) == ["tuyen-truyen-giao-duc"]


def test_doi_voi_after_a_dismissal_that_names_no_office_is_a_citizen_helped_or_punished():
    # The verb must name the office it relieves someone of ("chức danh", "chức vụ") for "đối với ông A" to be him.
    assert found("HĐND tỉnh miễn nhiệm 3 chức danh, thông qua nghị quyết hỗ trợ đối với ông Trần Văn Bình "
                 "cùng nhiều hộ dân khác.") == []
    assert found("Tòa án tuyên phạt bị cáo và cách chức, đồng thời áp dụng biện pháp đối với ông Trần Văn Bình.") == []
