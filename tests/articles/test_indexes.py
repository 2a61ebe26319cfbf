"""The ways in: the province index and its map, the topic index, the feeds page, the header menu, the province
page's map position, the article's side column, and English weekdays."""

import datetime
import re

import pytest
from django.utils import timezone, translation

from articles.models import Status
from core.templatetags.newsroom import vn_day
from places.map import coverage_level, level_bounds, outlines
from tests.factories import make_article, make_photo, make_topic, province, topic

pytestmark = pytest.mark.django_db

BUDGET = 10


def days_ago(n):
    return timezone.now() - datetime.timedelta(days=n)


def unit_link(html, slug):
    match = re.search(rf'<a href="/dia-phuong/{slug}/" class="unit (level-\d)" data-unit="{slug}"', html)
    assert match, f"{slug} is not a link on the map"
    return match.group(1)


def test_the_map_draws_the_34_current_units_each_a_link_to_its_page(client):
    html = client.get("/dia-phuong/").content.decode()
    assert len(outlines()["units"]) == 34
    assert html.count('<a href="/dia-phuong/') >= 34 * 2  # on the map and in the list
    for slug in ("ha-noi", "an-giang", "tuyen-quang", "ho-chi-minh", "khanh-hoa"):
        unit_link(html, slug)
    # A former unit has no shape of its own: it is listed under its successor.
    assert 'data-unit="kien-giang"' not in html
    list_part = html.split('id="danh-sach-tinh"')[1]
    an_giang = list_part.split('href="/dia-phuong/an-giang/"')[1].split("</li>")[0]
    assert 'href="/dia-phuong/kien-giang/"' in an_giang
    # Each unit tells a screen reader its name and its count; the archipelagos are drawn with their units.
    assert "<title>Thành phố Hà Nội: 0 tin bài, 30 ngày qua</title>" in html
    assert html.count('class="island"') == 11


def test_the_map_is_coloured_by_published_coverage_in_the_chosen_period(client):
    for n in range(4):
        make_article(f"Tin Hà Nội {n}", provinces=["ha-noi"], publish_at=days_ago(2))
    make_article("Tin Kiên Giang cũ", provinces=["kien-giang"], publish_at=days_ago(200))
    make_article("Bản nháp An Giang", provinces=["an-giang"], status=Status.DRAFT, publish_at=days_ago(1))
    make_article("Hẹn giờ An Giang", provinces=["an-giang"], publish_at=timezone.now() + datetime.timedelta(days=1))
    html = client.get("/dia-phuong/").content.decode()
    assert unit_link(html, "ha-noi") == "level-4"
    assert unit_link(html, "an-giang") == "level-0"  # drafts and scheduled articles are not coverage
    html = client.get("/dia-phuong/?period=12-thang").content.decode()
    # Kiên Giang's article counts for An Giang, its successor.
    assert unit_link(html, "an-giang") == "level-1"
    assert '<option value="12-thang" selected>' in html
    # An unknown period falls back to the default rather than failing.
    response = client.get("/dia-phuong/?period=mai-mai")
    assert response.status_code == 200
    assert '<option value="30-ngay" selected>' in response.content.decode()


def test_coverage_levels_and_legend_cover_every_count():
    assert coverage_level(0, 10) == 0
    assert [coverage_level(n, 8) for n in (1, 2, 3, 4, 5, 8)] == [1, 1, 2, 2, 3, 4]
    assert level_bounds(8) == [(1, 1, 2), (2, 3, 4), (3, 5, 6), (4, 7, 8)]
    assert level_bounds(2) == [(2, 1, 1), (4, 2, 2)]
    assert all(coverage_level(n, 2) in {2, 4} for n in (1, 2))


def test_an_article_filed_under_two_former_units_of_one_successor_counts_once(client):
    make_article("Hà Nam và Nam Định", provinces=["ha-nam", "nam-dinh"], publish_at=days_ago(1))
    make_article("Ninh Bình", provinces=["ninh-binh-truoc-2025"], publish_at=days_ago(1))
    html = client.get("/dia-phuong/").content.decode()
    assert "<title>Tỉnh Ninh Bình: 2 tin bài, 30 ngày qua</title>" in html


def test_the_topic_index_counts_a_topic_with_its_sub_topics_once(client):
    party = topic("xay-dung-dang")
    child = make_topic("Chỉnh đốn Đảng (thử)", parent=party)
    make_article("Cha và con", topics=[party, child])
    make_article("Chỉ con", topics=[child])
    make_article("Bản nháp", topics=[party], status=Status.DRAFT)
    response = client.get("/chu-de/")
    html = response.content.decode().split('<ul class="topic-index">')[1]
    block = html.split(f'href="{party.get_absolute_url()}"')[1].split("</li>\n</ul>")[0]
    assert '<span class="count">2 tin bài</span>' in block.split("</h2>")[0]
    assert f'href="{child.get_absolute_url()}">{child.name}</a> <span class="count">2 tin bài</span>' in block


def test_the_feeds_page_lists_every_feed_in_readable_form(client):
    html = client.get("/kenh-rss/").content.decode()
    assert 'href="/rss/"' in html
    assert 'href="/chu-de/xay-dung-dang/rss/"' in html
    assert 'href="/dia-phuong/an-giang/rss/">Tỉnh An Giang</a>' in html
    assert "http://127.0.0.1:8000/rss/" in html


@pytest.mark.parametrize("url", ["/dia-phuong/", "/dia-phuong/?period=tat-ca", "/chu-de/", "/kenh-rss/"])
def test_index_pages_stay_within_the_query_budget(client, url, django_assert_max_num_queries):
    for n in range(12):
        make_article(f"Tin {n}", provinces=["ha-noi", "kien-giang"], topics=["xay-dung-dang", "kinh-te"],
                     publish_at=days_ago(n))
    with django_assert_max_num_queries(5):
        assert client.get(url).status_code == 200


def test_every_page_offers_the_menu_topics_submissions_and_the_language_switch(client):
    html = client.get("/tin-tuc/").content.decode()
    header, _, rest = html.partition("</header>")
    footer = rest.partition('<footer class="site-footer">')[2]
    assert 'href="/dia-phuong/"' in header and 'href="/chu-de/"' in header
    assert 'href="/chu-de/xay-dung-dang/">Xây dựng Đảng</a>' in header
    assert 'href="/gui-tin-bai/">Gửi tin bài</a>' in header and 'href="/gui-tin-bai/">Gửi tin bài</a>' in footer
    assert 'id="ngon-ngu"' in header
    assert 'href="/kenh-rss/"' in footer


def test_a_renamed_menu_topic_shows_at_once(client):
    client.get("/")
    party = topic("xay-dung-dang")
    party.name = "Xây dựng, chỉnh đốn Đảng"
    party.save()
    assert "Xây dựng, chỉnh đốn Đảng</a>" in client.get("/").content.decode().partition("</header>")[0]


def test_a_province_page_shows_its_position_and_filters_within_the_province(client):
    make_article("Tin An Giang", provinces=["an-giang"])
    html = client.get("/dia-phuong/an-giang/").content.decode()
    assert 'class="vn-map vn-map-position"' in html and 'class="unit is-here"' in html
    assert 'name="province"' not in html and 'name="include_former"' not in html
    assert 'name="topic"' in html
    assert 'href="/dia-phuong/kien-giang/">Kiên Giang</a>' in html
    # A former unit shows where it lies: within its successor.
    assert 'aria-label="Vị trí của Tỉnh An Giang trên bản đồ Việt Nam"' in client.get("/dia-phuong/kien-giang/").content.decode()


def test_a_refused_filter_shows_the_error_and_the_list_not_no_news(client):
    make_article("Tin An Giang", provinces=["an-giang"])
    response = client.get("/dia-phuong/an-giang/?from=99/99/2024")
    html = response.content.decode()
    assert response.status_code == 400
    assert 'aria-invalid="true"' in html
    assert "Chưa có tin bài nào phù hợp" not in html
    assert "Tin An Giang" in html


def test_the_article_page_has_a_side_column_of_latest_same_province_and_same_topic(client, django_assert_max_num_queries):
    main = make_article("Bài chính", provinces=["kien-giang"], topics=["xay-dung-dang"], publish_at=days_ago(3))
    make_photo(main, is_featured=True)
    same_place = make_article("Cùng Kiên Giang", provinces=["kien-giang"], publish_at=days_ago(5))
    same_topic = make_article("Cùng chủ đề", provinces=["ha-noi"], topics=["xay-dung-dang"], publish_at=days_ago(6))
    related = make_article("Cùng cả hai", provinces=["kien-giang"], topics=["xay-dung-dang"], publish_at=days_ago(9))
    make_photo(related, is_featured=True)
    newest = make_article("Tin mới nhất khác", provinces=["ha-noi"], publish_at=days_ago(1))
    make_article("Bản nháp Kiên Giang", provinces=["kien-giang"], topics=["xay-dung-dang"], status=Status.DRAFT)
    with django_assert_max_num_queries(BUDGET):
        response = client.get(main.get_absolute_url())
    neighbours = response.context["neighbours"]
    assert [a.title for a in neighbours.same_province] == [same_place.title, related.title]
    assert [a.title for a in neighbours.same_topic] == [same_topic.title]
    assert [a.title for a in neighbours.latest] == [newest.title]
    assert [a.title for a in response.context["related"]][0] == related.title
    html = response.content.decode()
    side = html.split('class="side-column"')[1].split("</aside>")[0]
    assert "Bản nháp" not in side and "Bài chính" not in side
    assert 'href="/dia-phuong/kien-giang/">Thêm tin Kiên Giang →</a>' in side
    # Related cards keep their pictures though they come from the same single query.
    related_part = html.split('id="lien-quan"')[1]
    assert "<picture" in related_part


def test_weekdays_follow_the_interface_language():
    moment = timezone.make_aware(datetime.datetime(2026, 11, 19, 9, 0))
    assert vn_day(moment) == "Thứ Năm, 19/11/2026"
    with translation.override("en"):
        assert vn_day(moment) == "Thursday, 19/11/2026"


def test_the_share_sheet_button_and_copy_link_carry_the_absolute_address(client):
    article = make_article("Bài chia sẻ")
    html = client.get(article.get_absolute_url()).content.decode()
    assert f'data-share-url="http://127.0.0.1:8000{article.get_absolute_url()}"' in html
    assert "data-share-wrapper hidden" in html  # shown by reader.js only where the browser has a share sheet


def test_the_map_position_of_every_current_unit_exists():
    from places.models import Province

    slugs = set(Province.objects.current().values_list("slug", flat=True))
    assert slugs == set(outlines()["units"])
    assert province("kien-giang").successor.slug in slugs
