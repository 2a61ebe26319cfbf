"""The sanitiser judges a URL by where it leads once decoded and normalised, not by how it is spelt
(issue 12, finding 12): an image stays inside our media, and no link or image leads into the admin."""

import pytest

from core.html import resolve_url, sanitize_html
from tests.factories import make_article

ADMIN = "quan-tri"

# Each of these, one way or another, reaches the admin (an edit lock, a workflow action) or leaves /media/.
ESCAPING_MEDIA = [
    "/media/../quan-tri/articles/article/1/khoa/acquire/",
    "/media/%2e%2e/quan-tri/articles/article/1/khoa/acquire/",
    "/media/%2E%2E/quan-tri/",
    "/media/%2e%2E/quan-tri/",
    "/media/.%2e/quan-tri/",
    "/media/%2e./quan-tri/",
    "/media/%252e%252e/quan-tri/",
    "/media/%25252e%25252e/quan-tri/",
    "/media/..%2fquan-tri/",
    "/media/..%2Fquan-tri/",
    "/media/%2e%2e%2fquan-tri/",
    "/media/..%252fquan-tri/",
    "/media/..\\quan-tri/",
    "/media\\..\\quan-tri\\",
    "/media/..%5cquan-tri/",
    "/media/..%255cquan-tri/",
    "/media/./../quan-tri/",
    "/media/anh/../../quan-tri/",
    "/media/anh/%2e%2e/%2e%2e/quan-tri/",
    "/media//../quan-tri/",
    "/media/a%3f/../../quan-tri/",
    "/media/．．/quan-tri/",
    "/media/..",
    "/media/%2e%2e",
    "/media/../static/x.svg",
    "/media/%2e%2e/xem-truoc/bi-mat/",
    "/media/%00/a.jpg",
    "/media/a%0a.jpg",
    "/media/a\x01.jpg",
    "/media/%252525252525252e%252525252525252e/quan-tri/",
    "//evil.example/media/a.jpg",
    "/\\evil.example/media/a.jpg",
    "\\\\evil.example/media/a.jpg",
    "///evil.example/media/a.jpg",
    "https://evil.example/media/a.jpg",
    "https:/media/a.jpg",
    "http:media/a.jpg",
    "media/a.jpg",
    "../media/a.jpg",
    "/Media/a.jpg",
]

INTO_THE_ADMIN = [
    "/quan-tri/",
    "/quan-tri",
    "/Quan-Tri/articles/",
    "/QUAN-TRI/articles/article/1/quy-trinh/approve/",
    "/quan-tri/articles/article/1/khoa/acquire/",
    "/%71uan-tri/",
    "/%2571uan-tri/",
    "/./quan-tri/",
    "/tin-tuc/../quan-tri/",
    "/tin-tuc/%2e%2e/quan-tri/",
    "/tin-tuc/%252e%252e/quan-tri/",
    "/tin-tuc/..%2fquan-tri/",
    "/tin-tuc/..\\quan-tri/",
    "\\quan-tri\\",
    "/media/%2e%2e/quan-tri/articles/article/2/khoa/acquire/",
    "http://testserver/quan-tri/",
    "https://TESTSERVER/quan-tri/",
    "https://testserver./quan-tri/",
    "https://testserver:8443/quan-tri/",
    "https://user@testserver/quan-tri/",
    "//testserver/quan-tri/",
    "https:///testserver/quan-tri/",
    "https:\\\\testserver\\quan-tri\\",
    "https://%74estserver/quan-tri/",
    "https://ｔｅｓｔｓｅｒｖｅｒ/quan-tri/",
    "https:quan-tri/",
    "https:/quan-tri/",
    "../quan-tri/",
    "../../khoa/acquire/",
    "khoa/acquire/",
    "?op=acquire",
    "/xem-truoc/ma-bi-mat/",
    "/%78em-truoc/ma-bi-mat/",
    " /quan-tri/",
    "/quan\ttri/".replace("\t", "-\t"),
]

KEPT_LINKS = [
    "https://chinhphu.vn/",
    "https://baochinhphu.vn/tin-tuc/chinh-sach-moi-102250101.htm",
    "http://vanban.chinhphu.vn/?pageid=27160&docid=212345",
    "https://vi.wikipedia.org/wiki/Vi%E1%BB%87t_Nam",
    "https://example.vn/quan-tri/",  # someone else's admin is not ours
    "mailto:toasoan@example.vn",
    "#muc-2",
    "/tin-tuc/",
    "/tin-tuc/xa-dao-hon-nghe/",
    "/chu-de/giao-duc/?trang=2",
    "https://testserver/tin-tuc/",
]

KEPT_IMAGES = [
    "/media/anh/2025/11/a.jpg",
    "/media/anh/2025/11/a.jpg?v=2",
    "/media/chan-dung/2025/01/b.webp",
]


def _img(src):
    return sanitize_html(f'<p><img src="{src}" alt="ảnh"></p>')


def _link(href):
    return sanitize_html(f'<p><a href="{href}">liên kết</a></p>')


@pytest.mark.parametrize("src", ESCAPING_MEDIA + INTO_THE_ADMIN)
def test_an_image_that_leaves_our_media_loses_its_source(src):
    cleaned = _img(src)
    assert "src=" not in cleaned, cleaned
    assert "<img" in cleaned and 'alt="ảnh"' in cleaned


@pytest.mark.parametrize("href", INTO_THE_ADMIN)
def test_a_link_into_the_admin_or_a_preview_loses_its_target(href):
    cleaned = _link(href)
    assert "href=" not in cleaned, cleaned
    assert "liên kết" in cleaned


@pytest.mark.parametrize("href", [
    "/media/%2e%2e/quan-tri/", "/media/..%2fquan-tri/", "/media/%252e%252e/quan-tri/", "/media/..\\quan-tri/",
])
def test_a_link_through_media_into_the_admin_loses_its_target(href):
    assert "href=" not in _link(href)


@pytest.mark.parametrize("href", KEPT_LINKS)
def test_ordinary_links_are_kept_as_written(href):
    cleaned = _link(href)
    assert f'href="{href.replace("&", "&amp;")}"' in cleaned, cleaned


@pytest.mark.parametrize("src", KEPT_IMAGES)
def test_images_from_our_media_are_kept_as_written(src):
    assert f'src="{src}"' in _img(src)


@pytest.mark.parametrize("src", ["/media/anh/./a.jpg", "/media/anh/x/../a.jpg", "/media/anh/%2e/a.jpg"])
def test_an_image_whose_every_reading_stays_inside_media_is_kept(src):
    assert "src=" in _img(src)


def test_entity_encoded_dots_are_read_as_dots():
    assert "src=" not in sanitize_html('<p><img src="/media/&#x2e;&#x2e;/quan-tri/"></p>')
    assert "href=" not in sanitize_html('<p><a href="/media/&#46;&#46;/quan-tri/">x</a></p>')


def test_media_on_a_cdn_is_allowed_only_on_that_host_and_path(settings):
    settings.MEDIA_URL = "https://cdn.example.vn/media/"
    assert "src=" in _img("https://cdn.example.vn/media/anh/a.jpg")
    assert "src=" in _img("//cdn.example.vn/media/anh/a.jpg")
    assert "src=" not in _img("https://cdn.example.vn/media/%2e%2e/khac/a.jpg")
    assert "src=" not in _img("https://cdn.example.vn.evil.example/media/a.jpg")
    assert "src=" not in _img("https://evil.example@cdn.example.vn.evil.example/media/a.jpg")
    assert "src=" not in _img("/media/anh/a.jpg")


def test_an_allowed_media_origin_may_serve_images(settings):
    settings.CSP_MEDIA_ORIGINS = ["https://bucket.s3.example.vn"]
    assert "src=" in _img("https://bucket.s3.example.vn/media/anh/a.jpg")
    assert "src=" not in _img("https://other.s3.example.vn/media/anh/a.jpg")


def test_a_renamed_admin_is_protected_too(settings):
    settings.ADMIN_URL = "bi-mat-123/"
    assert "href=" not in _link("/media/%2e%2e/bi-mat-123/articles/")
    assert "href=" in _link("/quan-tri/")


def test_the_resolution_is_exposed_for_other_checks():
    url = resolve_url("/media/anh/%2e%2e/%252e%252e/quan-tri/")
    assert url.host is None and "/quan-tri/" in url.paths


@pytest.mark.django_db
def test_an_article_saved_with_an_escaping_image_keeps_no_admin_url():
    article = make_article(body='<p>Ảnh:</p><p><img src="/media/%2e%2e/quan-tri/articles/article/7/khoa/acquire/" '
                                'alt="x"><a href="/media/..%2f' + ADMIN + '/">y</a></p>')
    article.refresh_from_db()
    assert ADMIN not in article.body
