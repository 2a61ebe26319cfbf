"""Preview: the public template for what is not public yet, and signed links that expire."""

import datetime

import pytest
from django.core import signing
from django.urls import reverse
from django.utils import timezone

from tests.factories import make_article, make_photo
from tests.workflow.conftest import draft_by, snapshot_of
from workflow import services
from workflow.exceptions import ActionNotAllowed
from workflow.models import Action, Revision, Transition
from workflow.models.revisions import RevisionState
from workflow.services.previews import SALT

pytestmark = pytest.mark.django_db


def preview_url(article):
    return reverse("admin:articles_article_preview", args=[article.pk])


def test_an_editor_previews_a_draft_with_the_public_template(client, editor):
    article = draft_by(editor, title="Bản nháp xem trước", provinces=["kien-giang"], topics=["xay-dung-dang"])
    make_photo(article, "Chú thích ảnh nháp.", credit="Ảnh: Minh Anh", is_featured=True)
    assert client.get(article.get_absolute_url()).status_code == 404
    client.force_login(editor)
    response = client.get(preview_url(article))
    assert response.status_code == 200
    assert "articles/article_detail.html" in [t.name for t in response.templates]
    html = response.content.decode()
    assert "Bản nháp xem trước" in html and "Chú thích ảnh nháp." in html and "Ảnh: Minh Anh" in html
    assert "Bản xem trước" in html
    assert response["X-Robots-Tag"] == "noindex, nofollow" and "no-store" in response["Cache-Control"]


def test_preview_shows_any_revision_and_a_pending_proposal(client, editor):
    live = make_article("Bản đang đăng", author=editor)
    old = Revision.objects.create(article=live, number=1, state=RevisionState.SAVED,
                                  snapshot=dict(snapshot_of(live), title="Bản rất cũ"), created_by=editor)
    services.article_save_draft(article=live, actor=editor, content=dict(snapshot_of(live), title="Bản đề xuất"))
    client.force_login(editor)
    assert "Bản đề xuất" in client.get(preview_url(live)).content.decode()
    assert "Bản rất cũ" in client.get(preview_url(live), {"revision": old.pk}).content.decode()
    assert client.get(preview_url(live), {"revision": "x"}).status_code == 404
    assert "Bản đang đăng" in client.get(live.get_absolute_url()).content.decode()


def test_visitors_and_staff_without_rights_cannot_preview(client, editor):
    article = draft_by(editor)
    response = client.get(preview_url(article))
    assert response.status_code == 302  # to the login page
    staff = editor.__class__.objects.create_user("nhanvien", "nv@example.org", "x", is_staff=True)
    client.force_login(staff)
    assert client.get(preview_url(article)).status_code == 403


def test_a_signed_link_shows_the_draft_to_someone_without_an_account(client, editor, moderator):
    article = draft_by(editor, title="Bài gửi lãnh đạo xem trước")
    url, expires = services.preview_link_create(article=article, actor=moderator, hours=48)
    assert expires > timezone.now() + datetime.timedelta(hours=47)
    path = url.split("://", 1)[1].split("/", 1)[1]
    response = client.get("/" + path)
    assert response.status_code == 200 and "Bài gửi lãnh đạo xem trước" in response.content.decode()
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert Transition.objects.get(article=article, action=Action.PREVIEW_LINK).actor == moderator


def test_the_link_stops_after_its_expiry(client, editor, moderator, monkeypatch):
    article = draft_by(editor)
    url, _ = services.preview_link_create(article=article, actor=moderator, hours=1)
    later = timezone.now() + datetime.timedelta(hours=2)
    monkeypatch.setattr(timezone, "now", lambda: later)
    response = client.get(url.replace("http://127.0.0.1:8000", ""))
    assert response.status_code == 410 and "hết hạn" in response.content.decode()


def test_the_link_stops_once_the_article_is_published(client, editor, moderator):
    article = draft_by(editor, title="Sắp đăng", status="submitted")
    url, _ = services.preview_link_create(article=article, actor=moderator)
    services.article_approve(article=article, actor=moderator)
    response = client.get(url.replace("http://127.0.0.1:8000", ""))
    assert response.status_code == 410
    assert article.get_absolute_url() in response.content.decode()


def test_a_forged_or_mangled_link_is_refused(client, editor):
    article = draft_by(editor)
    forged = signing.dumps({"a": article.pk, "e": 9999999999}, salt="something-else")
    assert client.get(reverse("workflow:preview", args=[forged])).status_code == 410
    assert client.get(reverse("workflow:preview", args=["abc:def"])).status_code == 410
    mangled = signing.dumps({"a": "x", "e": 1}, salt=SALT)
    assert client.get(reverse("workflow:preview", args=[mangled])).status_code == 410


def test_only_moderators_create_links(editor):
    with pytest.raises(ActionNotAllowed):
        services.preview_link_create(article=draft_by(editor), actor=editor)


def test_the_preview_link_page_gives_the_moderator_the_link(client, editor, moderator):
    article = draft_by(editor)
    client.force_login(moderator)
    page = reverse("admin:articles_article_preview_link", args=[article.pk])
    assert client.get(page).status_code == 200
    html = client.post(page, {"hours": "24"}).content.decode()
    assert "/xem-truoc/" in html
    assert client.post(page, {"hours": "100000"}).status_code == 400
