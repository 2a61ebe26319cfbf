"""A backup holds the whole site — readers' photos too, times to the microsecond — and only its owner can read it."""

import datetime
import io
import os
import stat
import tarfile

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.urls import reverse
from django.utils import timezone

import core.backup
from articles.models import Article
from core import backup_crypto
from core.backup import latest_backup, site_backup
from submissions.models import Submission, SubmissionPhoto
from tests.factories import make_article, make_upload, make_user, province

pytestmark = pytest.mark.django_db

EXACT = datetime.datetime(2025, 3, 14, 9, 26, 53, 589793, tzinfo=datetime.UTC)


@pytest.fixture
def private_root(settings, tmp_path):
    path = tmp_path / "private-media"
    path.mkdir()
    settings.PRIVATE_MEDIA_ROOT = path
    return path


@pytest.fixture
def backups(tmp_path):
    path = tmp_path / "backups"
    path.mkdir()
    return path


@pytest.fixture
def reader_submission(client, private_root):
    data = {"name": "Nguyễn Thị Lan", "contact": "0912 345 678", "province": str(province("an-giang").pk),
            "title": "Xã đảo khánh thành trường học", "text": "Sáng nay xã đảo khánh thành trường.", "website": "",
            "photo_1": make_upload("lop-hoc.jpg"), "caption_1": "Lớp học mới."}
    assert client.post(reverse("submissions:form"), data).status_code == 302
    return Submission.objects.get()


def disaster():
    """The database emptied and an unwanted row written into the void."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
    call_command("flush", interactive=False, verbosity=0)
    make_article("Bài viết sau khi sao lưu")


def only_archive(directory):
    (archive,) = [p for p in directory.iterdir() if p.name.startswith("site-")]
    return archive


# --- Everything is in it


def test_readers_submitted_photos_are_backed_up_and_come_back(reader_submission, private_root, backups, settings):
    photo = SubmissionPhoto.objects.get()
    original = (private_root / photo.image.name).read_bytes()

    call_command("backup_site", output_dir=str(backups), verbosity=0)
    archive = only_archive(backups)
    with tarfile.open(archive) as tar:
        assert f"private-media/{photo.image.name}" in tar.getnames()
        assert f"media/{photo.image.name}" not in tar.getnames(), "private photos stay out of the public folder"

    (private_root / photo.image.name).unlink()
    disaster()
    call_command("restore_site", str(archive), interactive=False, verbosity=0)

    restored = SubmissionPhoto.objects.get()
    assert (private_root / restored.image.name).read_bytes() == original
    assert not (settings.MEDIA_ROOT and os.path.exists(os.path.join(settings.MEDIA_ROOT, restored.image.name)))
    assert Submission.objects.get().contact == "0912 345 678"


def test_times_come_back_to_the_microsecond(backups):
    article = make_article("Giờ chính xác")
    Article.objects.filter(pk=article.pk).update(publish_at=EXACT)
    user = make_user("bientap", role="editor")
    type(user).objects.filter(pk=user.pk).update(last_login=EXACT + datetime.timedelta(microseconds=1))

    call_command("backup_site", output_dir=str(backups), verbosity=0, no_media=True)
    archive = only_archive(backups)
    disaster()
    call_command("restore_site", str(archive), interactive=False, verbosity=0)

    assert Article.objects.get(title="Giờ chính xác").publish_at == EXACT
    assert type(user).objects.get(username="bientap").last_login == EXACT + datetime.timedelta(microseconds=1)


# --- Readable by its owner only


def test_the_archive_and_its_work_files_are_owner_only_from_the_start_whatever_the_umask(backups, monkeypatch,
                                                                                          private_root):
    seen = {}
    write_archive = core.backup._write_archive

    def watching(sink, work, **kwargs):
        (partial,) = [p for p in (backups / "new").iterdir() if p.name.endswith(".part")]
        seen["partial"] = stat.S_IMODE(partial.stat().st_mode)  # before a single byte of the backup is written
        manifest = write_archive(sink, work, **kwargs)
        seen["dump"] = stat.S_IMODE((work / "db.json").stat().st_mode)
        return manifest

    monkeypatch.setattr(core.backup, "_write_archive", watching)
    previous = os.umask(0)
    try:
        call_command("backup_site", output_dir=str(backups / "new"), verbosity=0)
    finally:
        os.umask(previous)
    assert seen == {"partial": 0o600, "dump": 0o600}
    archive = only_archive(backups / "new")
    assert stat.S_IMODE(archive.stat().st_mode) == 0o600
    assert stat.S_IMODE((backups / "new").stat().st_mode) == 0o700
    assert not [p for p in (backups / "new").iterdir() if p.name.endswith(".part")]


def test_a_failed_backup_leaves_no_partial_file(backups, monkeypatch):
    def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(core.backup, "_write_archive", broken)
    with pytest.raises(CommandError, match="disk full"):
        call_command("backup_site", output_dir=str(backups), verbosity=0)
    assert list(backups.iterdir()) == []


# --- Encrypted with BACKUP_ENCRYPTION_KEY


def test_with_a_key_the_archive_is_encrypted_and_restores_with_that_key(reader_submission, private_root, backups,
                                                                        settings):
    settings.BACKUP_ENCRYPTION_KEY = backup_crypto.generate_key()
    settings.BACKUP_DIR = backups
    make_user("bientap", role="editor")
    call_command("backup_site", verbosity=0)
    archive = only_archive(backups)
    assert archive.name.endswith(".tar.gz.enc")
    data = archive.read_bytes()
    assert data.startswith(backup_crypto.MAGIC)
    assert b"pbkdf2" not in data and b"0912 345 678" not in data and b"\x1f\x8b" not in data[:64]
    with pytest.raises(tarfile.TarError):
        tarfile.open(archive).close()

    photo = SubmissionPhoto.objects.get()
    original = (private_root / photo.image.name).read_bytes()
    (private_root / photo.image.name).unlink()
    disaster()
    output = io.StringIO()
    call_command("restore_site", str(archive), dry_run=True, stdout=output)
    assert "không thay đổi gì" in output.getvalue()
    call_command("restore_site", interactive=False, verbosity=0)  # the newest backup: the encrypted one
    assert Submission.objects.get().contact == "0912 345 678"
    assert (private_root / photo.image.name).read_bytes() == original
    assert not Article.objects.filter(title="Bài viết sau khi sao lưu").exists()


def test_restoring_an_encrypted_archive_without_the_key_says_which_setting_is_missing(backups, settings):
    settings.BACKUP_ENCRYPTION_KEY = backup_crypto.generate_key()
    call_command("backup_site", output_dir=str(backups), verbosity=0, no_media=True)
    settings.BACKUP_ENCRYPTION_KEY = ""
    with pytest.raises(CommandError, match="được mã hóa.*BACKUP_ENCRYPTION_KEY"):
        call_command("restore_site", str(only_archive(backups)), interactive=False)


def test_restoring_with_the_wrong_key_is_refused_and_changes_nothing(backups, settings):
    settings.BACKUP_ENCRYPTION_KEY = backup_crypto.generate_key()
    call_command("backup_site", output_dir=str(backups), verbosity=0, no_media=True)
    make_article("Bài viết sau khi sao lưu")
    settings.BACKUP_ENCRYPTION_KEY = backup_crypto.generate_key()
    with pytest.raises(CommandError, match="sai khóa"):
        call_command("restore_site", str(only_archive(backups)), interactive=False)
    assert Article.objects.filter(title="Bài viết sau khi sao lưu").exists()


def test_a_malformed_key_is_a_clear_error_not_a_traceback(backups, settings):
    settings.BACKUP_ENCRYPTION_KEY = "mat-khau-ngan"
    with pytest.raises(CommandError, match="BACKUP_ENCRYPTION_KEY không hợp lệ"):
        call_command("backup_site", output_dir=str(backups), verbosity=0, no_media=True)
    assert list(backups.iterdir()) == []


def test_generate_key_prints_a_key_that_works():
    output = io.StringIO()
    call_command("backup_site", generate_key=True, stdout=output)
    key = output.getvalue().strip()
    sealed = io.BytesIO()
    writer = backup_crypto.EncryptingWriter(sealed, key)
    writer.write(b"du lieu")
    writer.close()
    assert sealed.getvalue().startswith(backup_crypto.MAGIC)


@pytest.mark.parametrize("tamper", ["truncate", "drop_last_chunk", "swap_chunks", "flip_byte", "append"])
def test_a_tampered_encrypted_archive_is_refused(tmp_path, monkeypatch, tamper):
    monkeypatch.setattr(backup_crypto, "CHUNK_BYTES", 64)
    key = backup_crypto.generate_key()
    sealed = io.BytesIO()
    writer = backup_crypto.EncryptingWriter(sealed, key)
    writer.write(os.urandom(64 * 4 + 10))
    writer.close()
    data = sealed.getvalue()
    head = len(backup_crypto.MAGIC) + 16
    chunks, offset = [], head
    while offset < len(data):
        size = int.from_bytes(data[offset:offset + 4], "big")
        chunks.append(data[offset:offset + 4 + size])
        offset += 4 + size
    assert len(chunks) == 5
    bad = {
        "truncate": data[:-10],
        "drop_last_chunk": data[:head] + b"".join(chunks[:-1]),
        "swap_chunks": data[:head] + chunks[1] + chunks[0] + b"".join(chunks[2:]),
        "flip_byte": data[:head + 50] + bytes([data[head + 50] ^ 1]) + data[head + 51:],
        "append": data + chunks[-1],
    }[tamper]
    path = tmp_path / "site-x.tar.gz.enc"
    path.write_bytes(bad)
    with pytest.raises(backup_crypto.EncryptionError, match="sai khóa, hoặc tệp đã bị sửa"):
        backup_crypto.decrypt_file(path, io.BytesIO(), key)
    good = tmp_path / "good.enc"
    good.write_bytes(data)
    plain = io.BytesIO()
    backup_crypto.decrypt_file(good, plain, key)
    assert len(plain.getvalue()) == 64 * 4 + 10


# --- Still refuses unsafe archives


def evil_tar(entries):
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as tar:
        for name, data in entries:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


def test_restore_refuses_a_private_media_path_escaping_its_folder(tmp_path):
    evil = tmp_path / "site-evil.tar.gz"
    evil.write_bytes(evil_tar([("manifest.json", b'{"format": 2}'), ("db.json", b"[]"),
                               ("private-media/../../x", b"x")]))
    with pytest.raises(CommandError, match="không an toàn"):
        call_command("restore_site", str(evil), interactive=False)


def test_restore_refuses_an_encrypted_archive_with_a_path_escaping_the_media_folder(tmp_path, settings):
    settings.BACKUP_ENCRYPTION_KEY = key = backup_crypto.generate_key()
    evil = tmp_path / "site-evil.tar.gz.enc"
    with evil.open("wb") as raw:
        writer = backup_crypto.EncryptingWriter(raw, key)
        writer.write(evil_tar([("manifest.json", b'{"format": 2}'), ("db.json", b"[]"), ("media/../../etc/y", b"y")]))
        writer.close()
    with pytest.raises(CommandError, match="không an toàn"):
        call_command("restore_site", str(evil), interactive=False)


def test_the_newest_backup_is_found_whether_encrypted_or_not(backups, settings):
    plain, _ = site_backup(directory=backups, include_media=False, encryption_key="")
    os.utime(plain, (timezone.now().timestamp() - 60,) * 2)
    sealed, _ = site_backup(directory=backups, include_media=False, encryption_key=backup_crypto.generate_key())
    assert latest_backup(backups) == sealed and sealed.name.endswith(".enc") and plain.name.endswith(".tar.gz")
