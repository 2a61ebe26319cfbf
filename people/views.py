from django.db.models import F, Prefetch
from django.shortcuts import get_object_or_404

from articles.views import ArticleListView
from people.models import Official, Position


class OfficialDetailView(ArticleListView):
    """An official, their current titles, and the published coverage that mentions them."""

    template_name = "people/official_detail.html"

    def dispatch(self, request, *args, **kwargs):
        self.official = get_object_or_404(
            Official.objects.prefetch_related(
                Prefetch("positions", queryset=Position.objects.select_related("organisation"))
            ),
            slug=kwargs["slug"],
        )
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
