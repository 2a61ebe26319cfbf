from django.conf import settings
from django.core.paginator import InvalidPage
from django.db.models import Case, Exists, OuterRef, Prefetch, Q, Value, When
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from django.views.generic import DetailView, TemplateView
from django_filters.views import FilterView

from articles.filters import ArticleFilter
from articles.models import Article, Document, Mention, Photo, Topic
from perf.listing import ProvinceListing, ProvinceListingPaginator
from perf.listing import supported as listing_supported
from perf.paginator import DeferredJoinPaginator
from places.models import Province


def for_cards(queryset, *, places=True):
    """What an article card shows (headline, lead, date, places, featured photo) in two extra queries."""
    prefetches = [Prefetch("photos", queryset=Photo.objects.filter(is_featured=True), to_attr="featured_photos")]
    if places:
        prefetches.append(Prefetch("provinces", queryset=Province.objects.only("id", "name", "slug", "valid_to")))
    return queryset.defer("body", "search_text", "search_vector").prefetch_related(*prefetches)


class PublishedArticlesMixin:
    """Every public article view starts from the one visibility rule."""

    def get_queryset(self):
        return for_cards(Article.objects.published()).newest_first()


class SafePaginationMixin:
    """A page number that is not a number, or past the end, shows a clear message instead of a 404/500."""

    paginate_by = settings.ARTICLES_PER_PAGE
    paginator_class = DeferredJoinPaginator
    page_error = None

    def paginate_queryset(self, queryset, page_size):
        paginator = self.get_paginator(queryset, page_size, allow_empty_first_page=True)
        raw = self.request.GET.get(self.page_kwarg) or 1
        try:
            number = int(str(raw)[:9])
            if number < 1:
                raise ValueError
            page = paginator.page(number)
        except (ValueError, InvalidPage):
            self.page_error = _("Trang không tồn tại. Đang hiển thị trang đầu.")
            page = paginator.page(1)
        return paginator, page, page.object_list, page.has_other_pages()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["page_error"] = self.page_error
        return context


class ArticleListView(PublishedArticlesMixin, SafePaginationMixin, FilterView):
    filterset_class = ArticleFilter
    template_name = "articles/article_list.html"
    context_object_name = "articles"
    paginator_class = ProvinceListingPaginator
    # Opt-in per class (checked in the class's own namespace): a view with its own ordering (search) or
    # its own narrowing (a topic, an official) must not be paged by the province index.
    pages_by_province_index = True

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
        if not type(self).__dict__.get("pages_by_province_index") or not listing_supported(queryset):
            return None
        if self.filterset.is_bound and not self.filterset.is_valid():
            return None
        province = self.listing_province()
        if province is None:
            return None
        others = None
        data = self.filterset.form.cleaned_data if self.filterset.is_bound else {}
        if any(data.get(name) for name in ("topic", "official", "from", "to")):
            rest = {k: v for k, v in self.filterset.data.items() if k not in {"province", "include_former", "page"}}
            others = self.filterset_class(data=rest, queryset=self.listing_base()).qs
        return ProvinceListing(province.pk, others)

    def get_filterset_kwargs(self, filterset_class):
        kwargs = super().get_filterset_kwargs(filterset_class)
        data = kwargs.get("data")
        if data is not None:
            # Over-long values are refused by the form with a clear message rather than reaching the database.
            kwargs["data"] = {key: value[:200] for key, value in data.items()}
        return kwargs

    def get(self, request, *args, **kwargs):
        self.filterset = self.get_filterset(self.get_filterset_class())
        if self.filterset.is_bound and self.filterset.is_valid():
            self.filterset.clean_range()
        valid = not self.filterset.is_bound or self.filterset.is_valid()
        self.object_list = self.filterset.qs if valid else self.filterset.queryset.none()
        context = self.get_context_data(filter=self.filterset, object_list=self.object_list)
        context["chips"] = self.active_chips()
        status = 200 if valid else 400
        return self.render_to_response(context, status=status)

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


class HomeView(TemplateView):
    template_name = "articles/home.html"
    latest_count = 7
    per_section = 4

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        published = Article.objects.published()
        topics = list(Topic.objects.main().prefetch_related(Prefetch("children", queryset=Topic.objects.only("id", "parent_id"))))
        # One UNION ALL query picks the newest articles overall and per section (a section includes its
        # sub-topics); one more fetches them all. Each part walks the publish-time index, so it stays fast.
        def part(queryset, section, count):
            # The LIMIT sits in an IN subquery: SQLite refuses one directly inside UNION.
            newest = queryset.newest_first().values("pk")[:count]
            return Article.objects.filter(pk__in=newest).annotate(section=Value(section)).values_list("pk", "section").order_by()

        parts = [part(published, 0, self.latest_count)]
        for topic in topics:
            # The section's topic ids are known here: no join on the topic table in each of the parts.
            section_ids = [topic.pk, *(child.pk for child in topic.children.all())]
            in_section = Article.topics.through.objects.filter(article_id=OuterRef("pk"), topic_id__in=section_ids)
            parts.append(part(published.filter(Exists(in_section)), topic.pk, self.per_section))
        rows = list(parts[0].union(*parts[1:], all=True))
        articles = {a.pk: a for a in for_cards(published.filter(pk__in={pk for pk, _ in rows})).newest_first()}
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


class TopicDetailView(ArticleListView):
    template_name = "articles/topic_detail.html"

    def dispatch(self, request, *args, **kwargs):
        self.topic = get_object_or_404(Topic, slug=kwargs["slug"])
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        topics = Topic.objects.filter(Q(pk=self.topic.pk) | Q(parent=self.topic)).values("pk")
        return super().get_queryset().in_topics(topics)

    def get_context_data(self, **kwargs):
        return super().get_context_data(topic=self.topic, **kwargs)


class DocumentDetailView(ArticleListView):
    template_name = "articles/document_detail.html"

    def dispatch(self, request, *args, **kwargs):
        self.document = get_object_or_404(Document, slug=kwargs["slug"])
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        return super().get_queryset().filter(documents=self.document)

    def get_context_data(self, **kwargs):
        return super().get_context_data(document=self.document, **kwargs)


class ArticleDetailView(PublishedArticlesMixin, DetailView):
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
        context["related"] = self.related_articles(article)
        return context

    def related_articles(self, article):
        """Articles sharing the most topics and places, among the newest 200 sharing any: bounded at any size."""
        topic_ids = [t.id for t in article.topics.all()]
        province_ids = [p.id for p in article.provinces.all()]
        if not topic_ids and not province_ids:
            return []
        # The article is matched by a range of one (>= and <=) rather than by equality, so PostgreSQL probes
        # the link index for each of the few hundred newest candidates instead of hashing every article of a
        # broad topic (tens of thousands of rows) first.
        same = {"article_id__gte": OuterRef("pk"), "article_id__lte": OuterRef("pk")}
        in_topics = Exists(Article.topics.through.objects.filter(topic_id__in=topic_ids, **same))
        in_places = Exists(Article.provinces.through.objects.filter(province_id__in=province_ids, **same))
        published = Article.objects.published().exclude(pk=article.pk)
        candidates = published.filter(in_topics | in_places).newest_first().values("pk")[:200]
        shared = Case(When(in_topics, then=1), default=0) + Case(When(in_places, then=1), default=0)
        # Related cards show no places: the page's query budget goes to the article itself.
        return list(
            for_cards(published.filter(pk__in=candidates), places=False)
            .annotate(shared=shared)
            .order_by("-shared", "-publish_at", "-id")[: self.related_count]
        )
