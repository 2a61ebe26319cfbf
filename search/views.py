from django.db.models import Prefetch

from articles.models import Article
from articles.views import ArticleListView
from core.params import StrictPaginator
from places.models import Province
from search.abbreviations import learned_meanings
from search.entities import recognise
from search.highlight import annotate_results
from search.query import SearchQueryError, parse_query
from search.ranking import search_articles


class SearchView(ArticleListView):
    """``/tim-kiem/?q=``: the provinces, topics, officials and documents the query names, then published
    articles ranked by how well they match (``search.ranking``).

    FilterView does the filtering: the province, topic and date filters of the coverage lists narrow the
    view's queryset (``published()``) as they do on every list, and only then are the matches ranked.
    """

    template_name = "search/search.html"
    page_cache_tags = ("search",)

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.parsed, self.query_error, self.results, self.entities = None, None, None, []
        raw = request.GET.get("q", "")
        if raw.strip():
            try:
                self.parsed = parse_query(raw, learned=learned_meanings)
            except SearchQueryError as error:
                self.query_error = error.message

    def get_queryset(self):
        # A result shows its title, date, provinces and snippet: no photo, so none is fetched.
        return (
            Article.objects.published()
            .defer("search_text", "search_vector")
            .prefetch_related(Prefetch("provinces", queryset=Province.objects.only("id", "name", "slug", "valid_to")))
        )

    def get_paginator(self, queryset, per_page, orphans=0, allow_empty_first_page=True, **kwargs):
        # Ranked results are a list in their own order, not a queryset to page by an index.
        return StrictPaginator(queryset, per_page, orphans=orphans, allow_empty_first_page=allow_empty_first_page)

    def get_context_data(self, *, object_list=None, **kwargs):
        if self.parsed is not None and self.query_error is None:
            self.entities, self.listed_officials = recognise(self.parsed)
            self.results = search_articles(object_list, self.parsed, entities=self.entities)
            object_list = self.results.articles
        else:
            object_list = Article.objects.none()
        context = super().get_context_data(object_list=object_list, **kwargs)
        words_anywhere, near = False, []
        if self.results is not None:
            words_anywhere = self.results.words_anywhere
            context["articles"] = context["object_list"] = annotate_results(
                list(context["articles"]), self.parsed, words_anywhere=words_anywhere,
                without_phrase=self.results.articles.without_phrase,
            )
            context["officials"] = self.officials()
            page = context.get("page_obj")
            if page is None or not page.has_next():
                # Under the last page of few results: what holds every word but one (``search.ranking.near``).
                near = self.results.near()
                annotate_results([n.article for n in near], self.parsed, words_anywhere=True)
        context.update(
            query=self.request.GET.get("q", "")[:300], parsed=self.parsed, query_error=self.query_error,
            chips=self.active_chips(), words_anywhere=words_anywhere, near=near,
            capped=getattr(object_list, "capped", False),
            shown_count=getattr(object_list, "shown_count", None), documents=getattr(object_list, "documents", []),
            places=[e for e in self.entities if e.kind == "province"],
            topics=[e for e in self.entities if e.kind == "topic"],
        )
        return context

    def officials(self):
        """Officials the query names in full first, then those whose name holds every word."""
        return self.listed_officials

    def render_to_response(self, context, **response_kwargs):
        if self.query_error is not None:
            response_kwargs.setdefault("status", 400)
        return super().render_to_response(context, **response_kwargs)
