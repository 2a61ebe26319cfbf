from django.contrib import admin
from django.urls import reverse
from django.utils.html import format_html, format_html_join

from core.admin import FoldedSearchMixin
from core.admin_params import StrictAdminParamsMixin
from core.forms import SAFE_IMAGE_OVERRIDES
from people.models import Official, Organisation, Position


class PositionInline(admin.TabularInline):
    model = Position
    extra = 0
    autocomplete_fields = ["organisation"]
    fields = ["title", "organisation", "start_date", "end_date"]


@admin.register(Official)
class OfficialAdmin(StrictAdminParamsMixin, FoldedSearchMixin, admin.ModelAdmin):
    list_display = ["full_name", "current_title", "needs_verification", "updated_at"]
    list_filter = ["needs_verification"]
    search_fields = ["full_name"]
    readonly_fields = ["created_at", "updated_at", "mentioned_in"]
    fields = ["full_name", "slug", "portrait", "biography", "needs_verification", "created_at", "updated_at",
              "mentioned_in"]
    inlines = [PositionInline]
    formfield_overrides = SAFE_IMAGE_OVERRIDES  # the portrait is decoded, size-checked, re-encoded, renamed
    mentioned_in_limit = 50
    # official -> a queryset of the articles that name them. Reading article texts for names is the importer's
    # recognition, two layers up: it hands its finder in (importer/admin.py), so people need not import it.
    mentions_finder = None

    @classmethod
    def find_mentions_with(cls, finder):
        cls.mentions_finder = staticmethod(finder)

    def get_queryset(self, request):
        return super().get_queryset(request).with_current_positions()

    @admin.display(description="Chức vụ hiện nay")
    def current_title(self, obj):
        return obj.current_title

    @admin.display(description="Bài nhắc đến (đã gắn hoặc chỉ có tên trong bài)")
    def mentioned_in(self, obj):
        if not obj or not obj.pk or self.mentions_finder is None:
            return "–"
        articles = list(
            self.mentions_finder(obj).only("pk", "title", "status").prefetch_related("mentions")
            [: self.mentioned_in_limit]
        )
        if not articles:
            return "Chưa có bài nào nhắc đến."
        rows = format_html_join(
            "", "<li><a href=\"{}\">{}</a> ({}){}</li>",
            (
                (reverse("admin:articles_article_change", args=[a.pk]), a.title, a.get_status_display(),
                 "" if any(m.official_id == obj.pk for m in a.mentions.all()) else " – chưa gắn")
                for a in articles
            ),
        )
        return format_html("<ul>{}</ul>", rows)


@admin.register(Organisation)
class OrganisationAdmin(StrictAdminParamsMixin, admin.ModelAdmin):
    list_display = ["name", "province", "parent"]
    list_select_related = ["province", "parent"]
    search_fields = ["name"]
    autocomplete_fields = ["province", "parent"]
