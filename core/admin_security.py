"""Admin for accounts and login lockouts, so that managing users never means being able to become anyone.

Administrators ("Quản trị viên") manage accounts and roles. Without these limits Django's stock user admin would
let them tick "superuser" on their own account, or reset a superuser's password and log in as them: both would
undo the rule that administrators run the office but never publish. Login lockouts (django-axes) are shown to
whoever manages accounts, since unlocking someone is part of that job.
"""

from axes.admin import AccessAttemptAdmin, AccessFailureLogAdmin, AccessLogAdmin
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.apps import apps
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin
from django.contrib.auth.models import Group

from workflow.roles import ROLE_PERMISSIONS

User = get_user_model()

# django-axes calls its admin section "Axes"; its other labels are translated in locale/vi.
apps.get_app_config("axes").verbose_name = "Đăng nhập và khóa tài khoản"


class NewsroomUserAdmin(UserAdmin):
    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if not request.user.is_superuser:
            fields += ["is_superuser", "user_permissions", "last_login", "date_joined"]
            if obj is not None and obj.pk == request.user.pk:
                # Nobody widens their own powers: another person has to.
                fields += ["groups", "is_staff", "is_active"]
        return fields

    def has_change_permission(self, request, obj=None):
        # A superuser's account (password included) is out of reach for anyone who is not one.
        if obj is not None and obj.is_superuser and not request.user.is_superuser:
            return False
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        if obj is not None and obj.is_superuser and not request.user.is_superuser:
            return False
        return super().has_delete_permission(request, obj)

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name == "groups" and not request.user.is_superuser:
            kwargs["queryset"] = Group.objects.filter(name__in=list(ROLE_PERMISSIONS)).order_by("name")
        return super().formfield_for_manytomany(db_field, request, **kwargs)


class _ForAccountManagers:
    """Visible to superusers, to holders of the model's own permissions, and to those who manage accounts."""

    def _manages_accounts(self, request):
        return request.user.is_active and request.user.is_staff and request.user.has_perm("auth.change_user")

    def has_module_permission(self, request):
        return super().has_module_permission(request) or self._manages_accounts(request)

    def has_view_permission(self, request, obj=None):
        return super().has_view_permission(request, obj) or self._manages_accounts(request)

    def has_change_permission(self, request, obj=None):
        return False  # a record of what happened is not edited

    def has_add_permission(self, request):
        return False


class LockoutAdmin(_ForAccountManagers, AccessAttemptAdmin):
    def has_delete_permission(self, request, obj=None):
        # Deleting the failed attempts is how a locked-out colleague is let back in.
        return super().has_delete_permission(request, obj) or self._manages_accounts(request)


class LoginLogAdmin(_ForAccountManagers, AccessLogAdmin):
    def has_delete_permission(self, request, obj=None):
        return request.user.is_superuser


class LoginFailureLogAdmin(_ForAccountManagers, AccessFailureLogAdmin):
    def has_delete_permission(self, request, obj=None):
        return request.user.is_superuser


for model, model_admin in [(User, NewsroomUserAdmin), (AccessAttempt, LockoutAdmin), (AccessLog, LoginLogAdmin),
                           (AccessFailureLog, LoginFailureLogAdmin)]:
    if admin.site.is_registered(model):
        admin.site.unregister(model)
    admin.site.register(model, model_admin)
