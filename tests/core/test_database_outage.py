import pytest
from django.db import OperationalError

from articles import views

pytestmark = pytest.mark.django_db


def test_a_database_outage_is_a_503_in_vietnamese_with_retry_after(client, monkeypatch):
    def broken(self, **kwargs):
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(views.ArticleListView, "get_context_data", broken)
    response = client.get("/tin-tuc/")
    assert response.status_code == 503
    assert response["Retry-After"] == "5"
    assert "Hệ thống tạm thời gián đoạn" in response.content.decode()
