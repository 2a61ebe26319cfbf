"""Topics of talks with a neighbour, of gratitude to the war dead, of lists of who came and of a union's new members;
the province an undated report means by "Huế", read at the years it prints, dated ones included.

Every sentence here is made up for these tests, none is taken from the corpus.
"""

import pytest

from importer.recognition import Lexicon, recognise_text
from importer.recognition.gazetteer import Gazetteer
from importer.recognition.tokens import tokenize
from importer.recognition.topics import TopicIndex

# --- Topics ------------------------------------------------------------------------------------------------------

TOPICS = [
    (1, "quoc-phong-an-ninh", "Quốc phòng, an ninh", ["biên giới", "bộ đội", "công an"]),
    (2, "xay-dung-dang", "Xây dựng Đảng", ["đảng viên", "Đảng bộ"]),
    (3, "tuyen-truyen-giao-duc", "Tuyên truyền, giáo dục", ["tuyên truyền"]),
    (4, "van-hoa-xa-hoi", "Văn hóa, xã hội", ["văn hóa", "dân tộc"]),
    (5, "doi-ngoai", "Đối ngoại", ["đối ngoại", "hữu nghị", "Lào"]),
    (6, "kinh-te", "Kinh tế", ["kinh tế"]),
    (7, "bien-dao", "Biển, đảo", ["ngư dân"]),
]


def _ranked(text):
    return {hit.slug: hit.score for hit in TopicIndex(TOPICS).rank(tokenize(text), text=text)}


def _filed(text):
    return [hit.slug for hit in TopicIndex(TOPICS).find(tokenize(text), text=text)]


def test_talks_and_a_courtesy_call_with_a_neighbours_delegation_are_foreign_relations():
    talks = ("Hội đàm giữa lãnh đạo tỉnh và đoàn tỉnh Vân Sơn, Trung Quốc\n\nChiều qua, hai đoàn hội đàm về việc "
             "quản lý cửa khẩu và giao lưu nhân dân.\n\nHai bên nhất trí tăng cường trao đổi thông tin.")
    assert _filed(talks)[0] == "doi-ngoai"
    call = "Đoàn đại biểu tỉnh hội kiến lãnh đạo tỉnh bạn\n\nBuổi hội kiến diễn ra trong không khí thân mật."
    assert _filed(call)[0] == "doi-ngoai"


def test_a_neighbours_autonomous_region_is_a_place_not_ethnic_affairs():
    text = ("Đoàn Khu tự trị dân tộc Bạch Vân thăm tỉnh\n\nĐoàn đại biểu Khu tự trị dân tộc Bạch Vân đến làm việc "
            "với tỉnh.")
    assert "van-hoa-xa-hoi" not in _ranked(text)


def test_the_neighbour_named_after_nuoc_ban_is_one_mention():
    once = _ranked("Bản vùng cao\n\nBản nằm sát nước bạn Lào, cách thị trấn 40 km.")["doi-ngoai"]
    assert once == _ranked("Bản vùng cao\n\nBản nằm sát nước Lào, cách thị trấn 40 km.")["doi-ngoai"]


def test_a_neighbour_named_in_passing_in_a_border_report_files_no_foreign_relations():
    text = ("Thôn cuối cùng trên biên giới\n\nHuyện có chung với nước bạn Trung Quốc 80 km đường biên giới, bộ đội "
            "biên phòng tuần tra mỗi ngày.\n\nBộ đội giúp dân làm nhà.\n\nCác chiến sĩ bộ đội dạy chữ cho trẻ.\n\n"
            "Đồn biên phòng và bộ đội địa phương giữ vững biên giới.")
    assert _filed(text) == ["quoc-phong-an-ninh"]


def test_incense_at_a_martyrs_cemetery_is_gratitude_work_of_the_social_sector():
    text = ("Lãnh đạo huyện dâng hương tưởng niệm các Anh hùng liệt sĩ\n\nNhân kỷ niệm Ngày Thương binh - Liệt sĩ, "
            "đoàn đại biểu huyện dâng hương tại Nghĩa trang liệt sĩ huyện.\n\nĐoàn trao Bằng Tổ quốc ghi công cho "
            "thân nhân hai liệt sĩ.")
    assert _filed(text) == ["van-hoa-xa-hoi"]


def test_a_list_of_who_came_names_a_standing_committee_without_filing_party_building():
    text = ("Huyện trao quà cho hộ nghèo\n\nSáng 5/2, huyện trao 300 suất quà cho hộ nghèo. Dự có các Ủy viên Ban "
            "Thường vụ Tỉnh ủy, lãnh đạo các sở.\n\nHuyện đã vận động văn hóa, xã hội cùng chăm lo người nghèo.")
    assert "xay-dung-dang" not in _ranked(text)


def test_a_youth_unions_standing_committee_is_no_party_body():
    text = "Tuổi trẻ thắp nến tri ân\n\nBan Thường vụ Tỉnh Đoàn tổ chức lễ thắp nến tại nghĩa trang liệt sĩ."
    assert "xay-dung-dang" not in _ranked(text)


def test_new_members_of_a_union_or_an_association_are_no_party_admission():
    text = ("Công đoàn vận động ngư dân vào nghiệp đoàn\n\nLiên đoàn Lao động tỉnh họp bàn việc kết nạp đoàn viên "
            "trong ngư dân. Hội Nông dân xã cũng kết nạp hội viên mới.")
    assert "xay-dung-dang" not in _ranked(text)
    party = "Chi bộ kết nạp đảng viên mới\n\nChi bộ thôn kết nạp hai quần chúng ưu tú."
    assert "xay-dung-dang" in _ranked(party)


# --- Provinces ---------------------------------------------------------------------------------------------------


def _provinces(text):
    return sorted(hit.name for hit in recognise_text(text, day=None, lexicon=Lexicon.load()).provinces)


@pytest.mark.django_db
def test_an_undated_report_printing_a_month_of_a_year_after_the_renaming_means_the_city_of_hue():
    text = ("Bộ đội Biên phòng Huế hội đàm với tỉnh bạn\n\nChiều 12/11, đoàn Bộ đội Biên phòng thành phố Huế hội đàm "
            "với đoàn tỉnh bạn, nhìn lại kết quả phối hợp từ tháng 8/2025 tới nay theo thỏa thuận ký năm 2016.")
    assert "Huế" in _provinces(text) and "Thừa Thiên Huế" not in _provinces(text)


@pytest.mark.django_db
def test_an_undated_report_with_no_year_whose_district_is_of_hue_means_the_province_of_its_archive_years():
    if not Gazetteer.load().before:
        pytest.skip("the gazetteer's data file is not installed")
    text = ("Bí thư Tỉnh ủy thăm vùng ngập\n\nSáng 9/10, Bí thư Tỉnh ủy xuống huyện A Lưới kiểm tra việc ứng phó với "
            "mưa lũ, thăm hỏi bà con vùng thấp trũng.")
    assert _provinces(text) == ["Thừa Thiên Huế"]
