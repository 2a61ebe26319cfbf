"""The changelist's bulk approval has no page to show warnings on: articles with open warnings are left for the
single approve page, the others are approved as before."""

import pytest
from django.urls import reverse

from articles.models import Article, Status
from tests.factories import make_article, make_official

pytestmark = pytest.mark.django_db


def test_bulk_approve_skips_articles_with_open_warnings_and_says_so(client, editor, moderator):
    clean = make_article("Bài sạch", status=Status.SUBMITTED, author=editor, last_edited_by=editor)
    doubtful = make_article("Bài còn nhân vật chưa xác minh", status=Status.SUBMITTED, author=editor,
                            last_edited_by=editor,
                            officials=[(make_official("Trần Văn Mới", needs_verification=True), "Phó Bí thư")])
    client.force_login(moderator)
    response = client.post(reverse("admin:articles_article_changelist"),
                           {"action": "approve_selected", "_selected_action": [clean.pk, doubtful.pk]}, follow=True)

    assert Article.objects.get(pk=clean.pk).is_live
    assert Article.objects.get(pk=doubtful.pk).status == Status.SUBMITTED
    texts = [m.message for m in response.context["messages"]]
    assert any("Bài còn nhân vật chưa xác minh" in text and "cảnh báo" in text for text in texts)
