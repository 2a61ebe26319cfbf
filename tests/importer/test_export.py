"""export_articles writes JSON Lines and photos; import_articles reads them back with nothing lost."""

import io
import json

import pytest
from django.core.management import CommandError, call_command

from articles.models import Article, Document, Status, Topic
from importer.models import ImportRecord
from people.models import Official
from tests.factories import image_bytes, make_user
from workflow.models import Transition

from .conftest import FIXTURES, copy_fixture, import_articles, publish, return_to_draft, shared_sample, write

pytestmark = pytest.mark.django_db

VOLATILE = {"id", "status", "created_at", "updated_at", "content_hash", "import_path", "version", "revisions"}


def export(out_dir, *args):
    stdout = io.StringIO()
    call_command("export_articles", str(out_dir), *args, stdout=stdout, stderr=io.StringIO())
    return stdout.getvalue()


def read_records(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def comparable(record):
    record = {k: v for k, v in record.items() if k not in VOLATILE}
    record["officials"] = [{k: v for k, v in o.items() if k != "slug"} for o in record["officials"]]
    record["documents"] = [{k: v for k, v in d.items() if k != "slug"} for d in record["documents"]]
    return record


def _forget_everything():
    """An empty newsroom: what a restore on a new server starts from."""
    Transition.objects.all().delete()
    Article.objects.all().delete()
    Official.objects.all().delete()
    Document.objects.all().delete()
    Topic.objects.filter(slug="tu-tao").delete()


def test_round_trip_loses_nothing(tmp_path, import_dir):
    author = make_user("phongvien", role="editor")
    shared = shared_sample()
    sample = import_dir / shared.name
    sample.write_bytes(shared.read_bytes())
    write(import_dir, f"{sample.stem}-1.jpg", image_bytes(size=(640, 400)))
    for name in ("ha-noi-hoi-nghi-bao-cao-vien.txt", "tphcm-hoc-tap-va-lam-theo-bac.txt", "dak-lak-dong-bao-dan-toc.txt"):
        copy_fixture(name, import_dir)
    import_articles(import_dir, "--year", "2023", "--source", "Ban Tuyên giáo", "--user", "phongvien")
    publish(Article.objects.get(title__startswith="Hà Nội"))
    draft = Article.objects.get(title__startswith="Đắk Lắk")
    return_to_draft(draft)
    draft.topics.add(Topic.objects.create(name="Chủ đề tự tạo", slug="tu-tao"))

    out_dir = tmp_path / "xuat"
    assert "Exported 4 articles and 1 photos" in export(out_dir)
    before = {r["title"]: r for r in read_records(out_dir / "articles.jsonl")}
    assert len(list((out_dir / "photos").iterdir())) == 1
    sample_record = next(r for r in before.values() if r["title"].startswith("Đảng bộ tỉnh Kiên Giang"))
    assert [p["file"] for p in sample_record["photos"]][0].startswith("photos/")
    assert sample_record["author"] == "phongvien"

    _forget_everything()
    out, _ = import_articles(out_dir / "articles.jsonl")
    assert out.count("created") == 5  # four lines and the summary
    export(tmp_path / "lai", "--force")
    after = {r["title"]: r for r in read_records(tmp_path / "lai" / "articles.jsonl")}

    assert set(after) == set(before)
    for title, record in before.items():
        assert comparable(after[title]) == comparable(record), title
        assert after[title]["created_at"] == record["created_at"]
        assert set(map(json.dumps, record["revisions"])) <= set(map(json.dumps, after[title]["revisions"]))
    statuses = {r["title"][:6]: r["status"] for r in after.values()}
    assert statuses["Hà Nội"] == Status.SUBMITTED, "a published article comes back for moderation"
    assert statuses["Đắk Lắ"] == Status.DRAFT
    assert Article.objects.get(title__startswith="Đảng bộ").author == author
    assert not Article.objects.published().exists()
    restored = Official.objects.get(full_name="Lại Xuân Môn")
    assert restored.needs_verification and restored.positions.count() == 2


def test_importing_an_export_into_the_same_newsroom_changes_nothing(tmp_path, import_dir):
    copy_fixture("nghe-an-quan-triet-nghi-quyet.txt", import_dir)
    import_articles(import_dir, "--year", "2024")
    export(tmp_path / "xuat")
    out, _ = import_articles(tmp_path / "xuat" / "articles.jsonl")
    assert "unchanged" in out and Article.objects.count() == 1


def test_an_edited_export_line_updates_its_article(tmp_path, import_dir):
    copy_fixture("nghe-an-quan-triet-nghi-quyet.txt", import_dir)
    import_articles(import_dir, "--year", "2024")
    export(tmp_path / "xuat")
    path = tmp_path / "xuat" / "articles.jsonl"
    record = read_records(path)[0]
    record["lead"] = "Sa-pô đã sửa."
    record["status"] = Status.PUBLISHED
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    out, _ = import_articles(path)
    assert "updated" in out
    article = Article.objects.get()
    assert article.lead == "Sa-pô đã sửa." and article.status == Status.SUBMITTED and article.version == 2


def test_bad_lines_fail_alone(tmp_path):
    path = tmp_path / "articles.jsonl"
    good = {"format": "newsroom-article/1", "title": "Tin hợp lệ", "lead": "Sa-pô.", "body": "<p>Nội dung.</p>",
            "status": "published", "provinces": [{"slug": "ha-noi"}], "photos": [{"file": "photos/mat.jpg",
            "caption": "Quang cảnh."}]}
    path.write_text("\n".join([
        "{không phải json", json.dumps({"title": ""}), json.dumps({"format": "khac/9", "title": "X"}),
        json.dumps(good, ensure_ascii=False),
    ]) + "\n", encoding="utf-8")
    out, _ = import_articles(path, verbosity=2)
    assert out.count("failed ") == 3 and "thiếu tiêu đề" in out and "không được hỗ trợ" in out
    article = Article.objects.get()
    assert article.status == Status.SUBMITTED and [p.slug for p in article.provinces.all()] == ["ha-noi"]
    assert article.photos.get().is_pending and "Không thấy tệp ảnh" in out
    assert ImportRecord.objects.filter(line=4, outcome="created").exists()


def test_export_refuses_to_overwrite_without_force(tmp_path):
    export(tmp_path / "xuat")
    with pytest.raises(CommandError, match="--force"):
        export(tmp_path / "xuat")
    assert (tmp_path / "xuat" / "articles.jsonl").read_text() == ""


def test_fixture_folder_is_only_read(tmp_path):
    assert all(p.suffix == ".txt" for p in FIXTURES.iterdir())
