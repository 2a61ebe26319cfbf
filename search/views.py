from django.db.models import Prefetch

from articles.models import Article, Photo
from articles.views import ArticleListView
from places.models import Province
from search.highlight import annotate_results
from search.query import SearchQueryError, parse_query
from search.ranking import search_articles, search_officials


class SearchView(ArticleListView):
    """``/tim-kiem/?q=``: officials by name, then published articles ranked by where the words occur.

    The province, topic and date filters of the coverage lists narrow the results the same way.
    """

    template_name = "search/search.html"
    parsed = None
    query_error = None

    def get_queryset(self):
        if self.parsed is None:
            return Article.objects.none()
        queryset = (
            Article.objects.published()
            .defer("search_text", "search_vector")
            .prefetch_related(
                Prefetch("photos", queryset=Photo.objects.filter(is_featured=True), to_attr="featured_photos"),
                Prefetch("provinces", queryset=Province.objects.only("id", "name", "slug", "valid_to")),
            )
        )
        return queryset

    def get(self, request, *args, **kwargs):
        raw = request.GET.get("q", "")
        if raw.strip():
            try:
                self.parsed = parse_query(raw)
            except SearchQueryError as error:
                self.query_error = error.message
        self.filterset = self.get_filterset(self.get_filterset_class())
        if self.filterset.is_bound and self.filterset.is_valid():
            self.filterset.clean_range()
        valid = self.query_error is None and (not self.filterset.is_bound or self.filterset.is_valid())
        words_anywhere = False
        if valid and self.parsed is not None:
            results = search_articles(self.filterset.qs, self.parsed)
            self.object_list, words_anywhere = results.articles, results.words_anywhere
        else:
            self.object_list = Article.objects.none()
        context = self.get_context_data(filter=self.filterset, object_list=self.object_list)
        if self.parsed is not None and valid:
            context["articles"] = context["object_list"] = annotate_results(
                list(context["articles"]), self.parsed, words_anywhere=words_anywhere,
            )
            context["officials"] = search_officials(self.parsed)
        context.update(
            query=raw[:300], parsed=self.parsed, query_error=self.query_error, chips=self.active_chips(),
            words_anywhere=words_anywhere, capped=getattr(self.object_list, "capped", False),
            documents=getattr(self.object_list, "documents", []),
        )
        return self.render_to_response(context, status=200 if valid else 400)
