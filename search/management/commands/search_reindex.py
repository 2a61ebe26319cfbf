"""Rebuild the search index of articles: the PostgreSQL vectors and the folded ``search_text``.

Every ``Article.save()`` keeps its own index current, and ``search.signals`` follows captions, mentions and
links; rows written around both (``bulk_create``, COPY, raw SQL, a restored dump from before the search
migrations) are not searchable, or not with their captions, officials and places, until this runs.
"""

from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction

from articles.models import Article
from search.vectors import refresh_search_text, search_vectors_refresh


class Command(BaseCommand):
    help = "Tạo lại chỉ mục tìm kiếm (PostgreSQL) cho tin bài; mặc định chỉ những bài chưa có."

    def add_arguments(self, parser):
        parser.add_argument("--all", action="store_true", help="Tạo lại cho mọi tin bài, kể cả bài đã có chỉ mục.")
        parser.add_argument("--batch-size", type=int, default=5000, help="Số bài mỗi lượt (mặc định 5000).")
        parser.add_argument("--dry-run", action="store_true", help="Chỉ đếm số bài sẽ được xử lý.")

    def handle(self, *args, **options):
        if options["batch_size"] < 1:
            raise CommandError("--batch-size phải lớn hơn 0.")
        if connection.vendor != "postgresql":
            # SQLite searches search_text: rewrite it with the captions, officials and places.
            queryset = Article.objects.all()
            if options["dry_run"]:
                self.stdout.write(f"{queryset.count()} tin bài sẽ được tạo lại chỉ mục.")
                return
            with transaction.atomic():
                refresh_search_text(queryset, batch_size=options["batch_size"])
            self.stdout.write(self.style.SUCCESS(f"Đã tạo lại chỉ mục tìm kiếm cho {queryset.count()} tin bài."))
            return
        queryset = Article.objects.all() if options["all"] else Article.objects.filter(search_vector__isnull=True)
        ids = list(queryset.order_by("pk").values_list("pk", flat=True))
        if options["dry_run"]:
            self.stdout.write(f"{len(ids)} tin bài sẽ được tạo lại chỉ mục.")
            return
        done = 0
        for start in range(0, len(ids), options["batch_size"]):
            batch = ids[start:start + options["batch_size"]]
            with transaction.atomic():
                # A batch may take longer than the statement timeout meant for web requests.
                with connection.cursor() as cursor:
                    cursor.execute("SET LOCAL statement_timeout = 0")
                done += search_vectors_refresh(queryset=Article.objects.filter(pk__in=batch))
                refresh_search_text(Article.objects.filter(pk__in=batch), batch_size=options["batch_size"])
            if options["verbosity"] > 1:
                self.stdout.write(f"  {done}/{len(ids)}")
        self.stdout.write(self.style.SUCCESS(f"Đã tạo lại chỉ mục tìm kiếm cho {done} tin bài."))
