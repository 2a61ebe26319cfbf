from core.html import html_to_text, sanitize_html


def test_plain_text_becomes_escaped_paragraphs():
    assert sanitize_html("Đoạn một.\n\nĐoạn <hai> & ba.") == "<p>Đoạn một.</p>\n<p>Đoạn &lt;hai&gt; &amp; ba.</p>"


def test_scripts_and_event_handlers_are_removed():
    cleaned = sanitize_html('<p onclick="x()">A<script>alert(1)</script></p><img src=x onerror=alert(1)>')
    assert "script" not in cleaned and "onclick" not in cleaned and "onerror" not in cleaned


def test_links_keep_safe_schemes_only_and_get_noopener():
    cleaned = sanitize_html('<p><a href="javascript:alert(1)">x</a> <a href="https://chinhphu.vn">y</a></p>')
    assert "javascript" not in cleaned
    assert 'href="https://chinhphu.vn"' in cleaned and 'rel="noopener"' in cleaned


def test_images_only_from_our_media():
    cleaned = sanitize_html('<p><img src="https://evil.example/p.gif"><img src="/media/anh/a.jpg" alt="a"></p>')
    assert "evil.example" not in cleaned
    assert 'src="/media/anh/a.jpg"' in cleaned


def test_visible_text_of_html():
    assert html_to_text("<p>Một &amp; hai</p><p>Ba</p>") == "Một & hai\nBa"
