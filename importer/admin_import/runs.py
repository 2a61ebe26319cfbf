"""An upload from the admin as an ``ImportRun``: its files in a private folder, imported a few per request.

``import_run_start`` stores the checked files and the run; ``import_run_step`` imports the next files through the
same ``Importer`` as ``manage.py import_articles`` and returns how far the run is. The run row is locked for the
step, so two polling tabs never import the same file twice; a crash loses at most the step, which the next poll
repeats (imports are idempotent). The folder goes when the last file is done: the articles hold what was imported.
"""

import logging
import shutil
import time
from pathlib import Path

from django.conf import settings
from django.db import DatabaseError, transaction
from django.utils import timezone

from importer.models import ImportRecord, ImportRun
from importer.pipeline import Importer, Options
from importer.recognition.lexicon import Lexicon
from workflow import permissions

logger = logging.getLogger(__name__)

Outcome = ImportRecord.Outcome
FILES_PER_STEP = 5
SECONDS_PER_STEP = 2.0


class UploadImporter(Importer):
    """The command's importer, naming the file as it was uploaded in the article's history (the comment of its
    "Gửi duyệt" line), never the server's private folder."""

    def __init__(self, *, folder, **kwargs):
        super().__init__(**kwargs)
        self.folder = str(Path(folder).resolve()) + "/"

    def _comment(self, result):
        name = result.path[len(self.folder):] if result.path.startswith(self.folder) else Path(result.path).name
        where = f"{name}:{result.line}" if result.line else name
        source = f" (nguồn: {self.options.source})" if self.options.source else ""
        return f"Nhập từ tệp tải lên {where}{source}"


def can_import(user):
    """Whoever may write and submit articles may import them: imports enter the moderation queue, never the site.

    ``importer.add_importrun`` also grants it, for an account an administrator wants to let import and nothing else.
    """
    if not (user.is_active and user.is_staff):
        return False
    return user.is_superuser or user.has_perm("importer.add_importrun") or (
        user.has_perm("articles.add_article") and user.has_perm("articles.submit_article")
    )


def can_see_run(user, run):
    """Moderators see every run (they decide on its articles); an editor sees their own."""
    return can_import(user) and (permissions.is_moderator(user) or run.user_id == user.pk)


def runs_visible_to(user, queryset=None):
    queryset = ImportRun.objects.all() if queryset is None else queryset
    return queryset if permissions.is_moderator(user) else queryset.filter(user=user)


def uploads_root():
    # Never under MEDIA_ROOT: reports waiting for a moderator are not public, nor are their photos.
    return Path(settings.PRIVATE_MEDIA_ROOT) / "imports"


def run_folder(run):
    return uploads_root() / str(run.pk)


def import_run_start(*, user, files, source="", year=None):
    """Store checked ``files`` (``uploads.UploadedFile``) in a new run's private folder; return the run.

    A disk that refuses a file takes the run and the files already written with it: nothing half-stored stays.
    """
    sources = [f.name for f in files if f.is_source]
    run = ImportRun.objects.create(user=user, source=source[:200], year=year, files=sources,
                                   paths="\n".join(sources)[:10000])
    folder = run_folder(run)
    try:
        for item in files:
            target = folder / item.name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(item.data)
    except OSError:
        shutil.rmtree(folder, ignore_errors=True)
        run.delete()
        raise
    return run


def import_run_step(*, run_id, max_files=None, max_seconds=None):
    """Import the run's next files (at most ``max_files``, or what fits in about ``max_seconds``); return the run.

    A file that breaks the importer in an unexpected way is recorded as failed and passed over, so that a poll
    never retries it forever; a database error leaves the step to the next poll.
    """
    max_files, max_seconds = max_files or FILES_PER_STEP, max_seconds or SECONDS_PER_STEP
    current = None
    try:
        with transaction.atomic():
            run = ImportRun.objects.select_for_update().get(pk=run_id)
            if run.finished_at is not None:
                return run
            folder = run_folder(run)
            importer = UploadImporter(folder=folder, options=Options(year=run.year, source=run.source, user=run.user),
                                      lexicon=Lexicon.load(), run=run)
            started, done = time.monotonic(), 0
            counts = dict.fromkeys(Outcome.values, 0)
            with importer:
                while run.position < len(run.files) and done < max_files and (
                        done == 0 or time.monotonic() - started < max_seconds):
                    current = run.position
                    for result in importer.import_path(folder / run.files[run.position]):
                        counts[result.outcome] += 1
                        importer.checkpoint()
                    run.position += 1
                    done += 1
            current = None
            _finish_step(run, counts)
    except DatabaseError:
        raise
    except Exception:
        if current is None:
            raise
        logger.exception("Import run %s: file %s broke the importer", run_id, current)
        return _pass_over(run_id, current)
    return run


def _finish_step(run, counts):
    for outcome, count in counts.items():
        setattr(run, outcome, getattr(run, outcome) + count)
    if run.position >= len(run.files):
        run.finished_at = timezone.now()
        folder = run_folder(run)
        # Only once the articles are committed: a rolled-back step must find its files again.
        transaction.on_commit(lambda: shutil.rmtree(folder, ignore_errors=True))
    run.save(update_fields=["position", "finished_at", *Outcome.values])


@transaction.atomic
def _pass_over(run_id, position):
    run = ImportRun.objects.select_for_update().get(pk=run_id)
    if run.position == position and run.finished_at is None:
        path = run_folder(run) / run.files[position]
        ImportRecord.objects.create(run=run, path=str(path)[-500:], outcome=Outcome.FAILED,
                                    message="Lỗi không mong đợi khi nhập tệp này; tệp được bỏ qua. Hãy báo quản trị.")
        run.position += 1
        _finish_step(run, {Outcome.FAILED: 1})
    return run


def shown_name(run, path):
    """A record's path as the uploader named it: relative to the run's folder."""
    prefix = str(run_folder(run).resolve()) + "/"
    for candidate in (prefix, str(run_folder(run)) + "/"):
        if path.startswith(candidate):
            return path[len(candidate):]
    return path.rsplit("/", 1)[-1]


def run_report(run):
    """Each record of the run, in order, as the report shows it: file, line, outcome, message, notes, article."""
    records = run.records.select_related("article").order_by("id")
    return [
        {
            "record": record,
            "name": shown_name(run, record.path) + (f":{record.line}" if record.line else ""),
            "notes": [n for n in record.notes if isinstance(n, str)],
        }
        for record in records
    ]


def run_progress(run):
    """What the progress display needs, as JSON-ready numbers."""
    done, total = run.position, len(run.files)
    if not run.files:  # a run of the command line: its files were never listed, its records say how many
        done = total = run.records.count()
    return {
        "done": done, "total": total, "finished": run.finished_at is not None,
        "counts": {outcome: getattr(run, outcome) for outcome in Outcome.values},
    }
