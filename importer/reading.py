"""Finding and reading source files: lazily, with the encodings old newsroom PCs produced.

Old reports come as UTF-8 (with or without BOM), as Windows-1258 (the Vietnamese Windows code page,
which writes tones as combining marks) or as UTF-16 from Notepad's "Unicode"; older archives as TCVN3 (ABC) or
VNI, the 8-bit font encodings, which ``importer.legacy`` converts line by line (also when a Unicode file holds
lines pasted from them). Word files (.docx, and .doc through LibreOffice) are read by ``importer.word``. Anything
else, or anything that is not text at all, fails with a message saying why.
"""

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings

from importer import legacy

TEXT_SUFFIXES = {".txt"}
JSONL_SUFFIXES = {".jsonl"}
WORD_SUFFIXES = {".docx", ".doc"}
PHOTO_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp", ".JPG", ".JPEG", ".PNG", ".WEBP")
DEFAULT_MAX_BYTES = 2 * 1024 * 1024
_MAGIC = (b"%PDF", b"PK\x03\x04", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"\x7fELF", b"\xd0\xcf\x11\xe0", b"Rar!")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


class ReadError(Exception):
    """A file that cannot be imported; the message is shown in the report."""


@dataclass
class SourceText:
    text: str
    encoding: str
    size: int
    replaced: int = 0  # undecodable bytes replaced in an otherwise UTF-8 file
    legacy: dict = field(default_factory=dict)  # {"TCVN3"/"VNI": lines converted to Unicode}


def max_bytes():
    return getattr(settings, "IMPORT_MAX_BYTES", DEFAULT_MAX_BYTES)


def iter_sources(paths):
    """Every importable file under ``paths``, one at a time, in a stable order.

    Folders are walked recursively for *.txt, *.jsonl, *.docx and *.doc; a file named explicitly is always tried.
    """
    for path in paths:
        path = Path(path)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs.sort()
                for name in sorted(files):
                    if Path(name).suffix.lower() in TEXT_SUFFIXES | JSONL_SUFFIXES | WORD_SUFFIXES:
                        yield Path(root) / name
        else:
            yield path


def count_sources(paths):
    return sum(1 for _ in iter_sources(paths))


class PhotoFinder:
    """Photos lying next to a text file and named after it: ``<stem>-1.jpg``, ``<stem>-2.png``… in order.

    A folder is listed once, not once per file in it, and only the current folder is kept.
    """

    _NAME = re.compile(r"(.+)-(\d{1,3})$")

    def __init__(self):
        self._folder, self._photos = None, {}

    def __call__(self, path):
        if path.parent != self._folder:
            self._folder, self._photos = path.parent, self._list(path.parent)
        found = self._photos.get(path.stem, {})
        return [found[n] for n in sorted(found)]

    def _list(self, folder):
        photos = {}
        try:
            entries = list(os.scandir(folder))
        except OSError:
            return photos
        for entry in entries:
            name, ext = os.path.splitext(entry.name)
            if ext in PHOTO_SUFFIXES and (match := self._NAME.match(name)) and entry.is_file():
                photos.setdefault(match.group(1), {}).setdefault(int(match.group(2)), Path(entry.path))
        return photos


def find_photos(path):
    return PhotoFinder()(path)


def _human(size):
    return f"{size / 1024 / 1024:.1f} MB" if size >= 1024 * 1024 else f"{size / 1024:.0f} KB"


def read_source(path, *, limit=None):
    limit = limit or max_bytes()
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ReadError(f"Không đọc được tệp: {exc.strerror or exc}.") from exc
    if size > limit:
        raise ReadError(f"Tệp quá lớn: {_human(size)} (giới hạn {_human(limit)}).")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ReadError(f"Không đọc được tệp: {exc.strerror or exc}.") from exc
    return decode(data)


def _utf16_order(data):
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return "utf-16"
    sample = data[:4000]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0) / (len(sample) / 2)
    odd = sample[1::2].count(0) / (len(sample) / 2)
    if odd > 0.2 and even < 0.05:
        return "utf-16-le"
    if even > 0.2 and odd < 0.05:
        return "utf-16-be"
    return None


def decode(data):
    """Bytes -> ``SourceText``; raises ``ReadError`` for empty, binary or undecodable data."""
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise ReadError("Tệp rỗng.")
    utf16 = _utf16_order(data)
    if utf16:
        try:
            return _checked(data.decode(utf16), "utf-16", len(data))
        except UnicodeDecodeError as exc:
            raise ReadError("Tệp có dấu hiệu UTF-16 nhưng không giải mã được.") from exc
    if data.startswith(_MAGIC) or b"\x00" in data:
        raise ReadError("Tệp nhị phân (không phải văn bản), bỏ qua.")
    try:
        return _checked(data.decode("utf-8-sig"), "utf-8", len(data))
    except UnicodeDecodeError:
        pass
    # A UTF-8 file with a couple of damaged bytes stays UTF-8; a real Windows-1258 file breaks UTF-8 everywhere.
    lenient = data.decode("utf-8", errors="replace")
    replaced = lenient.count("\ufffd")
    multibyte = sum(1 for ch in lenient if ord(ch) > 127) - replaced
    if replaced <= 3 and multibyte >= 20 * replaced:
        source = _checked(lenient.lstrip("\ufeff"), "utf-8", len(data))
        source.replaced = replaced
        return source
    if not data.startswith(_MAGIC) and (found := legacy.decode_bytes(data)):
        text, counts = found
        return _checked(text, legacy.describe(counts), len(data), counts)
    try:
        return _checked(data.decode("cp1258"), "windows-1258", len(data))
    except UnicodeDecodeError:
        pass
    if len(data) % 2 == 0:
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            pass
        else:
            if _looks_vietnamese(text):
                return _checked(text, "utf-16", len(data))
    raise ReadError("Không nhận ra bảng mã (đã thử UTF-8, Windows-1258, UTF-16).")


def _looks_vietnamese(text):
    """Latin letters (with Vietnamese ones), digits, punctuation: not the CJK that random bytes decode to."""
    sample = text[:5000]
    latin = sum(1 for ch in sample if ord(ch) < 0x250 or 0x1E00 <= ord(ch) <= 0x1EFF or 0x300 <= ord(ch) <= 0x36F
                or 0x2000 <= ord(ch) <= 0x206F)
    return bool(sample) and latin / len(sample) > 0.9


def _checked(text, encoding, size, counts=None):
    if len(_CONTROL.findall(text[:20000])) > 2:
        raise ReadError("Tệp nhị phân (chứa ký tự điều khiển), bỏ qua.")
    if counts is None:
        # Lines pasted from a TCVN3 or VNI document into a Unicode file read as Windows-1252 garbage.
        text, counts = legacy.repair_text(text)
    return SourceText(text=text, encoding=encoding, size=size, legacy=counts)
