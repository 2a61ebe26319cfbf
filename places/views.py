from django.shortcuts import get_object_or_404

from articles.views import ArticleListView
from places.models import Province


class ProvinceDetailView(ArticleListView):
    """A province's coverage. A successor unit can include the units it was formed from."""

    template_name = "places/province_detail.html"
    pages_by_province_index = True

    def dispatch(self, request, *args, **kwargs):
        self.province = get_object_or_404(Province.objects.select_related("successor"), slug=kwargs["slug"])
        self.include_former = request.GET.get("include_former") in {"1", "on", "true"}
        self.predecessors = list(self.province.predecessors.order_by("sort_name"))
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        queryset = super().get_queryset()
        if self.include_former and self.predecessors:
            # Same as in_province(include_former=True), reusing the predecessors already loaded.
            return queryset.in_provinces([self.province, *self.predecessors])
        return queryset.in_province(self.province)

    def listing_province(self):
        if self.include_former and self.predecessors:
            return None
        if self.filterset.is_bound and self.filterset.form.cleaned_data.get("province"):
            return None  # a second province in the query string: the general path intersects them
        return self.province

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            province=self.province,
            predecessors=self.predecessors,
            include_former=self.include_former,
            **kwargs,
        )
