"""Admin for topics and cited documents. The article admin is the workflow's (workflow/admin/__init__.py): every
save of an article goes through its services, and the apps above add their filters and panels to it."""

from django.contrib import admin

from articles.models import Document, Topic
from core.admin_params import StrictAdminParamsMixin


@admin.register(Topic)
class TopicAdmin(StrictAdminParamsMixin, admin.ModelAdmin):
    list_display = ["name", "parent", "show_on_home", "position"]
    list_editable = ["show_on_home", "position"]
    list_select_related = ["parent"]
    search_fields = ["name", "slug"]
    autocomplete_fields = ["parent"]


@admin.register(Document)
class DocumentAdmin(StrictAdminParamsMixin, admin.ModelAdmin):
    list_display = ["title", "number", "kind", "issuer", "year"]
    list_filter = ["kind", "year"]
    search_fields = ["title", "number", "key"]
