"""Measure recognition on the corpus of real reports: precision, recall and every miss, per field.

    python manage.py evaluate_recognition                  # the dev split (what recognition is tuned on)
    python manage.py evaluate_recognition --split heldout  # the held-out quarter: tune nothing on it
    python manage.py evaluate_recognition --split all --corpus path/to/reports --quiet
    python manage.py evaluate_recognition --home-from-outlet  # as each outlet's own department imports it

The reports go through the real importer into a transaction that is rolled back: the database is left as
it was, on SQLite as on PostgreSQL.
"""

from django.core.management.base import BaseCommand, CommandError

from importer.evaluation import SPLITS, CorpusError, evaluate


class Command(BaseCommand):
    help = "Đo độ chính xác nhận dạng trên kho bài thật (corpus/reports): từng trường, kèm các chỗ sai."

    def add_arguments(self, parser):
        parser.add_argument("--split", choices=SPLITS, default="dev",
                            help="dev (mặc định), heldout (phần để riêng) hoặc all.")
        parser.add_argument("--corpus", help="Thư mục kho bài (mặc định corpus/reports).")
        parser.add_argument("--quiet", action="store_true", help="Chỉ in bảng, không liệt kê chỗ sai.")
        parser.add_argument("--home-from-outlet", action="store_true",
                            help="Nhập mỗi bài như cơ quan của tờ báo đăng bài: tỉnh có trong tên tờ báo là "
                                 "NEWSROOM_PROVINCE của bài đó.")

    def handle(self, *args, split, corpus, quiet, home_from_outlet, **options):
        try:
            evaluation = evaluate(corpus, split=split, home_from_outlet=home_from_outlet)
        except CorpusError as exc:
            raise CommandError(str(exc)) from exc
        if not evaluation.reports:
            raise CommandError(f"Kho bài không có bài nào thuộc phần “{split}”.")
        self.stdout.write(evaluation.table())
        if not quiet:
            self.stdout.write(evaluation.details())
