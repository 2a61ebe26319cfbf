"""A council electing or appointing the people's committee's leaders is government building, not party work; gifts
handed to soldiers are a visit to the forces, not social work; a sector's name printed whole ("an sinh xã hội",
"quốc phòng, an ninh") is one mention; a province printed as it was before a merger ("Bình Dương cũ", "tỉnh Thái
Bình, nay là tỉnh Hưng Yên") is no place the report is about.

Every sentence here is made up for these tests, none is taken from the corpus.
"""

import pytest

from importer.recognition.tokens import tokenize
from importer.recognition.topics import TopicIndex
from tests.importer.shapes import CLOSING, provinces_in

TOPICS = [
    (1, "xay-dung-dang", "Xây dựng Đảng", ["đảng viên", "Đảng bộ", "nhiệm kỳ"]),
    (2, "xay-dung-chinh-quyen", "Xây dựng chính quyền", ["cải cách hành chính", "chính quyền địa phương"]),
    (3, "van-hoa-xa-hoi", "Văn hóa, xã hội", ["văn hóa", "xã hội", "an sinh"]),
    (4, "quoc-phong-an-ninh", "Quốc phòng, an ninh", ["quốc phòng", "an ninh", "bộ đội"]),
]


def _filed(text):
    return [hit.slug for hit in TopicIndex(TOPICS).find(tokenize(text), text=text)]


def _ranked(text, masks=()):
    return {hit.slug: hit for hit in TopicIndex(TOPICS).rank(tokenize(text), text=text, masks=masks)}


# --- Elections and appointments by a council -------------------------------------------------------------------------

def test_a_council_electing_the_committees_chairman_is_government_building():
    text = ("HĐND huyện Tân Lạc bầu Chủ tịch UBND huyện\n\nChiều 3/4, kỳ họp thứ 12 HĐND huyện Tân Lạc đã bầu "
            "ông Nguyễn Văn Hòa giữ chức Chủ tịch UBND huyện.\n\nÔng Hòa nhận được 30/31 phiếu bầu.")
    assert _filed(text) == ["xay-dung-chinh-quyen"]
    assert "xay-dung-dang" not in _ranked(text)


def test_appointing_a_committees_chairman_is_government_building():
    text = ("Chỉ định Chủ tịch UBND đặc khu Cồn Xanh\n\nNgày 4/8, Thường trực HĐND tỉnh chỉ định ông Lê Minh Tâm "
            "làm Chủ tịch UBND đặc khu Cồn Xanh.")
    ranked = _ranked(text)
    assert "xay-dung-dang" not in ranked
    assert "chỉ định" in ranked["xay-dung-chinh-quyen"].keywords


def test_a_party_congress_electing_its_committee_is_still_party_building():
    text = ("Đại hội Đảng bộ xã An Phú bầu Ban Chấp hành khóa mới\n\nSáng 9/7, Đại hội Đảng bộ xã An Phú đã bầu 15 "
            "đồng chí vào Ban Chấp hành Đảng bộ xã; Ban Chấp hành bầu ông Trần Văn Lâm giữ chức Bí thư Đảng ủy.")
    assert _filed(text) == ["xay-dung-dang"]
    assert "xay-dung-chinh-quyen" not in _ranked(text)


def test_the_party_post_in_the_elected_persons_title_does_not_say_whose_post_it_is():
    text = ("Kỳ họp bất thường\n\nHĐND tỉnh bầu ông Lê Văn Tám, Phó Bí thư Tỉnh ủy, giữ chức Chủ tịch UBND tỉnh.")
    title = text.index("Phó Bí thư Tỉnh ủy")
    ranked = _ranked(text, masks=[(title, title + len("Phó Bí thư Tỉnh ủy"))])
    assert "bầu" in ranked["xay-dung-chinh-quyen"].keywords
    assert "xay-dung-dang" not in ranked


# --- Gifts to the forces ----------------------------------------------------------------------------------------------

def test_gifts_handed_to_soldiers_are_no_social_work():
    text = ("Lãnh đạo tỉnh thăm, tặng quà cán bộ, chiến sĩ Đồn Biên phòng Nà Khoang\n\nSáng 20/1, đoàn đã trao quà "
            "Tết cho các đơn vị bộ đội đóng quân trên địa bàn và tặng quà cán bộ, chiến sĩ trực trên tuyến biên giới.")
    assert "van-hoa-xa-hoi" not in _ranked(text)
    assert _filed(text) == ["quoc-phong-an-ninh"]


def test_gifts_to_poor_households_and_to_soldiers_with_the_people_are_still_social_work():
    ranked = _ranked("Tặng quà\n\nĐoàn tặng quà hộ nghèo ở bản Nà Khoang.")
    assert "tặng quà" in ranked["van-hoa-xa-hoi"].keywords
    ranked = _ranked("Tặng quà\n\nĐoàn trao quà cho cán bộ, chiến sĩ và bà con trên đảo Hòn Xanh.")
    assert "trao quà" in ranked["van-hoa-xa-hoi"].keywords


# --- A sector's name printed whole -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("sector", "slug"), [
    ("an sinh xã hội", "van-hoa-xa-hoi"), ("văn hóa, xã hội", "van-hoa-xa-hoi"),
    ("quốc phòng, an ninh", "quoc-phong-an-ninh"), ("quốc phòng - an ninh", "quoc-phong-an-ninh"),
])
def test_a_sectors_name_printed_whole_is_one_mention(sector, slug):
    text = f"Hội nghị tổng kết năm\n\nHội nghị đánh giá kết quả năm.\n\nTỉnh chăm lo {sector} trong năm qua."
    assert _ranked(text)[slug].score == 1


# --- Provinces printed as they were ----------------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_province_printed_with_former_or_now_is_not_the_reports():
    text = ("Tân Chủ tịch HĐND tỉnh Lâm Đồng\n\nÔng Trần Văn Bảy quê ở huyện Kiến Xương, tỉnh Thái Bình, nay là tỉnh "
            "Hưng Yên; ông từng công tác ở Bến Cát, Bình Dương cũ; nay là Chủ tịch HĐND tỉnh "
            "Lâm Đồng.\n\n" + CLOSING)
    assert provinces_in(text) == ["Hưng Yên", "Lâm Đồng"]


@pytest.mark.django_db
def test_a_province_followed_by_a_word_that_only_begins_like_the_mark_still_counts():
    text = ("Kinh nghiệm sắp xếp bộ máy\n\nTỉnh ủy Bình Dương cũng đã sắp xếp các phòng, ban; nay tỉnh Bình "
            "Phước học tập cách làm này.\n\n" + CLOSING)
    assert provinces_in(text) == ["Bình Dương", "Bình Phước"]
