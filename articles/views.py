"""The public pages: home, an article, and every list of article cards (news, a topic, a document, a province,
an official). The province and official pages live here, not in places or people, because they list articles:
those apps sit below this one."""

from django.conf import settings
from django.core.paginator import InvalidPage
from django.db.models import Exists, F, OuterRef, Prefetch, Value
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from django.views.generic import DetailView, TemplateView
from django_filters.views import FilterView

from articles.cache_tags import article_page_tags
from articles.filters import ArticleFilter
from articles.models import Article, Document, Mention, Topic
from articles.paginators import DeferredJoinPaginator, ProvinceListing, ProvinceListingPaginator
from articles.paginators import supported as listing_supported
from articles.sidebar import article_neighbours
from core.cache import add_cache_tags
from core.params import page_number
from people.models import Official, Position
from places.models import Province


class ArticleListMixin:
    """What every public list of article cards shares: the published cards newest first, narrowed by the
    coverage filters, a page number that cannot fail, the active filters as chips, and a 400 for a refused
    filter. A view adds its template and, when it lists a part of the coverage, narrows ``get_queryset()``."""

    filterset_class = ArticleFilter
    # A refused filter shows its message and the list without that filter, never an empty list ("no news").
    strict = False
    context_object_name = "articles"
    paginate_by = settings.ARTICLES_PER_PAGE
    paginator_class = DeferredJoinPaginator
    page_error = None
    # The filters a page fixes by its subject (a province page is that province): a stray one in the query string
    # is ignored, so it can neither empty the list nor show another subject's coverage.
    fixed_filters = ()

    def get_queryset(self):
        return Article.objects.published().for_cards().newest_first()

    def get_filterset_kwargs(self, filterset_class):
        kwargs = super().get_filterset_kwargs(filterset_class)
        data = kwargs.get("data")
        if data is not None:
            # Over-long values are refused by the form with a clear message rather than reaching the database.
            kwargs["data"] = {key: value[:200] for key, value in data.items() if key not in self.fixed_filters}
        return kwargs

    def paginate_queryset(self, queryset, page_size):
        """A page number that is not a number, or past the end, shows the first page with a message, not a 404."""
        paginator = self.get_paginator(queryset, page_size, allow_empty_first_page=True)
        number = page_number(self.request.GET, self.page_kwarg)
        try:
            if number is None:
                raise InvalidPage
            page = paginator.page(number)
        except InvalidPage:
            self.page_error = _("Trang không tồn tại. Đang hiển thị trang đầu.")
            page = paginator.page(1)
        return paginator, page, page.object_list, page.has_other_pages()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["page_error"] = self.page_error
        context["chips"] = self.active_chips()
        return context

    def render_to_response(self, context, **response_kwargs):
        # A refused filter: the form's messages (and the list without that filter) go out as a bad request.
        if self.filterset.is_bound and not self.filterset.is_valid():
            response_kwargs.setdefault("status", 400)
        return super().render_to_response(context, **response_kwargs)

    def active_chips(self):
        """Active filters as (label, value, url without that filter) for removable chips."""
        form = self.filterset.form
        if not self.filterset.is_bound or not self.filterset.is_valid():
            return []
        chips = []
        for name in ("province", "topic", "official", "from", "to"):
            value = form.cleaned_data.get(name)
            if not value:
                continue
            shown = value.strftime("%d/%m/%Y") if name in ("from", "to") else str(value)
            remaining = self.request.GET.copy()
            for key in (name, "page", *(("include_former",) if name == "province" else ())):
                remaining.pop(key, None)
            chips.append((form.fields[name].label, shown, "?" + remaining.urlencode()))
        return chips


class ProvinceListingMixin:
    """Pages a single province's list from the province listing index (PostgreSQL; articles/paginators.py).

    Only for lists that are the published coverage newest first, narrowed by the filters alone: the listing
    knows the province and the other filters, not a view's own narrowing (a topic, an official) or order.
    """

    paginator_class = ProvinceListingPaginator

    def get_paginator(self, queryset, per_page, orphans=0, allow_empty_first_page=True, **kwargs):
        return self.paginator_class(queryset, per_page, orphans=orphans, allow_empty_first_page=allow_empty_first_page,
                                    listing=self.province_listing(queryset), **kwargs)

    def listing_province(self):
        """The one province the list is narrowed to, or None (none, or with its former units)."""
        if not self.filterset.is_bound:
            return None
        data = self.filterset.form.cleaned_data
        return None if data.get("include_former") else data.get("province")

    def listing_base(self):
        """What the other filters narrow, for the province listing: all articles, as the listing itself
        holds only published ones (and every row shown still passes ``published()``)."""
        return Article.objects.all()

    def province_listing(self, queryset):
        if self.filterset.is_bound and not self.filterset.is_valid():
            return None
        province = self.listing_province()
        if province is None or not listing_supported(queryset):
            return None
        others = None
        data = self.filterset.form.cleaned_data if self.filterset.is_bound else {}
        if any(data.get(name) for name in ("topic", "official", "from", "to")):
            rest = {k: v for k, v in self.filterset.data.items() if k not in {"province", "include_former", "page"}}
            others = self.filterset_class(data=rest, queryset=self.listing_base()).qs
        return ProvinceListing(province.pk, others)


class ArticleListView(ProvinceListingMixin, ArticleListMixin, FilterView):
    template_name = "articles/article_list.html"
    page_cache_tags = ("list",)


class TopicDetailView(ArticleListMixin, FilterView):
    template_name = "articles/topic_detail.html"
    fixed_filters = ("topic",)

    def dispatch(self, request, *args, **kwargs):
        self.topic = get_object_or_404(Topic, slug=kwargs["slug"])
        add_cache_tags(request, f"topic:{self.topic.pk}")
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        return super().get_queryset().in_topic_tree(self.topic)

    def get_context_data(self, **kwargs):
        return super().get_context_data(topic=self.topic, **kwargs)


class DocumentDetailView(ArticleListMixin, FilterView):
    template_name = "articles/document_detail.html"

    def dispatch(self, request, *args, **kwargs):
        self.document = get_object_or_404(Document, slug=kwargs["slug"])
        add_cache_tags(request, f"document:{self.document.pk}")
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        return super().get_queryset().filter(documents=self.document)

    def get_context_data(self, **kwargs):
        return super().get_context_data(document=self.document, **kwargs)


class ProvinceDetailView(ProvinceListingMixin, ArticleListMixin, FilterView):
    """A province's coverage (URL name ``places:detail``). A successor unit can include the units it was formed from."""

    template_name = "places/province_detail.html"
    fixed_filters = ("province", "include_former")

    def dispatch(self, request, *args, **kwargs):
        self.province = get_object_or_404(Province.objects.select_related("successor"), slug=kwargs["slug"])
        self.predecessors = list(self.province.predecessors.order_by("sort_name"))
        add_cache_tags(request, *(f"province:{unit.pk}" for unit in [self.province, *self.predecessors]))
        self.include_former = bool(self.predecessors) and request.GET.get("include_former") in {"1", "on", "true"}
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        return super().get_queryset().in_province(self.province, include_former=self.include_former)

    def listing_province(self):
        if self.include_former:
            return None
        if self.filterset.is_bound and self.filterset.form.cleaned_data.get("province"):
            return None  # a second province in the query string: the general path intersects them
        return self.province

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            province=self.province, predecessors=self.predecessors, include_former=self.include_former, **kwargs,
        )


class OfficialDetailView(ArticleListMixin, FilterView):
    """An official (URL name ``people:official``), their titles, and the published coverage that mentions them."""

    template_name = "people/official_detail.html"
    fixed_filters = ("official",)

    def dispatch(self, request, *args, **kwargs):
        self.official = get_object_or_404(
            Official.objects.prefetch_related(
                Prefetch("positions", queryset=Position.objects.select_related("organisation"))
            ),
            slug=kwargs["slug"],
        )
        add_cache_tags(request, f"official:{self.official.pk}")
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        # The title as printed comes through the join the filter already makes (one mention per article and
        # official), not from a prefetch query.
        return (
            super().get_queryset().filter(mentions__official=self.official)
            .annotate(printed_title=F("mentions__title_as_printed"))
        )

    def get_context_data(self, **kwargs):
        positions = list(self.official.positions.all())
        return super().get_context_data(
            official=self.official,
            current_positions=[p for p in positions if p.is_current],
            past_positions=[p for p in positions if not p.is_current],
            **kwargs,
        )


class HomeView(TemplateView):
    template_name = "articles/home.html"
    page_cache_tags = ("home",)
    latest_count = 7
    per_section = 4

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        published = Article.objects.published()
        topics = list(Topic.objects.main())
        # Every section's topic ids (a section includes its sub-topics) in one query, so that no part below
        # joins the topic table.
        main_ids = {topic.pk for topic in topics}
        section_ids = {pk: [] for pk in main_ids}
        for pk, parent_id in Topic.objects.trees(list(main_ids)).values_list("pk", "parent_id"):
            section_ids[pk if pk in main_ids else parent_id].append(pk)

        # One UNION ALL query picks the newest articles overall and per section; one more fetches them all.
        # Each part walks the publish-time index, so it stays fast.
        def part(queryset, section, count):
            # The LIMIT sits in an IN subquery: SQLite refuses one directly inside UNION.
            newest = queryset.newest_first().values("pk")[:count]
            return Article.objects.filter(pk__in=newest).annotate(section=Value(section)).values_list("pk", "section").order_by()

        parts = [part(published, 0, self.latest_count)]
        for topic in topics:
            in_section = Article.topics.through.objects.filter(article_id=OuterRef("pk"), topic_id__in=section_ids[topic.pk])
            parts.append(part(published.filter(Exists(in_section)), topic.pk, self.per_section))
        rows = list(parts[0].union(*parts[1:], all=True))
        articles = {a.pk: a for a in published.filter(pk__in={pk for pk, _ in rows}).for_cards().newest_first()}
        picked = {}
        for pk, section in rows:
            if pk in articles:
                picked.setdefault(section, []).append(articles[pk])
        order = {pk: index for index, pk in enumerate(articles)}

        def newest_first(items):
            return sorted(items, key=lambda article: order[article.pk])

        context["latest"] = newest_first(picked.get(0, []))
        context["sections"] = [(topic, newest_first(picked[topic.pk])) for topic in topics if picked.get(topic.pk)]
        return context


class ArticleDetailView(DetailView):
    template_name = "articles/article_detail.html"
    context_object_name = "article"
    related_count = 4

    def get_queryset(self):
        return Article.objects.published().select_related("author").prefetch_related(
            "provinces", "topics", "documents",
            Prefetch("mentions", queryset=Mention.objects.select_related("official").order_by("position", "id")),
            "photos",
            # Shown at the foot of the page and emitted as schema.org "correction": one query for both.
            "corrections",
        )

    def get_object(self, queryset=None):
        try:
            return super().get_object(queryset)
        except Article.MultipleObjectsReturned as exc:  # slugs are unique; kept for safety
            raise Http404 from exc

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        article = self.object
        # Related articles and the side column (latest, same province, same topic) in one query: articles/sidebar.py.
        neighbours = article_neighbours(article, related_count=self.related_count)
        context["related"] = neighbours.related
        context["neighbours"] = neighbours
        add_cache_tags(self.request, *article_page_tags(article, neighbours),
                       timeout=settings.PUBLIC_CACHE_SIDE_COLUMN_SECONDS)
        return context
