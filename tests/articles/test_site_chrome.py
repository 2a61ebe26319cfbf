"""The frame of every public page (header, menu, language switcher, footer), built once per language and per
version of the public content, with only the current link and the page's own address filled in per request."""

import re

import pytest
from django.utils import timezone

from tests.factories import make_topic, topic

pytestmark = pytest.mark.django_db


def header_of(client, url, **extra):
    return client.get(url, **extra).content.decode().partition("</header>")[0]


def current_links(header):
    return re.findall(r'<a href="([^"]*)" aria-current="page"', header)


def test_the_menu_marks_the_page_the_reader_is_on_and_only_that_one(client):
    assert current_links(header_of(client, "/")) == ["/"]
    assert current_links(header_of(client, "/dia-phuong/")) == ["/dia-phuong/"]
    assert current_links(header_of(client, "/chu-de/xay-dung-dang/")) == ["/chu-de/xay-dung-dang/"]
    # A topic that is not in the menu marks nothing; the topics index is its own link.
    assert current_links(header_of(client, "/chu-de/")) == ["/chu-de/"]


def test_the_language_switcher_returns_to_this_address_escaped(client):
    header = header_of(client, '/tim-kiem/?q="><script>alert(1)</script>')
    assert "<script>alert(1)</script>" not in header
    assert 'name="next" value="/tim-kiem/?q=%22%3E%3Cscript%3Ealert(1)%3C/script%3E"' in header


def test_the_search_page_keeps_the_query_in_the_header_box_escaped(client):
    header = header_of(client, "/tim-kiem/", data={"q": 'kien "giang" <b>'})
    assert 'value="kien &quot;giang&quot; &lt;b&gt;"' in header


def test_the_frame_follows_the_readers_language(client):
    header = header_of(client, "/")
    assert '<option value="vi" lang="vi" selected>' in header
    assert ">Trang chủ</a>" in header
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    english = header_of(client, "/")
    assert '<option value="en" lang="en" selected>English</option>' in english
    assert ">Trang chủ</a>" not in english
    # Switching back serves the Vietnamese frame again, not the English one kept for the other language.
    client.post("/i18n/setlang/", {"language": "vi", "next": "/"})
    assert ">Trang chủ</a>" in header_of(client, "/")


def test_a_topic_added_to_the_menu_shows_at_the_next_request(client):
    assert "Văn hóa biển" not in header_of(client, "/")
    make_topic("Văn hóa biển", slug="van-hoa-bien", show_on_home=True)
    assert 'href="/chu-de/van-hoa-bien/">Văn hóa biển</a>' in header_of(client, "/")
    hidden = topic("van-hoa-bien")
    hidden.show_on_home = False
    hidden.save()
    assert "Văn hóa biển" not in header_of(client, "/")


def test_the_footer_shows_this_year_and_the_readers_links(client):
    footer = client.get("/").content.decode().partition('<footer class="site-footer">')[2]
    assert f"© {timezone.localdate().year} " in footer
    for href in ("/gui-tin-bai/", "/dia-phuong/", "/chu-de/", "/kenh-rss/"):
        assert f'href="{href}"' in footer
