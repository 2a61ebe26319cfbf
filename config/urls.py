import re
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib import admin
from django.urls import include, path, re_path

from articles.urls import official_urls, province_urls
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
    path("", include(official_urls)),
    path("", include(province_urls)),
    path("", include("search.urls")),
    path("", include("submissions.urls")),
    path("", include("uploads.urls")),
    path("", include("workflow.urls")),
    path("", include("articles.urls")),
]

# Media from this server when SERVE_MEDIA is on (`make serve`, one machine without a proxy in front). Django's
# static() helper does nothing with DEBUG off, so a view of our own; it checks SERVE_MEDIA on every request.
if not urlsplit(settings.MEDIA_URL).netloc:
    urlpatterns.append(re_path(rf"^{re.escape(settings.MEDIA_URL.lstrip('/'))}(?P<path>.+)$", core_views.serve_media))

handler400 = "core.views.bad_request"
handler403 = "core.views.permission_denied"
handler404 = "core.views.page_not_found"
handler500 = "core.views.server_error"
