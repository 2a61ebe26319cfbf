"""Every response carries the security headers: public pages, error pages, the admin, logged in or not."""

import pytest
from django.conf import settings
from django.test import RequestFactory
from django.urls import reverse

from core.security import SecurityHeadersMiddleware
from tests.factories import make_article, make_user

pytestmark = pytest.mark.django_db


def _directives(response):
    policy = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in policy.split(";") if part.strip()}


def assert_secure_headers(response):
    csp = _directives(response)
    assert "'unsafe-inline'" not in csp["script-src"]
    assert "'unsafe-eval'" not in csp["script-src"]
    assert csp["frame-ancestors"] == ["'none'"]
    assert csp["object-src"] == ["'none'"]
    assert csp["base-uri"] == ["'self'"]
    assert response["Strict-Transport-Security"].startswith(f"max-age={settings.SECURE_HSTS_SECONDS}")
    assert settings.SECURE_HSTS_SECONDS >= 31_536_000
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert "camera=()" in response["Permissions-Policy"]
    assert response["X-Frame-Options"] == "DENY"


def test_public_pages_carry_the_security_headers(client):
    article = make_article()
    for url in ["/", reverse("articles:list"), article.get_absolute_url(), "/healthz"]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert_secure_headers(response)


def test_error_pages_carry_the_security_headers(client):
    response = client.get("/khong-co-trang-nay/")
    assert response.status_code == 404
    assert_secure_headers(response)


def test_admin_pages_carry_the_security_headers(client):
    login = client.get(reverse("admin:login"))
    assert login.status_code == 200
    assert_secure_headers(login)
    client.force_login(make_user(role="admin"))
    article = make_article()
    for url in [reverse("admin:index"), reverse("admin:articles_article_changelist"),
                reverse("admin:articles_article_change", args=[article.pk]), reverse("admin:articles_article_add")]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert_secure_headers(response)


def test_https_responses_carry_hsts_from_django_too(client):
    response = client.get("/", secure=True)
    assert "includeSubDomains" in response["Strict-Transport-Security"]
    assert "preload" in response["Strict-Transport-Security"]


def test_a_page_without_inline_scripts_gets_a_nonce_free_policy(client):
    response = client.get("/")
    assert "nonce-" not in response["Content-Security-Policy"]


def test_a_template_that_uses_the_nonce_gets_it_in_the_policy():
    seen = {}

    def view(request):
        from django.http import HttpResponse

        seen["nonce"] = str(request.csp_nonce)
        return HttpResponse(f'<script nonce="{request.csp_nonce}">1</script>')

    middleware = SecurityHeadersMiddleware(view)
    first = middleware(RequestFactory().get("/"))
    second = middleware(RequestFactory().get("/"))
    nonce = seen["nonce"]
    assert len(nonce) >= 20
    assert f"'nonce-{nonce}'" in first["Content-Security-Policy"] or f"'nonce-{nonce}'" in second["Content-Security-Policy"]
    assert first["Content-Security-Policy"] != second["Content-Security-Policy"], "a nonce is never reused"


def test_a_policy_set_by_a_view_is_not_overwritten():
    from django.http import HttpResponse

    def view(request):
        response = HttpResponse("x")
        response["Content-Security-Policy"] = "default-src 'none'"
        return response

    assert SecurityHeadersMiddleware(view)(RequestFactory().get("/"))["Content-Security-Policy"] == "default-src 'none'"


def test_media_on_another_host_is_allowed_as_images_only(settings):
    from core.security import build_csp

    settings.MEDIA_URL = "https://media.example.vn/uploads/"
    policy = build_csp()
    assert "img-src 'self' data: https://media.example.vn" in policy
    assert "script-src 'self';" in policy
