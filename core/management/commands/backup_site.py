"""``manage.py backup_site``: the database and every media file in one timestamped archive (``make backup``).

It exists so that a restore needs nothing but this archive and the code: no database tools, on SQLite or
PostgreSQL alike. Schedule it (cron or a systemd timer) and copy ``backups/`` off the machine. The archive holds
password hashes and readers' contact details: it is written 0600, and encrypted when BACKUP_ENCRYPTION_KEY is set
(``--generate-key`` prints a new key; keep it somewhere other than the backups).
"""

from django.core.management.base import BaseCommand, CommandError

from core import backup_crypto
from core.backup import BackupError, default_directory, site_backup


class Command(BaseCommand):
    help = "Sao lưu cơ sở dữ liệu và toàn bộ tệp media vào một tệp .tar.gz có dấu thời gian."

    def add_arguments(self, parser):
        parser.add_argument("--output-dir", default=None, help="Thư mục chứa bản sao lưu (mặc định: BACKUP_DIR).")
        parser.add_argument("--no-media", action="store_true", help="Chỉ sao lưu cơ sở dữ liệu.")
        parser.add_argument("--generate-key", action="store_true",
                            help="In ra một khóa mới cho BACKUP_ENCRYPTION_KEY rồi dừng (không sao lưu).")

    def handle(self, *args, output_dir=None, no_media=False, generate_key=False, verbosity=1, **options):
        if generate_key:
            self.stdout.write(backup_crypto.generate_key())
            return None
        try:
            path, manifest = site_backup(directory=output_dir or default_directory(), include_media=not no_media)
        except (BackupError, OSError) as exc:
            raise CommandError(f"Sao lưu thất bại: {exc}") from exc
        if verbosity >= 1:
            rows = sum(manifest["counts"].values())
            self.stdout.write(self.style.SUCCESS(
                f"Đã sao lưu {rows} bản ghi, {manifest['media_files']} tệp media và "
                f"{manifest['private_media_files']} ảnh bạn đọc gửi vào {path}"
                + (" (đã mã hóa)" if manifest["encrypted"] else "")
            ))
            if not manifest["encrypted"]:
                self.stderr.write(self.style.WARNING(
                    "Bản sao lưu không được mã hóa (chưa đặt BACKUP_ENCRYPTION_KEY): hãy giữ nó ở nơi chỉ người "
                    "quản trị đọc được."
                ))
        if verbosity >= 2:
            for label, count in sorted(manifest["counts"].items()):
                self.stdout.write(f"  {label}: {count}")
        return None
