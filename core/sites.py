"""Where absolute links point: SITE_URL when it is set, else the address the request came to.

Canonical links, share links, feeds, sitemaps, preview links and e-mails need the site's own origin. In production
that is SITE_URL, and the Host header of whoever asked is never trusted for it. In development SITE_URL is usually
unset and the site is served on whatever host and port the developer chose: links then follow the request (its
host already checked against ALLOWED_HOSTS by ``request.get_host()``). Outside a request (a management command, a
worker) the development default ``http://127.0.0.1:8000`` applies. ``check --deploy`` warns when SITE_URL is unset
with DEBUG off.
"""

from contextvars import ContextVar

from django.conf import settings
from django.core import checks

DEVELOPMENT_ORIGIN = "http://127.0.0.1:8000"

_request_origin = ContextVar("request_origin", default=None)


def site_url():
    """The origin absolute links start with, without a trailing slash."""
    return settings.SITE_URL or _request_origin.get() or DEVELOPMENT_ORIGIN


def absolute(url):
    """``url`` (a path) made absolute with ``site_url()``; a URL that already has a scheme is returned as is."""
    if url.startswith(("http://", "https://")):
        return url
    return f"{site_url()}{url}"


class RequestOriginMiddleware:
    """Remembers this request's origin for ``site_url()`` while SITE_URL is unset. Placed after CommonMiddleware,
    which has already validated the Host header."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if settings.SITE_URL:
            return self.get_response(request)
        token = _request_origin.set(f"{request.scheme}://{request.get_host()}")
        try:
            return self.get_response(request)
        finally:
            _request_origin.reset(token)


@checks.register(checks.Tags.security, deploy=True)
def check_site_url(app_configs, **kwargs):
    if settings.DEBUG or settings.SITE_URL:
        return []
    return [checks.Warning(
        "SITE_URL is not set: canonical, share, feed and e-mail links will use the Host header of each request.",
        hint="Set SITE_URL to the public address of the site, e.g. https://tuyengiao.example.vn.",
        id="newsroom.W001",
    )]
