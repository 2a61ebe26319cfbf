"""Site backups: the database as natural-key JSON plus every media file, public and private, in one timestamped .tar.gz.

JSON through Django's serialisers is the same on SQLite and PostgreSQL, so a backup taken on one restores on the
other (moving the office from SQLite to PostgreSQL is a backup and a restore). Content types and permissions are
not stored: migrations recreate them, and rows that point at them do so by natural key.

The archive holds password hashes and readers' contact details: it is created readable by its owner only (0600),
and sealed with BACKUP_ENCRYPTION_KEY when that is set (core/backup_crypto.py).
"""

import contextlib
import io
import json
import os
import tarfile
import tempfile
from pathlib import Path, PurePosixPath

from django.apps import apps
from django.conf import settings
from django.core import serializers
from django.core.files.base import File
from django.core.files.storage import FileSystemStorage, default_storage
from django.core.management import call_command
from django.db import connection, transaction
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone

from core import backup_crypto, backup_json, role_audit
from core.cache import bump_public_cache

# 2: private media (readers' photos) in the archive and times to the microsecond. 1 still restores.
FORMAT = 2
READABLE_FORMATS = {1, 2}
MEDIA, PRIVATE_MEDIA = "media", "private-media"
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


def private_storage():
    """Readers' submitted photos (PRIVATE_MEDIA_ROOT): outside MEDIA_ROOT, so no public URL, yet part of the site."""
    root = getattr(settings, "PRIVATE_MEDIA_ROOT", None)
    return FileSystemStorage(location=str(root)) if root else None


def _storages(include_media):
    if not include_media:
        return []
    found = [(MEDIA, default_storage)]
    private = private_storage()
    if private is not None and Path(private.location).is_dir():
        found.append((PRIVATE_MEDIA, private))
    return found


def _owner_only(path):
    """Create ``path`` readable by its owner alone from the first byte, whatever the process umask."""
    return os.fdopen(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600), "wb")


def _add_file(archive, arcname, storage, name):
    with storage.open(name, "rb") as handle:
        info = tarfile.TarInfo(arcname)
        info.size, info.mode = storage.size(name), 0o600
        info.mtime = int(storage.get_modified_time(name).timestamp())
        archive.addfile(info, handle)


def site_backup(*, directory, include_media=True, encryption_key=None, stdout=None):
    """Write ``site-YYYYmmdd-HHMMSS.tar.gz`` (``.tar.gz.enc`` when encrypted) into ``directory``.

    Returns its path and the manifest. ``encryption_key`` defaults to BACKUP_ENCRYPTION_KEY; empty means plain.
    """
    key = backup_crypto.configured_key() if encryption_key is None else encryption_key
    directory = Path(directory)
    directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    stamp = timezone.localtime().strftime("%Y%m%d-%H%M%S")
    suffix = ".tar.gz.enc" if key else ".tar.gz"
    target = directory / f"site-{stamp}{suffix}"
    counter = 1
    while target.exists():
        counter += 1
        target = directory / f"site-{stamp}-{counter}{suffix}"
    # Created 0600 under a name no backup listing matches: a half-written archive never looks like a backup.
    handle, partial = tempfile.mkstemp(dir=directory, prefix=".site-", suffix=".part")
    try:
        with os.fdopen(handle, "wb") as raw, tempfile.TemporaryDirectory(prefix="newsroom-backup-") as work:
            sink = backup_crypto.EncryptingWriter(raw, key) if key else raw
            manifest = _write_archive(sink, Path(work), include_media=include_media, encrypted=bool(key))
            if key:
                sink.close()
            raw.flush()
            os.fsync(raw.fileno())
        os.replace(partial, target)
    except backup_crypto.EncryptionError as exc:
        raise BackupError(str(exc)) from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(partial)
    return target, manifest


def _write_archive(sink, work, *, include_media, encrypted):
    dump = work / "db.json"
    _owner_only(dump).close()  # dumpdata reopens it for writing; the file keeps its 0600
    serializers.register_serializer(backup_json.FORMAT_NAME, "core.backup_json")
    # One transaction, so the counts and the dump describe the same moment.
    with transaction.atomic():
        call_command("dumpdata", format=backup_json.FORMAT_NAME, natural_foreign=True, exclude=EXCLUDED,
                     output=str(dump), verbosity=0)
        counts = _counts()
    files = [(prefix, storage, name) for prefix, storage in _storages(include_media)
             for name in sorted(_media_files(storage))]
    manifest = {
        "format": FORMAT,
        "created_at": timezone.now().isoformat(),
        "database": connection.vendor,
        "migrations": _applied_migrations(),
        "counts": counts,
        "media_files": sum(1 for prefix, _, _ in files if prefix == MEDIA),
        "private_media_files": sum(1 for prefix, _, _ in files if prefix == PRIVATE_MEDIA),
        "encrypted": encrypted,
    }
    with tarfile.open(fileobj=sink, mode="w|gz") as archive:
        data = json.dumps(manifest, ensure_ascii=False, indent=2).encode()
        info = tarfile.TarInfo("manifest.json")
        info.size, info.mode, info.mtime = len(data), 0o600, int(timezone.now().timestamp())
        archive.addfile(info, io.BytesIO(data))
        info = archive.gettarinfo(dump, arcname="db.json")
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        with dump.open("rb") as handle:
            archive.addfile(info, handle)
        for prefix, storage, name in files:
            _add_file(archive, f"{prefix}/{name}", storage, name)
    return manifest


def _safe_members(archive):
    """Refuse anything but plain files and folders under known names: no links, devices or ``..``."""
    for member in archive.getmembers():
        path = PurePosixPath(member.name)
        if path.is_absolute() or ".." in path.parts or not (member.isfile() or member.isdir()):
            raise BackupError(f"Tệp sao lưu chứa mục không an toàn: {member.name!r}.")
        if path.parts[0] not in {"manifest.json", "db.json", MEDIA, PRIVATE_MEDIA}:
            raise BackupError(f"Tệp sao lưu chứa mục lạ: {member.name!r}.")
    return archive.getmembers()


def _owner_only_filter(member, destination):
    """tarfile's "data" filter, and what comes out is readable by this user alone while it waits in the work folder."""
    member = tarfile.data_filter(member, destination)
    return member.replace(mode=0o700 if member.isdir() else 0o600, deep=False)


@contextlib.contextmanager
def _plain_archive(path, key=None):
    """The path of the archive as a plain .tar.gz: itself, or its decrypted copy (0600, deleted afterwards)."""
    try:
        encrypted = backup_crypto.is_encrypted(path)
    except OSError as exc:
        raise BackupError(f"Không đọc được tệp sao lưu {path}: {exc}") from exc
    if not encrypted:
        yield Path(path)
        return
    key = backup_crypto.configured_key() if key is None else key
    if not key:
        raise BackupError(
            f"Bản sao lưu {Path(path).name} được mã hóa. Hãy đặt biến môi trường BACKUP_ENCRYPTION_KEY bằng khóa "
            "đã dùng khi sao lưu."
        )
    with tempfile.TemporaryDirectory(prefix="newsroom-decrypt-") as work:
        plain = Path(work) / "site.tar.gz"
        try:
            with _owner_only(plain) as target:
                backup_crypto.decrypt_file(path, target, key)
        except backup_crypto.EncryptionError as exc:
            raise BackupError(str(exc)) from exc
        except OSError as exc:
            raise BackupError(f"Không giải mã được tệp sao lưu {path}: {exc}") from exc
        yield plain


def _manifest_of(plain, path):
    try:
        with tarfile.open(plain, "r:gz") as archive:
            _safe_members(archive)
            manifest = json.load(archive.extractfile("manifest.json"))
    except (tarfile.TarError, KeyError, OSError, ValueError) as exc:
        raise BackupError(f"Không đọc được tệp sao lưu {path}: {exc}") from exc
    if not isinstance(manifest, dict):
        raise BackupError(f"Tệp sao lưu {path} có manifest.json không hợp lệ.")
    return manifest


def read_manifest(path, *, key=None):
    with _plain_archive(path, key) as plain:
        return _manifest_of(plain, path)


def check_compatible(manifest):
    if manifest.get("format") not in READABLE_FORMATS:
        raise BackupError(f"Định dạng sao lưu {manifest.get('format')!r} không được hỗ trợ.")
    current = _applied_migrations()
    installed = {config.label for config in apps.get_app_configs()}
    missing = sorted(
        f"{app}.{name}" for app, names in manifest.get("migrations", {}).items()
        # An app since dissolved into others (perf, whose schema the articles app now makes) asks for nothing.
        if app in installed
        for name in names if name not in set(current.get(app, []))
    )
    if missing:
        raise BackupError(
            "Cơ sở dữ liệu hiện tại thiếu các migration mà bản sao lưu cần: "
            + ", ".join(missing[:5]) + ("…" if len(missing) > 5 else "") + ". Hãy chạy `manage.py migrate` trước."
        )


def _restore_files(folder, storage):
    for file in sorted(p for p in folder.rglob("*") if p.is_file()):
        name = file.relative_to(folder).as_posix()
        if storage.exists(name):
            storage.delete(name)
        with file.open("rb") as handle:
            saved = storage.save(name, File(handle))
        if saved != name:
            raise BackupError(f"Không khôi phục được tệp {name} (lưu thành {saved}).")


def site_restore(*, path, include_media=True, key=None):
    """Replace the database content with the backup's, and put its media files back. Returns the manifest.

    ``key`` opens an encrypted archive; it defaults to BACKUP_ENCRYPTION_KEY.
    """
    with _plain_archive(path, key) as plain, tempfile.TemporaryDirectory(prefix="newsroom-restore-") as work:
        manifest = _manifest_of(plain, path)
        check_compatible(manifest)
        with tarfile.open(plain, "r:gz") as archive:
            members = _safe_members(archive)
            archive.extractall(work, members=members, filter=_owner_only_filter)
        work = Path(work)
        with transaction.atomic(), role_audit.paused():
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
        if include_media:
            if (work / MEDIA).is_dir():
                _restore_files(work / MEDIA, default_storage)
            private = private_storage()
            if (work / PRIVATE_MEDIA).is_dir():
                if private is None:
                    raise BackupError("Bản sao lưu có ảnh bạn đọc gửi nhưng PRIVATE_MEDIA_ROOT chưa được đặt.")
                _restore_files(work / PRIVATE_MEDIA, private)
    _after_restore()
    return manifest


def _after_restore():
    bump_public_cache()  # cached public pages still show the content from before the restore


def latest_backup(directory):
    directory = Path(directory)
    candidates = sorted([*directory.glob("site-*.tar.gz"), *directory.glob("site-*.tar.gz.enc")],
                        key=lambda p: p.stat().st_mtime)
    return candidates[-1] if candidates else None


def default_directory():
    return Path(getattr(settings, "BACKUP_DIR", Path(settings.BASE_DIR) / "backups"))


__all__ = ["BackupError", "default_directory", "latest_backup", "read_manifest", "site_backup", "site_restore"]
