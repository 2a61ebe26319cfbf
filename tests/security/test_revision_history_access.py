"""Issue 12, finding 3: saving a colleague's article once must not open its whole revision history.

Any editor may open and save a draft; the history (earlier drafts, removed passages, who wrote what) belongs to
the article's author and to the moderators.
"""

import pytest
from django.urls import reverse

from tests.workflow.conftest import draft_by, make_role_user, snapshot_of
from workflow import services
from workflow.exceptions import ActionNotAllowed
from workflow.models import Revision

pytestmark = pytest.mark.django_db

SECRET = "Đoạn đã xóa vì chưa kiểm chứng"


@pytest.fixture
def cast(db):
    return {
        "author": make_role_user("editor", "bt_tac_gia"),
        "colleague": make_role_user("editor", "bt_dong_nghiep"),
        "moderator": make_role_user("moderator", "kd_lich_su"),
    }


@pytest.fixture
def article(cast):
    """The author's draft with an early version the author later cut, then saved once by a colleague."""
    author = cast["author"]
    article = draft_by(author, title="Bài của tác giả")
    services.article_save_draft(article=article, actor=author, content=dict(snapshot_of(article), lead=SECRET))
    services.article_save_draft(article=article, actor=author, content=dict(snapshot_of(article), lead="Sa-pô mới."))
    services.article_save_draft(article=article, actor=cast["colleague"],
                                content=dict(snapshot_of(article), title="Bài của tác giả (sửa dấu)"))
    article.refresh_from_db()
    assert article.last_edited_by == cast["colleague"]
    return article


def history_urls(article):
    first = Revision.objects.filter(article=article).order_by("number").first()
    return {
        "revisions": reverse("admin:articles_article_revisions", args=[article.pk]),
        "compare": reverse("admin:articles_article_compare", args=[article.pk]) + f"?a={first.pk}&b=live",
        "old version preview": reverse("admin:articles_article_preview", args=[article.pk]) + f"?revision={first.pk}",
    }


def test_an_editor_cannot_read_a_colleagues_history_after_saving_their_article_once(client, cast, article):
    client.force_login(cast["colleague"])
    for page, url in history_urls(article).items():
        response = client.get(url)
        assert response.status_code == 403, page
        assert SECRET not in response.content.decode(), page


def test_the_change_page_shows_the_colleague_neither_the_timeline_nor_the_versions_link(client, cast, article):
    client.force_login(cast["colleague"])
    response = client.get(reverse("admin:articles_article_change", args=[article.pk]))
    assert response.status_code == 200  # the article itself stays open to every editor, as before
    assert response.context["workflow"]["timeline"] is None
    assert reverse("admin:articles_article_revisions", args=[article.pk]) not in response.content.decode()


def test_a_colleague_cannot_restore_an_old_version_they_may_not_read(cast, article):
    first = Revision.objects.filter(article=article).order_by("number").first()
    with pytest.raises(ActionNotAllowed):
        services.revision_restore(revision=first, actor=cast["colleague"])


@pytest.mark.parametrize("role", ["author", "moderator"])
def test_the_author_and_moderators_still_read_the_history(client, cast, article, role):
    client.force_login(cast[role])
    urls = history_urls(article)
    assert SECRET in client.get(urls["compare"]).content.decode()
    assert all(client.get(url).status_code == 200 for url in urls.values())
