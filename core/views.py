from django.db import connection
from django.http import HttpResponseServerError, JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views import i18n as i18n_views
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt


@never_cache
def healthz(request):
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception:  # any database failure means "not healthy", never a 500 page
        return JsonResponse({"status": "error", "database": "unavailable"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


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
    try:
        return _error(request, 500, _("Hệ thống đang gặp sự cố"),
                      _("Xin lỗi, đã có lỗi xảy ra. Vui lòng thử lại sau ít phút."))
    except Exception:  # the page itself failed (database down, broken template): answer plainly, still in Vietnamese
        return HttpResponseServerError(_BARE_500)


# The language switcher is on every public page. With Django's CSRF check every page would carry a token
# and set a cookie, so no anonymous page could be cached; a forged switch can only change a visitor's
# interface language, which is harmless.
set_language = csrf_exempt(i18n_views.set_language)
