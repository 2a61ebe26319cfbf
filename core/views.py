import re
import sys
from pathlib import Path

from django.conf import settings
from django.http import Http404, HttpResponseServerError
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views import i18n as i18n_views
from django.views import static
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_safe

from core.health import health_response
from core.middleware import database_unavailable_response, is_database_outage


@never_cache
def healthz(request):
    """200 when every dependency answers, else 503 naming the failed ones (core/health.py)."""
    return health_response()


def _error(request, status, title, message):
    return render(request, "error.html", {"status": status, "title": title, "message": message}, status=status)


def bad_request(request, exception=None):
    return _error(request, 400, _("Yêu cầu không hợp lệ"),
                  _("Địa chỉ hoặc dữ liệu gửi lên không đúng định dạng. Vui lòng kiểm tra lại."))


def permission_denied(request, exception=None):
    return _error(request, 403, _("Không có quyền truy cập"), _("Bạn không có quyền xem trang này."))


def page_not_found(request, exception=None):
    return _error(request, 404, _("Không tìm thấy trang"), _("Trang bạn tìm không tồn tại hoặc đã được gỡ bỏ."))


_BARE_500 = (
    '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Hệ thống đang gặp sự cố</title></head>'
    "<body><h1>Hệ thống đang gặp sự cố</h1><p>Xin lỗi, đã có lỗi xảy ra. Vui lòng thử lại sau ít phút.</p>"
    '<p><a href="/">Về trang chủ</a></p></body></html>'
)


def server_error(request):
    # Django answers an exception raised in any middleware (the session or the user loaded from a database
    # that just went away) with this view: an outage is still a 503, not a 500.
    if is_database_outage(sys.exc_info()[1]):
        return database_unavailable_response(request)
    try:
        return _error(request, 500, _("Hệ thống đang gặp sự cố"),
                      _("Xin lỗi, đã có lỗi xảy ra. Vui lòng thử lại sau ít phút."))
    except Exception:  # the page itself failed (database down, broken template): answer plainly, still in Vietnamese
        return HttpResponseServerError(_BARE_500)


# The language switcher is on every public page. With Django's CSRF check every page would carry a token
# and set a cookie, so no anonymous page could be cached; a forged switch can only change a visitor's
# interface language, which is harmless.
set_language = csrf_exempt(i18n_views.set_language)


# Uploads are saved under random names (core.images.random_upload_name) and never overwritten, so a browser
# may keep them; renditions are rewritten in place when their format version changes.
_RANDOM_NAME = re.compile(r"(^|/)[0-9a-f]{32}\.[a-z0-9]+$")


@require_safe
def serve_media(request, path):
    """``/media/…`` from MEDIA_ROOT when SERVE_MEDIA is on and no proxy or CDN serves it (``make serve``).

    Only MEDIA_ROOT: readers' submitted photos live in PRIVATE_MEDIA_ROOT and are never served here, even
    when that folder is configured inside MEDIA_ROOT.
    """
    if not settings.SERVE_MEDIA:
        raise Http404
    root = Path(settings.MEDIA_ROOT).resolve()
    target = (root / path).resolve()
    private = Path(settings.PRIVATE_MEDIA_ROOT).resolve()
    if not target.is_relative_to(root) or target.is_relative_to(private) or any(
        part.startswith(".") for part in Path(path).parts
    ):
        raise Http404
    response = static.serve(request, path, document_root=str(root))
    if response.status_code == 200:
        immutable = not path.startswith("renditions/") and _RANDOM_NAME.search(path)
        response["Cache-Control"] = "public, max-age=31536000, immutable" if immutable else "public, max-age=86400"
    return response
