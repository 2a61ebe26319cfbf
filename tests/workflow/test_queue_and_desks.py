"""The moderation queue, desks, and who is told about what."""

import datetime

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from articles.models import Status
from tests.factories import make_article, make_topic, province, topic
from tests.workflow.conftest import draft_by, make_role_user, snapshot_of
from workflow import services
from workflow.models import Desk, Transition
from workflow.selectors import moderation_queue

pytestmark = pytest.mark.django_db

QUEUE = reverse("admin:articles_article_queue")


def submit(article, editor, *, hours_ago):
    services.article_submit(article=article, actor=editor)
    Transition.objects.filter(article=article).update(created_at=timezone.now() - datetime.timedelta(hours=hours_ago))


@pytest.fixture
def desks(db):
    south = make_role_user("moderator", "mien_nam")
    party = make_role_user("moderator", "xay_dung_dang")
    other = make_role_user("moderator", "khac")
    desk = Desk.objects.create(name="Ban miền Nam")
    desk.moderators.add(south)
    desk.provinces.add(province("kien-giang"))
    topical = Desk.objects.create(name="Ban Xây dựng Đảng")
    topical.moderators.add(party)
    topical.topics.add(topic("xay-dung-dang"))
    return {"south": south, "party": party, "other": other}


def test_the_queue_lists_waiting_items_oldest_first_with_waiting_time(client, editor, moderator):
    newer = draft_by(editor, title="Bài mới gửi", provinces=["an-giang"])
    older = draft_by(editor, title="Bài gửi từ hôm qua", provinces=["an-giang"])
    submit(newer, editor, hours_ago=1)
    submit(older, editor, hours_ago=26)
    live = make_article("Bài đang đăng", author=editor)
    services.article_save_draft(article=live, actor=editor, content=dict(snapshot_of(live), title="Bài đang đăng, sửa"))
    Transition.objects.filter(article=live).update(created_at=timezone.now() - datetime.timedelta(hours=3))
    client.force_login(moderator)
    html = client.get(QUEUE).content.decode()
    assert html.index("Bài gửi từ hôm qua") < html.index("Bài đang đăng, sửa") < html.index("Bài mới gửi")
    assert "1 ngày 2 giờ" in html and "Sửa bài đang đăng" in html
    assert reverse("admin:articles_article_review", args=[older.pk]) in html


def test_the_queue_is_for_moderators(client, editor):
    client.force_login(editor)
    assert client.get(QUEUE).status_code == 403


def test_a_moderator_sees_their_desk_first(editor, desks):
    far = draft_by(editor, title="Bài Hà Nội", provinces=["ha-noi"])
    near = draft_by(editor, title="Bài Kiên Giang", provinces=["kien-giang"])
    submit(far, editor, hours_ago=10)
    submit(near, editor, hours_ago=1)
    assert [i.article.title for i in moderation_queue(desks["south"])] == ["Bài Kiên Giang", "Bài Hà Nội"]
    assert [i.article.title for i in moderation_queue(desks["other"])] == ["Bài Hà Nội", "Bài Kiên Giang"]


def test_desk_matching_includes_sub_topics(editor, desks):
    child = make_topic("Công tác cán bộ", parent=topic("xay-dung-dang"))
    article = draft_by(editor, provinces=["ha-noi"], topics=[child])
    submit(article, editor, hours_ago=1)
    assert moderation_queue(desks["party"])[0].on_my_desk


def test_only_the_desk_is_notified_when_a_desk_matches(editor, desks, django_capture_on_commit_callbacks):
    article = draft_by(editor, provinces=["kien-giang"], topics=[])
    with django_capture_on_commit_callbacks(execute=True):
        services.article_submit(article=article, actor=editor)
    assert [m.to for m in mail.outbox] == [[desks["south"].email]]


def test_everyone_is_notified_when_no_desk_matches(editor, desks, django_capture_on_commit_callbacks):
    article = draft_by(editor, provinces=["ha-noi"], topics=[])
    with django_capture_on_commit_callbacks(execute=True):
        services.article_submit(article=article, actor=editor)
    assert sorted(m.to[0] for m in mail.outbox) == sorted(u.email for u in desks.values())


def test_a_proposed_change_notifies_the_desk_of_the_proposal(editor, desks, django_capture_on_commit_callbacks):
    live = make_article(author=editor, provinces=["ha-noi"])
    content = dict(snapshot_of(live), provinces=[{"id": province("kien-giang").pk, "name": "Kiên Giang"}])
    with django_capture_on_commit_callbacks(execute=True):
        services.article_save_draft(article=live, actor=editor, content=content)
    assert [m.to for m in mail.outbox] == [[desks["south"].email]]
    assert "Đề xuất sửa" in mail.outbox[0].subject


def test_moderators_see_the_count_on_the_admin_index(client, editor, moderator):
    submit(draft_by(editor), editor, hours_ago=1)
    client.force_login(moderator)
    assert "Hàng chờ duyệt: 1 mục" in client.get(reverse("admin:index")).content.decode()
    client.force_login(editor)
    assert "Hàng chờ duyệt" not in client.get(reverse("admin:index")).content.decode()


def test_review_of_a_resubmitted_article_compares_with_what_was_last_submitted(client, editor, moderator):
    article = draft_by(editor, title="Tiêu đề lần một", provinces=["kien-giang"], topics=["xay-dung-dang"])
    services.article_save_draft(article=article, actor=editor, content=snapshot_of(article))
    services.article_submit(article=article, actor=editor)
    services.article_return(article=article, actor=moderator, comment="Sửa tiêu đề.")
    services.article_save_draft(article=article, actor=editor, content=dict(snapshot_of(article), title="Tiêu đề lần hai"))
    services.article_submit(article=article, actor=editor)
    client.force_login(moderator)
    html = client.get(reverse("admin:articles_article_review", args=[article.pk])).content.decode()
    assert "<del>một</del>" in html and "<ins>hai</ins>" in html
    assert "Bản gửi duyệt trước (phiên bản 1)" in html


def test_review_of_a_first_submission_shows_everything_as_new(client, editor, moderator):
    article = draft_by(editor, title="Bài hoàn toàn mới")
    services.article_submit(article=article, actor=editor)
    client.force_login(moderator)
    html = client.get(reverse("admin:articles_article_review", args=[article.pk])).content.decode()
    assert "<ins>Bài hoàn toàn mới</ins>" in html


def test_review_of_a_live_change_compares_with_the_live_version_and_approves_from_there(client, editor, moderator):
    live = make_article("Tiêu đề đang đăng", author=editor)
    proposal = services.article_save_draft(article=live, actor=editor,
                                           content=dict(snapshot_of(live), title="Tiêu đề đã sửa"))
    client.force_login(moderator)
    review = reverse("admin:articles_article_review", args=[live.pk])
    html = client.get(review).content.decode()
    assert "<del>đang đăng</del>" in html and "<ins>đã sửa</ins>" in html
    url = reverse("admin:articles_article_pending_decision", args=[live.pk, proposal.pk, "approve"])
    refused = client.post(url, {"is_correction": "on", "correction_note": ""})
    assert refused.status_code == 400 and "nội dung đính chính" in refused.content.decode()
    assert client.post(url, {"comment": ""}).status_code == 302
    live.refresh_from_db()
    assert live.title == "Tiêu đề đã sửa" and live.status == Status.PUBLISHED


def test_a_long_queue_is_shown_fifty_at_a_time_oldest_first(client, editor, moderator):
    for hours in range(1, 56):
        submit(draft_by(editor, title=f"Bài chờ {hours:02d} giờ"), editor, hours_ago=hours)
    client.force_login(moderator)
    first = client.get(QUEUE).content.decode()
    assert "55 mục đang chờ" in first and "Trang 1/2" in first and "Đang xem mục 1–50." in first
    assert first.index("Bài chờ 55 giờ") < first.index("Bài chờ 06 giờ")
    assert "Bài chờ 05 giờ" not in first and 'href="?page=2"' in first
    second = client.get(QUEUE, {"page": 2}).content.decode()
    assert "Trang 2/2" in second and "Bài chờ 55 giờ" not in second
    assert second.index("Bài chờ 05 giờ") < second.index("Bài chờ 01 giờ")
    # A page number that is not one shows the first page, one past the end the last: never an error.
    assert "Trang 1/2" in client.get(QUEUE, {"page": "abc"}).content.decode()
    assert "Trang 2/2" in client.get(QUEUE, {"page": 99}).content.decode()


def test_the_queue_page_reads_a_fixed_number_of_rows_however_long_the_queue(
    client, editor, moderator, django_assert_max_num_queries,
):
    for hours in range(1, 4):
        submit(draft_by(editor, provinces=["ha-noi"]), editor, hours_ago=hours)
    client.force_login(moderator)
    client.get(QUEUE)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as few:
        client.get(QUEUE)
    for hours in range(4, 80):
        submit(draft_by(editor, provinces=["ha-noi", "kien-giang"]), editor, hours_ago=hours)
    with django_assert_max_num_queries(len(few)):
        html = client.get(QUEUE).content.decode()
    assert "79 mục đang chờ" in html


def test_desk_items_come_first_across_pages(editor, desks):
    from workflow.selectors import queue_keys

    for hours in range(1, 4):
        submit(draft_by(editor, provinces=["ha-noi"]), editor, hours_ago=100 + hours)
    mine = draft_by(editor, provinces=["kien-giang"])
    submit(mine, editor, hours_ago=1)
    keys = queue_keys(desks["south"])
    assert [k.on_my_desk for k in keys] == [True, False, False, False]
    assert keys[0].pk == mine.pk
    assert [k.waiting_since for k in keys[1:]] == sorted(k.waiting_since for k in keys[1:])
