"""An article page is rendered once per change of what it shows (articles/article_cache.py): a visit in between
reads the article's row and kept HTML, and every change a reader could see (an edit, a withdrawal, a correction,
a photo, a renamed place, topic, official or document, a rendition made) shows at the very next visit."""

import datetime

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from articles import article_cache
from articles.models import Status
from core.cache import purge_cache_tags
from tests.factories import make_article, make_document, make_official, make_photo, make_user, province, topic
from tests.workflow.conftest import snapshot_of
from workflow import services

pytestmark = pytest.mark.django_db

BUDGET = 10


@pytest.fixture(autouse=True)
def _no_page_cache(settings):
    """The whole-page cache off, as in the benchmark's in-process timing: each visit reaches the view."""
    settings.PUBLIC_CACHE_SECONDS = 0


@pytest.fixture
def renders(monkeypatch):
    """How many times each part template was rendered."""
    counts = {article_cache.PARTS_TEMPLATE: 0, article_cache.SIDE_TEMPLATE: 0}
    original = article_cache.render_blocks

    def counting(name, values):
        counts[name] += 1
        return original(name, values)

    monkeypatch.setattr(article_cache, "render_blocks", counting)
    return counts


@pytest.fixture
def article():
    official = make_official("Lại Xuân Môn")
    item = make_article(
        "Kiên Giang tổng kết công tác tuyên giáo", lead="Sa-pô hội nghị tổng kết.",
        body="<p>Đồng chí Lại Xuân Môn dự và phát biểu.</p>", provinces=["kien-giang"], topics=["xay-dung-dang"],
        officials=[(official, "Phó Trưởng ban Thường trực")], publish_at=timezone.now() - datetime.timedelta(days=1),
    )
    item.documents.add(make_document("21-KL/TW", title="Kết luận về công tác xây dựng Đảng"))
    make_photo(item, "Quang cảnh hội nghị.", is_featured=True)
    make_photo(item, "Đại biểu phát biểu.", position=1)
    make_article("Tin Kiên Giang khác", provinces=["kien-giang"], topics=["xay-dung-dang"],
                 publish_at=timezone.now() - datetime.timedelta(days=2))
    return item


def page(client, article):
    response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    return response.content.decode()


def test_a_second_visit_is_one_query_and_renders_nothing_again(client, article, renders,
                                                               django_assert_max_num_queries,
                                                               django_assert_num_queries):
    with django_assert_max_num_queries(BUDGET):
        first = page(client, article)
    assert renders == {article_cache.PARTS_TEMPLATE: 1, article_cache.SIDE_TEMPLATE: 1}
    with django_assert_num_queries(1):  # is the article public now, and its last change
        second = page(client, article)
    assert second == first
    assert renders == {article_cache.PARTS_TEMPLATE: 1, article_cache.SIDE_TEMPLATE: 1}
    # Everything the page shows is in it.
    for text in ["Kiên Giang tổng kết công tác tuyên giáo", "Đồng chí Lại Xuân Môn dự", "Phó Trưởng ban Thường trực",
                 "Kết luận về công tác xây dựng Đảng", "Quang cảnh hội nghị.", "Đại biểu phát biểu.", "<picture",
                 '"@type":"NewsArticle"', "Tin Kiên Giang khác", 'property="og:title"']:
        assert text in second, text


def test_a_new_article_elsewhere_renders_the_side_column_again_not_the_article(client, article, renders):
    page(client, article)
    newest = make_article("Tin vừa đăng ở Hà Nội", provinces=["ha-noi"])
    html = page(client, article)
    side = html.split('class="side-column"')[1].split("</aside>")[0]
    assert newest.title in side
    assert renders == {article_cache.PARTS_TEMPLATE: 1, article_cache.SIDE_TEMPLATE: 2}


def test_an_edit_shows_at_the_next_visit(client, article):
    page(client, article)
    article.title = "Kiên Giang sơ kết công tác tuyên giáo"
    article.body = "<p>Nội dung đã sửa.</p>"
    article.save()
    html = page(client, article)
    assert "Kiên Giang sơ kết công tác tuyên giáo" in html and "Nội dung đã sửa." in html
    assert "tổng kết công tác" not in html


def test_a_withdrawn_article_is_gone_at_once(client, article):
    page(client, article)
    services.article_withdraw(article=article, actor=make_user(role="moderator"), reason="Sai thông tin.")
    assert client.get(article.get_absolute_url()).status_code == 404


def test_a_correction_shows_at_the_next_visit(client, article):
    page(client, article)
    editor, moderator = make_user(role="editor"), make_user(role="moderator")
    revision = services.article_save_draft(
        article=article, actor=editor, content=dict(snapshot_of(article), title="Kiên Giang tổng kết (đã đính chính)"),
    )
    services.revision_approve_pending(revision=revision, actor=moderator, is_correction=True,
                                      correction_note="Sửa lại chức danh đại biểu.")
    html = page(client, article)
    assert "Kiên Giang tổng kết (đã đính chính)" in html
    assert "Sửa lại chức danh đại biểu." in html and '"@type":"CorrectionComment"' in html


def test_a_renamed_province_topic_official_or_document_shows_at_the_next_visit(client, article):
    page(client, article)
    place = province("kien-giang")
    place.name = "Kiên Giang (mới)"
    place.save()
    assert "Kiên Giang (mới)" in page(client, article)
    subject = topic("xay-dung-dang")
    subject.name = "Xây dựng Đảng (mới)"
    subject.save()
    assert "Xây dựng Đảng (mới)" in page(client, article)
    official = article.mentions.get().official
    official.full_name = "Lại Xuân Môn (mới)"
    official.save()
    assert "Lại Xuân Môn (mới)" in page(client, article)
    mention = article.mentions.get()
    mention.title_as_printed = "Trưởng ban"
    mention.save()
    assert "Trưởng ban</span>" in page(client, article)
    document = article.documents.get()
    document.title = "Kết luận (tên mới)"
    document.save()
    assert "Kết luận (tên mới)" in page(client, article)


def test_a_photo_or_a_link_added_shows_at_the_next_visit(client, article):
    page(client, article)
    make_photo(article, "Ảnh mới thêm.", position=2)
    assert "Ảnh mới thêm." in page(client, article)
    article.provinces.add(province("an-giang"))
    html = page(client, article)
    assert 'href="/dia-phuong/an-giang/"' in html.split('class="article-facts"')[1]


def test_a_photo_whose_renditions_are_not_made_yet_is_not_kept_without_its_picture(client, article, renders,
                                                                                   monkeypatch):
    from renditions.templatetags import renditions as tags

    made = tags.renditions_for
    monkeypatch.setattr(tags, "renditions_for", lambda image: None)
    monkeypatch.setattr(article_cache, "renditions_for", lambda image: None)
    assert "<picture" not in page(client, article.__class__.objects.get(pk=article.pk))
    # The renditions are made (another worker, a command): nothing is purged, yet the next visit shows them.
    monkeypatch.setattr(tags, "renditions_for", made)
    monkeypatch.setattr(article_cache, "renditions_for", made)
    assert "<picture" in page(client, article)
    assert renders[article_cache.PARTS_TEMPLATE] == 2


def test_parts_rendered_while_their_article_changed_are_not_kept(article):
    """A purge between the moment the article is read and the moment its parts would be kept: they are not."""
    started = article_cache.purge_sequence()

    def load():
        purge_cache_tags(f"article:{article.pk}")  # an editor's change, purged while this visit renders
        return article

    article_cache.public_parts(article, started=started, load=load)
    calls = []

    def load_again():
        calls.append(1)
        return article

    article_cache.public_parts(article, started=article_cache.purge_sequence(), load=load_again)
    assert calls == [1]


def test_each_language_gets_its_own_parts(client, article):
    assert "Nhân vật trong bài" in page(client, article)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    english = page(client, article)
    assert "People in this article" in english and "Nhân vật trong bài" not in english
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "vi"
    assert "Nhân vật trong bài" in page(client, article)


def test_a_preview_neither_reads_nor_fills_the_public_parts(client, article, monkeypatch):
    page(client, article)
    editor = make_user(role="editor")
    services.article_save_draft(article=article, actor=editor, content=dict(snapshot_of(article), title="Bản đề xuất"))

    def refused(*args, **kwargs):
        raise AssertionError("a preview used the public page's caches")

    monkeypatch.setattr("articles.views.public_parts", refused)
    monkeypatch.setattr("articles.views.public_side", refused)
    client.force_login(editor)
    html = client.get(reverse("admin:articles_article_preview", args=[article.pk])).content.decode()
    assert "Bản đề xuất" in html and "Bản xem trước" in html


def test_a_draft_is_never_shown_nor_kept(client, renders):
    draft = make_article("Bản nháp chưa đăng", status=Status.DRAFT)
    assert client.get(draft.get_absolute_url()).status_code == 404
    assert renders == {article_cache.PARTS_TEMPLATE: 0, article_cache.SIDE_TEMPLATE: 0}
