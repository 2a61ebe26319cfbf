"""Many-to-many fields over a declared link model (core/admin_links.py) are edited in the admin as plain ones."""

import pytest
from django.contrib import admin
from django.contrib.admin.widgets import AutocompleteSelectMultiple
from django.urls import reverse

from articles.models import Article, ArticleProvince
from tests.factories import make_article, make_user, province

pytestmark = pytest.mark.django_db


def test_the_article_admin_passes_its_checks_with_declared_link_models():
    model_admin = admin.site._registry[Article]
    assert Article.provinces.through is ArticleProvince
    assert model_admin.check() == []


def test_provinces_and_topics_keep_their_autocomplete_selections(rf):
    request = rf.get("/")
    request.user = make_user(role="admin")
    fields = admin.site._registry[Article].get_form(request)().fields
    for name in ("provinces", "topics"):
        assert isinstance(fields[name].widget.widget, AutocompleteSelectMultiple), name


def test_the_province_autocomplete_answers_for_the_article_form(client):
    client.force_login(make_user(role="admin"))
    response = client.get(reverse("admin:autocomplete"), {
        "app_label": "articles", "model_name": "article", "field_name": "provinces", "term": "kien"})
    assert response.status_code == 200
    assert any(row["text"].startswith("Kiên Giang") for row in response.json()["results"])


def test_links_written_through_the_relation_are_rows_of_the_link_model():
    article = make_article("Tin Kiên Giang", provinces=["kien-giang"])
    link = ArticleProvince.objects.get(article=article)
    assert link.province == province("kien-giang")
