"""Generate the responsive renditions of photos ahead of visitors.

Pages make any missing rendition on first view, so this command is optional. It is useful after an
import or a restore, so that the first visitors do not wait for the resizing.
"""

from django.core.management.base import BaseCommand

from articles.models import Article, Photo
from renditions.images import renditions_for


class Command(BaseCommand):
    help = "Tạo sẵn các bản ảnh nhiều kích thước (WebP và JPEG) cho ảnh của tin bài đã xuất bản."

    def add_arguments(self, parser):
        parser.add_argument("--all", action="store_true", help="Cả ảnh của tin bài chưa xuất bản.")
        parser.add_argument("--dry-run", action="store_true", help="Chỉ đếm số ảnh, không tạo tệp.")

    def handle(self, *args, **options):
        photos = Photo.objects.exclude(image="").only("id", "image")
        if not options["all"]:
            photos = photos.filter(article__in=Article.objects.published())
        total = photos.count()
        if options["dry_run"]:
            self.stdout.write(f"{total} ảnh sẽ được xử lý.")
            return
        made = refused = 0
        for photo in photos.iterator(chunk_size=200):
            if renditions_for(photo.image):
                made += 1
            else:
                refused += 1
                if options["verbosity"] > 1:
                    self.stderr.write(f"Không tạo được bản hiển thị cho ảnh #{photo.pk} ({photo.image.name}).")
        self.stdout.write(self.style.SUCCESS(f"{made} ảnh có bản hiển thị; {refused} ảnh không dùng được."))
