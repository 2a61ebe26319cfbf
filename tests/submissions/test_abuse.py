"""Abusing "Gửi tin bài" costs the abuser: every attempt is counted before its body is read, and photos are
decoded only after the cheap fields pass, within one pixel budget per send (issue 12, finding 9)."""

import io
import struct
import zlib

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

import core.images
from submissions.models import Submission
from tests.factories import make_upload
from tests.submissions.test_form import form_data

pytestmark = pytest.mark.django_db

FORM = reverse("submissions:form")


def _chunk(kind, payload):
    return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))


def flat_png(width, height):
    """A greyscale PNG of zeros: a few kilobytes per megapixel, width × height bytes once decoded."""
    compressor = zlib.compressobj(9)
    row = b"\x00" * (width + 1)
    idat = b"".join(compressor.compress(row) for _ in range(height)) + compressor.flush()
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr) + _chunk(b"IDAT", idat) + _chunk(b"IEND", b"")


@pytest.fixture(scope="module")
def huge_png():
    return flat_png(6300, 6300)  # 39.7 megapixels, just under MAX_IMAGE_PIXELS


def png_upload(data, name="anh.png"):
    return SimpleUploadedFile(name, data, content_type="image/png")


def jpeg_upload(size, name="anh.jpg"):
    buffer = io.BytesIO()
    Image.new("RGB", size, (120, 80, 40)).save(buffer, "JPEG", quality=80)
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/jpeg")


@pytest.fixture
def decodes(monkeypatch):
    """The sizes of the images actually decoded (pixels loaded) during the test."""
    seen = []
    original = core.images._decode

    def spy(data, max_side=None):
        image, fmt = original(data, max_side)
        seen.append(image.size)
        return image, fmt

    monkeypatch.setattr(core.images, "_decode", spy)
    return seen


def test_five_huge_photos_with_the_name_left_empty_are_refused_without_decoding_any(client, huge_png, decodes):
    photos = {}
    for n in range(1, 6):
        photos[f"photo_{n}"] = png_upload(huge_png, f"{n}.png")
        photos[f"caption_{n}"] = f"Ảnh {n}."
    response = client.post(FORM, form_data(name="", **photos))
    assert response.status_code == 400
    assert decodes == [], "a send the name field refuses must not cost a single decoded pixel"
    assert not Submission.objects.exists()


def test_a_photo_without_caption_stops_the_send_before_any_photo_is_decoded(client, decodes):
    response = client.post(FORM, form_data(photo_1=make_upload(), caption_1="Có chú thích.",
                                           photo_2=make_upload(), caption_2=""))
    assert response.status_code == 400 and "Hãy ghi chú thích cho ảnh 2." in response.content.decode()
    assert decodes == []


def test_photos_over_the_pixel_budget_of_one_send_are_refused_before_any_is_decoded(client, settings, huge_png,
                                                                                      decodes):
    photos = {}
    for n in range(1, 4):
        photos[f"photo_{n}"] = png_upload(huge_png, f"{n}.png")
        photos[f"caption_{n}"] = f"Ảnh {n}."
    response = client.post(FORM, form_data(**photos))
    html = response.content.decode()
    assert response.status_code == 400
    assert "tổng số điểm ảnh vượt giới hạn" in html and "Vui lòng gửi ít ảnh hơn" in html
    assert decodes == [], "the budget is charged from the headers, before the first decode"
    assert not Submission.objects.exists()


def test_a_large_jpeg_is_decoded_at_a_reduced_scale_and_stored_no_larger_than_the_limit(client, settings, decodes):
    settings.SUBMISSION_IMAGE_MAX_SIDE = 500
    # A full decode would be 3 megapixels, over this budget; the reduced JPEG decode fits in it.
    settings.SUBMISSION_MAX_TOTAL_PIXELS = 600 * 450
    response = client.post(FORM, form_data(photo_1=jpeg_upload((2400, 1800)), caption_1="Toàn cảnh buổi lễ."))
    assert response.status_code == 302
    assert decodes == [(600, 450)], "decoded at a quarter of each side: the smallest scale still covering 500 px"
    photo = Submission.objects.get().photos.get()
    assert (photo.width, photo.height) == (500, 375)


def test_a_large_png_is_stored_no_larger_than_the_limit(client, settings):
    settings.SUBMISSION_IMAGE_MAX_SIDE = 300
    response = client.post(FORM, form_data(photo_1=make_upload("a.png", fmt="PNG", size=(900, 600)),
                                           caption_1="Ảnh PNG lớn."))
    assert response.status_code == 302
    photo = Submission.objects.get().photos.get()
    assert (photo.width, photo.height) == (300, 200)


def test_a_decompression_bomb_is_refused_with_a_vietnamese_message(client, decodes):
    response = client.post(FORM, form_data(photo_1=png_upload(flat_png(20_000, 10_000)), caption_1="Bom."))
    html = response.content.decode()
    assert response.status_code == 400
    assert "Ảnh quá lớn" in html and "điểm ảnh" in html and "thu nhỏ ảnh" in html
    assert decodes == []


def test_refused_attempts_count_towards_the_limit(client, settings):
    settings.SUBMISSION_RATE_LIMIT_PER_HOUR = 3
    for _ in range(3):
        assert client.post(FORM, form_data(name="")).status_code == 400
    response = client.post(FORM, form_data())
    assert response.status_code == 429
    assert "nhiều tin trong một giờ" in response.content.decode()
    assert response["Retry-After"] and not Submission.objects.exists()


def test_a_honeypot_bot_is_counted_too(client, settings):
    settings.SUBMISSION_RATE_LIMIT_PER_HOUR = 1
    assert client.post(FORM, form_data(website="http://spam.example")).status_code == 400
    assert client.post(FORM, form_data()).status_code == 429


class TrackingInput(io.RawIOBase):
    """A request body that records how much of it anyone read."""

    def __init__(self, body):
        self.body = body
        self.position = 0

    def readable(self):
        return True

    def readinto(self, buffer):
        chunk = self.body[self.position:self.position + len(buffer)]
        buffer[:len(chunk)] = chunk
        self.position += len(chunk)
        return len(chunk)


def multipart_body(fields, boundary="BoUnDaRy"):
    parts = [f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'
             for name, value in fields.items()]
    return ("".join(parts) + f"--{boundary}--\r\n").encode(), f"multipart/form-data; boundary={boundary}"


def post_tracked(client, fields, **extra):
    body, content_type = multipart_body(fields)
    stream = TrackingInput(body)
    environ = {"wsgi.input": stream, "CONTENT_LENGTH": str(len(body)), "CONTENT_TYPE": content_type}
    response = client.generic("POST", FORM, **environ, **extra)
    return response, stream


def test_an_over_limit_sender_gets_429_and_their_body_is_never_read(settings):
    from django.test import Client

    settings.SUBMISSION_RATE_LIMIT_PER_HOUR = 1
    # With CSRF enforced and a valid cookie, the CSRF middleware would parse the body to find the token.
    browser = Client(enforce_csrf_checks=True)
    page = browser.get(FORM).content.decode()
    token = page.split('name="csrfmiddlewaretoken" value="', 1)[1].split('"', 1)[0]
    first, stream = post_tracked(browser, form_data(csrfmiddlewaretoken=token))
    assert first.status_code == 302 and stream.position == len(stream.body), "a counted send is read as usual"
    limited, stream = post_tracked(browser, form_data(title="Tin thứ hai", csrfmiddlewaretoken=token))
    assert limited.status_code == 429
    assert stream.position == 0, "neither the CSRF check nor the form touched the body"
    assert "nhiều tin trong một giờ" in limited.content.decode()
    assert Submission.objects.count() == 1


def test_the_csrf_check_still_applies_after_the_count(settings):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    response, stream = post_tracked(strict, form_data())
    assert response.status_code == 403 and "Biểu mẫu đã quá hạn" in response.content.decode()
    assert not Submission.objects.exists()


def test_the_form_still_works_with_a_csrf_token(settings):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    page = strict.get(FORM)
    token = page.content.decode().split('name="csrfmiddlewaretoken" value="', 1)[1].split('"', 1)[0]
    response = strict.post(FORM, form_data(csrfmiddlewaretoken=token))
    assert response.status_code == 302 and Submission.objects.count() == 1


def test_the_form_stays_open_when_the_cache_holding_the_counts_is_down(client, monkeypatch):
    from django.core.cache import cache

    def down(*args, **kwargs):
        raise ConnectionError("redis is down")

    monkeypatch.setattr(cache, "add", down)
    monkeypatch.setattr(cache, "incr", down)
    assert client.post(FORM, form_data()).status_code == 302
