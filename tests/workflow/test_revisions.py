"""Revisions: every save is kept, any two compare word by word, any one restores as a draft,
and an edit to a live article waits for approval while the live version stays up."""

import pytest
from django.urls import reverse
from django.utils import timezone

from articles.models import Article, Photo, Status
from tests.factories import PASSWORD, make_article, make_official, make_photo, make_upload, province, topic
from tests.workflow.conftest import draft_by, snapshot_of
from tests.workflow.helpers import change_form_data, change_url
from workflow import services
from workflow.diff import snapshot_diff, word_diff
from workflow.models import Correction, Revision
from workflow.models.revisions import RevisionState

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client, editor):
    client.login(username=editor.username, password=PASSWORD)
    return client


def post_change(client, article, **kwargs):
    response = client.post(change_url(article), change_form_data(article, **kwargs))
    assert response.status_code == 302, response.context and [str(e) for e in response.context["errors"]]
    return response


def test_every_admin_save_stores_a_full_snapshot(editor_client, editor):
    official = make_official("Trần Văn Công")
    article = draft_by(editor, provinces=["kien-giang"], topics=["xay-dung-dang"], officials=[(official, "Bí thư")])
    photo = make_photo(article, "Quang cảnh hội nghị.", credit="Ảnh: Minh Anh", is_featured=True)
    post_change(editor_client, article, title="Hội nghị tổng kết")
    post_change(editor_client, article, title="Hội nghị sơ kết", captions={photo.pk: "Các đại biểu dự hội nghị."})
    first, second = Revision.objects.filter(article=article).order_by("number")
    assert (first.number, second.number) == (1, 2)
    assert all(r.state == RevisionState.SAVED and r.created_by == editor for r in (first, second))
    snap = second.snapshot
    assert snap["title"] == "Hội nghị sơ kết"
    assert snap["provinces"] == [{"id": province("kien-giang").pk, "name": str(province("kien-giang"))}]
    assert [t["id"] for t in snap["topics"]] == [topic("xay-dung-dang").pk]
    assert snap["officials"] == [{"official": official.pk, "name": "Trần Văn Công", "title": "Bí thư", "position": 0}]
    assert snap["photos"][0]["caption"] == "Các đại biểu dự hội nghị."
    assert snap["photos"][0]["credit"] == "Ảnh: Minh Anh" and snap["photos"][0]["image"] == photo.image.name
    assert first.snapshot["photos"][0]["caption"] == "Quang cảnh hội nghị."
    article.refresh_from_db()
    assert article.version == 3 and article.last_edited_by == editor


def test_word_diff_marks_only_the_changed_words():
    segments = word_diff("Hội nghị tổng kết công tác", "Hội nghị sơ kết công tác năm 2025")
    ops = [(s.op, s.text) for s in segments]
    assert ("delete", "tổng") in ops and ("insert", "sơ") in ops
    assert ("insert", " năm 2025") in ops
    assert "".join(s.text for s in segments if s.op != "delete") == "Hội nghị sơ kết công tác năm 2025"
    assert "".join(s.text for s in segments if s.op != "insert") == "Hội nghị tổng kết công tác"


def test_snapshot_diff_covers_photos_captions_places_topics_and_officials(editor):
    official = make_official("Lê Thị Hoa")
    article = draft_by(editor, provinces=["kien-giang"], topics=["xay-dung-dang"], officials=[(official, "Phó Bí thư")])
    kept = make_photo(article, "Ảnh một.", is_featured=True)
    dropped = make_photo(article, "Ảnh hai.", position=1)
    old = snapshot_of(article)
    new = snapshot_of(article)
    new["photos"] = [dict(new["photos"][0], caption="Ảnh một, đã sửa."),
                     {"id": None, "image": "anh/moi.jpg", "caption": "Ảnh mới.", "credit": "", "alt_text": "",
                      "position": 2, "is_featured": False, "width": 10, "height": 10}]
    new["provinces"] = [{"id": province("an-giang").pk, "name": "An Giang"}]
    new["officials"] = [dict(new["officials"][0], title="Bí thư")]
    diff = snapshot_diff(old, new)
    assert diff["has_changes"]
    statuses = {row["status"] for row in diff["photos"]}
    assert statuses == {"changed", "added", "removed"}
    changed = next(r for r in diff["photos"] if r["status"] == "changed")
    assert changed["old"]["id"] == kept.pk and any(s.op == "insert" for s in changed["caption"])
    assert next(r for r in diff["photos"] if r["status"] == "removed")["old"]["id"] == dropped.pk
    places = diff["lists"][0]
    assert places["added"] == ["An Giang"] and places["removed"] == [str(province("kien-giang"))]
    assert diff["officials"]["changed"][0]["name"] == "Lê Thị Hoa"
    assert not snapshot_diff(old, old)["has_changes"]


def test_compare_page_shows_two_revisions_word_by_word(editor_client, editor):
    article = draft_by(editor, provinces=["kien-giang"], topics=["xay-dung-dang"])
    post_change(editor_client, article, title="Hội nghị tổng kết")
    post_change(editor_client, article, title="Hội nghị sơ kết")
    first, second = Revision.objects.filter(article=article).order_by("number")
    url = reverse("admin:articles_article_compare", args=[article.pk])
    html = editor_client.get(url, {"a": first.pk, "b": second.pk}).content.decode()
    assert "<del>tổng</del>" in html and "<ins>sơ</ins>" in html
    assert editor_client.get(url, {"a": "abc", "b": second.pk}).status_code == 404


def test_restoring_an_old_revision_makes_a_new_draft_and_brings_back_deleted_photos(editor_client, editor):
    article = draft_by(editor, provinces=["kien-giang"], topics=["xay-dung-dang"])
    photo = make_photo(article, "Ảnh sẽ bị xóa.", is_featured=True)
    post_change(editor_client, article, title="Bản đầu")
    post_change(editor_client, article, title="Bản sau", delete_photos=[photo.pk])
    assert not Photo.objects.filter(article=article).exists()
    first = Revision.objects.get(article=article, number=1)
    response = editor_client.post(reverse("admin:articles_article_restore", args=[article.pk, first.pk]))
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.title == "Bản đầu" and article.status == Status.DRAFT
    restored = Photo.objects.get(article=article)
    assert restored.caption == "Ảnh sẽ bị xóa." and restored.image.name == photo.image.name
    newest = Revision.objects.filter(article=article).order_by("-number").first()
    assert newest.number == 3 and newest.restored_from == first and newest.state == RevisionState.SAVED


def test_restoring_on_a_live_article_only_proposes(editor, moderator):
    article = make_article("Bản đang đăng", author=editor, provinces=["kien-giang"], topics=["xay-dung-dang"])
    old = Revision.objects.create(article=article, number=1, state=RevisionState.SAVED,
                                  snapshot=dict(snapshot_of(article), title="Bản cũ hơn"), created_by=editor)
    new = services.revision_restore(revision=old, actor=editor)
    assert new.state == RevisionState.PENDING
    assert Article.objects.get(pk=article.pk).title == "Bản đang đăng"


def test_an_edit_to_a_live_article_waits_and_the_live_version_stays_up(client, editor_client, editor, moderator):
    article = make_article("Tin đang đăng", author=editor, provinces=["kien-giang"], topics=["xay-dung-dang"])
    make_photo(article, "Ảnh đang đăng.", is_featured=True)
    version_before = Article.objects.get(pk=article.pk).version
    post_change(editor_client, article, title="Tin đang đăng (đã sửa lỗi chính tả)",
                provinces=[str(province("kien-giang").pk), str(province("an-giang").pk)],
                new_photos=[(make_upload("moi.jpg"), "Ảnh bổ sung.")])
    live = Article.objects.get(pk=article.pk)
    assert live.title == "Tin đang đăng" and live.status == Status.PUBLISHED
    assert live.provinces.count() == 1 and live.photos.count() == 1
    assert live.version == version_before + 1  # the edit counter moves so a stale form is still caught
    public = client.get(article.get_absolute_url())
    assert public.status_code == 200 and "Tin đang đăng" in public.content.decode()
    assert "đã sửa lỗi chính tả" not in public.content.decode()
    pending = Revision.objects.get(article=article, state=RevisionState.PENDING)
    assert len(pending.snapshot["photos"]) == 2

    # The editor opens the form again: it shows the proposal, so a second edit continues the first.
    form_html = editor_client.get(change_url(article)).content.decode()
    assert "đã sửa lỗi chính tả" in form_html and "Ảnh bổ sung." in form_html
    post_change(editor_client, article, lead="Sa-pô cũng được sửa.")
    pending.refresh_from_db()
    assert pending.state == RevisionState.SUPERSEDED
    proposal = Revision.objects.get(article=article, state=RevisionState.PENDING)
    assert proposal.snapshot["title"].endswith("(đã sửa lỗi chính tả)") and proposal.snapshot["lead"] == "Sa-pô cũng được sửa."
    assert len(proposal.snapshot["photos"]) == 2

    services.revision_approve_pending(revision=proposal, actor=moderator, is_correction=True,
                                      correction_note="Sửa lỗi chính tả ở tiêu đề.")
    live = Article.objects.get(pk=article.pk)
    assert live.title == "Tin đang đăng (đã sửa lỗi chính tả)" and live.lead == "Sa-pô cũng được sửa."
    assert live.provinces.count() == 2
    assert sorted(live.photos.values_list("caption", flat=True)) == ["Ảnh bổ sung.", "Ảnh đang đăng."]
    assert live.is_live and live.last_edited_by == editor
    html = client.get(live.get_absolute_url()).content.decode()
    assert "Đính chính" in html and "Sửa lỗi chính tả ở tiêu đề." in html
    assert list(live.corrections.values_list("note", flat=True)) == ["Sửa lỗi chính tả ở tiêu đề."]
    # The page shows the correction's date in Vietnam time, which may already be tomorrow in UTC terms.
    assert timezone.localtime(Correction.objects.get().created_at).strftime("%d/%m/%Y") in html


def test_a_rejected_change_leaves_the_live_article_alone(editor, moderator):
    article = make_article("Bản đang đăng", author=editor)
    proposal = services.article_save_draft(article=article, actor=editor,
                                           content=dict(snapshot_of(article), title="Bản đề xuất"))
    services.revision_reject_pending(revision=proposal, actor=moderator, comment="Không cần sửa.")
    proposal.refresh_from_db()
    assert proposal.state == RevisionState.REJECTED and proposal.decision_comment == "Không cần sửa."
    assert Article.objects.get(pk=article.pk).title == "Bản đang đăng"


def test_a_correction_needs_its_note(editor, moderator):
    from workflow.exceptions import MissingInput

    article = make_article(author=editor)
    proposal = services.article_save_draft(article=article, actor=editor, content=dict(snapshot_of(article), title="X"))
    with pytest.raises(MissingInput):
        services.revision_approve_pending(revision=proposal, actor=moderator, is_correction=True, correction_note=" ")


def test_approving_a_change_follows_four_eyes(editor, moderator, moderator2):
    article = make_article(author=editor)
    proposal = services.article_save_draft(article=article, actor=moderator, content=dict(snapshot_of(article), title="Y"))
    from workflow.exceptions import ActionNotAllowed

    with pytest.raises(ActionNotAllowed, match="bốn mắt"):
        services.revision_approve_pending(revision=proposal, actor=moderator)
    services.revision_approve_pending(revision=proposal, actor=moderator2)
    assert Article.objects.get(pk=article.pk).title == "Y"


def test_history_pages_are_for_the_articles_own_people(client, editor, editor2, moderator):
    article = draft_by(editor)
    url = reverse("admin:articles_article_revisions", args=[article.pk])
    client.force_login(editor2)
    assert client.get(url).status_code == 403
    client.force_login(editor)
    assert client.get(url).status_code == 200
    client.force_login(moderator)
    assert client.get(url).status_code == 200
