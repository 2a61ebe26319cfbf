"""The editor's workspace: "Bài của tôi" with a count per state, and the moderator's return comment at the top
of the article until the next submission."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from articles.models import Status
from tests.factories import make_article
from tests.workflow.conftest import draft_by
from tests.workflow.helpers import change_url
from workflow import services
from workflow.selectors import my_article_counts, my_article_tab, return_note

pytestmark = pytest.mark.django_db

MINE = "admin:articles_article_mine"


@pytest.fixture
def desk_of_work(editor, editor2, moderator):
    """One article of the editor's in every state, and one of another editor's that must never show."""
    draft = draft_by(editor, title="Bản nháp đang viết")
    returned = draft_by(editor, title="Bài bị trả lại")
    services.article_submit(article=returned, actor=editor)
    services.article_return(article=returned, actor=moderator, comment="Thiếu ảnh; kiểm tra lại chức danh.")
    waiting = draft_by(editor, title="Bài đang chờ duyệt")
    services.article_submit(article=waiting, actor=editor)
    scheduled = make_article("Bài hẹn giờ", author=editor, publish_at=timezone.now() + datetime.timedelta(days=1))
    published = make_article("Bài đã đăng", author=editor)
    draft_by(editor2, title="Bài của người khác")
    return {"nhap": draft, "tra-lai": returned, "cho-duyet": waiting, "hen-gio": scheduled, "da-dang": published}


def test_each_tab_holds_the_editors_articles_in_that_state(editor, desk_of_work):
    for tab, article in desk_of_work.items():
        assert [a.title for a in my_article_tab(editor, tab)] == [article.title], tab


def test_the_counts_of_every_tab_come_in_one_query(editor, desk_of_work, django_assert_num_queries):
    with django_assert_num_queries(1):
        counts = my_article_counts(editor)
    assert counts == {"nhap": 1, "tra_lai": 1, "cho_duyet": 1, "hen_gio": 1, "da_dang": 1}


def test_a_scheduled_article_counts_as_published_once_its_time_has_passed(editor, desk_of_work):
    later = timezone.now() + datetime.timedelta(days=2)
    counts = my_article_counts(editor, now=later)
    assert counts["hen_gio"] == 0 and counts["da_dang"] == 2


def test_submitting_a_returned_article_again_moves_it_to_waiting(editor, desk_of_work):
    returned = desk_of_work["tra-lai"]
    services.article_submit(article=returned, actor=editor)
    counts = my_article_counts(editor)
    assert counts["tra_lai"] == 0 and counts["cho_duyet"] == 2


def test_a_change_proposed_to_a_live_article_waits_too(editor, desk_of_work):
    from tests.workflow.conftest import snapshot_of

    live = desk_of_work["da-dang"]
    services.article_save_draft(article=live, actor=editor, content={**snapshot_of(live), "title": "Tiêu đề mới"})
    assert live.title in [a.title for a in my_article_tab(editor, "cho-duyet")]


def test_the_page_shows_the_tabs_with_their_counts_and_the_return_comment(client, editor, desk_of_work):
    client.force_login(editor)
    html = client.get(reverse(MINE), {"tab": "tra-lai"}).content.decode()
    for label in ["Bản nháp", "Bị trả lại", "Chờ duyệt", "Đã hẹn giờ", "Đã đăng"]:
        assert f'{label} <span class="wf-count">1</span>' in html
    assert "Bài bị trả lại" in html and "Thiếu ảnh; kiểm tra lại chức danh." in html
    assert "Bản nháp đang viết" not in html and "Bài của người khác" not in html


def test_an_unknown_tab_or_page_shows_the_first_tab_never_an_error(client, editor, desk_of_work):
    client.force_login(editor)
    response = client.get(reverse(MINE), {"tab": "<script>", "page": "９９"})
    assert response.status_code == 200 and "Bản nháp đang viết" in response.content.decode()


def test_only_people_who_write_see_the_page(client, editor, desk_of_work):
    from tests.workflow.conftest import make_role_user

    client.force_login(make_role_user("administrator", "quantri"))
    assert client.get(reverse(MINE)).status_code == 403
    client.logout()
    assert client.get(reverse(MINE)).status_code == 302  # to the login page


def test_the_side_menu_offers_my_articles_to_editors_and_the_queue_to_moderators(client, editor, moderator):
    client.force_login(editor)
    html = client.get(reverse("admin:articles_article_changelist")).content.decode()
    assert 'id="nav-sidebar"' in html and reverse(MINE) in html
    assert reverse("admin:articles_article_queue") not in html
    client.force_login(moderator)
    html = client.get(reverse("admin:articles_article_changelist")).content.decode()
    assert reverse("admin:articles_article_queue") in html and "Hàng chờ duyệt" in html


def test_the_return_comment_is_at_the_top_of_the_form_until_the_next_submission(client, editor, moderator,
                                                                                 desk_of_work):
    returned = desk_of_work["tra-lai"]
    client.force_login(editor)
    html = client.get(change_url(returned)).content.decode()
    top = html.index("Kiểm duyệt viên trả lại bài để sửa")
    assert html.index("Thiếu ảnh; kiểm tra lại chức danh.") < html.index('id="article_form"')
    assert top < html.index('id="article_form"')
    services.article_submit(article=returned, actor=editor)
    assert return_note(returned) is None
    client.force_login(moderator)
    html = client.get(change_url(returned)).content.decode()
    assert "Kiểm duyệt viên trả lại bài để sửa" not in html and "Thiếu ảnh; kiểm tra lại chức danh." in html  # timeline


def test_the_latest_return_is_the_one_shown(editor, moderator, desk_of_work):
    returned = desk_of_work["tra-lai"]
    services.article_submit(article=returned, actor=editor)
    services.article_return(article=returned, actor=moderator, comment="Lần hai: sửa tiêu đề.")
    note = return_note(returned)
    assert note.comment == "Lần hai: sửa tiêu đề." and returned.status == Status.DRAFT


def test_restoring_on_a_live_article_says_it_makes_a_proposal(client, editor):
    from tests.workflow.conftest import snapshot_of

    live = make_article("Bài đang đăng", author=editor)
    services.article_save_draft(article=live, actor=editor, content={**snapshot_of(live), "title": "Sửa lần một"})
    client.force_login(editor)
    page = client.get(reverse("admin:articles_article_revisions", args=[live.pk])).content.decode()
    assert "Khôi phục vào bản đề xuất" in page and "Khôi phục thành bản nháp" not in page
    assert "bạn đọc vẫn thấy bản hiện tại" in page
    first = live.revisions.order_by("number").first()
    response = client.post(reverse("admin:articles_article_restore", args=[live.pk, first.pk]), follow=True)
    assert "vào bản đề xuất" in response.content.decode()
    live.refresh_from_db()
    assert live.title == "Bài đang đăng" and live.status == Status.PUBLISHED  # nothing published by a restore


def test_restoring_on_a_draft_still_says_draft(client, editor):
    from tests.workflow.conftest import snapshot_of

    draft = draft_by(editor, title="Bản nháp có lịch sử")
    services.article_save_draft(article=draft, actor=editor, content=snapshot_of(draft))
    client.force_login(editor)
    page = client.get(reverse("admin:articles_article_revisions", args=[draft.pk])).content.decode()
    assert "Khôi phục thành bản nháp" in page and "Khôi phục vào bản đề xuất" not in page
