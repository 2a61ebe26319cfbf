"""Importing a Word file (.docx, or .doc through LibreOffice): one article, its pictures as photos in order.

The document is read and its pictures validated and re-encoded before anything is written: a file with a bad
picture (over the pixel limit, not a real image) is refused whole, like a file that is not a Word file, a zip
bomb or a document far longer than any article. The body keeps each picture's place (``importer.word``); the
storing step turns it into the stored photo's figure.
"""

import datetime
from pathlib import PurePath

from django.conf import settings
from django.utils import timezone

from core.text import fold
from importer import legacy
from importer.pipeline.base import Outcome, Result, content_hash, path_key
from importer.recognition.analysis import recognise_text
from importer.recognition.dates import file_date_is_evidence, read_event_date
from importer.word import WordError, clean_photos, max_bytes, read_word, text_paragraphs


def _read(path):
    size = path.stat().st_size
    if size > max_bytes():
        raise WordError(f"Tệp Word quá lớn: {size / 1024 / 1024:.1f} MB (giới hạn {max_bytes() // 1024 // 1024} MB).")
    return path.read_bytes()


def import_word(path, *, importer):
    key = path_key(path)
    try:
        document = read_word(_read(path), name=path.name)
    except WordError as exc:
        return importer.finish(Result(key, Outcome.FAILED, message=str(exc)))
    except OSError as exc:
        return importer.finish(Result(key, Outcome.FAILED, message=f"Không đọc được tệp: {exc.strerror or exc}."))
    text = "\n".join([document.headline, document.lead, document.body_html, document.byline,
                      *(f"{p.caption}\n{p.credit}\n{p.alt_text}" for p in document.photos)])
    digest = content_hash(text, [p.data for p in document.photos])
    converted = legacy.describe(document.legacy)
    known = importer.known_hash(digest)
    if known:
        return importer.finish(Result(key, Outcome.UNCHANGED, article_id=known, content_hash=digest))
    try:
        budget = getattr(settings, "WORD_IMPORT_MAX_TOTAL_PIXELS", 10 * settings.MAX_IMAGE_PIXELS)
        files = clean_photos(document.photos, budget=budget, prefix="anh")
    except WordError as exc:
        return importer.finish(Result(key, Outcome.FAILED, message=str(exc), content_hash=digest))

    notes = list(document.notes)
    if document.legacy:
        notes.append(legacy.note(document.legacy, unit="đoạn chữ"))
    modified = timezone.localtime(datetime.datetime.fromtimestamp(path.stat().st_mtime, tz=datetime.UTC)).date()
    reference = modified if file_date_is_evidence(modified) else None
    year = importer.options.year
    found = read_event_date([document.lead, document.headline, *text_paragraphs(document.body_text)[:4]], year=year,
                            reference=reference)
    event_date = found.date if found else None
    if found is None:
        notes.append("Không tìm thấy ngày diễn ra sự kiện.")
    elif event_date is None:
        notes.append(found.describe())
    day = event_date or (datetime.date(year, 12, 31) if year else reference)
    recognition = recognise_text(document.all_text(), day=day, lexicon=importer.lexicon)
    recognition.event_date = event_date

    photos = []
    for number, photo in enumerate(document.photos, 1):
        caption = photo.caption
        if not caption:
            notes.append(f"Ảnh thứ {number} không có chú thích trong tài liệu: cần viết chú thích.")
            caption = f"Ảnh {number} (chưa có chú thích)"
        photos.append({"caption": caption, "credit": photo.credit, "alt_text": photo.alt_text})
    fields = {
        "title": document.headline, "lead": document.lead, "body": document.body_html,
        "byline": document.byline, "event_date": event_date,
    }
    result = Result(key, Outcome.CREATED, title=document.headline, content_hash=digest,
                    headline_key=fold(document.headline)[:300], notes=notes, converted=converted)
    photo_files = [(PurePath(photo.name), content) for photo, content in zip(document.photos, files, strict=True)]
    return importer.store(result, fields=fields, photos=photos, photo_files=photo_files, recognition=recognition)
