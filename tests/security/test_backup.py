"""`make backup` / `make restore`: the database and the media come back exactly, on SQLite and PostgreSQL."""

import io
import tarfile
from pathlib import Path

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.core import serializers
from django.core.files.storage import default_storage
from django.core.management import CommandError, call_command
from django.db import connection

from articles.models import Article, Photo
from core.backup import EXCLUDED, BackupError, _applied_migrations, check_compatible
from tests.factories import make_article, make_photo, make_user

pytestmark = pytest.mark.django_db


def everything():
    """Every stored row of every model a backup keeps, foreign keys by natural key where they have one."""
    state = {}
    for model in apps.get_models():
        meta = model._meta
        if not meta.managed or meta.proxy or meta.app_label in EXCLUDED or meta.label_lower in EXCLUDED:
            continue
        if meta.label == "dashboard.DayFigures":
            # A cache of finished days: the restore's own writes invalidate the days they touch, by design. When
            # the test runs across midnight in Vietnam, "today" has become a finished day and its row moves.
            continue
        rows = model._base_manager.order_by("pk")
        # Python values, not JSON text: times compare to the microsecond, as the backup must keep them.
        state[meta.label] = serializers.serialize("python", rows, use_natural_foreign_keys=True)
    return state


@pytest.fixture
def newsroom(settings):
    """An article written, submitted, returned, fixed and published by real users, with a photo file."""
    from workflow.services import article_approve, article_return, article_save_draft, article_submit
    from workflow.snapshots import article_for_snapshot, article_snapshot

    settings.WORKFLOW_ALLOW_SELF_APPROVAL = False
    editor = make_user("bientap", role="editor", first_name="Lan")
    moderator = make_user("kiemduyet", role="moderator")
    article = make_article("Hội nghị tổng kết công tác tuyên giáo", status="draft", provinces=["kien-giang"],
                           topics=["xay-dung-dang"], author=editor, last_edited_by=editor)
    photo = make_photo(article, "Quang cảnh hội nghị.", is_featured=True)
    content = article_snapshot(article_for_snapshot(article.pk))
    article_save_draft(article=article, actor=editor, content=content)
    article_submit(article=article, actor=editor)
    article_return(article=article, actor=moderator, comment="Bổ sung chú thích ảnh.")
    article.refresh_from_db()
    article_save_draft(article=article, actor=editor, content={**content, "lead": "Sa-pô đã bổ sung."})
    article_submit(article=article, actor=editor, comment="Đã bổ sung.")
    article_approve(article=article, actor=moderator)
    return {"article": article, "photo": photo, "editor": editor, "moderator": moderator}


def model_count(label):
    try:
        return apps.get_model(label)._default_manager.count()
    except LookupError:
        return None


def test_round_trip_brings_back_articles_photos_revisions_transitions_and_users(newsroom, tmp_path):
    transitions = [m for m in apps.get_app_config("workflow").get_models() if "transition" in m.__name__.lower()]
    revisions = [m for m in apps.get_app_config("workflow").get_models() if "revision" == m.__name__.lower()]
    assert transitions and revisions, "the workflow keeps a transition log and revisions"
    assert transitions[0]._default_manager.count() >= 4 and revisions[0]._default_manager.count() >= 2
    photo_bytes = newsroom["photo"].image.read()
    before = everything()

    call_command("backup_site", output_dir=str(tmp_path), verbosity=0)
    archive = next(tmp_path.glob("site-*.tar.gz"))

    # Disaster: the database emptied, a photo file lost, then an unwanted article written into the void.
    default_storage.delete(newsroom["photo"].image.name)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")  # the test's own transaction has checks pending
    call_command("flush", interactive=False, verbosity=0)
    make_article("Bài viết sau khi sao lưu")
    assert everything() != before

    call_command("restore_site", str(archive), interactive=False, verbosity=0)

    assert everything() == before
    restored = Photo.objects.get()
    assert restored.image.read() == photo_bytes
    assert Article.objects.published().get().title == "Hội nghị tổng kết công tác tuyên giáo"
    editor = get_user_model().objects.get(username="bientap")
    assert editor.check_password("mat-khau-thu-nghiem-2025") and editor.groups.get().name == "Biên tập viên"
    assert editor.has_perm("articles.change_article"), "group permissions resolve after the restore"


def test_backup_archive_holds_a_manifest_the_json_and_the_media(newsroom, tmp_path):
    call_command("backup_site", output_dir=str(tmp_path), verbosity=0)
    archive = next(tmp_path.glob("site-*.tar.gz"))
    with tarfile.open(archive) as tar:
        names = tar.getnames()
    assert "manifest.json" in names and "db.json" in names
    assert f"media/{newsroom['photo'].image.name}" in names
    output = io.StringIO()
    call_command("restore_site", str(archive), dry_run=True, stdout=output)
    assert "không thay đổi gì" in output.getvalue()


def test_restore_refuses_an_archive_with_a_path_escaping_the_media_folder(tmp_path):
    evil = tmp_path / "site-evil.tar.gz"
    with tarfile.open(evil, "w:gz") as tar:
        for name, data in [("manifest.json", b'{"format": 1}'), ("db.json", b"[]"), ("media/../../etc/x", b"x")]:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    with pytest.raises(CommandError, match="không an toàn"):
        call_command("restore_site", str(evil), interactive=False)
    assert not Path("/etc/x").exists()


def test_restore_refuses_a_backup_from_a_newer_schema(tmp_path, monkeypatch):
    call_command("backup_site", output_dir=str(tmp_path), verbosity=0, no_media=True)
    archive = next(tmp_path.glob("site-*.tar.gz"))
    monkeypatch.setattr("core.backup._applied_migrations", lambda: {})
    with pytest.raises(CommandError, match="migrate"):
        call_command("restore_site", str(archive), interactive=False)


def test_a_backup_from_before_an_app_was_dissolved_still_restores(monkeypatch):
    # Archives made before perf/ was folded into the articles app list its migrations; a new database has none.
    manifest = {"format": 2, "migrations": {**_applied_migrations(), "perf": ["0001_article_indexes"]}}
    check_compatible(manifest)
    monkeypatch.setattr("core.backup._applied_migrations", lambda: {})
    with pytest.raises(BackupError, match="articles"):
        check_compatible(manifest)


def test_restore_without_any_backup_says_so(tmp_path, settings):
    settings.BACKUP_DIR = tmp_path / "khong-co"
    with pytest.raises(CommandError, match="Không có bản sao lưu"):
        call_command("restore_site", interactive=False)
