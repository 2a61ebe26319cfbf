"""Word reports in the importer: headline, lead, body HTML, photos in order with captions and credits, recognition,
and bad files refused with nothing stored."""

import io
import os
import re
import stat
import zipfile

import pytest
from PIL import Image

from articles.models import Article, Photo
from importer.models import ImportRecord

from . import word_documents as docs
from .conftest import import_articles, write

pytestmark = pytest.mark.django_db


def stored_files(root):
    return [os.path.join(folder, name) for folder, _dirs, names in os.walk(root) for name in names]


def test_a_word_report_becomes_an_article_with_its_body_kept_as_allowed_html(import_dir):
    write(import_dir, "bao-cao.docx", docs.report())
    out, _ = import_articles(import_dir)
    assert "created" in out
    article = Article.objects.get()
    assert article.title == docs.HEADLINE
    assert article.lead == docs.LEAD
    assert article.byline == "Minh Anh - Thu Hà"
    body = article.body
    assert "<strong>đồng chí Nguyễn Văn Phong, Bí thư Tỉnh ủy</strong>" in body
    assert "<em>không khí</em>" in body
    assert "<h2>Kết quả nổi bật</h2>" in body
    assert "<ul>\n<li>Kết nạp 1.250 đảng viên mới.</li>\n<li>Thành lập 12 tổ chức cơ sở đảng.</li>\n</ul>" in body
    assert "<td>Đảng viên mới</td><td>1.250</td>" in body
    assert '<a href="https://kiengiang.dcs.vn/tong-ket" rel="noopener">trang Tỉnh ủy</a>' in body
    assert docs.TCVN3_UNICODE in body and "§" not in body
    # Captions and credits went to the photos (shown in their figures), not into the story's paragraphs.
    story = re.sub(r"<figure\b.*?</figure>", "", body, flags=re.S)
    assert docs.CAPTION_ITALIC not in story and docs.CAPTION_STYLE not in story and "TTXVN" not in story
    assert "Minh Anh - Thu Hà" not in body


def test_each_picture_becomes_a_photo_in_document_order_with_its_caption_and_credit(import_dir):
    write(import_dir, "bao-cao.docx", docs.report())
    out, _ = import_articles(import_dir, verbosity=2)
    photos = list(Article.objects.get().photos.order_by("position"))
    assert [(p.position, p.caption, p.credit) for p in photos] == [
        (0, docs.CAPTION_ITALIC, "Ảnh: Minh Anh"),
        (1, docs.CAPTION_STYLE, "Ảnh: TTXVN"),
        (2, "Ảnh 3 (chưa có chú thích)", ""),
    ]
    assert [p.is_featured for p in photos] == [True, False, False]
    assert "Ảnh thứ 3 không có chú thích trong tài liệu" in out
    colours = [(200, 40, 40), (40, 160, 40), (40, 40, 200)]
    for photo, colour in zip(photos, colours, strict=True):
        with Image.open(photo.image.path) as image:
            assert max(abs(a - b) for a, b in zip(image.convert("RGB").getpixel((5, 5)), colour, strict=True)) < 12
            # Re-encoded like any upload: the camera's make and GPS position are gone.
            assert not image.getexif()
        assert os.path.basename(photo.image.name) not in {"image1.jpeg", "image2.png", "image3.jpeg"}


def test_the_pictures_alt_text_is_the_caption_when_no_paragraph_under_it_is_one(import_dir):
    write(import_dir, "alt.docx", docs.alt_text_report())
    import_articles(import_dir)
    article = Article.objects.get()
    photo = article.photos.get()
    assert photo.caption == docs.ALT_ONLY == photo.alt_text
    assert "cởi mở" in article.body  # the ordinary paragraph under the picture stays in the story


def test_a_caption_in_the_table_cell_under_the_picture_is_its_caption(import_dir):
    write(import_dir, "bang.docx", docs.layout_table_report())
    import_articles(import_dir)
    article = Article.objects.get()
    assert article.photos.get().caption == "Lễ cắt băng khánh thành trường."
    assert "20 phòng học" in article.body and "<table" not in article.body


def test_recognition_runs_on_a_word_report(import_dir):
    write(import_dir, "bao-cao.docx", docs.report())
    import_articles(import_dir)
    article = Article.objects.get()
    assert str(article.event_date) == "2024-01-12"
    assert "kien-giang" in {p.slug for p in article.provinces.all()}
    assert "Nguyễn Văn Phong" in {m.official.full_name for m in article.mentions.select_related("official")}
    assert any("57-NQ/TW" in d.number for d in article.documents.all())
    assert "Lê Văn Thắng" in {m.official.full_name for m in article.mentions.select_related("official")}


def test_importing_the_same_word_file_again_changes_nothing(import_dir):
    write(import_dir, "bao-cao.docx", docs.report(gps=False))
    import_articles(import_dir)
    out, _ = import_articles(import_dir)
    assert "unchanged: 1" in out
    assert Article.objects.count() == 1 and Photo.objects.count() == 3


def test_the_report_says_which_word_files_were_converted_from_legacy_fonts(import_dir):
    write(import_dir, "cu.docx", docs.legacy_report())
    write(import_dir, "moi.docx", docs.alt_text_report())
    out, _ = import_articles(import_dir, verbosity=2)
    assert "Converted to Unicode from TCVN3/VNI (đã chuyển bảng mã cũ): 1 file(s)" in out
    assert "cu.docx (TCVN3, VNI)" in out and "moi.docx (" not in out
    assert "Đã chuyển bảng mã TCVN3" in out
    record = ImportRecord.objects.get(path__endswith="cu.docx")
    assert any("TCVN3" in note and "VNI" in note for note in record.notes)


# --- bad files: refused, with a reason, and nothing stored -----------------------------------------------------


def assert_refused(out, name, words, media_root):
    line = next(line for line in out.splitlines() if name in line)
    assert line.startswith("failed"), line
    assert words in line, line
    assert not Article.objects.exists() and not Photo.objects.exists()
    assert stored_files(media_root) == []


def test_a_file_that_is_not_a_word_file_is_refused(import_dir, _media_root):
    write(import_dir, "gia.docx", "Tiêu đề\n\nChỉ là văn bản đổi tên thành .docx.")
    out, _ = import_articles(import_dir)
    assert_refused(out, "gia.docx", "không phải tài liệu Word", _media_root)


def test_a_zip_bomb_is_refused_before_it_is_unpacked(import_dir, _media_root):
    bomb = docs.zip_bomb()
    assert len(bomb) < 1024 * 1024
    write(import_dir, "bom.docx", bomb)
    out, _ = import_articles(import_dir)
    assert_refused(out, "bom.docx", "giải nén", _media_root)


def test_a_member_compressed_far_beyond_any_document_is_refused(import_dir, _media_root):
    write(import_dir, "ti-le.docx", docs.zip_bomb(size=5 * 1024 * 1024))  # under the total, but 1000 to 1
    out, _ = import_articles(import_dir)
    assert_refused(out, "ti-le.docx", "tỉ lệ bất thường", _media_root)


def test_an_xml_part_over_its_limit_is_refused(import_dir, _media_root, settings):
    settings.WORD_MAX_XML_BYTES = 2 * 1024
    write(import_dir, "xml-lon.docx", docs.report())
    out, _ = import_articles(import_dir)
    assert_refused(out, "xml-lon.docx", "bom giải nén", _media_root)


def test_a_document_far_longer_than_an_article_is_refused(import_dir, _media_root):
    write(import_dir, "dai.docx", docs.long_document(2500))  # some 500 pages of one-line paragraphs
    out, _ = import_articles(import_dir)
    assert_refused(out, "dai.docx", "quá dài", _media_root)


def test_a_document_with_too_many_characters_is_refused(import_dir, _media_root, settings):
    settings.WORD_MAX_CHARACTERS = 500
    write(import_dir, "nhieu-chu.docx", docs.report())
    out, _ = import_articles(import_dir)
    assert_refused(out, "nhieu-chu.docx", "ký tự", _media_root)


def test_a_picture_over_the_pixel_limit_refuses_the_whole_file(import_dir, _media_root, settings):
    settings.MAX_IMAGE_PIXELS = 100_000  # the report's pictures are 320 × 200 = 64,000 pixels
    from docx import Document

    document = Document()
    document.add_paragraph("Ảnh quá lớn")
    document.add_paragraph("Sáng 1/2/2024, một đoạn mở đầu.")
    docs.add_picture(document, docs.picture(size=(500, 400)))
    docs.add_picture(document, docs.picture())
    write(import_dir, "anh-lon.docx", docs.save(document))
    out, _ = import_articles(import_dir)
    assert_refused(out, "anh-lon.docx", "Ảnh thứ 1 trong tệp Word: Ảnh quá lớn", _media_root)


def test_a_macro_document_and_a_dtd_are_refused(import_dir, _media_root):
    data = docs.alt_text_report()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        types = archive.read("[Content_Types].xml")
        document_xml = archive.read("word/document.xml")
    macro = types.replace(b"document.main+xml", b"document.macroEnabled.main+xml")
    write(import_dir, "a-macro.docx", docs.with_member(data, "[Content_Types].xml", macro))
    entity = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]>' + document_xml.split(b"?>", 1)[1]
    write(import_dir, "b-dtd.docx", docs.with_member(data, "word/document.xml", entity))
    out, _ = import_articles(import_dir)
    assert_refused(out, "a-macro.docx", "macro", _media_root)
    assert_refused(out, "b-dtd.docx", "DTD", _media_root)


# --- .doc ------------------------------------------------------------------------------------------------------

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504


def test_a_doc_file_is_refused_with_the_fix_when_libreoffice_is_missing(import_dir, _media_root, settings):
    settings.SOFFICE_COMMAND = "soffice-khong-co-tren-may-nay"
    write(import_dir, "cu.doc", OLE)
    out, _ = import_articles(import_dir)
    assert_refused(out, "cu.doc", "cần LibreOffice", _media_root)
    assert "libreoffice-writer" in out and ".docx" in out


def test_a_doc_file_is_converted_through_libreoffice_when_it_is_installed(import_dir, tmp_path, settings):
    converted = tmp_path / "converted.docx"
    converted.write_bytes(docs.alt_text_report())
    fake = tmp_path / "soffice"
    # Stands in for LibreOffice: writes <outdir>/input.docx as `soffice --convert-to docx --outdir DIR FILE` does.
    fake.write_text(
        "#!/bin/sh\n"
        'while [ "$1" != "--outdir" ]; do shift; done\n'
        f'cp "{converted}" "$2/input.docx"\n'
    )
    fake.chmod(fake.stat().st_mode | stat.S_IEXEC)
    settings.SOFFICE_COMMAND = str(fake)
    write(import_dir, "cu.doc", OLE)
    out, _ = import_articles(import_dir)
    assert "created" in out
    assert Article.objects.get().photos.get().caption == docs.ALT_ONLY


def test_crafted_style_names_and_outline_levels_read_as_plain_paragraphs():
    from docx import Document
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    from importer.word import read_word

    document = Document()
    document.add_paragraph("Tỉnh tổng kết công tác tuyên giáo")
    document.add_paragraph("Sáng nay, hội nghị tổng kết diễn ra tại hội trường tỉnh.")
    odd = document.add_paragraph("Đoạn có kiểu tên lạ.", style=document.styles.add_style("heading ²",
                                                                                         WD_STYLE_TYPE.PARAGRAPH))
    level = OxmlElement("w:outlineLvl")
    level.set(qn("w:val"), "x")
    odd._p.get_or_add_pPr().append(level)
    buffer = io.BytesIO()
    document.save(buffer)
    read = read_word(buffer.getvalue(), name="la.docx")
    assert "Đoạn có kiểu tên lạ." in read.all_text()
