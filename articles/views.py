"""The public pages: home, an article, and every list of article cards (news, a topic, a document, a province,
an official). The province and official pages live here, not in places or people, because they list articles:
those apps sit below this one."""

from urllib.parse import urlencode

from django.conf import settings
from django.core.paginator import InvalidPage
from django.db.models import Exists, F, OuterRef, Prefetch, Value, prefetch_related_objects
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext as _
from django.views.generic import DetailView, TemplateView
from django_filters.views import FilterView

from articles.article_cache import public_parts, public_side, purge_sequence, render_parts, render_side
from articles.card_cache import Cards
from articles.filters import ArticleFilter
from articles.models import Article, Document, Mention, Topic
from articles.paginators import DeferredJoinPaginator, ListingPaginator, province_listing, topic_listing
from articles.paginators import supported as listing_supported
from articles.sidebar import article_neighbours
from core.cache import add_cache_tags, cached_until_change
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
        paginator = self.get_paginator(queryset, page_size, allow_empty_first_page=True, official=self.card_official())
        number = page_number(self.request.GET, self.page_kwarg)
        try:
            if number is None:
                raise InvalidPage
            page = paginator.page(number)
        except InvalidPage:
            self.page_error = _("Trang không tồn tại. Đang hiển thị trang đầu.")
            page = paginator.page(1)
        return paginator, page, page.object_list, page.has_other_pages()

    def card_official(self):
        """The official whose page this is: their cards name them before the title each article printed."""
        return None

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


class ListingMixin:
    """Pages a single province's or topic's list from its listing index (PostgreSQL; articles/paginators.py).

    Only for lists that are the published coverage newest first, narrowed by the filters alone: the listing
    knows its subject and the other filters, not a view's own narrowing (an official) or order.
    """

    paginator_class = ListingPaginator

    def get_paginator(self, queryset, per_page, orphans=0, allow_empty_first_page=True, **kwargs):
        listing = None
        valid = not self.filterset.is_bound or self.filterset.is_valid()
        if valid and listing_supported(queryset):
            listing = self.listing()
        return self.paginator_class(queryset, per_page, orphans=orphans, allow_empty_first_page=allow_empty_first_page,
                                    listing=listing, **kwargs)

    def listing(self):
        """The page's ``Listing``, or None for the general path."""
        return None

    def other_filters(self, subject):
        """The filters other than ``subject`` (the listing's own), as (a queryset of articles, its canonical
        query string), or (None, ""): all articles, as the listing itself holds only published ones (and every
        row shown still passes ``published()``)."""
        data = self.filterset.form.cleaned_data if self.filterset.is_bound else {}
        names = {"province", "topic", "official", "from", "to"} - {subject, *self.fixed_filters}
        if not any(data.get(name) for name in names):
            return None, ""
        skip = {subject, *self.fixed_filters, "page"} | ({"include_former"} if subject == "province" else set())
        rest = {key: value for key, value in self.filterset.data.items() if key not in skip}
        return self.filterset_class(data=rest, queryset=Article.objects.all()).qs, urlencode(sorted(rest.items()))

    def topic_tree_listing(self, topic, tree=None):
        ids = tree if tree is not None else Topic.objects.trees([topic.pk]).values_list("pk", flat=True)
        return topic_listing(ids, *self.other_filters("topic"))

    def cleaned(self, name):
        return self.filterset.form.cleaned_data.get(name) if self.filterset.is_bound else None


class ArticleListView(ListingMixin, ArticleListMixin, FilterView):
    template_name = "articles/article_list.html"
    page_cache_tags = ("list",)

    def listing(self):
        province = self.cleaned("province")
        if province is not None:
            # With its former units, several lists: the general path joins them.
            return None if self.cleaned("include_former") else province_listing(province.pk, *self.other_filters("province"))
        topic = self.cleaned("topic")
        return None if topic is None else self.topic_tree_listing(topic)


class TopicDetailView(ListingMixin, ArticleListMixin, FilterView):
    template_name = "articles/topic_detail.html"
    fixed_filters = ("topic",)

    def dispatch(self, request, *args, **kwargs):
        tree = list(Topic.objects.tree_of_slug(kwargs["slug"]))
        self.topic = next((topic for topic in tree if topic.slug == kwargs["slug"]), None)
        if self.topic is None:
            raise Http404
        self.tree_ids = [topic.pk for topic in tree]
        add_cache_tags(request, f"topic:{self.topic.pk}")
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        return super().get_queryset().in_topics(self.tree_ids)

    def listing(self):
        return self.topic_tree_listing(self.topic, self.tree_ids)

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


class ProvinceDetailView(ListingMixin, ArticleListMixin, FilterView):
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

    def listing(self):
        # With its former units the general path joins them: the units are this view's own narrowing, which a
        # topic's listing would not know.
        return None if self.include_former else province_listing(self.province.pk, *self.other_filters("province"))

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

    def card_official(self):
        return self.official

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
    choice_seconds = 300

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # Which articles go where changes only when something is published, withdrawn or re-filed: chosen once per
        # change of the public content (cached_until_change), not on every visit. Their cards come from the card
        # cache, and every visit checks the chosen ids through published() (one query of ids), so the visibility
        # rule still decides what is shown; only the articles whose cards are missing are read.
        topics, rows = cached_until_change("home-cards", self.choose, timeout=self.choice_seconds)
        cards = Cards(Article.objects.published().for_cards())
        picked = {}
        for pk, section in rows:
            picked.setdefault(section, []).append(pk)
        context["latest"] = cards.list(picked.get(0, []), lead=True)
        context["sections"] = [(topic, cards.list(picked[topic.pk])) for topic in topics if picked.get(topic.pk)]
        return context

    def choose(self):
        """(the main topics, [(article id, section)] newest first): section 0 is the latest news, the others a
        topic's id."""
        published = Article.objects.published()
        topics = list(Topic.objects.main())
        # Every section's topic ids (a section includes its sub-topics) in one query, so that no part below
        # joins the topic table.
        main_ids = {topic.pk for topic in topics}
        section_ids = {pk: [] for pk in main_ids}
        for pk, parent_id in Topic.objects.trees(list(main_ids)).values_list("pk", "parent_id"):
            section_ids[pk if pk in main_ids else parent_id].append(pk)

        # One UNION ALL query picks the newest articles overall and per section. Each part walks the publish-time
        # index, so it stays fast.
        def part(queryset, section, count):
            # The LIMIT sits in an IN subquery: SQLite refuses one directly inside UNION.
            newest = queryset.newest_first().values("pk")[:count]
            return (Article.objects.filter(pk__in=newest).annotate(section=Value(section))
                    .values_list("publish_at", "pk", "section").order_by())

        parts = [part(published, 0, self.latest_count)]
        for topic in topics:
            in_section = Article.topics.through.objects.filter(article_id=OuterRef("pk"), topic_id__in=section_ids[topic.pk])
            parts.append(part(published.filter(Exists(in_section)), topic.pk, self.per_section))
        rows = sorted(parts[0].union(*parts[1:], all=True), reverse=True)
        return topics, [(pk, section) for _publish_at, pk, section in rows]


class ArticleDetailView(DetailView):
    """An article. The public page is put together from parts rendered once per change (articles/article_cache.py):
    a visit reads the article's row (is it public now?) and three cache entries. A subclass that finds its article
    another way (a preview) renders every part from that article on every view and never uses those caches.
    """

    template_name = "articles/article_detail.html"
    context_object_name = "article"
    related_count = 4
    # The purge sequence read before get_object() below read the article: only then are the caches used.
    started = None
    public = False

    def get_queryset(self):
        # The search columns are large and no page shows them.
        return Article.objects.published().defer("search_text", "search_vector")

    def get_object(self, queryset=None):
        self.started = purge_sequence()
        try:
            article = super().get_object(queryset)
        except Article.MultipleObjectsReturned as exc:  # slugs are unique; kept for safety
            raise Http404 from exc
        self.public = True
        return article

    @staticmethod
    def with_everything(article):
        """``article`` with everything its parts show, read only when they are rendered (six queries)."""
        prefetch_related_objects(
            [article], "provinces", "topics", "documents",
            Prefetch("mentions", queryset=Mention.objects.select_related("official").order_by("position", "id")),
            "photos",
            # Shown at the foot of the page and emitted as schema.org "correction": one query for both.
            "corrections",
        )
        return article

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        article = self.object
        if self.public:
            parts = public_parts(article, started=self.started, load=lambda: self.with_everything(article))
            choice = {"related_count": self.related_count, "topics": parts["topics"], "provinces": parts["provinces"]}
            tags, side, neighbours = public_side(article, started=self.started, **choice)
            if neighbours is None:  # kept HTML: the lists themselves only for whoever asks (tests, subclasses)
                neighbours = SimpleLazyObject(lambda: article_neighbours(article, **choice))
        else:
            parts, _keep = render_parts(article)
            neighbours = article_neighbours(article, related_count=self.related_count)
            (tags, side), _keep = render_side(article, neighbours)
        context.update(parts=parts["html"], side=side, neighbours=neighbours,
                       related=SimpleLazyObject(lambda: neighbours.related))
        # The page shows the articles of its side column: their tags, and a short life for the "latest" news.
        add_cache_tags(self.request, *tags, timeout=settings.PUBLIC_CACHE_SIDE_COLUMN_SECONDS)
        return context
