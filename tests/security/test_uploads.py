"""Uploads are judged by decoding them, never by their name or declared type; each attack is a crafted file."""

import io
import os
import struct
import zipfile
import zlib

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from core.images import validate_and_reencode_image
from tests.factories import image_bytes


def upload(data, name="anh.jpg", content_type="image/jpeg"):
    return SimpleUploadedFile(name, data, content_type=content_type)


def refused(data, name="anh.jpg", content_type="image/jpeg"):
    with pytest.raises(ValidationError) as caught:
        validate_and_reencode_image(upload(data, name, content_type))
    return " ".join(caught.value.messages)


def _png_chunk(kind, payload):
    return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))


def png_bomb(width, height):
    """A greyscale PNG whose pixels are all zero: a few hundred kilobytes that decode to width × height bytes."""
    compressor = zlib.compressobj(9)
    row = b"\x00" * (width + 1)
    idat = b"".join(compressor.compress(row) for _ in range(height)) + compressor.flush()
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", ihdr) + _png_chunk(b"IDAT", idat) + _png_chunk(b"IEND", b"")


def png_declaring(width, height):
    """Only a header claiming huge dimensions: what a bomb looks like before any pixel is decoded."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", ihdr) + _png_chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + \
        _png_chunk(b"IEND", b"")


def jar_bytes():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\nMain-Class: Evil\n")
        archive.writestr("Evil.class", b"\xca\xfe\xba\xbe" + os.urandom(64))
    return buffer.getvalue()


# --- Accepted, and cleaned.

@pytest.mark.parametrize("fmt,ext", [("JPEG", "jpg"), ("PNG", "png"), ("WEBP", "webp")])
def test_real_images_are_accepted_and_re_encoded_under_a_random_ascii_name(fmt, ext):
    original = image_bytes(fmt, (320, 200))
    result = validate_and_reencode_image(upload(original, name="Ảnh hội nghị (1).JPG"))
    assert isinstance(result, ContentFile)
    assert result.name.endswith(f".{ext}") and result.name.isascii() and "/" not in result.name
    assert len(result.name) == len("0" * 32 + "." + ext)
    with Image.open(io.BytesIO(result.read())) as decoded:
        assert decoded.format == fmt and decoded.size == (320, 200)


def test_the_stored_extension_follows_the_content_not_the_name():
    result = validate_and_reencode_image(upload(image_bytes("PNG"), name="anh.jpg"))
    assert result.name.endswith(".png")


def test_exif_orientation_is_applied_then_all_metadata_including_gps_is_stripped():
    exif = Image.Exif()
    exif[0x0112] = 6  # "rotate 90° clockwise to display"
    exif[0x010F] = "Canon"
    exif[0x8825] = {1: "N", 2: (10.0, 20.0, 30.0), 3: "E", 4: (105.0, 50.0, 0.0)}
    buffer = io.BytesIO()
    Image.new("RGB", (40, 20), (200, 10, 10)).save(buffer, "JPEG", exif=exif.tobytes(), comment=b"secret note")
    assert b"Canon" in buffer.getvalue()
    result = validate_and_reencode_image(upload(buffer.getvalue())).read()
    with Image.open(io.BytesIO(result)) as decoded:
        assert decoded.size == (20, 40), "the photo stands upright"
        assert not decoded.getexif()
        assert "exif" not in decoded.info and "comment" not in decoded.info and "icc_profile" not in decoded.info
    assert b"Canon" not in result and b"secret note" not in result and b"Exif" not in result


def test_png_text_chunks_are_stripped():
    from PIL import PngImagePlugin

    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "Nguyễn Văn A, 0912345678")
    buffer = io.BytesIO()
    Image.new("RGBA", (30, 30), (0, 0, 0, 0)).save(buffer, "PNG", pnginfo=info)
    result = validate_and_reencode_image(upload(buffer.getvalue(), "anh.png", "image/png")).read()
    assert b"0912345678" not in result
    with Image.open(io.BytesIO(result)) as decoded:
        assert decoded.mode == "RGBA", "transparency survives"


# --- Refused, each with a crafted file.

def test_svg_is_refused_even_when_named_and_typed_as_jpeg():
    svg = b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect/></svg>'
    assert "từ chối" in refused(svg)


def test_svg_without_a_script_is_refused_too():
    message = refused(b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect/></svg>', "a.png")
    assert "từ chối" in message


def test_html_is_refused():
    html = b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
    assert "từ chối" in refused(html, "anh.png", "image/png")


def test_plain_text_is_refused_as_not_an_image():
    assert "không phải ảnh hợp lệ" in refused("Đây là văn bản, không phải ảnh.".encode(), "anh.webp", "image/webp")


def test_polyglot_jpeg_with_a_script_appended_is_refused():
    polyglot = image_bytes("JPEG") + b"<script>alert(1)</script>"
    with Image.open(io.BytesIO(polyglot)) as still_an_image:
        still_an_image.load()  # Pillow alone would happily accept it
    assert "mã lệnh" in refused(polyglot)


def test_polyglot_with_html_hidden_in_a_jpeg_comment_is_refused():
    buffer = io.BytesIO()
    Image.new("RGB", (50, 50)).save(buffer, "JPEG", comment=b"<html><body onload=alert(1)>")
    assert "mã lệnh" in refused(buffer.getvalue())


def test_polyglot_png_with_html_in_a_text_chunk_is_refused():
    from PIL import PngImagePlugin

    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", "<svg/onload=alert(1)>")
    buffer = io.BytesIO()
    Image.new("RGB", (30, 30)).save(buffer, "PNG", pnginfo=info)
    assert "mã lệnh" in refused(buffer.getvalue(), "anh.png", "image/png")


def test_gifar_a_gif_carrying_a_java_archive_is_refused():
    gifar = image_bytes("GIF") + jar_bytes()
    assert refused(gifar, "anh.gif", "image/gif")


def test_jpeg_carrying_a_java_archive_is_refused():
    assert "tệp nén" in refused(image_bytes("JPEG") + jar_bytes())


def test_truncated_jpeg_is_refused():
    data = image_bytes("JPEG", (400, 300))
    assert "không phải ảnh hợp lệ" in refused(data[: len(data) * 2 // 3])


def test_truncated_png_is_refused():
    buffer = io.BytesIO()
    Image.frombytes("RGB", (200, 200), os.urandom(200 * 200 * 3)).save(buffer, "PNG")
    data = buffer.getvalue()
    assert "không phải ảnh hợp lệ" in refused(data[: len(data) // 2], "anh.png", "image/png")


def test_a_name_with_a_parent_directory_is_refused():
    for name in ["../../etc/cron.d/anh.jpg", "..\\..\\anh.jpg", "/etc/passwd", "anh/../../x.jpg"]:
        with pytest.raises(ValidationError) as caught:
            validate_and_reencode_image(ContentFile(image_bytes("JPEG"), name=name))
        assert "Tên tệp không hợp lệ" in caught.value.messages[0], name


@pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")  # Pillow's own notice on opening
def test_a_decompression_bomb_is_refused_with_a_clear_message_before_decoding():
    bomb = png_bomb(12_000, 12_000)  # 144 million pixels in about 150 kB
    assert len(bomb) < 1_000_000
    message = refused(bomb, "anh.png", "image/png")
    assert "12000 × 12000 điểm ảnh" in message and "thu nhỏ" in message


def test_a_header_declaring_billions_of_pixels_is_refused():
    message = refused(png_declaring(100_000, 100_000), "anh.png", "image/png")
    assert "vượt giới hạn" in message


def test_the_pixel_limit_comes_from_settings(settings):
    settings.MAX_IMAGE_PIXELS = 10_000
    assert "vượt giới hạn" in refused(image_bytes("JPEG", (200, 100)))


def test_the_byte_limit_comes_from_settings(settings):
    settings.MAX_UPLOAD_BYTES = 1_000
    data = image_bytes("PNG", (300, 300), color=(1, 2, 3)) + b"\x00" * 2_000
    assert "quá lớn" in refused(data, "anh.png", "image/png")


@pytest.mark.parametrize("fmt", ["GIF", "BMP", "TIFF"])
def test_other_image_formats_are_refused(fmt):
    message = refused(image_bytes(fmt), "anh.jpg")
    assert "Chỉ nhận ảnh JPEG, PNG hoặc WebP" in message


def test_an_empty_file_is_refused():
    with pytest.raises(ValidationError):
        validate_and_reencode_image(ContentFile(b"", name="anh.jpg"))
