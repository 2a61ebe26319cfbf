"""`make serve` (DEBUG off, SERVE_MEDIA=1) serves uploaded photos from MEDIA_ROOT, and nothing else."""

from pathlib import Path

import pytest

from renditions.images import renditions_for
from tests.factories import image_bytes, make_article, make_photo

pytestmark = pytest.mark.django_db


@pytest.fixture
def serving(settings, tmp_path):
    assert settings.DEBUG is False  # what `make serve` runs with
    settings.SERVE_MEDIA = True
    settings.MEDIA_ROOT = str(tmp_path / "media")
    settings.PRIVATE_MEDIA_ROOT = str(tmp_path / "private-media")
    Path(settings.MEDIA_ROOT).mkdir()
    return Path(settings.MEDIA_ROOT)


def test_an_uploaded_photo_and_its_renditions_are_served_with_debug_off(client, serving):
    photo = make_photo(make_article("Bài có ảnh"))
    response = client.get(photo.image.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == Path(photo.image.path).read_bytes()
    assert response["Content-Type"] == "image/jpeg"
    # Random names are never reused: browsers and proxies may keep the file for good.
    assert response["Cache-Control"] == "public, max-age=31536000, immutable"

    rendition = renditions_for(photo.image).items[0].webp
    response = client.get(f"/media/{rendition}")
    assert response.status_code == 200
    assert response["Cache-Control"] == "public, max-age=86400"  # rewritten in place when the format changes


def test_the_article_page_links_photos_that_load(client, serving):
    article = make_article("Bài có ảnh được đăng")
    make_photo(article)
    page = client.get(article.get_absolute_url()).content.decode()
    sources = [part.split('"')[0] for part in page.split('src="/media/')[1:]]
    assert sources
    for source in sources:
        assert client.get(f"/media/{source}").status_code == 200, source


def test_media_are_not_served_when_serve_media_is_off(client, settings, serving):
    (serving / "anh.jpg").write_bytes(image_bytes())
    settings.SERVE_MEDIA = False
    assert client.get("/media/anh.jpg").status_code == 404


def test_readers_submitted_photos_are_never_served(client, settings, serving):
    # Even when the private folder is configured inside MEDIA_ROOT by mistake.
    private = serving / "gui-tin-bai"
    private.mkdir()
    (private / "anh-ban-doc.jpg").write_bytes(image_bytes())
    settings.PRIVATE_MEDIA_ROOT = str(private)
    assert client.get("/media/gui-tin-bai/anh-ban-doc.jpg").status_code == 404


def test_paths_outside_media_root_hidden_files_and_folders_are_refused(client, serving):
    (serving / ".env").write_text("SECRET=1")
    (serving / "anh").mkdir()
    (serving.parent / "ngoai.txt").write_text("ngoài thư mục media")
    for url in ["/media/.env", "/media/anh/", "/media/%2e%2e/ngoai.txt", "/media/..%2fngoai.txt",
                "/media/khong-co.jpg"]:
        assert client.get(url).status_code == 404, url
    assert client.post("/media/.env").status_code in {403, 405}
