"""Moderation figures from a hand-built transition log: queue, decision-time percentiles per week, returns, desks."""

import datetime

from django.test import TestCase

from articles.models import Status
from dashboard.periods import PeriodChoice, period_for
from dashboard.stats.desks import per_desk
from dashboard.stats.moderation import queue_summary, returned_share, weekly_waits
from dashboard.stats.percentiles import percentile_cont
from tests.dashboard.history import NOW, cycle, log, vn
from tests.factories import make_article, make_user, topic
from workflow.models import Desk, Revision
from workflow.models.revisions import RevisionState
from workflow.models.transitions import Action


class ModerationFiguresTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        child_topic = topic("xay-dung-dang").children.first()
        cls.p1 = make_article("P1", publish_at=vn(2025, 11, 10, 10), provinces=["an-giang"])
        cycle(cls.p1, vn(2025, 11, 10, 8), vn(2025, 11, 10, 10))  # 2 h
        cls.p2 = make_article("P2", publish_at=vn(2025, 11, 11, 17), topics=[child_topic])
        cycle(cls.p2, vn(2025, 11, 10, 9), vn(2025, 11, 10, 13), Action.RETURN)  # 4 h, returned
        cycle(cls.p2, vn(2025, 11, 11, 9), vn(2025, 11, 11, 17))  # 8 h
        cls.p3 = make_article("P3", publish_at=vn(2025, 11, 20, 8))
        cycle(cls.p3, vn(2025, 11, 11, 23, 30), vn(2025, 11, 12, 0, 30), Action.SCHEDULE)  # 1 h
        # A change to a live article: proposed, then approved 12 hours later.
        cls.p4 = make_article("P4", publish_at=vn(2025, 10, 1, 8))
        log(cls.p4, Action.PROPOSE_CHANGE, vn(2025, 11, 12, 8), from_status=Status.PUBLISHED)
        log(cls.p4, Action.APPROVE_CHANGE, vn(2025, 11, 12, 20), from_status=Status.PUBLISHED)
        # Decided at 00:30 on Monday 10 November in Vietnam, still Sunday in UTC: it belongs to the week of the 10th.
        cls.p5 = make_article("P5", publish_at=vn(2025, 11, 10, 0, 30))
        cycle(cls.p5, vn(2025, 11, 9, 22, 30), vn(2025, 11, 10, 0, 30))  # 2 h
        cls.p6 = make_article("P6", status=Status.DRAFT)
        cycle(cls.p6, vn(2025, 11, 3, 8), vn(2025, 11, 4, 8), Action.RETURN)  # 24 h, previous week
        # The queue: two submissions and one pending change to a live article, the oldest.
        cls.q1 = make_article("Q1", status=Status.SUBMITTED, provinces=["an-giang"])
        log(cls.q1, Action.SUBMIT, vn(2025, 11, 15, 9), from_status=Status.DRAFT, to_status=Status.SUBMITTED)
        cls.q2 = make_article("Q2", status=Status.SUBMITTED)
        log(cls.q2, Action.SUBMIT, vn(2025, 11, 14, 8), from_status=Status.DRAFT, to_status=Status.SUBMITTED)
        cls.p7 = make_article("P7 đang đăng", publish_at=vn(2025, 9, 1, 8))
        Revision.objects.create(article=cls.p7, number=2, state=RevisionState.PENDING, snapshot={"title": "P7 sửa"})
        log(cls.p7, Action.PROPOSE_CHANGE, vn(2025, 11, 13, 7), from_status=Status.PUBLISHED)

        cls.west = Desk.objects.create(name="Ban miền Tây")
        cls.west.provinces.add(cls.p1.provinces.get())
        cls.party = Desk.objects.create(name="Ban Xây dựng Đảng")
        cls.party.topics.add(topic("xay-dung-dang"))
        cls.moderator = make_user(role="moderator")

    def setUp(self):
        self.period = period_for(PeriodChoice.DAYS_30, NOW)

    def test_percentile_fallback_matches_percentile_cont(self):
        self.assertEqual(percentile_cont([1, 2, 2, 4, 8, 12], 0.5), 3)
        self.assertEqual(percentile_cont([1, 2, 2, 4, 8, 12], 0.9), 10)
        self.assertEqual(percentile_cont([24], 0.9), 24)
        self.assertIsNone(percentile_cont([], 0.5))

    def test_the_dashboard_links_narrow_the_article_list(self):
        # The filters behind the links are the dashboard's additions to the workflow's article admin.
        self.client.force_login(self.moderator)
        url = "/quan-tri/articles/article/"
        decided = self.client.get(url, {"quyet_dinh": "2025-11-10..2025-11-16"}).context["cl"].result_list
        self.assertEqual({a.title for a in decided}, {"P1", "P2", "P3", "P4", "P5"})
        on_desk = self.client.get(url, {"ban": self.west.pk}).context["cl"].result_list
        self.assertEqual({a.title for a in on_desk}, {"P1", "Q1"})

    def test_weekly_median_and_90th_percentile(self):
        chart = weekly_waits(NOW)
        self.assertEqual(len(chart.rows), 12)
        self.assertEqual(chart.rows[-1].key, "2025-11-10")
        medians = {row.key: row.value for row in chart.rows}
        p90 = {row.key: row.value for row in chart.series[0]["rows"]}
        decided = {row.key: row.value for row in chart.series[1]["rows"]}
        # Week of the 10th: 1, 2, 2, 4, 8 and 12 hours.
        self.assertEqual((medians["2025-11-10"], p90["2025-11-10"], decided["2025-11-10"]), (3.0, 10.0, 5))
        self.assertEqual((medians["2025-11-03"], p90["2025-11-03"], decided["2025-11-03"]), (24.0, 24.0, 1))
        self.assertIsNone(medians["2025-10-27"])
        self.assertEqual(decided["2025-10-27"], 0)

    def test_share_returned_for_changes(self):
        share = returned_share(self.period)
        self.assertEqual((share["n"], share["returned"], share["share"]), (7, 2, 28.6))

    def test_queue_size_and_oldest_item(self):
        queue = queue_summary(NOW)
        self.assertEqual((queue["total"], queue["new"], queue["changes"]), (3, 2, 1))
        self.assertEqual(queue["oldest"]["title"], "P7 đang đăng")
        self.assertEqual(queue["oldest"]["since"], vn(2025, 11, 13, 7))
        self.assertEqual(queue["oldest"]["waiting"], "3 ngày 3 giờ")

    def test_per_desk(self):
        chart = per_desk(self.period)
        rows = {row.label: [row.value] + [extra["rows"][i].value for extra in chart.series]
                for i, row in enumerate(chart.rows)}
        # queue, median, p90, % returned, articles decided
        self.assertEqual(rows["Ban miền Tây"], [1, 2.0, 2.0, 0.0, 1])
        self.assertEqual(rows["Ban Xây dựng Đảng"], [0, 6.0, 7.6, 50.0, 1])

    def test_many_desks_are_counted_in_groups_with_the_same_figures(self):
        # Desks share a bit mask per query; more than fit in one are taken in groups.
        for n in range(70):
            Desk.objects.create(name=f"Ban thử {n:02d}")
        chart = per_desk(self.period)
        rows = {row.label: [row.value] + [extra["rows"][i].value for extra in chart.series]
                for i, row in enumerate(chart.rows)}
        self.assertEqual(len(rows), 72)
        self.assertEqual(rows["Ban miền Tây"], [1, 2.0, 2.0, 0.0, 1])
        self.assertEqual(rows["Ban Xây dựng Đảng"], [0, 6.0, 7.6, 50.0, 1])
        self.assertEqual(rows["Ban thử 69"], [0, None, None, None, 0])

    def test_no_desks_no_desk_table(self):
        Desk.objects.all().delete()
        self.assertIsNone(per_desk(self.period))

    def assert_link_count(self, url, expected):
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200, url)
        self.assertEqual(response.context["cl"].result_count, expected, url)

    def test_links_open_exactly_the_decided_articles(self):
        self.client.force_login(self.moderator)
        chart = weekly_waits(NOW)
        for row in chart.series[1]["rows"]:
            if row.key in {"2025-11-10", "2025-11-03", "2025-10-27"}:
                self.assert_link_count(row.url, row.value)
        self.assert_link_count(returned_share(self.period)["url"], 6)
        self.assert_link_count(queue_summary(NOW)["new_url"], 2)
        desks = per_desk(self.period)
        for i, row in enumerate(desks.rows):
            self.assert_link_count(row.url, row.value)
            decided = desks.series[3]["rows"][i]
            self.assert_link_count(decided.url, decided.value)


class DashboardPageModerationTests(TestCase):
    """The page itself, with decisions in the real current weeks."""

    @classmethod
    def setUpTestData(cls):
        from django.utils import timezone

        now = timezone.now()
        article = make_article("Bài đã duyệt", publish_at=now - datetime.timedelta(days=1), provinces=["an-giang"])
        cycle(article, now - datetime.timedelta(days=1, hours=5), now - datetime.timedelta(days=1))
        desk = Desk.objects.create(name="Ban miền Tây")
        desk.provinces.add(article.provinces.get())
        cls.moderator = make_user(role="moderator")

    def test_weekly_chart_and_desk_table_are_drawn_with_links(self):
        self.client.force_login(self.moderator)
        response = self.client.get("/quan-tri/")
        html = response.content.decode()
        self.assertIn('id="bieu-do-thoi-gian-duyet"', html)
        self.assertIn("Phân vị 90 (giờ)", html)
        self.assertIn("?quyet_dinh=", html)
        self.assertIn('id="bieu-do-ban-kiem-duyet"', html)
        self.assertIn("Ban miền Tây", html)
        self.assertIn("5,0", html)  # five hours, written the Vietnamese way
        panels = response.context["dashboard"]["panels"]
        self.assertEqual(panels["thoi_gian_duyet"]["chart"].series[1]["rows"][-1].value
                         + panels["thoi_gian_duyet"]["chart"].series[1]["rows"][-2].value, 1)

    def test_bad_filter_values_in_links_never_crash_the_list(self):
        self.client.force_login(self.moderator)
        for query in ["quyet_dinh=abc", "quyet_dinh=2025-13-01..2025-13-07", "ban=x", "ban=999"]:
            response = self.client.get(f"/quan-tri/articles/article/?{query}")
            self.assertIn(response.status_code, {200, 302}, query)
