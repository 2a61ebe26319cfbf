"""The admin does what it is configured to do: read-only log, timeline, status-free forms, no publishing paths."""

import datetime

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from articles.models import Article, Status
from tests.factories import make_article
from tests.workflow.conftest import draft_by, make_role_user
from tests.workflow.helpers import change_form_data, change_url
from workflow import services
from workflow.models import Transition

pytestmark = pytest.mark.django_db


@pytest.fixture
def logged(editor, moderator):
    article = draft_by(editor, title="Bài có nhật ký")
    services.article_submit(article=article, actor=editor, comment="Lần đầu gửi.")
    services.article_return(article=article, actor=moderator, comment="Thêm ảnh minh họa.")
    return article


def test_nobody_can_add_change_or_delete_the_log_in_the_admin_not_even_a_superuser(client, logged):
    client.force_login(make_role_user("superuser", "sieuquantri"))
    entry = Transition.objects.first()
    assert client.get(reverse("admin:workflow_transition_changelist")).status_code == 200
    assert client.get(reverse("admin:workflow_transition_add")).status_code == 403
    assert client.post(reverse("admin:workflow_transition_delete", args=[entry.pk]), {"post": "yes"}).status_code == 403
    change = client.post(reverse("admin:workflow_transition_change", args=[entry.pk]), {"comment": "Sửa lịch sử"})
    assert change.status_code == 403
    bulk = client.post(reverse("admin:workflow_transition_changelist"),
                       {"action": "delete_selected", "_selected_action": [entry.pk], "post": "yes"})
    assert bulk.status_code in (200, 302)
    assert Transition.objects.count() == 2 and Transition.objects.get(pk=entry.pk).comment == entry.comment


def test_an_article_with_a_record_cannot_be_deleted(client, logged):
    client.force_login(make_role_user("superuser", "sieuquantri"))
    client.post(reverse("admin:articles_article_delete", args=[logged.pk]), {"post": "yes"})
    assert Article.objects.filter(pk=logged.pk).exists()


def test_the_change_page_shows_the_timeline(client, editor, logged):
    client.force_login(editor)
    html = client.get(change_url(logged)).content.decode()
    assert "Nhật ký quy trình" in html
    # The return comment is also shown at the top of the form (return_note.html): read the order in the timeline.
    timeline = html[html.index("Nhật ký quy trình"):]
    assert timeline.index("Lần đầu gửi.") < timeline.index("Thêm ảnh minh họa.")
    assert "Bản nháp → Chờ duyệt" in html and "Chờ duyệt → Bản nháp" in html


def test_editors_see_only_their_own_articles_in_the_log(client, logged, editor2):
    client.force_login(editor2)
    html = client.get(reverse("admin:workflow_transition_changelist")).content.decode()
    assert "Bài có nhật ký" not in html
    client.force_login(logged.author)
    assert "Bài có nhật ký" in client.get(reverse("admin:workflow_transition_changelist")).content.decode()


def test_an_editor_sees_a_submitted_article_read_only(client, editor):
    article = draft_by(editor)
    services.article_submit(article=article, actor=editor)
    client.force_login(editor)
    html = client.get(change_url(article)).content.decode()
    assert "tạm khóa" in html and 'name="title"' not in html


def test_a_read_only_body_reads_as_text_not_markup(client, editor):
    article = draft_by(editor, body="<p>Đoạn <strong>một</strong>.</p><p>Đoạn hai.</p><script>alert(1)</script>")
    services.article_submit(article=article, actor=editor)
    client.force_login(editor)
    html = client.get(change_url(article)).content.decode()
    assert "<p>Đoạn <strong>một</strong>.</p><p>Đoạn hai.</p>" in html
    assert "&lt;p&gt;" not in html and "alert(1)" not in html


# --- No path lets an editor make an article public.

def test_status_and_publish_time_in_a_crafted_form_are_ignored(client, editor):
    article = draft_by(editor, provinces=["kien-giang"], topics=["xay-dung-dang"])
    client.force_login(editor)
    data = change_form_data(article, status="published", publish_at="2020-01-01 08:00", first_published_at="2020-01-01")
    assert client.post(change_url(article), data).status_code == 302
    article.refresh_from_db()
    assert article.status == Status.DRAFT and article.publish_at is None


def test_a_new_article_posted_as_published_is_a_draft(client, editor):
    article = draft_by(editor, provinces=["kien-giang"], topics=["xay-dung-dang"])
    data = change_form_data(article, title="Bài mới tinh", slug="", status="published", publish_at="2020-01-01 08:00")
    data.pop("base_version")
    client.force_login(editor)
    assert client.post(reverse("admin:articles_article_add"), data).status_code == 302
    created = Article.objects.get(title="Bài mới tinh")
    assert created.status == Status.DRAFT and created.author == editor


def test_save_as_new_on_a_live_article_makes_a_private_draft(client, editor):
    live = make_article("Bài đang đăng", author=editor, provinces=["kien-giang"], topics=["xay-dung-dang"])
    data = change_form_data(live, title="Bản sao lén", slug="", _saveasnew="1")
    client.force_login(editor)
    assert client.post(change_url(live), data).status_code == 302
    copy = Article.objects.get(title="Bản sao lén")
    assert copy.status == Status.DRAFT and not Article.objects.published().filter(pk=copy.pk).exists()
    assert Article.objects.get(pk=live.pk).title == "Bài đang đăng"


def test_the_bulk_approve_action_is_not_offered_to_or_run_for_editors(client, editor):
    article = draft_by(editor, status=Status.SUBMITTED)
    client.force_login(editor)
    changelist = reverse("admin:articles_article_changelist")
    html = client.get(changelist).content.decode()
    assert "approve_selected" not in html and "submit_selected" in html
    client.post(changelist, {"action": "approve_selected", "_selected_action": [article.pk]})
    assert Article.objects.get(pk=article.pk).status == Status.SUBMITTED


def test_the_bulk_approve_action_works_for_moderators_and_respects_four_eyes(client, editor, moderator):
    theirs = draft_by(editor, status=Status.SUBMITTED)
    own = draft_by(moderator, status=Status.SUBMITTED)
    client.force_login(moderator)
    client.post(reverse("admin:articles_article_changelist"),
                {"action": "approve_selected", "_selected_action": [theirs.pk, own.pk]})
    assert Article.objects.get(pk=theirs.pk).is_live
    assert Article.objects.get(pk=own.pk).status == Status.SUBMITTED


def test_crafted_posts_to_moderator_pages_are_forbidden_for_editors(client, editor):
    article = draft_by(editor, status=Status.SUBMITTED)
    client.force_login(editor)
    for action in ("approve", "return"):
        url = reverse("admin:articles_article_action", args=[article.pk, action])
        assert client.post(url, {"comment": "x", "publish_at": ""}).status_code == 403
    assert client.post(reverse("admin:articles_article_action", args=[article.pk, "nhay-coc"])).status_code == 404
    assert Article.objects.get(pk=article.pk).status == Status.SUBMITTED


def test_the_importer_never_publishes_even_an_export_marked_published(editor, tmp_path, settings):
    import json

    sample = settings.BASE_DIR.parent / "shared" / "samples" / "kien-giang-xay-dung-dang.txt"
    export = tmp_path / "xuat.jsonl"
    when = (timezone.now() - datetime.timedelta(days=3)).isoformat()
    export.write_text(json.dumps({"title": "Bài xuất ra từng được đăng", "body": "<p>Nội dung.</p>",
                                  "status": "published", "publish_at": when, "first_published_at": when}) + "\n")
    paths = [str(export)] + ([str(sample)] if sample.exists() else [])
    call_command("import_articles", *paths, "--user", editor.username, "--year", "2023", verbosity=0)
    imported = Article.objects.filter(author=editor)
    assert imported.count() == len(paths)
    assert not Article.objects.published().exists()
    assert set(imported.values_list("status", flat=True)) <= {Status.SUBMITTED, Status.DRAFT}
