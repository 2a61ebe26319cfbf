from functools import partial

from django.contrib import admin
from django.urls import path
from django.utils.translation import gettext_lazy as _

from articles.models import Article, Document, Mention, Photo, Topic
from core.admin import FoldedSearchMixin
from core.forms import SAFE_IMAGE_OVERRIDES
from dashboard.admin_filters import DecidedFilter, DeskFilter
from importer import admin_suggestions
from perf.admin import LeanChangeListMixin
from perf.paginator import EstimatedCountPaginator
from workflow.admin.article import WorkflowArticleAdminMixin, WorkflowInlineMixin


class PhotoInline(WorkflowInlineMixin, admin.StackedInline):
    model = Photo
    extra = 0
    fields = [("image", "is_featured", "position"), "caption", ("credit", "alt_text"), ("width", "height")]
    readonly_fields = ["width", "height"]
    formfield_overrides = SAFE_IMAGE_OVERRIDES  # decoded, size-checked, re-encoded, renamed


class MentionInline(WorkflowInlineMixin, admin.TabularInline):
    model = Mention
    extra = 0
    autocomplete_fields = ["official"]
    fields = ["official", "title_as_printed", "position"]


@admin.register(Article)
class ArticleAdmin(LeanChangeListMixin, WorkflowArticleAdminMixin, FoldedSearchMixin, admin.ModelAdmin):
    """Declarative options only. Saving, status changes, locks and the workflow pages come from the mixin,
    which routes every write through workflow.services."""

    folded_search_field = "search_text"
    list_display = ["title", "workflow_status", "publish_at", "author", "updated_at"]
    # Plain related filters: "only provinces that have articles" costs a DISTINCT over every article-province
    # link on each page view (135 ms at 100,000 articles; bench/README.md).
    list_filter = ["status", "topics", "provinces", "publish_at", "event_date", DecidedFilter, DeskFilter]
    list_select_related = ["author"]
    search_fields = ["title", "lead"]
    date_hierarchy = "publish_at"
    # Counting the whole table on every page view costs more than the page; the planner's estimate serves.
    paginator = EstimatedCountPaginator
    show_full_result_count = False
    changelist_defer = ["body", "search_text", "search_vector"]
    autocomplete_fields = ["provinces", "topics", "documents"]
    readonly_fields = ["status", "publish_at", "first_published_at", "author", "last_edited_by", "created_at", "updated_at"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "lead", "body", "base_version"]}),
        (_("Phân loại"), {"fields": ["event_date", "provinces", "topics", "documents"]}),
        (_("Tác giả và nguồn"), {"fields": ["byline", "source"]}),
        (_("Trạng thái"), {"fields": ["status", "publish_at", "first_published_at", "author", "last_edited_by",
                                      "created_at", "updated_at"]}),
    ]
    inlines = [PhotoInline, MentionInline]
    actions = ["submit_selected", "approve_selected"]
    list_per_page = 50

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        admin_suggestions.link_documents_after_save(form.instance, getattr(request, "workflow_revision", None))

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        context["recognition_suggestions"] = admin_suggestions.suggestions_for(obj)
        return super().render_change_form(request, context, add, change, form_url, obj)

    def get_urls(self):
        view = self.admin_site.admin_view(partial(admin_suggestions.apply_suggestion_view, model_admin=self))
        return [
            path("<path:object_id>/goi-y/", view, name="articles_article_suggestion"),
            *super().get_urls(),
        ]


@admin.register(Topic)
class TopicAdmin(admin.ModelAdmin):
    list_display = ["name", "parent", "show_on_home", "position"]
    list_editable = ["show_on_home", "position"]
    list_select_related = ["parent"]
    search_fields = ["name", "slug"]
    autocomplete_fields = ["parent"]


@admin.register(Document)
class DocumentAdmin(admin.ModelAdmin):
    list_display = ["title", "number", "kind", "issuer", "year"]
    list_filter = ["kind", "year"]
    search_fields = ["title", "number", "key"]
