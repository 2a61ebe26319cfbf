"""Vietnamese by default, English on request, friendly error pages, and hashed static files that all exist."""

import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import Client, RequestFactory
from django.utils import translation

from core import views as core_views
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def test_vietnamese_is_the_default_even_for_an_english_browser(client):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")
    html = response.content.decode()
    assert '<html lang="vi">' in html and "Tin mới nhất" in html and "Bỏ qua, đến nội dung chính" in html


def test_the_switcher_turns_the_interface_english_without_touching_content():
    article = make_article("Kiên Giang tổng kết công tác năm", provinces=["kien-giang"], topics=["xay-dung-dang"])
    client = Client(enforce_csrf_checks=True)  # the switcher form carries no token, so cached pages can hold it
    response = client.post("/i18n/setlang/", {"language": "en", "next": article.get_absolute_url()})
    assert response.status_code == 302 and response["Location"] == article.get_absolute_url()
    assert client.cookies[settings.LANGUAGE_COOKIE_NAME].value == "en"
    html = client.get(article.get_absolute_url()).content.decode()
    assert '<html lang="en">' in html
    assert "Skip to main content" in html and "Share this article" in html and "Text size" in html
    assert article.title in html  # content stays as written
    html = client.get("/tin-tuc/").content.decode()
    assert "Filter articles" in html and "Current provinces and cities" in html
    client.post("/i18n/setlang/", {"language": "vi", "next": "/"})
    assert "Tin mới nhất" in client.get("/").content.decode()


def test_an_unknown_language_falls_back_to_vietnamese(client):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "xx"
    assert '<html lang="vi">' in client.get("/").content.decode()


def test_every_page_offers_the_language_switcher_posting_to_setlang(client):
    html = client.get("/").content.decode()
    assert 'action="/i18n/setlang/" method="post"' in html
    assert '<option value="en" lang="en">English</option>' in html
    assert "csrfmiddlewaretoken" not in html


def test_404_page_is_friendly_vietnamese_then_english(client):
    response = client.get("/khong-co-trang-nay/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Không tìm thấy trang" in html and 'action="/tim-kiem/"' in html
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    assert "Page not found" in client.get("/khong-co-trang-nay/").content.decode()


def test_400_and_500_pages_are_friendly_vietnamese():
    request = RequestFactory().get("/")
    with translation.override("vi"):
        response = core_views.bad_request(request)
        assert response.status_code == 400 and "Yêu cầu không hợp lệ" in response.content.decode()
        response = core_views.server_error(request)
        assert response.status_code == 500 and "Hệ thống đang gặp sự cố" in response.content.decode()


def test_500_page_still_answers_when_rendering_itself_fails(monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("database down")

    monkeypatch.setattr(core_views, "render", broken)
    response = core_views.server_error(RequestFactory().get("/"))
    assert response.status_code == 500
    assert "Hệ thống đang gặp sự cố" in response.content.decode()


def test_static_files_are_hashed_and_every_page_reference_exists(client, settings, tmp_path):
    settings.STATIC_ROOT = tmp_path
    settings.STORAGES = {**settings.STORAGES, "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"}}
    call_command("collectstatic", "--noinput", verbosity=0)
    article = make_article("Tin có đủ tài nguyên tĩnh")
    for url in ["/", "/tin-tuc/", "/tim-kiem/?q=tin", article.get_absolute_url(), "/khong-co/"]:
        html = client.get(url).content.decode()  # a missing file would raise ValueError from the manifest
        assert "/static/css/site." in html and ".css" in html
        assert "/static/css/site.css" not in html  # hashed name, safe to cache for a year
