from django.conf import settings
from django.conf.urls.static import static
from django.contrib import admin
from django.urls import include, path

from core import views as core_views
from dashboard import views as dashboard_views

urlpatterns = [
    # Before admin.site.urls: editors and moderators get the dashboard as the admin's first page.
    path(settings.ADMIN_URL, admin.site.admin_view(dashboard_views.admin_index)),
    path(f"{settings.ADMIN_URL}bang-so-lieu/", include("dashboard.urls")),
    path(settings.ADMIN_URL, admin.site.urls),
    path("healthz", core_views.healthz, name="healthz"),
    path("i18n/setlang/", core_views.set_language, name="set_language"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("", include("people.urls")),
    path("", include("places.urls")),
    path("", include("search.urls")),
    path("", include("submissions.urls")),
    path("", include("workflow.urls")),
    path("", include("articles.urls")),
]

if settings.SERVE_MEDIA:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

handler400 = "core.views.bad_request"
handler403 = "core.views.permission_denied"
handler404 = "core.views.page_not_found"
handler500 = "core.views.server_error"
