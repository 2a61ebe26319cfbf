"""Who sees the dashboard, where it appears, the period chooser's messages, CSV export and markup rules."""

import csv
import datetime
import io
import re

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from tests.factories import make_article, make_official, make_user
from workflow.roles import ADMINISTRATOR_GROUP

pytestmark = pytest.mark.django_db
DASHBOARD = "/quan-tri/bang-so-lieu/"


@pytest.fixture
def coverage():
    now = timezone.now()
    official = make_official("=HYPERLINK(\"http://x\")")
    make_article("Tin Hà Nội", publish_at=now - datetime.timedelta(days=2), provinces=["ha-noi"],
                 topics=["kinh-te"], officials=[official])
    make_article("Tin Kiên Giang", publish_at=now - datetime.timedelta(days=3), provinces=["kien-giang"])
    return official


def test_anonymous_visitor_is_sent_to_the_admin_login(client):
    for url in [DASHBOARD, reverse("admin:index"), reverse("dashboard:csv", args=["tinh-thanh"])]:
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("admin:login"))


@pytest.mark.parametrize("role", ["editor", "moderator"])
def test_editors_and_moderators_land_on_the_dashboard(client, role, coverage):
    client.force_login(make_user(role=role))
    response = client.get(reverse("admin:index"))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="bang-so-lieu"' in html
    assert "Tin bài theo tỉnh, thành phố" in html
    assert "Quản lý nội dung" in html  # the app list is still there, below
    assert response.context["dashboard"]["panels"]["tinh_thanh"]["chart"].rows


@pytest.mark.parametrize("administrator", ["superuser", "group"])
def test_administrators_keep_the_app_list_with_a_link(client, administrator):
    if administrator == "superuser":
        user = make_user(role="admin")
    else:
        user = make_user(role="staff")
        user.groups.add(Group.objects.get(name=ADMINISTRATOR_GROUP))
    client.force_login(user)
    response = client.get(reverse("admin:index"))
    html = response.content.decode()
    assert 'id="bang-so-lieu"' not in html
    assert reverse("dashboard:index") in html
    assert client.get(DASHBOARD).status_code == 200


def test_staff_without_article_permission_is_refused(client):
    client.force_login(make_user(role="staff-only"))
    assert client.get(DASHBOARD).status_code == 403
    assert client.get(reverse("dashboard:csv", args=["tinh-thanh"])).status_code == 403
    assert 'id="bang-so-lieu"' not in client.get(reverse("admin:index")).content.decode()


@pytest.mark.parametrize("params, message", [
    ({"period": "tuy-chon", "date_from": "31/02/2025", "date_to": "01/03/2025"}, "Ngày không hợp lệ"),
    ({"period": "tuy-chon", "date_from": "2025-13-45", "date_to": "abc"}, "Ngày không hợp lệ"),
    ({"period": "tuy-chon", "date_from": "10/11/2025", "date_to": "01/11/2025"}, "Ngày bắt đầu phải trước"),
    ({"period": "tuy-chon", "date_from": "10/11/2025"}, "hãy nhập cả ngày bắt đầu và ngày kết thúc"),
    ({"period": "thang-muoi"}, "Khoảng thời gian không hợp lệ"),
    ({"period": "tuy-chon", "date_from": "01/01/1800", "date_to": "01/01/2025"}, "Năm phải nằm trong khoảng"),
])
def test_bad_dates_get_a_clear_vietnamese_message(client, params, message):
    client.force_login(make_user(role="editor"))
    response = client.get(DASHBOARD, params)
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html
    assert "đang hiển thị 30 ngày qua" in html
    assert response.context["period"].choice == "30-ngay"


def test_custom_dates_are_read_day_first(client):
    client.force_login(make_user(role="editor"))
    response = client.get(DASHBOARD, {"period": "tuy-chon", "date_from": "05/11/2025", "date_to": "16/11/2025"})
    period = response.context["period"]
    assert (period.first_day, period.last_day) == (datetime.date(2025, 11, 5), datetime.date(2025, 11, 16))
    assert "05/11/2025 – 16/11/2025" in response.content.decode()


@pytest.mark.parametrize("choice, days", [("7-ngay", 7), ("30-ngay", 30)])
def test_rolling_periods(client, choice, days):
    client.force_login(make_user(role="editor"))
    period = client.get(DASHBOARD, {"period": choice}).context["period"]
    assert (period.last_day - period.first_day).days == days - 1


def test_split_toggle(client, coverage):
    client.force_login(make_user(role="editor"))
    merged = client.get(DASHBOARD).context["dashboard"]["panels"]["tinh_thanh"]["chart"]
    split = client.get(DASHBOARD, {"split": "1"}).context["dashboard"]["panels"]["tinh_thanh"]["chart"]
    assert len(merged.rows) == 34
    assert {r.key: r.value for r in merged.rows}["an-giang"] == 1
    assert {r.key: r.value for r in split.rows}["kien-giang"] == 1
    assert {r.key: r.value for r in split.rows}["an-giang"] == 0
    assert "Gộp tỉnh cũ vào đơn vị kế thừa" in client.get(DASHBOARD, {"split": "1"}).content.decode()


def read_csv(response):
    body = response.content.decode("utf-8")
    assert body.startswith("\ufeff")
    return list(csv.reader(io.StringIO(body[1:])))


def test_csv_export_of_each_chart(client, coverage):
    client.force_login(make_user(role="moderator"))
    page = client.get(DASHBOARD)
    for slug, panel in page.context["dashboard"]["panels"].items():
        response = client.get(panel["csv_url"])
        assert response.status_code == 200, slug
        assert response["Content-Type"] == "text/csv; charset=utf-8"
        assert "attachment" in response["Content-Disposition"]
        rows = read_csv(response)
        chart = panel["chart"]
        assert rows[0][:3] == ["Mã", chart.label_heading, chart.value_label]
        assert len(rows) == len(chart.rows) + 1
        assert [row[2] for row in rows[1:]] == ["" if r.value is None else str(r.value) for r in chart.rows]
        assert all(row[-1].startswith("http://testserver/quan-tri/articles/article/?") for row in rows[1:])


def test_csv_keeps_the_period_and_split(client, coverage):
    client.force_login(make_user(role="editor"))
    url = reverse("dashboard:csv", args=["tinh-thanh"])
    rows = read_csv(client.get(url, {"period": "7-ngay", "split": "1"}))
    assert {row[0]: row[2] for row in rows[1:]}["kien-giang"] == "1"
    assert len(rows) > 35


def test_csv_cells_never_start_a_spreadsheet_formula(client, coverage):
    client.force_login(make_user(role="editor"))
    rows = read_csv(client.get(reverse("dashboard:csv", args=["nhan-vat"])))
    assert rows[1][1] == "'=HYPERLINK(\"http://x\")"


def test_unknown_chart_is_404(client):
    client.force_login(make_user(role="editor"))
    assert client.get(reverse("dashboard:csv", args=["khong-co"])).status_code == 404


def test_charts_are_accessible_svg_without_scripts_or_inline_styles(client, coverage):
    client.force_login(make_user(role="editor"))
    html = client.get(DASHBOARD).content.decode()
    dash = html[html.index('id="bang-so-lieu"'):html.index('id="footer"')]
    svgs = re.findall(r"<svg class=\"dash-svg\".*?</svg>", dash, re.S)
    assert len(svgs) == 4  # provinces, topics, months, officials; no decisions yet, so no waiting-time chart
    assert "Chưa có quyết định nào trong 12 tuần gần nhất." in dash
    for svg in svgs:
        assert re.search(r"<title id=\"svg-[\w-]+-title\">[^<]+</title>", svg)
        assert re.search(r"<desc id=\"svg-[\w-]+-desc\">[^<]+</desc>", svg)
        links = re.findall(r"<a href=\"([^\"]+)\"[^>]*>\s*<title>([^<]+)</title>", svg)
        assert links and all(href.startswith("/quan-tri/articles/article/?") for href, _title in links)
    assert dash.count("<details") == len(svgs)
    assert "<script" not in dash
    assert "style=" not in dash
    assert "Hà Nội: 1 tin" in dash


def test_number_of_queries_does_not_grow_with_articles(client, coverage, settings):
    settings.DASHBOARD_CACHE_SECONDS = 0
    client.force_login(make_user(role="editor"))
    client.get(DASHBOARD)  # stores the finished days
    with CaptureQueriesContext(connection) as few:
        client.get(DASHBOARD)
    now = timezone.now()

    def add(count):
        for i in range(count):
            official = make_official(f"Nhân vật {count}-{i}")
            make_article(f"Tin thêm {count}-{i}", publish_at=now - datetime.timedelta(days=i % 25, hours=1),
                         provinces=["ha-noi", "quang-nam"], topics=["kinh-te"], officials=[official])

    # Articles published on past days make those days stale: the next request computes them again, in a number
    # of queries that depends on the days, not on the articles.
    add(30)
    with CaptureQueriesContext(connection) as refill:
        client.get(DASHBOARD)
    with CaptureQueriesContext(connection) as many:
        client.get(DASHBOARD)
    add(60)
    with CaptureQueriesContext(connection) as refill_more:
        client.get(DASHBOARD)
    assert len(many) == len(few)
    assert len(refill_more) == len(refill)


def test_charts_are_cached_per_period_but_the_queue_is_live(client, coverage):
    from articles.models import Status

    client.force_login(make_user(role="moderator"))
    first = client.get(DASHBOARD).context["dashboard"]
    make_article("Tin mới", publish_at=timezone.now() - datetime.timedelta(minutes=5), provinces=["ha-noi"])
    make_article("Bài chờ duyệt", status=Status.SUBMITTED)
    again = client.get(DASHBOARD).context["dashboard"]
    counts = {r.key: r.value for r in again["panels"]["tinh_thanh"]["chart"].rows}
    assert counts["ha-noi"] == 1  # the cached figure, computed before the new article
    assert again["computed_at"] == first["computed_at"]
    assert again["moderation"]["queue"]["new"] == first["moderation"]["queue"]["new"] + 1
    other = client.get(DASHBOARD, {"period": "7-ngay"}).context["dashboard"]
    assert {r.key: r.value for r in other["panels"]["tinh_thanh"]["chart"].rows}["ha-noi"] == 2


def test_names_are_escaped_in_the_bars_and_the_tables(client):
    official = make_official('<script>alert("x")</script> Lê Văn A')
    make_article("Tin có tên lạ", publish_at=timezone.now() - datetime.timedelta(days=1), provinces=["ha-noi"],
                 officials=[official])
    client.force_login(make_user("bientap_esc", role="editor"))
    html = client.get(DASHBOARD).content.decode()
    assert "<script>alert" not in html
    assert html.count("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Lê Văn A") >= 2  # bar title and table row
    # Every bar's value is in its title and its table cell, localised the same way.
    bar = re.search(r'<a href="[^"]+" class="dash-bar dash-level0" data-value="1">\s*<title>Hà Nội: 1 [^<]*</title>',
                    html)
    assert bar is not None
