"""Admin for login lockouts and the record of role changes, shown to whoever manages accounts.

Unlocking a locked-out colleague is part of managing accounts, and so is reading who changed whose role
(core.role_audit). The account admin itself, where reach follows the newsroom's roles, belongs to the app that
defines those roles: workflow/admin/accounts.py.
"""

from axes.admin import AccessAttemptAdmin, AccessFailureLogAdmin, AccessLogAdmin
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.apps import apps
from django.contrib import admin

from core.admin_params import StrictAdminParamsMixin
from core.models import RoleChange

# django-axes calls its admin section "Axes"; its other labels are translated in locale/vi.
apps.get_app_config("axes").verbose_name = "Đăng nhập và khóa tài khoản"


class _ForAccountManagers(StrictAdminParamsMixin):
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


class RoleChangeAdmin(_ForAccountManagers, admin.ModelAdmin):
    list_display = ["created_at", "account_name", "change", "actor_name"]
    search_fields = ["account_name", "actor_name", "change"]
    fields = ["created_at", "account", "account_name", "change", "actor", "actor_name"]
    readonly_fields = fields
    actions = None

    def has_delete_permission(self, request, obj=None):
        return False  # the record of who changed whose powers outlives everyone involved


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


for model, model_admin in [(AccessAttempt, LockoutAdmin), (AccessLog, LoginLogAdmin),
                           (AccessFailureLog, LoginFailureLogAdmin), (RoleChange, RoleChangeAdmin)]:
    if admin.site.is_registered(model):
        admin.site.unregister(model)
    admin.site.register(model, model_admin)
