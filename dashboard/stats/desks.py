"""Moderation figures per desk: what waits on each desk, and how its decisions went in the period."""

import operator
from functools import reduce

from django.db import connections, router
from django.db.models import Case, Count, F, FloatField, Func, Q, Value, When
from django.utils.translation import gettext as _

from articles.models import Article, Status
from dashboard.admin_filters import (
    RETURNED_ACTIONS,
    decided_between,
    decided_range_value,
    desk_articles_q,
    desks_with_scopes,
)
from dashboard.links import article_changelist
from dashboard.stats.base import Chart, Row
from dashboard.stats.moderation import decisions_with_wait, filtered_wait_percentiles, hours
from workflow.models import Transition


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


def _mask_cte(connection, name, through, field, sets):
    """A CTE giving each decided article tagged with one of the desks' ``sets`` a bit per desk it belongs to."""
    quote = connection.ops.quote_name
    table, column = quote(through._meta.db_table), quote(through._meta.get_field(field).column)
    bits = " | ".join(f"CASE WHEN l.{column} = ANY(%s) THEN {1 << bit} ELSE 0 END" for bit in range(len(sets)))
    sql = (f"{name} AS (SELECT l.article_id, bit_or({bits}) AS mask FROM {table} l "
           f"WHERE l.article_id IN (SELECT article_id FROM d) AND l.{column} = ANY(%s) GROUP BY l.article_id)")
    return sql, [sorted(ids) for ids in sets] + [sorted(set().union(*sets))]


def _desk_figures_postgres(period, desks, scopes):
    """{desk id: ((decisions, returned, articles decided), (median s, 90th percentile s))} in one query.

    The period's decisions with their wait (a correlated look-up) are read once into a materialised CTE;
    the decided articles' province and topic links then give each a bit per desk (grouped once per
    article, where EXISTS per desk and decision let the planner hash every article of a broad topic), and
    the outer query aggregates per desk with FILTERs.
    """
    inner = (
        decisions_with_wait(period.start, period.end).order_by()
        .annotate(returned=Case(When(action__in=RETURNED_ACTIONS, then=Value(1)), default=Value(0)),
                  seconds=Func(F("wait"), template="EXTRACT(EPOCH FROM %(expressions)s)", output_field=FloatField()))
        .values("article_id", "returned", "seconds")
    )
    inner_sql, params = inner.query.sql_with_params()
    params = list(params)
    ctes = []
    for name, through, field, index in (("pm", Article.provinces.through, "province", 0),
                                        ("tm", Article.topics.through, "topic", 1)):
        sql, arrays = _mask_cte(connections[inner.db], name, through, field,
                                [scopes[pk][index] for pk, _name in desks])
        ctes.append(sql)
        params += arrays
    columns = []
    for bit, _desk in enumerate(desks):
        # Bits are small integers from enumerate(), never input.
        on_desk = f"((COALESCE(pm.mask, 0) | COALESCE(tm.mask, 0)) & {1 << bit}) <> 0"
        columns += [
            f"COUNT(*) FILTER (WHERE {on_desk})",
            f"COALESCE(SUM(d.returned) FILTER (WHERE {on_desk}), 0)",
            f"COUNT(DISTINCT d.article_id) FILTER (WHERE {on_desk})",
            f"PERCENTILE_CONT(ARRAY[0.5, 0.9]::float8[]) WITHIN GROUP (ORDER BY d.seconds) FILTER (WHERE {on_desk})",
        ]
    with connections[inner.db].cursor() as cursor:
        cursor.execute(
            f"WITH d AS MATERIALIZED ({inner_sql}), {', '.join(ctes)} SELECT {', '.join(columns)} FROM d "
            "LEFT JOIN pm ON pm.article_id = d.article_id LEFT JOIN tm ON tm.article_id = d.article_id",
            params,
        )
        row = cursor.fetchone()
    figures = {}
    for index, (pk, _name) in enumerate(desks):
        n, returned, articles, waits = row[index * 4:index * 4 + 4]
        figures[pk] = ((n, int(returned), articles), tuple(waits) if waits and waits[0] is not None else (None, None))
    return figures


# Desks share a bit mask (a 64-bit integer in PostgreSQL): more desks than this are taken in groups.
DESKS_PER_QUERY = 60


def _desk_figures(period, desks, scopes):
    if len(desks) > DESKS_PER_QUERY:
        figures = {}
        for first in range(0, len(desks), DESKS_PER_QUERY):
            figures.update(_desk_figures(period, desks[first:first + DESKS_PER_QUERY], scopes))
        return figures
    if connections[router.db_for_read(Transition)].vendor == "postgresql":
        return _desk_figures_postgres(period, desks, scopes)
    totals = _desk_totals(period, desks, scopes)
    waits = filtered_wait_percentiles(
        decisions_with_wait(period.start, period.end),
        {f"w{pk}": desk_articles_q(scopes[pk], "article_id") for pk, _name in desks},
    )
    return {pk: (tuple(totals[pk]), waits[f"w{pk}"]) for pk, _name in desks}


def per_desk(period, *, figures=None):
    """One row per desk, or None when the newsroom has no desks.

    A fixed number of queries whatever the number of desks: each desk is a FILTER on the same aggregate.
    ``figures``: the stored days (days.PeriodFigures), read instead of the transition log for the decisions.
    """
    desks, scopes = (figures.desks, figures.scopes) if figures is not None else desks_with_scopes()
    if not desks:
        return None
    queue = Article.objects.filter(status=Status.SUBMITTED).aggregate(
        **{f"d{pk}": Count("pk", filter=desk_articles_q(scopes[pk])) for pk, _name in desks}
    )
    figures = figures.per_desk(period) if figures is not None else _desk_figures(period, desks, scopes)
    decided_range = decided_range_value(period.first_day, period.last_day)
    queue_rows, p50_rows, p90_rows, share_rows, count_rows = [], [], [], [], []
    for pk, name in desks:
        key = str(pk)
        decided_url = article_changelist(ban=pk, quyet_dinh=decided_range)
        (n, returned, articles), (p50, p90) = figures[pk]
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
