"""An uncertain caption stays in the body and is offered to the editor: one click makes it a caption placeholder."""

import pytest
from django.urls import reverse

from articles.models import Status
from importer.recognition.article import suggest_captions
from tests.factories import make_article, make_user
from workflow.models.revisions import Revision

pytestmark = pytest.mark.django_db

LEAD = "Ngày 28/1, đoàn công tác của Bộ đội Biên phòng tỉnh đã đến thăm, chúc Tết bà con các bản vùng biên giới."
STORY = (
    "Tại các điểm đến, đoàn đã thăm hỏi, động viên bà con đón Tết vui tươi, an toàn, đồng thời tuyên truyền "
    "nhân dân tích cực tham gia bảo vệ chủ quyền lãnh thổ, an ninh biên giới quốc gia trong tình hình mới."
)
UNSURE = "Bộ Chỉ huy BĐBP tỉnh Lai Châu mang tết về với bà con bản Thò Ma"
AFTER = (
    "Dịp này, đoàn trao 120 suất quà cho các hộ nghèo, hộ chính sách, mỗi suất quà trị giá 500 nghìn đồng "
    "gồm tiền mặt và nhu yếu phẩm, góp phần giúp bà con có thêm điều kiện đón Tết đầm ấm."
)
BODY = f"<p>{STORY}</p>\n<p>{UNSURE}</p>\n<p>{AFTER}</p>"


@pytest.fixture
def draft():
    editor = make_user(role="editor")
    article = make_article("Xuân Biên phòng ấm lòng dân bản", status=Status.DRAFT, lead=LEAD, body=BODY,
                           author=editor, provinces=["lai-chau"])
    return editor, article


def test_a_short_scene_between_two_long_paragraphs_is_offered_and_a_story_paragraph_is_not():
    offered = suggest_captions(LEAD, BODY)
    assert [(s.index, s.caption) for s in offered] == [(1, UNSURE)]


def test_the_change_form_offers_to_make_the_paragraph_a_caption(client, draft):
    editor, article = draft
    client.force_login(editor)
    html = client.get(reverse("admin:articles_article_change", args=[article.pk])).content.decode()
    assert "Có thể là chú thích ảnh" in html and 'value="caption:1"' in html


def test_one_click_moves_the_paragraph_into_a_caption_placeholder_through_a_revision(client, draft):
    editor, article = draft
    client.force_login(editor)
    response = client.post(reverse("admin:articles_article_suggestion", args=[article.pk]),
                           {"suggestion": "caption:1", "text": UNSURE})
    assert response.status_code == 302
    article.refresh_from_db()
    photo = article.photos.get()
    assert photo.caption == UNSURE and not photo.image
    assert UNSURE not in article.body and STORY in article.body and AFTER in article.body
    assert Revision.objects.filter(article=article).exists()


def test_a_paragraph_changed_since_the_page_was_shown_is_refused_and_nothing_moves(client, draft):
    editor, article = draft
    client.force_login(editor)
    url = reverse("admin:articles_article_suggestion", args=[article.pk])
    for value, text in [("caption:1", "Một đoạn khác"), ("caption:7", UNSURE), ("caption:x", UNSURE)]:
        assert client.post(url, {"suggestion": value, "text": text}).status_code == 302
    article.refresh_from_db()
    assert not article.photos.exists() and UNSURE in article.body


def test_a_page_s_alternative_texts_are_not_offered_as_captions():
    headline = "Chủ tịch tỉnh dự Lễ trao Bằng Tổ quốc ghi công"
    body = "".join(f"<p>{text}</p>" for text in [
        f"{headline} 1", "Đại biểu dâng hương tại Đài tưởng niệm các anh hùng liệt sĩ", f"{headline} 3",
        "Sau buổi lễ, đoàn đến thăm, tặng quà gia đình chính sách ở các xã trong huyện, chúc các gia đình mạnh khỏe."])
    offered = [s.caption for s in suggest_captions(LEAD, body, headline=headline)]
    assert not any(caption.startswith(headline) for caption in offered)
