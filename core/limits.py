"""A cap on the size of every request body, checked from its declared length before any of it is read.

Django's own limits (``DATA_UPLOAD_MAX_MEMORY_SIZE``…) apply while a body is being parsed, and files are not
counted by them at all; without this, a 100 MB body is read and spooled to disk by whichever view, middleware or
CSRF check touches ``request.POST`` first. Pages that take uploads get a larger cap than the rest. A body of
unknown length (``Transfer-Encoding: chunked``) is refused: Django would silently read none of it anyway.
The proxy in front should refuse oversized bodies before they reach us (docs/security.md); this is the backstop.
"""

import logging
from html import escape

from django.conf import settings
from django.http import HttpResponse
from django.template.defaultfilters import filesizeformat
from django.urls import Resolver404, resolve

logger = logging.getLogger(__name__)

# Enough digits for any real body; a longer Content-Length is refused without being turned into an int.
_MAX_LENGTH_DIGITS = 15

PAGE = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>{title}</title></head>
<body><main><h1>{title}</h1>
<p>{message}</p>
<p><a href="/">Về trang chủ</a></p></main></body></html>"""


def body_limit(request):
    """The largest body this request accepts: the pages that take uploads get more than the rest."""
    try:
        match = resolve(request.path_info)
    except Resolver404:
        return settings.REQUEST_MAX_BYTES
    multipart = request.META.get("CONTENT_TYPE", "").lower().startswith("multipart/form-data")
    # Only a multipart body carries photos; anything else sent to the public form is small or forged.
    if match.view_name == "submissions:form" and multipart:
        return settings.SUBMISSION_REQUEST_MAX_BYTES
    # A view that takes exactly one photo (uploads.views.stage) gets room for it and little else.
    if getattr(match.func, "takes_one_upload", False) and multipart:
        return settings.MAX_UPLOAD_BYTES + 64 * 1024
    # The admin's add and change forms carry photos, portraits and long texts; its login, actions and workflow
    # posts do not. Django's DATA_UPLOAD_MAX_MEMORY_SIZE still bounds their form fields.
    if match.namespace == "admin" and (match.url_name or "").endswith(("_add", "_change")):
        return settings.ADMIN_UPLOAD_REQUEST_MAX_BYTES
    return settings.REQUEST_MAX_BYTES


def _page(status, title, message):
    response = HttpResponse(
        PAGE.format(title=escape(title), message=escape(message)), status=status,
        content_type="text/html; charset=utf-8",
    )
    response["Cache-Control"] = "no-store"
    return response


def _too_large(limit):
    return _page(
        413, "Dữ liệu gửi lên quá lớn",
        f"Dữ liệu gửi lên vượt quá giới hạn {filesizeformat(limit)} của trang này. Nếu bạn gửi kèm ảnh, "
        "hãy gửi ít ảnh hơn hoặc thu nhỏ ảnh rồi thử lại.",
    )


def before_body(gate):
    """Run ``gate(request)`` on this view's POSTs before the body is read; a response it returns is sent instead.

    For a check that must cost less than the body: a rate limit counting every attempt. Inside the view it would be
    too late, since the CSRF middleware parses the body first to find its token; this runs at the start of the
    view-processing phase, ahead of CSRF, and the view keeps its ordinary CSRF protection.
    """

    def decorator(view):
        view.before_body = gate
        return view

    return decorator


class RequestSizeLimitMiddleware:
    """Refuses with 413 a body declared larger than its page's limit, before anything reads it, and runs the
    views' ``before_body`` gates. It sits right after the security headers, ahead of anything that reads a body.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        refused = self.refusal(request)
        if refused is not None:
            return refused
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        gate = getattr(view_func, "before_body", None)
        if gate is None or request.method in {"GET", "HEAD", "OPTIONS", "TRACE"}:
            return None
        return gate(request)

    def refusal(self, request):
        meta = request.META
        if meta.get("HTTP_TRANSFER_ENCODING", "").strip():
            logger.info("Refused a body of unknown length for %s", request.path)
            return _page(
                411, "Thiếu độ dài dữ liệu",
                "Yêu cầu gửi dữ liệu mà không cho biết độ dài. Vui lòng gửi lại từ trình duyệt.",
            )
        declared = str(meta.get("CONTENT_LENGTH") or "").strip()
        if not declared:
            return None
        if not (declared.isascii() and declared.isdigit()):
            return _page(400, "Yêu cầu không hợp lệ", "Độ dài dữ liệu gửi lên không hợp lệ.")
        if len(declared) <= _MAX_LENGTH_DIGITS and int(declared) <= settings.REQUEST_MAX_BYTES:
            return None  # within every page's limit: no need to find out which page this is
        limit = body_limit(request)
        if len(declared) > _MAX_LENGTH_DIGITS or int(declared) > limit:
            logger.info("Refused a %s-byte body for %s (limit %s)", declared[:_MAX_LENGTH_DIGITS], request.path, limit)
            return _too_large(limit)
        return None
