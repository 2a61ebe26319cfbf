"""The import_articles command: safety, idempotency, reporting and bad input."""

import io
import os
import re
import shutil

import pytest
from django.core.management import CommandError, call_command

from articles.models import Article, Status
from importer.models import ImportRecord, ImportRun
from people.models import Official
from tests.factories import image_bytes, make_official, make_user
from workflow.selectors import revision_summaries

from .conftest import FIXTURES, copy_fixture, import_articles, publish, shared_sample, timestamp, write
from .test_reading import to_cp1258

pytestmark = pytest.mark.django_db

GOOD = "ha-noi-hoi-nghi-bao-cao-vien.txt"


def test_imports_go_to_the_moderation_queue_credited_to_source_and_user(import_dir):
    editor = make_user("bientap", role="editor")
    copy_fixture(GOOD, import_dir)
    out, _ = import_articles(import_dir, "--year", "2024", "--source", "Báo Hà Nội", "--user", "bientap")
    article = Article.objects.get()
    assert (article.status, article.author, article.source, article.publish_at) == (
        Status.SUBMITTED, editor, "Báo Hà Nội", None)
    assert not Article.objects.published().exists()
    assert "created" in out and f"#{article.pk}" in out and "created: 1" in out
    run = ImportRun.objects.get()
    assert (run.created, run.failed, run.user, run.source) == (1, 0, editor, "Báo Hà Nội")
    assert run.records.get().article == article


def test_running_again_on_the_same_files_creates_no_duplicates(import_dir):
    for name in (GOOD, "nghe-an-quan-triet-nghi-quyet.txt"):
        copy_fixture(name, import_dir)
    import_articles(import_dir, "--year", "2024")
    out, _ = import_articles(import_dir, "--year", "2024")
    assert Article.objects.count() == 2
    assert out.count("unchanged") == 3 and "unchanged: 2" in out
    assert Official.objects.filter(full_name="Nguyễn Văn Phong").count() == 1


def test_a_copy_of_an_imported_file_elsewhere_is_unchanged(import_dir, tmp_path):
    copy_fixture(GOOD, import_dir)
    import_articles(import_dir, "--year", "2024")
    other = tmp_path / "khac"
    other.mkdir()
    copy_fixture(GOOD, other)
    out, _ = import_articles(other)
    assert "unchanged" in out and Article.objects.count() == 1


def test_a_changed_file_updates_its_article_as_a_new_version(import_dir):
    path = copy_fixture(GOOD, import_dir)
    import_articles(import_dir, "--year", "2024")
    article = Article.objects.get()
    path.write_text(path.read_text().replace("tháng 3 năm 2024.", "tháng 3 năm 2024 tại Hội trường Thành ủy."))
    out, _ = import_articles(import_dir, "--year", "2024")
    assert "updated" in out
    article.refresh_from_db()
    assert Article.objects.count() == 1
    assert "Hội trường Thành ủy" in article.lead
    assert article.version == 2 and article.status == Status.SUBMITTED
    assert article.mentions.count() == 3 and article.photos.count() == 1


def test_a_renamed_and_edited_file_updates_the_article_with_its_headline(import_dir):
    path = copy_fixture(GOOD, import_dir)
    import_articles(import_dir, "--year", "2024")
    renamed = import_dir / "ha-noi-thang-3.txt"
    renamed.write_text(path.read_text() + "\n\nĐoạn bổ sung về kết quả hội nghị.\n")
    path.unlink()
    out, _ = import_articles(import_dir, "--year", "2024")
    assert "updated" in out and Article.objects.count() == 1
    assert Article.objects.get().import_path == str(renamed.resolve())


def test_another_existing_file_with_the_same_headline_is_another_article(import_dir):
    path = copy_fixture(GOOD, import_dir)
    write(import_dir, "ban-khac.txt", path.read_text().replace("Ngày 14/3", "Ngày 15/3"))
    import_articles(import_dir, "--year", "2024")
    out, _ = import_articles(import_dir, "--year", "2024")
    assert Article.objects.count() == 2 and out.count("unchanged") == 3


def test_a_changed_file_of_a_published_article_never_changes_it_live(import_dir):
    path = copy_fixture(GOOD, import_dir)
    import_articles(import_dir, "--year", "2024")
    article = Article.objects.get()
    publish(article)
    live_version = Article.objects.get(pk=article.pk).version
    path.write_text(path.read_text().replace("Ngày 14/3", "Sáng 14/3"))

    out, _ = import_articles(import_dir, "--year", "2024")
    assert "failed: 0" in out and "updated: 1" in out
    article.refresh_from_db()
    assert article.lead.startswith("Ngày 14/3") and article.status == Status.PUBLISHED
    assert Article.objects.published().filter(pk=article.pk).exists()
    # The proposal bumps the version (an open edit form must not overwrite it), nothing else on the live row.
    assert article.version == live_version + 1


def test_a_changed_published_article_gets_a_pending_revision(import_dir):
    path = copy_fixture(GOOD, import_dir)
    import_articles(import_dir, "--year", "2024")
    article = Article.objects.get()
    assert [r["state"] for r in revision_summaries(article)] == ["saved"]
    assert article.transitions.get().to_status == Status.SUBMITTED
    publish(article)
    path.write_text(path.read_text().replace("Ngày 14/3", "Sáng 14/3"))
    out, _ = import_articles(import_dir, "--year", "2024", verbosity=2)
    assert "updated" in out and "đề xuất chờ duyệt" in out
    article.refresh_from_db()
    assert article.lead.startswith("Ngày 14/3") and article.status == Status.PUBLISHED
    pending = article.revisions.get(state="pending")
    assert pending.snapshot["lead"].startswith("Sáng 14/3")
    out, _ = import_articles(import_dir, "--year", "2024")
    assert "unchanged" in out and article.revisions.filter(state="pending").count() == 1


def test_bad_files_fail_with_a_clear_reason_and_the_run_carries_on(import_dir, settings):
    settings.IMPORT_MAX_BYTES = 20_000
    copy_fixture(GOOD, import_dir)
    write(import_dir, "a-rong.txt", "")
    write(import_dir, "b-nhi-phan.txt", image_bytes())
    write(import_dir, "c-khong-tieu-de.txt", "\n\n" + "Một đoạn văn dài không phải tiêu đề. " * 20 + "\n\nThêm.")
    write(import_dir, "d-qua-lon.txt", "Tiêu đề\n\n" + "Nội dung. " * 5000)
    write(import_dir, "e-bang-ma-la.txt", b"Ti\x81\x8d\x8f\x90\x9d\x9e")
    out, _ = import_articles(import_dir, "--year", "2024")
    lines = {
        line.split()[1].rstrip(":").rsplit("/", 1)[-1]: line
        for line in out.splitlines() if line.split()[0] in {"failed", "created"}
    }
    assert "rỗng" in lines["a-rong.txt"]
    assert "nhị phân" in lines["b-nhi-phan.txt"]
    assert "Thiếu tiêu đề" in lines["c-khong-tieu-de.txt"]
    assert "quá lớn" in lines["d-qua-lon.txt"]
    assert "bảng mã" in lines["e-bang-ma-la.txt"]
    assert lines[GOOD].startswith("created")
    assert Article.objects.count() == 1
    assert ImportRecord.objects.filter(outcome="failed").count() == 5
    assert "failed: 5" in out


def test_windows_1258_and_utf16_files_are_imported(import_dir):
    text = (FIXTURES / "nghe-an-quan-triet-nghi-quyet.txt").read_text()
    write(import_dir, "cp1258.txt", to_cp1258(text))
    write(import_dir, "utf16.txt", text.replace("Nghệ An quán triệt", "Nghệ An học tập").encode("utf-16"))
    out, _ = import_articles(import_dir, "--year", "2024", verbosity=2)
    assert len(re.findall(r"^created ", out, re.M)) == 2 and "windows-1258" in out
    for article in Article.objects.all():
        assert article.title.startswith("Nghệ An")
        assert [p.slug for p in article.provinces.all()] == ["nghe-an"]
        assert article.mentions.get().title_as_printed == "Phó Trưởng Ban Tuyên giáo Tỉnh ủy Nghệ An"


def test_dry_run_writes_nothing_but_reports_what_would_happen(import_dir):
    copy_fixture(GOOD, import_dir)
    copy_fixture("can-tho-trao-giai-bao-chi.txt", import_dir)
    write(import_dir, "rong.txt", "")
    out, _ = import_articles(import_dir, "--year", "2024", "--dry-run")
    assert len(re.findall(r"^would be created ", out, re.M)) == 2 and "failed" in out and "nothing written" in out
    assert not Article.objects.exists() and not ImportRun.objects.exists() and not ImportRecord.objects.exists()
    assert not Official.objects.exists()


def test_photos_attach_to_captions_in_order_and_missing_ones_stay_pending(import_dir, _media_root):
    path = copy_fixture("can-tho-trao-giai-bao-chi.txt", import_dir)
    write(import_dir, f"{path.stem}-1.jpg", image_bytes(size=(800, 500)))
    out, _ = import_articles(import_dir, "--year", "2024", verbosity=2)
    article = Article.objects.get()
    first, second = article.photos.all()
    assert first.caption.startswith("Đồng chí Trần Văn Lâu") and first.image and first.is_featured
    assert (first.width, first.height) == (800, 500)
    assert os.path.exists(first.image.path) and first.image.path.startswith(str(_media_root))
    assert second.caption.startswith("Lãnh đạo Thành ủy") and second.is_pending and not second.is_featured
    assert "1 chú thích đang chờ ảnh" in out


def test_a_broken_photo_is_reported_and_its_caption_kept(import_dir):
    path = copy_fixture("tphcm-hoc-tap-va-lam-theo-bac.txt", import_dir)
    write(import_dir, f"{path.stem}-1.jpg", b"\xff\xd8\xff not really a jpeg")
    write(import_dir, f"{path.stem}-2.png", image_bytes("PNG"))
    out, _ = import_articles(import_dir, "--year", "2024", verbosity=2)
    article = Article.objects.get()
    first, extra = article.photos.all()
    assert first.caption == "Quang cảnh hội nghị." and first.is_pending and first.credit == "Ảnh: Thu Hà"
    assert extra.image and extra.caption == "Ảnh 2 (chưa có chú thích)"
    assert "bị bỏ qua" in out and "không có chú thích" in out


def test_changing_a_photo_makes_the_file_changed(import_dir):
    path = copy_fixture("tphcm-hoc-tap-va-lam-theo-bac.txt", import_dir)
    photo = write(import_dir, f"{path.stem}-1.jpg", image_bytes())
    import_articles(import_dir, "--year", "2024")
    photo.write_bytes(image_bytes(color=(200, 10, 10)))
    out, _ = import_articles(import_dir, "--year", "2024")
    assert "updated" in out and Article.objects.get().photos.get().image


def test_an_official_named_in_several_files_is_created_once_and_a_known_one_is_linked(import_dir):
    known = make_official("Nguyễn Văn Phong")
    copy_fixture(GOOD, import_dir)
    write(import_dir, "them.txt", "Hà Nội gặp mặt báo cáo viên\n\nNgày 20/3, đồng chí Nguyễn Doãn Toản, Trưởng Ban "
          "Tuyên giáo Thành ủy gặp mặt báo cáo viên. Đồng chí Nguyễn Văn Phong dự.\n\nNội dung khác của bài.")
    import_articles(import_dir, "--year", "2024")
    assert Official.objects.filter(full_name="Nguyễn Doãn Toản").count() == 1
    assert Official.objects.filter(full_name="Nguyễn Văn Phong").get() == known
    assert not Official.objects.get(pk=known.pk).needs_verification
    assert Article.objects.filter(mentions__official=known).count() == 2


def test_year_comes_from_the_file_date_when_not_given(import_dir):
    copy_fixture(GOOD, import_dir, mtime=timestamp(2022, 6, 1))
    import_articles(import_dir)
    assert Article.objects.get().event_date.isoformat() == "2022-03-14"


def test_progress_bar_on_stderr_at_verbosity_two(import_dir):
    copy_fixture(GOOD, import_dir)
    copy_fixture("nghe-an-quan-triet-nghi-quyet.txt", import_dir)
    _, err = import_articles(import_dir, "--year", "2024", verbosity=2)
    assert "2/2" in err and "100%" in err
    _, err = import_articles(import_dir, "--year", "2024", verbosity=1)
    assert err == ""


@pytest.mark.parametrize(("args", "message"), [
    (["/khong/co/thu-muc"], "Không tìm thấy"),
    (["{dir}", "--user", "khongco"], "Không có tài khoản"),
    (["{dir}", "--year", "1800"], "Năm không hợp lệ"),
])
def test_bad_arguments_stop_with_a_command_error(import_dir, args, message):
    with pytest.raises(CommandError, match=message):
        call_command("import_articles", *[a.format(dir=import_dir) for a in args], stdout=io.StringIO())


def test_a_single_file_can_be_named(tmp_path):
    sample = shared_sample()
    target = tmp_path / sample.name
    shutil.copyfile(sample, target)
    out, _ = import_articles(target, "--year", "2023")
    assert "created" in out and Article.objects.count() == 1


def test_the_revision_of_an_import_is_the_snapshot_the_workflow_would_take(import_dir):
    from workflow.snapshots import article_for_snapshot, article_snapshot

    copy_fixture("can-tho-trao-giai-bao-chi.txt", import_dir)
    path = copy_fixture("tphcm-hoc-tap-va-lam-theo-bac.txt", import_dir)
    write(import_dir, f"{path.stem}-1.jpg", image_bytes())
    import_articles(import_dir, "--year", "2024")
    for article in Article.objects.all():
        revision = article.revisions.get()
        assert revision.snapshot == article_snapshot(article_for_snapshot(article.pk))
        assert revision.snapshot["officials"] or revision.snapshot["photos"]


def test_a_file_that_fails_while_stored_leaves_nothing_behind_in_its_batch(import_dir, monkeypatch):
    from django.db import IntegrityError

    from importer.pipeline import storing

    copy_fixture(GOOD, import_dir)
    copy_fixture("can-tho-trao-giai-bao-chi.txt", import_dir)
    real = storing.article_link_recognition

    def failing_for_can_tho(*, article, **kwargs):
        links = real(article=article, **kwargs)
        if article.title.startswith("Cần Thơ trao giải"):
            raise IntegrityError("mô phỏng lỗi ghi")
        return links

    monkeypatch.setattr(storing, "article_link_recognition", failing_for_can_tho)
    # The third file names the official the failed one created: the rolled-back row must be forgotten.
    write(import_dir, "zz-sau.txt", "Cần Thơ gặp mặt\n\nNgày 21/6, đồng chí Trần Văn Lâu, Trưởng Ban Tuyên giáo "
          "Thành ủy gặp mặt phóng viên.\n\nNội dung khác.")
    out, _ = import_articles(import_dir, "--year", "2024")
    assert "failed" in out and "mô phỏng lỗi ghi" in out
    titles = sorted(Article.objects.values_list("title", flat=True))
    assert [t[:10] for t in titles] == ["Cần Thơ gặ", "Hà Nội: Hộ"]
    assert Article.objects.get(title__startswith="Hà Nội").photos.count() == 1
    assert Official.objects.get(full_name="Trần Văn Lâu").mentions.count() == 1
    assert ImportRecord.objects.filter(outcome="failed", article__isnull=True).count() == 1


def test_a_photo_report_dated_only_under_its_first_photo_takes_that_date(import_dir):
    write(import_dir, "anh.txt", "Rực rỡ sắc màu lễ hội đường phố\n\nNhững hình ảnh đẹp của lễ hội năm nay.\n\n"
          "Đoàn diễu hành đi qua các tuyến phố trung tâm thành phố chiều 31-1. Ảnh: Ngọc Quang\n\n"
          "Người dân hai bên đường cổ vũ đoàn diễu hành. Ảnh: Ngọc Quang")
    import_articles(import_dir, "--year", "2026")
    article = Article.objects.get()
    assert article.photos.count() == 2 and article.event_date.isoformat() == "2026-01-31"
