"""Public reads go to the read replica; editors, writes and transactions stay on the primary."""

import pytest
from django.contrib.auth import get_user_model
from django.db import connections, transaction
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from articles.models import Article
from config.routers import PrimaryReplicaRouter, public_reads
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
