from django.db import connection
from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache


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
    return _error(request, 400, "Yêu cầu không hợp lệ", "Địa chỉ hoặc dữ liệu gửi lên không đúng định dạng. Vui lòng kiểm tra lại.")


def permission_denied(request, exception=None):
    return _error(request, 403, "Không có quyền truy cập", "Bạn không có quyền xem trang này.")


def page_not_found(request, exception=None):
    return _error(request, 404, "Không tìm thấy trang", "Trang bạn tìm không tồn tại hoặc đã được gỡ bỏ.")


def server_error(request):
    return _error(request, 500, "Hệ thống đang gặp sự cố", "Xin lỗi, đã có lỗi xảy ra. Vui lòng thử lại sau ít phút.")
