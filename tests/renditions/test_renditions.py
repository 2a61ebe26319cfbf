import io
import json
import re
from types import SimpleNamespace

import pytest
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from PIL import Image

from articles.models import Photo
from renditions import images as renditions
from renditions.images import renditions_for, widths_for
from tests.factories import make_article

pytestmark = pytest.mark.django_db

GPS_IFD = 0x8825
ORIENTATION = 0x0112


def camera_jpeg(size=(1600, 900), orientation=6):
    """A JPEG as a phone writes it: landscape pixels, an orientation tag saying "turn 90°", and GPS."""
    image = Image.new("RGB", size, (200, 30, 30))
    image.paste((30, 30, 200), (0, 0, size[0] // 2, size[1]))  # left half blue, to check the turn
    exif = Image.Exif()
    exif[ORIENTATION] = orientation
    exif[0x010F] = "PhoneMaker"
    exif.get_ifd(GPS_IFD).update({1: "N", 2: (10.0, 30.0, 0.0), 3: "E", 4: (106.0, 40.0, 0.0)})
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif.tobytes(), quality=90)
    return out.getvalue()


def photo_with(data, name="anh.jpg", **kwargs):
    article = make_article("Tin có ảnh", provinces=["ha-noi"])
    photo = Photo(article=article, caption="Quang cảnh buổi lễ.", is_featured=True, **kwargs)
    photo.image.save(name, ContentFile(data), save=False)
    photo.save()
    return photo


def test_exif_orientation_is_applied_and_no_metadata_is_served():
    photo = photo_with(camera_jpeg())
    result = renditions_for(photo.image)
    assert (result.width, result.height) == (900, 1600)  # turned upright
    assert [item.width for item in result.items] == [320, 640, 900]
    for item in result.items:
        for name in (item.webp, item.jpg):
            with default_storage.open(name, "rb") as handle:
                data = handle.read()
            assert b"Exif" not in data and b"PhoneMaker" not in data
            served = Image.open(io.BytesIO(data))
            assert not served.getexif() and "exif" not in served.info
            assert served.size == (item.width, item.height)
    with default_storage.open(result.largest.jpg, "rb") as handle:
        upright = Image.open(handle).convert("RGB")
        # Orientation 6 turns the picture clockwise: the blue left half ends up on top.
        assert upright.getpixel((upright.width // 2, 10))[2] > 150
        assert upright.getpixel((upright.width // 2, upright.height - 10))[0] > 150
    # The original stays untouched for editors.
    with default_storage.open(photo.image.name, "rb") as handle:
        assert Image.open(handle).getexif()[ORIENTATION] == 6


def test_each_rendition_is_generated_once_and_then_read_from_cache_or_storage(monkeypatch):
    photo = photo_with(camera_jpeg(orientation=1))
    calls = []
    real = renditions.generate
    monkeypatch.setattr(renditions, "generate", lambda name: calls.append(name) or real(name))
    first = renditions_for(photo.image)
    assert renditions_for(photo.image) == first
    cache.clear()  # a restarted server, or another worker: the manifest on storage answers
    assert renditions_for(photo.image) == first
    assert calls == [photo.image.name]
    manifest = json.loads(default_storage.open(f"renditions/{photo.image.name.rsplit('.', 1)[0]}/manifest.json").read())
    assert manifest["width"] == 1600 and len(manifest["items"]) == 4


def test_widths_never_upscale_and_include_the_full_width():
    assert widths_for(4000) == [320, 640, 960, 1280]
    assert widths_for(1000) == [320, 640, 960, 1000]
    assert widths_for(200) == [200]


def test_images_over_the_pixel_limit_are_refused_gracefully_and_not_retried(settings, monkeypatch):
    settings.MAX_IMAGE_PIXELS = 100_000
    photo = photo_with(camera_jpeg(size=(800, 600), orientation=1))
    assert renditions_for(photo.image) is None
    monkeypatch.setattr(renditions, "generate", lambda name: pytest.fail("refused images are not retried"))
    cache.clear()
    assert renditions_for(photo.image) is None


def test_broken_or_missing_files_give_no_image_and_no_error():
    photo = photo_with(b"\xff\xd8\xff\xe0 not really a jpeg", name="hong.jpg")
    assert renditions_for(photo.image) is None
    # A row whose file was lost (a partial restore): the page shows no image rather than failing.
    assert renditions_for(SimpleNamespace(name="anh/2020/01/khong-co.jpg")) is None


def test_png_with_transparency_becomes_an_opaque_picture():
    image = Image.new("RGBA", (400, 300), (0, 0, 0, 0))
    out = io.BytesIO()
    image.save(out, "PNG")
    result = renditions_for(photo_with(out.getvalue(), name="logo.png").image)
    with default_storage.open(result.largest.jpg, "rb") as handle:
        assert Image.open(handle).convert("RGB").getpixel((5, 5)) == (255, 255, 255)


def test_article_page_serves_picture_elements_with_sizes_and_lazy_loading_below_the_fold(client):
    photo = photo_with(camera_jpeg(orientation=1))
    second = Photo(article=photo.article, caption="Ảnh thứ hai.", position=2)
    second.image.save("anh2.jpg", ContentFile(camera_jpeg(size=(1200, 800), orientation=1)), save=False)
    second.save()
    html = client.get(photo.article.get_absolute_url()).content.decode()
    pictures = re.findall(r"<picture>.*?</picture>", html, re.S)
    assert len(pictures) == 2
    first, later = pictures
    assert 'type="image/webp"' in first and ".webp 320w" in first and ".jpg 1280w" in first
    assert 'width="640" height="360"' in first
    assert 'fetchpriority="high"' in first and 'loading="lazy"' not in first
    assert 'loading="lazy"' in later
    assert photo.image.name not in html  # the original (with its metadata) is never linked


def test_list_cards_use_small_renditions(client):
    photo = photo_with(camera_jpeg(orientation=1))
    html = client.get("/tin-tuc/").content.decode()
    assert "renditions/" in html and "360px" in html
    assert photo.image.name not in html
