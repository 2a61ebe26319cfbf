"""Topics when a report's sub-topic names the party bodies that hold it, of religious bodies' and ethnic minorities'
congresses, of "chiến sĩ" as an honour or a calling outside the forces and of a portrait of Hồ Chí Minh given as a
gift, of members admitted to a union or an association, and of the border named as where something stands.

Every sentence here is made up for these tests, none is taken from the corpus.
"""

from importer.recognition.tokens import tokenize
from importer.recognition.topics import TopicHit, TopicIndex

TOPICS = [
    (1, "xay-dung-dang", "Xây dựng Đảng", ["đảng viên", "cấp ủy", "Đảng bộ", "nhiệm kỳ", "tổ chức cơ sở đảng"]),
    (2, "hoc-tap-va-lam-theo-tu-tuong-ho-chi-minh", "Học tập và làm theo tư tưởng Hồ Chí Minh",
     ["tư tưởng, đạo đức, phong cách Hồ Chí Minh", "làm theo Bác"], 1),
    (3, "quoc-phong-an-ninh", "Quốc phòng, an ninh", ["quốc phòng", "biên giới", "bộ đội"]),
    (4, "van-hoa-xa-hoi", "Văn hóa, xã hội", ["văn hóa", "an sinh", "tôn giáo", "dân tộc"]),
    (5, "bien-dao", "Biển, đảo", ["biển đảo", "ngư dân", "chủ quyền biển"]),
    (6, "doi-ngoai", "Đối ngoại", ["hữu nghị", "Campuchia"]),
]


def _filed(text):
    return [hit.slug for hit in TopicIndex(TOPICS).find(tokenize(text), text=text)]


def _ranked(text):
    return {hit.slug: hit.score for hit in TopicIndex(TOPICS).rank(tokenize(text), text=text)}


# --- A parent beside its own sub-topic --------------------------------------------------------------------------------

def test_the_party_bodies_holding_a_study_movements_review_do_not_file_party_building_beside_it():
    text = ("Biểu dương điển hình học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh\n\n"
            "Sáng 18/5, Ban Thường vụ Huyện ủy tổ chức hội nghị biểu dương 40 tập thể, cá nhân học tập và làm theo "
            "tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2024.\n\n"
            "Nhiều tổ chức cơ sở đảng đã đưa việc làm theo Bác vào sinh hoạt chi bộ.\n\n"
            "Các đảng viên được khen đều gương mẫu ở khu dân cư.")
    assert _filed(text) == ["hoc-tap-va-lam-theo-tu-tuong-ho-chi-minh"]


def test_a_parent_whose_own_words_weigh_half_the_sub_topics_stays_beside_it():
    index = TopicIndex([])
    child = TopicHit(2, "child", "Con", (), 12, 12, 1)
    assert [hit.id for hit in index.choose([TopicHit(1, "parent", "Cha", (), 17, 5), child])] == [2]
    assert [hit.id for hit in index.choose([TopicHit(1, "parent", "Cha", (), 18, 6), child])] == [1, 2]


# --- Religious bodies' and ethnic minorities' congresses --------------------------------------------------------------

def test_the_term_of_a_religious_associations_congress_is_not_party_building():
    text = ("Hội Đoàn kết sư sãi yêu nước huyện tổ chức Đại hội lần thứ V, nhiệm kỳ 2024-2029\n\n"
            "Ngày 10/12, 150 đại biểu là sư sãi các chùa Khmer trong huyện dự đại hội.\n\n"
            "Trong nhiệm kỳ qua, Hội vận động xây mới 6 trường dạy chữ.\n\n"
            "Văn kiện đại hội nêu rõ các phong trào thi đua của Hội.")
    assert _filed(text) == ["van-hoa-xa-hoi"]


def test_a_term_named_beside_a_faith_in_its_sentence_is_the_faiths():
    text = ("Một năm hoạt động của Ban Trị sự\n\n"
            "Ban Trị sự Giáo hội Phật giáo huyện nhiệm kỳ 2022 - 2027 họp tổng kết công tác năm.\n\n"
            "Các chùa tổ chức lớp học hè cho thanh thiếu niên.")
    assert "xay-dung-dang" not in _ranked(text)


def test_the_ethnic_minorities_congress_is_ethnic_affairs_not_a_party_congress():
    text = ("Huyện tổ chức Đại hội đại biểu các dân tộc thiểu số lần thứ IV\n\n"
            "Ngày 5/6, Đại hội đại biểu các dân tộc thiểu số huyện lần thứ IV diễn ra với 200 đại biểu.\n\n"
            "Đại hội chọn 12 đại biểu dự Đại hội đại biểu toàn quốc các dân tộc thiểu số năm sau.\n\n"
            "Đại hội thông qua văn kiện và chương trình hành động của nhiệm kỳ tới.")
    assert _filed(text) == ["van-hoa-xa-hoi"]


def test_a_party_congress_keeps_its_term():
    text = ("Đại hội Đảng bộ xã lần thứ I, nhiệm kỳ 2025 - 2030\n\n"
            "Sáng 6/7, Đại hội Đảng bộ xã khai mạc với 120 đại biểu đại diện cho 800 đảng viên.\n\n"
            "Đại hội bầu Ban Chấp hành nhiệm kỳ mới gồm 15 đồng chí.")
    assert _filed(text)[0] == "xay-dung-dang"


# --- "chiến sĩ" outside the forces, and a portrait given as a gift ----------------------------------------------------

def test_an_emulation_title_or_a_campaigns_veterans_are_not_defence():
    emulation = ("Xét tặng danh hiệu thi đua năm 2024\n\n"
                 "Hội đồng thi đua tỉnh đề nghị công nhận 45 Chiến sĩ thi đua cấp tỉnh và tặng Bằng khen cho 80 tập "
                 "thể có thành tích về văn hóa.")
    veterans = ("Gặp mặt chiến sĩ Điện Biên của huyện\n\n"
                "Sáng 5/5, Hội Cựu chiến binh huyện gặp mặt 30 chiến sĩ Điện Biên, tặng quà các gia đình có hoàn "
                "cảnh khó khăn, chăm lo an sinh cho các cựu chiến sĩ Điện Biên Phủ.")
    assert "quoc-phong-an-ninh" not in _ranked(emulation)
    assert "quoc-phong-an-ninh" not in _ranked(veterans)


def test_youth_volunteers_are_social_work_not_soldiers():
    index = TopicIndex([*TOPICS, (7, "van-hoa-xa-hoi-2", "Xã hội", ["Mùa hè xanh"])])
    text = ("80 chiến sĩ tình nguyện ra quân chiến dịch Mùa hè xanh\n\n"
            "Sáng 1/7, Tỉnh Đoàn tổ chức lễ ra quân cho 80 chiến sĩ tình nguyện về các xã vùng sâu.")
    ranked = {hit.slug: hit.score for hit in index.rank(tokenize(text), text=text)}
    assert "quoc-phong-an-ninh" not in ranked


def test_a_portrait_of_ho_chi_minh_handed_to_fishermen_is_a_gift_not_the_study_movement():
    text = ("Trao cờ Tổ quốc và ảnh Bác Hồ cho ngư dân\n\n"
            "Ngày 12/3, Đồn Biên phòng trao 200 lá cờ Tổ quốc và 50 ảnh Bác Hồ cho ngư dân bám biển, giữ chủ quyền "
            "biển đảo.\n\n"
            "Ngư dân treo ảnh Bác Hồ trong cabin tàu cá.")
    assert "hoc-tap-va-lam-theo-tu-tuong-ho-chi-minh" not in _ranked(text)


# --- Members admitted to a union, the border as a place ---------------------------------------------------------------

def test_members_counted_into_an_association_are_no_party_admission():
    index = TopicIndex([(1, "xay-dung-dang", "Xây dựng Đảng", ["kết nạp"]), TOPICS[3]])
    text = ("Hội Nông dân xã tổng kết năm\n\n"
            "Năm qua, Hội kết nạp thêm 25 hội viên, Đoàn xã kết nạp mới 40 đoàn viên, cùng chăm lo an sinh.")
    assert "xay-dung-dang" not in {hit.slug for hit in index.rank(tokenize(text), text=text)}


def test_a_gift_to_households_in_a_border_area_is_not_defence():
    text = ("Trao nhà đại đoàn kết cho hộ khó khăn khu vực biên giới\n\n"
            "Sáng 9/9, hai đoàn trao 10 căn nhà và quà cho các hộ khó khăn vùng biên giới Việt Nam - Campuchia, "
            "vun đắp tình hữu nghị.\n\n"
            "Các xã biên giới của huyện còn nhiều hộ nghèo cần chăm lo an sinh.")
    assert "quoc-phong-an-ninh" not in _ranked(text)


def test_the_border_itself_guarded_still_counts_for_defence():
    text = ("Bộ đội tuần tra biên giới\n\n"
            "Ngày 2/3, bộ đội biên phòng phối hợp dân quân tuần tra bảo vệ biên giới, giữ vững quốc phòng.")
    assert _filed(text)[0] == "quoc-phong-an-ninh"
