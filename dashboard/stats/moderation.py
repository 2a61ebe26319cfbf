"""Moderation figures from the workflow's transition log: the queue, decision times and returns.

A decision is paired with the submission it answers: the latest SUBMIT before it for a new article, the
latest PROPOSE_CHANGE for a change to a live one. Percentiles are computed by PostgreSQL; on SQLite only
the durations inside the window are fetched (one number each, at most MAX_FALLBACK_DURATIONS), never articles.
"""

import datetime

from django.core.cache import cache
from django.db import connections
from django.db.models import (
    BooleanField,
    Case,
    Count,
    DurationField,
    ExpressionWrapper,
    F,
    FloatField,
    Func,
    OuterRef,
    Q,
    Subquery,
    Value,
    When,
    Window,
)
from django.db.models.functions import Coalesce, TruncWeek
from django.urls import reverse
from django.utils.translation import gettext as _

from articles.models import Article, Status
from dashboard.admin_filters import (
    RETURNED_ACTIONS,
    decided_between,
    decided_range_value,
)
from dashboard.links import article_changelist
from dashboard.periods import VN_TZ, cap, vn_midnight, vn_today
from dashboard.stats.base import Chart, Row
from dashboard.stats.percentiles import PercentileCont, percentile_cont
from workflow.models import Revision, Transition
from workflow.models.transitions import Action

WEEKS_SHOWN = 12
FINISHED_WEEK_CACHE_SECONDS = 6 * 60 * 60
# The SQLite fallback reads at most this many durations per query; a newsroom decides far fewer in 12 weeks.
MAX_FALLBACK_DURATIONS = 100_000
CHANGE_DECISIONS = [Action.APPROVE_CHANGE, Action.REJECT_CHANGE]


def _latest(action):
    # Ordered by time alone (no id tie-break): the (article, created_at) index then returns the row
    # without a sort per decision, and a tie on created_at gives the same value anyway.
    return Subquery(
        Transition.objects.filter(article=OuterRef("article_id"), action=action, created_at__lte=OuterRef("created_at"))
        .order_by("-created_at").values("created_at")[:1]
    )


def decisions_with_wait(start, end):
    """Decision transitions in [start, end) with ``wait``: the time since the submission they answer.

    ``wait`` is NULL for a decision with no submission on record (imported history); percentiles skip it.
    """
    submitted_at = Case(
        When(action__in=CHANGE_DECISIONS, then=_latest(Action.PROPOSE_CHANGE)), default=_latest(Action.SUBMIT),
    )
    return decided_between(start, end).annotate(
        wait=ExpressionWrapper(F("created_at") - submitted_at, output_field=DurationField())
    )


def _uses_postgres(queryset):
    return connections[queryset.db].vendor == "postgresql"


def hours(seconds):
    return None if seconds is None else round(seconds / 3600, 1)


def wait_percentiles(queryset, group_by=None):
    """{group: (median seconds, 90th percentile seconds)} for the decisions in ``queryset`` that have a wait."""
    if _uses_postgres(queryset):
        seconds = Func(F("wait"), template="EXTRACT(EPOCH FROM %(expressions)s)", output_field=FloatField())
        figures = {"p": PercentileCont(seconds, [0.5, 0.9])}
        if group_by:
            grouped = queryset.order_by().values(group_by).annotate(**figures)
            return {row[group_by]: tuple(row["p"]) for row in grouped if row["p"] and row["p"][0] is not None}
        row = queryset.order_by().aggregate(**figures)
        return {None: tuple(row["p"])} if row["p"] and row["p"][0] is not None else {}
    fields = [group_by, "wait"] if group_by else ["wait"]
    durations = {}
    rows = queryset.order_by(*fields).values_list(*fields)[:MAX_FALLBACK_DURATIONS]
    for values in rows:
        if values[-1] is not None:
            durations.setdefault(values[0] if group_by else None, []).append(values[-1].total_seconds())
    return {
        key: (percentile_cont(waits, 0.5), percentile_cont(waits, 0.9))
        for key, waits in ((key, sorted(waits)) for key, waits in durations.items())
    }


def filtered_wait_percentiles(queryset, filters):
    """{name: (median seconds, 90th percentile seconds)}, one pair per named filter, in one query."""
    if _uses_postgres(queryset):
        seconds = Func(F("wait"), template="EXTRACT(EPOCH FROM %(expressions)s)", output_field=FloatField())
        row = queryset.order_by().aggregate(
            **{name: PercentileCont(seconds, [0.5, 0.9], filter=condition) for name, condition in filters.items()}
        )
        return {name: tuple(value) if value and value[0] is not None else (None, None) for name, value in row.items()}
    flags = {name: ExpressionWrapper(condition, output_field=BooleanField()) for name, condition in filters.items()}
    durations = {name: [] for name in filters}
    rows = queryset.filter(wait__isnull=False).annotate(**flags).order_by("wait")
    for values in rows.values_list("wait", *filters)[:MAX_FALLBACK_DURATIONS]:
        for name, flag in zip(filters, values[1:], strict=True):
            if flag:
                durations[name].append(values[0].total_seconds())
    return {name: (percentile_cont(waits, 0.5), percentile_cont(waits, 0.9)) for name, waits in durations.items()}


def _weekly_figures(mondays, end):
    """{monday: (median, 90th percentile, articles decided)} for the weeks starting at ``mondays``.

    The transition log only grows at its end (rows are stamped when written and never edited), so a
    finished week's figures are final: they come from the cache, and only the current week is queried.
    """
    finished = {monday: f"dashboard:week:{monday:%Y%m%d}" for monday in mondays[:-1]}
    figures = {monday: value for monday, key in finished.items() if (value := cache.get(key)) is not None}
    missing = [monday for monday in mondays if monday not in figures]
    start = vn_midnight(missing[0])
    waits = decisions_with_wait(start, end).annotate(week=TruncWeek("created_at", tzinfo=VN_TZ))
    if _uses_postgres(waits):
        # Percentiles and the number of articles decided, per week, in one grouped query.
        seconds = Func(F("wait"), template="EXTRACT(EPOCH FROM %(expressions)s)", output_field=FloatField())
        grouped = waits.order_by().values("week").annotate(
            p=PercentileCont(seconds, [0.5, 0.9]), n=Count("article_id", distinct=True))
        stats, decided = {}, {}
        for row in grouped:
            if row["p"] and row["p"][0] is not None:
                stats[_day(row["week"])] = tuple(row["p"])
            decided[_day(row["week"])] = row["n"]
    else:
        stats = {_day(week): value for week, value in wait_percentiles(waits, "week").items()}
        decided = (
            decided_between(start, end).annotate(week=TruncWeek("created_at", tzinfo=VN_TZ)).order_by()
            .values("week").annotate(n=Count("article_id", distinct=True)).values_list("week", "n")
        )
        decided = {_day(week): n for week, n in decided}
    for monday in missing:
        figures[monday] = (*stats.get(monday, (None, None)), decided.get(monday, 0))
        if monday in finished:
            cache.set(finished[monday], figures[monday], FINISHED_WEEK_CACHE_SECONDS)
    return figures


def weekly_waits(now, weeks=WEEKS_SHOWN, *, figures=None):
    """``figures``: the stored days (days.PeriodFigures) to read instead of querying the transition log."""
    today = vn_today(now)
    mondays = [today - datetime.timedelta(days=today.weekday(), weeks=back) for back in range(weeks - 1, -1, -1)]
    figures = figures.weekly(mondays) if figures is not None else _weekly_figures(mondays, cap(now))
    p50_rows, p90_rows, count_rows = [], [], []
    for monday in mondays:
        p50, p90, decided = figures[monday]
        sunday = monday + datetime.timedelta(days=6)
        url = article_changelist(quyet_dinh=decided_range_value(monday, sunday))
        label = f"{monday:%d/%m}"
        p50_rows.append(Row(key=f"{monday:%Y-%m-%d}", label=label, value=hours(p50), url=url))
        p90_rows.append(Row(key=f"{monday:%Y-%m-%d}", label=label, value=hours(p90), url=url))
        count_rows.append(Row(key=f"{monday:%Y-%m-%d}", label=label, value=decided, url=url))
    return Chart(
        slug="thoi-gian-duyet", kind="line", title=_("Thời gian từ lúc gửi đến lúc quyết định, theo tuần"),
        description=_(
            "Trung vị và phân vị 90 của thời gian chờ (giờ) từ lúc gửi duyệt hoặc đề xuất sửa đến khi kiểm duyệt "
            "viên xuất bản, hẹn giờ hoặc trả lại, trong %(n)s tuần gần nhất (tuần bắt đầu thứ Hai, giờ Việt Nam). "
            "Tuần không có quyết định để trống."
        ) % {"n": weeks},
        rows=p50_rows, value_label=_("Trung vị (giờ)"), label_heading=_("Tuần từ"), unit=_("giờ"),
        empty_message=_("Chưa có quyết định nào trong %(n)s tuần gần nhất.") % {"n": weeks},
        series=[
            {"name": _("Phân vị 90 (giờ)"), "rows": p90_rows, "plot": True},
            {"name": _("Số bài được quyết định"), "rows": count_rows, "plot": False},
        ],
    )


def vn_duration(delta):
    """"3 ngày 14 giờ", "5 giờ 20 phút", "12 phút": Django's timesince has no Vietnamese translation."""
    minutes = max(int(delta.total_seconds() // 60), 0)
    days, minutes = divmod(minutes, 24 * 60)
    hours, minutes = divmod(minutes, 60)
    if days:
        return f"{days} ngày {hours} giờ" if hours else f"{days} ngày"
    if hours:
        return f"{hours} giờ {minutes} phút" if minutes else f"{hours} giờ"
    return f"{minutes} phút"


def _day(value):
    return value.astimezone(VN_TZ).date() if isinstance(value, datetime.datetime) else value


NEW, CHANGE = 0, 1


def queue_summary(now):
    latest_submit = Subquery(
        Transition.objects.filter(article=OuterRef("pk"), action=Action.SUBMIT)
        .order_by("-created_at").values("created_at")[:1]
    )
    latest_proposal = Subquery(
        Transition.objects.filter(article=OuterRef("article_id"), action=Action.PROPOSE_CHANGE)
        .order_by("-created_at").values("created_at")[:1]
    )
    # The oldest of each kind, and (by a window over the same rows) how many there are: one query for both where
    # the database takes a LIMIT inside a UNION (PostgreSQL), else one each.
    new = (
        Article.objects.filter(status=Status.SUBMITTED)
        .annotate(since=Coalesce(latest_submit, "updated_at"), n=Window(Count("pk")), kind=Value(NEW))
        .order_by("since", "pk").values_list("pk", "title", "since", "n", "kind")[:1]
    )
    changes = (
        Revision.objects.pending().filter(article__status=Status.PUBLISHED)
        .annotate(since=Coalesce(latest_proposal, "created_at"), n=Window(Count("pk")), kind=Value(CHANGE))
        .order_by("since", "pk").values_list("article_id", "article__title", "since", "n", "kind")[:1]
    )
    if connections[new.db].features.supports_slicing_ordering_in_compound:
        rows = list(new.union(changes, all=True))
    else:
        rows = [*new, *changes]
    found = {kind: (since, pk, title, n) for pk, title, since, n, kind in rows}
    labels = {NEW: _("bài mới"), CHANGE: _("sửa bài đang đăng")}
    candidates = [(since, pk, title, labels[kind]) for kind, (since, pk, title, _n) in found.items()]
    oldest = None
    if candidates:
        since, pk, title, kind = min(candidates)
        oldest = {
            "title": title, "kind": kind, "since": since, "waiting": vn_duration(now - since),
            "url": reverse("admin:articles_article_change", args=[pk]),
        }
    new_count, change_count = found.get(NEW, (0, 0, 0, 0))[3], found.get(CHANGE, (0, 0, 0, 0))[3]
    return {
        "total": new_count + change_count, "new": new_count, "changes": change_count, "oldest": oldest,
        "new_url": article_changelist(status__exact=Status.SUBMITTED),
    }


def returned_share(period, *, figures=None):
    if figures is not None:
        totals = figures.returned(period)
    else:
        decisions = decided_between(period.start, period.end)
        totals = decisions.aggregate(n=Count("id"), returned=Count("id", filter=Q(action__in=RETURNED_ACTIONS)))
    share = round(100 * totals["returned"] / totals["n"], 1) if totals["n"] else None
    return {
        **totals, "share": share,
        "url": article_changelist(quyet_dinh=decided_range_value(period.first_day, period.last_day)),
    }
