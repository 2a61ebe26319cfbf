from django.contrib import admin

from core.admin import FoldedSearchMixin
from core.forms import SAFE_IMAGE_OVERRIDES
from people.models import Official, Organisation, Position


class PositionInline(admin.TabularInline):
    model = Position
    extra = 0
    autocomplete_fields = ["organisation"]
    fields = ["title", "organisation", "start_date", "end_date"]


@admin.register(Official)
class OfficialAdmin(FoldedSearchMixin, admin.ModelAdmin):
    list_display = ["full_name", "current_title", "needs_verification", "updated_at"]
    list_filter = ["needs_verification"]
    search_fields = ["full_name"]
    readonly_fields = ["created_at", "updated_at"]
    fields = ["full_name", "slug", "portrait", "biography", "needs_verification", "created_at", "updated_at"]
    inlines = [PositionInline]
    formfield_overrides = SAFE_IMAGE_OVERRIDES  # the portrait is decoded, size-checked, re-encoded, renamed
    prepopulated_fields = {}

    def get_queryset(self, request):
        return super().get_queryset(request).with_current_positions()

    @admin.display(description="Chức vụ hiện nay")
    def current_title(self, obj):
        return obj.current_title


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    list_display = ["name", "province", "parent"]
    list_select_related = ["province", "parent"]
    search_fields = ["name"]
    autocomplete_fields = ["province", "parent"]
