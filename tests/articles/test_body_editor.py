"""The article body's rich-text editor in the admin (issue 14): what the widget renders and loads, and that what
the editor writes goes through the one sanitiser and comes back unchanged, while existing bodies stay as they were."""

import re

import pytest
from django.contrib.staticfiles import finders
from django.urls import reverse

from articles.models import Status
from core.html import sanitize_html
from tests.factories import PASSWORD, make_article, make_photo
from tests.workflow.conftest import make_role_user
from tests.workflow.helpers import change_form_data, change_url
from workflow.admin.editor import BodyEditorWidget, photo_choices

# What the editor writes for a photo placed between two paragraphs (body-editor.js, PhotoFigure.renderHTML).
EDITOR_BODY = (
    '<p>Đoạn một có <strong>chữ đậm</strong> và <a href="https://example.gov.vn/tin">liên kết</a>.</p>'
    '<figure data-photo-id="{id}"><img src="{src}" alt="Lễ khởi công." width="640" height="400">'
    "<figcaption>Lễ khởi công. <small>Ảnh: Minh Anh</small></figcaption></figure>"
    "<ul><li><p>Một</p></li><li><p>Hai</p></li></ul><blockquote><p>Trích dẫn.</p></blockquote>"
    "<h2>Tiêu đề phụ</h2><h3>Tiêu đề nhỏ</h3><ol><li><p>Ba</p></li></ol><p>Đoạn hai.</p>"
)


@pytest.fixture
def editor(db):
    return make_role_user("editor", "bientap")


@pytest.fixture
def editor_client(client, editor):
    client.login(username=editor.username, password=PASSWORD)
    return client


@pytest.fixture
def draft(editor):
    return make_article("Khởi công tuyến đường ven biển", status=Status.DRAFT, author=editor,
                        provinces=["kien-giang"], topics=["xay-dung-dang"])


def test_the_widget_offers_the_articles_saved_photos_with_their_renditions(draft):
    photo = make_photo(draft, "Lễ khởi công.", credit="Ảnh: Minh Anh")
    make_photo(draft, "Chú thích chờ ảnh.", with_image=False)
    [choice] = photo_choices(draft)
    assert choice["id"] == photo.pk
    assert choice["caption"] == "Lễ khởi công." and choice["credit"] == "Ảnh: Minh Anh"
    assert choice["src"].startswith("/media/renditions/") and choice["src"].endswith(".jpg")
    assert choice["thumb"].startswith("/media/renditions/")
    assert (choice["width"], choice["height"]) == (640, 400)


def test_a_new_article_has_no_photos_to_offer():
    assert photo_choices(None) == []


def test_the_widget_renders_a_plain_textarea_the_script_takes_over():
    html = BodyEditorWidget(photos=[{"id": 1, "caption": "Ảnh “một”"}]).render("body", "<p>Đoạn.</p>", {"id": "id_body"})
    assert "data-body-editor" in html and "required" not in html
    assert "&lt;p&gt;Đoạn.&lt;/p&gt;" in html  # the HTML is the textarea's text, escaped, never markup
    assert "data-photos=\"[{&quot;id&quot;: 1, &quot;caption&quot;: &quot;Ảnh “một”&quot;}]\"" in html


def test_the_widget_loads_its_module_without_an_import_map_or_inline_script():
    media = str(BodyEditorWidget().media)
    assert '<script src="/static/workflow/body-editor.js" type="module"></script>' in media
    assert "importmap" not in media
    assert all(re.search(r'<script src="[^"]+"', tag) for tag in re.findall(r"<script[^>]*>", media))


def test_every_name_the_editor_module_imports_is_exported_by_the_installed_bundle():
    module = finders.find("workflow/body-editor.js")
    source = open(module, encoding="utf-8").read()
    imports = re.search(r'import \{([^}]*)\} from "\.\./django_prose_editor/editor\.js"', source)
    assert imports, "body-editor.js imports the bundle by its relative static path"
    bundle = finders.find("django_prose_editor/editor.js")
    assert bundle, "django-prose-editor's bundle is served from static"
    exported = set(re.findall(r"\bas (\w+)", open(bundle, encoding="utf-8").read()[-20000:]))
    wanted = {name.strip() for name in imports.group(1).split(",") if name.strip()}
    assert wanted <= exported, wanted - exported


@pytest.mark.parametrize("posted,stored", [
    ("<p></p>", ""),
    ("<p>Đoạn.</p><p></p>", "<p>Đoạn.</p>"),
    ("<p>Một.</p><p><br></p><p>Hai.</p>", "<p>Một.</p><p>Hai.</p>"),
])
def test_empty_paragraphs_the_editor_keeps_are_not_posted(posted, stored):
    assert BodyEditorWidget().value_from_datadict({"body": posted}, {}, "body") == stored


def test_the_editors_html_passes_the_sanitiser_unchanged(draft):
    photo = make_photo(draft, "Lễ khởi công.", credit="Ảnh: Minh Anh")
    body = EDITOR_BODY.format(id=photo.pk, src=photo_choices(draft)[0]["src"])
    assert sanitize_html(body) == body.replace('<a href="https://example.gov.vn/tin">',
                                               '<a href="https://example.gov.vn/tin" rel="noopener">')


@pytest.mark.parametrize("figure,kept", [
    ('<figure data-photo-id="12">', '<figure data-photo-id="12">'),
    ('<figure data-photo-id="12 onload=x">', "<figure>"),
    ('<figure data-photo-id="١٢">', "<figure>"),
    ('<figure data-other="1" class="x">', "<figure>"),
])
def test_a_figure_keeps_only_a_numeric_photo_id(figure, kept):
    cleaned = sanitize_html(f'{figure}<img src="/media/anh/a.jpg" alt=""></figure>')
    assert cleaned.startswith(kept)


def test_a_placed_photo_from_outside_our_media_loses_its_image():
    cleaned = sanitize_html('<figure data-photo-id="1"><img src="https://evil.example/a.jpg" alt="x">'
                            "<figcaption>x <small>Ảnh: y</small></figcaption></figure>")
    assert "evil" not in cleaned and "<small>Ảnh: y</small>" in cleaned


def test_the_change_form_shows_the_editor_under_a_strict_csp(editor_client, draft):
    make_photo(draft, "Lễ khởi công.", credit="Ảnh: Minh Anh")
    response = editor_client.get(change_url(draft))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'data-body-editor=""' in html and "Lễ khởi công." in html
    assert "/static/workflow/admin_editor.css" in html and "/static/django_prose_editor/editor.css" in html
    assert "importmap" not in html
    csp = response["Content-Security-Policy"]
    assert "unsafe-inline" not in csp and "script-src 'self'" in csp
    assert "HTML" not in str(response.context["adminform"].form.fields["body"].help_text)


def test_a_body_written_in_the_editor_is_stored_as_written_and_shown_on_the_public_page(editor_client, draft):
    photo = make_photo(draft, "Lễ khởi công.", credit="Ảnh: Minh Anh")
    src = photo_choices(draft)[0]["src"]
    body = EDITOR_BODY.format(id=photo.pk, src=src)
    response = editor_client.post(change_url(draft), change_form_data(draft, body=body + "<p></p>"))
    assert response.status_code == 302, response.context and response.context["errors"]
    draft.refresh_from_db()
    assert draft.body == sanitize_html(body)
    assert draft.body.index("Đoạn một") < draft.body.index("<figure") < draft.body.index("Đoạn hai")

    draft.status = Status.PUBLISHED
    draft.publish_at = draft.updated_at
    draft.save()
    page = editor_client.get(draft.get_absolute_url()).content.decode()
    shown = page[page.index('<div class="body">'):]
    assert f'<figure data-photo-id="{photo.pk}"><img src="{src}"' in shown
    assert "<figcaption>Lễ khởi công. <small>Ảnh: Minh Anh</small></figcaption>" in shown
    # A photo placed in the body is not shown again above or below it.
    assert '<figure class="photo">' not in page


@pytest.mark.parametrize("body", [
    "<p>Đoạn một.</p>\n<p>Đoạn hai.</p>",
    "<h2>Mục</h2>\n<p>Có <strong>đậm</strong>, <em>nghiêng</em>, <sub>2</sub>.</p>\n"
    "<table><tbody><tr><td>Kiên Giang</td></tr></tbody></table>",
])
def test_existing_bodies_come_back_unchanged_when_the_form_is_saved_without_touching_them(editor_client, draft, body):
    draft.body = body
    draft.save()
    response = editor_client.post(change_url(draft), change_form_data(draft, title="Tiêu đề mới"))
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.body == body


def test_the_admin_change_page_for_a_new_article_offers_no_photos(editor_client):
    response = editor_client.get(reverse("admin:articles_article_add"))
    assert response.status_code == 200
    assert 'data-photos="[]"' in response.content.decode()
