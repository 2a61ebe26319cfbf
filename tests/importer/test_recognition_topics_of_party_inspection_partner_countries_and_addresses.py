"""Topics of the party's inspection and self-criticism, of delegations from far countries, of the stock address
"Đảng bộ, chính quyền và nhân dân" and of the honour "Anh hùng Lực lượng vũ trang nhân dân".

Every sentence here is made up for these tests, none is taken from the corpus.
"""

from importer.recognition.tokens import tokenize
from importer.recognition.topics import TopicIndex

TOPICS = [
    (1, "xay-dung-dang", "Xây dựng Đảng", ["đảng viên", "cấp ủy", "Đảng bộ", "nhiệm kỳ"]),
    (2, "tuyen-truyen-giao-duc", "Tuyên truyền, giáo dục", ["tuyên truyền", "quán triệt"]),
    (3, "kinh-te", "Kinh tế", ["kinh tế", "đầu tư", "doanh nghiệp"]),
    (4, "van-hoa-xa-hoi", "Văn hóa, xã hội", ["văn hóa", "an sinh", "dân tộc"]),
    (5, "doi-ngoai", "Đối ngoại", ["đối ngoại", "hữu nghị", "Lào", "Campuchia"]),
    (6, "quoc-phong-an-ninh", "Quốc phòng, an ninh", ["quốc phòng", "lực lượng vũ trang"]),
    (7, "phong-chong-tham-nhung", "Phòng, chống tham nhũng", ["tham nhũng", "kỷ luật", "kiểm tra, giám sát"]),
]


def _filed(text):
    return [hit.slug for hit in TopicIndex(TOPICS).find(tokenize(text), text=text)]


def _ranked(text):
    return {hit.slug: hit.score for hit in TopicIndex(TOPICS).rank(tokenize(text), text=text)}


def test_a_review_of_inspection_within_the_party_is_party_building_and_the_fight_against_corruption():
    text = ("Huyện ủy tổng kết công tác kiểm tra, giám sát trong Đảng năm 2023\n\n"
            "Sáng 10/1, Huyện ủy tổ chức hội nghị tổng kết công tác kiểm tra, giám sát trong Đảng.\n\n"
            "Năm qua, Ủy ban Kiểm tra các cấp đã kiểm tra nhiều tổ chức đảng và đảng viên.")
    assert set(_filed(text)) == {"xay-dung-dang", "phong-chong-tham-nhung"}


def test_shortcomings_a_committee_reviews_count_for_party_building_and_for_discipline():
    scores = _ranked("Ban Thường vụ Thị ủy nhận khuyết điểm\n\n"
                     "Bí thư Thị ủy cho biết Ban Thường vụ đã kiểm điểm nghiêm túc, tự phê bình trước đảng viên.")
    assert scores["xay-dung-dang"] > scores["phong-chong-tham-nhung"] > 0


def test_a_delegation_from_a_far_country_in_the_headline_is_foreign_relations():
    text = ("Chủ tịch UBND tỉnh tiếp đoàn tỉnh Okayama (Nhật Bản)\n\n"
            "Chiều 3/4, Chủ tịch UBND tỉnh tiếp đoàn lãnh đạo và doanh nghiệp tỉnh Okayama, Nhật Bản.\n\n"
            "Hai bên trao đổi về đầu tư vào nông nghiệp công nghệ cao và kinh tế số.\n\n"
            "Chủ tịch UBND tỉnh mời doanh nghiệp bạn khảo sát môi trường đầu tư, phát triển kinh tế.")
    assert set(_filed(text)) == {"doi-ngoai", "kinh-te"}


def test_a_far_country_named_only_in_the_body_is_not_foreign_relations():
    text = ("Tỉnh gặp mặt doanh nghiệp đầu năm\n\n"
            "Sáng 8/2, UBND tỉnh gặp mặt các doanh nghiệp, nhà đầu tư trên địa bàn.\n\n"
            "Nhiều doanh nghiệp xuất khẩu nông sản sang Hàn Quốc, Thái Lan và Singapore tăng mạnh đơn hàng.")
    assert "doi-ngoai" not in _ranked(text)


def test_an_embassy_named_with_its_country_is_one_mention():
    scores = _ranked("Tỉnh đón Tham tán Đại sứ quán Hàn Quốc\n\nBuổi tiếp diễn ra thân tình.")
    assert scores["doi-ngoai"] == TopicIndex.HEADLINE


def test_greetings_to_the_party_government_and_people_of_a_province_are_not_party_work():
    text = ("Đoàn tỉnh Savannakhet chúc Tết Đảng bộ, chính quyền và nhân dân tỉnh\n\n"
            "Chiều 20/1, đoàn đại biểu tỉnh Savannakhet (Lào) sang thăm, chúc Tết Đảng bộ, nhân dân các dân tộc "
            "trong tỉnh, khẳng định tình hữu nghị giữa hai tỉnh.")
    assert _filed(text) == ["doi-ngoai"]


def test_the_stock_address_leaves_the_peoples_of_the_province_to_their_own_phrase():
    scores = _ranked("Bí thư Tỉnh ủy trả lời phỏng vấn\n\n"
                     "Đảng bộ, chính quyền và nhân dân các dân tộc trong tỉnh đã vượt khó, đạt nhiều kết quả.")
    assert "xay-dung-dang" not in scores and "van-hoa-xa-hoi" not in scores


def test_a_heros_honour_is_not_a_report_about_defence():
    scores = _ranked("Lễ kỷ niệm 100 năm Ngày sinh nữ Anh hùng Lực lượng vũ trang nhân dân\n\n"
                     "Tỉnh tổ chức lễ kỷ niệm 100 năm Ngày sinh bà, Anh hùng lực lượng vũ trang nhân dân.")
    assert "quoc-phong-an-ninh" not in scores
