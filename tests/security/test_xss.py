"""No payload from the corpus reaches a page unescaped, whichever way it came in.

Payloads enter through the editor's admin form (title, lead, body, byline, source, photo caption, credit and
alternative text; an official's name and biography) and through the importer. They are then published by a
moderator, and every public page and every admin page reachable by links is audited for live markup.
"""

import json

import pytest
from django.core.management import call_command
from django.urls import reverse

from articles.models import Article, Status
from tests.factories import province, topic
from tests.security.helpers import crawl, form_data, live_markup
from tests.security.xss_payloads import PAYLOADS

pytestmark = pytest.mark.django_db


def publish(article, *, editor, moderator):
    """Through the workflow services: the same path a moderator's click takes."""
    from workflow.services import article_approve, article_submit

    if article.status != Status.SUBMITTED:
        article = article_submit(article=article, actor=editor)
    return article_approve(article=article, actor=moderator)


def post_payload_articles(client):
    url = reverse("admin:articles_article_add")
    blank = form_data(client.get(url).content.decode(), "article_form")
    kien_giang, party = str(province("kien-giang").pk), str(topic("xay-dung-dang").pk)
    for number, payload in enumerate(PAYLOADS):
        data = {
            **blank,
            "title": [f"Bài thử {number}: {payload}"[:300]], "lead": [payload], "body": [payload],
            "byline": [payload[:200]], "source": [payload[:200]],
            "provinces": [kien_giang], "topics": [party],
            "photos-TOTAL_FORMS": ["1"], "photos-0-caption": [payload], "photos-0-credit": [payload[:200]],
            "photos-0-alt_text": [payload], "photos-0-position": ["0"],
        }
        response = client.post(url, data)
        assert response.status_code == 302, (payload, response.content.decode()[:3000])


def post_payload_officials(client):
    url = reverse("admin:people_official_add")
    blank = form_data(client.get(url).content.decode(), "official_form")
    for payload in PAYLOADS:
        response = client.post(url, {**blank, "full_name": [payload[:200]], "biography": [payload]})
        assert response.status_code == 302, (payload, response.content.decode()[:3000])


def audit(pages):
    problems = {}
    for url, response in pages.items():
        assert response.status_code < 500, url
        if response.status_code == 200 and "html" in response.get("Content-Type", ""):
            found = live_markup(response.content.decode())
            if found:
                problems[url] = found
    return problems


def _public(url):
    return not url.startswith(("/quan-tri/", "/i18n/", "/media/", "/static/"))


def test_payloads_typed_in_the_admin_form_never_reach_a_page_unescaped(client, editor, moderator, administrator):
    client.force_login(editor)
    post_payload_articles(client)
    post_payload_officials(client)
    articles = list(Article.objects.order_by("pk"))
    assert len(articles) == len(PAYLOADS)
    assert any("<script" in a.title for a in articles), "titles are kept as typed (and escaped when shown)"
    assert [a.body for a in articles if live_markup(a.body)] == [], "bodies are stored sanitised"
    for article in articles:
        publish(article, editor=editor, moderator=moderator)
    assert Article.objects.published().count() == len(PAYLOADS)

    client.logout()
    start = ["/", reverse("articles:list")] + [a.get_absolute_url() for a in articles]
    public = crawl(client, start, follow=_public, limit=400)
    assert sum(1 for r in public.values() if r.status_code == 200) > len(PAYLOADS)
    assert audit(public) == {}

    client.force_login(administrator)
    admin_start = [reverse("admin:index"), reverse("admin:articles_article_changelist")] + [
        reverse("admin:articles_article_change", args=[a.pk]) for a in articles
    ]
    admin_pages = crawl(
        client, admin_start, limit=500,
        follow=lambda url: url.startswith("/quan-tri/") and "logout" not in url and "delete" not in url,
    )
    assert audit(admin_pages) == {}


@pytest.mark.parametrize("path", ["/tim-kiem/", "/tin-tuc/", "/"])
def test_payloads_in_query_strings_are_never_reflected_unescaped(client, path):
    for payload in PAYLOADS:
        response = client.get(path, {"q": payload, "tinh": payload, "chu-de": payload, "tu-ngay": payload,
                                     "page": payload})
        assert response.status_code < 500, payload
        assert live_markup(response.content.decode()) == [], payload


def test_payloads_in_imported_files_never_reach_a_page_unescaped(client, tmp_path, editor, moderator):
    """Both importer formats: plain text in the newsroom's layout, and the JSON Lines export (HTML bodies)."""
    source = tmp_path / "bai"
    source.mkdir()
    records = []
    for number, payload in enumerate(PAYLOADS):
        text = (
            f"Tiêu đề nhập số {number} {payload}\n\nNgày 16/11, tại tỉnh Kiên Giang {payload}.\n\n{payload}\n\n"
            f"Đoạn văn bình thường về công tác xây dựng Đảng, kết thúc bằng {payload}\n"
        )
        (source / f"bai-{number:03d}.txt").write_text(text, encoding="utf-8")
        records.append({
            "title": f"Bản ghi JSON số {number} {payload}", "lead": payload, "body": f"<p>{payload}</p>{payload}",
            "byline": payload[:200], "source": payload[:200], "status": "draft",
            "provinces": [{"slug": "kien-giang", "name": "Kiên Giang"}],
            "topics": [{"slug": "xay-dung-dang", "name": "Xây dựng Đảng"}],
            "photos": [{"caption": payload, "credit": payload[:200], "alt_text": payload, "position": 0}],
        })
    (source / "xuat.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records), encoding="utf-8")
    call_command("import_articles", str(source), "--source", "Ban Tuyên giáo Tỉnh ủy", verbosity=0)
    imported = list(Article.objects.order_by("pk"))
    assert len(imported) == 2 * len(PAYLOADS)
    assert all(a.status in (Status.DRAFT, Status.SUBMITTED) for a in imported), "the importer never publishes"
    assert [a.body for a in imported if live_markup(a.body)] == [], "bodies are stored sanitised"
    for article in imported:
        publish(article, editor=editor, moderator=moderator)
    pages = crawl(client, [a.get_absolute_url() for a in imported] + ["/", reverse("articles:list")],
                  follow=_public, limit=2 * len(PAYLOADS) + 60)
    assert sum(1 for r in pages.values() if r.status_code == 200) >= 2 * len(PAYLOADS)
    assert audit(pages) == {}
