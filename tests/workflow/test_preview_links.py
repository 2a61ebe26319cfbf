"""Issue 12, finding 4: a preview link ends for good when its article is published, withdrawn or deleted, and the
article's editors and moderators can end its links by hand."""

import datetime

import pytest
from django.core import signing
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from articles.models import Article, Status
from tests.workflow.conftest import draft_by, make_role_user
from workflow import services
from workflow.exceptions import ActionNotAllowed
from workflow.models import Action, PreviewLink, Transition
from workflow.services.previews import SALT

pytestmark = pytest.mark.django_db


def path_of(url):
    return "/" + url.split("://", 1)[1].split("/", 1)[1]


def opens(client, url):
    status = client.get(path_of(url)).status_code
    assert status in (200, 410), status
    return status == 200


def revoke_url(article):
    return reverse("admin:articles_article_preview_revoke", args=[article.pk])


def test_a_link_stays_dead_after_publication_even_when_the_article_is_withdrawn(client, editor, moderator):
    article = draft_by(editor, title="Bài gửi trước", status=Status.SUBMITTED)
    url, _ = services.preview_link_create(article=article, actor=moderator)
    assert opens(client, url)
    services.article_approve(article=article, actor=moderator)
    assert not opens(client, url)
    services.article_withdraw(article=article, actor=moderator, reason="Sai số liệu.")
    response = client.get(path_of(url))
    assert response.status_code == 410 and "đã xuất bản" in response.content.decode()
    assert PreviewLink.objects.get(article=article).revoked_at is not None


def test_a_link_made_for_a_scheduled_article_ends_at_its_minute_and_stays_ended(client, editor, moderator,
                                                                                monkeypatch):
    article = draft_by(editor, status=Status.SUBMITTED)
    moment = (timezone.now() + datetime.timedelta(hours=3)).replace(second=0, microsecond=0)
    services.article_approve(article=article, actor=moderator, publish_at=moment)
    url, _ = services.preview_link_create(article=article, actor=moderator, hours=24)
    assert opens(client, url)
    real_now = timezone.now
    monkeypatch.setattr(timezone, "now", lambda: moment + datetime.timedelta(minutes=1))
    assert not opens(client, url)  # live now, with no service having run
    monkeypatch.setattr(timezone, "now", real_now)
    # Back before its minute, the article is not live again; the link stays ended because the end was written down.
    assert not opens(client, url)


def test_withdrawing_ends_the_links_and_republishing_does_not_revive_them(client, editor, moderator, moderator2):
    article = draft_by(editor, status=Status.SUBMITTED)
    services.article_approve(article=article, actor=moderator)
    services.article_withdraw(article=article, actor=moderator, reason="Cần sửa.")
    url, _ = services.preview_link_create(article=article, actor=moderator)  # a fresh decision while withdrawn
    assert opens(client, url)
    services.article_republish(article=article, actor=moderator2)
    assert not opens(client, url)
    services.article_withdraw(article=article, actor=moderator, reason="Gỡ lần nữa.")
    assert not opens(client, url)


def test_a_deleted_articles_links_do_not_open(client, editor, moderator):
    article = draft_by(editor)
    url, _ = services.preview_link_create(article=article, actor=moderator)
    Transition.objects.filter(article=article).delete()  # the log protects an article; clear it to delete one
    Article.objects.filter(pk=article.pk).delete()
    assert not PreviewLink.objects.exists()
    assert client.get(path_of(url)).status_code == 410


def test_links_without_a_stored_row_or_for_another_article_are_refused(client, editor, moderator):
    article, other = draft_by(editor), draft_by(editor)
    url, _ = services.preview_link_create(article=article, actor=moderator)
    link = PreviewLink.objects.get(article=article)
    far = int((timezone.now() + datetime.timedelta(days=3)).timestamp())
    legacy = signing.dumps({"a": article.pk, "e": far}, salt=SALT)  # the old format could never be revoked
    swapped = signing.dumps({"l": link.pk, "a": other.pk, "e": far}, salt=SALT)
    huge = signing.dumps({"l": 10**40, "a": article.pk, "e": far}, salt=SALT)
    for token in (legacy, swapped, huge):
        assert client.get(reverse("workflow:preview", args=[token])).status_code == 410
    assert opens(client, url)


@pytest.mark.parametrize("role", ["editor", "moderator"])
def test_an_editor_or_moderator_revokes_the_articles_links_from_its_change_page(client, editor, moderator, role):
    article = draft_by(editor)
    first, _ = services.preview_link_create(article=article, actor=moderator)
    second, _ = services.preview_link_create(article=article, actor=moderator, hours=2)
    other_article = draft_by(editor)
    other, _ = services.preview_link_create(article=other_article, actor=moderator)
    user = {"editor": editor, "moderator": moderator}[role]
    staff = Client(enforce_csrf_checks=True)
    staff.force_login(user)
    change_page = staff.get(reverse("admin:articles_article_change", args=[article.pk])).content.decode()
    assert revoke_url(article) in change_page
    confirm = staff.get(revoke_url(article))
    assert confirm.status_code == 200 and "Thu hồi tất cả" in confirm.content.decode()
    assert staff.post(revoke_url(article)).status_code == 403  # no CSRF token, nothing happens
    assert opens(client, first)

    response = staff.post(revoke_url(article), {"csrfmiddlewaretoken": staff.cookies["csrftoken"].value})
    assert response.status_code == 302
    assert response["Location"] == reverse("admin:articles_article_change", args=[article.pk])
    assert not opens(client, first) and not opens(client, second)
    assert "thu hồi" in client.get(path_of(first)).content.decode()
    assert opens(client, other)  # another article's link is untouched
    revoked = Transition.objects.get(article=article, action=Action.PREVIEW_REVOKE)
    assert revoked.actor == user
    change_page = staff.get(reverse("admin:articles_article_change", args=[article.pk])).content.decode()
    assert revoke_url(article) not in change_page


@pytest.mark.parametrize("role", ["administrator", "staff"])
def test_accounts_without_an_editors_role_cannot_revoke_links(client, editor, moderator, role):
    article = draft_by(editor)
    url, _ = services.preview_link_create(article=article, actor=moderator)
    client.force_login(make_role_user(role, f"khong_{role}"))
    assert client.post(revoke_url(article)).status_code == 403
    with pytest.raises(ActionNotAllowed):
        services.preview_links_revoke(article=article, actor=make_role_user(role, f"khong_{role}_2"))
    assert opens(Client(), url)
