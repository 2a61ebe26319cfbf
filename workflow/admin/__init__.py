"""The editorial admin: articles (the workflow owns how they are saved), the transition log, desks, accounts.

The article pages' behaviour lives in workflow.admin.article; the ArticleAdmin below assembles it with the
declarative options. Apps above the workflow add to it through ``ArticleAdmin.extend`` (extensions.py).
"""

from django.contrib import admin
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from articles.models import Article, Mention, Photo
from core.admin import FoldedSearchMixin
from core.admin_links import EditableLinksMixin
from core.admin_lists import EstimatedCountPaginator, LeanChangeListMixin
from core.admin_params import StrictAdminParamsMixin
from core.forms import SAFE_IMAGE_OVERRIDES
from workflow import permissions
from workflow.admin.accounts import register_account_admin
from workflow.admin.article import WorkflowArticleAdminMixin, WorkflowInlineMixin
from workflow.admin.forms import PhotoInlineForm
from workflow.admin.workspace import WorkspaceExtension
from workflow.models import Desk, Transition
from workflow.roles import MODERATOR_GROUP


class PhotoInline(WorkflowInlineMixin, admin.StackedInline):
    model = Photo
    form = PhotoInlineForm  # with its script: staged at once, thumbnails, drag to reorder, alt text folded
    template = "admin/articles/photo/stacked_staged.html"
    extra = 0
    fields = [("image", "staged_photo", "is_featured"), ("caption", "credit"), "alt_text", "position"]
    formfield_overrides = SAFE_IMAGE_OVERRIDES  # decoded, size-checked, re-encoded, renamed

    def get_formset(self, request, obj=None, **kwargs):
        return super().get_formset(request, obj, **kwargs).for_user(request.user)


class MentionInline(WorkflowInlineMixin, admin.TabularInline):
    model = Mention
    extra = 0
    autocomplete_fields = ["official"]
    fields = ["official", "title_as_printed", "position"]


@admin.register(Article)
class ArticleAdmin(EditableLinksMixin, LeanChangeListMixin, WorkflowArticleAdminMixin, FoldedSearchMixin,
                   admin.ModelAdmin):
    """Declarative options, and the extensions of the apps above. Saving, status changes, locks and the workflow
    pages come from the mixin, which routes every write through workflow.services."""

    # Added by apps above the workflow (ArticleAdmin.extend), read at each request.
    extensions = ()

    folded_search_field = "search_text"
    list_display = ["title", "workflow_status", "publish_at", "author", "updated_at"]
    # Plain related filters: "only provinces that have articles" costs a DISTINCT over every article-province
    # link on each page view (135 ms at 100,000 articles; bench/README.md). Extensions add theirs after these.
    list_filter = ["status", "topics", "provinces", "publish_at", "event_date"]
    list_select_related = ["author"]
    search_fields = ["title", "lead"]
    date_hierarchy = "publish_at"
    # Counting the whole table on every page view costs more than the page; the planner's estimate serves.
    paginator = EstimatedCountPaginator
    show_full_result_count = False
    changelist_defer = ["body", "search_text", "search_vector"]
    autocomplete_fields = ["provinces", "topics", "documents"]
    # Their link models add only what the database fills in (articles/models/links.py).
    editable_link_fields = ["provinces", "topics"]
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

    @classmethod
    def extend(cls, extension):
        """Add an ``ArticleAdminExtension`` (once per kind: a module imported twice must not add it twice)."""
        if not any(type(existing) is type(extension) for existing in cls.extensions):
            cls.extensions = (*cls.extensions, extension)

    def get_list_filter(self, request):
        return [*super().get_list_filter(request), *(f for ext in self.extensions for f in ext.list_filters)]

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        for extension in self.extensions:
            extension.after_save(request, form.instance, getattr(request, "workflow_revision", None))

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        for extension in self.extensions:
            context.update(extension.change_form_context(request, obj))
        return super().render_change_form(request, context, add, change, form_url, obj)

    def get_urls(self):
        return [*(url for extension in self.extensions for url in extension.get_urls(self)), *super().get_urls()]


@admin.register(Transition)
class TransitionAdmin(StrictAdminParamsMixin, admin.ModelAdmin):
    """The permanent record. Read-only for everyone, administrators included: no add, change or delete."""

    list_display = ["created_at", "article", "action", "from_status", "to_status", "actor_name", "short_comment"]
    list_filter = ["action", "to_status"]
    list_select_related = ["article"]
    search_fields = ["article__title", "actor_name", "comment"]
    date_hierarchy = "created_at"
    fields = ["article", "created_at", "action", "from_status", "to_status", "actor_name", "comment", "publish_at",
              "revision"]
    readonly_fields = fields
    actions = None

    @admin.display(description=_("ghi chú"))
    def short_comment(self, obj):
        return obj.comment if len(obj.comment) <= 80 else obj.comment[:79] + "…"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def _sees_all(self, request):
        return permissions.is_moderator(request.user) or request.user.has_perm("workflow.view_transition")

    def has_view_permission(self, request, obj=None):
        if self._sees_all(request):
            return True
        if not request.user.has_perm("workflow.view_own_history"):
            return False
        return obj is None or obj.article.author_id == request.user.pk

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        if self._sees_all(request):
            return queryset
        return queryset.filter(article__author=request.user)


@admin.register(Desk)
class DeskAdmin(StrictAdminParamsMixin, admin.ModelAdmin):
    list_display = ["name", "moderator_names", "province_count", "include_former_units", "topic_count"]
    list_filter = ["include_former_units"]
    search_fields = ["name"]
    filter_horizontal = ["moderators", "provinces", "topics"]

    @admin.display(description=_("kiểm duyệt viên"))
    def moderator_names(self, obj):
        return ", ".join(user.get_full_name() or user.get_username() for user in obj.moderators.all())

    @admin.display(description=_("số tỉnh, thành"))
    def province_count(self, obj):
        return obj.provinces.count()

    @admin.display(description=_("số chủ đề"))
    def topic_count(self, obj):
        return obj.topics.count()

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("moderators")

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name == "moderators":
            kwargs["queryset"] = get_user_model().objects.filter(
                Q(groups__name=MODERATOR_GROUP) | Q(is_superuser=True), is_active=True,
            ).distinct().order_by("username")
        return super().formfield_for_manytomany(db_field, request, **kwargs)


register_account_admin(admin.site)
ArticleAdmin.extend(WorkspaceExtension())
