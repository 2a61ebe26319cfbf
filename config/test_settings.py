"""Settings for the test suite: the production settings module, fed safe test values through the environment."""

import os
import tempfile

os.environ.setdefault("DJANGO_SECRET_KEY", "tests-only-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz")
os.environ.setdefault("DJANGO_ALLOWED_HOSTS", "testserver,127.0.0.1,localhost")
os.environ.setdefault("DJANGO_TESTING", "1")
# Links as in production: SITE_URL set. Tests of links from the request host unset it with the settings fixture.
os.environ.setdefault("SITE_URL", "http://127.0.0.1:8000")
os.environ.setdefault("CACHE_URL", "locmem://tests")
# The page cache shares the default cache's memory in tests, so the cache.clear() between tests empties it too.
os.environ.setdefault("PAGE_CACHE_URL", "locmem://tests")
# The page-cache stamp file is per run: another test run in the same checkout must not bump this run's version.
os.environ.setdefault("PUBLIC_CACHE_STAMP_FILE", os.path.join(tempfile.mkdtemp(prefix="newsroom-stamp-"), "stamp"))
# Playwright's live server runs Django inside an event loop thread; the ORM must be allowed there.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
# The test client and the browser's live server speak plain HTTP: no HTTPS redirect, no Secure-only cookies.
# Production values are checked by tests/security/test_deploy_settings.py in a subprocess.
os.environ.setdefault("DJANGO_SECURE_SSL_REDIRECT", "0")
os.environ.setdefault("DJANGO_SECURE_COOKIES", "0")
# django-axes refuses Client.login() (it passes no request); tests/security enable it where they test throttling.
os.environ.setdefault("AXES_ENABLED", "0")

from config.settings import *  # noqa: E402,F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # fast logins; tests only
# Browser tests wait for the live server to finish every request before the database is flushed.
MIDDLEWARE = ["tests.browser.inflight.RequestsInFlight", *MIDDLEWARE]  # noqa: F405

# A second alias mirroring the test database, for the read-replica router tests (tests/core/test_replica_router.py).
# The router stays off (READ_REPLICA_ALIAS is None) unless a test turns it on with override_settings.
DATABASES["replica"] = {**DATABASES["default"], "TEST": {"MIRROR": "default"}}  # noqa: F405
