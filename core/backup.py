"""Site backups: the database as natural-key JSON plus every media file, in one timestamped .tar.gz.

JSON through Django's serialisers is the same on SQLite and PostgreSQL, so a backup taken on one restores on the
other (moving the office from SQLite to PostgreSQL is a backup and a restore). Content types and permissions are
not stored: migrations recreate them, and rows that point at them do so by natural key.
"""

import io
import json
import tarfile
import tempfile
from pathlib import Path, PurePosixPath

from django.apps import apps
from django.conf import settings
from django.core.files.base import File
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.db import connection, transaction
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone

FORMAT = 1
# Rebuilt by migrations (contenttypes, permissions) or worthless after a restore (sessions, login lockouts).
EXCLUDED = ["contenttypes", "auth.permission", "sessions", "axes.accessattempt", "axes.accessattemptexpiration"]


class BackupError(Exception):
    pass


def _media_files(storage, directory=""):
    directories, files = storage.listdir(directory)
    for name in files:
        yield f"{directory}/{name}" if directory else name
    for sub in directories:
        yield from _media_files(storage, f"{directory}/{sub}" if directory else sub)


def _applied_migrations():
    recorder = MigrationRecorder(connection)
    latest = {}
    for app, name in recorder.applied_migrations():
        latest.setdefault(app, set()).add(name)
    return {app: sorted(names) for app, names in latest.items()}


def _counts():
    return {
        model._meta.label: model._default_manager.count()
        for model in apps.get_models()
        if model._meta.managed and not model._meta.proxy and not _excluded(model)
    }


def _excluded(model):
    return model._meta.app_label in EXCLUDED or model._meta.label_lower in EXCLUDED


def site_backup(*, directory, include_media=True, stdout=None):
    """Write ``site-YYYYmmdd-HHMMSS.tar.gz`` into ``directory`` and return its path."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    stamp = timezone.localtime().strftime("%Y%m%d-%H%M%S")
    target = directory / f"site-{stamp}.tar.gz"
    counter = 1
    while target.exists():
        counter += 1
        target = directory / f"site-{stamp}-{counter}.tar.gz"
    partial = target.with_name(target.name + ".part")
    with tempfile.TemporaryDirectory(prefix="newsroom-backup-") as work:
        dump = Path(work) / "db.json"
        # One transaction, so the counts and the dump describe the same moment.
        with transaction.atomic():
            call_command("dumpdata", natural_foreign=True, exclude=EXCLUDED, output=str(dump), verbosity=0)
            counts = _counts()
        media = sorted(_media_files(default_storage)) if include_media else []
        manifest = {
            "format": FORMAT,
            "created_at": timezone.now().isoformat(),
            "database": connection.vendor,
            "migrations": _applied_migrations(),
            "counts": counts,
            "media_files": len(media),
        }
        with tarfile.open(partial, "w:gz") as archive:
            data = json.dumps(manifest, ensure_ascii=False, indent=2).encode()
            info = tarfile.TarInfo("manifest.json")
            info.size, info.mtime = len(data), int(timezone.now().timestamp())
            archive.addfile(info, io.BytesIO(data))
            archive.add(dump, arcname="db.json")
            for name in media:
                with default_storage.open(name, "rb") as handle:
                    info = tarfile.TarInfo(f"media/{name}")
                    info.size = default_storage.size(name)
                    info.mtime = int(default_storage.get_modified_time(name).timestamp())
                    archive.addfile(info, handle)
    partial.rename(target)  # a half-written archive never looks like a backup
    return target, manifest


def _safe_members(archive):
    """Refuse anything but plain files and folders under known names: no links, devices or ``..``."""
    for member in archive.getmembers():
        path = PurePosixPath(member.name)
        if path.is_absolute() or ".." in path.parts or not (member.isfile() or member.isdir()):
            raise BackupError(f"Tệp sao lưu chứa mục không an toàn: {member.name!r}.")
        if path.parts[0] not in {"manifest.json", "db.json", "media"}:
            raise BackupError(f"Tệp sao lưu chứa mục lạ: {member.name!r}.")
    return archive.getmembers()


def read_manifest(path):
    try:
        with tarfile.open(path, "r:gz") as archive:
            _safe_members(archive)
            return json.load(archive.extractfile("manifest.json"))
    except (tarfile.TarError, KeyError, OSError, ValueError) as exc:
        raise BackupError(f"Không đọc được tệp sao lưu {path}: {exc}") from exc


def check_compatible(manifest):
    if manifest.get("format") != FORMAT:
        raise BackupError(f"Định dạng sao lưu {manifest.get('format')!r} không được hỗ trợ.")
    current = _applied_migrations()
    missing = sorted(
        f"{app}.{name}" for app, names in manifest.get("migrations", {}).items()
        for name in names if name not in set(current.get(app, []))
    )
    if missing:
        raise BackupError(
            "Cơ sở dữ liệu hiện tại thiếu các migration mà bản sao lưu cần: "
            + ", ".join(missing[:5]) + ("…" if len(missing) > 5 else "") + ". Hãy chạy `manage.py migrate` trước."
        )


def site_restore(*, path, include_media=True):
    """Replace the database content with the backup's, and put its media files back. Returns the manifest."""
    manifest = read_manifest(path)
    check_compatible(manifest)
    with tempfile.TemporaryDirectory(prefix="newsroom-restore-") as work:
        with tarfile.open(path, "r:gz") as archive:
            members = _safe_members(archive)
            archive.extractall(work, members=members, filter="data")
        work = Path(work)
        with transaction.atomic():
            if connection.vendor == "postgresql":
                # TRUNCATE refuses to run while deferred foreign-key checks are pending in the transaction.
                with connection.cursor() as cursor:
                    cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            # flush re-creates content types and permissions (post_migrate); the JSON refers to them by natural key.
            call_command("flush", interactive=False, verbosity=0)
            if connection.vendor == "postgresql":
                with connection.cursor() as cursor:
                    cursor.execute("SET CONSTRAINTS ALL DEFERRED")  # loaddata writes rows in any order
            call_command("loaddata", str(work / "db.json"), verbosity=0)
        if include_media and (work / "media").is_dir():
            for file in sorted(p for p in (work / "media").rglob("*") if p.is_file()):
                name = file.relative_to(work / "media").as_posix()
                if default_storage.exists(name):
                    default_storage.delete(name)
                with file.open("rb") as handle:
                    saved = default_storage.save(name, File(handle))
                if saved != name:
                    raise BackupError(f"Không khôi phục được tệp {name} (lưu thành {saved}).")
    _after_restore()
    return manifest


def _after_restore():
    try:
        from core.cache import bump_public_cache
    except ImportError:
        return
    bump_public_cache()  # cached public pages still show the content from before the restore


def latest_backup(directory):
    candidates = sorted(Path(directory).glob("site-*.tar.gz"), key=lambda p: p.stat().st_mtime)
    return candidates[-1] if candidates else None


def default_directory():
    return Path(getattr(settings, "BACKUP_DIR", Path(settings.BASE_DIR) / "backups"))


__all__ = ["BackupError", "default_directory", "latest_backup", "read_manifest", "site_backup", "site_restore"]
