"""Public reads go to the read replica; editors, writes and transactions stay on the primary; a replica that is
unreachable, lagging or failing mid-request is taken out of use without an error page."""

import logging
from contextlib import contextmanager

import pytest
from django.contrib.auth import get_user_model
from django.db import OperationalError, connections, transaction
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from articles.models import Article
from config import routers
from config.routers import PrimaryReplicaRouter, public_reads, replica_health
from tests.factories import make_article, make_user


@pytest.fixture
def replica_on(settings):
    settings.READ_REPLICA_ALIAS = "replica"
    settings.PUBLIC_CACHE_SECONDS = 0


def test_router_sends_public_reads_to_the_replica(replica_on):
    router = PrimaryReplicaRouter()
    assert router.db_for_read(Article) is None
    with public_reads():
        assert router.db_for_read(Article) == "replica"
        # Logins and sessions must see the latest write.
        assert router.db_for_read(get_user_model()) is None
    assert router.db_for_write(Article) == "default"


def test_router_is_off_without_a_replica(settings):
    settings.READ_REPLICA_ALIAS = None
    with public_reads():
        assert PrimaryReplicaRouter().db_for_read(Article) is None


def test_replica_is_never_migrated(replica_on):
    assert PrimaryReplicaRouter().allow_migrate("replica", "articles") is False
    assert PrimaryReplicaRouter().allow_migrate("default", "articles") is None


@pytest.mark.django_db(transaction=True, databases=["default", "replica"])
def test_reads_inside_a_transaction_stay_on_the_primary(replica_on):
    with public_reads(), transaction.atomic():
        assert PrimaryReplicaRouter().db_for_read(Article) is None


# transaction=True: the replica alias is a second connection to the test database, so it sees only
# committed rows, as a real replica would.
@pytest.mark.django_db(transaction=True, databases=["default", "replica"])
def test_anonymous_page_reads_articles_from_the_replica(client, replica_on):
    article = make_article("Bài đọc từ bản sao", provinces=["kien-giang"])
    with CaptureQueriesContext(connections["replica"]) as replica, \
            CaptureQueriesContext(connections["default"]) as primary:
        response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    assert any("articles_article" in q["sql"] for q in replica.captured_queries)
    assert not any("articles_article" in q["sql"] for q in primary.captured_queries)


@pytest.mark.django_db(transaction=True, databases=["default", "replica"])
def test_logged_in_editor_reads_from_the_primary(client, replica_on):
    make_article("Bài biên tập viên xem")
    client.force_login(make_user(role="editor"))
    with CaptureQueriesContext(connections["replica"]) as replica:
        response = client.get(reverse("articles:home"))
    assert response.status_code == 200
    assert replica.captured_queries == []


# --- A replica that is unreachable, lagging or failing mid-request is taken out of use without errors.

@pytest.fixture(autouse=True)
def fresh_replica_health():
    replica_health.reset()
    yield
    replica_health.reset()


@pytest.fixture
def checked_every_request(settings):
    settings.READ_REPLICA_CHECK_SECONDS = 0


@contextmanager
def replica_unreachable():
    """Points the replica alias at a closed port (PostgreSQL) or an unopenable file (SQLite)."""
    replica = connections["replica"]
    saved = dict(replica.settings_dict)
    if replica.vendor == "postgresql":
        replica.settings_dict.update(HOST="127.0.0.1", PORT="1")
    else:
        replica.settings_dict["NAME"] = "/nonexistent-newsroom-dir/replica.sqlite3"
    replica.close()
    try:
        yield
    finally:
        replica.close()
        replica.settings_dict.clear()
        replica.settings_dict.update(saved)


def replica_warnings(caplog):
    return [r.getMessage() for r in caplog.records if r.name == "config.routers" and r.levelno == logging.WARNING]


@pytest.mark.django_db(transaction=True, databases=["default", "replica"])
def test_unreachable_replica_leaves_public_pages_to_the_primary_and_comes_back(
        client, replica_on, checked_every_request, caplog):
    article = make_article("Bài khi bản sao ngừng", provinces=["kien-giang"])
    with replica_unreachable():
        with CaptureQueriesContext(connections["default"]) as primary:
            for url in (reverse("articles:home"), article.get_absolute_url(), article.get_absolute_url()):
                assert client.get(url).status_code == 200
        assert any("articles_article" in q["sql"] for q in primary.captured_queries)
    assert len(replica_warnings(caplog)) == 1 and "taken out of use" in replica_warnings(caplog)[0]

    with CaptureQueriesContext(connections["replica"]) as replica:
        assert client.get(article.get_absolute_url()).status_code == 200
    assert any("articles_article" in q["sql"] for q in replica.captured_queries)
    assert "back in use" in replica_warnings(caplog)[-1]


@pytest.mark.django_db(transaction=True, databases=["default", "replica"])
def test_a_replica_query_failing_mid_request_is_answered_from_the_primary(client, replica_on, caplog):
    article = make_article("Bài đọc lại từ bản chính")
    assert replica_health.in_use("replica")  # checked and healthy: the failure comes during the page

    def connection_dropped(execute, sql, params, many, context):
        raise OperationalError("server closed the connection unexpectedly")

    with connections["replica"].execute_wrapper(connection_dropped):
        response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    assert "Bài đọc lại từ bản chính" in response.content.decode()
    assert replica_health.usable is False
    assert "a query failed (OperationalError: server closed" in replica_warnings(caplog)[0]

    # The next visitors go straight to the primary until the next check.
    with CaptureQueriesContext(connections["replica"]) as replica:
        assert client.get(reverse("articles:home")).status_code == 200
    assert replica.captured_queries == []


@pytest.mark.django_db(transaction=True, databases=["default", "replica"])
def test_a_failing_primary_still_gets_the_outage_page_not_a_500(client, replica_on):
    article = make_article("Bài khi cả hai cơ sở dữ liệu lỗi")
    assert replica_health.in_use("replica")

    def connection_dropped(execute, sql, params, many, context):
        raise OperationalError("server closed the connection unexpectedly")

    with connections["replica"].execute_wrapper(connection_dropped), \
            connections["default"].execute_wrapper(connection_dropped):
        response = client.get(article.get_absolute_url())
    assert response.status_code == 503
    assert "Hệ thống tạm thời gián đoạn" in response.content.decode()


@pytest.mark.django_db(transaction=True, databases=["default", "replica"])
def test_a_lagging_replica_is_taken_out_of_use_until_it_catches_up(
        client, replica_on, checked_every_request, settings, monkeypatch, caplog):
    settings.READ_REPLICA_MAX_LAG_SECONDS = 10
    lag = {"seconds": 60.0}
    monkeypatch.setattr(routers, "replica_lag_seconds", lambda alias: lag["seconds"])
    article = make_article("Bài khi bản sao chậm")
    with CaptureQueriesContext(connections["replica"]) as replica:
        for _ in range(2):
            assert client.get(article.get_absolute_url()).status_code == 200
    assert replica.captured_queries == []
    assert len(replica_warnings(caplog)) == 1 and "60.0 s behind" in replica_warnings(caplog)[0]

    lag["seconds"] = 2.0
    with CaptureQueriesContext(connections["replica"]) as replica:
        assert client.get(article.get_absolute_url()).status_code == 200
    assert any("articles_article" in q["sql"] for q in replica.captured_queries)
    assert len(replica_warnings(caplog)) == 2


@pytest.mark.django_db(transaction=True, databases=["default", "replica"])
def test_the_replica_is_checked_once_per_interval_not_per_request(client, replica_on, settings, monkeypatch):
    settings.READ_REPLICA_CHECK_SECONDS = 60
    probes = []
    monkeypatch.setattr(routers, "replica_lag_seconds", lambda alias: probes.append(alias) or 0.0)
    make_article("Bài kiểm tra nhịp")
    for _ in range(3):
        assert client.get(reverse("articles:home")).status_code == 200
    assert probes == ["replica"]


@pytest.mark.django_db(transaction=True, databases=["default", "replica"])
def test_lag_probe_reads_zero_on_a_database_that_is_not_a_standby(replica_on):
    # The test replica is the primary itself: pg_is_in_recovery() is false (SQLite: reachable is enough).
    assert routers.replica_lag_seconds("replica") == 0.0


@pytest.mark.django_db(transaction=True, databases=["default", "replica"])
def test_editors_never_touch_an_unreachable_replica(client, replica_on, checked_every_request):
    make_article("Bài biên tập viên xem khi bản sao ngừng")
    client.force_login(make_user(role="editor"))
    with replica_unreachable():
        assert client.get(reverse("articles:home")).status_code == 200
        assert client.get(reverse("admin:articles_article_changelist")).status_code == 200
    assert replica_health.checked_at is None
