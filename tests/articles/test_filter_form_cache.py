"""A list's filter form is rendered once per change of what it offers, and never shows another request's input."""

import pytest
from django.core.cache import cache

from articles.templatetags import filter_form
from tests.factories import make_article, make_topic, topic

pytestmark = pytest.mark.django_db


def form_of(html):
    return html.partition('<form class="filters"')[2].partition("</form>")[0]


@pytest.fixture
def kept(monkeypatch):
    """The cache keys the form was looked up under."""
    keys = []
    original = filter_form._key

    def recording(context, request):
        keys.append(original(context, request))
        return keys[-1]

    monkeypatch.setattr(filter_form, "_key", recording)
    return keys


def test_the_same_list_reuses_its_form_and_a_new_topic_shows_at_the_next_request(client, kept):
    make_article("Tin biển đảo", provinces=["kien-giang"], topics=["bien-dao"])
    first = form_of(client.get("/tin-tuc/").content.decode())
    assert form_of(cache.get(kept[-1])) == first
    assert first == form_of(client.get("/tin-tuc/").content.decode())
    assert "Văn hóa biển" not in first
    make_topic("Văn hóa biển", slug="van-hoa-bien")
    assert 'value="van-hoa-bien"' in form_of(client.get("/tin-tuc/").content.decode())


def test_a_renamed_topic_is_renamed_in_the_form(client):
    assert "Biển, đảo quê hương" not in form_of(client.get("/tin-tuc/").content.decode())
    sea = topic("bien-dao")
    sea.name = "Biển, đảo quê hương"
    sea.save()
    assert "Biển, đảo quê hương" in form_of(client.get("/tin-tuc/").content.decode())


def test_each_filter_choice_gets_its_own_form_and_chips(client):
    make_article("Tin Kiên Giang", provinces=["kien-giang"], topics=["bien-dao"])
    sea = client.get("/tin-tuc/", {"topic": "bien-dao"}).content.decode()
    party = client.get("/tin-tuc/", {"topic": "xay-dung-dang"}).content.decode()
    assert '<option value="bien-dao" selected>' in form_of(sea)
    assert '<option value="xay-dung-dang" selected>' in form_of(party)
    assert '<option value="bien-dao" selected>' not in form_of(party)
    assert 'class="chips"' not in client.get("/tin-tuc/").content.decode()


def test_a_province_page_does_not_take_the_general_lists_form(client):
    client.get("/tin-tuc/")
    province_form = form_of(client.get("/dia-phuong/kien-giang/").content.decode())
    assert 'name="province"' not in province_form and 'name="topic"' in province_form
    assert 'name="province"' in form_of(client.get("/tin-tuc/").content.decode())


def test_a_form_with_errors_shows_this_visitors_input_every_time_and_is_not_kept(client, kept):
    for typed in ("31/02/2024", "hôm qua"):
        html = client.get("/tin-tuc/", {"from": typed}).content.decode()
        assert f'value="{typed}"' in form_of(html) and 'role="alert"' in html
    assert kept == []


def test_each_language_gets_its_own_form(client):
    assert "Chủ đề" in form_of(client.get("/tin-tuc/").content.decode())
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    english = form_of(client.get("/tin-tuc/").content.decode())
    assert "Topic" in english and "Chủ đề</label>" not in english
