from django.db.models import Prefetch
from django.shortcuts import get_object_or_404

from articles.models import Mention
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
        return (
            super().get_queryset().filter(officials=self.official).prefetch_related(
                Prefetch("mentions", queryset=Mention.objects.filter(official=self.official), to_attr="this_mention")
            )
        )

    def get_context_data(self, **kwargs):
        positions = list(self.official.positions.all())
        return super().get_context_data(
            official=self.official,
            current_positions=[p for p in positions if p.is_current],
            past_positions=[p for p in positions if not p.is_current],
            **kwargs,
        )
