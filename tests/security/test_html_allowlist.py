"""The article body allow-list is exactly what issue 7 asks for, on every path an article is saved through."""

import pytest

from core.html import sanitize_html
from tests.factories import make_article

KEPT = [
    "<p>Đoạn văn.</p>", "<h2>Mục</h2>", "<h3>Mục nhỏ</h3>", "<h4>Ý</h4>", "<p><strong>đậm</strong> <em>nghiêng</em></p>",
    "<ul><li>một</li></ul>", "<ol><li>hai</li></ol>", "<blockquote><p>Trích dẫn.</p></blockquote>",
    "<table><thead><tr><th>Tỉnh</th></tr></thead><tbody><tr><td>Kiên Giang</td></tr></tbody></table>",
]


@pytest.mark.parametrize("html", KEPT)
def test_allowed_structure_is_kept(html):
    assert sanitize_html(html) == html


@pytest.mark.parametrize("tag", ["h1", "h5", "h6", "div", "span", "iframe", "script", "style", "form", "input",
                                 "object", "embed", "svg", "math", "video", "audio", "button", "textarea", "base"])
def test_other_elements_are_removed(tag):
    cleaned = sanitize_html(f"<p>a</p><{tag} class=x>b</{tag}>")
    assert f"<{tag}" not in cleaned


@pytest.mark.parametrize("href,kept", [
    ("http://baochinhphu.vn/", True), ("https://chinhphu.vn/", True), ("mailto:toasoan@example.vn", True),
    ("javascript:alert(1)", False), ("data:text/html,x", False), ("vbscript:x", False), ("ftp://x.example/", False),
    ("file:///etc/passwd", False),
])
def test_links_allow_http_https_and_mailto_only(href, kept):
    cleaned = sanitize_html(f'<p><a href="{href}">liên kết</a></p>')
    assert (f'href="{href}"' in cleaned) is kept


def test_every_link_gets_rel_noopener_and_loses_target_and_handlers():
    cleaned = sanitize_html('<p><a href="https://x.example" target="_blank" rel="opener" onclick="x()">x</a></p>')
    assert 'rel="noopener"' in cleaned and "target" not in cleaned and "onclick" not in cleaned
    assert 'rel="opener"' not in cleaned


@pytest.mark.parametrize("src,kept", [
    ("/media/anh/2025/11/a.jpg", True), ("https://evil.example/a.jpg", False), ("//evil.example/a.jpg", False),
    ("/static/x.png", False), ("/media/../static/x.svg", False), ("/media-khac/a.jpg", False),
    ("data:image/png;base64,AAAA", False), ("javascript:alert(1)", False),
])
def test_images_only_from_our_own_media(src, kept):
    cleaned = sanitize_html(f'<p><img src="{src}" alt="ảnh"></p>')
    assert (f'src="{src}"' in cleaned) is kept


def test_the_body_is_sanitised_whenever_an_article_is_saved(db):
    article = make_article(body='<p onclick="x()">A</p><script>alert(1)</script><h1>B</h1>')
    article.refresh_from_db()
    assert "onclick" not in article.body and "<script" not in article.body and "<h1" not in article.body
