from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from submissions.services import submission_purge


class Command(BaseCommand):
    """Delete rejected reader submissions once SUBMISSION_RETENTION_DAYS have passed since the decision.

    Rejected submissions keep the sender's name and contact, so they must not be kept longer than the office
    has promised. Run it daily (cron or a systemd timer); it is safe to run more often.
    """

    help = "Xóa các tin bạn đọc gửi đã bị từ chối quá thời hạn lưu trữ (SUBMISSION_RETENTION_DAYS)."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Chỉ đếm, không xóa.")

    def handle(self, *args, dry_run=False, verbosity=1, **options):
        if settings.SUBMISSION_RETENTION_DAYS < 1:
            raise CommandError("SUBMISSION_RETENTION_DAYS phải lớn hơn 0.")
        count = submission_purge(dry_run=dry_run)
        if verbosity:
            verb = "Sẽ xóa" if dry_run else "Đã xóa"
            self.stdout.write(f"{verb} {count} tin bị từ chối quá {settings.SUBMISSION_RETENTION_DAYS} ngày.")
