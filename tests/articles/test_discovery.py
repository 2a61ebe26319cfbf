"""Feeds, sitemaps, robots.txt, canonical/Open Graph/Twitter tags and NewsArticle JSON-LD.

Every surface honours the visibility rule: drafts, submitted, withdrawn and scheduled articles never appear.
"""

import datetime
import json
import re
import xml.etree.ElementTree as ET

import pytest
from django.utils import timezone

from articles.models import Status
from tests.factories import make_article, make_document, make_official, make_photo, make_topic

pytestmark = pytest.mark.django_db

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "n": "http://www.google.com/schemas/sitemap-news/0.9"}


@pytest.fixture
def coverage(settings):
    settings.SITE_URL = "https://tuyengiao.example.vn"
    official = make_official("Lại Xuân Môn", title="Phó Trưởng ban Thường trực")
    document = make_document("21-KL/TW")
    child = make_topic("Chỉnh đốn Đảng", parent=make_topic("Công tác Đảng"))
    live = make_article("Kiên Giang tổng kết công tác năm", byline="Minh Anh", source="Báo Kiên Giang",
                        provinces=["kien-giang"], topics=["xay-dung-dang", child], officials=[official])
    live.documents.add(document)
    make_photo(live, "Quang cảnh hội nghị.", is_featured=True)
    old = make_article("Tin tuần trước", publish_at=timezone.now() - datetime.timedelta(days=7),
                       provinces=["an-giang"], topics=["kinh-te"])
    hidden = [
        make_article("Bản nháp bí mật", status=Status.DRAFT, provinces=["kien-giang"], topics=["xay-dung-dang"],
                     officials=[official]),
        make_article("Tin hẹn giờ", publish_at=timezone.now() + datetime.timedelta(hours=3),
                     provinces=["kien-giang"], topics=["xay-dung-dang", child]),
        make_article("Tin chờ duyệt", status=Status.SUBMITTED, provinces=["kien-giang"], topics=["xay-dung-dang"]),
        make_article("Tin đã gỡ", status=Status.WITHDRAWN, provinces=["kien-giang"], topics=["xay-dung-dang"]),
    ]
    for article in hidden:
        article.documents.add(document)
    return {"live": live, "old": old, "hidden": hidden, "official": official, "document": document, "child": child}


def assert_visibility(text, coverage, *, expect_old=True):
    assert coverage["live"].title in text
    assert (coverage["old"].title in text) is expect_old
    for article in coverage["hidden"]:
        assert article.title not in text and article.slug not in text


@pytest.mark.parametrize("url", ["/rss/", "/dia-phuong/kien-giang/rss/", "/chu-de/xay-dung-dang/rss/"])
def test_feeds_list_only_public_articles(client, coverage, url):
    response = client.get(url)
    assert response.status_code == 200 and response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")
    titles = [item.findtext("title") for item in channel.findall("item")]
    assert coverage["live"].title in titles
    assert not {a.title for a in coverage["hidden"]} & set(titles)
    item = channel.findall("item")[titles.index(coverage["live"].title)]
    assert item.findtext("link") == f"https://tuyengiao.example.vn{coverage['live'].get_absolute_url()}"
    assert item.findtext("pubDate")
    self_link = channel.find("{http://www.w3.org/2005/Atom}link").get("href")
    assert self_link == f"https://tuyengiao.example.vn{url}"


def test_province_and_topic_feeds_narrow_and_include_sub_topics(client, coverage):
    kien_giang = client.get("/dia-phuong/kien-giang/rss/").content.decode()
    assert coverage["old"].title not in kien_giang
    parent_feed = client.get(f"{coverage['child'].parent.get_absolute_url()}rss/").content.decode()
    assert coverage["live"].title in parent_feed
    assert "Tin hẹn giờ" not in parent_feed
    assert client.get("/dia-phuong/khong-co/rss/").status_code == 404


def test_sitemap_index_points_to_sections_and_the_news_sitemap(client, coverage):
    root = ET.fromstring(client.get("/sitemap.xml").content)
    locations = [loc.text for loc in root.findall("s:sitemap/s:loc", NS)]
    assert "https://tuyengiao.example.vn/sitemap-tin-moi.xml" in locations
    assert "https://tuyengiao.example.vn/sitemap-dia-phuong.xml" in locations
    # Articles by month of publication, newest month first, from the first published article to this month.
    months = [loc for loc in locations if "/sitemap-tin-bai-" in loc]
    first = timezone.localtime(coverage["old"].publish_at)
    today = timezone.localdate()
    assert months[0] == f"https://tuyengiao.example.vn/sitemap-tin-bai-{today:%Y-%m}.xml"
    assert months[-1] == f"https://tuyengiao.example.vn/sitemap-tin-bai-{first:%Y-%m}.xml"
    assert len(months) == (today.year - first.year) * 12 + today.month - first.month + 1


def test_a_month_of_articles_is_read_in_vietnam_time(client, settings):
    settings.SITE_URL = "https://tuyengiao.example.vn"
    # 23:30 on 31 March UTC is 06:30 on 1 April in Vietnam: an April article.
    april = make_article("Tin đầu tháng Tư", publish_at=datetime.datetime(2024, 3, 31, 23, 30, tzinfo=datetime.UTC))
    march = make_article("Tin cuối tháng Ba", publish_at=datetime.datetime(2024, 3, 31, 16, 30, tzinfo=datetime.UTC))
    root = ET.fromstring(client.get("/sitemap-tin-bai-2024-04.xml").content)
    assert [u.findtext("s:loc", namespaces=NS) for u in root.findall("s:url", NS)] == [
        f"https://tuyengiao.example.vn{april.get_absolute_url()}"]
    assert root.find("s:url/s:lastmod", NS).text.endswith("+07:00")
    assert march.slug in client.get("/sitemap-tin-bai-2024-03.xml").content.decode()
    empty = ET.fromstring(client.get("/sitemap-tin-bai-2019-01.xml").content)
    assert empty.findall("s:url", NS) == []
    for bad in ("/sitemap-tin-bai-2024-13.xml", "/sitemap-tin-bai-2024-00.xml", "/sitemap-tin-bai-0000-01.xml", "/sitemap-tin-bai-9999-12.xml"):
        assert client.get(bad).status_code == 404


def test_article_sitemap_and_official_and_document_sections_honour_visibility(client, coverage):
    month = f"/sitemap-tin-bai-{timezone.localdate():%Y-%m}.xml"
    text = client.get(month).content.decode() + client.get(
        f"/sitemap-tin-bai-{timezone.localtime(coverage['old'].publish_at):%Y-%m}.xml").content.decode()
    assert coverage["live"].slug in text and coverage["old"].slug in text
    assert not [a for a in coverage["hidden"] if a.slug in text]
    assert f"https://tuyengiao.example.vn{coverage['live'].get_absolute_url()}" in text
    assert coverage["official"].slug in client.get("/sitemap-nhan-vat.xml").content.decode()
    assert coverage["document"].slug in client.get("/sitemap-van-ban.xml").content.decode()
    assert client.get("/sitemap-khong-co.xml").status_code == 404
    assert client.get("/sitemap-tin-bai.xml", {"p": "abc"}).status_code == 404
    # The framework's paged section stays for crawlers that kept its address.
    assert coverage["live"].slug in client.get("/sitemap-tin-bai.xml").content.decode()


def test_news_sitemap_holds_the_last_48_hours_only(client, coverage):
    response = client.get("/sitemap-tin-moi.xml")
    root = ET.fromstring(response.content)
    titles = [node.text for node in root.findall("s:url/n:news/n:title", NS)]
    assert titles == [coverage["live"].title]
    assert root.find("s:url/n:news/n:publication/n:language", NS).text == "vi"
    assert_visibility(response.content.decode(), coverage, expect_old=False)


def test_robots_txt_names_both_sitemaps_and_keeps_search_results_out(client, coverage):
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    text = response.content.decode()
    assert "Sitemap: https://tuyengiao.example.vn/sitemap.xml" in text
    assert "Sitemap: https://tuyengiao.example.vn/sitemap-tin-moi.xml" in text
    assert "Disallow: /tim-kiem/" in text
    assert "quan-tri" not in text  # the admin's address is not advertised


def meta(html, attribute, name):
    match = re.search(rf'<meta {attribute}="{re.escape(name)}" content="([^"]*)"', html)
    return match.group(1) if match else None


def test_article_page_has_canonical_open_graph_and_twitter_tags(client, coverage):
    html = client.get(coverage["live"].get_absolute_url()).content.decode()
    url = f"https://tuyengiao.example.vn{coverage['live'].get_absolute_url()}"
    assert f'<link rel="canonical" href="{url}">' in html
    assert meta(html, "property", "og:type") == "article"
    assert meta(html, "property", "og:title") == coverage["live"].title
    assert meta(html, "property", "og:url") == url
    image = meta(html, "property", "og:image")
    assert image.startswith("https://tuyengiao.example.vn/media/renditions/") and image.endswith(".jpg")
    assert meta(html, "name", "twitter:card") == "summary_large_image"
    assert meta(html, "property", "article:published_time")


def json_ld(html):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert len(blocks) == 1
    return json.loads(blocks[0])


def test_article_page_carries_newsarticle_json_ld(client, coverage):
    data = json_ld(client.get(coverage["live"].get_absolute_url()).content.decode())
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == coverage["live"].title
    assert data["author"] == [{"@type": "Person", "name": "Minh Anh"}]
    assert data["publisher"]["name"] and data["publisher"]["logo"]["url"].endswith(".png")
    assert data["datePublished"].endswith("+07:00") and data["dateModified"]
    assert data["image"][0].startswith("https://tuyengiao.example.vn/media/renditions/")
    assert data["mainEntityOfPage"]["@id"].endswith(coverage["live"].get_absolute_url())
    assert "Kiên Giang" in data["contentLocation"][0]["name"]


def test_json_ld_cannot_be_broken_out_of_by_a_headline(client):
    article = make_article('Tiêu đề </script><script>alert("x")</script> & <!-- chú thích')
    html = client.get(article.get_absolute_url()).content.decode()
    data = json_ld(html)
    assert data["headline"] == article.title
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    assert "<" not in block and ">" not in block and "&" not in block.replace("\\u0026", "")
    assert '<script>alert("x")' not in html


def test_list_pages_have_a_canonical_without_filters_and_feed_links(client, coverage):
    html = client.get("/dia-phuong/kien-giang/", {"topic": "xay-dung-dang", "page": "1"}).content.decode()
    assert '<link rel="canonical" href="https://tuyengiao.example.vn/dia-phuong/kien-giang/">' in html
    assert 'type="application/rss+xml"' in html and "/dia-phuong/kien-giang/rss/" in html


def test_share_links_are_plain_links_and_no_page_loads_another_host(client, coverage):
    html = client.get(coverage["live"].get_absolute_url()).content.decode()
    assert "https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Ftuyengiao.example.vn" in html
    assert "https://twitter.com/intent/tweet?" in html and "mailto:?subject=" in html
    sources = re.findall(r'<(?:script|img|link|source|iframe)[^>]+(?:src|href|srcset)="([^"]+)"', html)
    external = [s for s in sources if s.startswith(("http://", "https://", "//"))
                and not s.startswith("https://tuyengiao.example.vn")]
    assert external == []
    assert "<script>" not in html  # no inline script; only the site's own static file


def test_article_dates_read_like_thu_hai_16_11_2026(client):
    monday = timezone.make_aware(datetime.datetime(2026, 11, 16, 7, 30))
    article = make_article("Tin ngày thứ Hai", publish_at=monday)
    html = client.get(article.get_absolute_url()).content.decode()
    assert "Thứ Hai, 16/11/2026, 07:30" in html
    assert "16/11/2026" in client.get("/tin-tuc/").content.decode()


def test_the_province_filter_lists_the_34_current_units_first_then_former_ones_grouped(client):
    html = client.get("/tin-tuc/").content.decode()
    select = re.search(r'<select name="province".*?</select>', html, re.S).group(0)
    groups = re.findall(r'<optgroup label="([^"]+)">(.*?)</optgroup>', select, re.S)
    assert [label for label, _ in groups] == ["Đơn vị hành chính hiện nay", "Đơn vị trước ngày 1/7/2025"]
    current, former = (re.findall(r"<option ", options) for _, options in groups)
    assert len(current) == 34 and len(former) > 30
    assert "Kiên Giang (đến 30/06/2025)" in groups[1][1] and "Kiên Giang" not in groups[0][1]
