"""Scale-out configuration is switched by environment variables: S3 media, CDN URLs, Redis sessions,
a read replica. Each case evaluates config/settings.py afresh with its own environment."""

import runpy
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

SETTINGS = Path(__file__).resolve().parents[2] / "config" / "settings.py"
BASE = {"DJANGO_SECRET_KEY": "x" * 50, "DJANGO_ALLOWED_HOSTS": "toasoan.example.vn", "DJANGO_DEBUG": "0"}
CLEARED = ["MEDIA_STORAGE", "STATIC_CDN_URL", "MEDIA_CDN_URL", "CACHE_URL", "SESSION_CACHE_URL", "SESSION_ENGINE",
           "PAGE_CACHE_URL",
           "READ_REPLICA_URL", "DATABASE_URL", "AWS_STORAGE_BUCKET_NAME", "AWS_S3_CUSTOM_DOMAIN",
           "AWS_S3_ENDPOINT_URL", "DJANGO_TESTING"]


def load(monkeypatch, **env):
    for name in CLEARED:
        monkeypatch.delenv(name, raising=False)
    for name, value in {**BASE, **env}.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(str(SETTINGS))


def test_defaults_are_local_files_local_memory_and_database_sessions(monkeypatch):
    config = load(monkeypatch)
    assert config["STORAGES"]["default"]["BACKEND"] == "django.core.files.storage.FileSystemStorage"
    assert config["STATIC_URL"] == "/static/" and config["MEDIA_URL"] == "/media/"
    assert config["CACHES"]["default"]["BACKEND"].endswith("LocMemCache")
    assert config["SESSION_ENGINE"] == "django.contrib.sessions.backends.db"
    assert "replica" not in config["DATABASES"] and config["READ_REPLICA_ALIAS"] is None


def test_media_storage_s3_switches_to_django_storages(monkeypatch):
    config = load(monkeypatch, MEDIA_STORAGE="s3", AWS_STORAGE_BUCKET_NAME="toasoan-media",
                  AWS_S3_ENDPOINT_URL="https://s3.example.vn", AWS_S3_CUSTOM_DOMAIN="media.example.vn")
    storage = config["STORAGES"]["default"]
    assert storage["BACKEND"] == "storages.backends.s3.S3Storage"
    assert storage["OPTIONS"]["bucket_name"] == "toasoan-media"
    assert storage["OPTIONS"]["endpoint_url"] == "https://s3.example.vn"
    assert config["SERVE_MEDIA"] is False


def test_s3_storage_builds_cdn_urls_without_network(settings):
    from storages.backends.s3 import S3Storage

    storage = S3Storage(bucket_name="toasoan-media", custom_domain="media.example.vn", location="media",
                        querystring_auth=False, access_key="khoa", secret_key="bi-mat")
    assert storage.url("anh/a.jpg") == "https://media.example.vn/media/anh/a.jpg"


def test_s3_without_a_bucket_stops_with_a_clear_message(monkeypatch):
    with pytest.raises(ImproperlyConfigured, match="AWS_STORAGE_BUCKET_NAME"):
        load(monkeypatch, MEDIA_STORAGE="s3")


def test_unknown_media_storage_is_refused(monkeypatch):
    with pytest.raises(ImproperlyConfigured, match="MEDIA_STORAGE"):
        load(monkeypatch, MEDIA_STORAGE="ftp")


def test_cdn_urls_for_static_and_media(monkeypatch):
    config = load(monkeypatch, STATIC_CDN_URL="https://cdn.example.vn/static", MEDIA_CDN_URL="https://cdn.example.vn/media/")
    assert config["STATIC_URL"] == "https://cdn.example.vn/static/"
    assert config["MEDIA_URL"] == "https://cdn.example.vn/media/"


def test_redis_cache_carries_sessions_in_their_own_alias(monkeypatch):
    config = load(monkeypatch, CACHE_URL="redis://127.0.0.1:6379/1", SESSION_CACHE_URL="redis://127.0.0.1:6379/2")
    assert config["CACHES"]["default"]["BACKEND"].endswith("RedisCache")
    assert config["CACHES"]["sessions"]["LOCATION"] == "redis://127.0.0.1:6379/2"
    # Sessions are kept in the database and cached in Redis: a Redis outage logs nobody out (issue 12, finding 7).
    assert config["SESSION_ENGINE"] == "django.contrib.sessions.backends.cached_db"
    assert config["SESSION_CACHE_ALIAS"] == "sessions"
    # The page cache gets a Redis database of its own (finding 11).
    assert config["CACHES"]["pages"]["LOCATION"] == "redis://127.0.0.1:6379/0"


def test_read_replica_url_adds_the_replica_alias(monkeypatch):
    config = load(monkeypatch, DATABASE_URL="postgres://app@db-primary:5432/newsroom",
                  READ_REPLICA_URL="postgres://app@db-replica:5432/newsroom")
    assert config["READ_REPLICA_ALIAS"] == "replica"
    assert config["DATABASES"]["replica"]["HOST"] == "db-replica"
    assert config["DATABASES"]["replica"]["TEST"] == {"MIRROR": "default"}
    assert config["DATABASE_ROUTERS"] == ["config.routers.PrimaryReplicaRouter"]


def test_gunicorn_worker_count_follows_the_cores(monkeypatch):
    import multiprocessing

    monkeypatch.delenv("GUNICORN_WORKERS", raising=False)
    config = runpy.run_path(str(SETTINGS.parent / "gunicorn.conf.py"))
    assert config["workers"] == multiprocessing.cpu_count() * 2 + 1
    monkeypatch.setenv("GUNICORN_WORKERS", "3")
    assert runpy.run_path(str(SETTINGS.parent / "gunicorn.conf.py"))["workers"] == 3


def test_gunicorn_workers_have_threads_so_a_health_probe_never_waits_behind_a_slow_request(monkeypatch):
    monkeypatch.delenv("GUNICORN_THREADS", raising=False)
    assert runpy.run_path(str(SETTINGS.parent / "gunicorn.conf.py"))["threads"] == 4
    monkeypatch.setenv("GUNICORN_THREADS", "1")
    assert runpy.run_path(str(SETTINGS.parent / "gunicorn.conf.py"))["threads"] == 1
