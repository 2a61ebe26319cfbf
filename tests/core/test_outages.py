"""Fault tests: the site with its Redis stopped, hung, and with its database unreachable.

Redis is a redis-server of the test's own on a free port (the machine's Redis is never touched); it is stopped
and started again, or frozen with SIGSTOP, while the same Django keeps serving. The database outage is real on
PostgreSQL (the connection pointed at a port nobody listens on); SQLite keeps its test database in memory and
cannot reconnect, so there the connection is made to fail as an unreachable server's does.
"""

import json
import os
import shutil
import signal
import socket
import subprocess
import time

import pytest
from django.db import OperationalError, connection
from django.urls import reverse

from config.env import page_cache_url, parse_cache_url
from tests.factories import PASSWORD, make_article, make_user, province

REDIS_SERVER = shutil.which("redis-server")
needs_redis = pytest.mark.skipif(REDIS_SERVER is None, reason="redis-server is not installed (apt install redis-server)")

pytestmark = pytest.mark.django_db

ADMIN = "/quan-tri/"


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class RedisServer:
    """A throwaway redis-server: no persistence, loopback only, stopped and started at will."""

    def __init__(self):
        self.port = _free_port()
        self.process = None

    @property
    def url(self):
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self):
        self.process = subprocess.Popen(
            [REDIS_SERVER, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2) as sock:
                    sock.sendall(b"PING\r\n")
                    if sock.recv(16).startswith(b"+PONG"):
                        return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("redis-server did not start")

    def stop(self):
        if self.process is not None and self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGCONT)  # in case a test left it frozen
            self.process.terminate()
            self.process.wait(timeout=10)
        self.process = None

    def freeze(self):
        os.kill(self.process.pid, signal.SIGSTOP)

    def thaw(self):
        os.kill(self.process.pid, signal.SIGCONT)


@pytest.fixture
def redis_site(settings, tmp_path):
    """The production cache settings (config/settings.py) pointed at a Redis of our own."""
    server = RedisServer()
    server.start()
    settings.CACHES = {
        "default": parse_cache_url(server.url),
        "sessions": parse_cache_url(server.url),
        "pages": parse_cache_url(page_cache_url(server.url, taken=[server.url])),
    }
    settings.SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
    settings.SESSION_CACHE_ALIAS = "sessions"
    settings.PUBLIC_CACHE_ALIAS = "pages"
    settings.PUBLIC_CACHE_SECONDS = 300
    settings.PUBLIC_CACHE_STAMP_FILE = str(tmp_path / "stamp")
    try:
        yield server
    finally:
        server.stop()


def _health(client):
    response = client.get("/healthz")
    assert response["Content-Type"] == "application/json"
    assert "no-store" in response["Cache-Control"]
    return response.status_code, json.loads(response.content)


def _assert_no_server_error(response, what):
    assert response.status_code < 500 or response.status_code == 503, f"{what}: {response.status_code}"


def _submission_data():
    return {"name": "Nguyễn Văn An", "contact": "0912 345 678", "province": str(province("an-giang").pk),
            "title": "Đường làng ngập sau mưa lớn", "text": "Nước ngập sâu nửa mét từ sáng nay."}


@needs_redis
def test_with_redis_stopped_every_page_answers_and_healthz_names_the_cache_until_it_returns(
    client, django_user_model, redis_site
):
    article = make_article("Hội nghị tổng kết công tác tuyên giáo", provinces=["an-giang"])
    editor = make_user(role="editor")
    editor_client = type(client)()
    editor_client.force_login(editor)
    public = ["/", reverse("articles:list"), article.get_absolute_url(), "/tim-kiem/?q=tuyen+giao",
              "/dia-phuong/an-giang/", "/tin-tuc/?province=an-giang&page=1", reverse("submissions:form"),
              f"{ADMIN}login/", "/rss/", "/sitemap.xml"]
    for url in public:
        assert client.get(url).status_code == 200, url
    assert _health(client)[0] == 200

    redis_site.stop()

    started = time.monotonic()
    for url in public:
        response = client.get(url)
        assert response.status_code == 200, url
        assert "X-Page-Cache" not in response
    response = client.post(reverse("submissions:form"), _submission_data())
    _assert_no_server_error(response, "submission")
    assert response.status_code == 302
    # A new login works and lasts: the session is written to the database.
    fresh = type(client)()
    response = fresh.post(f"{ADMIN}login/?next={ADMIN}", {"username": editor.username, "password": PASSWORD})
    assert response.status_code == 302
    assert fresh.get(ADMIN).status_code == 200
    # An editor logged in before the outage stays logged in.
    for url in [ADMIN, f"{ADMIN}articles/article/", f"{ADMIN}bang-so-lieu/", article.get_absolute_url()]:
        response = editor_client.get(url)
        assert response.status_code == 200, url
    assert time.monotonic() - started < 20  # no request waited on the dead server

    status, report = _health(client)
    assert status == 503
    assert "cache" in report["failed"] and report["cache"] == "unavailable"
    assert report["database"] == "ok"
    assert _health(editor_client)[0] == 503

    redis_site.start()  # same port, same Django process: nothing restarted but Redis

    status, report = _health(client)
    assert status == 200, report
    assert report["failed"] == []
    visitor = type(client)()  # the submitter now has a session: cached pages are for visitors without one
    assert visitor.get(reverse("articles:list"))["X-Page-Cache"] == "miss"
    assert visitor.get(reverse("articles:list"))["X-Page-Cache"] == "hit"
    assert editor_client.get(ADMIN).status_code == 200


@needs_redis
def test_a_hung_redis_costs_one_short_timeout_not_one_per_cache_call(client, redis_site):
    make_article("Bài đã đăng về Cần Thơ")
    assert client.get(reverse("articles:list")).status_code == 200
    redis_site.freeze()  # accepts connections, never answers: a network blackhole or a stuck server
    try:
        started = time.monotonic()
        for _ in range(5):
            assert client.get(reverse("articles:list")).status_code == 200
            assert client.get("/").status_code == 200
        assert time.monotonic() - started < 8
        assert _health(client)[0] == 503
    finally:
        redis_site.thaw()
    assert _health(client)[0] == 200


@needs_redis
def test_a_logout_during_a_redis_outage_stays_logged_out_when_redis_returns(client, settings, redis_site):
    editor = make_user(role="editor")
    client.force_login(editor)
    assert client.get(ADMIN).status_code == 200  # the session is now cached in Redis
    cookie = client.cookies[settings.SESSION_COOKIE_NAME].value

    redis_site.freeze()  # the data stays in Redis, as after a network partition
    try:
        assert client.post(f"{ADMIN}logout/").status_code == 200
    finally:
        redis_site.thaw()
    assert _health(client)[0] == 200  # the first answer from Redis replays the dropped delete

    stolen = type(client)()
    stolen.cookies[settings.SESSION_COOKIE_NAME] = cookie
    response = stolen.get(ADMIN)
    assert response.status_code == 302 and "/login/" in response["Location"]


# --- The database


@pytest.fixture
def database_down(monkeypatch, settings):
    """Call to make the database unreachable; call ``.restore()`` to bring it back."""
    settings.PUBLIC_CACHE_SECONDS = 0  # every page below must reach the database

    class Outage:
        def __call__(self):
            if connection.vendor == "postgresql":
                # A real failure: the next connection goes to a port nobody listens on.
                connection.close()
                monkeypatch.setitem(connection.settings_dict, "HOST", "127.0.0.1")
                monkeypatch.setitem(connection.settings_dict, "PORT", str(_free_port()))
            else:
                def unreachable(*args, **kwargs):
                    raise OperationalError('connection to server at "127.0.0.1", port 5432 failed: Connection refused')

                monkeypatch.setattr(connection, "ensure_connection", unreachable)

        def restore(self):
            monkeypatch.undo()
            if connection.vendor == "postgresql":
                connection.close()

    return Outage()


def _database_outage_test(client, database_down):
    article = make_article("Bài về kỳ họp Quốc hội")
    editor = make_user(role="editor")
    editor_client = type(client)()
    editor_client.force_login(editor)
    public = ["/", reverse("articles:list"), article.get_absolute_url(), reverse("submissions:form")]
    admin = [ADMIN, f"{ADMIN}articles/article/", f"{ADMIN}bang-so-lieu/"]
    submission = _submission_data()

    database_down()

    # Anonymous visitors: the admin's login page and redirects need no database; the rest is the 503 page.
    for url in [f"{ADMIN}login/", *admin]:
        _assert_no_server_error(client.get(url), url)
    # A logged-in visitor's cookie sends every request to the database (session, user) before any view.
    for visitor, urls in ((client, public), (editor_client, public + admin + [f"{ADMIN}login/"])):
        for url in urls:
            response = visitor.get(url)
            assert response.status_code == 503, url
            assert response["Retry-After"] == "5"
            assert "Hệ thống tạm thời gián đoạn" in response.content.decode()
        status, report = _health(visitor)
        assert status == 503
        assert report["database"] == "unavailable" and "database" in report["failed"]
    response = client.post(reverse("submissions:form"), submission)
    assert response.status_code == 503

    database_down.restore()

    assert _health(client)[0] == 200
    assert client.get(article.get_absolute_url()).status_code == 200
    assert editor_client.get(ADMIN).status_code == 200


@pytest.mark.django_db(transaction=True)
def test_with_the_database_unreachable_anonymous_and_logged_in_visitors_get_503_until_it_returns(
    client, database_down
):
    _database_outage_test(client, database_down)


def test_a_database_error_raised_in_a_middleware_after_the_view_is_a_503(client, monkeypatch):
    from django.contrib.sessions.backends.db import SessionStore

    def save(self, must_create=False):
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(SessionStore, "save", save)
    client.raise_request_exception = False
    response = client.post(reverse("submissions:form"), _submission_data())  # the view writes to the session
    assert response.status_code == 503
    assert "Hệ thống tạm thời gián đoạn" in response.content.decode()
