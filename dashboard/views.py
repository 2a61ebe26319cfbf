"""The editors' dashboard: the admin index for editors and moderators, its own page, and CSV per chart."""

import csv

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.generic import TemplateView

from dashboard.charts import figure
from dashboard.periods import resolve_period
from dashboard.stats import CHART_BUILDERS, analytics_queries, cache_seconds, collect, period_figures
from workflow.roles import is_editor

# A cell starting with one of these is run as a formula by spreadsheet programs.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def can_view_dashboard(user):
    return user.is_active and user.is_staff and (user.is_superuser or user.has_perm("articles.view_article"))


def dashboard_context(request, now=None):
    """Everything the dashboard template needs; also what the benchmark measures (see bench/DASHBOARD.md)."""
    period, split, form = resolve_period(request.GET, now)
    data = collect(period, split=split)
    query = period.query()
    csv_query = urlencode({**query, **({"split": 1} if split else {})})
    panels = {
        slug.replace("-", "_"): {
            "chart": chart, "figure": figure(chart),
            "csv_url": f"{reverse('dashboard:csv', kwargs={'chart': slug})}?{csv_query}",
        }
        for slug, chart in data.pop("charts").items()
    }
    return {
        "dashboard": {**data, "panels": panels},
        "period": period,
        "split": split,
        "period_form": form,
        "split_toggle_url": f"?{urlencode({**query, **({} if split else {'split': 1})})}",
        "cache_minutes": max(cache_seconds() // 60, 1) if cache_seconds() else 0,
        "dashboard_url": reverse("dashboard:index"),
    }


class DashboardView(TemplateView):
    template_name = "dashboard/dashboard.html"

    def dispatch(self, request, *args, **kwargs):
        if not can_view_dashboard(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return {
            **super().get_context_data(**kwargs),
            **admin.site.each_context(self.request),
            **dashboard_context(self.request),
            "title": _("Bảng số liệu"),
        }


def chart_csv(request, chart):
    if not can_view_dashboard(request.user):
        raise PermissionDenied
    if chart not in CHART_BUILDERS:
        raise Http404(_("Không có biểu đồ này."))
    period, split, _form = resolve_period(request.GET)
    with analytics_queries():
        data = CHART_BUILDERS[chart](period, split=split, figures=period_figures(period))
    if data is None:
        raise Http404(_("Chưa có số liệu cho biểu đồ này."))
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    filename = f"{data.slug}-{period.first_day:%Y%m%d}-{period.last_day:%Y%m%d}.csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.write("\ufeff")  # Excel opens UTF-8 with diacritics intact only with a byte-order mark
    writer = csv.writer(response)
    writer.writerow([_("Mã"), data.label_heading, *data.headings, *[heading for _key, heading in data.csv_columns],
                     _("Danh sách tin bài")])
    for line in data.table:
        row = line["row"]
        writer.writerow([
            _cell(row.key), _cell(row.label),
            *["" if cell.value is None else cell.value for cell in line["cells"]],
            *[_cell(row.extra.get(key, "")) for key, _heading in data.csv_columns],
            request.build_absolute_uri(row.url) if row.url else "",
        ])
    return response


def admin_index(request):
    """Editors and moderators land on the dashboard; administrators keep the plain list of apps (with a link)."""
    extra = {}
    if is_editor(request.user) and not request.user.is_superuser:
        extra = dashboard_context(request)
    return admin.site.index(request, extra_context=extra)


def _cell(value):
    text = str(value)
    return f"'{text}" if text.startswith(FORMULA_PREFIXES) else text
