"""Word documents the tests write themselves with python-docx: a correspondent's report with its photos, captions
and credits, and text in the old TCVN3 and VNI fonts."""

import io
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm
from PIL import Image

HEADLINE = "Kiên Giang tổng kết công tác xây dựng Đảng năm 2024"
LEAD = "Sáng 12/1/2024, Tỉnh ủy Kiên Giang tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2024."
CAPTION_ITALIC = "Quang cảnh hội nghị tổng kết."
CAPTION_STYLE = "Đại biểu biểu quyết thông qua nghị quyết."
ALT_ONLY = "Đồng chí Nguyễn Văn Phong phát biểu chỉ đạo"
# TCVN3 (ABC) and VNI as Word stores them: the font's bytes read as Windows-1252.
TCVN3_TEXT = "§ång chÝ Lª V¨n Th¾ng ph¸t biÓu t¹i héi nghÞ."
TCVN3_UNICODE = "Đồng chí Lê Văn Thắng phát biểu tại hội nghị."
VNI_TEXT = "Ñoàng chí Traàn Thò Hoa, Phoù Chuû tòch UBND tænh, tröôøng hoïc."
VNI_UNICODE = "Đồng chí Trần Thị Hoa, Phó Chủ tịch UBND tỉnh, trường học."


def picture(fmt="JPEG", size=(320, 200), color=(30, 90, 160), *, gps=False):
    buffer = io.BytesIO()
    image = Image.new("RGB", size, color)
    if gps:
        exif = Image.Exif()
        exif[0x010F] = "MayAnhBiMat"  # Make
        exif[0x8825] = {1: "N", 2: (10.0, 1.0, 2.0)}  # GPS
        image.save(buffer, fmt, exif=exif)
    else:
        image.save(buffer, fmt)
    return buffer.getvalue()


def add_picture(document, data, *, alt="", centred=True):
    paragraph = document.add_paragraph()
    if centred:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    shape = paragraph.add_run().add_picture(io.BytesIO(data), width=Cm(8))
    if alt:
        shape._inline.docPr.set("descr", alt)
    return paragraph


def add_link(paragraph, url, text):
    rid = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rid)
    run = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = text
    run.append(t)
    link.append(run)
    paragraph._p.append(link)


def legacy_run(paragraph, text, font):
    run = paragraph.add_run(text)
    run.font.name = font
    run._r.get_or_add_rPr().get_or_add_rFonts().set(qn("w:hAnsi"), font)
    return run


def save(document):
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def report(*, gps=True):
    """The full report: title, lead, photos with an italic caption + credit, a caption-style caption + credit
    line, one without caption, a subheading, a list, a table, a link, legacy text and a byline."""
    document = Document()
    document.add_paragraph(HEADLINE, style="Title")
    document.add_paragraph(LEAD)
    body = document.add_paragraph("Hội nghị do ")
    body.add_run("đồng chí Nguyễn Văn Phong, Bí thư Tỉnh ủy").bold = True
    body.add_run(" chủ trì; ")
    body.add_run("không khí").italic = True
    body.add_run(" rất sôi nổi.")
    add_picture(document, picture(gps=gps, color=(200, 40, 40)))
    caption = document.add_paragraph()
    caption.alignment = WD_ALIGN_PARAGRAPH.CENTER
    caption.add_run(f"{CAPTION_ITALIC} (Ảnh: Minh Anh)").italic = True
    document.add_paragraph("Kết quả nổi bật", style="Heading 2")
    document.add_paragraph("Kết nạp 1.250 đảng viên mới.", style="List Bullet")
    document.add_paragraph("Thành lập 12 tổ chức cơ sở đảng.", style="List Bullet")
    add_picture(document, picture("PNG", color=(40, 160, 40)))
    document.add_paragraph(CAPTION_STYLE, style="Caption")
    document.add_paragraph("Ảnh: TTXVN")
    add_picture(document, picture(color=(40, 40, 200)), centred=False)
    document.add_paragraph(
        "Năm 2025, tỉnh tiếp tục thực hiện Nghị quyết số 57-NQ/TW về phát triển khoa học, công nghệ, đổi mới "
        "sáng tạo và chuyển đổi số quốc gia, gắn với nhiệm vụ chính trị của địa phương."
    )
    table = document.add_table(rows=2, cols=2)
    for (row, col), text in {(0, 0): "Chỉ tiêu", (0, 1): "Kết quả", (1, 0): "Đảng viên mới", (1, 1): "1.250"}.items():
        table.cell(row, col).text = text
    linked = document.add_paragraph("Xem toàn văn tại ")
    add_link(linked, "https://kiengiang.dcs.vn/tong-ket", "trang Tỉnh ủy")
    legacy_run(document.add_paragraph(), TCVN3_TEXT, ".VnTime")
    document.add_paragraph("Minh Anh - Thu Hà")
    return save(document)


def alt_text_report():
    document = Document()
    document.add_paragraph("Tỉnh ủy Kiên Giang làm việc với Đoàn công tác Trung ương")
    document.add_paragraph("Chiều 3/4/2024, Tỉnh ủy Kiên Giang làm việc với Đoàn công tác Trung ương.")
    add_picture(document, picture(), alt=f"{ALT_ONLY}. Description automatically generated")
    document.add_paragraph("Buổi làm việc diễn ra trong không khí cởi mở, thẳng thắn và trách nhiệm cao giữa hai bên.")
    return save(document)


def layout_table_report():
    """Picture in one cell, its caption in the cell under it: how many district offices lay photos out."""
    document = Document()
    document.add_paragraph("Huyện Phú Quốc khánh thành trường học mới")
    document.add_paragraph("Ngày 5/9/2024, huyện Phú Quốc khánh thành Trường Tiểu học An Thới 3.")
    table = document.add_table(rows=2, cols=1)
    table.cell(0, 0).paragraphs[0].add_run().add_picture(io.BytesIO(picture()), width=Cm(6))
    cell = table.cell(1, 0).paragraphs[0]
    cell.alignment = WD_ALIGN_PARAGRAPH.CENTER
    cell.add_run("Lễ cắt băng khánh thành trường.")
    document.add_paragraph("Trường có 20 phòng học, đáp ứng nhu cầu học tập của hơn 700 học sinh.")
    return save(document)


def legacy_report():
    """TCVN3, its upper-case font, VNI and Unicode, mixed in one paragraph and across paragraphs."""
    document = Document()
    title = document.add_paragraph()
    legacy_run(title, "héi nghÞ tæng kÕt c«ng t¸c", ".VnTimeH")
    document.add_paragraph("Sáng 12/1/2024, Tỉnh ủy tổ chức hội nghị tổng kết công tác năm.")
    legacy_run(document.add_paragraph(), TCVN3_TEXT, ".VnTime")
    legacy_run(document.add_paragraph(), VNI_TEXT, "VNI-Times")
    mixed = document.add_paragraph("Theo báo cáo, ")
    legacy_run(mixed, "®ång chÝ", ".VnArial")
    mixed.add_run(" và ")
    # Word splits runs for its own reasons; a VNI letter and its tone mark may land in two runs.
    legacy_run(mixed, "Ñoà", "VNI-Helve")
    legacy_run(mixed, "ng chí", "VNI-Helve")
    mixed.add_run(" đều có mặt.")
    # A run converted to Unicode long ago but left in its old font stays as it is.
    legacy_run(document.add_paragraph(), "Đã chuyển sang Unicode từ trước.", ".VnTime")
    return save(document)


def long_document(paragraphs):
    document = Document()
    document.add_paragraph("Tài liệu rất dài")
    for number in range(paragraphs):
        document.add_paragraph(f"Đoạn {number}.")
    return save(document)


def zip_bomb(size=200 * 1024 * 1024):
    """A .docx-looking archive with one member of ``size`` zero bytes (a few hundred kilobytes compressed)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            chunk = b"\0" * (1024 * 1024)
            for _ in range(size // len(chunk)):
                member.write(chunk)
    return out.getvalue()


def with_member(data, name, content):
    """``data`` (a .docx) with one member replaced."""
    source, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(info.filename, content if info.filename == name else source.read(info.filename))
    return out.getvalue()
