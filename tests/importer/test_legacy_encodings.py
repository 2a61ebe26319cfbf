"""TCVN3 (ABC) and VNI text, in .txt files and in Word runs set in their fonts, converted to Unicode NFC."""

import unicodedata

import pytest

from articles.models import Article
from importer import legacy
from importer.reading import decode
from importer.word import read_word

from . import word_documents as docs
from .conftest import import_articles, write
from .test_reading import to_cp1258

TEXT = "Đồng chí Lê Văn Thắng, Phó Chủ tịch UBND tỉnh, phát biểu tại hội nghị tổng kết ở trường học."
ALPHABET = "aàáảãạăằắẳẵặâầấẩẫậđeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ"


def tcvn3_bytes(text):
    reverse = {v: k for k, v in legacy._table(legacy.TCVN3).items()}
    return b"".join((reverse[ch] if ch in reverse else ch.encode("cp1252")) for ch in text)


def vni_bytes(text):
    reverse = {}
    for key, value in legacy._table(legacy.VNI).items():
        reverse.setdefault(value, key)
    return b"".join((reverse[ch] if ch in reverse else ch.encode("cp1252")) for ch in unicodedata.normalize("NFC", text))


def test_the_tables_cover_every_vietnamese_letter_and_come_with_their_source():
    tcvn3 = set(legacy._table(legacy.TCVN3).values())
    vni = set(legacy._table(legacy.VNI).values())
    marked = {ch for ch in ALPHABET if not ch.isascii()}
    assert marked <= tcvn3 and set("ĂÂĐÊÔƠƯ") <= tcvn3
    assert marked | {ch.upper() for ch in marked} <= vni
    for name in ("tcvn3.tsv", "vni.tsv"):
        head = (legacy._DATA / name).read_text(encoding="utf-8").splitlines()[:6]
        assert any(line.startswith("# Source:") for line in head)
    assert all(unicodedata.is_normalized("NFC", ch) for ch in tcvn3 | vni)


@pytest.mark.parametrize(("garbled", "expected"), [
    ("§ång chÝ", "Đồng chí"),
    ("Ñoàng chí", "Đồng chí"),
    (docs.TCVN3_TEXT, docs.TCVN3_UNICODE),
    (docs.VNI_TEXT, docs.VNI_UNICODE),
])
def test_garbled_lines_are_recognised_and_converted(garbled, expected):
    fixed, encoding = legacy.repair_line(garbled)
    assert fixed == expected and unicodedata.is_normalized("NFC", fixed)
    assert encoding in legacy.ENCODINGS


@pytest.mark.parametrize("line", [
    TEXT, "Cà Mau và Hà Nội", "Café au lait à Paris, naïve façade.", "Giá 25.000 đ/kg", "ASCII only",
])
def test_unicode_and_foreign_text_is_left_alone(line):
    assert legacy.repair_line(line) == (line, None)


@pytest.mark.parametrize("encode", [tcvn3_bytes, vni_bytes])
def test_every_letter_survives_a_round_trip_through_each_encoding(encode):
    encoding = legacy.TCVN3 if encode is tcvn3_bytes else legacy.VNI
    letters = ALPHABET if encoding == legacy.TCVN3 else ALPHABET + ALPHABET.upper()
    assert legacy.decode(encode(letters), encoding) == letters


def test_fonts_name_their_encoding():
    assert [legacy.font_encoding(f) for f in (".VnTime", ".VnArialH", "VnTime", "VNI-Times", "VNI-Helve",
                                              "Times New Roman", "Verdana", "Vni")] == [
        "TCVN3", "TCVN3", "TCVN3", "VNI", "VNI", None, None, None]
    assert legacy.is_upper_font(".VnTimeH") and not legacy.is_upper_font(".VnTime")


# --- .txt ------------------------------------------------------------------------------------------------------


def test_a_tcvn3_text_file_is_decoded_to_unicode():
    source = decode(tcvn3_bytes("Hội nghị tổng kết\n\n" + TEXT))
    assert source.text == "Hội nghị tổng kết\n\n" + TEXT
    assert source.legacy == {"TCVN3": 2} and source.encoding == "TCVN3"


def test_a_vni_text_file_is_decoded_to_unicode():
    source = decode(vni_bytes("Hội nghị tổng kết\n\n" + TEXT))
    assert source.text == "Hội nghị tổng kết\n\n" + TEXT and source.legacy == {"VNI": 2}


def test_a_file_mixing_tcvn3_and_vni_lines_is_converted_line_by_line():
    data = tcvn3_bytes("Hội nghị tổng kết") + b"\n\n" + vni_bytes(TEXT)
    source = decode(data)
    assert source.text == "Hội nghị tổng kết\n\n" + TEXT and source.legacy == {"TCVN3": 1, "VNI": 1}


def test_a_unicode_file_with_lines_pasted_from_a_legacy_document_is_repaired_where_needed():
    text = f"Hội nghị tổng kết\n\n{docs.TCVN3_TEXT}\n\n{TEXT}\n\n{docs.VNI_TEXT}"
    source = decode(text.encode("utf-8"))
    assert source.text == f"Hội nghị tổng kết\n\n{docs.TCVN3_UNICODE}\n\n{TEXT}\n\n{docs.VNI_UNICODE}"
    assert source.encoding == "utf-8" and source.legacy == {"TCVN3": 1, "VNI": 1}


def test_a_windows_1258_file_is_not_mistaken_for_a_legacy_one():
    source = decode(to_cp1258("Hội nghị tổng kết\n\n" + TEXT))
    assert source.encoding == "windows-1258" and not source.legacy
    assert unicodedata.normalize("NFC", source.text) == "Hội nghị tổng kết\n\n" + TEXT


@pytest.mark.django_db
def test_the_import_report_names_the_converted_text_files(import_dir):
    write(import_dir, "a-tcvn3.txt", tcvn3_bytes(f"Hội nghị tổng kết công tác năm 2023\n\n{TEXT}\n\nNội dung."))
    write(import_dir, "b-unicode.txt", f"Hội nghị sơ kết\n\n{TEXT}\n\nNội dung.")
    out, _ = import_articles(import_dir, "--year", "2024", verbosity=2)
    assert "Đã chuyển bảng mã TCVN3 (3 dòng) sang Unicode." in out
    assert "Converted to Unicode from TCVN3/VNI (đã chuyển bảng mã cũ): 1 file(s)" in out
    assert "a-tcvn3.txt (TCVN3)" in out and "b-unicode.txt (" not in out
    article = Article.objects.get(title="Hội nghị tổng kết công tác năm 2023")
    assert article.lead == TEXT


# --- Word runs -------------------------------------------------------------------------------------------------


def test_word_runs_in_legacy_fonts_are_converted_run_by_run():
    document = read_word(docs.legacy_report())
    assert document.headline == "HỘI NGHỊ TỔNG KẾT CÔNG TÁC"  # .VnTimeH draws capitals
    assert docs.TCVN3_UNICODE in document.body_html and docs.VNI_UNICODE in document.body_html
    assert "Theo báo cáo, đồng chí và Đồng chí đều có mặt." in document.body_text
    assert "Đã chuyển sang Unicode từ trước." in document.body_text
    assert document.legacy == {"TCVN3": 3, "VNI": 2}
    assert unicodedata.is_normalized("NFC", document.body_html)


def test_unicode_text_in_an_ordinary_font_is_never_converted():
    document = read_word(docs.report())
    assert "Nguyễn Văn Phong" in document.body_html
    assert docs.TCVN3_UNICODE in document.body_html and document.legacy == {"TCVN3": 1}
