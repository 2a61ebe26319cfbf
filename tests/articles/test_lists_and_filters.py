import datetime

import pytest
from django.utils import timezone

from tests.factories import make_article, make_official

pytestmark = pytest.mark.django_db


def at(day, month, year, hour=9):
    return timezone.make_aware(datetime.datetime(year, month, day, hour))


@pytest.fixture
def coverage():
    official = make_official("Lê Thị Hạnh", title="Phó Bí thư Thường trực Tỉnh ủy")
    return {
        "kg_party": make_article("Kiên Giang xây dựng Đảng", publish_at=at(10, 3, 2024),
                                 provinces=["kien-giang"], topics=["xay-dung-dang"], officials=[official]),
        "kg_sea": make_article("Kiên Giang tuyên truyền biển đảo", publish_at=at(20, 4, 2024),
                               provinces=["kien-giang"], topics=["bien-dao"]),
        "dn_party": make_article("Đà Nẵng xây dựng Đảng", publish_at=at(5, 8, 2025),
                                 provinces=["da-nang"], topics=["xay-dung-dang"], officials=[official]),
        "official": official,
    }


def titles(response):
    return {a.title for a in response.context["articles"]}


def test_filters_combine_province_and_topic(client, coverage):
    response = client.get("/tin-tuc/", {"province": "kien-giang", "topic": "xay-dung-dang"})
    assert titles(response) == {"Kiên Giang xây dựng Đảng"}


def test_official_and_date_range_filters_narrow(client, coverage):
    response = client.get("/tin-tuc/", {"official": coverage["official"].slug, "from": "01/01/2025"})
    assert titles(response) == {"Đà Nẵng xây dựng Đảng"}
    response = client.get("/tin-tuc/", {"from": "01/04/2024", "to": "20/04/2024"})
    assert titles(response) == {"Kiên Giang tuyên truyền biển đảo"}


def test_date_filter_uses_vietnam_days(client, coverage):
    # 00:30 on 21/04/2024 in Vietnam is still 20/04 in UTC; it belongs to the 21st.
    make_article("Tin lúc nửa đêm", publish_at=at(21, 4, 2024, hour=0).replace(minute=30))
    response = client.get("/tin-tuc/", {"from": "21/04/2024", "to": "21/04/2024"})
    assert titles(response) == {"Tin lúc nửa đêm"}


def test_active_filters_show_as_removable_chips(client, coverage):
    html = client.get("/tin-tuc/", {"province": "kien-giang", "topic": "bien-dao"}).content.decode()
    assert "Kiên Giang" in html and 'href="?topic=bien-dao"' in html and 'href="?province=kien-giang"' in html


@pytest.mark.parametrize("params", [
    {"province": "khong-ton-tai"}, {"topic": "<script>"}, {"official": "x" * 5000},
    {"from": "31/02/2024"}, {"from": "16/11/2023", "to": "01/01/2023"}, {"to": "hôm qua"}, {"from": "01/01/0001"},
])
def test_bad_filter_values_get_a_clear_vietnamese_message_not_a_500(client, coverage, params):
    response = client.get("/tin-tuc/", params)
    assert response.status_code == 400
    html = response.content.decode()
    assert "role=\"alert\"" in html
    # Only the message: the list goes on without the refused filter, never "no news" for a typing mistake.
    assert "Chưa có tin bài nào phù hợp" not in html
    if len(params) == 1:
        assert titles(response) == titles(client.get("/tin-tuc/"))


@pytest.mark.parametrize("page", ["abc", "0", "-1", "999999", "9" * 40, "1.5"])
def test_bad_page_numbers_fall_back_to_the_first_page(client, coverage, page):
    response = client.get("/tin-tuc/", {"page": page})
    assert response.status_code == 200
    assert "Trang không tồn tại" in response.content.decode()


def test_pagination_keeps_the_filters(client, coverage, settings):
    for n in range(25):
        make_article(f"Tin Kiên Giang số {n}", publish_at=at(1, 1, 2024), provinces=["kien-giang"])
    html = client.get("/tin-tuc/", {"province": "kien-giang"}).content.decode()
    assert "?province=kien-giang&amp;page=2" in html


def test_unknown_slugs_on_detail_pages_are_404(client):
    for url in ["/dia-phuong/khong-co/", "/chu-de/khong-co/", "/nhan-vat/khong-co/", "/tin-tuc/khong-co/"]:
        response = client.get(url)
        assert response.status_code == 404
        assert "Không tìm thấy trang" in response.content.decode()


def test_former_province_page_is_labelled_and_links_to_its_successor(client, coverage):
    html = client.get("/dia-phuong/kien-giang/").content.decode()
    assert "(đến 30/6/2025)" in html
    assert 'href="/dia-phuong/an-giang/"' in html


def test_successor_page_offers_its_predecessors_coverage_in_one_click(client, coverage):
    response = client.get("/dia-phuong/an-giang/")
    assert titles(response) == set()
    assert "?include_former=1" in response.content.decode()
    response = client.get("/dia-phuong/an-giang/", {"include_former": "1"})
    assert titles(response) == {"Kiên Giang xây dựng Đảng", "Kiên Giang tuyên truyền biển đảo"}


def test_official_page_shows_current_titles(client, coverage):
    html = client.get(coverage["official"].get_absolute_url()).content.decode()
    assert "Phó Bí thư Thường trực Tỉnh ủy" in html


def test_healthz_answers_when_the_database_answers(client):
    response = client.get("/healthz")
    assert response.status_code == 200 and response.json()["database"] == "ok"
