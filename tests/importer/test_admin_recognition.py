"""Recognition while editing: suggestions on the change form, documents linked on save, the official's page."""

import pytest
from django.urls import reverse

from articles.models import Article, Status
from tests.factories import make_article, make_official, make_user
from workflow.models.revisions import Revision

pytestmark = pytest.mark.django_db

BODY = (
    "<p>Ngày 3/3, đồng chí Trịnh Văn Quyết, Bí thư Tỉnh ủy Quảng Ninh, làm việc với huyện đảo Cô Tô "
    "về thực hiện Kết luận số 21-KL/TW. Đoàn đã thăm tỉnh Khánh Hòa.</p>"
)


@pytest.fixture
def draft():
    editor = make_user(role="editor")
    official = make_official("Trịnh Văn Quyết", title="Bí thư Tỉnh ủy")
    article = make_article("Làm việc tại Cô Tô", status=Status.DRAFT, body=BODY, author=editor,
                           provinces=["quang-ninh"], topics=["bien-dao"])
    return editor, official, article


def test_change_form_offers_unlinked_officials_and_provinces(client, draft):
    editor, official, article = draft
    client.force_login(editor)
    html = client.get(reverse("admin:articles_article_change", args=[article.pk])).content.decode()
    assert "Gợi ý từ nội dung bài" in html
    assert f'value="official:{official.pk}"' in html
    assert "Khánh Hòa" in html


def test_one_click_adds_the_official_with_the_title_as_printed_through_a_revision(client, draft):
    editor, official, article = draft
    client.force_login(editor)
    url = reverse("admin:articles_article_suggestion", args=[article.pk])
    response = client.post(url, {"suggestion": f"official:{official.pk}", "title": "Bí thư Tỉnh ủy Quảng Ninh"})
    assert response.status_code == 302
    mention = article.mentions.get()
    assert mention.official == official and mention.title_as_printed == "Bí thư Tỉnh ủy Quảng Ninh"
    assert Revision.objects.filter(article=article).exists()


def test_a_suggestion_for_a_live_article_waits_for_a_moderator(client, draft):
    editor, official, _ = draft
    live = make_article("Bài đang đăng", body=BODY, provinces=["quang-ninh"], author=editor)
    client.force_login(editor)
    client.post(reverse("admin:articles_article_suggestion", args=[live.pk]), {"suggestion": f"official:{official.pk}"})
    assert not live.mentions.exists()
    assert Revision.objects.pending().filter(article=live).exists()


def test_bad_suggestions_are_refused_with_a_message_and_change_nothing(client, draft):
    editor, _official, article = draft
    client.force_login(editor)
    url = reverse("admin:articles_article_suggestion", args=[article.pk])
    for value in ["", "official:abc", "province:999999999", "nothing:1", "new-official:"]:
        response = client.post(url, {"suggestion": value})
        assert response.status_code in (302, 404)
    assert not article.mentions.exists() and list(article.provinces.values_list("slug", flat=True)) == ["quang-ninh"]
    assert client.get(url).status_code == 405


def test_saving_in_the_admin_links_the_cited_documents(client, draft):
    from tests.workflow.helpers import change_form_data, change_url

    editor, _official, article = draft
    client.force_login(editor)
    response = client.post(change_url(article), change_form_data(article, body=BODY, _save="Lưu"))
    assert response.status_code == 302
    assert list(Article.objects.get(pk=article.pk).documents.values_list("number", flat=True)) == ["21-KL/TW"]


def test_official_admin_page_lists_articles_naming_them_linked_or_not(client, draft):
    _editor, official, article = draft
    linked = make_article("Bài có gắn nhân vật", officials=[official])
    client.force_login(make_user(role="moderator"))
    html = client.get(reverse("admin:people_official_change", args=[official.pk])).content.decode()
    assert article.title in html and "chưa gắn" in html
    assert linked.title in html
