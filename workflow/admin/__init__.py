"""Admin for the workflow's own models. The article pages live in workflow.admin.article (mixed into ArticleAdmin)."""

from django.contrib import admin
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from workflow import permissions
from workflow.models import Desk, Transition
from workflow.roles import MODERATOR_GROUP


@admin.register(Transition)
class TransitionAdmin(admin.ModelAdmin):
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
class DeskAdmin(admin.ModelAdmin):
    list_display = ["name", "moderator_names", "province_count", "topic_count"]
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
