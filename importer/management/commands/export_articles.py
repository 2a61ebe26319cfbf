"""Write every article to JSON Lines plus a folder of photo files: a backup or a move to another site.

``import_articles OUT_DIR/articles.jsonl`` reads it back with nothing lost, except that a published or
withdrawn article returns "chờ duyệt" (see importer/exchange/__init__.py for why).

    python manage.py export_articles sao-luu-2025/
"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from importer.exchange import articles_export


class Command(BaseCommand):
    help = "Xuất toàn bộ tin bài ra OUT_DIR/articles.jsonl (mỗi dòng một bài) và ảnh vào OUT_DIR/photos/."

    def add_arguments(self, parser):
        parser.add_argument("out_dir", metavar="OUT_DIR")
        parser.add_argument("--force", action="store_true", help="Ghi đè articles.jsonl nếu đã có.")

    def handle(self, *args, out_dir, force, verbosity, **options):
        out = Path(out_dir)
        if out.exists() and not out.is_dir():
            raise CommandError(f"{out} không phải thư mục.")
        if (out / "articles.jsonl").exists() and not force:
            raise CommandError(f"{out / 'articles.jsonl'} đã có; thêm --force để ghi đè.")
        try:
            articles, photos, missing = articles_export(out_dir=out)
        except OSError as exc:
            raise CommandError(f"Không ghi được vào {out}: {exc.strerror or exc}") from exc
        if verbosity >= 1:
            self.stdout.write(self.style.SUCCESS(
                f"Exported {articles} articles and {photos} photos to {out} (đã xuất {articles} bài, {photos} ảnh)."
            ))
        if missing:
            self.stderr.write(f"{missing} photo files were missing from storage (thiếu {missing} tệp ảnh).")
