"""Admin change lists that stay fast at 100,000 articles."""

from django.contrib.admin.views.main import ChangeList


class LeanChangeList(ChangeList):
    """Leaves the model admin's ``changelist_defer`` fields (long texts) out of the change list's queries.

    Filtering on a many-to-many field (provinces, topics) makes Django add DISTINCT, and a DISTINCT over rows
    holding whole article bodies, search texts and vectors is what made "articles of one province" slow.
    """

    def get_queryset(self, request, exclude_parameters=None):
        queryset = super().get_queryset(request, exclude_parameters)
        return queryset.defer(*getattr(self.model_admin, "changelist_defer", ()))


class LeanChangeListMixin:
    changelist_defer = ()

    def get_changelist(self, request, **kwargs):
        return LeanChangeList
