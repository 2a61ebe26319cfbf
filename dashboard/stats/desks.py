"""Moderation figures per desk: what waits on each desk, and how its decisions went in the period."""

import operator
from functools import reduce

from django.db.models import Case, Count, Q, Value, When
from django.utils.translation import gettext as _

from articles.models import Article, Status
from dashboard.admin_filters import RETURNED_ACTIONS, decided_between, decided_range_value, desk_articles_q, desk_scopes
from dashboard.links import article_changelist
from dashboard.stats.base import Chart, Row
from dashboard.stats.moderation import decisions_with_wait, filtered_wait_percentiles, hours
from workflow.models import Desk


def _desk_totals(period, desks, scopes):
    """{desk id: (decisions, returned, articles decided)} in one grouped query.

    Each decision gets a bit mask of the desks its article belongs to, so every desk's EXISTS probes run
    once per row; an article always has the same mask, so distinct articles add up across masks.
    """
    mask = reduce(operator.add, [
        Case(When(desk_articles_q(scopes[pk], "article_id"), then=Value(1 << bit)), default=Value(0))
        for bit, (pk, _name) in enumerate(desks)
    ])
    groups = (
        decided_between(period.start, period.end).annotate(mask=mask).order_by().values("mask")
        .annotate(n=Count("id"), returned=Count("id", filter=Q(action__in=RETURNED_ACTIONS)),
                  articles=Count("article_id", distinct=True))
    )
    totals = {pk: [0, 0, 0] for pk, _name in desks}
    for group in groups:
        for bit, (pk, _name) in enumerate(desks):
            if group["mask"] & (1 << bit):
                totals[pk][0] += group["n"]
                totals[pk][1] += group["returned"]
                totals[pk][2] += group["articles"]
    return totals


def per_desk(period):
    """One row per desk, or None when the newsroom has no desks.

    Three queries whatever the number of desks: each desk is a FILTER on the same aggregate.
    """
    desks = list(Desk.objects.order_by("name").values_list("pk", "name"))
    if not desks:
        return None
    scopes = desk_scopes()
    queue = Article.objects.filter(status=Status.SUBMITTED).aggregate(
        **{f"d{pk}": Count("pk", filter=desk_articles_q(scopes[pk])) for pk, _name in desks}
    )
    totals = _desk_totals(period, desks, scopes)
    waits = filtered_wait_percentiles(
        decisions_with_wait(period.start, period.end),
        {f"w{pk}": desk_articles_q(scopes[pk], "article_id") for pk, _name in desks},
    )
    decided_range = decided_range_value(period.first_day, period.last_day)
    queue_rows, p50_rows, p90_rows, share_rows, count_rows = [], [], [], [], []
    for pk, name in desks:
        key = str(pk)
        decided_url = article_changelist(ban=pk, quyet_dinh=decided_range)
        p50, p90 = waits[f"w{pk}"]
        n, returned, articles = totals[pk]
        queue_rows.append(Row(key=key, label=name, value=queue[f"d{pk}"],
                              url=article_changelist(ban=pk, status__exact=Status.SUBMITTED)))
        p50_rows.append(Row(key=key, label=name, value=hours(p50), url=decided_url))
        p90_rows.append(Row(key=key, label=name, value=hours(p90), url=decided_url))
        share_rows.append(Row(key=key, label=name, value=round(100 * returned / n, 1) if n else None, url=decided_url))
        count_rows.append(Row(key=key, label=name, value=articles, url=decided_url))
    return Chart(
        slug="ban-kiem-duyet", kind="table", title=_("Theo ban kiểm duyệt"),
        description=_("Bài đang chờ của từng ban (theo tỉnh, chủ đề của bài) và các quyết định từ %(period)s.")
        % {"period": period.label},
        rows=queue_rows, value_label=_("Bài đang chờ"), label_heading=_("Ban"), unit=_("bài"),
        series=[
            {"name": _("Trung vị (giờ)"), "rows": p50_rows, "plot": False},
            {"name": _("Phân vị 90 (giờ)"), "rows": p90_rows, "plot": False},
            {"name": _("Tỉ lệ trả lại (%)"), "rows": share_rows, "plot": False},
            {"name": _("Số bài được quyết định"), "rows": count_rows, "plot": False},
        ],
    )
