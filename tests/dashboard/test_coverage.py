"""The numbers behind the coverage charts, against hand-built articles, in Vietnam time."""

import datetime
from zoneinfo import ZoneInfo

from django.test import TestCase

from articles.models import Status
from dashboard.periods import PeriodChoice, period_for
from dashboard.stats.coverage import coverage_by_month, coverage_by_province, coverage_by_topic, top_officials
from tests.factories import make_article, make_official, make_topic

VN = ZoneInfo("Asia/Ho_Chi_Minh")
NOW = datetime.datetime(2025, 11, 16, 10, 0, tzinfo=VN)


def vn(*args):
    return datetime.datetime(*args, tzinfo=VN)


def values(chart):
    return {row.key: row.value for row in chart.rows}


class CoverageNumbersTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.topic_a = make_topic("Chủ đề thử A")
        cls.topic_b = make_topic("Chủ đề thử B", parent=cls.topic_a)
        cls.x = make_official("Nguyễn Văn Xuân")
        cls.y = make_official("Trần Thị Yến")
        cls.z = make_official("Lê Văn Zũng")
        # 00:10 on the first day of the 7-day window, Vietnam time (still the 9th in UTC).
        make_article("A1", publish_at=vn(2025, 11, 10, 0, 10), provinces=["an-giang"], topics=[cls.topic_a],
                     officials=[cls.x])
        # Kiên Giang merged into An Giang on 1 July 2025: counted there unless split.
        make_article("A2", publish_at=vn(2025, 11, 12, 9), provinces=["kien-giang"], officials=[cls.x])
        # Tagged with both the new unit and a predecessor: one article, counted once when merged.
        make_article("A3", publish_at=vn(2025, 11, 13, 9), provinces=["an-giang", "kien-giang"],
                     topics=[cls.topic_a, cls.topic_b], officials=[cls.y])
        # 00:30 on 1 November in Vietnam is 31 October 17:30 UTC: it belongs to November.
        make_article("A4", publish_at=vn(2025, 11, 1, 0, 30), provinces=["ha-noi"], topics=[cls.topic_b])
        make_article("A5", publish_at=vn(2025, 10, 31, 23, 30), provinces=["da-nang-truoc-2025"])
        # 23:50 on the 9th: inside 30 days, outside the 7 days that start on the 10th.
        make_article("A6", publish_at=vn(2025, 11, 9, 23, 50), provinces=["quang-nam"])
        make_article("A7 cũ", publish_at=vn(2025, 6, 15, 12), provinces=["quang-nam"])
        make_article("A8 trước 12 tháng", publish_at=vn(2024, 11, 30, 23, 59), provinces=["ha-noi"])
        # Never counted: a draft, a submission, a withdrawn article, and one scheduled after "now".
        make_article("Nháp", status=Status.DRAFT, provinces=["an-giang"], topics=[cls.topic_a], officials=[cls.z])
        make_article("Chờ duyệt", status=Status.SUBMITTED, provinces=["an-giang"], officials=[cls.z])
        make_article("Đã gỡ", status=Status.WITHDRAWN, provinces=["an-giang"], officials=[cls.z])
        make_article("Hẹn giờ", publish_at=vn(2025, 11, 16, 10, 5), provinces=["an-giang"], topics=[cls.topic_a],
                     officials=[cls.z])

    def setUp(self):
        self.month = period_for(PeriodChoice.DAYS_30, NOW)
        self.week = period_for(PeriodChoice.DAYS_7, NOW)

    def test_periods_start_at_midnight_in_vietnam(self):
        self.assertEqual(self.week.start, vn(2025, 11, 10))
        self.assertEqual(self.month.start, vn(2025, 10, 18))
        self.assertEqual(self.month.end, NOW)

    def test_one_bar_per_current_province_with_zeros_shown(self):
        chart = coverage_by_province(self.month)
        self.assertEqual(len(chart.rows), 34)
        counts = values(chart)
        self.assertEqual(counts["an-giang"], 3)  # A1, A2 via Kiên Giang, A3 once
        self.assertEqual(counts["ha-noi"], 1)
        self.assertEqual(counts["da-nang"], 2)  # A5 from Đà Nẵng (before 2025), A6 from Quảng Nam
        self.assertEqual(counts["cao-bang"], 0)
        self.assertEqual(sum(counts.values()), 6)

    def test_day_boundary_is_vietnam_midnight(self):
        counts = values(coverage_by_province(self.week))
        self.assertEqual(counts["an-giang"], 3)  # A1 at 00:10 on the 10th is in
        self.assertEqual(counts["da-nang"], 0)  # A6 at 23:50 on the 9th is out

    def test_split_shows_former_units_under_their_successor(self):
        chart = coverage_by_province(self.month, split=True)
        keys = [row.key for row in chart.rows]
        an_giang = keys.index("an-giang")
        self.assertEqual(set(keys[an_giang + 1:an_giang + 3]), {"kien-giang", "an-giang-truoc-2025"})
        counts = values(chart)
        self.assertEqual((counts["an-giang"], counts["kien-giang"], counts["an-giang-truoc-2025"]), (2, 2, 0))
        self.assertEqual(counts["da-nang"], 0)
        self.assertEqual(counts["da-nang-truoc-2025"], 1)
        self.assertEqual(counts["quang-nam"], 1)
        former = {row.key for row in chart.rows if row.level == 1}
        self.assertIn("thua-thien-hue", former)
        self.assertEqual(len(chart.rows) - len(former), 34)

    def test_topics_count_direct_tags_and_show_every_topic(self):
        chart = coverage_by_topic(self.month)
        counts = values(chart)
        self.assertEqual(counts[self.topic_a.slug], 2)
        self.assertEqual(counts[self.topic_b.slug], 2)
        self.assertEqual(counts["kinh-te"], 0)
        rows = {row.key: row for row in chart.rows}
        self.assertEqual(rows[self.topic_b.slug].level, 1)

    def test_months_use_vietnam_time_and_cover_twelve_months(self):
        chart = coverage_by_month(NOW)
        self.assertEqual([row.key for row in chart.rows][:2], ["2024-12", "2025-01"])
        self.assertEqual(len(chart.rows), 12)
        counts = values(chart)
        self.assertEqual(counts["2025-11"], 5)  # A1, A2, A3, A4 (00:30 on the 1st), A6
        self.assertEqual(counts["2025-10"], 1)  # A5 only
        self.assertEqual(counts["2025-06"], 1)
        self.assertEqual(counts["2024-12"], 0)  # A8 was 30 November 2024
        self.assertEqual(sum(counts.values()), 7)

    def test_top_officials_ranked_by_articles_in_the_period(self):
        chart = top_officials(self.month)
        self.assertEqual([(row.label, row.value) for row in chart.rows], [("Nguyễn Văn Xuân", 2), ("Trần Thị Yến", 1)])
        self.assertEqual(chart.rows[0].extra["public_url"], self.x.get_absolute_url())

    def test_top_officials_keeps_only_the_limit(self):
        self.assertEqual([row.label for row in top_officials(self.month, limit=1).rows], ["Nguyễn Văn Xuân"])

    def test_custom_period(self):
        period = period_for(PeriodChoice.CUSTOM, NOW, datetime.date(2025, 10, 31), datetime.date(2025, 10, 31))
        self.assertEqual(values(coverage_by_province(period))["da-nang"], 1)
        period = period_for(PeriodChoice.CUSTOM, NOW, datetime.date(2025, 11, 1), datetime.date(2025, 11, 1))
        self.assertEqual(values(coverage_by_province(period))["ha-noi"], 1)
        self.assertEqual(values(coverage_by_province(period))["da-nang"], 0)


class LinksMatchCountsTests(TestCase):
    """Every bar and point opens the admin list of exactly the articles it counts."""

    @classmethod
    def setUpTestData(cls):
        from tests.factories import make_user

        CoverageNumbersTests.setUpTestData.__func__(cls)
        cls.moderator = make_user(role="moderator")

    def assert_links_match(self, chart):
        self.client.force_login(self.moderator)
        checked = 0
        for row in chart.rows:
            if not row.value and checked and row.level == 0:
                continue  # one zero bar is enough; every non-zero bar is checked
            response = self.client.get(row.url)
            self.assertEqual(response.status_code, 200, row.url)
            self.assertEqual(response.context["cl"].result_count, row.value, f"{row.label}: {row.url}")
            checked += 1
        self.assertGreater(checked, 1)

    def test_province_links(self):
        self.assert_links_match(coverage_by_province(period_for(PeriodChoice.DAYS_30, NOW)))

    def test_split_province_links(self):
        self.assert_links_match(coverage_by_province(period_for(PeriodChoice.DAYS_30, NOW), split=True))

    def test_topic_links(self):
        self.assert_links_match(coverage_by_topic(period_for(PeriodChoice.DAYS_30, NOW)))

    def test_month_links(self):
        self.assert_links_match(coverage_by_month(NOW))

    def test_official_links(self):
        self.assert_links_match(top_officials(period_for(PeriodChoice.DAYS_30, NOW)))
