"""The article card every list shows, rendered by ``{% article_card %}`` (articles/templatetags/cards.py)."""

import datetime
import re

import pytest
from django.template import Context, Template
from django.utils import timezone

from articles.models import Article
from tests.factories import make_article, make_official, make_photo, province

pytestmark = pytest.mark.django_db

VN = datetime.timezone(datetime.timedelta(hours=7))


def card(article, template="{% load cards %}{% article_card article %}", **context):
    article = Article.objects.filter(pk=article.pk).for_cards().get()
    return Template(template).render(Context({"article": article, **context}))


def test_a_card_links_the_headline_shows_the_vietnam_date_places_and_a_short_lead():
    article = make_article(
        "Kiên Giang tổng kết công tác xây dựng Đảng",
        publish_at=datetime.datetime(2024, 11, 15, 17, 30, tzinfo=datetime.UTC),  # 00:30 on the 16th in Vietnam
        provinces=["kien-giang"], lead=" ".join(f"từ{n}" for n in range(50)),
    )
    html = card(article)
    assert f'<h3 class="card-title"><a href="{article.get_absolute_url()}">Kiên Giang tổng kết' in html
    assert '<time datetime="2024-11-16T00:30:00+07:00">16/11/2024</time>' in html
    assert f' · <a href="{province("kien-giang").get_absolute_url()}">Kiên Giang</a></p>' in html
    lead = re.search(r'<p class="lead-short">(.*?)</p>', html).group(1)
    assert lead.split()[:2] == ["từ0", "từ1"] and lead.endswith("từ35 …") and "từ36" not in lead


def test_the_featured_photo_is_a_lazy_picture_with_webp_and_jpeg_and_no_alt_text_in_the_card():
    article = make_article("Bài có ảnh")
    make_photo(article, "Quang cảnh hội nghị.", is_featured=True)
    html = card(article)
    media = re.search(r'<a class="card-media" href="([^"]+)" tabindex="-1" aria-hidden="true">(.*?)</a>', html, re.S)
    assert media.group(1) == article.get_absolute_url()
    assert '<source type="image/webp" srcset="' in media.group(2) and 'alt=""' in media.group(2)
    assert 'loading="lazy"' in media.group(2) and "fetchpriority" not in media.group(2)
    eager = card(article, "{% load cards %}{% article_card article featured=True eager=True %}")
    assert 'class="card card-featured"' in eager and 'fetchpriority="high"' in eager and "loading=" not in eager


def test_a_card_without_a_usable_photo_has_no_media_link():
    article = make_article("Bài chưa có ảnh")
    make_photo(article, "Ảnh chờ bổ sung.", with_image=False, is_featured=True)
    assert "card-media" not in card(article)


def test_headline_lead_and_titles_are_escaped():
    article = make_article('<script>alert("x")</script> & "tin"', lead="<b>đậm</b>")
    html = card(article)
    assert "<script>" not in html and "&lt;script&gt;" in html and "&amp; &quot;tin&quot;" in html
    assert "<b>" not in html and "&lt;b&gt;đậm&lt;/b&gt;" in html


def test_compact_cards_leave_the_places_out():
    article = make_article("Bài liên quan", provinces=["ha-noi"])
    assert "Hà Nội" in card(article)
    assert "Hà Nội" not in card(article, "{% load cards %}{% article_card article compact=True %}")


def test_on_an_official_page_the_card_shows_the_title_as_printed(client):
    official = make_official("Lại Xuân Môn")
    article = make_article("Hội nghị toàn quốc", officials=[(official, "Phó Trưởng ban Tuyên giáo Trung ương")])
    html = client.get(official.get_absolute_url()).content.decode()
    assert '<p class="meta printed-title">Lại Xuân Môn, Phó Trưởng ban Tuyên giáo Trung ương</p>' in html
    assert article.get_absolute_url() in html


def test_every_card_of_a_list_page_is_the_same_markup(client):
    for n in range(3):
        make_article(f"Tin số {n}", provinces=["an-giang"], publish_at=timezone.now() - datetime.timedelta(hours=n + 1))
    html = client.get("/tin-tuc/").content.decode()
    assert html.count('<article class="card">') == 3
    assert html.count(f' · <a href="{province("an-giang").get_absolute_url()}">An Giang</a>') == 3


def test_related_articles_share_the_most_topics_and_places_and_are_public(client):
    from articles.models import Status

    article = make_article("Bài chính", provinces=["kien-giang"], topics=["xay-dung-dang"])
    both = make_article("Cùng tỉnh và chủ đề", provinces=["kien-giang"], topics=["xay-dung-dang"],
                        publish_at=timezone.now() - datetime.timedelta(days=30))
    place = make_article("Cùng tỉnh", provinces=["kien-giang"], publish_at=timezone.now() - datetime.timedelta(hours=2))
    topic_only = make_article("Cùng chủ đề", provinces=["ha-noi"], topics=["xay-dung-dang"],
                              publish_at=timezone.now() - datetime.timedelta(hours=3))
    make_article("Không chung gì", provinces=["ha-noi"], publish_at=timezone.now() - datetime.timedelta(minutes=5))
    make_article("Bản nháp cùng tỉnh", status=Status.DRAFT, provinces=["kien-giang"], topics=["xay-dung-dang"])
    response = client.get(article.get_absolute_url())
    assert [a.title for a in response.context["related"]] == [both.title, place.title, topic_only.title]
    section = response.content.decode().split('id="lien-quan"')[1]
    assert "Không chung gì" not in section and "Bản nháp" not in section and "Bài chính" not in section
