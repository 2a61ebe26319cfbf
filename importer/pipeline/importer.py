"""Importing source files into the moderation queue, one file at a time, in short batches.

Files are streamed: a batch reads a hundred at most ahead, to look their hashes and paths up in two
queries instead of three per file, and nothing accumulates beyond it, so memory stays flat however many
files there are. Each file is stored under its own savepoint, so a bad file rolls back alone; a batch
commits every second or so, which spares SQLite a disk flush per file. A crash loses at most the current
batch, and a re-run picks it up (imports are idempotent).

Imports are never published: a new article enters the queue as "chờ duyệt"; a changed file updates its
article as a new version, or, when the article is live, becomes a pending change a moderator decides on.
"""

import datetime
import time
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import DatabaseError, transaction
from django.db.models import Q
from django.utils import timezone

from articles.models import Article, Document, Mention, Photo, Status, Topic
from core.html import text_to_html
from core.images import validate_and_reencode_image
from core.text import fold
from importer import workflow_bridge
from importer.models import ImportRecord
from importer.pipeline.base import Outcome, Result, content_hash, free_slug, path_key, plain_slug
from importer.pipeline.staging import Staging
from importer.reading import JSONL_SUFFIXES, PhotoFinder, ReadError, read_source
from importer.recognition.analysis import recognise_text
from importer.recognition.dates import find_event_date
from importer.recognition.layout import LayoutError, normalise_text, parse_plain_text
from importer.recognition.lexicon import Lexicon
from importer.services import article_link_recognition
from places.models import Province


@dataclass
class Prepared:
    """A text file read and hashed ahead of its import."""

    key: str
    text: str = ""
    error: str = ""
    encoding: str = "utf-8"
    replaced: int = 0
    photos: list = field(default_factory=list)
    digest: str = ""
    first_line: str = ""
    headline_key: str = ""
    modified: datetime.date | None = None


class Importer:
    batch_files = 200
    batch_seconds = 1.0
    read_ahead = 100

    def __init__(self, *, options, lexicon=None, run=None):
        self.options = options
        self.lexicon = lexicon or Lexicon.load()
        self.run = run
        self.workflow = workflow_bridge.detect()
        self.find_photos = PhotoFinder()
        self.staging = Staging(self.workflow)
        self._batch = None
        self._prepared, self._known, self._previous, self._checked = {}, {}, {"paths": {}, "headlines": {}}, set()
        self._link_extra = None
        self._taken_slugs = None

    # --- batches --------------------------------------------------------------------------------------

    def __enter__(self):
        self._open_batch()
        return self

    def __exit__(self, exc_type, exc, tb):
        batch, self._batch = self._batch, None
        if batch is None:
            return False
        if exc_type is None:
            try:
                self.staging.flush()
            except BaseException as error:
                batch.__exit__(type(error), error, error.__traceback__)
                raise
        return batch.__exit__(exc_type, exc, tb)

    def _open_batch(self):
        self._batch = transaction.atomic()
        self._batch.__enter__()
        self._batch_count, self._batch_started = 0, time.monotonic()

    @property
    def deferred(self):
        """Whether rows of new articles wait for the batch to commit (not on a dry run, which rolls back)."""
        return self._batch is not None and not self.options.dry_run

    def checkpoint(self):
        """Commit the current batch when it is big or old enough."""
        if self._batch is None:
            return
        self._batch_count += 1
        if self._batch_count >= self.batch_files or time.monotonic() - self._batch_started >= self.batch_seconds:
            self.staging.flush()
            batch, self._batch = self._batch, None
            batch.__exit__(None, None, None)
            self._open_batch()

    # --- entry points ---------------------------------------------------------------------------------

    def import_sources(self, paths):
        """(path, results) for every source in ``paths`` (an iterable, consumed lazily)."""
        paths = iter(paths)
        while chunk := list(islice(paths, self.read_ahead)):
            self.prepare([Path(p) for p in chunk if Path(p).suffix.lower() not in JSONL_SUFFIXES])
            for path in chunk:
                yield path, self.import_path(path)

    def import_path(self, path):
        """Results for one source: one for a text file, one per line for a JSON Lines export."""
        path = Path(path)
        if path.suffix.lower() in JSONL_SUFFIXES:
            from importer.exchange import import_jsonl

            yield from import_jsonl(path, importer=self)
        else:
            yield self.import_text_file(path)

    # --- reading ahead --------------------------------------------------------------------------------

    def _read(self, path):
        prepared = Prepared(path_key(path))
        try:
            source = read_source(path)
            prepared.text = normalise_text(source.text)
            prepared.encoding, prepared.replaced = source.encoding, source.replaced
            prepared.photos = self.find_photos(path)
            prepared.digest = content_hash(prepared.text, [p.read_bytes() for p in prepared.photos])
            prepared.first_line = " ".join(prepared.text.lstrip().partition("\n")[0].split())
            prepared.headline_key = fold(prepared.first_line)[:300]
            prepared.modified = timezone.localtime(
                datetime.datetime.fromtimestamp(path.stat().st_mtime, tz=datetime.UTC)
            ).date()
        except (ReadError, OSError) as exc:
            prepared.error = str(exc) if isinstance(exc, ReadError) else f"Không đọc được tệp: {exc}."
        return prepared

    def prepare(self, paths):
        """Read and hash ``paths``, then look their hashes, paths and headlines up in two queries."""
        self._prepared = {path: self._read(path) for path in paths}
        ready = [p for p in self._prepared.values() if not p.error]
        self._known = self.known_hashes([p.digest for p in ready])
        self._checked = {p.digest for p in ready} | {(p.key, None) for p in ready} | {p.headline_key for p in ready}
        self._previous = self.previous_records(keys=[(p.key, None) for p in ready],
                                               headlines=[p.headline_key for p in ready])
        slugs = {plain_slug(p.first_line) for p in ready if p.digest not in self._known}
        self._taken_slugs = set(Article.objects.filter(slug__in=slugs).values_list("slug", flat=True)) if slugs else set()

    def known_hashes(self, digests):
        """{content hash: article} for the hashes some article already holds exactly."""
        if not digests:
            return {}
        known = dict(
            ImportRecord.objects.filter(content_hash__in=digests, article__isnull=False)
            .exclude(outcome=Outcome.FAILED).values_list("content_hash", "article_id")
        )
        known.update(Article.objects.filter(content_hash__in=digests).values_list("content_hash", "pk"))
        return known

    def previous_records(self, *, keys, headlines):
        """Earlier imports by (path, line) and by headline: {"paths": {…}, "headlines": {…}}."""
        found = {"paths": {}, "headlines": {}}
        paths = {path for path, _line in keys}
        headlines = [h for h in headlines if h]
        if not paths and not headlines:
            return found
        rows = (
            ImportRecord.objects.filter(Q(path__in=paths) | Q(headline_key__in=headlines), article__isnull=False)
            .values_list("article_id", "path", "line", "headline_key").order_by("-id")
        )
        for article_id, path, line, headline_key in rows.iterator():
            found["paths"].setdefault((path, line), article_id)
            found["headlines"].setdefault(headline_key, []).append((article_id, path))
        return found

    def known_hash(self, digest):
        if digest in self._checked:
            return self._known.get(digest)
        return self.known_hashes([digest]).get(digest)

    def previous_article(self, result):
        """The article an earlier import of this file (same path, or same headline from a file now gone) made."""
        previous = self._previous
        if (result.path, result.line) not in self._checked or result.headline_key not in self._checked:
            previous = self.previous_records(keys=[(result.path, result.line)], headlines=[result.headline_key])
        found = previous["paths"].get((result.path, result.line))
        if found:
            return found
        for article_id, path in previous["headlines"].get(result.headline_key, [])[:20]:
            if path != result.path and not Path(path).exists():
                return article_id
        return None

    def _remember(self, result):
        """Keep the read-ahead lookups true after a write: a second copy of a file in the batch is unchanged."""
        if result.article_id and not self.options.dry_run:
            self._known[result.content_hash] = result.article_id
            self._previous["paths"][(result.path, result.line)] = result.article_id

    # --- text files -----------------------------------------------------------------------------------

    def import_text_file(self, path):
        prepared = self._prepared.pop(path, None) or self._read(path)
        if prepared.error:
            return self.finish(Result(prepared.key, Outcome.FAILED, message=prepared.error))
        known = self.known_hash(prepared.digest)
        if known:
            return self.finish(Result(prepared.key, Outcome.UNCHANGED, article_id=known, content_hash=prepared.digest))
        try:
            parsed = parse_plain_text(prepared.text)
            photo_files = [(p, p.read_bytes()) for p in prepared.photos]
        except (LayoutError, OSError) as exc:
            return self.finish(Result(prepared.key, Outcome.FAILED, message=str(exc), content_hash=prepared.digest))
        notes = []
        if prepared.encoding != "utf-8":
            notes.append(f"Bảng mã {prepared.encoding}.")
        if prepared.replaced:
            notes.append(f"{prepared.replaced} ký tự lỗi mã hóa đã được thay bằng “\ufffd”.")
        event_date = find_event_date(
            [parsed.lead, parsed.headline, *parsed.rest[:2]], year=self.options.year, reference=prepared.modified,
        )
        if event_date is None:
            notes.append("Không tìm thấy ngày diễn ra sự kiện.")
        day = event_date or (datetime.date(self.options.year, 12, 31) if self.options.year else prepared.modified)
        recognition = recognise_text(parsed.all_text(), day=day, lexicon=self.lexicon)
        recognition.event_date = event_date
        fields = {
            "title": parsed.headline,
            "lead": parsed.lead,
            "body": text_to_html("\n\n".join(parsed.rest)),
            "byline": parsed.byline[:200],
            "event_date": event_date,
        }
        photos = [{"caption": c.text, "credit": c.credit} for c in parsed.captions]
        result = Result(prepared.key, Outcome.CREATED, title=parsed.headline, content_hash=prepared.digest,
                        headline_key=fold(parsed.headline)[:300], notes=notes)
        return self.store(result, fields=fields, photos=photos, photo_files=photo_files, recognition=recognition)

    # --- storing --------------------------------------------------------------------------------------

    def store(self, result, *, fields, photos, photo_files, recognition, extra=None, link=None, previous=None):
        """Create or update the article for ``result`` under a savepoint (rolled back on a dry run).

        ``extra``: further Article fields (an export's dates and status); ``link(article)`` adds the
        relations an export lists; ``previous`` names the article to update when the caller knows it.
        """
        self._link_extra = link
        try:
            with transaction.atomic():
                previous = previous or self.previous_article(result)
                if previous:
                    self._update(result, previous, fields, photos, photo_files, recognition, extra)
                elif self.deferred and link is None:
                    self._create(result, fields, photos, photo_files, recognition, extra, staging=self.staging)
                else:
                    self._create(result, fields, photos, photo_files, recognition, extra)
                if self.options.dry_run:
                    transaction.set_rollback(True)
        except ValidationError as exc:
            result.outcome, result.message = Outcome.FAILED, "; ".join(exc.messages)
        except DatabaseError as exc:
            result.outcome, result.message = Outcome.FAILED, f"Lỗi cơ sở dữ liệu, tệp không được nhập: {exc}"
        self._remember(result)
        return self.finish(result)

    def finish(self, result):
        """Record the outcome (in bulk with the batch when there is one)."""
        if self.options.dry_run or self.run is None:
            return result
        record = ImportRecord(
            run=self.run, path=result.path, line=result.line, content_hash=result.content_hash,
            headline_key=result.headline_key, article_id=result.article_id, outcome=result.outcome,
            message=result.message[:2000], notes=result.notes,
        )
        if self._batch is not None:
            self.staging.records.append(record)
        else:
            record.save()
        return result

    def _create(self, result, fields, photos, photo_files, recognition, extra, staging=None):
        user = self.options.user
        article = Article(
            source=self.options.source[:200], author=user, last_edited_by=user, status=Status.SUBMITTED,
            content_hash=result.content_hash, import_path=result.path,
        )
        for name, value in {**fields, **(extra or {})}.items():
            setattr(article, name, value)
        article.title = article.title[:300]
        # The read-ahead knows which plain slugs are taken, but only for the headlines it read.
        known_slugs = self._taken_slugs if staging is not None and self._prepared_slug(article.title) else None
        article.slug = article.slug or free_slug(article.title, taken=known_slugs)
        article.save()
        rows = self._attach_photos(article, photos, photo_files, result.notes, staging=staging)
        links = self._link(article, recognition, result, new=True, staging=staging)
        comment = self._comment(result)
        if links is not None:
            self._describe(article, rows, links)
        if staging is not None:
            staging.imported.append((article, user, comment))
        else:
            self.workflow.imported(article=article, actor=user, comment=comment)
            article._prefetched_objects_cache = {}
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

    def _prepared_slug(self, title):
        return self._taken_slugs is not None and fold(title)[:300] in self._checked

    def _comment(self, result):
        where = f"{result.path}:{result.line}" if result.line else result.path
        return f"Nhập tự động từ {where}" + (f" (nguồn: {self.options.source})" if self.options.source else "")

    def _link(self, article, recognition, result, new=False, staging=None):
        if self._link_extra is not None:
            result.notes.extend(self._link_extra(article) or [])
        if recognition is None:
            return None
        links = article_link_recognition(
            article=article, recognition=recognition, lexicon=self.lexicon, remember=not self.options.dry_run,
            new=new, staging=staging,
        )
        result.notes.extend(recognition.notes)
        for official in links.created_officials:
            result.notes.append(f"Nhân vật mới “{official.full_name}” (cần xác minh).")
        return links

    def _describe(self, article, photos, links):
        """Fill the new article's related lists from what was just written, so that the workflow's snapshot
        of it needs no queries (the same pre-filled caches the workflow uses for previews)."""
        provinces, topics = self.lexicon.province_objects(), self.lexicon.topic_objects()

        def filled(model, objects):
            queryset = model.objects.none()
            queryset._result_cache, queryset._prefetch_done = list(objects), True
            return queryset

        # In each model's own ordering, as a query would return them.
        article._prefetched_objects_cache = {
            "provinces": filled(Province, sorted((provinces[i] for i in links.province_ids), key=lambda p: p.sort_name)),
            "topics": filled(Topic, sorted((topics[i] for i in links.topic_ids), key=lambda t: (t.position, t.sort_name))),
            "documents": filled(Document, sorted(links.documents, key=lambda d: (d.kind, d.number, d.title))),
            "mentions": filled(Mention, links.mentions),
            "photos": filled(Photo, photos),
        }

    def _attach_photos(self, article, photos, photo_files, notes, staging=None):
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
            photo.alt_text = photo.alt_text.strip() or photo.caption[:500]  # as Photo.save() would
            rows.append(photo)
        # One INSERT for all, files stored on the way. No post_save either: the article is not public, so
        # there is no cached public page to invalidate.
        if staging is not None:
            staging.photos.extend(rows)
        else:
            Photo.objects.bulk_create(rows)
        pending = sum(1 for p in rows if not p.image)
        if pending and not self.options.dry_run:
            notes.append(f"{pending} chú thích đang chờ ảnh.")
        return rows
