"""The admin's photo and portrait uploads go through the same content checks, end to end over HTTP."""

import io
import os
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from articles.models import Article, Photo
from people.models import Official
from tests.factories import image_bytes, make_official, province, topic
from tests.security.helpers import form_data


def _gps_jpeg():
    exif = Image.Exif()
    exif[0x8825] = {1: "N", 2: (10.0, 20.0, 30.0), 3: "E", 4: (105.0, 50.0, 0.0)}
    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), (0, 128, 0)).save(buffer, "JPEG", exif=exif.tobytes())
    return buffer.getvalue()


def _article_post(client, photo_file, caption="Quang cảnh buổi làm việc."):
    url = reverse("admin:articles_article_add")
    data = form_data(client.get(url).content.decode(), "article_form")
    data.update({
        "title": ["Hội nghị tổng kết công tác tuyên giáo"], "lead": ["Sa-pô."], "body": ["Nội dung."],
        "provinces": [str(province("kien-giang").pk)], "topics": [str(topic("xay-dung-dang").pk)],
        "photos-TOTAL_FORMS": ["1"], "photos-0-caption": [caption], "photos-0-position": ["0"],
        "photos-0-image": photo_file,
    })
    return client.post(url, data)


@pytest.mark.django_db
def test_editor_photo_upload_is_stored_re_encoded_under_a_random_name(client, editor, _media_root):
    client.force_login(editor)
    response = _article_post(client, SimpleUploadedFile("../../../tmp/Ảnh GPS.jpg", _gps_jpeg(), "image/jpeg"))
    assert response.status_code == 302, response.content.decode()[:2000]
    photo = Photo.objects.get(article__title="Hội nghị tổng kết công tác tuyên giáo")
    stored = Path(photo.image.path)
    assert stored.resolve().is_relative_to(Path(_media_root).resolve())
    assert stored.name.isascii() and len(stored.stem) == 32 and photo.image.name.startswith("anh/")
    assert (photo.width, photo.height) == (64, 48)
    with Image.open(stored) as saved:
        assert not saved.getexif()
    assert not Path("/tmp/Ảnh GPS.jpg").exists()


@pytest.mark.django_db
@pytest.mark.parametrize("name,data,expected", [
    ("anh.jpg", image_bytes("JPEG") + b"<script>alert(1)</script>", "mã lệnh"),
    ("anh.svg", b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>', "từ chối"),
    ("anh.jpg", image_bytes("JPEG")[:500], "không phải ảnh hợp lệ"),
])
def test_editor_bad_upload_is_refused_with_a_vietnamese_message_and_nothing_saved(client, editor, name, data, expected):
    client.force_login(editor)
    response = _article_post(client, SimpleUploadedFile(name, data, "image/jpeg"))
    assert response.status_code == 200
    assert expected in response.content.decode()
    assert not Article.objects.exists()
    assert not Photo.objects.exists()


@pytest.mark.django_db
def test_official_portrait_upload_is_checked_and_re_encoded(client, editor, _media_root):
    official = make_official("Lại Xuân Môn")
    client.force_login(editor)
    url = reverse("admin:people_official_change", args=[official.pk])
    data = form_data(client.get(url).content.decode(), "official_form")
    bad = client.post(url, {**data, "portrait": SimpleUploadedFile("a.png", b"<html><script>x</script></html>")})
    assert bad.status_code == 200 and "từ chối" in bad.content.decode()
    noise = Image.frombytes("RGB", (120, 160), os.urandom(120 * 160 * 3))
    buffer = io.BytesIO()
    noise.save(buffer, "WEBP")
    good = client.post(url, {**data, "portrait": SimpleUploadedFile("chan dung.webp", buffer.getvalue(), "image/webp")})
    assert good.status_code == 302
    official = Official.objects.get(pk=official.pk)
    assert official.portrait.name.startswith("chan-dung/") and official.portrait.name.endswith(".webp")
    assert Path(official.portrait.path).resolve().is_relative_to(Path(_media_root).resolve())
