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

from django.db import connection, transaction
from django.db.models import Q
from django.utils import timezone

from articles.models import Article
from core.html import text_to_html
from core.text import fold
from importer import legacy
from importer.models import ImportRecord
from importer.pipeline.base import Outcome, Result, content_hash, path_key, plain_slug
from importer.pipeline.jsonl import import_jsonl
from importer.pipeline.staging import Staging
from importer.pipeline.storing import Storing
from importer.pipeline.word import import_word
from importer.reading import JSONL_SUFFIXES, WORD_SUFFIXES, PhotoFinder, ReadError, read_source
from importer.recognition.analysis import recognise_text
from importer.recognition.dates import file_date_is_evidence, read_event_date
from importer.recognition.layout import LayoutError, normalise_text, parse_plain_text
from importer.recognition.lexicon import Lexicon


@dataclass
class Prepared:
    """A text file read and hashed ahead of its import."""

    key: str
    text: str = ""
    error: str = ""
    encoding: str = "utf-8"
    replaced: int = 0
    legacy: dict = field(default_factory=dict)
    photos: list = field(default_factory=list)
    digest: str = ""
    first_line: str = ""
    headline_key: str = ""
    modified: datetime.date | None = None


class Importer(Storing):
    """Imports sources. Use it as a context manager (``with importer:``) to get batches and bulk writes;
    outside one, every file commits on its own."""

    batch_files = 200
    batch_seconds = 1.0
    read_ahead = 100

    def __init__(self, *, options, lexicon=None, run=None):
        self.options = options
        self.lexicon = lexicon or Lexicon.load()
        self.run = run
        self.find_photos = PhotoFinder()
        self.staging = Staging()
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
        outermost = not connection.in_atomic_block
        self._batch = transaction.atomic()
        self._batch.__enter__()
        if outermost and connection.vendor == "postgresql":
            # A batch's commit need not wait for its WAL flush: a crash can lose at most the last batches,
            # never half of one, and imports are idempotent, so a re-run brings them back. Scoped to this
            # transaction only (and never to a caller's own transaction); the rest keeps durable commits.
            with connection.cursor() as cursor:
                cursor.execute("SET LOCAL synchronous_commit TO OFF")
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
            self.prepare([Path(p) for p in chunk if Path(p).suffix.lower() not in JSONL_SUFFIXES | WORD_SUFFIXES])
            for path in chunk:
                yield path, self.import_path(path)

    def import_path(self, path):
        """Results for one source: one for a text file, one per line for a JSON Lines export."""
        path = Path(path)
        if path.suffix.lower() in JSONL_SUFFIXES:
            yield from import_jsonl(path, importer=self)
        elif path.suffix.lower() in WORD_SUFFIXES:
            yield import_word(path, importer=self)
        else:
            yield self.import_text_file(path)

    # --- reading ahead --------------------------------------------------------------------------------

    def _read(self, path):
        prepared = Prepared(path_key(path))
        try:
            source = read_source(path)
            prepared.text = normalise_text(source.text)
            prepared.encoding, prepared.replaced, prepared.legacy = source.encoding, source.replaced, source.legacy
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
        if prepared.legacy:
            notes.append(legacy.note(prepared.legacy, unit="dòng"))
        elif prepared.encoding != "utf-8":
            notes.append(f"Bảng mã {prepared.encoding}.")
        if prepared.replaced:
            notes.append(f"{prepared.replaced} ký tự lỗi mã hóa đã được thay bằng “\ufffd”.")
        # A fresh copy's date says nothing about its report: then the year stays unknown, never today's.
        reference = prepared.modified if file_date_is_evidence(prepared.modified) else None
        found = read_event_date([parsed.lead, parsed.headline, *parsed.rest[:4]], year=self.options.year,
                                reference=reference)
        if found is None and parsed.captions:
            # A photo report may print its day only under the first photos ("Chiều 31-1, … Ảnh: …").
            found = read_event_date([c.text for c in parsed.captions[:2]], year=self.options.year,
                                    reference=reference)
        event_date = found.date if found else None
        if found is None:
            notes.append("Không tìm thấy ngày diễn ra sự kiện.")
        elif event_date is None:
            notes.append(found.describe())
        # No day at all: provinces are linked as printed, not mapped to what they became by some guessed day.
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
        photos = [{"caption": c.text, "credit": c.credit} for c in parsed.captions]
        result = Result(prepared.key, Outcome.CREATED, title=parsed.headline, content_hash=prepared.digest,
                        headline_key=fold(parsed.headline)[:300], notes=notes,
                        converted=legacy.describe(prepared.legacy))
        return self.store(result, fields=fields, photos=photos, photo_files=photo_files, recognition=recognition)
