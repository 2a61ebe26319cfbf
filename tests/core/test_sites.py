"""Absolute links: SITE_URL when set, else the address the request came to; check --deploy warns without it."""

import pytest
from django.core import mail

from core.sites import DEVELOPMENT_ORIGIN, check_site_url, site_url
from tests.factories import make_article
from tests.security.test_deploy_settings import _run

pytestmark = pytest.mark.django_db


def test_links_follow_the_request_host_while_site_url_is_unset(client, settings):
    settings.SITE_URL = ""
    article = make_article("Bài có liên kết tuyệt đối")
    html = client.get(article.get_absolute_url(), HTTP_HOST="localhost:8123").content.decode()
    assert f'rel="canonical" href="http://localhost:8123{article.get_absolute_url()}"' in html
    assert ":8000" not in html
    feed = client.get("/rss/", HTTP_HOST="localhost:8123").content.decode()
    assert f"http://localhost:8123{article.get_absolute_url()}" in feed
    # Outside a request (a command, a worker), the development default.
    assert site_url() == DEVELOPMENT_ORIGIN


def test_site_url_wins_over_the_request_host(client, settings):
    settings.SITE_URL = "https://tuyengiao.example.vn"
    article = make_article("Bài có liên kết tuyệt đối")
    html = client.get(article.get_absolute_url(), HTTP_HOST="localhost").content.decode()
    assert f'href="https://tuyengiao.example.vn{article.get_absolute_url()}"' in html
    assert "http://localhost" not in html
    assert not mail.outbox


def test_the_deploy_check_warns_when_site_url_is_unset_in_production(settings):
    settings.DEBUG, settings.SITE_URL = False, ""
    assert [w.id for w in check_site_url(None)] == ["newsroom.W001"]
    settings.SITE_URL = "https://tuyengiao.example.vn"
    assert check_site_url(None) == []
    settings.DEBUG, settings.SITE_URL = True, ""
    assert check_site_url(None) == []


def test_check_deploy_in_a_production_environment_names_the_missing_site_url():
    result = _run(["manage.py", "check", "--deploy"], {"SITE_URL": ""})
    assert "newsroom.W001" in result.stdout + result.stderr
