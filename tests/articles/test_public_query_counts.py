"""Every public page of the readers' site stays within 10 SQL queries, whatever the page size."""

import datetime

import pytest
from django.utils import timezone

from articles.models import Topic
from tests.factories import make_article, make_document, make_official, make_photo

pytestmark = pytest.mark.django_db

BUDGET = 10


@pytest.fixture
def newsroom():
    official = make_official("Lại Xuân Môn", title="Phó Trưởng ban Thường trực", organisation="Ban Tuyên giáo Trung ương")
    document = make_document("21-KL/TW")
    topics = [t.slug for t in Topic.objects.main()]
    articles = []
    for n in range(30):
        article = make_article(
            f"Kiên Giang xây dựng Đảng, tin số {n}",
            lead="Đảng bộ tỉnh Kiên Giang triển khai Kết luận 21-KL/TW.",
            body="<p>Đồng chí Lại Xuân Môn dự và phát biểu.</p>",
            publish_at=timezone.now() - datetime.timedelta(hours=n + 1),
            provinces=["kien-giang", "an-giang"], topics=[topics[n % len(topics)], "xay-dung-dang"],
            officials=[(official, "Phó Trưởng ban Thường trực Ban Tuyên giáo Trung ương")],
        )
        article.documents.add(document)
        make_photo(article, "Quang cảnh hội nghị.", is_featured=True)
        make_photo(article, "Đại biểu phát biểu.", position=1)
        articles.append(article)
    return {"articles": articles, "official": official, "document": document}


@pytest.mark.parametrize("url", [
    "/", "/tin-tuc/", "/tin-tuc/?province=an-giang&include_former=1&topic=xay-dung-dang&from=01/01/2020&to=31/12/2030",
    "/tin-tuc/?page=2", "/dia-phuong/kien-giang/", "/dia-phuong/an-giang/?include_former=1", "/chu-de/xay-dung-dang/",
    "/tim-kiem/?q=kien+giang", "/tim-kiem/?q=dang+bo&province=kien-giang&topic=xay-dung-dang",
    "/tim-kiem/?q=lai+xuan+mon", "/tim-kiem/?q=21-KL/TW", "/tim-kiem/?q=xay+dung+dang+lai+xuan+mon",
    "/rss/", "/dia-phuong/kien-giang/rss/", "/chu-de/xay-dung-dang/rss/", "/sitemap.xml", "/sitemap-tin-bai.xml", "/sitemap-tin-bai-2024-03.xml",
    "/sitemap-tin-moi.xml",
])
def test_public_pages_stay_within_the_query_budget(client, newsroom, url, django_assert_max_num_queries):
    with django_assert_max_num_queries(BUDGET):
        response = client.get(url)
    assert response.status_code == 200


def test_article_official_and_document_pages_stay_within_the_query_budget(client, newsroom,
                                                                         django_assert_max_num_queries):
    for url in [newsroom["articles"][3].get_absolute_url(), newsroom["official"].get_absolute_url(),
                newsroom["document"].get_absolute_url()]:
        with django_assert_max_num_queries(BUDGET):
            response = client.get(url)
        assert response.status_code == 200
    # The official's page gives, on each card, the title as printed in that article.
    assert response.content.decode().count('class="meta printed-title"') == 0
    html = client.get(newsroom["official"].get_absolute_url()).content.decode()
    assert html.count('class="meta printed-title"') == 20


def test_home_shows_sections_in_one_pass(client, newsroom):
    response = client.get("/")
    assert len(response.context["latest"]) == 7
    sections = dict(response.context["sections"])
    assert all(1 <= len(articles) <= 4 for articles in sections.values())
    party = next(topic for topic in sections if topic.slug == "xay-dung-dang")
    assert [a.title for a in sections[party]] == [a.title for a in newsroom["articles"][:4]]


def test_a_home_section_includes_its_sub_topics_newest_first(client):
    from tests.factories import make_topic, topic

    party = topic("xay-dung-dang")
    child = make_topic("Chỉnh đốn Đảng (thử)", parent=party)
    older = make_article("Tin chủ đề chính", topics=[party], publish_at=timezone.now() - datetime.timedelta(hours=5))
    newer = make_article("Tin chủ đề con", topics=[child], publish_at=timezone.now() - datetime.timedelta(hours=1))
    make_article("Tin chủ đề khác", topics=["kinh-te"], publish_at=timezone.now() - datetime.timedelta(minutes=5))
    sections = dict(client.get("/").context["sections"])
    assert [a.title for a in sections[party]] == [newer.title, older.title]
    assert child not in sections  # sub-topics are not sections of their own
