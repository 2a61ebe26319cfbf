"""A database outage answers 503 with a short Vietnamese page and Retry-After, not a 500.

During a PostgreSQL restart or a statement timeout, visitors and load balancers should be told to retry;
the connection health checks reconnect on the next request once the database is back.
"""

import logging

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse

logger = logging.getLogger(__name__)

UNAVAILABLE_PAGE = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Hệ thống tạm thời gián đoạn</title></head>
<body><main><h1>Hệ thống tạm thời gián đoạn</h1>
<p>Cơ sở dữ liệu đang bận hoặc đang khởi động lại. Vui lòng thử lại sau ít giây.</p>
<p><a href="/">Về trang chủ</a></p></main></body></html>"""


class DatabaseUnavailableMiddleware:
    retry_after_seconds = 5

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, (OperationalError, InterfaceError)):
            return None
        logger.warning("Database unavailable for %s: %s", request.path, exception)
        # The page is a constant: rendering a template could touch the database (user, session) again.
        response = HttpResponse(UNAVAILABLE_PAGE, status=503, content_type="text/html; charset=utf-8")
        response["Retry-After"] = str(self.retry_after_seconds)
        response["Cache-Control"] = "no-store"
        return response
