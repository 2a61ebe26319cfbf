"""Importing one source file at a time into the moderation queue.

Each file is read, hashed, parsed, recognised and stored inside its own transaction, so a bad file
costs only itself and memory does not grow with the number of files. Imports are never published:
a new article enters the queue as "chờ duyệt"; a changed file updates its article as a new version
(a pending change when the article is live, so a moderator still decides).
"""

import datetime
import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from articles.models import Article, Photo, Status
from core.html import text_to_html
from core.images import validate_and_reencode_image
from core.text import fold
from importer import workflow_bridge
from importer.models import ImportRecord
from importer.reading import JSONL_SUFFIXES, ReadError, find_photos, read_source
from importer.recognition.analysis import recognise_text
from importer.recognition.dates import find_event_date
from importer.recognition.layout import LayoutError, normalise_text, parse_plain_text
from importer.recognition.lexicon import Lexicon
from importer.services import article_link_recognition

Outcome = ImportRecord.Outcome


@dataclass
class Options:
    year: int | None = None
    source: str = ""
    user: object = None
    dry_run: bool = False


@dataclass
class Result:
    """One line of the report."""

    path: str
    outcome: str
    message: str = ""
    article_id: int | None = None
    title: str = ""
    line: int | None = None
    notes: list = field(default_factory=list)
    content_hash: str = ""
    headline_key: str = ""


def content_hash(text, photos=()):
    """sha256 of the normalised text and the photo bytes: the same report saved again hashes the same."""
    digest = hashlib.sha256(text.encode("utf-8"))
    for data in photos:
        digest.update(b"\x00photo\x00")
        digest.update(data)
    return digest.hexdigest()


def path_key(path):
    return str(Path(path).resolve())[-500:]


class Importer:
    def __init__(self, *, options, lexicon=None, run=None):
        self.options = options
        self.lexicon = lexicon or Lexicon.load()
        self.run = run
        self.workflow = workflow_bridge.detect()

    # --- entry points ----------------------------------------------------------------------------

    def import_path(self, path):
        """Results for one source: one for a text file, one per line for a JSON Lines export."""
        path = Path(path)
        if path.suffix.lower() in JSONL_SUFFIXES:
            from importer.exchange import import_jsonl

            yield from import_jsonl(path, importer=self)
        else:
            yield self.import_text_file(path)

    def import_text_file(self, path):
        key = path_key(path)
        try:
            source = read_source(path)
            text = normalise_text(source.text)
            photo_files = [(p, p.read_bytes()) for p in find_photos(path)]
            digest = content_hash(text, [data for _, data in photo_files])
            known = self.known_hash(digest)
            if known:
                return self.finish(Result(key, Outcome.UNCHANGED, article_id=known, content_hash=digest))
            parsed = parse_plain_text(text)
        except (ReadError, LayoutError, OSError) as exc:
            return self.finish(Result(key, Outcome.FAILED, message=str(exc)))
        notes = []
        if source.encoding != "utf-8":
            notes.append(f"Bảng mã {source.encoding}.")
        if source.replaced:
            notes.append(f"{source.replaced} ký tự lỗi mã hóa đã được thay bằng “\ufffd”.")
        reference = timezone.localtime(
            datetime.datetime.fromtimestamp(path.stat().st_mtime, tz=datetime.UTC)
        ).date()
        event_date = find_event_date(
            [parsed.lead, parsed.headline, *parsed.rest[:2]], year=self.options.year, reference=reference,
        )
        if event_date is None:
            notes.append("Không tìm thấy ngày diễn ra sự kiện.")
        day = event_date or (datetime.date(self.options.year, 12, 31) if self.options.year else reference)
        recognition = recognise_text(parsed.all_text(), day=day, lexicon=self.lexicon)
        recognition.event_date = event_date
        fields = {
            "title": parsed.headline,
            "lead": parsed.lead,
            "body": text_to_html("\n\n".join(parsed.rest)),
            "byline": parsed.byline[:200],
            "event_date": event_date,
        }
        photos = [
            {"caption": c.text, "credit": c.credit} for c in parsed.captions
        ]
        result = Result(key, Outcome.CREATED, title=parsed.headline, content_hash=digest,
                        headline_key=fold(parsed.headline)[:300], notes=notes)
        return self.store(result, fields=fields, photos=photos, photo_files=photo_files, recognition=recognition)

    # --- shared steps ------------------------------------------------------------------------------

    def known_hash(self, digest):
        """The article already holding exactly this content, if any."""
        found = Article.objects.filter(content_hash=digest).values_list("pk", flat=True).first()
        if found:
            return found
        return (
            ImportRecord.objects.filter(content_hash=digest, article__isnull=False)
            .exclude(outcome=Outcome.FAILED).values_list("article_id", flat=True).first()
        )

    def previous_article(self, result):
        """The article an earlier import of this file (same path, or same headline from a file now gone) made."""
        found = (
            ImportRecord.objects.filter(path=result.path, article__isnull=False, line=result.line)
            .values_list("article_id", flat=True).order_by("-id").first()
        )
        if found or not result.headline_key:
            return found
        for article_id, path in (
            ImportRecord.objects.filter(headline_key=result.headline_key, article__isnull=False)
            .values_list("article_id", "path").order_by("-id")[:5]
        ):
            if path == result.path or not Path(path).exists():
                return article_id
        return None

    def store(self, result, *, fields, photos, photo_files, recognition, extra=None, link=None, previous=None):
        """Create or update the article for ``result`` in one transaction (rolled back on a dry run).

        ``extra``: further Article fields (an export's dates and status); ``link(article)`` adds the
        relations an export lists; ``previous`` names the article to update when the caller knows it.
        """
        self._link_extra = link
        try:
            with transaction.atomic():
                previous = previous or self.previous_article(result)
                if previous:
                    self._update(result, previous, fields, photos, photo_files, recognition, extra)
                else:
                    self._create(result, fields, photos, photo_files, recognition, extra)
                if self.options.dry_run:
                    transaction.set_rollback(True)
                else:
                    self._record(result)
        except ValidationError as exc:
            result.outcome, result.message = Outcome.FAILED, "; ".join(exc.messages)
            self._record(result)
        return result

    def finish(self, result):
        self._record(result)
        return result

    def _record(self, result):
        if self.options.dry_run or self.run is None:
            return
        ImportRecord.objects.create(
            run=self.run, path=result.path, line=result.line, content_hash=result.content_hash,
            headline_key=result.headline_key, article_id=result.article_id, outcome=result.outcome,
            message=result.message[:2000], notes=result.notes,
        )

    def _create(self, result, fields, photos, photo_files, recognition, extra):
        user = self.options.user
        values = {**fields, **(extra or {})}
        article = Article(
            source=self.options.source[:200], author=user, last_edited_by=user, status=Status.SUBMITTED,
            content_hash=result.content_hash, import_path=result.path,
        )
        for name, value in values.items():
            setattr(article, name, value)
        article.title = article.title[:300]
        article.save()
        self._attach_photos(article, photos, photo_files, result.notes)
        self._link(article, recognition, result)
        self.workflow.imported(article=article, actor=user, comment=self._comment(result))
        result.outcome, result.article_id = Outcome.CREATED, article.pk

    def _update(self, result, article_id, fields, photos, photo_files, recognition, extra):
        article = Article.objects.select_for_update().get(pk=article_id)
        user = self.options.user
        if article.status == Status.PUBLISHED:
            # Live (or scheduled) content changes only through a moderator.
            if not self.workflow.can_propose:
                raise ValidationError(
                    f"Bài #{article.pk} đang xuất bản; tệp đã đổi nhưng bản mới phải sửa trong trang quản trị "
                    "để qua duyệt."
                )
            self.workflow.propose(article=article, actor=user, fields=fields, recognition=recognition,
                                  lexicon=None if self.options.dry_run else self.lexicon,
                                  comment=self._comment(result))
            result.notes.append("Bài đang xuất bản: nội dung mới là đề xuất chờ duyệt, bài đang đăng chưa đổi.")
            result.outcome, result.article_id = Outcome.UPDATED, article.pk
            return
        before = article.status
        for name, value in {**fields, **(extra or {})}.items():
            setattr(article, name, value)
        if not extra or "status" not in extra:
            article.status = Status.SUBMITTED
        article.title = article.title[:300]
        article.source = self.options.source[:200] or article.source
        article.content_hash, article.import_path = result.content_hash, result.path
        article.last_edited_by = user or article.last_edited_by
        article.version += 1
        article.save()
        # Old photo files stay in storage: earlier versions in the history still show them.
        article.photos.all().delete()
        self._attach_photos(article, photos, photo_files, result.notes)
        self._link(article, recognition, result)
        self.workflow.updated(article=article, actor=user, from_status=before, comment=self._comment(result))
        result.outcome, result.article_id = Outcome.UPDATED, article.pk

    def _comment(self, result):
        where = f"{result.path}:{result.line}" if result.line else result.path
        return f"Nhập tự động từ {where}" + (f" (nguồn: {self.options.source})" if self.options.source else "")

    def _link(self, article, recognition, result):
        if self._link_extra is not None:
            result.notes.extend(self._link_extra(article) or [])
        if recognition is None:
            return
        created = article_link_recognition(
            article=article, recognition=recognition, lexicon=self.lexicon, remember=not self.options.dry_run,
        )
        result.notes.extend(recognition.notes)
        for official in created:
            result.notes.append(f"Nhân vật mới “{official.full_name}” (cần xác minh).")

    def _attach_photos(self, article, photos, photo_files, notes):
        """Captions become figures in order; photo files attach to them, the rest stay pending."""
        featured = False
        rows = []
        for index in range(max(len(photos), len(photo_files))):
            item = photos[index] if index < len(photos) else None
            photo = Photo(article=article, position=index)
            if item is None:
                notes.append(f"Ảnh thứ {index + 1} không có chú thích trong bài: cần viết chú thích.")
                photo.caption = f"Ảnh {index + 1} (chưa có chú thích)"
            else:
                photo.caption = item["caption"][:1000]
                photo.credit = (item.get("credit") or "")[:200]
                photo.alt_text = (item.get("alt_text") or "")[:500]
            if index < len(photo_files) and photo_files[index] is not None:
                file_path, data = photo_files[index]
                try:
                    image = validate_and_reencode_image(ContentFile(data, name=file_path.name), prefix="anh")
                except ValidationError as exc:
                    notes.append(f"Ảnh {file_path.name} bị bỏ qua: {' '.join(exc.messages)}")
                else:
                    if not self.options.dry_run:
                        photo.image = image
                    featured_wanted = item.get("is_featured") if item and "is_featured" in item else not featured
                    if featured_wanted and not featured:
                        photo.is_featured = featured = True
            rows.append(photo)
        for photo in rows:
            photo.save()
        pending = sum(1 for p in rows if not p.image)
        if pending and not self.options.dry_run:
            notes.append(f"{pending} chú thích đang chờ ảnh.")
