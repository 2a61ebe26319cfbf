"""The dashboard's numbers. Each builder runs a fixed number of aggregate queries, whatever the article count."""

from dashboard.stats.coverage import coverage_by_month, coverage_by_province, coverage_by_topic, top_officials

CHART_BUILDERS = {
    "tinh-thanh": lambda period, split=False: coverage_by_province(period, split=split),
    "chu-de": lambda period, split=False: coverage_by_topic(period),
    "theo-thang": lambda period, split=False: coverage_by_month(period.now),
    "nhan-vat": lambda period, split=False: top_officials(period),
}


def collect(period, *, split=False):
    """Every chart for one period: {"charts": {slug: Chart}}, in display order."""
    return {"charts": {slug: build(period, split=split) for slug, build in CHART_BUILDERS.items()}}
