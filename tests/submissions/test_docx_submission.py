"""A Word file sent through "Gửi tin bài": its text and pictures reach the moderator; a bad one is refused and
nothing is stored."""

import os

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from articles.models import Article
from submissions.models import Submission
from submissions.services import submission_accept
from tests.importer import word_documents as docs
from tests.workflow.conftest import make_role_user

from .test_form import form_data

pytestmark = pytest.mark.django_db

FORM = reverse("submissions:form")
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def word_file(data, name="bai-viet.docx"):
    return SimpleUploadedFile(name, data, content_type=DOCX)


def private_files(root):
    return [name for _folder, _dirs, names in os.walk(root) for name in names]


def test_the_form_offers_a_word_attachment(client):
    html = client.get(FORM).content.decode()
    assert 'name="document"' in html and 'accept=".docx,' in html


def test_a_word_file_alone_fills_the_title_text_and_photos_with_captions(client, _private_media_root):
    response = client.post(FORM, form_data(title="", text="", document=word_file(docs.report())))
    assert response.status_code == 302, response.content.decode()[:3000]
    submission = Submission.objects.get()
    assert submission.title == docs.HEADLINE
    assert submission.text.startswith(docs.LEAD)
    assert "Kết quả nổi bật" in submission.text and "– Kết nạp 1.250 đảng viên mới." in submission.text
    assert docs.TCVN3_UNICODE in submission.text
    assert docs.CAPTION_ITALIC not in submission.text and "TTXVN" not in submission.text
    photos = list(submission.photos.all())
    assert [p.caption for p in photos] == [
        f"{docs.CAPTION_ITALIC} (Ảnh: Minh Anh)", f"{docs.CAPTION_STYLE} (Ảnh: TTXVN)",
        "Ảnh 3 trong tệp Word (chưa có chú thích)",
    ]
    for photo in photos:
        with Image.open(os.path.join(_private_media_root, photo.image.name)) as image:
            assert not image.getexif()  # re-encoded: the camera and its GPS position are gone
    assert not Article.objects.exists()


def test_accepting_it_splits_each_credit_off_its_caption(client):
    client.post(FORM, form_data(title="", text="", document=word_file(docs.report())))
    moderator = make_role_user("moderator", "kiemduyet")
    article = submission_accept(submission=Submission.objects.get(), actor=moderator)
    photos = [(p.caption, p.credit) for p in article.photos.order_by("position")]
    assert photos[:2] == [(docs.CAPTION_ITALIC, "Ảnh: Minh Anh"), (docs.CAPTION_STYLE, "Ảnh: TTXVN")]
    assert photos[2][1] == "Ảnh: Nguyễn Thị Lan"


def test_typed_text_and_photos_are_kept_beside_the_word_file(client):
    from tests.factories import make_upload

    response = client.post(FORM, form_data(
        text="Gửi ban biên tập bài viết của xã.", document=word_file(docs.alt_text_report()),
        photo_1=make_upload("a.jpg"), caption_1="Ảnh chụp thêm.",
    ))
    assert response.status_code == 302
    submission = Submission.objects.get()
    assert submission.title == "Xã đảo Hòn Nghệ khánh thành trường học mới"  # typed, kept
    assert submission.text.startswith("Gửi ban biên tập bài viết của xã.\n\nChiều 3/4/2024")
    assert [p.caption for p in submission.photos.all()] == ["Ảnh chụp thêm.", docs.ALT_ONLY]


@pytest.mark.parametrize(("make", "words"), [
    (lambda: b"PK\x03\x04 not really a zip", "không phải tài liệu Word"),
    (lambda: "Chỉ là văn bản.".encode(), "không phải tài liệu Word"),
    (lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504, "lưu lại dạng .docx"),
    (docs.zip_bomb, "giải nén"),
    (lambda: docs.long_document(2500), "quá dài"),
])
def test_a_bad_word_file_is_refused_with_a_clear_message_and_nothing_stored(client, _private_media_root, make, words):
    response = client.post(FORM, form_data(title="", text="", document=word_file(make())))
    assert response.status_code == 400
    html = response.content.decode()
    assert words in html
    assert not Submission.objects.exists() and private_files(_private_media_root) == []


def test_a_word_picture_over_the_pixel_limit_is_refused_with_nothing_stored(client, _private_media_root, settings):
    settings.MAX_IMAGE_PIXELS = 100_000
    from docx import Document

    document = Document()
    document.add_paragraph("Ảnh quá lớn")
    document.add_paragraph("Một đoạn mở đầu.")
    docs.add_picture(document, docs.picture())
    docs.add_picture(document, docs.picture(size=(500, 400)))
    response = client.post(FORM, form_data(title="", text="", document=word_file(docs.save(document))))
    assert response.status_code == 400
    assert "Ảnh thứ 2 trong tệp Word: Ảnh quá lớn" in response.content.decode()
    assert not Submission.objects.exists() and private_files(_private_media_root) == []


def test_the_word_pictures_share_the_requests_pixel_budget(client, _private_media_root, settings):
    settings.SUBMISSION_MAX_TOTAL_PIXELS = 100_000  # one 320 × 200 picture fits, two do not
    from docx import Document

    document = Document()
    document.add_paragraph("Hai ảnh")
    document.add_paragraph("Một đoạn mở đầu.")
    docs.add_picture(document, docs.picture(color=(10, 10, 10)))
    docs.add_picture(document, docs.picture(color=(90, 90, 90)))
    response = client.post(FORM, form_data(document=word_file(docs.save(document))))
    assert response.status_code == 400 and "tổng số điểm ảnh" in response.content.decode()
    assert not Submission.objects.exists()


def test_more_pictures_than_a_submission_takes_are_refused(client):
    from docx import Document

    document = Document()
    document.add_paragraph("Nhiều ảnh")
    document.add_paragraph("Một đoạn mở đầu.")
    for _ in range(6):
        docs.add_picture(document, docs.picture(size=(40, 30), color=(_ * 30, 0, 0)))
    response = client.post(FORM, form_data(document=word_file(docs.save(document))))
    assert response.status_code == 400 and "Tệp Word có 6 ảnh" in response.content.decode()
    assert not Submission.objects.exists()


def test_without_a_word_file_title_and_text_are_still_required(client):
    response = client.post(FORM, form_data(title="", text=""))
    assert response.status_code == 400 and not Submission.objects.exists()


def test_the_moderator_sees_the_word_files_photos_and_captions_in_the_admin(client):
    client.post(FORM, form_data(title="", text="", document=word_file(docs.report())))
    submission = Submission.objects.get()
    client.force_login(make_role_user("moderator", "kiemduyet"))
    html = client.get(reverse("admin:submissions_submission_change", args=[submission.pk])).content.decode()
    for photo in submission.photos.all():
        assert reverse("admin:submissions_submission_photo", args=[submission.pk, photo.pk]) in html
    assert f"{docs.CAPTION_ITALIC} (Ảnh: Minh Anh)" in html
