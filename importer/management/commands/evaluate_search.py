"""Measure search on judged queries over the corpus of real reports: recall, top places, nDCG@10, misses.

    python manage.py evaluate_search                  # the dev split (what the ranking is tuned on)
    python manage.py evaluate_search --split heldout  # the held-out quarter: tune nothing on it
    python manage.py evaluate_search --split dev-corpus  # the dev reports alone, every query cut to them
    python manage.py evaluate_search --split all --quiet
    python manage.py evaluate_search --split heldout --home-from-outlet  # as each outlet's department imports

The reports go through the real importer and are published inside a transaction that is rolled back: the
database is left as it was, on SQLite as on PostgreSQL. The queries and their judgments are in
corpus/search_queries.json (README, "How search ranks").
"""

from django.core.management.base import BaseCommand, CommandError

from importer.search_evaluation import evaluate_search
from search.evaluation import SPLITS


class Command(BaseCommand):
    help = "Đo chất lượng tìm kiếm trên các truy vấn đã chấm (corpus/search_queries.json), kèm các chỗ chưa đạt."

    def add_arguments(self, parser):
        parser.add_argument("--split", choices=SPLITS, default="dev",
                            help="dev (mặc định), heldout (phần để riêng), all, hoặc dev-corpus (chỉ các bài "
                                 "phần dev, mỗi truy vấn chỉ chấm trên chúng).")
        parser.add_argument("--queries", help="Tệp truy vấn (mặc định corpus/search_queries.json).")
        parser.add_argument("--quiet", action="store_true", help="Chỉ in bảng, không liệt kê chỗ chưa đạt.")
        parser.add_argument("--home-from-outlet", action="store_true",
                            help="Nhập mỗi bài như cơ quan của tờ báo đăng bài (xem evaluate_recognition).")

    def handle(self, *args, split, queries, quiet, home_from_outlet, **options):
        try:
            evaluation = evaluate_search(queries, split=split, home_from_outlet=home_from_outlet)
        except (OSError, ValueError, KeyError) as exc:
            raise CommandError(f"Không đọc được tệp truy vấn: {exc}") from exc
        if not evaluation.outcomes:
            raise CommandError(f"Không có truy vấn nào thuộc phần “{split}”.")
        self.stdout.write(evaluation.table())
        if not quiet and options["verbosity"] > 0:
            self.stdout.write(evaluation.misses())
