"""Bring years of plain-text reports (and this site's own exports) into the moderation queue.

Retyping old coverage is out of the question, so this reads the newsroom's text layout, recognises
captions, the event date, provinces, officials, topics and cited documents, and stores each report as
an article waiting for a moderator. It never publishes. Re-running it is safe: files already
imported are reported "unchanged", changed files update their article as a new version.

    python manage.py import_articles bai-cu/ --year 2023 --source "Ban Tuyên giáo Tỉnh ủy Kiên Giang" --user bientap
    python manage.py import_articles export/articles.jsonl
    python manage.py import_articles bao-cao/bai-viet.docx --year 2024
    python manage.py import_articles bai-cu/ --dry-run
"""

import os
import sys
import time

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError, reset_queries
from django.utils import timezone

from importer.models import ImportRecord, ImportRun
from importer.pipeline import Importer, Options
from importer.reading import count_sources, iter_sources
from importer.recognition.lexicon import Lexicon
from places.loader import province_named

LABELS = {
    ImportRecord.Outcome.CREATED: "created",
    ImportRecord.Outcome.UPDATED: "updated",
    ImportRecord.Outcome.UNCHANGED: "unchanged",
    ImportRecord.Outcome.FAILED: "failed",
}


class ProgressBar:
    """A one-line bar on stderr, redrawn in place at most a few times a second."""

    def __init__(self, stream, total, *, enabled):
        self.stream, self.total, self.enabled = stream, max(total, 1), enabled
        self.done, self.started, self.drawn_at = 0, time.monotonic(), 0.0

    def advance(self):
        self.done += 1
        now = time.monotonic()
        if self.enabled and (now - self.drawn_at > 0.2 or self.done >= self.total):
            self.drawn_at = now
            self.draw()

    def draw(self):
        share = min(self.done / self.total, 1)
        rate = self.done / max(time.monotonic() - self.started, 1e-6)
        filled = int(share * 30)
        self.stream.write(f"\r[{'#' * filled}{'-' * (30 - filled)}] {share:4.0%} {self.done}/{self.total} "
                          f"{rate:5.0f} tệp/giây")
        self.stream.flush()

    def clear(self):
        if self.enabled and self.drawn_at:
            self.stream.write("\r" + " " * 78 + "\r")

    def close(self):
        if self.enabled and self.drawn_at:
            self.draw()
            self.stream.write("\n")
            self.stream.flush()


def _shown(path):
    try:
        relative = os.path.relpath(path)
    except ValueError:
        return path
    return relative if len(relative) < len(path) else path


class Command(BaseCommand):
    help = (
        "Nhập tin bài cũ từ tệp văn bản (.txt), tệp Word (.docx, .doc) hoặc tệp xuất JSON Lines (.jsonl) vào hàng "
        "chờ duyệt. "
        "Không bao giờ xuất bản; chạy lại không tạo trùng."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH", help="Tệp .txt/.docx/.doc/.jsonl hoặc thư mục (quét đệ quy).")
        parser.add_argument("--year", type=int, help="Năm của ngày sự kiện khi bài chỉ ghi ngày/tháng.")
        parser.add_argument("--source", default="", help="Nguồn ghi cho các bài được nhập.")
        parser.add_argument("--user", help="Tên đăng nhập của người được ghi là người viết/người nhập.")
        parser.add_argument("--province", default=None,
                            help="Tỉnh, thành của đơn vị có kho bài (mặc định NEWSROOM_PROVINCE; \"\" nếu là cơ "
                                 "quan trung ương): địa danh cấp xã, huyện trùng tên ở nhiều tỉnh được hiểu là "
                                 "của tỉnh này.")
        parser.add_argument("--dry-run", action="store_true", help="Chỉ báo cáo, không ghi gì vào cơ sở dữ liệu.")

    def handle(self, *args, paths, year, source, user, dry_run, verbosity, province, **options):
        missing = [p for p in paths if not os.path.exists(p)]
        if missing:
            raise CommandError(f"Không tìm thấy: {', '.join(missing)}")
        if year is not None and not 1945 <= year <= timezone.localdate().year + 1:
            raise CommandError(f"Năm không hợp lệ: {year}.")
        if province and not province_named(province):
            raise CommandError(f"Không có tỉnh, thành nào tên “{province}”.")
        actor = None
        if user:
            User = get_user_model()
            actor = User.objects.filter(**{User.USERNAME_FIELD: user}).first()
            if actor is None:
                raise CommandError(f"Không có tài khoản “{user}”.")
        show_progress = verbosity >= 2 or sys.stderr.isatty()
        total = count_sources(paths) if show_progress else 0
        bar = ProgressBar(self.stderr, total, enabled=show_progress and verbosity > 0)
        if dry_run:
            self.stdout.write("Dry run: nothing will be written (chạy thử, không ghi gì).")
        run = None if dry_run else ImportRun.objects.create(user=actor, source=source, paths="\n".join(paths))
        importer = Importer(options=Options(year=year, source=source, user=actor, dry_run=dry_run),
                            lexicon=Lexicon.load(home=province), run=run)
        counts = dict.fromkeys(LABELS, 0)
        converted = []
        started = time.monotonic()
        try:
            with importer:
                for number, (_path, results) in enumerate(importer.import_sources(iter_sources(paths)), 1):
                    for result in results:
                        counts[result.outcome] += 1
                        if result.converted and result.outcome != ImportRecord.Outcome.FAILED:
                            converted.append(f"{_shown(result.path)} ({result.converted})")
                        if verbosity >= 1:
                            bar.clear()
                            self.stdout.write(self._line(result, verbosity, dry_run))
                        importer.checkpoint()
                    bar.advance()
                    if number % 500 == 0:
                        reset_queries()  # DEBUG keeps every query otherwise
        except DatabaseError as exc:
            raise CommandError(
                f"Database error, the current batch was rolled back: {exc}. Run the command again to carry on "
                "(files already imported report “unchanged”)."
            ) from exc
        finally:
            bar.close()
        elapsed = time.monotonic() - started
        if run is not None:
            run.finished_at = timezone.now()
            for outcome, count in counts.items():
                setattr(run, str(outcome), count)
            run.save()
        summary = ", ".join(f"{LABELS[o]}: {n}" for o, n in counts.items())
        if verbosity >= 1:
            self.stdout.write(f"{summary} ({elapsed:.1f} s){' — dry run, nothing written' if dry_run else ''}")
        if converted and verbosity >= 1:
            self.stdout.write(f"Converted to Unicode from TCVN3/VNI (đã chuyển bảng mã cũ): {len(converted)} file(s)")
            for item in converted:
                self.stdout.write(f"           - {item}")

    def _line(self, result, verbosity, dry_run):
        where = _shown(result.path) + (f":{result.line}" if result.line else "")
        label = LABELS[result.outcome]
        if dry_run and result.outcome != ImportRecord.Outcome.FAILED:
            label = f"would be {label}"
        line = f"{label:<10} {where}"
        if result.article_id:
            line += f" → #{result.article_id}"
        if result.title and result.outcome != ImportRecord.Outcome.UNCHANGED:
            line += f" «{result.title[:80]}»"
        if result.message:
            line += f": {result.message}"
        notes = [n for n in result.notes if isinstance(n, str)]
        if notes and verbosity >= 2:
            line += "".join(f"\n           - {note}" for note in notes)
        elif notes:
            line += f" ({len(notes)} ghi chú)"
        style = self.style.ERROR if result.outcome == ImportRecord.Outcome.FAILED else (
            self.style.SUCCESS if result.outcome != ImportRecord.Outcome.UNCHANGED else str
        )
        return style(line)
