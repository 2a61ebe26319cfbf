"""The dashboard's numbers. Each builder runs a fixed number of aggregate queries, whatever the article count."""

from contextlib import contextmanager

from django.conf import settings
from django.core.cache import cache
from django.db import connections, router, transaction

from dashboard.stats.coverage import coverage_by_month, coverage_by_province, coverage_by_topic, top_officials
from dashboard.stats.days import PeriodFigures
from dashboard.stats.desks import per_desk
from dashboard.stats.moderation import queue_summary, returned_share, weekly_waits
from workflow.models import Transition

# Each builder counts live with figures=None, or sums the stored days of ``figures`` (days.PeriodFigures): the
# same chart either way (tests/dashboard/test_day_figures.py holds them equal).
CHART_BUILDERS = {
    "tinh-thanh": lambda period, split=False, figures=None: coverage_by_province(period, split=split, figures=figures),
    "chu-de": lambda period, split=False, figures=None: coverage_by_topic(period, figures=figures),
    "theo-thang": lambda period, split=False, figures=None: coverage_by_month(period.now, figures=figures),
    "nhan-vat": lambda period, split=False, figures=None: top_officials(period, figures=figures),
    "thoi-gian-duyet": lambda period, split=False, figures=None: weekly_waits(period.now, figures=figures),
    "ban-kiem-duyet": lambda period, split=False, figures=None: per_desk(period, figures=figures),
}


def period_figures(period, *, live=False):
    """The stored days the period's charts are summed from (filled as needed), or None to count everything live."""
    return None if live else PeriodFigures.load(period)


def cache_seconds():
    return getattr(settings, "DASHBOARD_CACHE_SECONDS", 300)


@contextmanager
def analytics_queries():
    """The dashboard's aggregates with the planner settings they were tuned for.

    On PostgreSQL, JIT must be off: the decision-time queries look expensive to the planner (a correlated
    look-up per decision), so it would spend ~400 ms compiling a query that then runs in tens of
    milliseconds. The connection has that already (config/env.py); when the database URL overrides it,
    the settings are applied to this transaction only.
    """
    alias = router.db_for_read(Transition)
    connection = connections[alias]
    if connection.vendor != "postgresql" or _planner_ready(connection):
        yield
        return
    with transaction.atomic(using=alias):
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL jit = off; SET LOCAL random_page_cost = 1.1")
        yield


def _planner_ready(connection):
    """Whether the connection already has the dashboard's planner settings (config/env.py sets them)."""
    words = connection.settings_dict.get("OPTIONS", {}).get("options", "").split()
    settings = dict(word.split("=", 1) for word in words if "=" in word)
    try:
        cost = float(settings.get("random_page_cost", "nan"))
    except ValueError:
        return False
    return settings.get("jit") == "off" and cost <= 1.1


def charts_cache_key(period, *, split=False):
    return f"dashboard:charts:{period.choice}:{period.first_day:%Y%m%d}:{period.last_day:%Y%m%d}:{int(split)}"


def collect(period, *, split=False, use_cache=True, live=False):
    """Every chart for one period, in display order, plus the moderation figures.

    {"charts": {slug: Chart}, "moderation": {"queue": …, "returned": …}, "computed_at": datetime}.
    Charts are kept for DASHBOARD_CACHE_SECONDS (300 by default, 0 turns it off) per period; the
    moderation queue is always counted afresh. Computing them sums the finished days' stored figures and counts
    today live (dashboard.stats.days); ``live=True`` counts every day live instead, as before the days were
    stored. This is what the performance benchmark measures (bench/DASHBOARD.md).
    """
    key = charts_cache_key(period, split=split)
    timeout = cache_seconds() if use_cache else 0
    figures = cache.get(key) if timeout else None
    with analytics_queries():
        if figures is None:
            days = period_figures(period, live=live)
            charts = {slug: build(period, split=split, figures=days) for slug, build in CHART_BUILDERS.items()}
            figures = {
                "charts": {slug: chart for slug, chart in charts.items() if chart is not None},
                "returned": returned_share(period, figures=days),
                "computed_at": period.now,
            }
            if timeout:
                cache.set(key, figures, timeout)
        queue = queue_summary(period.now)
    return {
        "charts": figures["charts"], "computed_at": figures["computed_at"],
        "moderation": {"queue": queue, "returned": figures["returned"]},
    }
