"""sitemap.xml (an index of sections), a Google News sitemap for the last 48 hours, and robots.txt.

Addresses use SITE_URL, never the request's Host header, and every article list starts from ``published()``.
"""

import datetime
from urllib.parse import urlsplit

from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps.views import sitemap
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape
from django.views.decorators.http import require_GET

from articles.models import Article, Document, Mention, Topic
from articles.seo import absolute
from core.params import parse_int
from core.sites import site_url
from people.models import Official
from places.models import Province

NEWS_HOURS = 48
NEWS_LIMIT = 1000


class CanonicalSitemap(Sitemap):
    limit = 2000

    def get_protocol(self, protocol=None):
        return urlsplit(site_url()).scheme or "https"

    def get_domain(self, site=None):
        return urlsplit(site_url()).netloc


class ArticleSitemap(CanonicalSitemap):
    def items(self):
        return Article.objects.published().only("slug", "updated_at", "publish_at").order_by("-publish_at", "-id")

    def lastmod(self, item):
        return item.updated_at


class TopicSitemap(CanonicalSitemap):
    def items(self):
        return Topic.objects.only("slug").order_by("position", "sort_name")


class ProvinceSitemap(CanonicalSitemap):
    def items(self):
        return Province.objects.in_display_order().only("slug")


class OfficialSitemap(CanonicalSitemap):
    """Officials whose page lists at least one published article."""

    def items(self):
        mentioned = Mention.objects.filter(article__in=Article.objects.published()).values("official_id")
        return Official.objects.filter(pk__in=mentioned).only("slug").order_by("sort_name")


class DocumentSitemap(CanonicalSitemap):
    def items(self):
        cited = Article.documents.through.objects.filter(article__in=Article.objects.published())
        return Document.objects.filter(pk__in=cited.values("document_id")).only("slug").order_by("slug")


class PagesSitemap(CanonicalSitemap):
    def items(self):
        return ["articles:home", "articles:list"]

    def location(self, item):
        return reverse(item)


SITEMAPS = {
    "tin-bai": ArticleSitemap,
    "chu-de": TopicSitemap,
    "dia-phuong": ProvinceSitemap,
    "nhan-vat": OfficialSitemap,
    "van-ban": DocumentSitemap,
    "trang": PagesSitemap,
}


# Articles are listed by month of publication (Vietnam time) in the index: a finished month's section never
# changes again (crawlers can skip it), and each is a range of the publish-time index, never an OFFSET.
MONTH_SECTIONS = ("tin-bai",)


def _article_months():
    first = Article.objects.published().order_by("publish_at").values_list("publish_at", flat=True).first()
    if first is None:
        return []
    first, last = timezone.localtime(first).date(), timezone.localdate()
    months, year, month = [], first.year, first.month
    while (year, month) <= (last.year, last.month):
        months.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


@require_GET
def sitemap_index(request):
    locations = []
    for section, sitemap_class in SITEMAPS.items():
        if section in MONTH_SECTIONS:
            locations += [absolute(reverse("articles:sitemap_month", kwargs={"year": f"{y:04d}", "month": f"{m:02d}"}))
                          for y, m in reversed(_article_months())]
            continue
        url = absolute(reverse("articles:sitemap_section", kwargs={"section": section}))
        locations.append(url)
        locations += [f"{url}?p={page}" for page in range(2, sitemap_class().paginator.num_pages + 1)]
    locations.append(absolute(reverse("articles:sitemap_news")))
    return render(request, "sitemaps/index.xml", {"locations": locations}, content_type="application/xml")


@require_GET
def article_sitemap_month(request, year, month):
    """The articles published in one month (Vietnam time), newest first.

    Written out directly rather than through django.contrib.sitemaps: a month holds a couple of thousand
    URLs, and the framework's per-item reverse() and template loop took a quarter of a second for them.
    """
    year, month = int(year), int(month)
    if not (1 <= month <= 12 and 1 <= year <= 9998):
        raise Http404
    start = timezone.make_aware(datetime.datetime(year, month, 1))
    end = timezone.make_aware(datetime.datetime(year + (month == 12), month % 12 + 1, 1))
    rows = (
        Article.objects.published().filter(publish_at__gte=start, publish_at__lt=end)
        .order_by("-publish_at", "-id").values_list("slug", "updated_at")
    )
    # One reverse() for the whole month: article URLs differ only by their slug (ASCII, URL-safe).
    marker = "slug-marker"
    before, _marker, after = absolute(reverse("articles:detail", kwargs={"slug": marker})).partition(marker)
    before, after = escape(before), escape(after)
    parts = [SITEMAP_HEAD]
    for slug, updated_at in rows.iterator(chunk_size=2000):
        lastmod = timezone.localtime(updated_at).isoformat(timespec="seconds")
        parts.append(f"<url><loc>{before}{escape(slug)}{after}</loc><lastmod>{lastmod}</lastmod></url>\n")
    parts.append("</urlset>\n")
    return HttpResponse("".join(parts), content_type="application/xml")


SITEMAP_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'


def sitemap_section(request, section):
    # Django's sitemap view would read ?p= with int(), which takes any script's digits.
    if parse_int(request.GET.get("p", "1"), minimum=1) is None:
        raise Http404
    return sitemap(request, SITEMAPS, section=section)


@require_GET
def news_sitemap(request):
    """Articles published in the last 48 hours, as Google News reads them."""
    since = timezone.now() - datetime.timedelta(hours=NEWS_HOURS)
    articles = (
        Article.objects.published().filter(publish_at__gte=since)
        .only("slug", "title", "publish_at").order_by("-publish_at", "-id")[:NEWS_LIMIT]
    )
    return render(request, "sitemaps/news.xml", {"articles": articles}, content_type="application/xml")


@require_GET
def robots_txt(request):
    lines = [
        "User-agent: *",
        # Search results are endless combinations of one content; the articles are reachable by links.
        f"Disallow: {reverse('search:search')}",
        "",
        f"Sitemap: {absolute(reverse('articles:sitemap'))}",
        f"Sitemap: {absolute(reverse('articles:sitemap_news'))}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


for _view in (sitemap_index, article_sitemap_month, sitemap_section, news_sitemap):
    _view.page_cache_tags = ("sitemap",)  # read by the page cache (core/cache.py)
