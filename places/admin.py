from django.contrib import admin

from core.admin import FoldedSearchMixin
from core.admin_params import StrictAdminParamsMixin
from places.models import Province


@admin.register(Province)
class ProvinceAdmin(StrictAdminParamsMixin, FoldedSearchMixin, admin.ModelAdmin):
    """Reference data: every role may look; only administrators hold the permission to change it."""

    list_display = ["name", "code", "kind", "slug", "valid_to", "successor"]
    list_filter = [("valid_to", admin.EmptyFieldListFilter), "kind"]
    search_fields = ["name", "slug", "code"]
    list_select_related = ["successor"]
    ordering = ["sort_name"]
