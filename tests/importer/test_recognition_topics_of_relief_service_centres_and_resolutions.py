"""Topics of disaster relief, public administration service centres, works greeting a congress and the study of a
party resolution.

Every sentence here is made up for these tests, none is taken from the corpus.
"""

from importer.recognition.tokens import tokenize
from importer.recognition.topics import TopicIndex

TOPICS = [
    (1, "xay-dung-dang", "Xây dựng Đảng", ["đảng viên", "cấp ủy", "Đảng bộ", "nhiệm kỳ"]),
    (2, "tuyen-truyen-giao-duc", "Tuyên truyền, giáo dục", ["tuyên truyền", "quán triệt"]),
    (3, "kinh-te", "Kinh tế", ["kinh tế", "đầu tư", "hạ tầng"]),
    (4, "van-hoa-xa-hoi", "Văn hóa, xã hội", ["văn hóa", "an sinh"]),
    (5, "xay-dung-chinh-quyen", "Xây dựng chính quyền", ["cải cách hành chính", "chính quyền địa phương"]),
]


def _filed(text):
    return [hit.slug for hit in TopicIndex(TOPICS).find(tokenize(text), text=text)]


def _ranked(text):
    return {hit.slug: hit.score for hit in TopicIndex(TOPICS).rank(tokenize(text), text=text)}


def test_donations_received_to_make_good_a_flood_are_social_work_not_the_economy():
    text = ("Tỉnh ủy tiếp nhận ủng hộ giúp dân khắc phục hậu quả lũ lụt\n\n"
            "Chiều 5/9, Thường trực Tỉnh ủy tiếp nhận các khoản ủng hộ đồng bào vùng lũ.\n\n"
            "Tổng công ty Công nghiệp Xi măng trao 2 tỷ đồng; số tiền sẽ hỗ trợ sản xuất, chăm lo người dân vùng "
            "bị chia cắt sau lũ lụt.\n\n"
            "Lãnh đạo tỉnh cho biết mọi khoản cứu trợ được chuyển ngay tới các hộ bị thiệt hại.")
    assert _filed(text) == ["van-hoa-xa-hoi"]


def test_a_public_administration_service_centre_opened_is_about_government():
    text = ("Hai xã khánh thành công trình mới\n\n"
            "Sáng 12/8, xã Tân Lập khánh thành Trung tâm Phục vụ hành chính công và nhà trưng bày nông sản.\n\n"
            "Trung tâm Phục vụ hành chính công giúp người dân làm thủ tục nhanh hơn.\n\n"
            "Công trình góp phần phát triển kinh tế của xã.")
    assert "xay-dung-chinh-quyen" in _filed(text)


def test_works_inaugurated_to_greet_a_party_congress_are_not_party_building():
    text = ("Xã khánh thành đường bê tông chào mừng Đại hội đại biểu Đảng bộ tỉnh\n\n"
            "Sáng 3/9, xã Hòa Bình khánh thành đường bê tông thôn Đông, công trình chào mừng Đại hội Đảng bộ tỉnh "
            "lần thứ I.\n\n"
            "Tuyến đường dài 300m, tổng kinh phí đầu tư 150 triệu đồng, góp phần hoàn thiện hạ tầng nông thôn mới.")
    assert "xay-dung-dang" not in _filed(text)
    assert _filed(text) == ["kinh-te"]


def test_a_report_about_the_congress_itself_stays_party_building_beside_a_greeting():
    text = ("Đại hội đại biểu Đảng bộ huyện lần thứ XX thành công tốt đẹp\n\n"
            "Đại hội bầu Ban Chấp hành Đảng bộ huyện nhiệm kỳ 2025 - 2030 gồm 35 đồng chí.\n\n"
            "Thanh niên huyện ra quân làm đường chào mừng Đại hội.")
    assert _filed(text)[0] == "xay-dung-dang"


def test_studying_a_party_resolution_in_the_headline_files_propaganda_beside_party_building():
    text = ("Cán bộ, đảng viên cần nghiêm túc học tập Nghị quyết\n\n"
            "Sáng 4/11, Ban Thường vụ Tỉnh ủy họp, Bí thư Tỉnh ủy yêu cầu cấp ủy các cấp tổ chức quán triệt, "
            "học tập Nghị quyết Đại hội Đảng bộ tỉnh đến từng chi bộ.\n\n"
            "Các đảng viên phải được học đầy đủ; cấp ủy nào chậm sẽ bị nhắc nhở. Đảng bộ các huyện báo cáo kết quả "
            "trước tháng 12, nhiệm kỳ mới bắt đầu bằng việc học Nghị quyết.")
    filed = _filed(text)
    assert "xay-dung-dang" in filed and "tuyen-truyen-giao-duc" in filed


def test_one_flood_named_in_passing_does_not_make_an_economic_report_social_work():
    text = ("Huyện đẩy nhanh giải ngân vốn đầu tư công\n\n"
            "Sáng 8/10, UBND huyện họp bàn tiến độ các dự án đầu tư hạ tầng giao thông.\n\n"
            "Một số công trình chậm do mưa lớn kéo dài; huyện yêu cầu nhà thầu bù tiến độ để phát triển kinh tế.")
    assert "van-hoa-xa-hoi" not in _ranked(text)
