"""Decoding the files old newsroom PCs produced."""

import unicodedata

import pytest

from importer.reading import ReadError, decode, find_photos, iter_sources
from importer.recognition.tokens import tone_key

TEXT = "Đảng bộ tỉnh Kiên Giang tập trung lãnh đạo\n\nNgày 16/11, Đoàn công tác làm việc với Tỉnh ủy."


def to_cp1258(text):
    """Windows-1258 writes a base letter (ê, ơ, ă…) then the tone as a combining mark."""
    out = []
    for ch in text:
        decomposed = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in decomposed if c in "\u0300\u0301\u0303\u0309\u0323")
        base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in tones))
        out.append(base + tones)
    return "".join(out).encode("cp1258")


def test_utf8_with_or_without_bom():
    assert decode(TEXT.encode("utf-8")).text == TEXT
    source = decode(b"\xef\xbb\xbf" + TEXT.encode("utf-8"))
    assert (source.text, source.encoding) == (TEXT, "utf-8")


def test_windows_1258_is_decoded_and_composed():
    source = decode(to_cp1258(TEXT))
    assert source.encoding == "windows-1258"
    assert unicodedata.normalize("NFC", source.text) == TEXT


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_or_without_bom(encoding):
    source = decode(TEXT.encode(encoding))
    assert (source.text.lstrip("\ufeff"), source.encoding) == (TEXT, "utf-16")


def test_a_utf8_file_with_one_damaged_byte_stays_utf8():
    data = TEXT.encode("utf-8") * 3
    data = data[:40] + b"\xff" + data[41:]
    source = decode(data)
    assert source.encoding == "utf-8" and source.replaced == 1


@pytest.mark.parametrize(("data", "message"), [
    (b"", "rỗng"),
    (b"  \r\n\t\n", "rỗng"),
    (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "nhị phân"),
    (b"abc\x00\x01\x02def" * 10, "nhị phân"),
    (b"Ti\x81\x8d\x8f\x90\x9d" + b"\x9e", "bảng mã"),
])
def test_files_that_are_not_text_fail_with_a_reason(data, message):
    with pytest.raises(ReadError, match=message):
        decode(data)


def test_sources_are_found_recursively_in_order_and_photos_by_stem(tmp_path):
    (tmp_path / "b").mkdir()
    for name in ("b/z.txt", "a.txt", "b/x.jsonl", "notes.md", "a-1.jpg", "a-2.png", "a-10.jpg", "ab-1.jpg"):
        (tmp_path / name).write_bytes(b"x")
    assert [p.relative_to(tmp_path).as_posix() for p in iter_sources([tmp_path])] == ["a.txt", "b/x.jsonl", "b/z.txt"]
    assert [p.name for p in find_photos(tmp_path / "a.txt")] == ["a-1.jpg", "a-2.png", "a-10.jpg"]


def test_tone_key_ignores_tone_placement_but_not_tones():
    assert tone_key("Hòa") == tone_key("Hoà") != tone_key("Hóa")
