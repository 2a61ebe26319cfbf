from django.contrib import admin
from django.contrib.auth.admin import GroupAdmin
from django.contrib.auth.models import Group

from core.admin_params import StrictAdminParamsMixin
from core.text import fold

admin.site.site_header = "Tòa soạn – Quản trị nội dung"
admin.site.site_title = "Tòa soạn"
admin.site.index_title = "Bảng điều khiển"


class FoldedSearchMixin:
    """Admin search that also matches text typed without diacritics ("kien giang" finds "Kiên Giang")."""

    folded_search_field = "name_folded"

    def get_search_results(self, request, queryset, search_term):
        results, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        folded = fold(search_term)
        if folded:
            results = results | queryset.filter(**{f"{self.folded_search_field}__contains": folded})
        return results, may_have_duplicates

# Django registers its own GroupAdmin; registered again so that its pages read the query string by the project's
# rule like every other admin (core/admin_params.py).
admin.site.unregister(Group)


@admin.register(Group)
class NewsroomGroupAdmin(StrictAdminParamsMixin, GroupAdmin):
    pass


# Login lockouts and role changes: registered from their own module (why: see its docstring). The account admin
# itself is the workflow's, which owns the roles it enforces (workflow/admin/accounts.py).
from core import admin_security  # noqa: E402,F401
