"""The public "Gửi tin bài" form: what it accepts, what it refuses, and that nothing becomes public."""

import io
import os

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from articles.models import Article
from submissions.models import Submission
from tests.factories import image_bytes, make_upload, province

pytestmark = pytest.mark.django_db

FORM = reverse("submissions:form")


def form_data(**overrides):
    data = {
        "name": "Nguyễn Thị Lan", "contact": "0912 345 678", "province": str(province("an-giang").pk),
        "title": "Xã đảo Hòn Nghệ khánh thành trường học mới",
        "text": "Sáng nay, xã đảo Hòn Nghệ tổ chức lễ khánh thành.\n\nNhiều phụ huynh đã đến dự.",
        "website": "",
    }
    data.update(overrides)
    return data


def test_the_form_is_public_and_has_a_hidden_honeypot(client):
    response = client.get(FORM)
    html = response.content.decode()
    assert response.status_code == 200
    assert 'name="photo_5"' in html and 'name="caption_5"' in html and 'name="photo_6"' not in html
    assert 'class="hp-field"' in html and 'name="website"' in html
    assert "<script" not in html.split("<main", 1)[1].split("</main>", 1)[0] and " style=" not in html


def test_a_good_submission_gets_a_reference_and_stays_private(client, _private_media_root, settings):
    photos = {"photo_1": make_upload("a.jpg"), "caption_1": "Lễ cắt băng khánh thành.",
              "photo_2": make_upload("b.png", fmt="PNG"), "caption_2": "Học sinh trong lớp học mới."}
    response = client.post(FORM, form_data(**photos))
    assert response.status_code == 302 and response["Location"] == reverse("submissions:done")
    submission = Submission.objects.get()
    done = client.get(reverse("submissions:done")).content.decode()
    assert submission.reference in done and submission.reference.startswith("TB-")
    assert [p.caption for p in submission.photos.all()] == ["Lễ cắt băng khánh thành.", "Học sinh trong lớp học mới."]
    for photo in submission.photos.all():
        path = os.path.join(_private_media_root, photo.image.name)
        assert os.path.exists(path) and not os.path.exists(os.path.join(settings.MEDIA_ROOT, photo.image.name))
        assert photo.width == 640 and photo.height == 400
    assert not Article.objects.exists()
    assert "Hòn Nghệ" not in client.get("/tin-tuc/").content.decode()


def test_the_provinces_moderators_are_told_without_the_contact_details(client, django_capture_on_commit_callbacks):
    from django.core import mail

    from tests.workflow.conftest import make_role_user

    moderator = make_role_user("moderator", "kiemduyet")
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(FORM, form_data()).status_code == 302
    message = mail.outbox[0]
    assert message.to == [moderator.email] and Submission.objects.get().reference in message.subject
    assert "0912 345 678" not in message.body and "Nguyễn Thị Lan" not in message.body


def test_photos_are_re_encoded_without_their_metadata(client):
    image = Image.new("RGB", (50, 40), (200, 10, 10))
    exif = Image.Exif()
    exif[0x010F] = "Máy ảnh bí mật"
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", exif=exif)
    upload = SimpleUploadedFile("exif.jpg", buffer.getvalue(), content_type="image/jpeg")
    assert client.post(FORM, form_data(photo_1=upload, caption_1="Ảnh có EXIF.")).status_code == 302
    stored = Submission.objects.get().photos.get()
    with stored.image.open("rb") as handle, Image.open(handle) as reopened:
        assert not reopened.getexif()


def test_a_photo_without_caption_is_refused(client):
    response = client.post(FORM, form_data(photo_1=make_upload(), caption_1=""))
    assert response.status_code == 400
    assert "Hãy ghi chú thích cho ảnh 1." in response.content.decode()
    assert not Submission.objects.exists()


@pytest.mark.parametrize("upload, message", [
    (SimpleUploadedFile("tin.jpg", b"day khong phai anh", content_type="image/jpeg"), "không phải ảnh hợp lệ"),
    (SimpleUploadedFile("anh.gif", image_bytes("GIF"), content_type="image/gif"), "không được chấp nhận"),
    (SimpleUploadedFile("anh.jpg", b"<script>alert(1)</script>" + image_bytes(), content_type="image/jpeg"), "mã lệnh"),
])
def test_a_bad_upload_is_refused_with_a_clear_message(client, upload, message):
    response = client.post(FORM, form_data(photo_1=upload, caption_1="Ảnh lỗi."))
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Submission.objects.exists()


def test_byte_and_pixel_limits_apply(client, settings):
    settings.MAX_UPLOAD_BYTES = 1000
    response = client.post(FORM, form_data(photo_1=make_upload(), caption_1="Ảnh to."))
    assert response.status_code == 400 and "quá lớn" in response.content.decode()
    settings.MAX_UPLOAD_BYTES = 15 * 1024 * 1024
    settings.MAX_IMAGE_PIXELS = 100 * 100
    response = client.post(FORM, form_data(photo_1=make_upload(size=(200, 200)), caption_1="Ảnh nhiều điểm ảnh."))
    assert response.status_code == 400 and "điểm ảnh" in response.content.decode()


def test_a_sixth_photo_is_ignored(client):
    photos = {}
    for n in range(1, 7):
        photos[f"photo_{n}"] = make_upload(f"{n}.jpg")
        photos[f"caption_{n}"] = f"Ảnh {n}."
    assert client.post(FORM, form_data(**photos)).status_code == 302
    assert Submission.objects.get().photos.count() == 5


def test_only_current_provinces_are_offered(client):
    response = client.post(FORM, form_data(province=str(province("kien-giang").pk)))
    assert response.status_code == 400 and not Submission.objects.exists()


def test_missing_fields_are_named(client):
    response = client.post(FORM, form_data(name="", province=""))
    assert response.status_code == 400
    assert response.content.decode().count("errorlist") >= 2


def test_an_over_limit_submitter_is_stopped(client, settings):
    settings.SUBMISSION_RATE_LIMIT_PER_HOUR = 2
    assert client.post(FORM, form_data(title="Tin một")).status_code == 302
    assert client.post(FORM, form_data(title="Tin hai")).status_code == 302
    response = client.post(FORM, form_data(title="Tin ba"))
    assert response.status_code == 429
    assert "nhiều tin trong một giờ" in response.content.decode()
    assert Submission.objects.count() == 2
    other = client.post(FORM, form_data(title="Tin từ máy khác"), REMOTE_ADDR="10.0.0.9")
    assert other.status_code == 302


def test_a_bot_filling_the_honeypot_is_turned_away(client):
    response = client.post(FORM, form_data(website="http://spam.example"))
    assert response.status_code == 400
    assert not Submission.objects.exists()


def test_the_confirmation_page_needs_a_submission_in_this_session(client):
    assert client.get(reverse("submissions:done")).status_code == 302
