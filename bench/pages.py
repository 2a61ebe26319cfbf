"""The pages the benchmark measures, with their budgets, resolved against the loaded dataset.

A page that the project does not have yet (the search page before the readers' issue lands, say) is
reported as "not present", never silently dropped.
"""

from dataclasses import dataclass, field
from urllib.parse import urlencode

PUBLIC_QUERY_BUDGET = 10
ADMIN_QUERY_BUDGET = 15
PUBLIC_P95_MS = 50
ADMIN_LIST_P95_MS = 300
AUTOCOMPLETE_P95_MS = 100
ADMIN_OTHER_P95_MS = 300
DASHBOARD_P95_MS = 300

PROVINCE = "kien-giang"
TOPIC = "xay-dung-dang"


@dataclass
class Page:
    name: str
    url: str | None
    kind: str  # "public" or "admin"
    query_budget: int
    p95_budget_ms: float
    note: str = ""
    results: dict = field(default_factory=dict)
    # Called before every request, outside the timing: the dashboard's cold path clears the cache with it.
    before: object = None

    @property
    def present(self):
        return self.url is not None


def _reverse(name, **kwargs):
    from django.urls import NoReverseMatch, reverse

    try:
        return reverse(name, **kwargs)
    except NoReverseMatch:
        return None


def _resolves(path):
    from django.urls import Resolver404, resolve

    try:
        resolve(path)
    except Resolver404:
        return None
    return path


def _with(url, **params):
    return f"{url}?{urlencode(params)}" if url else None


def _walk(patterns, prefix=""):
    from django.urls import URLPattern, URLResolver

    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            yield from _walk(pattern.url_patterns, prefix + str(pattern.pattern))
        elif isinstance(pattern, URLPattern):
            yield prefix + str(pattern.pattern), pattern


def _find_feed():
    """The all-news RSS feed: the first argument-free URL whose view is a syndication Feed."""
    from django.contrib.syndication.views import Feed
    from django.urls import get_resolver

    for route, pattern in _walk(get_resolver().url_patterns):
        view = getattr(pattern.callback, "view_class", None) or pattern.callback
        if isinstance(view, Feed) or (isinstance(view, type) and issubclass(view, Feed)):
            if "<" not in route and "(?P" not in route:
                return "/" + route.lstrip("^").rstrip("$")
    return None


def _find_moderation_queue():
    from django.urls import get_resolver

    for route, pattern in _walk(get_resolver().url_patterns):
        name = (pattern.name or "").lower()
        if ("queue" in name or "hang-cho" in route or "hang_cho" in name) and "<" not in route:
            return "/" + route.lstrip("^").rstrip("$")
    return None


def build():
    from django.db.models import Count

    from articles.models import Article, Topic
    from people.models import Official
    from places.models import Province

    province = Province.objects.get(slug=PROVINCE)
    topic = Topic.objects.get(slug=TOPIC)
    official = Official.objects.annotate(n=Count("mentions")).order_by("-n", "pk").first()
    article = Article.objects.published().order_by("-publish_at")[5000:5001].get()
    province_url = province.get_absolute_url()
    list_url = _reverse("articles:list")
    search_url = _reverse("search:search") or _resolves("/tim-kiem/")
    changelist = _reverse("admin:articles_article_changelist")
    autocomplete = _reverse("admin:autocomplete")
    sitemap = _reverse("articles:sitemap") or _resolves("/sitemap.xml")
    from articles.sitemaps import _article_months

    months = _article_months()
    # A full month: the current one is still filling up.
    newest_month, oldest_month = (months[-2], months[0]) if len(months) > 1 else (months[0], months[0])

    def month_sitemap(year, month):
        return _reverse("articles:sitemap_month", kwargs={"year": f"{year:04d}", "month": f"{month:02d}"})
    feed = _reverse("articles:feed") or _find_feed()
    queue = _find_moderation_queue()
    dashboard = _reverse("dashboard:index")
    public, admin = PUBLIC_QUERY_BUDGET, ADMIN_QUERY_BUDGET
    return [
        Page("home", _reverse("articles:home"), "public", public, PUBLIC_P95_MS),
        Page(f"province {PROVINCE}, page 1", province_url, "public", public, PUBLIC_P95_MS),
        Page(f"province {PROVINCE}, page 50", _with(province_url, page=50), "public", public, PUBLIC_P95_MS),
        Page(f"province + topic ({TOPIC})", _with(list_url, province=PROVINCE, topic=TOPIC), "public", public,
             PUBLIC_P95_MS),
        Page("date range (a quarter)", _with(list_url, **{"from": "01/01/2024", "to": "31/03/2024"}), "public",
             public, PUBLIC_P95_MS),
        Page("official (most mentioned)", official.get_absolute_url(), "public", public, PUBLIC_P95_MS,
             note=f"{official.full_name}, {official.n} mentions"),
        Page("article detail", article.get_absolute_url(), "public", public, PUBLIC_P95_MS),
        # Issue 17: the ways in. The map counts a period's coverage per unit; "tat-ca" counts all of it.
        Page("province index (map, 30 days)", _reverse("articles:provinces"), "public", public, PUBLIC_P95_MS),
        Page("province index (map, all time)", _with(_reverse("articles:provinces"), period="tat-ca"), "public",
             public, PUBLIC_P95_MS),
        Page("topic index", _reverse("articles:topics"), "public", public, PUBLIC_P95_MS),
        Page(f"topic page ({TOPIC})", topic.get_absolute_url(), "public", public, PUBLIC_P95_MS),
        Page("RSS feeds page", _reverse("articles:feeds"), "public", public, PUBLIC_P95_MS),
        Page('search "kien giang"', _with(search_url, q="kien giang"), "public", public, PUBLIC_P95_MS),
        Page('search "xay dung dang"', _with(search_url, q="xay dung dang"), "public", public, PUBLIC_P95_MS),
        # Issue 16's other shapes: a province that matches about 30,000 articles (the capped count), one common
        # word, an abbreviation read in full, a title's short form, a city's long name and a document number.
        *[Page(f'search "{query}"', _with(search_url, q=query), "public", public, PUBLIC_P95_MS)
          for query in ("an giang", "vinh", "mttq", "pct ubnd", "thanh pho ho chi minh", "05-CT/TW")],
        Page("RSS feed", feed, "public", public, PUBLIC_P95_MS),
        Page("sitemap.xml (index)", sitemap, "public", public, PUBLIC_P95_MS),
        Page("sitemap of articles, last full month", month_sitemap(*newest_month), "public", public, PUBLIC_P95_MS),
        Page("sitemap of articles, oldest month", month_sitemap(*oldest_month), "public", public, PUBLIC_P95_MS),
        Page("admin article list", changelist, "admin", admin, ADMIN_LIST_P95_MS),
        Page("admin list, one province", _with(changelist, provinces__id__exact=province.pk), "admin", admin,
             ADMIN_LIST_P95_MS),
        Page("moderation queue", queue, "admin", admin, ADMIN_LIST_P95_MS),
        Page("admin autocomplete, officials",
             _with(autocomplete, app_label="articles", model_name="mention", field_name="official", term="nguyen"),
             "admin", admin, AUTOCOMPLETE_P95_MS),
        # Issue 8: the dashboard, with its figures computed afresh for every request (the cache cleared
        # before each one: the honest worst case) and as editors mostly see it (figures cached per period).
        Page("dashboard, 30 days, cold", dashboard, "admin", admin, DASHBOARD_P95_MS, before=_clear_cache),
        Page("dashboard, year, cold", _with(dashboard, period="nam"), "admin", admin, DASHBOARD_P95_MS,
             before=_clear_cache),
        Page("dashboard, 30 days, split, cold", _with(dashboard, period="30-ngay", split=1), "admin", admin,
             DASHBOARD_P95_MS, before=_clear_cache),
        # What an editor meets every DASHBOARD_CACHE_SECONDS: the period's figures expired and computed
        # again, the finished weeks of the decision-time chart still cached (they are kept for hours).
        Page("dashboard, 30 days, figures expired", dashboard, "admin", admin, DASHBOARD_P95_MS,
             before=_expire_dashboard_figures),
        Page("dashboard, year, figures expired", _with(dashboard, period="nam"), "admin", admin, DASHBOARD_P95_MS,
             before=lambda: _expire_dashboard_figures("nam")),
        Page("dashboard, 30 days, warm", dashboard, "admin", admin, DASHBOARD_P95_MS),
    ]


def _expire_dashboard_figures(choice="30-ngay"):
    from django.core.cache import cache
    from django.utils import timezone

    from dashboard.periods import period_for
    from dashboard.stats import charts_cache_key

    cache.delete(charts_cache_key(period_for(choice, timezone.now())))


def _clear_cache():
    from django.core.cache import cache

    cache.clear()
