"""The stored figures of finished days give the same dashboard as counting everything live, and follow late writes."""

import datetime

import pytest

from articles.models import Article, Status
from dashboard.models import DayFigures
from dashboard.periods import PeriodChoice, period_for
from dashboard.stats import collect
from dashboard.stats.days import PeriodFigures, fill
from tests.dashboard.history import NOW, cycle, log, vn
from tests.factories import make_article, make_official, make_user, province, topic
from workflow.models import Desk
from workflow.models.transitions import Action
from workflow.services import HistoryStep, PastRecord, article_import_history, articles_import_history

pytestmark = pytest.mark.django_db


def published(title, at, **links):
    article = make_article(title, publish_at=at, **links)
    cycle(article, at - datetime.timedelta(hours=len(title) % 7 + 1, minutes=17), at)
    return article


@pytest.fixture
def newsroom():
    x, y = make_official("Nguyễn Văn Xuân"), make_official("Trần Thị Yến")
    child = topic("xay-dung-dang").children.first()
    articles = {
        # Either side of midnight in Vietnam, which is still the previous day in UTC.
        "late": published("Tin 23 giờ 50", vn(2025, 11, 9, 23, 50), provinces=["kien-giang"], officials=[x]),
        "early": published("Tin 0 giờ 10", vn(2025, 11, 10, 0, 10), provinces=["an-giang", "kien-giang"],
                           topics=[child], officials=[x, y]),
        "party": published("Tin xây dựng Đảng", vn(2025, 11, 12, 9), provinces=["ha-noi"],
                           topics=["xay-dung-dang"], officials=[y]),
        "old": published("Tin tháng Chín", vn(2025, 9, 3, 8), provinces=["an-giang"], topics=["kinh-te"]),
        "january": published("Tin tháng Giêng", vn(2025, 1, 20, 14), provinces=["ha-noi"], officials=[x]),
        "today": published("Tin hôm nay", vn(2025, 11, 16, 8), provinces=["an-giang"], officials=[y]),
    }
    returned = make_article("Bài bị trả lại", status=Status.DRAFT, provinces=["an-giang"])
    cycle(returned, vn(2025, 11, 3, 8), vn(2025, 11, 4, 8), Action.RETURN)
    cycle(returned, vn(2025, 11, 11, 23, 30), vn(2025, 11, 12, 0, 30), Action.RETURN)
    live = articles["old"]
    log(live, Action.PROPOSE_CHANGE, vn(2025, 11, 12, 8), from_status=Status.PUBLISHED)
    log(live, Action.APPROVE_CHANGE, vn(2025, 11, 13, 20), from_status=Status.PUBLISHED)
    # A decision with no submission on record (imported history): counted, but it has no wait.
    log(make_article("Không có lượt gửi", publish_at=vn(2025, 11, 14, 9)), Action.PUBLISH, vn(2025, 11, 14, 9))
    west = Desk.objects.create(name="Ban miền Tây", include_former_units=True)
    west.provinces.add(province("an-giang"))
    party = Desk.objects.create(name="Ban Xây dựng Đảng")
    party.topics.add(topic("xay-dung-dang"))
    return articles


def shown(period, *, split=False, live=False):
    """Every number of every chart (rows and series, in order) and the share returned."""
    data = collect(period, split=split, use_cache=False, live=live)
    charts = {
        slug: [[(row.key, row.value) for row in rows] for rows in [chart.rows, *[s["rows"] for s in chart.series]]]
        for slug, chart in data["charts"].items()
    }
    returned = {key: data["moderation"]["returned"][key] for key in ("n", "returned", "share")}
    return charts, returned


PERIODS = [
    period_for(PeriodChoice.DAYS_7, NOW),
    period_for(PeriodChoice.DAYS_30, NOW),
    period_for(PeriodChoice.QUARTER, NOW),
    period_for(PeriodChoice.YEAR, NOW),
    period_for(PeriodChoice.CUSTOM, NOW, datetime.date(2025, 11, 10), datetime.date(2025, 11, 10)),
    period_for(PeriodChoice.CUSTOM, NOW, datetime.date(2025, 1, 1), datetime.date(2025, 9, 30)),
    # Just after midnight: the day that has just ended is still counted live.
    period_for(PeriodChoice.DAYS_7, vn(2025, 11, 16, 0, 20)),
]


@pytest.mark.parametrize("period", PERIODS, ids=lambda p: f"{p.choice}-{p.first_day}-{p.now:%H%M}")
@pytest.mark.parametrize("split", [False, True])
def test_stored_days_give_the_live_figures(newsroom, period, split):
    live = shown(period, split=split, live=True)
    assert shown(period, split=split) == live  # the finished days computed and stored
    assert DayFigures.objects.filter(published__isnull=False).exists()
    assert shown(period, split=split) == live  # read back


def test_the_figures_are_not_all_zeros(newsroom):
    charts, returned = shown(period_for(PeriodChoice.DAYS_30, NOW))
    provinces = dict(charts["tinh-thanh"][0])
    assert provinces["an-giang"] == 3  # Kiên Giang merged into An Giang; "early" is tagged with both, counted once
    articles_decided = [value for _key, value in charts["ban-kiem-duyet"][4]]
    assert sorted(articles_decided) == [2, 5]
    assert returned["n"] == 8 and returned["returned"] == 2


def test_finished_days_are_read_back_not_counted_again(newsroom):
    period = period_for(PeriodChoice.YEAR, NOW)
    shown(period)
    DayFigures.objects.filter(day=datetime.date(2025, 1, 20)).update(published=40)
    charts, _returned = shown(period)
    assert dict(charts["theo-thang"][0])["2025-01"] == 40


def test_days_are_stored_in_vietnam_time_and_today_never(newsroom):
    PeriodFigures.load(period_for(PeriodChoice.DAYS_30, NOW))
    stored = {row.day: row for row in DayFigures.objects.filter(published__isnull=False)}
    assert stored[datetime.date(2025, 11, 9)].published == 1
    assert stored[datetime.date(2025, 11, 10)].published == 1
    # The second return was decided at 00:30 on the 12th in Vietnam (the 11th in UTC).
    assert stored[datetime.date(2025, 11, 12)].decisions[""][1] == 1
    assert datetime.date(2025, 11, 16) not in stored
    # What happens today shows at once, with nothing to invalidate.
    cycle(make_article("Quyết định lúc 9 giờ", status=Status.DRAFT), vn(2025, 11, 16, 7), vn(2025, 11, 16, 9),
          Action.RETURN)
    period = period_for(PeriodChoice.DAYS_7, NOW)
    assert shown(period) == shown(period, live=True)
    assert shown(period)[1]["returned"] == 2  # 00:30 on the 12th, and today


def test_a_late_import_for_a_past_day_makes_that_day_stale(newsroom):
    period = period_for(PeriodChoice.DAYS_30, NOW)
    before = shown(period)
    day = DayFigures.objects.get(day=datetime.date(2025, 11, 5))
    editor, moderator = make_user(role="editor"), make_user(role="moderator")
    article = make_article("Bài nhập kèm lịch sử", status=Status.DRAFT, provinces=["an-giang"], topics=["xay-dung-dang"])
    article_import_history(
        article=article, saved_by=editor, saved_at=vn(2025, 11, 4, 20),
        steps=[HistoryStep(editor, Action.SUBMIT, vn(2025, 11, 4, 22)),
               HistoryStep(moderator, Action.PUBLISH, vn(2025, 11, 5, 0, 15))],
        publish_at=vn(2025, 11, 5, 0, 15),
    )
    stale = DayFigures.objects.get(day=datetime.date(2025, 11, 5))
    assert stale.generation > day.generation and stale.published is None
    after = shown(period)
    assert after == shown(period, live=True)
    assert after != before and after[1]["n"] == before[1]["n"] + 1


def test_a_bulk_import_with_history_makes_its_days_stale(newsroom):
    period = period_for(PeriodChoice.QUARTER, NOW)
    shown(period)
    drafts = [make_article(f"Bài nhập {i}", status=Status.DRAFT, provinces=["ha-noi"], topics=["xay-dung-dang"])
              for i in range(3)]
    records = [
        PastRecord(article_id=draft.pk, publish_at=vn(2025, 10, 1 + i, 9), steps=(
            HistoryStep(None, Action.SUBMIT, vn(2025, 10, 1 + i, 6)),
            HistoryStep(None, Action.PUBLISH, vn(2025, 10, 1 + i, 9)),
        ))
        for i, draft in enumerate(drafts)
    ]
    articles_import_history(records=records, actor_name="Nhập từ hệ thống cũ")
    assert not DayFigures.objects.filter(day=datetime.date(2025, 10, 2), published__isnull=False).exists()
    assert shown(period) == shown(period, live=True)


def test_an_old_article_withdrawn_or_retagged_is_followed(newsroom):
    period = period_for(PeriodChoice.YEAR, NOW)
    shown(period)
    newsroom["party"].provinces.set([province("an-giang")])
    newsroom["party"].mentions.all().delete()
    Article.objects.filter(pk=newsroom["old"].pk).update(status=Status.WITHDRAWN)
    assert shown(period) == shown(period, live=True)
    assert shown(period, split=True) == shown(period, split=True, live=True)


def test_a_desk_given_more_provinces_is_counted_again(newsroom):
    period = period_for(PeriodChoice.DAYS_30, NOW)
    shown(period)
    Desk.objects.get(name="Ban Xây dựng Đảng").provinces.add(province("ha-noi"))
    Desk.objects.create(name="Ban Hà Nội").provinces.add(province("ha-noi"))
    assert shown(period) == shown(period, live=True)


def test_a_day_made_stale_while_it_was_computed_is_not_stored(newsroom):
    period = period_for(PeriodChoice.DAYS_30, NOW)
    figures = PeriodFigures.load(period)
    day = datetime.date(2025, 11, 12)
    read = DayFigures.objects.get(day=day).generation
    # A late write lands between reading the day's generation and storing what was computed from before it.
    log(newsroom["party"], Action.PROPOSE_CHANGE, vn(2025, 11, 12, 10), from_status=Status.PUBLISHED)
    computed = fill({day}, {day: read}, now=NOW, members=figures.members, desks=figures.desks,
                    scopes=figures.scopes, sign="")
    assert day in computed
    assert DayFigures.objects.get(day=day).published is None
    assert shown(period) == shown(period, live=True)
