"""Before approving, a moderator sees the open warnings (import notes, officials not yet verified, captions without a
photo, more than four topics, and whatever other apps register); approving with any of them needs a tick."""

import pytest
from django.urls import reverse

from articles.models import Status
from importer.models import ImportRecord, ImportRun
from tests.factories import make_article, make_official, make_photo, make_topic
from workflow import warnings
from workflow.warnings import ApprovalWarning, approval_warnings

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")


def submitted(editor, **kwargs):
    return make_article(status=Status.SUBMITTED, author=editor, last_edited_by=editor, **kwargs)


def kinds(article):
    return [w.kind for w in approval_warnings(article)]


def with_every_warning(editor):
    article = submitted(editor, topics=[make_topic(f"Chủ đề {n}") for n in range(5)],
                        officials=[(make_official("Trần Văn Mới", needs_verification=True), "Phó Bí thư"),
                                   (make_official("Lê Thị Đã Biết"), "Chủ tịch")])
    make_photo(article, "Quang cảnh hội nghị.", with_image=False)
    make_photo(article, "Đại biểu dự hội nghị.")
    run = ImportRun.objects.create(source="thử")
    ImportRecord.objects.create(run=run, path="/tmp/bai.txt", article=article, outcome=ImportRecord.Outcome.CREATED,
                                notes=["Tên “tỉnh Kiên Giang” (cũ) được hiểu là tỉnh An Giang.", {"revisions": []}])
    return article


def test_a_clean_article_has_no_warnings(editor):
    article = submitted(editor, topics=[make_topic() for _ in range(4)], officials=[make_official()])
    make_photo(article)
    assert approval_warnings(article) == []


def test_each_kind_of_open_warning_is_listed_with_what_it_is_about(editor):
    article = with_every_warning(editor)
    found = {w.kind: w for w in approval_warnings(article)}
    assert set(found) == {"unverified_officials", "captions_without_photo", "too_many_topics", "import_notes"}
    assert found["unverified_officials"].items == ("Trần Văn Mới",)
    assert found["captions_without_photo"].items == ("Quang cảnh hội nghị.",)
    assert "5 chủ đề" in found["too_many_topics"].message and len(found["too_many_topics"].items) == 5
    assert found["import_notes"].items == ("Tên “tỉnh Kiên Giang” (cũ) được hiểu là tỉnh An Giang.",)


def test_handled_import_notes_are_no_longer_a_warning(editor, moderator):
    from importer.admin_import.notes import import_notes_mark_handled

    article = with_every_warning(editor)
    assert import_notes_mark_handled(article=article, actor=moderator) == 1
    assert "import_notes" not in kinds(article)


def test_an_app_registers_its_own_warnings_and_a_broken_one_hides_nothing(editor):
    article = submitted(editor)

    def titles_differ(article):
        yield ApprovalWarning("titles", "Chức danh trong “Nhân vật trong bài” khác với trong bài.", ("Nguyễn Văn A",))

    def broken(article):
        raise RuntimeError("hỏng")

    warnings.register(titles_differ)
    warnings.register(titles_differ)
    warnings.register(broken)
    try:
        assert kinds(article) == ["titles", "error"]
    finally:
        warnings.unregister(titles_differ)
        warnings.unregister(broken)
    assert kinds(article) == []


def test_the_approve_page_lists_the_warnings_and_asks_for_a_tick(client, editor, moderator):
    article = with_every_warning(editor)
    url = reverse("admin:articles_article_action", args=[article.pk, "approve"])
    client.force_login(moderator)
    text = client.get(url).content.decode()
    assert "Trước khi duyệt: 4 cảnh báo chưa xử lý" in text
    for expected in ("Trần Văn Mới", "Quang cảnh hội nghị.", "Bài gắn 5 chủ đề", "tỉnh An Giang",
                     "Tôi đã xem các cảnh báo trên và vẫn duyệt bài"):
        assert expected in text
    assert text.index("Trước khi duyệt") < text.index('name="confirm_warnings"')

    response = client.post(url, {"comment": ""})
    assert response.status_code == 400
    assert "Bài còn cảnh báo chưa xử lý" in response.content.decode()
    article.refresh_from_db()
    assert article.status == Status.SUBMITTED

    response = client.post(url, {"comment": "", "confirm_warnings": "on"})
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.status == Status.PUBLISHED


def test_an_article_without_warnings_is_approved_as_before(client, editor, moderator):
    article = submitted(editor)
    url = reverse("admin:articles_article_action", args=[article.pk, "approve"])
    client.force_login(moderator)
    text = client.get(url).content.decode()
    assert "Trước khi duyệt" not in text and "confirm_warnings" not in text
    assert client.post(url, {"comment": ""}).status_code == 302
    article.refresh_from_db()
    assert article.status == Status.PUBLISHED


def test_the_review_page_from_the_queue_shows_the_warnings_above_the_approve_form(client, editor, moderator):
    article = with_every_warning(editor)
    client.force_login(moderator)
    text = client.get(reverse("admin:articles_article_review", args=[article.pk])).content.decode()
    assert "Trước khi duyệt: 4 cảnh báo chưa xử lý" in text
    assert text.index("Trước khi duyệt") < text.index('name="confirm_warnings"') < text.index("Trả lại để sửa")


def test_a_title_the_corrected_text_contradicts_is_a_warning(editor):
    official = make_official("Nguyễn Văn An")
    article = submitted(editor, body="<p>Phó Chủ tịch UBND tỉnh Nguyễn Văn An dự hội nghị.</p>",
                        officials=[(official, "Chủ tịch UBND tỉnh")])
    found = {w.kind: w for w in approval_warnings(article)}
    assert set(found) == {"titles_out_of_step"}
    assert "Nguyễn Văn An" in found["titles_out_of_step"].items[0]
