"""Staging a photo the moment it is chosen: who may see it, how long it lives, what is refused, how much fits."""

import datetime
import io
import os

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import Client, RequestFactory
from django.urls import reverse
from django.utils import timezone
from PIL import Image

from core.limits import body_limit
from tests.uploads.conftest import STAGE, stage
from tests.workflow.conftest import make_role_user
from uploads.models import StagedPhoto

pytestmark = pytest.mark.django_db


def logged_in(user):
    client = Client()
    client.force_login(user)
    return client


def staged_path(photo):
    return os.path.join(settings.PRIVATE_MEDIA_ROOT, "dang-tai", photo.image.name)


# --- Owner-only access


def test_an_editors_staged_photo_is_shown_to_that_editor_only():
    editor, other = make_role_user("editor", "bientap"), make_role_user("editor", "bientap2")
    response = stage(logged_in(editor), purpose="article")
    assert response.status_code == 201
    url = response.json()["url"]
    photo = StagedPhoto.objects.get()
    assert photo.owner == editor and photo.visitor == "" and photo.purpose == "article"

    shown = logged_in(editor).get(url)
    assert shown.status_code == 200 and shown["Content-Type"] == "image/jpeg"
    assert "private" in shown["Cache-Control"] and "no-store" in shown["Cache-Control"]
    assert logged_in(other).get(url).status_code == 404
    assert Client().get(url).status_code == 404


def test_a_readers_staged_photo_belongs_to_their_session_only(reader, other_reader):
    response = stage(reader)
    assert response.status_code == 201
    url = response.json()["url"]
    photo = StagedPhoto.objects.get()
    assert photo.owner is None and photo.visitor
    assert reader.get(url).status_code == 200
    assert other_reader.get(url).status_code == 404
    # Nor can another reader take it back.
    assert other_reader.post(reverse("uploads:discard", args=[photo.pk])).status_code == 404
    assert StagedPhoto.objects.filter(pk=photo.pk).exists()


def test_staged_files_live_outside_the_public_media_folder(reader):
    stage(reader)
    photo = StagedPhoto.objects.get()
    assert os.path.exists(staged_path(photo))
    assert not os.path.exists(os.path.join(settings.MEDIA_ROOT, photo.image.name))
    with pytest.raises(ValueError):
        photo.image.url  # noqa: B018 - the storage has no public URL at all


def test_an_anonymous_reader_cannot_stage_photos_for_the_article_admin(reader):
    response = stage(reader, purpose="article")
    assert response.status_code == 403
    assert response.json()["error"] == "Bạn không có quyền tải ảnh lên đây."
    assert not StagedPhoto.objects.exists()


def test_a_reader_can_take_a_staged_photo_back(reader, django_capture_on_commit_callbacks):
    photo_id = stage(reader).json()["id"]
    path = staged_path(StagedPhoto.objects.get())
    with django_capture_on_commit_callbacks(execute=True):
        assert reader.post(reverse("uploads:discard", args=[photo_id])).status_code == 200
    assert not StagedPhoto.objects.exists() and not os.path.exists(path)


# --- Expiry


def age(photo, hours):
    StagedPhoto.objects.filter(pk=photo.pk).update(created_at=timezone.now() - datetime.timedelta(hours=hours))


def test_a_photo_staged_more_than_24_hours_ago_is_no_longer_served(reader):
    url = stage(reader).json()["url"]
    age(StagedPhoto.objects.get(), 25)
    assert reader.get(url).status_code == 404


def test_the_purge_command_deletes_expired_photos_with_their_files_and_keeps_fresh_ones(
        reader, django_capture_on_commit_callbacks):
    stage(reader)
    stage(reader)
    old, fresh = StagedPhoto.objects.order_by("pk")
    age(old, 25)
    age(fresh, 23)
    path = staged_path(old)

    out = io.StringIO()
    call_command("purge_staged_uploads", "--dry-run", stdout=out)
    assert out.getvalue().strip() == "Sẽ xóa 1 ảnh tải lên tạm quá 24 giờ."
    assert StagedPhoto.objects.count() == 2

    out = io.StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("purge_staged_uploads", stdout=out)
    assert out.getvalue().strip() == "Đã xóa 1 ảnh tải lên tạm quá 24 giờ."
    assert list(StagedPhoto.objects.all()) == [fresh]
    assert not os.path.exists(path) and os.path.exists(staged_path(fresh))


def test_staging_a_new_photo_clears_expired_ones_on_the_way(reader, other_reader):
    stage(other_reader)
    old = StagedPhoto.objects.get()
    age(old, 30)
    stage(reader)
    assert not StagedPhoto.objects.filter(pk=old.pk).exists()
    assert StagedPhoto.objects.count() == 1


# --- Validation: the same as a photo sent with its form (core.images)


def test_a_file_that_is_not_a_photo_is_refused_with_a_clear_vietnamese_message(reader):
    fake = SimpleUploadedFile("anh.jpg", b"<html><script>alert(1)</script></html>", content_type="image/jpeg")
    response = stage(reader, upload=fake)
    assert response.status_code == 400
    assert response.json()["error"] == (
        "Tệp ảnh chứa mã lệnh hoặc dữ liệu lạ (mã HTML, script hay tệp nén) nên bị từ chối."
    )
    assert not StagedPhoto.objects.exists()


def test_a_gif_is_refused_by_name_of_its_format(reader):
    buffer = io.BytesIO()
    Image.new("RGB", (40, 40), (200, 10, 10)).save(buffer, "GIF")
    response = stage(reader, upload=SimpleUploadedFile("anh.gif", buffer.getvalue(), content_type="image/gif"))
    assert response.status_code == 400
    assert response.json()["error"] == "Định dạng GIF không được chấp nhận. Chỉ nhận ảnh JPEG, PNG hoặc WebP."


def test_a_photo_over_the_pixel_limit_is_refused(reader, settings):
    settings.MAX_IMAGE_PIXELS = 100 * 100
    response = stage(reader)  # 640 × 400
    assert response.status_code == 400
    assert response.json()["error"].startswith("Ảnh quá lớn: 640 × 400 điểm ảnh")


def test_a_photo_over_the_byte_limit_is_refused(reader, settings):
    settings.MAX_UPLOAD_BYTES = 1000
    response = stage(reader)
    assert response.status_code == 400
    assert response.json()["error"].startswith("Tệp ảnh quá lớn")


def test_what_is_stored_is_a_fresh_encoding_without_the_cameras_metadata(reader):
    buffer = io.BytesIO()
    exif = Image.Exif()
    exif[0x010F] = "Máy ảnh bí mật"  # camera maker
    Image.new("RGB", (300, 200), (10, 120, 40)).save(buffer, "JPEG", exif=exif.tobytes())
    stage(reader, upload=SimpleUploadedFile("IMG_0001.JPG", buffer.getvalue(), content_type="image/jpeg"))
    photo = StagedPhoto.objects.get()
    assert "IMG_0001" not in photo.image.name
    with Image.open(staged_path(photo)) as image:
        assert image.size == (300, 200) and not image.getexif()
    assert (photo.width, photo.height) == (300, 200)


def test_a_readers_photo_is_scaled_down_as_the_public_form_would_store_it(reader, settings):
    settings.SUBMISSION_IMAGE_MAX_SIDE = 320
    stage(reader)
    assert (StagedPhoto.objects.get().width, StagedPhoto.objects.get().height) == (320, 200)


def test_the_staging_endpoint_takes_a_body_the_size_of_one_photo_and_no_more():
    request = RequestFactory().post(STAGE, {"purpose": "submission"})
    assert body_limit(request) == settings.MAX_UPLOAD_BYTES + 64 * 1024
    assert body_limit(RequestFactory().post(STAGE, "x", content_type="text/plain")) == settings.REQUEST_MAX_BYTES


def test_a_request_without_a_form_token_or_a_file_gets_a_message(reader):
    response = reader.post(STAGE, {"purpose": "submission", "form_token": "ngắn"})
    assert response.status_code == 400
    assert response.json()["error"] == "Không nhận được ảnh. Vui lòng chọn lại ảnh."


# --- Caps for anonymous readers


def test_an_anonymous_reader_can_hold_only_a_few_unsent_photos(reader, settings):
    settings.UPLOADS_VISITOR_MAX_FILES = 2
    assert stage(reader).status_code == 201
    assert stage(reader).status_code == 201
    refused = stage(reader)
    assert refused.status_code == 400
    assert refused.json()["error"] == "Bạn đã tải lên 2 ảnh chưa gửi. Hãy gửi tin hoặc bỏ bớt ảnh rồi chọn tiếp."
    assert StagedPhoto.objects.count() == 2


def test_an_anonymous_reader_has_a_byte_budget(reader, settings):
    settings.UPLOADS_VISITOR_MAX_BYTES = 5000
    refused = stage(reader, upload=SimpleUploadedFile("a.png", _noisy_png(), content_type="image/png"))
    assert refused.status_code == 400
    assert refused.json()["error"].startswith("Tổng dung lượng ảnh chưa gửi vượt quá")
    assert not StagedPhoto.objects.exists()


def test_all_anonymous_readers_together_cannot_fill_the_disk(reader, other_reader, settings):
    assert stage(other_reader).status_code == 201
    settings.UPLOADS_VISITORS_TOTAL_BYTES = StagedPhoto.objects.get().size + 10
    refused = stage(reader)
    assert refused.status_code == 400
    assert refused.json()["error"].startswith("Máy chủ đang nhận quá nhiều ảnh.")


def test_anonymous_staging_attempts_are_rate_limited_per_address_before_the_body_is_read(settings):
    settings.UPLOADS_VISITOR_ATTEMPTS_PER_HOUR = 2
    first, second, third = Client(), Client(), Client()  # fresh sessions, one address
    assert stage(first).status_code == 201
    assert stage(second).status_code == 201
    refused = stage(third)
    assert refused.status_code == 429 and refused["Retry-After"] == "3600"
    assert refused.json()["error"] == "Bạn đã tải lên quá nhiều ảnh trong một giờ qua. Vui lòng thử lại sau."


def test_editors_are_not_held_to_the_anonymous_caps(settings):
    settings.UPLOADS_VISITOR_ATTEMPTS_PER_HOUR = 1
    settings.UPLOADS_VISITOR_MAX_FILES = 1
    editor = logged_in(make_role_user("editor", "bientap"))
    assert [stage(editor, purpose="article").status_code for _ in range(3)] == [201, 201, 201]


def _noisy_png():
    image = Image.effect_noise((200, 200), 80).convert("RGB")
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()
