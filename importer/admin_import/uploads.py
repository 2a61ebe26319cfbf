"""Checking an upload before anything is stored: the whole upload is accepted, or refused with the reason.

Each file goes through the importer's own checks: a text file through ``importer.reading.decode`` (binary, empty,
an encoding it cannot read), a Word file through ``importer.word`` (not a Word file, a zip bomb, a document far
longer than any article, a picture over the pixel limit), a photo through ``core.images.inspect_image``. A .zip is
opened here with the same care as a .docx (members counted, declared sizes and ratios checked, every member read
with a bounded reader), then each of its members is checked like a file sent on its own.
"""

import io
import json
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import PurePosixPath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.template.defaultfilters import filesizeformat

from core.images import inspect_image
from importer.reading import JSONL_SUFFIXES, TEXT_SUFFIXES, WORD_SUFFIXES, ReadError, decode, max_bytes
from importer.word import WordError, clean_photos, read_word

SOURCE_SUFFIXES = TEXT_SUFFIXES | JSONL_SUFFIXES | WORD_SUFFIXES
PHOTO_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp"}
ZIP_SUFFIXES = {".zip"}
_CHUNK = 64 * 1024


class UploadError(ValueError):
    """An upload refused whole; the message (Vietnamese) says which file and why."""


@dataclass
class UploadedFile:
    name: str  # a relative POSIX path, safe to join under the run's folder
    data: bytes

    @property
    def suffix(self):
        return PurePosixPath(self.name).suffix.lower()

    @property
    def is_source(self):
        return self.suffix in SOURCE_SUFFIXES


def max_files():
    return getattr(settings, "IMPORT_UPLOAD_MAX_FILES", 300)


def max_unzipped_bytes():
    return getattr(settings, "IMPORT_UPLOAD_MAX_UNCOMPRESSED_BYTES", 200 * 1024 * 1024)


def max_jsonl_bytes():
    return getattr(settings, "IMPORT_UPLOAD_MAX_JSONL_BYTES", 50 * 1024 * 1024)


def _human(size):
    return filesizeformat(size).replace("\xa0", " ")


def safe_name(name):
    """A member's path kept relative and inside the folder ("../x", "/etc/x", "C:\\x" lose their escape)."""
    parts = [p for p in PurePosixPath(name.replace("\\", "/")).parts if p not in ("", ".", "..", "/")]
    parts = [p.replace(":", "_") for p in parts]
    return "/".join(parts)


def check_upload(files):
    """Uploaded files (Django ``UploadedFile``s) -> ``UploadedFile``s to store; raises ``UploadError``.

    Sources (.txt, .docx, .doc, .jsonl) and the photos lying beside them in a .zip are returned; anything else in
    a .zip (a system file, a spreadsheet) is left out and named in ``skipped``.
    """
    accepted, skipped, taken = [], [], set()
    for uploaded in files:
        name = safe_name(uploaded.name or "") or "tep"
        suffix = PurePosixPath(name).suffix.lower()
        if suffix in ZIP_SUFFIXES:
            members, left_out = _unzip(uploaded, name)
            skipped += left_out
        elif suffix in SOURCE_SUFFIXES:
            members = [UploadedFile(PurePosixPath(name).name, _read_upload(uploaded, name, suffix))]
        else:
            raise UploadError(f"Tệp “{name}” không được nhận: chỉ nhận tệp .txt, .docx, .doc, .jsonl hoặc .zip "
                              "chứa các tệp đó.")
        for member in members:
            member.name = _unique(member.name, taken)
            accepted.append(member)
    sources = [f for f in accepted if f.is_source]
    if not sources:
        raise UploadError("Không có tệp nào để nhập: hãy chọn tệp .txt, .docx, .doc, .jsonl hoặc .zip chứa các tệp đó.")
    if len(sources) > max_files():
        raise UploadError(f"Quá nhiều tệp: {len(sources)} tệp bài (tối đa {max_files()} mỗi lần). Hãy chia thành "
                          "nhiều lần tải lên.")
    for item in accepted:
        check_file(item)
    return accepted, skipped


def _unique(name, taken):
    candidate, number = name, 1
    while candidate.lower() in taken:
        number += 1
        path = PurePosixPath(name)
        candidate = str(path.with_name(f"{path.stem}-{number}{path.suffix}"))
    taken.add(candidate.lower())
    return candidate


def _read_upload(uploaded, name, suffix):
    limit = _size_limit(suffix)
    if uploaded.size is not None and uploaded.size > limit:
        raise UploadError(f"Tệp “{name}” quá lớn: {_human(uploaded.size)} (giới hạn {_human(limit)}).")
    uploaded.seek(0)
    return uploaded.read()


def _size_limit(suffix):
    if suffix in WORD_SUFFIXES:
        from importer.word import max_bytes as word_max_bytes  # noqa: PLC0415 - one name, two modules

        return word_max_bytes()
    if suffix in JSONL_SUFFIXES:
        return max_jsonl_bytes()
    if suffix in PHOTO_SUFFIXES:
        return settings.MAX_UPLOAD_BYTES
    return max_bytes()


def _unzip(uploaded, zip_name):
    """The members worth importing, read with bounded readers after the archive's own figures were checked."""
    limit_total, limit_files = max_unzipped_bytes(), max_files()
    ratio = getattr(settings, "WORD_MAX_COMPRESSION_RATIO", 100)
    try:
        uploaded.seek(0)
        archive = zipfile.ZipFile(uploaded)
        infos = [i for i in archive.infolist() if not i.is_dir()]
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        raise UploadError(f"Tệp “{zip_name}” không phải tệp .zip hợp lệ hoặc đã bị hỏng.") from exc
    with archive:
        wanted, skipped = [], []
        for info in infos:
            name = safe_name(info.filename)
            parts = PurePosixPath(name).parts
            suffix = PurePosixPath(name).suffix.lower()
            # Finder's and Windows' own files ride along in many archives; they are nobody's report.
            if not name or parts[0] == "__MACOSX" or any(p.startswith(".") for p in parts):
                continue
            if suffix in SOURCE_SUFFIXES or suffix in PHOTO_SUFFIXES:
                wanted.append((info, name))
            elif suffix in ZIP_SUFFIXES:
                raise UploadError(f"Tệp “{zip_name}” chứa tệp .zip lồng bên trong (“{name}”): hãy giải nén và gửi "
                                  "từng tệp .zip một.")
            else:
                skipped.append(f"{zip_name}/{name}")
        sources = sum(1 for _info, name in wanted if PurePosixPath(name).suffix.lower() in SOURCE_SUFFIXES)
        if sources > limit_files or len(wanted) > 4 * limit_files:
            raise UploadError(f"Quá nhiều tệp: “{zip_name}” chứa {sources} tệp bài và {len(wanted) - sources} ảnh "
                              f"(tối đa {limit_files} tệp bài mỗi lần). Hãy chia thành nhiều tệp .zip.")
        declared = sum(info.file_size for info, _name in wanted)
        if declared > limit_total:
            raise UploadError(f"Tệp “{zip_name}” bị từ chối: nội dung giải nén {_human(declared)}, vượt giới hạn "
                              f"{_human(limit_total)}.")
        for info, name in wanted:
            if info.file_size > 1024 * 1024 and info.file_size > ratio * max(info.compress_size, 1):
                raise UploadError(f"Tệp “{zip_name}” bị từ chối: “{name}” nén với tỉ lệ bất thường (nghi là “bom giải "
                                  "nén”).")
        members, total = [], 0
        for info, name in wanted:
            allowed = min(_size_limit(PurePosixPath(name).suffix.lower()), limit_total - total)
            data = _read_member(archive, info, allowed, zip_name, name)
            total += len(data)
            members.append(UploadedFile(name, data))
    return members, skipped


def _read_member(archive, info, allowed, zip_name, name):
    out = io.BytesIO()
    try:
        with archive.open(info) as member:
            while chunk := member.read(_CHUNK):
                out.write(chunk)
                if out.tell() > allowed:
                    raise UploadError(f"Tệp “{zip_name}” bị từ chối: “{name}” giải nén ra lớn hơn giới hạn "
                                      f"{_human(allowed)} (hoặc nghi là “bom giải nén”).")
    except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, RuntimeError, zlib.error) as exc:
        # Damaged data, CRC errors, unsupported compression, encrypted members.
        raise UploadError(f"Tệp “{zip_name}” bị hỏng hoặc có mật khẩu: không đọc được “{name}”.") from exc
    return out.getvalue()


def check_file(item):
    """Refuse ``item`` the way the importer would refuse it, before it is stored."""
    suffix = item.suffix
    if len(item.data) > _size_limit(suffix):
        raise UploadError(f"Tệp “{item.name}” quá lớn: {_human(len(item.data))} "
                          f"(giới hạn {_human(_size_limit(suffix))}).")
    try:
        if suffix in TEXT_SUFFIXES:
            decode(item.data)
        elif suffix in WORD_SUFFIXES:
            document = read_word(item.data, name=PurePosixPath(item.name).name)
            # The importer's own budget for one document's pictures (importer/pipeline/word.py).
            budget = getattr(settings, "WORD_IMPORT_MAX_TOTAL_PIXELS", 10 * settings.MAX_IMAGE_PIXELS)
            clean_photos(document.photos, budget=budget, prefix="anh")
        elif suffix in JSONL_SUFFIXES:
            _check_jsonl(item.data)
        elif suffix in PHOTO_SUFFIXES:
            inspect_image(ContentFile(item.data, name=PurePosixPath(item.name).name))
    except (ReadError, WordError) as exc:
        # The importer's wording says the file is skipped; here the whole upload is refused.
        raise UploadError(f"Tệp “{item.name}”: {str(exc).replace(', bỏ qua.', '.')}") from exc
    except ValidationError as exc:
        raise UploadError(f"Ảnh “{item.name}”: {' '.join(exc.messages)}") from exc


def _check_jsonl(data):
    """An export is UTF-8 JSON, one object a line: the first line tells whether this is one at all."""
    first = next((line for line in data.splitlines() if line.strip()), b"")
    try:
        record = json.loads(first.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise ReadError("không phải tệp xuất JSON Lines của trang (mỗi dòng một bản ghi JSON).") from exc
    if not isinstance(record, dict):
        raise ReadError("không phải tệp xuất JSON Lines của trang (mỗi dòng một bản ghi JSON).")
