"""Word files in: a correspondent's .docx (or an old .doc, through LibreOffice) read as an article with photos.

``read_word(data)`` checks the archive (``package``), walks the body (``blocks``), converts runs set in TCVN3
and VNI fonts (``importer.legacy``) and lays the result out as headline, lead, body and photos (``document``).
``clean_photos`` then validates and re-encodes the pictures like any upload, within one pixel budget, before
anything is stored: a bad picture refuses the whole file.

python-docx reads the file rather than mammoth: mammoth turns a document into HTML in one step and hides what
this needs to see (a run's font, to convert TCVN3 and VNI run by run; a paragraph's alignment and style, to
tell a caption), while python-docx gives the parsed XML, the styles and the pictures' parts; the tests also use
it to write their documents, so one library serves both.
"""

import io

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile

from core.images import PixelBudget, inspect_image, validate_and_reencode_image
from importer.word.document import (
    PHOTO_MARKERS,
    TEXT_PHOTO_PARAGRAPHS,
    WordDocument,
    WordPhoto,
    credit_line,
    lay_out,
    split_credit,
    strip_photo_markers,
    text_paragraphs,
)
from importer.word.package import OLE_MAGIC, SOFFICE_MISSING, WordError, doc_to_docx, max_bytes, safe_package

__all__ = [
    "PHOTO_MARKERS", "SOFFICE_MISSING", "WordDocument", "WordError", "WordPhoto", "clean_photos", "credit_line",
    "TEXT_PHOTO_PARAGRAPHS", "max_bytes", "read_word", "split_credit", "strip_photo_markers", "text_paragraphs",
]


def read_word(data, *, name="tai-lieu.docx", allow_doc=True):
    """Bytes of a .docx (or of a .doc when ``allow_doc``) -> ``WordDocument``; raises ``WordError``."""
    import docx  # noqa: PLC0415 - python-docx (and lxml) only load when a Word file comes in

    from importer.word.blocks import Walker  # noqa: PLC0415

    if len(data) > max_bytes():
        raise WordError(f"Tệp Word quá lớn (giới hạn {max_bytes() // (1024 * 1024)} MB).")
    if data.startswith(OLE_MAGIC) and allow_doc:
        data = doc_to_docx(data, name=name)
    from docx.exceptions import PythonDocxError  # noqa: PLC0415
    from docx.opc.exceptions import OpcError  # noqa: PLC0415

    package = safe_package(data)
    try:
        document = docx.Document(io.BytesIO(package))
    except (ValueError, KeyError, TypeError, AttributeError, OSError, SyntaxError, PythonDocxError, OpcError) as exc:
        # lxml's XMLSyntaxError is a SyntaxError; a missing part is a KeyError.
        raise WordError("Tệp Word bị hỏng, không đọc được nội dung.") from exc
    walker = Walker(document)
    try:
        blocks = walker.walk()
    except WordError:
        raise
    except (ValueError, KeyError, TypeError, AttributeError, SyntaxError, PythonDocxError, OpcError) as exc:
        # Parts are parsed lazily (styles, numbering): a broken one surfaces here.
        raise WordError("Tệp Word có cấu trúc lạ, không đọc được nội dung.") from exc
    try:
        return lay_out(blocks, legacy=walker.legacy, notes=walker.notes)
    except ValueError as exc:
        raise WordError(str(exc)) from exc


def clean_photos(photos, *, budget, prefix, max_side=None):
    """Each photo's picture validated and re-encoded (metadata gone) -> list of ``ContentFile``.

    Every header is read and charged to ``budget`` (a ``PixelBudget``, or a number of pixels) before any picture
    is decoded; the first bad picture raises ``WordError`` naming it, and nothing is kept.
    """
    if not isinstance(budget, PixelBudget):
        budget = PixelBudget(budget)
    files = [ContentFile(photo.data, name=f"anh.{photo.format.lower()}") for photo in photos]
    number = 0
    try:
        for content in files:
            number += 1
            budget.spend(inspect_image(content, max_side=max_side))
        cleaned, number = [], 0
        for content in files:
            number += 1
            cleaned.append(validate_and_reencode_image(content, prefix=prefix, max_side=max_side))
    except ValidationError as exc:
        raise WordError(f"Ảnh thứ {number} trong tệp Word: {' '.join(exc.messages)}") from exc
    return cleaned
