from django.core.management.base import BaseCommand

from uploads.models import STAGING_HOURS
from uploads.services import staged_photos_purge


class Command(BaseCommand):
    """Delete staged photos older than 24 hours, with their files.

    A photo is staged the moment it is chosen; if its form is never sent, nothing else removes it. Staging also
    purges itself whenever a photo is staged, so this is for quiet sites: run it daily (cron, systemd timer).
    """

    help = "Xóa các ảnh tải lên tạm quá 24 giờ mà biểu mẫu của chúng chưa được gửi."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Chỉ đếm, không xóa.")

    def handle(self, *args, dry_run=False, verbosity=1, **options):
        count = staged_photos_purge(dry_run=dry_run)
        if verbosity:
            verb = "Sẽ xóa" if dry_run else "Đã xóa"
            self.stdout.write(f"{verb} {count} ảnh tải lên tạm quá {STAGING_HOURS} giờ.")
