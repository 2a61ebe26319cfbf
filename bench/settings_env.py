"""The environment the benchmark runs Django in: production settings (DEBUG off) on its own PostgreSQL database.

Imported before Django is set up, by bench/run.py and by the gunicorn it starts.
"""

import os
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parent.parent
VAR = ROOT / "var" / "bench"
DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/newsroom_bench"
FORBIDDEN_NAMES = {"", "postgres", "template0", "template1", "test", "root", "newsroom_ci"}


def database_url():
    url = os.environ.get("BENCH_DATABASE_URL", DEFAULT_DATABASE_URL)
    name = urlparse(url).path.lstrip("/")
    if urlparse(url).scheme not in {"postgres", "postgresql"}:
        raise SystemExit("BENCH_DATABASE_URL must be a postgres:// URL: the benchmark measures PostgreSQL.")
    if name in FORBIDDEN_NAMES or name.startswith("test"):
        raise SystemExit(f"Refusing to load the benchmark into database {name!r}: give it a database of its own.")
    return url


def environment(*, page_cache=False):
    """Variables for a production-like Django: DEBUG off, a throwaway secret, the page cache on or off."""
    VAR.mkdir(parents=True, exist_ok=True)
    return {
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": "benchmark-only-secret-" + "x" * 40,
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
        "DJANGO_SECURE_SSL_REDIRECT": "0",
        "DJANGO_SECURE_COOKIES": "0",
        "DATABASE_URL": database_url(),
        "CACHE_URL": "locmem://bench",
        "PUBLIC_CACHE_SECONDS": "300" if page_cache else "0",
        "PUBLIC_CACHE_STAMP_FILE": str(VAR / "public-cache.stamp"),
        "STATIC_ROOT": str(VAR / "static"),
        "MEDIA_ROOT": str(VAR / "media"),
        "SITE_URL": "http://127.0.0.1:8000",
        "LOG_LEVEL": "ERROR",
        # Nobody logs in through the login form during the benchmark; keep axes out of the measurement.
        "AXES_ENABLED": "0",
    }


def apply(*, page_cache=False):
    for key, value in environment(page_cache=page_cache).items():
        os.environ[key] = value
