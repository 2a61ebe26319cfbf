from django.contrib import admin

from core.admin import FoldedSearchMixin
from places.models import Province


@admin.register(Province)
class ProvinceAdmin(FoldedSearchMixin, admin.ModelAdmin):
    """Reference data: everyone may look, only administrators may change it."""

    list_display = ["name", "code", "kind", "slug", "valid_to", "successor"]
    list_filter = [("valid_to", admin.EmptyFieldListFilter), "kind"]
    search_fields = ["name", "slug", "code"]
    list_select_related = ["successor"]
    ordering = ["sort_name"]

    def has_add_permission(self, request):
        return request.user.is_superuser

    def has_change_permission(self, request, obj=None):
        return request.user.is_superuser

    def has_delete_permission(self, request, obj=None):
        return request.user.is_superuser
