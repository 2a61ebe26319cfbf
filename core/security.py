"""Security headers for every response, and the hooks django-axes calls for login throttling.

Django 5.2 has no Content-Security-Policy support, so the policy lives here. Scripts may only come from our own
origin or carry the per-request nonce: a stored or reflected ``<script>`` that slipped past escaping still cannot
run. Templates that truly need an inline script write ``<script nonce="{{ request.csp_nonce }}">``.
"""

import ipaddress
import secrets
from urllib.parse import urlsplit

from django.conf import settings
from django.shortcuts import render
from django.utils.functional import SimpleLazyObject, empty

PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), "
    "payment=(), usb=(), fullscreen=(self)"
)


class LazyNonce(SimpleLazyObject):
    """A nonce drawn only when a template uses it, so pages without inline scripts get a nonce-free policy.

    A nonce-free policy keeps such pages cacheable: a cached body never carries a nonce the header lacks.
    """

    def __init__(self):
        super().__init__(lambda: secrets.token_urlsafe(18))

    def __bool__(self):
        return self._wrapped is not empty


def _origin(url):
    """The scheme and host of an absolute STATIC_URL / MEDIA_URL (a CDN or object store), else None."""
    parts = urlsplit(url or "")
    if parts.scheme in {"http", "https"} and parts.netloc:
        return f"{parts.scheme}://{parts.netloc}"
    return None


def build_csp(nonce=None):
    static = _origin(settings.STATIC_URL)
    extra_static = [static] if static else []
    media = [_origin(settings.MEDIA_URL), *map(_origin, getattr(settings, "CSP_MEDIA_ORIGINS", []))]
    extra_media = list(dict.fromkeys(origin for origin in media if origin and origin != static))
    script = ["'self'", *extra_static] + ([f"'nonce-{nonce}'"] if nonce else [])
    directives = {
        "default-src": ["'self'"],
        "script-src": script,
        "style-src": ["'self'", *extra_static],
        "img-src": ["'self'", "data:", *extra_static, *extra_media],
        "font-src": ["'self'", *extra_static],
        "connect-src": ["'self'"],
        "media-src": ["'self'", *extra_media],
        "object-src": ["'none'"],
        "frame-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
    policy = "; ".join(f"{name} {' '.join(sources)}" for name, sources in directives.items())
    if getattr(settings, "CSP_REPORT_URI", ""):
        policy += f"; report-uri {settings.CSP_REPORT_URI}"
    return policy


class SecurityHeadersMiddleware:
    """Adds CSP, Permissions-Policy and HSTS to every response, static and error pages included.

    It sits first in MIDDLEWARE so that responses WhiteNoise or SecurityMiddleware answer early get them too.
    Headers already set (a view's own policy, a cached response) are left alone.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.csp_nonce = LazyNonce()
        response = self.get_response(request)
        nonce = str(request.csp_nonce) if request.csp_nonce else None
        response.headers.setdefault("Content-Security-Policy", build_csp(nonce))
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", settings.SECURE_REFERRER_POLICY or "same-origin")
        # SecurityMiddleware sends HSTS only over HTTPS it can see; behind a TLS proxy that does not say so,
        # it would be missing. Browsers ignore the header on plain HTTP, so sending it always is harmless.
        if settings.SECURE_HSTS_SECONDS:
            value = f"max-age={settings.SECURE_HSTS_SECONDS}"
            if settings.SECURE_HSTS_INCLUDE_SUBDOMAINS:
                value += "; includeSubDomains"
            if settings.SECURE_HSTS_PRELOAD:
                value += "; preload"
            response.headers.setdefault("Strict-Transport-Security", value)
        return response


def client_ip(request):
    """The client's address: the one definition for login throttling, the submission limit and anything else.

    Each of our ``TRUSTED_PROXY_COUNT`` proxies appends the address it saw to X-Forwarded-For, so the entry that
    many places from the right is what the outermost proxy saw: the client. Anything further left is whatever the
    client chose to send, so trusting it would let an attacker pick a new address for every request. With no
    trusted proxy (the default) the header is ignored. An entry that is not an address (a misconfigured count, a
    mangled header) falls back to the socket address rather than becoming a key the client controls.
    """
    remote = request.META.get("REMOTE_ADDR", "") or ""
    proxies = getattr(settings, "TRUSTED_PROXY_COUNT", 0) or 0
    if proxies > 0:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        forwarded = [part for part in forwarded if part]
        if len(forwarded) >= proxies:
            address = _address(forwarded[-proxies])
            if address:
                return address
    return remote


def _address(value):
    """``value`` as a canonical IP address, or "" when it is not one. Ports and IPv6 brackets are dropped."""
    value = value.strip().strip('"')
    if value.startswith("["):  # [2001:db8::1]:443
        value = value[1:].split("]", 1)[0]
    elif value.count(":") == 1:  # 203.0.113.9:51234
        value = value.split(":", 1)[0]
    try:
        return str(ipaddress.ip_address(value))
    except ValueError:
        return ""


def lockout_response(request, original_response=None, credentials=None):
    """The page shown after too many failed logins: a Vietnamese 429, never axes' English text."""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60) if settings.AXES_COOLOFF_TIME else None
    wait = f"Vui lòng thử lại sau {minutes} phút" if minutes else "Vui lòng liên hệ quản trị viên để mở khóa"
    message = (
        f"Tài khoản tạm thời bị khóa vì đăng nhập sai quá {settings.AXES_FAILURE_LIMIT} lần. {wait}."
    )
    return render(
        request, "error.html",
        {"status": 429, "title": "Tạm khóa đăng nhập", "message": message},
        status=settings.AXES_HTTP_RESPONSE_CODE,
    )


def csrf_failure(request, reason=""):
    """Django's own CSRF page is English and technical; a reader or editor gets this instead."""
    return render(
        request, "error.html",
        {"status": 403, "title": "Phiên làm việc đã hết hạn",
         "message": "Biểu mẫu đã quá hạn hoặc không hợp lệ. Vui lòng tải lại trang rồi gửi lại."},
        status=403,
    )
