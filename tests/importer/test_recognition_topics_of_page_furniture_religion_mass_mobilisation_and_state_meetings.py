"""Topics when a page prints its furniture between the headline and the lead, of religious affairs and temples, of
the party's mass mobilisation, and of a people's committee's own meetings.

Every sentence here is made up for these tests, none is taken from the corpus.
"""

from importer.recognition.tokens import tokenize
from importer.recognition.topics import TopicIndex, _paragraph_breaks

TOPICS = [
    (1, "xay-dung-dang", "Xây dựng Đảng", ["đảng viên", "cấp ủy", "Đảng bộ", "nhiệm kỳ"]),
    (2, "tuyen-truyen-giao-duc", "Tuyên truyền, giáo dục", ["tuyên truyền", "tuyên giáo", "quán triệt"]),
    (3, "kinh-te", "Kinh tế", ["kinh tế", "đầu tư", "hạ tầng", "doanh nghiệp"]),
    (4, "van-hoa-xa-hoi", "Văn hóa, xã hội", ["văn hóa", "an sinh", "tôn giáo", "lễ hội", "dân tộc"]),
    (5, "xay-dung-chinh-quyen", "Xây dựng chính quyền", ["cải cách hành chính", "chính quyền địa phương"]),
]


def _filed(text):
    return [hit.slug for hit in TopicIndex(TOPICS).find(tokenize(text), text=text)]


def _ranked(text):
    return {hit.slug: hit.score for hit in TopicIndex(TOPICS).rank(tokenize(text), text=text)}


LEAD = ("Sáng 4/3, Ban Chỉ đạo tỉnh họp đánh giá kết quả thu hút đầu tư và hỗ trợ doanh nghiệp trong quý I, "
        "bàn các giải pháp tháo gỡ khó khăn cho sản xuất.")
BODY = "Các đại biểu cũng trao đổi về công tác tuyên truyền trong thời gian tới."


def test_a_posting_stamp_byline_or_section_line_is_not_the_lead():
    for furniture in ("Thứ Ba, 04/03/2025 | 15:20 GMT+7", "Nhóm phóng viên - Ảnh: Minh Tâm", "Chính trị",
                      "Lượt xem: 215"):
        text = f"Tháo gỡ khó khăn cho sản xuất\n\n{furniture}\n\n{LEAD}\n\n{BODY}"
        breaks = _paragraph_breaks(text)
        assert text[:breaks[1]].endswith(LEAD), furniture


def test_words_of_the_lead_after_a_posting_stamp_count_as_the_leads():
    with_stamp = f"Tháo gỡ khó khăn cho sản xuất\n\n08:15, 04/03/2025\n\n{LEAD}\n\n{BODY}"
    without = f"Tháo gỡ khó khăn cho sản xuất\n\n{LEAD}\n\n{BODY}"
    assert _ranked(with_stamp)["kinh-te"] == _ranked(without)["kinh-te"]


def test_a_lead_of_one_sentence_is_kept_however_short_the_report():
    text = "Khai mạc hội chợ\n\nSáng nay, hội chợ hàng nông sản của tỉnh khai mạc với 120 gian hàng doanh nghiệp.\n\n"
    assert _paragraph_breaks(text)[1] == text.index("\n\n", len("Khai mạc hội chợ\n\n"))


def test_no_more_than_three_short_lines_are_skipped_looking_for_the_lead():
    text = "Tin vắn\n\nMột\n\nHai\n\nBa\n\nBốn\n\n" + LEAD + "\n\n" + BODY
    breaks = _paragraph_breaks(text)
    assert text[:breaks[1]].endswith("Bốn")


def test_a_religious_associations_congress_is_religious_affairs_beside_its_term():
    text = ("Đại hội Hội Phật giáo huyện lần thứ V\n\n"
            "Ngày 12/10, Đại hội đại biểu Phật giáo huyện lần thứ V, nhiệm kỳ 2025 - 2030 diễn ra với 120 tăng ni, "
            "Phật tử tham dự.\n\n"
            "Đại hội bầu Ban Trị sự nhiệm kỳ mới gồm 25 vị chức sắc.\n\n"
            "Các chùa trong huyện tích cực tham gia công tác từ thiện.")
    assert "van-hoa-xa-hoi" in _filed(text)


def test_a_christmas_visit_to_a_parish_is_religious_affairs_not_the_economy():
    text = ("Lãnh đạo huyện chúc mừng Giáng sinh các giáo xứ\n\n"
            "Chiều 22/12, đoàn lãnh đạo huyện đến thăm, chúc mừng Giáng sinh giáo xứ Bình An và bà con giáo dân.\n\n"
            "Linh mục chánh xứ cảm ơn sự quan tâm của chính quyền; giáo dân tích cực lao động sản xuất, phát triển "
            "kinh tế - xã hội.")
    assert _filed(text) == ["van-hoa-xa-hoi"]


def test_a_rite_at_a_temple_is_culture_and_compensation_is_not():
    temple = ("Khai hội đền Thượng năm 2025\n\n"
              "Tối 10/2, đông đảo người dân về đền Thượng dự lễ khai hội đầu xuân.\n\n"
              "Ban Quản lý đền bố trí thêm lối đi cho du khách.")
    assert _filed(temple)[0] == "van-hoa-xa-hoi"
    compensation = ("Giải phóng mặt bằng dự án đường tỉnh\n\n"
                    "Huyện chi trả tiền đền bù cho 40 hộ dân nhường đất làm đường, thu hút đầu tư hạ tầng.\n\n"
                    "Các hộ nhận tiền đền bù đúng hạn.")
    assert "van-hoa-xa-hoi" not in _ranked(compensation)


def test_a_district_named_for_a_pagoda_is_a_place_not_religion():
    text = ("Huyện Tủa Chùa có thêm xã đạt chuẩn nông thôn mới\n\n"
            "Xã Sính Phình, huyện Tủa Chùa được công nhận đạt chuẩn nông thôn mới, thu nhập bình quân tăng nhanh.")
    assert "van-hoa-xa-hoi" not in _ranked(text)


def test_mass_mobilisation_is_party_work():
    text = ("Huyện công nhận 80 mô hình Dân vận khéo\n\n"
            "Ban Chỉ đạo phong trào thi đua Dân vận khéo của huyện công nhận 80 mô hình năm 2024.\n\n"
            "Nhiều mô hình giúp hội viên làm kinh tế, nâng thu nhập.\n\n"
            "Công tác dân vận ở cơ sở được quan tâm hơn.")
    assert _filed(text)[0] == "xay-dung-dang"


def test_the_merged_propaganda_and_mass_mobilisation_committee_is_the_propaganda_sector():
    text = ("Hội nghị báo cáo viên tháng 5\n\n"
            "Sáng 6/5, Ban Tuyên giáo và Dân vận Tỉnh ủy tổ chức hội nghị báo cáo viên, thông tin thời sự.\n\n"
            "Ban Tuyên giáo và Dân vận Tỉnh ủy đề nghị các báo cáo viên tăng cường tuyên truyền.")
    assert _filed(text) == ["tuyen-truyen-giao-duc"]


def test_a_people_committees_regular_meeting_is_the_government_at_work():
    text = ("Phiên họp thường kỳ tháng 4 của UBND tỉnh\n\n"
            "Sáng 3/4, UBND tỉnh họp phiên thường kỳ đánh giá tình hình kinh tế - xã hội quý I.\n\n"
            "Tăng trưởng kinh tế đạt 7%, thu hút đầu tư tăng; các dự án hạ tầng được đẩy nhanh.")
    assert set(_filed(text)) == {"kinh-te", "xay-dung-chinh-quyen"}


def test_a_ward_committees_briefing_is_the_government_at_work():
    text = ("Phường giao ban tháng 6\n\n"
            "Chiều 30/6, UBND phường Đông Hải họp giao ban thường kỳ, đề ra nhiệm vụ tháng 7.\n\n"
            "UBND phường giao ban với các phòng chuyên môn về đầu tư hạ tầng và hỗ trợ doanh nghiệp.")
    assert "xay-dung-chinh-quyen" in _filed(text)


def test_a_meeting_of_a_party_or_steering_body_is_no_government_meeting():
    text = ("Ban Thường vụ Huyện ủy giao ban quý III\n\n"
            "Chiều 2/10, Ban Thường vụ Huyện ủy họp giao ban đánh giá công tác xây dựng Đảng quý III.\n\n"
            "Các cấp ủy tập trung chuẩn bị đại hội chi bộ, kết nạp đảng viên mới.")
    assert "xay-dung-chinh-quyen" not in _ranked(text)
