"""Topics of a force's talk at sea: a navy region, the border guards or the coast guard lecturing students or
fishermen on the sea and the law is filed under the sea and propaganda, the force being who speaks; a force's
own work at sea, or a Tết visit that mentions a talk in passing, still files defence.

Every sentence here is made up for these tests, none is taken from the corpus.
"""

from importer.recognition.tokens import tokenize
from importer.recognition.topics import TopicIndex

TOPICS = [
    (1, "quoc-phong-an-ninh", "Quốc phòng, an ninh", ["biên giới", "bộ đội", "công an", "quốc phòng"]),
    (3, "tuyen-truyen-giao-duc", "Tuyên truyền, giáo dục", ["tuyên truyền"]),
    (4, "van-hoa-xa-hoi", "Văn hóa, xã hội", ["văn hóa"]),
    (7, "bien-dao", "Biển, đảo", ["ngư dân", "biển, đảo", "chủ quyền biển"]),
]


def _filed(text):
    return [hit.slug for hit in TopicIndex(TOPICS).find(tokenize(text), text=text)]


def test_a_navy_regions_talk_to_students_is_the_sea_and_propaganda_not_defence():
    text = ("Hải quân tuyên truyền về biển, đảo cho sinh viên\n\nNgày 5/4, Vùng 9 Hải quân tuyên truyền về chủ quyền "
            "biển, đảo cho 1.500 sinh viên trường Đại học Sông Xanh.\n\nCán bộ Hải quân giới thiệu về biển, đảo quê "
            "hương.\n\nBuổi tuyên truyền giúp sinh viên hiểu thêm về chủ quyền biển.\n\nHải quân tặng sinh viên sách "
            "về biển, đảo.")
    filed = _filed(text)
    assert set(filed) == {"bien-dao", "tuyen-truyen-giao-duc"}


def test_border_guards_teaching_fishermen_the_law_is_not_filed_as_defence():
    text = ("Biên phòng tuyên truyền pháp luật cho ngư dân\n\nĐồn Biên phòng Cửa Gió tuyên truyền cho 200 ngư dân "
            "về khai thác hải sản đúng luật.\n\nBộ đội biên phòng phát tờ rơi cho ngư dân.\n\nNgư dân được tuyên "
            "truyền về các vùng biển, đảo của Tổ quốc.")
    filed = _filed(text)
    assert "quoc-phong-an-ninh" not in filed
    assert {"bien-dao", "tuyen-truyen-giao-duc"} <= set(filed)


def test_a_forces_own_work_at_sea_still_files_defence():
    text = ("Hải quân huấn luyện bảo vệ chủ quyền biển\n\nBộ đội Hải quân diễn tập bảo vệ biển, đảo trong "
            "tình hình mới.\n\nCán bộ, chiến sĩ sẵn sàng chiến đấu, giữ vững quốc phòng.\n\nBộ đội luyện tập trên "
            "biển suốt tuần.")
    assert "quoc-phong-an-ninh" in _filed(text)


def test_a_talk_said_in_passing_at_a_tet_visit_to_an_island_leaves_defence_filed():
    text = ("Cảnh sát biển chúc Tết quân dân huyện đảo\n\nBộ đội cảnh sát biển thăm ngư dân và bộ đội trên đảo "
            "dịp Tết, giữ vững quốc phòng trên biển.\n\nĐoàn trao quà cho ngư dân và bộ đội.\n\nBộ đội và ngư "
            "dân cùng gói bánh chưng; buổi gặp có lồng ghép tuyên truyền.")
    assert "quoc-phong-an-ninh" in _filed(text)


def test_a_phrase_without_its_report_still_ranks_every_topic_with_evidence():
    # Without the report's text (a phrase typed by an editor), the clause rules that read the text are skipped.
    assert "bien-dao" in [hit.slug for hit in TopicIndex(TOPICS).find(tokenize("tuyên truyền biển, đảo"))]
