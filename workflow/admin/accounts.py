"""Account management where reach follows rank, so that managing users never means being able to become anyone.

Administrators ("Quản trị viên") manage accounts, but only accounts below their own role: they create accounts,
give the editor role and reset editors' passwords. A moderator's, an administrator's (their own included) or a
superuser's account is out of their reach, since setting its password or its groups would let them become that
person; only a superuser, created on the command line, grants the moderator or administrator role. The ranks are
the workflow's roles (workflow.roles), so the account admin lives here; every change of role is stored, logged and
mailed to the superusers (core.role_audit), and login lockouts stay with core (core/admin_security.py).
"""

from django import forms
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _

from core.admin_params import StrictAdminParamsMixin
from core.role_audit import acting_as
from workflow.roles import (
    ADMINISTRATOR_GROUP,
    EDITOR_GROUP,
    MODERATOR_GROUP,
    can_manage_account,
    grantable_groups,
    role_names,
)

# What each role does, said next to the roles the form offers (only those the actor may grant).
ROLE_DESCRIPTIONS = {
    EDITOR_GROUP: _("viết và gửi bài"),
    MODERATOR_GROUP: _("duyệt, hẹn giờ, trả lại và gỡ bài"),
    ADMINISTRATOR_GROUP: _("quản lý tài khoản, địa phương, chủ đề và ban kiểm duyệt"),
}


def role_help_text(groups):
    described = [f"{group.name}: {ROLE_DESCRIPTIONS[group.name]}" for group in groups if group.name in ROLE_DESCRIPTIONS]
    return "; ".join([*described, str(_("bạn chỉ thấy những vai trò mình được phép cấp."))])


class NewsroomUserAdmin(StrictAdminParamsMixin, UserAdmin):
    """Account management where reach follows rank (workflow.roles.can_manage_account).

    Every limit is checked on the server: the page only shows what the checks below would let through.
    """

    list_display = ["username", "full_name", "email", "role", "is_active", "last_login"]
    list_filter = ["groups", "is_active", "is_staff", "is_superuser"]
    # Roles are picked by name from a short list of boxes, not moved between two multi-selects.
    filter_horizontal = ["user_permissions"]

    @admin.display(description=_("họ và tên"), ordering="last_name")
    def full_name(self, obj):
        return obj.get_full_name()

    @admin.display(description=_("vai trò"))
    def role(self, obj):
        return role_names(obj, groups=obj.groups.all())

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("groups")

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if not request.user.is_superuser:
            fields += ["is_superuser", "user_permissions", "last_login", "date_joined"]
        return fields

    def has_change_permission(self, request, obj=None):
        # Covers the change form and the password form alike: Django's password view asks this too.
        if obj is not None and not can_manage_account(request.user, obj):
            return False
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        if obj is not None and not can_manage_account(request.user, obj):
            return False
        return super().has_delete_permission(request, obj)

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name == "groups":
            kwargs["queryset"] = grantable_groups(request.user)
            kwargs["widget"] = forms.CheckboxSelectMultiple
            kwargs["label"] = _("Vai trò")
            kwargs["help_text"] = role_help_text(kwargs["queryset"])
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        # Whatever path the data took, the account must end within the actor's reach; otherwise the
        # whole save (it runs in one transaction) is undone.
        if not can_manage_account(request.user, form.instance):
            raise PermissionDenied

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        with acting_as(request.user):
            return super().changeform_view(request, object_id, form_url, extra_context)

    def user_change_password(self, request, id, form_url=""):
        with acting_as(request.user):
            return super().user_change_password(request, id, form_url)

    def changelist_view(self, request, extra_context=None):
        with acting_as(request.user):
            return super().changelist_view(request, extra_context)

    def delete_view(self, request, object_id, extra_context=None):
        with acting_as(request.user):
            return super().delete_view(request, object_id, extra_context)


def register_account_admin(site):
    """Put NewsroomUserAdmin in place of Django's own user admin."""
    User = get_user_model()
    if site.is_registered(User):
        site.unregister(User)
    site.register(User, NewsroomUserAdmin)
