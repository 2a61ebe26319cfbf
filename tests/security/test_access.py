"""Logins are throttled, lockouts are visible to administrators, sessions expire, the admin path is configurable."""

import datetime
import importlib

import pytest
from axes.models import AccessAttempt
from django.conf import settings as django_settings
from django.contrib.auth import authenticate
from django.contrib.sessions.models import Session
from django.test import RequestFactory, override_settings
from django.urls import clear_url_caches, reverse
from django.utils import timezone

from tests.factories import PASSWORD, make_user
from tests.security.helpers import looks_vietnamese

pytestmark = pytest.mark.django_db


@pytest.fixture
def axes_on(settings):
    settings.AXES_ENABLED = True
    settings.AXES_FAILURE_LIMIT = 5


def _fail(client, username, times, ip="203.0.113.7"):
    for _ in range(times):
        response = client.post(reverse("admin:login"), {"username": username, "password": "sai-mat-khau"},
                               REMOTE_ADDR=ip)
    return response


def test_admin_login_is_locked_after_repeated_failures_even_with_the_right_password(client, axes_on, editor):
    response = _fail(client, editor.username, 4)
    assert response.status_code == 200, "four mistakes are still allowed"
    locked = _fail(client, editor.username, 1)
    assert locked.status_code == 429
    html = locked.content.decode()
    assert "Tạm khóa đăng nhập" in html and "30 phút" in html and looks_vietnamese(html)
    right = client.post(reverse("admin:login"), {"username": editor.username, "password": PASSWORD},
                        REMOTE_ADDR="203.0.113.7")
    assert right.status_code == 429
    assert "_auth_user_id" not in client.session


def test_a_lockout_does_not_shut_out_colleagues_on_the_same_address(client, axes_on, editor, moderator):
    _fail(client, editor.username, 5)
    ok = client.post(reverse("admin:login"), {"username": moderator.username, "password": PASSWORD},
                     REMOTE_ADDR="203.0.113.7")
    assert ok.status_code == 302


def test_spoofed_forwarded_for_header_does_not_reset_the_count(client, axes_on, editor):
    for n in range(5):
        client.post(reverse("admin:login"), {"username": editor.username, "password": "x"},
                    REMOTE_ADDR="203.0.113.7", HTTP_X_FORWARDED_FOR=f"198.51.100.{n}")
    right = client.post(reverse("admin:login"), {"username": editor.username, "password": PASSWORD},
                        REMOTE_ADDR="203.0.113.7", HTTP_X_FORWARDED_FOR="198.51.100.99")
    assert right.status_code == 429


def test_behind_a_trusted_proxy_the_forwarded_address_is_used(settings):
    from core.security import client_ip

    settings.TRUSTED_PROXY_COUNT = 1
    request = RequestFactory().get("/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="1.2.3.4, 203.0.113.9")
    assert client_ip(request) == "203.0.113.9", "the address our proxy saw, not the one the client claims"
    settings.TRUSTED_PROXY_COUNT = 0
    assert client_ip(request) == "10.0.0.2"


def test_any_login_through_django_auth_is_throttled_not_only_the_admin(axes_on, editor):
    factory = RequestFactory()
    for _ in range(5):
        request = factory.post("/dang-nhap/", REMOTE_ADDR="203.0.113.8")
        assert authenticate(request, username=editor.username, password="sai") is None
    request = factory.post("/dang-nhap/", REMOTE_ADDR="203.0.113.8")
    assert authenticate(request, username=editor.username, password=PASSWORD) is None
    assert getattr(request, "axes_locked_out", False)


def test_lockouts_are_listed_for_administrators_and_hidden_from_editors(client, axes_on, editor, administrator):
    _fail(client, editor.username, 5)
    attempt = AccessAttempt.objects.get(username=editor.username)
    assert attempt.failures_since_start == 5 and attempt.ip_address == "203.0.113.7"
    client.force_login(administrator)
    listing = client.get(reverse("admin:axes_accessattempt_changelist"))
    assert listing.status_code == 200 and editor.username in listing.content.decode()
    client.force_login(editor)
    assert client.get(reverse("admin:axes_accessattempt_changelist")).status_code == 403


def test_an_administrator_unlocks_by_deleting_the_attempt(client, axes_on, editor, administrator):
    _fail(client, editor.username, 5)
    client.force_login(administrator)
    attempt = AccessAttempt.objects.get(username=editor.username)
    response = client.post(reverse("admin:axes_accessattempt_delete", args=[attempt.pk]), {"post": "yes"})
    assert response.status_code == 302
    client.logout()
    ok = client.post(reverse("admin:login"), {"username": editor.username, "password": PASSWORD},
                     REMOTE_ADDR="203.0.113.7")
    assert ok.status_code == 302


def test_password_validators_refuse_weak_passwords_in_the_admin(client, administrator):
    client.force_login(administrator)
    url = reverse("admin:auth_user_add")
    response = client.post(url, {"username": "moi", "password1": "12345678", "password2": "12345678",
                                 "usable_password": "true"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "quá ngắn" in html or "quá phổ biến" in html
    assert not type(administrator).objects.filter(username="moi").exists()


def test_sessions_expire(client, editor):
    client.force_login(editor)
    assert client.get(reverse("admin:index")).status_code == 200
    assert django_settings.SESSION_COOKIE_AGE <= 12 * 3600
    Session.objects.update(expire_date=timezone.now() - datetime.timedelta(seconds=1))
    response = client.get(reverse("admin:index"))
    assert response.status_code == 302 and reverse("admin:login") in response["Location"]


def test_the_admin_path_is_configurable(client, administrator):
    import config.urls

    try:
        with override_settings(ADMIN_URL="phong-bien-tap-7f3a/"):
            clear_url_caches()
            importlib.reload(config.urls)
            client.force_login(administrator)
            assert client.get("/phong-bien-tap-7f3a/").status_code == 200
            assert client.get("/quan-tri/").status_code == 404
            assert client.get("/admin/").status_code == 404
    finally:
        clear_url_caches()
        importlib.reload(config.urls)
    assert client.get("/quan-tri/").status_code == 200


def test_administrators_find_lockouts_in_vietnamese_on_the_admin_index(client, axes_on, editor):
    from django.contrib.auth.models import Group

    from workflow.roles import ADMINISTRATOR_GROUP

    _fail(client, editor.username, 5)
    manager = make_user("quanly", role="staff")
    manager.groups.add(Group.objects.get(name=ADMINISTRATOR_GROUP))
    client.force_login(manager)
    index = client.get(reverse("admin:index")).content.decode()
    assert "Đăng nhập và khóa tài khoản" in index and "Khóa đăng nhập (đăng nhập sai)" in index
    listing = client.get(reverse("admin:axes_accessattempt_changelist")).content.decode()
    assert editor.username in listing and "Số lần đăng nhập sai" in listing
