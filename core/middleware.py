"""A database outage answers 503 with a short Vietnamese page and Retry-After, not a 500.

During a PostgreSQL restart or a statement timeout, visitors and load balancers should be told to retry;
the connection health checks reconnect on the next request once the database is back.

Three places turn a database error into the 503, because Django converts an exception into a 500 at the
boundary of the middleware that raised it, so no middleware can catch what another one raises:

- this middleware, right after AuthenticationMiddleware, loads the session and the user itself: a logged-in
  visitor's cookie is what first reaches the database on most requests;
- its ``process_exception`` for errors raised by views;
- ``core.views.server_error`` (handler500) for anything else, such as a session saved after the view.

``/healthz`` gets its JSON report instead of the page, naming the failed dependency.
"""

import logging

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse

from core.health import health_response, is_health_check

logger = logging.getLogger(__name__)

RETRY_AFTER_SECONDS = 5

UNAVAILABLE_PAGE = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Hệ thống tạm thời gián đoạn</title></head>
<body><main><h1>Hệ thống tạm thời gián đoạn</h1>
<p>Cơ sở dữ liệu đang bận hoặc đang khởi động lại. Vui lòng thử lại sau ít giây.</p>
<p><a href="/">Về trang chủ</a></p></main></body></html>"""


def is_database_outage(exception):
    return isinstance(exception, (OperationalError, InterfaceError))


def database_unavailable_response(request):
    """The answer to any request while the database is unreachable; touches neither database nor templates."""
    if is_health_check(request):
        return health_response()
    # The page is a constant: rendering a template could touch the database (user, session) again.
    response = HttpResponse(UNAVAILABLE_PAGE, status=503, content_type="text/html; charset=utf-8")
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


class DatabaseUnavailableMiddleware:
    retry_after_seconds = RETRY_AFTER_SECONDS

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None:
            try:
                user.is_authenticated  # noqa: B018 -- loads the session and the user here, where a failure can be answered
            except (OperationalError, InterfaceError) as exception:
                return self.unavailable(request, exception)
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not is_database_outage(exception):
            return None
        return self.unavailable(request, exception)

    def unavailable(self, request, exception):
        logger.warning("Database unavailable for %s: %s", request.path, exception)
        return database_unavailable_response(request)
