"""Allow-list HTML sanitising for article bodies (stored sanitised, rendered as is)."""

import html
import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

import nh3
from django.conf import settings
from django.http.request import validate_host
from django.urls import NoReverseMatch, reverse

from core.sites import site_url

ALLOWED_TAGS = {
    "p", "br", "h2", "h3", "h4", "strong", "b", "em", "i", "u", "s", "sub", "sup",
    "ul", "ol", "li", "blockquote", "a", "img", "figure", "figcaption",
    "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "hr",
    "small",  # a photo's credit inside its <figcaption> ("Ảnh: …"), as the body editor writes it
}
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "width", "height"},
    # Which of the article's photos a figure placed by the body editor shows (workflow/admin/editor.py).
    "figure": {"data-photo-id"},
    "th": {"colspan", "rowspan", "scope"},
    "td": {"colspan", "rowspan"},
    "ol": {"start"},
}
# Text counts as HTML only when it uses block or inline markup an editor would write.
_TAG = re.compile(r"</?(p|br|h[1-6]|ul|ol|li|blockquote|table|div|figure|strong|em|b|i|a|img|span)\b[^>]*>", re.I)


# Browsers drop these anywhere in a URL, and trim C0 controls and spaces from its ends.
_DROPPED = re.compile(r"[\t\n\r]")
_TRIMMED = "".join(chr(c) for c in range(0x21))
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.\-]*):")
_SINGLE_DOT = {".", "%2e"}
_DOUBLE_DOT = {"..", ".%2e", "%2e.", "%2e%2e"}
# Percent-decoding rounds: a proxy, a framework and a file server may each decode once.
_DECODE_ROUNDS = 4


@dataclass(frozen=True)
class ResolvedUrl:
    """A URL as its readers may understand it.

    ``kind`` is "web", "mailto" or "fragment". For "web": ``host`` is None for a path on this site, else the
    normalised host name; ``paths`` holds the path as the browser, the server and any later decoder see it
    (raw, then percent-decoded once, twice…, each with backslashes and dot-segments resolved).
    """

    kind: str
    host: str | None = None
    paths: tuple = ()


def _remove_dot_segments(path):
    """The WHATWG path rule: ``.``, ``..`` and their ``%2e`` spellings are resolved; ``..`` stops at the root."""
    segments = path.split("/")[1:]
    kept = []
    for position, segment in enumerate(segments):
        last = position == len(segments) - 1
        lowered = segment.lower()
        if lowered in _DOUBLE_DOT:
            if kept:
                kept.pop()
            if last:
                kept.append("")
        elif lowered in _SINGLE_DOT:
            if last:
                kept.append("")
        else:
            kept.append(segment)
    return "/" + "/".join(kept)


def _readings(path):
    """Every way ``path`` may be read on its way to a handler, each normalised; None if one is unsafe."""
    readings = [path]
    for _round in range(_DECODE_ROUNDS):
        decoded = unquote(readings[-1])
        if decoded == readings[-1]:
            break
        readings.append(decoded)
    else:
        return None  # still changing: nobody writes a link encoded five times over
    readings += [folded for folded in (unicodedata.normalize("NFKC", r) for r in readings) if folded not in readings]
    normalised = []
    for reading in readings:
        if _CONTROL.search(reading):
            return None
        reading = reading.replace("\\", "/")
        reading = reading if reading.startswith("/") else "/" + reading
        normalised.append(_remove_dot_segments(reading))
        # A proxy that merges slashes first (nginx does by default) reads "/media//../x" as "/x".
        normalised.append(_remove_dot_segments(re.sub(r"/{2,}", "/", reading)))
    return tuple(dict.fromkeys(normalised))


def _host(authority):
    host = authority.rpartition("@")[2]
    if host.startswith("["):
        host = host[1:].partition("]")[0]
    elif re.search(r":[0-9]*$", host):
        host = host.rpartition(":")[0]
    for _round in range(_DECODE_ROUNDS):
        host = unquote(host)
    host = unicodedata.normalize("NFKC", host).lower().rstrip(".")
    if not host or _CONTROL.search(host) or "%" in host:
        return None
    try:
        return host.encode("idna").decode("ascii")
    except UnicodeError:
        return host


def resolve_url(value):
    """Read ``value`` (an attribute value, entities already decoded) as a browser would; None if it is unsafe.

    Refused outright: control characters, ``http:`` without ``//`` (on an http page that is a relative link),
    and relative references other than a ``#fragment`` (their target depends on the page showing them, and
    an article is shown inside the admin too).
    """
    value = _DROPPED.sub("", value or "").strip(_TRIMMED)
    if _CONTROL.search(value):
        return None
    match = _SCHEME.match(value)
    scheme = match.group(1).lower() if match else ""
    if scheme == "mailto":
        return ResolvedUrl("mailto")
    if not scheme and value.startswith("#"):
        return ResolvedUrl("fragment")
    # For http(s) and for references on an http(s) page, a backslash is a slash.
    rest = (value[match.end():] if match else value).replace("\\", "/")
    if scheme in {"http", "https"}:
        if not rest.startswith("//"):
            return None
    elif scheme or not rest.startswith("/"):
        return None
    host = None
    if rest.startswith("//"):
        rest = rest.lstrip("/")
        cut = re.search(r"[/?#]", rest)
        authority, rest = (rest[:cut.start()], rest[cut.start():]) if cut else (rest, "")
        host = _host(authority)
        if host is None:
            return None
    path = re.split(r"[?#]", rest, maxsplit=1)[0] or "/"
    paths = _readings(path)
    if paths is None:
        return None
    return ResolvedUrl("web", host=host, paths=paths)


def _inside(paths, prefix):
    return all(p.startswith(prefix) and "//" not in p for p in paths)


def _own_host(host):
    site = (urlsplit(site_url()).hostname or "").lower()
    return host == site or validate_host(host, settings.ALLOWED_HOSTS)


def _protected_prefixes():
    """Paths an article must never make a reader's browser request: the admin (editing, workflow, locks) and
    the secret preview links."""
    prefixes = ["/" + settings.ADMIN_URL.strip("/").lower() + "/"]
    try:
        preview = reverse("workflow:preview", kwargs={"token": "x"})
        prefixes.append(preview[: preview.rstrip("/").rindex("/") + 1].lower())
    except (NoReverseMatch, ValueError):
        pass
    return prefixes


def is_safe_link(value):
    url = resolve_url(value)
    if url is None:
        return False
    if url.kind != "web" or (url.host is not None and not _own_host(url.host)):
        return True
    protected = _protected_prefixes()
    for path in url.paths:
        lowered = path.lower()
        if "//" in lowered or any(lowered.startswith(p) or lowered == p.rstrip("/") for p in protected):
            return False
    return True


def is_media_url(value):
    """True when every reading of ``value`` stays inside MEDIA_URL, or it is on another allowed media host."""
    url = resolve_url(value)
    if url is None or url.kind != "web":
        return False
    media = urlsplit(settings.MEDIA_URL)
    media_host = (media.hostname or "").lower() or None
    if url.host == media_host:
        return _inside(url.paths, media.path or "/")
    other_hosts = {(urlsplit(origin).hostname or "").lower() for origin in getattr(settings, "CSP_MEDIA_ORIGINS", [])}
    return url.host is not None and url.host in other_hosts - {""}


def _attribute_filter(tag, attribute, value):
    # URLs are judged by where they lead once decoded and normalised, not by how they are spelt.
    if tag == "img" and attribute == "src":
        return value if is_media_url(value) else None
    if tag == "a" and attribute == "href":
        return value if is_safe_link(value) else None
    if attribute == "data-photo-id":
        return value if value.isascii() and value.isdigit() else None
    return value


def sanitize_html(value):
    """Return ``value`` cleaned to the allow-list. Plain text becomes paragraphs."""
    if not value:
        return ""
    if not _TAG.search(value):
        value = text_to_html(value)
    return nh3.clean(
        value,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener",
        attribute_filter=_attribute_filter,
        strip_comments=True,
    ).strip()


def text_to_html(text):
    """Plain text with blank-line separated paragraphs -> escaped ``<p>`` elements."""
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text.replace("\r\n", "\n")) if p.strip()]
    return "\n".join("<p>{}</p>".format(html.escape(p).replace("\n", "<br>")) for p in paragraphs)


def html_to_text(value):
    """Visible text of sanitised HTML, for search, snippets and descriptions."""
    if not value:
        return ""
    text = nh3.clean(re.sub(r"</(p|h[2-4]|li|blockquote|tr|figcaption)>", "\n", value), tags=set())
    return re.sub(r"[ \t]+", " ", html.unescape(text)).strip()
