"""Event dates without a year, documents printed without their codes, and the one to three topics of a report."""

import datetime

import pytest
from django.urls import reverse

from articles.models import Status
from importer.recognition import Lexicon, find_documents, recognise_text
from importer.recognition.article import suggest_for_article
from importer.recognition.dates import read_event_date
from tests.factories import make_article, make_user

D2023 = datetime.date(2023, 11, 16)


# --- Dates ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Trong hai ngày 4 và 5/2, nhân dịp đón xuân mới Bính Ngọ 2026, Đồn Biên phòng…", (4, 2, 2026)),
    ("Trong 2 ngày (16 và 17/5), các đơn vị kỷ niệm 134 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 – 19/5/2024)",
     (16, 5, 2024)),
    ("Từ ngày 17 đến 20-11, Vùng 5 Hải quân thực hiện đợt tuyên truyền biển, đảo năm 2020.", (17, 11, 2020)),
    ("Trong các ngày 20-23/9/2022, Ban Tôn giáo đã đến thăm…", (20, 9, 2022)),
    ("Sáng 12-9, khai mạc Đại hội Đảng bộ tỉnh nhiệm kỳ 2020-2025.", (12, 9, None)),
    ("chiều ngày 3/2, tổng kết, so với năm 2019 tăng 5%, mục tiêu đến năm 2030…", (3, 2, None)),
    ("Từ ngày 14 đến 17-9, các đơn vị trao quà Trung thu.", (14, 9, None)),
    ("Sáng 20/12, chương trình Xuân Bính Ngọ 2026 đến với bà con.", (20, 12, 2025)),
])
def test_a_date_keeps_its_first_day_and_takes_a_year_only_from_a_point_in_time_the_text_states(text, expected):
    found = read_event_date([text])
    assert (found.day, found.month, found.year) == expected


def test_a_date_without_any_year_is_kept_with_the_year_unknown_never_redated():
    found = read_event_date(["Sáng 12-9, tại hội trường Tỉnh ủy…"])
    assert (found.day, found.month, found.year, found.date) == (12, 9, None, None)
    assert "chưa rõ năm" in found.describe() and "Sáng 12-9" in found.describe()


def test_the_year_given_and_the_file_date_still_come_before_a_year_stated_in_the_paragraph():
    text = "Ngày 14/3, hội nghị báo cáo viên tháng 3 năm 2024."
    assert read_event_date([text], year=2023).date == datetime.date(2023, 3, 14)
    assert read_event_date([text], reference=datetime.date(2022, 6, 1)).date == datetime.date(2022, 3, 14)
    assert read_event_date([text]).date == datetime.date(2024, 3, 14)


# --- Documents ----------------------------------------------------------------------------------

def test_a_number_printed_without_codes_is_completed_when_its_issuer_numbers_that_way():
    found = {d.number: d for d in find_documents(
        "thực hiện Quyết định số 284 của Bộ Chính trị, Quyết định 439 của Thủ tướng Chính phủ về biên giới và "
        "Nghị quyết số 6 của Tỉnh ủy."
    )}
    assert set(found) == {"284-QĐ/TW", "439/QĐ-TTg", "06-NQ/TU"}
    assert found["284-QĐ/TW"].kind == "Quyết định" and found["284-QĐ/TW"].issuer == "Trung ương"


def test_a_bare_number_stays_bare_and_two_bodies_numbers_stay_two_documents():
    found = find_documents("Công văn số 3717 của Ban Tuyên giáo và Dân vận Trung ương và Công văn số 115 của Ban "
                           "Tuyên giáo và Dân vận Đảng ủy Chính phủ về việc tuyên truyền; Chỉ thị 05 của Bộ Chính trị.")
    assert [(d.number, d.issuer) for d in found] == [
        ("3717", "Ban Tuyên giáo và Dân vận Trung ương"), ("115", "Ban Tuyên giáo và Dân vận Đảng ủy Chính phủ"),
        ("05-CT/TW", "Trung ương"),
    ]
    assert len({d.key for d in found}) == 3


@pytest.mark.parametrize("text", [
    "Nghị quyết 2024 đề ra nhiều chỉ tiêu", "Kết luận 3 điểm chính", "Chương trình 135 hỗ trợ xã nghèo",
])
def test_years_counts_and_programme_names_are_not_documents(text):
    assert find_documents(text) == []


def test_a_short_mention_of_a_document_already_cited_in_full_is_the_same_document():
    found = find_documents("Thực hiện Nghị quyết số 01-NQ/TU ngày 16/11/2020… vượt mục tiêu đặt ra tại Nghị quyết 01.")
    assert [d.number for d in found] == ["01-NQ/TU"]


# --- Topics -------------------------------------------------------------------------------------

BORDER = (
    "Bộ đội Biên phòng tỉnh Lai Châu mang Tết đến với bà con biên giới\n\n"
    "Ngày 28/1, Bộ Chỉ huy Bộ đội Biên phòng tỉnh tổ chức chương trình Xuân Biên phòng ấm lòng dân bản, "
    "trao 200 suất quà Tết cho hộ nghèo, gia đình chính sách.\n\n"
    "Đồng chí Nguyễn Văn A, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Đảng ủy Quân sự tỉnh, dự và trao quà. "
    "Cán bộ, chiến sĩ đồn biên phòng cùng nhân dân giữ gìn an ninh biên giới, cột mốc."
)


@pytest.mark.django_db
def test_a_report_is_filed_under_its_main_topics_and_not_under_the_words_of_a_title():
    slugs = [hit.slug for hit in recognise_text(BORDER, day=D2023, lexicon=Lexicon.load()).topics]
    assert slugs[0] == "quoc-phong-an-ninh"
    assert "van-hoa-xa-hoi" in slugs
    assert "xay-dung-dang" not in slugs  # "Ban Thường vụ Tỉnh ủy", "Đảng ủy" are the guest's title
    assert 1 <= len(slugs) <= 3


@pytest.mark.django_db
def test_lao_cai_is_a_province_not_laos():
    text = "Ông Trịnh Việt Hùng làm Bí thư Tỉnh ủy Lào Cai\n\nSáng 12/2, Bộ Chính trị chỉ định nhân sự Tỉnh ủy Lào Cai."
    slugs = [hit.slug for hit in recognise_text(text, day=D2023, lexicon=Lexicon.load()).topics]
    assert slugs == ["xay-dung-dang"]


@pytest.mark.django_db
def test_topics_beyond_those_chosen_are_offered_in_the_admin_and_one_click_files_the_article(client):
    editor = make_user(role="editor")
    head, lead, body = BORDER.split("\n\n")
    article = make_article(head, status=Status.DRAFT, lead=lead, body=f"<p>{body}</p>", author=editor,
                           topics=["quoc-phong-an-ninh"])
    offered = [s.topic.slug for s in suggest_for_article(article).topics]
    assert "van-hoa-xa-hoi" in offered and "quoc-phong-an-ninh" not in offered
    client.force_login(editor)
    html = client.get(reverse("admin:articles_article_change", args=[article.pk])).content.decode()
    assert "Chủ đề khác" in html
    topic_id = next(s.topic.pk for s in suggest_for_article(article).topics if s.topic.slug == "van-hoa-xa-hoi")
    assert f'value="topic:{topic_id}"' in html
    response = client.post(reverse("admin:articles_article_suggestion", args=[article.pk]),
                           {"suggestion": f"topic:{topic_id}"})
    assert response.status_code == 302
    article.refresh_from_db()
    assert {t.slug for t in article.topics.all()} == {"quoc-phong-an-ninh", "van-hoa-xa-hoi"}


@pytest.mark.django_db
def test_the_nation_and_social_development_are_not_culture_and_society():
    # "phát triển kinh tế - xã hội" is the economy whole, "nhân dân các dân tộc" the province's people.
    text = ("Thủ tướng làm việc với lãnh đạo tỉnh về phát triển kinh tế - xã hội\n\n"
            "Sáng 12/3, đoàn công tác làm việc về phát triển kinh tế - xã hội, thu hút đầu tư vào khu công nghiệp. "
            "Nhân dân các dân tộc trong tỉnh đoàn kết, phấn đấu tăng trưởng cao.")
    slugs = [hit.slug for hit in recognise_text(text, day=D2023, lexicon=Lexicon.load()).topics]
    assert slugs == ["kinh-te"]
