"""Production settings, checked in a fresh interpreter fed the production environment (docs/security.md)."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse

from tests.factories import PASSWORD, make_user

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION_ENV = {
    "DJANGO_SECRET_KEY": "k3Jx9-production-like-secret-8fQ2vLw7ZpT4mRb6NcY1sHd5GeU0aKoPiVtXyWqE",
    "DJANGO_ALLOWED_HOSTS": "tuyengiao.example.vn",
    "DJANGO_CSRF_TRUSTED_ORIGINS": "https://tuyengiao.example.vn",
    "DJANGO_BEHIND_TLS_PROXY": "1",
    "SITE_URL": "https://tuyengiao.example.vn",
}


def _run(args, extra_env=None):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "AXES_"))}
    env.update(PRODUCTION_ENV, **(extra_env or {}))
    return subprocess.run([sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)


def test_check_deploy_reports_no_issues_with_production_environment():
    result = _run(["manage.py", "check", "--deploy", "--fail-level", "WARNING"])
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout
    assert "WARNINGS" not in result.stdout + result.stderr


def test_production_refuses_to_start_without_a_secret_key():
    result = _run(["manage.py", "check"], {"DJANGO_SECRET_KEY": ""})
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY" in result.stderr


def test_production_cookies_are_secure_httponly_samesite_and_expire():
    code = (
        "import json, django; from django.conf import settings; django.setup(); print(json.dumps({k: getattr(settings, k)"
        " for k in ['SESSION_COOKIE_SECURE', 'CSRF_COOKIE_SECURE', 'LANGUAGE_COOKIE_SECURE', 'SESSION_COOKIE_HTTPONLY',"
        " 'CSRF_COOKIE_HTTPONLY', 'SESSION_COOKIE_SAMESITE', 'CSRF_COOKIE_SAMESITE', 'SESSION_COOKIE_AGE',"
        " 'SESSION_COOKIE_NAME', 'SECURE_SSL_REDIRECT', 'SECURE_HSTS_SECONDS', 'AXES_ENABLED', 'DEBUG']}))"
    )
    result = _run(["-c", code], {"DJANGO_SETTINGS_MODULE": "config.settings"})
    assert result.returncode == 0, result.stderr
    values = json.loads(result.stdout)
    assert values["SESSION_COOKIE_SECURE"] and values["CSRF_COOKIE_SECURE"] and values["LANGUAGE_COOKIE_SECURE"]
    assert values["SESSION_COOKIE_HTTPONLY"] and values["CSRF_COOKIE_HTTPONLY"]
    assert values["SESSION_COOKIE_SAMESITE"] == values["CSRF_COOKIE_SAMESITE"] == "Lax"
    assert 0 < values["SESSION_COOKIE_AGE"] <= 12 * 3600
    assert values["SESSION_COOKIE_NAME"].startswith("__Host-")
    assert values["SECURE_SSL_REDIRECT"] and values["SECURE_HSTS_SECONDS"] >= 31_536_000
    assert values["AXES_ENABLED"] and values["DEBUG"] is False


@pytest.mark.django_db
def test_login_sets_httponly_samesite_session_cookie_that_expires(client):
    make_user("bientap", role="editor")
    response = client.post(reverse("admin:login"), {"username": "bientap", "password": PASSWORD})
    assert response.status_code == 302
    cookie = response.cookies[settings.SESSION_COOKIE_NAME]
    assert cookie["httponly"]
    assert cookie["samesite"] == "Lax"
    assert int(cookie["max-age"]) == settings.SESSION_COOKIE_AGE
    assert client.session.get_expiry_age() == settings.SESSION_COOKIE_AGE
