"""Scheduling is typed as dd/mm/yyyy HH:MM in Vietnam time, whatever the browser's language, and shown the same
way in the status, the timeline and the revision list."""

import datetime
import zoneinfo

import pytest
from django.urls import reverse
from django.utils import timezone

from articles.models import Article
from tests.workflow.conftest import draft_by
from workflow import services
from workflow.admin.forms import PublishForm

pytestmark = pytest.mark.django_db

VIETNAM = zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")


def tomorrow_at_eight():
    day = timezone.localtime(timezone.now(), VIETNAM).date() + datetime.timedelta(days=1)
    return datetime.datetime.combine(day, datetime.time(8, 0), tzinfo=VIETNAM)


def test_the_field_is_a_text_box_with_the_format_written_in_it():
    html = str(PublishForm()["publish_at"])
    assert 'type="text"' in html and 'placeholder="dd/mm/yyyy hh:mm"' in html and "datetime-local" not in html


@pytest.mark.parametrize("typed", ["{d:%d/%m/%Y} 08:00", " {d:%d/%m/%Y}   08:00 ", "{d.day}/{d.month}/{d.year} 8:00"])
def test_day_first_vietnam_time_is_read_as_such(typed, settings):
    settings.TIME_ZONE = "UTC"  # the server's zone must not change what the moderator meant
    when = tomorrow_at_eight()
    form = PublishForm({"publish_at": typed.format(d=when), "comment": ""})
    assert form.is_valid(), form.errors
    assert form.cleaned_data["publish_at"] == when
    assert form.cleaned_data["publish_at"].astimezone(datetime.UTC).hour == 1  # 08:00 in Hà Nội is 01:00 UTC


@pytest.mark.parametrize("typed", ["12/31/2026 08:00", "31/12/2026", "ngày mai 8 giờ", "31/12/2026 08:00 AM",
                                   "32/01/2027 08:00", "٣١/١٢/٢٠٢٦ ٠٨:٠٠"])
def test_a_value_that_is_not_a_day_first_time_gets_a_vietnamese_error(typed):
    form = PublishForm({"publish_at": typed, "comment": ""})
    assert not form.is_valid()
    assert form.errors["publish_at"] == [
        "Thời điểm không hợp lệ. Nhập theo dạng ngày/tháng/năm giờ:phút (24 giờ), ví dụ 01/12/2026 08:00."]


def test_a_stored_time_comes_back_into_the_box_the_same_way():
    form = PublishForm(initial={"publish_at": tomorrow_at_eight().astimezone(datetime.UTC)})
    assert f'value="{tomorrow_at_eight():%d/%m/%Y} 08:00"' in str(form["publish_at"])


def test_approving_with_a_typed_time_schedules_it_and_the_timeline_says_it_day_first(client, editor, moderator):
    article = draft_by(editor, title="Bài hẹn giờ")
    services.article_submit(article=article, actor=editor)
    when = tomorrow_at_eight()
    client.force_login(moderator)
    response = client.post(reverse("admin:articles_article_action", args=[article.pk, "approve"]),
                           {"comment": "", "publish_at": f"{when:%d/%m/%Y} 08:00"})
    assert response.status_code == 302
    assert Article.objects.get(pk=article.pk).publish_at == when
    html = client.get(reverse("admin:articles_article_change", args=[article.pk])).content.decode()
    assert f"Hẹn giờ xuất bản lúc {when:%d/%m/%Y} 08:00" in html
    assert f"xuất bản lúc {when:%d/%m/%Y} 08:00" in html[html.index("Nhật ký quy trình"):]


def test_a_bad_value_keeps_what_was_typed_with_the_message(client, editor, moderator):
    article = draft_by(editor, title="Bài hẹn giờ sai")
    services.article_submit(article=article, actor=editor)
    client.force_login(moderator)
    response = client.post(reverse("admin:articles_article_action", args=[article.pk, "approve"]),
                           {"comment": "Nhớ kiểm tra ảnh.", "publish_at": "12/31/2026 08:00"})
    html = response.content.decode()
    assert response.status_code == 400 and "ví dụ 01/12/2026 08:00" in html
    assert 'value="12/31/2026 08:00"' in html and "Nhớ kiểm tra ảnh." in html


def test_diffs_show_dates_day_first():
    from workflow.diff import snapshot_diff

    diff = snapshot_diff({"event_date": "2026-11-30"}, {"event_date": "2026-12-01"})
    event = next(f for f in diff["fields"] if f.label == "Ngày diễn ra sự kiện")
    assert [(s.op, s.text) for s in event.segments if s.op != "equal"] == [("delete", "30"), ("insert", "01"),
                                                                            ("delete", "11"), ("insert", "12")]
    assert "".join(s.text for s in event.segments if s.op != "delete") == "01/12/2026"


def test_the_revision_list_shows_times_day_first(client, editor):
    article = draft_by(editor, title="Bài có phiên bản")
    from tests.workflow.conftest import snapshot_of

    revision = services.article_save_draft(article=article, actor=editor, content=snapshot_of(article))
    client.force_login(editor)
    html = client.get(reverse("admin:articles_article_revisions", args=[article.pk])).content.decode()
    assert timezone.localtime(revision.created_at, VIETNAM).strftime("%d/%m/%Y %H:%M") in html
