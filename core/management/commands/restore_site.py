"""``manage.py restore_site [ARCHIVE]``: put the site back as a ``backup_site`` archive recorded it (``make restore``).

The database content is replaced, not merged, inside one transaction: a failed restore leaves the site as it was.
Media files from the archive (public ones and readers' submitted photos) are written back over any file of the
same name; other files are left alone. An encrypted archive needs BACKUP_ENCRYPTION_KEY, the key it was made with.
"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from core.backup import BackupError, default_directory, latest_backup, read_manifest, site_restore


class Command(BaseCommand):
    help = "Khôi phục cơ sở dữ liệu và tệp media từ một bản sao lưu (mặc định: bản mới nhất)."

    def add_arguments(self, parser):
        parser.add_argument("archive", nargs="?", help="Tệp .tar.gz (hoặc .tar.gz.enc) do backup_site tạo ra.")
        parser.add_argument("--no-input", "--noinput", action="store_false", dest="interactive",
                            help="Không hỏi xác nhận.")
        parser.add_argument("--no-media", action="store_true", help="Chỉ khôi phục cơ sở dữ liệu.")
        parser.add_argument("--dry-run", action="store_true", help="Chỉ kiểm tra tệp sao lưu, không thay đổi gì.")

    def handle(self, *args, archive=None, interactive=True, no_media=False, dry_run=False, verbosity=1, **options):
        path = Path(archive) if archive else latest_backup(default_directory())
        if path is None:
            raise CommandError(f"Không có bản sao lưu nào trong {default_directory()}.")
        if not path.is_file():
            raise CommandError(f"Không tìm thấy tệp sao lưu {path}.")
        try:
            manifest = read_manifest(path)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        rows = sum(manifest.get("counts", {}).values())
        summary = (
            f"{path.name}: {rows} bản ghi, {manifest.get('media_files', 0)} tệp media, "
            f"{manifest.get('private_media_files', 0)} ảnh bạn đọc gửi, tạo lúc {manifest.get('created_at')}"
        )
        if dry_run:
            self.stdout.write(f"Kiểm tra xong (không thay đổi gì) — {summary}")
            return
        if interactive:
            answer = input(f"Toàn bộ dữ liệu hiện tại sẽ bị thay bằng {summary}.\nGõ 'co' để tiếp tục: ")
            if answer.strip().lower() not in {"co", "có", "yes"}:
                raise CommandError("Đã hủy khôi phục.")
        try:
            site_restore(path=path, include_media=not no_media)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        if verbosity >= 1:
            self.stdout.write(self.style.SUCCESS(f"Đã khôi phục {summary}"))
