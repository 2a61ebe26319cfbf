from django.contrib import admin

from core.admin_params import StrictAdminParamsMixin
from search.models import Abbreviation


@admin.register(Abbreviation)
class AbbreviationAdmin(StrictAdminParamsMixin, admin.ModelAdmin):
    """Learned from the articles' own definitions; deleting a wrong one narrows searches again. Nothing is
    typed here: a definition comes from an article, which is where a typo is corrected."""

    list_display = ("short", "printed", "learned_at")
    search_fields = ("short", "spelled", "printed")

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
