"""A Word report's pictures keep their places: each one between two paragraphs becomes, in the stored body, the
figure the body editor writes for that photo, so the editor and the public page show it there, and only there."""

import re

import pytest
from docx import Document

from articles.models import Article, Photo

from . import word_documents as docs
from .conftest import import_articles, publish, write

pytestmark = pytest.mark.django_db

HEADLINE = "Cần Thơ khánh thành cầu Trần Hoàng Na"
LEAD = "Sáng 2/9/2024, thành phố Cần Thơ khánh thành cầu Trần Hoàng Na nối hai quận Ninh Kiều và Cái Răng."
FIRST = "Cầu dài 1.100 mét, rộng 27 mét, tổng vốn đầu tư hơn 1.000 tỉ đồng."
SECOND = "Công trình rút ngắn thời gian đi lại giữa trung tâm thành phố và các khu dân cư phía nam."
THIRD = "Lãnh đạo thành phố đề nghị các đơn vị tiếp tục hoàn thiện hạ tầng hai đầu cầu trong năm nay."
CAPTION = "Các đại biểu cắt băng khánh thành cầu."


def placed_report(*, second=SECOND):
    """Headline, lead, a paragraph, a picture with its italic caption and credit, a paragraph, a picture without
    caption, a paragraph."""
    document = Document()
    document.add_paragraph(HEADLINE)
    document.add_paragraph(LEAD)
    document.add_paragraph(FIRST)
    docs.add_picture(document, docs.picture(color=(200, 40, 40)))
    document.add_paragraph().add_run(f"{CAPTION} (Ảnh: Thanh Tùng)").italic = True
    document.add_paragraph(second)
    docs.add_picture(document, docs.picture("PNG", color=(40, 160, 40)), centred=False)
    document.add_paragraph(THIRD)
    return docs.save(document)


def blocks(body):
    """The body's top-level blocks: ("p", text) or ("figure", photo id)."""
    found = []
    for match in re.finditer(r"<p>(.*?)</p>|<figure data-photo-id=\"(\d+)\">.*?</figure>", body, flags=re.S):
        found.append(("p", match.group(1)) if match.group(1) is not None else ("figure", int(match.group(2))))
    return found


def test_each_picture_between_paragraphs_is_stored_as_its_photos_figure_in_its_place(import_dir):
    write(import_dir, "cau.docx", placed_report())
    import_articles(import_dir)
    article = Article.objects.get()
    first, second = article.photos.order_by("position")
    assert blocks(article.body) == [
        ("p", FIRST), ("figure", first.pk), ("p", SECOND), ("figure", second.pk), ("p", THIRD),
    ]
    # The figure the body editor writes: the photo's rendition, its alt text, its caption and credit.
    figure = re.search(rf'<figure data-photo-id="{first.pk}">.*?</figure>', article.body, flags=re.S).group(0)
    assert re.search(r'<img src="/media/[^"]+\.jpg" alt="Các đại biểu cắt băng khánh thành cầu\." width="320" '
                     r'height="200">', figure)
    assert f"<figcaption>{CAPTION} <small>Ảnh: Thanh Tùng</small></figcaption>" in figure
    assert (first.caption, first.credit) == (CAPTION, "Ảnh: Thanh Tùng")
    assert "<figcaption>Ảnh 2 (chưa có chú thích)</figcaption>" in article.body
    assert "<!--" not in article.body
    # The version the workflow recorded is the body with its figures.
    assert article.revisions.get().snapshot["body"] == article.body


def test_the_public_page_shows_each_placed_photo_once_in_its_place(import_dir, client):
    write(import_dir, "cau.docx", placed_report())
    import_articles(import_dir)
    article = Article.objects.get()
    publish(article)
    page = client.get(article.get_absolute_url()).content.decode()
    story = page[page.index("<article"):page.index("</article>")]
    first, second = article.photos.order_by("position")
    for photo in (first, second):
        assert story.count(f'data-photo-id="{photo.pk}"') == 1
    assert story.count(f"<figcaption>{CAPTION}") == 1 and story.count(f'alt="{CAPTION}"') == 1
    assert '<figure class="photo">' not in story  # nothing repeated above or below the body
    assert story.index(FIRST) < story.index(f'data-photo-id="{first.pk}"') < story.index(SECOND) \
        < story.index(f'data-photo-id="{second.pk}"') < story.index(THIRD)


def test_importing_the_same_file_again_is_unchanged_and_a_changed_one_places_its_new_photos(import_dir):
    write(import_dir, "cau.docx", placed_report())
    import_articles(import_dir)
    body = Article.objects.get().body
    out, _ = import_articles(import_dir)
    assert "unchanged: 1" in out
    assert Article.objects.get().body == body and Photo.objects.count() == 2

    write(import_dir, "cau.docx", placed_report(second="Công trình rút ngắn thời gian đi lại về phía nam."))
    out, _ = import_articles(import_dir)
    assert "updated" in out
    article = Article.objects.get()
    first, second = article.photos.order_by("position")
    assert [kind_id for kind_id in blocks(article.body) if kind_id[0] == "figure"] == [
        ("figure", first.pk), ("figure", second.pk),
    ]


def test_a_picture_that_opens_the_report_stays_the_featured_photo_above_the_body(import_dir, client):
    write(import_dir, "mo-dau.docx", docs.alt_text_report())  # the picture sits between the lead and the body
    import_articles(import_dir)
    article = Article.objects.get()
    photo = article.photos.get()
    assert photo.is_featured and "<figure" not in article.body
    publish(article)
    page = client.get(article.get_absolute_url()).content.decode()
    story = page[page.index("<article"):page.index("</article>")]
    assert story.count('<figure class="photo">') == 1
    assert story.index('<figure class="photo">') < story.index('<div class="body">')


def test_a_dry_run_stores_nothing_and_a_batch_with_other_files_still_places_the_photos(import_dir):
    write(import_dir, "cau.docx", placed_report())
    out, _ = import_articles(import_dir, "--dry-run")
    assert not Article.objects.exists() and not Photo.objects.exists()
    write(import_dir, "bao-cao.docx", docs.report(gps=False))
    write(import_dir, "tin.txt", "Huyện Phong Điền ra quân làm đường\n\n"
                                 "Sáng 3/9/2024, huyện Phong Điền ra quân làm đường giao thông nông thôn.")
    out, _ = import_articles(import_dir)
    assert "created: 3" in out
    placed = Article.objects.get(title=HEADLINE)
    assert [kind for kind, _ in blocks(placed.body)] == ["p", "figure", "p", "figure", "p"]
    report = Article.objects.get(title=docs.HEADLINE)
    ids = [photo.pk for photo in report.photos.order_by("position")]
    assert [value for kind, value in blocks(report.body) if kind == "figure"] == ids
    assert "<figure" not in Article.objects.get(title__startswith="Huyện Phong Điền").body
