"""``manage.py backup_site``: the database and every media file in one timestamped archive (``make backup``).

It exists so that a restore needs nothing but this archive and the code: no database tools, on SQLite or
PostgreSQL alike. Schedule it (cron or a systemd timer) and copy ``backups/`` off the machine.
"""

from django.core.management.base import BaseCommand, CommandError

from core.backup import BackupError, default_directory, site_backup


class Command(BaseCommand):
    help = "Sao lưu cơ sở dữ liệu và toàn bộ tệp media vào một tệp .tar.gz có dấu thời gian."

    def add_arguments(self, parser):
        parser.add_argument("--output-dir", default=None, help="Thư mục chứa bản sao lưu (mặc định: BACKUP_DIR).")
        parser.add_argument("--no-media", action="store_true", help="Chỉ sao lưu cơ sở dữ liệu.")

    def handle(self, *args, output_dir=None, no_media=False, verbosity=1, **options):
        try:
            path, manifest = site_backup(directory=output_dir or default_directory(), include_media=not no_media)
        except (BackupError, OSError) as exc:
            raise CommandError(f"Sao lưu thất bại: {exc}") from exc
        if verbosity >= 1:
            rows = sum(manifest["counts"].values())
            self.stdout.write(self.style.SUCCESS(
                f"Đã sao lưu {rows} bản ghi và {manifest['media_files']} tệp media vào {path}"
            ))
        if verbosity >= 2:
            for label, count in sorted(manifest["counts"].items()):
                self.stdout.write(f"  {label}: {count}")
        return None
