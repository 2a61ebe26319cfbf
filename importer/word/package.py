"""Opening a Word file safely: a .docx is a zip archive, and a zip can be a bomb.

Nothing of the archive is trusted before it is counted: the number of members, the size each declares and the
ratio of that size to its compressed size are checked first; then every member is read with a bounded reader
(the declared sizes can lie) and the parts python-docx will parse are copied into a fresh archive in memory,
so the library reads exactly what was checked. XML with a DTD (entity tricks) is refused: Word never writes one.

A .doc (Word 97–2003) is converted to .docx by LibreOffice in headless mode, in a temporary folder, with a time
limit, when ``soffice`` is installed; otherwise it is refused with a message naming the fix.
"""

import io
import lzma
import os
import re
import shutil
import subprocess
import tempfile
import zipfile
import zlib

from django.conf import settings
from django.template.defaultfilters import filesizeformat


class WordError(ValueError):
    """A Word file that cannot be read; the message (Vietnamese) is shown to whoever sent it."""


OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
_DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_DTD = re.compile(rb"<!(DOCTYPE|ENTITY)", re.IGNORECASE)
_CHUNK = 64 * 1024


def limit(name, default):
    return getattr(settings, name, default)


def max_bytes():
    return limit("WORD_MAX_BYTES", 20 * 1024 * 1024)


def _human(size):
    return filesizeformat(size).replace("\xa0", " ")


def _read_member(archive, info, allowed):
    """The member's bytes, read in chunks and refused as soon as they pass ``allowed`` (whatever it declared)."""
    out = io.BytesIO()
    with archive.open(info) as member:
        while chunk := member.read(_CHUNK):
            out.write(chunk)
            if out.tell() > allowed:
                raise WordError(
                    "Tệp Word bị từ chối: nội dung giải nén lớn bất thường (nghi là “bom giải nén”)."
                )
    return out.getvalue()


def safe_package(data):
    """Check a .docx archive and return it rebuilt from its checked members (bytes of a new zip)."""
    if data.startswith(OLE_MAGIC):
        raise WordError(
            "Đây là tệp Word 97–2003 (.doc), không phải .docx. Hãy mở bằng Word hoặc LibreOffice và lưu lại "
            "dạng .docx rồi gửi lại."
        )
    if not data.startswith(ZIP_MAGIC):
        raise WordError("Tệp không phải tài liệu Word (.docx).")
    max_members = limit("WORD_MAX_MEMBERS", 1000)
    max_total = limit("WORD_MAX_UNCOMPRESSED_BYTES", 80 * 1024 * 1024)
    max_xml = limit("WORD_MAX_XML_BYTES", 10 * 1024 * 1024)
    max_ratio = limit("WORD_MAX_COMPRESSION_RATIO", 100)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        raise WordError("Tệp không phải tài liệu Word (.docx) hoặc đã bị hỏng.") from exc
    with archive:
        if len(infos) > max_members:
            raise WordError(f"Tệp Word bị từ chối: có {len(infos)} thành phần (tối đa {max_members}).")
        declared = sum(info.file_size for info in infos)
        if declared > max_total:
            raise WordError(
                f"Tệp Word bị từ chối: nội dung giải nén {_human(declared)}, vượt giới hạn {_human(max_total)}."
            )
        for info in infos:
            if info.file_size > 1024 * 1024 and info.file_size > max_ratio * max(info.compress_size, 1):
                raise WordError(
                    "Tệp Word bị từ chối: một thành phần nén với tỉ lệ bất thường (nghi là “bom giải nén”)."
                )
        if "[Content_Types].xml" not in {info.filename for info in infos}:
            raise WordError("Tệp không phải tài liệu Word (.docx): thiếu phần nội dung chính.")
        rebuilt, total = io.BytesIO(), 0
        try:
            with zipfile.ZipFile(rebuilt, "w", zipfile.ZIP_STORED) as out:
                for info in infos:
                    if info.is_dir():
                        continue
                    is_xml = info.filename.endswith((".xml", ".rels"))
                    allowed = min(max_xml if is_xml else max_total, max_total - total)
                    content = _read_member(archive, info, allowed)
                    total += len(content)
                    if is_xml and _DTD.search(content):
                        raise WordError("Tệp Word bị từ chối: phần XML có khai báo DTD (Word không bao giờ ghi).")
                    if info.filename == "[Content_Types].xml":
                        _check_content_types(content)
                    out.writestr(info.filename, content)
        except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, RuntimeError, zlib.error,
                lzma.LZMAError) as exc:
            # Damaged compressed data, CRC errors, unsupported compression, encrypted members.
            raise WordError("Tệp Word bị hỏng hoặc có mật khẩu, không đọc được.") from exc
    return rebuilt.getvalue()


def _check_content_types(content):
    if b"macroEnabled" in content:
        raise WordError("Tệp Word có macro (.docm) không được nhận. Hãy lưu lại dạng .docx (không macro).")
    if _DOCX_MAIN.encode() not in content and b"wordprocessingml.template.main" not in content:
        raise WordError("Tệp không phải tài liệu Word (.docx).")


# --- .doc through LibreOffice ----------------------------------------------------------------------------------

SOFFICE_MISSING = (
    "Tệp .doc (Word 97–2003) cần LibreOffice để chuyển sang .docx, nhưng máy chủ chưa cài. Cách khắc phục: cài "
    "LibreOffice Writer trên máy chủ (gói “libreoffice-writer”, có lệnh “soffice”), hoặc mở tệp bằng Word/LibreOffice, "
    "chọn Lưu thành… dạng .docx rồi nhập lại."
)


def soffice_path():
    return shutil.which(limit("SOFFICE_COMMAND", "soffice"))


def doc_to_docx(data, *, name="tai-lieu.doc"):
    """Bytes of a .doc -> bytes of the .docx LibreOffice makes of it (refused when it is not installed)."""
    command = soffice_path()
    if command is None:
        raise WordError(SOFFICE_MISSING)
    if not data.startswith(OLE_MAGIC):
        raise WordError("Tệp .doc này không phải tài liệu Word 97–2003.")
    timeout = limit("SOFFICE_TIMEOUT_SECONDS", 60)
    with tempfile.TemporaryDirectory(prefix="newsroom-doc-") as folder:
        source = os.path.join(folder, "input.doc")
        with open(source, "wb") as handle:
            handle.write(data)
        # Its own profile folder: two conversions at once must not share (and lock) one profile.
        profile = "file://" + os.path.join(folder, "profile")
        try:
            subprocess.run(
                [command, f"-env:UserInstallation={profile}", "--headless", "--norestore", "--convert-to", "docx",
                 "--outdir", folder, source],
                check=True, timeout=timeout, capture_output=True, stdin=subprocess.DEVNULL,
            )
        except subprocess.TimeoutExpired as exc:
            raise WordError(f"LibreOffice không chuyển xong tệp {name} trong {timeout} giây.") from exc
        except (subprocess.CalledProcessError, OSError) as exc:
            raise WordError(f"LibreOffice không chuyển được tệp {name} sang .docx.") from exc
        target = os.path.join(folder, "input.docx")
        if not os.path.exists(target) or os.path.getsize(target) > max_bytes():
            raise WordError(f"LibreOffice không chuyển được tệp {name} sang .docx.")
        with open(target, "rb") as handle:
            return handle.read()
