"""Imports from the admin: the upload page, the run's progress and report, bad files refused with nothing stored,
who may import, and the notes at the top of each imported article until a moderator has handled them."""

import io
import json
import os
import zipfile
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from articles.models import Article, Status
from importer.models import ImportRecord, ImportRun
from importer.pipeline.base import MAX_IMPORTED_TOPICS
from importer.recognition.topics import TopicHit
from tests.factories import image_bytes, make_user
from tests.workflow.conftest import make_role_user

from . import word_documents as docs
from .conftest import FIXTURES

pytestmark = pytest.mark.django_db

UPLOAD_URL = reverse("admin:importer_importrun_add")
LIST_URL = reverse("admin:importer_importrun_changelist")
KIEN_GIANG = "kien-giang-cu-an-giang-2026.txt"
CAPTIONED = """Hội nghị tổng kết công tác dân vận năm 2024

Sáng 15/1/2024, Ban Dân vận Tỉnh ủy Nghệ An tổ chức hội nghị tổng kết công tác dân vận năm 2024.

Quang cảnh hội nghị. (Ảnh: Minh Anh)

Hội nghị đánh giá công tác dân vận của hệ thống chính trị có nhiều chuyển biến tích cực.
"""


@pytest.fixture(autouse=True)
def private_media(settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = str(tmp_path / "private")
    settings.MEDIA_ROOT = str(tmp_path / "media")
    return Path(settings.PRIVATE_MEDIA_ROOT)


@pytest.fixture
def editor_client(client):
    editor = make_role_user("editor", "bientap")
    client.force_login(editor)
    client.user = editor
    return client


def stored_files(root):
    return [os.path.join(folder, name) for folder, _dirs, names in os.walk(root) for name in names]


def zip_of(members):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


def upload(client, *files, **fields):
    data = {"files": [SimpleUploadedFile(name, content) for name, content in files], **fields}
    return client.post(UPLOAD_URL, data)


def run_to_the_end(client, run):
    """Poll the step endpoint as the page's script does; return the answers."""
    answers = []
    for _ in range(50):
        response = client.post(reverse("admin:importer_importrun_step", args=[run.pk]), HTTP_ACCEPT="application/json")
        assert response.status_code == 200
        answers.append(response.json())
        if answers[-1]["finished"]:
            return answers
    raise AssertionError("the run never finished")


# --- Uploading and importing -----------------------------------------------------------------------------------


def test_a_zip_of_text_files_is_imported_step_by_step_into_the_queue_with_a_report(
        editor_client, private_media, settings, django_capture_on_commit_callbacks):
    archive = zip_of({
        "bao-cao/kien-giang.txt": (FIXTURES / KIEN_GIANG).read_bytes(),
        "bao-cao/dan-van.txt": CAPTIONED.encode(),
        "bao-cao/dan-van-1.jpg": image_bytes(),
        "__MACOSX/._dan-van.txt": b"\0\0",
        "Thumbs.db": b"\0\1",
    })
    response = upload(editor_client, ("bai-cu.zip", archive), source="Ban Tuyên giáo Tỉnh ủy", year="2026")
    run = ImportRun.objects.get()
    assert response.status_code == 302 and response.url == reverse("admin:importer_importrun_change", args=[run.pk])
    assert run.user == editor_client.user and run.source == "Ban Tuyên giáo Tỉnh ủy" and run.year == 2026
    assert run.files == ["bao-cao/kien-giang.txt", "bao-cao/dan-van.txt"]
    # Waiting in the private folder, never under MEDIA_ROOT.
    assert sorted(Path(p).name for p in stored_files(private_media)) == ["dan-van-1.jpg", "dan-van.txt", "kien-giang.txt"]
    assert not stored_files(settings.MEDIA_ROOT)

    page = editor_client.get(response.url)
    assert page.status_code == 200
    assert "Đang nhập: 0/2 tệp" in page.content.decode()
    assert "importer/import-progress.js" in page.content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        answers = run_to_the_end(editor_client, run)
    last = answers[-1]
    assert last["done"] == last["total"] == 2 and last["counts"]["created"] == 2 and last["counts"]["failed"] == 0
    assert "kien-giang.txt" in last["html"] and "dan-van.txt" in last["html"]
    assert "Tạo mới" in last["html"]

    articles = Article.objects.order_by("pk")
    assert [a.status for a in articles] == [Status.SUBMITTED, Status.SUBMITTED]
    assert {a.source for a in articles} == {"Ban Tuyên giáo Tỉnh ủy"}
    captioned = Article.objects.get(title__startswith="Hội nghị tổng kết công tác dân vận")
    photo = captioned.photos.get()
    assert photo.caption == "Quang cảnh hội nghị." and photo.credit == "Ảnh: Minh Anh" and photo.image
    run.refresh_from_db()
    assert run.finished_at is not None and run.created == 2
    # The articles hold what was imported; the uploaded files go.
    assert not stored_files(private_media)

    # The history names the file as uploaded, never the server's private folder.
    comment = captioned.transitions.get().comment
    assert comment == "Nhập từ tệp tải lên bao-cao/dan-van.txt (nguồn: Ban Tuyên giáo Tỉnh ủy)"
    report = editor_client.get(reverse("admin:importer_importrun_change", args=[run.pk])).content.decode()
    assert "Đã xong: 2/2 tệp." in report
    notes = ImportRecord.objects.get(article__title__startswith="An Giang").notes
    assert notes and all(note in report for note in notes if isinstance(note, str))
    assert reverse("admin:articles_article_change", args=[captioned.pk]) in report


def test_the_page_polls_until_every_file_is_done_a_few_at_a_time(editor_client, monkeypatch):
    from importer.admin_import import runs

    monkeypatch.setattr(runs, "FILES_PER_STEP", 1)
    upload(editor_client, *[(f"bai-{n}.txt", CAPTIONED.replace("dân vận", f"dân vận {n}").encode()) for n in range(3)])
    answers = run_to_the_end(editor_client, ImportRun.objects.get())
    assert [(a["done"], a["total"], a["finished"]) for a in answers] == [(1, 3, False), (2, 3, False), (3, 3, True)]
    assert answers[0]["html"].count("import-badge-created") == 1
    assert answers[-1]["html"].count("import-badge-created") == 3


def test_the_same_files_uploaded_again_are_reported_unchanged(editor_client):
    upload(editor_client, ("dan-van.txt", CAPTIONED.encode()))
    run_to_the_end(editor_client, ImportRun.objects.get())
    upload(editor_client, ("dan-van.txt", CAPTIONED.encode()))
    answers = run_to_the_end(editor_client, ImportRun.objects.first())
    assert answers[-1]["counts"] == {"created": 0, "updated": 0, "unchanged": 1, "failed": 0}
    assert Article.objects.count() == 1


def test_a_word_file_comes_in_with_its_photos_and_captions(editor_client):
    upload(editor_client, ("bao-cao.docx", docs.report()))
    run_to_the_end(editor_client, ImportRun.objects.get())
    article = Article.objects.get()
    assert article.title == docs.HEADLINE and article.status == Status.SUBMITTED
    captions = list(article.photos.order_by("position").values_list("caption", "credit"))
    assert captions[:2] == [(docs.CAPTION_ITALIC, "Ảnh: Minh Anh"), (docs.CAPTION_STYLE, "Ảnh: TTXVN")]
    assert all(photo.image for photo in article.photos.all())


def test_an_export_in_json_lines_is_read_back(editor_client):
    record = {"title": "Tin xuất từ trang cũ", "lead": "Sa-pô của tin.", "body": "<p>Nội dung.</p>"}
    export = (json.dumps(record, ensure_ascii=False) + "\n").encode()
    upload(editor_client, ("tin-bai.jsonl", export))
    answers = run_to_the_end(editor_client, ImportRun.objects.get())
    assert answers[-1]["counts"]["created"] == 1
    assert "tin-bai.jsonl:1" in answers[-1]["html"]
    assert Article.objects.get().title == "Tin xuất từ trang cũ"


def test_a_file_the_importer_cannot_store_is_reported_failed_and_the_run_goes_on(editor_client, monkeypatch):
    from importer.pipeline import importer as pipeline

    def broken(*args, **kwargs):
        raise RuntimeError("hỏng")

    upload(editor_client, ("a.txt", CAPTIONED.encode()), ("b.txt", (FIXTURES / KIEN_GIANG).read_bytes()))
    monkeypatch.setattr(pipeline, "parse_plain_text", broken)
    answers = run_to_the_end(editor_client, ImportRun.objects.get())
    assert answers[-1]["counts"]["failed"] == 2
    assert "Lỗi không mong đợi" in answers[-1]["html"]
    assert not Article.objects.exists()


def test_keyword_topics_are_capped_to_the_best_few_on_import(editor_client, monkeypatch):
    from importer.pipeline import importer as pipeline
    from tests.factories import make_topic

    topics = [make_topic(f"Chủ đề thử {n}") for n in range(6)]
    real = pipeline.recognise_text

    def generous(text, **kwargs):
        recognition = real(text, **kwargs)
        recognition.topics = [TopicHit(t.pk, t.slug, t.name, ("từ khóa",), 10 - n) for n, t in enumerate(topics)]
        return recognition

    monkeypatch.setattr(pipeline, "recognise_text", generous)
    upload(editor_client, ("dan-van.txt", CAPTIONED.encode()))
    run_to_the_end(editor_client, ImportRun.objects.get())
    linked = set(Article.objects.get().topics.values_list("pk", flat=True))
    assert linked == {t.pk for t in topics[:MAX_IMPORTED_TOPICS]}


# --- Bad files: refused with a clear message, nothing stored ---------------------------------------------------


def assert_refused(response, *words, private_media):
    assert response.status_code == 400
    text = response.content.decode()
    assert "Tệp tải lên bị từ chối, không có gì được lưu" in text
    for word in words:
        assert word in text
    assert not ImportRun.objects.exists()
    assert not stored_files(private_media)
    assert not Article.objects.exists()


def test_a_renamed_text_is_not_a_word_file(editor_client, private_media):
    response = upload(editor_client, ("gia.docx", "Chỉ là văn bản đổi tên.".encode()))
    assert_refused(response, "gia.docx", "không phải tài liệu Word", private_media=private_media)


def test_a_zip_bomb_is_refused(editor_client, private_media):
    response = upload(editor_client, ("bom.docx", docs.zip_bomb()))
    assert_refused(response, "bom.docx", "giải nén", private_media=private_media)
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as out:
        out.writestr("bai.txt", b"a" * (20 * 1024 * 1024))
    response = upload(editor_client, ("bai-cu.zip", archive.getvalue()))
    assert_refused(response, "bai-cu.zip", "bom giải nén", private_media=private_media)


def test_a_document_of_some_500_pages_is_refused(editor_client, private_media):
    response = upload(editor_client, ("dai.docx", docs.long_document(2500)))
    assert_refused(response, "dai.docx", "quá dài", private_media=private_media)


def test_a_picture_over_the_pixel_limit_is_refused(editor_client, private_media, settings):
    settings.MAX_IMAGE_PIXELS = 50_000  # the report's pictures are 320 × 200 = 64,000 pixels
    response = upload(editor_client, ("bao-cao.docx", docs.report()))
    assert_refused(response, "bao-cao.docx", "Ảnh thứ 1 trong tệp Word", private_media=private_media)
    response = upload(editor_client, ("anh.zip", zip_of({"dan-van.txt": CAPTIONED, "dan-van-1.jpg": image_bytes()})))
    assert_refused(response, "dan-van-1.jpg", private_media=private_media)


def test_too_many_files_are_refused(editor_client, private_media, settings):
    settings.IMPORT_UPLOAD_MAX_FILES = 2
    archive = zip_of({f"bai-{n}.txt": CAPTIONED for n in range(3)})
    response = upload(editor_client, ("nhieu.zip", archive))
    assert_refused(response, "Quá nhiều tệp", "tối đa 2", private_media=private_media)


def test_a_binary_text_file_other_types_and_a_broken_zip_are_refused(editor_client, private_media):
    assert_refused(upload(editor_client, ("anh.txt", image_bytes())), "anh.txt", "Tệp nhị phân",
                   private_media=private_media)
    assert_refused(upload(editor_client, ("bang.xlsx", b"PK\3\4")), "bang.xlsx", "chỉ nhận tệp",
                   private_media=private_media)
    assert_refused(upload(editor_client, ("hong.zip", b"PK\3\4 hong")), "hong.zip", "không phải tệp .zip hợp lệ",
                   private_media=private_media)
    assert_refused(upload(editor_client, ("x.jsonl", b"khong phai json")), "x.jsonl", "JSON Lines",
                   private_media=private_media)


def test_one_bad_file_refuses_the_whole_upload(editor_client, private_media):
    response = upload(editor_client, ("tot.txt", CAPTIONED.encode()), ("gia.docx", b"khong phai word"))
    assert_refused(response, "gia.docx", private_media=private_media)


def test_a_zip_cannot_write_outside_its_folder(editor_client, private_media):
    upload(editor_client, ("tron.zip", zip_of({"../../tron.txt": CAPTIONED})))
    run = ImportRun.objects.get()
    assert run.files == ["tron.txt"]
    assert [Path(p).parent.name for p in stored_files(private_media)] == [str(run.pk)]


def test_an_empty_upload_asks_for_a_file(editor_client):
    response = editor_client.post(UPLOAD_URL, {})
    assert response.status_code == 400
    assert "Hãy chọn ít nhất một tệp." in response.content.decode()


# --- Who may import ----------------------------------------------------------------------------------------------


def test_editors_and_moderators_find_the_import_page_in_the_side_menu(client):
    for role in ("editor", "moderator"):
        client.force_login(make_role_user(role))
        page = client.get(UPLOAD_URL)
        assert page.status_code == 200, role
        text = page.content.decode()
        assert "Tải lên và nhập" in text
        assert 'id="nav-sidebar"' in text and LIST_URL in text


def test_anonymous_visitors_and_readers_cannot_import(client):
    for url in (UPLOAD_URL, LIST_URL):
        response = client.get(url)
        assert response.status_code == 302 and "/login/" in response.url
    client.force_login(make_user("bandoc"))
    assert client.get(UPLOAD_URL).status_code == 302
    assert client.post(UPLOAD_URL, {"files": SimpleUploadedFile("a.txt", CAPTIONED.encode())}).status_code == 302
    assert not ImportRun.objects.exists()


def test_an_administrator_who_does_not_edit_news_cannot_import(client):
    client.force_login(make_role_user("administrator"))
    assert client.get(UPLOAD_URL).status_code == 403
    assert LIST_URL not in client.get(reverse("admin:articles_topic_changelist")).content.decode()


def test_an_editor_sees_their_own_runs_and_a_moderator_sees_all(client, editor_client):
    upload(editor_client, ("dan-van.txt", CAPTIONED.encode()))
    run = ImportRun.objects.get()
    step = reverse("admin:importer_importrun_step", args=[run.pk])
    other = make_role_user("editor", "bientap2")
    client.force_login(other)
    assert client.get(reverse("admin:importer_importrun_change", args=[run.pk])).status_code == 403
    assert client.post(step, HTTP_ACCEPT="application/json").status_code == 403
    assert "dan-van" not in client.get(LIST_URL).content.decode()
    client.force_login(make_role_user("moderator"))
    assert client.get(reverse("admin:importer_importrun_change", args=[run.pk])).status_code == 200
    assert client.get(LIST_URL).status_code == 200


def test_the_step_endpoint_takes_only_posts_and_works_without_script(editor_client):
    upload(editor_client, ("dan-van.txt", CAPTIONED.encode()))
    run = ImportRun.objects.get()
    step = reverse("admin:importer_importrun_step", args=[run.pk])
    assert editor_client.get(step).status_code == 405
    response = editor_client.post(step)  # the "Nhập tiếp" button, no script
    assert response.status_code == 302 and response.url == reverse("admin:importer_importrun_change", args=[run.pk])
    assert Article.objects.count() == 1
    assert editor_client.post(reverse("admin:importer_importrun_step", args=["9x"])).status_code == 404


# --- Notes on the article -----------------------------------------------------------------------------------------


def imported_with_notes(client):
    upload(client, ("kien-giang.txt", (FIXTURES / KIEN_GIANG).read_bytes()), year="2026")
    run_to_the_end(client, ImportRun.objects.get())
    article = Article.objects.get()
    record = ImportRecord.objects.get(article=article)
    assert record.notes
    return article, [n for n in record.notes if isinstance(n, str)]


def test_an_imported_article_shows_its_notes_at_the_top_of_its_change_form(editor_client):
    article, notes = imported_with_notes(editor_client)
    change_url = reverse("admin:articles_article_change", args=[article.pk])
    page = make_role_user("moderator", "kiemduyet")
    editor_client.force_login(page)
    text = editor_client.get(change_url).content.decode()
    assert "Ghi chú khi nhập bài" in text
    assert all(note in text for note in notes)
    assert text.index("Ghi chú khi nhập bài") < text.index('id="article_form"')
    assert "Đã xử lý" in text


def test_an_editor_sees_the_notes_but_only_a_moderator_marks_them_handled(client, editor_client):
    article, _notes = imported_with_notes(editor_client)
    change_url = reverse("admin:articles_article_change", args=[article.pk])
    handled_url = reverse("admin:articles_article_import_notes_handled", args=[article.pk])
    # The import left it waiting for a decision, which an editor may still open to read.
    text = editor_client.get(change_url).content.decode()
    assert "Ghi chú khi nhập bài" in text and "Kiểm duyệt viên sẽ đánh dấu" in text
    editor_client.post(handled_url)
    assert ImportRecord.objects.get(article=article).handled_at is None

    moderator = make_role_user("moderator", "kiemduyet")
    client.force_login(moderator)
    response = client.post(handled_url, follow=True)
    assert "Đã đánh dấu các ghi chú nhập bài là đã xử lý." in response.content.decode()
    record = ImportRecord.objects.get(article=article)
    assert record.handled_at is not None and record.handled_by == moderator
    assert "Ghi chú khi nhập bài" not in client.get(change_url).content.decode()
    # Handling a note is not an edit: the article's status and history are the workflow's.
    article.refresh_from_db()
    assert article.status == Status.SUBMITTED
    assert client.get(handled_url).status_code == 405


def test_a_run_of_the_command_line_is_listed_with_its_report(client, tmp_path):
    from django.core.management import call_command

    (tmp_path / "dan-van.txt").write_text(CAPTIONED, encoding="utf-8")
    moderator = make_role_user("moderator", "kiemduyet")
    call_command("import_articles", str(tmp_path / "dan-van.txt"), "--user", "kiemduyet", verbosity=0)
    run = ImportRun.objects.get()
    client.force_login(moderator)
    assert "xong" in client.get(LIST_URL).content.decode()
    text = client.get(reverse("admin:importer_importrun_change", args=[run.pk])).content.decode()
    assert "Đã xong: 1/1 tệp." in text and "dan-van.txt" in text and "1 chú thích đang chờ ảnh." in text
