"""Each edit page holds the soft lock with its own token: a late release from an older page never frees it.

A reload or "Lưu và tiếp tục sửa" opens a new page before the old page's release beacon arrives; the lock must
stay with the new page.
"""

import re

import pytest
from django.test import Client
from django.urls import reverse

from tests.workflow.conftest import draft_by
from tests.workflow.helpers import change_form_data, change_url
from workflow import services
from workflow.models import EditLock
from workflow.services.locks import new_page_token

pytestmark = pytest.mark.django_db


@pytest.fixture
def article(editor):
    return draft_by(editor, title="Bản gốc", provinces=["kien-giang"], topics=["xay-dung-dang"])


def session(user):
    browser = Client()
    browser.force_login(user)
    return browser


def lock_url(article, op):
    return reverse("admin:articles_article_lock", args=[article.pk, op])


def open_page(browser, article):
    """GET the edit page the way a browser does and return the page's own lock token."""
    html = browser.get(change_url(article)).content.decode()
    return page_token(html)


def page_token(html):
    match = re.search(r'name="_lock_token" value="([^"]+)"', html)
    assert match, "the edit page carries its lock token"
    return match.group(1)


# --- Services


def test_a_late_release_from_the_older_page_leaves_the_newer_pages_lock(article, editor):
    page_a, page_b = new_page_token(), new_page_token()
    services.lock_acquire(article=article, actor=editor, token=page_a)
    services.lock_acquire(article=article, actor=editor, token=page_b)  # reload: the new page takes the lock

    assert services.lock_release(article=article, actor=editor, token=page_a) is False

    lock = EditLock.objects.get(article=article)
    assert lock.holder == editor and lock.token == page_b
    assert services.lock_release(article=article, actor=editor, token=page_b) is True
    assert not EditLock.objects.filter(article=article).exists()


def test_a_heartbeat_from_the_older_page_neither_renews_nor_reclaims_the_lock(article, editor):
    page_a, page_b = new_page_token(), new_page_token()
    services.lock_acquire(article=article, actor=editor, token=page_a)
    taken = services.lock_acquire(article=article, actor=editor, token=page_b)
    beat_before = taken.heartbeat_at

    lock = services.lock_refresh(article=article, actor=editor, token=page_a)

    assert lock.token == page_b and EditLock.objects.get(article=article).heartbeat_at == beat_before
    state = services.lock_state(lock, editor, page_a)
    assert state.held is False and state.other_page is True and "trang khác" in state.message
    assert services.lock_state(lock, editor, page_b).held is True


def test_when_the_newer_page_closes_the_older_page_picks_the_lock_up(article, editor):
    page_a, page_b = new_page_token(), new_page_token()
    services.lock_acquire(article=article, actor=editor, token=page_a)
    services.lock_acquire(article=article, actor=editor, token=page_b)
    services.lock_release(article=article, actor=editor, token=page_b)

    lock = services.lock_refresh(article=article, actor=editor, token=page_a)

    assert lock.holder == editor and lock.token == page_a
    assert services.lock_state(lock, editor, page_a).held is True


def test_a_page_token_cannot_release_someone_elses_lock(article, editor, editor2):
    token = new_page_token()
    services.lock_acquire(article=article, actor=editor, token=token)
    assert services.lock_release(article=article, actor=editor2, token=token) is False
    assert EditLock.objects.get(article=article).holder == editor


# --- Views: the page's script and the change form


def test_reloading_the_edit_page_keeps_the_lock_after_the_old_pages_beacon(article, editor, editor2):
    browser = session(editor)
    page_a = open_page(browser, article)
    page_b = open_page(browser, article)  # the reload
    assert page_a != page_b

    late_beacon = browser.post(lock_url(article, "release"), {"token": page_a})

    assert late_beacon.json() == {"released": False}
    assert EditLock.objects.get(article=article).holder == editor
    assert browser.post(lock_url(article, "heartbeat"), {"token": page_b}).json()["held"] is True
    other = session(editor2).post(lock_url(article, "heartbeat"), {"token": new_page_token()}).json()
    assert other["held"] is False and other["holder"] == "bientap"


def test_save_and_continue_keeps_the_lock_after_the_old_pages_beacon(article, editor):
    browser = session(editor)
    page_a = open_page(browser, article)
    saved = browser.post(change_url(article), change_form_data(
        article, title="Bản đã sửa", _continue="1", _lock_token=page_a,
    ))
    assert saved.status_code == 302
    page_b = page_token(browser.get(saved["Location"]).content.decode())

    assert browser.post(lock_url(article, "release"), {"token": page_a}).json() == {"released": False}

    lock = EditLock.objects.get(article=article)
    assert lock.holder == editor and lock.token == page_b


def test_a_refused_save_re_renders_as_a_new_page_that_holds_the_lock(article, editor):
    browser = session(editor)
    page_a = open_page(browser, article)
    refused = browser.post(change_url(article), change_form_data(article, title="", _lock_token=page_a))
    assert refused.status_code == 200
    page_b = page_token(refused.content.decode())

    assert browser.post(lock_url(article, "release"), {"token": page_a}).json() == {"released": False}
    assert EditLock.objects.get(article=article).token == page_b


def test_saving_from_an_older_page_does_not_free_the_newer_pages_lock(article, editor):
    browser = session(editor)
    page_a = open_page(browser, article)
    page_b = open_page(browser, article)  # the same article open in a second tab
    saved = browser.post(change_url(article), change_form_data(article, title="Bản từ thẻ cũ", _lock_token=page_a))
    assert saved.status_code == 302
    assert EditLock.objects.get(article=article).token == page_b


def test_the_page_that_holds_the_lock_releases_it(article, editor):
    browser = session(editor)
    token = open_page(browser, article)
    assert browser.post(lock_url(article, "release"), {"token": token}).json() == {"released": True}
    assert not EditLock.objects.filter(article=article).exists()


@pytest.mark.parametrize("token", ["x" * 65, "<script>", "ngắn", "a b c d e f g h i j"])
def test_a_malformed_page_token_is_refused_with_a_message(article, editor, token):
    browser = session(editor)
    open_page(browser, article)
    for op in ("heartbeat", "release"):
        response = browser.post(lock_url(article, op), {"token": token})
        assert response.status_code == 400 and "tải lại trang" in response.json()["error"]
    assert EditLock.objects.filter(article=article).exists()
